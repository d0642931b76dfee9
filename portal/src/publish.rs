//! The publisher: the editorial store's records → the next seq of the feed
//! folder: the snapshot, deltas from each publication of the last 90 days (at
//! most 64) straight to this seq, the signed manifest; then files no recent
//! manifest references are removed. Also [`refresh`] and [`starter`] (the
//! bundled starter feed: the sample catalog at seq 1, deterministic).

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
}

impl Default for PublishOptions {
    fn default() -> Self {
        PublishOptions {
            now: Utc::now(),
            validity: Duration::days(14),
            delta_window: Duration::days(90),
            max_deltas: 64,
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

/// Publishes the store's records as the next seq.
pub fn publish(
    store: &mut dyn Store,
    feed_dir: &Path,
    key: &SigningKey,
    opts: PublishOptions,
) -> Result<PublishReport, PublishError> {
    let data = store.catalog()?;
    let previous = store.publications(opts.max_deltas.max(2))?;
    let chain = previous
        .first()
        .map_or_else(new_chain_id, |p| p.chain.clone());
    let seq = previous.first().map_or(1, |p| p.seq + 1);
    let report = write_feed(&data, feed_dir, key, seq, &chain, &previous, opts)?;
    let rows = rows_of(&data);
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
    use catalog::sample::{SampleOptions, generate};

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
