//! The search model of the results screen, free of Dioxus: what a person
//! set ([`SearchState`], [`Place`]), the [`Query`] it becomes, and running
//! it into a [`Page`] of rows with the records behind them, read in one
//! batch. Screens only render a `Page`.
//!
//! One list for a need: services, courses (learning resources) and
//! migrant associations answer a search together ([`RESULT_KINDS`]), each
//! row with its kind; the kind filter narrows it.

use catalog::model::{LearningResource, Location, Organization};
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

/// The kinds of record the results screen lists together: what answers
/// "where can I go for this". Reports and news have their own screens.
pub const RESULT_KINDS: [RecordKind; 3] = [
    RecordKind::Service,
    RecordKind::LearningResource,
    RecordKind::Organization,
];

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
    /// Of [`RESULT_KINDS`]; empty: all of them.
    pub kinds: Vec<RecordKind>,
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
            kinds: Vec::new(),
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
            + self.kinds.len()
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
            || !self.kinds.is_empty()
    }
}

/// The record behind a row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowRecord {
    Service(Service),
    Course(LearningResource),
    Association(Organization),
}

impl RowRecord {
    pub fn locations(&self) -> &[Location] {
        match self {
            RowRecord::Service(s) => &s.locations,
            RowRecord::Course(r) => r.location.as_slice(),
            RowRecord::Association(o) => &o.locations,
        }
    }

    /// Languages it is given in (ISO 639-1).
    pub fn languages(&self) -> &[String] {
        match self {
            RowRecord::Service(s) => &s.languages,
            RowRecord::Course(r) => &r.instruction_languages,
            RowRecord::Association(_) => &[],
        }
    }

    pub fn free(&self) -> bool {
        match self {
            RowRecord::Service(s) => s.free,
            RowRecord::Course(r) => r.free,
            // Nothing is sold: an association is not "free" either.
            RowRecord::Association(_) => false,
        }
    }

    /// No documents asked for, said by the record itself (an official
    /// source that lists none says nothing about them).
    pub fn no_documents(&self) -> bool {
        match self {
            RowRecord::Service(s) => s.needs_no_documents(),
            RowRecord::Course(_) | RowRecord::Association(_) => false,
        }
    }

    pub fn service(&self) -> Option<&Service> {
        match self {
            RowRecord::Service(s) => Some(s),
            _ => None,
        }
    }

    /// The first phone number, for a tap-to-call link on the row.
    pub fn phone(&self) -> Option<&str> {
        match self {
            RowRecord::Service(s) => s.phones.first().map(|p| p.number.as_str()),
            RowRecord::Course(_) => None,
            RowRecord::Association(o) => o.phones.first().map(|p| p.number.as_str()),
        }
    }
}

/// One row of results: the hit and the record behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub kind: RecordKind,
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
    /// The street address of that location, as its source gives it: two
    /// places with one name (three plexes of a school, two desks of a
    /// service) differ by it.
    pub address: Option<String>,
    pub sample: bool,
    /// The words matched its name or type of place, not only its
    /// description (see `catalog::Hit::name_match`).
    pub name_match: bool,
    pub record: Option<RowRecord>,
}

impl Row {
    pub fn service(&self) -> Option<&Service> {
        self.record.as_ref().and_then(RowRecord::service)
    }
}

/// The location of `record` a distance from `place` is measured to: the
/// nearest one (the first when no place is set).
fn location_of<'r>(record: &'r RowRecord, place: Option<&Place>) -> Option<&'r Location> {
    let locations = record.locations();
    match place {
        Some(p) => locations.iter().min_by(|a, b| {
            let d = |l: &Location| {
                catalog::geo_math::distance_km(p.latitude, p.longitude, l.latitude, l.longitude)
            };
            d(a).total_cmp(&d(b))
        }),
        None => locations.first(),
    }
}

