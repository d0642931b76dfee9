//! Schema migrations of the catalog file.
//!
//! `PRAGMA user_version` holds the schema version. Each migration runs in the
//! same transaction as the version bump, so a crash never leaves a half
//! migrated file. Migrations that change how records are indexed ask for a
//! search-index rebuild, done in Rust after the SQL ran.

/// One step from `version - 1` to `version`: the record tables' SQL here,
/// then the search tables' own step (`crate::search::schema`), in one
/// transaction.
pub(crate) struct Migration {
    pub version: u32,
    pub sql: &'static str,
    /// Rust run right after `sql`, in the same transaction, for a step SQL
    /// alone cannot take.
    pub then: Option<fn(&rusqlite::Transaction<'_>) -> crate::error::Result<()>>,
    /// The derived search tables must be rebuilt from the records.
    pub rebuild_search: bool,
}

pub(crate) const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: V1,
        then: None,
        rebuild_search: false,
    },
    // 2 and 3 added search tables only (trigram, then names).
    Migration {
        version: 2,
        sql: "",
        then: None,
        rebuild_search: true,
    },
    Migration {
        version: 3,
        sql: "",
        then: None,
        rebuild_search: true,
    },
    Migration {
        version: 4,
        sql: super::changes::V4_SYNC_STATE,
        then: None,
        rebuild_search: false,
    },
    Migration {
        version: 5,
        sql: V5,
        then: None,
        rebuild_search: true,
    },
    Migration {
        version: 6,
        sql: V6,
        then: None,
        rebuild_search: false,
    },
    Migration {
        version: 7,
        sql: V7,
        then: None,
        rebuild_search: false,
    },
    Migration {
        version: 8,
        sql: V8,
        then: None,
        rebuild_search: false,
    },
    // 9 added a search column (one row for the same place) and what a
    // place's type puts into the names index.
    Migration {
        version: 9,
        sql: "",
        then: None,
        rebuild_search: true,
    },
    Migration {
        version: 10,
        sql: V10,
        then: Some(v10_move_long_texts),
        rebuild_search: false,
    },
    // 11: content hashes as 32 bytes, not 64 hex digits; long texts
    // indexed once (a search step).
    Migration {
        version: 11,
        sql: V11,
        then: None,
        rebuild_search: true,
    },
    Migration {
        version: 12,
        sql: V12,
        then: None,
        rebuild_search: false,
    },
];

pub const CURRENT_VERSION: u32 = 12;

/// Documents a service asks for that no term names, in the publisher's
/// words (`Service::other_documents`); earlier services had none. Beside
/// `required_document`, whose rows are taxonomy term ids.
const V12: &str = r#"
CREATE TABLE other_document (
    service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    document   TEXT NOT NULL, -- free text, Italian
    position   INTEGER NOT NULL,
    PRIMARY KEY (service_id, document)
) WITHOUT ROWID;
"#;

/// Content hashes stored as their 32 bytes (`unhex` on write, `hex` on
/// read: callers still see hex). Column types stay as declared: SQLite
/// keeps a blob in a TEXT column as it is.
const V11: &str = r#"
UPDATE organization SET content_hash = unhex(content_hash);
UPDATE service SET content_hash = unhex(content_hash);
UPDATE learning_resource SET content_hash = unhex(content_hash);
UPDATE report_summary SET content_hash = unhex(content_hash);
UPDATE news_item SET content_hash = unhex(content_hash);
UPDATE cultural_experience SET content_hash = unhex(content_hash);
"#;

/// The HSDS 3.0 core tables plus the Italy profile.
const V1: &str = r#"
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE organization (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    description  TEXT,
    email        TEXT,
    website      TEXT,
    sample       INTEGER NOT NULL,
    updated_at   TEXT NOT NULL,
    content_hash TEXT NOT NULL
);

