//! The user's own data: settings, favourites, the outbox of submissions and
//! phrasebook progress (schema v2 adds `phrase_known`).
//!
//! It lives in its own SQLite file, never in the catalog file, so replacing
//! or rebuilding the catalog (a new feed, a corrupt file) cannot lose it.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::record::RecordKind;

const USER_SCHEMA_VERSION: u32 = 2;

const V1: &str = r#"
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE favourite (
    kind      TEXT NOT NULL,
    record_id TEXT NOT NULL,
    added_at  TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;

-- Submissions written offline (new association, correction, removal
-- request); the uuid is the idempotency key on the server.
CREATE TABLE outbox (
    uuid       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
) WITHOUT ROWID;
"#;

/// Phrases of the phrasebook the person marked "I know it".
const V2: &str = r#"
CREATE TABLE phrase_known (
    phrase_id TEXT PRIMARY KEY,
    known_at  TEXT NOT NULL
) WITHOUT ROWID;
"#;

#[derive(Debug)]
pub struct UserData {
    conn: Connection,
}

/// A submission waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    pub uuid: String,
    pub kind: String,
    pub payload: String,
    pub created_at: String,
    pub attempts: u32,
    pub last_error: Option<String>,
}

impl UserData {
    pub fn open(path: impl AsRef<Path>) -> Result<UserData> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        UserData::init(conn)
    }

    pub fn open_in_memory() -> Result<UserData> {
        UserData::init(Connection::open_in_memory()?)
    }

    fn init(mut conn: Connection) -> Result<UserData> {
        crate::store::keep_statements_compiled(&conn)?;
        let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        if found > USER_SCHEMA_VERSION {
            return Err(Error::SchemaTooNew {
                found,
                supported: USER_SCHEMA_VERSION,
            });
        }
        if found < 1 {
            let tx = conn.transaction()?;
            tx.execute_batch(V1)?;
            tx.pragma_update(None, "user_version", 1)?;
            tx.commit()?;
        }
        if found < 2 {
            let tx = conn.transaction()?;
            tx.execute_batch(V2)?;
            tx.pragma_update(None, "user_version", 2)?;
            tx.commit()?;
        }
        Ok(UserData { conn })
    }

    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO setting(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    pub fn remove_setting(&self, key: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM setting WHERE key = ?1", [key])?;
        Ok(())
    }

    pub fn add_favourite(&self, kind: RecordKind, id: &str, now: &str) -> Result<()> {
        self.conn.execute(
            "INSERT OR IGNORE INTO favourite(kind, record_id, added_at) VALUES (?1, ?2, ?3)",
            params![kind.as_str(), id, now],
        )?;
        Ok(())
    }

    pub fn remove_favourite(&self, kind: RecordKind, id: &str) -> Result<()> {
        self.conn.execute(
            "DELETE FROM favourite WHERE kind = ?1 AND record_id = ?2",
            params![kind.as_str(), id],
        )?;
        Ok(())
    }

    /// Favourites, oldest first, as (kind, id).
    pub fn favourites(&self) -> Result<Vec<(String, String)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT kind, record_id FROM favourite ORDER BY added_at, kind, record_id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn enqueue(&self, item: &OutboxItem) -> Result<()> {
        self.conn.execute(
            "INSERT INTO outbox(uuid, kind, payload, created_at, attempts, last_error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                item.uuid,
                item.kind,
                item.payload,
                item.created_at,
                item.attempts,
                item.last_error
            ],
        )?;
        Ok(())
    }

    pub fn outbox(&self) -> Result<Vec<OutboxItem>> {
        let mut stmt = self.conn.prepare(
            "SELECT uuid, kind, payload, created_at, attempts, last_error FROM outbox ORDER BY created_at, uuid",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(OutboxItem {
                uuid: r.get(0)?,
                kind: r.get(1)?,
                payload: r.get(2)?,
                created_at: r.get(3)?,
                attempts: r.get(4)?,
                last_error: r.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn record_attempt(&self, uuid: &str, error: Option<&str>) -> Result<()> {
        self.conn.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2 WHERE uuid = ?1",
            params![uuid, error],
        )?;
        Ok(())
    }

    /// Phrase ids marked as known, in id order.
    pub fn known_phrases(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare("SELECT phrase_id FROM phrase_known ORDER BY phrase_id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Marks a phrase as known (`known`) or to practise again.
    pub fn set_phrase_known(&self, phrase_id: &str, known: bool, now: &str) -> Result<()> {
        if known {
            self.conn.execute(
                "INSERT OR IGNORE INTO phrase_known(phrase_id, known_at) VALUES (?1, ?2)",
                params![phrase_id, now],
            )?;
        } else {
            self.conn
                .execute("DELETE FROM phrase_known WHERE phrase_id = ?1", [phrase_id])?;
        }
        Ok(())
    }

    /// Forgets the progress of these phrases (a topic's), or of all.
    pub fn reset_phrase_progress(&self, phrase_ids: Option<&[String]>) -> Result<()> {
        match phrase_ids {
            None => {
                self.conn.execute("DELETE FROM phrase_known", [])?;
            }
            Some(ids) => {
                let tx = self.conn.unchecked_transaction()?;
                for id in ids {
                    tx.execute("DELETE FROM phrase_known WHERE phrase_id = ?1", [id])?;
                }
                tx.commit()?;
            }
        }
        Ok(())
    }

    /// Removes a submission: only once the server acknowledged it.
    pub fn remove_sent(&self, uuid: &str) -> Result<()> {
        self.conn
            .execute("DELETE FROM outbox WHERE uuid = ?1", [uuid])?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_favourites_outbox_survive_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        {
            let u = UserData::open(&path).unwrap();
            u.set_setting("lang", "ar").unwrap();
            u.add_favourite(RecordKind::Service, "s1", "2026-11-24T10:00:00Z")
                .unwrap();
            u.enqueue(&OutboxItem {
                uuid: "u1".into(),
                kind: "correction".into(),
                payload: "{}".into(),
                created_at: "2026-11-24T10:00:00Z".into(),
                attempts: 0,
                last_error: None,
            })
            .unwrap();
            u.record_attempt("u1", Some("offline")).unwrap();
        }
        let u = UserData::open(&path).unwrap();
        assert_eq!(u.setting("lang").unwrap().as_deref(), Some("ar"));
        assert_eq!(
            u.favourites().unwrap(),
            [("service".to_string(), "s1".to_string())]
        );
        let out = u.outbox().unwrap();
        assert_eq!(out[0].attempts, 1);
        assert_eq!(out[0].last_error.as_deref(), Some("offline"));
        u.remove_sent("u1").unwrap();
        assert!(u.outbox().unwrap().is_empty());
    }

    #[test]
    fn phrase_progress_survives_reopen_and_resets() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        {
            let u = UserData::open(&path).unwrap();
            u.set_phrase_known("doctor-need", true, "2026-11-24T10:00:00Z")
                .unwrap();
            u.set_phrase_known("basics-please", true, "2026-11-24T10:01:00Z")
                .unwrap();
            u.set_phrase_known("basics-please", true, "2026-11-24T10:02:00Z")
                .unwrap();
            u.set_phrase_known("school-bus", true, "2026-11-24T10:03:00Z")
                .unwrap();
            u.set_phrase_known("school-bus", false, "2026-11-24T10:04:00Z")
                .unwrap();
        }
        let u = UserData::open(&path).unwrap();
        assert_eq!(
            u.known_phrases().unwrap(),
            ["basics-please".to_string(), "doctor-need".to_string()]
        );
        u.reset_phrase_progress(Some(&["basics-please".to_string()]))
            .unwrap();
        assert_eq!(u.known_phrases().unwrap(), ["doctor-need".to_string()]);
        u.reset_phrase_progress(None).unwrap();
        assert!(u.known_phrases().unwrap().is_empty());
    }

    #[test]
    fn a_version_1_file_gains_phrase_progress() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("user.sqlite");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(V1).unwrap();
            conn.execute("INSERT INTO setting(key, value) VALUES ('lang', 'uk')", [])
                .unwrap();
            conn.pragma_update(None, "user_version", 1).unwrap();
        }
        let u = UserData::open(&path).unwrap();
        assert_eq!(u.setting("lang").unwrap().as_deref(), Some("uk"));
        u.set_phrase_known("doctor-need", true, "2026-11-24T10:00:00Z")
            .unwrap();
        assert_eq!(u.known_phrases().unwrap().len(), 1);
    }
}
