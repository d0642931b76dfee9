//! The feed format (`sync/FORMAT.md`): the manifest, and the ndjson+zstd
//! files that carry rows. Encoding is deterministic: the same rows give the
//! same bytes, so an unchanged catalog gives the same snapshot file.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};

use catalog::model::{
    CatalogData, CulturalExperience, LearningResource, NewsItem, Organization, ReportSummary,
    Service,
};
use catalog::store::{ChangeSet, RowKind, digest_of, row_hash};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::SyncError;

/// Version of the feed's layout (manifest and file framing).
pub const FORMAT_VERSION: u32 = 1;
/// Version of the row schema (the catalog model as serialized).
pub const SCHEMA_VERSION: u32 = 1;

/// The manifest is read whole before its signature is checked.
pub const MAX_MANIFEST_BYTES: u64 = 1024 * 1024;
pub const MAX_SIGNATURE_BYTES: u64 = 4096;
/// The largest feed file (compressed) this client downloads.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// The most bytes a file may decompress to (zstd bombs stop here).
pub const MAX_DECOMPRESSED_BYTES: u64 = 1024 * 1024 * 1024;
/// The longest line (one row) in a feed file.
pub const MAX_LINE_BYTES: usize = 8 * 1024 * 1024;
/// seq stays an exact JSON number and fits SQLite's INTEGER.
pub const MAX_SEQ: u64 = (1 << 53) - 1;
/// zstd level of published files (deterministic for a given zstd build).
pub const ZSTD_LEVEL: i32 = 19;

/// `manifest.json`: what the feed holds now, signed by `manifest.json.minisig`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedManifest {
    pub format: u32,
    pub schema_version: u32,
    /// Id of this chain of publications; deltas only apply within a chain.
    pub chain: String,
    pub seq: u64,
    /// RFC 3339 UTC.
    pub created: String,
    /// RFC 3339 UTC; a client refuses the manifest after this instant.
    pub expires: String,
    /// Digest of the catalog after applying this feed (`catalog::store::digest_of`).
    pub digest: String,
    /// Rows in the catalog at this seq.
    pub rows: u64,
    /// The feed is sample data, not the portal's official catalog.
    pub sample: bool,
    pub snapshot: FeedFile,
    /// Deltas from earlier seqs to this one (each goes straight to `seq`).
    pub deltas: Vec<DeltaFile>,
}

/// One immutable file of the feed, named by its sha256.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FeedFile {
    pub path: String,
    pub sha256: String,
    pub size: u64,
    pub ops: u64,
}

/// A delta from `from` (whose catalog digest was `from_digest`) to the
/// manifest's seq.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeltaFile {
    pub from: u64,
    pub from_digest: String,
    #[serde(flatten)]
    pub file: FeedFile,
}

