//! The editorial store: records as editors keep them, user submissions
//! waiting for moderation, editors' tokens, and what was published. One
//! trait ([`Store`]); SQLite is the embedded default ([`SqliteStore`]): the
//! records in a catalog file (`editorial.sqlite`, written through `catalog`'s
//! API, so validation and HSDS import are the app's own), submissions, tokens
//! and publications in `portal.sqlite`, the portal's own tables.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::path::Path;

use catalog::model::{CatalogData, Organization, Service};
use catalog::store::ImportOptions;
use catalog::{Catalog, Record, RecordKind, Territory};
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use crate::accounts::{Account, AuditAction, AuditEntry, Session};
use crate::history::{Change, ChangeAction, FieldChange};

/// What the store can fail with.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Catalog(#[from] catalog::Error),
    #[error("store database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Other(String),
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
    fn as_str(self) -> &'static str {
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

    fn parse(s: &str) -> SubmissionStatus {
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
    /// Adds or replaces records (validated; all or nothing).
    fn put(&mut self, data: &CatalogData) -> StoreResult<()>;
    fn delete(&mut self, kind: RecordKind, id: &str) -> StoreResult<bool>;
    fn record(&self, kind: RecordKind, id: &str) -> StoreResult<Option<Record>>;
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
    /// Records a moderator's decision (`reason`: why it was rejected).
    fn decide(&mut self, uuid: &str, decision: &Decision<'_>) -> StoreResult<bool>;

    /// Stores a token by its sha256 (the token itself is never stored).
    fn add_token(&mut self, token_sha256: &str, grant: &Grant) -> StoreResult<()>;
    fn grant(&self, token_sha256: &str) -> StoreResult<Option<Grant>>;

    /// Publications, newest first, at most `limit`.
    fn publications(&self, limit: usize) -> StoreResult<Vec<Publication>>;
    fn add_publication(&mut self, p: &Publication) -> StoreResult<()>;

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

    // Records' history (`crate::history` writes it).
    fn add_changes(&mut self, changes: &[Change]) -> StoreResult<()>;
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

/// The embedded store: the records in a `catalog` file (`editorial.sqlite`,
/// so validation and HSDS import are the app's own), the rest in
/// `portal.sqlite`.
#[derive(Debug)]
pub struct SqliteStore {
    records: Catalog,
    conn: Connection,
}

const PORTAL_SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS submission (
    uuid        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    status      TEXT NOT NULL,
    decided_by  TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS token (
    sha256    TEXT PRIMARY KEY,
    label     TEXT NOT NULL,
    role      TEXT NOT NULL,
    territory TEXT
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS publication (
    seq     INTEGER PRIMARY KEY,
    chain   TEXT NOT NULL,
    created TEXT NOT NULL,
    digest  TEXT NOT NULL,
    hashes  BLOB NOT NULL,
    files   TEXT NOT NULL
);
"#;

/// The steps after `PORTAL_SCHEMA`, by `PRAGMA user_version` (step N takes
/// a store to version N), each in one transaction.
const PORTAL_MIGRATIONS: [&str; 4] = [
    // 1: why a submission was rejected, and when it was decided; the
    // sender's app reads both back by the submission's uuid.
    "ALTER TABLE submission ADD COLUMN reason TEXT;
     ALTER TABLE submission ADD COLUMN decided_at TEXT;",
    // 2: the console's people: accounts (argon2id hashes only), one-time
    // links to set a password and sessions (both by the sha256 of their
    // secret), and the audit log.
    "CREATE TABLE account (
         id            INTEGER PRIMARY KEY,
         email         TEXT NOT NULL UNIQUE,
         role          TEXT NOT NULL,
         territory     TEXT,
         disabled      INTEGER NOT NULL DEFAULT 0,
         password_hash TEXT,
         created_at    TEXT NOT NULL
     );
     CREATE TABLE invite (
         sha256     TEXT PRIMARY KEY,
         account_id INTEGER NOT NULL REFERENCES account(id),
         expires_at INTEGER NOT NULL
     ) WITHOUT ROWID;
     CREATE TABLE session (
         sha256     TEXT PRIMARY KEY,
         account_id INTEGER NOT NULL REFERENCES account(id),
         csrf       TEXT NOT NULL,
         created_at INTEGER NOT NULL,
         last_seen  INTEGER NOT NULL
     ) WITHOUT ROWID;
     CREATE INDEX session_account ON session(account_id);
     CREATE TABLE audit (
         id     INTEGER PRIMARY KEY,
         at     TEXT NOT NULL,
         actor  TEXT NOT NULL,
         action TEXT NOT NULL,
         detail TEXT NOT NULL
     );",
    // 3: every change to a record (`crate::history`): the changed fields
    // with their old and new values, as JSON.
    "CREATE TABLE record_change (
         id        INTEGER PRIMARY KEY,
         at        TEXT NOT NULL,
         actor     TEXT NOT NULL,
         kind      TEXT NOT NULL,
         record_id TEXT NOT NULL,
         action    TEXT NOT NULL,
         fields    TEXT NOT NULL
     );
     CREATE INDEX record_change_record ON record_change(kind, record_id, id);",
    // 4: failed logins, so an account's lock holds whichever instance the
    // next attempt reaches.
    "CREATE TABLE login_failure (
         email TEXT NOT NULL,
         at    INTEGER NOT NULL
     );
     CREATE INDEX login_failure_email ON login_failure(email, at);
     CREATE INDEX login_failure_at ON login_failure(at);",
];

impl SqliteStore {
    /// Opens (creating) the store in `dir`.
    pub fn open(dir: &Path) -> StoreResult<SqliteStore> {
        std::fs::create_dir_all(dir)
            .map_err(|e| StoreError::Other(format!("{}: {e}", dir.display())))?;
        let records = Catalog::open(dir.join("editorial.sqlite"))?;
        let conn = Connection::open(dir.join("portal.sqlite"))?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(PORTAL_SCHEMA)?;
        let mut conn = conn;
        let found: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let found = usize::try_from(found).unwrap_or(usize::MAX);
        if found > PORTAL_MIGRATIONS.len() {
            return Err(StoreError::Other(format!(
                "portal.sqlite has schema version {found}, newer than this build supports ({})",
                PORTAL_MIGRATIONS.len()
            )));
        }
        for (i, step) in PORTAL_MIGRATIONS.iter().enumerate().skip(found) {
            let tx = conn.transaction()?;
            tx.execute_batch(step)?;
            tx.pragma_update(None, "user_version", i as i64 + 1)?;
            tx.commit()?;
        }
        Ok(SqliteStore { records, conn })
    }
}

const ACCOUNT_COLUMNS: &str = "id, email, role, territory, disabled, created_at";

fn account_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        email: r.get(1)?,
        // A role a newer build wrote reads as the least one.
        role: Role::parse(&r.get::<_, String>(2)?).unwrap_or(Role::Editor),
        territory: r.get(3)?,
        disabled: r.get(4)?,
        created_at: r.get(5)?,
    })
}