/// How precisely that location is placed.
pub fn precision_of(record: Option<&RowRecord>, place: Option<&Place>) -> Precision {
    record
        .and_then(|r| location_of(r, place))
        .map_or(Precision::Address, |l| l.precision)
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
            kinds: if state.kinds.is_empty() {
                RESULT_KINDS.to_vec()
            } else {
                state.kinds.clone()
            },
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

/// Runs the search and reads the records of the page (services in one
/// batch).
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
    let searched = started.elapsed();
    let records = records_of(catalog, &results.hits);
    // Sizes and timing only: never the words, the place or the filters.
    // tests/bench/ui reads the two durations.
    tracing::debug!(
        total = results.total,
        page = results.hits.len(),
        plan = ?results.plan,
        search_micros = searched.as_micros() as u64,
        records_micros = (started.elapsed() - searched).as_micros() as u64,
        "search ran"
    );
    let rows = results
        .hits
        .into_iter()
        .zip(records)
        .map(|(h, record)| Row {
            precision: precision_of(record.as_ref(), place),
            address: record
                .as_ref()
                .and_then(|r| location_of(r, place))
                .and_then(|l| l.address.as_ref())
                .map(|a| a.address_1.trim().to_string())
                .filter(|a| !a.is_empty()),
            record,
            kind: h.kind,
            name_match: h.name_match,
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

/// The records behind `hits`, in order; `None` where one could not be read
/// (the row still shows what the search index holds).
fn records_of(catalog: &Catalog, hits: &[catalog::Hit]) -> Vec<Option<RowRecord>> {
    let service_ids: Vec<&str> = hits
        .iter()
        .filter(|h| h.kind == RecordKind::Service)
        .map(|h| h.id.as_str())
        .collect();
    let mut services = catalog
        .services(&service_ids)
        .unwrap_or_else(|e| {
            tracing::warn!(error = %e, "the services of a results page could not be read");
            vec![None; service_ids.len()]
        })
        .into_iter();
    fn warn<T>(e: catalog::Error) -> Option<T> {
        tracing::warn!(error = %e, "a record of a results page could not be read");
        None
    }
    hits.iter()
        .map(|h| match h.kind {
            RecordKind::Service => services.next().flatten().map(RowRecord::Service),
            RecordKind::LearningResource => catalog
                .learning_resource(&h.id)
                .unwrap_or_else(warn)
                .map(RowRecord::Course),
            RecordKind::Organization => catalog
                .organization(&h.id)
                .unwrap_or_else(warn)
                .map(RowRecord::Association),
            // Not asked for by the results screen.
            RecordKind::ReportSummary | RecordKind::NewsItem | RecordKind::CulturalExperience => {
                None
            }
        })
        .collect()
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
        let s = RowRecord::Service(s);
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
        // Services: every one has a place (an online course has none, and
        // a search from a place lists places).
        let s = SearchState {
            text: "italiano".into(),
            kinds: vec![RecordKind::Service],
            ..SearchState::default()
        };
        let near = run(&catalog, &s, Lang::It, Some(&prato), now());
        let anywhere = run(&catalog, &s, Lang::It, None, now());
        assert!(anywhere.total > PAGE_SIZE, "{}", anywhere.total);
        assert_eq!(near.total, anywhere.total);
        assert_eq!(near.rows.len(), PAGE_SIZE);
        // Nearest first, within the rows whose names or types match and
        // then within the rest.
        let d: Vec<(bool, f64)> = near
            .rows
            .iter()
            .map(|r| (!r.name_match, r.distance_km.unwrap()))
            .collect();
        assert!(d.windows(2).all(|w| w[0] <= w[1]), "{d:?}");
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
        assert_eq!(q.filters.kinds, RESULT_KINDS.to_vec());
        let courses = SearchState {
            kinds: vec![RecordKind::LearningResource],
            ..any.clone()
        };
        assert_eq!(courses.active_filters(), 2, "open now and the kind");
        let q = query_for(&courses, Lang::It, Some(&prato), now());
        assert_eq!(q.filters.kinds, vec![RecordKind::LearningResource]);
        // No place: relevance, whatever the setting.
        assert_eq!(
            query_for(&typed, Lang::It, None, now()).sort,
            Sort::Relevance
        );
    }

    #[test]
    fn every_row_carries_its_record_and_phrases_only_on_the_first_page() {
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
            let id = match row.record.as_ref().expect("read") {
                RowRecord::Service(s) => &s.id,
                RowRecord::Course(r) => &r.id,
                RowRecord::Association(o) => &o.id,
            };
            assert_eq!(id, &row.id);
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

    /// A need is answered by every kind of record that meets it: courses
    /// and associations beside services, and the kind filter narrows it.
    #[test]
    fn one_list_holds_services_courses_and_associations() {
        let catalog = small_catalog();
        let kinds_of = |state: &SearchState| -> std::collections::BTreeSet<RecordKind> {
            let page = run(&catalog, state, Lang::It, None, now());
            assert!(!page.failed);
            let mut all = std::collections::BTreeSet::new();
            for n in 0..page.total.div_ceil(PAGE_SIZE) {
                let p = run(
                    &catalog,
                    &SearchState {
                        page: n,
                        ..state.clone()
                    },
                    Lang::It,
                    None,
                    now(),
                );
                for row in p.rows {
                    assert!(row.record.is_some(), "{} read", row.id);
                    all.insert(row.kind);
                }
            }
            all
        };
        let italian = SearchState {
            text: "italiano".into(),
            ..SearchState::default()
        };
        let found = kinds_of(&italian);
        assert!(found.contains(&RecordKind::Service), "{found:?}");
        assert!(found.contains(&RecordKind::LearningResource), "{found:?}");
        let associations = SearchState {
            text: "associazione".into(),
            ..SearchState::default()
        };
        assert!(kinds_of(&associations).contains(&RecordKind::Organization));
        let only_courses = SearchState {
            kinds: vec![RecordKind::LearningResource],
            ..italian
        };
        assert_eq!(
            kinds_of(&only_courses).into_iter().collect::<Vec<_>>(),
            vec![RecordKind::LearningResource]
        );
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
