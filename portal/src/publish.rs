//! The publisher: the editorial store's records → the next seq of the feed
//! folder: the snapshot, deltas from each publication of the last 90 days (at
//! most 64) straight to this seq, the signed manifest; then files no recent
//! manifest references are removed. Also [`refresh`] and [`starter`] (the
//! bundled starter feed: the sample catalog at seq 1, deterministic).
//!
//! A publication can never wipe the devices: one with no records, or one
//! that removes more than [`PublishOptions::max_removed_share`] of the last
//! publication's records, is refused before anything is written unless an
//! admin confirms it (`confirm_removals`, the command line's
//! `--confirm-removals`). Every device that syncs or sideloads a feed makes
//! its catalog equal to it, so an emptied store would empty them all.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use catalog::model::CatalogData;
use chrono::{DateTime, Duration, SecondsFormat, Utc};

use crate::store::{Publication, Store, StoreError};
use catalog::Record;
use feed::FeedError;
use feed::format::{
    DeltaFile, FORMAT_VERSION, FeedFile, FeedManifest, FeedOp, FileHeader, MAX_BASE_ROWS,
    SCHEMA_VERSION, decode, delta_ops, digest_rows, encode, row_hashes, rows_of, sha256_hex,
};
use feed::sign::{SigningKey, TrustedKeys};

/// Publishing choices; the defaults are the portal's.
#[derive(Debug, Clone, Copy)]
pub struct PublishOptions {
    pub now: DateTime<Utc>,
    /// How long a manifest stays valid (clients refuse it afterwards).
    pub validity: Duration,
    /// Deltas are made from every publication this recent…
    pub delta_window: Duration,
    /// …but from at most this many (older clients take the snapshot).
    pub max_deltas: usize,
    /// The share of the last publication's records a new one may remove
    /// without confirmation.
    pub max_removed_share: f64,
    /// An admin confirmed a publication with no records or one removing
    /// more than `max_removed_share`.
    pub confirm_removals: bool,
}

impl Default for PublishOptions {
    fn default() -> Self {
        PublishOptions {
            now: Utc::now(),
            validity: Duration::days(14),
            delta_window: Duration::days(90),
            max_deltas: 64,
            max_removed_share: 0.10,
            confirm_removals: false,
        }
    }
}

/// What a publish did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishReport {
    pub manifest: FeedManifest,
    /// The snapshot file was already there (catalog unchanged).
    pub snapshot_reused: bool,
    /// Files removed because no recent manifest references them.
    pub pruned: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum PublishError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Feed(#[from] FeedError),
    #[error(
        "the store holds no records: publishing it would empty the catalog of every \
         device that syncs. Nothing was written; confirm with --confirm-removals if the \
         catalog really is to be emptied"
    )]
    Empty,
    #[error(
        "this publication would remove {} of the {} records of seq {} ({:.1}%, more than \
         the {:.0}% allowed without confirmation): {}; for example {}. Nothing was \
         written; check the store, or confirm with --confirm-removals",
        .0.removed.len(), .0.of, .0.seq, .0.percent(), .0.allowed * 100.0, .0.by_kind(),
        .0.examples()
    )]
    TooManyRemoved(Removals),
    #[error(
        "another publication is under way (perhaps from another portal instance); \
         nothing was written: try again when it has ended"
    )]
    Busy,
}

/// What a publication would remove from the last one.
#[derive(Debug, Clone, PartialEq)]
pub struct Removals {
    /// The last publication's seq and its number of records.
    pub seq: u64,
    pub of: usize,
    /// Row keys (`<table>:<id>`) of the records that would go, sorted.
    pub removed: Vec<String>,
    /// The share allowed without confirmation.
    pub allowed: f64,
}

impl Removals {
    pub fn percent(&self) -> f64 {
        self.removed.len() as f64 * 100.0 / self.of.max(1) as f64
    }