/// Only kinds this build knows were stored; anything else reads as a
/// correction, which carries nothing to apply.
fn kind_parse(s: &str) -> SubmissionKind {
    SubmissionKind::parse(s).unwrap_or(SubmissionKind::Correction)
}

fn submission_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Submission> {
    let payload: String = r.get(2)?;
    Ok(Submission {
        uuid: r.get(0)?,
        kind: kind_parse(&r.get::<_, String>(1)?),
        payload: serde_json::from_str(&payload).unwrap_or(serde_json::Value::Null),
        received_at: r.get(3)?,
        status: SubmissionStatus::parse(&r.get::<_, String>(4)?),
        decided_by: r.get(5)?,
        reason: r.get(6)?,
        decided_at: r.get(7)?,
    })
}

impl Store for SqliteStore {
    fn catalog(&self) -> StoreResult<CatalogData> {
        Ok(self.records.export()?)
    }

    fn put(&mut self, data: &CatalogData) -> StoreResult<()> {
        self.records.import(data, ImportOptions::default())?;
        Ok(())
    }

    fn delete(&mut self, kind: RecordKind, id: &str) -> StoreResult<bool> {
        Ok(self.records.delete(kind, id)?)
    }

    fn record(&self, kind: RecordKind, id: &str) -> StoreResult<Option<Record>> {
        Ok(self.records.record(kind, id)?)
    }

    fn content_hashes(&self) -> StoreResult<HashMap<String, String>> {
        Ok(self.records.content_hashes()?)
    }

    fn service(&self, id: &str) -> StoreResult<Option<Service>> {
        Ok(self.records.service(id)?)
    }

    fn organization(&self, id: &str) -> StoreResult<Option<Organization>> {
        Ok(self.records.organization(id)?)
    }

    fn associations(&self) -> StoreResult<Vec<Organization>> {
        Ok(self.records.associations()?)
    }

