//! The editorial console under `/console/`: server-rendered HTML (maud,
//! escaping by default) that works without JavaScript, in Italian and
//! English (fluent, `portal/locales/`).
//!
//! Every request that reads or writes goes through [`Console::open`]: a
//! live session (server-side, by the sha256 of an `HttpOnly`,
//! `SameSite=Strict` cookie, `Secure` behind HTTPS; a fresh id at login;
//! idle and absolute expiry), and every form carries the session's CSRF
//! token ([`Console::check_csrf`]). Role and territory are checked on the
//! server by the same functions the API uses (`crate::moderation`,
//! `crate::territory`).
//!
//! Screens: `auth.rs` (log in and out, set a password from a one-time
//! link), `todo.rs` (the first screen), `records.rs` (the list, a
//! record's page and history, the edit forms of `form.rs`), `queue.rs`
//! (moderation), `people.rs` (accounts and the audit log, admins),
//! `publishing.rs` (what the next publication carries; publish, admins),
//! `import.rs` (bulk import of HSDS files with a dry run), and `signup.rs`,
//! the public pages where associations sign up (no login).

mod auth;
mod form;
mod i18n;
mod import;
mod people;
mod publishing;
mod queue;
mod records;
mod signup;
mod todo;

use std::collections::HashMap;
use std::sync::Arc;

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use maud::{DOCTYPE, Markup, PreEscaped, html};

/// A whole HTML page, ready to answer with.
pub(crate) type Page = Html<String>;

use crate::accounts::{Account, AuditAction, AuditEntry, Session};
use crate::server::PortalState;
use crate::store::Role;

pub use i18n::ConsoleLang;
pub use people::invite_account;

/// The session cookie and the cookie that guards the login form.
const SESSION_COOKIE: &str = "integra_session";
const LOGIN_CSRF_COOKIE: &str = "integra_login_csrf";
const LANG_COOKIE: &str = "integra_console_lang";

/// The console's routes (merged into the server's router).
pub fn routes() -> Router<Arc<PortalState>> {
    Router::new()
        .route("/console", get(|| async { redirect("/console/") }))
        .route("/console/", get(todo::todo))
        .route("/console/login", get(auth::login_form).post(auth::login))
        .route("/console/logout", post(auth::logout))
        .route(
            "/console/welcome/{token}",
            get(auth::welcome_form).post(auth::welcome),
        )
        .route("/console/records", get(records::list))
        .route(
            "/console/records/{kind}/new",
            get(records::new_form).post(records::create),
        )
        .route("/console/records/{kind}/{id}", get(records::page))
        .route(
            "/console/records/{kind}/{id}/edit",
            get(records::edit).post(records::update),
        )
        .route(
            "/console/records/{kind}/{id}/confirm",
            post(records::confirm),
        )
        .route(
            "/console/records/{kind}/{id}/deactivate",
            post(records::deactivate),
        )
        .route("/console/moderation", get(queue::queue))
        .route("/console/moderation/{uuid}", post(queue::decide))
        .route("/console/people", get(people::people).post(people::invite))
        .route("/console/people/{id}", post(people::change))
        .route("/console/audit", get(people::audit))
        .route(
            "/console/import",
            get(import::screen)
                .post(import::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    import::MAX_UPLOAD_BYTES + 64 * 1024,
                )),
        )
        .route(
            "/console/import/{token}",
            get(import::dry_run).post(import::decide),
        )
        .route(
            "/console/publish",
            get(publishing::screen).post(publishing::publish),
        )
        .merge(signup::routes())
        .layer(axum::middleware::map_response(private_pages))
}

/// Console pages carry CSRF tokens, one-time links and people's data: no
/// cache keeps them, and no other site learns their addresses.
async fn private_pages(mut r: Response) -> Response {
    let h = r.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        header::HeaderName::from_static("referrer-policy"),
        HeaderValue::from_static("same-origin"),
    );
    r
}

/// Unix seconds now.
pub(crate) fn now_secs() -> i64 {
    chrono::Utc::now().timestamp()
}

pub(crate) fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// A random secret: 32 bytes, hex.
pub(crate) fn secret() -> String {
    crate::new_token()
}

