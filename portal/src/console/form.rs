//! The edit form of every record kind, from one list of fields per kind
//! ([`fields`]): the form is read into the record's JSON over the stored
//! version (so fields the form does not show are kept), then checked by
//! `catalog::validate`; each error is shown beside its field.
//!
//! Why JSON: six kinds share one reader, one renderer and one way to put a
//! field back as it was, and the typed record is rebuilt (and so checked
//! for shape) by serde before anything is written.

use std::collections::BTreeMap;

use catalog::model::CatalogData;
use catalog::provenance::Precision;
use catalog::{Gazetteer, Lang, Record, RecordKind};
use serde_json::{Map, Value, json};

/// What kind of input a field is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Input {
    /// One line of text.
    Line,
    /// Several paragraphs.
    Text,
    Email,
    Url,
    /// `YYYY-MM-DD`.
    Date,
    Year,
    /// Yes or no.
    Check,
    /// One term of a taxonomy.
    Term(&'static str),
    /// Several terms of a taxonomy.
    Terms(&'static str),
    /// One of a few fixed values.
    Choice(&'static [&'static str]),
    /// Several of a few fixed values.
    Choices(&'static [&'static str]),
    /// Codes separated by commas (languages, countries, ISTAT codes).
    Codes,
    /// One item per line.
    Lines,
    /// OpenStreetMap `opening_hours`, with a weekly preview.
    Hours,
    /// One phone per line, "number — description".
    Phones,
    /// The places of a service or organization (comune and address each).
    Places,
    /// At most one place.
    Place,
    /// A comune and its coordinates (`comune_istat`, `latitude`,
    /// `longitude`): a cultural experience's place.
    Comune,
}

/// One field of a form: its JSON key (dotted for nested objects), its
/// input, whether it may be empty, whether it has translations.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Field {
    pub key: &'static str,
    pub input: Input,
    pub optional: bool,
    pub translated: bool,
}

const fn f(key: &'static str, input: Input) -> Field {
    Field {
        key,
        input,
        optional: false,
        translated: false,
    }
}

const fn opt(key: &'static str, input: Input) -> Field {
    Field {
        key,
        input,
        optional: true,
        translated: false,
    }
}

const fn tr(key: &'static str, input: Input, optional: bool) -> Field {
    Field {
        key,
        input,
        optional,
        translated: true,
    }
}

const STATUSES: &[&str] = &["active", "temporarily closed", "inactive", "defunct"];
const TOPICS: &[&str] = &["community", "labour-market"];

const SERVICE: &[Field] = {
    use Input::*;
    &[
        tr("name", Line, false),
        opt("alternate_name", Line),
        f("organization_id", Line),
        f("area", Term("area")),
        f("status", Choice(STATUSES)),
        tr("description", Text, false),
        f("target_groups", Terms("target_group")),
        opt("phones", Phones),
        opt("email", Email),
        opt("url", Url),
        opt("locations", Places),
        opt("service_areas", Codes),
        opt("opening_hours", Hours),
        opt("languages", Codes),
        f("free", Check),
        tr("fees_description", Text, true),
        opt("required_documents", Terms("document")),
        tr("eligibility_description", Text, true),
        tr("application_process", Text, true),
        opt("assured_date", Date),
    ]
};

const ORGANIZATION: &[Field] = {
    use Input::*;
    &[
        tr("name", Line, false),
        tr("description", Text, true),
        opt("phones", Phones),
        opt("email", Email),
        opt("website", Url),
        opt("locations", Places),
        opt("association.community", Term("community")),
        opt("association.activities", Terms("activity")),
        opt("association.nationalities", Codes),
        opt("association.region_code", Line),
    ]
};

const LEARNING_RESOURCE: &[Field] = {
    use Input::*;
    &[
        tr("title", Line, false),
        f("kind", Term("resource_kind")),
        tr("description", Text, true),
        opt("levels", Choices(&catalog::taxonomy::CEFR_LEVELS)),
        opt("instruction_languages", Codes),
        f("free", Check),
        f("works_offline", Check),
        opt("url", Url),
        opt("location", Place),
        opt("opening_hours", Hours),
    ]
};

