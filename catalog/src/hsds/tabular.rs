//! HSDS tables <-> a Tabular Data Package (`datapackage.json` + CSV files).

use std::collections::{BTreeSet, HashMap};
use std::path::{Component, Path};
use std::sync::Arc;

use serde_json::{Value, json};

use super::tables::{At, Origin, Read, Row, TableDef, Tables, all_tables};
use super::{EXTENSION_VERSION, HsdsError, Package};

pub(crate) const DESCRIPTOR: &str = "datapackage.json";

// ---------------------------------------------------------------- export

fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => b.to_string(),
        // Rust's float formatting is the shortest text that reads back to
        // the same bits.
        Some(Value::Number(n)) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(f)) => format!("{f}"),
            _ => n.to_string(),
        },
        Some(other) => other.to_string(),
    }
}

fn write_csv(def: &TableDef, rows: &[Row]) -> Result<Vec<u8>, HsdsError> {
    let err = |e: csv::Error| HsdsError::File {
        file: def.file.to_string(),
        reason: e.to_string(),
    };
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(def.columns.iter().map(|(c, _)| *c))
        .map_err(err)?;
    for r in rows {
        w.write_record(def.columns.iter().map(|(c, _)| cell(r.values.get(*c))))
            .map_err(err)?;
    }
    w.into_inner().map_err(|e| HsdsError::File {
        file: def.file.to_string(),
        reason: e.to_string(),
    })
}

fn descriptor() -> Value {
    let resources: Vec<Value> = all_tables()
        .map(|def| {
            let fields: Vec<Value> = def
                .columns
                .iter()
                .map(|(name, ty)| json!({"name": name, "type": ty.table_schema_type()}))
                .collect();
            let mut schema = json!({ "fields": fields });
            match def.key {
                Some(key) => schema["primaryKey"] = json!(key),
                // One translation per record, field and language.
                None => {
                    schema["primaryKey"] = json!(["record_type", "record_id", "field", "language"])
                }
            }
            let mut r = json!({
                "name": def.name,
                "path": def.file,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": def.description,
                "schema": schema,
            });
            if def.is_extension() {
                r["x-integra"] = json!(true);
            }
            r
        })
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": "integra-hsds",
        "title": "Integra catalog (Open Referral HSDS 3.0 with the Integra extension)",
        "x-integra": { "version": EXTENSION_VERSION, "hsds_version": "3.0" },
        "resources": resources,
    })
}

pub(crate) fn write(t: &Tables) -> Result<Package, HsdsError> {
    let mut package = Package::new();
    for def in all_tables() {
        package.insert(def.file.to_string(), write_csv(def, t.rows(def.name))?);
    }
    let descriptor = serde_json::to_vec_pretty(&descriptor()).expect("a JSON value serializes");
    package.insert(DESCRIPTOR.to_string(), descriptor);
    Ok(package)
}

// ---------------------------------------------------------------- import

/// A package path that stays inside the package: relative, no `..`.
fn safe_path(path: &str) -> bool {
    !path.is_empty()
        && !path.contains('\\')
        && Path::new(path)
            .components()
            .all(|c| matches!(c, Component::Normal(_)))
}

/// Which file holds each table: from `datapackage.json` when it is usable,
/// else (and for tables it does not declare) the HSDS file names.
fn locate(
    package: &Package,
    warnings: &mut Vec<String>,
) -> Result<HashMap<&'static str, String>, HsdsError> {
    let mut files: HashMap<&'static str, String> = HashMap::new();
    match package.get(DESCRIPTOR) {
        None => warnings.push(format!("no {DESCRIPTOR}: reading the HSDS file names")),
        Some(bytes) => match serde_json::from_slice::<Value>(bytes) {
            Ok(Value::Object(d)) if d.get("resources").is_some_and(Value::is_array) => {
                let resources = d["resources"].as_array().map_or(&[][..], Vec::as_slice);
                for (i, r) in resources.iter().enumerate() {
                    let (Some(name), Some(path)) = (
                        r.get("name").and_then(Value::as_str),
                        r.get("path").and_then(Value::as_str),
                    ) else {
                        continue;
                    };
                    if !safe_path(path) {
                        return Err(HsdsError::File {
                            file: DESCRIPTOR.into(),
                            reason: format!("resources[{i}].path {path:?} leaves the package"),
                        });
                    }
                    let file_name = path.rsplit('/').next().unwrap_or(path);
                    if let Some(def) = all_tables().find(|d| {
                        d.name == name || d.file.trim_end_matches(".csv") == name || d.file == file_name
                    }) {
                        files.entry(def.name).or_insert_with(|| path.to_string());
                    }
                }
            }
            Ok(_) => warnings.push(format!(
                "{DESCRIPTOR} is not a Data Package descriptor (no `resources` list): reading the HSDS file names"
            )),
            Err(e) => warnings.push(format!(
                "{DESCRIPTOR} is not usable ({e}): reading the HSDS file names"
            )),
        },
    }
    for def in all_tables() {
        files
            .entry(def.name)
            .or_insert_with(|| def.file.to_string());
    }
    files.retain(|_, path| package.contains_key(path.as_str()));
    Ok(files)
}

