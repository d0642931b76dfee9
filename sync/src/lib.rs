//! The device side of Integra's signed delta feed (DESIGN §4; the format is
//! `feed/FORMAT.md`, its types the `feed` crate).
//!
//! The protocol in ten lines:
//! 1. The portal publishes a static folder: `manifest.json` (seq, chain,
//!    created, expires, digest of the result, every file's sha256 and size),
//!    `manifest.json.minisig`, `snap/<sha256>.ndjson.zst`, and
//!    `delta/<from>-<to>-<sha256>.ndjson.zst` (PUT whole row / DEL id).
//! 2. The client verifies the signature against two built-in keys (online,
//!    offline backup), then refuses unknown schema, expiry (against the later
//!    of its clock and the newest `created` seen) and rollback (lower seq).
//! 3. It plans one delta from its exact (seq, digest) or the snapshot.
//! 4. It downloads to `.part` files with HTTP Range, stops at the declared
//!    size, checks sha256 before parsing, validates every row, and applies
//!    everything in one transaction that records seq and digest and checks
//!    the digest before COMMIT; a failed delta falls back to the snapshot.
//!
//! Steps 2–4 are one updater (`update::run`) over a `Source`: the network
//! (`Client`) or a folder (`sideload`).
//!
//! # API for the app
//!
//! ```text
//! let cfg = ClientConfig::new(feed_url, TrustedKeys::built_in(), catalog_path, state_dir);
//! let client = Client::new(cfg)?;                       // cheap, Clone, Send + Sync
//! client.status().await? -> SyncStatus { seq, created, digest, origin, last_check,
//!                                        last_error, last_error_id }
//! client.update(|p: Progress| ..).await -> Result<UpdateOutcome, SyncError>
//! client.sideload(dir, |p| ..).await    -> Result<UpdateOutcome, SyncError>
//! sync::sideload(dir, catalog_path, &keys, Some(state_dir), &|p| ..)  (blocking)
//! sync::outbox::flush(user_db_path, submissions_url, &RetryPolicy, keep_sent).await -> OutboxReport
//! sync::outbox::refresh_outcomes(user_db_path, submissions_url).await -> changed count
//! sync::outbox::state(&OutboxItem) -> OutboxState { Pending, Retrying, Rejected }
//! ```
//! `Progress { phase: Checking|Downloading|Verifying|Applying|Done, bytes_done,
//! bytes_total, rows_done, rows_total }` (rows move during the apply, about a
//! hundred reports a file, on the applying thread). After an outcome with
//! `changed()`, call `Catalog::reload()` on the app's open catalog.
//! Every [`SyncError`] leaves the catalog unchanged; `message_id()` names the
//! fluent message to show (`sync-error-signature`, `sync-error-expired`, …).
//!
//! The portal side (publisher, editorial store, `integra-portal`) is the
//! `portal` crate; this one never depends on it, so the app does not carry
//! the server.

pub mod apply;
pub mod client;
pub mod error;
pub mod folder;
pub mod outbox;
pub mod state;
pub mod update;

pub use apply::{Phase, Plan, Progress, Route, UpdateOutcome, check_manifest, plan};
pub use client::{Client, ClientConfig, DataOrigin, RetryPolicy, SyncStatus};
pub use error::SyncError;
pub use feed::{FeedManifest, KeyRole, TrustedKeys};
pub use folder::{FolderSource, sideload};
pub use update::{Source, Target};

/// The feed URL built into this app: `INTEGRA_FEED_URL` at build time,
/// else the portal's default.
pub fn built_in_feed_url() -> &'static str {
    option_env!("INTEGRA_FEED_URL").unwrap_or("https://integra.invalid/feed/")
}
