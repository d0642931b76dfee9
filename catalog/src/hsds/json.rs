//! HSDS tables <-> compiled HSDS JSON objects.
//!
//! Export nests the flat rows into compiled `service` and `organization`
//! objects; import walks any nesting of them back into flat rows, merging
//! the copies of an object that appears in several places (an organization
//! nested in each of its services).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use serde_json::{Map, Value, json};

use super::tables::{At, Origin, Read, Row, Tables};
use super::{BadRow, EXTENSION_VERSION, HsdsError};

/// Key of the extension object inside HSDS objects and at the top level.
pub(crate) const X: &str = "x-integra";

// ---------------------------------------------------------------- export

struct Index<'a> {
    t: &'a Tables,
    by: HashMap<(&'static str, &'static str), HashMap<&'a str, Vec<&'a Row>>>,
    sal_locations: HashSet<&'a str>,
}

impl<'a> Index<'a> {
    fn new(t: &'a Tables) -> Index<'a> {
        let mut by: HashMap<(&'static str, &'static str), HashMap<&'a str, Vec<&'a Row>>> =
            HashMap::new();
        let links: &[(&'static str, &'static str)] = &[
            ("organization", "id"),
            ("location", "id"),
            ("location", "organization_id"),
            ("address", "location_id"),
            ("phone", "service_id"),
            ("phone", "organization_id"),
            ("service_at_location", "service_id"),
            ("language", "service_id"),
            ("required_document", "service_id"),
            ("service_area", "service_id"),
            ("schedule", "service_id"),
            ("cost_option", "service_id"),
            ("attribute", "link_id"),
            ("taxonomy_term", "id"),
            ("x_integra_organizations", "organization_id"),
            ("x_integra_services", "service_id"),
            ("x_integra_locations", "location_id"),
            ("x_integra_phones", "phone_id"),
            ("x_integra_translations", "record_id"),
        ];
        for (tname, column) in links {
            for r in t.rows(tname) {
                if let Some(v) = r.values.get(*column).and_then(Value::as_str) {
                    by.entry((tname, column))
                        .or_default()
                        .entry(v)
                        .or_default()
                        .push(r);
                }
            }
        }
        let sal_locations = t
            .rows("service_at_location")
            .iter()
            .filter_map(|r| r.values.get("location_id").and_then(Value::as_str))
            .collect();
        Index {
            t,
            by,
            sal_locations,
        }
    }

    fn get(&self, table: &'static str, column: &'static str, value: &str) -> &[&'a Row] {
        self.by
            .get(&(table, column))
            .and_then(|m| m.get(value))
            .map_or(&[], Vec::as_slice)
    }

    fn id(r: &Row) -> &str {
        r.values
            .get("id")
            .and_then(Value::as_str)
            .unwrap_or_default()
    }

    fn put_list(obj: &mut Map<String, Value>, key: &str, items: Vec<Value>) {
        if !items.is_empty() {
            obj.insert(key.to_string(), Value::Array(items));
        }
    }

    /// Translations of a record as `field -> lang -> text`.
    fn translations(&self, record_type: &str, id: &str) -> Option<Value> {
        let mut out = Map::new();
        for r in self.get("x_integra_translations", "record_id", id) {
            if r.values.get("record_type").and_then(Value::as_str) != Some(record_type) {
                continue;
            }
            let field = r
                .values
                .get("field")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let lang = r
                .values
                .get("language")
                .and_then(Value::as_str)
                .unwrap_or_default();
            let text = r.values.get("text").cloned().unwrap_or(Value::Null);
            if let Value::Object(by_lang) = out
                .entry(field.to_string())
                .or_insert_with(|| Value::Object(Map::new()))
            {
                by_lang.insert(lang.to_string(), text);
            }
        }
        (!out.is_empty()).then_some(Value::Object(out))
    }

    /// The extension object of an HSDS record (its key column left out).
    fn extension(
        &self,
        table: &'static str,
        key: &'static str,
        record_type: &str,
        id: &str,
    ) -> Option<Value> {
        let mut x = Map::new();
        if let Some(r) = self.get(table, key, id).first() {
            for (k, v) in &r.values {
                if k != key {
                    x.insert(k.clone(), v.clone());
                }
            }
        }
        if let Some(t) = self.translations(record_type, id) {
            x.insert("translations".into(), t);
        }
        (!x.is_empty()).then_some(Value::Object(x))
    }

    fn attributes(&self, id: &str) -> Vec<Value> {
        self.get("attribute", "link_id", id)
            .iter()
            .map(|a| {
                let mut obj = a.values.clone();
                let term = a
                    .values
                    .get("taxonomy_term_id")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                if let Some(t) = self.get("taxonomy_term", "id", term).first() {
                    obj.insert("taxonomy_term".into(), Value::Object(t.values.clone()));
                }
                Value::Object(obj)
            })
            .collect()
    }

    fn phone(&self, r: &Row) -> Value {
        let mut obj = r.values.clone();
        if let Some(x) = self.extension("x_integra_phones", "phone_id", "phone", Self::id(r)) {
            obj.insert(X.into(), x);
        }
        Value::Object(obj)
    }

    fn location(&self, r: &Row) -> Value {
        let id = Self::id(r);
        let mut obj = r.values.clone();
        let addresses = self
            .get("address", "location_id", id)
            .iter()
            .map(|a| Value::Object(a.values.clone()))
            .collect();
        Self::put_list(&mut obj, "addresses", addresses);
        if let Some(x) = self.extension("x_integra_locations", "location_id", "location", id) {
            obj.insert(X.into(), x);
        }
        Value::Object(obj)
    }

    fn location_by_id(&self, id: &str) -> Option<Value> {
        self.get("location", "id", id)
            .first()
            .map(|r| self.location(r))
    }

    fn organization(&self, r: &Row) -> Value {
        let id = Self::id(r);
        let mut obj = r.values.clone();
        let phones = self
            .get("phone", "organization_id", id)
            .iter()
            .map(|p| self.phone(p))
            .collect();
        Self::put_list(&mut obj, "phones", phones);
        let own = self
            .get("location", "organization_id", id)
            .iter()
            .filter(|l| !self.sal_locations.contains(Self::id(l)))
            .map(|l| self.location(l))
            .collect();
        Self::put_list(&mut obj, "locations", own);
        Self::put_list(&mut obj, "attributes", self.attributes(id));
        if let Some(x) = self.extension(
            "x_integra_organizations",
            "organization_id",
            "organization",
            id,
        ) {
            obj.insert(X.into(), x);
        }
        Value::Object(obj)
    }

    fn service(&self, r: &Row) -> Value {
        let id = Self::id(r);
        let mut obj = r.values.clone();
        let org = r
            .values
            .get("organization_id")
            .and_then(Value::as_str)
            .unwrap_or_default();
        if let Some(o) = self.get("organization", "id", org).first() {
            obj.insert("organization".into(), self.organization(o));
        }
        let sal = self
            .get("service_at_location", "service_id", id)
            .iter()
            .map(|s| {
                let mut o = s.values.clone();
                let lid = s
                    .values
                    .get("location_id")
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                if let Some(l) = self.location_by_id(lid) {
                    o.insert("location".into(), l);
                }
                Value::Object(o)
            })
            .collect();
        Self::put_list(&mut obj, "service_at_locations", sal);
        let phones = self
            .get("phone", "service_id", id)
            .iter()
            .map(|p| self.phone(p))
            .collect();
        Self::put_list(&mut obj, "phones", phones);
        let plain = |table| {
            self.get(table, "service_id", id)
                .iter()
                .map(|r| Value::Object(r.values.clone()))
                .collect::<Vec<_>>()
        };
        Self::put_list(&mut obj, "languages", plain("language"));
        let documents = self
            .get("required_document", "service_id", id)
            .iter()
            .map(|d| {
                let mut o = d.values.clone();
                Self::put_list(&mut o, "attributes", self.attributes(Self::id(d)));
                Value::Object(o)
            })
            .collect();
        Self::put_list(&mut obj, "required_documents", documents);
        Self::put_list(&mut obj, "service_areas", plain("service_area"));
        Self::put_list(&mut obj, "schedules", plain("schedule"));
        Self::put_list(&mut obj, "cost_options", plain("cost_option"));
        Self::put_list(&mut obj, "attributes", self.attributes(id));
        if let Some(x) = self.extension("x_integra_services", "service_id", "service", id) {
            obj.insert(X.into(), x);
        }
        Value::Object(obj)
    }

    fn extension_record(&self, r: &Row, record_type: &str) -> Value {
        let mut obj = r.values.clone();
        if let Some(lid) = r.values.get("location_id").and_then(Value::as_str)
            && let Some(l) = self.location_by_id(lid)
        {
            obj.insert("location".into(), l);
        }
        if let Some(t) = self.translations(record_type, Self::id(r)) {
            obj.insert("translations".into(), t);
        }
        Value::Object(obj)
    }
}

/// The JSON document of the tables.
pub(crate) fn nest(t: &Tables) -> Value {
    let ix = Index::new(t);
    let services: Vec<Value> = t.rows("service").iter().map(|r| ix.service(r)).collect();
    let with_services: HashSet<&str> = t
        .rows("service")
        .iter()
        .filter_map(|r| r.values.get("organization_id").and_then(Value::as_str))
        .collect();
    let organizations: Vec<Value> = t
        .rows("organization")
        .iter()
        .filter(|o| !with_services.contains(Index::id(o)))
        .map(|o| ix.organization(o))
        .collect();
    let ext = |table: &str, record_type: &str| -> Vec<Value> {
        ix.t.rows(table)
            .iter()
            .map(|r| ix.extension_record(r, record_type))
            .collect()
    };
    json!({
        "services": services,
        "organizations": organizations,
        X: {
            "version": EXTENSION_VERSION,
            "hsds_version": "3.0",
            "learning_resources": ext("x_integra_learning_resources", "learning_resource"),
            "reports": ext("x_integra_reports", "report_summary"),
            "news": ext("x_integra_news", "news_item"),
            "cultural_experiences": ext("x_integra_cultural_experiences", "cultural_experience"),
        },
    })
}

// ---------------------------------------------------------------- import

/// What a nested key of an HSDS object holds.
#[derive(Clone, Copy)]
enum Child {
    /// A list of records of a table; the parent's id goes into `fk`.
    Many(&'static str, &'static str),
    /// One record of a table; its id goes into the parent's `fk`.
    One(&'static str, &'static str),
    /// Attributes: `link_id` and `link_entity` come from the parent.
    Attributes,
    /// HSDS content with no Integra equivalent.
    Ignored,
}

fn child(table: &str, key: &str) -> Option<Child> {
    use Child::*;
    Some(match (table, key) {
        (_, "attributes") => Attributes,
        (_, "metadata") => Ignored,
        ("organization", "phones") => Many("phone", "organization_id"),
        ("organization", "locations") => Many("location", "organization_id"),
        ("organization", "services") => Many("service", "organization_id"),
        ("organization", "programs" | "contacts" | "funding" | "organization_identifiers") => {
            Ignored
        }
        ("service", "organization") => One("organization", "organization_id"),
        ("service", "phones") => Many("phone", "service_id"),
        ("service", "service_at_locations") => Many("service_at_location", "service_id"),
        ("service", "languages") => Many("language", "service_id"),
        ("service", "required_documents") => Many("required_document", "service_id"),
        ("service", "service_areas") => Many("service_area", "service_id"),
        ("service", "schedules") => Many("schedule", "service_id"),
        ("service", "cost_options") => Many("cost_option", "service_id"),
        ("service", "program" | "contacts" | "funding") => Ignored,
        ("service_at_location", "location") => One("location", "location_id"),
        ("service_at_location", "phones") => Many("phone", "service_at_location_id"),
        ("service_at_location", "schedules") => Many("schedule", "service_at_location_id"),
        ("service_at_location", "contacts") => Ignored,
        ("location", "addresses") => Many("address", "location_id"),
        ("location", "phones") => Many("phone", "location_id"),
        ("location", "schedules") => Many("schedule", "location_id"),
        ("location", "languages") => Many("language", "location_id"),
        ("location", "accessibility" | "contacts") => Ignored,
        ("phone", "languages") => Many("language", "phone_id"),
        ("contact", _) => Ignored,
        ("attribute", "taxonomy_term") => One("taxonomy_term", "taxonomy_term_id"),
        ("taxonomy_term", "taxonomy_detail") => One("taxonomy", "taxonomy_id"),
        _ => return None,
    })
}

/// Tables with an `x-integra` object, and where it goes.
fn extension_of(table: &str) -> Option<(&'static str, &'static str)> {
    Some(match table {
        "organization" => ("x_integra_organizations", "organization_id"),
        "service" => ("x_integra_services", "service_id"),
        "location" => ("x_integra_locations", "location_id"),
        "phone" => ("x_integra_phones", "phone_id"),
        _ => return None,
    })
}

struct Flattener {
    file: Arc<str>,
    t: Tables,
    /// Every record by table and id: copies of it merge into the first.
    seen: HashMap<(&'static str, String), usize>,
    /// Records of the top-level lists: there, a second one is a duplicate.
    listed: HashMap<(&'static str, String), Origin>,
    /// Translations by (record type, id, field, language): copies of a
    /// nested record carry them again.
    translated: HashMap<(String, String, String, String), (Value, Origin)>,
    ignored: BTreeSet<String>,
    /// Records that cannot be read: each is named, and reading goes on so
    /// that an editor sees every one at once.
    problems: Vec<HsdsError>,
}

fn path_key(path: &str, key: &str) -> String {
    format!("{path}.{key}")
}

impl Flattener {
    fn origin(&self, path: &str) -> Origin {
        Origin {
            file: self.file.clone(),
            at: At::Path(path.to_string()),
        }
    }

    fn structure_error(
        &self,
        path: &str,
        table: &str,
        id: Option<&str>,
        field: &str,
        reason: &str,
    ) -> HsdsError {
        HsdsError::Field(Box::new(BadRow {
            at: format!("{} at {path}", self.file),
            entity: table.to_string(),
            id: id.map(str::to_string),
            field: Some(field.to_string()),
            reason: reason.to_string(),
            remedy: None,
        }))
    }

    fn objects<'v>(
        &self,
        value: &'v Value,
        path: &str,
        table: &str,
        id: Option<&str>,
        field: &str,
    ) -> Result<Vec<&'v Map<String, Value>>, HsdsError> {
        let items = value.as_array().ok_or_else(|| {
            self.structure_error(path, table, id, field, "expected a list of objects")
        })?;
        items
            .iter()
            .enumerate()
            .map(|(i, v)| {
                v.as_object().ok_or_else(|| {
                    self.structure_error(
                        &format!("{path}.{field}[{i}]"),
                        table,
                        id,
                        field,
                        "expected an object",
                    )
                })
            })
            .collect()
    }