    fn add_submission(&mut self, s: &Submission) -> StoreResult<Inserted> {
        let payload = serde_json::to_string(&s.payload).expect("json serializes");
        let tx = self.conn.transaction()?;
        let existing: Option<(String, String)> = tx
            .query_row(
                "SELECT kind, payload FROM submission WHERE uuid = ?1",
                [&s.uuid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let result = match existing {
            Some((kind, p)) if kind == s.kind.as_str() && p == payload => Inserted::Duplicate,
            Some(_) => Inserted::Conflict,
            None => {
                tx.execute(
                    "INSERT INTO submission(uuid, kind, payload, received_at, status)
                     VALUES (?1, ?2, ?3, ?4, 'pending')",
                    params![s.uuid, s.kind.as_str(), payload, s.received_at],
                )?;
                Inserted::New
            }
        };
        tx.commit()?;
        Ok(result)
    }

    fn submission(&self, uuid: &str) -> StoreResult<Option<Submission>> {
        Ok(self
            .conn
            .query_row(
                "SELECT uuid, kind, payload, received_at, status, decided_by, reason, decided_at
                 FROM submission WHERE uuid = ?1",
                [uuid],
                submission_from_row,
            )
            .optional()?)
    }

    fn submissions(&self, status: Option<SubmissionStatus>) -> StoreResult<Vec<Submission>> {
        let mut stmt = self.conn.prepare(
            "SELECT uuid, kind, payload, received_at, status, decided_by, reason, decided_at
             FROM submission WHERE ?1 IS NULL OR status = ?1 ORDER BY received_at, uuid",
        )?;
        let rows = stmt.query_map([status.map(SubmissionStatus::as_str)], submission_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn decide(&mut self, uuid: &str, d: &Decision<'_>) -> StoreResult<bool> {
        Ok(self.conn.execute(
            "UPDATE submission SET status = ?2, decided_by = ?3, reason = ?4, decided_at = ?5
             WHERE uuid = ?1",
            params![uuid, d.status.as_str(), d.by, d.reason, d.at],
        )? > 0)
    }

    fn add_token(&mut self, token_sha256: &str, grant: &Grant) -> StoreResult<()> {
        self.conn.execute(
            "INSERT OR REPLACE INTO token(sha256, label, role, territory) VALUES (?1, ?2, ?3, ?4)",
            params![
                token_sha256,
                grant.label,
                grant.role.as_str(),
                grant.territory
            ],
        )?;
        Ok(())
    }

    fn grant(&self, token_sha256: &str) -> StoreResult<Option<Grant>> {
        Ok(self
            .conn
            .query_row(
                "SELECT label, role, territory FROM token WHERE sha256 = ?1",
                [token_sha256],
                |r| {
                    Ok(Grant {
                        label: r.get(0)?,
                        role: Role::parse(&r.get::<_, String>(1)?).unwrap_or(Role::Editor),
                        territory: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    fn publications(&self, limit: usize) -> StoreResult<Vec<Publication>> {
        let mut stmt = self.conn.prepare(
            "SELECT seq, chain, created, digest, hashes, files FROM publication ORDER BY seq DESC LIMIT ?1",
        )?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, Vec<u8>>(4)?,
                r.get::<_, String>(5)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (seq, chain, created, digest, blob, files) = row?;
            let mut json = Vec::new();
            zstd::stream::Decoder::new(&blob[..])
                .and_then(|mut d| d.read_to_end(&mut json))
                .map_err(|e| StoreError::Other(format!("publication {seq}: {e}")))?;
            out.push(Publication {
                seq: seq as u64,
                chain,
                created,
                digest,
                hashes: serde_json::from_slice(&json)
                    .map_err(|e| StoreError::Other(format!("publication {seq}: {e}")))?,
                files: serde_json::from_str(&files)
                    .map_err(|e| StoreError::Other(format!("publication {seq}: {e}")))?,
            });
        }
        Ok(out)
    }

    fn add_account(
        &mut self,
        email: &str,
        role: Role,
        territory: Option<&str>,
        now: &str,
    ) -> StoreResult<Option<i64>> {
        let added = self.conn.execute(
            "INSERT INTO account(email, role, territory, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(email) DO NOTHING",
            params![email, role.as_str(), territory, now],
        )?;
        Ok((added > 0).then(|| self.conn.last_insert_rowid()))
    }

    fn account(&self, id: i64) -> StoreResult<Option<Account>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM account WHERE id = ?1"),
                [id],
                account_from_row,
            )
            .optional()?)
    }

    fn account_by_email(&self, email: &str) -> StoreResult<Option<Account>> {
        Ok(self
            .conn
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM account WHERE email = ?1"),
                [email],
                account_from_row,
            )
            .optional()?)
    }

    fn accounts(&self) -> StoreResult<Vec<Account>> {
        let mut stmt = self.conn.prepare(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM account ORDER BY email"
        ))?;
        let rows = stmt.query_map([], account_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn password_hash(&self, id: i64) -> StoreResult<Option<String>> {
        Ok(self
            .conn
            .query_row(
                "SELECT password_hash FROM account WHERE id = ?1",
                [id],
                |r| r.get(0),
            )
            .optional()?
            .flatten())
    }

    fn set_password_hash(&mut self, id: i64, phc: &str) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE account SET password_hash = ?2 WHERE id = ?1",
            params![id, phc],
        )?;
        Ok(())
    }

    fn update_account(
        &mut self,
        id: i64,
        role: Role,
        territory: Option<&str>,
        disabled: bool,
    ) -> StoreResult<bool> {
        Ok(self.conn.execute(
            "UPDATE account SET role = ?2, territory = ?3, disabled = ?4 WHERE id = ?1",
            params![id, role.as_str(), territory, disabled],
        )? > 0)
    }

    fn add_invite(
        &mut self,
        token_sha256: &str,
        account_id: i64,
        expires_at: i64,
    ) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO invite(sha256, account_id, expires_at) VALUES (?1, ?2, ?3)",
            params![token_sha256, account_id, expires_at],
        )?;
        Ok(())
    }

    fn take_invite(&mut self, token_sha256: &str, now: i64) -> StoreResult<Option<i64>> {
        let tx = self.conn.transaction()?;
        let found = tx
            .query_row(
                "SELECT account_id FROM invite WHERE sha256 = ?1 AND expires_at > ?2
                 AND account_id IN (SELECT id FROM account WHERE disabled = 0)",
                params![token_sha256, now],
                |r| r.get(0),
            )
            .optional()?;
        tx.execute("DELETE FROM invite WHERE sha256 = ?1", [token_sha256])?;
        tx.commit()?;
        Ok(found)
    }

    fn invite(&self, token_sha256: &str, now: i64) -> StoreResult<Option<i64>> {
        Ok(self
            .conn
            .query_row(
                "SELECT account_id FROM invite WHERE sha256 = ?1 AND expires_at > ?2
                 AND account_id IN (SELECT id FROM account WHERE disabled = 0)",
                params![token_sha256, now],
                |r| r.get(0),
            )
            .optional()?)
    }

    fn add_session(&mut self, s: &Session) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO session(sha256, account_id, csrf, created_at, last_seen)
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![s.id_sha256, s.account_id, s.csrf, s.created_at, s.last_seen],
        )?;
        Ok(())
    }

