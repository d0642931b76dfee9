//! No text ever shows as boxes: every character of every locale file, of the
//! sample catalog (every text field, every language, the report summaries)
//! and of the bundled data files is in the cmap of a bundled font whose
//! `unicode-range` lets the page fetch it for that character.
//!
//! The fonts are WOFF2; their `cmap` table is never transformed by WOFF2, so
//! decompressing the table stream and slicing it out is enough to read it
//! with `ttf-parser`.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::io::Read as _;
use std::path::{Path, PathBuf};

use ui::fonts::BUNDLED_FONTS;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// WOFF2's variable-length unsigned integer.
fn uint_base128(data: &[u8], pos: &mut usize) -> u32 {
    let mut value: u32 = 0;
    for _ in 0..5 {
        let byte = data[*pos];
        *pos += 1;
        value = (value << 7) | u32::from(byte & 0x7f);
        if byte & 0x80 == 0 {
            return value;
        }
    }
    panic!("bad UIntBase128");
}

fn be_u16(data: &[u8], at: usize) -> u16 {
    u16::from_be_bytes([data[at], data[at + 1]])
}

fn be_u32(data: &[u8], at: usize) -> u32 {
    u32::from_be_bytes([data[at], data[at + 1], data[at + 2], data[at + 3]])
}

/// The code points a WOFF2 font maps to glyphs.
fn woff2_codepoints(file: &str, woff2: &[u8]) -> HashSet<u32> {
    assert_eq!(&woff2[..4], b"wOF2", "{file}: not WOFF2");
    let num_tables = usize::from(be_u16(woff2, 12));
    let compressed_len = be_u32(woff2, 20) as usize;
    let mut pos = 48;
    // (is cmap, length in the decompressed stream)
    let mut tables = Vec::with_capacity(num_tables);
    for _ in 0..num_tables {
        let flags = woff2[pos];
        pos += 1;
        let tag_index = flags & 0x3f;
        let tag: [u8; 4] = if tag_index == 63 {
            let t = [woff2[pos], woff2[pos + 1], woff2[pos + 2], woff2[pos + 3]];
            pos += 4;
            t
        } else {
            [0; 4]
        };
        let is_cmap = tag_index == 0 || &tag == b"cmap";
        let transform = flags >> 6;
        let orig_len = uint_base128(woff2, &mut pos);
        // glyf and loca are transformed unless the version is 3; others
        // only when it is not 0.
        let transformed = if tag_index == 10 || tag_index == 11 {
            transform != 3
        } else {
            transform != 0
        };
        let len = if transformed {
            uint_base128(woff2, &mut pos)
        } else {
            orig_len
        };
        tables.push((is_cmap, len as usize));
    }
    let mut stream = Vec::new();
    brotli_decompressor::Decompressor::new(&woff2[pos..pos + compressed_len], 4096)
        .read_to_end(&mut stream)
        .unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut offset = 0;
    for (is_cmap, len) in tables {
        if is_cmap {
            let cmap = ttf_parser::cmap::Table::parse(&stream[offset..offset + len])
                .unwrap_or_else(|| panic!("{file}: unreadable cmap"));
            let mut points = HashSet::new();
            for subtable in cmap.subtables {
                if subtable.is_unicode() {
                    subtable.codepoints(|cp| {
                        if subtable.glyph_index(cp).is_some_and(|g| g.0 != 0) {
                            points.insert(cp);
                        }
                    });
                }
            }
            return points;
        }
        offset += len;
    }
    panic!("{file}: no cmap");
}

/// What the page can draw with the bundled fonts: a face's code points
/// inside its `unicode-range` (outside it the page never fetches the face).
fn covered() -> HashSet<u32> {
    BUNDLED_FONTS
        .iter()
        .flat_map(|f| {
            woff2_codepoints(f.file, f.woff2)
                .into_iter()
                .filter(|&p| char::from_u32(p).is_some_and(|c| f.is_fetched_for(c)))
        })
        .collect()
}

/// Characters that need no glyph: line breaks, tabs, bidi and joiner marks
/// (format characters, drawn by the shaper), the BOM.
fn needs_glyph(c: char) -> bool {
    !(c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}'))
}

