//! Corrupt downloads and attacks on the feed: each is refused before
//! anything is parsed or applied, and the catalog stays exactly as it was
//! (or, for a rotation to the backup key, the feed is accepted).

#[path = "sync_support.rs"]
mod support;

use std::path::Path;

use chrono::{Duration, Utc};
use feed::SigningKey;
use feed::format::{FeedManifest, MAX_FILE_BYTES};
use portal::publish::PublishOptions;
use support::*;
use sync::{KeyRole, Route, SyncError};

/// Rewrites the feed's manifest with `edit` and signs it with `key`.
fn resign(feed_dir: &Path, key: &SigningKey, edit: impl FnOnce(&mut FeedManifest)) {
    let bytes = std::fs::read(feed_dir.join("manifest.json")).unwrap();
    let mut m = FeedManifest::parse(&bytes).unwrap();
    edit(&mut m);
    let bytes = m.to_bytes();
    let sig = key.sign(&bytes, "test").unwrap();
    std::fs::write(feed_dir.join("manifest.json"), &bytes).unwrap();
    std::fs::write(feed_dir.join("manifest.json.minisig"), sig).unwrap();
}

/// A device synced to seq 1 of a small portal, and the server.
async fn synced() -> (Portal, Server, Device, String) {
    let portal = Portal::new(&small_catalog(60));
    portal.publish();
    let server = portal.serve().await;
    let device = Device::new();
    device.client(&server.url()).update(|_| {}).await.unwrap();
    let digest = device.catalog().digest().unwrap();
    (portal, server, device, digest)
}

/// The catalog still holds exactly seq `seq` with `digest`.
fn unchanged(device: &Device, seq: u64, digest: &str) {
    let st = device.state().unwrap();
    assert_eq!(st.seq, seq);
    assert_eq!(st.digest, digest);
    assert_eq!(device.catalog().digest().unwrap(), digest);
}

fn next_seq(portal: &Portal, edits: usize) {
    let mut data = portal.store().catalog_data();
    edit_services(&mut data, edits, 7);
    portal.store().put_all(&data);
    portal.publish();
}

trait StoreExt {
    fn catalog_data(&self) -> catalog::model::CatalogData;
    fn put_all(&mut self, d: &catalog::model::CatalogData);
}