const REPORT_SUMMARY: &[Field] = {
    use Input::*;
    &[
        tr("title", Line, false),
        f("topic", Choice(TOPICS)),
        opt("community", Term("community")),
        f("year", Year),
        tr("summary", Text, false),
        opt("sections", Lines),
    ]
};

const NEWS_ITEM: &[Field] = {
    use Input::*;
    &[
        f("date", Date),
        tr("title", Line, false),
        tr("body", Text, false),
    ]
};

const CULTURAL_EXPERIENCE: &[Field] = {
    use Input::*;
    &[
        tr("name", Line, false),
        f("section", Term("culture_section")),
        tr("kind_of_work", Line, false),
        tr("description", Text, true),
        f("comune_istat", Comune),
        opt("address", Line),
        opt("languages", Codes),
        opt("website", Url),
        opt("email", Email),
        opt("phone", Line),
    ]
};

/// The fields each kind's form shows, in the order shown.
pub(crate) fn fields(kind: RecordKind) -> &'static [Field] {
    match kind {
        RecordKind::Service => SERVICE,
        RecordKind::Organization => ORGANIZATION,
        RecordKind::LearningResource => LEARNING_RESOURCE,
        RecordKind::ReportSummary => REPORT_SUMMARY,
        RecordKind::NewsItem => NEWS_ITEM,
        RecordKind::CulturalExperience => CULTURAL_EXPERIENCE,
    }
}

pub(crate) use crate::history::record_json as to_json;

/// The record of `kind` a JSON value describes (a wrong shape is a
/// message, not a panic: it names the field).
pub(crate) fn from_json(kind: RecordKind, v: Value) -> Result<Record, String> {
    fn de<T: serde::de::DeserializeOwned>(v: Value) -> Result<Box<T>, String> {
        serde_json::from_value(v)
            .map(Box::new)
            .map_err(|e| e.to_string())
    }
    Ok(match kind {
        RecordKind::Organization => Record::Organization(de(v)?),
        RecordKind::Service => Record::Service(de(v)?),
        RecordKind::LearningResource => Record::LearningResource(de(v)?),
        RecordKind::ReportSummary => Record::ReportSummary(de(v)?),
        RecordKind::NewsItem => Record::NewsItem(de(v)?),
        RecordKind::CulturalExperience => Record::CulturalExperience(de(v)?),
    })
}

/// A new record's starting JSON: every field empty or at its default.
pub(crate) fn blank(kind: RecordKind, id: &str, now: &str) -> Value {
    let today = &now[..10.min(now.len())];
    let common = json!({"id": id, "translations": {}, "sample": false, "updated_at": now});
    let own = match kind {
        RecordKind::Service => json!({
            "organization_id": "", "name": "", "alternate_name": null, "description": "",
            "url": null, "email": null, "status": "active", "eligibility_description": null,
            "fees_description": null, "application_process": null, "assured_date": today,
            "area": "", "target_groups": [], "free": false, "opening_hours": null,
            "languages": [], "required_documents": [], "phones": [], "locations": [],
            "service_areas": []
        }),
        RecordKind::Organization => json!({
            "name": "", "description": null, "email": null, "website": null, "phones": [],
            "locations": [], "association": null
        }),
        RecordKind::LearningResource => json!({
            "kind": "", "title": "", "description": "", "levels": [],
            "instruction_languages": [], "free": true, "works_offline": false, "url": null,
            "organization_id": null, "location": null, "opening_hours": null
        }),
        RecordKind::ReportSummary => json!({
            "topic": "community", "community": null, "year": today[..4].parse::<i32>().unwrap_or(2026),
            "title": "", "summary": "", "sections": []
        }),
        RecordKind::NewsItem => json!({"date": today, "title": "", "body": ""}),
        RecordKind::CulturalExperience => json!({
            "section": "", "name": "", "description": "", "kind_of_work": "",
            "comune_istat": "", "latitude": 0.0, "longitude": 0.0, "address": null,
            "languages": [], "website": null, "email": null, "phone": null
        }),
    };
    let mut v = common;
    if let (Value::Object(m), Value::Object(o)) = (&mut v, own) {
        m.extend(o);
    }
    v
}

