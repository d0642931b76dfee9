//! The portal under load on loopback, as it runs for real: PostgreSQL,
//! one and then two `integra-portal serve` instances (release build), and
//! nginx in front with `portal/deploy/`'s configuration. A Rust client
//! sends submissions through nginx from `INTEGRA_BENCH_CLIENTS` (32)
//! concurrent connections, `INTEGRA_BENCH_SUBMISSIONS` (3000) per run,
//! `INTEGRA_BENCH_RUNS` (3) runs; then fetches the feed's manifest from
//! nginx as every device's check does. Stops by itself: every loop is
//! bounded by its count.
//!
//! Prints, medians over the runs:
//!   portal/submissions_per_s instances=N   (N = 1, 2)
//!   portal/submit_p99_ms instances=N       (each request, through nginx)
//!   portal/feed_fetch_per_s                (GET /manifest.json, static)
//! and `portal/lost`: submissions answered 2xx without a row, plus rows
//! missing, over every run (must be 0).
//!
//! Build the portal first: `cargo build --release -p portal --bin
//! integra-portal && cargo bench -p integra-tests --bench portal_load`.
//! Every process shares the machine's cores: the figures are the whole
//! system's on this machine, not the portal's alone.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::time::{Duration, Instant};

use integra_tests::cluster_support::Cluster;
use portal::Store;

fn env_or(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

/// `total` requests from `clients` connections at once; each request's
/// latency, and the wall time of the whole.
async fn load<F, Fut>(clients: usize, total: usize, request: F) -> (Vec<Duration>, Duration)
where
    F: Fn(usize) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = bool> + Send + 'static,
{
    let started = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let request = request.clone();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            for i in (c..total).step_by(clients) {
                let t = Instant::now();
                assert!(request(i).await, "request {i} failed");
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut all = Vec::with_capacity(total);
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    let wall = started.elapsed();
    all.sort();
    (all, wall)
}

fn main() {
    let clients = env_or("INTEGRA_BENCH_CLIENTS", 32);
    let per_run = env_or("INTEGRA_BENCH_SUBMISSIONS", 3000);
    let runs = env_or("INTEGRA_BENCH_RUNS", 3);
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let data = catalog::sample::generate(catalog::sample::SampleOptions {
        services: 500,
        associations: 50,
        cultural_experiences: 5,
        ..catalog::sample::SampleOptions::default()
    });
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let mut lost = 0usize;
    let mut feed_rates = Vec::new();
    for instances in [1, 2] {
        let cluster = Cluster::start(instances, &data);
        let base = cluster.url();
        let mut rates = Vec::new();
        let mut p99s = Vec::new();
        let mut sent = 0usize;
        for run in 0..=runs {
            let (http, base) = (http.clone(), base.clone());
            let (latencies, wall) = rt.block_on(load(clients, per_run, move |i| {
                let (http, base) = (http.clone(), base.clone());
                async move {
                    let body = serde_json::json!({
                        "uuid": format!("b0b0b0b0-{instances:04x}-4000-8000-{run:04x}{i:08x}"),
                        "kind": "correction",
                        "payload": {"message": "Orario di apertura cambiato"},
                    });
                    http.post(format!("{base}v1/submissions"))
                        .body(body.to_string())
                        .send()
                        .await
                        .is_ok_and(|r| r.status() == reqwest::StatusCode::CREATED)
                }
            }));
            sent += per_run;
            // Run 0 warms the connections and the caches: not counted.
            if run > 0 {
                rates.push(per_run as f64 / wall.as_secs_f64());
                p99s.push(percentile(&latencies, 0.99).as_secs_f64() * 1000.0);
                eprintln!(
                    "instances={instances} run {run}: {:.0}/s, p50 {:.1} ms, p99 {:.1} ms",
                    per_run as f64 / wall.as_secs_f64(),
                    percentile(&latencies, 0.5).as_secs_f64() * 1000.0,
                    percentile(&latencies, 0.99).as_secs_f64() * 1000.0
                );
            }
        }
        let stored = cluster.store().submissions(None).unwrap().len();
        lost += sent.abs_diff(stored);
        println!(
            "portal/submissions_per_s instances={instances} median={:.0} runs={runs} clients={clients}",
            median(rates)
        );
        println!(
            "portal/submit_p99_ms instances={instances} median={:.1}",
            median(p99s)
        );
        // The feed's manifest, as every device's check fetches it: from
        // nginx's static files, whatever the instances do.
        for _ in 0..runs {
            let (http, base) = (http.clone(), base.clone());
            let fetches = per_run * 3;
            let (_, wall) = rt.block_on(load(clients, fetches, move |_| {
                let (http, base) = (http.clone(), base.clone());
                async move {
                    match http.get(format!("{base}manifest.json")).send().await {
                        Ok(r) if r.status().is_success() => r.bytes().await.is_ok(),
                        _ => false,
                    }
                }
            }));
            feed_rates.push(fetches as f64 / wall.as_secs_f64());
        }
    }
    println!("portal/feed_fetch_per_s median={:.0}", median(feed_rates));
    println!("portal/lost={lost}");
    assert_eq!(lost, 0, "submissions were lost");
}
