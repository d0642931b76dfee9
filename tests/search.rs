//! Search as tables: (query, expected ids in order), in it, en, ar, zh, pa, uk.

use catalog::{Filters, Gazetteer, Lang, Near, Plan, Query, RecordKind, Sort, Territory};
use chrono::{TimeZone, Utc};
use integra_tests::fixture_catalog;

fn prato() -> Near {
    let c = Gazetteer::bundled().by_istat("100005").unwrap();
    Near {
        latitude: c.latitude,
        longitude: c.longitude,
        radius_km: Some(30.0),
    }
}

fn ids(q: &Query) -> Vec<String> {
    let catalog = fixture_catalog();
    catalog
        .search(q)
        .unwrap()
        .hits
        .into_iter()
        .map(|h| h.id)
        .collect()
}

fn text(t: &str) -> Query {
    Query {
        text: t.into(),
        ..Query::default()
    }
}

#[track_caller]
fn check(q: Query, expected: &[&str]) {
    assert_eq!(ids(&q), expected, "query {:?}", q.text);
}

#[test]
fn italian_words_typos_and_accents() {
    check(text("medico"), &["svc-medico-prato"]);
    check(text("ospedale"), &["svc-ospedale-firenze"]);
    check(text("ospedalle"), &["svc-ospedale-firenze"]);
    check(text("forli"), &["svc-forli"]);
    check(text("Forlì"), &["svc-forli"]);
    check(text("avvocato asilo"), &["svc-avvocato-bari"]);
    check(text("ambulat"), &["svc-medico-prato"]);
}

#[test]
fn other_languages_reach_italian_only_records() {
    // The ambulatorio has only Italian text: synonyms carry these queries.
    check(text("doctor"), &["svc-medico-prato"]);
    check(text("طبيب"), &["svc-medico-prato"]);
    check(text("医生"), &["svc-medico-prato"]);
    check(text("ਡਾਕਟਰ"), &["svc-medico-prato"]);
    check(text("лікар"), &["svc-medico-prato"]);
    check(text("lawyer"), &["svc-avvocato-bari"]);
}

#[test]
fn translated_records_match_in_their_languages() {
    check(text("Italian course for adults"), &["svc-corso-prato"]);
    // "Italian course" alone is a common need: the synonym table also brings
    // the Italian-only courses, after the record whose name matches.
    check(
        text("Italian course"),
        &["svc-corso-prato", "svc-corso-milano", "learn-a1-online"],
    );
    // The same need in Chinese, Punjabi and Ukrainian: the record translated
    // into that language first, then the Italian-only ones.
    let courses = ["svc-corso-prato", "svc-corso-milano", "learn-a1-online"];
    check(text("意大利语课程"), &courses);
    check(text("ਇਤਾਲਵੀ ਕੋਰਸ"), &courses);
    check(text("курс італійської"), &courses);
    // A word only the translation has.
    check(text("成人"), &["svc-corso-prato"]);
    check(text("дорослих"), &["svc-corso-prato"]);
    // The association's Arabic name says "Moroccan community" too.
    let mut moroccan = ids(&text("الجالية المغربية"));
    moroccan.sort();
    assert_eq!(moroccan, ["assoc-marocchina-torino", "report-moroccan"]);
}

#[test]
fn text_near_and_filters() {
    let near = Query {
        text: "corso italiano".into(),
        near: Some(prato()),
        ..Query::default()
    };
    check(near.clone(), &["svc-corso-prato"]);
    let everywhere = Query {
        text: "corso italiano".into(),
        sort: Sort::Relevance,
        ..Query::default()
    };
    let mut found = ids(&everywhere);
    found.sort();
    // The online course is an Italian course too: one entry point finds all kinds.
    assert_eq!(
        found,
        ["learn-a1-online", "svc-corso-milano", "svc-corso-prato"]
    );
    let paid = Query {
        filters: Filters {
            free_only: true,
            ..Filters::default()
        },
        ..everywhere.clone()
    };
    let mut free = ids(&paid);
    free.sort();
    assert_eq!(free, ["learn-a1-online", "svc-corso-prato"]);
    let no_docs = Query {
        text: "sportello".into(),
        filters: Filters {
            no_documents: true,
            territory: Some(Territory::Region("09".into())),
            ..Filters::default()
        },
        ..Query::default()
    };
    check(no_docs, &["svc-lavoro-prato"]);
    let speaks_arabic = Query {
        filters: Filters {
            languages: vec!["ar".into()],
            kinds: vec![RecordKind::Service],
            ..Filters::default()
        },
        near: Some(Near {
            radius_km: None,
            ..prato()
        }),
        ..Query::default()
    };
    check(speaks_arabic, &["svc-medico-prato", "svc-avvocato-bari"]);
}

