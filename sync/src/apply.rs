//! The steps of an update, the same for the network and a folder:
//! - [`check_manifest`]: the signature first, then the format, expiry against
//!   max(clock, newest `created` seen), rollback;
//! - [`plan`]: nothing, one delta from the exact seq and digest of the same
//!   chain, or the snapshot;
//! - [`apply_file`]: size and sha256 before parsing, the header against the
//!   manifest, then `catalog::store::CatalogWriter::apply_changes`.
//!
//! The updater that runs them in order is [`crate::update`].

use std::path::{Path, PathBuf};

use catalog::RecordKind;
use catalog::store::{
    ApplyError, ApplyMode, ApplyProgress, CatalogWriter, ImportOptions, SyncState, read_sync_state,
};
use chrono::{DateTime, Utc};

use crate::error::SyncError;
use feed::format::{
    DeltaFile, FeedFile, FeedManifest, MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES, decode_with_base,
    merge_ops, put_line, sha256_hex,
};
use feed::sign::{KeyRole, TrustedKeys};

/// Where a sync is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Checking,
    Downloading,
    Verifying,
    Applying,
    Done,
}

/// A progress report: bytes of files fetched (or read) so far out of the
/// planned total; while applying, rows applied out of the file's rows (a
/// row counts half once written to its tables, whole once indexed for
/// search; reported about a hundred times a file, then the commit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Progress {
    pub phase: Phase,
    pub bytes_done: u64,
    pub bytes_total: u64,
    pub rows_done: u64,
    pub rows_total: u64,
}

impl Progress {
    pub(crate) fn phase(phase: Phase) -> Progress {
        Progress {
            phase,
            bytes_done: 0,
            bytes_total: 0,
            rows_done: 0,
            rows_total: 0,
        }
    }
}

/// How the catalog got to the feed's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Route {
    /// Nothing to do: the catalog already holds this feed state.
    UpToDate,
    /// A delta from the catalog's seq.
    Delta,
    /// The whole snapshot (first sync, broken chain, or a delta that cost
    /// more than half the snapshot).
    Snapshot,
    /// The delta failed its checks; the snapshot was loaded instead.
    SnapshotAfterDeltaFailed,
}

/// What an update or sideload did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UpdateOutcome {
    /// seq before (None: the catalog was never synced).
    pub from: Option<u64>,
    /// seq now.
    pub to: u64,
    pub route: Route,
    /// Bytes of feed files fetched or read (manifest and signature excluded).
    pub bytes: u64,
    /// Ops applied (rows put or deleted).
    pub ops: u64,
    /// Which trusted key signed the manifest.
    pub signed_by: KeyRole,
}

impl UpdateOutcome {
    /// The catalog file changed: reload long-lived `Catalog`s
    /// (`Catalog::reload`).
    pub fn changed(&self) -> bool {
        self.route != Route::UpToDate
    }
}

/// The route chosen before any file is fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    UpToDate,
    Delta(DeltaFile),
    Snapshot,
}

