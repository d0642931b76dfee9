//! Open Referral HSDS 3.0 import and export (see `catalog/HSDS.md`).
//!
//! Two forms of the same data:
//! - **JSON**: an object with `services` (compiled HSDS `service` objects,
//!   each nesting its organization, locations, phones, languages, required
//!   documents, service areas, schedules and attributes), `organizations`
//!   (compiled `organization` objects for organizations without services,
//!   e.g. associations) and `x-integra` (learning resources, report
//!   summaries, news);
//! - **Tabular Data Package**: `datapackage.json` plus one CSV per HSDS table
//!   and `x_integra_*.csv` extension resources, as files in a folder or as an
//!   in-memory [`Package`].
//!
//! Both go through one flat form (the `tables` module): export maps
//! `CatalogData` to HSDS tables, import maps tables back, so
//! `import(export(data)) == data`.
//! HSDS ids are UUIDs: Integra ids that are not are turned into
//! deterministic UUIDv5s and kept in the extension (`integra_id`).
//!
//! Import checks the HSDS structure (naming file, record and field), then
//! runs [`crate::validate::validate`]; writing into the store goes through
//! [`Catalog::import`], all or nothing.

mod details;
mod export;
mod import;
mod json;
mod report;
mod tables;
mod tabular;

pub use report::{BadRow, DryRun, ForeignTerm, Remedy, ServiceNeedingArea};

use std::collections::BTreeMap;
use std::path::Path;

use uuid::Uuid;

use crate::model::CatalogData;
use crate::store::{Catalog, ImportReport};
use crate::validate::{ValidationError, ValidationOptions};

/// A Tabular Data Package in memory: file name (relative path, `/`
/// separated) -> bytes.
pub type Package = BTreeMap<String, Vec<u8>>;

/// Version of the Integra extension written in `x-integra`.
pub const EXTENSION_VERSION: u32 = 1;

/// Prefix of the HSDS taxonomy names of Integra's vocabularies
/// (`integra:area`, `integra:target_group`, ...).
pub const TAXONOMY_PREFIX: &str = "integra:";

/// Namespace of the UUIDv5s derived from Integra ids
/// (UUIDv5 of the URL namespace and `https://integrazionemigranti.gov.it/hsds`).
pub const ID_NAMESPACE: Uuid = Uuid::from_u128(0xcc63_742f_3028_5674_8153_f935_26a3_725c);

/// How to read HSDS data that lacks what Integra needs. Every default is
/// explicit: nothing is invented unless the caller asks for it.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// Checks run on the result (`italy_bounds: false` only for foreign
    /// example data; it also turns unplaceable locations from errors into
    /// warnings, see HSDS.md).
    pub validation: ValidationOptions,
    /// Area (taxonomy id) of the services of the file that name none of
    /// Integra's areas; a service that names none and has no area here or
    /// in `area_by_service` is refused (the dry run lists them).
    pub default_area: Option<String>,
    /// Area (taxonomy id) by HSDS service id, chosen by an editor for one
    /// service: it wins over the file's own area term and over
    /// `default_area`.
    pub area_by_service: BTreeMap<String, String>,
    /// `updated_at` of records HSDS gives no date for (organizations without
    /// the extension, services without `last_modified`); without it they are
    /// an error. Typically the time of the import.
    pub default_updated_at: Option<String>,
}

/// What an import produced: the records, and what was left out or mapped
/// by a default (never silently).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Imported {
    pub data: CatalogData,
    pub warnings: Vec<String>,
}

/// Everything HSDS import and export can fail with; messages name the file,
/// the record (id or row) and the field, and are written for the editor
/// who imports the file (the command line and the web console show them
/// as they are).
#[derive(Debug, thiserror::Error)]
pub enum HsdsError {
    #[error("{file}: malformed JSON at line {line}, column {column}: {reason}")]
    Json {
        file: String,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error("{file} row {row}: malformed CSV: {reason}")]
    Csv {
        file: String,
        row: u64,
        reason: String,
    },
    #[error("{file}: {reason}")]
    File { file: String, reason: String },
    /// One row that cannot be read as Integra needs it.
    #[error("{0}")]
    Field(Box<BadRow>),
    /// The records are well-formed HSDS but fail Integra's validation.
    #[error("{at}: {source}")]
    Invalid {
        at: String,
        #[source]
        source: ValidationError,
    },
    /// Several rows cannot be imported (one alone is reported as itself).
    #[error("{}", report::list(.0))]
    Rows(Vec<BadRow>),
    /// An area chosen for the import is not one of Integra's.
    #[error("{reason}")]
    Choice { reason: String },
    #[error("cannot export {entity} {id:?}: field `{field}`: {reason}")]
    Export {
        entity: &'static str,
        id: String,
        field: String,
        reason: String,
    },
    #[error("I/O error on {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
}

impl From<HsdsError> for crate::Error {
    fn from(e: HsdsError) -> crate::Error {
        match e {
            HsdsError::Invalid { source, .. } => crate::Error::Invalid(source),
            HsdsError::Io { path, source } => crate::Error::Io { path, source },
            other => crate::Error::Import(other.to_string()),
        }
    }
}

/// `CatalogData` as one HSDS JSON document (see the module docs).
pub fn export_json(data: &CatalogData) -> Result<serde_json::Value, HsdsError> {
    Ok(json::nest(&export::to_tables(data)?))
}

