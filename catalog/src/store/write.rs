//! Writing records into the record tables, in one of two modes
//! ([`Tables`]): into tables just emptied (a snapshot, `replace_all`: no
//! lookups, no deletes first), or into tables that may hold the records (a
//! delta, `import`): then each part of a record (lists, phones, address,
//! association and project profiles) is compared with what is stored and
//! written only if it differs, since a commit's cost is the pages it
//! writes and an edit rarely touches most of a record. Translations are one
//! JSON value on the record's row (schema 6). Each written record yields a
//! `DocChange` that `search::tables` applies after all the records (a
//! renamed organization re-indexes its services, whose documents carry its
//! name); [`Tally`] reports the rows written, then indexed.

use std::cell::Cell;
use std::collections::HashSet;

use rusqlite::{OptionalExtension, Transaction, params};

use super::changes::ApplyProgress;
use super::texts::{self, short_translations_json};
use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::{
    Address, CatalogData, CulturalExperience, LearningResource, Location, NewsItem, Organization,
    Phone, ReportSummary, Service, Translations,
};
use crate::record::{RecordKind, RecordRef};
use crate::search::doc::SearchDoc;
use crate::search::tables::{self as search_tables, DocChange};
use crate::taxonomy::{TAXONOMIES, Taxonomy};

pub(crate) use crate::record::content_hash;

pub(crate) fn seed_taxonomy(tx: &Transaction<'_>) -> Result<()> {
    let tax = Taxonomy::bundled();
    let mut stmt =
        tx.prepare("INSERT OR REPLACE INTO taxonomy_term(id, taxonomy, name) VALUES (?1, ?2, ?3)")?;
    for name in TAXONOMIES {
        for term in tax.terms(name) {
            stmt.execute(params![
                format!("{name}:{}", term.id),
                name,
                term.name(Lang::It)
            ])?;
        }
    }
    Ok(())
}

/// Empties every record and search table, before a full load.
pub(crate) fn clear(tx: &Transaction<'_>) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM attribute; DELETE FROM language;
         DELETE FROM required_document; DELETE FROM other_document;
         DELETE FROM service_area; DELETE FROM phone;
         DELETE FROM service_at_location; DELETE FROM address; DELETE FROM learning_resource;
         DELETE FROM service; DELETE FROM association; DELETE FROM location;
         DELETE FROM organization; DELETE FROM report_summary; DELETE FROM news_item;
         DELETE FROM protection_project; DELETE FROM cultural_experience;
         DELETE FROM long_text;",
    )?;
    search_tables::clear(tx)
}

/// Whether the tables may already hold rows of the records being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tables {
    /// Just emptied (a snapshot, a replace): nothing to look up or delete
    /// first, which is most of a first load's statements.
    Empty,
    /// Records may exist: what did not change is left in place, so a
    /// delta writes the pages of what it changes and not the rest (the
    /// pages written are what a commit and its checkpoint cost).
    MayHold,
}

/// Counts the records of a batch as they are written, then as their search
/// entries are, and reports the count about a hundred times in all: a first
/// load takes over a second on a 2-core laptop, longer on a slower phone,
/// and its progress bar should move.
pub(crate) struct Tally<'a> {
    report: &'a dyn Fn(ApplyProgress),
    now: Cell<ApplyProgress>,
    step: usize,
}

impl<'a> Tally<'a> {
    pub(crate) fn new(total: usize, report: &'a dyn Fn(ApplyProgress)) -> Tally<'a> {
        Tally {
            report,
            now: Cell::new(ApplyProgress {
                total,
                ..ApplyProgress::default()
            }),
            step: (total / 100).max(1),
        }
    }

    /// A tally nobody reads (imports, rebuilds).
    pub(crate) fn silent() -> Tally<'static> {
        fn ignore(_: ApplyProgress) {}
        Tally::new(0, &ignore)
    }

    fn count(&self, counter: fn(&mut ApplyProgress) -> &mut usize) {
        let mut now = self.now.get();
        let total = now.total;
        let n = counter(&mut now);
        *n = (*n + 1).min(total);
        let report = n.is_multiple_of(self.step);
        self.now.set(now);
        if report {
            (self.report)(now);
        }
    }

    pub(crate) fn written(&self) {
        self.count(|p| &mut p.written);
    }
}

