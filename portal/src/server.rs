//! `integra-portal serve`: the feed folder as static files (Range, ETag,
//! If-Range, Cache-Control), `POST /v1/submissions` (idempotent by uuid,
//! validated, size- and rate-limited, into the moderation queue), and the
//! editors' API (bearer tokens scoped to a territory and a role).
//!
//! Routes:
//! - `GET|HEAD /manifest.json`, `/manifest.json.minisig`, `/snap/*`, `/delta/*`
//! - `POST /v1/submissions` → 201 new, 200 already stored, 409 same uuid
//!   with other content, 400/413/422 bad input, 429 too many
//! - `GET|PUT|DELETE /v1/editor/services/{id}` (editor): `GET` gives the
//!   service's version as its `ETag`; `PUT` and `DELETE` of an existing
//!   service send it back as `If-Match` (or `If-Match: *` to overwrite
//!   whatever it holds; a new service `If-None-Match: *` or nothing):
//!   428 without, 409 with the current service when someone else changed
//!   it since
//! - `GET /v1/submissions/{uuid}` → what became of a submission (its uuid is
//!   the sender's secret: received, accepted, or rejected with the reason),
//!   404 unknown, 429 too many
//! - `GET /v1/moderation/submissions`, `POST …/{uuid}/accept|reject` (moderator;
//!   a rejection carries `{"reason": "…"}`, which the sender's app shows)
//! - `POST /v1/admin/tokens` (admin)
//! - `/console/…`: the editorial console (`crate::console`)

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, DefaultBodyLimit, Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use catalog::RecordKind;
use catalog::model::{CatalogData, Organization, Service};
use catalog::submission::{RECORD_ID, RECORD_KIND};
use catalog::validate::{ValidationOptions, validate};
use serde::Deserialize;
use serde_json::json;

use super::moderation::{self, ActionError};
use super::store::{Grant, Inserted, Role, Store, Submission, SubmissionKind, SubmissionStatus};
use super::territory::{allows, service_codes};

/// Per client address: `burst` requests at once, refilled over `per`.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
    pub burst: u32,
    pub per: Duration,
}

#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub feed_dir: PathBuf,
    /// Largest submission body accepted.
    pub max_submission_bytes: usize,
    pub submissions_rate: RateLimit,
    /// Reading back what became of submissions, per address (a bucket of
    /// its own, so an app asking about its sends never blocks its next one).
    pub outcomes_rate: RateLimit,
    /// Console logins per address.
    pub login_rate: RateLimit,
    /// Failed logins an account may have in `login_lock.per` before it
    /// waits for that window to pass.
    pub login_lock: RateLimit,
    /// The console is served over HTTPS (behind a proxy that ends TLS):
    /// its cookies are `Secure`.
    pub secure_cookies: bool,
    /// The key admins publish with from the console (None: publishing
    /// is done with `integra-portal publish` only).
    pub publish_key: Option<Arc<feed::sign::SigningKey>>,
    /// Reverse proxies in front of the portal (nginx): for requests that
    /// come through them, the rate limits count the address they saw.
    pub trusted_proxies: Vec<IpAddr>,
    /// Where people reach the portal (`https://portale.example`), for the
    /// links it prints, such as the public sign-up page's QR code; without
    /// it, the request's `Host` when it looks like a host name.
    pub public_base_url: Option<String>,
}

impl ServerConfig {
    pub fn new(feed_dir: impl Into<PathBuf>) -> ServerConfig {
        ServerConfig {
            feed_dir: feed_dir.into(),
            max_submission_bytes: 64 * 1024,
            submissions_rate: RateLimit {
                burst: 20,
                per: Duration::from_secs(60),
            },
            outcomes_rate: RateLimit {
                burst: 60,
                per: Duration::from_secs(60),
            },
            login_rate: RateLimit {
                burst: 10,
                per: Duration::from_secs(300),
            },
            login_lock: RateLimit {
                burst: 5,
                per: Duration::from_secs(900),
            },
            secure_cookies: false,
            publish_key: None,
            trusted_proxies: Vec::new(),
            public_base_url: None,
        }
    }
}

/// Whether `host` (a `Host` header) is a host name or IPv4 address with
/// an optional port, and nothing else: safe to write into a link.
pub(crate) fn safe_host(host: &str) -> bool {
    let (name, port) = match host.rsplit_once(':') {
        Some((name, port)) => (name, Some(port)),
        None => (host, None),
    };
    !name.is_empty()
        && name.len() <= 253
        && !name.starts_with(['.', '-'])
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
}

