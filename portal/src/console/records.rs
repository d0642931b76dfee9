//! Records: the list with its filters, a record's page with its history,
//! the edit form of every kind (`form.rs`), creating one, and deactivating
//! a service (HSDS status, never a deletion: devices show it as closed).
//!
//! Who may do what: services and organizations are kept by the people of
//! their territory; learning resources and cultural experiences by editors
//! of all of Italy; news and report summaries by the national editorial
//! office (admins). The same rule holds for reading and for writing.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use catalog::{Lang, Record, RecordKind};
use maud::{Markup, html};
use serde_json::Value;

use super::form::{self, Errors, Field, FieldError, Input, Posted};
use super::{Console, ConsoleLang, RecordView, redirect, server_error};
use crate::history::{Change, ChangeAction};
use crate::server::PortalState;
use crate::store::Role;
use crate::territory::{allows, organization_codes, service_codes};

/// How many records the list shows.
const LIST_LIMIT: usize = 100;
/// How many changes a record's page shows.
const HISTORY_LIMIT: usize = 50;

/// The territory codes a record touches (None: the kind has no territory,
/// it is kept nationally).
fn codes(r: &Record) -> Option<Vec<String>> {
    match r {
        Record::Service(s) => Some(service_codes(s)),
        Record::Organization(o) => Some(organization_codes(o)),
        Record::LearningResource(_)
        | Record::ReportSummary(_)
        | Record::NewsItem(_)
        | Record::CulturalExperience(_) => None,
    }
}

/// The role a kind needs, and whether its people work for all of Italy.
fn keeper(kind: RecordKind) -> (Role, bool) {
    match kind {
        RecordKind::Service | RecordKind::Organization => (Role::Editor, false),
        RecordKind::LearningResource | RecordKind::CulturalExperience => (Role::Editor, true),
        RecordKind::ReportSummary | RecordKind::NewsItem => (Role::Admin, true),
    }
}

impl Console {
    /// Refuses a kind this account does not keep.
    #[allow(clippy::result_large_err)]
    fn keeps(&self, kind: RecordKind) -> Result<(), Response> {
        let (role, national) = keeper(kind);
        self.need(role)?;
        if national && self.account.territory.is_some() {
            return Err(self.refuse(StatusCode::FORBIDDEN, "error-national"));
        }
        Ok(())
    }

    /// Refuses a record outside this account's territory, whatever URL was
    /// typed.
    #[allow(clippy::result_large_err)]
    fn may_touch(&self, r: &Record) -> Result<(), Response> {
        let territory = self.account.grant().territory();
        match codes(r) {
            Some(c) if !allows(territory.as_ref(), &c) => {
                Err(self.refuse(StatusCode::FORBIDDEN, "error-outside"))
            }
            _ => Ok(()),
        }
    }

    /// The record at `kind`/`id`, if this account may see it.
    #[allow(clippy::result_large_err)]
    fn load(&self, state: &PortalState, kind: &str, id: &str) -> Result<Record, Response> {
        let Some(kind) = RecordKind::from_name(kind) else {
            return Err(self.refuse(StatusCode::NOT_FOUND, "error-not-found"));
        };
        self.keeps(kind)?;
        let found = state.store().record(kind, id);
        let r = match found {
            Ok(Some(r)) => r,
            Ok(None) => return Err(self.refuse(StatusCode::NOT_FOUND, "error-not-found")),
            Err(e) => return Err(server_error(self.lang, &e)),
        };
        self.may_touch(&r)?;
        Ok(r)
    }
}

/// A record kind by its name in the reader's language.
pub(super) fn kind_label(t: ConsoleLang, kind: RecordKind) -> String {
    t.get(&format!("rk-{}", kind.as_str().replace('_', "-")))
}

fn field_label(t: ConsoleLang, key: &str) -> String {
    t.get(&format!("f-{}", key.replace(['.', '_'], "-")))
}

/// A record's name, whatever its kind.
fn title_of(r: &Record) -> &str {
    match r {
        Record::Service(s) => &s.name,
        Record::Organization(o) => &o.name,
        Record::LearningResource(l) => &l.title,
        Record::ReportSummary(x) => &x.title,
        Record::NewsItem(n) => &n.title,
        Record::CulturalExperience(c) => &c.name,
    }
}

fn record_url(kind: RecordKind, id: &str) -> String {
    format!("/console/records/{}/{}", kind.as_str(), urlencode(id))
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b':' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

// ---------------------------------------------------------------- the list

#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct ListQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    q: String,
    #[serde(default)]
    area: String,
    #[serde(default)]
    comune: String,
    #[serde(default)]
    status: String,
    /// Not verified since this date (`YYYY-MM-DD`).
    #[serde(default)]
    since: String,
}