fn is_hex64(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

fn is_rfc3339(s: &str) -> bool {
    chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

impl FeedManifest {
    /// Parses and checks a manifest's structure (not its signature, not
    /// its freshness: see `verify`). Unknown format or schema is its own
    /// error so the app can say "update the app".
    pub fn parse(bytes: &[u8]) -> Result<FeedManifest, SyncError> {
        if bytes.len() as u64 > MAX_MANIFEST_BYTES {
            return Err(SyncError::TooLarge {
                path: "manifest.json".into(),
                size: bytes.len() as u64,
                limit: MAX_MANIFEST_BYTES,
            });
        }
        #[derive(Deserialize)]
        struct Versions {
            format: u32,
            schema_version: u32,
        }
        let bad = |e: serde_json::Error| SyncError::ManifestInvalid(e.to_string());
        let v: Versions = serde_json::from_slice(bytes).map_err(bad)?;
        if v.format != FORMAT_VERSION || v.schema_version != SCHEMA_VERSION {
            return Err(SyncError::UnknownSchema {
                found_format: v.format,
                found_schema: v.schema_version,
                format: FORMAT_VERSION,
                schema: SCHEMA_VERSION,
            });
        }
        let m: FeedManifest = serde_json::from_slice(bytes).map_err(bad)?;
        m.check()?;
        Ok(m)
    }

    fn check(&self) -> Result<(), SyncError> {
        let bad = |msg: String| Err(SyncError::ManifestInvalid(msg));
        if self.seq == 0 || self.seq > MAX_SEQ {
            return bad(format!("seq {} is out of range 1..={MAX_SEQ}", self.seq));
        }
        if self.chain.is_empty()
            || self.chain.len() > 64
            || !self
                .chain
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        {
            return bad("chain must be 1 to 64 letters, digits or '-'".into());
        }
        if !is_rfc3339(&self.created) || !is_rfc3339(&self.expires) {
            return bad("created and expires must be RFC 3339 times".into());
        }
        if !is_hex64(&self.digest) {
            return bad("digest must be 64 lowercase hex digits".into());
        }
        self.check_file(
            &self.snapshot,
            &format!("snap/{}.ndjson.zst", self.snapshot.sha256),
        )?;
        if self.snapshot.ops != self.rows {
            return bad("the snapshot must hold every row".into());
        }
        if self.deltas.len() > 1000 {
            return bad("more than 1000 deltas".into());
        }
        let mut froms = std::collections::HashSet::new();
        for d in &self.deltas {
            if d.from >= self.seq {
                return bad(format!(
                    "delta from {} does not precede seq {}",
                    d.from, self.seq
                ));
            }
            if !froms.insert(d.from) {
                return bad(format!("two deltas from seq {}", d.from));
            }
            if !is_hex64(&d.from_digest) {
                return bad("from_digest must be 64 lowercase hex digits".into());
            }
            self.check_file(
                &d.file,
                &format!("delta/{}-{}-{}.ndjson.zst", d.from, self.seq, d.file.sha256),
            )?;
        }
        Ok(())
    }

    fn check_file(&self, f: &FeedFile, expected_path: &str) -> Result<(), SyncError> {
        if !is_hex64(&f.sha256) {
            return Err(SyncError::ManifestInvalid(format!(
                "{}: sha256 must be 64 lowercase hex digits",
                f.path
            )));
        }
        if f.path != expected_path {
            return Err(SyncError::ManifestInvalid(format!(
                "file path {:?} should be {expected_path:?}",
                f.path.chars().take(200).collect::<String>()
            )));
        }
        if f.size > MAX_FILE_BYTES {
            return Err(SyncError::TooLarge {
                path: f.path.clone(),
                size: f.size,
                limit: MAX_FILE_BYTES,
            });
        }
        if f.size == 0 {
            return Err(SyncError::ManifestInvalid(format!("{}: size 0", f.path)));
        }
        Ok(())
    }

    /// The manifest's canonical bytes (what is signed and served).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v = serde_json::to_vec_pretty(self).expect("manifest serializes");
        v.push(b'\n');
        v
    }
}

/// First line of every feed file: what it is, so a file under the wrong
/// name is caught even before the manifest's sha256 is consulted (sideload).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileHeader {
    pub integra_feed: u32,
    pub schema_version: u32,
    /// `snapshot` or `delta`.
    pub kind: String,
    /// Digest of the catalog before (deltas only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_digest: Option<String>,
    /// Digest of the catalog after.
    pub digest: String,
    pub ops: u64,
}

/// One row, whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Row {
    Organization(Box<Organization>),
    Service(Box<Service>),
    LearningResource(Box<LearningResource>),
    ReportSummary(Box<ReportSummary>),
    NewsItem(Box<NewsItem>),
    CulturalExperience(Box<CulturalExperience>),
}

impl Row {
    pub fn kind(&self) -> RowKind {
        match self {
            Row::Organization(_) => RowKind::Organization,
            Row::Service(_) => RowKind::Service,
            Row::LearningResource(_) => RowKind::LearningResource,
            Row::ReportSummary(_) => RowKind::ReportSummary,
            Row::NewsItem(_) => RowKind::NewsItem,
            Row::CulturalExperience(_) => RowKind::CulturalExperience,
        }
    }

    pub fn id(&self) -> &str {
        match self {
            Row::Organization(r) => &r.id,
            Row::Service(r) => &r.id,
            Row::LearningResource(r) => &r.id,
            Row::ReportSummary(r) => &r.id,
            Row::NewsItem(r) => &r.id,
            Row::CulturalExperience(r) => &r.id,
        }
    }

    pub fn hash(&self) -> String {
        match self {
            Row::Organization(r) => row_hash(r.as_ref()),
            Row::Service(r) => row_hash(r.as_ref()),
            Row::LearningResource(r) => row_hash(r.as_ref()),
            Row::ReportSummary(r) => row_hash(r.as_ref()),
            Row::NewsItem(r) => row_hash(r.as_ref()),
            Row::CulturalExperience(r) => row_hash(r.as_ref()),
        }
    }
}

/// A line of a feed file after the header: `{"put":{"service":{…}}}` or
/// `{"del":{"kind":"service","id":"…"}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedOp {
    Put(Row),
    Del { kind: RowKind, id: String },
}

impl FeedOp {
    pub fn key(&self) -> (RowKind, &str) {
        match self {
            FeedOp::Put(r) => (r.kind(), r.id()),
            FeedOp::Del { kind, id } => (*kind, id),
        }
    }
}

