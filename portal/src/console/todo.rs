//! The first screen, "to do": what in my territory needs a person now —
//! records not verified for over a year (with a one-click "still valid"),
//! submissions waiting, records nobody can reach (no phone, e-mail or
//! website, or a malformed one) — and a record's own page.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use catalog::RecordKind;
use catalog::model::{Organization, Service};
use maud::{Markup, html};

use super::{Console, RecordView, redirect, server_error};
use crate::accounts::AuditAction;
use crate::server::PortalState;
use crate::store::Role;
use crate::territory::{allows, organization_codes, service_codes};

/// A record is due for a check after this many days without one.
pub const STALE_AFTER_DAYS: i64 = 365;
/// How many records each list of the to-do screen shows.
const LIST_LIMIT: usize = 50;

/// Why nobody can reach a record, if nobody can.
fn unreachable(phones: usize, email: Option<&str>, website: Option<&str>) -> Option<&'static str> {
    let email = email.map(str::trim).filter(|e| !e.is_empty());
    let website = website.map(str::trim).filter(|w| !w.is_empty());
    if phones == 0 && email.is_none() && website.is_none() {
        return Some("todo-no-contact");
    }
    if email.is_some_and(|e| crate::accounts::normalize_email(e).is_none()) {
        return Some("todo-bad-email");
    }
    if website.is_some_and(|w| !(w.starts_with("https://") || w.starts_with("http://"))) {
        return Some("todo-bad-website");
    }
    None
}

/// Days since a `YYYY-MM-DD` date (`None`: never verified).
fn days_since(date: Option<&str>, today: chrono::NaiveDate) -> Option<i64> {
    let d = chrono::NaiveDate::parse_from_str(date?, "%Y-%m-%d").ok()?;
    Some((today - d).num_days())
}

