//! The editorial store: records as editors keep them, user submissions
//! waiting for moderation, editors' tokens and accounts, the records'
//! history, and what was published. One trait ([`Store`]), two
//! implementations:
//! - [`SqliteStore`], the embedded default (`--store DIR`): the records in a
//!   catalog file (`editorial.sqlite`, written through `catalog`'s API, so
//!   validation and HSDS import are the app's own), the rest in
//!   `portal.sqlite`. One process.
//! - [`PgStore`] (`--store postgres://…`): every table in one PostgreSQL
//!   database, for several portal instances behind a load balancer.
//!
//! What holds on both, checked by the same test bodies on each
//! (`tests/store_suite.rs`): a submission's uuid is stored once; a write
//! that expected another version of a record is refused
//! ([`StoreError::Conflict`]) and writes nothing; one publication at a time
//! ([`Store::lock_publishing`]), read from one consistent state
//! ([`Store::snapshot`]).

use std::collections::HashMap;

use catalog::model::{CatalogData, Organization, Service};
use catalog::{Record, RecordKind, Territory};
use serde::{Deserialize, Serialize};

use crate::accounts::{Account, AuditEntry, Session};
use crate::history::Change;

mod pg;
mod sqlite;

pub use pg::PgStore;
pub use sqlite::SqliteStore;

/// Opens the store `spec` names: a `postgres://` (or `postgresql://`) URL,
/// else the folder of an embedded store.
pub fn open(spec: &str) -> StoreResult<Box<dyn Store>> {
    if is_postgres(spec) {
        Ok(Box::new(PgStore::connect(spec)?))
    } else {
        Ok(Box::new(SqliteStore::open(std::path::Path::new(spec))?))
    }
}

/// `connections` handles on the store `spec` names, for a server's
/// requests to share: that many connections to a PostgreSQL database; the
/// embedded store is one process's, and gives one whatever is asked.
pub fn open_pool(spec: &str, connections: usize) -> StoreResult<Vec<Box<dyn Store>>> {
    let first = open(spec)?;
    if !is_postgres(spec) {
        return Ok(vec![first]);
    }
    let mut pool = vec![first];
    for _ in 1..connections.max(1) {
        pool.push(Box::new(PgStore::connect(spec)?) as Box<dyn Store>);
    }
    Ok(pool)
}

fn is_postgres(spec: &str) -> bool {
    spec.starts_with("postgres://") || spec.starts_with("postgresql://")
}

/// What the store can fail with.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Catalog(#[from] catalog::Error),
    #[error("store database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("store database error: {0}")]
    Postgres(String),
    /// Someone else changed the record since the writer read it: nothing
    /// was written.
    #[error("{key} was changed by someone else in the meantime")]
    Conflict { key: String },
    /// The records break a rule the store keeps (a service's organization
    /// is unknown, an organization still has services).
    #[error("{0}")]
    Refused(String),
    #[error("{0}")]
    Other(String),
}

/// Each record's version as a writer read it, by `<table>:<id>` key
/// ([`RecordKind::key`]): its content hash ([`Record::hash`]), or `None`
/// when the writer saw no such record.
pub type Versions = HashMap<String, Option<String>>;

/// A record's version: what a form or an `ETag` carries.
pub fn version(record: &Record) -> String {
    record.hash()
}

pub type StoreResult<T> = Result<T, StoreError>;

/// What an editor's token allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Changes records in its territory.
    Editor,
    /// Also accepts or rejects submissions.
    Moderator,
    /// Also creates tokens.
    Admin,
}

impl Role {
    pub fn parse(s: &str) -> Option<Role> {
        match s {
            "editor" => Some(Role::Editor),
            "moderator" => Some(Role::Moderator),
            "admin" => Some(Role::Admin),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Editor => "editor",
            Role::Moderator => "moderator",
            Role::Admin => "admin",
        }
    }
}

/// A token's grant: a role over a territory (None: all of Italy).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub label: String,
    pub role: Role,
    /// ISTAT code of a region (2 digits), province (3) or comune (6).
    pub territory: Option<String>,
}

impl Grant {
    pub fn territory(&self) -> Option<Territory> {
        self.territory.as_deref().and_then(Territory::from_code)
    }
}

/// Kinds of user submissions: the app's list.
pub use catalog::SubmissionKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SubmissionStatus {
    Pending,
    Accepted,
    Rejected,
}

impl SubmissionStatus {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            SubmissionStatus::Pending => "pending",
            SubmissionStatus::Accepted => "accepted",
            SubmissionStatus::Rejected => "rejected",
        }
    }

    /// What its sender is told (`GET /v1/submissions/{uuid}`, the public
    /// status page): received, accepted or rejected.
    pub fn outcome(self) -> &'static str {
        match self {
            SubmissionStatus::Pending => "received",
            SubmissionStatus::Accepted => "accepted",
            SubmissionStatus::Rejected => "rejected",
        }
    }

    pub(crate) fn parse(s: &str) -> SubmissionStatus {
        match s {
            "accepted" => SubmissionStatus::Accepted,
            "rejected" => SubmissionStatus::Rejected,
            _ => SubmissionStatus::Pending,
        }
    }
}