/// Reads an HSDS JSON document: ours, a bare list of compiled services, or
/// an HSDS API page (`{"contents": [...]}`). `name` is used in messages.
/// Refused while any row is bad or any service lacks an area: the error
/// lists them all ([`HsdsError::Rows`]; one alone is reported as itself).
pub fn import_json(name: &str, bytes: &[u8], opts: &ImportOptions) -> Result<Imported, HsdsError> {
    read_json(name, bytes, opts)?.imported()
}

/// What [`import_json`] would do, without refusing: the records it would
/// import, its warnings, every bad row, and the services that still need
/// an area. Fails only on a file that cannot be read at all.
pub fn dry_run_json(name: &str, bytes: &[u8], opts: &ImportOptions) -> Result<DryRun, HsdsError> {
    Ok(read_json(name, bytes, opts)?.dry_run())
}

fn read_json(name: &str, bytes: &[u8], opts: &ImportOptions) -> Result<report::Mapped, HsdsError> {
    let read = json::flatten(name, bytes)?;
    import::to_catalog(read, opts)
}

/// `CatalogData` as a Tabular Data Package in memory.
pub fn export_package(data: &CatalogData) -> Result<Package, HsdsError> {
    tabular::write(&export::to_tables(data)?)
}

/// Reads a Tabular Data Package from memory. A missing or unusable
/// `datapackage.json` falls back to the HSDS file names (with a warning).
/// Refused as [`import_json`] is.
pub fn import_package(package: &Package, opts: &ImportOptions) -> Result<Imported, HsdsError> {
    import::to_catalog(tabular::read(package)?, opts)?.imported()
}

/// What [`import_package`] would do, as [`dry_run_json`] says it.
pub fn dry_run_package(package: &Package, opts: &ImportOptions) -> Result<DryRun, HsdsError> {
    Ok(import::to_catalog(tabular::read(package)?, opts)?.dry_run())
}

/// Loads a package folder into memory (its CSV and JSON files, and the
/// resources `datapackage.json` declares in subfolders).
pub fn read_package_dir(dir: impl AsRef<Path>) -> Result<Package, HsdsError> {
    tabular::read_dir(dir.as_ref())
}

/// Writes a package into a folder (created if needed).
pub fn write_package_dir(package: &Package, dir: impl AsRef<Path>) -> Result<(), HsdsError> {
    tabular::write_dir(package, dir.as_ref())
}

/// [`read_package_dir`] then [`import_package`].
pub fn import_package_dir(
    dir: impl AsRef<Path>,
    opts: &ImportOptions,
) -> Result<Imported, HsdsError> {
    import_package(&read_package_dir(dir)?, opts)
}

/// Writes imported records into the store in one transaction (the store
/// validates again first): on any error the store is left as it was.
pub fn import_into(
    catalog: &mut Catalog,
    imported: &Imported,
    opts: &ImportOptions,
) -> crate::Result<ImportReport> {
    catalog.import(
        &imported.data,
        crate::store::ImportOptions {
            validation: opts.validation,
        },
    )
}

/// The HSDS id of an Integra record: the id itself when it is already a
/// canonical (lowercase, hyphenated) UUID, else UUIDv5(`kind:id`).
pub fn hsds_id(kind: &str, id: &str) -> String {
    if is_canonical_uuid(id) {
        id.to_string()
    } else {
        derived_id(&[kind, id])
    }
}

/// A UUIDv5 for rows Integra has no id for (addresses, attributes, ...).
pub(crate) fn derived_id(parts: &[&str]) -> String {
    // Parts never contain U+001F: validation rejects control characters.
    Uuid::new_v5(&ID_NAMESPACE, parts.join("\u{1f}").as_bytes()).to_string()
}

fn is_canonical_uuid(id: &str) -> bool {
    Uuid::try_parse(id).is_ok_and(|u| u.hyphenated().to_string() == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_deterministic_uuids_and_uuids_pass_through() {
        let a = hsds_id("service", "sample-svc-0000001");
        assert_eq!(a, hsds_id("service", "sample-svc-0000001"));
        assert_ne!(a, hsds_id("organization", "sample-svc-0000001"));
        let parsed = Uuid::parse_str(&a).unwrap();
        assert_eq!(parsed.get_version_num(), 5);
        let uuid = "ac148810-d857-441c-9679-408f346de14b";
        assert_eq!(hsds_id("service", uuid), uuid);
        // Not canonical: upper case is hashed like any other id.
        assert_ne!(
            hsds_id("service", &uuid.to_uppercase()),
            uuid.to_uppercase()
        );
    }

    #[test]
    fn the_namespace_is_derived_as_documented() {
        let derived = Uuid::new_v5(
            &Uuid::NAMESPACE_URL,
            b"https://integrazionemigranti.gov.it/hsds",
        );
        assert_eq!(ID_NAMESPACE, derived);
    }

    #[test]
    fn errors_convert_into_catalog_errors() {
        let e = HsdsError::File {
            file: "services.csv".into(),
            reason: "boom".into(),
        };
        assert!(
            matches!(crate::Error::from(e), crate::Error::Import(m) if m.contains("services.csv"))
        );
    }
}