impl StoreExt for portal::SqliteStore {
    fn catalog_data(&self) -> catalog::model::CatalogData {
        portal::Store::catalog(self).unwrap()
    }
    fn put_all(&mut self, d: &catalog::model::CatalogData) {
        portal::Store::put(self, d).unwrap();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn corrupt_downloads_are_refused_before_parsing() {
    let (portal, server, device, digest) = synced().await;
    let client = device.client(&server.url());
    next_seq(&portal, 2);
    let m = FeedManifest::parse(&std::fs::read(portal.feed_dir.join("manifest.json")).unwrap())
        .unwrap();
    let snap = portal.feed_dir.join(&m.snapshot.path);
    let delta = portal.feed_dir.join(&m.deltas[0].file.path);
    let good_snap = std::fs::read(&snap).unwrap();
    let good_delta = std::fs::read(&delta).unwrap();

    let cases: Vec<(&str, Vec<u8>, Vec<u8>)> = vec![
        (
            "truncated",
            good_delta[..good_delta.len() / 2].to_vec(),
            good_snap[..good_snap.len() - 1].to_vec(),
        ),
        ("flipped bits", flip(&good_delta), flip(&good_snap)),
        (
            "wrong file under the right name",
            good_snap.clone(),
            good_delta.clone(),
        ),
        (
            "captive portal page",
            b"<html><body>Accedi al Wi-Fi</body></html>".to_vec(),
            b"<html><body>Accedi al Wi-Fi</body></html>".to_vec(),
        ),
    ];
    for (name, bad_delta, bad_snap) in cases {
        std::fs::write(&delta, &bad_delta).unwrap();
        std::fs::write(&snap, &bad_snap).unwrap();
        let err = client.update(|_| {}).await.unwrap_err();
        assert!(matches!(err, SyncError::Corrupt { .. }), "{name}: {err}");
        assert_eq!(err.message_id(), "sync-error-corrupt");
        unchanged(&device, 1, &digest);
        let status = client.status().await.unwrap();
        assert_eq!(
            status.last_error_id.as_deref(),
            Some("sync-error-corrupt"),
            "{name}"
        );
    }

    // A bad delta alone: the snapshot is taken instead.
    std::fs::write(&delta, flip(&good_delta)).unwrap();
    std::fs::write(&snap, &good_snap).unwrap();
    let out = client.update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::SnapshotAfterDeltaFailed);
    assert_eq!(device.state().unwrap().digest, m.digest);

    // A server that sends more than declared: only the declared bytes are kept.
    let other = Device::new();
    let mut longer = good_snap.clone();
    longer.extend(std::iter::repeat_n(b'x', 100_000));
    std::fs::write(&snap, &longer).unwrap();
    let out = other.client(&server.url()).update(|_| {}).await.unwrap();
    assert_eq!(out.bytes, m.snapshot.size);
    assert_eq!(other.state().unwrap().digest, m.digest);
}

fn flip(bytes: &[u8]) -> Vec<u8> {
    let mut b = bytes.to_vec();
    let i = b.len() / 3;
    b[i] ^= 0x10;
    b
}

/// A server answering every request with a Wi-Fi login page.
async fn captive_portal() -> std::net::SocketAddr {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = s.read(&mut buf).await;
                let body = "<html><body>Accedi al Wi-Fi gratuito</body></html>";
                let resp = format!(
                    "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                    body.len()
                );
                let _ = s.write_all(resp.as_bytes()).await;
            });
        }
    });
    addr
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn captive_portal_manifest_is_refused() {
    let (_portal, _server, device, digest) = synced().await;
    let addr = captive_portal().await;
    let err = device
        .client(&format!("http://{addr}/"))
        .update(|_| {})
        .await
        .unwrap_err();
    assert!(matches!(err, SyncError::SignatureInvalid(_)), "{err}");
    unchanged(&device, 1, &digest);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn attacks_on_the_manifest() {
    let (portal, server, device, digest) = synced().await;
    let client = device.client(&server.url());
    let feed = &portal.feed_dir;
    let old_manifest = std::fs::read(feed.join("manifest.json")).unwrap();
    let old_sig = std::fs::read(feed.join("manifest.json.minisig")).unwrap();
    next_seq(&portal, 1);
    client.update(|_| {}).await.unwrap();
    let digest2 = device.state().unwrap().digest;
    assert_ne!(digest, digest2);
    let current = (
        std::fs::read(feed.join("manifest.json")).unwrap(),
        std::fs::read(feed.join("manifest.json.minisig")).unwrap(),
    );
    let restore = || {
        std::fs::write(feed.join("manifest.json"), &current.0).unwrap();
        std::fs::write(feed.join("manifest.json.minisig"), &current.1).unwrap();
    };

    // Replayed old manifest (validly signed, seq 1 < 2).
    std::fs::write(feed.join("manifest.json"), &old_manifest).unwrap();
    std::fs::write(feed.join("manifest.json.minisig"), &old_sig).unwrap();
    let err = client.update(|_| {}).await.unwrap_err();
    assert!(
        matches!(
            err,
            SyncError::Rollback {
                local: 2,
                offered: 1
            }
        ),
        "{err}"
    );
    unchanged(&device, 2, &digest2);

    // Expired (a frozen feed).
    restore();
    resign(feed, &portal.key, |m| {
        m.created = (Utc::now() - Duration::days(30)).to_rfc3339();
        m.expires = (Utc::now() - Duration::days(16)).to_rfc3339();
    });
    let err = client.update(|_| {}).await.unwrap_err();
    assert!(matches!(err, SyncError::Expired { .. }), "{err}");
    assert_eq!(err.message_id(), "sync-error-expired");
    unchanged(&device, 2, &digest2);

    // Huge seq.
    restore();
    resign(feed, &portal.key, |m| m.seq = u64::MAX);
    let err = client.update(|_| {}).await.unwrap_err();
    assert!(matches!(err, SyncError::ManifestInvalid(_)), "{err}");
    unchanged(&device, 2, &digest2);

    // Oversize file declared.
    restore();
    resign(feed, &portal.key, |m| m.snapshot.size = MAX_FILE_BYTES + 1);
    let err = client.update(|_| {}).await.unwrap_err();
    assert!(matches!(err, SyncError::TooLarge { .. }), "{err}");
    unchanged(&device, 2, &digest2);

    // Oversize manifest.
    restore();
    let mut big = current.0.clone();
    big.extend(std::iter::repeat_n(b' ', 1024 * 1024));
    std::fs::write(feed.join("manifest.json"), &big).unwrap();
    let err = client.update(|_| {}).await.unwrap_err();
    assert!(matches!(err, SyncError::TooLarge { .. }), "{err}");
    unchanged(&device, 2, &digest2);

    // Unknown schema (signed: a newer portal).
    restore();
    resign(feed, &portal.key, |m| m.schema_version = 99);
    let err = client.update(|_| {}).await.unwrap_err();
    assert!(matches!(err, SyncError::UnknownSchema { .. }), "{err}");
    assert_eq!(err.message_id(), "sync-error-app-too-old");
    unchanged(&device, 2, &digest2);

    // A key the app does not trust.
    restore();
    let (secret, _) = feed::sign::generate_keypair("attacker").unwrap();
    let attacker = SigningKey::from_text(&secret).unwrap();
    resign(feed, &attacker, |m| m.seq = 3);
    let err = client.update(|_| {}).await.unwrap_err();
    assert!(matches!(err, SyncError::SignatureInvalid(_)), "{err}");
    assert_eq!(err.message_id(), "sync-error-signature");
    unchanged(&device, 2, &digest2);

    // A manifest edited after signing (a different phone would be a
    // different digest; any byte counts).
    restore();
    let tampered = String::from_utf8(current.0.clone())
        .unwrap()
        .replace("\"seq\": 2", "\"seq\": 3");
    std::fs::write(feed.join("manifest.json"), tampered).unwrap();
    let err = client.update(|_| {}).await.unwrap_err();
    assert!(matches!(err, SyncError::SignatureInvalid(_)), "{err}");
    unchanged(&device, 2, &digest2);

    // Rotation: the next seq signed by the offline backup key is accepted.
    restore();
    let backup = backup_key();
    let mut data = portal.store().catalog_data();
    edit_services(&mut data, 1, 9);
    portal.store().put_all(&data);
    portal::publish::publish(
        &mut portal.store(),
        feed,
        &backup,
        PublishOptions::default(),
    )
    .unwrap();
    let out = client.update(|_| {}).await.unwrap();
    assert_eq!(out.signed_by, KeyRole::Backup);
    assert_eq!(out.route, Route::Delta);
    assert_eq!(out.to, 3);
    assert_same_catalog(&device.catalog(), &data);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deltas_from_another_chain_are_not_applied() {
    let (_portal, _server, device, _digest) = synced().await;
    // Another portal (another chain) with a seq 2 and a delta from its seq 1.
    let mut data = small_catalog(50);
    let other = Portal::new(&data);
    other.publish();
    edit_services(&mut data, 1, 4);
    other.store().put_all(&data);
    let report = other.publish();
    assert_eq!(report.manifest.deltas[0].from, 1);
    let server = other.serve().await;
    let out = device.client(&server.url()).update(|_| {}).await.unwrap();
    assert_eq!(
        out.route,
        Route::Snapshot,
        "a delta of another chain is never applied"
    );
    assert_same_catalog(&device.catalog(), &data);

    // Mix and match: a manifest naming a delta from the device's exact
    // state, whose bytes come from the other chain: the file fails its
    // checks and the snapshot is used.
    let (portal, server, device, digest) = synced().await;
    next_seq(&portal, 1);
    let m = FeedManifest::parse(&std::fs::read(portal.feed_dir.join("manifest.json")).unwrap())
        .unwrap();
    let foreign = std::fs::read(other.feed_dir.join(&report.manifest.deltas[0].file.path)).unwrap();
    let name = format!(
        "delta/1-2-{}.ndjson.zst",
        feed::format::sha256_hex(&foreign)
    );
    std::fs::write(portal.feed_dir.join(&name), &foreign).unwrap();
    resign(&portal.feed_dir, &portal.key, |m| {
        m.deltas[0].file.path = name.clone();
        m.deltas[0].file.sha256 = feed::format::sha256_hex(&foreign);
        m.deltas[0].file.size = foreign.len() as u64;
        m.deltas[0].from_digest = digest.clone();
    });
    let out = device.client(&server.url()).update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::SnapshotAfterDeltaFailed);
    assert_eq!(device.state().unwrap().digest, m.digest);
}

#[test]
fn expiry_is_judged_against_the_newest_created_seen() {
    let portal = Portal::new(&small_catalog(10));
    let t0 = Utc::now();
    portal.publish_with(PublishOptions {
        now: t0 - Duration::days(10),
        ..PublishOptions::default()
    });
    let manifest = std::fs::read(portal.feed_dir.join("manifest.json")).unwrap();
    let sig = std::fs::read(portal.feed_dir.join("manifest.json.minisig")).unwrap();
    let keys = sync::TrustedKeys::dev();
    // Valid by the clock (expires in 4 days)…
    assert!(sync::check_manifest(&manifest, &sig, &keys, None, None, t0).is_ok());
    // …but the device has seen a manifest created 5 days from now: its
    // clock is behind, and this manifest is frozen.
    let err = sync::check_manifest(
        &manifest,
        &sig,
        &keys,
        None,
        Some(t0 + Duration::days(5)),
        t0,
    )
    .unwrap_err();
    assert!(matches!(err, SyncError::Expired { .. }), "{err}");
}

/// A delta's ops are compressed against the rows they replace, as the
/// device holds them (FORMAT.md). A device whose copy of one of those rows
/// differs (changed outside the feed) cannot decode it: zstd's checksum
/// fails, the delta is corrupt, and the snapshot is loaded instead.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delta_over_rows_the_device_does_not_hold_falls_back_to_the_snapshot() {
    let (portal, server, device, _) = synced().await;
    next_seq(&portal, 3);
    let m = FeedManifest::parse(&std::fs::read(portal.feed_dir.join("manifest.json")).unwrap())
        .unwrap();
    let delta = std::fs::read(portal.feed_dir.join(&m.deltas[0].file.path)).unwrap();
    let mut base = Vec::new();
    let err = feed::format::decode_with_base("delta", &delta, &mut |keys| {
        base = keys.to_vec();
        Err(feed::FeedError::Storage("only the keys are wanted".into()))
    })
    .unwrap_err();
    assert!(
        matches!(&err, feed::FeedError::Storage(m) if m == "only the keys are wanted"),
        "{err}"
    );
    assert_eq!(base.len(), 3, "the three edited services: {base:?}");

    let (_, id) = base[1].split_once(':').unwrap();
    let mut cat = device.catalog();
    let mut service = cat.service(id).unwrap().unwrap();
    service.name.push_str(" (copia locale)");
    cat.import(
        &catalog::model::CatalogData {
            services: vec![service],
            ..Default::default()
        },
        Default::default(),
    )
    .unwrap();
    drop(cat);
    let out = device.client(&server.url()).update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::SnapshotAfterDeltaFailed);
    assert_eq!(device.state().unwrap().digest, m.digest);
    assert_eq!(device.catalog().digest().unwrap(), m.digest);
}
