//! Embeds every `locales/<lang>/*.ftl` file so the app needs nothing beside
//! its binary; the list is generated so a new file cannot be forgotten. Also
//! embeds the signed starter feed (`assets/feed/starter/`), from which a fresh
//! install builds its catalog with no network (`state.rs`).

use std::fmt::Write as _;
use std::path::Path;

/// The package being built, read when the script runs: `env!` would freeze
/// the path of whichever checkout first compiled this script, and a build
/// folder shared between checkouts would then embed another one's files.
fn manifest_dir() -> std::path::PathBuf {
    std::path::PathBuf::from(
        std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"),
    )
}

fn main() {
    let root = manifest_dir().join("../locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<_> = std::fs::read_dir(&root)
        .expect("locales/ beside ui/")
        .map(|e| e.expect("locales entry").path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    let mut out = String::from("pub(crate) const LOCALE_FILES: &[(&str, &str, &str)] = &[\n");
    for dir in langs {
        println!("cargo:rerun-if-changed={}", dir.display());
        let lang = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("locale dir")
            .map(|e| e.expect("locale entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .collect();
        files.sort();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            writeln!(
                out,
                "    ({lang:?}, {name:?}, include_str!({:?})),",
                f.canonicalize().unwrap().display().to_string()
            )
            .unwrap();
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("locales.rs");
    std::fs::write(dest, out).unwrap();
    starter_feed();
}

/// The signed starter feed (`assets/feed/starter/`), embedded so a fresh
/// install has the catalog with no network and no files beside the binary.
fn starter_feed() {
    let root = manifest_dir().join("../assets/feed/starter");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    let mut dirs = vec![root.clone()];
    while let Some(dir) = dirs.pop() {
        println!("cargo:rerun-if-changed={}", dir.display());
        for entry in std::fs::read_dir(&dir).expect("assets/feed/starter") {
            let path = entry.expect("feed entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let mut out = String::from("pub(crate) const STARTER_FEED: &[(&str, &[u8])] = &[\n");
    for f in files {
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            out,
            "    ({rel:?}, include_bytes!({:?})),",
            f.canonicalize().unwrap().display().to_string()
        )
        .unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("starter_feed.rs");
    std::fs::write(dest, out).unwrap();
}
