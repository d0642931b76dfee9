//! Catalog files written by earlier schemas open, migrate and keep their
//! records.
//!
//! `tests/data/catalog-v<N>.sqlite` is the search fixture as schema N wrote
//! it. A fixture is never rewritten: it stands for the files of users who
//! installed that version. When a schema version is released, its fixture
//! is added (`INTEGRA_WRITE_FIXTURE=1 cargo test -p integra-tests --test
//! migration` writes the current version's, if it is missing), and the next
//! migration is then tested from it.

use catalog::{Catalog, Plan, Query};
use integra_tests::{data_path, search_fixture};

/// The committed fixtures, oldest first.
const FIXTURES: [(u32, &str); 12] = [
    (1, "catalog-v1.sqlite"),
    (2, "catalog-v2.sqlite"),
    (3, "catalog-v3.sqlite"),
    (4, "catalog-v4.sqlite"),
    (5, "catalog-v5.sqlite"),
    (6, "catalog-v6.sqlite"),
    (7, "catalog-v7.sqlite"),
    (8, "catalog-v8.sqlite"),
    (9, "catalog-v9.sqlite"),
    (10, "catalog-v10.sqlite"),
    (11, "catalog-v11.sqlite"),
    (12, "catalog-v12.sqlite"),
];

fn write_current_fixture_if_asked() {
    if std::env::var_os("INTEGRA_WRITE_FIXTURE").is_none() {
        return;
    }
    let path = data_path(&format!(
        "catalog-v{}.sqlite",
        catalog::store::CURRENT_VERSION
    ));
    if path.exists() {
        return;
    }
    {
        let mut catalog = Catalog::open(&path).unwrap();
        catalog
            .import(&search_fixture(), Default::default())
            .unwrap();
    }
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("PRAGMA journal_mode = DELETE; VACUUM;")
        .unwrap();
}

#[test]
fn every_committed_fixture_migrates_to_the_current_schema_and_keeps_everything() {
    write_current_fixture_if_asked();
    assert!(
        FIXTURES
            .iter()
            .any(|(v, _)| *v == catalog::store::CURRENT_VERSION),
        "schema {} has no fixture: write it (see the module comment)",
        catalog::store::CURRENT_VERSION
    );
    for (written_by, name) in FIXTURES {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("catalog.sqlite");
        std::fs::copy(data_path(name), &path).unwrap();
        let version = |p: &std::path::Path| -> u32 {
            rusqlite::Connection::open(p)
                .unwrap()
                .pragma_query_value(None, "user_version", |r| r.get(0))
                .unwrap()
        };
        assert_eq!(version(&path), written_by, "{name}");

        let catalog = Catalog::open(&path).unwrap();
        assert_eq!(
            catalog.schema_version().unwrap(),
            catalog::store::CURRENT_VERSION,
            "{name}"
        );
        assert_eq!(catalog.export().unwrap(), search_fixture_sorted(), "{name}");
        // The substring index answers (for v1, built from the old records).
        let r = catalog
            .search(&Query {
                text: "ediazion".into(),
                ..Query::default()
            })
            .unwrap();
        assert_eq!(r.plan, Plan::Substring, "{name}");
        assert_eq!(r.hits[0].id, "svc-ospedale-firenze", "{name}");
        // Content hashes read back as a fresh import's (schema 11 stores
        // their bytes), and the long texts are searchable.
        let mut fresh = Catalog::open_in_memory().unwrap();
        fresh.import(&search_fixture(), Default::default()).unwrap();
        assert_eq!(
            catalog.content_hashes().unwrap(),
            fresh.content_hashes().unwrap(),
            "{name}"
        );
        assert_eq!(catalog.digest().unwrap(), fresh.digest().unwrap(), "{name}");
        let in_description = |c: &Catalog| {
            let mut ids: Vec<String> = c
                .search(&Query {
                    text: "tessera".into(),
                    ..Query::default()
                })
                .unwrap()
                .hits
                .into_iter()
                .map(|h| h.id)
                .collect();
            ids.sort();
            ids
        };
        assert!(!in_description(&fresh).is_empty());
        assert_eq!(in_description(&catalog), in_description(&fresh), "{name}");
        drop(catalog);

        // Opening again is a no-op.
        let catalog = Catalog::open(&path).unwrap();
        assert_eq!(catalog.counts().unwrap().services, 10, "{name}");
    }
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
