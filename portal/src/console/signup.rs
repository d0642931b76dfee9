//! The public pages where associations sign up, no login needed: the
//! app's "report a new association" form, "ask for a correction" and "ask
//! for removal" of an association on the map, a status page for what was
//! sent, and a printable QR code that leads to the form.
//!
//! They live under `/associazioni/`, not `/console/`: the console's
//! cookies (the session, the login form's guard, its language) are scoped
//! to `Path=/console`, so a page anyone may open never receives them, and
//! these pages' own cookies (a form token, a language) never reach the
//! console. The address is also the one printed under the QR code, so it
//! reads in Italian.
//!
//! What is sent goes into the same moderation queue as the app's outbox,
//! through the same code: the fields are checked by `catalog::form` (the
//! app's rules), then the payload by the API's
//! [`take_submission`](crate::server::take_submission). Every post is
//! size-limited (the API's limit), rate-limited per address (the API's
//! bucket) and guarded by a double-submit token: a cookie of its own that
//! the form repeats, which another site can neither read nor send. A
//! refused post keeps the visitor's answers in the form; nothing is stored.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::extract::{ConnectInfo, Path as UrlPath, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use catalog::RecordKind;
use catalog::form::{
    AboutRecord, AboutRecordErrors, FieldError, MAX_MESSAGE, MAX_NAME, NewAssociation,
    NewAssociationErrors,
};
use catalog::model::Organization;
use catalog::taxonomy::Taxonomy;
use maud::{Markup, PreEscaped, html};
use serde::Deserialize;

use super::{
    ConsoleLang, LANG_COOKIE, Page, Shell, cookies, form, redirect, same_secret, secret,
    server_error, set_cookie_at, shell,
};
use crate::server::{Bucket, NotTaken, PortalState, find_submission, safe_host, take_submission};
use crate::store::{Inserted, SubmissionKind, SubmissionStatus};

const BASE: &str = "/associazioni";
/// "Report a new association".
const NEW_PATH: &str = "/associazioni/segnala";
/// "Ask for a correction or removal" (`?id=` names the association).
const CHANGE_PATH: &str = "/associazioni/modifica";
/// What became of a submission: `/associazioni/stato/{uuid}`.
const STATUS_PATH: &str = "/associazioni/stato";
/// The printable QR code that leads to [`NEW_PATH`].
pub(super) const QR_PATH: &str = "/associazioni/qr";

/// The cookie holding the forms' token, and how long it lasts (time
/// enough to fill a form in slowly).
const CSRF_COOKIE: &str = "integra_signup_csrf";
const CSRF_MAX_AGE: i64 = 4 * 3600;

/// The field a person never sees (nor a screen reader reads): only a
/// program filling in every field fills it.
const HONEYPOT: &str = "homepage";

pub(super) fn routes() -> Router<Arc<PortalState>> {
    Router::new()
        .route(BASE, get(|| async { redirect(NEW_PATH) }))
        .route(NEW_PATH, get(new_form).post(new_post))
        .route(CHANGE_PATH, get(change_form).post(change_post))
        .route("/associazioni/stato/{uuid}", get(status))
        .route(QR_PATH, get(qr))
}

