//! The portal's other areas in the catalog: cultural experiences,
//! second-generation associations and their manifesto, international
//! protection projects. Search (Italian, Arabic, Chinese; near; filters by
//! section and theme), HSDS round trip, and the signed feed carrying them.

#[path = "sync_support.rs"]
mod support;

use std::sync::LazyLock;

use catalog::hsds::{self, ImportOptions};
use catalog::sample::{SampleOptions, generate};
use catalog::{Catalog, CatalogData, Filters, Lang, Near, Query, RecordKind};
use integra_tests::app_support;
use support::*;

static DATA: LazyLock<CatalogData> = LazyLock::new(|| {
    generate(SampleOptions {
        services: 200,
        associations: 20,
        ..SampleOptions::default()
    })
});

fn catalog() -> Catalog {
    let mut c = Catalog::open_in_memory().unwrap();
    c.import(&DATA, Default::default()).unwrap();
    c
}

fn query(text: &str, lang: Lang, filters: Filters) -> Query {
    Query {
        text: text.into(),
        lang,
        filters,
        limit: 500,
        ..Query::default()
    }
}

fn culture_only(topics: &[&str]) -> Filters {
    Filters {
        kinds: vec![RecordKind::CulturalExperience],
        topics: topics.iter().map(|t| t.to_string()).collect(),
        ..Filters::default()
    }
}

#[test]
fn cultural_experiences_are_found_in_italian_arabic_and_chinese() {
    let c = catalog();
    for (text, lang) in [
        ("orchestra multietnica", Lang::It),
        ("أوركسترا", Lang::Ar),
        ("管弦乐团", Lang::Zh),
    ] {
        let r = c.search(&query(text, lang, Filters::default())).unwrap();
        let top = r
            .hits
            .first()
            .unwrap_or_else(|| panic!("nothing for {text}"));
        assert_eq!(top.kind, RecordKind::CulturalExperience, "{text}");
        let exp = c.cultural_experience(&top.id).unwrap().unwrap();
        assert_eq!(exp.section, "music", "{text}");
        assert_eq!(
            top.text_lang, lang,
            "{text}: title in the reader's language"
        );
    }
}

#[test]
fn a_section_filter_keeps_that_section_only() {
    let c = catalog();
    let music = c
        .search(&query("", Lang::En, culture_only(&["section:music"])))
        .unwrap();
    assert_eq!(music.total, 80);
    for h in &music.hits {
        let e = c.cultural_experience(&h.id).unwrap().unwrap();
        assert_eq!(e.section, "music");
    }
    // The section's name in another language finds it too (taxonomy labels).
    let by_name = c
        .search(&query("Музыка", Lang::Ru, culture_only(&[])))
        .unwrap();
    assert!(by_name.total >= 80, "{}", by_name.total);
    let both = c
        .search(&query(
            "",
            Lang::It,
            culture_only(&["section:music", "section:cinema"]),
        ))
        .unwrap();
    assert_eq!(both.total, 160);
    let unknown = c
        .search(&query("", Lang::It, culture_only(&["section:opera"])))
        .unwrap();
    assert_eq!(unknown.total, 0);
    assert_eq!(c.cultural_experiences(Some("theatre")).unwrap().len(), 80);
    assert_eq!(c.cultural_experiences(None).unwrap().len(), 400);
}

#[test]
fn near_a_place_the_nearest_experience_comes_first() {
    let c = catalog();
    let target = &DATA.cultural_experiences[17];
    let q = Query {
        near: Some(Near {
            latitude: target.latitude,
            longitude: target.longitude,
            radius_km: Some(30.0),
        }),
        sort: catalog::Sort::Distance,
        ..query("", Lang::It, culture_only(&[]))
    };
    let r = c.search(&q).unwrap();
    assert!(r.hits.iter().any(|h| h.id == target.id));
    let first = r.hits[0].distance_km.unwrap();
    assert!(first < 0.01, "{first}");
    assert!(r.hits.iter().all(|h| h.distance_km.unwrap() <= 30.0));
}

#[test]
fn second_generation_associations_filter_by_theme() {
    let c = catalog();
    let g2 = c.second_generation_associations().unwrap();
    assert_eq!(g2.len(), 40);
    let school = c
        .search(&query(
            "",
            Lang::It,
            Filters {
                kinds: vec![RecordKind::Organization],
                topics: vec!["theme:school".into()],
                ..Filters::default()
            },
        ))
        .unwrap();
    let expected = g2
        .iter()
        .filter(|o| {
            o.association
                .as_ref()
                .unwrap()
                .themes
                .contains(&"school".into())
        })
        .count();
    assert!(expected > 0);
    assert_eq!(school.total, expected);
    let flagged = c
        .search(&query(
            "",
            Lang::It,
            Filters {
                topics: vec!["second-generation".into()],
                ..Filters::default()
            },
        ))
        .unwrap();
    assert_eq!(flagged.total, 40);
    // Migrant associations of the communities are not second-generation ones.
    assert!(c.associations().unwrap().len() > 40);
}

