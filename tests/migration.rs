//! A catalog file written by schema v1 opens, migrates and keeps its records.

use catalog::{Catalog, Plan, Query};
use integra_tests::{data_path, search_fixture};

const V1_FIXTURE: &str = "catalog-v1.sqlite";

/// Regenerates `tests/data/catalog-v1.sqlite` when asked to
/// (`INTEGRA_REGENERATE_FIXTURES=1 cargo test -p integra-tests --test migration`):
/// the fixture catalog, written at the current schema, then taken back to v1
/// (v2 and v3 only added the trigram and names indexes).
fn regenerate_if_asked() {
    if std::env::var_os("INTEGRA_REGENERATE_FIXTURES").is_none() {
        return;
    }
    let path = data_path(V1_FIXTURE);
    let _ = std::fs::remove_file(&path);
    {
        let mut catalog = Catalog::open(&path).unwrap();
        catalog
            .import(&search_fixture(), Default::default())
            .unwrap();
    }
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch(
        "DROP TABLE search_trigram; DROP TABLE search_names; PRAGMA user_version = 1; PRAGMA journal_mode = DELETE; VACUUM;",
    )
    .unwrap();
}

#[test]
fn a_v1_file_migrates_to_the_current_schema_and_keeps_everything() {
    regenerate_if_asked();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.sqlite");
    std::fs::copy(data_path(V1_FIXTURE), &path).unwrap();
    let version = |p: &std::path::Path| -> u32 {
        rusqlite::Connection::open(p)
            .unwrap()
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap()
    };
    assert_eq!(version(&path), 1);

    let catalog = Catalog::open(&path).unwrap();
    assert_eq!(
        catalog.schema_version().unwrap(),
        catalog::store::CURRENT_VERSION
    );
    assert_eq!(catalog.export().unwrap(), search_fixture_sorted());
    // The v2 trigram index was built from the old records.
    let r = catalog
        .search(&Query {
            text: "ediazion".into(),
            ..Query::default()
        })
        .unwrap();
    assert_eq!(r.plan, Plan::Substring);
    assert_eq!(r.hits[0].id, "svc-ospedale-firenze");
    drop(catalog);

    // Opening again is a no-op.
    let catalog = Catalog::open(&path).unwrap();
    assert_eq!(catalog.counts().unwrap().services, 10);
}

#[test]
fn a_file_from_a_newer_app_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("catalog.sqlite");
    rusqlite::Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", 99)
        .unwrap();
    let err = Catalog::open(&path).unwrap_err();
    assert!(err.to_string().contains("schema version 99"), "{err}");
}

fn search_fixture_sorted() -> catalog::CatalogData {
    let mut data = search_fixture();
    data.organizations.sort_by(|a, b| a.id.cmp(&b.id));
    data.services.sort_by(|a, b| a.id.cmp(&b.id));
    data
}