    /// "1200 service, 34 organization": counts by table.
    pub fn by_kind(&self) -> String {
        let mut counts: std::collections::BTreeMap<&str, usize> = Default::default();
        for key in &self.removed {
            let table = key.split_once(':').map_or(key.as_str(), |(t, _)| t);
            *counts.entry(table).or_default() += 1;
        }
        counts
            .iter()
            .map(|(table, n)| format!("{n} {table}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn examples(&self) -> String {
        let mut shown: Vec<&str> = self.removed.iter().take(5).map(String::as_str).collect();
        if self.removed.len() > shown.len() {
            shown.push("…");
        }
        shown.join(", ")
    }
}

/// Refuses a publication of `rows` that would empty the devices or remove
/// too much of `last`, unless confirmed.
fn check_removals(
    kept: &HashSet<String>,
    last: Option<&Publication>,
    opts: &PublishOptions,
) -> Result<(), PublishError> {
    if opts.confirm_removals {
        return Ok(());
    }
    if kept.is_empty() {
        return Err(PublishError::Empty);
    }
    let Some(last) = last else { return Ok(()) };
    let mut removed: Vec<String> = last
        .hashes
        .keys()
        .filter(|k| !kept.contains(*k))
        .cloned()
        .collect();
    if removed.len() as f64 > opts.max_removed_share * last.hashes.len() as f64 {
        removed.sort();
        return Err(PublishError::TooManyRemoved(Removals {
            seq: last.seq,
            of: last.hashes.len(),
            removed,
            allowed: opts.max_removed_share,
        }));
    }
    Ok(())
}

/// Records of one kind the next publication would add, change or remove.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct KindChanges {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
}

/// What the next publication would carry, measured against the last one.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    /// The last publication's seq and time; None before the first.
    pub last: Option<(u64, String)>,
    pub by_kind: Vec<(catalog::RecordKind, KindChanges)>,
    /// Records the publication would hold.
    pub rows: usize,
    /// The delta devices at the last seq would download (bytes), when the
    /// last snapshot is still in the feed folder.
    pub delta_bytes: Option<u64>,
    /// Why it would be refused without an admin's confirmation.
    pub refused: Option<Refusal>,
}

/// Why a publication needs an admin's confirmation.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// It holds no records.
    Empty,
    TooManyRemoved(Removals),
}

impl Pending {
    pub fn total(&self) -> KindChanges {
        self.by_kind
            .iter()
            .fold(KindChanges::default(), |a, (_, c)| KindChanges {
                added: a.added + c.added,
                changed: a.changed + c.changed,
                removed: a.removed + c.removed,
            })
    }
}

/// What publishing now would carry (nothing is written). `with_delta`
/// also builds the delta in memory to give its size.
pub fn pending(
    store: &dyn Store,
    feed_dir: &Path,
    opts: &PublishOptions,
    with_delta: bool,
) -> Result<Pending, PublishError> {
    // The hashes the store keeps beside each record: no record is read or
    // hashed again to count what changed.
    let hashes = store.content_hashes()?;
    let previous = store.publications(1)?;
    let last = previous.first();
    let mut counts: std::collections::BTreeMap<&'static str, KindChanges> = Default::default();
    let kind_of = |key: &str| {
        key.split_once(':')
            .and_then(|(table, _)| catalog::RecordKind::parse(table))
    };
    for (key, hash) in &hashes {
        let Some(kind) = kind_of(key) else { continue };
        let c = counts.entry(kind.as_str()).or_default();
        match last.map(|l| l.hashes.get(key)) {
            Some(Some(h)) if h == hash => {}
            Some(Some(_)) => c.changed += 1,
            _ => c.added += 1,
        }
    }
    if let Some(l) = last {
        for key in l.hashes.keys().filter(|k| !hashes.contains_key(*k)) {
            if let Some(kind) = kind_of(key) {
                counts.entry(kind.as_str()).or_default().removed += 1;
            }
        }
    }
    let by_kind = catalog::RecordKind::ALL
        .into_iter()
        .map(|k| (k, counts.get(k.as_str()).copied().unwrap_or_default()))
        .collect();
    let delta_bytes = match last {
        Some(l) if with_delta => {
            let rows = rows_of(&store.catalog()?);
            let old_rows = published_rows(feed_dir, l);
            let digest = digest_rows(&rows);
            let (entry, _) = delta_file(l, &old_rows, &rows, &digest, l.seq + 1);
            Some(entry.file.size)
        }
        _ => None,
    };
    let kept: HashSet<String> = hashes.keys().cloned().collect();
    let refused = match check_removals(&kept, last, opts) {
        Err(PublishError::TooManyRemoved(r)) => Some(Refusal::TooManyRemoved(r)),
        Err(_) => Some(Refusal::Empty),
        Ok(()) => None,
    };
    Ok(Pending {
        last: last.map(|l| (l.seq, l.created.clone())),
        by_kind,
        rows: hashes.len(),
        delta_bytes,
        refused,
    })
}

fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Writes `bytes` to `dir/rel` unless a file with those bytes is there
/// already (temporary file, then rename). True if it was there.
fn put_file(dir: &Path, rel: &str, bytes: &[u8]) -> Result<bool, FeedError> {
    let path = dir.join(rel);
    if std::fs::read(&path).is_ok_and(|old| old == bytes) {
        return Ok(true);
    }
    let parent = path.parent().expect("feed files live in a folder");
    std::fs::create_dir_all(parent).map_err(|e| FeedError::io(parent, e))?;
    let tmp = parent.join(format!(
        ".tmp-{}",
        path.file_name().expect("file name").to_string_lossy()
    ));
    std::fs::write(&tmp, bytes).map_err(|e| FeedError::io(&tmp, e))?;
    std::fs::rename(&tmp, &path).map_err(|e| FeedError::io(&path, e))?;
    Ok(false)
}

/// The snapshot of `rows`: (entry, bytes).
fn snapshot_file(rows: &[Record], digest: &str) -> (FeedFile, Vec<u8>) {
    let ops: Vec<FeedOp> = rows.iter().cloned().map(FeedOp::Put).collect();
    let header = FileHeader {
        integra_feed: FORMAT_VERSION,
        schema_version: SCHEMA_VERSION,
        kind: "snapshot".into(),
        from_digest: None,
        digest: digest.to_string(),
        ops: ops.len() as u64,
        base: Vec::new(),
    };
    let bytes = encode(&header, &ops, &[]);
    let sha = sha256_hex(&bytes);
    (
        FeedFile {
            path: format!("snap/{sha}.ndjson.zst"),
            sha256: sha,
            size: bytes.len() as u64,
            ops: ops.len() as u64,
        },
        bytes,
    )
}

/// The rows of `from`'s snapshot, by key, when its file is still in
/// `feed_dir` (a pruned or unreadable one gives none: its deltas are then
/// compressed on their own).
pub fn published_rows(feed_dir: &Path, from: &Publication) -> HashMap<String, Record> {
    let Some(path) = from.files.iter().find(|f| f.starts_with("snap/")) else {
        return HashMap::new();
    };
    let Ok(bytes) = std::fs::read(feed_dir.join(path)) else {
        return HashMap::new();
    };
    let Ok(decoded) = decode(path, &bytes) else {
        return HashMap::new();
    };
    decoded
        .ops
        .into_iter()
        .filter_map(|op| match op {
            FeedOp::Put(row) => Some((row.kind().key(row.id()), row)),
            FeedOp::Del { .. } => None,
        })
        .collect()
}

/// A delta from `from` (its row hashes and digest) to `rows` at `seq`.
/// Rows it replaces that are in `old_rows` (as `from` published them) make
/// the dictionary its ops are compressed with: a device holds them at
/// `from`, so an edited row costs little more than its edit.
pub fn delta_file(
    from: &Publication,
    old_rows: &HashMap<String, Record>,
    rows: &[Record],
    digest: &str,
    seq: u64,
) -> (DeltaFile, Vec<u8>) {
    let ops = delta_ops(&from.hashes, rows);
    let mut base = Vec::new();
    let mut dictionary = Vec::new();
    for op in &ops {
        let FeedOp::Put(row) = op else { continue };
        let key = row.kind().key(row.id());
        let Some(old) = old_rows.get(&key) else {
            continue;
        };
        // Only a row exactly as `from` recorded it (the device's copy).
        if base.len() >= MAX_BASE_ROWS || from.hashes.get(&key) != Some(&old.hash()) {
            continue;
        }
        serde_json::to_writer(&mut dictionary, &FeedOp::Put(old.clone())).expect("rows serialize");
        dictionary.push(b'\n');
        base.push(key);
    }
    let header = FileHeader {
        integra_feed: FORMAT_VERSION,
        schema_version: SCHEMA_VERSION,
        kind: "delta".into(),
        from_digest: Some(from.digest.clone()),
        digest: digest.to_string(),
        ops: ops.len() as u64,
        base,
    };
    let bytes = encode(&header, &ops, &dictionary);
    let sha = sha256_hex(&bytes);
    (
        DeltaFile {
            from: from.seq,
            from_digest: from.digest.clone(),
            file: FeedFile {
                path: format!("delta/{}-{seq}-{sha}.ndjson.zst", from.seq),
                sha256: sha,
                size: bytes.len() as u64,
                ops: ops.len() as u64,
            },
        },
        bytes,
    )
}

