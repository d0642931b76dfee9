//! Reading records back as aggregates: one record by kind and id, a batch
//! of services in one read transaction, the whole catalog for an export or
//! a feed, and the texts a search hit shows (`hit_texts`, the only way
//! search sees the record tables).

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Row};

use super::Catalog;
use super::texts::LongTexts;
use crate::error::Result;
use crate::lang::Lang;
use crate::model::{
    Address, AssociationProfile, CatalogData, CulturalExperience, LearningResource, Location,
    NewsItem, Organization, Phone, ProtectionProject, ReportSummary, Service, ServiceStatus,
    Translations,
};
use crate::provenance::{Precision, ServiceKind};
use crate::record::{Record, RecordKind};
use crate::search::HitTexts;

fn split_list(s: String) -> Vec<String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// A record's `translations` column: JSON, field → language code → text.
/// Codes this build does not know are skipped (a newer catalog file).
fn translations(r: &Row<'_>, column: usize) -> Result<Translations> {
    let json = r.get_ref(column)?.as_str().map_err(rusqlite::Error::from)?;
    let mut out = Translations::new();
    texts_by_field(Some(json), column)?.into_translations(&mut out);
    Ok(out)
}

/// A record's long texts (`store::texts`), read by the last column.
fn long_texts(r: &Row<'_>, column: usize) -> Result<LongTexts> {
    let json = r
        .get_ref(column)?
        .as_str_or_null()
        .map_err(rusqlite::Error::from)?;
    texts_by_field(json, column)
}

/// Texts by field and language code, as both columns hold them.
fn texts_by_field(json: Option<&str>, column: usize) -> Result<LongTexts> {
    Ok(LongTexts::parse(json).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(column, rusqlite::types::Type::Text, e.into())
    })?)
}

fn location(conn: &Connection, id: &str) -> Result<Option<Location>> {
    let loc = conn
        .prepare_cached(
            "SELECT l.id, l.name, l.latitude, l.longitude, l.comune_istat,
                    a.address_1, a.city, a.postal_code, a.state_province, a.country, l.precision
             FROM location l LEFT JOIN address a ON a.location_id = l.id WHERE l.id = ?1",
        )?
        .query_row([id], |r| {
            let address = match r.get::<_, Option<String>>(5)? {
                Some(address_1) => Some(Address {
                    address_1,
                    city: r.get(6)?,
                    postal_code: r.get(7)?,
                    state_province: r.get(8)?,
                    country: r.get(9)?,
                }),
                None => None,
            };
            Ok(Location {
                id: r.get(0)?,
                name: r.get(1)?,
                latitude: r.get(2)?,
                longitude: r.get(3)?,
                comune_istat: r.get(4)?,
                address,
                // Written only from validated records; anything else claims
                // no more than the comune.
                precision: Precision::parse(&r.get::<_, String>(10)?).unwrap_or(Precision::Comune),
            })
        })
        .optional()?;
    Ok(loc)
}

