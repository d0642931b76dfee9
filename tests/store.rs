//! The store: all-or-nothing imports, clear errors for bad records, and the
//! user's data surviving a rebuilt catalog.

use catalog::user::{OutboxItem, UserData};
use catalog::{Catalog, CatalogData, Error, ImportOptions, RecordKind, ValidationOptions};
use integra_tests::{fixture_catalog, search_fixture};

/// A copy of the fixture's first service, changed by `edit`.
fn with_service(edit: impl FnOnce(&mut catalog::Service)) -> CatalogData {
    let fixture = search_fixture();
    let mut service = fixture.services[0].clone();
    edit(&mut service);
    CatalogData {
        services: vec![service],
        ..CatalogData::default()
    }
}

fn import_service(catalog: &mut Catalog, service: catalog::Service) {
    let batch = CatalogData {
        services: vec![service],
        ..CatalogData::default()
    };
    catalog.import(&batch, ImportOptions::default()).unwrap();
}

#[track_caller]
fn rejected(data: CatalogData, field: &str, reason: &str) {
    let mut catalog = fixture_catalog();
    let before = catalog.export().unwrap();
    let err = catalog.import(&data, ImportOptions::default()).unwrap_err();
    let Error::Invalid(e) = &err else {
        panic!("not a validation error: {err}")
    };
    assert_eq!(e.field, field, "{err}");
    assert!(e.reason.contains(reason), "{err}");
    assert_eq!(
        catalog.export().unwrap(),
        before,
        "a failed import changed the store"
    );
}

#[test]
fn bad_records_are_refused_naming_record_and_field() {
    rejected(with_service(|s| s.name = String::new()), "name", "required");
    rejected(
        with_service(|s| s.description = "x".repeat(10 * 1024 * 1024)),
        "description",
        "characters long",
    );
    rejected(
        with_service(|s| s.locations[0].latitude = f64::NAN),
        "locations[0].latitude",
        "not a valid coordinate",
    );
    rejected(
        with_service(|s| s.locations[0].latitude = 48.85),
        "locations[0].latitude",
        "outside Italy",
    );
    rejected(
        with_service(|s| s.area = "astrology".into()),
        "area",
        "unknown taxonomy term",
    );
    rejected(
        with_service(|s| s.target_groups = vec!["martians".into()]),
        "target_groups",
        "unknown taxonomy term",
    );
    rejected(
        with_service(|s| s.opening_hours = Some("whenever".into())),
        "opening_hours",
        "opening_hours syntax",
    );
    rejected(
        with_service(|s| s.phones[0].number = "call us".into()),
        "phones[0].number",
        "not a phone number",
    );
    rejected(
        with_service(|s| s.locations[0].comune_istat = Some("999999".into())),
        "locations[0].comune_istat",
        "ISTAT",
    );
    rejected(
        with_service(|s| s.assured_date = Some("yesterday".into())),
        "assured_date",
        "YYYY-MM-DD",
    );
    rejected(
        with_service(|s| s.name = "a\u{0}b".into()),
        "name",
        "control characters",
    );
    rejected(
        with_service(|s| s.languages = vec!["ar".into(), "ar".into()]),
        "languages",
        "twice",
    );
    rejected(
        with_service(|s| s.required_documents = vec!["passport".into(), "passport".into()]),
        "required_documents",
        "twice",
    );
    let other = |docs: &[&str]| {
        with_service(|s| s.other_documents = docs.iter().map(|d| d.to_string()).collect())
    };
    rejected(
        other(&[
            "Copia del contratto di affitto",
            "Copia del contratto di affitto",
        ]),
        "other_documents",
        "twice",
    );
    rejected(other(&[""]), "other_documents[0]", "required and empty");
    rejected(other(&[" Busta paga"]), "other_documents[0]", "spaces");
    rejected(
        other(&[&"x".repeat(1001)]),
        "other_documents[0]",
        "at most 1000",
    );
    // A document Integra knows is listed by its term, shown in every
    // language (and read back as one from HSDS).
    rejected(
        other(&["Busta paga", "CODICE FISCALE"]),
        "other_documents[1]",
        "a document Integra knows (tax-code)",
    );
    let fixture = search_fixture();
    let mut sharing = fixture.services[1].clone();
    sharing.phones = fixture.services[0].phones.clone();
    rejected(
        CatalogData {
            services: vec![fixture.services[0].clone(), sharing],
            ..CatalogData::default()
        },
        "phones[0].id",
        "another record",
    );
    let dup = search_fixture().services[0].clone();
    rejected(
        CatalogData {
            services: vec![dup.clone(), dup],
            ..CatalogData::default()
        },
        "id",
        "duplicate id",
    );
    rejected(
        with_service(|s| s.organization_id = "nobody".into()),
        "organization_id",
        "no organization",
    );
}