pub(crate) fn redirect(to: &str) -> Response {
    (
        StatusCode::SEE_OTHER,
        [(
            header::LOCATION,
            HeaderValue::from_str(to).expect("ascii path"),
        )],
    )
        .into_response()
}

/// The cookies of a request, by name.
fn cookies(headers: &HeaderMap) -> HashMap<String, String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| {
            let (k, v) = kv.trim().split_once('=')?;
            Some((k.to_string(), v.to_string()))
        })
        .collect()
}

/// A `Set-Cookie` value: never readable by scripts, never sent by another
/// site, `Secure` when the console is served over HTTPS; `max_age` 0
/// clears it.
fn set_cookie(state: &PortalState, name: &str, value: &str, max_age: Option<i64>) -> HeaderValue {
    set_cookie_at(state, "/console", name, value, max_age)
}

/// [`set_cookie`] for the pages under `path`.
fn set_cookie_at(
    state: &PortalState,
    path: &str,
    name: &str,
    value: &str,
    max_age: Option<i64>,
) -> HeaderValue {
    let mut c = format!("{name}={value}; Path={path}; HttpOnly; SameSite=Strict");
    if let Some(age) = max_age {
        c.push_str(&format!("; Max-Age={age}"));
    }
    if state.cfg.secure_cookies {
        c.push_str("; Secure");
    }
    HeaderValue::from_str(&c).expect("cookie values are hex")
}

/// The form fields of a urlencoded body (the last value of a repeated
/// name wins; a body that is no form is an empty one).
pub(crate) fn form(body: &[u8]) -> HashMap<String, String> {
    serde_urlencoded::from_bytes::<Vec<(String, String)>>(body)
        .unwrap_or_default()
        .into_iter()
        .collect()
}

/// Two secrets compared without stopping at the first difference.
fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// A signed-in request: the account, its session, the reader's language.
pub(crate) struct Console {
    pub account: Account,
    pub session: Session,
    pub lang: ConsoleLang,
}

impl Console {
    /// The request's live session, or the answer to give instead (to the
    /// login page, saying the session ended when it did).
    #[allow(clippy::result_large_err)]
    pub(crate) fn open(state: &PortalState, headers: &HeaderMap) -> Result<Console, Response> {
        let lang = ConsoleLang::of(headers);
        let cookies = cookies(headers);
        let Some(id) = cookies.get(SESSION_COOKIE).filter(|v| !v.is_empty()) else {
            return Err(redirect("/console/login"));
        };
        let id_sha256 = crate::token_sha256(id);
        let now = now_secs();
        let mut store = state.store();
        let found = store
            .session(&id_sha256)
            .map_err(|e| server_error(lang, &e))?;
        let Some(session) = found else {
            return Err(redirect("/console/login?ended=1"));
        };
        if !session.alive(now) {
            let _ = store.delete_session(&id_sha256);
            return Err(redirect("/console/login?ended=1"));
        }
        let account = match store.account(session.account_id) {
            Ok(Some(a)) if !a.disabled => a,
            Ok(_) => {
                let _ = store.delete_session(&id_sha256);
                return Err(redirect("/console/login?ended=1"));
            }
            Err(e) => return Err(server_error(lang, &e)),
        };
        store
            .touch_session(&id_sha256, now)
            .map_err(|e| server_error(lang, &e))?;
        Ok(Console {
            account,
            session,
            lang,
        })
    }

    /// A page: the live session, if its role allows the page.
    #[allow(clippy::result_large_err)]
    pub(crate) fn get(
        state: &PortalState,
        headers: &HeaderMap,
        role: Role,
    ) -> Result<Console, Response> {
        let console = Console::open(state, headers)?;
        console.need(role)?;
        Ok(console)
    }

    /// A form post: the live session, its fields once the CSRF token is
    /// checked, and the role it needs; or the answer to give instead
    /// (nothing is read or written before these checks).
    #[allow(clippy::result_large_err)]
    pub(crate) fn post(
        state: &PortalState,
        headers: &HeaderMap,
        body: &[u8],
        role: Role,
    ) -> Result<(Console, HashMap<String, String>), Response> {
        let console = Console::open(state, headers)?;
        let fields = form(body);
        console.check_csrf(&fields)?;
        console.need(role)?;
        Ok((console, fields))
    }

