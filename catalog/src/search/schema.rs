//! The search tables' own schema: what each catalog migration does to
//! `search_doc` (one row per searchable record: its filter facts and the
//! rowid that keys the text indexes) and to the FTS5 text indexes
//! (`search_fts` and `search_texts`; `search_trigram` and `search_names`
//! until schema 11). The store runs step N
//! right after its own SQL for version N, in the same transaction
//! (`store::schema`); the SQL of a released version never changes.

/// The search tables' SQL for schema versions 1 to 12 (index 0 is version 1;
/// an empty string: the version changed only record tables).
pub(crate) const STEPS: [&str; 12] = [V1, V2, V3, "", V5, V6, "", "", V9, "", V11, ""];

/// Runs the search tables' step of schema `version` inside the store's
/// migration transaction.
pub(crate) fn migrate(tx: &rusqlite::Transaction<'_>, version: u32) -> rusqlite::Result<()> {
    match STEPS.get(version as usize - 1) {
        Some(sql) if !sql.is_empty() => tx.execute_batch(sql),
        _ => Ok(()),
    }
}

/// The documents and the text index.
const V1: &str = r#"
-- One searchable document per record of any kind; its rowid keys the FTS
-- tables (deleting by rowid is fast, by an unindexed column is a scan).
-- The filter columns are what the in-memory search index is built from.
CREATE TABLE search_doc (
    rowid         INTEGER PRIMARY KEY,
    kind          INTEGER NOT NULL,
    entity_id     TEXT NOT NULL,
    latitude      REAL,
    longitude     REAL,
    comune_istat  TEXT,
    area          TEXT,
    target_groups TEXT NOT NULL, -- comma-separated
    languages     TEXT NOT NULL, -- comma-separated ISO 639-1
    free          INTEGER NOT NULL,
    no_documents  INTEGER NOT NULL,
    opening_hours TEXT,
    UNIQUE (kind, entity_id)
);

CREATE VIRTUAL TABLE search_fts USING fts5(
    title, body, folded, attrs,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
"#;

/// Substring search over titles (trigram index).
const V2: &str = r#"
CREATE VIRTUAL TABLE search_trigram USING fts5(
    title,
    content = '', contentless_delete = 1,
    tokenize = 'trigram remove_diacritics 1'
);
"#;

/// Names in every language (and the filter tokens), for ranking: asking
/// FTS5 for matches in one column of the big table filters every position
/// list; a table of names alone answers the same question several times
/// faster, and the filters keep it to the hits of the query at 1M records.
const V3: &str = r#"
CREATE VIRTUAL TABLE search_names USING fts5(
    names, attrs,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
"#;

/// Topics of a document (cultural section, second-generation theme).
const V5: &str = r#"
-- Comma-separated "section:<id>" / "theme:<id>" of the document.
ALTER TABLE search_doc ADD COLUMN topics TEXT NOT NULL DEFAULT '';
"#;

/// Fingerprints of what each document put into each text index.
const V6: &str = r#"
-- What each document put into the three text indexes (8 bytes each of a
-- sha256, see SearchDoc::index_fingerprints): a delta leaves the entries
-- of an index whose input did not change. NULL until a record is written.
ALTER TABLE search_doc ADD COLUMN index_fingerprints BLOB;
"#;

/// Records a person would call the same place share a key
/// (`doc::same_place_key`); search shows one row for them.
const V9: &str = r#"
ALTER TABLE search_doc ADD COLUMN same_place INTEGER;
"#;

/// Long texts indexed once (`search_texts`, keyed by `long_text.id`), not
/// once per record that carries them (`search_doc.long_texts` says which a
/// record carries). `search_names` keeps the names alone: ranking reads it
/// for the documents search found, which passed the filters already.
/// Substrings of names are found through the vocabulary, so the trigram
/// index goes.
const V11: &str = r#"
DROP TABLE search_names;
CREATE VIRTUAL TABLE search_names USING fts5(
    names,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
DROP TABLE search_trigram;
-- One row per long_text row (same rowid): the long fields a search reads.
CREATE VIRTUAL TABLE search_texts USING fts5(
    body,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
-- The long_text row of the document's record (NULL: none).
ALTER TABLE search_doc ADD COLUMN long_texts INTEGER;
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn one_step_per_store_migration() {
        assert_eq!(super::STEPS.len(), crate::store::CURRENT_VERSION as usize);
    }
}
