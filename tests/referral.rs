//! The mediator's referral sheet, printed to PDF by headless Chromium
//! (tests/browser/referral.js: `page.pdf()` of the sheet, A4, the print
//! stylesheet), then read back with poppler: page count, the Arabic and
//! Chinese words as text (shaped glyphs that map back to their letters, not
//! boxes), and every page rendered to an image with something on it.
//!
//! The reviewed snapshot `tests/data/referral/referral-ar-1.png` is page 1 of
//! the Arabic sheet at 60 dpi. Looked at when it was taken: the header in
//! Italian and Arabic side by side with the date and 803.001; each service
//! numbered, Italian column on the left, Arabic column right-aligned and
//! joined (not isolated letters, no boxes), phone numbers and addresses
//! left-to-right inside the Arabic column, a QR code per service. Page count
//! and non-blank pages are checked against it here; pixels are not (fonts
//! may change).

use std::path::{Path, PathBuf};
use std::process::Command;

use integra_tests::app_support;

/// Services shortlisted by the script.
const SERVICES: &str = "3";

fn snapshot_dir() -> PathBuf {
    app_support::workspace().join("tests/data/referral")
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} runs (Debian poppler-utils, scripts/deps.sh): {e}"));
    assert!(
        out.status.success(),
        "{name} {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn page_count(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo names the page count")
}

/// A binary PGM (what `pdftoppm -gray` writes): width, height, pixels.
fn read_pgm(path: &Path) -> (usize, usize, Vec<u8>) {
    let bytes = std::fs::read(path).unwrap();
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P5", "{}", path.display());
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = bytes[i + 1..].to_vec();
    assert_eq!(pixels.len(), w * h, "{}", path.display());
    (w, h, pixels)
}

/// Renders every page at 60 dpi in grey; returns the share of dark pixels
/// of each page.
fn ink_per_page(pdf: &Path, out_prefix: &Path) -> Vec<f64> {
    tool(
        "pdftoppm",
        &[
            "-r",
            "60",
            "-gray",
            pdf.to_str().unwrap(),
            out_prefix.to_str().unwrap(),
        ],
    );
    let dir = out_prefix.parent().unwrap();
    let stem = out_prefix.file_name().unwrap().to_str().unwrap();
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map_while(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            name.starts_with(&format!("{stem}-")) && name.ends_with(".pgm")
        })
        .collect();
    pages.sort();
    pages
        .iter()
        .map(|p| {
            let (w, h, px) = read_pgm(p);
            px.iter().filter(|&&v| v < 128).count() as f64 / (w * h) as f64
        })
        .collect()
}

/// `pages=N` in `tests/data/referral/snapshot.txt`.
fn snapshot_pages() -> usize {
    let text = std::fs::read_to_string(snapshot_dir().join("snapshot.txt")).unwrap();
    text.lines()
        .find_map(|l| l.strip_prefix("pages="))
        .and_then(|n| n.trim().parse().ok())
        .expect("snapshot.txt says pages=N")
}

#[test]
fn referral_sheet_prints_in_arabic_and_chinese() {
    let data = tempfile::tempdir().unwrap();
    let (server, url) = app_support::serve(data.path(), &[], &[]);
    let artifacts = app_support::artifacts("referral");
    let _ = std::fs::remove_dir_all(&artifacts);
    assert!(
        app_support::node(
            "referral.js",
            &[&url, artifacts.to_str().unwrap(), SERVICES]
        ),
        "the referral sheet journey failed; screenshots in {}",
        artifacts.display()
    );
    server.stop();

    let words: [(&str, &[&str]); 2] = [
        // "Sheet", "Phone", "Address", "Date" in Arabic (words without the
        // lam-alef ligature, which pdftotext reorders); the like in Chinese.
        ("ar", &["ورقة", "الهاتف", "العنوان", "التاريخ"]),
        ("zh", &["转介单", "电话", "地址"]),
    ];
    for (lang, expected) in words {
        let pdf = artifacts.join(format!("referral-{lang}.pdf"));
        let pages = page_count(&pdf);
        assert!((1..=6).contains(&pages), "{lang}: {pages} pages");
        let text = tool("pdftotext", &["-enc", "UTF-8", pdf.to_str().unwrap(), "-"]);
        for w in expected {
            assert!(
                text.contains(w),
                "{lang}: {w:?} is not in the PDF's text:\n{text}"
            );
        }
        assert!(text.contains("803.001"), "{lang}: the helpline");
        assert!(
            text.contains("Scheda di orientamento"),
            "{lang}: the Italian column"
        );
        let ink = ink_per_page(&pdf, &artifacts.join(format!("page-{lang}")));
        assert_eq!(ink.len(), pages, "{lang}: one image per page");
        for (i, share) in ink.iter().enumerate() {
            assert!(*share > 0.003, "{lang}: page {} is blank ({share})", i + 1);
        }
        if lang == "ar" {
            assert_eq!(
                pages,
                snapshot_pages(),
                "the Arabic sheet's page count changed since the reviewed snapshot; \
                 look at {} and update tests/data/referral/",
                artifacts.display()
            );
        }
    }
    assert!(
        snapshot_dir().join("referral-ar-1.png").exists(),
        "the reviewed snapshot is kept"
    );
}
