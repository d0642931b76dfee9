//! Applying a feed's changes: upserts and deletes in one transaction that
//! also records the feed position (`sync_state`: seq, digest, chain) and
//! checks the catalog digest before COMMIT. Either the whole change and the
//! new position are on disk, or nothing is.
//!
//! The digest of a catalog is sha256 over its rows sorted by key, one line
//! `<table>:<id> <content_hash>\n` each; publisher and device compute it
//! the same way ([`digest_of`]).

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use sha2::{Digest, Sha256};

use super::{Catalog, ImportOptions, RecordKind, write};
use crate::error::{Error, Result};
use crate::model::CatalogData;
use crate::validate::{MAX_ID, ValidationError, validate};

/// The table recording which feed state the catalog holds (one row).
pub(crate) const V4_SYNC_STATE: &str = r#"
CREATE TABLE sync_state (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    seq     INTEGER NOT NULL,
    digest  TEXT NOT NULL,
    chain   TEXT NOT NULL,
    created TEXT NOT NULL,
    sample  INTEGER NOT NULL
);
"#;

/// The kinds of rows a feed carries, one per top-level table.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum RowKind {
    Organization,
    Service,
    LearningResource,
    ReportSummary,
    NewsItem,
    CulturalExperience,
}

impl RowKind {
    /// In the order rows are written: organizations before the services
    /// that point at them.
    pub const ALL: [RowKind; 6] = [
        RowKind::Organization,
        RowKind::Service,
        RowKind::LearningResource,
        RowKind::ReportSummary,
        RowKind::NewsItem,
        RowKind::CulturalExperience,
    ];

    /// The table name, also the prefix of the row key (`service:<id>`).
    pub fn table(self) -> &'static str {
        match self {
            RowKind::Organization => "organization",
            RowKind::Service => "service",
            RowKind::LearningResource => "learning_resource",
            RowKind::ReportSummary => "report_summary",
            RowKind::NewsItem => "news_item",
            RowKind::CulturalExperience => "cultural_experience",
        }
    }

    pub fn parse(s: &str) -> Option<RowKind> {
        RowKind::ALL.into_iter().find(|k| k.table() == s)
    }

    /// The key of a row in digests: `<table>:<id>`.
    pub fn key(self, id: &str) -> String {
        format!("{}:{id}", self.table())
    }
}

/// What one feed file (or a chain of them) does to the catalog.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangeSet {
    /// Rows added or replaced whole.
    pub put: CatalogData,
    /// Rows removed.
    pub delete: Vec<(RowKind, String)>,
}

impl ChangeSet {
    pub fn ops(&self) -> usize {
        self.put.len() + self.delete.len()
    }
}

/// A delta changes the rows named; a replace makes the catalog exactly the
/// rows given (a snapshot).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyMode {
    Delta,
    Replace,
}

/// The feed state a catalog holds.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct SyncState {
    pub seq: u64,
    /// sha256 hex of the catalog's rows ([`digest_of`]).
    pub digest: String,
    /// Id of the feed's chain of publications.
    pub chain: String,
    /// RFC 3339 time the feed state was published.
    pub created: String,
    /// The feed is sample data, not the portal's official catalog.
    pub sample: bool,
}

/// Why a change was not applied; the catalog is unchanged in every case.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("catalog digest after the change is {found}, the feed promised {expected}")]
    DigestMismatch { expected: String, found: String },
    #[error(transparent)]
    Catalog(#[from] Error),
}

impl From<ValidationError> for ApplyError {
    fn from(e: ValidationError) -> Self {
        ApplyError::Catalog(Error::Invalid(e))
    }
}

impl From<rusqlite::Error> for ApplyError {
    fn from(e: rusqlite::Error) -> Self {
        ApplyError::Catalog(Error::Sqlite(e))
    }
}

/// sha256 of the record's canonical JSON: the `content_hash` the store keeps.
pub fn row_hash<T: serde::Serialize>(record: &T) -> String {
    write::content_hash(record)
}

/// The catalog digest over `(key, content_hash)` pairs, in any order.
pub fn digest_of(pairs: impl IntoIterator<Item = (String, String)>) -> String {
    let mut pairs: Vec<(String, String)> = pairs.into_iter().collect();
    pairs.sort_unstable();
    let mut h = Sha256::new();
    for (key, hash) in &pairs {
        h.update(key.as_bytes());
        h.update(b" ");
        h.update(hash.as_bytes());
        h.update(b"\n");
    }
    hex::encode(h.finalize())
}

