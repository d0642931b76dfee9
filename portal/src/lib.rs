//! The portal side of Integra: the editorial [`store::Store`], the
//! [`publish`]er (store → signed feed folder), the HTTP [`server`] (the feed
//! folder, user submissions, the editors' API), territory checks for
//! editors' tokens, the bodies of the fuzz targets ([`fuzzing`]) and the
//! `integra-portal` binary.
//!
//! Invariant: the device app never depends on this crate (a test reads the
//! dependency graph); what both sides share is the `feed` crate.

pub mod accounts;
pub mod client_addr;
pub mod console;
pub mod fuzzing;
pub mod history;
pub mod moderation;
pub mod publish;
pub mod server;
pub mod store;
pub mod territory;

pub use server::{PortalState, RateLimit, ServerConfig, router, serve};
pub use store::{
    Decision, Grant, Inserted, Publication, Role, SqliteStore, Store, StoreError, Submission,
    SubmissionKind, SubmissionStatus,
};

/// The sha256 under which a bearer token is stored.
pub fn token_sha256(token: &str) -> String {
    feed::format::sha256_hex(token.as_bytes())
}

/// A new random bearer token (32 bytes, hex).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the system has randomness");
    hex::encode(bytes)
}
