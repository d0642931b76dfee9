//! Moderation: what the app's outbox (and the public form) sent, waiting
//! for a moderator of its territory. A new association is shown as an
//! editable form and becomes a record when accepted; a correction or a
//! removal is shown beside the record it is about. Rejecting needs a
//! reason, which the sender's app shows. The decision goes through
//! `crate::moderation::decide`, as the API's does.

use std::collections::HashMap;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use catalog::RecordKind;
use catalog::model::{AssociationProfile, CatalogData, Location, Organization, Phone};
use catalog::provenance::Precision;
use maud::{Markup, html};

use super::{Console, ConsoleLang, RecordView, redirect, server_error};
use crate::moderation::{self, ActionError, Decide};
use crate::server::PortalState;
use crate::store::{Role, SubmissionKind, SubmissionStatus};

/// The form fields of a new association, as the app sends them.
const ASSOCIATION_FIELDS: [(&str, &str); 6] = [
    ("name", "field-name"),
    ("comune_istat", "field-comune"),
    ("email", "field-email"),
    ("phone", "field-phone"),
    ("website", "field-website"),
    ("description", "field-description"),
];

pub(super) fn kind_label(t: ConsoleLang, kind: SubmissionKind) -> String {
    t.get(match kind {
        SubmissionKind::NewAssociation => "kind-new-association",
        SubmissionKind::NewService => "kind-new-service",
        SubmissionKind::Correction => "kind-correction",
        SubmissionKind::RemovalRequest => "kind-removal",
    })
}

fn text<'a>(payload: &'a serde_json::Value, field: &str) -> &'a str {
    payload.get(field).and_then(|v| v.as_str()).unwrap_or("")
}

/// The association a moderator made of a submission's form.
fn association_from(
    uuid: &str,
    fields: &HashMap<String, String>,
    payload: &serde_json::Value,
) -> Result<Organization, &'static str> {
    let field = |f: &str| fields.get(f).map(|v| v.trim()).unwrap_or("");
    let optional = |f: &str| Some(field(f).to_string()).filter(|v| !v.is_empty());
    let name = field("name");
    if name.chars().count() < 2 {
        return Err("queue-need-name");
    }
    let comune = catalog::Gazetteer::bundled()
        .by_istat(field("comune_istat"))
        .ok_or("queue-need-comune")?;
    let id = format!("assoc-{uuid}");
    let activities = payload
        .get("activities")
        .and_then(|v| v.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    Ok(Organization {
        id: id.clone(),
        name: name.to_string(),
        description: optional("description"),
        email: optional("email"),
        website: optional("website"),
        phones: optional("phone")
            .map(|number| {
                vec![Phone {
                    id: format!("{id}-phone"),
                    number,
                    description: None,
                }]
            })
            .unwrap_or_default(),
        // The comune is all the form says of the place: the record says so.
        locations: vec![Location {
            id: format!("{id}-place"),
            name: None,
            latitude: comune.latitude,
            longitude: comune.longitude,
            comune_istat: Some(comune.istat.clone()),
            address: None,
            precision: Precision::Comune,
        }],
        association: Some(AssociationProfile {
            community: Some(text(payload, "community").to_string()).filter(|c| !c.is_empty()),
            activities,
            region_code: Some(comune.region_code.clone()),
            ..AssociationProfile::default()
        }),
        translations: Default::default(),
        sample: false,
        updated_at: super::now_rfc3339(),
        source: None,
    })
}

pub(crate) async fn queue(State(state): State<Arc<PortalState>>, headers: HeaderMap) -> Response {
    let console = match Console::get(&state, &headers, Role::Moderator) {
        Ok(c) => c,
        Err(r) => return r,
    };
    render(&state, &console, None, StatusCode::OK)
}