/// Signs and writes the manifest. The signature is kept when the manifest
/// bytes did not change and it still verifies (minisign signatures carry
/// random noise: this keeps a regenerated feed byte-identical).
fn write_manifest(dir: &Path, m: &FeedManifest, key: &SigningKey) -> Result<(), FeedError> {
    let bytes = m.to_bytes();
    let sig_path = dir.join("manifest.json.minisig");
    let keep = std::fs::read(dir.join("manifest.json")).is_ok_and(|old| old == bytes)
        && std::fs::read(&sig_path).is_ok_and(|sig| {
            let pk = key.public_base64();
            TrustedKeys::new(&pk, &pk).is_ok_and(|k| k.verify(&bytes, &sig).is_ok())
        });
    if keep {
        return Ok(());
    }
    let sig = key.sign(
        &bytes,
        &format!(
            "integra feed chain {} seq {} created {}",
            m.chain, m.seq, m.created
        ),
    )?;
    // Signature first: a client reading between the two renames sees a
    // mismatch, refuses it, and simply tries again later.
    put_file(dir, "manifest.json.minisig", sig.as_bytes())?;
    put_file(dir, "manifest.json", &bytes)?;
    Ok(())
}

/// Publishes the store's records as the next seq (refused, with nothing
/// written, if it would empty the devices or remove too much: see the
/// module's documentation).
pub fn publish(
    store: &mut dyn Store,
    feed_dir: &Path,
    key: &SigningKey,
    opts: PublishOptions,
) -> Result<PublishReport, PublishError> {
    // One at a time, whichever instance asks: two would write the same
    // feed folder and the same seq.
    if !store.lock_publishing()? {
        return Err(PublishError::Busy);
    }
    // Unlocked however it ends, a panic included: a lock left held would
    // refuse every later publication.
    let published = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        publish_locked(store, feed_dir, key, opts)
    }));
    let unlocked = store.unlock_publishing();
    let published = published.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
    let report = published?;
    unlocked?;
    Ok(report)
}

fn publish_locked(
    store: &mut dyn Store,
    feed_dir: &Path,
    key: &SigningKey,
    opts: PublishOptions,
) -> Result<PublishReport, PublishError> {
    let (data, previous) = store.snapshot(opts.max_deltas.max(2))?;
    let rows = rows_of(&data);
    let kept: HashSet<String> = rows.iter().map(|r| r.kind().key(r.id())).collect();
    check_removals(&kept, previous.first(), &opts)?;
    let chain = previous
        .first()
        .map_or_else(new_chain_id, |p| p.chain.clone());
    let seq = previous.first().map_or(1, |p| p.seq + 1);
    let report = write_feed(&data, feed_dir, key, seq, &chain, &previous, opts)?;
    let mut files = vec![report.manifest.snapshot.path.clone()];
    files.extend(report.manifest.deltas.iter().map(|d| d.file.path.clone()));
    store.add_publication(&Publication {
        seq,
        chain,
        created: report.manifest.created.clone(),
        digest: report.manifest.digest.clone(),
        hashes: row_hashes(&rows).into_iter().collect(),
        files,
    })?;
    // Keep what this manifest and the one before reference: a client may
    // be halfway through a download planned from the previous manifest.
    let mut keep: HashSet<String> = report
        .manifest
        .deltas
        .iter()
        .map(|d| d.file.path.clone())
        .collect();
    keep.insert(report.manifest.snapshot.path.clone());
    if let Some(p) = previous.first() {
        keep.extend(p.files.iter().cloned());
    }
    let pruned = prune(feed_dir, &keep)?;
    Ok(PublishReport { pruned, ..report })
}

fn new_chain_id() -> String {
    let mut bytes = [0u8; 12];
    getrandom::fill(&mut bytes).expect("the system has randomness");
    hex::encode(bytes)
}