/// A public base URL (`serve --base-url`): `http://` or `https://`, a host
/// (and port), perhaps a path; no query, fragment or credentials. The URL
/// without its trailing `/`.
pub fn public_base_url(url: &str) -> Result<String, String> {
    let url = url.trim().trim_end_matches('/');
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .ok_or("the base URL starts with https:// or http://")?;
    let (host, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let path_ok = path
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.' | b'_' | b'~'));
    if safe_host(host) && path_ok {
        Ok(url.to_string())
    } else {
        Err(format!(
            "{url:?} is not a base URL such as https://portale.example"
        ))
    }
}

/// Shared state of the server.
pub struct PortalState {
    /// One store handle (the embedded store), or several connections to
    /// one database: a request takes whichever is free, so one slow call
    /// never holds up every other request of the instance.
    stores: Vec<Mutex<Box<dyn Store>>>,
    next_store: std::sync::atomic::AtomicUsize,
    /// Told each time a handle is given back, to whoever waits for one.
    freed: (Mutex<()>, std::sync::Condvar),
    pub cfg: ServerConfig,
    buckets: Mutex<HashMap<(IpAddr, Bucket), (f64, Instant)>>,
}

thread_local! {
    /// Whether this thread holds a store handle (`PortalState::store`).
    static HOLDS_STORE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// One store handle, for as long as it is held.
pub struct StoreGuard<'a>(
    Option<std::sync::MutexGuard<'a, Box<dyn Store>>>,
    &'a std::sync::Condvar,
);

impl std::fmt::Debug for StoreGuard<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreGuard").finish_non_exhaustive()
    }
}

impl std::ops::Deref for StoreGuard<'_> {
    type Target = Box<dyn Store>;
    fn deref(&self) -> &Self::Target {
        self.0.as_ref().expect("held until dropped")
    }
}

impl std::ops::DerefMut for StoreGuard<'_> {
    fn deref_mut(&mut self) -> &mut Self::Target {
        self.0.as_mut().expect("held until dropped")
    }
}

impl Drop for StoreGuard<'_> {
    fn drop(&mut self) {
        // Given back first, then told: a waiter that wakes finds it free.
        drop(self.0.take());
        HOLDS_STORE.with(|held| held.set(false));
        self.1.notify_one();
    }
}

/// Unix milliseconds now (failed logins are compared across instances).
fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// Which rate limit a request counts against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Bucket {
    Submissions,
    Outcomes,
    Login,
}

impl std::fmt::Debug for PortalState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PortalState")
            .field("cfg", &self.cfg)
            .finish_non_exhaustive()
    }
}

impl PortalState {
    pub fn new(store: Box<dyn Store>, cfg: ServerConfig) -> Arc<PortalState> {
        PortalState::with_stores(vec![store], cfg)
    }

    /// A state over several handles on one store (`store::open_pool`).
    pub fn with_stores(stores: Vec<Box<dyn Store>>, cfg: ServerConfig) -> Arc<PortalState> {
        assert!(!stores.is_empty(), "a portal needs its store");
        Arc::new(PortalState {
            stores: stores.into_iter().map(Mutex::new).collect(),
            next_store: std::sync::atomic::AtomicUsize::new(0),
            freed: (Mutex::new(()), std::sync::Condvar::new()),
            cfg,
            buckets: Mutex::new(HashMap::new()),
        })
    }

    /// A store handle for one request's work: a free one if there is one
    /// (taken in turn), else the first one given back. A thread
    /// holds one handle at a time: asking for a second while holding one
    /// could wait for itself forever, so it panics instead (a bug to fix
    /// by reading into a variable before asking again).
    pub fn store(&self) -> StoreGuard<'_> {
        use std::sync::TryLockError;
        HOLDS_STORE.with(|held| {
            assert!(
                !held.replace(true),
                "a store handle was asked for while this thread holds one"
            );
        });
        let n = self.stores.len();
        loop {
            let first = self
                .next_store
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed)
                % n;
            for i in 0..n {
                match self.stores[(first + i) % n].try_lock() {
                    Ok(guard) => return StoreGuard(Some(guard), &self.freed.1),
                    Err(TryLockError::Poisoned(p)) => {
                        return StoreGuard(Some(p.into_inner()), &self.freed.1);
                    }
                    Err(TryLockError::WouldBlock) => {}
                }
            }
            // Every handle is busy: wait until one is given back (or a
            // little while, in case it was given back just now), not for a
            // particular one that a long publication may hold.
            let waiting = self.freed.0.lock().unwrap_or_else(|p| p.into_inner());
            let _ = self
                .freed
                .1
                .wait_timeout(waiting, Duration::from_millis(20));
        }
    }

    /// Err(seconds to wait) while an account has had too many failed
    /// logins in the window (whatever address they came from).
    pub(crate) fn account_locked(&self, email: &str) -> Result<(), u64> {
        let lock = self.cfg.login_lock;
        let now = now_ms();
        let window = i64::try_from(lock.per.as_millis()).unwrap_or(i64::MAX);
        // The store keeps them, so the lock holds on every instance; a
        // store that cannot answer locks nobody out (logged).
        let times = match self.store().login_failures(email, now - window) {
            Ok(t) => t,
            Err(e) => {
                tracing::error!(error = %e, "failed logins could not be read");
                return Ok(());
            }
        };
        if times.len() < lock.burst as usize {
            return Ok(());
        }
        let oldest = times.first().copied().unwrap_or(now);
        Err(u64::try_from((oldest + window - now) / 1000)
            .unwrap_or(0)
            .max(1))
    }

    pub(crate) fn login_failed(&self, email: &str) {
        let now = now_ms();
        let window = i64::try_from(self.cfg.login_lock.per.as_millis()).unwrap_or(i64::MAX);
        if let Err(e) = self.store().add_login_failure(email, now, now - window) {
            tracing::error!(error = %e, "a failed login was not recorded");
        }
    }

    pub(crate) fn login_succeeded(&self, email: &str) {
        if let Err(e) = self.store().clear_login_failures(email) {
            tracing::error!(error = %e, "failed logins were not cleared");
        }
    }

    /// Token bucket per address; Err(seconds to wait) when empty.
    /// The address a request counts against (`crate::client_addr`).
    pub(crate) fn client(&self, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
        crate::client_addr::client_ip(peer.ip(), headers, &self.cfg.trusted_proxies)
    }

    pub(crate) fn take_token(&self, ip: IpAddr, bucket: Bucket) -> Result<(), u64> {
        let rate = match bucket {
            Bucket::Submissions => self.cfg.submissions_rate,
            Bucket::Outcomes => self.cfg.outcomes_rate,
            Bucket::Login => self.cfg.login_rate,
        };
        let per_token = rate.per.as_secs_f64() / f64::from(rate.burst.max(1));
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        let now = Instant::now();
        let (tokens, last) = buckets
            .entry((ip, bucket))
            .or_insert((f64::from(rate.burst), now));
        *tokens = (*tokens + now.duration_since(*last).as_secs_f64() / per_token)
            .min(f64::from(rate.burst));
        *last = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            Ok(())
        } else {
            Err(((1.0 - *tokens) * per_token).ceil() as u64)
        }
    }
}

