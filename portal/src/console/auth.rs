//! Logging in and out, and setting a password from a one-time link.
//!
//! The login form is guarded by a cookie of its own holding a random token
//! that the form repeats (a page of another site can neither read nor send
//! it). Logins are limited per address ([`crate::server`]'s buckets) and per
//! account (failures in a window); a wrong address takes as long as a
//! wrong password. A successful login always starts a new session id.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path as UrlPath, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};
use serde::Deserialize;

use super::{
    Console, ConsoleLang, LANG_COOKIE, LOGIN_CSRF_COOKIE, Page, SESSION_COOKIE, audit, cookies,
    form, layout, now_secs, redirect, same_secret, secret, server_error, set_cookie,
};
use crate::accounts::{
    Account, AuditAction, INVITE_SECS, PasswordProblem, SESSION_MAX_SECS, Session, check_password,
    decoy_hash, hash_password, normalize_email, verify_password,
};
use crate::server::{Bucket, PortalState};
use crate::store::Role;

#[derive(Debug, Default, Deserialize)]
pub(crate) struct LoginQuery {
    ended: Option<String>,
    welcome: Option<String>,
    lang: Option<String>,
}

/// Sets the language cookie when the reader chose one on this page.
fn chosen_lang(
    state: &PortalState,
    headers: &HeaderMap,
    lang: Option<&str>,
) -> (ConsoleLang, Option<axum::http::HeaderValue>) {
    match lang.and_then(ConsoleLang::from_code) {
        Some(l) => (
            l,
            Some(set_cookie(state, LANG_COOKIE, l.code(), Some(365 * 86400))),
        ),
        None => (ConsoleLang::of(headers), None),
    }
}

fn login_page(t: ConsoleLang, csrf: &str, email: &str, message: Option<Markup>) -> Page {
    layout(
        t,
        &t.get("login-title"),
        None,
        html! {
            h1 { (t.get("login-title")) }
            @if let Some(m) = message { (m) }
            form method="post" action="/console/login" {
                input type="hidden" name="csrf" value=(csrf);
                label for="email" { (t.get("field-email")) }
                input #email type="email" name="email" autocomplete="username" required value=(email);
                label for="password" { (t.get("field-password")) }
                input #password type="password" name="password" autocomplete="current-password" required;
                p { button type="submit" { (t.get("login-button")) } }
            }
        },
    )
}

pub(crate) async fn login_form(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    Query(q): Query<LoginQuery>,
) -> Response {
    let (t, lang_cookie) = chosen_lang(&state, &headers, q.lang.as_deref());
    if Console::open(&state, &headers).is_ok() {
        // Signed in: the language links of every page come here.
        let mut r = redirect("/console/");
        if let Some(c) = lang_cookie {
            r.headers_mut().append(header::SET_COOKIE, c);
        }
        return r;
    }
    let csrf = secret();
    let message = if q.ended.is_some() {
        Some(html! { p.notice role="status" { (t.get("login-ended")) } })
    } else if q.welcome.is_some() {
        Some(html! { p.notice role="status" { (t.get("password-set")) } })
    } else {
        None
    };
    let mut r = login_page(t, &csrf, "", message).into_response();
    let h = r.headers_mut();
    h.append(
        header::SET_COOKIE,
        set_cookie(&state, LOGIN_CSRF_COOKIE, &csrf, Some(3600)),
    );
    if let Some(c) = lang_cookie {
        h.append(header::SET_COOKIE, c);
    }
    r
}

