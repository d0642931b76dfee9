//! What syncing can fail with. Every variant leaves the catalog unchanged;
//! the UI shows [`SyncError::message_id`] translated and logs the `Display`
//! text (the technical cause).

/// Why an update or a sideload did not happen.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The feed could not be reached, or the connection kept failing.
    #[error("network error: {0}")]
    Network(String),
    /// The server answered with a status that retrying does not fix.
    #[error("HTTP {status} for {url}")]
    Http { status: u16, url: String },
    /// The manifest's signature is missing, malformed, or made by a key the
    /// app does not trust.
    #[error("the feed signature is invalid: {0}")]
    SignatureInvalid(String),
    /// The manifest expired (judged against the later of the clock and the
    /// newest `created` seen): a frozen or replayed feed.
    #[error("the feed expired at {expires} (now {now})")]
    Expired { expires: String, now: String },
    /// The feed is older than what the catalog holds.
    #[error("the feed has seq {offered}, older than the catalog's {local}")]
    Rollback { local: u64, offered: u64 },
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
    /// encoding, duplicate rows, digest of the result).
    #[error("feed file {path} is corrupt: {reason}")]
    Corrupt { path: String, reason: String },
    /// A file (or the manifest) is bigger than this app accepts.
    #[error("feed file {path} is too large: {size} bytes, at most {limit}")]
    TooLarge { path: String, size: u64, limit: u64 },
    /// A row failed validation (types, lengths, phones, coordinates).
    #[error("a feed row is invalid: {0}")]
    InvalidRow(String),
    /// The sideload folder holds no feed.
    #[error("no feed in {0}: manifest.json or manifest.json.minisig is missing")]
    NoFeed(String),
    /// The local catalog or state files could not be read or written.
    #[error("storage error: {0}")]
    Storage(String),
}

impl SyncError {
    /// The fluent message id the UI translates for this error.
    pub fn message_id(&self) -> &'static str {
        match self {
            SyncError::Network(_) | SyncError::Http { .. } => "sync-error-network",
            SyncError::SignatureInvalid(_) => "sync-error-signature",
            SyncError::Expired { .. } => "sync-error-expired",
            SyncError::Rollback { .. } => "sync-error-rollback",
            SyncError::UnknownSchema { .. } => "sync-error-app-too-old",
            SyncError::ManifestInvalid(_)
            | SyncError::Corrupt { .. }
            | SyncError::TooLarge { .. }
            | SyncError::InvalidRow(_) => "sync-error-corrupt",
            SyncError::NoFeed(_) => "sync-error-no-feed",
            SyncError::Storage(_) => "sync-error-storage",
        }
    }

    /// Worth trying again later on its own (a network problem), as opposed
    /// to a feed that will keep failing until it is fixed.
    pub fn is_transient(&self) -> bool {
        matches!(self, SyncError::Network(_) | SyncError::Http { .. })
    }

    pub(crate) fn corrupt(path: &str, reason: impl Into<String>) -> SyncError {
        SyncError::Corrupt {
            path: path.to_string(),
            reason: reason.into(),
        }
    }

    pub(crate) fn io(path: &std::path::Path, e: std::io::Error) -> SyncError {
        SyncError::Storage(format!("{}: {e}", path.display()))
    }
}

impl From<feed::FeedError> for SyncError {
    fn from(e: feed::FeedError) -> Self {
        use feed::FeedError as F;
        match e {
            F::SignatureInvalid(s) => SyncError::SignatureInvalid(s),
            F::UnknownSchema {
                found_format,
                found_schema,
                format,
                schema,
            } => SyncError::UnknownSchema {
                found_format,
                found_schema,
                format,
                schema,
            },
            F::ManifestInvalid(s) => SyncError::ManifestInvalid(s),
            F::Corrupt { path, reason } => SyncError::Corrupt { path, reason },
            F::TooLarge { path, size, limit } => SyncError::TooLarge { path, size, limit },
            F::Storage(s) => SyncError::Storage(s),
        }
    }
}

impl From<catalog::Error> for SyncError {
    fn from(e: catalog::Error) -> Self {
        match e {
            catalog::Error::Invalid(v) => SyncError::InvalidRow(v.to_string()),
            other => SyncError::Storage(other.to_string()),
        }
    }
}
