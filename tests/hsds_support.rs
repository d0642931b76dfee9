//! The HSDS 3.0 schemas and files as the HSDS tests read them: the
//! official schemas (from `../shared/hsds-3.0/`, or `$HSDS_DIR`), a
//! validator with format checks on, and a small CSV reader and editor.

use std::collections::BTreeSet;
use std::path::PathBuf;

use catalog::hsds::Package;
use serde_json::{Value, json};

pub fn hsds_dir() -> PathBuf {
    std::env::var_os("HSDS_DIR").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/hsds-3.0"),
        PathBuf::from,
    )
}

pub fn read_json(path: PathBuf) -> Value {
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap()
}

pub fn compiled(name: &str) -> Value {
    read_json(hsds_dir().join("schema/compiled").join(name))
}

pub fn json_bytes(value: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(value).unwrap()
}

pub fn assert_mentions(message: &str, parts: &[&str]) {
    for p in parts {
        assert!(message.contains(p), "{p:?} missing from: {message}");
    }
}

pub fn validator(schema: &Value) -> jsonschema::Validator {
    jsonschema::options()
        .should_validate_formats(true)
        .build(schema)
        .expect("the HSDS schema compiles")
}

pub fn assert_valid(validator: &jsonschema::Validator, instance: &Value, what: &str) {
    let errors: Vec<String> = validator
        .iter_errors(instance)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

/// Keys of `instance` the schema does not define (the schemas allow extra
/// properties, so a misspelt HSDS key would otherwise pass unnoticed).
pub fn unknown_keys(schema: &Value, instance: &Value, path: &str, out: &mut Vec<String>) {
    match instance {
        Value::Object(obj) => {
            let props = &schema["properties"];
            for (k, v) in obj {
                if k == "x-integra" {
                    continue;
                }
                match props.get(k) {
                    None => out.push(format!("{path}.{k}")),
                    Some(s) => unknown_keys(s, v, &format!("{path}.{k}"), out),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                unknown_keys(&schema["items"], v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

pub fn parse_csv(bytes: &[u8]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut r = csv_rows(bytes);
    let header = r.remove(0);
    (header, r)
}

/// A tiny CSV reader for tests (quotes, doubled quotes, CRLF).
pub fn csv_rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let text = std::str::from_utf8(bytes).unwrap();
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

/// One CSV file of an HSDS package (`item`: its table in the compiled
/// `tabular.json`): its columns are the table's, and each row, typed as the
/// schema says, validates. Returns the header.
pub fn csv_validates(path: &str, item: &Value, bytes: &[u8]) -> Vec<String> {
    let (header, rows) = parse_csv(bytes);
    let columns: BTreeSet<&str> = item["properties"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, p)| !matches!(p["type"].as_str(), Some("array" | "object")))
        .map(|(k, _)| k.as_str())
        .collect();
    let ours: BTreeSet<&str> = header.iter().map(String::as_str).collect();
    assert_eq!(ours, columns, "{path}: columns differ from the HSDS schema");
    // Each row, typed as the schema says, validates against it.
    let required: Vec<&str> = item["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let mut typed_rows = Vec::new();
    for row in &rows {
        let mut obj = serde_json::Map::new();
        for (col, cell) in header.iter().zip(row) {
            let ty = item["properties"][col]["type"].as_str().unwrap_or("string");
            if cell.is_empty() && !required.contains(&col.as_str()) {
                continue;
            }
            let v = match ty {
                "number" => json!(cell.parse::<f64>().unwrap()),
                _ => json!(cell),
            };
            obj.insert(col.clone(), v);
        }
        typed_rows.push(Value::Object(obj));
    }
    // The tabular schema's nested lists `$ref` sibling files: CSV rows
    // have none, so only the scalar columns are kept.
    let mut row_schema = item.clone();
    row_schema["properties"]
        .as_object_mut()
        .unwrap()
        .retain(|_, p| {
            !matches!(p["type"].as_str(), Some("array" | "object")) && p.get("$ref").is_none()
        });
    let schema = json!({ "type": "array", "items": row_schema });
    assert_valid(&validator(&schema), &Value::Array(typed_rows), path);
    header
}

/// Rewrites one CSV of a package with `edit(header, rows)`.
pub fn edit_csv(
    package: &mut Package,
    file: &str,
    edit: impl FnOnce(&[String], &mut Vec<Vec<String>>),
) {
    let (header, mut rows) = parse_csv(&package[file]);
    edit(&header, &mut rows);
    let quote = |c: &String| {
        if c.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", c.replace('"', "\"\""))
        } else {
            c.clone()
        }
    };
    let mut text = String::new();
    for r in std::iter::once(&header).chain(rows.iter()) {
        text.push_str(&r.iter().map(quote).collect::<Vec<_>>().join(","));
        text.push_str("\r\n");
    }
    package.insert(file.into(), text.into_bytes());
}

pub fn col(header: &[String], name: &str) -> usize {
    header.iter().position(|h| h == name).unwrap()
}

/// Words of code an editor must never read in an import's messages: the
/// library's types and option names, Rust's, or a command line's options
/// (the console shows the same messages).
#[track_caller]
pub fn assert_no_code_words(message: &str) {
    for word in [
        "ImportOptions",
        "HsdsError",
        "BadRow",
        "Remedy",
        "default_area",
        "area_by_service",
        "default_updated_at",
        "default_document",
        "Option<",
        "Some(",
        "None",
        "Vec<",
        "::",
        "--",
    ] {
        assert!(!message.contains(word), "{word:?} in: {message}");
    }
}