/// The router (the caller serves it with `ConnectInfo<SocketAddr>`).
pub fn router(state: Arc<PortalState>) -> Router {
    let limit = state.cfg.max_submission_bytes;
    Router::new()
        .route(
            "/v1/submissions",
            post(post_submission).layer(DefaultBodyLimit::max(limit)),
        )
        .route("/v1/submissions/{uuid}", get(submission_outcome))
        .route(
            "/v1/editor/services/{id}",
            get(get_service).put(put_service).delete(delete_service),
        )
        .route("/v1/moderation/submissions", get(list_submissions))
        .route(
            "/v1/moderation/submissions/{uuid}/{decision}",
            post(decide_submission),
        )
        .route("/v1/admin/tokens", post(create_token))
        .merge(super::console::routes())
        .fallback(feed_file)
        .with_state(state)
}

/// Serves `router(state)` on `listener` until the task is dropped.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: Arc<PortalState>,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .await
}

fn error(status: StatusCode, message: impl Into<String>) -> Response {
    let message = message.into();
    // A 5xx is the server's failure: its cause goes to the log (a store
    // error; never a request's body). A 4xx is the client's, and answered.
    if status.is_server_error() {
        tracing::error!(status = status.as_u16(), error = %message, "request failed");
    }
    (status, axum::Json(json!({ "error": message }))).into_response()
}

// ---------------------------------------------------------------- feed files

fn safe_feed_path(path: &str) -> Option<(&str, bool)> {
    let rel = path.strip_prefix('/')?;
    match rel {
        "manifest.json" | "manifest.json.minisig" => return Some((rel, false)),
        _ => {}
    }
    let (dir, name) = rel.split_once('/')?;
    let ok_name = !name.is_empty()
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
    ((dir == "snap" || dir == "delta") && ok_name).then_some((rel, true))
}

/// Parses a single `bytes=a-b` range against `len`.
fn parse_range(value: &str, len: u64) -> Option<Result<(u64, u64), ()>> {
    let spec = value.trim().strip_prefix("bytes=")?;
    if spec.contains(',') {
        return None; // multiple ranges: answer with the whole file
    }
    let (a, b) = spec.split_once('-')?;
    let range = if a.is_empty() {
        let n: u64 = b.parse().ok()?;
        if n == 0 {
            return Some(Err(()));
        }
        (len.saturating_sub(n), len.checked_sub(1)?)
    } else {
        let start: u64 = a.parse().ok()?;
        let end = if b.is_empty() {
            len.checked_sub(1)?
        } else {
            b.parse::<u64>().ok()?.min(len.saturating_sub(1))
        };
        (start, end)
    };
    if range.0 >= len || range.0 > range.1 {
        return Some(Err(()));
    }
    Some(Ok(range))
}