#[test]
fn near_sorts_by_distance_and_knn_stops_at_k() {
    let q = Query {
        near: Some(prato()),
        filters: Filters {
            kinds: vec![RecordKind::Service],
            ..Filters::default()
        },
        ..Query::default()
    };
    let r = fixture_catalog().search(&q).unwrap();
    assert_eq!(r.plan, Plan::Near);
    let got: Vec<&str> = r.hits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(
        &got[..3]
            .iter()
            .copied()
            .collect::<std::collections::BTreeSet<_>>(),
        &["svc-corso-prato", "svc-lavoro-prato", "svc-medico-prato"]
            .into_iter()
            .collect()
    );
    assert_eq!(got[3], "svc-ospedale-firenze");
    assert_eq!(got.len(), 4, "Milano and the rest are beyond 30 km");
    let knn = Query {
        near: Some(Near {
            radius_km: None,
            ..prato()
        }),
        limit: 6,
        ..q
    };
    let r = fixture_catalog().search(&knn).unwrap();
    assert_eq!(r.total, 6);
}

#[test]
fn open_now_uses_rome_time_and_italian_holidays() {
    // Tuesday 24 November 2026, 10:30 in Rome (09:30 UTC).
    let tuesday = Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0).unwrap();
    let q = |at| Query {
        near: Some(prato()),
        filters: Filters {
            open_at: Some(at),
            kinds: vec![RecordKind::Service],
            ..Filters::default()
        },
        ..Query::default()
    };
    let open: Vec<String> = ids(&q(tuesday));
    assert_eq!(open, ["svc-medico-prato", "svc-ospedale-firenze"]);
    // Easter Monday 2026 (6 April): the ambulatorio keeps PH off.
    let easter_monday = Utc.with_ymd_and_hms(2026, 4, 6, 8, 30, 0).unwrap();
    assert!(ids(&q(easter_monday)).is_empty());
}

#[test]
fn one_entry_point_for_every_kind() {
    let mut moroccan = ids(&text("marocchina"));
    moroccan.sort();
    assert_eq!(moroccan, ["assoc-marocchina-torino", "report-moroccan"]);
    check(text("online principianti"), &["learn-a1-online"]);
    check(text("numero verde"), &["news-helpline"]);
}

#[test]
fn results_come_in_the_readers_language_with_italian_fallback_flagged() {
    let catalog = fixture_catalog();
    let q = Query {
        text: "corso italiano adulti".into(),
        lang: Lang::Ar,
        ..Query::default()
    };
    let hit = &catalog.search(&q).unwrap().hits[0];
    assert_eq!(hit.title, "دورة اللغة الإيطالية للبالغين");
    assert_eq!(hit.text_lang, Lang::Ar);
    assert!(!hit.italian_fallback);
    let q = Query {
        text: "medico".into(),
        lang: Lang::Ar,
        ..Query::default()
    };
    let hit = &catalog.search(&q).unwrap().hits[0];
    assert_eq!(hit.title, "Ambulatorio medico per stranieri");
    assert_eq!(hit.text_lang, Lang::It);
    assert!(hit.italian_fallback);
}

#[test]
fn facets_count_all_hits_and_paging_pages() {
    let catalog = fixture_catalog();
    let q = Query {
        filters: Filters {
            kinds: vec![RecordKind::Service],
            ..Filters::default()
        },
        limit: 3,
        ..Query::default()
    };
    let r = catalog.search(&q).unwrap();
    assert_eq!(r.total, 10);
    assert_eq!(r.hits.len(), 3);
    assert_eq!(r.facets.areas["italian-language"], 2);
    assert_eq!(r.facets.areas["work"], 2);
    assert_eq!(r.facets.free, 9);
    let page2 = catalog
        .search(&Query {
            offset: 3,
            ..q.clone()
        })
        .unwrap();
    assert!(
        page2
            .hits
            .iter()
            .all(|h| !r.hits.iter().any(|x| x.id == h.id))
    );
}

#[test]
fn odd_queries_never_fail() {
    let catalog = fixture_catalog();
    let long = "ospedale ".repeat(5_000);
    for q in [
        "",
        "   ",
        "\"",
        "NEAR(",
        "*",
        "AND OR NOT",
        "'; DROP TABLE service; --",
        "🙂",
        "a",
        &long,
        "\u{0}",
    ] {
        let r = catalog.search(&text(q));
        assert!(r.is_ok(), "{q:?}: {r:?}");
    }
    assert_eq!(catalog.counts().unwrap().services, 10);
    let unknown = Query {
        filters: Filters {
            areas: vec!["nonsense".into()],
            ..Filters::default()
        },
        ..Query::default()
    };
    assert_eq!(catalog.search(&unknown).unwrap().total, 0);
    let unknown_lang = Query {
        filters: Filters {
            languages: vec!["xx".into()],
            ..Filters::default()
        },
        ..Query::default()
    };
    assert_eq!(catalog.search(&unknown_lang).unwrap().total, 0);
}

#[test]
fn substrings_of_names_are_found_when_words_are_not() {
    let r = fixture_catalog().search(&text("ediazion")).unwrap();
    assert_eq!(r.plan, Plan::Substring);
    assert_eq!(r.hits[0].id, "svc-ospedale-firenze");
}