#[test]
fn the_manifesto_has_ten_points_in_every_language_and_is_no_report() {
    let c = catalog();
    let m = c.manifesto().unwrap().expect("a manifesto");
    assert_eq!(m.sections.len(), 10);
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::It) {
        let points = catalog::localized(&m.translations, "", "sections", lang);
        assert!(!points.italian_fallback, "{lang}");
        assert_eq!(points.text.lines().count(), 10, "{lang}");
        let title = catalog::localized(&m.translations, &m.title, "title", lang);
        assert!(!title.italian_fallback, "{lang}");
    }
    assert!(m.sample);
    assert!(c.reports().unwrap().iter().all(|r| r.id != m.id));
}

#[test]
fn protection_projects_carry_their_own_fields() {
    let c = catalog();
    let projects = c.protection_projects().unwrap();
    assert_eq!(projects.len(), 60);
    for s in &projects {
        let p = s.protection_project.as_ref().unwrap();
        assert_eq!(s.area, "international-protection");
        assert!(!p.who_may_apply.is_empty() && !p.referral.is_empty());
        assert!(s.eligibility_description.is_some() && s.application_process.is_some());
    }
    let flagged = c
        .search(&query(
            "",
            Lang::It,
            Filters {
                topics: vec!["protection-project".into()],
                ..Filters::default()
            },
        ))
        .unwrap();
    assert_eq!(flagged.total, 60);
    // A project is also an ordinary service of its area.
    let minors = c
        .search(&query(
            "minori non accompagnati",
            Lang::It,
            Filters {
                kinds: vec![RecordKind::Service],
                topics: vec!["protection-project".into()],
                ..Filters::default()
            },
        ))
        .unwrap();
    assert!(minors.total > 0);
}

#[test]
fn hsds_json_and_package_round_trips_keep_the_new_kinds() {
    let doc = hsds::export_json(&DATA).unwrap();
    assert_eq!(
        doc["x-integra"]["cultural_experiences"]
            .as_array()
            .unwrap()
            .len(),
        400
    );
    let bytes = serde_json::to_vec(&doc).unwrap();
    let back = hsds::import_json("culture.json", &bytes, &ImportOptions::default()).unwrap();
    assert!(back.data == *DATA, "JSON round trip changed the catalog");

    let package = hsds::export_package(&DATA).unwrap();
    let back = hsds::import_package(&package, &ImportOptions::default()).unwrap();
    assert!(back.data == *DATA, "package round trip changed the catalog");

    // And through the store.
    let c = catalog();
    let mut exported = c.export().unwrap();
    let mut original = DATA.clone();
    sort(&mut exported);
    sort(&mut original);
    assert!(exported == original, "store round trip changed the catalog");
}

