//! Properties of search over the full 8k sample catalog.

use std::sync::{LazyLock, Mutex};

use catalog::{Catalog, Filters, Gazetteer, Near, Query, RecordKind, Sort, Territory};
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Rome;
use integra_tests::sample_catalog;
use opening_hours::localization::Country;
use opening_hours::{Context, OpeningHours};
use proptest::prelude::*;

static CATALOG: LazyLock<Mutex<Catalog>> = LazyLock::new(|| Mutex::new(sample_catalog()));

const AREAS: [&str; 7] = [
    "italian-language",
    "work",
    "housing",
    "health-services",
    "minors-second-generations",
    "intercultural-mediation",
    "international-protection",
];
const WORDS: [&str; 8] = [
    "", "corso", "medico", "lavoro", "casa", "avvocato", "scuola", "ospedale",
];

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 2025-01-01 .. 2027-12-31, any minute.
    (1_735_689_600i64..1_830_297_600).prop_map(|s| Utc.timestamp_opt(s - s % 60, 0).unwrap())
}

fn comune() -> impl Strategy<Value = usize> {
    0..Gazetteer::bundled().len()
}

fn filters() -> impl Strategy<Value = Filters> {
    (
        proptest::option::of(0..AREAS.len()),
        any::<bool>(),
        any::<bool>(),
        proptest::option::of(prop_oneof![Just("ar"), Just("en"), Just("zh"), Just("fr")]),
        proptest::option::of(comune()),
        0..3u8,
    )
        .prop_map(
            |(area, free_only, no_documents, lang, territory_of, level)| Filters {
                kinds: vec![RecordKind::Service],
                areas: area.map(|a| vec![AREAS[a].to_string()]).unwrap_or_default(),
                free_only,
                no_documents,
                languages: lang.map(|l| vec![l.to_string()]).unwrap_or_default(),
                territory: territory_of.map(|i| {
                    let c = &Gazetteer::bundled().all()[i];
                    match level {
                        0 => Territory::Region(c.region_code.clone()),
                        1 => Territory::Province(c.province_code.clone()),
                        _ => Territory::Comune(c.istat.clone()),
                    }
                }),
                ..Filters::default()
            },
        )
}

fn reference_open(expression: &str, at: DateTime<Utc>) -> bool {
    let oh = expression
        .parse::<OpeningHours>()
        .unwrap()
        .with_context(Context::default().with_holidays(Country::IT.holidays()));
    oh.is_open(at.with_timezone(&Rome).naive_local())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    /// Sorted by distance: records whose name or type matched come first,
    /// then those that only mention the words; each part nearest first.
    fn distance_order_is_monotonic_within_each_part(c in comune(), radius in 5.0f64..80.0, word in 0..WORDS.len()) {
        let comune = &Gazetteer::bundled().all()[c];
        let q = Query {
            text: WORDS[word].into(),
            near: Some(Near { latitude: comune.latitude, longitude: comune.longitude, radius_km: Some(radius) }),
            sort: Sort::Distance,
            limit: 200,
            ..Query::default()
        };
        let r = CATALOG.lock().unwrap().search(&q).unwrap();
        let parts: Vec<(bool, f64)> = r
            .hits
            .iter()
            .map(|h| (!h.name_match, h.distance_km.unwrap()))
            .collect();
        prop_assert!(parts.windows(2).all(|w| w[0] <= w[1]), "{parts:?}");
        prop_assert!(parts.iter().all(|&(.., km)| km <= radius));
    }

    #[test]
    fn no_hit_violates_a_filter(f in filters(), word in 0..WORDS.len(), at in proptest::option::of(instant())) {
        let filters = Filters { open_at: at, ..f };
        let q = Query { text: WORDS[word].into(), filters: filters.clone(), limit: 200, ..Query::default() };
        let catalog = CATALOG.lock().unwrap();
        let r = catalog.search(&q).unwrap();
        prop_assert!(r.total >= r.hits.len());
        for hit in &r.hits {
            let s = catalog.service(&hit.id).unwrap().expect("hit exists");
            if !filters.areas.is_empty() { prop_assert!(filters.areas.contains(&s.area)); }
            if filters.free_only { prop_assert!(s.free); }
            if filters.no_documents { prop_assert!(s.required_documents.is_empty()); }
            if !filters.languages.is_empty() { prop_assert!(s.languages.iter().any(|l| filters.languages.contains(l))); }
            if let Some(t) = &filters.territory {
                let c = Gazetteer::bundled().by_istat(s.locations[0].comune_istat.as_deref().unwrap()).unwrap();
                prop_assert!(t.contains(c));
            }
            if let Some(at) = filters.open_at {
                prop_assert!(reference_open(s.opening_hours.as_deref().unwrap(), at));
            }
        }
    }

    #[test]
    fn open_now_agrees_with_the_opening_hours_crate(at in instant(), c in comune()) {
        let comune = &Gazetteer::bundled().all()[c];
        let base = Query {
            near: Some(Near { latitude: comune.latitude, longitude: comune.longitude, radius_km: Some(40.0) }),
            filters: Filters { kinds: vec![RecordKind::Service], ..Filters::default() },
            limit: 200,
            ..Query::default()
        };
        let catalog = CATALOG.lock().unwrap();
        let all = catalog.search(&base).unwrap();
        let open = catalog.search(&Query { filters: Filters { open_at: Some(at), ..base.filters.clone() }, ..base.clone() }).unwrap();
        let open_ids: std::collections::HashSet<&str> = open.hits.iter().map(|h| h.id.as_str()).collect();
        for hit in &all.hits {
            let s = catalog.service(&hit.id).unwrap().unwrap();
            let expected = reference_open(s.opening_hours.as_deref().unwrap(), at);
            prop_assert_eq!(open_ids.contains(hit.id.as_str()), expected, "{} at {}", s.opening_hours.as_deref().unwrap(), at);
        }
    }
}
