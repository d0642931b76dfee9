//! Bulk import: an HSDS 3.0 file (one JSON document, or the CSV files of a
//! Tabular Data Package with its `datapackage.json`) is uploaded, checked
//! in a dry run that lists every bad row with its field and reason and the
//! services that still need one of the portal's areas (chosen here, for
//! the whole file or one by one), and imported only when every row is
//! valid: all of it or nothing (`catalog::hsds`, then `history::save`).
//!
//! The uploaded files wait in this process's memory between the dry run
//! and the import, for their session only, 30 minutes at most: with
//! several portal instances behind a balancer, the console's `/console/`
//! needs sticky sessions for the import (or a re-upload).

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{Multipart, Path as UrlPath, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use catalog::Record;
use catalog::hsds::{DryRun, ImportOptions, Package};
use maud::{Markup, html};

use super::records::kind_label;
use super::{Console, ConsoleLang, redirect, server_error};
use crate::accounts::AuditAction;
use crate::server::PortalState;
use crate::store::Role;
use crate::territory::{allows, organization_codes, service_codes};

/// The largest upload taken (all its files together).
pub const MAX_UPLOAD_BYTES: usize = 50 * 1024 * 1024;
/// How long an upload waits for its import.
const KEPT_FOR: Duration = Duration::from_secs(30 * 60);
/// Uploads kept per session (the oldest goes first).
const PER_SESSION: usize = 3;

/// An uploaded file set, waiting for its import.
struct Upload {
    session: String,
    at: Instant,
    /// File name → bytes.
    files: Package,
}

static UPLOADS: LazyLock<Mutex<HashMap<String, Upload>>> = LazyLock::new(Default::default);

fn uploads() -> std::sync::MutexGuard<'static, HashMap<String, Upload>> {
    let mut map = UPLOADS.lock().unwrap_or_else(|e| e.into_inner());
    map.retain(|_, u| u.at.elapsed() < KEPT_FOR);
    map
}

/// The files of upload `token`, when it belongs to this session.
fn files_of(console: &Console, token: &str) -> Option<Package> {
    uploads()
        .get(token)
        .filter(|u| u.session == console.session.id_sha256)
        .map(|u| u.files.clone())
}

/// One JSON document, or a package of CSV files.
fn is_json(files: &Package) -> Option<(&String, &Vec<u8>)> {
    match files.iter().collect::<Vec<_>>().as_slice() {
        [(name, bytes)]
            if name.to_lowercase().ends_with(".json") && *name != "datapackage.json" =>
        {
            Some((*name, *bytes))
        }
        _ => None,
    }
}

/// The editor's choices: an area for every service without one, areas
/// service by service.
#[derive(Debug, Default, Clone)]
struct Choices {
    default_area: Option<String>,
    by_service: BTreeMap<String, String>,
}

impl Choices {
    fn from_fields(fields: &HashMap<String, String>) -> Choices {
        let area = |v: &String| Some(v.trim().to_string()).filter(|v| !v.is_empty());
        Choices {
            default_area: fields.get("default_area").and_then(area),
            by_service: fields
                .iter()
                .filter_map(|(k, v)| Some((k.strip_prefix("area.")?.to_string(), area(v)?)))
                .collect(),
        }
    }

    fn options(&self) -> ImportOptions {
        ImportOptions {
            default_area: self.default_area.clone(),
            area_by_service: self.by_service.clone(),
            // Records the file gives no date of change for are dated by
            // this import.
            default_updated_at: Some(super::now_rfc3339()),
            ..ImportOptions::default()
        }
    }
}

/// A problem of the whole upload, or of one record, in the editor's words.
struct Refused {
    at: String,
    record: String,
    field: String,
    reason: String,
}

