//! The catalog file: opening (WAL), migrating, writing records
//! all-or-nothing, reading them back, and the search entry point
//! ([`Catalog::search`], which runs `crate::search` over the search tables
//! and reads the hits' texts from the record tables). The store depends on
//! search (it hands it the documents of what it writes); search depends on
//! nothing of the store.
//!
//! Catalog data lives in its own SQLite file, replaceable wholesale by a feed;
//! the user's own data (settings, favourites, outbox) is in another file
//! ([`crate::user::UserData`]), so rebuilding the catalog never touches it.

mod changes;
mod read;
mod schema;
pub(crate) mod texts;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

pub use changes::{
    ApplyError, ApplyMode, ApplyProgress, CatalogWriter, ChangeSet, SyncState, digest_of,
    read_sync_state, row_hash,
};
pub use read::MANIFESTO_TOPIC;
pub use schema::CURRENT_VERSION;

use crate::error::{Error, Result};
use crate::model::CatalogData;
use crate::record::RecordKind;
use crate::search::{Query, SearchIndex, SearchResults, Searcher};
use crate::validate::{ValidationOptions, validate};

/// How many records of each kind the catalog holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub organizations: usize,
    pub services: usize,
    pub associations: usize,
    pub learning_resources: usize,
    pub reports: usize,
    pub news: usize,
    pub cultural_experiences: usize,
}

/// See [`Catalog::provenance`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Provenance {
    /// Keys of [`crate::provenance::SOURCES`] that some record names.
    pub sources: Vec<String>,
    /// Some record is generated sample data.
    pub sample: bool,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    pub validation: ValidationOptions,
}

/// What an import changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ImportReport {
    pub records: usize,
}

/// The on-device catalog: the SQLite file and the in-memory search index
/// derived from it. Every write goes through here so the two never disagree.
#[derive(Debug)]
pub struct Catalog {
    pub(crate) conn: Connection,
    path: Option<PathBuf>,
    pub(crate) index: SearchIndex,
}

impl Catalog {
    /// Opens (creating or migrating) the catalog file at `path`.
    pub fn open(path: impl AsRef<Path>) -> Result<Catalog> {
        let path = path.as_ref();
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        // 8 KiB pages for a new file (an existing one keeps its own): a
        // service's row with its translated names is about 1.3 KB, and
        // 4 KiB pages held three of them with 15% of each page unused.
        // Must come before WAL, which fixes the page size.
        conn.pragma_update(None, "page_size", 8192)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        // No memory map: every page of the file a search ever touched then
        // counted in the app's own memory (PSS), 59 MB of 205 MB with the
        // official catalog (tests/bench/ui), and a phone kills the app in
        // the background by that figure. Read through SQLite's page cache
        // instead, search is 1-3% slower at p50 (cargo bench -p catalog
        // --bench search, within noise), and the kernel may drop the
        // file's pages under pressure.
        conn.pragma_update(None, "mmap_size", 0)?;
        Catalog::init(conn, Some(path.to_path_buf()))
    }

    /// A catalog that lives only in memory (tests, benches).
    pub fn open_in_memory() -> Result<Catalog> {
        Catalog::init(Connection::open_in_memory()?, None)
    }

    fn init(mut conn: Connection, path: Option<PathBuf>) -> Result<Catalog> {
        keep_statements_compiled(&conn)?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        conn.pragma_update(None, "synchronous", "NORMAL")?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        // Writes use a few dozen distinct statements; the default cache of
        // 16 would re-prepare them for every record.
        conn.set_prepared_statement_cache_capacity(128);
        let rebuild = migrate(&mut conn)?;
        let mut catalog = Catalog {
            conn,
            path,
            index: SearchIndex::default(),
        };
        if rebuild {
            rebuild_search(&mut catalog.conn)?;
        }
        catalog.reload_index()?;
        Ok(catalog)
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }

