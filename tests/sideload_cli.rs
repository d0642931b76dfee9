//! `integra --sideload DIR`: the real binary loads the bundled starter feed
//! into a fresh data folder, and refuses a tampered copy of it, leaving the
//! catalog as it was.
//!
//! Needs the binary built first (`cargo build -p integra`, as
//! `scripts/test.sh` does with `cargo build --workspace --bins`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use integra_tests::app_support::{integra_binary, workspace};

fn starter_feed() -> PathBuf {
    workspace().join("assets/feed/starter")
}

fn sideload(feed: &Path, data_dir: &Path) -> Output {
    Command::new(integra_binary())
        .arg("--sideload")
        .arg(feed)
        .arg("--data-dir")
        .arg(data_dir)
        .output()
        .expect("integra runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The catalog's rows, as the app would read them: seq and digest of the
/// feed state, and the number of services.
fn catalog_state(data_dir: &Path) -> Option<(u64, String, i64)> {
    let path = data_dir.join("catalog.sqlite");
    let state = catalog::store::read_sync_state(&path).unwrap()?;
    let conn = rusqlite::Connection::open(&path).unwrap();
    let services: i64 = conn
        .query_row("SELECT count(*) FROM service", [], |r| r.get(0))
        .unwrap();
    Some((state.seq, state.digest, services))
}

#[test]
fn help_lists_sideload() {
    let out = Command::new(integra_binary())
        .arg("--help")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(
        text(&out.stdout).contains("--sideload DIR"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn starter_feed_is_applied_and_a_tampered_copy_refused() {
    let feed = starter_feed();
    let manifest = sync::FeedManifest::parse(&std::fs::read(feed.join("manifest.json")).unwrap())
        .expect("the starter manifest parses");

    // A fresh data folder: the feed is loaded and its seq printed.
    let data = tempfile::tempdir().unwrap();
    let out = sideload(&feed, data.path());
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains(&format!("Loaded feed seq {}", manifest.seq)),
        "{stdout}"
    );
    let (seq, digest, services) = catalog_state(data.path()).expect("a feed state");
    assert_eq!(
        (seq, digest.as_str()),
        (manifest.seq, manifest.digest.as_str())
    );
    assert!(services > 0);

    // Again: nothing to do, still a success.
    let out = sideload(&feed, data.path());
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("up to date"),
        "{}",
        text(&out.stdout)
    );

    // A manifest edited after signing (a later seq): the signature fails,
    // exit status 1, the catalog holds what it held.
    let tampered = tempfile::tempdir().unwrap();
    copy_dir(&feed, tampered.path());
    let path = tampered.path().join("manifest.json");
    let edited = std::fs::read_to_string(&path).unwrap().replacen(
        &format!("\"seq\": {},", manifest.seq),
        &format!("\"seq\": {},", manifest.seq + 1),
        1,
    );
    assert_ne!(
        edited,
        std::fs::read_to_string(&path).unwrap(),
        "seq edited"
    );
    std::fs::write(&path, edited).unwrap();
    let before = std::fs::read(data.path().join("catalog.sqlite")).unwrap();
    let out = sideload(tampered.path(), data.path());
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("your data was not changed"), "{stderr}");
    assert!(stderr.contains("signature"), "{stderr}");
    assert_eq!(
        std::fs::read(data.path().join("catalog.sqlite")).unwrap(),
        before
    );
    assert_eq!(catalog_state(data.path()).unwrap().0, manifest.seq);

    // A snapshot file with one flipped bit, into a fresh folder: refused
    // before parsing, nothing is loaded.
    let flipped = tempfile::tempdir().unwrap();
    copy_dir(&feed, flipped.path());
    let snap = flipped.path().join(&manifest.snapshot.path);
    let mut bytes = std::fs::read(&snap).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x10;
    std::fs::write(&snap, bytes).unwrap();
    let fresh = tempfile::tempdir().unwrap();
    let out = sideload(flipped.path(), fresh.path());
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("sha256"), "{stderr}");
    assert_eq!(catalog_state(fresh.path()), None);
}