    /// Refuses a form without this session's CSRF token (403, nothing
    /// written).
    #[allow(clippy::result_large_err)]
    pub(crate) fn check_csrf(&self, fields: &HashMap<String, String>) -> Result<(), Response> {
        match fields.get("csrf") {
            Some(t) if same_secret(t, &self.session.csrf) => Ok(()),
            _ => Err(self.refuse(StatusCode::FORBIDDEN, "error-csrf")),
        }
    }

    /// Refuses an action the account's role does not allow.
    #[allow(clippy::result_large_err)]
    pub(crate) fn need(&self, role: Role) -> Result<(), Response> {
        if self.account.role >= role {
            Ok(())
        } else {
            Err(self.refuse(StatusCode::FORBIDDEN, "error-role"))
        }
    }

    /// An error page in the reader's words, with the console's menu.
    pub(crate) fn refuse(&self, status: StatusCode, key: &str) -> Response {
        let t = self.lang;
        let page = self.page(
            &t.get("error-title"),
            html! {
                h1 { (t.get("error-title")) }
                p role="alert" { (t.get(key)) }
                p { a href="/console/" { (t.get("nav-todo")) } }
            },
        );
        (status, page).into_response()
    }

    /// A hidden field with the session's CSRF token.
    pub(crate) fn csrf_field(&self) -> Markup {
        html! { input type="hidden" name="csrf" value=(self.session.csrf); }
    }

    /// A whole page: the menu for this account, then `main`.
    pub(crate) fn page(&self, title: &str, main: Markup) -> Page {
        let t = self.lang;
        let a = &self.account;
        let nav = html! {
            nav aria-label=(t.get("nav-label")) {
                ul {
                    li { a href="/console/" { (t.get("nav-todo")) } }
                    li { a href="/console/records" { (t.get("nav-records")) } }
                    li { a href="/console/import" { (t.get("nav-import")) } }
                    @if a.role >= Role::Moderator {
                        li { a href="/console/moderation" { (t.get("nav-moderation")) } }
                        li { a href=(signup::QR_PATH) { (t.get("nav-signup-qr")) } }
                    }
                    @if a.role >= Role::Admin {
                        li { a href="/console/people" { (t.get("nav-people")) } }
                        li { a href="/console/audit" { (t.get("nav-audit")) } }
                        li { a href="/console/publish" { (t.get("nav-publish")) } }
                    }
                }
                p.who {
                    (a.email) " · " (t.role(a.role)) " · " (t.territory(a.territory.as_deref()))
                }
                form method="post" action="/console/logout" {
                    (self.csrf_field())
                    button type="submit" { (t.get("logout")) }
                }
            }
        };
        layout(t, title, Some(nav), main)
    }

    /// Writes an audit entry for this account (a failure is logged: the
    /// action itself already happened).
    pub(crate) fn audit(&self, state: &PortalState, action: AuditAction, detail: String) {
        audit(state, &self.account.email, action, detail);
    }
}

pub(crate) fn audit(state: &PortalState, actor: &str, action: AuditAction, detail: String) {
    let entry = AuditEntry {
        at: now_rfc3339(),
        actor: actor.to_string(),
        action,
        detail,
    };
    if let Err(e) = state.store().add_audit(&entry) {
        tracing::error!(error = %e, action = action.as_str(), "audit entry not written");
    }
}

/// What the console shows of a record wherever it shows one (its page,
/// a moderation card): who it is, how to reach it, where it is and how
/// precisely each place was placed, and where the record comes from.
pub(crate) struct RecordView<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub email: Option<&'a str>,
    pub phones: &'a [catalog::model::Phone],
    pub website: Option<&'a str>,
    pub locations: &'a [catalog::model::Location],
    pub source: Option<&'a str>,
    pub sample: bool,
}

impl<'a> From<&'a catalog::model::Service> for RecordView<'a> {
    fn from(s: &'a catalog::model::Service) -> Self {
        RecordView {
            id: &s.id,
            name: &s.name,
            email: s.email.as_deref(),
            phones: &s.phones,
            website: s.url.as_deref(),
            locations: &s.locations,
            source: s.source.as_deref(),
            sample: s.sample,
        }
    }
}