fn digest_in(conn: &rusqlite::Connection) -> Result<String> {
    let mut pairs = Vec::new();
    for kind in RowKind::ALL {
        let table = kind.table();
        let mut stmt = conn.prepare_cached(&format!("SELECT id, content_hash FROM {table}"))?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
        for row in rows {
            let (id, hash) = row?;
            pairs.push((kind.key(&id), hash));
        }
    }
    Ok(digest_of(pairs))
}

/// A location a service stopped using belongs to nobody unless its
/// organization's row (in this change) lists it: the store reads an
/// organization's own locations as those no service uses, so a leftover
/// would change the organization without changing its row. Deleting it
/// makes the result depend on the rows only, whatever the history.
fn drop_released_locations(
    tx: &Transaction<'_>,
    touched: &[String],
    put: &CatalogData,
) -> Result<()> {
    for l in touched {
        let used: bool = tx
            .prepare_cached(
                "SELECT EXISTS(SELECT 1 FROM service_at_location WHERE location_id = ?1)
                     OR EXISTS(SELECT 1 FROM learning_resource WHERE location_id = ?1)",
            )?
            .query_row([l], |r| r.get(0))?;
        if used {
            continue;
        }
        let owner: Option<Option<String>> = tx
            .prepare_cached("SELECT organization_id FROM location WHERE id = ?1")?
            .query_row([l], |r| r.get(0))
            .optional()?;
        let Some(owner) = owner else { continue };
        let listed = put
            .organizations
            .iter()
            .any(|o| Some(&o.id) == owner.as_ref() && o.locations.iter().any(|ol| &ol.id == l));
        if !listed {
            tx.prepare_cached("DELETE FROM location WHERE id = ?1")?
                .execute([l])?;
        }
    }
    Ok(())
}

fn delete_row(tx: &Transaction<'_>, kind: RowKind, id: &str) -> Result<()> {
    let record_kind = match kind {
        RowKind::Organization => RecordKind::Association,
        RowKind::Service => RecordKind::Service,
        RowKind::LearningResource => RecordKind::LearningResource,
        RowKind::ReportSummary => RecordKind::ReportSummary,
        RowKind::NewsItem => RecordKind::NewsItem,
        RowKind::CulturalExperience => RecordKind::CulturalExperience,
    };
    write::delete_record(tx, record_kind, id)?;
    Ok(())
}

/// The feed state of the catalog file at `path` without opening it as a
/// [`Catalog`] (no migration, no search index): cheap enough for a status
/// line. `None` when the file does not exist or was never synced.
pub fn read_sync_state(path: &std::path::Path) -> Result<Option<SyncState>> {
    if !path.exists() {
        return Ok(None);
    }
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    let version: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if version < 4 {
        return Ok(None);
    }
    state_in(&conn)
}

fn state_in(conn: &rusqlite::Connection) -> Result<Option<SyncState>> {
    Ok(conn
        .query_row(
            "SELECT seq, digest, chain, created, sample FROM sync_state WHERE id = 1",
            [],
            |r| {
                Ok(SyncState {
                    seq: r.get::<_, i64>(0)? as u64,
                    digest: r.get(1)?,
                    chain: r.get(2)?,
                    created: r.get(3)?,
                    sample: r.get::<_, i64>(4)? != 0,
                })
            },
        )
        .optional()?)
}

/// The catalog file opened only to apply feed changes: migrated, but the
/// in-memory search index is neither loaded nor rebuilt (the sync client
/// never searches; the app's own [`Catalog`] calls [`Catalog::reload`]
/// after an update). Opening and applying a 1% delta then costs
/// milliseconds instead of an index load.
#[derive(Debug)]
pub struct CatalogWriter {
    catalog: Catalog,
}

impl CatalogWriter {
    pub fn open(path: impl AsRef<std::path::Path>) -> Result<CatalogWriter> {
        let path = path.as_ref();
        let mut conn = rusqlite::Connection::open_with_flags(
            path,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE
                | rusqlite::OpenFlags::SQLITE_OPEN_CREATE
                | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(128);
        let rebuild = super::migrate(&mut conn)?;
        let mut catalog = Catalog {
            conn,
            path: Some(path.to_path_buf()),
            index: crate::search::SearchIndex::default(),
        };
        if rebuild {
            let tx = catalog
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            write::rebuild_search(&tx)?;
            tx.commit()?;
        }
        Ok(CatalogWriter { catalog })
    }

    pub fn sync_state(&self) -> Result<Option<SyncState>> {
        state_in(&self.catalog.conn)
    }

    pub fn digest(&self) -> Result<String> {
        digest_in(&self.catalog.conn)
    }

    /// As [`Catalog::apply_changes`], without reloading a search index.
    pub fn apply_changes(
        &mut self,
        changes: &ChangeSet,
        mode: ApplyMode,
        target: &SyncState,
        opts: ImportOptions,
    ) -> Result<(), ApplyError> {
        self.catalog.apply_in_tx(changes, mode, target, opts)
    }
}

impl Catalog {
    /// Re-reads the search index from the file: call it on a long-lived
    /// `Catalog` after another connection (the sync client) changed the file.
    pub fn reload(&mut self) -> Result<()> {
        self.reload_index()
    }

