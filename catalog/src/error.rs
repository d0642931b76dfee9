//! The catalog's error type: what opening, migrating, validating, writing
//! and reading the catalog and user files can fail with.

use crate::validate::ValidationError;

/// Everything the catalog can fail with. Callers show users a translated
/// message per variant and log the technical cause.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("catalog database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error(
        "the catalog file has schema version {found}, newer than this app supports ({supported})"
    )]
    SchemaTooNew { found: u32, supported: u32 },
    #[error(transparent)]
    Invalid(#[from] ValidationError),
    #[error("import failed: {0}")]
    Import(String),
    #[error("I/O error on {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
