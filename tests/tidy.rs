//! The architecture's mechanical invariants (ARCHITECTURE.md), checked on
//! the tree and on the resolved dependency graph (`cargo metadata`):
//! dependencies run one way, by role, and the rules that a `grep` can check
//! hold.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use serde_json::Value;

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

/// The workspace's dependency graph from the manifests (`cargo metadata
/// --no-deps`: no registry, no network): each member's normal and build
/// dependencies by name. Dev-dependencies are not built into anything a
/// user runs, so the invariants ignore them.
struct Graph {
    normal: HashMap<String, BTreeSet<String>>,
    members: BTreeSet<String>,
}

fn graph() -> Graph {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = std::process::Command::new(cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--no-deps",
            "--offline",
        ])
        .current_dir(workspace_root())
        .output()
        .expect("cargo metadata runs");
    assert!(
        out.status.success(),
        "cargo metadata failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let meta: Value = serde_json::from_slice(&out.stdout).expect("metadata is JSON");
    let mut normal: HashMap<String, BTreeSet<String>> = HashMap::new();
    for package in meta["packages"].as_array().unwrap() {
        let deps = package["dependencies"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["kind"].as_str() != Some("dev"))
            .map(|d| d["name"].as_str().unwrap().to_string())
            .collect();
        normal.insert(package["name"].as_str().unwrap().to_string(), deps);
    }
    let members = normal.keys().cloned().collect();
    Graph { normal, members }
}

impl Graph {
    /// Every package `root` is built with, following workspace members
    /// (normal and build dependencies); registry crates are leaves.
    fn closure(&self, root: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![root.to_string()];
        while let Some(p) = todo.pop() {
            for d in self.normal.get(&p).into_iter().flatten() {
                if seen.insert(d.clone()) {
                    todo.push(d.clone());
                }
            }
        }
        seen
    }

    fn direct(&self, package: &str) -> &BTreeSet<String> {
        &self.normal[package]
    }
}

#[test]
fn dependencies_run_one_way_by_role() {
    let g = graph();
    for member in ["catalog", "feed", "sync", "portal", "integra-ui", "integra"] {
        assert!(g.members.contains(member), "{member} is a workspace member");
    }
    // The device app carries neither the portal nor anything only it needs.
    for app in ["integra", "integra-ui", "sync"] {
        let closure = g.closure(app);
        assert!(
            !closure.contains("portal"),
            "{app} must not depend on the portal crate"
        );
    }
    // The domain and the feed format know no network, no UI, no runtime.
    for lib in ["catalog", "feed"] {
        let closure = g.closure(lib);
        for forbidden in [
            "reqwest", "tokio", "axum", "hyper", "dioxus", "tauri", "sync", "portal",
        ] {
            assert!(
                !closure.contains(forbidden),
                "{lib} must not depend on {forbidden}"
            );
        }
    }
    // The device's client speaks HTTP as a client only.
    assert!(!g.closure("sync").contains("axum"), "sync serves nothing");
    // Only the catalog and the portal's editorial store write SQL.
    for member in &g.members {
        if member == "integra-tests" {
            continue;
        }
        let sql = g.direct(member).contains("rusqlite");
        assert!(
            !sql || member == "catalog" || member == "portal",
            "{member} depends on rusqlite: only catalog and portal may"
        );
    }
    // Libraries return their own errors; anyhow and the log subscriber are
    // for binaries.
    for lib in ["catalog", "feed", "sync", "integra-ui"] {
        for forbidden in ["anyhow", "tracing-subscriber"] {
            assert!(
                !g.direct(lib).contains(forbidden),
                "{lib} is a library: no {forbidden}"
            );
        }
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_module_starts_with_its_doc() {
    let root = workspace_root();
    let mut files = Vec::new();
    for krate in [
        "catalog",
        "feed",
        "sync",
        "portal",
        "ui",
        "src-tauri",
        "cli",
    ] {
        rust_files(&root.join(krate).join("src"), &mut files);
    }
    assert!(files.len() > 50, "found the sources ({})", files.len());
    let missing: Vec<String> = files
        .iter()
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap();
            let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            !first.starts_with("//!")
        })
        .map(|f| f.strip_prefix(&root).unwrap().display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "modules without a `//!` doc at the top: {missing:?}"
    );
}

#[test]
fn every_released_schema_has_a_frozen_catalog_fixture() {
    let missing: Vec<u32> = (1..=catalog::store::CURRENT_VERSION)
        .filter(|v| !integra_tests::data_path(&format!("catalog-v{v}.sqlite")).exists())
        .collect();
    assert!(
        missing.is_empty(),
        "no tests/data/catalog-v<N>.sqlite for schemas {missing:?} (tests/migration.rs says how to write one)"
    );
}

/// The code of a file before its unit tests, without comment lines.
fn production_code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    code.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn search_owns_its_tables_and_the_store_the_records() {
    let root = workspace_root().join("catalog/src");
    let search_tables = ["search_doc", "search_fts", "search_texts"];
    let mut store_files = Vec::new();
    rust_files(&root.join("store"), &mut store_files);
    for f in &store_files {
        let code = production_code(f);
        for t in search_tables {
            assert!(
                !code.contains(t),
                "{} names the search table {t}: search's tables are written and read in catalog/src/search",
                f.display()
            );
        }
    }
    let record_tables = [
        "organization",
        "service",
        "location",
        "address",
        "phone",
        "learning_resource",
        "report_summary",
        "news_item",
        "cultural_experience",
        "association",
        "service_at_location",
        "protection_project",
        "attribute",
    ];
    let mut search_files = Vec::new();
    rust_files(&root.join("search"), &mut search_files);
    for f in &search_files {
        let code = production_code(f);
        assert!(
            !code.contains("crate::store"),
            "{} uses the store: search depends on nothing of it (the store passes what search needs)",
            f.display()
        );
        let upper = code.to_uppercase();
        for t in record_tables {
            let t = t.to_uppercase();
            for verb in ["FROM", "JOIN", "INTO", "UPDATE"] {
                assert!(
                    !upper.contains(&format!("{verb} {t}")),
                    "{} has SQL on the record table {t}: only the store reads records",
                    f.display()
                );
            }
        }
    }
}

/// The portal writes records only through `history::save`/`remove`, so no
/// change escapes a record's history.
#[test]
fn the_portal_writes_records_only_through_their_history() {
    let root = workspace_root().join("portal/src");
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    for f in &files {
        let name = f.file_name().unwrap().to_str().unwrap();
        // The store's implementations, and the history that calls them.
        if name == "history.rs" || f.starts_with(root.join("store")) {
            continue;
        }
        let code = production_code(f);
        for call in [
            "store.put(",
            "store.delete(",
            ".records.import(",
            ".put_records(",
            ".delete_record(",
        ] {
            assert!(
                !code.contains(call),
                "{} calls `{call}`: write records through portal::history::save/remove",
                f.display()
            );
        }
    }
}