async fn feed_file(
    State(state): State<Arc<PortalState>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return error(StatusCode::NOT_FOUND, "not found");
    }
    let Some((rel, hashed)) = safe_feed_path(uri.path()) else {
        return error(StatusCode::NOT_FOUND, "not found");
    };
    let path = state.cfg.feed_dir.join(rel);
    let Ok(bytes) = tokio::fs::read(&path).await else {
        return error(StatusCode::NOT_FOUND, "not found");
    };
    let len = bytes.len() as u64;
    // Hashed files are immutable: their name is their ETag. The manifest's
    // ETag is a hash of its bytes.
    let etag = if hashed {
        let stem = rel.rsplit('/').next().unwrap_or(rel);
        format!("\"{}\"", stem.trim_end_matches(".ndjson.zst"))
    } else {
        format!("\"{}\"", &feed::format::sha256_hex(&bytes)[..32])
    };
    let mut h = HeaderMap::new();
    h.insert(
        header::ETAG,
        HeaderValue::from_str(&etag).expect("ascii etag"),
    );
    h.insert(header::ACCEPT_RANGES, HeaderValue::from_static("bytes"));
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(if hashed {
            "public, max-age=31536000, immutable"
        } else {
            "public, max-age=60, must-revalidate"
        }),
    );
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(if rel == "manifest.json" {
            "application/json"
        } else if hashed {
            "application/zstd"
        } else {
            "text/plain; charset=utf-8"
        }),
    );
    let header_str = |name: header::HeaderName| headers.get(name).and_then(|v| v.to_str().ok());
    if let Some(inm) = header_str(header::IF_NONE_MATCH)
        && inm.split(',').any(|t| t.trim() == etag || t.trim() == "*")
    {
        return (StatusCode::NOT_MODIFIED, h).into_response();
    }
    let range_ok = header_str(header::IF_RANGE).is_none_or(|v| v.trim() == etag);
    let range = header_str(header::RANGE)
        .filter(|_| range_ok)
        .and_then(|r| parse_range(r, len));
    let (status, body) = match range {
        Some(Err(())) => {
            h.insert(
                header::CONTENT_RANGE,
                HeaderValue::from_str(&format!("bytes */{len}")).expect("ascii"),
            );
            return (StatusCode::RANGE_NOT_SATISFIABLE, h).into_response();
        }
        Some(Ok((a, b))) => {
            h.insert(
                header::CONTENT_RANGE,
                HeaderValue::from_str(&format!("bytes {a}-{b}/{len}")).expect("ascii"),
            );
            (
                StatusCode::PARTIAL_CONTENT,
                bytes[a as usize..=b as usize].to_vec(),
            )
        }
        None => (StatusCode::OK, bytes),
    };
    h.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    if method == Method::HEAD {
        return (status, h).into_response();
    }
    (status, h, Body::from(body)).into_response()
}

// ---------------------------------------------------------------- submissions

#[derive(Deserialize)]
struct SubmissionBody {
    uuid: String,
    kind: SubmissionKind,
    payload: serde_json::Value,
}

/// Checks what a submission carries: an object, with a valid record when
/// it proposes one, or a kind and id for a removal.
fn validate_payload(kind: SubmissionKind, payload: &serde_json::Value) -> Result<(), String> {
    let obj = payload.as_object().ok_or("payload must be a JSON object")?;
    if let Some(msg) = obj.get("message") {
        let text = msg.as_str().ok_or("message must be text")?;
        if text.chars().count() > 4000 {
            return Err("message is longer than 4000 characters".into());
        }
    }
    if let Some(s) = obj.get("service") {
        let s: Service = serde_json::from_value(s.clone()).map_err(|e| format!("service: {e}"))?;
        validate(
            &CatalogData {
                services: vec![s],
                ..CatalogData::default()
            },
            ValidationOptions::default(),
        )
        .map_err(|e| e.to_string())?;
    }
    if let Some(o) = obj.get("organization") {
        let o: Organization =
            serde_json::from_value(o.clone()).map_err(|e| format!("organization: {e}"))?;
        validate(
            &CatalogData {
                organizations: vec![o],
                ..CatalogData::default()
            },
            ValidationOptions::default(),
        )
        .map_err(|e| e.to_string())?;
    }
    let text = |field: &str| obj.get(field).and_then(|v| v.as_str()).unwrap_or("");
    match kind {
        SubmissionKind::RemovalRequest => {
            let id = text(RECORD_ID);
            if RecordKind::from_name(text(RECORD_KIND)).is_none() || id.is_empty() || id.len() > 200
            {
                return Err(format!(
                    "a removal request names the record: {RECORD_KIND} and {RECORD_ID}"
                ));
            }
        }
        // An editor's tool may propose the record itself; the app's form
        // sends what a person knows of it.
        SubmissionKind::NewAssociation if obj.get("organization").is_none() => {
            named_in_a_comune("a new association", &text)?;
            if ["email", "phone", "website"]
                .iter()
                .all(|f| text(f).trim().is_empty())
            {
                return Err("a new association gives an email, phone or website".into());
            }
            short_fields(&["community", "email", "phone", "website"], &text)?;
            if text("description").chars().count() > 4000 {
                return Err("description is longer than 4000 characters".into());
            }
        }
        SubmissionKind::NewService => {
            named_in_a_comune("a new service", &text)?;
            if text("message").trim().is_empty() {
                return Err("a new service says what it offers (message)".into());
            }
            if !catalog::taxonomy::Taxonomy::bundled().is("area", text("area")) {
                return Err("a new service names one of the portal's areas (area)".into());
            }
            short_fields(&["address", "phone", "website", "contact_email"], &text)?;
        }
        SubmissionKind::NewAssociation | SubmissionKind::Correction => {}
    }
    Ok(())
}

/// A proposed record's name (2 to 200 characters) and its comune, by an
/// ISTAT code the gazetteer holds.
fn named_in_a_comune<'a>(what: &str, text: &impl Fn(&str) -> &'a str) -> Result<(), String> {
    let name = text("name").trim().chars().count();
    if !(2..=200).contains(&name) {
        return Err(format!("{what} has a name of 2 to 200 characters"));
    }
    if catalog::Gazetteer::bundled()
        .by_istat(text("comune_istat"))
        .is_none()
    {
        return Err(format!(
            "{what} names its comune by ISTAT code (comune_istat)"
        ));
    }
    Ok(())
}