/// A submission as received.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Submission {
    pub uuid: String,
    pub kind: SubmissionKind,
    pub payload: serde_json::Value,
    pub received_at: String,
    pub status: SubmissionStatus,
    pub decided_by: Option<String>,
    /// Why it was rejected, in the moderator's words: the sender's app
    /// shows it.
    pub reason: Option<String>,
    pub decided_at: Option<String>,
}

/// A moderator's decision on a submission.
#[derive(Debug, Clone, Copy)]
pub struct Decision<'a> {
    pub status: SubmissionStatus,
    pub by: &'a str,
    pub reason: Option<&'a str>,
    pub at: &'a str,
}

/// What storing a submission did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inserted {
    New,
    /// The same uuid with the same content: already stored.
    Duplicate,
    /// The same uuid with different content.
    Conflict,
}

/// One publication: what the feed held at `seq`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publication {
    pub seq: u64,
    pub chain: String,
    pub created: String,
    pub digest: String,
    /// Row key → content hash at this seq (to compute deltas from it).
    pub hashes: HashMap<String, String>,
    /// Feed files the manifest of this seq referenced.
    pub files: Vec<String>,
}

/// The editorial store.
pub trait Store: Send {
    /// Every record, sorted by id.
    fn catalog(&self) -> StoreResult<CatalogData>;
    /// Adds or replaces records (validated; all or nothing) with their
    /// changes (`crate::history`), in one transaction where the store has
    /// one. A record named in `expected` must still be at that version (or
    /// still absent), else [`StoreError::Conflict`] and nothing is written.
    fn put_records(
        &mut self,
        data: &CatalogData,
        expected: &Versions,
        changes: &[Change],
    ) -> StoreResult<()>;
    /// Deletes a record (at version `expected`, when given) with its
    /// change; false when there was none.
    fn delete_record(
        &mut self,
        kind: RecordKind,
        id: &str,
        expected: Option<&str>,
        change: Option<&Change>,
    ) -> StoreResult<bool>;
    /// [`Store::put_records`] with no expectation and no history (tests,
    /// tools; the portal writes through `crate::history`).
    fn put(&mut self, data: &CatalogData) -> StoreResult<()> {
        self.put_records(data, &Versions::new(), &[])
    }
    /// [`Store::delete_record`] with no expectation and no history.
    fn delete(&mut self, kind: RecordKind, id: &str) -> StoreResult<bool> {
        self.delete_record(kind, id, None, None)
    }
    fn record(&self, kind: RecordKind, id: &str) -> StoreResult<Option<Record>>;
    /// Each of `wanted`, in its order (one read, where the store can).
    fn records(&self, wanted: &[(RecordKind, &str)]) -> StoreResult<Vec<Option<Record>>> {
        wanted
            .iter()
            .map(|(kind, id)| self.record(*kind, id))
            .collect()
    }
    /// Each record's content hash by `<table>:<id>` (as a publication keeps
    /// them).
    fn content_hashes(&self) -> StoreResult<HashMap<String, String>>;
    fn service(&self, id: &str) -> StoreResult<Option<Service>>;
    fn organization(&self, id: &str) -> StoreResult<Option<Organization>>;
    /// Every association (an organization with an association profile),
    /// by name.
    fn associations(&self) -> StoreResult<Vec<Organization>>;