/// Checks a manifest: signature first (nothing unsigned is parsed beyond
/// its size), then format, then freshness (`expires` against the later of
/// `now` and the newest `created` seen), then rollback against `local`.
pub fn check_manifest(
    manifest: &[u8],
    signature: &[u8],
    keys: &TrustedKeys,
    local: Option<&SyncState>,
    last_created_seen: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
) -> Result<(FeedManifest, KeyRole), SyncError> {
    if manifest.len() as u64 > MAX_MANIFEST_BYTES {
        return Err(SyncError::TooLarge {
            path: "manifest.json".into(),
            size: manifest.len() as u64,
            limit: MAX_MANIFEST_BYTES,
        });
    }
    if signature.len() as u64 > MAX_SIGNATURE_BYTES {
        return Err(SyncError::TooLarge {
            path: "manifest.json.minisig".into(),
            size: signature.len() as u64,
            limit: MAX_SIGNATURE_BYTES,
        });
    }
    let role = keys.verify(manifest, signature)?;
    let m = FeedManifest::parse(manifest)?;
    let expires = parse_time(&m.expires)?;
    let created = parse_time(&m.created)?;
    if created > expires {
        return Err(SyncError::ManifestInvalid(
            "created is after expires".into(),
        ));
    }
    let local_created = local.and_then(|s| parse_time(&s.created).ok());
    let judged = [Some(now), last_created_seen, local_created]
        .into_iter()
        .flatten()
        .max()
        .unwrap_or(now);
    if expires <= judged {
        return Err(SyncError::Expired {
            expires: m.expires.clone(),
            now: judged.to_rfc3339(),
        });
    }
    if let Some(local) = local
        && m.seq < local.seq
    {
        return Err(SyncError::Rollback {
            local: local.seq,
            offered: m.seq,
        });
    }
    Ok((m, role))
}

pub(crate) fn parse_time(s: &str) -> Result<DateTime<Utc>, SyncError> {
    Ok(feed::format::parse_time(s)?)
}

/// The cheapest route from `local` to the manifest's state: nothing, one
/// delta from exactly this seq and digest on this chain (when it costs at
/// most half the snapshot), or the snapshot.
pub fn plan(m: &FeedManifest, local: Option<&SyncState>) -> Plan {
    let Some(local) = local else {
        return Plan::Snapshot;
    };
    if local.chain != m.chain {
        return Plan::Snapshot;
    }
    if local.seq == m.seq {
        return if local.digest == m.digest {
            Plan::UpToDate
        } else {
            Plan::Snapshot
        };
    }
    m.deltas
        .iter()
        .find(|d| d.from == local.seq && d.from_digest == local.digest)
        .filter(|d| d.file.size <= m.snapshot.size / 2)
        .map_or(Plan::Snapshot, |d| Plan::Delta(d.clone()))
}

/// Checks a downloaded or sideloaded file against its manifest entry:
/// exact size, then sha256, before anything parses it.
pub fn check_file(entry: &FeedFile, bytes: &[u8]) -> Result<(), SyncError> {
    if bytes.len() as u64 != entry.size {
        return Err(SyncError::corrupt(
            &entry.path,
            format!("{} bytes, the manifest says {}", bytes.len(), entry.size),
        ));
    }
    let sha = sha256_hex(bytes);
    if sha != entry.sha256 {
        return Err(SyncError::corrupt(
            &entry.path,
            format!("sha256 {sha}, the manifest says {}", entry.sha256),
        ));
    }
    Ok(())
}