/// Documents in a publisher's own words are stored, read back in order,
/// changed by a later import, and go with their service; they count as
/// documents for the "no documents" filter.
#[test]
fn other_documents_are_kept_and_count_as_documents() {
    let mut catalog = fixture_catalog();
    let mut service = search_fixture().services[0].clone();
    service.required_documents.clear();
    service.other_documents = vec![
        "Copia del contratto di affitto".into(),
        "Busta paga degli ultimi tre mesi".into(),
    ];
    import_service(&mut catalog, service.clone());
    let read = |c: &Catalog| c.service(&service.id).unwrap().unwrap();
    assert_eq!(read(&catalog), service);
    let no_documents = |c: &Catalog| -> Vec<String> {
        let mut q = catalog::Query::default();
        q.filters.no_documents = true;
        q.limit = 500;
        c.search(&q)
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect()
    };
    assert!(!no_documents(&catalog).contains(&service.id));

    service.other_documents.reverse();
    service.other_documents.pop();
    import_service(&mut catalog, service.clone());
    assert_eq!(read(&catalog), service);
    service.other_documents.clear();
    import_service(&mut catalog, service.clone());
    assert_eq!(read(&catalog), service);
    assert!(no_documents(&catalog).contains(&service.id));
}

#[test]
fn the_italy_check_can_be_switched_off_for_foreign_example_data() {
    let mut catalog = fixture_catalog();
    let abroad = with_service(|s| {
        s.locations[0].latitude = 51.5;
        s.locations[0].longitude = -0.12;
        s.locations[0].comune_istat = None;
    });
    let opts = ImportOptions {
        validation: ValidationOptions {
            italy_bounds: false,
        },
    };
    catalog.import(&abroad, opts).unwrap();
    assert_eq!(
        catalog
            .service("svc-medico-prato")
            .unwrap()
            .unwrap()
            .locations[0]
            .latitude,
        51.5
    );
}

