//! Crash consistency: a child process applying a feed (a delta, and a
//! snapshot) is killed with SIGKILL at many points. Afterwards the catalog
//! is exactly the old or exactly the new state, its recorded seq and digest
//! match its rows, it opens for search, and a rerun converges.

#[path = "sync_support.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use portal::Store;
use support::*;

const CHILD_ENV: &str = "INTEGRA_SYNC_CRASH_CHILD";

/// Not a test of its own: the body of the child process the tests below
/// start and kill. Without the environment variable it does nothing.
#[test]
fn crash_child() {
    let Ok(spec) = std::env::var(CHILD_ENV) else {
        return;
    };
    let (feed, catalog) = spec.split_once('|').unwrap();
    sync::sideload(
        Path::new(feed),
        Path::new(catalog),
        &sync::TrustedKeys::dev(),
        None,
        &|_| {},
    )
    .unwrap();
}

fn spawn_child(feed: &Path, catalog: &Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "crash_child", "--test-threads=1", "--quiet"])
        .env(
            CHILD_ENV,
            format!("{}|{}", feed.display(), catalog.display()),
        )
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

struct Case {
    _tmp: tempfile::TempDir,
    feed: PathBuf,
    base: PathBuf,
    old_digest: String,
    new_digest: String,
    old: catalog::model::CatalogData,
    new: catalog::model::CatalogData,
}

/// A catalog at seq 1 (`base`) and a feed at seq 2; with `snapshot_only`
/// the feed folder lacks the delta, so the apply is a whole replace.
fn case(snapshot_only: bool) -> Case {
    let mut data = small_catalog(250);
    let portal = Portal::new(&data);
    let first = portal.publish();
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().join("base.sqlite");
    sync::sideload(
        &portal.feed_dir,
        &base,
        &sync::TrustedKeys::dev(),
        None,
        &|_| {},
    )
    .unwrap();
    let old = data.clone();
    edit_services(&mut data, 25, 3);
    let gone = data.services.pop().unwrap();
    portal
        .store()
        .delete(catalog::RecordKind::Service, &gone.id)
        .unwrap();
    portal.store().put(&data).unwrap();
    let second = portal.publish();
    let feed = tmp.path().join("feed");
    copy_dir(&portal.feed_dir, &feed);
    if snapshot_only {
        std::fs::remove_dir_all(feed.join("delta")).unwrap();
    }
    Case {
        _tmp: tmp,
        feed,
        base,
        old_digest: first.manifest.digest,
        new_digest: second.manifest.digest,
        old,
        new: data,
    }
}

/// Copies a catalog file (with its WAL, if any).
fn copy_catalog(from: &Path, to: &Path) {
    for suffix in ["", "-wal", "-shm"] {
        let src = PathBuf::from(format!("{}{suffix}", from.display()));
        let dst = PathBuf::from(format!("{}{suffix}", to.display()));
        let _ = std::fs::remove_file(&dst);
        if src.exists() {
            std::fs::copy(src, dst).unwrap();
        }
    }
}

fn kill_at_many_points(snapshot_only: bool) {
    let c = case(snapshot_only);
    let work = c._tmp.path().join("work.sqlite");
    // How long an uninterrupted child takes.
    copy_catalog(&c.base, &work);
    let t = Instant::now();
    assert!(spawn_child(&c.feed, &work).wait().unwrap().success());
    let full = t.elapsed();
    assert_eq!(
        catalog::store::read_sync_state(&work)
            .unwrap()
            .unwrap()
            .digest,
        c.new_digest
    );
    let points = 24u32;
    let (mut saw_old, mut saw_new) = (0, 0);
    for i in 0..points {
        copy_catalog(&c.base, &work);
        let mut child = spawn_child(&c.feed, &work);
        std::thread::sleep(full * i / (points - 4));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        // Exactly old or exactly new, seq and digest agreeing with the rows.
        let st = catalog::store::read_sync_state(&work).unwrap().unwrap();
        let cat = catalog::Catalog::open(&work).unwrap();
        let digest = cat.digest().unwrap();
        assert_eq!(
            digest, st.digest,
            "kill point {i}: recorded digest disagrees with the rows"
        );
        match st.seq {
            1 => {
                assert_eq!(digest, c.old_digest);
                assert_same_catalog(&cat, &c.old);
                saw_old += 1;
            }
            2 => {
                assert_eq!(digest, c.new_digest);
                assert_same_catalog(&cat, &c.new);
                saw_new += 1;
            }
            s => panic!("kill point {i}: seq {s}"),
        }
        // The search index loads and answers.
        assert!(cat.counts().unwrap().services > 0);
        drop(cat);
        // A rerun converges.
        sync::sideload(&c.feed, &work, &sync::TrustedKeys::dev(), None, &|_| {}).unwrap();
        assert_same_catalog(&catalog::Catalog::open(&work).unwrap(), &c.new);
    }
    assert!(
        saw_old > 0 && saw_new > 0,
        "old {saw_old}, new {saw_new}: the kill points span the apply"
    );
}

#[test]
fn killed_delta_apply_leaves_old_or_new() {
    kill_at_many_points(false);
}

#[test]
fn killed_snapshot_apply_leaves_old_or_new() {
    kill_at_many_points(true);
}

#[test]
fn failed_apply_changes_nothing_and_a_rerun_converges() {
    // In-process faults at the last moment: a digest that does not match
    // (the transaction is rolled back after every write was made).
    let c = case(false);
    let work = c._tmp.path().join("work.sqlite");
    copy_catalog(&c.base, &work);
    let m =
        sync::FeedManifest::parse(&std::fs::read(c.feed.join("manifest.json")).unwrap()).unwrap();
    // A snapshot whose header and manifest promise a digest its rows do
    // not have: every row is written, then the check before COMMIT fails.
    let bytes = std::fs::read(c.feed.join(&m.snapshot.path)).unwrap();
    let mut decoded = feed::format::decode("snapshot", &bytes).unwrap();
    decoded.header.digest = "0".repeat(64);
    let forged = feed::format::encode(&decoded.header, &decoded.ops, &[]);
    let sha = feed::format::sha256_hex(&forged);
    let mut lying = m.clone();
    lying.digest = "0".repeat(64);
    lying.snapshot.path = format!("snap/{sha}.ndjson.zst");
    lying.snapshot.sha256 = sha;
    lying.snapshot.size = forged.len() as u64;
    let err = sync::apply::apply_file(&work, &lying, None, &forged, &|_| {}).unwrap_err();
    assert!(err.to_string().contains("digest"), "{err}");
    let st = catalog::store::read_sync_state(&work).unwrap().unwrap();
    assert_eq!((st.seq, st.digest.as_str()), (1, c.old_digest.as_str()));
    sync::sideload(&c.feed, &work, &sync::TrustedKeys::dev(), None, &|_| {}).unwrap();
    assert_same_catalog(&catalog::Catalog::open(&work).unwrap(), &c.new);
}
