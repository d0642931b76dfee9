//! The feed format (`feed/FORMAT.md`): the [`FeedManifest`], and the
//! ndjson+zstd files that carry rows: a header frame, then a frame of
//! `put`/`del` ops sorted by kind and id, one op per row; a feed row is a
//! `catalog::Record`. A delta's ops frame is compressed against the rows it
//! replaces (a zstd dictionary), which the device rebuilds from its own catalog
//! with `CatalogWriter::row_json`. Also the size limits, [`delta_ops`] and
//! [`parse_time`].
//!
//! Encoding is deterministic: the same rows give the same bytes, so an
//! unchanged catalog gives the same snapshot file.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Read, Write};

use catalog::model::CatalogData;
use catalog::store::{ChangeSet, digest_of};
use catalog::{Record, RecordKind, RecordRef};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::FeedError;

/// Version of the feed's layout (manifest and file framing). 2: files are
/// two zstd frames, and a delta's rows compress against the rows they
/// replace.
pub const FORMAT_VERSION: u32 = 2;
/// Version of the row schema (the catalog model as serialized), written by
/// the publisher. 2: records may name their official `source` and locations
/// their `precision`; an app of schema 1 would drop both (and then find the
/// digest wrong), so it is told to update instead. 3: services may say
/// their `kind` (what the source says the place is).
pub const SCHEMA_VERSION: u32 = 3;
/// The oldest row schema this build still reads: every schema since only
/// added optional fields.
pub const MIN_SCHEMA_VERSION: u32 = 1;