    /// Adds one record (and what it nests); returns its id.
    /// `unique`: a second record with this id is an error, not a copy.
    fn record(
        &mut self,
        table: &'static str,
        obj: &Map<String, Value>,
        path: &str,
        inherited: &[(&'static str, String)],
        unique: bool,
    ) -> Result<String, HsdsError> {
        let mut row = Row::new(table, self.origin(path));
        let list_columns: Vec<&str> = table_list_columns(table);
        let mut nested: Vec<(&str, &Value, Child)> = Vec::new();
        for (k, v) in obj {
            if k == X {
                continue;
            }
            match child(table, k) {
                Some(c) => nested.push((k, v, c)),
                None => match v {
                    Value::Object(_) => {}
                    Value::Array(_) if !list_columns.contains(&k.as_str()) => {}
                    _ => {
                        row.values.insert(k.clone(), v.clone());
                    }
                },
            }
        }
        for (column, value) in inherited {
            if !row.values.contains_key(*column) {
                row.values
                    .insert((*column).to_string(), Value::String(value.clone()));
            }
        }
        // One-to-one children first: their ids are columns of this row.
        for (k, v, c) in &nested {
            if let Child::One(child_table, fk) = c {
                let Some(child_obj) = v.as_object() else {
                    if v.is_null() {
                        continue;
                    }
                    return Err(row.error(k, "expected an object"));
                };
                let id = self.record(child_table, child_obj, &path_key(path, k), &[], false)?;
                if !row.values.contains_key(*fk) {
                    row.values.insert((*fk).to_string(), Value::String(id));
                }
            }
        }
        let id = match row.values.get("id") {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            Some(Value::String(_)) | None | Some(Value::Null) => {
                return Err(row.error("id", "is required and missing"));
            }
            Some(_) => return Err(row.error("id", "expected text")),
        };
        self.insert(row, id.clone(), unique)?;
        if let Some(x) = obj.get(X) {
            self.extension(table, &id, x, path)?;
        }
        for (k, v, c) in nested {
            let here = path_key(path, k);
            match c {
                Child::One(..) => {}
                Child::Ignored => {
                    self.ignored.insert(format!("{table}.{k}"));
                }
                Child::Many(child_table, fk) => {
                    if v.is_null() {
                        continue;
                    }
                    for (i, o) in self
                        .objects(v, path, table, Some(&id), k)?
                        .into_iter()
                        .enumerate()
                    {
                        self.record(
                            child_table,
                            o,
                            &format!("{here}[{i}]"),
                            &[(fk, id.clone())],
                            false,
                        )?;
                    }
                }
                Child::Attributes => {
                    if v.is_null() {
                        continue;
                    }
                    let link = [("link_id", id.clone()), ("link_entity", table.to_string())];
                    for (i, o) in self
                        .objects(v, path, table, Some(&id), k)?
                        .into_iter()
                        .enumerate()
                    {
                        self.record("attribute", o, &format!("{here}[{i}]"), &link, false)?;
                    }
                }
            }
        }
        Ok(id)
    }

    /// Keeps the first copy of a record; later copies must agree with it on
    /// every field both carry, and add the fields it lacks.
    fn insert(&mut self, row: Row, id: String, unique: bool) -> Result<(), HsdsError> {
        let key = (row.table, id);
        if unique {
            if let Some(first) = self.listed.get(&key) {
                return Err(row.error("id", format!("duplicate id (first at {first})")));
            }
            self.listed.insert(key.clone(), row.origin.clone());
        }
        let Some(&index) = self.seen.get(&key) else {
            let index = self.t.push(row);
            self.seen.insert(key, index);
            return Ok(());
        };
        let table = row.table;
        let first = self.t.row_mut(table, index).origin.clone();
        let mut conflict = None;
        {
            let existing = self.t.row_mut(table, index);
            for (k, v) in &row.values {
                match existing.values.get(k) {
                    Some(old) if old != v => {
                        conflict = Some(k.clone());
                        break;
                    }
                    Some(_) => {}
                    None => {
                        existing.values.insert(k.clone(), v.clone());
                    }
                }
            }
        }
        match conflict {
            Some(field) => Err(row.error(
                &field,
                format!("differs from the copy of this record at {first}"),
            )),
            None => Ok(()),
        }
    }

    fn extension(
        &mut self,
        table: &'static str,
        id: &str,
        x: &Value,
        path: &str,
    ) -> Result<(), HsdsError> {
        let here = path_key(path, X);
        let Some(obj) = x.as_object() else {
            return Err(self.structure_error(path, table, Some(id), X, "expected an object"));
        };
        if let Some((xtable, key)) = extension_of(table) {
            let mut row = Row::new(xtable, self.origin(&here));
            row.values
                .insert(key.to_string(), Value::String(id.to_string()));
            for (k, v) in obj {
                if k != "translations" {
                    row.values.insert(k.clone(), v.clone());
                }
            }
            if row.values.len() > 1 {
                self.insert(row, id.to_string(), false)?;
            }
        }
        if let Some(t) = obj.get("translations") {
            let record_type = match table {
                "organization" | "service" => table,
                _ => {
                    return Err(self.structure_error(
                        &here,
                        table,
                        Some(id),
                        "translations",
                        "this record has no translatable fields",
                    ));
                }
            };
            self.translations(record_type, id, t, &path_key(&here, "translations"))?;
        }
        Ok(())
    }

    fn translations(
        &mut self,
        record_type: &str,
        id: &str,
        value: &Value,
        path: &str,
    ) -> Result<(), HsdsError> {
        let bad = |s: &Flattener| {
            s.structure_error(
                path,
                record_type,
                Some(id),
                "translations",
                "expected {\"field\": {\"lang\": \"text\"}}",
            )
        };
        let fields = value.as_object().ok_or_else(|| bad(self))?;
        for (field, by_lang) in fields {
            let by_lang = by_lang.as_object().ok_or_else(|| bad(self))?;
            for (lang, text) in by_lang {
                let origin = self.origin(&format!("{path}.{field}.{lang}"));
                let key = (
                    record_type.to_string(),
                    id.to_string(),
                    field.clone(),
                    lang.clone(),
                );
                if let Some((first, at)) = self.translated.get(&key) {
                    if first == text {
                        continue;
                    }
                    return Err(HsdsError::Field(Box::new(BadRow {
                        at: origin.to_string(),
                        entity: record_type.to_string(),
                        id: Some(id.to_string()),
                        field: Some(format!("translations.{field}.{lang}")),
                        reason: format!("differs from the copy of this record at {at}"),
                        remedy: None,
                    })));
                }
                self.translated.insert(key, (text.clone(), origin.clone()));
                let mut row = Row::new("x_integra_translations", origin);
                row.values
                    .insert("record_type".into(), Value::String(record_type.into()));
                row.values
                    .insert("record_id".into(), Value::String(id.into()));
                row.values
                    .insert("field".into(), Value::String(field.clone()));
                row.values
                    .insert("language".into(), Value::String(lang.clone()));
                row.values.insert("text".into(), text.clone());
                self.t.push(row);
            }
        }
        Ok(())
    }

    fn extension_records(
        &mut self,
        table: &'static str,
        record_type: &str,
        value: &Value,
        path: &str,
    ) -> Result<(), HsdsError> {
        if value.is_null() {
            return Ok(());
        }
        let items = self.objects(value, path, table, None, table)?;
        for (i, obj) in items.into_iter().enumerate() {
            if let Err(e) = self.extension_item(table, record_type, obj, &format!("{path}[{i}]")) {
                self.problems.push(e);
            }
        }
        Ok(())
    }

    /// One record of the top-level extension lists.
    fn extension_item(
        &mut self,
        table: &'static str,
        record_type: &str,
        obj: &Map<String, Value>,
        here: &str,
    ) -> Result<(), HsdsError> {
        let mut row = Row::new(table, self.origin(here));
        for (k, v) in obj {
            if k != "location" && k != "translations" {
                row.values.insert(k.clone(), v.clone());
            }
        }
        if let Some(l) = obj.get("location").filter(|l| !l.is_null()) {
            let l = l
                .as_object()
                .ok_or_else(|| row.error("location", "expected an object"))?;
            let lid = self.record("location", l, &path_key(here, "location"), &[], false)?;
            row.values
                .entry("location_id")
                .or_insert(Value::String(lid));
        }
        let id = row.required("id")?.to_string();
        if let Some(t) = obj.get("translations").filter(|t| !t.is_null()) {
            self.translations(record_type, &id, t, &path_key(here, "translations"))?;
        }
        self.insert(row, id, true)
    }
}

fn table_list_columns(table: &str) -> Vec<&'static str> {
    super::tables::all_tables()
        .find(|t| t.name == table)
        .map(|t| {
            t.columns
                .iter()
                .filter(|(_, ty)| *ty == super::tables::Ty::List)
                .map(|(c, _)| *c)
                .collect()
        })
        .unwrap_or_default()
}

/// Parses a JSON document into tables; also returns warnings about HSDS
/// content Integra does not keep, and the records that cannot be read.
/// Fails only when the document as a whole cannot be read.
pub(crate) fn flatten(name: &str, bytes: &[u8]) -> Result<Read, HsdsError> {
    let doc: Value = serde_json::from_slice(bytes).map_err(|e| HsdsError::Json {
        file: name.to_string(),
        line: e.line(),
        column: e.column(),
        reason: e.to_string(),
    })?;
    let mut f = Flattener {
        file: Arc::from(name),
        t: Tables::default(),
        seen: HashMap::new(),
        listed: HashMap::new(),
        translated: HashMap::new(),
        ignored: BTreeSet::new(),
        problems: Vec::new(),
    };
    let not_hsds = || HsdsError::File {
        file: name.to_string(),
        reason: "not an HSDS document: expected a list of services or an object with \
                 `services`, `organizations` or `contents`"
            .into(),
    };
    let (services, organizations, ext) = match &doc {
        Value::Array(_) => (Some(("$", &doc)), None, None),
        Value::Object(o)
            if o.contains_key("services")
                || o.contains_key("organizations")
                || o.contains_key(X) =>
        {
            (
                o.get("services").map(|s| ("$.services", s)),
                o.get("organizations").map(|s| ("$.organizations", s)),
                o.get(X),
            )
        }
        Value::Object(o) if o.contains_key("contents") => {
            (o.get("contents").map(|s| ("$.contents", s)), None, None)
        }
        _ => return Err(not_hsds()),
    };
    if let Some((path, list)) = organizations {
        for (i, o) in f
            .objects(list, "$", "organization", None, "organizations")?
            .into_iter()
            .enumerate()
        {
            if let Err(e) = f.record("organization", o, &format!("{path}[{i}]"), &[], true) {
                f.problems.push(e);
            }
        }
    }
    if let Some((path, list)) = services {
        for (i, o) in f
            .objects(list, "$", "service", None, "services")?
            .into_iter()
            .enumerate()
        {
            if let Err(e) = f.record("service", o, &format!("{path}[{i}]"), &[], true) {
                f.problems.push(e);
            }
        }
    }
    if let Some(ext) = ext {
        let path = format!("$.{X}");
        let obj = ext
            .as_object()
            .ok_or_else(|| f.structure_error("$", "document", None, X, "expected an object"))?;
        if let Some(v) = obj.get("version")
            && v.as_u64().is_none_or(|v| v > u64::from(EXTENSION_VERSION))
        {
            return Err(f.structure_error(
                &path,
                "document",
                None,
                "version",
                &format!(
                    "extension version {v} is newer than this app reads ({EXTENSION_VERSION})"
                ),
            ));
        }
        for (key, table, record_type) in [
            (
                "learning_resources",
                "x_integra_learning_resources",
                "learning_resource",
            ),
            ("reports", "x_integra_reports", "report_summary"),
            ("news", "x_integra_news", "news_item"),
            (
                "cultural_experiences",
                "x_integra_cultural_experiences",
                "cultural_experience",
            ),
        ] {
            if let Some(v) = obj.get(key) {
                f.extension_records(table, record_type, v, &path_key(&path, key))?;
            }
        }
    }
    let warnings = f
        .ignored
        .iter()
        .map(|k| format!("{name}: HSDS `{k}` has no Integra equivalent; ignored"))
        .collect();
    Ok(Read {
        tables: f.t,
        warnings,
        problems: f.problems,
    })
}