/// The value at a dotted path.
pub(crate) fn get<'v>(v: &'v Value, path: &[&str]) -> Option<&'v Value> {
    path.iter().try_fold(v, |v, k| v.get(*k))
}

/// Sets the value at a dotted path, making objects on the way (None
/// removes the key).
fn set(v: &mut Value, path: &[&str], new: Option<Value>) {
    let Some((last, parents)) = path.split_last() else {
        return;
    };
    let mut cur = v;
    for k in parents {
        if !cur.get(*k).is_some_and(Value::is_object) {
            if new.is_none() {
                return;
            }
            cur[*k] = Value::Object(Map::new());
        }
        cur = cur.get_mut(*k).expect("just made");
    }
    match (cur.as_object_mut(), new) {
        (Some(m), Some(n)) => {
            m.insert((*last).to_string(), n);
        }
        (Some(m), None) => {
            m.remove(*last);
        }
        _ => {}
    }
}

/// A submitted form: every name with all its values, in order.
pub(crate) struct Posted(pub Vec<(String, String)>);

impl Posted {
    pub fn parse(body: &[u8]) -> Posted {
        Posted(serde_urlencoded::from_bytes(body).unwrap_or_default())
    }

    pub fn one(&self, name: &str) -> &str {
        self.0
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.trim())
    }

    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .filter(|v| !v.is_empty())
            .collect()
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }
}

