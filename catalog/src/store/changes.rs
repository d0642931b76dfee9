//! Applying a feed's changes: upserts and deletes in one transaction that
//! also records the feed position (`sync_state`: seq, digest, chain) and
//! checks the catalog digest before COMMIT. Either the whole change and the
//! new position are on disk, or nothing is.
//!
//! The digest of a catalog is the sum, modulo 2^256, of the sha256 of one
//! line `<table>:<id> <content_hash>\n` per row ([`digest_of`]): it does not
//! depend on the order of rows, so a delta updates it in O(rows changed)
//! (minus the lines of the rows it replaces or deletes, plus their new
//! lines) instead of re-reading the whole catalog. It is a consistency
//! check between publisher and device; the manifest's signature and each
//! file's sha256 are what stops forgeries.

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};
use sha2::{Digest, Sha256};

use super::{Catalog, ImportOptions, write};
use crate::error::{Error, Result};
use crate::model::CatalogData;
use crate::record::RecordKind;
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

/// What one feed file (or a chain of them) does to the catalog.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ChangeSet {
    /// Rows added or replaced whole.
    pub put: CatalogData,
    /// Rows removed.
    pub delete: Vec<(RecordKind, String)>,
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
    crate::record::content_hash(record)
}

/// A catalog digest being summed: a 256-bit number, big-endian.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct DigestSum([u8; 32]);

impl DigestSum {
    fn parse(hex_digest: &str) -> Option<DigestSum> {
        let mut out = [0u8; 32];
        hex::decode_to_slice(hex_digest, &mut out).ok()?;
        Some(DigestSum(out))
    }

    fn term(key: &str, hash: &str) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(key.as_bytes());
        h.update(b" ");
        h.update(hash.as_bytes());
        h.update(b"\n");
        h.finalize().into()
    }

    fn add(&mut self, key: &str, hash: &str) {
        let t = Self::term(key, hash);
        let mut carry = 0u16;
        for i in (0..32).rev() {
            let v = u16::from(self.0[i]) + u16::from(t[i]) + carry;
            self.0[i] = v as u8;
            carry = v >> 8;
        }
    }

    fn sub(&mut self, key: &str, hash: &str) {
        let t = Self::term(key, hash);
        let mut borrow = 0i16;
        for i in (0..32).rev() {
            let mut v = i16::from(self.0[i]) - i16::from(t[i]) - borrow;
            borrow = i16::from(v < 0);
            if v < 0 {
                v += 256;
            }
            self.0[i] = v as u8;
        }
    }

    fn hex(&self) -> String {
        hex::encode(self.0)
    }
}

/// The catalog digest over `(key, content_hash)` pairs, in any order.
pub fn digest_of(pairs: impl IntoIterator<Item = (String, String)>) -> String {
    let mut sum = DigestSum::default();
    for (key, hash) in pairs {
        sum.add(&key, &hash);
    }
    sum.hex()
}

fn digest_in(conn: &rusqlite::Connection) -> Result<String> {
    let mut sum = DigestSum::default();
    for kind in RecordKind::ALL {
        let table = kind.table();
        let mut stmt =
            conn.prepare_cached(&format!("SELECT id, lower(hex(content_hash)) FROM {table}"))?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id = row.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            let hash = row.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
            sum.add(&kind.key(id), hash);
        }
    }
    Ok(sum.hex())
}