/// The rows of one CSV file. A malformed row or a duplicate id is put in
/// `problems` and reading goes on; a header that cannot be read stops it.
fn read_csv(
    def: &'static TableDef,
    file: &str,
    bytes: &[u8],
    problems: &mut Vec<HsdsError>,
) -> Result<Vec<Row>, HsdsError> {
    let file: Arc<str> = Arc::from(file);
    let bytes = bytes
        .strip_prefix(b"\xEF\xBB\xBF".as_slice())
        .unwrap_or(bytes);
    let malformed = |row: u64, e: &csv::Error| HsdsError::Csv {
        file: file.to_string(),
        row,
        reason: match e.kind() {
            csv::ErrorKind::UnequalLengths {
                expected_len, len, ..
            } => {
                format!("{len} fields where the header has {expected_len}")
            }
            csv::ErrorKind::Utf8 { err, .. } => format!("not UTF-8 text ({err})"),
            _ => e.to_string(),
        },
    };
    let row_of = |e: &csv::Error, fallback: u64| e.position().map_or(fallback, |p| p.record() + 1);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| malformed(row_of(&e, 1), &e))?
        .clone();
    let mut names = BTreeSet::new();
    for h in &headers {
        if !names.insert(h) {
            return Err(HsdsError::Csv {
                file: file.to_string(),
                row: 1,
                reason: format!("column {h:?} appears twice in the header"),
            });
        }
    }
    let mut rows = Vec::new();
    let mut keys: HashMap<String, u64> = HashMap::new();
    for (i, record) in reader.records().enumerate() {
        let n = i as u64 + 2;
        let record = match record {
            Ok(record) => record,
            Err(e) => {
                problems.push(malformed(row_of(&e, n), &e));
                continue;
            }
        };
        let mut row = Row::new(
            def.name,
            Origin {
                file: file.clone(),
                at: At::Row(n),
            },
        );
        for (h, v) in headers.iter().zip(record.iter()) {
            if !v.is_empty() {
                row.values
                    .insert(h.to_string(), Value::String(v.to_string()));
            }
        }
        if let Some(key) = def.key
            && let Some(k) = row.values.get(key).and_then(Value::as_str)
            && let Some(&first) = keys.get(k)
        {
            problems.push(row.error(key, format!("duplicate id (first at row {first})")));
            continue;
        }
        if let Some(key) = def.key
            && let Some(k) = row.values.get(key).and_then(Value::as_str)
        {
            keys.insert(k.to_string(), n);
        }
        rows.push(row);
    }
    Ok(rows)
}

/// The package's tables; fails only when the package as a whole cannot
/// be read (no HSDS file, a path leaving it, a header that cannot be read).
pub(crate) fn read(package: &Package) -> Result<Read, HsdsError> {
    let mut warnings = Vec::new();
    let mut problems = Vec::new();
    let files = locate(package, &mut warnings)?;
    if !(files.contains_key("service") || files.contains_key("organization")) {
        return Err(HsdsError::File {
            file: "package".into(),
            reason: "no services.csv or organizations.csv: not an HSDS Tabular Data Package".into(),
        });
    }
    let mut tables = Tables::default();
    for def in all_tables() {
        if let Some(path) = files.get(def.name) {
            for row in read_csv(def, path, &package[path.as_str()], &mut problems)? {
                tables.push(row);
            }
        }
    }
    let used: BTreeSet<&str> = files.values().map(String::as_str).collect();
    for name in package.keys() {
        if name.ends_with(".csv") && !used.contains(name.as_str()) {
            warnings.push(format!(
                "{name}: HSDS table with no Integra equivalent; ignored"
            ));
        }
    }
    Ok(Read {
        tables,
        warnings,
        problems,
    })
}

