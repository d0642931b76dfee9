//! The embedded store (`--store DIR`).

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use catalog::model::{CatalogData, Organization, Service};
use catalog::store::ImportOptions;
use catalog::{Catalog, Record, RecordKind};
use rusqlite::{Connection, OptionalExtension, params};

use super::{
    Decision, Grant, Inserted, Publication, Role, Store, StoreError, StoreResult, Submission,
    SubmissionStatus, Versions, version,
};
use crate::accounts::{Account, AuditAction, AuditEntry, Session};
use crate::history::Change;

/// The embedded store: the records in a `catalog` file (`editorial.sqlite`,
/// so validation and HSDS import are the app's own), the rest in
/// `portal.sqlite`.
#[derive(Debug)]
pub struct SqliteStore {
    records: Catalog,
    conn: Connection,
    dir: PathBuf,
    /// Held while this store publishes (`publish.lock`, locked with the
    /// operating system's file lock, so `integra-portal publish` and a
    /// running `serve` never write the feed at once).
    publishing: Option<File>,
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
        Ok(SqliteStore {
            records,
            conn,
            dir: dir.to_path_buf(),
            publishing: None,
        })
    }
}

impl SqliteStore {
    /// The record's version under its `<table>:<id>` key, if it exists.
    fn version_of(&self, key: &str) -> StoreResult<Option<String>> {
        let Some((kind, id)) = key
            .split_once(':')
            .and_then(|(t, id)| Some((RecordKind::parse(t)?, id)))
        else {
            return Ok(None);
        };
        Ok(self.records.record(kind, id)?.as_ref().map(version))
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

fn submission_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Submission> {
    let payload: String = r.get(2)?;
    Ok(Submission {
        uuid: r.get(0)?,
        kind: super::kind_parse(&r.get::<_, String>(1)?),
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

    fn put_records(
        &mut self,
        data: &CatalogData,
        expected: &Versions,
        changes: &[Change],
    ) -> StoreResult<()> {
        // One process holds the store (behind the server's lock): what is
        // checked here is what is replaced.
        for (key, want) in expected {
            if self.version_of(key)? != *want {
                return Err(StoreError::Conflict { key: key.clone() });
            }
        }
        self.records.import(data, ImportOptions::default())?;
        // After the write: a batch the catalog refused leaves no history.
        self.add_changes(changes)
    }

    fn delete_record(
        &mut self,
        kind: RecordKind,
        id: &str,
        expected: Option<&str>,
        change: Option<&Change>,
    ) -> StoreResult<bool> {
        if let Some(want) = expected {
            let key = kind.key(id);
            if self.version_of(&key)?.as_deref() != Some(want) {
                return Err(StoreError::Conflict { key });
            }
        }
        let deleted = self.records.delete(kind, id)?;
        if deleted && let Some(c) = change {
            self.add_changes(std::slice::from_ref(c))?;
        }
        Ok(deleted)
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
             WHERE uuid = ?1 AND status = 'pending'",
            params![uuid, d.status.as_str(), d.by, d.reason, d.at],
        )? > 0)
    }

    fn reopen(&mut self, uuid: &str, by: &str, status: SubmissionStatus) -> StoreResult<bool> {
        Ok(self.conn.execute(
            "UPDATE submission SET status = 'pending', decided_by = NULL, reason = NULL,
                 decided_at = NULL
             WHERE uuid = ?1 AND decided_by = ?2 AND status = ?3",
            params![uuid, by, status.as_str()],
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
            out.push(super::publication_from(
                seq, chain, created, digest, &blob, &files,
            )?);
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

    fn lock_publishing(&mut self) -> StoreResult<bool> {
        if self.publishing.is_some() {
            return Ok(false);
        }
        let path = self.dir.join("publish.lock");
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(|e| StoreError::Other(format!("{}: {e}", path.display())))?;
        match file.try_lock() {
            Ok(()) => {
                self.publishing = Some(file);
                Ok(true)
            }
            Err(std::fs::TryLockError::WouldBlock) => Ok(false),
            Err(std::fs::TryLockError::Error(e)) => {
                Err(StoreError::Other(format!("{}: {e}", path.display())))
            }
        }
    }

    fn unlock_publishing(&mut self) -> StoreResult<()> {
        // Closing the file lets the lock go.
        self.publishing = None;
        Ok(())
    }

    fn snapshot(&mut self, publications: usize) -> StoreResult<(CatalogData, Vec<Publication>)> {
        // One process writes, and not while its caller holds the store.
        Ok((self.catalog()?, self.publications(publications)?))
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
            out.extend(super::change_from(kind, id, at, actor, &action, &fields));
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
        let blob = super::pack_hashes(&p.hashes)?;
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