/// The queue, with `problem` (a submission's uuid and what was wrong with
/// the decision) shown beside that submission.
fn render(
    state: &PortalState,
    console: &Console,
    problem: Option<(&str, String)>,
    status: StatusCode,
) -> Response {
    let t = console.lang;
    let grant = console.account.grant();
    let store = state.store();
    let waiting = match moderation::waiting_for(store.as_ref(), &grant) {
        Ok(w) => w,
        Err(e) => return server_error(t, &e),
    };
    let mut cards = Vec::new();
    for sub in &waiting {
        let current: Option<Markup> = match moderation::target(sub) {
            Some((RecordKind::Service, id)) => store
                .service(id)
                .ok()
                .flatten()
                .map(|s| RecordView::from(&s).fields(t, html! {})),
            Some((RecordKind::Organization, id)) => store
                .organization(id)
                .ok()
                .flatten()
                .map(|o| RecordView::from(&o).fields(t, html! {})),
            _ => None,
        };
        // A record sent whole (an editor's tool may) is shown as it would
        // be applied.
        let proposed: Option<Markup> = moderation::proposed_records(sub)
            .ok()
            .filter(|d| !d.is_empty())
            .map(|d| {
                html! {
                    @for s in &d.services { (RecordView::from(s).fields(t, html! {})) }
                    @for o in &d.organizations { (RecordView::from(o).fields(t, html! {})) }
                }
            });
        cards.push((sub, current, proposed));
    }
    drop(store);
    let main = html! {
        h1 { (t.get("queue-title")) }
        p { (t.with("queue-count", &[("count", waiting.len().to_string()),
                                      ("territory", t.territory(grant.territory.as_deref()))])) }
        @for (sub, current, proposed) in &cards {
            @let p = &sub.payload;
            @let here = problem.as_ref().filter(|(u, _)| *u == sub.uuid);
            article.card id={ "s-" (sub.uuid) } aria-labelledby={ "h-" (sub.uuid) } {
                h2 id={ "h-" (sub.uuid) } {
                    (kind_label(t, sub.kind)) ": "
                    @match sub.kind {
                        SubmissionKind::NewAssociation | SubmissionKind::NewService => { (text(p, "name")) }
                        _ => { (text(p, "record_name")) }
                    }
                }
                p { (t.with("queue-received", &[("date", sub.received_at.clone())])) }
                @if let Some((_, why)) = here { p role="alert" { (why) } }
                @if !text(p, "message").is_empty() {
                    h3 { (t.get("queue-message")) }
                    p { (text(p, "message")) }
                }
                @if let Some(current) = current {
                    h3 { (t.get("queue-current")) }
                    (current)
                }
                @if let Some(proposed) = proposed {
                    h3 { (t.get("queue-record-sent")) }
                    (proposed)
                }
                form method="post" action={ "/console/moderation/" (sub.uuid) } {
                    (console.csrf_field())
                    @if sub.kind == SubmissionKind::NewAssociation && p.get("organization").is_none() {
                        fieldset {
                            legend { (t.get("queue-proposed")) }
                            @for (field, label) in ASSOCIATION_FIELDS {
                                @let id = format!("{field}-{}", sub.uuid);
                                label for=(id) { (t.get(label)) }
                                @if field == "description" {
                                    textarea id=(id) name=(field) rows="3" { (text(p, field)) }
                                } @else {
                                    input id=(id) name=(field) value=(text(p, field));
                                }
                                @if field == "comune_istat" {
                                    p { (t.territory(Some(text(p, field)))) }
                                }
                            }
                        }
                    } @else {
                        @if !text(p, "contact_email").is_empty() {
                            p { (t.get("field-contact")) ": " (text(p, "contact_email")) }
                        }
                    }
                    @if sub.kind == SubmissionKind::NewService && p.get("service").is_none() {
                        // What a person knows of a service is not yet a
                        // record: the moderator completes it, and saving
                        // accepts the report.
                        p { a.button href={ "/console/records/service/new?from=" (sub.uuid) } { (t.get("queue-make-service")) } }
                    } @else {
                        p { button type="submit" name="action" value="accept" { (t.get("queue-accept")) } }
                    }
                    label for={ "reason-" (sub.uuid) } { (t.get("queue-reason")) }
                    textarea id={ "reason-" (sub.uuid) } name="reason" rows="2" maxlength="500" {}
                    p { button.danger type="submit" name="action" value="reject" { (t.get("queue-reject")) } }
                }
            }
        }
        @if cards.is_empty() { p { (t.get("queue-empty")) } }
    };
    (status, console.page(&t.get("queue-title"), main)).into_response()
}