/// Every row of a catalog, sorted by (kind, id): the order of snapshots.
pub fn rows_of(data: &CatalogData) -> Vec<Row> {
    let mut rows: Vec<Row> = Vec::with_capacity(data.len());
    rows.extend(
        data.organizations
            .iter()
            .cloned()
            .map(|r| Row::Organization(Box::new(r))),
    );
    rows.extend(
        data.services
            .iter()
            .cloned()
            .map(|r| Row::Service(Box::new(r))),
    );
    rows.extend(
        data.learning_resources
            .iter()
            .cloned()
            .map(|r| Row::LearningResource(Box::new(r))),
    );
    rows.extend(
        data.reports
            .iter()
            .cloned()
            .map(|r| Row::ReportSummary(Box::new(r))),
    );
    rows.extend(
        data.news
            .iter()
            .cloned()
            .map(|r| Row::NewsItem(Box::new(r))),
    );
    rows.extend(
        data.cultural_experiences
            .iter()
            .cloned()
            .map(|r| Row::CulturalExperience(Box::new(r))),
    );
    rows.sort_by(|a, b| (a.kind(), a.id()).cmp(&(b.kind(), b.id())));
    rows
}

/// `(key, content hash)` of every row, the input of the digest.
pub fn row_hashes(rows: &[Row]) -> Vec<(String, String)> {
    rows.iter()
        .map(|r| (r.kind().key(r.id()), r.hash()))
        .collect()
}

/// The digest of a catalog given as rows.
pub fn digest_rows(rows: &[Row]) -> String {
    digest_of(row_hashes(rows))
}

/// Encodes a header and ops (already in their final order) as ndjson,
/// compressed with zstd at [`ZSTD_LEVEL`]. Deterministic.
pub fn encode(header: &FileHeader, ops: &[FeedOp]) -> Vec<u8> {
    let mut raw = Vec::new();
    serde_json::to_writer(&mut raw, header).expect("header serializes");
    raw.push(b'\n');
    for op in ops {
        serde_json::to_writer(&mut raw, op).expect("rows serialize");
        raw.push(b'\n');
    }
    let mut enc = zstd::stream::Encoder::new(Vec::new(), ZSTD_LEVEL).expect("zstd encoder");
    enc.include_checksum(true).expect("zstd option");
    enc.include_contentsize(false).expect("zstd option");
    enc.write_all(&raw).expect("writing to memory");
    enc.finish().expect("writing to memory")
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex::encode(Sha256::digest(bytes))
}

/// A decoded feed file.
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub header: FileHeader,
    pub ops: Vec<FeedOp>,
}

/// Decodes a feed file's bytes (the caller checked size and sha256 first).
/// Rejects bad framing, bad JSON, more bytes than allowed, a row named
/// twice (a file holds the last op per row only), and op counts that
/// disagree with the header. `name` is used in errors only.
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, SyncError> {
    let corrupt = |reason: String| SyncError::corrupt(name, reason);
    let dec = zstd::stream::Decoder::new(bytes).map_err(|e| corrupt(format!("zstd: {e}")))?;
    let mut reader = BufReader::new(dec.take(MAX_DECOMPRESSED_BYTES + 1));
    let mut total: u64 = 0;
    let mut line = Vec::new();
    let mut next_line = |line: &mut Vec<u8>| -> Result<bool, SyncError> {
        line.clear();
        let n = (&mut reader)
            .take(MAX_LINE_BYTES as u64 + 1)
            .read_until(b'\n', line)
            .map_err(|e| corrupt(format!("zstd: {e}")))?;
        total += n as u64;
        if total > MAX_DECOMPRESSED_BYTES {
            return Err(corrupt("decompresses to more than the limit".into()));
        }
        if n == 0 {
            return Ok(false);
        }
        if line.last() != Some(&b'\n') {
            return Err(corrupt(if n > MAX_LINE_BYTES {
                "a line is longer than the limit".into()
            } else {
                "the last line is not terminated".into()
            }));
        }
        Ok(true)
    };
    if !next_line(&mut line)? {
        return Err(corrupt("empty file".into()));
    }
    let header: FileHeader =
        serde_json::from_slice(&line).map_err(|e| corrupt(format!("header: {e}")))?;
    if header.integra_feed != FORMAT_VERSION || header.schema_version != SCHEMA_VERSION {
        return Err(corrupt("unknown file format or schema".into()));
    }
    let mut ops = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut n_line = 1usize;
    while next_line(&mut line)? {
        n_line += 1;
        if ops.len() as u64 >= header.ops {
            return Err(corrupt(format!(
                "more ops than the header's {}",
                header.ops
            )));
        }
        let op: FeedOp =
            serde_json::from_slice(&line).map_err(|e| corrupt(format!("line {n_line}: {e}")))?;
        let (kind, id) = op.key();
        if !seen.insert((kind, id.to_string())) {
            return Err(corrupt(format!(
                "line {n_line}: row {} appears twice",
                kind.key(id)
            )));
        }
        ops.push(op);
    }
    if ops.len() as u64 != header.ops {
        return Err(corrupt(format!(
            "{} ops, the header says {}",
            ops.len(),
            header.ops
        )));
    }
    Ok(Decoded { header, ops })
}