impl<'a> From<&'a catalog::model::Organization> for RecordView<'a> {
    fn from(o: &'a catalog::model::Organization) -> Self {
        RecordView {
            id: &o.id,
            name: &o.name,
            email: o.email.as_deref(),
            phones: &o.phones,
            website: o.website.as_deref(),
            locations: &o.locations,
            source: o.source.as_deref(),
            sample: o.sample,
        }
    }
}

impl RecordView<'_> {
    /// The record's fields as a definition list, `more` after them.
    pub(crate) fn fields(&self, t: ConsoleLang, more: Markup) -> Markup {
        use catalog::provenance::Precision;
        let source = match (
            self.source.and_then(catalog::provenance::source),
            self.sample,
        ) {
            (_, true) => t.get("source-sample"),
            (Some(s), false) => format!("{} — {} ({})", s.publisher, s.dataset, s.data_date),
            (None, false) => t.get("source-portal"),
        };
        html! {
            dl.fields {
                dt { (t.get("field-id")) } dd { code { (self.id) } }
                dt { (t.get("field-name")) } dd { (self.name) }
                dt { (t.get("field-email")) } dd { (self.email.unwrap_or("—")) }
                dt { (t.get("field-phones")) } dd {
                    @for p in self.phones { (p.number) " " }
                    @if self.phones.is_empty() { "—" }
                }
                dt { (t.get("field-website")) } dd { (self.website.unwrap_or("—")) }
                dt { (t.get("field-places")) } dd {
                    @for l in self.locations {
                        (t.territory(l.comune_istat.as_deref())) " ("
                        (t.get(match l.precision {
                            Precision::Address => "precision-address",
                            Precision::Postcode => "precision-postcode",
                            Precision::Comune => "precision-comune",
                        })) ") "
                    }
                    @if self.locations.is_empty() { "—" }
                }
                dt { (t.get("field-source")) } dd { (source) }
                (more)
            }
        }
    }
}

pub(crate) fn server_error(lang: ConsoleLang, e: &dyn std::fmt::Display) -> Response {
    tracing::error!(error = %e, "console request failed");
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        layout(
            lang,
            &lang.get("error-title"),
            None,
            html! { h1 { (lang.get("error-title")) } p role="alert" { (lang.get("error-server")) } },
        ),
    )
        .into_response()
}

/// The page around every screen: language and direction, a skip link,
/// the console's style (contrast AA, 44 px targets, one column on a
/// phone), the menu when signed in.
pub(crate) fn layout(t: ConsoleLang, title: &str, nav: Option<Markup>, main: Markup) -> Page {
    let console = Shell {
        brand: t.get("console-name"),
        here: "/console/login",
        style: "",
    };
    shell(t, &console, title, nav, main)
}

/// What the console's pages and the public ones (`signup.rs`) do not
/// share of the page around them.
pub(crate) struct Shell<'a> {
    /// The site's name, in the header and the title.
    pub brand: String,
    /// Where the language links lead (with `lang=` added to its query).
    pub here: &'a str,
    /// Style after the console's.
    pub style: &'static str,
}

/// [`layout`], with what `s` says.
pub(crate) fn shell(
    t: ConsoleLang,
    s: &Shell<'_>,
    title: &str,
    nav: Option<Markup>,
    main: Markup,
) -> Page {
    let lang_link = |code: &str| {
        let sep = if s.here.contains('?') { '&' } else { '?' };
        format!("{}{sep}lang={code}", s.here)
    };
    Html(
        html! {
            (DOCTYPE)
            html lang=(t.code()) dir="ltr" {
                head {
                    meta charset="utf-8";
                    meta name="viewport" content="width=device-width, initial-scale=1";
                    title { (title) " · " (s.brand) }
                    style { (PreEscaped(STYLE)) (PreEscaped(s.style)) }
                }
                body {
                    a.skip href="#main" { (t.get("skip-to-content")) }
                    header {
                        p.brand { (s.brand) }
                        @if let Some(nav) = nav { (nav) }
                        p.langs {
                            a href=(lang_link("it")) lang="it" hreflang="it" { "Italiano" }
                            " · "
                            a href=(lang_link("en")) lang="en" hreflang="en" { "English" }
                        }
                    }
                    main #main tabindex="-1" { (main) }
                }
            }
        }
        .into_string(),
    )
}