/// Whether rows of this schema version can be read.
pub fn schema_known(version: u32) -> bool {
    (MIN_SCHEMA_VERSION..=SCHEMA_VERSION).contains(&version)
}

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
/// The most rows a delta may compress against (keys listed in its header).
pub const MAX_BASE_ROWS: usize = 100_000;

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
    pub fn parse(bytes: &[u8]) -> Result<FeedManifest, FeedError> {
        if bytes.len() as u64 > MAX_MANIFEST_BYTES {
            return Err(FeedError::TooLarge {
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
        let bad = |e: serde_json::Error| FeedError::ManifestInvalid(e.to_string());
        let v: Versions = serde_json::from_slice(bytes).map_err(bad)?;
        if v.format != FORMAT_VERSION || !schema_known(v.schema_version) {
            return Err(FeedError::UnknownSchema {
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

    fn check(&self) -> Result<(), FeedError> {
        let bad = |msg: String| Err(FeedError::ManifestInvalid(msg));
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

    fn check_file(&self, f: &FeedFile, expected_path: &str) -> Result<(), FeedError> {
        if !is_hex64(&f.sha256) {
            return Err(FeedError::ManifestInvalid(format!(
                "{}: sha256 must be 64 lowercase hex digits",
                f.path
            )));
        }
        if f.path != expected_path {
            return Err(FeedError::ManifestInvalid(format!(
                "file path {:?} should be {expected_path:?}",
                f.path.chars().take(200).collect::<String>()
            )));
        }
        if f.size > MAX_FILE_BYTES {
            return Err(FeedError::TooLarge {
                path: f.path.clone(),
                size: f.size,
                limit: MAX_FILE_BYTES,
            });
        }
        if f.size == 0 {
            return Err(FeedError::ManifestInvalid(format!("{}: size 0", f.path)));
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
    /// Deltas only: keys (`<table>:<id>`) of rows the device holds at
    /// `from_digest` whose canonical op lines, concatenated in this order,
    /// are the zstd dictionary of the ops frame.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub base: Vec<String>,
}

/// A line of a feed file after the header: `{"put":{"service":{…}}}` or
/// `{"del":{"kind":"service","id":"…"}}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedOp {
    Put(Record),
    Del { kind: RecordKind, id: String },
}

impl FeedOp {
    pub fn key(&self) -> (RecordKind, &str) {
        match self {
            FeedOp::Put(r) => (r.kind(), r.id()),
            FeedOp::Del { kind, id } => (*kind, id),
        }
    }
}

/// Every row of a catalog, sorted by (kind, id): the order of snapshots.
pub fn rows_of(data: &CatalogData) -> Vec<Record> {
    let mut rows: Vec<Record> = data.records().map(RecordRef::to_owned).collect();
    rows.sort_by(|a, b| (a.kind(), a.id()).cmp(&(b.kind(), b.id())));
    rows
}

/// `(key, content hash)` of every row, the input of the digest.
pub fn row_hashes(rows: &[Record]) -> Vec<(String, String)> {
    rows.iter()
        .map(|r| (r.kind().key(r.id()), r.hash()))
        .collect()
}

/// The digest of a catalog given as rows.
pub fn digest_rows(rows: &[Record]) -> String {
    digest_of(row_hashes(rows))
}

/// A PUT op line, as a file carries it (and as a delta's dictionary
/// holds the row it replaces): `{"put":{"<table>":<row json>}}\n`.
pub fn put_line(kind: RecordKind, row_json: &[u8]) -> Vec<u8> {
    let mut line = Vec::with_capacity(row_json.len() + 32);
    line.extend_from_slice(b"{\"put\":{\"");
    line.extend_from_slice(kind.table().as_bytes());
    line.extend_from_slice(b"\":");
    line.extend_from_slice(row_json);
    line.extend_from_slice(b"}}\n");
    line
}

/// Encodes a header and ops (already in their final order) as ndjson in
/// two zstd frames at [`ZSTD_LEVEL`]: the header line, then the op lines
/// compressed with `base` (the put lines of the header's `base` rows,
/// concatenated; empty for none) as a raw-content dictionary.
/// Deterministic.
pub fn encode(header: &FileHeader, ops: &[FeedOp], base: &[u8]) -> Vec<u8> {
    let mut head = serde_json::to_vec(header).expect("header serializes");
    head.push(b'\n');
    let mut body = Vec::new();
    for op in ops {
        serde_json::to_writer(&mut body, op).expect("rows serialize");
        body.push(b'\n');
    }
    let mut out = compress(&head, &[]);
    out.extend_from_slice(&compress(&body, base));
    out
}

fn compress(raw: &[u8], dictionary: &[u8]) -> Vec<u8> {
    let mut enc = if dictionary.is_empty() {
        zstd::stream::Encoder::new(Vec::new(), ZSTD_LEVEL)
    } else {
        zstd::stream::Encoder::with_dictionary(Vec::new(), ZSTD_LEVEL, dictionary)
    }
    .expect("zstd encoder");
    // The checksum also catches a dictionary that is not the one the
    // publisher used (the device's rows differ): the file is then corrupt
    // and the client loads the snapshot.
    enc.include_checksum(true).expect("zstd option");
    enc.include_contentsize(false).expect("zstd option");
    // Told the size, zstd sizes its window and tables to the input: a
    // small delta then does not allocate and clear the tens of megabytes
    // level 19 takes for input of unknown size.
    enc.set_pledged_src_size(Some(raw.len() as u64))
        .expect("zstd option");
    enc.write_all(raw).expect("writing to memory");
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

/// Reads ndjson lines from a decompressing reader, within the limits.
struct Lines<R> {
    reader: R,
    total: u64,
    line: Vec<u8>,
}

impl<R: BufRead> Lines<R> {
    fn next(&mut self, corrupt: &dyn Fn(String) -> FeedError) -> Result<bool, FeedError> {
        self.line.clear();
        let n = (&mut self.reader)
            .take(MAX_LINE_BYTES as u64 + 1)
            .read_until(b'\n', &mut self.line)
            .map_err(|e| corrupt(format!("zstd: {e}")))?;
        self.total += n as u64;
        if self.total > MAX_DECOMPRESSED_BYTES {
            return Err(corrupt("decompresses to more than the limit".into()));
        }
        if n == 0 {
            return Ok(false);
        }
        if self.line.last() != Some(&b'\n') {
            return Err(corrupt(if n > MAX_LINE_BYTES {
                "a line is longer than the limit".into()
            } else {
                "the last line is not terminated".into()
            }));
        }
        Ok(true)
    }
}

/// Given a delta's `base` keys, the dictionary of its ops frame: the put
/// lines of those rows, concatenated in order.
pub type BaseRows<'a> = dyn FnMut(&[String]) -> Result<Vec<u8>, FeedError> + 'a;

/// Decodes a feed file's bytes (the caller checked size and sha256 first)
/// that compresses against no rows (any snapshot; a delta with an empty
/// `base`). See [`decode_with_base`].
pub fn decode(name: &str, bytes: &[u8]) -> Result<Decoded, FeedError> {
    decode_with_base(name, bytes, &mut |_| {
        Err(FeedError::corrupt(
            name,
            "the file compresses against rows, and none were given",
        ))
    })
}

/// Decodes a feed file's bytes (the caller checked size and sha256 first).
/// `base` returns the dictionary for the header's `base` keys (the put
/// lines of those rows as the device holds them). Rejects bad framing, bad
/// JSON, more bytes than allowed, a row named twice (a file holds the last
/// op per row only), and op counts that disagree with the header. `name`
/// is used in errors only.
pub fn decode_with_base(
    name: &str,
    bytes: &[u8],
    base: &mut BaseRows<'_>,
) -> Result<Decoded, FeedError> {
    let corrupt = |reason: String| FeedError::corrupt(name, reason);
    let head_len = zstd::zstd_safe::find_frame_compressed_size(bytes)
        .map_err(|_| corrupt("zstd: the header frame is malformed".into()))?;
    if head_len >= bytes.len() {
        return Err(corrupt("the file has no ops frame".into()));
    }
    let (head, body) = bytes.split_at(head_len);
    let dec = zstd::stream::Decoder::new(head).map_err(|e| corrupt(format!("zstd: {e}")))?;
    let mut lines = Lines {
        reader: BufReader::new(dec.take(MAX_DECOMPRESSED_BYTES + 1)),
        total: 0,
        line: Vec::new(),
    };
    if !lines.next(&corrupt)? {
        return Err(corrupt("empty file".into()));
    }
    let header: FileHeader =
        serde_json::from_slice(&lines.line).map_err(|e| corrupt(format!("header: {e}")))?;
    if header.integra_feed != FORMAT_VERSION || !schema_known(header.schema_version) {
        return Err(corrupt("unknown file format or schema".into()));
    }
    if lines.next(&corrupt)? {
        return Err(corrupt(
            "the header frame holds more than the header".into(),
        ));
    }
    let total = lines.total;
    if !header.base.is_empty() {
        if header.kind != "delta" {
            return Err(corrupt("only a delta compresses against rows".into()));
        }
        if header.base.len() > MAX_BASE_ROWS || header.base.len() as u64 > header.ops {
            return Err(corrupt("too many base rows".into()));
        }
        let mut seen = std::collections::HashSet::new();
        for key in &header.base {
            let known = key
                .split_once(':')
                .is_some_and(|(t, id)| RecordKind::parse(t).is_some() && !id.is_empty());
            if !known || !seen.insert(key.as_str()) {
                return Err(corrupt(format!(
                    "bad base row {:?}",
                    key.chars().take(200).collect::<String>()
                )));
            }
        }
    }
    let dictionary = if header.base.is_empty() {
        Vec::new()
    } else {
        base(&header.base)?
    };
    let dec = if dictionary.is_empty() {
        zstd::stream::Decoder::new(body)
    } else {
        zstd::stream::Decoder::with_dictionary(BufReader::new(body), &dictionary)
    }
    .map_err(|e| corrupt(format!("zstd: {e}")))?;
    let mut lines = Lines {
        reader: BufReader::new(dec.take(MAX_DECOMPRESSED_BYTES + 1)),
        total,
        line: Vec::new(),
    };
    let mut ops = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut n_line = 1usize;
    while lines.next(&corrupt)? {
        n_line += 1;
        if ops.len() as u64 >= header.ops {
            return Err(corrupt(format!(
                "more ops than the header's {}",
                header.ops
            )));
        }
        let op: FeedOp = serde_json::from_slice(&lines.line)
            .map_err(|e| corrupt(format!("line {n_line}: {e}")))?;
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
    let mut last: HashMap<(RecordKind, String), FeedOp> = HashMap::new();
    let mut order: Vec<(RecordKind, String)> = Vec::new();
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
            Some(FeedOp::Put(row)) => change.put.push(row),
            Some(FeedOp::Del { kind, id }) => change.delete.push((kind, id)),
            None => {}
        }
    }
    change
}

/// The ops that turn the catalog with row hashes `old` into `new` (sorted
/// rows): PUT for new or changed rows, DEL for vanished ones, by (kind, id).
pub fn delta_ops(old: &HashMap<String, String>, new: &[Record]) -> Vec<FeedOp> {
    let mut ops = Vec::new();
    let mut present = std::collections::HashSet::new();
    for row in new {
        let key = row.kind().key(row.id());
        if old.get(&key).map(String::as_str) != Some(row.hash().as_str()) {
            ops.push(FeedOp::Put(row.clone()));
        }
        present.insert(key);
    }
    let mut gone: Vec<(RecordKind, String)> = old
        .keys()
        .filter(|k| !present.contains(*k))
        .filter_map(|k| {
            let (table, id) = k.split_once(':')?;
            Some((RecordKind::parse(table)?, id.to_string()))
        })
        .collect();
    gone.sort();
    ops.extend(gone.into_iter().map(|(kind, id)| FeedOp::Del { kind, id }));
    ops.sort_by(|a, b| a.key().cmp(&b.key()));
    ops
}

/// Reads an RFC 3339 time from a manifest (`created`, `expires`).
pub fn parse_time(s: &str) -> Result<chrono::DateTime<chrono::Utc>, FeedError> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&chrono::Utc))
        .map_err(|e| FeedError::ManifestInvalid(format!("time {s:?}: {e}")))
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
            base: Vec::new(),
        }
    }

    #[test]
    fn files_of_every_known_schema_are_read_and_newer_ones_refused() {
        let rows = rows_of(&small());
        let ops: Vec<FeedOp> = rows.into_iter().map(FeedOp::Put).collect();
        for version in [MIN_SCHEMA_VERSION, SCHEMA_VERSION] {
            let h = FileHeader {
                schema_version: version,
                ..header(ops.len() as u64)
            };
            assert_eq!(decode("x", &encode(&h, &ops, &[])).unwrap().ops, ops);
        }
        let newer = FileHeader {
            schema_version: SCHEMA_VERSION + 1,
            ..header(ops.len() as u64)
        };
        let err = decode("x", &encode(&newer, &ops, &[])).unwrap_err();
        assert!(err.to_string().contains("schema"), "{err}");
        assert!(!schema_known(0));
    }

    #[test]
    fn encoding_is_deterministic_and_round_trips() {
        let rows = rows_of(&small());
        let ops: Vec<FeedOp> = rows.into_iter().map(FeedOp::Put).collect();
        let a = encode(&header(ops.len() as u64), &ops, &[]);
        let b = encode(&header(ops.len() as u64), &ops, &[]);
        assert_eq!(a, b);
        let d = decode("x", &a).unwrap();
        assert_eq!(d.ops, ops);
    }

    #[test]
    fn duplicate_rows_and_wrong_counts_are_corrupt() {
        let rows = rows_of(&small());
        let mut ops: Vec<FeedOp> = rows.into_iter().take(3).map(FeedOp::Put).collect();
        ops.push(ops[0].clone());
        let err = decode("x", &encode(&header(4), &ops, &[])).unwrap_err();
        assert!(err.to_string().contains("twice"), "{err}");
        let err = decode("x", &encode(&header(9), &ops[..3], &[])).unwrap_err();
        assert!(err.to_string().contains("header says 9"), "{err}");
        let err = decode("x", b"<html>captive</html>").unwrap_err();
        assert!(matches!(err, FeedError::Corrupt { .. }), "{err}");
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
        assert!(matches!(&ops[0], FeedOp::Put(Record::Service(s)) if s.name == "Altro nome"));
        assert_eq!(
            ops[1],
            FeedOp::Del {
                kind: RecordKind::Service,
                id: gone.id
            }
        );
    }

    /// A delta's ops frame decodes only with the rows it was compressed
    /// against: other rows give a corrupt file (zstd's checksum, or bad
    /// JSON), never other ops.
    #[test]
    fn delta_compressed_against_old_rows_needs_the_same_rows() {
        let data = small();
        let old_rows = rows_of(&data);
        let mut next = data.clone();
        next.services[1]
            .description
            .push_str(" Aperto anche il sabato.");
        next.services[5].description.push_str(" Chiuso ad agosto.");
        let old: HashMap<String, String> = row_hashes(&old_rows).into_iter().collect();
        let ops = delta_ops(&old, &rows_of(&next));
        assert_eq!(ops.len(), 2);
        let keys: Vec<String> = ops.iter().map(|o| o.key().0.key(o.key().1)).collect();
        let line_of = |rows: &[Record], key: &str| {
            let row = rows.iter().find(|r| r.kind().key(r.id()) == key).unwrap();
            let mut line = serde_json::to_vec(&FeedOp::Put(row.clone())).unwrap();
            line.push(b'\n');
            line
        };
        let dictionary: Vec<u8> = keys.iter().flat_map(|k| line_of(&old_rows, k)).collect();
        // put_line builds the same bytes from a row's own JSON.
        let Record::Service(s1) = &old_rows
            .iter()
            .find(|r| r.kind().key(r.id()) == keys[0])
            .unwrap()
        else {
            panic!("a service")
        };
        assert_eq!(
            put_line(
                RecordKind::Service,
                &serde_json::to_vec(s1.as_ref()).unwrap()
            ),
            line_of(&old_rows, &keys[0])
        );
        let h = FileHeader {
            kind: "delta".into(),
            from_digest: Some("1".repeat(64)),
            base: keys.clone(),
            ..header(2)
        };
        let bytes = encode(&h, &ops, &dictionary);
        let plain = encode(
            &FileHeader {
                base: vec![],
                ..h.clone()
            },
            &ops,
            &[],
        );
        assert!(
            bytes.len() < plain.len() / 2,
            "{} vs {}",
            bytes.len(),
            plain.len()
        );
        let mut asked = Vec::new();
        let d = decode_with_base("d", &bytes, &mut |k| {
            asked = k.to_vec();
            Ok(dictionary.clone())
        })
        .unwrap();
        assert_eq!((d.ops, asked), (ops.clone(), keys.clone()));
        // Rows that differ (the device's copy of one was edited).
        let mut other = old_rows.clone();
        if let Record::Service(s) = other
            .iter_mut()
            .find(|r| r.kind().key(r.id()) == keys[1])
            .unwrap()
        {
            s.name.push('!');
        }
        let wrong: Vec<u8> = keys.iter().flat_map(|k| line_of(&other, k)).collect();
        let err = decode_with_base("d", &bytes, &mut |_| Ok(wrong.clone())).unwrap_err();
        assert!(matches!(err, FeedError::Corrupt { .. }), "{err}");
        // Without rows at all.
        assert!(matches!(
            decode("d", &bytes),
            Err(FeedError::Corrupt { .. })
        ));
        // A snapshot may not name base rows.
        let snap = encode(
            &FileHeader {
                kind: "snapshot".into(),
                ..h
            },
            &ops,
            &dictionary,
        );
        let err = decode_with_base("s", &snap, &mut |_| Ok(dictionary.clone())).unwrap_err();
        assert!(err.to_string().contains("only a delta"), "{err}");
    }
}