/// The records of the file this account may not write: outside its
/// territory, or of a kind the national office keeps.
fn outside(console: &Console, data: &catalog::CatalogData) -> Vec<Refused> {
    let t = console.lang;
    let territory = console.account.grant().territory();
    let mut out = Vec::new();
    for r in data.records() {
        let record = r.to_owned();
        let refused = match &record {
            Record::Service(s) => {
                (!allows(territory.as_ref(), &service_codes(s))).then(|| t.get("error-outside"))
            }
            Record::Organization(o) => (territory.is_some()
                && !allows(territory.as_ref(), &organization_codes(o)))
            .then(|| t.get("error-outside")),
            Record::NewsItem(_) | Record::ReportSummary(_) => {
                (console.account.role < Role::Admin).then(|| t.get("import-admin-kind"))
            }
            Record::LearningResource(_) | Record::CulturalExperience(_) => {
                territory.is_some().then(|| t.get("error-national"))
            }
        };
        if let Some(reason) = refused {
            out.push(Refused {
                at: String::new(),
                record: format!("{} {}", r.kind().as_str(), r.id()),
                field: String::new(),
                reason,
            });
        }
    }
    out
}

/// The dry run of an upload with the editor's choices.
fn check(files: &Package, choices: &Choices) -> Result<DryRun, catalog::hsds::HsdsError> {
    let opts = choices.options();
    match is_json(files) {
        Some((name, bytes)) => catalog::hsds::dry_run_json(name, bytes, &opts),
        None => catalog::hsds::dry_run_package(files, &opts),
    }
}

/// The import of an upload with `opts`: one JSON document, or a package.
fn read(
    files: &Package,
    opts: &ImportOptions,
) -> Result<catalog::hsds::Imported, catalog::hsds::HsdsError> {
    match is_json(files) {
        Some((name, bytes)) => catalog::hsds::import_json(name, bytes, opts),
        None => catalog::hsds::import_package(files, opts),
    }
}

fn upload_form(console: &Console) -> Markup {
    let t = console.lang;
    html! {
        form method="post" action="/console/import" enctype="multipart/form-data" {
            (console.csrf_field())
            label for="files" { (t.get("import-files")) }
            p.hint id="files-hint" { (t.get("import-files-hint")) }
            input #files type="file" name="files" multiple accept=".json,.csv" required aria-describedby="files-hint";
            p { button type="submit" { (t.get("import-check")) } }
        }
    }
}