const STYLE: &str = "
*{box-sizing:border-box}
body{margin:0;font:1rem/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fff}
header{background:#003366;color:#fff;padding:.5rem 1rem}
header a,header .who{color:#fff}
header ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header a{display:inline-block;min-height:44px;line-height:44px}
header form{display:inline}
.brand{font-weight:700;margin:.25rem 0}
main{max-width:60rem;padding:1rem;margin:0 auto}
main:focus{outline:none}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;color:#003366;padding:.5rem;z-index:1}
a{color:#0b4f9c}
button,input,select,textarea{font:inherit;min-height:44px}
button{background:#0b4f9c;color:#fff;border:0;border-radius:4px;padding:.5rem 1rem;cursor:pointer}
button.secondary{background:#fff;color:#0b4f9c;border:2px solid #0b4f9c}
button.danger{background:#a4161a}
label{display:block;font-weight:600;margin-top:.75rem}
input,select,textarea{width:100%;max-width:32rem;padding:.5rem;border:1px solid #555;border-radius:4px}
:focus-visible{outline:3px solid #e0a100;outline-offset:2px}
.error,[role=alert]{color:#a4161a;font-weight:600}
.notice{background:#e8f1fb;border-left:4px solid #0b4f9c;padding:.5rem 1rem}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.5rem;border-bottom:1px solid #ccc;vertical-align:top}
section{margin:1.5rem 0}
.card{border:1px solid #ccc;border-radius:6px;padding:1rem;margin:1rem 0}
dl.fields{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.25rem 1rem}
dl.fields dt{font-weight:600}
dl.fields dd{margin:0;overflow-wrap:anywhere}
code{overflow-wrap:anywhere}
a.button{display:inline-block;min-height:44px;line-height:44px;padding:0 1rem;background:#0b4f9c;color:#fff;border-radius:4px;text-decoration:none}
.actions form{display:inline-block;margin:.25rem .5rem .25rem 0}
.hint{color:#444;margin:.25rem 0;font-size:.95rem}
.check{display:flex;align-items:center;gap:.5rem;min-height:44px}
.check input{width:1.5rem;min-height:1.5rem;margin:0}
.check label{margin:0;font-weight:400}
fieldset{border:1px solid #ccc;border-radius:6px;margin:.75rem 0;padding:.5rem 1rem}
legend{font-weight:600}
.place{border-top:1px solid #ddd;margin-top:.5rem}
.place-title{font-weight:600;margin:.5rem 0 0}
.missing{background:#fff3cd;color:#5c4400;padding:0 .25rem;border-radius:3px;font-weight:400}
details.translations{margin:.5rem 0}
summary{min-height:44px;line-height:44px;cursor:pointer;color:#0b4f9c}
table.hours{width:auto;margin:.5rem 0}
ol.history{padding-left:1.25rem}
[dir=rtl]{text-align:right}
th,td{overflow-wrap:anywhere}
@media (max-width:40rem){dl.fields{grid-template-columns:1fr}table{display:block;overflow-x:auto}}
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_compare_whole() {
        assert!(same_secret("abc", "abc"));
        assert!(!same_secret("abc", "abd"));
        assert!(!same_secret("abc", "ab"));
        assert!(!same_secret("", "a"));
    }

    #[test]
    fn cookies_and_forms_parse() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("a=1; integra_session=ff00 ; b=x=y"),
        );
        let c = cookies(&h);
        assert_eq!(c.get("integra_session").map(String::as_str), Some("ff00"));
        assert_eq!(c.get("b").map(String::as_str), Some("x=y"));
        let f = form(b"email=a%40b.it&password=un+due&csrf=1&csrf=2");
        assert_eq!(f["email"], "a@b.it");
        assert_eq!(f["password"], "un due");
        assert_eq!(f["csrf"], "2");
        assert!(form(b"").is_empty());
    }
}
