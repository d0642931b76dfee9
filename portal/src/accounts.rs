//! People who keep the catalog: accounts (an e-mail, a role, a territory),
//! their passwords (argon2id hashes only), the one-time links that set a
//! password, console sessions and the audit log's entries. The store keeps
//! them ([`crate::Store`]); the rules are here.

use argon2::password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::store::{Grant, Role};

/// A person's account on the portal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    /// Lower case, trimmed: one account per address.
    pub email: String,
    pub role: Role,
    /// ISTAT code of a region, province or comune; `None`: all of Italy.
    pub territory: Option<String>,
    /// A disabled account cannot log in, and its sessions end.
    pub disabled: bool,
    pub created_at: String,
}

impl Account {
    /// What the account may do, as the API's tokens say it: one check for
    /// both.
    pub fn grant(&self) -> Grant {
        Grant {
            label: self.email.clone(),
            role: self.role,
            territory: self.territory.clone(),
        }
    }
}

/// A console session, stored by the sha256 of its cookie's value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub id_sha256: String,
    pub account_id: i64,
    /// The token every form of this session carries.
    pub csrf: String,
    /// Unix seconds.
    pub created_at: i64,
    pub last_seen: i64,
}

/// How long a session lives without a request, and at most.
pub const SESSION_IDLE_SECS: i64 = 30 * 60;
pub const SESSION_MAX_SECS: i64 = 12 * 60 * 60;
/// How long a link to set a password stays valid.
pub const INVITE_SECS: i64 = 72 * 60 * 60;

impl Session {
    /// Whether the session still stands at `now`.
    pub fn alive(&self, now: i64) -> bool {
        now - self.last_seen < SESSION_IDLE_SECS && now - self.created_at < SESSION_MAX_SECS
    }
}

/// One line of the audit log: logins, accounts changed, decisions,
/// publications.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: String,
    /// Who did it (an e-mail, a token's label, "integra-portal" for the
    /// command line).
    pub actor: String,
    pub action: AuditAction,
    /// What it was done to, in a few words (never a password or a token).
    pub detail: String,
}

/// What an audit entry records: one list, matched wherever it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditAction {
    Login,
    LoginFailed,
    Logout,
    PasswordSet,
    AccountCreated,
    AccountChanged,
    SubmissionAccepted,
    SubmissionRejected,
    RecordConfirmed,
    Published,
    Imported,
}

impl AuditAction {
    pub const ALL: [AuditAction; 11] = [
        AuditAction::Login,
        AuditAction::LoginFailed,
        AuditAction::Logout,
        AuditAction::PasswordSet,
        AuditAction::AccountCreated,
        AuditAction::AccountChanged,
        AuditAction::SubmissionAccepted,
        AuditAction::SubmissionRejected,
        AuditAction::RecordConfirmed,
        AuditAction::Published,
        AuditAction::Imported,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditAction::Login => "login",
            AuditAction::LoginFailed => "login_failed",
            AuditAction::Logout => "logout",
            AuditAction::PasswordSet => "password_set",
            AuditAction::AccountCreated => "account_created",
            AuditAction::AccountChanged => "account_changed",
            AuditAction::SubmissionAccepted => "submission_accepted",
            AuditAction::SubmissionRejected => "submission_rejected",
            AuditAction::RecordConfirmed => "record_confirmed",
            AuditAction::Published => "published",
            AuditAction::Imported => "imported",
        }
    }

    pub fn parse(s: &str) -> Option<AuditAction> {
        AuditAction::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// An address as the store keeps it, or `None` when it is none.
pub fn normalize_email(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    let (local, domain) = email.split_once('@')?;
    let ok = !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && email.len() <= 254
        && !email
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>');
    ok.then_some(email)
}

/// The shortest password accepted (NIST SP 800-63B asks for at least 8;
/// a phrase of a few words is easy to remember at 12).
pub const MIN_PASSWORD_CHARS: usize = 12;
pub const MAX_PASSWORD_CHARS: usize = 256;

/// Why a new password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    #[error("too short")]
    TooShort,
    #[error("too long")]
    TooLong,
    #[error("too common")]
    TooCommon,
    #[error("holds the e-mail address")]
    HoldsEmail,
}

/// Passwords people choose most, and the words of this service: a
/// password made of one of these (with digits or symbols around it) is
/// refused whatever its length.
const COMMON: &[&str] = &[
    "password",
    "passw0rd",
    "123456",
    "qwerty",
    "azerty",
    "qwertz",
    "abc123",
    "111111",
    "iloveyou",
    "admin",
    "administrator",
    "welcome",
    "letmein",
    "monkey",
    "dragon",
    "football",
    "baseball",
    "sunshine",
    "princess",
    "master",
    "shadow",
    "superman",
    "trustno1",
    "starwars",
    "ciao",
    "ciaociao",
    "amore",
    "tiamo",
    "juventus",
    "inter",
    "milan",
    "napoli",
    "roma",
    "lazio",
    "forza",
    "italia",
    "benvenuto",
    "benvenuti",
    "parola",
    "parolachiave",
    "segreto",
    "portale",
    "integra",
    "integrazione",
    "migranti",
    "ministero",
    "lavoro",
    "regione",
    "comune",
    "moderatore",
    "editore",
    "redazione",
    "changeme",
    "cambiami",
    "default",
];

