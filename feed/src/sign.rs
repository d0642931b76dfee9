//! Signatures: minisign (Ed25519, prehashed) over the exact bytes of
//! `manifest.json`. The app trusts two public keys ([`TrustedKeys`], built in
//! at compile time from `INTEGRA_FEED_KEY_ONLINE` / `INTEGRA_FEED_KEY_BACKUP`,
//! the development keys of `assets/feed/dev-keys/` otherwise): the online
//! signer and an offline backup, so a lost or compromised online key can be
//! replaced by publishing with the backup key. [`SigningKey`] is the
//! publisher's side.

use std::path::Path;

use crate::error::FeedError;

/// The development keys of the bundled starter feed. Clearly not for
/// production: their secret halves are in the repository.
pub const DEV_ONLINE_PUBLIC_KEY: &str = include_str!("../../assets/feed/dev-keys/online.pub");
pub const DEV_BACKUP_PUBLIC_KEY: &str = include_str!("../../assets/feed/dev-keys/backup.pub");

/// Which of the two trusted keys signed a manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeyRole {
    Online,
    Backup,
}

/// The two public keys the app trusts, as minisign public keys (the
/// base64 line of a `.pub` file, or the whole file).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedKeys {
    online: minisign_verify::PublicKey,
    backup: minisign_verify::PublicKey,
}

fn parse_public(text: &str) -> Result<minisign_verify::PublicKey, FeedError> {
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
        .unwrap_or("");
    minisign_verify::PublicKey::from_base64(line)
        .map_err(|e| FeedError::SignatureInvalid(format!("bad public key: {e}")))
}

impl TrustedKeys {
    pub fn new(online: &str, backup: &str) -> Result<TrustedKeys, FeedError> {
        Ok(TrustedKeys {
            online: parse_public(online)?,
            backup: parse_public(backup)?,
        })
    }

    /// The keys built into this app: `INTEGRA_FEED_KEY_ONLINE` and
    /// `INTEGRA_FEED_KEY_BACKUP` at build time, else the development keys.
    pub fn built_in() -> TrustedKeys {
        let online = option_env!("INTEGRA_FEED_KEY_ONLINE").unwrap_or(DEV_ONLINE_PUBLIC_KEY);
        let backup = option_env!("INTEGRA_FEED_KEY_BACKUP").unwrap_or(DEV_BACKUP_PUBLIC_KEY);
        TrustedKeys::new(online, backup).expect("the built-in feed keys parse")
    }

    /// The development keys of the starter feed.
    pub fn dev() -> TrustedKeys {
        TrustedKeys::new(DEV_ONLINE_PUBLIC_KEY, DEV_BACKUP_PUBLIC_KEY)
            .expect("the development keys parse")
    }

    /// Checks `signature` (a `.minisig` file) over `data`; returns the
    /// key that made it.
    pub fn verify(&self, data: &[u8], signature: &[u8]) -> Result<KeyRole, FeedError> {
        let text = std::str::from_utf8(signature)
            .map_err(|_| FeedError::SignatureInvalid("signature is not text".into()))?;
        let sig = minisign_verify::Signature::decode(text)
            .map_err(|e| FeedError::SignatureInvalid(format!("malformed signature: {e}")))?;
        for (role, key) in [
            (KeyRole::Online, &self.online),
            (KeyRole::Backup, &self.backup),
        ] {
            match key.verify(data, &sig, false) {
                Ok(()) => return Ok(role),
                Err(minisign_verify::Error::UnexpectedKeyId) => continue,
                Err(e) => return Err(FeedError::SignatureInvalid(e.to_string())),
            }
        }
        Err(FeedError::SignatureInvalid(
            "signed by a key this app does not trust".into(),
        ))
    }
}

/// A secret key of the publisher (minisign format, unencrypted: the
/// portal signs unattended; protect the file, or keep the backup offline).
pub struct SigningKey {
    secret: minisign::SecretKey,
    public: minisign::PublicKey,
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKey")
            .field("public", &self.public.to_base64())
            .finish_non_exhaustive()
    }
}

/// A new key pair as file contents: (secret `.key`, public `.pub`).
pub fn generate_keypair(label: &str) -> Result<(String, String), FeedError> {
    let kp = minisign::KeyPair::generate_unencrypted_keypair()
        .map_err(|e| FeedError::Storage(format!("key generation: {e}")))?;
    let secret = kp
        .sk
        .to_box(Some(label))
        .map_err(|e| FeedError::Storage(format!("key encoding: {e}")))?
        .into_string();
    let public = kp
        .pk
        .to_box()
        .map_err(|e| FeedError::Storage(format!("key encoding: {e}")))?
        .into_string();
    Ok((secret, public))
}

impl SigningKey {
    pub fn from_text(secret: &str) -> Result<SigningKey, FeedError> {
        let boxed = minisign::SecretKeyBox::from_string(secret)
            .map_err(|e| FeedError::Storage(format!("secret key: {e}")))?;
        let secret = boxed
            .into_unencrypted_secret_key()
            .map_err(|e| FeedError::Storage(format!("secret key: {e}")))?;
        let public = minisign::PublicKey::from_secret_key(&secret)
            .map_err(|e| FeedError::Storage(format!("secret key: {e}")))?;
        Ok(SigningKey { secret, public })
    }

    pub fn from_file(path: &Path) -> Result<SigningKey, FeedError> {
        let text = std::fs::read_to_string(path).map_err(|e| FeedError::io(path, e))?;
        SigningKey::from_text(&text)
    }

    /// The public half, as a minisign public key line.
    pub fn public_base64(&self) -> String {
        self.public.to_base64()
    }

    /// A `.minisig` file for `data`.
    pub fn sign(&self, data: &[u8], trusted_comment: &str) -> Result<String, FeedError> {
        let sig = minisign::sign(
            Some(&self.public),
            &self.secret,
            data,
            Some(trusted_comment),
            Some("signature of an Integra feed manifest"),
        )
        .map_err(|e| FeedError::Storage(format!("signing: {e}")))?;
        Ok(sig.into_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sign_verify_and_key_roles() {
        let (s1, p1) = generate_keypair("one").unwrap();
        let (s2, p2) = generate_keypair("two").unwrap();
        let (s3, _) = generate_keypair("three").unwrap();
        let keys = TrustedKeys::new(&p1, &p2).unwrap();
        let data = b"{\"seq\":1}";
        let sig1 = SigningKey::from_text(&s1).unwrap().sign(data, "t").unwrap();
        let sig2 = SigningKey::from_text(&s2).unwrap().sign(data, "t").unwrap();
        let sig3 = SigningKey::from_text(&s3).unwrap().sign(data, "t").unwrap();
        assert_eq!(keys.verify(data, sig1.as_bytes()).unwrap(), KeyRole::Online);
        assert_eq!(keys.verify(data, sig2.as_bytes()).unwrap(), KeyRole::Backup);
        assert!(keys.verify(data, sig3.as_bytes()).is_err());
        assert!(keys.verify(b"{\"seq\":2}", sig1.as_bytes()).is_err());
        assert!(keys.verify(data, b"<html>").is_err());
    }

    #[test]
    fn dev_keys_parse() {
        let _ = TrustedKeys::dev();
        let _ = TrustedKeys::built_in();
    }
}