    /// Adds or replaces the records of `data` (matched by id), all or
    /// nothing: on any error the store is left exactly as it was.
    pub fn import(&mut self, data: &CatalogData, opts: ImportOptions) -> Result<ImportReport> {
        validate(data, opts.validation)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write::upsert_all(&tx, data, write::Tables::MayHold, &write::Tally::silent())?;
        texts::drop_unused(&tx)?;
        tx.commit()?;
        self.reload_index()?;
        Ok(ImportReport {
            records: data.len(),
        })
    }

    /// Replaces the whole catalog with `data` in one transaction.
    pub fn replace_all(&mut self, data: &CatalogData, opts: ImportOptions) -> Result<ImportReport> {
        validate(data, opts.validation)?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        write::clear(&tx)?;
        write::upsert_all(&tx, data, write::Tables::Empty, &write::Tally::silent())?;
        crate::search::tables::optimize(&tx)?;
        tx.commit()?;
        self.reload_index()?;
        Ok(ImportReport {
            records: data.len(),
        })
    }

    /// Deletes one record and what hangs off it.
    pub fn delete(&mut self, kind: RecordKind, id: &str) -> Result<bool> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let deleted = write::delete_record(&tx, kind, id)?;
        texts::drop_unused(&tx)?;
        tx.commit()?;
        self.reload_index()?;
        Ok(deleted)
    }

    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0))
            .optional()?)
    }

    pub fn set_meta(&mut self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO meta(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }

    pub fn counts(&self) -> Result<Counts> {
        let count = |sql: &str| -> Result<usize> {
            Ok(self.conn.query_row(sql, [], |r| r.get::<_, i64>(0))? as usize)
        };
        Ok(Counts {
            organizations: count("SELECT count(*) FROM organization")?,
            services: count("SELECT count(*) FROM service")?,
            associations: count("SELECT count(*) FROM association")?,
            learning_resources: count("SELECT count(*) FROM learning_resource")?,
            reports: count("SELECT count(*) FROM report_summary")?,
            news: count("SELECT count(*) FROM news_item")?,
            cultural_experiences: count("SELECT count(*) FROM cultural_experience")?,
        })
    }

    /// How many services of an area the whole catalog holds, whatever the
    /// place or the filters (an area with none says so plainly).
    pub fn services_in_area(&self, area: &str) -> Result<usize> {
        Ok(self
            .conn
            .prepare_cached("SELECT count(*) FROM service WHERE area = ?1")?
            .query_row([area], |r| r.get::<_, i64>(0))? as usize)
    }

    /// Where the records held come from: the official source keys some
    /// record names (sorted), and whether any record is generated sample
    /// data (settings → sources lists exactly these).
    pub fn provenance(&self) -> Result<Provenance> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT source FROM organization WHERE source IS NOT NULL
             UNION SELECT source FROM service WHERE source IS NOT NULL
             UNION SELECT source FROM learning_resource WHERE source IS NOT NULL
             ORDER BY 1",
        )?;
        let sources = stmt
            .query_map([], |r| r.get(0))?
            .collect::<std::result::Result<Vec<String>, _>>()?;
        let sample: bool = self.conn.query_row(
            "SELECT EXISTS(SELECT 1 FROM organization WHERE sample)
                 OR EXISTS(SELECT 1 FROM service WHERE sample)
                 OR EXISTS(SELECT 1 FROM learning_resource WHERE sample)
                 OR EXISTS(SELECT 1 FROM report_summary WHERE sample)
                 OR EXISTS(SELECT 1 FROM news_item WHERE sample)
                 OR EXISTS(SELECT 1 FROM cultural_experience WHERE sample)",
            [],
            |r| r.get(0),
        )?;
        Ok(Provenance { sources, sample })
    }

    /// Bytes of the database in use (pages minus free pages), for reports
    /// and benches.
    pub fn db_bytes(&self) -> Result<u64> {
        let pragma = |name: &str| -> Result<i64> {
            Ok(self.conn.pragma_query_value(None, name, |r| r.get(0))?)
        };
        let used = pragma("page_count")? - pragma("freelist_count")?;
        Ok((used * pragma("page_size")?) as u64)
    }

    /// Bytes each table and index of the file takes (SQLite's `dbstat`),
    /// largest first: where a catalog's size goes, for benches.
    pub fn bytes_by_table(&self) -> Result<Vec<(String, u64)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC, 1")?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        let mut out = Vec::new();
        for row in rows {
            let (name, bytes) = row?;
            out.push((name, bytes as u64));
        }
        Ok(out)
    }

    /// An estimate of the heap the in-memory search index holds (filter
    /// facts, spatial tree, vocabulary), for benches.
    pub fn search_index_heap_bytes(&self) -> usize {
        self.index.heap_bytes()
    }

    /// The most SQLite's page cache may hold for this connection
    /// (`cache_size` × page size): it is SQLite's own memory, not Rust's
    /// heap, so benches report it as this bound.
    pub fn page_cache_bound_bytes(&self) -> Result<u64> {
        let cache_size: i64 = self
            .conn
            .pragma_query_value(None, "cache_size", |r| r.get(0))?;
        let page_size: i64 = self
            .conn
            .pragma_query_value(None, "page_size", |r| r.get(0))?;
        // Negative: a size in KiB; positive: a number of pages.
        let bytes = if cache_size < 0 {
            cache_size.unsigned_abs() * 1024
        } else {
            cache_size.unsigned_abs() * page_size.unsigned_abs()
        };
        Ok(bytes)
    }

    /// Runs a search (`crate::search`): the search tables and their
    /// in-memory side find and rank the records; the texts of the page's
    /// hits are read from the record tables here. Never fails on odd input:
    /// an empty, huge or hostile query gives an empty or browsing result.
    pub fn search(&self, query: &Query) -> Result<SearchResults> {
        let texts = |kind: RecordKind, id: &str, lang| read::hit_texts(&self.conn, kind, id, lang);
        Searcher {
            conn: &self.conn,
            index: &self.index,
            texts: &texts,
        }
        .search(query)
    }

    pub(crate) fn reload_index(&mut self) -> Result<()> {
        self.index = SearchIndex::load(&self.conn)?;
        Ok(())
    }
}