/// Checks a new password: long enough, not made of a common password or
/// of the account's own address.
pub fn check_password(password: &str, email: &str) -> Result<(), PasswordProblem> {
    let chars = password.chars().count();
    if chars < MIN_PASSWORD_CHARS {
        return Err(PasswordProblem::TooShort);
    }
    if chars > MAX_PASSWORD_CHARS {
        return Err(PasswordProblem::TooLong);
    }
    let lower = password.to_lowercase();
    let letters: String = lower.chars().filter(|c| c.is_alphabetic()).collect();
    let distinct = {
        let mut c: Vec<char> = lower.chars().collect();
        c.sort_unstable();
        c.dedup();
        c.len()
    };
    // "passwordpassword1", "123456789012", "aaaaaaaaaaaa", "qwertyqwerty".
    let repeats_common = COMMON.iter().any(|w| {
        !letters.is_empty() && letters.len() >= w.len() && letters.split(w).all(str::is_empty)
    });
    let only_digits = lower.chars().all(|c| c.is_ascii_digit());
    if distinct <= 3 || only_digits || repeats_common {
        return Err(PasswordProblem::TooCommon);
    }
    let local = email.split('@').next().unwrap_or("").to_lowercase();
    if local.chars().count() >= 4 && lower.contains(&local) {
        return Err(PasswordProblem::HoldsEmail);
    }
    Ok(())
}

/// argon2id with OWASP's second recommended setting (19 MiB, 2 passes):
/// about 40 ms on this project's 2-core machines.
fn hasher() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).expect("valid argon2 parameters");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The PHC string (`$argon2id$v=19$…`) of `password` with a fresh salt.
pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).expect("the system has randomness");
    hasher()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .expect("argon2 hashes any password")
        .to_string()
}

/// Whether `password` matches a stored PHC string (a malformed one never
/// matches).
pub fn verify_password(password: &str, phc: &str) -> bool {
    PasswordHash::new(phc)
        .map(|h| hasher().verify_password(password.as_bytes(), &h).is_ok())
        .unwrap_or(false)
}

/// A hash to verify against when the account does not exist, so that a
/// wrong address takes as long as a wrong password.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| hash_password("decoy password that is never set"));
    &DECOY
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_argon2id_and_verify() {
        let h = hash_password("una frase lunga e mia");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(verify_password("una frase lunga e mia", &h));
        assert!(!verify_password("una frase lunga e tua", &h));
        assert!(!verify_password("x", "not a hash"));
        assert_ne!(h, hash_password("una frase lunga e mia"), "a fresh salt");
    }

    #[test]
    fn weak_passwords_are_refused_with_the_reason() {
        let email = "giulia.rossi@regione.lazio.it";
        assert_eq!(
            check_password("corto", email),
            Err(PasswordProblem::TooShort)
        );
        for common in [
            "passwordpassword",
            "Password2024!",
            "123456789012",
            "aaaaaaaaaaaaaa",
            "qwertyqwerty1",
            "Juventus1897!!",
        ] {
            assert_eq!(
                check_password(common, email),
                Err(PasswordProblem::TooCommon),
                "{common}"
            );
        }
        assert_eq!(
            check_password("giulia.rossi-2026", email),
            Err(PasswordProblem::HoldsEmail)
        );
        assert_eq!(check_password("gatto verde sul tetto", email), Ok(()));
        assert_eq!(
            check_password(&"x1y2".repeat(70), email),
            Err(PasswordProblem::TooLong)
        );
    }

    #[test]
    fn addresses_are_kept_in_one_form() {
        assert_eq!(
            normalize_email("  Giulia.Rossi@Regione.Lazio.IT "),
            Some("giulia.rossi@regione.lazio.it".into())
        );
        for bad in [
            "",
            "giulia",
            "@lazio.it",
            "a@b",
            "a@.it",
            "a b@c.it",
            "<a@b.it>",
        ] {
            assert_eq!(normalize_email(bad), None, "{bad}");
        }
    }

    #[test]
    fn sessions_end_when_idle_and_at_the_latest() {
        let s = Session {
            id_sha256: String::new(),
            account_id: 1,
            csrf: String::new(),
            created_at: 0,
            last_seen: 0,
        };
        assert!(s.alive(SESSION_IDLE_SECS - 1));
        assert!(!s.alive(SESSION_IDLE_SECS));
        let busy = Session {
            last_seen: SESSION_MAX_SECS - 1,
            ..s
        };
        assert!(!busy.alive(SESSION_MAX_SECS));
    }

    #[test]
    fn audit_actions_round_trip() {
        for a in AuditAction::ALL {
            assert_eq!(AuditAction::parse(a.as_str()), Some(a));
        }
    }
}