    fn session(&self, id_sha256: &str) -> StoreResult<Option<Session>> {
        Ok(self
            .conn
            .query_row(
                "SELECT sha256, account_id, csrf, created_at, last_seen FROM session
                 WHERE sha256 = ?1",
                [id_sha256],
                |r| {
                    Ok(Session {
                        id_sha256: r.get(0)?,
                        account_id: r.get(1)?,
                        csrf: r.get(2)?,
                        created_at: r.get(3)?,
                        last_seen: r.get(4)?,
                    })
                },
            )
            .optional()?)
    }

    fn touch_session(&mut self, id_sha256: &str, now: i64) -> StoreResult<()> {
        self.conn.execute(
            "UPDATE session SET last_seen = ?2 WHERE sha256 = ?1",
            params![id_sha256, now],
        )?;
        Ok(())
    }

    fn delete_session(&mut self, id_sha256: &str) -> StoreResult<()> {
        self.conn
            .execute("DELETE FROM session WHERE sha256 = ?1", [id_sha256])?;
        Ok(())
    }

    fn delete_sessions_of(&mut self, account_id: i64) -> StoreResult<()> {
        self.conn
            .execute("DELETE FROM session WHERE account_id = ?1", [account_id])?;
        Ok(())
    }

    fn add_audit(&mut self, e: &AuditEntry) -> StoreResult<()> {
        self.conn.execute(
            "INSERT INTO audit(at, actor, action, detail) VALUES (?1, ?2, ?3, ?4)",
            params![e.at, e.actor, e.action.as_str(), e.detail],
        )?;
        Ok(())
    }

    fn audit(&self, limit: usize) -> StoreResult<Vec<AuditEntry>> {
        let mut stmt = self
            .conn
            .prepare("SELECT at, actor, action, detail FROM audit ORDER BY id DESC LIMIT ?1")?;
        let rows = stmt.query_map([limit as i64], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (at, actor, action, detail) = row?;
            // An action a newer build wrote is left out, not misread.
            if let Some(action) = AuditAction::parse(&action) {
                out.push(AuditEntry {
                    at,
                    actor,
                    action,
                    detail,
                });
            }
        }
        Ok(out)
    }

