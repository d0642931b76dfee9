//! Accessibility and right-to-left in Debian's Chromium against the real
//! `integra --serve` (`tests/browser/a11y.js`, `tests/browser/rtl.js`):
//! axe-core on every screen in it/ar/zh with no serious or critical
//! violation, keyboard, landmarks, touch targets, read aloud; the Arabic
//! layout mirrored, with screenshots in `target/test-artifacts/rtl/`.

use std::io::{BufRead, BufReader, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

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

/// Starts `integra --serve` on a fresh data folder and returns its URL.
fn serve(data: &Path) -> (Server, String) {
    let bin = target_dir().join("debug").join("integra");
    assert!(
        bin.exists(),
        "{} is missing: build it first (`cargo build -p integra`; scripts/test.sh does)",
        bin.display()
    );
    let mut child = Command::new(bin)
        .args(["--serve", "--data-dir"])
        .arg(data)
        .env("INTEGRA_CLOCK", "2026-11-24T09:30:00Z")
        .env("LANG", "it_IT.UTF-8")
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
    let url = rx
        .recv_timeout(Duration::from_secs(180))
        .expect("integra --serve printed its URL");
    assert!(url.starts_with("http://127.0.0.1:"), "loopback only: {url}");
    (server, url)
}

/// Runs `tests/browser/<script>` against a fresh app; its output is shown.
fn run_script(script: &str, artifacts: &str) -> (bool, String) {
    let data = tempfile::tempdir().unwrap();
    let (_server, url) = serve(data.path());
    let artifacts = target_dir().join("test-artifacts").join(artifacts);
    let out = Command::new("node")
        .arg(workspace().join("tests/browser").join(script))
        .arg(&url)
        .arg(&artifacts)
        .current_dir(workspace().join("tests/browser"))
        .stderr(Stdio::inherit())
        .output()
        .expect("node runs (scripts/test.sh installs the npm packages)");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    // Shown with the test's output (the checks' own report).
    let _ = std::io::stdout().write_all(stdout.as_bytes());
    (out.status.success(), stdout)
}

#[test]
fn axe_finds_no_serious_violation_on_any_screen_in_it_ar_zh() {
    let (ok, out) = run_script("a11y.js", "a11y");
    let figure = out
        .lines()
        .find_map(|l| l.strip_prefix("a11y/violations_serious="))
        .expect("a11y.js printed its figure");
    assert_eq!(figure.trim(), "0", "serious or critical violations:\n{out}");
    assert!(ok, "an accessibility check failed:\n{out}");
    // Every language went through every listed screen.
    for lang in ["it", "ar", "zh"] {
        for screen in [
            "home",
            "results",
            "service-card",
            "report-card",
            "accessibility",
        ] {
            assert!(
                out.contains(&format!("{lang}/{screen}=0")),
                "{lang}/{screen} was not checked:\n{out}"
            );
        }
    }
}

#[test]
fn arabic_layout_is_mirrored() {
    let (ok, out) = run_script("rtl.js", "rtl");
    assert!(ok, "a right-to-left check failed:\n{out}");
    for shot in ["home", "results", "service-card"] {
        let png = target_dir()
            .join("test-artifacts/rtl")
            .join(format!("ar-{shot}.png"));
        let bytes = std::fs::read(&png).unwrap_or_else(|e| panic!("{}: {e}", png.display()));
        assert!(bytes.starts_with(b"\x89PNG"), "{} is a PNG", png.display());
    }
}