fn phones(conn: &Connection, owner_column: &str, owner: &str) -> Result<Vec<Phone>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT id, number, description FROM phone WHERE {owner_column} = ?1 ORDER BY position"
    ))?;
    let rows = stmt.query_map([owner], |r| {
        Ok(Phone {
            id: r.get(0)?,
            number: r.get(1)?,
            description: r.get(2)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn strings(conn: &Connection, sql: &str, id: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map([id], |r| r.get(0))?;
    Ok(rows.collect::<Result<_, _>>()?)
}

fn organization_from_row(conn: &Connection, r: &Row<'_>) -> Result<Organization> {
    let id: String = r.get(0)?;
    let association = conn
        .prepare_cached(
            "SELECT community, nationalities, activities, region_code, second_generation, themes
             FROM association WHERE organization_id = ?1",
        )?
        .query_row([&id], |a| {
            Ok(AssociationProfile {
                community: a.get(0)?,
                nationalities: split_list(a.get(1)?),
                activities: split_list(a.get(2)?),
                region_code: a.get(3)?,
                second_generation: a.get(4)?,
                themes: split_list(a.get(5)?),
            })
        })
        .optional()?;
    // Locations of the organization itself, not those only its services use.
    let location_ids = strings(
        conn,
        "SELECT id FROM location WHERE organization_id = ?1
           AND id NOT IN (SELECT location_id FROM service_at_location) ORDER BY pk",
        &id,
    )?;
    let mut locations = Vec::new();
    for l in location_ids {
        locations.extend(location(conn, &l)?);
    }
    let mut long = long_texts(r, 9)?;
    let mut translations = translations(r, 7)?;
    let description = long.italian("description");
    long.into_translations(&mut translations);
    Ok(Organization {
        name: r.get(1)?,
        description,
        email: r.get(3)?,
        website: r.get(4)?,
        sample: r.get(5)?,
        updated_at: r.get(6)?,
        phones: phones(conn, "organization_id", &id)?,
        locations,
        association,
        translations,
        source: r.get(8)?,
        id,
    })
}

// Columns 2, 8-10 (organization: 2) were the long fields before schema
// 10: now NULL in their place, read from the long texts at the end.
const ORGANIZATION_COLUMNS: &str = "id, name, NULL, email, website, sample, updated_at,
    translations, source,
    (SELECT json(texts) FROM long_text WHERE long_text.id = organization.long_texts)";
const SERVICE_COLUMNS: &str = "id, organization_id, name, alternate_name, NULL, url, email, status,
    NULL, NULL, NULL, assured_date, area, free,
    opening_hours, sample, updated_at, translations, source, kind,
    (SELECT json(texts) FROM long_text WHERE long_text.id = service.long_texts)";

fn service_from_row(conn: &Connection, r: &Row<'_>) -> Result<Service> {
    let id: String = r.get(0)?;
    let status: String = r.get(7)?;
    let location_ids = strings(
        conn,
        "SELECT location_id FROM service_at_location WHERE service_id = ?1 ORDER BY position",
        &id,
    )?;
    let mut locations = Vec::new();
    for l in location_ids {
        locations.extend(location(conn, &l)?);
    }
    let protection_project = conn
        .prepare_cached(
            "SELECT who_may_apply, referral, places FROM protection_project WHERE service_id = ?1",
        )?
        .query_row([&id], |p| {
            Ok(ProtectionProject {
                who_may_apply: split_list(p.get(0)?),
                referral: p.get(1)?,
                places: p.get(2)?,
            })
        })
        .optional()?;
    let mut long = long_texts(r, 20)?;
    let mut translations = translations(r, 17)?;
    let description = long.italian("description").unwrap_or_default();
    let eligibility_description = long.italian("eligibility_description");
    let fees_description = long.italian("fees_description");
    let application_process = long.italian("application_process");
    long.into_translations(&mut translations);
    Ok(Service {
        protection_project,
        organization_id: r.get(1)?,
        name: r.get(2)?,
        alternate_name: r.get(3)?,
        description,
        url: r.get(5)?,
        email: r.get(6)?,
        status: ServiceStatus::parse(&status).unwrap_or_default(),
        eligibility_description,
        fees_description,
        application_process,
        assured_date: r.get(11)?,
        area: r.get(12)?,
        free: r.get(13)?,
        opening_hours: r.get(14)?,
        sample: r.get(15)?,
        updated_at: r.get(16)?,
        target_groups: strings(
            conn,
            "SELECT substr(taxonomy_term_id, 14) FROM attribute
             WHERE link_entity = 'service' AND link_id = ?1 ORDER BY position",
            &id,
        )?,
        languages: strings(
            conn,
            "SELECT code FROM language WHERE service_id = ?1 ORDER BY position",
            &id,
        )?,
        required_documents: strings(
            conn,
            "SELECT document FROM required_document WHERE service_id = ?1 ORDER BY position",
            &id,
        )?,
        other_documents: strings(
            conn,
            "SELECT document FROM other_document WHERE service_id = ?1 ORDER BY position",
            &id,
        )?,
        service_areas: strings(
            conn,
            "SELECT istat_code FROM service_area WHERE service_id = ?1 ORDER BY position",
            &id,
        )?,
        phones: phones(conn, "service_id", &id)?,
        locations,
        translations,
        source: r.get(18)?,
        // Written only from validated records: a name this build does not
        // know (a newer app's) explains nothing rather than fail the card.
        kind: r
            .get::<_, Option<String>>(19)?
            .and_then(|k| ServiceKind::parse(&k)),
        id,
    })
}

const LEARNING_COLUMNS: &str = "id, kind, title, NULL, levels, instruction_languages, free,
    works_offline, url, organization_id, location_id, opening_hours, sample, updated_at,
    translations, source,
    (SELECT json(texts) FROM long_text WHERE long_text.id = learning_resource.long_texts)";

fn learning_from_row(conn: &Connection, r: &Row<'_>) -> Result<LearningResource> {
    let id: String = r.get(0)?;
    let location_id: Option<String> = r.get(10)?;
    let mut long = long_texts(r, 16)?;
    let mut translations = translations(r, 14)?;
    let description = long.italian("description").unwrap_or_default();
    long.into_translations(&mut translations);
    Ok(LearningResource {
        kind: r.get(1)?,
        title: r.get(2)?,
        description,
        levels: split_list(r.get(4)?),
        instruction_languages: split_list(r.get(5)?),
        free: r.get(6)?,
        works_offline: r.get(7)?,
        url: r.get(8)?,
        organization_id: r.get(9)?,
        location: match location_id {
            Some(l) => location(conn, &l)?,
            None => None,
        },
        opening_hours: r.get(11)?,
        sample: r.get(12)?,
        updated_at: r.get(13)?,
        translations,
        source: r.get(15)?,
        id,
    })
}

const REPORT_COLUMNS: &str =
    "id, topic, community, year, title, summary, sections, sample, updated_at, translations";

fn report_from_row(_conn: &Connection, r: &Row<'_>) -> Result<ReportSummary> {
    let id: String = r.get(0)?;
    let sections: String = r.get(6)?;
    Ok(ReportSummary {
        topic: r.get(1)?,
        community: r.get(2)?,
        year: r.get(3)?,
        title: r.get(4)?,
        summary: r.get(5)?,
        sections: serde_json::from_str(&sections).unwrap_or_default(),
        sample: r.get(7)?,
        updated_at: r.get(8)?,
        translations: translations(r, 9)?,
        id,
    })
}

const CULTURE_COLUMNS: &str = "id, section, name, NULL, NULL, comune_istat,
    latitude, longitude, address, languages, website, email, phone, sample, updated_at,
    translations,
    (SELECT json(texts) FROM long_text WHERE long_text.id = cultural_experience.long_texts)";

fn culture_from_row(_conn: &Connection, r: &Row<'_>) -> Result<CulturalExperience> {
    let id: String = r.get(0)?;
    let mut long = long_texts(r, 16)?;
    let mut translations = translations(r, 15)?;
    let description = long.italian("description").unwrap_or_default();
    let kind_of_work = long.italian("kind_of_work").unwrap_or_default();
    long.into_translations(&mut translations);
    Ok(CulturalExperience {
        section: r.get(1)?,
        name: r.get(2)?,
        description,
        kind_of_work,
        comune_istat: r.get(5)?,
        latitude: r.get(6)?,
        longitude: r.get(7)?,
        address: r.get(8)?,
        languages: split_list(r.get(9)?),
        website: r.get(10)?,
        email: r.get(11)?,
        phone: r.get(12)?,
        sample: r.get(13)?,
        updated_at: r.get(14)?,
        translations,
        id,
    })
}

const NEWS_COLUMNS: &str = "id, date, title, body, sample, updated_at, translations";

fn news_from_row(_conn: &Connection, r: &Row<'_>) -> Result<NewsItem> {
    let id: String = r.get(0)?;
    Ok(NewsItem {
        date: r.get(1)?,
        title: r.get(2)?,
        body: r.get(3)?,
        sample: r.get(4)?,
        updated_at: r.get(5)?,
        translations: translations(r, 6)?,
        id,
    })
}

/// Runs `sql` (selecting the kind's columns) and builds every row.
fn collect<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    build: fn(&Connection, &Row<'_>) -> Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let mut rows = stmt.query(params)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(build(conn, row)?);
    }
    Ok(out)
}

/// The whole catalog, every list sorted by id.
pub(crate) fn read_all(conn: &Connection) -> Result<CatalogData> {
    Ok(CatalogData {
        organizations: collect(
            conn,
            &format!("SELECT {ORGANIZATION_COLUMNS} FROM organization ORDER BY id"),
            [],
            organization_from_row,
        )?,
        services: collect(
            conn,
            &format!("SELECT {SERVICE_COLUMNS} FROM service ORDER BY id"),
            [],
            service_from_row,
        )?,
        learning_resources: collect(
            conn,
            &format!("SELECT {LEARNING_COLUMNS} FROM learning_resource ORDER BY id"),
            [],
            learning_from_row,
        )?,
        reports: collect(
            conn,
            &format!("SELECT {REPORT_COLUMNS} FROM report_summary ORDER BY id"),
            [],
            report_from_row,
        )?,
        news: collect(
            conn,
            &format!("SELECT {NEWS_COLUMNS} FROM news_item ORDER BY id"),
            [],
            news_from_row,
        )?,
        cultural_experiences: collect(
            conn,
            &format!("SELECT {CULTURE_COLUMNS} FROM cultural_experience ORDER BY id"),
            [],
            culture_from_row,
        )?,
    })
}

/// One service read through a connection (a transaction, for writes).
/// What a search hit shows of a record: its Italian title and text, whether
/// it is sample data, and both in `lang` when translated.
pub(crate) fn hit_texts(
    conn: &Connection,
    kind: RecordKind,
    id: &str,
    lang: Lang,
) -> Result<Option<HitTexts>> {
    let (title_field, body_field) = match kind {
        RecordKind::Service | RecordKind::Organization | RecordKind::CulturalExperience => {
            ("name", "description")
        }
        RecordKind::LearningResource => ("title", "description"),
        RecordKind::ReportSummary => ("title", "summary"),
        RecordKind::NewsItem => ("title", "body"),
    };
    let table = kind.table();
    // One join to the record's long texts (kept as JSONB: two of its texts
    // read without parsing the others), for the kinds that have them.
    let (body, body_translated, long_texts) =
        if super::texts::long_fields(kind).contains(&body_field) {
            (
                format!("coalesce(l.texts ->> '$.{body_field}.it', '')"),
                format!("l.texts ->> ('$.{body_field}.' || ?2)"),
                "LEFT JOIN long_text l ON l.id = r.long_texts",
            )
        } else {
            (
                format!("r.{body_field}"),
                format!("json_extract(r.translations, '$.{body_field}.' || ?2)"),
                "",
            )
        };
    let sql = format!(
        "SELECT r.{title_field}, {body}, r.sample,
           json_extract(r.translations, '$.{title_field}.' || ?2), {body_translated}
         FROM {table} r {long_texts} WHERE r.id = ?1"
    );
    Ok(conn
        .prepare_cached(&sql)?
        .query_row(rusqlite::params![id, lang.code()], |r| {
            Ok(HitTexts {
                title: r.get(0)?,
                body: r.get(1)?,
                sample: r.get(2)?,
                title_translated: r.get(3)?,
                body_translated: r.get(4)?,
            })
        })
        .optional()?)
}

pub(crate) fn service(conn: &Connection, id: &str) -> Result<Option<Service>> {
    one(conn, SERVICE_COLUMNS, "service", id, service_from_row)
}

fn one<T>(
    conn: &Connection,
    columns: &str,
    table: &str,
    id: &str,
    build: fn(&Connection, &Row<'_>) -> Result<T>,
) -> Result<Option<T>> {
    Ok(collect(
        conn,
        &format!("SELECT {columns} FROM {table} WHERE id = ?1"),
        [id],
        build,
    )?
    .pop())
}

/// The `topic` of the report summary that holds the second generations'
/// manifesto (its ten points are the sections).
pub const MANIFESTO_TOPIC: &str = "manifesto";

impl Catalog {
    /// Everything in the catalog (for export and feeds), sorted by id.
    pub fn export(&self) -> Result<CatalogData> {
        read_all(&self.conn)
    }

    pub fn service(&self, id: &str) -> Result<Option<Service>> {
        service(&self.conn, id)
    }

    /// The services with these ids, in the same order (`None` for an id the
    /// catalog does not hold), read in one read transaction: a page of
    /// results never mixes two states of the file.
    pub fn services(&self, ids: &[&str]) -> Result<Vec<Option<Service>>> {
        let tx = self.conn.unchecked_transaction()?;
        let services = ids
            .iter()
            .map(|id| service(&tx, id))
            .collect::<Result<Vec<_>>>()?;
        tx.finish()?;
        Ok(services)
    }

    pub fn organization(&self, id: &str) -> Result<Option<Organization>> {
        one(
            &self.conn,
            ORGANIZATION_COLUMNS,
            "organization",
            id,
            organization_from_row,
        )
    }

    pub fn learning_resource(&self, id: &str) -> Result<Option<LearningResource>> {
        one(
            &self.conn,
            LEARNING_COLUMNS,
            "learning_resource",
            id,
            learning_from_row,
        )
    }

    pub fn report(&self, id: &str) -> Result<Option<ReportSummary>> {
        one(
            &self.conn,
            REPORT_COLUMNS,
            "report_summary",
            id,
            report_from_row,
        )
    }

    pub fn news_item(&self, id: &str) -> Result<Option<NewsItem>> {
        one(&self.conn, NEWS_COLUMNS, "news_item", id, news_from_row)
    }

    pub fn record(&self, kind: RecordKind, id: &str) -> Result<Option<Record>> {
        Ok(match kind {
            RecordKind::Service => self.service(id)?.map(|r| Record::Service(Box::new(r))),
            RecordKind::Organization => self
                .organization(id)?
                .map(|r| Record::Organization(Box::new(r))),
            RecordKind::LearningResource => self
                .learning_resource(id)?
                .map(|r| Record::LearningResource(Box::new(r))),
            RecordKind::ReportSummary => {
                self.report(id)?.map(|r| Record::ReportSummary(Box::new(r)))
            }
            RecordKind::NewsItem => self.news_item(id)?.map(|r| Record::NewsItem(Box::new(r))),
            RecordKind::CulturalExperience => self
                .cultural_experience(id)?
                .map(|r| Record::CulturalExperience(Box::new(r))),
        })
    }

    pub fn cultural_experience(&self, id: &str) -> Result<Option<CulturalExperience>> {
        one(
            &self.conn,
            CULTURE_COLUMNS,
            "cultural_experience",
            id,
            culture_from_row,
        )
    }

    /// The cultural experiences of one section (every section when `None`),
    /// by name: the Culture screen lists and maps these.
    pub fn cultural_experiences(&self, section: Option<&str>) -> Result<Vec<CulturalExperience>> {
        collect(
            &self.conn,
            &format!(
                "SELECT {CULTURE_COLUMNS} FROM cultural_experience
                 WHERE ?1 IS NULL OR section = ?1 ORDER BY name, id"
            ),
            [section],
            culture_from_row,
        )
    }

    /// The second-generation associations, by name.
    pub fn second_generation_associations(&self) -> Result<Vec<Organization>> {
        collect(
            &self.conn,
            &format!(
                "SELECT {ORGANIZATION_COLUMNS} FROM organization
                 WHERE id IN (SELECT organization_id FROM association WHERE second_generation = 1)
                 ORDER BY name, id"
            ),
            [],
            organization_from_row,
        )
    }

    /// The international-protection projects (services with a project
    /// profile), by name.
    pub fn protection_projects(&self) -> Result<Vec<Service>> {
        collect(
            &self.conn,
            &format!(
                "SELECT {SERVICE_COLUMNS} FROM service
                 WHERE id IN (SELECT service_id FROM protection_project) ORDER BY name, id"
            ),
            [],
            service_from_row,
        )
    }

    /// The second generations' manifesto (a report summary with topic
    /// [`MANIFESTO_TOPIC`], one section per point), if the catalog has one.
    pub fn manifesto(&self) -> Result<Option<ReportSummary>> {
        Ok(collect(
            &self.conn,
            &format!(
                "SELECT {REPORT_COLUMNS} FROM report_summary WHERE topic = ?1 ORDER BY id LIMIT 1"
            ),
            [MANIFESTO_TOPIC],
            report_from_row,
        )?
        .pop())
    }

    /// Every migrant association (an organization with an association
    /// profile), by name: the associations screen filters these in memory.
    pub fn associations(&self) -> Result<Vec<Organization>> {
        collect(
            &self.conn,
            &format!(
                "SELECT {ORGANIZATION_COLUMNS} FROM organization
                 WHERE id IN (SELECT organization_id FROM association) ORDER BY name, id"
            ),
            [],
            organization_from_row,
        )
    }

    /// Every Italian-learning resource, by id.
    pub fn learning_resources(&self) -> Result<Vec<LearningResource>> {
        collect(
            &self.conn,
            &format!("SELECT {LEARNING_COLUMNS} FROM learning_resource ORDER BY id"),
            [],
            learning_from_row,
        )
    }

    /// All report summaries, by id (the manifesto is not a report: see
    /// [`Catalog::manifesto`]).
    pub fn reports(&self) -> Result<Vec<ReportSummary>> {
        collect(
            &self.conn,
            &format!("SELECT {REPORT_COLUMNS} FROM report_summary WHERE topic <> ?1 ORDER BY id"),
            [MANIFESTO_TOPIC],
            report_from_row,
        )
    }

    /// News, newest first.
    pub fn news(&self) -> Result<Vec<NewsItem>> {
        collect(
            &self.conn,
            &format!("SELECT {NEWS_COLUMNS} FROM news_item ORDER BY date DESC, id"),
            [],
            news_from_row,
        )
    }

    /// Content hashes by id, for sync digests.
    pub fn content_hashes(&self) -> Result<HashMap<String, String>> {
        let mut out = HashMap::new();
        for table in [
            "organization",
            "service",
            "learning_resource",
            "report_summary",
            "news_item",
            "cultural_experience",
        ] {
            let mut stmt = self
                .conn
                .prepare(&format!("SELECT id, lower(hex(content_hash)) FROM {table}"))?;
            let rows =
                stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
            for row in rows {
                let (id, hash) = row?;
                out.insert(format!("{table}:{id}"), hash);
            }
        }
        Ok(out)
    }
}