impl search_tables::Progress for Tally<'_> {
    fn indexed(&self) {
        self.count(|p| &mut p.indexed);
    }

    /// Everything is written and indexed (what is left is the commit).
    fn finish(&self) {
        let now = self.now.get();
        let done = ApplyProgress {
            written: now.total,
            indexed: now.total,
            ..now
        };
        self.now.set(done);
        if done != now {
            (self.report)(done);
        }
    }
}

/// One batch of writes: the mode, and the locations written so far
/// (services share them with their organizations and with each other).
struct Batch<'a, 'tx> {
    tx: &'a Transaction<'tx>,
    tables: Tables,
    locations_written: HashSet<String>,
}

impl Batch<'_, '_> {
    fn may_hold(&self) -> bool {
        self.tables == Tables::MayHold
    }
}

pub(crate) fn upsert_all(
    tx: &Transaction<'_>,
    data: &CatalogData,
    tables: Tables,
    tally: &Tally<'_>,
) -> Result<()> {
    // Every kind by name: a new one is a compile error here until handled.
    let CatalogData {
        organizations,
        services,
        learning_resources,
        reports,
        news,
        cultural_experiences,
    } = data;
    let mut batch = Batch {
        tx,
        tables,
        locations_written: HashSet::new(),
    };
    let mut changes = Vec::with_capacity(data.len());
    // A service's search document holds its organization's name: services
    // of a renamed organization that this batch does not carry are
    // indexed again with the new name.
    let mut renamed = Vec::new();
    for o in organizations {
        if batch.may_hold() {
            let before: Option<String> = tx
                .prepare_cached("SELECT name FROM organization WHERE id = ?1")?
                .query_row([&o.id], |r| r.get(0))
                .optional()?;
            if before.is_some_and(|name| name != o.name) {
                renamed.push(o);
            }
        }
        changes.push(upsert_organization(&mut batch, o)?);
        tally.written();
    }
    for s in services {
        changes.push(upsert_service(&mut batch, s)?);
        tally.written();
    }
    let in_batch: HashSet<&str> = services.iter().map(|s| s.id.as_str()).collect();
    for o in renamed {
        let services: Vec<String> = tx
            .prepare_cached("SELECT id FROM service WHERE organization_id = ?1 ORDER BY id")?
            .query_map([&o.id], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        for id in services {
            if in_batch.contains(id.as_str()) {
                continue;
            }
            if let Some(s) = super::read::service(tx, &id)? {
                changes.push(DocChange::Index(Box::new(SearchDoc::for_service(
                    &s,
                    Some(&o.name),
                ))));
            }
        }
    }
    for r in learning_resources {
        changes.push(upsert_learning_resource(&mut batch, r)?);
        tally.written();
    }
    for r in reports {
        changes.push(upsert_report(&batch, r)?);
        tally.written();
    }
    for n in news {
        changes.push(upsert_news(&batch, n)?);
        tally.written();
    }
    for c in cultural_experiences {
        changes.push(upsert_cultural_experience(&batch, c)?);
        tally.written();
    }
    texts::link_documents(tx, &mut changes)?;
    search_tables::apply(
        tx,
        changes,
        tables == Tables::Empty,
        &|id| texts::value_by_id(tx, id),
        tally,
    )
}

fn bool_int(b: bool) -> i64 {
    i64::from(b)
}

/// The id of a record's long texts in `long_text` (`store::texts`), or
/// `None` when it has none.
fn long_texts_id(
    tx: &Transaction<'_>,
    italian: &[(&str, Option<&str>)],
    translations: &Translations,
) -> Result<Option<i64>> {
    texts::value_of(italian, translations)
        .map(|value| texts::intern(tx, &value))
        .transpose()
}

/// The `translations` column of a record: JSON, field → language code →
/// text. One value on the record's own row rather than a row per text: a
/// first load writes 16k values instead of 200k rows, and a record reads
/// back with one lookup less.
fn translations_json(t: &Translations) -> String {
    serde_json::to_string(t).expect("strings serialize")
}

/// Replaces the ordered values of a list table (`language`,
/// `service_area`, ...) for one owner, unless they are the same already.
fn write_list(
    batch: &Batch<'_, '_>,
    table: &str,
    column: &str,
    owner: &str,
    values: impl ExactSizeIterator<Item = String> + Clone,
) -> Result<()> {
    let tx = batch.tx;
    let (owner_filter, owner_columns, owner_values) = if table == "attribute" {
        (
            "link_entity = 'service' AND link_id = ?1",
            "link_entity, link_id",
            "'service', ?1",
        )
    } else {
        ("service_id = ?1", "service_id", "?1")
    };
    if batch.may_hold() {
        let current: Vec<String> = tx
            .prepare_cached(&format!(
                "SELECT {column} FROM {table} WHERE {owner_filter} ORDER BY position"
            ))?
            .query_map([owner], |r| r.get(0))?
            .collect::<Result<_, _>>()?;
        if current.len() == values.len() && current.iter().cloned().eq(values.clone()) {
            return Ok(());
        }
        tx.prepare_cached(&format!("DELETE FROM {table} WHERE {owner_filter}"))?
            .execute([owner])?;
    }
    let mut insert = tx.prepare_cached(&format!(
        "INSERT INTO {table}({owner_columns}, {column}, position) VALUES ({owner_values}, ?2, ?3)"
    ))?;
    for (i, v) in values.enumerate() {
        insert.execute(params![owner, v, i as i64])?;
    }
    Ok(())
}

fn write_location(
    batch: &mut Batch<'_, '_>,
    organization_id: Option<&str>,
    loc: &Location,
) -> Result<()> {
    let tx = batch.tx;
    // A location seen for the first time in a load into empty tables is
    // simply inserted; otherwise only what differs is written.
    let first = !batch.may_hold() && batch.locations_written.insert(loc.id.clone());
    tx.prepare_cached(
        "INSERT INTO location(id, organization_id, name, latitude, longitude, comune_istat, precision)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT(id) DO UPDATE SET
           organization_id = coalesce(excluded.organization_id, location.organization_id),
           name = excluded.name, latitude = excluded.latitude,
           longitude = excluded.longitude, comune_istat = excluded.comune_istat,
           precision = excluded.precision
         WHERE location.organization_id IS NOT coalesce(excluded.organization_id, location.organization_id)
           OR location.name IS NOT excluded.name OR location.latitude IS NOT excluded.latitude
           OR location.longitude IS NOT excluded.longitude
           OR location.comune_istat IS NOT excluded.comune_istat
           OR location.precision IS NOT excluded.precision",
    )?
    .execute(params![
        loc.id,
        organization_id,
        loc.name,
        loc.latitude,
        loc.longitude,
        loc.comune_istat,
        loc.precision.as_str()
    ])?;
    if !first {
        let current: Option<Address> = tx
            .prepare_cached(
                "SELECT address_1, city, postal_code, state_province, country
                 FROM address WHERE location_id = ?1",
            )?
            .query_row([&loc.id], |r| {
                Ok(Address {
                    address_1: r.get(0)?,
                    city: r.get(1)?,
                    postal_code: r.get(2)?,
                    state_province: r.get(3)?,
                    country: r.get(4)?,
                })
            })
            .optional()?;
        if current == loc.address {
            return Ok(());
        }
        if current.is_some() {
            tx.prepare_cached("DELETE FROM address WHERE location_id = ?1")?
                .execute([&loc.id])?;
        }
    }
    if let Some(a) = &loc.address {
        tx.prepare_cached(
            "INSERT INTO address(location_id, address_1, city, postal_code, state_province, country)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            loc.id,
            a.address_1,
            a.city,
            a.postal_code,
            a.state_province,
            a.country
        ])?;
    }
    Ok(())
}