fn area_select(t: ConsoleLang, name: &str, id: &str, chosen: Option<&str>, label: &str) -> Markup {
    let lang = t.catalog_lang();
    html! {
        label for=(id) { (label) }
        select id=(id) name=(name) {
            option value="" { (t.get("form-choose")) }
            @for a in catalog::taxonomy::Taxonomy::bundled().terms("area") {
                option value=(a.id) selected[chosen == Some(a.id.as_str())] { (a.name(lang)) }
            }
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn report(
    console: &Console,
    token: &str,
    files: &Package,
    choices: &Choices,
    run: &DryRun,
    refused: &[Refused],
    notice: Option<Markup>,
) -> Markup {
    let t = console.lang;
    let total: usize = run.records.values().sum();
    let importable = run.importable() && refused.is_empty();
    let bad = run.bad_rows.len() + refused.len();
    html! {
        h1 { (t.get("import-title")) }
        @if let Some(n) = notice { (n) }
        p { (t.with("import-of", &[("files", files.keys().cloned().collect::<Vec<_>>().join(", "))])) }
        table {
            thead { tr { th scope="col" { (t.get("records-kind")) } th scope="col" { (t.get("import-count")) } } }
            tbody {
                @for (kind, n) in &run.records {
                    tr { th scope="row" { (kind_label(t, *kind)) } td { (n) } }
                }
            }
        }
        @if bad > 0 {
            section aria-labelledby="bad" {
                h2 #bad role="alert" { (t.with("import-bad", &[("count", bad.to_string())])) }
                table {
                    thead { tr {
                        th scope="col" { (t.get("import-where")) }
                        th scope="col" { (t.get("col-record")) }
                        th scope="col" { (t.get("history-field")) }
                        th scope="col" { (t.get("import-reason")) }
                    } }
                    tbody {
                        @for r in &run.bad_rows {
                            tr.bad-row {
                                td { (r.at) }
                                td { (r.entity) " " (r.id.as_deref().unwrap_or("")) }
                                td { (r.field.as_deref().unwrap_or("—")) }
                                td { (r.reason) }
                            }
                        }
                        @for r in refused {
                            tr.bad-row { td { (r.at) } td { (r.record) } td { (r.field) } td { (r.reason) } }
                        }
                    }
                }
            }
        }
        form method="post" action={ "/console/import/" (token) } {
            (console.csrf_field())
            @if !run.needs_area.is_empty() || choices.default_area.is_some() || !choices.by_service.is_empty() {
                section aria-labelledby="areas" {
                    h2 #areas { (t.with("import-needs-area", &[("count", run.needs_area.len().to_string())])) }
                    p { (t.get("import-needs-area-why")) }
                    (area_select(t, "default_area", "default-area", choices.default_area.as_deref(), &t.get("import-area-all")))
                    @for (i, s) in run.needs_area.iter().enumerate() {
                        @let id = format!("area-{i}");
                        @let label = format!("{} ({})", s.name, s.at);
                        (area_select(t, &format!("area.{}", s.id), &id, choices.by_service.get(&s.id).map(String::as_str), &label))
                        @if !s.terms.is_empty() {
                            p.hint { (t.get("import-their-terms")) " " (s.terms.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")) }
                        }
                    }
                    @for (service, area) in &choices.by_service {
                        @if !run.needs_area.iter().any(|s| &s.id == service) {
                            input type="hidden" name={ "area." (service) } value=(area);
                        }
                    }
                }
            }
            @if !run.warnings.is_empty() {
                details {
                    summary { (t.with("import-warnings", &[("count", run.warnings.len().to_string())])) }
                    ul { @for w in &run.warnings { li { (w) } } }
                }
            }
            p.actions {
                button.secondary type="submit" name="action" value="check" { (t.get("import-check-again")) }
                " "
                @if importable {
                    button type="submit" name="action" value="import" {
                        (t.with("import-now", &[("count", total.to_string())]))
                    }
                } @else {
                    span { (t.get("import-not-yet")) }
                }
            }
        }
        h2 { (t.get("import-another")) }
        (upload_form(console))
    }
}

#[derive(Debug, Default, serde::Deserialize)]
pub(crate) struct DoneQuery {
    #[serde(default)]
    done: Option<usize>,
}

pub(crate) async fn screen(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    Query(q): Query<DoneQuery>,
) -> Response {
    let console = match Console::get(&state, &headers, Role::Editor) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let main = html! {
        h1 { (t.get("import-title")) }
        @if let Some(n) = q.done {
            p.notice role="status" { (t.with("import-done", &[("count", n.to_string())])) }
        }
        p { (t.get("import-intro")) }
        (upload_form(&console))
    };
    console.page(&t.get("import-title"), main).into_response()
}

/// Takes the upload (multipart: the CSRF token, then the files), keeps it
/// for this session and shows its dry run.
pub(crate) async fn upload(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    mut multipart: Multipart,
) -> Response {
    let console = match Console::open(&state, &headers) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let mut csrf = HashMap::new();
    let mut files = Package::new();
    let mut size = 0usize;
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(_) => return console.refuse(StatusCode::BAD_REQUEST, "import-unreadable"),
        };
        let name = field.name().unwrap_or("").to_string();
        let file_name = field.file_name().map(str::to_string);
        let Ok(bytes) = field.bytes().await else {
            return console.refuse(StatusCode::PAYLOAD_TOO_LARGE, "import-too-large");
        };
        size += bytes.len();
        if size > MAX_UPLOAD_BYTES {
            return console.refuse(StatusCode::PAYLOAD_TOO_LARGE, "import-too-large");
        }
        match (name.as_str(), file_name) {
            ("csrf", _) => {
                csrf.insert(
                    "csrf".to_string(),
                    String::from_utf8_lossy(&bytes).into_owned(),
                );
            }
            ("files", Some(f)) if !bytes.is_empty() => {
                // Only the file's own name: never a path from the client.
                let base = f.rsplit(['/', '\\']).next().unwrap_or("").to_string();
                files.insert(base, bytes.to_vec());
            }
            _ => {}
        }
    }
    // Nothing is kept before the form is known to be this session's.
    if let Err(r) = console.check_csrf(&csrf) {
        return r;
    }
    if let Err(r) = console.need(Role::Editor) {
        return r;
    }
    if files.is_empty() {
        return console.refuse(StatusCode::UNPROCESSABLE_ENTITY, "import-no-file");
    }
    let token = super::secret();
    {
        let mut map = uploads();
        let mut mine: Vec<(String, Instant)> = map
            .iter()
            .filter(|(_, u)| u.session == console.session.id_sha256)
            .map(|(k, u)| (k.clone(), u.at))
            .collect();
        mine.sort_by_key(|(_, at)| *at);
        while mine.len() >= PER_SESSION {
            let (k, _) = mine.remove(0);
            map.remove(&k);
        }
        map.insert(
            token.clone(),
            Upload {
                session: console.session.id_sha256.clone(),
                at: Instant::now(),
                files,
            },
        );
    }
    redirect(&format!("/console/import/{token}"))
}

fn shown(
    console: &Console,
    token: &str,
    choices: &Choices,
    notice: Option<Markup>,
    status: StatusCode,
) -> Response {
    let t = console.lang;
    let Some(files) = files_of(console, token) else {
        return console.refuse(StatusCode::NOT_FOUND, "import-gone");
    };
    let run = match check(&files, choices) {
        Ok(run) => run,
        Err(e) => {
            // The file cannot be read at all: said as the library says it.
            let main = html! {
                h1 { (t.get("import-title")) }
                p role="alert" { (t.get("import-unreadable")) }
                p { code { (e.to_string()) } }
                (upload_form(console))
            };
            return (
                StatusCode::UNPROCESSABLE_ENTITY,
                console.page(&t.get("import-title"), main),
            )
                .into_response();
        }
    };
    let refused = imported_data(&files, choices)
        .map(|d| outside(console, &d))
        .unwrap_or_default();
    let main = report(console, token, &files, choices, &run, &refused, notice);
    (status, console.page(&t.get("import-title"), main)).into_response()
}

/// The records the upload maps to with the choices (those of the rows
/// that map, whatever else is wrong).
fn imported_data(files: &Package, choices: &Choices) -> Option<catalog::CatalogData> {
    let mut opts = choices.options();
    // The territory check looks at every record that maps, area or not.
    if opts.default_area.is_none() {
        opts.default_area = Some("work".into());
    }
    read(files, &opts).ok().map(|i| i.data)
}

pub(crate) async fn dry_run(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(token): UrlPath<String>,
) -> Response {
    let console = match Console::get(&state, &headers, Role::Editor) {
        Ok(c) => c,
        Err(r) => return r,
    };
    shown(&console, &token, &Choices::default(), None, StatusCode::OK)
}

/// "Check again" with the areas chosen, or "Import" when all is well.
pub(crate) async fn decide(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(token): UrlPath<String>,
    body: Bytes,
) -> Response {
    let (console, fields) = match Console::post(&state, &headers, &body, Role::Editor) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let choices = Choices::from_fields(&fields);
    if fields.get("action").map(String::as_str) != Some("import") {
        return shown(&console, &token, &choices, None, StatusCode::OK);
    }
    let Some(files) = files_of(&console, &token) else {
        return console.refuse(StatusCode::NOT_FOUND, "import-gone");
    };
    let opts = choices.options();
    let got = read(&files, &opts);
    let refusal = html! { p role="alert" { (t.get("import-refused")) } };
    let data = match got {
        Ok(i) => i.data,
        Err(_) => {
            return shown(
                &console,
                &token,
                &choices,
                Some(refusal),
                StatusCode::UNPROCESSABLE_ENTITY,
            );
        }
    };
    if !outside(&console, &data).is_empty() {
        return shown(
            &console,
            &token,
            &choices,
            Some(refusal),
            StatusCode::FORBIDDEN,
        );
    }
    let n = data.len();
    let saved = crate::history::save(state.store().as_mut(), &console.account.email, &data);
    match saved {
        Ok(_) => {
            uploads().remove(&token);
            console.audit(
                &state,
                AuditAction::Imported,
                format!(
                    "{n} records from {}",
                    files.keys().cloned().collect::<Vec<_>>().join(", ")
                ),
            );
            redirect(&format!("/console/import?done={n}"))
        }
        Err(crate::store::StoreError::Catalog(e)) => {
            let notice = html! { p role="alert" { (t.get("import-refused")) " " (e.to_string()) } };
            shown(
                &console,
                &token,
                &choices,
                Some(notice),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(e) => server_error(t, &e),
    }
}