/// The public pages' own style: checkboxes in a row, the hidden field, the
/// QR code on one printed A4 page.
const STYLE: &str = "
fieldset{border:1px solid #ccc;border-radius:6px;margin:1rem 0;padding:.5rem 1rem;max-width:32rem}
legend{font-weight:600}
label.check{display:flex;align-items:center;gap:.5rem;font-weight:400;margin:0;min-height:44px}
label.check input{min-height:auto;height:1.5rem;width:1.5rem;margin:0}
.hint{color:#444;margin:.25rem 0}
.hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
.errors{border:3px solid #a4161a;padding:.5rem 1rem;margin:1rem 0}
.errors a{color:#a4161a}
.qr svg{display:block;width:100%;max-width:20rem;height:auto;margin:1rem 0}
.url{font-size:1.25rem;font-weight:700;overflow-wrap:anywhere}
@media print{
@page{size:A4 portrait;margin:15mm}
header,.skip,.no-print{display:none}
body{font-size:14pt}
main{max-width:none;padding:0}
.qr-sheet{page-break-inside:avoid;break-inside:avoid;text-align:center}
.qr-sheet h1{font-size:30pt;margin:0 0 8mm}
.qr svg{width:120mm;max-width:none;margin:8mm auto}
.url{font-size:16pt}
}
";

// ---------------------------------------------------------------- visitors

/// A visitor: their language, their forms' token, and the cookies to set
/// with the answer (a new token when they had none, a language chosen).
struct Visitor {
    t: ConsoleLang,
    csrf: String,
    set: Vec<HeaderValue>,
}

#[derive(Debug, Default, Deserialize)]
struct PageQuery {
    lang: Option<String>,
    id: Option<String>,
}

/// A page's visitor, in the language chosen by `?lang=` if any.
impl axum::extract::FromRequestParts<Arc<PortalState>> for Visitor {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &Arc<PortalState>,
    ) -> Result<Self, Self::Rejection> {
        let q: PageQuery =
            serde_urlencoded::from_str(parts.uri.query().unwrap_or("")).unwrap_or_default();
        Ok(Visitor::new(state, &parts.headers, q.lang.as_deref()))
    }
}

/// The forms' token of the request's cookie, when it is one.
fn cookie_token(headers: &HeaderMap) -> Option<String> {
    cookies(headers)
        .remove(CSRF_COOKIE)
        .filter(|c| c.len() == 64 && c.bytes().all(|b| b.is_ascii_hexdigit()))
}

impl Visitor {
    /// `lang`: the language chosen on this page (`?lang=`), kept in a
    /// cookie; otherwise the cookie's or the browser's.
    fn new(state: &PortalState, headers: &HeaderMap, lang: Option<&str>) -> Visitor {
        let mut set = Vec::new();
        let t = match lang.and_then(ConsoleLang::from_code) {
            Some(l) => {
                set.push(set_cookie_at(
                    state,
                    BASE,
                    LANG_COOKIE,
                    l.code(),
                    Some(365 * 86400),
                ));
                l
            }
            None => ConsoleLang::of(headers),
        };
        let csrf = cookie_token(headers).unwrap_or_else(|| {
            let fresh = secret();
            set.push(set_cookie_at(
                state,
                BASE,
                CSRF_COOKIE,
                &fresh,
                Some(CSRF_MAX_AGE),
            ));
            fresh
        });
        Visitor { t, csrf, set }
    }

    /// A page with the public pages' header; `here` is where its language
    /// links lead.
    fn page(&self, here: &str, title: &str, main: Markup) -> Page {
        let public = Shell {
            brand: self.t.get("public-name"),
            here,
            style: STYLE,
        };
        shell(self.t, &public, title, None, main)
    }

    fn answer(&self, status: StatusCode, page: Page) -> Response {
        let mut r = (status, page).into_response();
        for c in &self.set {
            r.headers_mut().append(header::SET_COOKIE, c.clone());
        }
        r
    }

    /// The hidden fields every form carries: the token, and the reference
    /// the submission will have (kept while the form is corrected, so a
    /// form sent twice is stored once).
    fn hidden(&self, reference: &str) -> Markup {
        html! {
            input type="hidden" name="csrf" value=(self.csrf);
            input type="hidden" name="ref" value=(reference);
        }
    }
}

/// The reference a form carries, or a fresh one.
fn reference(fields: &HashMap<String, String>) -> uuid::Uuid {
    fields
        .get("ref")
        .and_then(|r| uuid::Uuid::parse_str(r).ok())
        .unwrap_or_else(uuid::Uuid::new_v4)
}

/// A posted form: who sent it and what they typed.
struct Post {
    v: Visitor,
    fields: HashMap<String, String>,
    /// Every `activities` value (a field that repeats).
    activities: Vec<String>,
}

impl Post {
    fn field(&self, name: &str) -> &str {
        self.fields.get(name).map(String::as_str).unwrap_or("")
    }
}

/// Why a post was refused before anything was checked or stored: shown
/// above the visitor's answers.
struct Refusal {
    status: StatusCode,
    key: &'static str,
    retry_after: Option<u64>,
}

impl Refusal {
    fn answer(&self, v: &Visitor, page: Page) -> Response {
        let mut r = v.answer(self.status, page);
        if let Some(wait) = self.retry_after {
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(wait.max(1)));
        }
        r
    }
}

/// Reads a post: its size (the API's limit; 413 without reading on), the
/// address's rate (the API's bucket), the form's token and the hidden
/// field. A refusal comes with the answers, to show them again.
async fn receive(
    state: &PortalState,
    addr: SocketAddr,
    headers: &HeaderMap,
    body: Body,
) -> Result<(Post, Option<Refusal>), Response> {
    let v = Visitor::new(state, headers, None);
    let Ok(bytes) = axum::body::to_bytes(body, state.cfg.max_submission_bytes).await else {
        let t = v.t;
        let page = v.page(
            NEW_PATH,
            &t.get("error-title"),
            alert_page(t, "signup-too-large"),
        );
        return Err(v.answer(StatusCode::PAYLOAD_TOO_LARGE, page));
    };
    let fields = form(&bytes);
    let activities = serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k == "activities")
        .map(|(_, a)| a)
        .collect();
    let token_ok = matches!(
        (cookie_token(headers), fields.get("csrf")),
        (Some(expected), Some(given)) if same_secret(&expected, given)
    );
    let refusal =
        if let Err(wait) = state.take_token(state.client(addr, headers), Bucket::Submissions) {
            Some(Refusal {
                status: StatusCode::TOO_MANY_REQUESTS,
                key: "signup-too-many",
                retry_after: Some(wait),
            })
        } else if !token_ok {
            Some(Refusal {
                status: StatusCode::FORBIDDEN,
                key: "signup-error-csrf",
                retry_after: None,
            })
        } else if fields.get(HONEYPOT).is_some_and(|h| !h.trim().is_empty()) {
            Some(Refusal {
                status: StatusCode::BAD_REQUEST,
                key: "signup-honeypot-filled",
                retry_after: None,
            })
        } else {
            None
        };
    Ok((
        Post {
            v,
            fields,
            activities,
        },
        refusal,
    ))
}

/// A post as [`receive`] reads it: the answers, and why they are refused
/// before anything is checked or stored, if they are.
struct Received(Post, Option<Refusal>);

impl axum::extract::FromRequest<Arc<PortalState>> for Received {
    type Rejection = Response;

    async fn from_request(
        req: axum::extract::Request,
        state: &Arc<PortalState>,
    ) -> Result<Self, Response> {
        let (parts, body) = req.into_parts();
        let Some(ConnectInfo(addr)) = parts.extensions.get::<ConnectInfo<SocketAddr>>() else {
            let t = ConsoleLang::of(&parts.headers);
            return Err(server_error(t, &"served without the client's address"));
        };
        let (post, refusal) = receive(state, *addr, &parts.headers, body).await?;
        Ok(Received(post, refusal))
    }
}

/// What became of a checked payload sent to the moderation queue.
enum Sent {
    /// Stored (or it was already), under this reference.
    Stored(uuid::Uuid),
    /// Refused by the portal's checks: why, to show above the form.
    Refused(String),
    /// The answer to give (the store failed).
    Failed(Response),
}

/// Puts a checked payload in the moderation queue under the form's
/// reference (a fresh one when that reference holds something else: the
/// visitor went back and changed the form).
fn send(
    state: &PortalState,
    t: ConsoleLang,
    fields: &HashMap<String, String>,
    kind: SubmissionKind,
    payload: serde_json::Value,
) -> Sent {
    let mut uuid = reference(fields);
    for _ in 0..2 {
        match take_submission(state, uuid, kind, payload.clone()) {
            Ok(Inserted::New | Inserted::Duplicate) => return Sent::Stored(uuid),
            Ok(Inserted::Conflict) => uuid = uuid::Uuid::new_v4(),
            Err(NotTaken::Invalid(why)) => {
                return Sent::Refused(t.with("signup-refused", &[("why", why)]));
            }
            Err(NotTaken::Store(e)) => return Sent::Failed(server_error(t, &e)),
        }
    }
    Sent::Failed(server_error(t, &"a fresh uuid was taken"))
}

// ---------------------------------------------------------------- fields

/// A problem in the reader's words.
fn problem(t: ConsoleLang, e: &FieldError) -> String {
    match e.max {
        Some(n) => t.with(e.key, &[("max", n.to_string())]),
        None => t.get(e.key),
    }
}

/// One control of a form: its id (also its name), label, hint and problem.
struct Field<'a> {
    id: &'a str,
    label: String,
    hint: Option<String>,
    error: Option<&'a FieldError>,
    required: bool,
}

