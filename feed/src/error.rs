//! What reading or writing feed files can fail with. The sync client turns
//! each variant into the `SyncError` of the same name, so the app shows the
//! same message whichever side found the problem.

/// Why a manifest, a signature or a feed file was refused or not written.
#[derive(Debug, thiserror::Error)]
pub enum FeedError {
    /// The manifest's signature is missing, malformed, or made by a key the
    /// app does not trust.
    #[error("the feed signature is invalid: {0}")]
    SignatureInvalid(String),
    /// The feed needs a newer app.
    #[error(
        "the feed has format {found_format} / schema {found_schema}; this app reads {format} / {schema}"
    )]
    UnknownSchema {
        found_format: u32,
        found_schema: u32,
        format: u32,
        schema: u32,
    },
    /// The signed manifest is malformed or inconsistent.
    #[error("the feed manifest is invalid: {0}")]
    ManifestInvalid(String),
    /// A file is not what the manifest promised (size, sha256, header,
    /// encoding, duplicate rows).
    #[error("feed file {path} is corrupt: {reason}")]
    Corrupt { path: String, reason: String },
    /// A file (or the manifest) is bigger than this app accepts.
    #[error("feed file {path} is too large: {size} bytes, at most {limit}")]
    TooLarge { path: String, size: u64, limit: u64 },
    /// A file, a key or the rows a delta builds on could not be read or written.
    #[error("storage error: {0}")]
    Storage(String),
}

impl FeedError {
    pub fn corrupt(path: &str, reason: impl Into<String>) -> FeedError {
        FeedError::Corrupt {
            path: path.to_string(),
            reason: reason.into(),
        }
    }

    pub fn io(path: &std::path::Path, e: std::io::Error) -> FeedError {
        FeedError::Storage(format!("{}: {e}", path.display()))
    }
}