-- Italy profile: an organization that is a migrant association.
CREATE TABLE association (
    organization_id TEXT PRIMARY KEY REFERENCES organization(id) ON DELETE CASCADE,
    community       TEXT,
    nationalities   TEXT NOT NULL, -- comma-separated ISO 3166-1 alpha-2
    activities      TEXT NOT NULL, -- comma-separated taxonomy ids
    region_code     TEXT
) WITHOUT ROWID;

CREATE TABLE service (
    pk                      INTEGER PRIMARY KEY,
    id                      TEXT NOT NULL UNIQUE,
    organization_id         TEXT NOT NULL REFERENCES organization(id),
    name                    TEXT NOT NULL,
    alternate_name          TEXT,
    description             TEXT NOT NULL,
    url                     TEXT,
    email                   TEXT,
    status                  TEXT NOT NULL CHECK (status IN ('active','inactive','defunct','temporarily closed')),
    eligibility_description TEXT,
    fees_description        TEXT,
    application_process     TEXT,
    assured_date            TEXT,
    area                    TEXT NOT NULL, -- taxonomy term id (one of the 7 areas)
    free                    INTEGER NOT NULL,
    opening_hours           TEXT,          -- OSM opening_hours syntax
    sample                  INTEGER NOT NULL,
    updated_at              TEXT NOT NULL,
    content_hash            TEXT NOT NULL
);
CREATE INDEX service_organization ON service(organization_id);

CREATE TABLE location (
    pk              INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    organization_id TEXT REFERENCES organization(id) ON DELETE CASCADE,
    name            TEXT,
    latitude        REAL NOT NULL,
    longitude       REAL NOT NULL,
    comune_istat    TEXT
);
CREATE INDEX location_organization ON location(organization_id);

