//! The browser journeys (tests/browser/journeys.js on the sample catalog,
//! tests/browser/official.js on the official records as installed) against
//! the real `integra --serve`, in Debian's Chromium. Screenshots land in
//! `target/test-artifacts/browser/` and `browser-official/`.
//!
//! The server runs with `RUST_LOG=debug`; afterwards its log must hold none
//! of what the person typed or chose: the queries, the chosen comuni (name,
//! ISTAT code, coordinates), the association they submitted.

use std::process::{Command, Stdio};
use std::time::Instant;

use integra_tests::app_support::{
    FIRST_START, Server, artifacts, integra, integra_official, node, seed_sent_messages, workspace,
};

/// What the journeys type or pick that must never reach the log: the
/// queries of `journeys.js`, the places chosen and the submission's fields.
const TYPED: &[&str] = &[
    "corso di italiano",
    "lavoro",
    "xxxxxxxxxxxxxxxx",
    "DROP TABLE",
    "NEAR(a b)",
    "casa",
    "medico",
    "Amici",
    "amici@example.org",
    "not-an-email",
    "Prato",
    "Milano",
];

/// The chosen comuni, Prato (100005) and Milano (015146): their ISTAT codes
/// and their coordinates as `assets/data/comuni.tsv` has them and as floats
/// are commonly printed (`{}`, `{:.6}`, `{:.4}`, `{:.3}`).
const PLACES: &[&str] = &[
    "100005",
    "43.88186",
    "43.881860",
    "43.8819",
    "43.882",
    "11.0766",
    "11.07660",
    "11.077",
    "015146",
    "45.46168",
    "45.461680",
    "45.4617",
    "45.462",
    "9.17324",
    "9.173240",
    "9.1732",
    "9.173",
];

/// The log's lines without the timestamp each begins with (its seconds
/// could spell a coordinate by chance).
fn messages(log: &str) -> Vec<&str> {
    log.lines()
        .map(|l| match l.split_once(' ') {
            Some((first, rest)) if first.ends_with('Z') && first.contains('T') => rest,
            _ => l,
        })
        .collect()
}

/// The first line of `log` that holds one of `needles` (case-insensitive).
fn leaked<'a>(lines: &[&'a str], needles: &[&str]) -> Option<(&'a str, String)> {
    for line in lines {
        let lower = line.to_lowercase();
        for needle in needles {
            if lower.contains(&needle.to_lowercase()) {
                return Some((line, needle.to_string()));
            }
        }
    }
    None
}

/// Runs a journey script against the app on the catalog as installed
/// (no `--sample-catalog`), screenshots in `artifacts/<dir>`.
fn on_installed_catalog(script: &str, dir: &str) {
    let data = tempfile::tempdir().unwrap();
    let artifacts = artifacts(dir);
    std::fs::create_dir_all(&artifacts).unwrap();
    let cmd = integra_official(data.path(), &["--serve"]);
    let server = Server::start(cmd, FIRST_START);
    assert!(
        node(script, &[&server.url, artifacts.to_str().unwrap()]),
        "a journey of {script} failed; screenshots in {}",
        artifacts.display()
    );
}

/// The journeys on the official records, as installed (`official.js`).
#[test]
fn official_journeys_in_chromium() {
    on_installed_catalog("official.js", "browser-official");
}

/// The search on a phone (360×640, 390×844; it, ar, zh) on the catalog as
/// installed: results first, nothing wider than the screen, 44 px targets.
#[test]
fn phone_journeys_in_chromium() {
    on_installed_catalog("phone.js", "browser-phone");
}

#[test]
fn journeys_in_chromium() {
    let data = tempfile::tempdir().unwrap();
    let artifacts = artifacts("browser");
    std::fs::create_dir_all(&artifacts).unwrap();
    let log_path = artifacts.join("server.log");
    seed_sent_messages(data.path());
    let mut cmd = integra(data.path(), &["--serve"]);
    cmd.env("RUST_LOG", "debug")
        .stderr(Stdio::from(std::fs::File::create(&log_path).unwrap()));
    let server = Server::start(cmd, FIRST_START);
    let started = Instant::now();
    let status = Command::new("node")
        .arg(workspace().join("tests/browser/journeys.js"))
        .arg(&server.url)
        .arg(&artifacts)
        .current_dir(workspace().join("tests/browser"))
        .status()
        .expect("node runs (scripts/test.sh installs the npm packages)");
    assert!(
        status.success(),
        "a browser journey failed after {:?}; screenshots in {}",
        started.elapsed(),
        artifacts.display()
    );
    drop(server);
    // What the user did is still there for the next start.
    let user = catalog::user::UserData::open(data.path().join("user.sqlite")).unwrap();
    let outbox = user.outbox().unwrap();
    assert!(outbox.iter().any(|o| o.kind == "new_association"));

    // The log: the app's own debug lines are there (so this check can
    // fail), and nothing the person typed or chose is.
    let log = std::fs::read_to_string(&log_path).unwrap();
    let lines = messages(&log);
    let ours = ["ui::", "sync::", "catalog::", "integra"];
    assert!(
        lines
            .iter()
            .any(|l| l.contains("DEBUG") && ours.iter().any(|c| l.contains(c))),
        "the app logged nothing at debug level; see {}",
        log_path.display()
    );
    if let Some((line, needle)) = leaked(&lines, TYPED) {
        panic!("the log holds typed text {needle:?}: {line}");
    }
    if let Some((line, needle)) = leaked(&lines, PLACES) {
        panic!("the log holds a chosen place {needle:?}: {line}");
    }
}
