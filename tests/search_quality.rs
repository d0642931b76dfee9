//! Search quality, as a table that can fail: each case is a person's words
//! in one of the 11 languages near a comune, run through the results
//! screen's own search (`ui::search::run`, its default sort and radius,
//! services, courses and associations in one list). Two tables:
//! - `tests/data/search_quality.json`, on the records the app ships
//!   (derived from official open data): relevant means the right kind of
//!   place nearby;
//! - `tests/data/search_quality_sample.json`, on the generated sample
//!   catalog, for the needs only the sample covers (doctor, permit,
//!   housing, work, asylum, mediation…): relevant means one of the named
//!   service templates, or a course of the named kind, nearby.
//!
//! Each prints precision at 3 and at 10, overall and per language, and
//! fails when precision at 3 falls below the floor measured when the table
//! was written (the goal, 0.9, is printed beside it).
// The table is the test's report (run with --nocapture to read it).
#![allow(clippy::print_stdout)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use catalog::official::{OfficialTexts, build};
use catalog::sample::{SampleOptions, generate};
use catalog::{Catalog, Lang, ServiceKind};
use ui::search::{Place, Row, RowRecord, SearchState, run};

/// Precision at 3 over every official case may not fall below this: 0.94
/// over the 63 cases when the table was written (0.62 before the
/// school-level, evening-school and clinic concepts of
/// `catalog/data/synonyms.json`), 0.99 once a place's type ranked with its
/// name; raise it as relevance improves.
const OFFICIAL_FLOOR_AT_3: f64 = 0.95;
/// The same for the sample table: 0.95 over its 71 cases when it was
/// written (the generated catalog is deterministic; the margin is for
/// cases added later).
const SAMPLE_FLOOR_AT_3: f64 = 0.93;
const GOAL_AT_3: f64 = 0.9;

/// What makes a row relevant to a case.
enum Wanted {
    /// Official records: these kinds of place.
    Kinds(Vec<ServiceKind>),
    /// Sample records: services with these Italian names (before " — "),
    /// or courses of these resource kinds.
    Names {
        names: Vec<String>,
        resource_kinds: Vec<String>,
    },
}

struct Case {
    lang: Lang,
    query: String,
    near: String,
    wanted: Wanted,
    within_km: f64,
}