CREATE TABLE address (
    location_id    TEXT PRIMARY KEY REFERENCES location(id) ON DELETE CASCADE,
    address_1      TEXT NOT NULL,
    city           TEXT NOT NULL,
    postal_code    TEXT,
    state_province TEXT,
    country        TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE service_at_location (
    service_id  TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    location_id TEXT NOT NULL REFERENCES location(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    PRIMARY KEY (service_id, location_id)
) WITHOUT ROWID;
CREATE INDEX service_at_location_location ON service_at_location(location_id);

CREATE TABLE phone (
    id              TEXT PRIMARY KEY,
    service_id      TEXT REFERENCES service(id) ON DELETE CASCADE,
    organization_id TEXT REFERENCES organization(id) ON DELETE CASCADE,
    number          TEXT NOT NULL,
    description     TEXT,
    position        INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX phone_service ON phone(service_id);
CREATE INDEX phone_organization ON phone(organization_id);

CREATE TABLE language (
    service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    code       TEXT NOT NULL, -- ISO 639-1
    position   INTEGER NOT NULL,
    PRIMARY KEY (service_id, code)
) WITHOUT ROWID;

CREATE TABLE required_document (
    service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    document   TEXT NOT NULL, -- taxonomy term id
    position   INTEGER NOT NULL,
    PRIMARY KEY (service_id, document)
) WITHOUT ROWID;

CREATE TABLE service_area (
    service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE,
    istat_code TEXT NOT NULL, -- region (2 digits), province (3) or comune (6)
    position   INTEGER NOT NULL,
    PRIMARY KEY (service_id, istat_code)
) WITHOUT ROWID;

CREATE TABLE taxonomy_term (
    id          TEXT PRIMARY KEY,
    taxonomy    TEXT NOT NULL, -- area, target_group, document, resource_kind, activity, community
    name        TEXT NOT NULL
) WITHOUT ROWID;

-- HSDS attribute: links a record to a taxonomy term (target groups).
CREATE TABLE attribute (
    link_id          TEXT NOT NULL,
    link_entity      TEXT NOT NULL,
    taxonomy_term_id TEXT NOT NULL REFERENCES taxonomy_term(id),
    position         INTEGER NOT NULL,
    PRIMARY KEY (link_entity, link_id, taxonomy_term_id)
) WITHOUT ROWID;

-- Italy profile: per-field translations (HSDS has none).
CREATE TABLE translation (
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    field     TEXT NOT NULL,
    lang      TEXT NOT NULL,
    text      TEXT NOT NULL,
    PRIMARY KEY (entity, entity_id, field, lang)
) WITHOUT ROWID;

CREATE TABLE learning_resource (
    pk                    INTEGER PRIMARY KEY,
    id                    TEXT NOT NULL UNIQUE,
    kind                  TEXT NOT NULL,
    title                 TEXT NOT NULL,
    description           TEXT NOT NULL,
    levels                TEXT NOT NULL, -- comma-separated CEFR levels
    instruction_languages TEXT NOT NULL,
    free                  INTEGER NOT NULL,
    works_offline         INTEGER NOT NULL,
    url                   TEXT,
    organization_id       TEXT,
    location_id           TEXT REFERENCES location(id),
    opening_hours         TEXT,
    sample                INTEGER NOT NULL,
    updated_at            TEXT NOT NULL,
    content_hash          TEXT NOT NULL
);

CREATE TABLE report_summary (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    topic        TEXT NOT NULL,
    community    TEXT,
    year         INTEGER NOT NULL,
    title        TEXT NOT NULL,
    summary      TEXT NOT NULL,
    sections     TEXT NOT NULL, -- JSON array
    sample       INTEGER NOT NULL,
    updated_at   TEXT NOT NULL,
    content_hash TEXT NOT NULL
);

CREATE TABLE news_item (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    date         TEXT NOT NULL,
    title        TEXT NOT NULL,
    body         TEXT NOT NULL,
    sample       INTEGER NOT NULL,
    updated_at   TEXT NOT NULL,
    content_hash TEXT NOT NULL
);
"#;

/// The portal's other areas: cultural experiences (their own table),
/// second-generation associations (a flag and themes on the association
/// profile), international-protection projects (a profile of the service),
/// and the topics (cultural section, second-generation theme) search filters
/// by. The search tables are rebuilt so associations get their topics.
const V5: &str = r#"
CREATE TABLE cultural_experience (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    section      TEXT NOT NULL, -- taxonomy culture_section
    name         TEXT NOT NULL,
    description  TEXT NOT NULL,
    kind_of_work TEXT NOT NULL,
    comune_istat TEXT NOT NULL,
    latitude     REAL NOT NULL,
    longitude    REAL NOT NULL,
    address      TEXT,
    languages    TEXT NOT NULL, -- comma-separated ISO 639-1
    website      TEXT,
    email        TEXT,
    phone        TEXT,
    sample       INTEGER NOT NULL,
    updated_at   TEXT NOT NULL,
    content_hash TEXT NOT NULL
);

ALTER TABLE association ADD COLUMN second_generation INTEGER NOT NULL DEFAULT 0;
ALTER TABLE association ADD COLUMN themes TEXT NOT NULL DEFAULT ''; -- comma-separated g2_theme ids

CREATE TABLE protection_project (
    service_id    TEXT PRIMARY KEY REFERENCES service(id) ON DELETE CASCADE,
    who_may_apply TEXT NOT NULL, -- comma-separated protection_status ids
    referral      TEXT NOT NULL, -- taxonomy referral
    places        INTEGER
) WITHOUT ROWID;
"#;

/// Translations move onto their record's row, as one JSON value (field →
/// language code → text); search rows keep fingerprints of what they
/// indexed. A row per text made 200k rows of 16k records,
/// each repeating its record's key: a first load spent a tenth of its time
/// on them, and a record read them back with one more lookup.
const V6: &str = r#"
ALTER TABLE organization ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE service ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE learning_resource ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE report_summary ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE news_item ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE cultural_experience ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';

CREATE TEMP TABLE translations_by_record AS
  SELECT entity, entity_id, json_group_object(field, json(texts)) AS translations
  FROM (SELECT entity, entity_id, field, json_group_object(lang, text) AS texts
        FROM translation GROUP BY entity, entity_id, field)
  GROUP BY entity, entity_id;
CREATE INDEX temp.translations_by_record_key ON translations_by_record(entity, entity_id);

UPDATE organization SET translations = t.translations FROM temp.translations_by_record t
  WHERE t.entity = 'organization' AND t.entity_id = organization.id;
UPDATE service SET translations = t.translations FROM temp.translations_by_record t
  WHERE t.entity = 'service' AND t.entity_id = service.id;
UPDATE learning_resource SET translations = t.translations FROM temp.translations_by_record t
  WHERE t.entity = 'learning_resource' AND t.entity_id = learning_resource.id;
UPDATE report_summary SET translations = t.translations FROM temp.translations_by_record t
  WHERE t.entity = 'report_summary' AND t.entity_id = report_summary.id;
UPDATE news_item SET translations = t.translations FROM temp.translations_by_record t
  WHERE t.entity = 'news_item' AND t.entity_id = news_item.id;
UPDATE cultural_experience SET translations = t.translations FROM temp.translations_by_record t
  WHERE t.entity = 'cultural_experience' AND t.entity_id = cultural_experience.id;

DROP TABLE temp.translations_by_record;
DROP TABLE translation;
"#;

/// How precisely a location was placed, and the official source a record
/// was derived from (`catalog::provenance`). Every earlier location was
/// placed at its address; earlier records came from the portal's editors
/// or the sample.
const V7: &str = r#"
ALTER TABLE location ADD COLUMN precision TEXT NOT NULL DEFAULT 'address'; -- address | postcode | comune
ALTER TABLE organization ADD COLUMN source TEXT; -- provenance::SOURCES key; NULL: the portal's
ALTER TABLE service ADD COLUMN source TEXT;
ALTER TABLE learning_resource ADD COLUMN source TEXT;
"#;

/// The kind of place a service is, where its source says so
/// (`provenance::ServiceKind`); earlier services came without one.
const V8: &str = r#"
ALTER TABLE service ADD COLUMN kind TEXT; -- provenance::ServiceKind::as_str; NULL: not stated
"#;

/// Long texts are stored once (`store::texts`): their table, and each
/// record table's pointer to its texts.
const V10: &str = r#"
CREATE TABLE long_text (
    id          INTEGER PRIMARY KEY,
    fingerprint BLOB NOT NULL UNIQUE, -- the first 16 bytes of the sha256 of texts (as JSON text)
    texts       BLOB NOT NULL         -- JSONB: field -> language code ("it" too) -> text
);
ALTER TABLE service ADD COLUMN long_texts INTEGER REFERENCES long_text(id);
ALTER TABLE organization ADD COLUMN long_texts INTEGER REFERENCES long_text(id);
ALTER TABLE learning_resource ADD COLUMN long_texts INTEGER REFERENCES long_text(id);
ALTER TABLE cultural_experience ADD COLUMN long_texts INTEGER REFERENCES long_text(id);
-- For dropping the texts nobody points at (store::texts::drop_unused).
CREATE INDEX service_long_texts ON service(long_texts);
CREATE INDEX organization_long_texts ON organization(long_texts);
CREATE INDEX learning_resource_long_texts ON learning_resource(long_texts);
CREATE INDEX cultural_experience_long_texts ON cultural_experience(long_texts);
"#;

/// The long fields move into `long_text`, then their columns go.
fn v10_move_long_texts(tx: &rusqlite::Transaction<'_>) -> crate::error::Result<()> {
    super::texts::move_to_shared(tx)?;
    tx.execute_batch(
        "ALTER TABLE service DROP COLUMN description;
         ALTER TABLE service DROP COLUMN eligibility_description;
         ALTER TABLE service DROP COLUMN fees_description;
         ALTER TABLE service DROP COLUMN application_process;
         ALTER TABLE organization DROP COLUMN description;
         ALTER TABLE learning_resource DROP COLUMN description;
         ALTER TABLE cultural_experience DROP COLUMN description;
         ALTER TABLE cultural_experience DROP COLUMN kind_of_work;",
    )?;
    Ok(())
}