fn write_phones(
    batch: &Batch<'_, '_>,
    owner_column: &str,
    owner: &str,
    phones: &[Phone],
) -> Result<()> {
    let tx = batch.tx;
    if batch.may_hold() {
        let current: Vec<Phone> = tx
            .prepare_cached(&format!(
                "SELECT id, number, description FROM phone WHERE {owner_column} = ?1 ORDER BY position"
            ))?
            .query_map([owner], |r| {
                Ok(Phone {
                    id: r.get(0)?,
                    number: r.get(1)?,
                    description: r.get(2)?,
                })
            })?
            .collect::<Result<_, _>>()?;
        if current == phones {
            return Ok(());
        }
        tx.prepare_cached(&format!("DELETE FROM phone WHERE {owner_column} = ?1"))?
            .execute([owner])?;
    }
    for (i, p) in phones.iter().enumerate() {
        let inserted = tx
            .prepare_cached(&format!(
                "INSERT INTO phone(id, {owner_column}, number, description, position)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(id) DO NOTHING"
            ))?
            .execute(params![p.id, owner, p.number, p.description, i as i64])?;
        if inserted == 0 {
            return Err(Error::Import(format!(
                "phone id {:?} is used by two records",
                p.id
            )));
        }
    }
    Ok(())
}

fn upsert_organization(batch: &mut Batch<'_, '_>, o: &Organization) -> Result<DocChange> {
    let tx = batch.tx;
    let long_texts = long_texts_id(
        tx,
        &[("description", o.description.as_deref())],
        &o.translations,
    )?;
    tx.prepare_cached(
        "INSERT INTO organization(id, name, email, website, sample, updated_at,
           content_hash, translations, source, long_texts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, unhex(?7), ?8, ?9, ?10)
         ON CONFLICT(id) DO UPDATE SET name = excluded.name, long_texts = excluded.long_texts,
           email = excluded.email, website = excluded.website, sample = excluded.sample,
           updated_at = excluded.updated_at, content_hash = excluded.content_hash,
           translations = excluded.translations, source = excluded.source",
    )?
    .execute(params![
        o.id,
        o.name,
        o.email,
        o.website,
        bool_int(o.sample),
        o.updated_at,
        content_hash(o),
        short_translations_json(&o.translations, RecordKind::Organization),
        o.source,
        long_texts
    ])?;
    write_phones(batch, "organization_id", &o.id, &o.phones)?;
    let old_locations: Vec<String> = if batch.may_hold() {
        let mut stmt = tx.prepare_cached("SELECT id FROM location WHERE organization_id = ?1")?;
        stmt.query_map([&o.id], |r| r.get(0))?
            .collect::<Result<_, _>>()?
    } else {
        Vec::new()
    };
    for l in &o.locations {
        write_location(batch, Some(&o.id), l)?;
    }
    for old in old_locations {
        if !o.locations.iter().any(|l| l.id == old) {
            tx.prepare_cached(
                "DELETE FROM location WHERE id = ?1 AND id NOT IN (SELECT location_id FROM service_at_location)",
            )?
            .execute([&old])?;
        }
    }
    let profile = o.association.as_ref().map(|a| {
        (
            a.community.clone(),
            a.nationalities.join(","),
            a.activities.join(","),
            a.region_code.clone(),
            a.second_generation,
            a.themes.join(","),
        )
    });
    let current = if batch.may_hold() {
        tx.prepare_cached(
            "SELECT community, nationalities, activities, region_code, second_generation, themes
             FROM association WHERE organization_id = ?1",
        )?
        .query_row([&o.id], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .optional()?
    } else {
        None
    };
    if current != profile {
        if current.is_some() {
            tx.prepare_cached("DELETE FROM association WHERE organization_id = ?1")?
                .execute([&o.id])?;
        }
        if let Some((community, nationalities, activities, region, g2, themes)) = &profile {
            tx.prepare_cached(
                "INSERT INTO association(organization_id, community, nationalities, activities,
                   region_code, second_generation, themes)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                o.id,
                community,
                nationalities,
                activities,
                region,
                bool_int(*g2),
                themes
            ])?;
        }
    }
    if o.association.is_some() {
        Ok(DocChange::Index(Box::new(SearchDoc::for_association(o))))
    } else {
        Ok(DocChange::Remove(RecordKind::Organization, o.id.clone()))
    }
}

