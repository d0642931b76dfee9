//! The phrasebook in a real browser (tests/browser/phrasebook.js) against
//! `integra --serve` on a fresh data folder, in Debian's Chromium; then the
//! user file on disk, read back through the catalog's API.
//! Screenshots land in `target/test-artifacts/phrasebook/`.

use std::time::Instant;

use integra_tests::app_support::{artifacts, node, serve};

#[test]
fn phrasebook_in_chromium() {
    let data = tempfile::tempdir().unwrap();
    let (server, url) = serve(data.path(), &[], &[]);
    let artifacts = artifacts("phrasebook");
    let started = Instant::now();
    let passed = node("phrasebook.js", &[&url, &artifacts.to_string_lossy()]);
    assert!(
        passed,
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