/// Errors by form input name (a field's key, or `tr.<key>.<lang>`), as
/// message ids of the console or as the catalog's own words.
pub(crate) type Errors = BTreeMap<String, FieldError>;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum FieldError {
    /// A console message id.
    Message(&'static str),
    /// The console message id with the offending value.
    MessageWith(&'static str, String),
    /// What `catalog::validate` said.
    Catalog(String),
}

/// The comune an editor typed: an ISTAT code, a name, or "Name (PR)".
pub(crate) fn resolve_comune(text: &str) -> Result<&'static catalog::Comune, FieldError> {
    let gaz = Gazetteer::bundled();
    let text = text.trim();
    if let Some(c) = gaz.by_istat(text) {
        return Ok(c);
    }
    let exact: Vec<&catalog::Comune> = gaz
        .all()
        .iter()
        .filter(|c| c.label().eq_ignore_ascii_case(text) || c.name.eq_ignore_ascii_case(text))
        .collect();
    match exact.as_slice() {
        [one] => Ok(one),
        [] => Err(FieldError::MessageWith(
            "form-unknown-comune",
            text.to_string(),
        )),
        many => Err(FieldError::MessageWith(
            "form-which-comune",
            many.iter()
                .map(|c| c.label())
                .collect::<Vec<_>>()
                .join(", "),
        )),
    }
}

/// A place as the form shows it: the comune's label and the address.
pub(crate) fn place_inputs(loc: &Value) -> (String, String, String, String) {
    let s = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("").to_string();
    let comune = loc
        .get("comune_istat")
        .and_then(Value::as_str)
        .and_then(|c| Gazetteer::bundled().by_istat(c))
        .map(|c| c.label())
        .unwrap_or_default();
    let address = loc.get("address").filter(|a| a.is_object());
    (
        s(loc.get("name")),
        comune,
        s(address.and_then(|a| a.get("address_1"))),
        s(address.and_then(|a| a.get("postal_code"))),
    )
}

/// The places posted for `key` (`key.N.comune`, `.address`, `.postcode`,
/// `.name`), each kept as it was when nothing of it changed, else placed
/// at its comune's centre and saying so (`precision: comune`): the console
/// does not geocode addresses.
fn read_places(
    posted: &Posted,
    key: &str,
    old: &[Value],
    id: &str,
    errors: &mut Errors,
) -> Vec<Value> {
    let mut out = Vec::new();
    for i in 0..=old.len() {
        let p = |part: &str| posted.one(&format!("{key}.{i}.{part}")).to_string();
        let (name, comune, address, postcode) =
            (p("name"), p("comune"), p("address"), p("postcode"));
        if comune.is_empty() {
            if !(name.is_empty() && address.is_empty() && postcode.is_empty()) {
                errors.insert(
                    format!("{key}.{i}.comune"),
                    FieldError::Message("form-need-comune"),
                );
            }
            continue;
        }
        let c = match resolve_comune(&comune) {
            Ok(c) => c,
            Err(e) => {
                errors.insert(format!("{key}.{i}.comune"), e);
                continue;
            }
        };
        if let Some(was) = old.get(i)
            && place_inputs(was) == (name.clone(), c.label(), address.clone(), postcode.clone())
        {
            out.push(was.clone());
            continue;
        }
        let loc_id = old
            .get(i)
            .and_then(|l| l.get("id"))
            .and_then(Value::as_str)
            .map_or_else(|| format!("{id}-place-{i}"), str::to_string);
        let address = (!address.is_empty()).then(|| {
            json!({
                "address_1": address,
                "city": c.name,
                "postal_code": (!postcode.is_empty()).then_some(postcode),
                "state_province": c.province_abbr,
                "country": "IT",
            })
        });
        out.push(json!({
            "id": loc_id,
            "name": (!name.is_empty()).then_some(name),
            "latitude": c.latitude,
            "longitude": c.longitude,
            "comune_istat": c.istat,
            "address": address,
            "precision": Precision::Comune.as_str(),
        }));
    }
    out
}

/// The phones posted, one per line ("number — description"); each keeps
/// the id of the phone on its line before.
fn read_phones(text: &str, old: &[Value], id: &str) -> Vec<Value> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
        .map(|(i, line)| {
            let (number, description) = match line.split_once(" — ").or(line.split_once(" - ")) {
                Some((n, d)) => (n.trim(), Some(d.trim()).filter(|d| !d.is_empty())),
                None => (line, None),
            };
            let phone_id = old
                .get(i)
                .and_then(|p| p.get("id"))
                .and_then(Value::as_str)
                .map_or_else(|| format!("{id}-phone-{i}"), str::to_string);
            json!({"id": phone_id, "number": number, "description": description})
        })
        .collect()
}

