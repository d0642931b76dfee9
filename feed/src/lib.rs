//! The feed both sides share (DESIGN §4; the format is `feed/FORMAT.md`):
//! the signed manifest, the ndjson+zstd snapshot and delta files, and the
//! minisign keys that sign and verify them.
//!
//! - [`format`]: [`FeedManifest`], encoding and decoding of feed files,
//!   deterministic output, size limits;
//! - [`sign`]: [`TrustedKeys`] (built into the app) and [`SigningKey`] (the
//!   publisher's);
//! - [`error`]: what reading and writing feed files can fail with ([`FeedError`]).
//!
//! Invariants: no network and no async runtime; nothing is parsed before its
//! size is bounded. The device's client (`sync`) and the portal's publisher
//! (`portal`) both build on this crate and on nothing of each other.

pub mod error;
pub mod format;
pub mod sign;

pub use error::FeedError;
pub use format::FeedManifest;
pub use sign::{KeyRole, SigningKey, TrustedKeys};