pub(crate) async fn login(
    State(state): State<Arc<PortalState>>,
    ConnectInfo(addr): ConnectInfo<std::net::SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let t = ConsoleLang::of(&headers);
    let fields = form(&body);
    let csrf = match form_token(t, &headers, &fields) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let typed = fields.get("email").map(String::as_str).unwrap_or("");
    let email = normalize_email(typed).unwrap_or_default();
    let password = fields.get("password").map(String::as_str).unwrap_or("");
    let refuse = |status: StatusCode, key: &str, wait: Option<u64>| {
        let mut r = (
            status,
            login_page(
                t,
                &csrf,
                typed,
                Some(html! { p role="alert" { (t.get(key)) } }),
            ),
        )
            .into_response();
        if let Some(w) = wait {
            r.headers_mut()
                .insert(header::RETRY_AFTER, axum::http::HeaderValue::from(w.max(1)));
        }
        r
    };
    if let Err(wait) = state.take_token(state.client(addr, &headers), Bucket::Login) {
        return refuse(StatusCode::TOO_MANY_REQUESTS, "login-too-many", Some(wait));
    }
    if let Err(wait) = state.account_locked(&email) {
        return refuse(StatusCode::TOO_MANY_REQUESTS, "login-too-many", Some(wait));
    }
    let found = match state.store().account_by_email(&email) {
        Ok(a) => a,
        Err(e) => return server_error(t, &e),
    };
    let hash = match &found {
        Some(a) => match state.store().password_hash(a.id) {
            Ok(h) => h,
            Err(e) => return server_error(t, &e),
        },
        None => None,
    };
    // The same work whether or not the address has an account.
    // argon2 takes tens of milliseconds and 19 MiB: off the async workers.
    let verified = {
        let password = password.to_string();
        let phc = hash.clone().unwrap_or_else(|| decoy_hash().to_string());
        tokio::task::spawn_blocking(move || verify_password(&password, &phc))
            .await
            .unwrap_or(false)
    };
    let account = match found {
        Some(a) if verified && hash.is_some() && !a.disabled => a,
        _ => {
            state.login_failed(&email);
            audit(
                &state,
                if email.is_empty() { "-" } else { &email },
                AuditAction::LoginFailed,
                format!("from {}", state.client(addr, &headers)),
            );
            return refuse(StatusCode::UNAUTHORIZED, "login-wrong", None);
        }
    };
    state.login_succeeded(&email);
    // A new session id at every login: one planted before it is worth nothing.
    let id = secret();
    let now = now_secs();
    let session = Session {
        id_sha256: crate::token_sha256(&id),
        account_id: account.id,
        csrf: secret(),
        created_at: now,
        last_seen: now,
    };
    {
        let mut store = state.store();
        if let Some(old) = cookies(&headers).get(SESSION_COOKIE) {
            let _ = store.delete_session(&crate::token_sha256(old));
        }
        if let Err(e) = store.add_session(&session) {
            return server_error(t, &e);
        }
    }
    audit(&state, &account.email, AuditAction::Login, String::new());
    let mut r = redirect("/console/");
    let h = r.headers_mut();
    h.append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, &id, Some(SESSION_MAX_SECS)),
    );
    h.append(
        header::SET_COOKIE,
        set_cookie(&state, LOGIN_CSRF_COOKIE, "", Some(0)),
    );
    r
}

pub(crate) async fn logout(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (console, _) = match Console::post(&state, &headers, &body, Role::Editor) {
        Ok(c) => c,
        Err(r) => return r,
    };
    if let Err(e) = state.store().delete_session(&console.session.id_sha256) {
        return server_error(console.lang, &e);
    }
    console.audit(&state, AuditAction::Logout, String::new());
    let mut r = redirect("/console/login");
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, SESSION_COOKIE, "", Some(0)),
    );
    r
}

