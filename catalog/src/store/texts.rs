//! Long texts, stored once however many records carry them (schema 10).
//!
//! A record's long fields (a service's description, who may apply, fees and
//! how to apply; an organization's, a course's or a cultural experience's
//! description), in Italian and in every translation, make one JSON value
//! `field → language code → text` in `long_text` (as JSONB), keyed by a
//! fingerprint of that value; the record's row holds its id in `long_texts`. Records share
//! these far more than their names: the schools of one kind in the
//! Ministero dell'Istruzione e del Merito registry (17,723 distinct
//! descriptions among 44,291 services), the services of one network
//! translated once. Names and titles stay on the row, with their
//! translations: they differ from record to record, and search reads them
//! for every hit.
//!
//! A text nobody points at any more is dropped at the end of the write
//! that released it ([`drop_unused`]).

use std::collections::BTreeMap;

use rusqlite::{OptionalExtension, Transaction, params};
use sha2::{Digest, Sha256};

#[cfg(test)]
use super::read;
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::Translations;
use crate::record::RecordKind;

/// The record tables with long fields, and those fields. A kind not listed
/// (report summaries, news: a few dozen rows, each text its own) keeps
/// every text on its row.
pub(crate) const fn long_fields(kind: RecordKind) -> &'static [&'static str] {
    match kind {
        RecordKind::Service => &[
            "description",
            "eligibility_description",
            "fees_description",
            "application_process",
        ],
        RecordKind::Organization | RecordKind::LearningResource => &["description"],
        RecordKind::CulturalExperience => &["description", "kind_of_work"],
        RecordKind::ReportSummary | RecordKind::NewsItem => &[],
    }
}

/// One record's long texts: `field → language code → text`, Italian
/// under `it`.
type ByField<'a> = BTreeMap<&'a str, BTreeMap<&'a str, &'a str>>;

/// The JSON value of a record's long fields (`italian`: each field and its
/// Italian text, when it has one), or `None` when it has none.
pub(crate) fn value_of(
    italian: &[(&str, Option<&str>)],
    translations: &Translations,
) -> Option<String> {
    let mut by_field = ByField::new();
    for (field, text) in italian {
        let mut texts = BTreeMap::new();
        if let Some(text) = text {
            texts.insert(Lang::It.code(), *text);
        }
        if let Some(translated) = translations.get(*field) {
            for (lang, text) in translated {
                texts.insert(lang.code(), text.as_str());
            }
        }
        if !texts.is_empty() {
            by_field.insert(field, texts);
        }
    }
    (!by_field.is_empty()).then(|| serde_json::to_string(&by_field).expect("strings serialize"))
}

/// The row's `translations` column: the translations of its short fields
/// only (the long ones are in its [`value_of`]).
pub(crate) fn short_translations_json(translations: &Translations, kind: RecordKind) -> String {
    let long = long_fields(kind);
    let short: BTreeMap<&String, _> = translations
        .iter()
        .filter(|(field, _)| !long.contains(&field.as_str()))
        .collect();
    serde_json::to_string(&short).expect("strings serialize")
}

