//! Shared helpers of the cross-crate tests: fixtures under `tests/data/`,
//! (`app_support`) the built binaries and the servers they start,
//! (`hsds_support`) the HSDS schemas and files, (`pg_support`) a throwaway
//! PostgreSQL server, (`nginx`) Debian's nginx on loopback, and
//! (`cluster_support`) the portal on PostgreSQL behind nginx.

pub mod app_support;
pub mod cluster_support;
pub mod hsds_support;
pub mod nginx;
pub mod pg_support;

use std::path::PathBuf;

use catalog::sample::{SampleOptions, generate};
use catalog::{Catalog, CatalogData, ImportOptions};

/// `tests/data/<name>`.
pub fn data_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(name)
}

/// The small hand-written catalog the search tables are written against.
pub fn search_fixture() -> CatalogData {
    let text = std::fs::read_to_string(data_path("search-fixture.json")).expect("fixture exists");
    serde_json::from_str(&text).expect("fixture parses")
}

pub fn fixture_catalog() -> Catalog {
    let mut catalog = Catalog::open_in_memory().expect("in-memory catalog");
    catalog
        .import(&search_fixture(), ImportOptions::default())
        .expect("fixture imports");
    catalog
}

/// The full 8k sample catalog, as the app builds it.
pub fn sample_catalog() -> Catalog {
    let mut catalog = Catalog::open_in_memory().expect("in-memory catalog");
    catalog
        .replace_all(
            &generate(SampleOptions::default()),
            ImportOptions::default(),
        )
        .expect("sample imports");
    catalog
}
