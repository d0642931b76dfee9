//! Accounts (admins): who has access, inviting someone (a one-time link to
//! set a password, shown once), changing a role or territory, disabling an
//! account (its sessions end); and the audit log.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::html;

use super::{Console, redirect, server_error};
use crate::accounts::{AuditAction, INVITE_SECS, normalize_email};
use crate::server::PortalState;
use crate::store::Role;

const ROLES: [Role; 3] = [Role::Editor, Role::Moderator, Role::Admin];

/// A territory as typed: empty for all of Italy, else an ISTAT code of a
/// region, province or comune the gazetteer knows.
fn territory_field(value: &str) -> Result<Option<String>, ()> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    let known = match value.len() {
        2 | 3 | 6 => {
            let gaz = catalog::Gazetteer::bundled();
            gaz.all()
                .iter()
                .any(|c| c.region_code == value || c.province_code == value || c.istat == value)
        }
        _ => false,
    };
    if known {
        Ok(Some(value.to_string()))
    } else {
        Err(())
    }
}

/// Creates an account and its one-time link; the link's path is returned
/// (shown once, only its sha256 is stored).
pub fn invite_account(
    store: &mut dyn crate::Store,
    email: &str,
    role: Role,
    territory: Option<&str>,
    now_secs: i64,
    now: &str,
) -> Result<Option<String>, crate::StoreError> {
    let Some(id) = store.add_account(email, role, territory, now)? else {
        return Ok(None);
    };
    let token = super::secret();
    store.add_invite(&crate::token_sha256(&token), id, now_secs + INVITE_SECS)?;
    Ok(Some(format!("/console/welcome/{token}")))
}

pub(crate) async fn people(State(state): State<Arc<PortalState>>, headers: HeaderMap) -> Response {
    let console = match Console::get(&state, &headers, Role::Admin) {
        Ok(c) => c,
        Err(r) => return r,
    };
    render(&state, &console, None, StatusCode::OK)
}

/// The accounts page, with a message after an action (a new link, or
/// what was wrong).
fn render(
    state: &PortalState,
    console: &Console,
    message: Option<maud::Markup>,
    status: StatusCode,
) -> Response {
    let t = console.lang;
    let accounts = match state.store().accounts() {
        Ok(a) => a,
        Err(e) => return server_error(t, &e),
    };
    let role_select = |name: &str, id: &str, current: Role| {
        html! {
            select name=(name) id=(id) {
                @for r in ROLES {
                    option value=(r.as_str()) selected[r == current] { (t.role(r)) }
                }
            }
        }
    };
    let main = html! {
        h1 { (t.get("people-title")) }
        @if let Some(m) = message { (m) }
        section aria-labelledby="invite" {
            h2 #invite { (t.get("people-invite")) }
            form method="post" action="/console/people" {
                (console.csrf_field())
                label for="new-email" { (t.get("field-email")) }
                input #new-email type="email" name="email" required;
                label for="invite_role" { (t.get("field-role")) }
                (role_select("role", "invite_role", Role::Editor))
                label for="new-territory" { (t.get("field-territory")) }
                input #new-territory name="territory" inputmode="numeric" aria-describedby="territory-help";
                p #territory-help { (t.get("territory-help")) }
                p { button type="submit" { (t.get("people-invite-button")) } }
            }
        }
        section aria-labelledby="accounts" {
            h2 #accounts { (t.get("people-accounts")) }
            @for a in &accounts {
                form.card method="post" action={ "/console/people/" (a.id) } {
                    (console.csrf_field())
                    h3 { (a.email) @if a.disabled { " — " (t.get("people-disabled")) } }
                    label for={ "role-" (a.id) } { (t.get("field-role")) }
                    (role_select("role", &format!("role-{}", a.id), a.role))
                    label for={ "territory-" (a.id) } { (t.get("field-territory")) }
                    input id={ "territory-" (a.id) } name="territory" inputmode="numeric"
                        value=(a.territory.as_deref().unwrap_or(""));
                    p { (t.territory(a.territory.as_deref())) }
                    p {
                        input type="checkbox" name="disabled" value="1" id={ "disabled-" (a.id) }
                            checked[a.disabled];
                        label for={ "disabled-" (a.id) } style="display:inline" { (t.get("people-disable")) }
                    }
                    p { button type="submit" { (t.get("people-save")) } }
                }
            }
        }
    };
    (status, console.page(&t.get("people-title"), main)).into_response()
}

