//! Entry points of the cargo-fuzz targets (`portal/fuzz/`), here so the
//! ordinary test suite compiles and exercises them too. Each takes any
//! bytes and must never panic, whatever it returns.

use catalog::model::CatalogData;
use catalog::validate::{ValidationOptions, validate};

use feed::format::{FeedManifest, FeedOp, decode_with_base, merge_ops};

/// The manifest parser (structure and limits).
pub fn manifest(data: &[u8]) {
    if let Ok(m) = FeedManifest::parse(data) {
        // A parsed manifest re-serializes and parses to itself.
        let again = FeedManifest::parse(&m.to_bytes()).expect("a parsed manifest round-trips");
        assert_eq!(again, m);
    }
}

/// The feed file decoder (zstd frames, header, base rows, ops) and the
/// merge of its ops. The base rows a delta names are "found" as their keys,
/// one a line, so the dictionary path runs too.
pub fn delta(data: &[u8]) {
    let mut base = |keys: &[String]| Ok(keys.join("\n").into_bytes());
    if let Ok(d) = decode_with_base("fuzz", data, &mut base) {
        let n = d.ops.len();
        let change = merge_ops(vec![d.ops]);
        assert_eq!(change.ops(), n, "a file names each row once");
    }
}

/// The row validator: one ndjson line as a feed op, then the catalog's
/// validation of the row it carries.
pub fn row(data: &[u8]) {
    let Ok(FeedOp::Put(row)) = serde_json::from_slice::<FeedOp>(data) else {
        return;
    };
    let batch: CatalogData = std::iter::once(row).collect();
    // The target checks that validation never panics; accepted or
    // refused are both fine answers.
    let _ = validate(&batch, ValidationOptions::default());
}

#[cfg(test)]
mod tests {
    use super::*;
    use feed::format::{FORMAT_VERSION, FileHeader, SCHEMA_VERSION, encode, rows_of};

    /// A cheap stand-in for the fuzzer in ordinary test runs: thousands of
    /// mutations (bit flips, truncations, splices) of real inputs.
    #[test]
    fn targets_survive_mutated_inputs() {
        let data = catalog::sample::generate(catalog::sample::SampleOptions {
            services: 6,
            associations: 2,
            ..Default::default()
        });
        let rows = rows_of(&data);
        let ops: Vec<FeedOp> = rows.iter().take(12).cloned().map(FeedOp::Put).collect();
        let header = FileHeader {
            integra_feed: FORMAT_VERSION,
            schema_version: SCHEMA_VERSION,
            kind: "delta".into(),
            from_digest: Some("a".repeat(64)),
            digest: "b".repeat(64),
            ops: ops.len() as u64,
            base: vec![rows[0].kind().key(rows[0].id())],
        };
        let file = encode(&header, &ops, rows[0].kind().key(rows[0].id()).as_bytes());
        let line = serde_json::to_vec(&ops[3]).unwrap();
        let manifest_bytes = std::fs::read(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../assets/feed/starter/manifest.json"),
        )
        .unwrap();
        manifest(&manifest_bytes);
        delta(&file);
        row(&line);
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for input in [&manifest_bytes, &file, &line] {
            for _ in 0..1500 {
                let mut m = input.clone();
                match next() % 3 {
                    0 => {
                        for _ in 0..1 + next() % 4 {
                            let i = (next() as usize) % m.len();
                            m[i] ^= 1 << (next() % 8);
                        }
                    }
                    1 => m.truncate((next() as usize) % m.len()),
                    _ => {
                        let i = (next() as usize) % m.len();
                        let j = (next() as usize) % m.len();
                        let (a, b) = (i.min(j), i.max(j));
                        m.drain(a..b);
                    }
                }
                manifest(&m);
                delta(&m);
                row(&m);
            }
        }
    }
}