#[test]
fn invalid_new_records_are_refused_naming_the_field() {
    let mut data = DATA.clone();
    data.cultural_experiences[0].section = "opera".into();
    let err = catalog::validate::validate(&data, Default::default()).unwrap_err();
    assert_eq!(err.field, "section");

    let mut data = DATA.clone();
    data.cultural_experiences[0].comune_istat = "999999".into();
    let err = catalog::validate::validate(&data, Default::default()).unwrap_err();
    assert_eq!(err.field, "location.comune_istat");

    let mut data = DATA.clone();
    let s = data
        .services
        .iter_mut()
        .find(|s| s.protection_project.is_some())
        .unwrap();
    s.area = "work".into();
    let err = catalog::validate::validate(&data, Default::default()).unwrap_err();
    assert_eq!(err.field, "protection_project");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_signed_feed_carries_the_new_kinds() {
    let mut data = small_catalog(60);
    let portal = Portal::new(&data);
    portal.publish();
    let server = portal.serve().await;
    let device = Device::new();
    let client = device.client(&server.url());
    client.update(|_| {}).await.unwrap();
    assert_same_catalog(&device.catalog(), &data);
    let on_device = device.catalog();
    assert_eq!(
        on_device.cultural_experiences(None).unwrap().len(),
        data.cultural_experiences.len()
    );
    assert!(data.cultural_experiences.len() >= 60);
    let projects = data
        .services
        .iter()
        .filter(|s| s.protection_project.is_some())
        .count();
    assert!(projects >= 3);
    assert_eq!(on_device.protection_projects().unwrap().len(), projects);
    assert!(on_device.manifesto().unwrap().is_some());

    // A changed experience and a removed one travel as a delta.
    data.cultural_experiences[3].name = "Orchestra nuova — esempio, Prato".into();
    let gone = data.cultural_experiences.remove(5);
    let mut store = portal.store();
    use portal::Store;
    store.put(&data).unwrap();
    store
        .delete(RecordKind::CulturalExperience, &gone.id)
        .unwrap();
    portal.publish();
    let out = client.update(|_| {}).await.unwrap();
    assert_eq!(out.route, sync::Route::Delta);
    let on_device = device.catalog();
    assert_same_catalog(&on_device, &data);
    assert!(on_device.cultural_experience(&gone.id).unwrap().is_none());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_a_sync_whats_new_lists_a_new_service_in_the_users_comune() {
    use catalog::whats_new::{Interest, mark_seen, start_if_needed, whats_new};
    let mut data = small_catalog(60);
    let portal = Portal::new(&data);
    portal.publish();
    let server = portal.serve().await;
    let device = Device::new();
    let client = device.client(&server.url());
    client.update(|_| {}).await.unwrap();

    let user = catalog::user::UserData::open_in_memory().unwrap();
    let mine = data.services[0].clone();
    let interest = Interest {
        comune: mine.locations[0].comune_istat.clone(),
        lang: Lang::Uk,
    };
    start_if_needed(&device.catalog(), &user, &interest).unwrap();
    assert_eq!(
        whats_new(&device.catalog(), &user, &interest).unwrap(),
        Some(vec![])
    );

    let mut added = mine.clone();
    added.id = "sportello-nuovo".into();
    added.name = "Sportello nuovo".into();
    added.phones[0].id = "sportello-nuovo-tel".into();
    added.locations[0].id = "sportello-nuovo-loc".into();
    data.services.push(added);
    let mut store = portal.store();
    use portal::Store;
    store.put(&data).unwrap();
    portal.publish();
    client.update(|_| {}).await.unwrap();

    let changes = whats_new(&device.catalog(), &user, &interest)
        .unwrap()
        .unwrap();
    assert_eq!(changes.len(), 1, "{changes:?}");
    assert_eq!(changes[0].id, "sportello-nuovo");
    assert!(changes[0].is_new && changes[0].in_comune);
    mark_seen(&device.catalog(), &user, &interest).unwrap();
    assert_eq!(
        whats_new(&device.catalog(), &user, &interest).unwrap(),
        Some(vec![])
    );
}

// ------------------------------------------------------------ in Chromium

mod browser {
    use super::app_support::{artifacts, node, serve};

    #[test]
    fn culture_and_manifesto_in_chromium() {
        let data = tempfile::tempdir().unwrap();
        let (_server, url) = serve(data.path(), &[], &[]);
        let artifacts = artifacts("culture");
        assert!(
            node("culture.js", &[&url, &artifacts.to_string_lossy()]),
            "a culture journey failed; screenshots in {}",
            artifacts.display()
        );
    }

    /// The app syncs from `integra-portal` on loopback; the portal then
    /// publishes a new service in the person's comune; after the next sync
    /// What's new lists it and the home badge counts it.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn whats_new_after_a_sync_in_chromium() {
        use super::support::{Portal, small_catalog};
        use portal::Store;
        use std::time::{Duration, Instant};

        let mut data = small_catalog(60);
        let portal = Portal::new(&data);
        portal.publish();
        let feed = portal.serve().await;
        let device = tempfile::tempdir().unwrap();
        let handshake = tempfile::tempdir().unwrap();
        let feed_url = feed.url();
        let device_dir = device.path().to_path_buf();
        let (app, url) = tokio::task::spawn_blocking(move || {
            serve(&device_dir, &[], &[("INTEGRA_FEED_URL", &feed_url)])
        })
        .await
        .unwrap();

        let mine = data.services[0].clone();
        let istat = mine.locations[0].comune_istat.clone().unwrap();
        let name = catalog::gazetteer::Gazetteer::bundled()
            .by_istat(&istat)
            .unwrap()
            .name
            .clone();
        let artifacts = artifacts("whats-new");
        let mut node = std::process::Command::new("node")
            .arg(super::app_support::workspace().join("tests/browser/whats_new.js"))
            .args([
                &url,
                &artifacts.to_string_lossy().into_owned(),
                &istat,
                &name,
            ])
            .arg(handshake.path())
            .current_dir(super::app_support::workspace().join("tests/browser"))
            .spawn()
            .expect("node runs");
        let deadline = Instant::now() + Duration::from_secs(240);
        let want = handshake.path().join("want-change");
        while !want.exists() {
            if let Some(status) = node.try_wait().unwrap() {
                panic!(
                    "the journey ended before asking for the change ({status}); see {}",
                    artifacts.display()
                );
            }
            assert!(
                Instant::now() < deadline,
                "the journey did not reach the change in time"
            );
            tokio::time::sleep(Duration::from_millis(200)).await;
        }

        let mut added = mine.clone();
        added.id = "sportello-nuovo".into();
        added.name = "Sportello nuovo".into();
        added.phones[0].id = "sportello-nuovo-tel".into();
        added.locations[0].id = "sportello-nuovo-loc".into();
        data.services.push(added);
        portal.store().put(&data).unwrap();
        portal.publish();
        std::fs::write(handshake.path().join("changed"), "").unwrap();

        let status = loop {
            if let Some(status) = node.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = node.kill();
                panic!("the journey did not finish in time");
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        drop(app);
        assert!(
            status.success(),
            "the What's new journey failed; screenshots in {}",
            artifacts.display()
        );
    }
}