/// Merges the ops of consecutive files (later wins per row) into one change.
pub fn merge_ops(files: Vec<Vec<FeedOp>>) -> ChangeSet {
    let mut last: HashMap<(RowKind, String), FeedOp> = HashMap::new();
    let mut order: Vec<(RowKind, String)> = Vec::new();
    for ops in files {
        for op in ops {
            let (k, id) = op.key();
            let key = (k, id.to_string());
            if last.insert(key.clone(), op).is_none() {
                order.push(key);
            }
        }
    }
    order.sort();
    let mut change = ChangeSet::default();
    for key in order {
        match last.remove(&key) {
            Some(FeedOp::Put(row)) => match row {
                Row::Organization(r) => change.put.organizations.push(*r),
                Row::Service(r) => change.put.services.push(*r),
                Row::LearningResource(r) => change.put.learning_resources.push(*r),
                Row::ReportSummary(r) => change.put.reports.push(*r),
                Row::NewsItem(r) => change.put.news.push(*r),
                Row::CulturalExperience(r) => change.put.cultural_experiences.push(*r),
            },
            Some(FeedOp::Del { kind, id }) => change.delete.push((kind, id)),
            None => {}
        }
    }
    change
}

/// The ops that turn the catalog with row hashes `old` into `new` (sorted
/// rows): PUT for new or changed rows, DEL for vanished ones, by (kind, id).
pub fn delta_ops(old: &HashMap<String, String>, new: &[Row]) -> Vec<FeedOp> {
    let mut ops = Vec::new();
    let mut present = std::collections::HashSet::new();
    for row in new {
        let key = row.kind().key(row.id());
        if old.get(&key).map(String::as_str) != Some(row.hash().as_str()) {
            ops.push(FeedOp::Put(row.clone()));
        }
        present.insert(key);
    }
    let mut gone: Vec<(RowKind, String)> = old
        .keys()
        .filter(|k| !present.contains(*k))
        .filter_map(|k| {
            let (table, id) = k.split_once(':')?;
            Some((RowKind::parse(table)?, id.to_string()))
        })
        .collect();
    gone.sort();
    ops.extend(gone.into_iter().map(|(kind, id)| FeedOp::Del { kind, id }));
    ops.sort_by(|a, b| a.key().cmp(&b.key()));
    ops
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalog::sample::{SampleOptions, generate};

    fn small() -> CatalogData {
        generate(SampleOptions {
            services: 20,
            associations: 4,
            ..SampleOptions::default()
        })
    }

    fn header(ops: u64) -> FileHeader {
        FileHeader {
            integra_feed: FORMAT_VERSION,
            schema_version: SCHEMA_VERSION,
            kind: "snapshot".into(),
            from_digest: None,
            digest: "0".repeat(64),
            ops,
        }
    }

    #[test]
    fn encoding_is_deterministic_and_round_trips() {
        let rows = rows_of(&small());
        let ops: Vec<FeedOp> = rows.into_iter().map(FeedOp::Put).collect();
        let a = encode(&header(ops.len() as u64), &ops);
        let b = encode(&header(ops.len() as u64), &ops);
        assert_eq!(a, b);
        let d = decode("x", &a).unwrap();
        assert_eq!(d.ops, ops);
    }

    #[test]
    fn duplicate_rows_and_wrong_counts_are_corrupt() {
        let rows = rows_of(&small());
        let mut ops: Vec<FeedOp> = rows.into_iter().take(3).map(FeedOp::Put).collect();
        ops.push(ops[0].clone());
        let err = decode("x", &encode(&header(4), &ops)).unwrap_err();
        assert!(err.to_string().contains("twice"), "{err}");
        let err = decode("x", &encode(&header(9), &ops[..3])).unwrap_err();
        assert!(err.to_string().contains("header says 9"), "{err}");
        let err = decode("x", b"<html>captive</html>").unwrap_err();
        assert!(matches!(err, SyncError::Corrupt { .. }), "{err}");
    }

    #[test]
    fn delta_ops_put_changed_and_delete_vanished() {
        let data = small();
        let rows = rows_of(&data);
        let old: HashMap<String, String> = row_hashes(&rows).into_iter().collect();
        let mut next = data.clone();
        next.services[1].name = "Altro nome".into();
        let gone = next.services.remove(2);
        let ops = delta_ops(&old, &rows_of(&next));
        assert_eq!(ops.len(), 2);
        assert!(matches!(&ops[0], FeedOp::Put(Row::Service(s)) if s.name == "Altro nome"));
        assert_eq!(
            ops[1],
            FeedOp::Del {
                kind: RowKind::Service,
                id: gone.id
            }
        );
    }
}
