//! The bundled fonts (`assets/fonts/*.woff2`, made by `scripts/subset-fonts.sh`):
//! Noto Sans for Latin and Cyrillic, Noto Sans Arabic, Noto Sans Gurmukhi and
//! common Simplified Chinese from Noto Sans CJK SC, so no script depends on
//! what the device has installed.
//!
//! They reach the page inside its stylesheet as `@font-face` rules with `data:`
//! URLs: the window's page and the `--serve` page are one HTML document with
//! nothing loaded from elsewhere, and both content security policies allow
//! `font-src data:`. `tests/fonts.rs` reads their cmaps against every locale
//! file, the sample catalog and the bundled data.

use std::sync::OnceLock;

use base64::Engine as _;

/// One bundled font file and the face it provides.
#[derive(Debug, Clone, Copy)]
pub struct BundledFont {
    pub file: &'static str,
    pub family: &'static str,
    pub weight: u16,
    pub woff2: &'static [u8],
}

macro_rules! font {
    ($file:literal, $family:literal, $weight:literal) => {
        BundledFont {
            file: $file,
            family: $family,
            weight: $weight,
            woff2: include_bytes!(concat!("../../assets/fonts/", $file)),
        }
    };
}

/// Every bundled face, in the order of the stylesheet's `font-family`.
pub const BUNDLED_FONTS: &[BundledFont] = &[
    font!("NotoSans-Regular.woff2", "Integra Sans", 400),
    font!("NotoSans-Bold.woff2", "Integra Sans", 700),
    font!("NotoSansArabic-Regular.woff2", "Integra Arabic", 400),
    font!("NotoSansArabic-Bold.woff2", "Integra Arabic", 700),
    font!("NotoSansGurmukhi-Regular.woff2", "Integra Gurmukhi", 400),
    font!("NotoSansGurmukhi-Bold.woff2", "Integra Gurmukhi", 700),
    // One weight: bold Chinese is synthesized, which keeps the bundle small.
    font!("NotoSansCJKsc-Regular.woff2", "Integra CJK SC", 400),
];

/// The `@font-face` rules for every bundled face (built once per process).
pub fn font_faces() -> &'static str {
    static FACES: OnceLock<String> = OnceLock::new();
    FACES.get_or_init(|| {
        let engine = base64::engine::general_purpose::STANDARD;
        BUNDLED_FONTS
            .iter()
            .map(|f| {
                format!(
                    "@font-face{{font-family:\"{}\";font-weight:{};font-style:normal;font-display:swap;src:url(data:font/woff2;base64,{}) format(\"woff2\")}}\n",
                    f.family,
                    // A single weight serves every weight of its family.
                    if f.family == "Integra CJK SC" { "100 900".to_string() } else { f.weight.to_string() },
                    engine.encode(f.woff2)
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
