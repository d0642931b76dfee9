//! The search model of the results screen, free of Dioxus: what a person
//! set ([`SearchState`], [`Place`]), the [`Query`] it becomes, and running
//! it into a [`Page`] of rows with the records behind them, read in one
//! batch. Screens only render a `Page`.

use catalog::phrasebook::PhraseHit;
use catalog::search::{Facets, OpenStateTag};
use catalog::{
    Catalog, Filters, Gazetteer, Lang, Near, Precision, Query, RecordKind, SearchResults, Service,
    Sort,
};
use serde::{Deserialize, Serialize};

pub const PAGE_SIZE: usize = 20;
/// The radii the filter panel offers.
pub const RADII_KM: [f64; 5] = [5.0, 10.0, 25.0, 50.0, 100.0];
/// Browsing a topic near a place starts within this radius: totals, facet
/// counts and pages then describe a real area, and the empty state offers
/// to widen it.
pub const BROWSE_RADIUS_KM: f64 = 25.0;
/// "Any distance": all of Italy, still sorted by distance, with the true
/// total. (Without a radius the catalog returns only the k nearest, and
/// the page would call those the total.)
const ALL_ITALY_KM: f64 = 1500.0;

/// Where the person is looking from: a comune they picked, or the device's
/// position (kept on the device only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub label: String,
    pub latitude: f64,
    pub longitude: f64,
    pub istat: Option<String>,
    pub from_device: bool,
}

impl Place {
    pub fn of_comune(istat: &str) -> Option<Place> {
        let c = Gazetteer::bundled().by_istat(istat)?;
        Some(Place {
            label: c.label(),
            latitude: c.latitude,
            longitude: c.longitude,
            istat: Some(c.istat.clone()),
            from_device: false,
        })
    }
}

/// What the results screen shows; every field is a filter the user set.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchState {
    pub text: String,
    pub areas: Vec<String>,
    pub target_groups: Vec<String>,
    /// ISTAT code of a region, province or comune.
    pub territory: Option<String>,
    pub languages: Vec<String>,
    pub free_only: bool,
    pub open_now: bool,
    pub no_documents: bool,
    pub by_distance: bool,
    pub radius_km: Option<f64>,
    pub page: usize,
}

impl Default for SearchState {
    fn default() -> Self {
        SearchState {
            text: String::new(),
            areas: Vec::new(),
            target_groups: Vec::new(),
            territory: None,
            languages: Vec::new(),
            free_only: false,
            open_now: false,
            no_documents: false,
            by_distance: true,
            radius_km: None,
            page: 0,
        }
    }
}

impl SearchState {
    /// How many filters are set (the radius counts as one): what the
    /// folded filter control shows.
    pub fn active_filters(&self) -> usize {
        self.areas.len()
            + self.target_groups.len()
            + self.languages.len()
            + usize::from(self.territory.is_some())
            + usize::from(self.free_only)
            + usize::from(self.open_now)
            + usize::from(self.no_documents)
            + usize::from(self.radius_km.is_some())
    }

    pub fn has_filters(&self) -> bool {
        !self.areas.is_empty()
            || !self.target_groups.is_empty()
            || self.territory.is_some()
            || !self.languages.is_empty()
            || self.free_only
            || self.open_now
            || self.no_documents
    }
}

/// One row of results: the hit and the service behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub title: String,
    pub snippet: String,
    pub text_lang: Lang,
    pub distance_km: Option<f64>,
    /// How precisely the location the distance was measured to is placed
    /// (the service's location nearest the place; its first without one).
    pub precision: Precision,
    pub open_state: Option<OpenStateTag>,
    pub comune: Option<String>,
    pub sample: bool,
    pub service: Option<Service>,
}

/// The precision of the location of `service` a distance from `place` is
/// measured to: the nearest one (the first when no place is set).
pub fn precision_of(service: Option<&Service>, place: Option<&Place>) -> Precision {
    service.map_or(Precision::Address, |s| {
        s.precision_near(place.map(|p| (p.latitude, p.longitude)))
    })
}

/// One page of results, ready to render.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Page {
    pub total: usize,
    pub rows: Vec<Row>,
    pub facets: Facets,
    /// The search could not run (the cause is logged, never shown: the
    /// screen says so in the reader's language).
    pub failed: bool,
    /// Phrasebook phrases the text matches (first page only).
    pub phrases: Vec<PhraseHit>,
}