fn short_fields<'a>(fields: &[&str], text: &impl Fn(&str) -> &'a str) -> Result<(), String> {
    for field in fields {
        if text(field).chars().count() > 200 {
            return Err(format!("{field} is longer than 200 characters"));
        }
    }
    Ok(())
}

/// 429 with the seconds to wait before the bucket has a token again.
fn too_many(message: &str, wait_secs: u64) -> Response {
    let mut r = error(StatusCode::TOO_MANY_REQUESTS, message);
    r.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(wait_secs.max(1)));
    r
}

/// Why a submission was not taken.
#[derive(Debug)]
pub(crate) enum NotTaken {
    /// What is wrong with it (the API's words).
    Invalid(String),
    Store(super::StoreError),
}

/// Checks a submission and puts it in the moderation queue: what
/// `POST /v1/submissions` and the public sign-up page
/// (`crate::console::signup`) both do with what they receive.
pub(crate) fn take_submission(
    state: &PortalState,
    uuid: uuid::Uuid,
    kind: SubmissionKind,
    payload: serde_json::Value,
) -> Result<Inserted, NotTaken> {
    validate_payload(kind, &payload).map_err(NotTaken::Invalid)?;
    let submission = Submission {
        uuid: uuid.hyphenated().to_string(),
        kind,
        payload,
        received_at: chrono::Utc::now().to_rfc3339(),
        status: SubmissionStatus::Pending,
        decided_by: None,
        reason: None,
        decided_at: None,
    };
    let added = state.store().add_submission(&submission);
    added.map_err(NotTaken::Store)
}

/// The submission under `uuid`, if `uuid` is one and names a submission.
pub(crate) fn find_submission(
    state: &PortalState,
    uuid: &str,
) -> Result<Option<Submission>, super::StoreError> {
    match uuid::Uuid::parse_str(uuid) {
        Ok(u) => state.store().submission(&u.hyphenated().to_string()),
        Err(_) => Ok(None),
    }
}