/// Decodes checked file bytes and applies them to the catalog at
/// `catalog_path` in one transaction that records the manifest's seq and
/// digest. `delta` is Some for a delta (with the bytes of that file), None
/// for the snapshot. Blocking.
pub fn apply_file(
    catalog_path: &Path,
    m: &FeedManifest,
    delta: Option<&DeltaFile>,
    bytes: &[u8],
    progress: &dyn Fn(Progress),
) -> Result<u64, SyncError> {
    let entry = delta.map_or(&m.snapshot, |d| &d.file);
    check_file(entry, bytes)?;
    let mut catalog = CatalogWriter::open(catalog_path)?;
    // A delta must start from exactly the state it was made for; the
    // catalog may have moved since the plan (another sync, a sideload).
    if let Some(d) = delta {
        let now = catalog.sync_state()?;
        if now.as_ref().map(|s| (s.seq, s.digest.as_str())) != Some((d.from, &d.from_digest)) {
            return Err(SyncError::corrupt(
                &entry.path,
                "the catalog is no longer at the delta's starting point",
            ));
        }
    }
    // A delta's ops are compressed against the rows they replace, rebuilt
    // from this catalog (FORMAT.md); rows that differ from the publisher's
    // make the file fail zstd's checksum, and the client takes the snapshot.
    let decoded = decode_with_base(&entry.path, bytes, &mut |keys| {
        let not_held = |key: &str| {
            feed::FeedError::corrupt(
                &entry.path,
                format!("the delta builds on row {key}, which this catalog does not hold"),
            )
        };
        let mut rows = Vec::with_capacity(keys.len());
        for key in keys {
            let row = key
                .split_once(':')
                .and_then(|(table, id)| Some((RecordKind::parse(table)?, id)));
            rows.push(row.ok_or_else(|| not_held(key))?);
        }
        let mut dictionary = Vec::new();
        for ((kind, _), (key, json)) in rows.iter().zip(
            keys.iter().zip(
                catalog
                    .rows_json(&rows)
                    .map_err(|e| feed::FeedError::Storage(e.to_string()))?,
            ),
        ) {
            let json = json.ok_or_else(|| not_held(key))?;
            dictionary.extend_from_slice(&put_line(*kind, &json));
        }
        Ok(dictionary)
    })?;
    let h = &decoded.header;
    let expected_kind = if delta.is_some() { "delta" } else { "snapshot" };
    if h.kind != expected_kind
        || h.digest != m.digest
        || h.ops != entry.ops
        || h.from_digest.as_deref() != delta.map(|d| d.from_digest.as_str())
    {
        return Err(SyncError::corrupt(
            &entry.path,
            "the file's header does not match the manifest",
        ));
    }
    if delta.is_none()
        && decoded
            .ops
            .iter()
            .any(|op| matches!(op, feed::format::FeedOp::Del { .. }))
    {
        return Err(SyncError::corrupt(&entry.path, "a snapshot deletes rows"));
    }
    let change = merge_ops(vec![decoded.ops]);
    let ops = change.ops() as u64;
    // A row counts half when it is written to its tables and whole when
    // its search entries are: at a first load the second pass is the
    // longer one, and the bar should not sit at the end through it.
    let applying = |p: ApplyProgress| {
        progress(Progress {
            phase: Phase::Applying,
            bytes_done: entry.size,
            bytes_total: entry.size,
            rows_done: (p.written + p.indexed) as u64 / 2,
            rows_total: ops,
        });
    };
    applying(ApplyProgress::default());
    let target = SyncState {
        seq: m.seq,
        digest: m.digest.clone(),
        chain: m.chain.clone(),
        created: m.created.clone(),
        sample: m.sample,
    };
    let mode = if delta.is_some() {
        ApplyMode::Delta
    } else {
        ApplyMode::Replace
    };
    catalog
        .apply_changes(change, mode, &target, ImportOptions::default(), &applying)
        .map_err(|e| match e {
            ApplyError::DigestMismatch { expected, found } => SyncError::corrupt(
                &entry.path,
                format!("the result's digest is {found}, the manifest says {expected}"),
            ),
            ApplyError::Catalog(catalog::Error::Invalid(v)) => SyncError::InvalidRow(v.to_string()),
            ApplyError::Catalog(catalog::Error::Import(msg)) => SyncError::InvalidRow(msg),
            ApplyError::Catalog(other) => SyncError::Storage(other.to_string()),
        })?;
    progress(Progress {
        phase: Phase::Applying,
        bytes_done: entry.size,
        bytes_total: entry.size,
        rows_done: ops,
        rows_total: ops,
    });
    Ok(ops)
}

/// The local feed state of the catalog file (None if never synced).
pub fn local_state(catalog_path: &Path) -> Result<Option<SyncState>, SyncError> {
    Ok(read_sync_state(catalog_path)?)
}

/// Where downloads for `sha256` live in `state_dir`.
pub(crate) fn download_paths(state_dir: &Path, sha256: &str) -> (PathBuf, PathBuf) {
    let dir = state_dir.join("downloads");
    (
        dir.join(format!("{sha256}.part")),
        dir.join(format!("{sha256}.part.etag")),
    )
}