    /// The feed state this catalog holds, if it was ever loaded from a feed.
    pub fn sync_state(&self) -> Result<Option<SyncState>> {
        state_in(&self.conn)
    }

    /// The digest of the rows the catalog holds now.
    pub fn digest(&self) -> Result<String> {
        digest_in(&self.conn)
    }

    /// Applies `changes` and records `target` as the catalog's feed state,
    /// in one `BEGIN IMMEDIATE` transaction. Every row is validated first;
    /// the digest of the result is compared with `target.digest` before
    /// COMMIT. On any error the catalog is exactly as it was.
    pub fn apply_changes(
        &mut self,
        changes: &ChangeSet,
        mode: ApplyMode,
        target: &SyncState,
        opts: ImportOptions,
    ) -> Result<(), ApplyError> {
        self.apply_in_tx(changes, mode, target, opts)?;
        self.reload_index()?;
        Ok(())
    }

    fn apply_in_tx(
        &mut self,
        changes: &ChangeSet,
        mode: ApplyMode,
        target: &SyncState,
        opts: ImportOptions,
    ) -> Result<(), ApplyError> {
        validate(&changes.put, opts.validation)?;
        for (kind, id) in &changes.delete {
            if id.is_empty() || id.len() > MAX_ID {
                return Err(ValidationError {
                    entity: kind.table(),
                    id: id.chars().take(80).collect(),
                    field: "id".into(),
                    reason: format!("a deleted id must have 1 to {MAX_ID} bytes"),
                }
                .into());
            }
        }
        let seq = i64::try_from(target.seq)
            .map_err(|_| Error::Import(format!("feed seq {} is out of range", target.seq)))?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        if mode == ApplyMode::Replace {
            write::clear(&tx)?;
        }
        // Locations services use now: a location no service uses any more
        // must not linger as its organization's own (see below).
        let mut touched = Vec::new();
        {
            let mut stmt = tx.prepare_cached(
                "SELECT location_id FROM service_at_location WHERE service_id = ?1",
            )?;
            let ids = changes.put.services.iter().map(|s| s.id.as_str()).chain(
                changes
                    .delete
                    .iter()
                    .filter(|(k, _)| *k == RowKind::Service)
                    .map(|(_, id)| id.as_str()),
            );
            for id in ids {
                for l in stmt.query_map([id], |r| r.get::<_, String>(0))? {
                    touched.push(l?);
                }
            }
        }
        // Rows that go away first (services before what they point at),
        // then the new rows, then organizations (no service points at
        // them by then).
        for kind in [
            RowKind::Service,
            RowKind::LearningResource,
            RowKind::ReportSummary,
            RowKind::NewsItem,
            RowKind::CulturalExperience,
        ] {
            for (k, id) in changes.delete.iter().filter(|(k, _)| *k == kind) {
                delete_row(&tx, *k, id)?;
            }
        }
        write::upsert_all(&tx, &changes.put)?;
        for (k, id) in changes
            .delete
            .iter()
            .filter(|(k, _)| *k == RowKind::Organization)
        {
            delete_row(&tx, *k, id)?;
        }
        drop_released_locations(&tx, &touched, &changes.put)?;
        if mode == ApplyMode::Replace {
            tx.execute_batch(
                "INSERT INTO search_fts(search_fts) VALUES ('optimize');
                 INSERT INTO search_names(search_names) VALUES ('optimize');",
            )?;
        }
        tx.execute(
            "INSERT INTO sync_state(id, seq, digest, chain, created, sample)
             VALUES (1, ?1, ?2, ?3, ?4, ?5)
             ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, digest = excluded.digest,
               chain = excluded.chain, created = excluded.created, sample = excluded.sample",
            params![
                seq,
                target.digest,
                target.chain,
                target.created,
                i64::from(target.sample)
            ],
        )?;
        let found = digest_in(&tx)?;
        if found != target.digest {
            // Dropping the transaction rolls it back.
            return Err(ApplyError::DigestMismatch {
                expected: target.digest.clone(),
                found,
            });
        }
        tx.commit()?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{SampleOptions, generate};

    fn small() -> CatalogData {
        generate(SampleOptions {
            services: 30,
            associations: 5,
            ..SampleOptions::default()
        })
    }

    fn digest_of_data(d: &CatalogData) -> String {
        let mut pairs = Vec::new();
        pairs.extend(
            d.organizations
                .iter()
                .map(|r| (RowKind::Organization.key(&r.id), row_hash(r))),
        );
        pairs.extend(
            d.services
                .iter()
                .map(|r| (RowKind::Service.key(&r.id), row_hash(r))),
        );
        pairs.extend(
            d.learning_resources
                .iter()
                .map(|r| (RowKind::LearningResource.key(&r.id), row_hash(r))),
        );
        pairs.extend(
            d.reports
                .iter()
                .map(|r| (RowKind::ReportSummary.key(&r.id), row_hash(r))),
        );
        pairs.extend(
            d.news
                .iter()
                .map(|r| (RowKind::NewsItem.key(&r.id), row_hash(r))),
        );
        pairs.extend(
            d.cultural_experiences
                .iter()
                .map(|r| (RowKind::CulturalExperience.key(&r.id), row_hash(r))),
        );
        digest_of(pairs)
    }

    fn state(seq: u64, digest: String) -> SyncState {
        SyncState {
            seq,
            digest,
            chain: "c".into(),
            created: "2026-11-24T00:00:00Z".into(),
            sample: true,
        }
    }

    #[test]
    fn replace_then_delta_records_state_and_digest() {
        let data = small();
        let mut cat = Catalog::open_in_memory().unwrap();
        assert_eq!(cat.sync_state().unwrap(), None);
        let d1 = digest_of_data(&data);
        let change = ChangeSet {
            put: data.clone(),
            delete: vec![],
        };
        cat.apply_changes(
            &change,
            ApplyMode::Replace,
            &state(1, d1.clone()),
            ImportOptions::default(),
        )
        .unwrap();
        assert_eq!(cat.digest().unwrap(), d1);
        assert_eq!(cat.sync_state().unwrap().unwrap().seq, 1);

        let mut next = data.clone();
        next.services[0].name = "Sportello nuovo".into();
        let gone = next.services.pop().unwrap();
        let d2 = digest_of_data(&next);
        let delta = ChangeSet {
            put: CatalogData {
                services: vec![next.services[0].clone()],
                ..CatalogData::default()
            },
            delete: vec![(RowKind::Service, gone.id.clone())],
        };
        // A wrong promise leaves everything as it was.
        let err = cat
            .apply_changes(
                &delta,
                ApplyMode::Delta,
                &state(2, d1.clone()),
                ImportOptions::default(),
            )
            .unwrap_err();
        assert!(matches!(err, ApplyError::DigestMismatch { .. }), "{err}");
        assert_eq!(cat.digest().unwrap(), d1);
        assert_eq!(cat.sync_state().unwrap().unwrap().seq, 1);
        assert!(cat.service(&gone.id).unwrap().is_some());

        cat.apply_changes(
            &delta,
            ApplyMode::Delta,
            &state(2, d2.clone()),
            ImportOptions::default(),
        )
        .unwrap();
        assert_eq!(cat.digest().unwrap(), d2);
        assert_eq!(cat.sync_state().unwrap().unwrap().seq, 2);
        assert!(cat.service(&gone.id).unwrap().is_none());
        assert_eq!(
            cat.service(&next.services[0].id).unwrap().unwrap().name,
            "Sportello nuovo"
        );
    }

    #[test]
    fn invalid_row_is_refused_before_any_write() {
        let data = small();
        let mut cat = Catalog::open_in_memory().unwrap();
        let mut bad = data.clone();
        bad.services[3].locations[0].latitude = 200.0;
        let err = cat
            .apply_changes(
                &ChangeSet {
                    put: bad,
                    delete: vec![],
                },
                ApplyMode::Replace,
                &state(1, "x".into()),
                ImportOptions::default(),
            )
            .unwrap_err();
        assert!(err.to_string().contains("latitude"), "{err}");
        assert_eq!(cat.sync_state().unwrap(), None);
        assert_eq!(cat.counts().unwrap().services, 0);
    }
}
