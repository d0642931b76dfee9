//! Kiosk mode end to end: a visitor's session in Chromium against
//! `integra --serve --kiosk` (tests/browser/kiosk.js), the idle reset, then a
//! restart on the same data folder, and no trace of the session on disk
//! beyond the one submission the visitor explicitly sent.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Stdio;

use integra_tests::app_support;

const SEARCH_SECRET: &str = "pellicano4417";
const DRAFT_SECRET: &str = "Bozza riservata 90210";
const SENT_NAME: &str = "Associazione Invio Esplicito";
const PIN: &str = "482916";

/// Every file under `dir`, SQLite's `-wal`, `-shm` and `-journal` included.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap().map_while(Result::ok) {
            let p = entry.path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// Files whose bytes contain `needle` (as UTF-8, the way SQLite stores text).
fn files_containing(dir: &Path, needle: &str) -> Vec<PathBuf> {
    let needle = needle.as_bytes();
    files(dir)
        .into_iter()
        .filter(|p| {
            let bytes = std::fs::read(p).unwrap_or_default();
            bytes.windows(needle.len()).any(|w| w == needle)
        })
        .collect()
}

fn set_pin(data: &Path) {
    let mut child = app_support::integra(data, &["--set-kiosk-pin"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("integra starts");
    writeln!(child.stdin.take().unwrap(), "{PIN}").unwrap();
    assert!(child.wait().unwrap().success(), "the PIN is set");
}

#[test]
fn kiosk_session_resets_and_leaves_no_trace() {
    let data = tempfile::tempdir().unwrap();
    set_pin(data.path());
    let stored = catalog::user::UserData::open(data.path().join("user.sqlite"))
        .unwrap()
        .setting("kiosk.pin")
        .unwrap()
        .expect("a PIN hash is stored");
    assert!(!stored.contains(PIN), "only a salted hash of the PIN");

    let (server, url) = app_support::serve(
        data.path(),
        &["--kiosk", "--kiosk-comune", "058091"],
        // Short, so the test waits seconds, not minutes.
        &[(ui::kiosk::IDLE_SECONDS_ENV, "8")],
    );
    let artifacts = app_support::artifacts("kiosk");
    assert!(
        app_support::node(
            "kiosk.js",
            &[
                &url,
                artifacts.to_str().unwrap(),
                SEARCH_SECRET,
                DRAFT_SECRET,
                SENT_NAME,
                PIN
            ]
        ),
        "the kiosk session failed; screenshots in {}",
        artifacts.display()
    );
    server.stop();

    // The same desk starts again on the same data.
    let (server, _url) = app_support::serve(data.path(), &["--kiosk"], &[]);
    server.stop();

    // The grep can see text in these files: the explicit submission is there.
    assert!(
        !files_containing(data.path(), SENT_NAME).is_empty(),
        "the visitor's explicit submission is kept to be sent"
    );
    let user = catalog::user::UserData::open(data.path().join("user.sqlite")).unwrap();
    let outbox = user.outbox().unwrap();
    assert_eq!(outbox.len(), 1, "exactly one submission");
    assert!(outbox[0].payload.contains(SENT_NAME));
    drop(user);
    for secret in [SEARCH_SECRET, DRAFT_SECRET] {
        let found = files_containing(data.path(), secret);
        assert!(found.is_empty(), "{secret:?} left on disk in {found:?}");
    }
    let settings = catalog::user::UserData::open(data.path().join("user.sqlite")).unwrap();
    assert_eq!(settings.setting("lang").unwrap(), None, "no language kept");
    assert_eq!(settings.setting("place").unwrap(), None, "no place kept");
    assert!(
        settings.favourites().unwrap().is_empty(),
        "no favourites kept"
    );
}