#[test]
fn a_failure_half_way_through_a_batch_rolls_everything_back() {
    let mut catalog = fixture_catalog();
    let before = catalog.export().unwrap();
    let fixture = search_fixture();
    let mut changed = fixture.services[1].clone();
    changed.name = "Renamed".into();
    // Passes validation, then fails in the store (the organization is
    // unknown) after the first record was already written.
    let mut orphan = fixture.services[2].clone();
    orphan.organization_id = "nobody".into();
    let batch = CatalogData {
        services: vec![changed, orphan],
        ..CatalogData::default()
    };
    assert!(catalog.import(&batch, ImportOptions::default()).is_err());
    assert_eq!(catalog.export().unwrap(), before);
    let hits = catalog
        .search(&catalog::Query {
            text: "Renamed".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(
        hits.total, 0,
        "the search index did not see the rolled-back write"
    );
}

#[test]
fn updates_and_deletes_keep_search_in_step() {
    let mut catalog = fixture_catalog();
    let mut service = search_fixture().services[0].clone();
    service.name = "Poliambulatorio solidale".into();
    import_service(&mut catalog, service);
    let find = |c: &Catalog, q: &str| -> Vec<String> {
        c.search(&catalog::Query {
            text: q.into(),
            ..Default::default()
        })
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
    };
    assert_eq!(find(&catalog, "poliambulatorio"), ["svc-medico-prato"]);
    let hit = catalog
        .search(&catalog::Query {
            text: "medico".into(),
            ..Default::default()
        })
        .unwrap()
        .hits
        .remove(0);
    assert_eq!(
        (hit.id.as_str(), hit.title.as_str()),
        ("svc-medico-prato", "Poliambulatorio solidale")
    );
    assert!(
        catalog
            .delete(RecordKind::Service, "svc-medico-prato")
            .unwrap()
    );
    assert!(find(&catalog, "poliambulatorio").is_empty());
    assert_eq!(catalog.counts().unwrap().services, 9);
    assert!(
        !catalog
            .delete(RecordKind::Service, "svc-medico-prato")
            .unwrap()
    );
}

#[test]
fn every_record_keeps_a_content_hash_that_follows_its_content() {
    let mut catalog = fixture_catalog();
    let before = catalog.content_hashes().unwrap();
    assert_eq!(before.len(), search_fixture().len());
    assert!(before.values().all(|h| h.len() == 64));
    let mut service = search_fixture().services[3].clone();
    service.free = !service.free;
    let key = format!("service:{}", service.id);
    import_service(&mut catalog, service);
    let after = catalog.content_hashes().unwrap();
    assert_ne!(before[&key], after[&key]);
    assert_eq!(before.len(), after.len());
}

#[test]
fn rebuilding_the_catalog_never_touches_the_users_data() {
    let dir = tempfile::tempdir().unwrap();
    let catalog_path = dir.path().join("catalog.sqlite");
    let user_path = dir.path().join("user.sqlite");
    {
        let mut catalog = Catalog::open(&catalog_path).unwrap();
        catalog
            .import(&search_fixture(), ImportOptions::default())
            .unwrap();
        let user = UserData::open(&user_path).unwrap();
        user.set_setting("place", "100005").unwrap();
        user.add_favourite(
            RecordKind::Service,
            "svc-medico-prato",
            "2026-11-24T10:00:00Z",
        )
        .unwrap();
        user.enqueue(&OutboxItem {
            uuid: "7f1c0a52-0000-4000-8000-000000000001".into(),
            kind: "correction".into(),
            payload: r#"{"service":"svc-medico-prato","field":"phone"}"#.into(),
            created_at: "2026-11-24T10:00:00Z".into(),
            attempts: 0,
            last_error: None,
        })
        .unwrap();
    }
    // The catalog is thrown away and rebuilt (a new feed, a corrupt file).
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", catalog_path.display()));
    }
    let mut catalog = Catalog::open(&catalog_path).unwrap();
    catalog
        .replace_all(&search_fixture(), ImportOptions::default())
        .unwrap();
    let user = UserData::open(&user_path).unwrap();
    assert_eq!(user.setting("place").unwrap().as_deref(), Some("100005"));
    assert_eq!(user.favourites().unwrap().len(), 1);
    assert_eq!(user.outbox().unwrap().len(), 1);
}

#[test]
fn replace_all_is_all_or_nothing_too() {
    let mut catalog = fixture_catalog();
    let before = catalog.export().unwrap();
    let mut bad = search_fixture();
    bad.services[5].locations[0].longitude = f64::INFINITY;
    assert!(catalog.replace_all(&bad, ImportOptions::default()).is_err());
    assert_eq!(catalog.export().unwrap(), before);
}

/// A place a service leaves (it is deleted, or edited to another place) is
/// not left behind as its organization's: the organization reads as it
/// was, under the hash the store keeps for it.
#[test]
fn a_place_a_service_leaves_does_not_become_its_organizations() {
    let mut catalog = fixture_catalog();
    let data = catalog.export().unwrap();
    let service = data
        .services
        .iter()
        .find(|s| !s.locations.is_empty())
        .expect("a service with a place")
        .clone();
    let org_before = catalog
        .organization(&service.organization_id)
        .unwrap()
        .unwrap();
    let consistent = |catalog: &Catalog| {
        let hashes = catalog.content_hashes().unwrap();
        for r in catalog.export().unwrap().records() {
            assert_eq!(
                hashes.get(&r.kind().key(r.id())),
                Some(&r.hash()),
                "{} {} reads other than its stored hash",
                r.kind().as_str(),
                r.id()
            );
        }
    };
    // Edited to no place at all.
    let mut moved = service.clone();
    moved.locations.clear();
    import_service(&mut catalog, moved);
    assert_eq!(
        catalog
            .organization(&service.organization_id)
            .unwrap()
            .unwrap(),
        org_before
    );
    consistent(&catalog);
    // Back, then deleted.
    import_service(&mut catalog, service.clone());
    assert!(catalog.delete(RecordKind::Service, &service.id).unwrap());
    assert_eq!(
        catalog
            .organization(&service.organization_id)
            .unwrap()
            .unwrap(),
        org_before
    );
    consistent(&catalog);
}