/// The catalog query for what the person set, at `now`.
pub fn query_for(
    state: &SearchState,
    lang: Lang,
    place: Option<&Place>,
    now: chrono::DateTime<chrono::Utc>,
) -> Query {
    Query {
        text: state.text.clone(),
        lang,
        near: place.map(|p| Near {
            latitude: p.latitude,
            longitude: p.longitude,
            radius_km: state.radius_km.or(Some(ALL_ITALY_KM)),
        }),
        filters: Filters {
            kinds: vec![RecordKind::Service],
            areas: state.areas.clone(),
            target_groups: state.target_groups.clone(),
            territory: state
                .territory
                .as_deref()
                .and_then(catalog::Territory::from_code),
            languages: state.languages.clone(),
            free_only: state.free_only,
            open_at: state.open_now.then_some(now),
            no_documents: state.no_documents,
            topics: Vec::new(),
        },
        sort: if state.by_distance && place.is_some() {
            Sort::Distance
        } else {
            Sort::Relevance
        },
        offset: state.page * PAGE_SIZE,
        limit: PAGE_SIZE,
        now: Some(now),
    }
}

/// Runs the search and reads the services of the page in one batch.
pub fn run(
    catalog: &Catalog,
    state: &SearchState,
    lang: Lang,
    place: Option<&Place>,
    now: chrono::DateTime<chrono::Utc>,
) -> Page {
    let query = query_for(state, lang, place, now);
    let started = std::time::Instant::now();
    let results: SearchResults = match catalog.search(&query) {
        Ok(r) => r,
        Err(e) => {
            // The query text stays out of the log: it is the person's.
            // SQLite's own message may quote the query, so only its code.
            match &e {
                catalog::Error::Sqlite(s) => {
                    tracing::error!(code = ?s.sqlite_error_code(), "search failed in SQLite")
                }
                e => tracing::error!(error = %e, "search failed"),
            }
            return Page {
                failed: true,
                ..Page::default()
            };
        }
    };
    // Sizes and timing only: never the words, the place or the filters.
    tracing::debug!(
        total = results.total,
        page = results.hits.len(),
        plan = ?results.plan,
        millis = started.elapsed().as_millis() as u64,
        "search ran"
    );
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let services = catalog.services(&ids).unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the services of a results page could not be read");
        vec![None; ids.len()]
    });
    let rows = results
        .hits
        .into_iter()
        .zip(services)
        .map(|(h, service)| Row {
            precision: precision_of(service.as_ref(), place),
            service,
            id: h.id,
            title: h.title,
            snippet: h.snippet,
            text_lang: h.text_lang,
            distance_km: h.distance_km,
            open_state: h.open_state,
            comune: h.comune,
            sample: h.sample,
        })
        .collect();
    Page {
        total: results.total,
        rows,
        facets: results.facets,
        failed: false,
        phrases: if state.page == 0 {
            results.phrases
        } else {
            Vec::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalog::sample::{SampleOptions, generate};

    fn now() -> chrono::DateTime<chrono::Utc> {
        "2026-11-24T09:30:00Z".parse().unwrap()
    }

    #[test]
    fn a_rows_precision_is_that_of_the_location_nearest_the_place() {
        let mut s = generate(SampleOptions {
            services: 1,
            associations: 1,
            ..SampleOptions::default()
        })
        .services
        .remove(0);
        let prato = Place::of_comune("100005").unwrap();
        let roma = Place::of_comune("058091").unwrap();
        let mut near_prato = s.locations[0].clone();
        near_prato.latitude = prato.latitude;
        near_prato.longitude = prato.longitude;
        near_prato.precision = Precision::Comune;
        let mut near_roma = near_prato.clone();
        near_roma.id.push_str("-roma");
        near_roma.latitude = roma.latitude;
        near_roma.longitude = roma.longitude;
        near_roma.precision = Precision::Address;
        s.locations = vec![near_prato, near_roma];
        assert_eq!(precision_of(Some(&s), Some(&prato)), Precision::Comune);
        assert_eq!(precision_of(Some(&s), Some(&roma)), Precision::Address);
        assert_eq!(precision_of(Some(&s), None), Precision::Comune, "the first");
        assert_eq!(precision_of(None, Some(&roma)), Precision::Address);
    }

    fn small_catalog() -> Catalog {
        let mut catalog = Catalog::open_in_memory().unwrap();
        catalog
            .import(
                &generate(SampleOptions {
                    services: 300,
                    associations: 10,
                    ..SampleOptions::default()
                }),
                Default::default(),
            )
            .unwrap();
        catalog
    }

    #[test]
    fn any_distance_counts_every_match_in_italy() {
        let catalog = small_catalog();
        let prato = Place::of_comune("100005").unwrap();
        let s = SearchState {
            text: "italiano".into(),
            ..SearchState::default()
        };
        let near = run(&catalog, &s, Lang::It, Some(&prato), now());
        let anywhere = run(&catalog, &s, Lang::It, None, now());
        assert!(anywhere.total > PAGE_SIZE, "{}", anywhere.total);
        assert_eq!(near.total, anywhere.total);
        assert_eq!(near.rows.len(), PAGE_SIZE);
        let d: Vec<f64> = near.rows.iter().filter_map(|r| r.distance_km).collect();
        assert!(d.windows(2).all(|w| w[0] <= w[1]), "nearest first");
    }

    #[test]
    fn browsing_near_a_place_covers_italy_and_typing_uses_the_chosen_radius() {
        let prato = Place::of_comune("100005").unwrap();
        let browse = query_for(&SearchState::default(), Lang::It, Some(&prato), now());
        assert_eq!(browse.near.unwrap().radius_km, Some(ALL_ITALY_KM));
        assert_eq!(browse.sort, Sort::Distance);
        let typed = SearchState {
            text: "medico".into(),
            radius_km: Some(10.0),
            page: 2,
            open_now: true,
            ..SearchState::default()
        };
        let q = query_for(&typed, Lang::Ar, Some(&prato), now());
        assert_eq!(q.near.unwrap().radius_km, Some(10.0));
        // "Any distance" with words: all of Italy, not the 20 nearest.
        let any = SearchState {
            radius_km: None,
            ..typed.clone()
        };
        let q = query_for(&any, Lang::It, Some(&prato), now());
        assert_eq!(q.near.unwrap().radius_km, Some(ALL_ITALY_KM));
        assert_eq!(q.offset, 2 * PAGE_SIZE);
        assert_eq!(q.filters.open_at, Some(now()));
        assert_eq!(q.filters.kinds, vec![RecordKind::Service]);
        // No place: relevance, whatever the setting.
        assert_eq!(
            query_for(&typed, Lang::It, None, now()).sort,
            Sort::Relevance
        );
    }

    #[test]
    fn every_row_carries_its_service_and_phrases_only_on_the_first_page() {
        let catalog = small_catalog();
        let prato = Place::of_comune("100005").unwrap();
        let state = SearchState {
            text: "medico".into(),
            ..SearchState::default()
        };
        let page = run(&catalog, &state, Lang::It, Some(&prato), now());
        assert!(!page.failed);
        assert!(!page.rows.is_empty());
        for row in &page.rows {
            assert_eq!(
                row.service.as_ref().map(|s| s.id.as_str()),
                Some(row.id.as_str())
            );
        }
        assert!(!page.phrases.is_empty(), "\"medico\" is in the phrasebook");
        let second = run(
            &catalog,
            &SearchState { page: 1, ..state },
            Lang::It,
            Some(&prato),
            now(),
        );
        assert!(second.phrases.is_empty());
    }

    /// Odd queries give results or an empty page, never a failure or a hang
    /// (on the catalog a fresh install holds).
    #[test]
    fn odd_queries_are_answered() {
        let dir = tempfile::tempdir().unwrap();
        let app = crate::state::AppState::open(crate::state::AppConfig {
            data_dir: dir.path().to_path_buf(),
            system_locales: Vec::new(),
            kiosk: false,
            catalog: crate::state::CatalogChoice::Sample,
        })
        .unwrap();
        let catalog = app.catalog();
        let prato = Place::of_comune("100005");
        let long = "corso ".repeat(2000);
        let queries = [
            long.as_str(),
            "🏠🍝 casa 🇮🇹",
            "\u{200F}\u{202E}عمل\u{202C}",
            "\"; DROP TABLE service; --",
            "l'italiano \"corso\" NEAR(a b) OR * ^ -",
            "\0\u{7} medico",
            "   ",
            "%_%' OR 1=1",
        ];
        for text in queries {
            for lang in [Lang::It, Lang::Ar] {
                let state = SearchState {
                    text: text.to_string(),
                    open_now: true,
                    ..SearchState::default()
                };
                let page = run(&catalog, &state, lang, prato.as_ref(), now());
                assert!(!page.failed, "{text:?}");
                assert!(page.rows.len() <= PAGE_SIZE);
            }
        }
        // A plain query still finds what it should after all that.
        let page = run(
            &catalog,
            &SearchState {
                text: "corso di italiano".into(),
                ..SearchState::default()
            },
            Lang::It,
            prato.as_ref(),
            now(),
        );
        assert!(page.total > 0);
        let d: Vec<f64> = page.rows.iter().filter_map(|r| r.distance_km).collect();
        assert!(d.windows(2).all(|w| w[0] <= w[1]), "sorted by distance");
    }
}