fn upsert_service(batch: &mut Batch<'_, '_>, s: &Service) -> Result<DocChange> {
    let tx = batch.tx;
    let org_known: bool = tx
        .prepare_cached("SELECT EXISTS(SELECT 1 FROM organization WHERE id = ?1)")?
        .query_row([&s.organization_id], |r| r.get(0))?;
    if !org_known {
        return Err(crate::validate::ValidationError {
            entity: "service",
            id: s.id.clone(),
            field: "organization_id".into(),
            reason: format!("no organization with id {:?}", s.organization_id),
        }
        .into());
    }
    // organization_id is set apart, and only when it changed: a column in
    // the SET list rewrites its index entry even with the same value.
    let long_texts = long_texts_id(
        tx,
        &[
            ("description", Some(s.description.as_str())),
            (
                "eligibility_description",
                s.eligibility_description.as_deref(),
            ),
            ("fees_description", s.fees_description.as_deref()),
            ("application_process", s.application_process.as_deref()),
        ],
        &s.translations,
    )?;
    tx.prepare_cached(
        "INSERT INTO service(id, organization_id, name, alternate_name, url, email, status,
           assured_date, area, free, opening_hours, sample, updated_at, content_hash, translations,
           source, kind, long_texts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, unhex(?14), ?15, ?16, ?17, ?18)
         ON CONFLICT(id) DO UPDATE SET
           name = excluded.name, translations = excluded.translations,
           alternate_name = excluded.alternate_name, long_texts = excluded.long_texts,
           url = excluded.url, email = excluded.email, status = excluded.status,
           assured_date = excluded.assured_date,
           area = excluded.area, free = excluded.free, opening_hours = excluded.opening_hours,
           sample = excluded.sample, updated_at = excluded.updated_at,
           content_hash = excluded.content_hash, source = excluded.source, kind = excluded.kind",
    )?
    .execute(params![
        s.id,
        s.organization_id,
        s.name,
        s.alternate_name,
        s.url,
        s.email,
        s.status.as_str(),
        s.assured_date,
        s.area,
        bool_int(s.free),
        s.opening_hours,
        bool_int(s.sample),
        s.updated_at,
        content_hash(s),
        short_translations_json(&s.translations, RecordKind::Service),
        s.source,
        s.kind.map(|k| k.as_str()),
        long_texts
    ])?;
    let id = s.id.as_str();
    if batch.may_hold() {
        tx.prepare_cached(
            "UPDATE service SET organization_id = ?2 WHERE id = ?1 AND organization_id IS NOT ?2",
        )?
        .execute(params![id, s.organization_id])?;
    }
    write_list(batch, "language", "code", id, s.languages.iter().cloned())?;
    write_list(
        batch,
        "required_document",
        "document",
        id,
        s.required_documents.iter().cloned(),
    )?;
    write_list(
        batch,
        "other_document",
        "document",
        id,
        s.other_documents.iter().cloned(),
    )?;
    write_list(
        batch,
        "service_area",
        "istat_code",
        id,
        s.service_areas.iter().cloned(),
    )?;
    write_list(
        batch,
        "attribute",
        "taxonomy_term_id",
        id,
        s.target_groups.iter().map(|t| format!("target_group:{t}")),
    )?;
    let old_locations = if batch.may_hold() {
        locations_of_service(batch.tx, id)?
    } else {
        Vec::new()
    };
    for l in &s.locations {
        write_location(batch, Some(&s.organization_id), l)?;
    }
    write_list(
        batch,
        "service_at_location",
        "location_id",
        id,
        s.locations.iter().map(|l| l.id.clone()),
    )?;
    // Places this batch wrote (an organization's own among them) stay.
    let left: Vec<String> = old_locations
        .into_iter()
        .filter(|l| !batch.locations_written.contains(l))
        .collect();
    drop_unlinked_locations(batch.tx, &left)?;
    let project = s
        .protection_project
        .as_ref()
        .map(|p| (p.who_may_apply.join(","), p.referral.clone(), p.places));
    let current = if batch.may_hold() {
        tx.prepare_cached(
            "SELECT who_may_apply, referral, places FROM protection_project WHERE service_id = ?1",
        )?
        .query_row([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?
    } else {
        None
    };
    if current != project {
        if current.is_some() {
            tx.prepare_cached("DELETE FROM protection_project WHERE service_id = ?1")?
                .execute([id])?;
        }
        if let Some((who, referral, places)) = &project {
            tx.prepare_cached(
                "INSERT INTO protection_project(service_id, who_may_apply, referral, places)
                 VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![id, who, referral, places])?;
        }
    }
    write_phones(batch, "service_id", id, &s.phones)?;
    let organization = organization_name(tx, &s.organization_id)?;
    Ok(DocChange::Index(Box::new(SearchDoc::for_service(
        s,
        organization.as_deref(),
    ))))
}

fn organization_name(tx: &Transaction<'_>, id: &str) -> Result<Option<String>> {
    Ok(tx
        .prepare_cached("SELECT name FROM organization WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

fn upsert_learning_resource(batch: &mut Batch<'_, '_>, r: &LearningResource) -> Result<DocChange> {
    if let Some(l) = &r.location {
        write_location(batch, None, l)?;
    }
    let long_texts = long_texts_id(
        batch.tx,
        &[("description", Some(r.description.as_str()))],
        &r.translations,
    )?;
    batch.tx.prepare_cached(
        "INSERT INTO learning_resource(id, kind, title, levels, instruction_languages, free,
           works_offline, url, organization_id, location_id, opening_hours, sample, updated_at, content_hash,
           translations, source, long_texts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, unhex(?14), ?15, ?16, ?17)
         ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
           long_texts = excluded.long_texts, levels = excluded.levels,
           instruction_languages = excluded.instruction_languages, free = excluded.free,
           works_offline = excluded.works_offline, url = excluded.url,
           organization_id = excluded.organization_id, location_id = excluded.location_id,
           opening_hours = excluded.opening_hours, sample = excluded.sample,
           updated_at = excluded.updated_at, content_hash = excluded.content_hash,
           translations = excluded.translations, source = excluded.source",
    )?
    .execute(params![
            r.id, r.kind, r.title, r.levels.join(","), r.instruction_languages.join(","),
            bool_int(r.free), bool_int(r.works_offline), r.url, r.organization_id,
            r.location.as_ref().map(|l| l.id.as_str()), r.opening_hours, bool_int(r.sample),
            r.updated_at, content_hash(r),
            short_translations_json(&r.translations, RecordKind::LearningResource), r.source,
            long_texts
        ],
    )?;
    Ok(DocChange::Index(Box::new(
        SearchDoc::for_learning_resource(r),
    )))
}

fn upsert_report(batch: &Batch<'_, '_>, r: &ReportSummary) -> Result<DocChange> {
    batch.tx.prepare_cached(
        "INSERT INTO report_summary(id, topic, community, year, title, summary, sections, sample,
           updated_at, content_hash, translations)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, unhex(?10), ?11)
         ON CONFLICT(id) DO UPDATE SET topic = excluded.topic, community = excluded.community,
           year = excluded.year, title = excluded.title, summary = excluded.summary,
           sections = excluded.sections, sample = excluded.sample,
           updated_at = excluded.updated_at, content_hash = excluded.content_hash,
           translations = excluded.translations",
    )?
    .execute(params![
            r.id, r.topic, r.community, r.year, r.title, r.summary,
            serde_json::to_string(&r.sections).expect("strings serialize"),
            bool_int(r.sample), r.updated_at, content_hash(r), translations_json(&r.translations)
        ],
    )?;
    Ok(DocChange::Index(Box::new(SearchDoc::for_report(r))))
}

fn upsert_news(batch: &Batch<'_, '_>, n: &NewsItem) -> Result<DocChange> {
    batch
        .tx
        .prepare_cached(
            "INSERT INTO news_item(id, date, title, body, sample, updated_at, content_hash, translations)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, unhex(?7), ?8)
         ON CONFLICT(id) DO UPDATE SET date = excluded.date, title = excluded.title,
           body = excluded.body, sample = excluded.sample, updated_at = excluded.updated_at,
           content_hash = excluded.content_hash, translations = excluded.translations",
        )?
        .execute(params![
            n.id,
            n.date,
            n.title,
            n.body,
            bool_int(n.sample),
            n.updated_at,
            content_hash(n),
            translations_json(&n.translations)
        ])?;
    Ok(DocChange::Index(Box::new(SearchDoc::for_news(n))))
}

fn upsert_cultural_experience(batch: &Batch<'_, '_>, c: &CulturalExperience) -> Result<DocChange> {
    let long_texts = long_texts_id(
        batch.tx,
        &[
            ("description", Some(c.description.as_str())),
            ("kind_of_work", Some(c.kind_of_work.as_str())),
        ],
        &c.translations,
    )?;
    batch
        .tx
        .prepare_cached(
            "INSERT INTO cultural_experience(id, section, name, comune_istat,
           latitude, longitude, address, languages, website, email, phone, sample, updated_at,
           content_hash, translations, long_texts)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, unhex(?14), ?15, ?16)
         ON CONFLICT(id) DO UPDATE SET section = excluded.section, name = excluded.name,
           long_texts = excluded.long_texts,
           comune_istat = excluded.comune_istat, latitude = excluded.latitude,
           longitude = excluded.longitude, address = excluded.address,
           languages = excluded.languages, website = excluded.website, email = excluded.email,
           phone = excluded.phone, sample = excluded.sample, updated_at = excluded.updated_at,
           content_hash = excluded.content_hash, translations = excluded.translations",
        )?
        .execute(params![
            c.id,
            c.section,
            c.name,
            c.comune_istat,
            c.latitude,
            c.longitude,
            c.address,
            c.languages.join(","),
            c.website,
            c.email,
            c.phone,
            bool_int(c.sample),
            c.updated_at,
            content_hash(c),
            short_translations_json(&c.translations, RecordKind::CulturalExperience),
            long_texts
        ])?;
    Ok(DocChange::Index(Box::new(
        SearchDoc::for_cultural_experience(c),
    )))
}

