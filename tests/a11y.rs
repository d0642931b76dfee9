//! Accessibility and right-to-left in Debian's Chromium against the real
//! `integra --serve` (`tests/browser/a11y.js`, `tests/browser/rtl.js`):
//! axe-core on every screen in it/ar/zh with no serious or critical
//! violation, keyboard, landmarks, touch targets, read aloud; the Arabic
//! layout mirrored, with screenshots in `target/test-artifacts/rtl/`.

use std::io::Write as _;
use std::process::{Command, Stdio};

use integra_tests::app_support::{self, serve, target_dir, workspace};

/// Runs `tests/browser/<script>` against a fresh app; its output is shown.
fn run_script(script: &str, artifacts: &str) -> (bool, String) {
    let data = tempfile::tempdir().unwrap();
    // The outbox screen is checked with what it lists of sent messages.
    app_support::seed_sent_messages(data.path());
    // An Italian system: the first screens come in Italian.
    let (_server, url) = serve(data.path(), &[], &[("LANG", "it_IT.UTF-8")]);
    let artifacts = app_support::artifacts(artifacts);
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