fn folded(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

pub(crate) async fn list(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    Query(q): Query<ListQuery>,
) -> Response {
    let console = match Console::open(&state, &headers) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let kind = RecordKind::from_name(&q.kind).unwrap_or(RecordKind::Service);
    if let Err(r) = console.keeps(kind) {
        return r;
    }
    let data = match state.store().catalog() {
        Ok(d) => d,
        Err(e) => return server_error(t, &e),
    };
    let comune = match q.comune.trim() {
        "" => None,
        c => match form::resolve_comune(c) {
            Ok(c) => Some(c.istat.clone()),
            Err(_) => Some(String::from("-")),
        },
    };
    let words = folded(&q.q);
    let territory = console.account.grant().territory();
    let mut rows: Vec<Record> = data
        .into_records()
        .filter(|r| r.kind() == kind)
        .filter(|r| codes(r).is_none_or(|c| allows(territory.as_ref(), &c)))
        .filter(|r| {
            let name = folded(title_of(r));
            words
                .split_whitespace()
                .all(|w| name.contains(w) || r.id() == q.q.trim())
        })
        .filter(|r| match (r, comune.as_deref()) {
            (_, None) => true,
            (r, Some(code)) => codes(r).is_some_and(|c| c.iter().any(|x| x == code)),
        })
        .filter(|r| match r {
            Record::Service(s) => {
                (q.area.is_empty() || s.area == q.area)
                    && (q.status.is_empty() || s.status.as_str() == q.status)
                    && (q.since.is_empty()
                        || s.assured_date
                            .as_deref()
                            .is_none_or(|d| d < q.since.as_str()))
            }
            _ => true,
        })
        .collect();
    rows.sort_by_cached_key(|r| folded(title_of(r)));
    let tax = catalog::taxonomy::Taxonomy::bundled();
    let lang = t.catalog_lang();
    let main = html! {
        h1 { (t.get("records-title")) }
        form method="get" action="/console/records" .filters {
            label for="kind" { (t.get("records-kind")) }
            select #kind name="kind" {
                @for k in RecordKind::ALL {
                    @let (role, national) = keeper(k);
                    @if console.account.role >= role && !(national && console.account.territory.is_some()) {
                        option value=(k.as_str()) selected[k == kind] { (kind_label(t, k)) }
                    }
                }
            }
            label for="q" { (t.get("records-search")) }
            input #q type="search" name="q" value=(q.q);
            label for="comune" { (t.get("records-comune")) }
            input #comune name="comune" value=(q.comune) autocomplete="off";
            @if kind == RecordKind::Service {
                label for="area" { (field_label(t, "area")) }
                select #area name="area" {
                    option value="" { (t.get("records-any")) }
                    @for a in tax.terms("area") {
                        option value=(a.id) selected[a.id == q.area] { (a.name(lang)) }
                    }
                }
                label for="status" { (field_label(t, "status")) }
                select #status name="status" {
                    option value="" { (t.get("records-any")) }
                    @for s in ["active", "temporarily closed", "inactive", "defunct"] {
                        option value=(s) selected[s == q.status] { (t.get(&status_key(s))) }
                    }
                }
                label for="since" { (t.get("records-since")) }
                input #since type="date" name="since" value=(q.since);
            }
            p { button type="submit" { (t.get("records-filter")) } }
        }
        p { a.button href={ "/console/records/" (kind.as_str()) "/new" } { (t.get("records-new")) } }
        p role="status" { (t.with("records-count", &[("count", rows.len().to_string())])) }
        @if !rows.is_empty() {
            table {
                thead { tr {
                    th scope="col" { (t.get("col-record")) }
                    th scope="col" { (t.get("records-where")) }
                    @if kind == RecordKind::Service {
                        th scope="col" { (field_label(t, "status")) }
                        th scope="col" { (t.get("col-verified")) }
                    }
                } }
                tbody {
                    @for r in rows.iter().take(LIST_LIMIT) {
                        tr {
                            td { a href=(record_url(r.kind(), r.id())) { (title_of(r)) } }
                            td { (where_of(t, r)) }
                            @if let Record::Service(s) = r {
                                td { (t.get(&status_key(s.status.as_str()))) }
                                td { (s.assured_date.as_deref().unwrap_or("—")) }
                            }
                        }
                    }
                }
            }
            @if rows.len() > LIST_LIMIT {
                p { (t.with("todo-more", &[("count", (rows.len() - LIST_LIMIT).to_string())])) }
            }
        }
    };
    console.page(&t.get("records-title"), main).into_response()
}

fn status_key(s: &str) -> String {
    format!("status-{}", s.replace(' ', "-"))
}

/// The comuni a record lies in, by name.
fn where_of(t: ConsoleLang, r: &Record) -> String {
    let gaz = catalog::Gazetteer::bundled();
    let names: Vec<String> = match r {
        Record::CulturalExperience(c) => vec![c.comune_istat.clone()],
        Record::LearningResource(l) => l
            .location
            .iter()
            .filter_map(|l| l.comune_istat.clone())
            .collect(),
        r => codes(r).unwrap_or_default(),
    }
    .iter()
    .map(|c| match gaz.by_istat(c) {
        Some(c) => c.label(),
        None => t.territory(Some(c)),
    })
    .collect();
    if names.is_empty() {
        "—".into()
    } else {
        names.join(", ")
    }
}

// ---------------------------------------------------------- a record's page