pub(crate) fn delete_record(tx: &Transaction<'_>, kind: RecordKind, id: &str) -> Result<bool> {
    search_tables::apply(
        tx,
        vec![DocChange::Remove(kind, id.to_string())],
        false,
        &|id| texts::value_by_id(tx, id),
        &Tally::silent(),
    )?;
    let table = kind.table();
    let service_locations = if kind == RecordKind::Service {
        tx.prepare_cached("DELETE FROM attribute WHERE link_entity = 'service' AND link_id = ?1")?
            .execute([id])?;
        locations_of_service(tx, id)?
    } else {
        Vec::new()
    };
    if kind == RecordKind::Organization {
        let services: i64 = tx.query_row(
            "SELECT count(*) FROM service WHERE organization_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if services > 0 {
            return Err(Error::Import(format!(
                "organization {id:?} still has {services} services; delete them first"
            )));
        }
    }
    let deleted = tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])? > 0;
    drop_unlinked_locations(tx, &service_locations)?;
    Ok(deleted)
}

/// The places a service is at now.
fn locations_of_service(tx: &Transaction<'_>, service: &str) -> Result<Vec<String>> {
    let mut stmt =
        tx.prepare_cached("SELECT location_id FROM service_at_location WHERE service_id = ?1")?;
    let ids = stmt
        .query_map([service], |r| r.get(0))?
        .collect::<std::result::Result<_, _>>()?;
    Ok(ids)
}