async fn post_submission(
    State(state): State<Arc<PortalState>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(wait) = state.take_token(state.client(addr, &headers), Bucket::Submissions) {
        return too_many("too many submissions; try later", wait);
    }
    let sub: SubmissionBody = match serde_json::from_slice(&body) {
        Ok(s) => s,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                format!("malformed submission: {e}"),
            );
        }
    };
    let Ok(parsed) = uuid::Uuid::parse_str(&sub.uuid) else {
        return error(StatusCode::UNPROCESSABLE_ENTITY, "uuid is not a UUID");
    };
    let uuid = parsed.hyphenated().to_string();
    match take_submission(&state, parsed, sub.kind, sub.payload) {
        Ok(Inserted::New) => (
            StatusCode::CREATED,
            axum::Json(json!({"uuid": uuid, "status": "pending"})),
        )
            .into_response(),
        Ok(Inserted::Duplicate) => (
            StatusCode::OK,
            axum::Json(json!({"uuid": uuid, "status": "already received"})),
        )
            .into_response(),
        Ok(Inserted::Conflict) => error(
            StatusCode::CONFLICT,
            "another submission with this uuid has different content",
        ),
        Err(NotTaken::Invalid(reason)) => error(StatusCode::UNPROCESSABLE_ENTITY, reason),
        Err(NotTaken::Store(e)) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

/// What became of a submission, for the app that sent it. The uuid (a
/// random v4 the app made) is what entitles the asker: the answer carries
/// the state and a rejection's reason, never the submission's content or
/// who decided.
async fn submission_outcome(
    State(state): State<Arc<PortalState>>,
    ConnectInfo(addr): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    UrlPath(uuid): UrlPath<String>,
) -> Response {
    if let Err(wait) = state.take_token(state.client(addr, &headers), Bucket::Outcomes) {
        return too_many("too many requests; try later", wait);
    }
    match find_submission(&state, &uuid) {
        Ok(Some(s)) => {
            let mut body = json!({
                "uuid": s.uuid,
                "state": s.status.outcome(),
            });
            if s.status == SubmissionStatus::Rejected
                && let Some(reason) = s.reason
            {
                body["reason"] = reason.into();
            }
            let mut r = axum::Json(body).into_response();
            r.headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            r
        }
        Ok(None) => error(StatusCode::NOT_FOUND, "no such submission"),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

// ---------------------------------------------------------------- editors

// The error is the response handlers return as is.
#[allow(clippy::result_large_err)]
fn authorize(state: &PortalState, headers: &HeaderMap, need: Role) -> Result<Grant, Response> {
    let unauthorized = || {
        let mut r = error(StatusCode::UNAUTHORIZED, "a bearer token is required");
        r.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        r
    };
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(unauthorized)?;
    let grant = state
        .store()
        .grant(&super::token_sha256(token))
        .map_err(|e| error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()))?
        .ok_or_else(unauthorized)?;
    if grant.role < need {
        return Err(error(
            StatusCode::FORBIDDEN,
            format!("this needs the {} role", need.as_str()),
        ));
    }
    Ok(grant)
}

fn outside(grant: &Grant) -> Response {
    error(
        StatusCode::FORBIDDEN,
        format!(
            "the record lies outside your territory ({})",
            grant.territory.as_deref().unwrap_or("-")
        ),
    )
}

async fn get_service(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Response {
    if let Err(r) = authorize(&state, &headers, Role::Editor) {
        return r;
    }
    let found = state.store().service(&id);
    match found {
        Ok(Some(s)) => {
            let tag = etag(&service_version(&s));
            let mut r = axum::Json(s).into_response();
            r.headers_mut().insert(header::ETAG, tag);
            r
        }
        Ok(None) => error(StatusCode::NOT_FOUND, "no such service"),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

fn service_version(s: &Service) -> String {
    catalog::RecordRef::Service(s).hash()
}

fn etag(version: &str) -> HeaderValue {
    HeaderValue::from_str(&format!("\"{version}\"")).expect("hex is a header value")
}

/// What a write to an existing record must say it started from: without
/// it, another editor's change since could be overwritten unseen.
#[derive(Debug, PartialEq, Eq)]
enum Precondition {
    /// `If-Match: "<version>"`: the record is still at that version.
    Version(String),
    /// `If-Match: *`: whatever version the record is at (a tool that means
    /// to overwrite says so).
    AnyVersion,
    /// `If-None-Match: *`: the record does not exist yet.
    Absent,
    None,
}

fn precondition(headers: &HeaderMap) -> Precondition {
    let value = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(tag) = value(header::IF_MATCH) {
        if tag == "*" {
            return Precondition::AnyVersion;
        }
        let tag = tag.strip_prefix("W/").unwrap_or(tag);
        return Precondition::Version(tag.trim_matches('"').to_string());
    }
    if value(header::IF_NONE_MATCH) == Some("*") {
        return Precondition::Absent;
    }
    Precondition::None
}

/// 409: the record is not at the version the writer started from. The
/// answer carries the current service (none when it was removed) and its
/// `ETag`, so the writer can show the other change and merge.
fn version_conflict(current: Option<&Service>) -> Response {
    let body = json!({
        "error": "the service was changed by someone else since you read it; nothing was \
                  written: read it again, merge, and send its new ETag",
        "current": current,
    });
    let mut r = (StatusCode::CONFLICT, axum::Json(body)).into_response();
    if let Some(s) = current {
        r.headers_mut()
            .insert(header::ETAG, etag(&service_version(s)));
    }
    r
}

fn precondition_required() -> Response {
    error(
        StatusCode::PRECONDITION_REQUIRED,
        "send If-Match with the ETag of the service as you read it (GET), or If-Match: * \
         to overwrite whatever it holds; a new service is sent with If-None-Match: *",
    )
}

/// The versions a write expects, from its precondition and the record as
/// it is now; Err: the answer when they already disagree.
// The error is the response handlers return as is.
#[allow(clippy::result_large_err)]
fn expected_versions(
    pre: Precondition,
    key: String,
    current: Option<&Service>,
) -> Result<crate::store::Versions, Response> {
    let now = current.map(service_version);
    let want = match (pre, now) {
        (Precondition::None, Some(_)) => return Err(precondition_required()),
        (Precondition::None | Precondition::Absent, None) => None,
        (Precondition::AnyVersion, Some(n)) => Some(n),
        (Precondition::Version(v), Some(n)) if v == n => Some(n),
        _ => return Err(version_conflict(current)),
    };
    Ok(crate::store::Versions::from([(key, want)]))
}

async fn put_service(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
    body: Bytes,
) -> Response {
    let grant = match authorize(&state, &headers, Role::Editor) {
        Ok(g) => g,
        Err(r) => return r,
    };
    let service: Service = match serde_json::from_slice(&body) {
        Ok(s) => s,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("malformed service: {e}")),
    };
    if service.id != id {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the id in the body differs from the URL",
        );
    }
    let territory = grant.territory();
    let mut store = state.store();
    let old = match store.service(&id) {
        Ok(Some(old)) if !allows(territory.as_ref(), &service_codes(&old)) => {
            return outside(&grant);
        }
        Ok(old) => old,
        Err(e) => return error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    };
    if !allows(territory.as_ref(), &service_codes(&service)) {
        return outside(&grant);
    }
    let key = RecordKind::Service.key(&id);
    let base = match expected_versions(precondition(&headers), key, old.as_ref()) {
        Ok(b) => b,
        Err(r) => return r,
    };
    let tag = etag(&service_version(&service));
    let data = CatalogData {
        services: vec![service],
        ..CatalogData::default()
    };
    match crate::history::save_from(store.as_mut(), &grant.label, &data, &base) {
        Ok(_) => (StatusCode::NO_CONTENT, [(header::ETAG, tag)]).into_response(),
        Err(super::StoreError::Conflict { .. }) => {
            // Another instance wrote between the read above and the write.
            let current = store.service(&id).ok().flatten();
            version_conflict(current.as_ref())
        }
        Err(super::StoreError::Catalog(e)) => {
            error(StatusCode::UNPROCESSABLE_ENTITY, e.to_string())
        }
        Err(super::StoreError::Refused(why)) => error(StatusCode::UNPROCESSABLE_ENTITY, why),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

async fn delete_service(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath(id): UrlPath<String>,
) -> Response {
    let grant = match authorize(&state, &headers, Role::Editor) {
        Ok(g) => g,
        Err(r) => return r,
    };
    let mut store = state.store();
    match store.service(&id) {
        Ok(Some(old)) if !allows(grant.territory().as_ref(), &service_codes(&old)) => {
            outside(&grant)
        }
        Ok(Some(old)) => {
            let key = RecordKind::Service.key(&id);
            let base = match expected_versions(precondition(&headers), key.clone(), Some(&old)) {
                Ok(mut b) => b.remove(&key).flatten(),
                Err(r) => return r,
            };
            let removed = crate::history::remove_from(
                store.as_mut(),
                &grant.label,
                RecordKind::Service,
                &id,
                base.as_deref(),
            );
            match removed {
                Ok(_) => StatusCode::NO_CONTENT.into_response(),
                Err(super::StoreError::Conflict { .. }) => {
                    let current = store.service(&id).ok().flatten();
                    version_conflict(current.as_ref())
                }
                Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
            }
        }
        Ok(None) => error(StatusCode::NOT_FOUND, "no such service"),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

async fn list_submissions(State(state): State<Arc<PortalState>>, headers: HeaderMap) -> Response {
    let grant = match authorize(&state, &headers, Role::Moderator) {
        Ok(g) => g,
        Err(r) => return r,
    };
    let list = moderation::waiting_for(state.store().as_ref(), &grant);
    match list {
        Ok(list) => axum::Json(list).into_response(),
        Err(e) => action_error(e),
    }
}

/// The answer to a refused or failed action.
pub(crate) fn action_error(e: ActionError) -> Response {
    let status = match &e {
        ActionError::Role(_) | ActionError::Outside(_) => StatusCode::FORBIDDEN,
        ActionError::NotFound => StatusCode::NOT_FOUND,
        ActionError::AlreadyDecided | ActionError::Changed(_) => StatusCode::CONFLICT,
        ActionError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        ActionError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
    };
    error(status, e.to_string())
}

/// Accepting applies what the submission proposes (a record to put, or a
/// record to remove) to the editorial store: it goes out in the next publish.
async fn decide_submission(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    UrlPath((uuid, decision)): UrlPath<(String, String)>,
    body: Bytes,
) -> Response {
    let grant = match authorize(&state, &headers, Role::Moderator) {
        Ok(g) => g,
        Err(r) => return r,
    };
    let status = match decision.as_str() {
        "accept" => SubmissionStatus::Accepted,
        "reject" => SubmissionStatus::Rejected,
        _ => return error(StatusCode::NOT_FOUND, "decide with accept or reject"),
    };
    let reason = match decision_reason(status, &body) {
        Ok(r) => r,
        Err(why) => return error(StatusCode::UNPROCESSABLE_ENTITY, why),
    };
    let at = chrono::Utc::now().to_rfc3339();
    let decided = moderation::decide(
        state.store().as_mut(),
        &grant,
        &uuid,
        moderation::Decide {
            status,
            reason,
            records: None,
        },
        &at,
    );
    match decided {
        Ok(()) => axum::Json(json!({"uuid": uuid, "status": decision})).into_response(),
        Err(e) => action_error(e),
    }
}

/// The longest reason a rejection may give (the sender reads it on a phone).
const MAX_REASON_CHARS: usize = 500;

#[derive(Deserialize)]
struct DecisionBody {
    reason: Option<String>,
}

/// A rejection's reason, from the body `{"reason": "…"}`: required, since
/// the sender sees it and may send again; an acceptance needs no body.
fn decision_reason(status: SubmissionStatus, body: &[u8]) -> Result<Option<String>, String> {
    let given = if body.iter().all(u8::is_ascii_whitespace) {
        None
    } else {
        serde_json::from_slice::<DecisionBody>(body)
            .map_err(|e| format!("malformed decision: {e}"))?
            .reason
    };
    let given = given
        .map(|r| r.trim().to_string())
        .filter(|r| !r.is_empty());
    match (status, given) {
        (SubmissionStatus::Rejected, None) => {
            Err("a rejection needs a reason ({\"reason\": \"…\"}): the sender reads it".into())
        }
        (_, Some(r)) if r.chars().count() > MAX_REASON_CHARS => Err(format!(
            "the reason is longer than {MAX_REASON_CHARS} characters"
        )),
        (SubmissionStatus::Rejected, given) => Ok(given),
        (_, _) => Ok(None),
    }
}

#[derive(Deserialize)]
struct TokenRequest {
    label: String,
    role: Role,
    territory: Option<String>,
}

async fn create_token(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Err(r) = authorize(&state, &headers, Role::Admin) {
        return r;
    }
    let req: TokenRequest = match serde_json::from_slice(&body) {
        Ok(r) => r,
        Err(e) => return error(StatusCode::BAD_REQUEST, e.to_string()),
    };
    if let Some(t) = &req.territory
        && catalog::Territory::from_code(t).is_none()
    {
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "territory is not an ISTAT code",
        );
    }
    let token = super::new_token();
    let grant = Grant {
        label: req.label,
        role: req.role,
        territory: req.territory,
    };
    let added = state
        .store()
        .add_token(&super::token_sha256(&token), &grant);
    match added {
        Ok(()) => (StatusCode::CREATED, axum::Json(json!({"token": token}))).into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}

#[cfg(test)]
mod tests {

    fn state_over(handles: usize) -> (tempfile::TempDir, Arc<PortalState>) {
        let dir = tempfile::tempdir().unwrap();
        let stores = (0..handles)
            .map(|_| {
                Box::new(crate::store::SqliteStore::open(dir.path()).unwrap()) as Box<dyn Store>
            })
            .collect();
        let state = PortalState::with_stores(stores, ServerConfig::new(dir.path()));
        (dir, state)
    }

    /// Requests take a free handle; when every one is busy, the first
    /// given back, whichever it is.
    #[test]
    fn a_request_takes_a_free_handle_or_the_first_given_back() {
        let (_dir, state) = state_over(2);
        let (held_tx, held_rx) = std::sync::mpsc::channel();
        let (release_tx, release_rx) = std::sync::mpsc::channel::<()>();
        let holder = {
            let state = state.clone();
            std::thread::spawn(move || {
                let _long = state.store();
                held_tx.send(()).unwrap();
                release_rx.recv().unwrap();
            })
        };
        held_rx.recv().unwrap();
        // One handle is held elsewhere: the other is free at once, again
        // and again.
        for _ in 0..4 {
            let started = Instant::now();
            drop(state.store());
            assert!(started.elapsed() < Duration::from_secs(1));
        }
        // Both busy: a third asker gets the first one given back.
        let second = state.store();
        let waiter = {
            let state = state.clone();
            std::thread::spawn(move || {
                let started = Instant::now();
                drop(state.store());
                started.elapsed()
            })
        };
        std::thread::sleep(Duration::from_millis(100));
        drop(second);
        let waited = waiter.join().unwrap();
        assert!(waited >= Duration::from_millis(90), "{waited:?}");
        assert!(waited < Duration::from_secs(2), "{waited:?}");
        release_tx.send(()).unwrap();
        holder.join().unwrap();
    }

    /// A thread that asks for a second handle while it holds one would
    /// wait for itself: it is told at once instead.
    #[test]
    #[should_panic(expected = "while this thread holds one")]
    fn asking_twice_on_one_thread_is_a_bug_told_at_once() {
        let (_dir, state) = state_over(1);
        let _one = state.store();
        let _two = state.store();
    }
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-9", 100), Some(Ok((0, 9))));
        assert_eq!(parse_range("bytes=90-", 100), Some(Ok((90, 99))));
        assert_eq!(parse_range("bytes=-10", 100), Some(Ok((90, 99))));
        assert_eq!(parse_range("bytes=95-200", 100), Some(Ok((95, 99))));
        assert_eq!(parse_range("bytes=100-", 100), Some(Err(())));
        assert_eq!(parse_range("bytes=0-1,5-6", 100), None);
        assert_eq!(parse_range("items=0-1", 100), None);
    }

    #[test]
    fn a_rejection_says_why_and_an_acceptance_needs_nothing() {
        use SubmissionStatus::{Accepted, Rejected};
        assert_eq!(
            decision_reason(Rejected, br#"{"reason": " Esiste gi\u00e0. "}"#),
            Ok(Some("Esiste già.".into()))
        );
        for missing in [&b""[..], b"  \n", br#"{}"#, br#"{"reason": "   "}"#] {
            assert!(decision_reason(Rejected, missing).is_err(), "{missing:?}");
        }
        assert!(decision_reason(Rejected, b"reason=no").is_err(), "not JSON");
        let long = format!(r#"{{"reason": "{}"}}"#, "x".repeat(MAX_REASON_CHARS + 1));
        assert!(decision_reason(Rejected, long.as_bytes()).is_err());
        assert_eq!(decision_reason(Accepted, b""), Ok(None));
        assert_eq!(decision_reason(Accepted, br#"{"reason": "ok"}"#), Ok(None));
    }

    #[test]
    fn hosts_and_base_urls_are_only_addresses() {
        for good in [
            "portale.example",
            "127.0.0.1:8080",
            "localhost",
            "a-b.example:443",
        ] {
            assert!(safe_host(good), "{good}");
        }
        for bad in [
            "",
            ":80",
            "a b",
            "evil.example/x",
            "a\"><script>",
            "user@host",
            "host:port",
            "host:123456",
            ".example",
        ] {
            assert!(!safe_host(bad), "{bad}");
        }
        assert_eq!(
            public_base_url("https://portale.example/integra/").as_deref(),
            Ok("https://portale.example/integra")
        );
        for bad in [
            "portale.example",
            "javascript:alert(1)",
            "https://a.example/?q=1",
            "https://u:p@a.example",
            "https://a.example/#x",
        ] {
            assert!(public_base_url(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn feed_paths_stay_inside_the_folder() {
        assert!(safe_feed_path("/manifest.json").is_some());
        assert!(safe_feed_path("/snap/abc.ndjson.zst").is_some());
        assert!(safe_feed_path("/snap/../portal.sqlite").is_none());
        assert!(safe_feed_path("/snap/.tmp-x").is_none());
        assert!(safe_feed_path("/editorial.sqlite").is_none());
        assert!(safe_feed_path("/delta/a/b").is_none());
    }
}
