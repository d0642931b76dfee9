//! The first screen, "to do": what in my territory needs a person now —
//! records not verified for over a year (with a one-click "still valid"),
//! submissions waiting, records nobody can reach (no phone, e-mail or
//! website, or a malformed one) — what the next publication will carry.

use std::sync::Arc;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use catalog::RecordKind;
use catalog::model::{Organization, Service};
use maud::{Markup, html};

use super::{Console, server_error};
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
    let (data, waiting, pending) = {
        let store = state.store();
        let pending = match crate::publish::pending(
            store.as_ref(),
            &state.cfg.feed_dir,
            &crate::publish::PublishOptions::default(),
            false,
        ) {
            Ok(p) => p,
            Err(e) => return server_error(t, &e),
        };
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
        (data, waiting, pending)
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
        section aria-labelledby="next-publication" {
            h2 #next-publication { (t.get("publish-next")) }
            (super::publishing::summary(t, &pending))
            @if grant.role >= Role::Admin {
                p { a href="/console/publish" { (t.get("publish-open")) } }
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
            input type="hidden" name="back" value="todo";
            button.secondary type="submit" aria-label=(t.with("confirm-label", &[("name", name.to_string())])) {
                (t.get("confirm-button"))
            }
        }
    }
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
