//! The user's own data: settings, favourites, the outbox of submissions and
//! phrasebook progress (schema v2 adds `phrase_known`), and what became of
//! the submissions the portal received (v3 adds `sent`).
//!
//! It lives in its own SQLite file, never in the catalog file, so replacing
//! or rebuilding the catalog (a new feed, a corrupt file) cannot lose it.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, params};

use crate::error::{Error, Result};
use crate::record::RecordKind;

const USER_SCHEMA_VERSION: u32 = 3;

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

/// Submissions the portal acknowledged, kept so the person sees what the
/// editors decided (the app asks the portal by uuid while it is
/// `received`). A kiosk keeps none: it holds other visitors' sends.
const V3: &str = r#"
CREATE TABLE sent (
    uuid       TEXT PRIMARY KEY,
    kind       TEXT NOT NULL,
    payload    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    outcome    TEXT NOT NULL, -- received | accepted | rejected
    reason     TEXT           -- why it was rejected, in the editors' words
) WITHOUT ROWID;
"#;

/// What became of a submission the portal received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Waiting for an editor.
    Received,
    Accepted,
    Rejected {
        reason: Option<String>,
    },
}

impl Outcome {
    fn as_str(&self) -> &'static str {
        match self {
            Outcome::Received => "received",
            Outcome::Accepted => "accepted",
            Outcome::Rejected { .. } => "rejected",
        }
    }
}

/// A submission the portal received, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentItem {
    pub uuid: String,
    pub kind: String,
    pub payload: String,
    pub created_at: String,
    pub sent_at: String,
    pub outcome: Outcome,
}

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
        if found < 3 {
            let tx = conn.transaction()?;
            tx.execute_batch(V3)?;
            tx.pragma_update(None, "user_version", 3)?;
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

    /// Takes a submission out of the outbox once the server acknowledged
    /// it; `keep`: into the list of sent ones, to show what the editors
    /// decide (never on a kiosk).
    pub fn mark_sent(&self, uuid: &str, now: &str, keep: bool) -> Result<()> {
        let tx = self.conn.unchecked_transaction()?;
        if keep {
            tx.execute(
                "INSERT OR REPLACE INTO sent(uuid, kind, payload, created_at, sent_at, outcome)
                 SELECT uuid, kind, payload, created_at, ?2, 'received' FROM outbox WHERE uuid = ?1",
                params![uuid, now],
            )?;
        }
        tx.execute("DELETE FROM outbox WHERE uuid = ?1", [uuid])?;
        tx.commit()?;
        Ok(())
    }

    /// The submissions the portal received, newest first.
    pub fn sent(&self) -> Result<Vec<SentItem>> {
        let mut stmt = self.conn.prepare(
            "SELECT uuid, kind, payload, created_at, sent_at, outcome, reason FROM sent
             ORDER BY sent_at DESC, uuid",
        )?;
        let rows = stmt.query_map([], |r| {
            let outcome: String = r.get(5)?;
            Ok(SentItem {
                uuid: r.get(0)?,
                kind: r.get(1)?,
                payload: r.get(2)?,
                created_at: r.get(3)?,
                sent_at: r.get(4)?,
                outcome: match outcome.as_str() {
                    "accepted" => Outcome::Accepted,
                    "rejected" => Outcome::Rejected { reason: r.get(6)? },
                    _ => Outcome::Received,
                },
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records what the portal says became of a sent submission.
    pub fn set_outcome(&self, uuid: &str, outcome: &Outcome) -> Result<()> {
        let reason = match outcome {
            Outcome::Rejected { reason } => reason.as_deref(),
            _ => None,
        };
        self.conn.execute(
            "UPDATE sent SET outcome = ?2, reason = ?3 WHERE uuid = ?1",
            params![uuid, outcome.as_str(), reason],
        )?;
        Ok(())
    }

    /// Forgets the sent submissions (the person clears the list).
    pub fn clear_sent(&self) -> Result<()> {
        self.conn.execute("DELETE FROM sent", [])?;
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
        u.mark_sent("u1", "2026-11-25T08:00:00Z", true).unwrap();
        assert!(u.outbox().unwrap().is_empty());
        let sent = u.sent().unwrap();
        assert_eq!(sent.len(), 1);
        assert_eq!(
            (
                sent[0].uuid.as_str(),
                sent[0].kind.as_str(),
                &sent[0].outcome
            ),
            ("u1", "correction", &Outcome::Received)
        );
        let rejected = Outcome::Rejected {
            reason: Some("L'orario è già corretto.".into()),
        };
        u.set_outcome("u1", &rejected).unwrap();
        drop(u);
        let u = UserData::open(&path).unwrap();
        assert_eq!(
            u.sent().unwrap()[0].outcome,
            rejected,
            "kept across a restart"
        );
        u.clear_sent().unwrap();
        assert!(u.sent().unwrap().is_empty());
    }

    /// A kiosk keeps nothing of what a visitor sent.
    #[test]
    fn a_send_not_kept_leaves_nothing() {
        let u = UserData::open_in_memory().unwrap();
        u.enqueue(&OutboxItem {
            uuid: "k1".into(),
            kind: "new_association".into(),
            payload: r#"{"name":"Associazione"}"#.into(),
            created_at: "2026-11-24T10:00:00Z".into(),
            attempts: 0,
            last_error: None,
        })
        .unwrap();
        u.mark_sent("k1", "2026-11-24T10:01:00Z", false).unwrap();
        assert!(u.outbox().unwrap().is_empty() && u.sent().unwrap().is_empty());
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