fn strings(v: &serde_json::Value) -> Vec<String> {
    v.as_array()
        .map(|a| a.iter().map(|s| s.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

fn cases(file: &str) -> Vec<Case> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(file);
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    doc["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| Case {
            lang: Lang::from_code(c["lang"].as_str().unwrap()).expect("one of the 11 languages"),
            query: c["query"].as_str().unwrap().to_string(),
            near: c["near"].as_str().unwrap().to_string(),
            wanted: if c.get("kinds").is_some() {
                Wanted::Kinds(
                    strings(&c["kinds"])
                        .iter()
                        .map(|k| ServiceKind::parse(k).expect("a kind of place"))
                        .collect(),
                )
            } else {
                Wanted::Names {
                    names: strings(&c["names"]),
                    resource_kinds: strings(&c["resource_kinds"]),
                }
            },
            within_km: c["within_km"].as_f64().unwrap_or(80.0),
        })
        .collect()
}

impl Wanted {
    fn accepts(&self, row: &Row) -> bool {
        match (self, &row.record) {
            (Wanted::Kinds(kinds), Some(RowRecord::Service(s))) => {
                s.kind.is_some_and(|k| kinds.contains(&k))
            }
            (Wanted::Names { names, .. }, Some(RowRecord::Service(s))) => {
                let template = s.name.split(" — ").next().unwrap_or_default();
                names.iter().any(|n| n == template)
            }
            (Wanted::Names { resource_kinds, .. }, Some(RowRecord::Course(r))) => {
                resource_kinds.contains(&r.kind)
            }
            _ => false,
        }
    }
}

/// What a row is, for the report of a miss.
fn describe(row: &Row) -> String {
    let what = match &row.record {
        Some(RowRecord::Service(s)) => s.kind.map_or_else(
            || s.name.split(" — ").next().unwrap_or_default().to_string(),
            |k| k.as_str().to_string(),
        ),
        Some(RowRecord::Course(r)) => format!("course {}", r.kind),
        Some(RowRecord::Association(_)) => "association".into(),
        None => "-".into(),
    };
    format!("{} [{what}]", row.title)
}

/// Runs the cases on `catalog`, prints the table and returns precision at 3.
fn measure(title: &str, catalog: &Catalog, cases: &[Case]) -> f64 {
    // Tuesday 24 November 2026, 10:30 in Rome.
    let now = chrono::DateTime::parse_from_rfc3339("2026-11-24T09:30:00Z")
        .unwrap()
        .with_timezone(&chrono::Utc);
    let mut by_lang: BTreeMap<&str, (f64, f64, usize)> = BTreeMap::new();
    let (mut at3, mut at10) = (0.0, 0.0);
    let mut misses = Vec::new();
    for c in cases {
        let place = Place::of_comune(&c.near).expect("a comune of the gazetteer");
        let state = SearchState {
            text: c.query.clone(),
            ..SearchState::default()
        };
        let page = run(catalog, &state, c.lang, Some(&place), now);
        assert!(!page.failed, "{}: the search failed", c.query);
        let relevant: Vec<bool> = page
            .rows
            .iter()
            .map(|r| c.wanted.accepts(r) && r.distance_km.is_some_and(|d| d <= c.within_km))
            .collect();
        let p = |k: usize| relevant.iter().take(k).filter(|r| **r).count() as f64 / k as f64;
        let (p3, p10) = (p(3), p(10));
        at3 += p3;
        at10 += p10;
        let e = by_lang.entry(c.lang.code()).or_default();
        e.0 += p3;
        e.1 += p10;
        e.2 += 1;
        if p3 < 1.0 {
            let top: Vec<String> = page.rows.iter().take(3).map(describe).collect();
            misses.push(format!(
                "  {} {:?} near {}: P@3 {p3:.2}, total {}: {}",
                c.lang.code(),
                c.query,
                place.label,
                page.total,
                top.join(" | ")
            ));
        }
    }
    let n = cases.len() as f64;
    println!("search quality on {title}, {} cases", cases.len());
    println!("lang  cases  P@3   P@10");
    for (lang, (p3, p10, k)) in &by_lang {
        let k = *k as f64;
        println!("{lang:<5} {:>5}  {:.2}  {:.2}", k, p3 / k, p10 / k);
    }
    println!("all   {:>5}  {:.2}  {:.2}", n, at3 / n, at10 / n);
    println!("(goal P@3 {GOAL_AT_3}); cases under 1.0 at 3:");
    for m in &misses {
        println!("{m}");
    }
    at3 / n
}

#[test]
fn official_records_answer_what_people_ask() {
    let cases = cases("search_quality.json");
    assert!(cases.len() >= 60, "at least 60 cases");
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../assets/data/official");
    let texts = OfficialTexts::read_dir(dir).unwrap();
    let data = build(&texts.texts(), Default::default()).unwrap().data;
    let tmp = tempfile::tempdir().unwrap();
    let mut catalog = Catalog::open(tmp.path().join("official.sqlite")).unwrap();
    catalog.import(&data, Default::default()).unwrap();
    let at3 = measure("the official records", &catalog, &cases);
    assert!(
        at3 >= OFFICIAL_FLOOR_AT_3,
        "precision at 3 fell to {at3:.2} (floor {OFFICIAL_FLOOR_AT_3})"
    );
}

#[test]
fn the_sample_catalog_answers_what_people_ask() {
    let cases = cases("search_quality_sample.json");
    assert!(cases.len() >= 60, "at least 60 cases");
    let tmp = tempfile::tempdir().unwrap();
    let mut catalog = Catalog::open(tmp.path().join("sample.sqlite")).unwrap();
    catalog
        .import(&generate(SampleOptions::default()), Default::default())
        .unwrap();
    let at3 = measure("the generated sample catalog", &catalog, &cases);
    assert!(
        at3 >= SAMPLE_FLOOR_AT_3,
        "precision at 3 fell to {at3:.2} (floor {SAMPLE_FLOOR_AT_3})"
    );
}