pub(crate) fn phones_text(v: Option<&Value>) -> String {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .map(|p| {
                    let n = p.get("number").and_then(Value::as_str).unwrap_or("");
                    match p.get("description").and_then(Value::as_str) {
                        Some(d) => format!("{n} — {d}"),
                        None => n.to_string(),
                    }
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

/// Reads the posted form over `base` (the stored record, or a blank one):
/// the new JSON and the errors found while reading.
pub(crate) fn read(kind: RecordKind, base: &Value, posted: &Posted) -> (Value, Errors) {
    let mut v = base.clone();
    let mut errors = Errors::new();
    let id = base
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let text_or_null = |s: &str, optional: bool| -> Value {
        if s.is_empty() && optional {
            Value::Null
        } else {
            Value::from(s)
        }
    };
    for field in fields(kind) {
        let path: Vec<&str> = field.key.split('.').collect();
        let raw = posted.one(field.key);
        let old = get(base, &path);
        let new = match field.input {
            Input::Email => {
                if !raw.is_empty() && crate::accounts::normalize_email(raw).is_none() {
                    errors.insert(field.key.into(), FieldError::Message("form-bad-email"));
                }
                Some(text_or_null(raw, field.optional))
            }
            Input::Line | Input::Text | Input::Url | Input::Date => {
                Some(text_or_null(raw, field.optional))
            }
            Input::Term(_) | Input::Choice(_) => Some(text_or_null(raw, field.optional)),
            Input::Year => match raw.parse::<i32>() {
                Ok(y) => Some(Value::from(y)),
                Err(_) => {
                    errors.insert(field.key.into(), FieldError::Message("form-need-year"));
                    None
                }
            },
            Input::Check => Some(Value::from(posted.has(field.key))),
            Input::Terms(_) | Input::Choices(_) => Some(Value::from(posted.all(field.key))),
            Input::Codes => Some(Value::from(
                raw.split([',', ' '])
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .collect::<Vec<_>>(),
            )),
            Input::Lines => Some(Value::from(
                raw.lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>(),
            )),
            Input::Hours => {
                if !raw.is_empty()
                    && let Err(e) = catalog::hours::Hours::parse(raw)
                {
                    errors.insert(field.key.into(), FieldError::Catalog(e));
                }
                Some(text_or_null(raw, true))
            }
            Input::Phones => {
                let old = old.and_then(Value::as_array).cloned().unwrap_or_default();
                Some(Value::from(read_phones(posted.one(field.key), &old, &id)))
            }
            Input::Places => {
                let old = old.and_then(Value::as_array).cloned().unwrap_or_default();
                Some(Value::from(read_places(
                    posted,
                    field.key,
                    &old,
                    &id,
                    &mut errors,
                )))
            }
            Input::Place => {
                let old: Vec<Value> = old.filter(|o| o.is_object()).cloned().into_iter().collect();
                let places = read_places(posted, field.key, &old, &id, &mut errors);
                Some(places.into_iter().next().unwrap_or(Value::Null))
            }
            Input::Comune => {
                if raw.is_empty() {
                    errors.insert(field.key.into(), FieldError::Message("form-need-comune"));
                    None
                } else {
                    match resolve_comune(raw) {
                        Ok(c) if old.and_then(Value::as_str) == Some(c.istat.as_str()) => None,
                        Ok(c) => {
                            set(&mut v, &["latitude"], Some(Value::from(c.latitude)));
                            set(&mut v, &["longitude"], Some(Value::from(c.longitude)));
                            Some(Value::from(c.istat.clone()))
                        }
                        Err(e) => {
                            errors.insert(field.key.into(), e);
                            None
                        }
                    }
                }
            }
        };
        if let Some(new) = new {
            // An association's fields on an organization that is none stay
            // unset rather than making it one.
            if path.len() > 1 && get(&v, &path[..1]).is_none_or(Value::is_null) {
                let empty = new.is_null() || new.as_array().is_some_and(Vec::is_empty);
                if empty {
                    continue;
                }
            }
            set(&mut v, &path, Some(new));
        }
        if field.translated {
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::It) {
                let name = format!("tr.{}.{}", field.key, lang.code());
                if !posted.has(&name) {
                    continue;
                }
                let text = posted.one(&name);
                let p = ["translations", field.key, lang.code()];
                set(&mut v, &p, (!text.is_empty()).then(|| Value::from(text)));
            }
            // A field with no translation left is no key at all.
            if get(&v, &["translations", field.key])
                .and_then(Value::as_object)
                .is_some_and(Map::is_empty)
            {
                set(&mut v, &["translations", field.key], None);
            }
        }
    }
    (v, errors)
}

/// The form input an error of `catalog::validate` belongs to, and the
/// JSON path to put back as it was.
fn input_of(kind: RecordKind, error_field: &str) -> Option<(String, Vec<String>)> {
    if let Some(rest) = error_field.strip_prefix("translations.") {
        let parts: Vec<String> = rest.split('.').map(str::to_string).collect();
        let mut path = vec!["translations".to_string()];
        path.extend(parts.iter().take(2).cloned());
        return Some((
            format!(
                "tr.{}",
                parts.iter().take(2).cloned().collect::<Vec<_>>().join(".")
            ),
            path,
        ));
    }
    let head: &str = error_field.split(['[', '.']).next().unwrap_or(error_field);
    fields(kind)
        .iter()
        .filter(|f| error_field.starts_with(f.key) || f.key == head)
        .max_by_key(|f| f.key.len())
        .map(|f| {
            (
                f.key.to_string(),
                f.key.split('.').map(str::to_string).collect(),
            )
        })
}

/// Checks `candidate` with `catalog::validate`, error after error: each
/// field in error is put back as in `base` and the check runs again, so
/// every field's error shows at once. Returns the record when all is well.
pub(crate) fn check(
    kind: RecordKind,
    base: &Value,
    mut candidate: Value,
    errors: &mut Errors,
) -> Option<Record> {
    // Fields the form could not read are checked as they were, so the
    // rest of the form is still checked now.
    for key in errors.keys() {
        let path: Option<Vec<&str>> = if let Some(tr) = key.strip_prefix("tr.") {
            Some(
                std::iter::once("translations")
                    .chain(tr.split('.'))
                    .collect(),
            )
        } else {
            fields(kind)
                .iter()
                .find(|f| key == f.key || key.starts_with(&format!("{}.", f.key)))
                .map(|f| f.key.split('.').collect())
        };
        if let Some(path) = path {
            set(&mut candidate, &path, get(base, &path).cloned());
        }
    }
    let read_errors: Vec<String> = errors.keys().cloned().collect();
    let mut record = None;
    for _ in 0..=fields(kind).len() * 2 {
        let r = match from_json(kind, candidate.clone()) {
            Ok(r) => r,
            Err(e) => {
                errors.insert(String::new(), FieldError::Catalog(e));
                return None;
            }
        };
        let mut data = CatalogData::default();
        data.push(r.clone());
        match catalog::validate::validate(&data, Default::default()) {
            Ok(()) => {
                record = Some(r);
                break;
            }
            Err(e) => {
                let Some((input, path)) = input_of(kind, &e.field) else {
                    errors.insert(String::new(), FieldError::Catalog(e.to_string()));
                    return None;
                };
                if errors.contains_key(&input) && !read_errors.contains(&input) {
                    // Put back and still wrong: the stored record itself
                    // is (a blank one's required field).
                    errors
                        .entry(String::new())
                        .or_insert(FieldError::Catalog(e.reason));
                    return None;
                }
                errors.insert(input, FieldError::Catalog(e.reason));
                let path: Vec<&str> = path.iter().map(String::as_str).collect();
                set(&mut candidate, &path, get(base, &path).cloned());
            }
        }
    }
    if errors.is_empty() { record } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service() -> Value {
        let data = catalog::sample::generate(catalog::sample::SampleOptions {
            services: 1,
            ..Default::default()
        });
        to_json(&Record::Service(Box::new(data.services[0].clone())))
    }

    fn posted(pairs: &[(&str, &str)]) -> Posted {
        Posted(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        )
    }

    /// The form as it would be sent unchanged.
    fn unchanged(v: &Value) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for f in fields(RecordKind::Service) {
            let path: Vec<&str> = f.key.split('.').collect();
            let val = get(v, &path);
            match f.input {
                Input::Terms(_) | Input::Choices(_) => {
                    for t in val.and_then(Value::as_array).into_iter().flatten() {
                        out.push((f.key.into(), t.as_str().unwrap().into()));
                    }
                }
                Input::Codes => out.push((
                    f.key.into(),
                    val.and_then(Value::as_array)
                        .map(|a| {
                            a.iter()
                                .map(|x| x.as_str().unwrap())
                                .collect::<Vec<_>>()
                                .join(", ")
                        })
                        .unwrap_or_default(),
                )),
                Input::Check => {
                    if val == Some(&Value::Bool(true)) {
                        out.push((f.key.into(), "on".into()));
                    }
                }
                Input::Phones => out.push((f.key.into(), phones_text(val))),
                Input::Places => {
                    for (i, l) in val
                        .and_then(Value::as_array)
                        .into_iter()
                        .flatten()
                        .enumerate()
                    {
                        let (n, c, a, p) = place_inputs(l);
                        for (part, x) in
                            [("name", n), ("comune", c), ("address", a), ("postcode", p)]
                        {
                            out.push((format!("{}.{i}.{part}", f.key), x));
                        }
                    }
                }
                _ => out.push((
                    f.key.into(),
                    val.and_then(Value::as_str).unwrap_or("").into(),
                )),
            }
        }
        out
    }

    #[test]
    fn an_unchanged_form_gives_back_the_same_record() {
        let base = service();
        let (v, errors) = read(RecordKind::Service, &base, &Posted(unchanged(&base)));
        assert!(errors.is_empty(), "{errors:?}");
        let mut errors = Errors::new();
        let r = check(RecordKind::Service, &base, v, &mut errors).expect("valid");
        assert_eq!(to_json(&r), base);
    }

    #[test]
    fn every_wrong_field_is_named_at_once_and_the_rest_kept() {
        let base = service();
        let mut form = unchanged(&base);
        for (k, v) in form.iter_mut() {
            match k.as_str() {
                "url" => *v = "www.comune.example".into(),
                "area" => *v = "astrologia".into(),
                "alternate_name" => *v = "Sportello <b>unico</b>".into(),
                _ => {}
            }
        }
        form.push(("tr.name.ar".into(), "مكتب".into()));
        let (v, mut errors) = read(RecordKind::Service, &base, &Posted(form));
        assert!(errors.is_empty());
        assert!(check(RecordKind::Service, &base, v.clone(), &mut errors).is_none());
        assert!(errors.contains_key("url"), "{errors:?}");
        assert!(errors.contains_key("area"), "{errors:?}");
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert_eq!(v["alternate_name"], "Sportello <b>unico</b>");
        assert_eq!(v["translations"]["name"]["ar"], "مكتب");
    }

    #[test]
    fn a_new_place_sits_at_its_comune_and_says_so() {
        let base = blank(RecordKind::Organization, "org-1", "2026-12-07T10:00:00Z");
        let p = posted(&[
            ("name", "Associazione Ponti"),
            ("locations.0.comune", "Castro"),
        ]);
        let (_, errors) = read(RecordKind::Organization, &base, &p);
        assert!(
            matches!(errors.get("locations.0.comune"), Some(FieldError::MessageWith("form-which-comune", list)) if list.contains("(LE)") && list.contains("(BG)")),
            "{errors:?}"
        );
        let p = posted(&[
            ("name", "Associazione Ponti"),
            ("locations.0.comune", "Castro (LE)"),
            ("locations.0.address", "Via Roma 1"),
        ]);
        let (v, errors) = read(RecordKind::Organization, &base, &p);
        assert!(errors.is_empty(), "{errors:?}");
        let loc = &v["locations"][0];
        assert_eq!(loc["precision"], "comune");
        assert_eq!(loc["address"]["address_1"], "Via Roma 1");
        assert_eq!(loc["address"]["state_province"], "LE");
        let mut errors = Errors::new();
        assert!(
            check(RecordKind::Organization, &base, v, &mut errors).is_some(),
            "{errors:?}"
        );
    }

    #[test]
    fn a_blank_record_names_its_missing_fields() {
        for kind in RecordKind::ALL {
            let base = blank(kind, "new-1", "2026-12-07T10:00:00Z");
            assert!(from_json(kind, base.clone()).is_ok(), "{kind:?}");
            let mut errors = Errors::new();
            let r = check(kind, &base, base.clone(), &mut errors);
            let must_fill = fields(kind).iter().any(|f| {
                !f.optional
                    && !matches!(
                        f.input,
                        Input::Check | Input::Choice(_) | Input::Year | Input::Date
                    )
            });
            assert_eq!(r.is_none(), must_fill, "{kind:?}: {errors:?}");
        }
    }

    #[test]
    fn translations_left_empty_are_removed() {
        let mut base = service();
        base["translations"] = json!({"name": {"en": "Help desk"}});
        let mut form = unchanged(&base);
        form.push(("tr.name.en".into(), " ".into()));
        let (v, _) = read(RecordKind::Service, &base, &Posted(form));
        assert!(
            v["translations"].get("name").is_none(),
            "{}",
            v["translations"]
        );
    }
}
