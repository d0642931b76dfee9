//! The search tables' writes, inside the store's transaction: emptying
//! them before a bulk load, and applying what a batch of records does to
//! `search_doc` and the text indexes (`search_fts`, and `search_texts` for
//! the long texts records share). The store hands over
//! [`DocChange`]s built from the records it wrote ([`SearchDoc`]), and a
//! way to read a long text's value; no SQL of the record tables is here.
//!
//! Search rows get rowids in territorial order (region, province, comune),
//! so a province is one rowid range. Each search row keeps a fingerprint of
//! what it put into each text index, and a delta rewrites only the indexes
//! whose input changed. A long text is indexed once, under its own id,
//! when the first document that carries it is written, and forgotten when
//! the store drops it ([`forget_texts`]). A bulk load lets each index gather the whole load
//! in memory ([`BULK_INDEX_MEMORY`]) and write one segment; the texts are
//! cut into words on a second thread while this one feeds FTS5.

use rusqlite::{OptionalExtension, Transaction, params};

use crate::error::Result;
use crate::gazetteer::Gazetteer;
use crate::record::RecordKind;
use crate::search::doc::SearchDoc;

/// Told as documents are indexed, so a long load's progress bar moves.
pub(crate) trait Progress {
    /// One more document is in the text indexes.
    fn indexed(&self);
    /// Every document is written and indexed (what is left is the commit).
    fn finish(&self);
}

/// How much of a bulk write FTS5 keeps in memory before it writes a segment
/// to disk, per text index, in bytes. FTS5's default (1 MiB) cuts a first
/// load into dozens of segments that it then merges again (and `optimize`
/// merges once more); at 64 MiB the sample catalog's indexes go to disk
/// once, as one segment each, at COMMIT, and a catalog of any size still
/// holds at most this much per index in memory.
const BULK_INDEX_MEMORY: i64 = 64 * 1024 * 1024;

/// Empties the search tables, which are then filled in bulk (a full load,
/// a rebuild): the text indexes may gather the whole write in memory (see
/// [`BULK_INDEX_MEMORY`]). The setting is stored with each index; the
/// small writes of a delta never come near it.
pub(crate) fn clear(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM search_doc; DELETE FROM search_fts; DELETE FROM search_names;
         DELETE FROM search_texts;",
    )?;
    for table in INDEXES {
        tx.execute(
            &format!("INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?1)"),
            [BULK_INDEX_MEMORY],
        )?;
    }
    Ok(())
}

/// The text indexes.
const INDEXES: [&str; 3] = ["search_fts", "search_names", "search_texts"];

/// Removes long texts the store dropped from `search_texts`.
pub(crate) fn forget_texts(tx: &Transaction<'_>, ids: &[i64]) -> Result<()> {
    let mut delete = tx.prepare_cached("DELETE FROM search_texts WHERE rowid = ?1")?;
    for id in ids {
        delete.execute([id])?;
    }
    Ok(())
}

/// Merges each word index into one segment after a full load: every term
/// lookup then seeks once instead of once per segment.
pub(crate) fn optimize(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "INSERT INTO search_fts(search_fts) VALUES ('optimize');
         INSERT INTO search_names(search_names) VALUES ('optimize');
         INSERT INTO search_texts(search_texts) VALUES ('optimize');",
    )?;
    Ok(())
}

/// What a write does to the search tables, applied after all the records.
pub(crate) enum DocChange {
    Index(Box<SearchDoc>),
    Remove(RecordKind, String),
}

/// Writes the search rows of a batch. The FTS5 tables are written last
/// and together: once a transaction has touched them, every statement that
/// opens a savepoint makes FTS5 flush its pending terms to disk, which
/// interleaved with record writes costs more than the writes themselves.
/// The value of a `long_text` row by id, as JSON text (the store reads it).
pub(crate) type LongTextValue<'a> = dyn Fn(i64) -> Result<Option<String>> + 'a;

