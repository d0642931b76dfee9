//! `cargo bench -p sync --bench feed`: the feed's budgets (DESIGN §5) on
//! the sample catalog (8,000 services, 1,150 associations, learning
//! resources, reports, news), then the snapshot and first load of the
//! official records (`feed/official/...`, the app's starter feed). Prints
//! `feed/<figure>=<value>` lines; timings are medians of several runs.
//! Budgets are goals to report, not asserted. `INTEGRA_BENCH_OFFICIAL_ONLY=1`
//! runs the official part alone (e.g. under a profiler).
#![allow(clippy::print_stdout)]

use std::path::Path;
use std::time::Instant;

use catalog::sample::{SampleOptions, generate};
use feed::SigningKey;
use feed::format::FeedManifest;
use portal::Publication;
use portal::publish::{PublishOptions, hashes_of, write_feed};
use sync::apply::apply_file;
use sync::{Client, ClientConfig, TrustedKeys};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

fn manifest(dir: &Path) -> FeedManifest {
    FeedManifest::parse(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let key = SigningKey::from_file(&root.join("assets/feed/dev-keys/online.key")).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    if std::env::var_os("INTEGRA_BENCH_OFFICIAL_ONLY").is_some() {
        official(&root, &key, tmp.path(), PublishOptions::default());
        return;
    }
    let feed = tmp.path().join("feed");
    let mut data = generate(SampleOptions::default());
    let opts = PublishOptions::default();

    let t = Instant::now();
    let first = write_feed(&data, &feed, &key, 1, "bench", &[], opts).unwrap();
    let publish_ms = t.elapsed().as_secs_f64() * 1e3;
    let snap = first.manifest.snapshot.clone();
    let snap_bytes = std::fs::read(feed.join(&snap.path)).unwrap();

    // 1% of the services change (a sentence and the date), as an editor would.
    let previous = Publication {
        seq: 1,
        chain: "bench".into(),
        created: first.manifest.created.clone(),
        digest: first.manifest.digest.clone(),
        hashes: hashes_of(&data),
        files: vec![snap.path.clone()],
    };
    let n = data.services.len() / 100;
    let step = data.services.len() / n;
    for (i, s) in data.services.iter_mut().step_by(step).take(n).enumerate() {
        s.description = format!("{} Orario aggiornato ({i}).", s.description);
        s.updated_at = "2026-12-01T10:00:00Z".into();
    }
    // The portal publishes into the same folder, where the previous
    // snapshot is (its rows are what the delta compresses against).
    let feed2 = tmp.path().join("feed2");
    std::fs::create_dir_all(feed2.join("snap")).unwrap();
    std::fs::copy(feed.join(&snap.path), feed2.join(&snap.path)).unwrap();
    let second = write_feed(&data, &feed2, &key, 2, "bench", &[previous], opts).unwrap();
    let m2 = manifest(&feed2);
    let delta = m2.deltas[0].clone();
    let delta_bytes = std::fs::read(feed2.join(&delta.file.path)).unwrap();
    let wire = std::fs::metadata(feed2.join("manifest.json"))
        .unwrap()
        .len()
        + std::fs::metadata(feed2.join("manifest.json.minisig"))
            .unwrap()
            .len()
        + delta.file.size;
    assert_eq!(second.manifest.seq, 2);

    // First load: an empty catalog file to the snapshot's state (decode,
    // validate, write, index, digest, commit).
    let mut first_load = Vec::new();
    let loaded = tmp.path().join("loaded.sqlite");
    for run in 0..5 {
        let path = tmp.path().join(format!("first-{run}.sqlite"));
        let t = Instant::now();
        apply_file(&path, &first.manifest, None, &snap_bytes, &|_| {}).unwrap();
        first_load.push(t.elapsed().as_secs_f64() * 1e3);
        if run == 0 {
            std::fs::copy(&path, &loaded).unwrap();
        }
        let _ = std::fs::remove_file(&path);
    }

    // A 1% delta applied to a loaded catalog (open, decode, validate,
    // write, digest, commit), as the app applies it: with the app's own
    // connection to the catalog open. The sync client's connection then
    // leaves the new pages in the write-ahead log when it closes, and a
    // later commit copies them into the file (SQLite's automatic
    // checkpoint, every 1,000 pages: every third or fourth such delta).
    // Alone, as `integra --sideload` runs with the app closed, the last
    // connection to close copies them at once and waits for the disk:
    // that figure is printed too.
    let mut apply = Vec::new();
    let mut apply_alone = Vec::new();
    for run in 0..14 {
        let path = tmp.path().join(format!("apply-{run}.sqlite"));
        std::fs::copy(&loaded, &path).unwrap();
        // The copy's 60 MB are still dirty in the page cache: the apply's
        // checkpoint would flush them with its own pages, timing the
        // bench's set-up (about half of the figure before this line).
        std::fs::File::open(&path).unwrap().sync_all().unwrap();
        let app = (run % 2 == 0).then(|| catalog::Catalog::open(&path).unwrap());
        let t = Instant::now();
        apply_file(&path, &m2, Some(&delta), &delta_bytes, &|_| {}).unwrap();
        let ms = t.elapsed().as_secs_f64() * 1e3;
        match app {
            Some(mut app) => {
                apply.push(ms);
                // What the app does next: the new state shows in search.
                app.reload().unwrap();
            }
            None => apply_alone.push(ms),
        }
        let _ = std::fs::remove_file(&path);
    }

    // Where the apply's time goes: the digest of the whole catalog alone,
    // and decoding plus validating the delta alone.
    let writer = catalog::store::CatalogWriter::open(&loaded).unwrap();
    let t = Instant::now();
    for _ in 0..5 {
        writer.digest().unwrap();
    }
    let digest_ms = t.elapsed().as_secs_f64() * 1e3 / 5.0;
    let t = Instant::now();
    for _ in 0..5 {
        let d = feed::format::decode_with_base("delta", &delta_bytes, &mut |keys| {
            let mut dictionary = Vec::new();
            for key in keys {
                let (table, id) = key.split_once(':').unwrap();
                let kind = catalog::RecordKind::parse(table).unwrap();
                let json = writer.row_json(kind, id).unwrap().unwrap();
                dictionary.extend(feed::format::put_line(kind, &json));
            }
            Ok(dictionary)
        })
        .unwrap();
        let change = feed::format::merge_ops(vec![d.ops]);
        catalog::validate::validate(&change.put, Default::default()).unwrap();
    }
    let decode_ms = t.elapsed().as_secs_f64() * 1e3 / 5.0;
    drop(writer);
    let t = Instant::now();
    let d = feed::format::decode("snapshot", &snap_bytes).unwrap();
    let change = feed::format::merge_ops(vec![d.ops]);
    let snap_decode_ms = t.elapsed().as_secs_f64() * 1e3;
    let t = Instant::now();
    catalog::validate::validate(&change.put, Default::default()).unwrap();
    let snap_validate_ms = t.elapsed().as_secs_f64() * 1e3;

    // Resume: a download cut at 50% and resumed over HTTP Range, bytes
    // fetched in all / snapshot size.
    let rt = tokio::runtime::Runtime::new().unwrap();
    let ratio = rt.block_on(async {
        let store_dir = tmp.path().join("store");
        let store = portal::SqliteStore::open(&store_dir).unwrap();
        let state = portal::PortalState::new(Box::new(store), portal::ServerConfig::new(&feed));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(portal::serve(listener, state));
        let device = tmp.path().join("device");
        let cfg = ClientConfig::new(
            format!("http://{addr}/"),
            TrustedKeys::dev(),
            device.join("catalog.sqlite"),
            device.join("state"),
        );
        // The first half arrived before the cut.
        let downloads = device.join("state/downloads");
        std::fs::create_dir_all(&downloads).unwrap();
        let half = snap_bytes.len() / 2;
        std::fs::write(
            downloads.join(format!("{}.part", snap.sha256)),
            &snap_bytes[..half],
        )
        .unwrap();
        let out = Client::new(cfg).unwrap().update(|_| {}).await.unwrap();
        (half as u64 + out.bytes) as f64 / snap.size as f64
    });

    println!("feed/snapshot_bytes={}", snap.size);
    println!("feed/delta_1pct_bytes={wire}");
    println!("feed/delta_1pct_file_bytes={}", delta.file.size);
    println!("feed/delta_1pct_ops={}", delta.file.ops);
    println!("feed/first_load_ms={:.1}", median(first_load));
    println!("feed/apply_1pct_ms={:.2}", median(apply));
    println!("feed/apply_1pct_alone_ms={:.2}", median(apply_alone));
    println!("feed/resume_ratio={ratio:.3}");
    println!("feed/rows={}", first.manifest.rows);
    println!("feed/publish_ms={publish_ms:.0}");
    println!("feed/digest_ms={digest_ms:.1}");
    println!("feed/delta_decode_validate_ms={decode_ms:.2}");
    println!("feed/snapshot_decode_ms={snap_decode_ms:.0}");
    println!("feed/snapshot_validate_ms={snap_validate_ms:.0}");
    official(&root, &key, tmp.path(), opts);
}

/// The official records, as the app's bundled starter feed holds them.
fn official(root: &Path, key: &SigningKey, tmp: &Path, opts: PublishOptions) {
    let official = portal::publish::starter_data(
        portal::publish::StarterData::Official,
        &root.join("assets/data/official"),
    )
    .unwrap();
    let off_feed = tmp.join("official-feed");
    let off = write_feed(&official, &off_feed, key, 1, "bench-official", &[], opts).unwrap();
    let off_bytes = std::fs::read(off_feed.join(&off.manifest.snapshot.path)).unwrap();
    let mut off_load = Vec::new();
    let mut off_catalog_bytes = 0;
    for run in 0..5 {
        let path = tmp.join(format!("official-{run}.sqlite"));
        let t = Instant::now();
        apply_file(&path, &off.manifest, None, &off_bytes, &|_| {}).unwrap();
        off_load.push(t.elapsed().as_secs_f64() * 1e3);
        off_catalog_bytes = std::fs::metadata(&path).unwrap().len();
        let _ = std::fs::remove_file(&path);
    }
    println!(
        "feed/official/snapshot_bytes={}",
        off.manifest.snapshot.size
    );
    println!("feed/official/rows={}", off.manifest.rows);
    println!("feed/official/first_load_ms={:.1}", median(off_load));
    println!("feed/official/catalog_bytes={off_catalog_bytes}");
}