pub(crate) async fn page(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath((kind, id)): UrlPath<(String, String)>,
) -> Response {
    let console = match Console::open(&state, &headers) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let r = match console.load(&state, &kind, &id) {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    let history = match state.store().history(r.kind(), r.id(), HISTORY_LIMIT) {
        Ok(h) => h,
        Err(e) => return server_error(t, &e),
    };
    let json = form::to_json(&r);
    let url = record_url(r.kind(), r.id());
    let more = html! {
        @for f in form::fields(r.kind()) {
            @if !matches!(f.key, "name" | "email" | "phones" | "url" | "website" | "locations" | "title") {
                dt { (field_label(t, f.key)) }
                dd { (shown_value(t, f, form::get(&json, &f.key.split('.').collect::<Vec<_>>()))) }
            }
        }
    };
    let fields = match &r {
        Record::Service(s) => RecordView::from(s.as_ref()).fields(t, more),
        Record::Organization(o) => RecordView::from(o.as_ref()).fields(t, more),
        _ => html! { dl.fields {
            dt { (t.get("field-id")) } dd { code { (r.id()) } }
            @for f in form::fields(r.kind()) {
                dt { (field_label(t, f.key)) }
                dd { (shown_value(t, f, form::get(&json, &f.key.split('.').collect::<Vec<_>>()))) }
            }
        } },
    };
    let main = html! {
        p { a href={ "/console/records?kind=" (r.kind().as_str()) } { (t.get("records-back")) } }
        h1 { (title_of(&r)) }
        p { (kind_label(t, r.kind())) }
        p.actions {
            a.button href={ (url) "/edit" } { (t.get("records-edit")) }
            @if let Record::Service(s) = &r {
                form method="post" action={ (url) "/confirm" } {
                    (console.csrf_field())
                    button.secondary type="submit" { (t.get("confirm-button")) }
                }
                @if s.status == catalog::ServiceStatus::Active {
                    form method="post" action={ (url) "/deactivate" } {
                        (console.csrf_field())
                        button.danger type="submit" { (t.get("records-deactivate")) }
                    }
                }
            }
        }
        (fields)
        section aria-labelledby="history" {
            h2 #history { (t.get("history-title")) }
            (history_list(t, &history))
        }
    };
    console.page(title_of(&r), main).into_response()
}

/// A field's value as the record's page shows it.
fn shown_value(t: ConsoleLang, f: &Field, v: Option<&Value>) -> Markup {
    let lang = t.catalog_lang();
    let tax = catalog::taxonomy::Taxonomy::bundled();
    let term = |taxonomy: &str, id: &str| {
        tax.term(taxonomy, id)
            .map_or(id.to_string(), |x| x.name(lang).to_string())
    };
    let text = match (f.input, v) {
        (_, None | Some(Value::Null)) => "—".to_string(),
        (Input::Check, Some(Value::Bool(b))) => t.get(if *b { "answer-yes" } else { "answer-no" }),
        (Input::Term(x), Some(Value::String(id))) => term(x, id),
        (Input::Terms(x), Some(Value::Array(a))) => a
            .iter()
            .filter_map(Value::as_str)
            .map(|id| term(x, id))
            .collect::<Vec<_>>()
            .join(", "),
        (Input::Choice(_), Some(Value::String(s))) if f.key == "status" => t.get(&status_key(s)),
        (Input::Phones, v) => form::phones_text(v).replace('\n', "; "),
        (Input::Places | Input::Place, Some(v)) => {
            let list: Vec<Value> = match v {
                Value::Array(a) => a.clone(),
                o => vec![o.clone()],
            };
            list.iter()
                .map(|l| {
                    let (name, comune, address, postcode) = form::place_inputs(l);
                    [name, address, postcode, comune]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .collect::<Vec<_>>()
                .join("; ")
        }
        (Input::Comune, Some(Value::String(c))) => catalog::Gazetteer::bundled()
            .by_istat(c)
            .map_or(c.clone(), |c| c.label()),
        (_, Some(Value::String(s))) => s.clone(),
        (_, Some(Value::Array(a))) => a
            .iter()
            .map(|x| x.as_str().map_or(x.to_string(), str::to_string))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Some(other)) => other.to_string(),
    };
    html! { (if text.is_empty() { "—".to_string() } else { text }) }
}

/// A value in the history, short.
fn short(v: Option<&Value>) -> String {
    let s = match v {
        None | Some(Value::Null) => "—".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    };
    if s.chars().count() > 300 {
        format!("{}…", s.chars().take(300).collect::<String>())
    } else {
        s
    }
}

fn history_list(t: ConsoleLang, history: &[Change]) -> Markup {
    html! {
        @if history.is_empty() {
            p { (t.get("history-none")) }
        } @else {
            ol.history {
                @for c in history {
                    li {
                        p {
                            strong { (c.at) } " · " (c.actor) " · "
                            (t.get(match c.action {
                                ChangeAction::Created => "history-created",
                                ChangeAction::Edited => "history-edited",
                                ChangeAction::Deleted => "history-deleted",
                            }))
                        }
                        @if c.action == ChangeAction::Edited {
                            table {
                                thead { tr {
                                    th scope="col" { (t.get("history-field")) }
                                    th scope="col" { (t.get("history-old")) }
                                    th scope="col" { (t.get("history-new")) }
                                } }
                                tbody {
                                    @for f in &c.fields {
                                        tr {
                                            td { (field_label_or_key(t, &f.field)) }
                                            td { (short(f.old.as_ref())) }
                                            td { (short(f.new.as_ref())) }
                                        }
                                    }
                                }
                            }
                        } @else {
                            p { (t.with("history-fields", &[("count", c.fields.len().to_string())])) }
                        }
                    }
                }
            }
        }
    }
}

/// A field's label when the console has one, else its key.
fn field_label_or_key(t: ConsoleLang, key: &str) -> String {
    let label = field_label(t, key);
    if label.starts_with("f-") {
        key.to_string()
    } else {
        label
    }
}

// ------------------------------------------------------------ the edit form

/// The weekly table of an opening-hours expression: the next seven days
/// from `today`, as the app will show them.
fn hours_preview(t: ConsoleLang, expression: &str) -> Markup {
    let Ok(hours) = catalog::hours::Hours::parse(expression) else {
        return html! {};
    };
    let today = chrono::Utc::now().date_naive();
    html! {
        table.hours aria-label=(t.get("hours-preview")) {
            caption { (t.get("hours-preview")) }
            tbody {
                @for d in 0..7 {
                    @let day = today + chrono::Duration::days(d);
                    @let spans = hours.intervals_on(day);
                    tr {
                        th scope="row" { (t.get(&format!("day-{}", day.format("%u")))) " " (day.format("%d/%m")) }
                        td {
                            @if spans.is_empty() { (t.get("hours-closed")) }
                            @for (i, (from, to, _)) in spans.iter().enumerate() {
                                @if i > 0 { ", " }
                                (from.format("%H:%M")) "–" (if to.date() > day { "24:00".to_string() } else { to.format("%H:%M").to_string() })
                            }
                        }
                    }
                }
            }
        }
    }
}

fn error_text(t: ConsoleLang, e: &FieldError) -> String {
    match e {
        FieldError::Message(k) => t.get(k),
        FieldError::MessageWith(k, v) => t.with(k, &[("value", v.clone())]),
        FieldError::Catalog(reason) => reason.clone(),
    }
}

/// The error line of an input, linked to it by `aria-describedby`.
fn error_of(t: ConsoleLang, errors: &Errors, name: &str) -> Markup {
    html! {
        @if let Some(e) = errors.get(name) {
            p.error id={ "err-" (name) } { (error_text(t, e)) }
        }
    }
}

fn described(errors: &Errors, name: &str) -> Option<String> {
    errors.contains_key(name).then(|| format!("err-{name}"))
}

/// The text an input shows: what was posted (nothing the editor typed is
/// lost when the form comes back with errors), else the record's value.
fn raw(posted: Option<&Posted>, name: &str, fallback: impl FnOnce() -> String) -> String {
    match posted {
        Some(p) if p.has(name) => p.one(name).to_string(),
        _ => fallback(),
    }
}

fn input(t: ConsoleLang, f: &Field, v: &Value, posted: Option<&Posted>, errors: &Errors) -> Markup {
    let lang = t.catalog_lang();
    let tax = catalog::taxonomy::Taxonomy::bundled();
    let path: Vec<&str> = f.key.split('.').collect();
    let value = form::get(v, &path);
    let as_text = || match value {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(if f.input == Input::Lines { "\n" } else { ", " }),
        _ => String::new(),
    };
    let name = f.key;
    let id = format!("in-{}", name.replace('.', "-"));
    let label = field_label(t, name);
    let err = described(errors, name);
    let invalid = err.is_some().then_some("true");
    let required =
        !f.optional && !matches!(f.input, Input::Check | Input::Terms(_) | Input::Choices(_));
    let hint_key = match f.input {
        Input::Phones => Some("hint-phones"),
        Input::Codes => Some(match name {
            "service_areas" => "hint-istat",
            "association.nationalities" => "hint-countries",
            _ => "hint-languages",
        }),
        Input::Hours => Some("hint-hours"),
        Input::Lines => Some("hint-lines"),
        Input::Comune => Some("hint-comune"),
        _ => None,
    };
    let hint_id = format!("hint-{}", name.replace('.', "-"));
    let describedby = [err.clone(), hint_key.map(|_| hint_id.clone())]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    let describedby = (!describedby.is_empty()).then_some(describedby);
    let hint = html! { @if let Some(k) = hint_key { p.hint id=(hint_id) { (t.get(k)) } } };
    match f.input {
        Input::Check => html! {
            div.check {
                input type="checkbox" id=(id) name=(name) checked[value == Some(&Value::Bool(true))] aria-describedby=[describedby];
                label for=(id) { (label) }
            }
            (error_of(t, errors, name))
        },
        Input::Terms(_) | Input::Choices(_) => {
            let chosen: Vec<&str> = value
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_default();
            let options: Vec<(String, String)> = match f.input {
                Input::Terms(x) => tax
                    .terms(x)
                    .iter()
                    .map(|term| (term.id.clone(), term.name(lang).to_string()))
                    .collect(),
                Input::Choices(list) => list
                    .iter()
                    .map(|c| (c.to_string(), c.to_string()))
                    .collect(),
                _ => Vec::new(),
            };
            html! {
                fieldset aria-describedby=[describedby] {
                    legend { (label) }
                    @for (i, (value, text)) in options.iter().enumerate() {
                        div.check {
                            input type="checkbox" id={ (id) "-" (i) } name=(name) value=(value) checked[chosen.contains(&value.as_str())];
                            label for={ (id) "-" (i) } { (text) }
                        }
                    }
                    (error_of(t, errors, name))
                }
            }
        }
        Input::Term(x) => {
            let chosen = raw(posted, name, as_text);
            html! {
                label for=(id) { (label) }
                select id=(id) name=(name) required[required] aria-invalid=[invalid] aria-describedby=[describedby] {
                    option value="" { (t.get("form-choose")) }
                    @for term in tax.terms(x) {
                        option value=(term.id) selected[term.id == chosen] { (term.name(lang)) }
                    }
                }
                (error_of(t, errors, name))
            }
        }
        Input::Choice(list) => {
            let chosen = raw(posted, name, as_text);
            html! {
                label for=(id) { (label) }
                select id=(id) name=(name) aria-invalid=[invalid] aria-describedby=[describedby] {
                    @for c in list {
                        option value=(c) selected[*c == chosen] {
                            (if name == "status" { t.get(&status_key(c)) } else if name == "topic" { t.get(&format!("topic-{c}")) } else { c.to_string() })
                        }
                    }
                }
                (error_of(t, errors, name))
            }
        }
        Input::Places | Input::Place => {
            let list: Vec<Value> = match value {
                Some(Value::Array(a)) => a.clone(),
                Some(o @ Value::Object(_)) => vec![o.clone()],
                _ => Vec::new(),
            };
            let slots = if f.input == Input::Place {
                1
            } else {
                list.len() + 1
            };
            html! {
                fieldset {
                    legend { (label) }
                    p.hint { (t.get("hint-places")) }
                    @for i in 0..slots {
                        @let (n, c, a, p) = list.get(i).map(form::place_inputs).unwrap_or_default();
                        @let part = |s: &str, fallback: String| raw(posted, &format!("{name}.{i}.{s}"), || fallback);
                        @let cname = format!("{name}.{i}.comune");
                        div.place {
                            p.place-title { (t.with("form-place", &[("n", (i + 1).to_string())])) }
                            label for={ (id) "-" (i) "-comune" } { (t.get("form-place-comune")) }
                            input id={ (id) "-" (i) "-comune" } name=(cname) value=(part("comune", c)) list="comuni"
                                aria-invalid=[described(errors, &cname).map(|_| "true")] aria-describedby=[described(errors, &cname)];
                            (error_of(t, errors, &cname))
                            label for={ (id) "-" (i) "-address" } { (t.get("form-place-address")) }
                            input id={ (id) "-" (i) "-address" } name={ (name) "." (i) ".address" } value=(part("address", a)) autocomplete="off";
                            label for={ (id) "-" (i) "-postcode" } { (t.get("form-place-postcode")) }
                            input id={ (id) "-" (i) "-postcode" } name={ (name) "." (i) ".postcode" } value=(part("postcode", p)) inputmode="numeric";
                            label for={ (id) "-" (i) "-name" } { (t.get("form-place-name")) }
                            input id={ (id) "-" (i) "-name" } name={ (name) "." (i) ".name" } value=(part("name", n));
                        }
                    }
                }
            }
        }
        Input::Text | Input::Phones | Input::Lines => {
            let text = raw(posted, name, || {
                if f.input == Input::Phones {
                    form::phones_text(value)
                } else {
                    as_text()
                }
            });
            html! {
                label for=(id) { (label) }
                (hint)
                textarea id=(id) name=(name) rows=(if f.input == Input::Text { 5 } else { 3 }) required[required]
                    aria-invalid=[invalid] aria-describedby=[describedby] { (text) }
                (error_of(t, errors, name))
            }
        }
        _ => {
            let (kind, mode) = match f.input {
                Input::Email => ("email", None),
                Input::Url => ("url", None),
                Input::Date => ("date", None),
                Input::Year => ("text", Some("numeric")),
                _ => ("text", None),
            };
            let text = raw(posted, name, || match (f.input, value) {
                (Input::Comune, Some(Value::String(c))) => catalog::Gazetteer::bundled()
                    .by_istat(c)
                    .map_or(c.clone(), |c| c.label()),
                _ => as_text(),
            });
            html! {
                label for=(id) { (label) }
                (hint)
                input id=(id) type=(kind) inputmode=[mode] name=(name) value=(text) required[required]
                    list=[match (f.input, name) {
                        (Input::Comune, _) => Some("comuni"),
                        (_, "organization_id") => Some("organizations"),
                        _ => None,
                    }]
                    aria-invalid=[invalid] aria-describedby=[describedby];
                (error_of(t, errors, name))
                @if f.input == Input::Hours && !text.is_empty() { (hours_preview(t, &text)) }
            }
        }
    }
}

/// A translated field's other ten languages, side by side with the Italian
/// text; the missing ones are marked.
fn translations(
    t: ConsoleLang,
    f: &Field,
    v: &Value,
    posted: Option<&Posted>,
    errors: &Errors,
) -> Markup {
    let italian = form::get(v, &f.key.split('.').collect::<Vec<_>>())
        .and_then(Value::as_str)
        .unwrap_or("");
    let missing = Lang::ALL
        .iter()
        .filter(|l| **l != Lang::It)
        .filter(|l| {
            form::get(v, &["translations", f.key, l.code()])
                .and_then(Value::as_str)
                .is_none_or(str::is_empty)
        })
        .count();
    html! {
        details.translations open[errors.keys().any(|k| k.starts_with(&format!("tr.{}.", f.key)))] {
            summary { (t.with("form-translations", &[("field", field_label(t, f.key)), ("missing", missing.to_string())])) }
            table {
                thead { tr {
                    th scope="col" { (t.get("form-language")) }
                    th scope="col" { (t.get("form-text")) }
                } }
                tbody {
                    tr { th scope="row" lang="it" { "Italiano" } td lang="it" { (italian) } }
                    @for l in Lang::ALL.into_iter().filter(|l| *l != Lang::It) {
                        @let name = format!("tr.{}.{}", f.key, l.code());
                        @let id = format!("in-tr-{}-{}", f.key, l.code());
                        @let text = raw(posted, &name, || form::get(v, &["translations", f.key, l.code()]).and_then(Value::as_str).unwrap_or("").to_string());
                        tr {
                            th scope="row" {
                                label for=(id) lang=(l.code()) { (language_name(l)) }
                                @if text.is_empty() { " " span.missing { (t.get("form-missing")) } }
                            }
                            td {
                                @if f.input == Input::Text {
                                    textarea id=(id) name=(name) lang=(l.code()) dir=(if l.is_rtl() { "rtl" } else { "ltr" }) rows="3"
                                        aria-describedby=[described(errors, &name)] { (text) }
                                } @else {
                                    input id=(id) name=(name) lang=(l.code()) dir=(if l.is_rtl() { "rtl" } else { "ltr" }) value=(text)
                                        aria-describedby=[described(errors, &name)];
                                }
                                (error_of(t, errors, &name))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Each language by its own name (an editor finds theirs whatever the
/// console's language).
fn language_name(l: Lang) -> &'static str {
    match l {
        Lang::It => "Italiano",
        Lang::En => "English",
        Lang::Fr => "Français",
        Lang::Es => "Español",
        Lang::Sq => "Shqip",
        Lang::Ar => "العربية",
        Lang::Zh => "中文",
        Lang::Pa => "ਪੰਜਾਬੀ",
        Lang::Ru => "Русский",
        Lang::Tl => "Tagalog",
        Lang::Uk => "Українська",
    }
}

/// The comuni an editor may pick (their territory's; a national editor
/// types any name, the list would weigh 8,000 options).
fn comuni_list(console: &Console) -> Markup {
    let Some(territory) = console.account.grant().territory() else {
        return html! {};
    };
    html! {
        datalist #comuni {
            @for c in catalog::Gazetteer::bundled().in_territory(&territory) {
                option value=(c.label()) {}
            }
        }
    }
}

/// How many organizations the service form offers to pick from.
const ORGANIZATIONS_OFFERED: usize = 1000;

/// The organizations a service of this account may belong to (id, name):
/// those of its territory, by name.
fn organizations(
    state: &PortalState,
    console: &Console,
    kind: RecordKind,
) -> Vec<(String, String)> {
    if kind != RecordKind::Service {
        return Vec::new();
    }
    let territory = console.account.grant().territory();
    let Ok(data) = state.store().catalog() else {
        return Vec::new();
    };
    let mut out: Vec<(String, String)> = data
        .organizations
        .into_iter()
        .filter(|o| territory.is_none() || allows(territory.as_ref(), &organization_codes(o)))
        .map(|o| (o.id, o.name))
        .collect();
    out.sort_by_cached_key(|(_, name)| folded(name));
    out.truncate(ORGANIZATIONS_OFFERED);
    out
}

/// What the edit form carries besides the record: the version it started
/// from (saving checks it is still the record's, so no other editor's
/// change is overwritten unseen), and a notice above it.
#[derive(Default)]
struct FormState<'a> {
    version: Option<&'a str>,
    /// The record as the editor started from it (its form JSON): what
    /// they changed is told apart from what others changed meanwhile.
    original: Option<&'a str>,
    notice: Option<Markup>,
}

#[allow(clippy::too_many_arguments)]
fn edit_form(
    console: &Console,
    kind: RecordKind,
    action: &str,
    v: &Value,
    posted: Option<&Posted>,
    errors: &Errors,
    orgs: &[(String, String)],
    state: FormState<'_>,
) -> Markup {
    let t = console.lang;
    html! {
        @if let Some(n) = state.notice { (n) }
        @if !errors.is_empty() {
            div.notice role="alert" {
                p { (t.with("form-errors", &[("count", errors.len().to_string())])) }
                @if let Some(e) = errors.get("") { p { (error_text(t, e)) } }
            }
        }
        form method="post" action=(action) novalidate {
            (console.csrf_field())
            @if let Some(version) = state.version {
                input type="hidden" name="version" value=(version);
            }
            @if let Some(original) = state.original {
                input type="hidden" name="original" value=(original);
            }
            @if action.split('?').next().is_some_and(|a| a.ends_with("/new")) {
                input type="hidden" name="new_id" value=(v["id"].as_str().unwrap_or(""));
            }
            @for f in form::fields(kind) {
                @let association_field = f.key.starts_with("association.");
                @if !association_field || form::get(v, &["association"]).is_some_and(|a| !a.is_null()) {
                    div.field {
                        (input(t, f, v, posted, errors))
                        @if f.translated { (translations(t, f, v, posted, errors)) }
                    }
                }
            }
            (comuni_list(console))
            @if !orgs.is_empty() {
                datalist #organizations {
                    @for (id, name) in orgs { option value=(id) { (name) } }
                }
            }
            p.actions {
                button type="submit" name="save" value="1" { (t.get("form-save")) }
                " "
                button.secondary type="submit" name="preview" value="1" { (t.get("form-preview")) }
            }
        }
    }
}

pub(crate) async fn edit(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath((kind, id)): UrlPath<(String, String)>,
) -> Response {
    let console = match Console::open(&state, &headers) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let r = match console.load(&state, &kind, &id) {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    let t = console.lang;
    let v = form::to_json(&r);
    let url = record_url(r.kind(), r.id());
    let main = html! {
        p { a href=(url) { (t.get("records-back-record")) } }
        h1 { (t.with("records-editing", &[("name", title_of(&r).to_string())])) }
        (edit_form(&console, r.kind(), &format!("{url}/edit"), &v, None, &Errors::new(), &organizations(&state, &console, r.kind()), FormState { version: Some(&crate::store::version(&r)), original: Some(&v.to_string()), notice: None }))
    };
    console.page(title_of(&r), main).into_response()
}

/// Saves a posted form over `base` when it is whole and inside the
/// editor's territory, else the form again with every error beside its
/// field and everything typed kept.
/// How a whole, checked record is written.
enum Commit<'a> {
    /// As an editor's change.
    Edit,
    /// As what a moderator made of a submission: accepting it applies the
    /// record (`moderation::decide`, with its checks) and the sender's
    /// app reads "accepted".
    Accepting(&'a str),
}

#[allow(clippy::too_many_arguments)]
fn save(
    state: &PortalState,
    console: &Console,
    kind: RecordKind,
    base: &Value,
    posted: &Posted,
    action: &str,
    heading: String,
    commit: Commit<'_>,
) -> Response {
    let t = console.lang;
    let (mut candidate, mut errors) = form::read(kind, base, posted);
    candidate["updated_at"] = Value::from(super::now_rfc3339());
    let record = form::check(kind, base, candidate.clone(), &mut errors);
    // The version the editor started from travels with every round of the
    // form (preview, errors) until the save checks it.
    let started_from = Some(posted.one("version")).filter(|v| !v.is_empty());
    let original = Some(posted.one("original")).filter(|v| !v.is_empty());
    let again_with = |errors: &Errors, status: StatusCode, form: FormState<'_>| {
        let main = html! {
            h1 { (heading) }
            (edit_form(console, kind, action, &candidate, Some(posted), errors, &organizations(state, console, kind), form))
        };
        (status, console.page(&heading, main)).into_response()
    };
    let again = |errors: &Errors, status: StatusCode| {
        again_with(
            errors,
            status,
            FormState {
                version: started_from,
                original,
                notice: None,
            },
        )
    };
    let Some(record) = record.filter(|_| !posted.has("preview")) else {
        let status = if errors.is_empty() {
            StatusCode::OK
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        };
        return again(&errors, status);
    };
    // The new version must lie in the territory too: no moving a record
    // out of reach, nor into another territory.
    if let Err(resp) = console.may_touch(&record) {
        return resp;
    }
    if let Record::Service(s) = &record {
        // Read first: the form shown again reads the store too.
        let organization = state.store().organization(&s.organization_id);
        match organization {
            Ok(Some(_)) => {}
            Ok(None) => {
                errors.insert(
                    "organization_id".into(),
                    FieldError::MessageWith("form-unknown-organization", s.organization_id.clone()),
                );
                return again(&errors, StatusCode::UNPROCESSABLE_ENTITY);
            }
            Err(e) => return server_error(t, &e),
        }
    }
    let mut data = catalog::CatalogData::default();
    let (kind, id) = (record.kind(), record.id().to_string());
    data.push(record);
    let uuid = match commit {
        Commit::Edit => {
            let base: crate::store::Versions = started_from
                .map(|v| (kind.key(&id), Some(v.to_string())))
                .into_iter()
                .collect();
            let saved = crate::history::save_from(
                state.store().as_mut(),
                &console.account.email,
                &data,
                &base,
            );
            return match saved {
                Ok(_) => redirect(&format!("{}?saved=1", record_url(kind, &id))),
                Err(crate::store::StoreError::Conflict { .. }) => {
                    // Someone else saved first: their change is shown, and
                    // the form holds their version with this editor's own
                    // changes on top; saving it is a deliberate choice.
                    let (current, theirs) = {
                        let store = state.store();
                        (
                            store.record(kind, &id).ok().flatten(),
                            store.history(kind, &id, 1).unwrap_or_default(),
                        )
                    };
                    let version = current.as_ref().map(crate::store::version);
                    let merged = current.as_ref().and_then(|c| {
                        let orig = serde_json::from_str(original?).ok()?;
                        Some(merge(kind, &orig, &form::to_json(c), posted))
                    });
                    let notice = |both: &[String]| {
                        html! {
                            div.notice role="alert" {
                                p { (t.get(if current.is_some() { "records-conflict" } else { "records-conflict-gone" })) }
                                @if !both.is_empty() {
                                    p { (t.with("records-conflict-both", &[("fields", both.iter().map(|f| field_label_or_key(t, f)).collect::<Vec<_>>().join(", "))])) }
                                }
                                (history_list(t, &theirs))
                            }
                        }
                    };
                    match merged {
                        Some(Merged { form: v, both }) => {
                            let original = v.to_string();
                            let main = html! {
                                h1 { (heading) }
                                (edit_form(console, kind, action, &v, None, &errors, &organizations(state, console, kind), FormState {
                                    version: version.as_deref(),
                                    original: Some(&original),
                                    notice: Some(notice(&both)),
                                }))
                            };
                            (StatusCode::CONFLICT, console.page(&heading, main)).into_response()
                        }
                        // Gone, or a form that did not say where it
                        // started: what was typed, as typed.
                        None => again_with(
                            &errors,
                            StatusCode::CONFLICT,
                            FormState {
                                version: version.as_deref(),
                                original,
                                notice: Some(notice(&[])),
                            },
                        ),
                    }
                }
                Err(crate::store::StoreError::Catalog(e)) => {
                    errors.insert(String::new(), FieldError::Catalog(e.to_string()));
                    again(&errors, StatusCode::UNPROCESSABLE_ENTITY)
                }
                // The organization was removed since the check above (on
                // another instance): the store's key refused the service.
                Err(crate::store::StoreError::Refused(_)) => {
                    let organization = match &data.services[..] {
                        [s] => s.organization_id.clone(),
                        _ => String::new(),
                    };
                    errors.insert(
                        "organization_id".into(),
                        FieldError::MessageWith("form-unknown-organization", organization),
                    );
                    again(&errors, StatusCode::UNPROCESSABLE_ENTITY)
                }
                Err(e) => server_error(t, &e),
            };
        }
        Commit::Accepting(uuid) => uuid,
    };
    let decided = crate::moderation::decide(
        state.store().as_mut(),
        &console.account.grant(),
        uuid,
        crate::moderation::Decide {
            status: crate::store::SubmissionStatus::Accepted,
            reason: None,
            records: Some(data),
        },
        &super::now_rfc3339(),
    );
    use crate::moderation::ActionError;
    match decided {
        Ok(()) => redirect("/console/moderation"),
        Err(ActionError::Invalid(e)) => {
            errors.insert(String::new(), FieldError::Catalog(e));
            again(&errors, StatusCode::UNPROCESSABLE_ENTITY)
        }
        Err(ActionError::Outside(_)) => console.refuse(StatusCode::FORBIDDEN, "error-outside"),
        Err(ActionError::Role(_)) => console.refuse(StatusCode::FORBIDDEN, "error-role"),
        Err(ActionError::NotFound) => console.refuse(StatusCode::NOT_FOUND, "error-not-found"),
        Err(ActionError::AlreadyDecided) => console.refuse(StatusCode::CONFLICT, "queue-decided"),
        Err(ActionError::Changed(_)) => console.refuse(StatusCode::CONFLICT, "queue-changed"),
        Err(ActionError::Store(e)) => server_error(t, &e),
    }
}

/// The edit form after a conflict: the record as it is now, with the
/// fields this editor changed (from the record as they opened it) set to
/// what they typed; `both` names the fields the other editor changed too.
struct Merged {
    form: Value,
    both: Vec<String>,
}

fn merge(kind: RecordKind, original: &Value, current: &Value, posted: &Posted) -> Merged {
    let (mine, _) = form::read(kind, original, posted);
    let field = |v: &Value, k: &str| v.get(k).cloned();
    let mut form = current.clone();
    let mut both = Vec::new();
    if let (Some(mine_fields), Some(target)) = (mine.as_object(), form.as_object_mut()) {
        for (k, value) in mine_fields {
            if k == "updated_at" || field(original, k).as_ref() == Some(value) {
                continue;
            }
            let theirs_changed = field(current, k) != field(original, k);
            if theirs_changed && field(current, k).as_ref() != Some(value) {
                both.push(k.clone());
            }
            target.insert(k.clone(), value.clone());
        }
    }
    Merged { form, both }
}

/// A new service as a person reported it from the app (`new_service`):
/// the blank record with what the report says, for a moderator to
/// complete (the organization, the area's details) before accepting.
fn from_report(base: &mut Value, payload: &Value) {
    let text = |k: &str| payload.get(k).and_then(Value::as_str).unwrap_or("").trim();
    base["name"] = Value::from(text("name"));
    base["area"] = Value::from(text("area"));
    base["description"] = Value::from(text("message"));
    if !text("website").is_empty() {
        base["url"] = Value::from(text("website"));
    }
    if !text("phone").is_empty() {
        base["phones"] = serde_json::json!([{
            "id": format!("{}-phone-0", base["id"].as_str().unwrap_or("")),
            "number": text("phone"),
            "description": null,
        }]);
    }
    if let Some(c) = catalog::Gazetteer::bundled().by_istat(text("comune_istat")) {
        let address = (!text("address").is_empty()).then(|| {
            serde_json::json!({"address_1": text("address"), "city": c.name,
                "postal_code": null, "state_province": c.province_abbr, "country": "IT"})
        });
        base["locations"] = serde_json::json!([{
            "id": format!("{}-place-0", base["id"].as_str().unwrap_or("")),
            "name": null, "latitude": c.latitude, "longitude": c.longitude,
            "comune_istat": c.istat, "address": address,
            "precision": catalog::provenance::Precision::Comune.as_str(),
        }]);
    }
}

/// The waiting `new_service` report a create form starts from, when the
/// account may decide it.
#[allow(clippy::result_large_err)]
fn report(
    state: &PortalState,
    console: &Console,
    uuid: &str,
) -> Result<crate::store::Submission, Response> {
    console.need(Role::Moderator)?;
    let sub = match state.store().submission(uuid) {
        Ok(Some(s)) => s,
        Ok(None) => return Err(console.refuse(StatusCode::NOT_FOUND, "error-not-found")),
        Err(e) => return Err(server_error(console.lang, &e)),
    };
    if sub.kind != crate::store::SubmissionKind::NewService {
        return Err(console.refuse(StatusCode::NOT_FOUND, "error-not-found"));
    }
    if sub.status != crate::store::SubmissionStatus::Pending {
        return Err(console.refuse(StatusCode::CONFLICT, "queue-decided"));
    }
    let codes = crate::moderation::submission_codes(state.store().as_ref(), &sub)
        .map_err(|_| console.refuse(StatusCode::FORBIDDEN, "error-outside"))?;
    if !allows(console.account.grant().territory().as_ref(), &codes) {
        return Err(console.refuse(StatusCode::FORBIDDEN, "error-outside"));
    }
    Ok(sub)
}

pub(crate) async fn update(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath((kind, id)): UrlPath<(String, String)>,
    body: Bytes,
) -> Response {
    let (console, _) = match Console::post(&state, &headers, &body, Role::Editor) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let r = match console.load(&state, &kind, &id) {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    let base = form::to_json(&r);
    let url = record_url(r.kind(), r.id());
    let heading = console
        .lang
        .with("records-editing", &[("name", title_of(&r).to_string())]);
    save(
        &state,
        &console,
        r.kind(),
        &base,
        &Posted::parse(&body),
        &format!("{url}/edit"),
        heading,
        Commit::Edit,
    )
}

fn new_id(kind: RecordKind) -> String {
    format!(
        "portal-{}-{}",
        kind.as_str().replace('_', "-"),
        uuid::Uuid::new_v4()
    )
}

#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct NewQuery {
    /// A waiting `new_service` report to start from.
    #[serde(default)]
    from: Option<String>,
}

pub(crate) async fn new_form(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(kind): UrlPath<String>,
    Query(q): Query<NewQuery>,
) -> Response {
    let console = match Console::open(&state, &headers) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let Some(kind) = RecordKind::from_name(&kind) else {
        return console.refuse(StatusCode::NOT_FOUND, "error-not-found");
    };
    if let Err(r) = console.keeps(kind) {
        return r;
    }
    let t = console.lang;
    let mut v = form::blank(kind, &new_id(kind), &super::now_rfc3339());
    let mut action = format!("/console/records/{}/new", kind.as_str());
    if let Some(uuid) = q.from.as_deref().filter(|_| kind == RecordKind::Service) {
        let sub = match report(&state, &console, uuid) {
            Ok(s) => s,
            Err(r) => return r,
        };
        from_report(&mut v, &sub.payload);
        action = format!("{action}?from={}", urlencode(uuid));
    }
    let heading = t.with("records-creating", &[("kind", kind_label(t, kind))]);
    let main = html! {
        h1 { (heading) }
        @if q.from.is_some() { p.notice { (t.get("records-from-report")) } }
        (edit_form(&console, kind, &action, &v, None, &Errors::new(), &organizations(&state, &console, kind), FormState::default()))
    };
    console.page(&heading, main).into_response()
}

pub(crate) async fn create(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(kind): UrlPath<String>,
    Query(q): Query<NewQuery>,
    body: Bytes,
) -> Response {
    let (console, fields) = match Console::post(&state, &headers, &body, Role::Editor) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let Some(kind) = RecordKind::from_name(&kind) else {
        return console.refuse(StatusCode::NOT_FOUND, "error-not-found");
    };
    if let Err(r) = console.keeps(kind) {
        return r;
    }
    let t = console.lang;
    // The id travels with the form, so a preview and then a save make one
    // record; one that exists already is refused rather than overwritten.
    let id = fields
        .get("new_id")
        .filter(|i| i.starts_with("portal-") && i.len() < 100)
        .cloned()
        .unwrap_or_else(|| new_id(kind));
    match state.store().record(kind, &id) {
        Ok(None) => {}
        Ok(Some(_)) => return console.refuse(StatusCode::CONFLICT, "error-exists"),
        Err(e) => return server_error(t, &e),
    }
    let base = form::blank(kind, &id, &super::now_rfc3339());
    let heading = t.with("records-creating", &[("kind", kind_label(t, kind))]);
    let mut action = format!("/console/records/{}/new", kind.as_str());
    let commit = match q.from.as_deref().filter(|_| kind == RecordKind::Service) {
        Some(uuid) => {
            if let Err(r) = report(&state, &console, uuid) {
                return r;
            }
            action = format!("{action}?from={}", urlencode(uuid));
            Commit::Accepting(uuid)
        }
        None => Commit::Edit,
    };
    save(
        &state,
        &console,
        kind,
        &base,
        &Posted::parse(&body),
        &action,
        heading,
        commit,
    )
}

/// Changes one service from a button (no form fields): the session, its
/// CSRF token, the kind and the territory are checked first.
fn change_service(
    state: &PortalState,
    headers: &HeaderMap,
    (kind, id): (String, String),
    body: &[u8],
    change: impl Fn(&mut catalog::Service),
) -> Response {
    let (console, fields) = match Console::post(state, headers, body, Role::Editor) {
        Ok(c) => c,
        Err(r) => return r,
    };
    // Back where the button was: the to-do list, or the record's page.
    let url = match fields.get("back").map(String::as_str) {
        Some("todo") => "/console/".to_string(),
        _ => record_url(RecordKind::Service, &id),
    };
    // The button's one change goes on top of the record as it is: when
    // someone else saves in between, it is read again and made again,
    // never written over their change.
    for _ in 0..3 {
        let r = match console.load(state, &kind, &id) {
            Ok(r) => r,
            Err(resp) => return resp,
        };
        let base: crate::store::Versions =
            [(r.kind().key(r.id()), Some(crate::store::version(&r)))].into();
        let Record::Service(mut s) = r else {
            return console.refuse(StatusCode::NOT_FOUND, "error-not-found");
        };
        change(&mut s);
        s.updated_at = super::now_rfc3339();
        let data = catalog::CatalogData {
            services: vec![*s],
            ..Default::default()
        };
        let saved =
            crate::history::save_from(state.store().as_mut(), &console.account.email, &data, &base);
        match saved {
            Ok(_) => return redirect(&url),
            Err(crate::store::StoreError::Conflict { .. }) => continue,
            Err(e) => return server_error(console.lang, &e),
        }
    }
    console.refuse(StatusCode::CONFLICT, "records-busy")
}

/// "Still valid": the service's `assured_date` becomes today (it goes out
/// in the next publication).
pub(crate) async fn confirm(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(at): UrlPath<(String, String)>,
    body: Bytes,
) -> Response {
    change_service(&state, &headers, at, &body, |s| {
        s.assured_date = Some(chrono::Utc::now().format("%Y-%m-%d").to_string());
    })
}

/// A service closes (HSDS status `inactive`) rather than disappearing:
/// devices show it as closed and its history stays.
pub(crate) async fn deactivate(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(at): UrlPath<(String, String)>,
    body: Bytes,
) -> Response {
    change_service(&state, &headers, at, &body, |s| {
        s.status = catalog::ServiceStatus::Inactive;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_keeper_and_every_field_a_label() {
        for kind in RecordKind::ALL {
            let _ = keeper(kind);
            for t in ConsoleLang::ALL {
                assert!(!kind_label(t, kind).starts_with("rk-"), "{kind:?}");
                for f in form::fields(kind) {
                    assert!(!field_label(t, f.key).starts_with("f-"), "{}", f.key);
                }
            }
        }
    }

    #[test]
    fn the_preview_shows_a_week() {
        let m = hours_preview(ConsoleLang::En, "Mo-Fr 09:00-13:00").into_string();
        assert_eq!(m.matches("<tr>").count(), 7, "{m}");
        assert!(m.contains("09:00–13:00"));
        assert!(
            hours_preview(ConsoleLang::En, "quando capita")
                .into_string()
                .is_empty()
        );
    }
}