/// Removes the places among `ids` that no service is at any more. A place
/// a service left would otherwise read as its organization's own (an
/// organization's places are those of its rows no service is at), and
/// the organization would change under a stored hash that says it did not.
fn drop_unlinked_locations(tx: &Transaction<'_>, ids: &[String]) -> Result<()> {
    for id in ids {
        tx.prepare_cached(
            "DELETE FROM location WHERE id = ?1
               AND id NOT IN (SELECT location_id FROM service_at_location)",
        )?
        .execute([id])?;
    }
    Ok(())
}

/// Re-derives every search row from the records (after a migration that
/// changed indexing).
pub(crate) fn rebuild_search(tx: &Transaction<'_>) -> Result<()> {
    search_tables::clear(tx)?;
    let data = super::read::read_all(tx)?;
    // A service's document carries its organization's name: look names up
    // by id (a scan per service made a rebuild quadratic).
    let org_names: std::collections::HashMap<&str, &str> = data
        .organizations
        .iter()
        .map(|o| (o.id.as_str(), o.name.as_str()))
        .collect();
    let mut changes = data
        .records()
        .filter_map(|r| {
            let doc = match r {
                RecordRef::Organization(o) => {
                    o.association.as_ref()?;
                    SearchDoc::for_association(o)
                }
                RecordRef::Service(s) => {
                    SearchDoc::for_service(s, org_names.get(s.organization_id.as_str()).copied())
                }
                RecordRef::LearningResource(r) => SearchDoc::for_learning_resource(r),
                RecordRef::ReportSummary(r) => SearchDoc::for_report(r),
                RecordRef::NewsItem(n) => SearchDoc::for_news(n),
                RecordRef::CulturalExperience(c) => SearchDoc::for_cultural_experience(c),
            };
            Some(DocChange::Index(Box::new(doc)))
        })
        .collect::<Vec<_>>();
    texts::link_documents(tx, &mut changes)?;
    search_tables::apply(
        tx,
        changes,
        true,
        &|id| texts::value_by_id(tx, id),
        &Tally::silent(),
    )
}