/// The id of `value` in `long_text`, adding it when no record has it yet.
pub(crate) fn intern(tx: &Transaction<'_>, value: &str) -> Result<i64> {
    // 128 bits of sha256: equal fingerprints mean equal texts for any
    // catalog that will ever exist; the texts are compared all the same.
    let fingerprint = &Sha256::digest(value.as_bytes())[..16];
    let found: Option<(i64, bool)> = tx
        .prepare_cached("SELECT id, texts = jsonb(?2) FROM long_text WHERE fingerprint = ?1")?
        .query_row(params![fingerprint, value], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    match found {
        Some((id, true)) => Ok(id),
        Some((_, false)) => Err(Error::Import(
            "two different long texts have the same fingerprint".into(),
        )),
        None => {
            tx.prepare_cached("INSERT INTO long_text(fingerprint, texts) VALUES (?1, jsonb(?2))")?
                .execute(params![fingerprint, value])?;
            Ok(tx.last_insert_rowid())
        }
    }
}

/// Texts by field and language code, as JSON holds them.
type RawTexts = BTreeMap<String, BTreeMap<String, String>>;

/// A record's long texts as read back: each field's Italian text, and the
/// translations to merge into the record's.
#[derive(Debug, Default)]
pub(crate) struct LongTexts(RawTexts);

impl LongTexts {
    /// Parses a record's long texts as JSON text (`None`: it has none).
    pub(crate) fn parse(value: Option<&str>) -> serde_json::Result<LongTexts> {
        match value {
            Some(json) => serde_json::from_str(json).map(LongTexts),
            None => Ok(LongTexts::default()),
        }
    }

    /// The Italian text of `field`, taken out.
    pub(crate) fn italian(&mut self, field: &str) -> Option<String> {
        self.0.get_mut(field)?.remove(Lang::It.code())
    }

    /// Adds the languages other than Italian (which lives on the record) to
    /// `translations`; codes this build does not know are skipped (a newer
    /// app's file). A row's `translations` column reads through this too.
    pub(crate) fn into_translations(self, translations: &mut Translations) {
        for (field, texts) in self.0 {
            for (code, text) in texts {
                if let Some(lang) = Lang::from_code(&code).filter(|l| *l != Lang::It) {
                    translations
                        .entry(field.clone())
                        .or_default()
                        .insert(lang, text);
                }
            }
        }
    }
}

/// Drops the long texts no record points at any more: run once at the end
/// of every write that may have replaced or deleted records.
pub(crate) fn drop_unused(tx: &Transaction<'_>) -> Result<usize> {
    let unused: Vec<i64> = tx
        .prepare_cached(
            "SELECT id FROM long_text WHERE id NOT IN (
           SELECT long_texts FROM service WHERE long_texts IS NOT NULL
           UNION ALL SELECT long_texts FROM organization WHERE long_texts IS NOT NULL
           UNION ALL SELECT long_texts FROM learning_resource WHERE long_texts IS NOT NULL
           UNION ALL SELECT long_texts FROM cultural_experience WHERE long_texts IS NOT NULL)",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    // Search forgets a text before its id can be given to another.
    crate::search::tables::forget_texts(tx, &unused)?;
    let mut delete = tx.prepare_cached("DELETE FROM long_text WHERE id = ?1")?;
    for id in &unused {
        delete.execute([id])?;
    }
    Ok(unused.len())
}

/// The value of one `long_text` row, as JSON text (`None`: no such row).
pub(crate) fn value_by_id(tx: &Transaction<'_>, id: i64) -> Result<Option<String>> {
    Ok(tx
        .prepare_cached("SELECT json(texts) FROM long_text WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

/// Tells each search document which `long_text` row its record points at
/// (search indexes that row once, for every record that carries it).
pub(crate) fn link_documents(
    tx: &Transaction<'_>,
    changes: &mut [crate::search::tables::DocChange],
) -> Result<()> {
    for change in changes {
        let crate::search::tables::DocChange::Index(doc) = change else {
            continue;
        };
        let kind = doc.kind();
        if long_fields(kind).is_empty() {
            continue;
        }
        doc.long_texts = tx
            .prepare_cached(&format!(
                "SELECT long_texts FROM {} WHERE id = ?1",
                kind.table()
            ))?
            .query_row([&doc.entity_id], |r| r.get(0))
            .optional()?
            .flatten();
    }
    Ok(())
}

/// Schema 10's move of the long fields off the record rows, run after its
/// SQL added `long_text` and the `long_texts` columns and before the old
/// columns are dropped.
pub(crate) fn move_to_shared(tx: &Transaction<'_>) -> Result<()> {
    for kind in RecordKind::ALL {
        let fields = long_fields(kind);
        if fields.is_empty() {
            continue;
        }
        let table = kind.table();
        let rows: Vec<(i64, String, Vec<Option<String>>)> = {
            let mut stmt = tx.prepare(&format!(
                "SELECT pk, translations, {} FROM {table}",
                fields.join(", ")
            ))?;
            stmt.query_map([], |r| {
                let mut italian = Vec::with_capacity(fields.len());
                for i in 0..fields.len() {
                    italian.push(r.get(2 + i)?);
                }
                Ok((r.get(0)?, r.get(1)?, italian))
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        let mut update = tx.prepare(&format!(
            "UPDATE {table} SET long_texts = ?2, translations = ?3 WHERE pk = ?1"
        ))?;
        for (pk, translations_json, italian) in rows {
            // Raw codes, not `Lang`s: a code this build does not know moves
            // along rather than being lost.
            let mut translations: RawTexts =
                serde_json::from_str(&translations_json).map_err(|e| {
                    Error::Import(format!("a {table} row's translations are not JSON: {e}"))
                })?;
            let mut by_field = RawTexts::new();
            for (field, text) in fields.iter().zip(italian) {
                let mut texts = translations.remove(*field).unwrap_or_default();
                if let Some(text) = text {
                    texts.insert(Lang::It.code().to_string(), text);
                }
                if !texts.is_empty() {
                    by_field.insert(field.to_string(), texts);
                }
            }
            let long = if by_field.is_empty() {
                None
            } else {
                let value = serde_json::to_string(&by_field).expect("strings serialize");
                Some(intern(tx, &value)?)
            };
            let short = serde_json::to_string(&translations).expect("strings serialize");
            update.execute(params![pk, long, short])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{SampleOptions, generate};
    use crate::store::{Catalog, ImportOptions};

    fn long_text_rows(cat: &Catalog) -> i64 {
        cat.conn
            .query_row("SELECT count(*) FROM long_text", [], |r| r.get(0))
            .unwrap()
    }

    /// Two services with the same texts share one row; the texts read back
    /// whole, in Italian and translated; a text goes when its last record
    /// stops pointing at it, and not before.
    #[test]
    fn the_same_texts_are_stored_once_and_dropped_with_their_last_record() {
        let mut data = generate(SampleOptions {
            services: 12,
            associations: 2,
            ..SampleOptions::default()
        });
        let template = data.services[0].clone();
        let (first, second) = (data.services[1].id.clone(), data.services[2].id.clone());
        for s in &mut data.services[1..3] {
            s.description = "Corso gratuito di italiano per adulti.".into();
            s.eligibility_description = Some("Dai 16 anni.".into());
            s.fees_description = None;
            s.application_process = None;
            s.translations.insert(
                "description".into(),
                [(Lang::En, "Free Italian course for adults.".to_string())].into(),
            );
            for field in [
                "eligibility_description",
                "fees_description",
                "application_process",
            ] {
                s.translations.remove(field);
            }
        }
        let mut cat = Catalog::open_in_memory().unwrap();
        cat.replace_all(&data, ImportOptions::default()).unwrap();
        let shared: i64 = cat
            .conn
            .query_row(
                "SELECT count(DISTINCT long_texts) FROM service WHERE id IN (?1, ?2)",
                [&first, &second],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(shared, 1, "two services with the same texts share a row");
        for s in &data.services {
            assert_eq!(
                cat.service(&s.id).unwrap().as_ref(),
                Some(s),
                "{} reads back",
                s.id
            );
        }
        let hit = read::hit_texts(&cat.conn, RecordKind::Service, &first, Lang::En)
            .unwrap()
            .unwrap();
        assert_eq!(hit.body, "Corso gratuito di italiano per adulti.");
        assert_eq!(
            hit.body_translated.as_deref(),
            Some("Free Italian course for adults.")
        );

        let before = long_text_rows(&cat);
        cat.delete(RecordKind::Service, &first).unwrap();
        assert_eq!(
            long_text_rows(&cat),
            before,
            "the other service still points at it"
        );
        let mut changed = data.services[2].clone();
        changed.description = template.description.clone();
        changed.translations = template.translations.clone();
        changed.eligibility_description = template.eligibility_description.clone();
        changed.fees_description = template.fees_description.clone();
        changed.application_process = template.application_process.clone();
        cat.import(
            &crate::model::CatalogData {
                services: vec![changed.clone()],
                ..Default::default()
            },
            ImportOptions::default(),
        )
        .unwrap();
        assert_eq!(
            long_text_rows(&cat),
            before - 1,
            "its last record changed texts"
        );
        assert_eq!(cat.service(&second).unwrap(), Some(changed));
    }

    /// Schema 10 moves the long fields of an older file and keeps a
    /// translation in a language this build does not know.
    #[test]
    fn the_move_keeps_unknown_languages() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE long_text (id INTEGER PRIMARY KEY, fingerprint BLOB NOT NULL UNIQUE,
               texts TEXT NOT NULL);
             CREATE TABLE organization (pk INTEGER PRIMARY KEY, description TEXT,
               translations TEXT NOT NULL, long_texts INTEGER);
             CREATE TABLE service (pk INTEGER PRIMARY KEY, description TEXT,
               eligibility_description TEXT, fees_description TEXT, application_process TEXT,
               translations TEXT NOT NULL, long_texts INTEGER);
             CREATE TABLE learning_resource (pk INTEGER PRIMARY KEY, description TEXT,
               translations TEXT NOT NULL, long_texts INTEGER);
             CREATE TABLE cultural_experience (pk INTEGER PRIMARY KEY, description TEXT,
               kind_of_work TEXT, translations TEXT NOT NULL, long_texts INTEGER);
             INSERT INTO organization VALUES
               (1, 'Associazione', '{\"name\":{\"en\":\"Association\"},\"description\":{\"xx\":\"?\"}}', NULL),
               (2, 'Associazione', '{\"description\":{\"xx\":\"?\"}}', NULL),
               (3, NULL, '{}', NULL);",
        )
        .unwrap();
        let mut conn = conn;
        let tx = conn.transaction().unwrap();
        move_to_shared(&tx).unwrap();
        tx.commit().unwrap();
        let rows: Vec<(Option<i64>, String)> = conn
            .prepare("SELECT long_texts, translations FROM organization ORDER BY pk")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(rows[0].0, rows[1].0, "the same texts, one row");
        assert_eq!(rows[0].1, r#"{"name":{"en":"Association"}}"#);
        assert_eq!(rows[2], (None, "{}".to_string()), "no long texts, no row");
        let texts: String = conn
            .query_row("SELECT json(texts) FROM long_text", [], |r| r.get(0))
            .unwrap();
        assert_eq!(texts, r#"{"description":{"it":"Associazione","xx":"?"}}"#);
    }
}
