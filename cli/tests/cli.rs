//! `integra-cli` end to end: a fresh data file filled with the sample catalog
//! on request, real searches. (The official records: `tests/binaries.rs`.)

use std::process::Command;

fn cli(db: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_integra-cli"))
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("integra-cli runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_sample_catalog_built_on_request_finds_courses_near_prato() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("catalog.sqlite");
    let (ok, _, err) = cli(&db, &["rebuild", "--sample"]);
    assert!(ok, "{err}");
    assert!(
        err.contains("the generated sample (not real services)"),
        "{err}"
    );
    let (ok, out, err) = cli(
        &db,
        &[
            "search",
            "corso di italiano",
            "--near",
            "Prato",
            "--radius",
            "15",
        ],
    );
    assert!(ok, "{err}");
    assert!(out.contains("sample data, not official"), "{out}");
    let first = out.lines().nth(1).expect("a first hit");
    assert!(
        first.contains("(PO)") || first.contains("(FI)") || first.contains("(PT)"),
        "{out}"
    );
    // Second run: the catalog is there already.
    let (ok, out, err) = cli(
        &db,
        &[
            "search", "طبيب", "--near", "Torino", "--lang", "ar", "--json",
        ],
    );
    assert!(ok, "{err}");
    let results: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(results["total"].as_u64().unwrap() > 0, "{out}");
    assert_eq!(results["hits"][0]["text_lang"], "ar");
}

#[test]
fn comuni_are_found_by_any_spelling() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("unused.sqlite");
    let (ok, out, _) = cli(&db, &["comune", "forli"]);
    assert!(ok);
    assert!(out.starts_with("040012  Forlì (FC)"), "{out}");
    let (_, out, _) = cli(&db, &["comune", "Reggio", "Calabria"]);
    assert!(out.starts_with("080063  Reggio di Calabria (RC)"), "{out}");
}

#[test]
fn wrong_use_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("catalog.sqlite");
    let (ok, _, err) = cli(&db, &["search", "--radius"]);
    assert!(!ok);
    assert!(err.contains("--radius needs a value"), "{err}");
    let (ok, _, err) = cli(&db, &["frobnicate"]);
    assert!(!ok);
    assert!(err.contains("unknown command"), "{err}");
}

fn bare(args: &[&str]) -> (bool, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_integra-cli"))
        .args(args)
        .output()
        .expect("integra-cli runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn help_names_every_command_and_option() {
    let search = [
        "--near",
        "--at",
        "--radius",
        "--open-now",
        "--lang",
        "--area",
        "--target",
        "--speaks",
        "--territory",
        "--free",
        "--no-docs",
        "--kind",
        "--sort",
        "--limit",
        "--page",
        "--json",
        "--db",
    ];
    let (ok, top, _) = bare(&["--help"]);
    assert!(ok);
    for word in ["search", "comune", "show", "rebuild", "--version"]
        .iter()
        .chain(&search)
    {
        assert!(top.contains(word), "--help does not name {word}:\n{top}");
    }
    let (ok, help, _) = bare(&["search", "--help"]);
    assert!(ok);
    for option in search {
        assert!(
            help.contains(option),
            "search --help does not name {option}:\n{help}"
        );
    }
    let (ok, help, _) = bare(&["show", "--help"]);
    assert!(
        ok && help.contains("KIND") && help.contains("--lang"),
        "{help}"
    );
    // No command at all: the help, as before.
    let (ok, out, _) = bare(&[]);
    assert!(ok && out.contains("rebuild"), "{out}");
}

#[test]
fn version_is_printed() {
    let (ok, out, _) = bare(&["--version"]);
    assert!(ok);
    assert_eq!(
        out.trim(),
        format!("integra-cli {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn an_unknown_flag_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("catalog.sqlite");
    let (ok, out, err) = cli(&db, &["search", "corso", "--frobnicate"]);
    assert!(!ok && out.is_empty());
    assert!(err.contains("unexpected argument '--frobnicate'"), "{err}");
    let (ok, _, err) = cli(&db, &["search", "--near", "Prato", "--at", "43.9,11.1"]);
    assert!(!ok);
    assert!(err.contains("cannot be used with"), "{err}");
    let (ok, _, err) = cli(&db, &["search", "--lang", "xx"]);
    assert!(!ok);
    assert!(err.contains("one of it en fr"), "{err}");
    assert!(!db.exists(), "a refused command line opens no catalog");
}