impl<'a> Field<'a> {
    fn new(t: ConsoleLang, id: &'a str, label: &str) -> Field<'a> {
        Field {
            id,
            label: t.get(label),
            hint: None,
            error: None,
            required: false,
        }
    }

    fn required(mut self) -> Self {
        self.required = true;
        self
    }

    fn hint(mut self, t: ConsoleLang, key: &str) -> Self {
        self.hint = Some(t.get(key));
        self
    }

    fn error(mut self, error: Option<&'a FieldError>) -> Self {
        self.error = error;
        self
    }

    /// The ids of the hint and the problem, which a screen reader reads
    /// with the control.
    fn described_by(&self) -> Option<String> {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.id));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id));
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    }

    /// The label, the hint, `control`, then the problem beside it.
    fn around(&self, t: ConsoleLang, control: Markup) -> Markup {
        html! {
            div.field {
                label for=(self.id) { (self.label) }
                @if let Some(h) = &self.hint { p.hint id={ (self.id) "-hint" } { (h) } }
                (control)
                @if let Some(e) = self.error {
                    p.error id={ (self.id) "-error" } role="alert" { (problem(t, e)) }
                }
            }
        }
    }

    /// A text input of at most `max` characters (twice that may be typed,
    /// so an over-long answer is told rather than cut).
    fn input(&self, t: ConsoleLang, kind: &str, value: &str, max: usize) -> Markup {
        let control = html! {
            input id=(self.id) name=(self.id) type=(kind) value=(value)
                maxlength=(max * 2) required[self.required]
                aria-invalid=[self.error.map(|_| "true")]
                aria-describedby=[self.described_by()];
        };
        self.around(t, control)
    }

    fn textarea(&self, t: ConsoleLang, value: &str) -> Markup {
        let control = html! {
            textarea id=(self.id) name=(self.id) rows="5" maxlength=(MAX_MESSAGE * 2)
                required[self.required]
                aria-invalid=[self.error.map(|_| "true")]
                aria-describedby=[self.described_by()] { (value) }
        };
        self.around(t, control)
    }
}