    fn add_submission(&mut self, s: &Submission) -> StoreResult<Inserted>;
    fn submission(&self, uuid: &str) -> StoreResult<Option<Submission>>;
    fn submissions(&self, status: Option<SubmissionStatus>) -> StoreResult<Vec<Submission>>;
    /// Records a moderator's decision (`reason`: why it was rejected) on a
    /// submission still pending; false when there is none (another
    /// moderator, perhaps on another instance, decided first).
    fn decide(&mut self, uuid: &str, decision: &Decision<'_>) -> StoreResult<bool>;
    /// Takes back `by`'s decision, still `status`, on a submission: it is
    /// pending again (what it proposed could not be applied).
    fn reopen(&mut self, uuid: &str, by: &str, status: SubmissionStatus) -> StoreResult<bool>;

    /// Stores a token by its sha256 (the token itself is never stored).
    fn add_token(&mut self, token_sha256: &str, grant: &Grant) -> StoreResult<()>;
    fn grant(&self, token_sha256: &str) -> StoreResult<Option<Grant>>;

    /// Publications, newest first, at most `limit`.
    fn publications(&self, limit: usize) -> StoreResult<Vec<Publication>>;
    fn add_publication(&mut self, p: &Publication) -> StoreResult<()>;
    /// Takes the publishing lock: one publication at a time, across every
    /// instance on the store; false when another holds it.
    fn lock_publishing(&mut self) -> StoreResult<bool>;
    fn unlock_publishing(&mut self) -> StoreResult<()>;
    /// Every record and the newest `publications`, read from one
    /// consistent state: a publication never carries half of an edit.
    fn snapshot(&mut self, publications: usize) -> StoreResult<(CatalogData, Vec<Publication>)>;

    /// Adds an account with no password yet; `None` when the address has
    /// one already.
    fn add_account(
        &mut self,
        email: &str,
        role: Role,
        territory: Option<&str>,
        now: &str,
    ) -> StoreResult<Option<i64>>;
    fn account(&self, id: i64) -> StoreResult<Option<Account>>;
    fn account_by_email(&self, email: &str) -> StoreResult<Option<Account>>;
    /// Every account, by address.
    fn accounts(&self) -> StoreResult<Vec<Account>>;
    /// The account's argon2id PHC string, if a password was set.
    fn password_hash(&self, id: i64) -> StoreResult<Option<String>>;
    fn set_password_hash(&mut self, id: i64, phc: &str) -> StoreResult<()>;
    fn update_account(
        &mut self,
        id: i64,
        role: Role,
        territory: Option<&str>,
        disabled: bool,
    ) -> StoreResult<bool>;
    /// A one-time link to set a password, by the sha256 of its token.
    fn add_invite(
        &mut self,
        token_sha256: &str,
        account_id: i64,
        expires_at: i64,
    ) -> StoreResult<()>;
    /// Takes a link: the account it was for, if it exists and has not
    /// expired at `now`; it cannot be taken again.
    fn take_invite(&mut self, token_sha256: &str, now: i64) -> StoreResult<Option<i64>>;
    /// The account a link is for, without taking it. A disabled account's
    /// links no longer work.
    fn invite(&self, token_sha256: &str, now: i64) -> StoreResult<Option<i64>>;

    fn add_session(&mut self, s: &Session) -> StoreResult<()>;
    fn session(&self, id_sha256: &str) -> StoreResult<Option<Session>>;
    fn touch_session(&mut self, id_sha256: &str, now: i64) -> StoreResult<()>;
    fn delete_session(&mut self, id_sha256: &str) -> StoreResult<()>;
    /// Ends every session of an account (disabled, password changed).
    fn delete_sessions_of(&mut self, account_id: i64) -> StoreResult<()>;

    fn add_audit(&mut self, e: &AuditEntry) -> StoreResult<()>;
    /// The newest entries first, at most `limit`.
    fn audit(&self, limit: usize) -> StoreResult<Vec<AuditEntry>>;

    // Records' history (`crate::history` writes it with the records).
    /// A record's changes, newest first.
    fn history(&self, kind: RecordKind, id: &str, limit: usize) -> StoreResult<Vec<Change>>;

    // Failed logins per account, shared by every instance on the store
    // (Unix milliseconds).
    /// Records one, and forgets every failure older than `forget_before`.
    fn add_login_failure(&mut self, email: &str, at: i64, forget_before: i64) -> StoreResult<()>;
    /// The account's failures since `since`, oldest first.
    fn login_failures(&self, email: &str, since: i64) -> StoreResult<Vec<i64>>;
    fn clear_login_failures(&mut self, email: &str) -> StoreResult<()>;
}

/// A publication's hashes as stored: sorted JSON, zstd-compressed.
fn pack_hashes(hashes: &HashMap<String, String>) -> StoreResult<Vec<u8>> {
    use std::io::Write;
    let sorted: std::collections::BTreeMap<_, _> = hashes.iter().collect();
    let json = serde_json::to_vec(&sorted).expect("json serializes");
    let mut enc =
        zstd::stream::Encoder::new(Vec::new(), 3).map_err(|e| StoreError::Other(e.to_string()))?;
    enc.write_all(&json)
        .map_err(|e| StoreError::Other(e.to_string()))?;
    enc.finish().map_err(|e| StoreError::Other(e.to_string()))
}

/// A publication from its stored columns.
fn publication_from(
    seq: i64,
    chain: String,
    created: String,
    digest: String,
    blob: &[u8],
    files: &str,
) -> StoreResult<Publication> {
    use std::io::Read;
    let bad = |e: &dyn std::fmt::Display| StoreError::Other(format!("publication {seq}: {e}"));
    let mut json = Vec::new();
    zstd::stream::Decoder::new(blob)
        .and_then(|mut d| d.read_to_end(&mut json))
        .map_err(|e| bad(&e))?;
    Ok(Publication {
        seq: seq as u64,
        chain,
        created,
        digest,
        hashes: serde_json::from_slice(&json).map_err(|e| bad(&e))?,
        files: serde_json::from_str(files).map_err(|e| bad(&e))?,
    })
}

/// A row of a record's history as stored; None for one a newer build
/// wrote (an action or a field list this build cannot read), which is left
/// out rather than misread.
fn change_from(
    kind: RecordKind,
    id: &str,
    at: String,
    actor: String,
    action: &str,
    fields: &str,
) -> Option<Change> {
    Some(Change {
        at,
        actor,
        kind,
        id: id.to_string(),
        action: crate::history::ChangeAction::parse(action)?,
        fields: serde_json::from_str(fields).ok()?,
    })
}

/// Only kinds this build knows were stored; anything else reads as a
/// correction, which carries nothing to apply.
fn kind_parse(s: &str) -> SubmissionKind {
    SubmissionKind::parse(s).unwrap_or(SubmissionKind::Correction)
}