/// Writes a feed for `data` at `seq` with deltas from `previous` (newest
/// first) inside the window. Deterministic for the same inputs.
pub fn write_feed(
    data: &CatalogData,
    feed_dir: &Path,
    key: &SigningKey,
    seq: u64,
    chain: &str,
    previous: &[Publication],
    opts: PublishOptions,
) -> Result<PublishReport, FeedError> {
    let rows = rows_of(data);
    let digest = digest_rows(&rows);
    let (snapshot, snap_bytes) = snapshot_file(&rows, &digest);
    let snapshot_reused = put_file(feed_dir, &snapshot.path, &snap_bytes)?;
    let oldest = opts.now - opts.delta_window;
    let mut deltas = Vec::new();
    for p in previous.iter().take(opts.max_deltas) {
        let recent = feed::format::parse_time(&p.created).is_ok_and(|t| t >= oldest);
        if p.chain != chain || p.seq >= seq || !recent {
            continue;
        }
        let old_rows = published_rows(feed_dir, p);
        let (entry, bytes) = delta_file(p, &old_rows, &rows, &digest, seq);
        // A client takes the snapshot when the delta costs more than half.
        if entry.file.size > snapshot.size / 2 {
            continue;
        }
        put_file(feed_dir, &entry.file.path, &bytes)?;
        deltas.push(entry);
    }
    deltas.sort_by_key(|d| d.from);
    let manifest = FeedManifest {
        format: FORMAT_VERSION,
        schema_version: SCHEMA_VERSION,
        chain: chain.to_string(),
        seq,
        created: rfc3339(opts.now),
        expires: rfc3339(opts.now + opts.validity),
        digest,
        rows: rows.len() as u64,
        sample: rows_sample(data),
        snapshot,
        deltas,
    };
    write_manifest(feed_dir, &manifest, key)?;
    Ok(PublishReport {
        manifest,
        snapshot_reused,
        pruned: 0,
    })
}

fn rows_sample(d: &CatalogData) -> bool {
    d.records().any(|r| r.sample())
}

/// Re-signs the current manifest with a new `created` and `expires` (same
/// seq, same files): a feed that did not change stays fresh.
pub fn refresh(
    feed_dir: &Path,
    key: &SigningKey,
    opts: PublishOptions,
) -> Result<FeedManifest, FeedError> {
    let path = feed_dir.join("manifest.json");
    let bytes = std::fs::read(&path).map_err(|e| FeedError::io(&path, e))?;
    let mut m = FeedManifest::parse(&bytes)?;
    m.created = rfc3339(opts.now);
    m.expires = rfc3339(opts.now + opts.validity);
    write_manifest(feed_dir, &m, key)?;
    Ok(m)
}

fn prune(feed_dir: &Path, keep: &HashSet<String>) -> Result<usize, FeedError> {
    let mut n = 0;
    for sub in ["snap", "delta"] {
        let dir = feed_dir.join(sub);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in entries.flatten() {
            let rel = format!("{sub}/{}", e.file_name().to_string_lossy());
            if !keep.contains(&rel) && e.path().is_file() {
                std::fs::remove_file(e.path()).map_err(|err| FeedError::io(&e.path(), err))?;
                n += 1;
            }
        }
    }
    Ok(n)
}

/// Row hashes of a publication, by key (for tests and tools).
pub fn hashes_of(data: &CatalogData) -> HashMap<String, String> {
    row_hashes(&rows_of(data)).into_iter().collect()
}

/// What a starter feed holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StarterData {
    /// The records derived from official open data (`catalog::official`,
    /// from the committed `assets/data/official/`): the app's default.
    Official,
    /// The generated sample catalog (tests, benchmarks, demos).
    Sample,
}

/// Builds the records of a starter feed; `official_dir` holds the derived
/// official files (`assets/data/official`).
pub fn starter_data(which: StarterData, official_dir: &Path) -> Result<CatalogData, FeedError> {
    match which {
        StarterData::Sample => Ok(catalog::sample::generate(
            catalog::sample::SampleOptions::default(),
        )),
        StarterData::Official => {
            let texts = catalog::official::OfficialTexts::read_dir(official_dir)
                .map_err(|e| FeedError::Storage(e.to_string()))?;
            let off = catalog::official::build(
                &texts.texts(),
                catalog::official::OfficialOptions::default(),
            )
            .map_err(|e| FeedError::Storage(e.to_string()))?;
            Ok(off.data)
        }
    }
}