/// The list of problems above a form, each a link to its field.
fn summary(t: ConsoleLang, fields: &[&Field<'_>]) -> Markup {
    let wrong: Vec<_> = fields.iter().filter(|f| f.error.is_some()).collect();
    html! {
        @if !wrong.is_empty() {
            div.errors role="alert" {
                p { strong { (t.get("signup-errors")) } }
                ul {
                    @for f in &wrong {
                        li { a href={ "#" (f.id) } { (f.label) ": " (f.error.map(|e| problem(t, e)).unwrap_or_default()) } }
                    }
                }
            }
        }
    }
}

/// The field no person fills in.
fn honeypot(t: ConsoleLang) -> Markup {
    html! {
        div.hp aria-hidden="true" {
            label for=(HONEYPOT) { (t.get("signup-honeypot")) }
            input id=(HONEYPOT) name=(HONEYPOT) type="text" tabindex="-1" autocomplete="off";
        }
    }
}

fn alert_page(t: ConsoleLang, key: &str) -> Markup {
    html! {
        h1 { (t.get("error-title")) }
        p role="alert" { (t.get(key)) }
        p { a href=(NEW_PATH) { (t.get("signup-title")) } }
    }
}

// ---------------------------------------------------------------- a new association

async fn new_form(v: Visitor) -> Response {
    let post = Post {
        v,
        fields: HashMap::new(),
        activities: Vec::new(),
    };
    let page = new_page(&post, &NewAssociationErrors::default(), None);
    post.v.answer(StatusCode::OK, page)
}

/// The form, with what the visitor typed, its problems beside each field,
/// and `alert` (why it was refused) above it.
fn new_page(post: &Post, e: &NewAssociationErrors, alert: Option<String>) -> Page {
    let t = post.v.t;
    let lang = t.catalog_lang();
    let tax = Taxonomy::bundled();
    let name = Field::new(t, "name", "signup-name")
        .required()
        .error(e.name.as_ref());
    let community = Field::new(t, "community", "signup-community");
    let comune = Field::new(t, "comune", "signup-comune")
        .required()
        .hint(t, "signup-comune-hint")
        .error(e.comune.as_ref());
    let email = Field::new(t, "email", "signup-email").error(e.email.as_ref());
    let phone = Field::new(t, "phone", "signup-phone").error(e.phone.as_ref());
    let website = Field::new(t, "website", "signup-website")
        .hint(t, "signup-website-hint")
        .error(e.website.as_ref());
    let contact = Field::new(t, "contact", "signup-contact").error(e.contact.as_ref());
    let description =
        Field::new(t, "description", "signup-description").error(e.description.as_ref());
    let chosen = post.field("community");
    let main = html! {
        h1 { (t.get("signup-title")) }
        p { (t.get("signup-intro")) }
        @if let Some(a) = &alert { p.errors role="alert" { (a) } }
        (summary(t, &[&name, &comune, &email, &phone, &website, &contact, &description]))
        form method="post" action=(NEW_PATH) novalidate {
            (post.v.hidden(&reference(&post.fields).to_string()))
            (name.input(t, "text", post.field("name"), MAX_NAME))
            (community.around(t, html! {
                select id="community" name="community" {
                    option value="" { (t.get("signup-community-other")) }
                    @for c in tax.terms("community") {
                        option value=(c.id) selected[chosen == c.id] { (c.name(lang)) }
                    }
                }
            }))
            (comune.input(t, "text", post.field("comune"), MAX_NAME))
            fieldset {
                legend { (t.get("signup-activities")) }
                @for a in tax.terms("activity") {
                    label.check {
                        input type="checkbox" name="activities" value=(a.id)
                            checked[post.activities.contains(&a.id)];
                        (a.name(lang))
                    }
                }
            }
            fieldset #contact aria-describedby="contact-hint" {
                legend { (t.get("signup-contact")) }
                p.hint id="contact-hint" { (t.get("signup-contact-hint")) }
                (email.input(t, "email", post.field("email"), MAX_NAME))
                (phone.input(t, "tel", post.field("phone"), MAX_NAME))
                (website.input(t, "url", post.field("website"), MAX_NAME))
                @if let Some(c) = contact.error {
                    p.error id="contact-error" role="alert" { (problem(t, c)) }
                }
            }
            (description.textarea(t, post.field("description")))
            (honeypot(t))
            p.hint { (t.get("signup-moderated")) }
            p { button type="submit" { (t.get("signup-submit")) } }
        }
        p { a href=(CHANGE_PATH) { (t.get("signup-change-link")) } }
    };
    post.v.page(NEW_PATH, &t.get("signup-title"), main)
}