/// Adds every character of `text` that no bundled font has, under `source`.
fn check_text(
    covered: &HashSet<u32>,
    source: &str,
    text: &str,
    missing: &mut BTreeMap<String, BTreeSet<char>>,
) {
    for c in text.chars() {
        if needs_glyph(c) && !covered.contains(&u32::from(c)) {
            missing.entry(source.to_string()).or_default().insert(c);
        }
    }
}

fn json_strings(value: &serde_json::Value, out: &mut String) {
    match value {
        serde_json::Value::String(s) => {
            out.push_str(s);
            out.push('\n');
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_strings(v, out)),
        serde_json::Value::Object(map) => map.iter().for_each(|(k, v)| {
            out.push_str(k);
            out.push('\n');
            json_strings(v, out);
        }),
        _ => {}
    }
}

fn report(missing: &BTreeMap<String, BTreeSet<char>>) -> String {
    missing
        .iter()
        .map(|(source, chars)| {
            let list: Vec<String> = chars
                .iter()
                .map(|c| format!("{c} U+{:04X}", u32::from(*c)))
                .collect();
            format!("{source}: {}", list.join(", "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn bundled_fonts_cover_every_locale_file() {
    let covered = covered();
    let mut missing = BTreeMap::new();
    let mut files = 0;
    for lang in std::fs::read_dir(repo().join("locales")).unwrap() {
        let lang = lang.unwrap().path();
        // Beside the language folders: the glossary and the README.
        if !lang.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&lang).unwrap() {
            let file = file.unwrap().path();
            if file.extension().is_some_and(|e| e == "ftl") {
                let text = std::fs::read_to_string(&file).unwrap();
                let name = file.strip_prefix(repo()).unwrap().display().to_string();
                check_text(&covered, &name, &text, &mut missing);
                files += 1;
            }
        }
    }
    assert!(files >= 11, "found {files} locale files");
    assert!(
        missing.is_empty(),
        "characters no bundled font has (run scripts/subset-fonts.sh):\n{}",
        report(&missing)
    );
}

#[test]
fn bundled_fonts_cover_the_sample_catalog_and_data_files() {
    let covered = covered();
    let mut missing = BTreeMap::new();
    let data = catalog::sample::generate(catalog::sample::SampleOptions::default());
    assert!(!data.reports.is_empty());
    let kinds = [
        ("sample services", serde_json::to_value(&data.services)),
        (
            "sample associations",
            serde_json::to_value(&data.organizations),
        ),
        (
            "sample learning resources",
            serde_json::to_value(&data.learning_resources),
        ),
        (
            "sample report summaries",
            serde_json::to_value(&data.reports),
        ),
        ("sample news", serde_json::to_value(&data.news)),
    ];
    for (source, value) in kinds {
        let mut text = String::new();
        json_strings(&value.unwrap(), &mut text);
        check_text(&covered, source, &text, &mut missing);
    }
    // What the screens show beside records: taxonomy labels, synonyms,
    // comuni names.
    for file in [
        "catalog/data/taxonomy.json",
        "catalog/data/reports.json",
        "catalog/data/services.json",
        "catalog/data/learning.json",
        "catalog/data/news.json",
        "assets/data/comuni.tsv",
    ] {
        let text = std::fs::read_to_string(repo().join(file)).unwrap();
        check_text(&covered, file, &text, &mut missing);
    }
    assert!(
        missing.is_empty(),
        "characters no bundled font has (run scripts/subset-fonts.sh):\n{}",
        report(&missing)
    );
}

#[test]
fn the_bundled_fonts_have_each_script() {
    // A sanity check of the cmap reader itself: if it returned nothing, the
    // coverage tests above could not fail for the right reason.
    for font in BUNDLED_FONTS {
        let points = woff2_codepoints(font.file, font.woff2);
        let probe = match font.family {
            "Integra Sans" => ['A', 'è', 'Ж'].as_slice(),
            "Integra Arabic" => ['ب', 'ع', '٣'].as_slice(),
            "Integra Gurmukhi" => ['ਪ', 'ੰ'].as_slice(),
            "Integra CJK SC" => ['的', '医', '，'].as_slice(),
            other => panic!("unexpected family {other}"),
        };
        for c in probe {
            assert!(points.contains(&u32::from(*c)), "{} lacks {c}", font.file);
        }
        assert!(!points.contains(&0x1F600), "{} claims an emoji", font.file);
    }
}