pub(crate) async fn invite(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (console, fields) = match Console::post(&state, &headers, &body, Role::Admin) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let problem = |key: &str| {
        render(
            &state,
            &console,
            Some(html! { p role="alert" { (t.get(key)) } }),
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    };
    let Some(email) = fields.get("email").and_then(|e| normalize_email(e)) else {
        return problem("people-bad-email");
    };
    let Some(role) = fields.get("role").and_then(|r| Role::parse(r)) else {
        return problem("people-bad-role");
    };
    let Ok(territory) = territory_field(fields.get("territory").map_or("", String::as_str)) else {
        return problem("people-bad-territory");
    };
    if role == Role::Admin && territory.is_some() {
        return problem("people-admin-national");
    }
    let link = invite_account(
        state.store().as_mut(),
        &email,
        role,
        territory.as_deref(),
        super::now_secs(),
        &super::now_rfc3339(),
    );
    match link {
        Ok(Some(path)) => {
            console.audit(
                &state,
                AuditAction::AccountCreated,
                format!(
                    "{email} {} {}",
                    role.as_str(),
                    territory.as_deref().unwrap_or("IT")
                ),
            );
            let message = html! {
                div.notice role="status" {
                    p { (t.with("people-link", &[("email", email.clone())])) }
                    p { code { (path) } }
                }
            };
            render(&state, &console, Some(message), StatusCode::CREATED)
        }
        Ok(None) => problem("people-exists"),
        Err(e) => server_error(t, &e),
    }
}

pub(crate) async fn change(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<i64>,
    body: Bytes,
) -> Response {
    let (console, fields) = match Console::post(&state, &headers, &body, Role::Admin) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let Some(role) = fields.get("role").and_then(|r| Role::parse(r)) else {
        return console.refuse(StatusCode::UNPROCESSABLE_ENTITY, "people-bad-role");
    };
    let Ok(territory) = territory_field(fields.get("territory").map_or("", String::as_str)) else {
        return console.refuse(StatusCode::UNPROCESSABLE_ENTITY, "people-bad-territory");
    };
    if role == Role::Admin && territory.is_some() {
        // An admin manages every account: a territory would not bound it.
        return console.refuse(StatusCode::UNPROCESSABLE_ENTITY, "people-admin-national");
    }
    let disabled = fields.get("disabled").is_some_and(|v| v == "1");
    if id == console.account.id && (disabled || role != Role::Admin) {
        // Nobody locks themselves out of the console.
        return console.refuse(StatusCode::UNPROCESSABLE_ENTITY, "people-not-yourself");
    }
    let email = {
        let mut store = state.store();
        let email = match store.account(id) {
            Ok(Some(a)) => a.email,
            Ok(None) => return console.refuse(StatusCode::NOT_FOUND, "error-not-found"),
            Err(e) => return server_error(t, &e),
        };
        let changed = store
            .update_account(id, role, territory.as_deref(), disabled)
            .and_then(|_| {
                if disabled {
                    store.delete_sessions_of(id)
                } else {
                    Ok(())
                }
            });
        if let Err(e) = changed {
            return server_error(t, &e);
        }
        email
    };
    console.audit(
        &state,
        AuditAction::AccountChanged,
        format!(
            "{email} {} {}{}",
            role.as_str(),
            territory.as_deref().unwrap_or("IT"),
            if disabled { " disabled" } else { "" }
        ),
    );
    redirect("/console/people")
}

pub(crate) async fn audit(State(state): State<Arc<PortalState>>, headers: HeaderMap) -> Response {
    let console = match Console::get(&state, &headers, Role::Admin) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let entries = match state.store().audit(500) {
        Ok(e) => e,
        Err(e) => return server_error(t, &e),
    };
    let main = html! {
        h1 { (t.get("audit-title")) }
        table {
            thead { tr {
                th scope="col" { (t.get("col-when")) }
                th scope="col" { (t.get("col-who")) }
                th scope="col" { (t.get("col-what")) }
                th scope="col" { (t.get("col-detail")) }
            } }
            tbody {
                @for e in &entries {
                    tr {
                        td { (e.at) }
                        td { (e.actor) }
                        td { (t.get(&format!("audit-{}", e.action.as_str().replace('_', "-")))) }
                        td { (e.detail) }
                    }
                }
            }
        }
    };
    console.page(&t.get("audit-title"), main).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn territories_are_istat_codes_the_gazetteer_knows() {
        assert_eq!(territory_field(" "), Ok(None));
        assert_eq!(territory_field("12"), Ok(Some("12".into())));
        assert_eq!(territory_field("258"), Ok(Some("258".into())));
        assert_eq!(territory_field("058091"), Ok(Some("058091".into())));
        for bad in ["99", "1", "lazio", "0580911", "<b>"] {
            assert_eq!(territory_field(bad), Err(()), "{bad}");
        }
    }
}