pub(crate) async fn todo(State(state): State<Arc<PortalState>>, headers: HeaderMap) -> Response {
    let console = match Console::open(&state, &headers) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let grant = console.account.grant();
    let territory = grant.territory();
    let (data, waiting) = {
        let store = state.store();
        let data = match store.catalog() {
            Ok(d) => d,
            Err(e) => return server_error(t, &e),
        };
        let waiting = if grant.role >= Role::Moderator {
            match crate::moderation::waiting_for(store.as_ref(), &grant) {
                Ok(w) => Some(w.len()),
                Err(e) => return server_error(t, &e),
            }
        } else {
            None
        };
        (data, waiting)
    };
    let today = chrono::Utc::now().date_naive();
    let services: Vec<&Service> = data
        .services
        .iter()
        .filter(|s| allows(territory.as_ref(), &service_codes(s)))
        .collect();
    let associations: Vec<&Organization> = data
        .organizations
        .iter()
        .filter(|o| o.association.is_some() && allows(territory.as_ref(), &organization_codes(o)))
        .collect();
    let mut stale: Vec<(&Service, Option<i64>)> = services
        .iter()
        .map(|s| (*s, days_since(s.assured_date.as_deref(), today)))
        .filter(|(_, days)| days.is_none_or(|d| d > STALE_AFTER_DAYS))
        .collect();
    // Never verified first, then the oldest check.
    stale.sort_by_key(|(s, days)| (std::cmp::Reverse(days.unwrap_or(i64::MAX)), s.id.clone()));
    let mut no_contact: Vec<(RecordKind, &str, &str, &'static str)> = services
        .iter()
        .filter_map(|s| {
            unreachable(s.phones.len(), s.email.as_deref(), s.url.as_deref())
                .map(|why| (RecordKind::Service, s.id.as_str(), s.name.as_str(), why))
        })
        .chain(associations.iter().filter_map(|o| {
            unreachable(o.phones.len(), o.email.as_deref(), o.website.as_deref()).map(|why| {
                (
                    RecordKind::Organization,
                    o.id.as_str(),
                    o.name.as_str(),
                    why,
                )
            })
        }))
        .collect();
    no_contact.sort_by(|a, b| a.1.cmp(b.1));
    let main = html! {
        h1 { (t.get("todo-title")) }
        p { (t.with("todo-scope", &[("territory", t.territory(grant.territory.as_deref())),
                                     ("services", services.len().to_string()),
                                     ("associations", associations.len().to_string())])) }
        @if let Some(n) = waiting {
            section aria-labelledby="waiting" {
                h2 #waiting { (t.get("todo-waiting")) }
                p {
                    (t.with("todo-waiting-count", &[("count", n.to_string())])) " "
                    @if n > 0 { a href="/console/moderation" { (t.get("todo-open-queue")) } }
                }
            }
        }
        section aria-labelledby="stale" {
            h2 #stale { (t.with("todo-stale", &[("count", stale.len().to_string())])) }
            p { (t.get("todo-stale-why")) }
            @if stale.is_empty() {
                p { (t.get("todo-nothing")) }
            } @else {
                table {
                    thead { tr {
                        th scope="col" { (t.get("col-record")) }
                        th scope="col" { (t.get("col-verified")) }
                        th scope="col" { span.visually-hidden { (t.get("col-action")) } }
                    } }
                    tbody {
                        @for (s, days) in stale.iter().take(LIST_LIMIT) {
                            tr {
                                td { a href={ "/console/records/service/" (s.id) } { (s.name) } }
                                td { @match (s.assured_date.as_deref(), days) {
                                    (Some(d), Some(days)) => { (d) " (" (t.with("days-ago", &[("days", days.to_string())])) ")" }
                                    _ => { (t.get("never-verified")) }
                                } }
                                td { (confirm_form(&console, &s.id, &s.name)) }
                            }
                        }
                    }
                }
                @if stale.len() > LIST_LIMIT {
                    p { (t.with("todo-more", &[("count", (stale.len() - LIST_LIMIT).to_string())])) }
                }
            }
        }
        section aria-labelledby="unreachable" {
            h2 #unreachable { (t.with("todo-unreachable", &[("count", no_contact.len().to_string())])) }
            @if no_contact.is_empty() {
                p { (t.get("todo-nothing")) }
            } @else {
                ul {
                    @for (kind, id, name, why) in no_contact.iter().take(LIST_LIMIT) {
                        li {
                            a href={ "/console/records/" (kind.as_str()) "/" (id) } { (name) }
                            " — " (t.get(why))
                        }
                    }
                }
            }
        }
    };
    console.page(&t.get("todo-title"), main).into_response()
}

/// The one-click "still valid" of a record.
fn confirm_form(console: &Console, id: &str, name: &str) -> Markup {
    let t = console.lang;
    html! {
        form method="post" action={ "/console/records/service/" (id) "/confirm" } {
            (console.csrf_field())
            button.secondary type="submit" aria-label=(t.with("confirm-label", &[("name", name.to_string())])) {
                (t.get("confirm-button"))
            }
        }
    }
}

/// The records a console page can show: services and associations (the
/// kinds a territory's people keep).
fn kind_of(name: &str) -> Option<RecordKind> {
    RecordKind::from_name(name)
        .filter(|k| matches!(k, RecordKind::Service | RecordKind::Organization))
}

pub(crate) async fn record(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath((kind, id)): UrlPath<(String, String)>,
) -> Response {
    let console = match Console::open(&state, &headers) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let territory = console.account.grant().territory();
    let Some(kind) = kind_of(&kind) else {
        return console.refuse(StatusCode::NOT_FOUND, "error-not-found");
    };
    let found = {
        let store = state.store();
        match kind {
            RecordKind::Service => store
                .service(&id)
                .map(|s| s.map(|s| Shown::Service(Box::new(s)))),
            _ => store
                .organization(&id)
                .map(|o| o.map(|o| Shown::Organization(Box::new(o)))),
        }
    };
    let shown = match found {
        Ok(Some(s)) => s,
        Ok(None) => return console.refuse(StatusCode::NOT_FOUND, "error-not-found"),
        Err(e) => return server_error(t, &e),
    };
    let codes = match &shown {
        Shown::Service(s) => service_codes(s),
        Shown::Organization(o) => organization_codes(o),
    };
    // Neither seen nor changed outside the territory, whatever URL is typed.
    if !allows(territory.as_ref(), &codes) {
        return console.refuse(StatusCode::FORBIDDEN, "error-outside");
    }
    let main = match &shown {
        Shown::Service(s) => {
            let area = catalog::taxonomy::Taxonomy::bundled()
                .term("area", &s.area)
                .map_or(s.area.as_str(), |term| term.name(t.catalog_lang()));
            html! {
                h1 { (s.name) }
                (RecordView::from(s.as_ref()).fields(t, html! {
                    dt { (t.get("field-area")) } dd { (area) }
                    dt { (t.get("field-description")) } dd { (s.description) }
                    dt { (t.get("col-verified")) } dd { (s.assured_date.as_deref().unwrap_or("—")) }
                }))
                (confirm_form(&console, &s.id, &s.name))
            }
        }
        Shown::Organization(o) => html! {
            h1 { (o.name) }
            (RecordView::from(o.as_ref()).fields(t, html! {
                dt { (t.get("field-description")) } dd { (o.description.as_deref().unwrap_or("—")) }
            }))
        },
    };
    let title = match &shown {
        Shown::Service(s) => s.name.clone(),
        Shown::Organization(o) => o.name.clone(),
    };
    console.page(&title, main).into_response()
}

enum Shown {
    Service(Box<Service>),
    Organization(Box<Organization>),
}

/// "Still valid": the record's `assured_date` becomes today (it goes out
/// in the next publication).
pub(crate) async fn confirm(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath((kind, id)): UrlPath<(String, String)>,
    body: Bytes,
) -> Response {
    let (console, _) = match Console::post(&state, &headers, &body, Role::Editor) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    if kind_of(&kind) != Some(RecordKind::Service) {
        return console.refuse(StatusCode::NOT_FOUND, "error-not-found");
    }
    let territory = console.account.grant().territory();
    {
        let mut store = state.store();
        let mut service = match store.service(&id) {
            Ok(Some(s)) => s,
            Ok(None) => return console.refuse(StatusCode::NOT_FOUND, "error-not-found"),
            Err(e) => return server_error(t, &e),
        };
        if !allows(territory.as_ref(), &service_codes(&service)) {
            return console.refuse(StatusCode::FORBIDDEN, "error-outside");
        }
        let now = chrono::Utc::now();
        service.assured_date = Some(now.format("%Y-%m-%d").to_string());
        service.updated_at = now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        let data = catalog::CatalogData {
            services: vec![service],
            ..catalog::CatalogData::default()
        };
        if let Err(e) = store.put(&data) {
            return server_error(t, &e);
        }
    }
    console.audit(
        &state,
        AuditAction::RecordConfirmed,
        format!("service {id}"),
    );
    redirect("/console/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_nobody_can_reach_is_named_with_the_reason() {
        assert_eq!(unreachable(0, None, Some(" ")), Some("todo-no-contact"));
        assert_eq!(
            unreachable(0, Some("uffici@comune"), None),
            Some("todo-bad-email")
        );
        assert_eq!(
            unreachable(1, None, Some("www.comune.it")),
            Some("todo-bad-website")
        );
        assert_eq!(unreachable(1, None, None), None);
        assert_eq!(unreachable(0, Some("info@comune.roma.it"), None), None);
    }

    #[test]
    fn days_count_from_the_last_check() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(days_since(Some("2025-12-07"), today), Some(365));
        assert_eq!(days_since(None, today), None);
        assert_eq!(days_since(Some("ieri"), today), None);
    }
}