pub(crate) async fn decide(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(uuid): UrlPath<String>,
    body: Bytes,
) -> Response {
    let (console, fields) = match Console::post(&state, &headers, &body, Role::Moderator) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let status = match fields.get("action").map(String::as_str) {
        Some("accept") => SubmissionStatus::Accepted,
        Some("reject") => SubmissionStatus::Rejected,
        _ => return console.refuse(StatusCode::BAD_REQUEST, "queue-no-action"),
    };
    let reason = fields
        .get("reason")
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    if status == SubmissionStatus::Rejected && reason.is_none() {
        return render(
            &state,
            &console,
            Some((&uuid, t.get("queue-need-reason"))),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    if reason.as_ref().is_some_and(|r| r.chars().count() > 500) {
        return render(
            &state,
            &console,
            Some((&uuid, t.get("queue-reason-long"))),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    }
    let sub = match state.store().submission(&uuid) {
        Ok(Some(s)) => s,
        Ok(None) => return console.refuse(StatusCode::NOT_FOUND, "error-not-found"),
        Err(e) => return server_error(t, &e),
    };
    // A new association from the app's form becomes the record the
    // moderator made of it.
    let records = if status == SubmissionStatus::Accepted
        && sub.kind == SubmissionKind::NewAssociation
        && sub.payload.get("organization").is_none()
    {
        match association_from(&sub.uuid, &fields, &sub.payload) {
            Ok(o) => Some(CatalogData {
                organizations: vec![o],
                ..CatalogData::default()
            }),
            Err(key) => {
                return render(
                    &state,
                    &console,
                    Some((&uuid, t.get(key))),
                    StatusCode::UNPROCESSABLE_ENTITY,
                );
            }
        }
    } else {
        None
    };
    let grant = console.account.grant();
    let decided = moderation::decide(
        state.store().as_mut(),
        &grant,
        &uuid,
        Decide {
            status,
            reason: if status == SubmissionStatus::Rejected {
                reason
            } else {
                None
            },
            records,
        },
        &super::now_rfc3339(),
    );
    match decided {
        Ok(()) => redirect("/console/moderation"),
        Err(ActionError::Outside(_)) => console.refuse(StatusCode::FORBIDDEN, "error-outside"),
        Err(ActionError::Role(_)) => console.refuse(StatusCode::FORBIDDEN, "error-role"),
        Err(ActionError::NotFound) => console.refuse(StatusCode::NOT_FOUND, "error-not-found"),
        Err(ActionError::AlreadyDecided) => console.refuse(StatusCode::CONFLICT, "queue-decided"),
        Err(ActionError::Changed(_)) => console.refuse(StatusCode::CONFLICT, "queue-changed"),
        Err(ActionError::Invalid(why)) => render(
            &state,
            &console,
            Some((&uuid, format!("{}: {why}", t.get("queue-invalid")))),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        Err(ActionError::Store(e)) => server_error(t, &e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_becomes_an_association_placed_at_its_comune() {
        let payload = serde_json::json!({"activities": ["culture"], "community": "moroccan"});
        let fields: HashMap<String, String> = [
            ("name", " Associazione Al Amal "),
            ("comune_istat", "058091"),
            ("email", "info@alamal.example"),
            ("phone", ""),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let o = association_from("0b1c", &fields, &payload).unwrap();
        assert_eq!(o.name, "Associazione Al Amal");
        assert_eq!(o.locations[0].precision, Precision::Comune);
        assert_eq!(o.locations[0].comune_istat.as_deref(), Some("058091"));
        assert!(o.phones.is_empty());
        let profile = o.association.unwrap();
        assert_eq!(profile.region_code.as_deref(), Some("12"));
        assert_eq!(profile.community.as_deref(), Some("moroccan"));
        let mut no_place = fields.clone();
        no_place.insert("comune_istat".into(), "999999".into());
        assert_eq!(
            association_from("0b1c", &no_place, &payload).unwrap_err(),
            "queue-need-comune"
        );
    }
}