async fn new_post(
    State(state): State<Arc<PortalState>>,
    Received(post, refusal): Received,
) -> Response {
    let t = post.v.t;
    let none = NewAssociationErrors::default();
    if let Some(r) = refusal {
        return r.answer(&post.v, new_page(&post, &none, Some(t.get(r.key))));
    }
    let checked = NewAssociation {
        name: post.field("name"),
        community: post.field("community"),
        comune: post.field("comune"),
        activities: &post.activities,
        email: post.field("email"),
        phone: post.field("phone"),
        website: post.field("website"),
        description: post.field("description"),
    }
    .check();
    let payload = match checked {
        Ok(p) => p,
        Err(e) => {
            let page = new_page(&post, &e, None);
            return post.v.answer(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    let name = payload["name"].as_str().unwrap_or("").to_string();
    match send(
        &state,
        t,
        &post.fields,
        SubmissionKind::NewAssociation,
        payload,
    ) {
        Sent::Stored(uuid) => post.v.answer(
            StatusCode::OK,
            sent_page(&post.v, uuid, SubmissionKind::NewAssociation, &name),
        ),
        Sent::Refused(why) => {
            let page = new_page(&post, &none, Some(why));
            post.v.answer(StatusCode::UNPROCESSABLE_ENTITY, page)
        }
        Sent::Failed(r) => r,
    }
}

// ---------------------------------------------------------------- a correction or removal

/// The association `id` names, if it is one on the map.
fn association(state: &PortalState, id: &str) -> Result<Option<Organization>, crate::StoreError> {
    let found = state.store().organization(id)?;
    Ok(found.filter(|o| o.association.is_some()))
}

async fn change_form(
    State(state): State<Arc<PortalState>>,
    Query(q): Query<PageQuery>,
    v: Visitor,
) -> Response {
    let t = v.t;
    let Some(id) = q.id.filter(|i| !i.is_empty()) else {
        return picker(&state, &v, StatusCode::OK, None);
    };
    match association(&state, &id) {
        Ok(Some(o)) => {
            let post = Post {
                v,
                fields: HashMap::new(),
                activities: Vec::new(),
            };
            let page = change_page(&post, &o, &AboutRecordErrors::default(), None);
            post.v.answer(StatusCode::OK, page)
        }
        Ok(None) => picker(&state, &v, StatusCode::NOT_FOUND, Some("change-unknown")),
        Err(e) => server_error(t, &e),
    }
}

/// The name of the comune an association is in.
fn comune_of(o: &Organization) -> Option<&'static str> {
    let istat = o.locations.first()?.comune_istat.as_deref()?;
    let comune = catalog::Gazetteer::bundled().by_istat(istat)?;
    Some(comune.name.as_str())
}

/// The associations on the map, to choose one by name (a form that works
/// without JavaScript: its choice comes back as `?id=`).
fn picker(state: &PortalState, v: &Visitor, status: StatusCode, alert: Option<&str>) -> Response {
    let t = v.t;
    let all = match state.store().associations() {
        Ok(a) => a,
        Err(e) => return server_error(t, &e),
    };
    let main = html! {
        h1 { (t.get("change-title")) }
        @if let Some(key) = alert { p.errors role="alert" { (t.get(key)) } }
        @if all.is_empty() {
            p { (t.get("change-none")) }
        } @else {
            form method="get" action=(CHANGE_PATH) {
                label for="id" { (t.get("change-pick")) }
                select id="id" name="id" {
                    @for o in &all {
                        option value=(o.id) {
                            (o.name)
                            @if let Some(c) = comune_of(o) { " — " (c) }
                        }
                    }
                }
                p { button type="submit" { (t.get("change-pick-button")) } }
            }
        }
        p { a href=(NEW_PATH) { (t.get("change-new-link")) } }
    };
    v.answer(status, v.page(CHANGE_PATH, &t.get("change-title"), main))
}

fn change_page(
    post: &Post,
    o: &Organization,
    e: &AboutRecordErrors,
    alert: Option<String>,
) -> Page {
    let t = post.v.t;
    let message = Field::new(t, "message", "change-message")
        .required()
        .hint(t, "change-message-hint")
        .error(e.message.as_ref());
    let email = Field::new(t, "email", "change-email").error(e.email.as_ref());
    let removal = post.field("change") == "removal";
    let here = format!(
        "{CHANGE_PATH}?{}",
        serde_urlencoded::to_string([("id", &o.id)]).unwrap_or_default()
    );
    let main = html! {
        h1 { (t.get("change-title")) }
        p { (t.get("change-about")) " " strong { (o.name) } }
        @if let Some(a) = &alert { p.errors role="alert" { (a) } }
        (summary(t, &[&message, &email]))
        form method="post" action=(CHANGE_PATH) novalidate {
            (post.v.hidden(&reference(&post.fields).to_string()))
            input type="hidden" name="id" value=(o.id);
            fieldset {
                legend { (t.get("change-kind")) }
                label.check {
                    input type="radio" name="change" value="correction" checked[!removal];
                    (t.get("change-correction"))
                }
                label.check {
                    input type="radio" name="change" value="removal" checked[removal];
                    (t.get("change-removal"))
                }
            }
            (message.textarea(t, post.field("message")))
            (email.input(t, "email", post.field("email"), MAX_NAME))
            (honeypot(t))
            p.hint { (t.get("signup-moderated")) }
            p { button type="submit" { (t.get("signup-submit")) } }
        }
        p { a href=(CHANGE_PATH) { (t.get("change-other")) } }
    };
    post.v.page(&here, &t.get("change-title"), main)
}

async fn change_post(
    State(state): State<Arc<PortalState>>,
    Received(post, refusal): Received,
) -> Response {
    let t = post.v.t;
    let o = match association(&state, post.field("id")) {
        Ok(Some(o)) => o,
        Ok(None) => {
            let status = refusal.map_or(StatusCode::NOT_FOUND, |r| r.status);
            return picker(&state, &post.v, status, Some("change-unknown"));
        }
        Err(e) => return server_error(t, &e),
    };
    let none = AboutRecordErrors::default();
    if let Some(r) = refusal {
        return r.answer(&post.v, change_page(&post, &o, &none, Some(t.get(r.key))));
    }
    let kind = if post.field("change") == "removal" {
        SubmissionKind::RemovalRequest
    } else {
        SubmissionKind::Correction
    };
    let checked = AboutRecord {
        kind: RecordKind::Organization,
        id: &o.id,
        name: &o.name,
        message: post.field("message"),
        email: post.field("email"),
    }
    .check();
    let payload = match checked {
        Ok(p) => p,
        Err(e) => {
            let page = change_page(&post, &o, &e, None);
            return post.v.answer(StatusCode::UNPROCESSABLE_ENTITY, page);
        }
    };
    match send(&state, t, &post.fields, kind, payload) {
        Sent::Stored(uuid) => post
            .v
            .answer(StatusCode::OK, sent_page(&post.v, uuid, kind, &o.name)),
        Sent::Refused(why) => {
            let page = change_page(&post, &o, &none, Some(why));
            post.v.answer(StatusCode::UNPROCESSABLE_ENTITY, page)
        }
        Sent::Failed(r) => r,
    }
}

// ---------------------------------------------------------------- sent, and its state

fn status_path(uuid: uuid::Uuid) -> String {
    format!("{STATUS_PATH}/{}", uuid.hyphenated())
}

/// "Thank you": what was sent, its reference and where to follow it.
fn sent_page(v: &Visitor, uuid: uuid::Uuid, kind: SubmissionKind, name: &str) -> Page {
    let t = v.t;
    let reference = uuid.hyphenated().to_string();
    let main = html! {
        h1 { (t.get("sent-title")) }
        p role="status" { (super::queue::kind_label(t, kind)) ": " strong { (name) } }
        p { (t.get("sent-reference")) " " code.reference { (reference) } }
        p { (t.get("sent-keep")) }
        p { a href=(status_path(uuid)) { (t.get("sent-status-link")) } }
        p.hint { (t.get("sent-api")) " " code { "GET /v1/submissions/" (reference) } }
        p { a href=(NEW_PATH) { (t.get("sent-another")) } }
    };
    v.page(NEW_PATH, &t.get("sent-title"), main)
}

/// What became of a submission, for whoever holds its reference (as
/// `GET /v1/submissions/{uuid}`: the state and a rejection's reason, never
/// the content or who decided).
async fn status(
    State(state): State<Arc<PortalState>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    UrlPath(uuid): UrlPath<String>,
    v: Visitor,
) -> Response {
    let t = v.t;
    let title = t.get("status-title");
    let here = format!(
        "{STATUS_PATH}/{}",
        uuid::Uuid::parse_str(&uuid)
            .map(|u| u.hyphenated().to_string())
            .unwrap_or_default()
    );
    if let Err(wait) = state.take_token(state.client(addr, &headers), Bucket::Outcomes) {
        let r = Refusal {
            status: StatusCode::TOO_MANY_REQUESTS,
            key: "signup-too-many",
            retry_after: Some(wait),
        };
        return r.answer(&v, v.page(&here, &title, alert_page(t, r.key)));
    }
    let found = match find_submission(&state, &uuid) {
        Ok(f) => f,
        Err(e) => return server_error(t, &e),
    };
    let Some(s) = found else {
        return v.answer(
            StatusCode::NOT_FOUND,
            v.page(&here, &title, alert_page(t, "status-unknown")),
        );
    };
    let (state_key, detail) = match s.status {
        SubmissionStatus::Pending => ("status-received", "status-received-detail"),
        SubmissionStatus::Accepted => ("status-accepted", "status-accepted-detail"),
        SubmissionStatus::Rejected => ("status-rejected", "status-rejected-detail"),
    };
    let main = html! {
        h1 { (title) }
        p { (t.get("sent-reference")) " " code.reference { (s.uuid) } }
        p data-state=(s.status.outcome()) {
            (t.get("status-state")) ": " strong { (t.get(state_key)) }
        }
        p { (t.get(detail)) }
        @if let Some(reason) = s.reason.as_deref().filter(|_| s.status == SubmissionStatus::Rejected) {
            p { (t.get("status-reason")) " " q { (reason) } }
        }
        p { a href=(NEW_PATH) { (t.get("sent-another")) } }
    };
    v.answer(StatusCode::OK, v.page(&here, &title, main))
}

// ---------------------------------------------------------------- the QR code

/// Where people reach the sign-up form: under the configured public base
/// URL, or else the request's `Host` when it looks like a host name (it is
/// written on the page and into the code: never a value that could carry
/// markup or another address).
fn form_url(state: &PortalState, headers: &HeaderMap) -> Option<String> {
    let base = match &state.cfg.public_base_url {
        Some(base) => base.trim_end_matches('/').to_string(),
        None => {
            let host = headers.get(header::HOST)?.to_str().ok()?;
            if !safe_host(host) {
                return None;
            }
            let scheme = if state.cfg.secure_cookies {
                "https"
            } else {
                "http"
            };
            format!("{scheme}://{host}")
        }
    };
    Some(format!("{base}{NEW_PATH}"))
}

/// The QR code of `url` as SVG markup (the `qrcode` crate's, made of the
/// code's modules only: no text of the URL is in it), without the XML
/// prolog that has no place inside HTML.
fn qr_svg(url: &str) -> Option<String> {
    let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
    let svg = code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(240, 240)
        .quiet_zone(true)
        .build();
    let start = svg.find("<svg")?;
    Some(svg[start..].to_string())
}

/// A page to print and pin up: the title, the QR code, and the address
/// written under it, on one A4 sheet.
async fn qr(State(state): State<Arc<PortalState>>, headers: HeaderMap, v: Visitor) -> Response {
    let t = v.t;
    let title = t.get("signup-title");
    let Some((url, svg)) = form_url(&state, &headers).and_then(|u| Some((u.clone(), qr_svg(&u)?)))
    else {
        return v.answer(
            StatusCode::BAD_REQUEST,
            v.page(QR_PATH, &title, alert_page(t, "qr-no-address")),
        );
    };
    let main = html! {
        div.qr-sheet {
            h1 { (title) }
            p { (t.get("qr-intro")) }
            div.qr role="img" aria-label=(t.with("qr-alt", &[("url", url.clone())])) {
                (PreEscaped(svg))
            }
            p.url { (url) }
            p { (t.get("qr-moderated")) }
        }
        p.no-print.hint { (t.get("qr-print-hint")) }
    };
    v.answer(StatusCode::OK, v.page(QR_PATH, &title, main))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_qr_code_is_inline_svg_of_the_address() {
        let svg = qr_svg("https://portale.example/associazioni/segnala").unwrap();
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(!svg.contains("<?xml"));
        assert!(!svg.contains("portale.example"), "modules only");
    }

    #[test]
    fn a_form_keeps_its_reference_or_gets_a_fresh_one() {
        let mut fields = HashMap::new();
        let a = reference(&fields);
        assert_ne!(a, reference(&fields), "a fresh one each time");
        fields.insert("ref".to_string(), a.to_string());
        assert_eq!(reference(&fields), a);
        fields.insert("ref".to_string(), "<script>".to_string());
        assert_ne!(reference(&fields).to_string(), "<script>");
    }

    #[test]
    fn a_field_says_what_describes_it() {
        let t = ConsoleLang::It;
        let wrong = FieldError::new("form-error-email");
        let f = Field::new(t, "email", "signup-email");
        assert_eq!(f.described_by(), None);
        let f = f.hint(t, "signup-website-hint").error(Some(&wrong));
        assert_eq!(f.described_by().as_deref(), Some("email-hint email-error"));
        let html = f.input(t, "email", "a\"b", MAX_NAME).into_string();
        assert!(html.contains("aria-invalid=\"true\""), "{html}");
        assert!(html.contains("value=\"a&quot;b\""), "{html}");
        assert!(html.contains("role=\"alert\""), "{html}");
        let long = FieldError {
            key: "form-error-too-long",
            max: Some(200),
        };
        assert!(problem(t, &long).contains("200"));
    }

    #[test]
    fn every_message_of_the_shared_checks_is_translated() {
        for lang in ConsoleLang::ALL {
            for key in catalog::form::MESSAGES {
                assert_ne!(lang.get(key), *key, "{} {key}", lang.code());
            }
        }
    }
}