/// The content hash of one row, if the catalog holds it.
fn hash_of(conn: &rusqlite::Connection, kind: RecordKind, id: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(&format!(
            "SELECT lower(hex(content_hash)) FROM {} WHERE id = ?1",
            kind.table()
        ))?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Every row a change names (put or deleted).
fn touched_rows(changes: &ChangeSet) -> Vec<(RecordKind, &str)> {
    let mut rows: Vec<(RecordKind, &str)> = Vec::with_capacity(changes.ops());
    rows.extend(changes.put.records().map(|r| (r.kind(), r.id())));
    rows.extend(changes.delete.iter().map(|(k, id)| (*k, id.as_str())));
    rows.sort_unstable();
    rows.dedup();
    rows
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

fn delete_row(tx: &Transaction<'_>, kind: RecordKind, id: &str) -> Result<()> {
    write::delete_record(tx, kind, id)?;
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

/// Page cache of the connection that applies feed changes, in KiB.
const APPLY_CACHE_KIB: i64 = 256 * 1024;

/// How far an apply has got, for a progress bar: of `total` rows, how many
/// are written to their tables, and how many have their search entries
/// written (the second pass, at a first load longer than the first). The
/// commit comes after both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ApplyProgress {
    pub total: usize,
    pub written: usize,
    pub indexed: usize,
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
        super::keep_statements_compiled(&conn)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        // A snapshot is one transaction over the whole catalog and its
        // search indexes: with SQLite's default 2 MB page cache the pages
        // spill to the WAL and are read back many times over (~290 MB of
        // writes for a 60 MB catalog). The cache is only filled as needed.
        conn.pragma_update(None, "cache_size", -APPLY_CACHE_KIB)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.set_prepared_statement_cache_capacity(128);
        let rebuild = super::migrate(&mut conn)?;
        let mut catalog = Catalog {
            conn,
            path: Some(path.to_path_buf()),
            index: crate::search::SearchIndex::default(),
        };
        if rebuild {
            super::rebuild_search(&mut catalog.conn)?;
        }
        Ok(CatalogWriter { catalog })
    }

    pub fn sync_state(&self) -> Result<Option<SyncState>> {
        state_in(&self.catalog.conn)
    }

    pub fn digest(&self) -> Result<String> {
        digest_in(&self.catalog.conn)
    }

    /// See [`Catalog::row_json`].
    pub fn row_json(&self, kind: RecordKind, id: &str) -> Result<Option<Vec<u8>>> {
        self.catalog.row_json(kind, id)
    }

    /// [`Catalog::row_json`] of each row, all read in one read transaction,
    /// so the rows a delta builds on come from one state of the file even
    /// if another connection commits meanwhile (a record is a dozen
    /// statements, each its own transaction otherwise).
    pub fn rows_json(&self, rows: &[(RecordKind, &str)]) -> Result<Vec<Option<Vec<u8>>>> {
        let tx = self.catalog.conn.unchecked_transaction()?;
        let out = rows
            .iter()
            .map(|(kind, id)| self.catalog.row_json(*kind, id))
            .collect::<Result<Vec<_>>>()?;
        tx.finish()?;
        Ok(out)
    }

    /// As [`Catalog::apply_changes`], without reloading a search index,
    /// reporting how far it has got to `progress` (on the calling thread).
    /// Takes the changes, which it frees without making the caller wait.
    pub fn apply_changes(
        &mut self,
        changes: ChangeSet,
        mode: ApplyMode,
        target: &SyncState,
        opts: ImportOptions,
        progress: &dyn Fn(ApplyProgress),
    ) -> Result<(), ApplyError> {
        let rows = changes.ops();
        let tally = write::Tally::new(rows, progress);
        let applied = self
            .catalog
            .apply_in_tx(&changes, mode, target, opts, &tally);
        crate::free::in_background(changes, rows);
        applied
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

    /// A row read back as the canonical JSON its `content_hash` is taken
    /// over (the bytes a feed carries for it): a feed delta compresses
    /// against the rows it replaces, which the device rebuilds this way.
    pub fn row_json(&self, kind: RecordKind, id: &str) -> Result<Option<Vec<u8>>> {
        fn json<T: serde::Serialize>(record: Option<T>) -> Option<Vec<u8>> {
            record.map(|r| serde_json::to_vec(&r).expect("records serialize"))
        }
        Ok(match kind {
            RecordKind::Organization => json(self.organization(id)?),
            RecordKind::Service => json(self.service(id)?),
            RecordKind::LearningResource => json(self.learning_resource(id)?),
            RecordKind::ReportSummary => json(self.report(id)?),
            RecordKind::NewsItem => json(self.news_item(id)?),
            RecordKind::CulturalExperience => json(self.cultural_experience(id)?),
        })
    }

    /// Applies `changes` and records `target` as the catalog's feed state,
    /// in one `BEGIN IMMEDIATE` transaction. Every row is validated before
    /// COMMIT (a validation error wins over any error of the writes), and
    /// the digest of the result is compared with `target.digest`. On any
    /// error the catalog is exactly as it was.
    pub fn apply_changes(
        &mut self,
        changes: &ChangeSet,
        mode: ApplyMode,
        target: &SyncState,
        opts: ImportOptions,
    ) -> Result<(), ApplyError> {
        self.apply_in_tx(changes, mode, target, opts, &write::Tally::silent())?;
        self.reload_index()?;
        Ok(())
    }

    fn apply_in_tx(
        &mut self,
        changes: &ChangeSet,
        mode: ApplyMode,
        target: &SyncState,
        opts: ImportOptions,
        tally: &write::Tally<'_>,
    ) -> Result<(), ApplyError> {
        // Every row is checked on a second thread while this one writes:
        // nothing is committed before both are done, and a row that fails
        // the check fails the apply with the check's error (the writes,
        // which may have stumbled on that row, roll back).
        let (written, checked) = std::thread::scope(|scope| {
            let check = scope.spawn(|| validate(&changes.put, opts.validation));
            let written = write_changes(&mut self.conn, changes, mode, target, tally);
            (written, check.join())
        });
        match checked {
            Ok(result) => result?,
            Err(panic) => std::panic::resume_unwind(panic),
        }
        written?.commit()?;
        Ok(())
    }
}

/// Writes `changes` and `target` in one `BEGIN IMMEDIATE` transaction and
/// checks the digest of the result; the caller commits.
fn write_changes<'c>(
    conn: &'c mut rusqlite::Connection,
    changes: &ChangeSet,
    mode: ApplyMode,
    target: &SyncState,
    tally: &write::Tally<'_>,
) -> Result<Transaction<'c>, ApplyError> {
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
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // A delta moves the digest the catalog recorded by the rows it
    // touches: their lines before the change come off, after it go on
    // (other rows keep their content_hash). Without a recorded digest,
    // and for a replace, the whole catalog is summed after the writes.
    let touched = touched_rows(changes);
    let mut running = match mode {
        ApplyMode::Delta => state_in(&tx)?.and_then(|s| DigestSum::parse(&s.digest)),
        ApplyMode::Replace => None,
    };
    if let Some(sum) = running.as_mut() {
        for (kind, id) in &touched {
            if let Some(hash) = hash_of(&tx, *kind, id)? {
                sum.sub(&kind.key(id), &hash);
            }
        }
    }
    if mode == ApplyMode::Replace {
        write::clear(&tx)?;
    }
    // Locations services use now: a location no service uses any more
    // must not linger as its organization's own (see below).
    let mut released = Vec::new();
    {
        let mut stmt =
            tx.prepare_cached("SELECT location_id FROM service_at_location WHERE service_id = ?1")?;
        let ids = changes.put.services.iter().map(|s| s.id.as_str()).chain(
            changes
                .delete
                .iter()
                .filter(|(k, _)| *k == RecordKind::Service)
                .map(|(_, id)| id.as_str()),
        );
        for id in ids {
            for l in stmt.query_map([id], |r| r.get::<_, String>(0))? {
                released.push(l?);
            }
        }
    }
    // Rows that go away first (services before what they point at),
    // then the new rows, then organizations (no service points at
    // them by then).
    for kind in [
        RecordKind::Service,
        RecordKind::LearningResource,
        RecordKind::ReportSummary,
        RecordKind::NewsItem,
        RecordKind::CulturalExperience,
    ] {
        for (k, id) in changes.delete.iter().filter(|(k, _)| *k == kind) {
            delete_row(&tx, *k, id)?;
            tally.written();
        }
    }
    let tables = match mode {
        ApplyMode::Delta => write::Tables::MayHold,
        ApplyMode::Replace => write::Tables::Empty,
    };
    write::upsert_all(&tx, &changes.put, tables, tally)?;
    for (k, id) in changes
        .delete
        .iter()
        .filter(|(k, _)| *k == RecordKind::Organization)
    {
        delete_row(&tx, *k, id)?;
        tally.written();
    }
    drop_released_locations(&tx, &released, &changes.put)?;
    super::texts::drop_unused(&tx)?;
    if mode == ApplyMode::Replace {
        crate::search::tables::optimize(&tx)?;
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
    let found = match running {
        Some(mut sum) => {
            for (kind, id) in &touched {
                if let Some(hash) = hash_of(&tx, *kind, id)? {
                    sum.add(&kind.key(id), &hash);
                }
            }
            sum.hex()
        }
        None => digest_in(&tx)?,
    };
    if found != target.digest {
        // Dropping the transaction rolls it back.
        return Err(ApplyError::DigestMismatch {
            expected: target.digest.clone(),
            found,
        });
    }
    Ok(tx)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::lang::Lang;
    use crate::sample::{SampleOptions, generate};

    fn small() -> CatalogData {
        generate(SampleOptions {
            services: 30,
            associations: 5,
            ..SampleOptions::default()
        })
    }

    fn digest_of_data(d: &CatalogData) -> String {
        digest_of(d.records().map(|r| (r.kind().key(r.id()), r.hash())))
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
            delete: vec![(RecordKind::Service, gone.id.clone())],
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

    /// Every row of the sample catalog reads back as exactly the bytes
    /// whose sha256 the store kept when it was written: a device rebuilds
    /// what the publisher published.
    #[test]
    fn rows_read_back_as_their_content_hash() {
        let data = generate(SampleOptions::default());
        let mut cat = Catalog::open_in_memory().unwrap();
        cat.replace_all(&data, ImportOptions::default()).unwrap();
        let stored = cat.content_hashes().unwrap();
        assert_eq!(stored.len(), data.len());
        for (key, hash) in &stored {
            let (table, id) = key.split_once(':').unwrap();
            let kind = RecordKind::parse(table).unwrap();
            let json = cat.row_json(kind, id).unwrap().expect("the row exists");
            assert_eq!(
                &hex::encode(Sha256::digest(&json)),
                hash,
                "{key} reads back differently"
            );
        }
        assert_eq!(
            cat.row_json(RecordKind::Service, "no-such-id").unwrap(),
            None
        );
    }

    /// The digest is a sum: any order gives it, and taking a line off and
    /// putting another on equals summing the new set.
    #[test]
    fn digest_is_order_free_and_incremental() {
        let pairs: Vec<(String, String)> = (0..50)
            .map(|i| (format!("service:s{i}"), format!("{i:064x}")))
            .collect();
        let mut reversed = pairs.clone();
        reversed.reverse();
        let d = digest_of(pairs.clone());
        assert_eq!(d, digest_of(reversed));
        assert_ne!(d, digest_of(pairs[1..].to_vec()));
        let mut sum = DigestSum::parse(&d).unwrap();
        sum.sub(&pairs[7].0, &pairs[7].1);
        sum.add("service:s7", &"f".repeat(64));
        let mut changed = pairs.clone();
        changed[7].1 = "f".repeat(64);
        assert_eq!(sum.hex(), digest_of(changed));
        assert_eq!(digest_of(Vec::new()), "0".repeat(64));
    }

    /// Rows written by a delta that edits `edit` in one service.
    fn rows_written_by(edit: impl Fn(&mut crate::model::Service)) -> (u64, Catalog, CatalogData) {
        let data = small();
        let mut cat = Catalog::open_in_memory().unwrap();
        cat.replace_all(&data, ImportOptions::default()).unwrap();
        cat.conn
            .execute(
                "INSERT INTO sync_state(id, seq, digest, chain, created, sample)
                 VALUES (1, 1, ?1, 'c', '2026-11-24T00:00:00Z', 1)",
                [digest_of_data(&data)],
            )
            .unwrap();
        let mut next = data.clone();
        edit(&mut next.services[3]);
        let delta = ChangeSet {
            put: CatalogData {
                services: vec![next.services[3].clone()],
                ..CatalogData::default()
            },
            delete: vec![],
        };
        let before = cat.conn.total_changes();
        cat.apply_changes(
            &delta,
            ApplyMode::Delta,
            &state(2, digest_of_data(&next)),
            ImportOptions::default(),
        )
        .unwrap();
        (cat.conn.total_changes() - before, cat, next)
    }

    /// A delta rewrites what changed and leaves the rest of a record in
    /// place: its translations, lists, phones and places are most of its
    /// pages, and the pages a commit writes are what an update costs.
    #[test]
    fn a_delta_leaves_what_did_not_change_in_place() {
        let (described, cat, next) =
            rows_written_by(|s| s.description = format!("{} Nuovo orario.", s.description));
        assert_eq!(cat.export().unwrap().services[3], {
            let mut d = next.clone();
            d.services.sort_by(|a, b| a.id.cmp(&b.id));
            d.services[3].clone()
        });
        let s = &next.services[3];
        let translations: usize = s.translations.values().map(BTreeMap::len).sum();
        assert!(translations >= 10, "the sample translates names");
        // The service row, its search row, the sync state, and the
        // full-text index (its own rows included); nothing per translation.
        assert!(
            described < translations as u64,
            "{described} rows written for a new description ({translations} translations)"
        );
        // Nothing any index reads: the record's row, its search row and
        // the feed state, and no text index entry.
        let (dated, _, _) = rows_written_by(|s| s.updated_at = "2026-12-24T10:00:00Z".into());
        assert!(dated <= 3, "{dated} rows written for a new date");
        // A new English name reaches both word indexes (the records' and
        // the names'); a description only its long text's.
        let (translated, cat, next) = rows_written_by(|s| {
            let en = s.translations.get_mut("name").unwrap();
            en.insert(Lang::En, "Zanzibarian desk".into());
        });
        assert!(
            translated > described,
            "a name is in two indexes: {translated} rows, against {described} for a description"
        );
        let found = cat
            .search(&crate::Query {
                text: "zanzibarian".into(),
                ..crate::Query::default()
            })
            .unwrap();
        assert_eq!(
            found.hits.first().map(|h| h.id.as_str()),
            Some(next.services[3].id.as_str())
        );
    }

    /// A catalog file holding `small()`, through the sync client's writer.
    fn loaded_writer(path: &std::path::Path) -> (CatalogWriter, CatalogData) {
        let data = small();
        let mut writer = CatalogWriter::open(path).unwrap();
        writer
            .apply_changes(
                ChangeSet {
                    put: data.clone(),
                    delete: vec![],
                },
                ApplyMode::Replace,
                &state(1, digest_of_data(&data)),
                ImportOptions::default(),
                &|_| {},
            )
            .unwrap();
        (writer, data)
    }

    /// A snapshot reports its rows as they are written, then as they are
    /// indexed: a progress bar moves through both passes, never back.
    #[test]
    fn a_snapshot_reports_rows_written_then_indexed() {
        let dir = tempfile::tempdir().unwrap();
        let data = small();
        let seen = std::cell::RefCell::new(Vec::new());
        let changes = ChangeSet {
            put: data.clone(),
            delete: vec![],
        };
        let total = changes.ops();
        CatalogWriter::open(dir.path().join("catalog.sqlite"))
            .unwrap()
            .apply_changes(
                changes,
                ApplyMode::Replace,
                &state(1, digest_of_data(&data)),
                ImportOptions::default(),
                &|p| seen.borrow_mut().push(p),
            )
            .unwrap();
        let seen = seen.into_inner();
        assert!(seen.iter().all(|p| p.total == total));
        assert!(
            seen.windows(2)
                .all(|w| w[0].written <= w[1].written && w[0].indexed <= w[1].indexed),
            "{seen:?}"
        );
        assert!(
            seen.iter()
                .any(|p| p.written > 0 && p.written < total && p.indexed == 0)
        );
        assert!(
            seen.iter()
                .any(|p| p.written == total && p.indexed > 0 && p.indexed < total),
            "{seen:?}"
        );
        assert!(seen.len() > 20, "{} reports for {total} rows", seen.len());
        assert_eq!(
            seen.last(),
            Some(&ApplyProgress {
                total,
                written: total,
                indexed: total
            })
        );
    }

    #[test]
    fn rows_read_together_are_the_rows_read_one_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let (writer, data) = loaded_writer(&dir.path().join("catalog.sqlite"));
        let rows = [
            (RecordKind::Service, data.services[2].id.as_str()),
            (RecordKind::Organization, data.organizations[0].id.as_str()),
            (RecordKind::Service, "no-such-service"),
            (RecordKind::NewsItem, data.news[0].id.as_str()),
        ];
        let together = writer.rows_json(&rows).unwrap();
        let one_by_one: Vec<_> = rows
            .iter()
            .map(|(kind, id)| writer.row_json(*kind, id).unwrap())
            .collect();
        assert_eq!(together, one_by_one);
        assert!(together[2].is_none() && together[0].is_some() && together[3].is_some());
    }

    /// The pages a commit writes are what a delta costs on a device: a new
    /// description rewrites the service's row (its pointer to its long
    /// texts), the long texts and their index, its search row (the same
    /// pointer), and neither a key index (a key set to its own value in an
    /// UPDATE rewrites its index entry) nor the records' word index, which
    /// does not hold descriptions.
    #[test]
    fn a_new_description_writes_pages_of_the_record_and_its_text_index_only() {
        let dir = tempfile::tempdir().unwrap();
        let (mut writer, data) = loaded_writer(&dir.path().join("catalog.sqlite"));
        writer
            .catalog
            .conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .unwrap();
        let mut next = data.clone();
        for s in next.services.iter_mut().step_by(7) {
            s.description = format!("{} Nuovo orario.", s.description);
        }
        writer
            .apply_changes(
                ChangeSet {
                    put: CatalogData {
                        services: next.services.iter().step_by(7).cloned().collect(),
                        ..CatalogData::default()
                    },
                    delete: vec![],
                },
                ApplyMode::Delta,
                &state(2, digest_of_data(&next)),
                ImportOptions::default(),
                &|_| {},
            )
            .unwrap();
        // The log's frames: a 32-byte header, then per frame 24 bytes (the
        // page number first) and the page.
        let wal = std::fs::read(dir.path().join("catalog.sqlite-wal")).unwrap();
        let page_size = u32::from_be_bytes(wal[8..12].try_into().unwrap()) as usize;
        let mut written = std::collections::BTreeSet::new();
        let mut stmt = writer
            .catalog
            .conn
            .prepare("SELECT name FROM dbstat WHERE pageno = ?1")
            .unwrap();
        for frame in wal[32..].chunks_exact(24 + page_size) {
            let page = u32::from_be_bytes(frame[..4].try_into().unwrap());
            // A page not in dbstat is on the free list (a long text that
            // went, a shrunken index segment).
            let name: Option<String> = stmt.query_row([page], |r| r.get(0)).optional().unwrap();
            written.insert(name.unwrap_or_else(|| "(free page)".into()));
        }
        let allowed = [
            "service",
            "service_long_texts",
            "long_text",
            "sqlite_autoindex_long_text_1",
            "search_doc",
            "search_texts_data",
            "search_texts_docsize",
            "search_texts_idx",
            "sync_state",
            "(free page)",
            // Page 1 holds the file's change counter.
            "sqlite_schema",
        ];
        let unexpected: Vec<&String> = written
            .iter()
            .filter(|t| !allowed.contains(&t.as_str()))
            .collect();
        assert!(
            unexpected.is_empty(),
            "a new description wrote pages of {unexpected:?} (all: {written:?})"
        );
        assert!(written.contains("service") && written.contains("search_texts_data"));
    }

    /// A service is found by its organization's name: renaming the
    /// organization alone re-indexes its services.
    #[test]
    fn renaming_an_organization_reaches_its_services_search() {
        let data = small();
        let mut cat = Catalog::open_in_memory().unwrap();
        cat.replace_all(&data, ImportOptions::default()).unwrap();
        let service = &data.services[0];
        let mut org = data
            .organizations
            .iter()
            .find(|o| o.id == service.organization_id)
            .unwrap()
            .clone();
        org.name = "Cooperativa Quokkaville".into();
        cat.import(
            &CatalogData {
                organizations: vec![org],
                ..CatalogData::default()
            },
            ImportOptions::default(),
        )
        .unwrap();
        let found = cat
            .search(&crate::Query {
                text: "quokkaville".into(),
                limit: 200,
                ..crate::Query::default()
            })
            .unwrap();
        assert!(
            found.hits.iter().any(|h| h.id == service.id),
            "{:?}",
            found.hits.iter().map(|h| &h.id).collect::<Vec<_>>()
        );
    }

    #[test]
    fn an_invalid_row_is_refused_and_nothing_is_written() {
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

    #[test]
    fn the_validation_error_wins_over_the_writes_and_a_delta_leaves_nothing() {
        let data = small();
        let mut cat = Catalog::open_in_memory().unwrap();
        let d1 = digest_of_data(&data);
        cat.apply_changes(
            &ChangeSet {
                put: data.clone(),
                delete: vec![],
            },
            ApplyMode::Replace,
            &state(1, d1.clone()),
            ImportOptions::default(),
        )
        .unwrap();
        // One good change, and a row the writes also trip on (its
        // organization does not exist) besides failing validation.
        let mut good = data.services[0].clone();
        good.name = "Sportello rinnovato".into();
        let mut bad = data.services[1].clone();
        bad.organization_id = "nowhere".into();
        bad.locations[0].longitude = -300.0;
        let err = cat
            .apply_changes(
                &ChangeSet {
                    put: CatalogData {
                        services: vec![good.clone(), bad],
                        ..CatalogData::default()
                    },
                    delete: vec![],
                },
                ApplyMode::Delta,
                &state(2, d1.clone()),
                ImportOptions::default(),
            )
            .unwrap_err();
        let ApplyError::Catalog(Error::Invalid(v)) = &err else {
            panic!("expected the validator's error, got {err}");
        };
        assert!(
            v.field.starts_with("locations[0]") && v.reason.contains("-300"),
            "{v}"
        );
        assert_eq!(cat.digest().unwrap(), d1);
        assert_eq!(cat.sync_state().unwrap().unwrap().seq, 1);
        assert_eq!(
            cat.service(&good.id).unwrap().unwrap().name,
            data.services[0].name
        );
    }
}