/// Turns on SQLite's query planner stability guarantee. Without it, SQLite
/// (3.54) marks a statement with a `column = ?` filter to be planned again
/// when the value bound to it changes to or from 0 or 1; rusqlite's
/// statement cache clears the bindings of every statement it takes back,
/// and clearing expires a marked statement outright. Every cached query
/// was compiled anew on every use (a fifth of applying a small delta).
/// Re-derives the search tables from the records in a transaction of their
/// own (after a migration that changed how records are indexed).
fn rebuild_search(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    write::rebuild_search(&tx)?;
    tx.commit()?;
    Ok(())
}

pub(crate) fn keep_statements_compiled(conn: &Connection) -> Result<()> {
    conn.set_db_config(
        rusqlite::config::DbConfig::SQLITE_DBCONFIG_ENABLE_QPSG,
        true,
    )?;
    Ok(())
}

/// Brings the file to [`CURRENT_VERSION`]; true when the search tables must
/// be rebuilt from the records.
fn migrate(conn: &mut Connection) -> Result<bool> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    if found > CURRENT_VERSION {
        return Err(Error::SchemaTooNew {
            found,
            supported: CURRENT_VERSION,
        });
    }
    let mut rebuild = false;
    for m in schema::MIGRATIONS.iter().filter(|m| m.version > found) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute_batch(m.sql)?;
        if let Some(then) = m.then {
            then(&tx)?;
        }
        crate::search::schema::migrate(&tx, m.version)?;
        tx.pragma_update(None, "user_version", m.version)?;
        write::seed_taxonomy(&tx)?;
        tx.commit()?;
        // A fresh file has no records to re-index.
        rebuild |= m.rebuild_search && found > 0;
    }
    Ok(rebuild)
}