// ---------------------------------------------------------------- folders

fn io(path: &Path) -> impl Fn(std::io::Error) -> HsdsError + '_ {
    move |source| HsdsError::Io {
        path: path.display().to_string(),
        source,
    }
}

pub(crate) fn read_dir(dir: &Path) -> Result<Package, HsdsError> {
    let mut package = Package::new();
    for entry in std::fs::read_dir(dir).map_err(io(dir))? {
        let entry = entry.map_err(io(dir))?;
        let path = entry.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if !(name.ends_with(".csv") || name == DESCRIPTOR) || !path.is_file() {
            continue;
        }
        match std::fs::read(&path) {
            Ok(bytes) => {
                package.insert(name.to_string(), bytes);
            }
            // A dangling descriptor (e.g. a broken link) is as good as none.
            Err(_) if name == DESCRIPTOR => {}
            Err(e) => return Err(io(&path)(e)),
        }
    }
    // Resources the descriptor places in subfolders.
    let declared: Vec<String> = package
        .get(DESCRIPTOR)
        .and_then(|b| serde_json::from_slice::<Value>(b).ok())
        .and_then(|d| d.get("resources").and_then(Value::as_array).cloned())
        .unwrap_or_default()
        .iter()
        .filter_map(|r| r.get("path").and_then(Value::as_str).map(str::to_string))
        .filter(|p| safe_path(p) && p.contains('/'))
        .collect();
    for p in declared {
        let path = dir.join(&p);
        if path.is_file() {
            package.insert(p, std::fs::read(&path).map_err(io(&path))?);
        }
    }
    Ok(package)
}

pub(crate) fn write_dir(package: &Package, dir: &Path) -> Result<(), HsdsError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    for (name, bytes) in package {
        if !safe_path(name) {
            return Err(HsdsError::File {
                file: name.clone(),
                reason: "file name leaves the package folder".into(),
            });
        }
        let path = dir.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(io(parent))?;
        }
        std::fs::write(&path, bytes).map_err(io(&path))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_must_stay_inside_the_package() {
        assert!(safe_path("services.csv"));
        assert!(safe_path("data/services.csv"));
        assert!(!safe_path("../../datapackage.json"));
        assert!(!safe_path("/etc/passwd"));
        assert!(!safe_path("a\\b.csv"));
        assert!(!safe_path(""));
    }

    #[test]
    fn malformed_rows_are_numbered_like_a_spreadsheet() {
        let def = super::super::tables::table("phone");
        let problems = |csv: &[u8]| {
            let mut problems = Vec::new();
            let rows = read_csv(def, "phones.csv", csv, &mut problems).unwrap();
            let messages: Vec<String> = problems.iter().map(ToString::to_string).collect();
            (rows.len(), messages)
        };
        // Every bad row is named, and the good ones after it are read.
        let (rows, errs) = problems(b"id,number\n1,0574 1\n2,0574 2,extra\n3,0574 3\n4,x,y\n");
        assert_eq!(rows, 2);
        assert_eq!(errs.len(), 2, "{errs:?}");
        assert!(
            errs[0].starts_with("phones.csv row 3: malformed CSV"),
            "{errs:?}"
        );
        assert!(
            errs[1].starts_with("phones.csv row 5: malformed CSV"),
            "{errs:?}"
        );
        let (rows, errs) = problems(b"id,number\n1,0574 1\n1,0574 2\n");
        assert_eq!(rows, 1);
        assert!(
            errs[0].contains("phones.csv row 3") && errs[0].contains("row 2"),
            "{errs:?}"
        );
    }

    #[test]
    fn floats_are_written_shortest_and_exact() {
        for x in [43.87772_f64, 0.1 + 0.2, -0.0, 1e-7, 12.345678901234567] {
            let text = cell(Some(&json!(x)));
            assert_eq!(
                text.parse::<f64>().unwrap().to_bits(),
                x.to_bits(),
                "{text}"
            );
        }
    }
}
