//! Search latency and load time, measured (not asserted).
//!
//! `cargo bench -p catalog --bench search` prints one line per case:
//! `search/<case> p50_ms=<x> p99_ms=<y>` and `load/8k ms=<x> db_bytes=<y>`,
//! for the 8k sample and for the official records (`official`: CPIA, state
//! schools, hospitals from `assets/data/official/`, the app's catalog).
//! Where the size goes: `file/<catalog>/<table> bytes=<n>` for every table
//! and index of the file over 1% of it, and `memory/<catalog>
//! search_index_heap_bytes=<n>` (an estimate of the in-memory index).
//! Set `INTEGRA_BENCH_SKIP_1M=1` to skip the million-service catalog (its
//! build takes minutes); `INTEGRA_BENCH_ITERS` changes the sample size.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::Instant;

use catalog::sample::{SampleOptions, generate};
use catalog::{Catalog, Filters, Gazetteer, ImportOptions, Near, Query, RecordKind};
use chrono::{TimeZone, Utc};

const PLACES: [&str; 12] = [
    "100005", "058091", "015146", "063049", "001272", "082053", "048017", "037006", "027042",
    "072006", "092009", "010025",
];
const WORDS: [&str; 8] = [
    "corso italiano",
    "medico",
    "lavoro",
    "casa affitto",
    "avvocato",
    "scuola",
    "ospedale",
    "mediatore",
];