fn welcome_page(t: ConsoleLang, token: &str, csrf: &str, email: &str, error: Option<&str>) -> Page {
    layout(
        t,
        &t.get("welcome-title"),
        None,
        html! {
            h1 { (t.get("welcome-title")) }
            p { (t.with("welcome-intro", &[("email", email.to_string())])) }
            p { (t.with("password-rules", &[("min", crate::accounts::MIN_PASSWORD_CHARS.to_string())])) }
            @if let Some(e) = error { p role="alert" #password-error { (e) } }
            form method="post" action={ "/console/welcome/" (token) } {
                input type="hidden" name="csrf" value=(csrf);
                label for="password" { (t.get("field-new-password")) }
                input #password type="password" name="password" autocomplete="new-password"
                    required minlength=(crate::accounts::MIN_PASSWORD_CHARS)
                    aria-describedby=[error.map(|_| "password-error")];
                label for="again" { (t.get("field-password-again")) }
                input #again type="password" name="again" autocomplete="new-password" required;
                p { button type="submit" { (t.get("welcome-button")) } }
            }
        },
    )
}

/// A refusal before any session: `title` and `message` are fluent ids.
fn signed_out_error(t: ConsoleLang, status: StatusCode, title: &str, message: &str) -> Response {
    (
        status,
        layout(
            t,
            &t.get(title),
            None,
            html! {
                h1 { (t.get(title)) }
                p role="alert" { (t.get(message)) }
                p { a href="/console/login" { (t.get("login-title")) } }
            },
        ),
    )
        .into_response()
}

fn invalid_link(t: ConsoleLang) -> Response {
    signed_out_error(t, StatusCode::NOT_FOUND, "welcome-title", "welcome-invalid")
}

/// The token of a form shown before any session (log in, set a password):
/// the form's field must repeat its cookie. Err: the 403 page.
#[allow(clippy::result_large_err)]
fn form_token(
    t: ConsoleLang,
    headers: &HeaderMap,
    fields: &std::collections::HashMap<String, String>,
) -> Result<String, Response> {
    match (cookies(headers).get(LOGIN_CSRF_COOKIE), fields.get("csrf")) {
        (Some(expected), Some(given)) if !expected.is_empty() && same_secret(expected, given) => {
            Ok(expected.clone())
        }
        _ => Err(signed_out_error(
            t,
            StatusCode::FORBIDDEN,
            "error-title",
            "error-csrf",
        )),
    }
}

/// The account a one-time link is for, while the link stands. Err: the
/// answer (an invalid link, a server error).
#[allow(clippy::result_large_err)]
fn invited(state: &PortalState, t: ConsoleLang, token: &str) -> Result<Account, Response> {
    if !token_ok(token) {
        return Err(invalid_link(t));
    }
    let store = state.store();
    let found = match store.invite(&crate::token_sha256(token), now_secs()) {
        Ok(Some(id)) => store.account(id),
        Ok(None) => Ok(None),
        Err(e) => Err(e),
    };
    match found {
        Ok(Some(a)) if !a.disabled => Ok(a),
        Ok(_) => Err(invalid_link(t)),
        Err(e) => Err(server_error(t, &e)),
    }
}

/// Only hex tokens are looked up (a link is 64 hex digits).
fn token_ok(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

pub(crate) async fn welcome_form(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(token): UrlPath<String>,
    Query(q): Query<LoginQuery>,
) -> Response {
    let (t, lang_cookie) = chosen_lang(&state, &headers, q.lang.as_deref());
    let account = match invited(&state, t, &token) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let csrf = secret();
    let mut r = welcome_page(t, &token, &csrf, &account.email, None).into_response();
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, LOGIN_CSRF_COOKIE, &csrf, Some(INVITE_SECS)),
    );
    if let Some(c) = lang_cookie {
        r.headers_mut().append(header::SET_COOKIE, c);
    }
    r
}

pub(crate) async fn welcome(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(token): UrlPath<String>,
    body: Bytes,
) -> Response {
    let t = ConsoleLang::of(&headers);
    let fields = form(&body);
    let csrf = match form_token(t, &headers, &fields) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let token_sha = crate::token_sha256(&token);
    let account = match invited(&state, t, &token) {
        Ok(a) => a,
        Err(r) => return r,
    };
    let password = fields.get("password").map(String::as_str).unwrap_or("");
    let again = fields.get("again").map(String::as_str).unwrap_or("");
    let problem = if password != again {
        Some(t.get("password-mismatch"))
    } else {
        check_password(password, &account.email).err().map(|p| {
            t.get(match p {
                PasswordProblem::TooShort => "password-too-short",
                PasswordProblem::TooLong => "password-too-long",
                PasswordProblem::TooCommon => "password-too-common",
                PasswordProblem::HoldsEmail => "password-holds-email",
            })
        })
    };
    if let Some(problem) = problem {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            welcome_page(t, &token, &csrf, &account.email, Some(&problem)),
        )
            .into_response();
    }
    let phc = {
        let password = password.to_string();
        match tokio::task::spawn_blocking(move || hash_password(&password)).await {
            Ok(phc) => phc,
            Err(e) => return server_error(t, &e),
        }
    };
    {
        let mut store = state.store();
        // The link is taken first: a second use finds nothing.
        match store.take_invite(&token_sha, now_secs()) {
            Ok(Some(id)) if id == account.id => {}
            Ok(_) => return invalid_link(t),
            Err(e) => return server_error(t, &e),
        }
        if let Err(e) = store
            .set_password_hash(account.id, &phc)
            .and_then(|()| store.delete_sessions_of(account.id))
        {
            return server_error(t, &e);
        }
    }
    audit(
        &state,
        &account.email,
        AuditAction::PasswordSet,
        String::new(),
    );
    let mut r = redirect("/console/login?welcome=1");
    r.headers_mut().append(
        header::SET_COOKIE,
        set_cookie(&state, LOGIN_CSRF_COOKIE, "", Some(0)),
    );
    r
}