    fn add_changes(&mut self, changes: &[Change]) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        {
            let mut stmt = tx.prepare(
                "INSERT INTO record_change(at, actor, kind, record_id, action, fields)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?;
            for c in changes {
                stmt.execute(params![
                    c.at,
                    c.actor,
                    c.kind.as_str(),
                    c.id,
                    c.action.as_str(),
                    serde_json::to_string(&c.fields).expect("json serializes"),
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    fn history(&self, kind: RecordKind, id: &str, limit: usize) -> StoreResult<Vec<Change>> {
        let mut stmt = self.conn.prepare(
            "SELECT at, actor, action, fields FROM record_change
             WHERE kind = ?1 AND record_id = ?2 ORDER BY id DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![kind.as_str(), id, limit as i64], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (at, actor, action, fields) = row?;
            // What a newer build wrote is left out, not misread.
            let (Some(action), Ok(fields)) = (
                ChangeAction::parse(&action),
                serde_json::from_str::<Vec<FieldChange>>(&fields),
            ) else {
                continue;
            };
            out.push(Change {
                at,
                actor,
                kind,
                id: id.to_string(),
                action,
                fields,
            });
        }
        Ok(out)
    }

    fn add_login_failure(&mut self, email: &str, at: i64, forget_before: i64) -> StoreResult<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM login_failure WHERE at < ?1", [forget_before])?;
        tx.execute(
            "INSERT INTO login_failure(email, at) VALUES (?1, ?2)",
            params![email, at],
        )?;
        tx.commit()?;
        Ok(())
    }

    fn login_failures(&self, email: &str, since: i64) -> StoreResult<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare("SELECT at FROM login_failure WHERE email = ?1 AND at >= ?2 ORDER BY at")?;
        let rows = stmt.query_map(params![email, since], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    fn clear_login_failures(&mut self, email: &str) -> StoreResult<()> {
        self.conn
            .execute("DELETE FROM login_failure WHERE email = ?1", [email])?;
        Ok(())
    }

    fn add_publication(&mut self, p: &Publication) -> StoreResult<()> {
        let sorted: std::collections::BTreeMap<_, _> = p.hashes.iter().collect();
        let json = serde_json::to_vec(&sorted).expect("json serializes");
        let mut enc = zstd::stream::Encoder::new(Vec::new(), 3)
            .map_err(|e| StoreError::Other(e.to_string()))?;
        enc.write_all(&json)
            .map_err(|e| StoreError::Other(e.to_string()))?;
        let blob = enc.finish().map_err(|e| StoreError::Other(e.to_string()))?;
        self.conn.execute(
            "INSERT INTO publication(seq, chain, created, digest, hashes, files) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                p.seq as i64,
                p.chain,
                p.created,
                p.digest,
                blob,
                serde_json::to_string(&p.files).expect("json serializes")
            ],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store an earlier build made (no reasons, no decision times) opens,
    /// keeps its submissions and records reasons from then on.
    #[test]
    fn an_earlier_store_gains_the_reasons() {
        let dir = tempfile::tempdir().unwrap();
        {
            let conn = Connection::open(dir.path().join("portal.sqlite")).unwrap();
            conn.execute_batch(PORTAL_SCHEMA).unwrap();
            conn.execute(
                "INSERT INTO submission(uuid, kind, payload, received_at, status)
                 VALUES ('u1', 'correction', '{}', '2026-12-01T00:00:00Z', 'pending')",
                [],
            )
            .unwrap();
        }
        let mut store = SqliteStore::open(dir.path()).unwrap();
        let before = store.submission("u1").unwrap().unwrap();
        assert_eq!(
            (before.reason, before.status),
            (None, SubmissionStatus::Pending)
        );
        store
            .decide(
                "u1",
                &Decision {
                    status: SubmissionStatus::Rejected,
                    by: "moderatore",
                    reason: Some("Già corretto."),
                    at: "2026-12-02T00:00:00Z",
                },
            )
            .unwrap();
        drop(store);
        let store = SqliteStore::open(dir.path()).unwrap();
        let after = store.submission("u1").unwrap().unwrap();
        assert_eq!(after.reason.as_deref(), Some("Già corretto."));
        assert_eq!(after.decided_at.as_deref(), Some("2026-12-02T00:00:00Z"));
    }
}
