//! The phrasebook in a real browser (tests/browser/phrasebook.js) against
//! `integra --serve` on a fresh data folder, in Debian's Chromium; then the
//! user file on disk, read back through the catalog's API.
//! Screenshots land in `target/test-artifacts/phrasebook/`.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the server however the test ends.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target"))
}

fn integra_binary() -> PathBuf {
    let bin = target_dir().join("debug").join("integra");
    assert!(
        bin.exists(),
        "{} is missing: build it first (`cargo build -p integra`; scripts/test.sh does)",
        bin.display()
    );
    bin
}

/// Starts `integra --serve` on `data` and returns its URL.
fn serve(data: &std::path::Path) -> (Server, String) {
    let mut child = Command::new(integra_binary())
        .args(["--serve", "--data-dir"])
        .arg(data)
        .env("INTEGRA_CLOCK", "2026-11-24T09:30:00Z")
        .env("LANG", "en_US.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("integra starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let server = Server(child);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) {
                let _ = tx.send(url.to_string());
                break;
            }
        }
    });
    // The first start builds the catalog: generous, but bounded.
    let url = rx
        .recv_timeout(Duration::from_secs(180))
        .expect("integra --serve printed its URL");
    (server, url)
}

#[test]
fn phrasebook_in_chromium() {
    let data = tempfile::tempdir().unwrap();
    let (server, url) = serve(data.path());
    assert!(url.starts_with("http://127.0.0.1:"), "loopback only: {url}");
    let artifacts = target_dir().join("test-artifacts").join("phrasebook");
    let started = Instant::now();
    let status = Command::new("node")
        .arg(workspace().join("tests/browser/phrasebook.js"))
        .arg(&url)
        .arg(&artifacts)
        .current_dir(workspace().join("tests/browser"))
        .status()
        .expect("node runs (scripts/test.sh installs the npm packages)");
    assert!(
        status.success(),
        "the phrasebook journey failed after {:?}; screenshots in {}",
        started.elapsed(),
        artifacts.display()
    );
    drop(server);
    // The journey marked a phrase known, then reset the topic: the file
    // holds no progress for it, and nothing else was invented.
    let user = catalog::user::UserData::open(data.path().join("user.sqlite")).unwrap();
    let known = user.known_phrases().unwrap();
    assert!(
        known.iter().all(|id| !id.starts_with("doctor-")),
        "the reset topic left progress behind: {known:?}"
    );
}