/// A starter feed of `data` at seq 1 on the chain `integra-dev-starter`
/// (`integra-dev-sample` for the sample), created at a fixed date and valid
/// for ten years (signed by a development key; any real feed has its own
/// chain and replaces it). The app bundles the official one. Deterministic:
/// the same bytes every time, the signature included when the folder
/// already holds a valid one.
pub fn starter(
    out: &Path,
    key: &SigningKey,
    data: &CatalogData,
) -> Result<FeedManifest, FeedError> {
    let chain = if rows_sample(data) {
        "integra-dev-sample"
    } else {
        "integra-dev-starter"
    };
    let now = feed::format::parse_time("2026-11-24T00:00:00Z")?;
    let opts = PublishOptions {
        now,
        validity: Duration::days(3652),
        ..PublishOptions::default()
    };
    let r = write_feed(data, out, key, 1, chain, &[], opts)?;
    let mut keep = HashSet::new();
    keep.insert(r.manifest.snapshot.path.clone());
    prune(out, &keep)?;
    Ok(r.manifest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::SqliteStore;
    use catalog::RecordKind;
    use catalog::sample::{SampleOptions, generate};

    fn dev_key() -> SigningKey {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/feed/dev-keys/online.key");
        SigningKey::from_file(&path).unwrap()
    }

    fn manifest_seq(feed: &Path) -> Option<u64> {
        let text = std::fs::read_to_string(feed.join("manifest.json")).ok()?;
        let m: serde_json::Value = serde_json::from_str(&text).unwrap();
        m["seq"].as_u64()
    }

    /// What `pending` counts from the store's hashes is what publishing
    /// then carries.
    #[test]
    fn pending_counts_what_the_next_publication_carries() {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("feed");
        let mut store = SqliteStore::open(&dir.path().join("store")).unwrap();
        let mut data = generate(SampleOptions {
            services: 30,
            associations: 3,
            cultural_experiences: 5,
            ..SampleOptions::default()
        });
        store.put(&data).unwrap();
        let opts = PublishOptions::default();
        let first = pending(&store, &feed, &opts, true).unwrap();
        assert_eq!(first.last, None);
        assert_eq!(first.total().added, data.len());
        publish(&mut store, &feed, &dev_key(), PublishOptions::default()).unwrap();
        let none = pending(&store, &feed, &opts, true).unwrap();
        assert_eq!(none.total(), KindChanges::default(), "{none:?}");
        for s in data.services.iter_mut().take(2) {
            s.name.push_str(" (nuova sede)");
        }
        let mut added = data.services[5].clone();
        added.id = "portal-service-new".into();
        added.phones.clear();
        added.locations.clear();
        let changed = CatalogData {
            services: vec![data.services[0].clone(), data.services[1].clone(), added],
            ..CatalogData::default()
        };
        store.put(&changed).unwrap();
        assert!(
            store
                .delete(RecordKind::Service, &data.services[9].id)
                .unwrap()
        );
        let next = pending(&store, &feed, &opts, true).unwrap();
        let services = next
            .by_kind
            .iter()
            .find(|(k, _)| *k == RecordKind::Service)
            .unwrap()
            .1;
        assert_eq!(
            services,
            KindChanges {
                added: 1,
                changed: 2,
                removed: 1
            }
        );
        assert_eq!(next.rows, data.len());
        let delta = next.delta_bytes.expect("a delta from seq 1");
        let report = publish(&mut store, &feed, &dev_key(), PublishOptions::default()).unwrap();
        assert_eq!(report.manifest.deltas[0].file.size, delta);
        let t = next.total();
        assert_eq!(
            report.manifest.deltas[0].file.ops,
            (t.added + t.changed + t.removed) as u64,
            "{next:?}"
        );
    }

    #[test]
    fn an_empty_store_is_not_published_unless_confirmed() {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("feed");
        let mut store = SqliteStore::open(&dir.path().join("store")).unwrap();
        let err = publish(&mut store, &feed, &dev_key(), PublishOptions::default()).unwrap_err();
        assert!(matches!(err, PublishError::Empty), "{err}");
        assert!(err.to_string().contains("--confirm-removals"), "{err}");
        assert_eq!(manifest_seq(&feed), None, "nothing written");
        assert!(store.publications(1).unwrap().is_empty());
        let confirmed = PublishOptions {
            confirm_removals: true,
            ..PublishOptions::default()
        };
        let r = publish(&mut store, &feed, &dev_key(), confirmed).unwrap();
        assert_eq!((r.manifest.seq, r.manifest.rows), (1, 0));
    }

    #[test]
    fn a_publication_removing_more_than_the_share_is_refused_and_names_what_goes() {
        let dir = tempfile::tempdir().unwrap();
        let feed = dir.path().join("feed");
        let mut store = SqliteStore::open(&dir.path().join("store")).unwrap();
        let data = generate(SampleOptions {
            services: 400,
            associations: 4,
            cultural_experiences: 5,
            ..SampleOptions::default()
        });
        store.put(&data).unwrap();
        let first = publish(&mut store, &feed, &dev_key(), PublishOptions::default()).unwrap();
        let total = first.manifest.rows as usize;

        // Up to the share: published without asking.
        let within = total / 10;
        assert!(
            within + total / 5 < data.services.len(),
            "enough services to remove"
        );
        for s in &data.services[..within] {
            assert!(store.delete(RecordKind::Service, &s.id).unwrap());
        }
        let second = publish(&mut store, &feed, &dev_key(), PublishOptions::default()).unwrap();
        assert_eq!(second.manifest.seq, 2);

        // One more than the share of seq 2: refused, nothing written.
        let over = (second.manifest.rows as usize) / 10 + 1;
        let gone: Vec<&str> = data.services[within..within + over]
            .iter()
            .map(|s| s.id.as_str())
            .collect();
        for id in &gone {
            assert!(store.delete(RecordKind::Service, id).unwrap());
        }
        let err = publish(&mut store, &feed, &dev_key(), PublishOptions::default()).unwrap_err();
        let PublishError::TooManyRemoved(removals) = &err else {
            panic!("{err}")
        };
        assert_eq!(removals.removed.len(), over);
        assert_eq!(removals.seq, 2);
        let text = err.to_string();
        assert!(text.contains(&format!("remove {over} of the")), "{text}");
        assert!(text.contains(&format!("{over} service")), "{text}");
        assert!(text.contains(gone.iter().min().unwrap()), "{text}");
        assert!(text.contains("Nothing was written"), "{text}");
        assert_eq!(manifest_seq(&feed), Some(2));
        assert_eq!(store.publications(5).unwrap().len(), 2);

        // A higher share, or an admin's confirmation, lets it through.
        let wider = PublishOptions {
            max_removed_share: 0.5,
            ..PublishOptions::default()
        };
        assert_eq!(
            publish(&mut store, &feed, &dev_key(), wider)
                .unwrap()
                .manifest
                .seq,
            3
        );
        for s in &data.services {
            store.delete(RecordKind::Service, &s.id).unwrap();
        }
        assert!(matches!(
            publish(&mut store, &feed, &dev_key(), PublishOptions::default()),
            Err(PublishError::TooManyRemoved(_))
        ));
        let confirmed = PublishOptions {
            confirm_removals: true,
            ..PublishOptions::default()
        };
        assert_eq!(
            publish(&mut store, &feed, &dev_key(), confirmed)
                .unwrap()
                .manifest
                .seq,
            4
        );
    }

    #[test]
    fn a_feed_is_sample_if_any_record_of_any_kind_is() {
        let mut data = generate(SampleOptions {
            services: 5,
            associations: 2,
            cultural_experiences: 5,
            ..SampleOptions::default()
        });
        assert!(rows_sample(&data));
        // Only a cultural experience left marked: still a sample feed (the
        // kind this check once forgot).
        for o in &mut data.organizations {
            o.sample = false;
        }
        for s in &mut data.services {
            s.sample = false;
        }
        for r in &mut data.learning_resources {
            r.sample = false;
        }
        for r in &mut data.reports {
            r.sample = false;
        }
        for n in &mut data.news {
            n.sample = false;
        }
        assert!(!data.cultural_experiences.is_empty());
        assert!(rows_sample(&data));
        for c in &mut data.cultural_experiences {
            c.sample = false;
        }
        assert!(!rows_sample(&data));
    }
}
