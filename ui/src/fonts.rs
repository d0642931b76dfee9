//! The bundled fonts (`assets/fonts/*.woff2`, made by `scripts/subset-fonts.sh`):
//! Noto Sans for Latin and Cyrillic, Noto Sans Arabic, Noto Sans Gurmukhi and
//! common Simplified Chinese from Noto Sans CJK SC, so no script depends on
//! what the device has installed.
//!
//! They reach the page as files, `/fonts/<file>` on the page's own origin:
//! the window's asset protocol serves them from the binary
//! (`src-tauri/src/lib.rs`, `AppAssets`), `integra --serve` from a route
//! ([`crate::router`]). Each face but the Latin one carries a
//! `unicode-range`, so a page fetches only the scripts its text uses: the
//! Chinese face (1.1 MB of the 1.4 MB) only when Chinese is on screen.
//! Inside the stylesheet as `data:` URLs they made every page's style text
//! 1.85 MB, parsed and held by the web process whatever the language.
//! `tests/fonts.rs` reads their cmaps against every locale file, the sample
//! catalog and the bundled data.

use std::sync::OnceLock;

/// One bundled font file and the face it provides.
#[derive(Debug, Clone, Copy)]
pub struct BundledFont {
    pub file: &'static str,
    pub family: &'static str,
    pub weight: u16,
    /// The code points the face is fetched for (`None`: every one not
    /// covered by an earlier face, the Latin and Cyrillic face).
    pub unicode_range: Option<&'static str>,
    pub woff2: &'static [u8],
}

macro_rules! font {
    ($file:literal, $family:literal, $weight:literal, $range:expr) => {
        BundledFont {
            file: $file,
            family: $family,
            weight: $weight,
            unicode_range: $range,
            woff2: include_bytes!(concat!("../../assets/fonts/", $file)),
        }
    };
}

/// Every bundled face, in the order of the stylesheet's `font-family`.
pub const BUNDLED_FONTS: &[BundledFont] = &[
    font!("NotoSans-Regular.woff2", "Integra Sans", 400, None),
    font!("NotoSans-Bold.woff2", "Integra Sans", 700, None),
    font!(
        "NotoSansArabic-Regular.woff2",
        "Integra Arabic",
        400,
        ARABIC
    ),
    font!("NotoSansArabic-Bold.woff2", "Integra Arabic", 700, ARABIC),
    font!(
        "NotoSansGurmukhi-Regular.woff2",
        "Integra Gurmukhi",
        400,
        GURMUKHI
    ),
    font!(
        "NotoSansGurmukhi-Bold.woff2",
        "Integra Gurmukhi",
        700,
        GURMUKHI
    ),
    // One weight: bold Chinese is synthesized, which keeps the bundle small.
    font!("NotoSansCJKsc-Regular.woff2", "Integra CJK SC", 400, CJK),
];

// The blocks of each script (Unicode 15), with the joiners and the dotted
// circle its shaping uses; Punjabi ends sentences with the Devanagari danda
// (U+0964), which the Gurmukhi face carries. tests/fonts.rs fails if a text
// needs a face outside its range.
const ARABIC: Option<&str> =
    Some("U+0600-06FF,U+0750-077F,U+0870-08FF,U+200C-200F,U+25CC,U+FB50-FDFF,U+FE70-FEFF");
const GURMUKHI: Option<&str> = Some("U+0964-0965,U+0A00-0A7F,U+200C-200D,U+25CC");
const CJK: Option<&str> = Some("U+3000-303F,U+3400-4DBF,U+4E00-9FFF,U+FF00-FFEF");

impl BundledFont {
    /// Whether a page fetches this face for `c` (its `unicode-range`).
    pub fn is_fetched_for(&self, c: char) -> bool {
        let Some(range) = self.unicode_range else {
            return true;
        };
        let c = u32::from(c);
        range.split(',').any(|part| {
            let part = part.trim_start_matches("U+");
            let (lo, hi) = part.split_once('-').unwrap_or((part, part));
            match (u32::from_str_radix(lo, 16), u32::from_str_radix(hi, 16)) {
                (Ok(lo), Ok(hi)) => (lo..=hi).contains(&c),
                _ => false,
            }
        })
    }
}

/// Where a page finds the font files: a path on its own origin.
pub const FONT_PATH: &str = "/fonts/";

/// The bytes of the bundled font `file` (a name, as in [`BundledFont::file`]).
pub fn bundled_file(file: &str) -> Option<&'static [u8]> {
    BUNDLED_FONTS
        .iter()
        .find(|f| f.file == file)
        .map(|f| f.woff2)
}

/// The `@font-face` rules for every bundled face, each pointing at its file
/// under [`FONT_PATH`].
pub fn font_faces() -> &'static str {
    static FACES: OnceLock<String> = OnceLock::new();
    FACES.get_or_init(|| {
        BUNDLED_FONTS
            .iter()
            .map(|f| {
                format!(
                    "@font-face{{font-family:\"{}\";font-weight:{};font-style:normal;font-display:swap;src:url({FONT_PATH}{}) format(\"woff2\"){}}}\n",
                    f.family,
                    // A single weight serves every weight of its family.
                    if f.family == "Integra CJK SC" { "100 900".to_string() } else { f.weight.to_string() },
                    f.file,
                    f.unicode_range.map(|r| format!(";unicode-range:{r}")).unwrap_or_default(),
                )
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_bundled_font_is_woff2_and_has_a_face() {
        for font in BUNDLED_FONTS {
            assert_eq!(&font.woff2[..4], b"wOF2", "{}", font.file);
        }
        let faces = font_faces();
        assert_eq!(faces.matches("@font-face").count(), BUNDLED_FONTS.len());
        assert!(!faces.contains("data:"), "fonts are files, not data URLs");
        for font in BUNDLED_FONTS {
            assert!(faces.contains(&format!("url({FONT_PATH}{})", font.file)));
            assert_eq!(bundled_file(font.file), Some(font.woff2));
        }
        assert_eq!(bundled_file("../Cargo.toml"), None);
        let arabic = BUNDLED_FONTS[2];
        assert!(arabic.is_fetched_for('ب') && arabic.is_fetched_for('\u{25CC}'));
        assert!(!arabic.is_fetched_for('A') && !arabic.is_fetched_for('的'));
        assert!(
            BUNDLED_FONTS[0].is_fetched_for('的'),
            "the first face has no range"
        );
        for family in [
            "Integra Sans",
            "Integra Arabic",
            "Integra Gurmukhi",
            "Integra CJK SC",
        ] {
            assert!(
                crate::STYLESHEET.contains(&format!("\"{family}\"")),
                "the stylesheet's font-family lacks {family}"
            );
        }
    }
}