pub(crate) fn apply(
    tx: &Transaction<'_>,
    mut changes: Vec<DocChange>,
    tables_empty: bool,
    long_text_value: &LongTextValue<'_>,
    tally: &dyn Progress,
) -> Result<()> {
    let gazetteer = Gazetteer::bundled();
    // Rowids in territorial order (region, province, comune): a province is
    // then one rowid range, and FTS5 seeks straight to it for "near" and
    // territory searches instead of walking whole posting lists. Removals
    // first, so a record moved in this batch is not deleted after it.
    let territory = |c: &DocChange| -> (u8, String, String, String) {
        match c {
            DocChange::Remove(_, id) => (0, String::new(), String::new(), id.clone()),
            DocChange::Index(doc) => {
                let comune = doc
                    .comune_istat
                    .as_deref()
                    .and_then(|c| gazetteer.by_istat(c));
                (
                    1,
                    comune.map_or_else(
                        || "~".into(),
                        |c| format!("{}{}", c.region_code, c.province_code),
                    ),
                    doc.comune_istat.clone().unwrap_or_default(),
                    doc.entity_id.clone(),
                )
            }
        }
    };
    changes.sort_by_cached_key(territory);
    // Rowids whose old entries in the text index go, and documents to
    // index.
    let mut unindex: Vec<i64> = Vec::new();
    let mut index: Vec<(i64, &SearchDoc)> = Vec::new();
    for change in &changes {
        let (kind, id) = match change {
            DocChange::Index(doc) => (doc.kind(), doc.entity_id.as_str()),
            DocChange::Remove(kind, id) => (*kind, id.as_str()),
        };
        let old: Option<(i64, Option<Vec<u8>>)> = match tables_empty {
            true => None,
            false => tx
                .prepare_cached(
                    "SELECT rowid, index_fingerprints FROM search_doc
                     WHERE kind = ?1 AND entity_id = ?2",
                )?
                .query_row(params![kind.search_number(), id], |r| {
                    Ok((r.get(0)?, r.get(1)?))
                })
                .optional()?,
        };
        let doc = match change {
            DocChange::Index(doc) => doc,
            DocChange::Remove(..) => {
                if let Some((rowid, _)) = old {
                    unindex.push(rowid);
                    tx.prepare_cached("DELETE FROM search_doc WHERE rowid = ?1")?
                        .execute([rowid])?;
                }
                continue;
            }
        };
        let fingerprint = doc.index_fingerprint();
        let stored: Vec<u8> = fingerprint.to_vec();
        // An index entry whose input did not change stays.
        let needed = match &old {
            Some((rowid, before)) => {
                let changed = before.as_deref() != Some(&fingerprint[..]);
                if changed {
                    unindex.push(*rowid);
                }
                changed
            }
            None => true,
        };
        let values = params![
            doc.kind().search_number(),
            doc.entity_id,
            doc.point.map(|p| p.0),
            doc.point.map(|p| p.1),
            doc.comune_istat,
            doc.area,
            doc.target_groups.join(","),
            doc.languages.join(","),
            i64::from(doc.free),
            i64::from(doc.no_documents),
            doc.opening_hours,
            doc.topics.join(","),
            stored,
            doc.same_place,
            doc.long_texts,
        ];
        // A record that was indexed keeps its rowid: its row and the
        // (kind, entity_id) index stay where they are. The key is matched,
        // not set: a column in the SET list rewrites its index entry even
        // with the same value (60 of a 1% delta's 347 pages).
        let rowid = match &old {
            Some((rowid, _)) => {
                tx.prepare_cached(
                    "UPDATE search_doc SET latitude = ?3, longitude = ?4,
                       comune_istat = ?5, area = ?6, target_groups = ?7, languages = ?8, free = ?9,
                       no_documents = ?10, opening_hours = ?11, topics = ?12,
                       index_fingerprints = ?13, same_place = ?14, long_texts = ?15
                     WHERE rowid = ?16 AND kind = ?1 AND entity_id = ?2",
                )?
                .execute(rusqlite::params_from_iter(
                    values
                        .iter()
                        .copied()
                        .chain([rowid as &dyn rusqlite::ToSql]),
                ))?;
                *rowid
            }
            None => {
                tx.prepare_cached(
                    "INSERT INTO search_doc(kind, entity_id, latitude, longitude, comune_istat, area,
                       target_groups, languages, free, no_documents, opening_hours, topics,
                       index_fingerprints, same_place, long_texts)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
                )?
                .execute(values)?;
                tx.last_insert_rowid()
            }
        };
        if needed {
            index.push((rowid, doc));
        }
    }
    for table in ["search_fts", "search_names"] {
        let mut delete = tx.prepare_cached(&format!("DELETE FROM {table} WHERE rowid = ?1"))?;
        for rowid in &unindex {
            delete.execute([rowid])?;
        }
    }
    // The texts to index are cut into words on a second thread while this
    // one hands the previous ones to FTS5: at a first load both take about
    // as long, and a phone has more than one core.
    let indexed = std::thread::scope(|scope| {
        let (send, receive) = std::sync::mpsc::sync_channel(256);
        let docs: Vec<&SearchDoc> = index.iter().map(|(_, doc)| *doc).collect();
        scope.spawn(move || {
            for doc in docs {
                let comune = doc
                    .comune_istat
                    .as_deref()
                    .and_then(|c| gazetteer.by_istat(c));
                let columns = doc.fts_columns(comune);
                if send.send(columns).is_err() {
                    // The writer stopped on an error.
                    return;
                }
            }
        });
        for (rowid, _) in &index {
            let (title, body, folded, attrs) = receive
                .recv()
                .expect("the indexing thread sends one entry per document");
            tx.prepare_cached("INSERT INTO search_names(rowid, names) VALUES (?1, ?2)")?
                .execute(params![rowid, format!("{title} {folded}")])?;
            tx.prepare_cached(
                "INSERT INTO search_fts(rowid, title, body, folded, attrs)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![rowid, title, body, folded, attrs])?;
            tally.indexed();
        }
        index_long_texts(tx, &changes, tables_empty, long_text_value)?;
        tally.finish();
        Ok(())
    });
    drop(index);
    let items = changes.len();
    crate::free::in_background(changes, items);
    indexed
}

/// Indexes the long texts the written documents carry that `search_texts`
/// does not hold yet (all of them, after the tables were emptied).
fn index_long_texts(
    tx: &Transaction<'_>,
    changes: &[DocChange],
    tables_empty: bool,
    long_text_value: &LongTextValue<'_>,
) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for change in changes {
        let DocChange::Index(doc) = change else {
            continue;
        };
        let Some(id) = doc.long_texts else { continue };
        if !seen.insert(id) {
            continue;
        }
        if !tables_empty {
            let held = tx
                .prepare_cached("SELECT 1 FROM search_texts WHERE rowid = ?1")?
                .query_row([id], |_| Ok(()))
                .optional()?
                .is_some();
            if held {
                continue;
            }
        }
        let Some(body) = long_text_value(id)?
            .as_deref()
            .and_then(crate::search::doc::long_text_body)
        else {
            continue;
        };
        tx.prepare_cached("INSERT INTO search_texts(rowid, body) VALUES (?1, ?2)")?
            .execute(params![id, body])?;
    }
    Ok(())
}