fn near(i: usize, radius: Option<f64>) -> Near {
    let c = Gazetteer::bundled()
        .by_istat(PLACES[i % PLACES.len()])
        .expect("bench places exist");
    Near {
        latitude: c.latitude,
        longitude: c.longitude,
        radius_km: radius,
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

fn measure(name: &str, catalog: &Catalog, iterations: usize, make: impl Fn(usize) -> Query) {
    // Warm-up: first queries pay for page cache and prepared statements.
    for i in 0..iterations.min(50) {
        catalog.search(&make(i)).expect("search");
    }
    let mut ms = Vec::with_capacity(iterations);
    let mut hits = 0;
    for i in 0..iterations {
        let q = make(i);
        let t = Instant::now();
        let r = catalog.search(&q).expect("search");
        ms.push(t.elapsed().as_secs_f64() * 1000.0);
        hits += r.total;
    }
    ms.sort_by(f64::total_cmp);
    println!(
        "search/{name} p50_ms={:.3} p99_ms={:.3} mean_hits={}",
        percentile(&ms, 0.5),
        percentile(&ms, 0.99),
        hits / iterations
    );
}

fn cases(prefix: &str, catalog: &Catalog, iterations: usize, only: &[&str]) {
    // Tuesday 24 November 2026, 10:30 in Rome.
    let now = Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0).unwrap();
    let want = |c: &str| only.is_empty() || only.contains(&c);
    if want("text") {
        measure(&format!("{prefix}/text"), catalog, iterations, |i| Query {
            text: WORDS[i % WORDS.len()].into(),
            ..Query::default()
        });
    }
    if want("text-by-word") {
        // Which words set the text case's p99 (each word alone).
        for word in WORDS {
            measure(
                &format!("{prefix}/text/{}", word.replace(' ', "_")),
                catalog,
                iterations / 4,
                |_| Query {
                    text: word.into(),
                    ..Query::default()
                },
            );
        }
    }
    if want("text+near-any") {
        // What the results screen asks with words typed and "any
        // distance": every match in Italy, nearest first (`any`); beside
        // it the k nearest matches (`k`), what it asked before the true
        // total.
        for (case, radius) in [("any", Some(1500.0)), ("k", None)] {
            measure(
                &format!("{prefix}/text+near-{case}"),
                catalog,
                iterations,
                |i| Query {
                    text: WORDS[i % WORDS.len()].into(),
                    near: Some(near(i / WORDS.len(), radius)),
                    sort: catalog::Sort::Distance,
                    ..Query::default()
                },
            );
        }
    }
    if want("near") {
        measure(&format!("{prefix}/near"), catalog, iterations, |i| Query {
            near: Some(near(i, None)),
            ..Query::default()
        });
    }
    if want("near-radius") {
        measure(&format!("{prefix}/near-radius"), catalog, iterations, |i| {
            Query {
                near: Some(near(i, Some(20.0))),
                ..Query::default()
            }
        });
    }
    if want("text+near+filters") {
        measure(
            &format!("{prefix}/text+near+filters"),
            catalog,
            iterations,
            |i| Query {
                text: WORDS[i % WORDS.len()].into(),
                near: Some(near(i / WORDS.len(), Some(20.0))),
                filters: Filters {
                    kinds: vec![RecordKind::Service],
                    free_only: i % 2 == 0,
                    languages: if i % 3 == 0 {
                        vec!["ar".into()]
                    } else {
                        Vec::new()
                    },
                    ..Filters::default()
                },
                now: Some(now),
                ..Query::default()
            },
        );
    }
    if want("open-now") {
        measure(&format!("{prefix}/open-now"), catalog, iterations, |i| {
            Query {
                near: Some(near(i, Some(20.0))),
                filters: Filters {
                    open_at: Some(now + chrono::Duration::minutes(37 * i as i64)),
                    ..Filters::default()
                },
                now: Some(now),
                ..Query::default()
            }
        });
    }
}

/// Where a catalog's bytes go: the file by table, the index in memory.
fn footprint(name: &str, catalog: &Catalog) {
    let tables = catalog.bytes_by_table().expect("dbstat");
    let total: u64 = tables.iter().map(|(_, b)| b).sum();
    for (table, bytes) in tables.iter().filter(|(_, b)| *b * 100 >= total) {
        println!("file/{name}/{table} bytes={bytes}");
    }
    println!(
        "memory/{name} search_index_heap_bytes={}",
        catalog.search_index_heap_bytes()
    );
}

fn main() {
    let iterations: usize = std::env::var("INTEGRA_BENCH_ITERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let dir = tempfile::tempdir().expect("temp dir");

    let data = generate(SampleOptions::default());
    let mut load_ms = Vec::new();
    let mut db_bytes = 0;
    for run in 0..3 {
        let path = dir.path().join(format!("load-{run}.sqlite"));
        let t = Instant::now();
        let mut catalog = Catalog::open(&path).expect("open");
        catalog
            .replace_all(&data, ImportOptions::default())
            .expect("import");
        load_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        db_bytes = catalog.db_bytes().expect("size");
    }
    load_ms.sort_by(f64::total_cmp);
    println!("load/8k ms={:.0} db_bytes={db_bytes}", load_ms[1]);
    let path = dir.path().join("load-0.sqlite");
    let t = Instant::now();
    let catalog = Catalog::open(&path).expect("reopen");
    println!("open/8k ms={:.1}", t.elapsed().as_secs_f64() * 1000.0);
    footprint("8k", &catalog);
    cases("8k", &catalog, iterations, &[]);
    drop(catalog);

    // The official records, as the app ships them.
    let official_dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/data/official");
    let texts = catalog::official::OfficialTexts::read_dir(&official_dir).expect("official files");
    let official = catalog::official::build(&texts.texts(), Default::default()).expect("official");
    let mut load_ms = Vec::new();
    for run in 0..3 {
        let path = dir.path().join(format!("official-{run}.sqlite"));
        let t = Instant::now();
        let mut catalog = Catalog::open(&path).expect("open");
        catalog
            .replace_all(&official.data, ImportOptions::default())
            .expect("import");
        load_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        db_bytes = catalog.db_bytes().expect("size");
    }
    load_ms.sort_by(f64::total_cmp);
    println!(
        "load/official ms={:.0} db_bytes={db_bytes} records={}",
        load_ms[1],
        official.data.len()
    );
    let t = Instant::now();
    let catalog = Catalog::open(dir.path().join("official-0.sqlite")).expect("reopen");
    println!("open/official ms={:.1}", t.elapsed().as_secs_f64() * 1000.0);
    footprint("official", &catalog);
    cases("official", &catalog, iterations, &[]);
    drop(catalog);

    if std::env::var_os("INTEGRA_BENCH_SKIP_1M").is_some() {
        return;
    }
    let t = Instant::now();
    let big = generate(SampleOptions {
        services: 1_000_000,
        translated_share: 0.02,
        ..SampleOptions::default()
    });
    let generated = t.elapsed();
    let path = dir.path().join("1m.sqlite");
    let mut catalog = Catalog::open(&path).expect("open");
    let t = Instant::now();
    catalog
        .replace_all(&big, ImportOptions::default())
        .expect("import 1M");
    println!(
        "load/1m ms={:.0} db_bytes={} (generation {:.0} ms, 2% translated, names in Italian)",
        t.elapsed().as_secs_f64() * 1000.0,
        catalog.db_bytes().expect("size"),
        generated.as_secs_f64() * 1000.0
    );
    drop(big);
    cases(
        "1m",
        &catalog,
        iterations / 2,
        &["text+near+filters", "near", "near-radius"],
    );
}
