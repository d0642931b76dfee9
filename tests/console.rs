//! The editorial console over real HTTP on loopback: accounts and
//! sessions (argon2id hashes, cookie flags, a fresh id at login, expiry,
//! CSRF on every form, rate-limited logins), role and territory checked on
//! the server whatever URL is typed, moderation (an association the app
//! sends, edited and accepted; another rejected with a reason the app reads
//! back), escaping, the admins' accounts page, and the public pages where
//! associations sign up (CSRF, rate limit, hostile input, the QR code).

use std::collections::HashMap;

use portal::{Role, ServerConfig, Store};

#[path = "sync_support.rs"]
mod sync_support;
use sync_support::{Portal, serve_state, small_catalog};

/// A browser without JavaScript: keeps cookies, follows no redirects.
struct Browser {
    http: reqwest::Client,
    base: String,
    cookies: HashMap<String, String>,
}

struct Page {
    status: u16,
    headers: reqwest::header::HeaderMap,
    body: String,
}

impl Page {
    fn location(&self) -> &str {
        self.headers
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect()
    }

    /// The value of the first hidden `csrf` field.
    fn csrf(&self) -> String {
        let at = self
            .body
            .find("name=\"csrf\" value=\"")
            .expect("a csrf field")
            + 19;
        self.body[at..at + 64].to_string()
    }
}

impl Browser {
    fn new(base: &str) -> Browser {
        Browser {
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            base: base.trim_end_matches('/').to_string(),
            cookies: HashMap::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    async fn finish(&mut self, r: reqwest::Response) -> Page {
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        let body = String::from_utf8(r.bytes().await.unwrap().to_vec()).unwrap();
        let page = Page {
            status,
            headers,
            body,
        };
        for c in page.set_cookies() {
            let pair = c.split(';').next().unwrap();
            let (k, v) = pair.split_once('=').unwrap();
            if v.is_empty() || c.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        page
    }

    async fn get(&mut self, path: &str) -> Page {
        let r = self
            .http
            .get(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .header("accept-language", "it-IT,it;q=0.9")
            .send()
            .await
            .unwrap();
        self.finish(r).await
    }

    async fn post(&mut self, path: &str, fields: &[(&str, &str)]) -> Page {
        let body = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let r = self
            .http
            .post(format!("{}{path}", self.base))
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .unwrap();
        self.finish(r).await
    }

    /// Logs in through the form; the answer to the form's post.
    async fn login(&mut self, email: &str, password: &str) -> Page {
        let form = self.get("/console/login").await;
        assert_eq!(form.status, 200, "{}", form.body);
        let csrf = form.csrf();
        self.post(
            "/console/login",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await
    }
}

fn urlencode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

const PASSWORD: &str = "gatto verde sul tetto";

/// An account with its password set through its one-time link.
async fn account(
    portal: &Portal,
    base: &str,
    email: &str,
    role: Role,
    territory: Option<&str>,
) -> Browser {
    let link = portal::console::invite_account(
        &mut portal.store(),
        email,
        role,
        territory,
        chrono::Utc::now().timestamp(),
        "2026-12-07T00:00:00Z",
    )
    .unwrap()
    .unwrap();
    let mut b = Browser::new(base);
    let form = b.get(&link).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains(email));
    let csrf = form.csrf();
    let weak = b
        .post(
            &link,
            &[
                ("csrf", &csrf),
                ("password", "Password2024!!"),
                ("again", "Password2024!!"),
            ],
        )
        .await;
    assert_eq!(weak.status, 422);
    assert!(weak.body.contains("troppo comune"), "{}", weak.body);
    let short = b
        .post(
            &link,
            &[("csrf", &csrf), ("password", "corta"), ("again", "corta")],
        )
        .await;
    assert!(short.body.contains("troppo corta"), "{}", short.body);
    let set = b
        .post(
            &link,
            &[("csrf", &csrf), ("password", PASSWORD), ("again", PASSWORD)],
        )
        .await;
    assert_eq!(set.status, 303, "{}", set.body);
    assert_eq!(set.location(), "/console/login?welcome=1");
    // A link works once.
    assert_eq!(Browser::new(base).get(&link).await.status, 404);
    b
}

/// The portal served with `change` made to the default configuration.
async fn serve_with(
    portal: &Portal,
    change: impl FnOnce(&mut ServerConfig),
) -> sync_support::Server {
    let mut cfg = ServerConfig::new(&portal.feed_dir);
    change(&mut cfg);
    serve_state(portal::PortalState::new(Box::new(portal.store()), cfg)).await
}

/// An account, logged in.
async fn signed_in(
    portal: &Portal,
    base: &str,
    email: &str,
    role: Role,
    territory: Option<&str>,
) -> Browser {
    let mut b = account(portal, base, email, role, territory).await;
    assert_eq!(b.login(email, PASSWORD).await.status, 303);
    b
}

/// A service of the store inside `region` and one entirely outside it.
fn services_in_and_out(portal: &Portal, region: &str) -> (String, String) {
    use portal::territory::{allows, service_codes};
    let data = portal.store().catalog().unwrap();
    let t = catalog::Territory::from_code(region).unwrap();
    let inside = data
        .services
        .iter()
        .find(|s| allows(Some(&t), &service_codes(s)))
        .expect("a service in the region");
    let outside = data
        .services
        .iter()
        .find(|s| {
            let codes = service_codes(s);
            !codes.is_empty() && codes.iter().all(|c| !portal::territory::code_within(&t, c))
        })
        .expect("a service elsewhere");
    (inside.id.clone(), outside.id.clone())
}

fn assured_date(portal: &Portal, id: &str) -> Option<String> {
    portal.store().service(id).unwrap().unwrap().assured_date
}

#[tokio::test(flavor = "multi_thread")]
async fn sessions_are_server_side_fresh_at_login_and_guarded_by_csrf() {
    let portal = Portal::new(&small_catalog(400));
    let server = portal.serve().await;
    let base = server.url();
    let mut b = account(
        &portal,
        &base,
        "giulia@lazio.example",
        Role::Editor,
        Some("12"),
    )
    .await;

    // Only argon2id hashes are stored.
    let conn = rusqlite::Connection::open(portal.store_dir.join("portal.sqlite")).unwrap();
    let stored: String = conn
        .query_row("SELECT password_hash FROM account", [], |r| r.get(0))
        .unwrap();
    assert!(stored.starts_with("$argon2id$v=19$"), "{stored}");
    assert!(!stored.contains(PASSWORD));

    // Signed out: every screen sends to the login page.
    assert_eq!(b.get("/console/").await.location(), "/console/login");
    // A wrong password.
    let wrong = b
        .login("giulia@lazio.example", "gatto rosso sul tetto")
        .await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.body.contains("non corretti"));
    // A session id planted before login is not the one after it.
    b.cookies.insert("integra_session".into(), "ab".repeat(32));
    let ok = b.login("GIULIA@lazio.example ", PASSWORD).await;
    assert_eq!(
        (ok.status, ok.location()),
        (303, "/console/"),
        "{}",
        ok.body
    );
    let cookie = ok
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("integra_session="))
        .unwrap();
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/console"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain HTTP here: {cookie}");
    assert_ne!(b.cookies["integra_session"], "ab".repeat(32));
    let sessions: i64 = conn
        .query_row("SELECT count(*) FROM session", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sessions, 1, "the planted id was never stored");

    // The to-do screen, in Italian, with the territory's stale records.
    let todo = b.get("/console/").await;
    assert_eq!(todo.status, 200);
    assert!(todo.body.contains("<html lang=\"it\""));
    assert!(todo.body.contains("Da fare") && todo.body.contains("Lazio (12)"));

    // "Still valid" without, or with a wrong, CSRF token: 403, nothing written.
    let (lazio, _) = services_in_and_out(&portal, "12");
    let before = assured_date(&portal, &lazio);
    let confirm = format!("/console/records/service/{lazio}/confirm");
    assert_eq!(b.post(&confirm, &[]).await.status, 403);
    assert_eq!(
        b.post(&confirm, &[("csrf", &"0".repeat(64))]).await.status,
        403
    );
    assert_eq!(assured_date(&portal, &lazio), before);
    let csrf = todo.csrf();
    let done = b.post(&confirm, &[("csrf", &csrf)]).await;
    assert_eq!(done.status, 303, "{}", done.body);
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    assert_eq!(assured_date(&portal, &lazio), Some(today));
    // The check is in the record's history, by whom.
    let history = portal
        .store()
        .history(catalog::RecordKind::Service, &lazio, 5)
        .unwrap();
    assert_eq!(history[0].actor, "giulia@lazio.example");
    assert_eq!(history[0].fields[0].field, "assured_date");

    // An idle session ends.
    conn.execute("UPDATE session SET last_seen = last_seen - 3600", [])
        .unwrap();
    assert_eq!(
        b.get("/console/").await.location(),
        "/console/login?ended=1"
    );
    let ended = b.get("/console/login?ended=1").await;
    assert!(ended.body.contains("terminata"));

    // Logging out ends the session on the server.
    b.login("giulia@lazio.example", PASSWORD).await;
    let page = b.get("/console/").await;
    let id = b.cookies["integra_session"].clone();
    let out = b.post("/console/logout", &[("csrf", &page.csrf())]).await;
    assert_eq!(out.location(), "/console/login");
    b.cookies.insert("integra_session".into(), id);
    assert_eq!(
        b.get("/console/").await.location(),
        "/console/login?ended=1"
    );
    let audit: Vec<String> = conn
        .prepare("SELECT action FROM audit ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for action in ["password_set", "login_failed", "login", "logout"] {
        assert!(audit.iter().any(|a| a == action), "{action} in {audit:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_of_lazio_neither_sees_nor_changes_lombardy() {
    let portal = Portal::new(&small_catalog(400));
    let server = portal.serve().await;
    let base = server.url();
    let mut b = signed_in(
        &portal,
        &base,
        "referente@lazio.example",
        Role::Editor,
        Some("12"),
    )
    .await;
    let (lazio, elsewhere) = services_in_and_out(&portal, "12");
    let page = b.get(&format!("/console/records/service/{lazio}")).await;
    assert_eq!(page.status, 200);
    // Where the record comes from, how precisely each place is placed, and
    // its area by name.
    assert!(page.body.contains("Dati di esempio generati (non reali)"));
    assert!(
        [
            "(all&#39;indirizzo)",
            "(all'indirizzo)",
            "(al CAP)",
            "(al comune)"
        ]
        .iter()
        .any(|p| page.body.contains(p)),
        "{}",
        page.body
    );
    assert!(!page.body.contains(">italian-language<") && !page.body.contains(">work<"));
    let other = b
        .get(&format!("/console/records/service/{elsewhere}"))
        .await;
    assert_eq!(other.status, 403);
    assert!(other.body.contains("fuori dal tuo territorio"));
    let before = assured_date(&portal, &elsewhere);
    let csrf = other.csrf();
    let confirm = b
        .post(
            &format!("/console/records/service/{elsewhere}/confirm"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(confirm.status, 403);
    assert!(
        confirm.body.contains("fuori dal tuo territorio"),
        "{}",
        confirm.body
    );
    assert_eq!(assured_date(&portal, &elsewhere), before);
    // The to-do lists no record from elsewhere; moderation and accounts
    // are not an editor's.
    let todo = b.get("/console/").await;
    assert_eq!(todo.status, 200);
    let t = catalog::Territory::from_code("12").unwrap();
    let data = portal.store().catalog().unwrap();
    let (inside, outside): (Vec<_>, Vec<_>) = data
        .services
        .iter()
        .partition(|s| portal::territory::allows(Some(&t), &portal::territory::service_codes(s)));
    assert!(
        inside
            .iter()
            .any(|s| todo.body.contains(&format!("/service/{}\"", s.id)))
    );
    for s in outside {
        assert!(
            !todo.body.contains(&format!("/service/{}\"", s.id)),
            "{}",
            s.id
        );
    }
    assert_eq!(b.get("/console/moderation").await.status, 403);
    assert_eq!(b.get("/console/people").await.status, 403);
    assert_eq!(b.get("/console/audit").await.status, 403);
}

#[tokio::test(flavor = "multi_thread")]
async fn wrong_passwords_lock_the_account_for_a_while() {
    let portal = Portal::new(&small_catalog(20));
    let cfg = ServerConfig {
        login_lock: portal::RateLimit {
            burst: 3,
            per: std::time::Duration::from_secs(600),
        },
        ..ServerConfig::new(&portal.feed_dir)
    };
    let server = serve_state(portal::PortalState::new(Box::new(portal.store()), cfg)).await;
    let base = server.url();
    let mut b = account(&portal, &base, "m@roma.example", Role::Moderator, None).await;
    for _ in 0..3 {
        assert_eq!(
            b.login("m@roma.example", "non è la password").await.status,
            401
        );
    }
    // Now even the right password waits (the lock is the account's, not
    // the address's).
    let locked = b.login("m@roma.example", PASSWORD).await;
    assert_eq!(locked.status, 429);
    assert!(locked.headers.contains_key("retry-after"));
    // Another account is not locked by it.
    let mut other = account(&portal, &base, "n@roma.example", Role::Editor, None).await;
    assert_eq!(other.login("n@roma.example", PASSWORD).await.status, 303);
    // A login form posted without its cookie's token is refused.
    let mut stranger = Browser::new(&base);
    let forged = stranger
        .post(
            "/console/login",
            &[
                ("csrf", &"1".repeat(64)),
                ("email", "n@roma.example"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(forged.status, 403);
}

async fn submit(base: &str, payload: serde_json::Value) -> String {
    submit_kind(base, "new_association", payload).await
}

async fn submit_kind(base: &str, kind: &str, payload: serde_json::Value) -> String {
    let uuid = uuid_v4();
    let body = serde_json::json!({"uuid": uuid, "kind": kind, "payload": payload});
    let r = reqwest::Client::new()
        .post(format!("{base}v1/submissions"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    uuid
}

fn uuid_v4() -> String {
    let b: Vec<u8> = portal::new_token().into_bytes();
    let h = String::from_utf8(b).unwrap();
    format!(
        "{}-{}-4{}-8{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

async fn outcome(base: &str, uuid: &str) -> serde_json::Value {
    let r = reqwest::Client::new()
        .get(format!("{base}v1/submissions/{uuid}"))
        .send()
        .await
        .unwrap();
    serde_json::from_slice(&r.bytes().await.unwrap()).unwrap()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_moderator_edits_and_accepts_or_rejects_with_a_reason() {
    let portal = Portal::new(&small_catalog(20));
    let server = portal.serve().await;
    let base = server.url();
    let script = "<script>alert(1)</script>";
    let in_rome = submit(
        &base,
        serde_json::json!({"name": script, "comune_istat": "058091", "email": "info@amal.example",
                           "community": "", "activities": [], "phone": "", "website": "",
                           "description": "Corsi di arabo per bambini."}),
    )
    .await;
    let in_milan = submit(
        &base,
        serde_json::json!({"name": "Associazione Milano Aperta", "comune_istat": "015146",
                           "email": "info@aperta.example"}),
    )
    .await;
    let to_reject = submit(
        &base,
        serde_json::json!({"name": "Doppione", "comune_istat": "058091", "phone": "06 123"}),
    )
    .await;
    let mut m = signed_in(
        &portal,
        &base,
        "moderatore@lazio.example",
        Role::Moderator,
        Some("12"),
    )
    .await;
    let queue = m.get("/console/moderation").await;
    assert_eq!(queue.status, 200);
    // The name shows as text, never as markup.
    assert!(queue.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!queue.body.contains(script));
    // Only Lazio's submissions; the API answers the same.
    assert!(queue.body.contains(&in_rome) && queue.body.contains(&to_reject));
    assert!(!queue.body.contains(&in_milan));
    let token = portal.token(Role::Moderator, Some("12"));
    let listed = reqwest::Client::new()
        .get(format!("{base}v1/moderation/submissions"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        listed.contains(&in_rome) && !listed.contains(&in_milan),
        "{listed}"
    );
    let csrf = queue.csrf();
    let path = format!("/console/moderation/{in_rome}");
    // Accepted after editing the name.
    let accepted = m
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("action", "accept"),
                ("name", "Associazione Al Amal"),
                ("comune_istat", "058091"),
                ("email", "info@amal.example"),
                ("description", "Corsi di arabo per bambini."),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    let created = portal
        .store()
        .organization(&format!("assoc-{in_rome}"))
        .unwrap()
        .expect("the association is a record");
    assert_eq!(created.name, "Associazione Al Amal");
    assert_eq!(
        created.locations[0].precision,
        catalog::provenance::Precision::Comune
    );
    assert_eq!(outcome(&base, &in_rome).await["state"], "accepted");
    // A rejection needs its reason; the sender reads it.
    let path = format!("/console/moderation/{to_reject}");
    let bare = m
        .post(&path, &[("csrf", &csrf), ("action", "reject")])
        .await;
    assert_eq!(bare.status, 422);
    assert_eq!(outcome(&base, &to_reject).await["state"], "received");
    let rejected = m
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("action", "reject"),
                ("reason", "È già sulla mappa."),
            ],
        )
        .await;
    assert_eq!(rejected.status, 303);
    let read = outcome(&base, &to_reject).await;
    assert_eq!(
        (read["state"].as_str(), read["reason"].as_str()),
        (Some("rejected"), Some("È già sulla mappa."))
    );
    // Milan's is outside Lazio, whatever is posted.
    let outside = m
        .post(
            &format!("/console/moderation/{in_milan}"),
            &[("csrf", &csrf), ("action", "reject"), ("reason", "no")],
        )
        .await;
    assert_eq!(outside.status, 403);
    assert_eq!(outcome(&base, &in_milan).await["state"], "received");

    // A moderator of the comune of Roma accepts an association of Roma.
    let in_comune = submit(
        &base,
        serde_json::json!({"name": "Casa dei Popoli", "comune_istat": "058091",
                           "website": "https://casadeipopoli.example"}),
    )
    .await;
    let mut c = account(
        &portal,
        &base,
        "roma@comune.example",
        Role::Moderator,
        Some("058091"),
    )
    .await;
    assert_eq!(c.login("roma@comune.example", PASSWORD).await.status, 303);
    let queue = c.get("/console/moderation").await;
    assert!(queue.body.contains(&in_comune));
    let accepted = c
        .post(
            &format!("/console/moderation/{in_comune}"),
            &[
                ("csrf", &queue.csrf()),
                ("action", "accept"),
                ("name", "Casa dei Popoli"),
                ("comune_istat", "058091"),
                ("website", "https://casadeipopoli.example"),
            ],
        )
        .await;
    assert_eq!(accepted.status, 303, "{}", accepted.body);
    // Moved to another comune while editing: outside, nothing written.
    let moved = submit(
        &base,
        serde_json::json!({"name": "Spostata", "comune_istat": "058091", "phone": "06 1"}),
    )
    .await;
    let queue = c.get("/console/moderation").await;
    let elsewhere = c
        .post(
            &format!("/console/moderation/{moved}"),
            &[
                ("csrf", &queue.csrf()),
                ("action", "accept"),
                ("name", "Spostata"),
                ("comune_istat", "058047"),
            ],
        )
        .await;
    assert_eq!(elsewhere.status, 403);
    assert!(
        portal
            .store()
            .organization(&format!("assoc-{moved}"))
            .unwrap()
            .is_none()
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_correction_applies_only_the_record_it_is_about() {
    let portal = Portal::new(&small_catalog(400));
    let server = portal.serve().await;
    let base = server.url();
    let data = portal.store().catalog().unwrap();
    let (target, other) = (&data.services[0], &data.services[1]);
    let mut slipped = other.clone();
    slipped.name = "Nome cambiato di nascosto".into();
    let uuid = uuid_v4();
    let body = serde_json::json!({"uuid": uuid, "kind": "correction", "payload": {
        "record_kind": "service", "record_id": target.id, "message": "orari",
        "service": slipped}});
    let r = reqwest::Client::new()
        .post(format!("{base}v1/submissions"))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 201);
    let mut m = signed_in(
        &portal,
        &base,
        "nazionale@lavoro.example",
        Role::Moderator,
        None,
    )
    .await;
    let queue = m.get("/console/moderation").await;
    // The record sent is shown as it would be applied.
    assert!(queue.body.contains("Nome cambiato di nascosto"));
    let accept = m
        .post(
            &format!("/console/moderation/{uuid}"),
            &[("csrf", &queue.csrf()), ("action", "accept")],
        )
        .await;
    assert_eq!(accept.status, 422, "{}", accept.body);
    assert_eq!(
        portal.store().service(&other.id).unwrap().unwrap().name,
        other.name
    );
    assert_eq!(outcome(&base, &uuid).await["state"], "received");
}

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_invites_rescopes_and_disables() {
    let portal = Portal::new(&small_catalog(20));
    let server = portal.serve().await;
    let base = server.url();
    let mut admin = signed_in(
        &portal,
        &base,
        "redazione@lavoro.example",
        Role::Admin,
        None,
    )
    .await;
    let page = admin.get("/console/people").await;
    assert_eq!(page.status, 200);
    let csrf = page.csrf();
    let bad = admin
        .post(
            "/console/people",
            &[
                ("csrf", &csrf),
                ("email", "x@y.example"),
                ("role", "editor"),
                ("territory", "99"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422);
    // An admin has no territory: it would not bound what they manage.
    let scoped = admin
        .post(
            "/console/people",
            &[
                ("csrf", &csrf),
                ("email", "x@y.example"),
                ("role", "admin"),
                ("territory", "12"),
            ],
        )
        .await;
    assert_eq!(scoped.status, 422);
    assert!(
        portal
            .store()
            .account_by_email("x@y.example")
            .unwrap()
            .is_none()
    );
    // Nobody locks themselves out.
    let me = portal
        .store()
        .account_by_email("redazione@lavoro.example")
        .unwrap()
        .unwrap();
    let lockout = admin
        .post(
            &format!("/console/people/{}", me.id),
            &[
                ("csrf", &csrf),
                ("role", "admin"),
                ("territory", ""),
                ("disabled", "1"),
            ],
        )
        .await;
    assert_eq!(lockout.status, 422);
    assert!(!portal.store().account(me.id).unwrap().unwrap().disabled);
    let made = admin
        .post(
            "/console/people",
            &[
                ("csrf", &csrf),
                ("email", "comune@prato.example"),
                ("role", "editor"),
                ("territory", "100005"),
            ],
        )
        .await;
    assert_eq!(made.status, 201, "{}", made.body);
    assert!(made.body.contains("/console/welcome/"));
    let editor = portal
        .store()
        .account_by_email("comune@prato.example")
        .unwrap()
        .unwrap();
    assert_eq!(editor.territory.as_deref(), Some("100005"));
    // Disabling ends its sessions.
    let mut e = account_login_only(&portal, &base, &editor).await;
    assert_eq!(e.get("/console/").await.status, 200);
    let change = admin
        .post(
            &format!("/console/people/{}", editor.id),
            &[
                ("csrf", &csrf),
                ("role", "editor"),
                ("territory", "100"),
                ("disabled", "1"),
            ],
        )
        .await;
    assert_eq!(change.status, 303);
    assert_eq!(
        e.get("/console/").await.location(),
        "/console/login?ended=1"
    );
    assert_eq!(e.login("comune@prato.example", PASSWORD).await.status, 401);
    // A link sent before the account was disabled no longer sets a
    // password.
    let token = portal::new_token();
    portal
        .store()
        .add_invite(
            &portal::token_sha256(&token),
            editor.id,
            chrono::Utc::now().timestamp() + 600,
        )
        .unwrap();
    assert_eq!(
        e.get(&format!("/console/welcome/{token}")).await.status,
        404
    );
    let log = admin.get("/console/audit").await;
    assert!(log.body.contains("account modificato") && log.body.contains("comune@prato.example"));
}

/// Sets a password for an existing account through a fresh link, then
/// logs in.
async fn account_login_only(portal: &Portal, base: &str, a: &portal::accounts::Account) -> Browser {
    let token = portal::new_token();
    portal
        .store()
        .add_invite(
            &portal::token_sha256(&token),
            a.id,
            chrono::Utc::now().timestamp() + 600,
        )
        .unwrap();
    let mut b = Browser::new(base);
    let link = format!("/console/welcome/{token}");
    let form = b.get(&link).await;
    let csrf = form.csrf();
    b.post(
        &link,
        &[("csrf", &csrf), ("password", PASSWORD), ("again", PASSWORD)],
    )
    .await;
    assert_eq!(b.login(&a.email, PASSWORD).await.status, 303);
    b
}

/// The fields a browser would send for the first form of `page` whose
/// action is `action`, as the page filled them in (text, chosen options,
/// ticked boxes).
fn form_fields(body: &str, action: &str) -> Vec<(String, String)> {
    fn attr(tag: &str, name: &str) -> Option<String> {
        let key = format!(" {name}=\"");
        let at = tag.find(&key)? + key.len();
        let end = tag[at..].find('"')? + at;
        Some(unescape(&tag[at..end]))
    }
    fn unescape(s: &str) -> String {
        s.replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }
    let start = body
        .find(&format!("action=\"{action}\""))
        .unwrap_or_else(|| panic!("a form posting to {action}"));
    let end = body[start..].find("</form>").unwrap() + start;
    let form = &body[start..end];
    let mut out = Vec::new();
    let mut rest = form;
    while let Some(lt) = rest.find('<') {
        rest = &rest[lt..];
        let close = rest.find('>').unwrap();
        let tag = &rest[..=close];
        if tag.starts_with("<input") {
            let kind = attr(tag, "type").unwrap_or_default();
            if let Some(name) = attr(tag, "name") {
                let ticked = tag.contains(" checked");
                if kind != "checkbox" || ticked {
                    let v = attr(tag, "value").unwrap_or_else(|| "on".into());
                    out.push((name, v));
                }
            }
        } else if tag.starts_with("<textarea") {
            let name = attr(tag, "name").unwrap();
            let end = rest.find("</textarea>").unwrap();
            out.push((name, unescape(&rest[close + 1..end])));
        } else if tag.starts_with("<select") {
            let name = attr(tag, "name").unwrap();
            let end = rest.find("</select>").unwrap();
            let options = &rest[..end];
            let chosen = options
                .split("<option")
                .skip(1)
                .find(|o| o.contains(" selected"))
                .or_else(|| options.split("<option").nth(1))
                .and_then(|o| attr(&format!(" {}", o.trim_start()), "value"))
                .unwrap_or_default();
            out.push((name, chosen));
        }
        rest = &rest[close + 1..];
    }
    out
}

fn set_field(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    fields.retain(|(k, _)| k != name);
    fields.push((name.to_string(), value.to_string()));
}

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn an_editor_edits_creates_and_deactivates_with_each_error_beside_its_field() {
    let portal = Portal::new(&small_catalog(400));
    let server = portal.serve().await;
    let base = server.url();
    let mut b = signed_in(
        &portal,
        &base,
        "redazione@lazio.example",
        Role::Editor,
        Some("12"),
    )
    .await;
    let (lazio, elsewhere) = services_in_and_out(&portal, "12");
    let before = portal.store().service(&lazio).unwrap().unwrap();
    let edit = format!("/console/records/service/{lazio}/edit");
    let form = b.get(&edit).await;
    assert_eq!(form.status, 200, "{}", form.body);
    // Every translation of the name side by side, the missing ones marked;
    // Arabic written right to left.
    assert!(form.body.contains("name=\"tr.name.ar\""));
    assert!(form.body.contains("lang=\"ar\" dir=\"rtl\""));
    let mut fields = form_fields(&form.body, &edit);
    set_field(&mut fields, "phones", "06 5555 1234 — sportello");
    set_field(&mut fields, "email", "scrivici@");
    set_field(&mut fields, "url", "www.comune.example");
    set_field(&mut fields, "opening_hours", "Mo-Fr 09:00-13:00");
    set_field(&mut fields, "save", "1");
    let wrong = b.post(&edit, &pairs(&fields)).await;
    assert_eq!(wrong.status, 422, "{}", wrong.body);
    assert!(wrong.body.contains("id=\"err-email\""), "{}", wrong.body);
    assert!(wrong.body.contains("id=\"err-url\""), "{}", wrong.body);
    assert!(wrong.body.contains("2 campi vanno corretti"));
    // What was typed is all still there; nothing was saved.
    assert!(wrong.body.contains("06 5555 1234 — sportello"));
    assert!(wrong.body.contains("value=\"scrivici@\""));
    assert_eq!(portal.store().service(&lazio).unwrap().unwrap(), before);
    // The preview of the week, without saving.
    set_field(&mut fields, "email", "");
    set_field(&mut fields, "url", "https://www.comune.example/sportello");
    fields.retain(|(k, _)| k != "save");
    fields.push(("preview".into(), "1".into()));
    let preview = b.post(&edit, &pairs(&fields)).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert!(preview.body.contains("09:00–13:00"), "{}", preview.body);
    assert_eq!(portal.store().service(&lazio).unwrap().unwrap(), before);
    fields.retain(|(k, _)| k != "preview");
    let saved = b.post(&edit, &pairs(&fields)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let after = portal.store().service(&lazio).unwrap().unwrap();
    assert_eq!(after.phones[0].number, "06 5555 1234");
    assert_eq!(after.phones[0].description.as_deref(), Some("sportello"));
    assert_eq!(after.opening_hours.as_deref(), Some("Mo-Fr 09:00-13:00"));
    assert_eq!(after.name, before.name);
    assert_eq!(after.locations, before.locations);
    // The record's history says who changed what, with the old value.
    let page = b.get(&format!("/console/records/service/{lazio}")).await;
    assert!(page.body.contains("redazione@lazio.example"));
    assert!(page.body.contains("<td>Telefoni</td>"), "{}", page.body);
    let old_number = &before.phones.first().map(|p| p.number.clone());
    if let Some(n) = old_number {
        assert!(page.body.contains(n.as_str()));
    }
    let history = portal
        .store()
        .history(catalog::RecordKind::Service, &lazio, 10)
        .unwrap();
    assert_eq!(history.len(), 1);
    assert!(history[0].fields.iter().any(|f| f.field == "phones"));
    assert!(history[0].fields.iter().all(|f| f.field != "name"));

    // Moving the record out of Lazio is refused, as is editing one
    // elsewhere, whatever URL is typed.
    let mut moved = fields.clone();
    set_field(&mut moved, "locations.0.comune", "015146");
    set_field(&mut moved, "service_areas", "");
    let refused = b.post(&edit, &pairs(&moved)).await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert_eq!(portal.store().service(&lazio).unwrap().unwrap(), after);
    let other_edit = format!("/console/records/service/{elsewhere}/edit");
    assert_eq!(b.get(&other_edit).await.status, 403);
    let untouched = portal.store().service(&elsewhere).unwrap().unwrap();
    let csrf = page.csrf();
    let post = b
        .post(&other_edit, &[("csrf", &csrf), ("name", "Preso")])
        .await;
    assert_eq!(post.status, 403);
    assert_eq!(
        portal.store().service(&elsewhere).unwrap().unwrap(),
        untouched
    );
    // News belong to the national office.
    assert_eq!(b.get("/console/records?kind=news_item").await.status, 403);
    assert_eq!(b.get("/console/records/news_item/new").await.status, 403);

    // The list, filtered by comune, holds Lazio's records only.
    let list = b.get("/console/records?kind=service&q=").await;
    assert!(list.body.contains(&format!("/service/{lazio}\"")));
    assert!(!list.body.contains(&format!("/service/{elsewhere}\"")));

    // A new association, placed at its comune and saying so; the name is
    // kept as text.
    let new = b.get("/console/records/association/new").await;
    assert_eq!(new.status, 200);
    let mut fields = form_fields(&new.body, "/console/records/association/new");
    set_field(&mut fields, "name", "<script>alert(1)</script> Ponti");
    set_field(&mut fields, "locations.0.comune", "Rieti");
    set_field(&mut fields, "phones", "0746 123456");
    let created = b
        .post("/console/records/association/new", &pairs(&fields))
        .await;
    assert_eq!(created.status, 303, "{}", created.body);
    let url = created.location().split('?').next().unwrap().to_string();
    let id = url.rsplit('/').next().unwrap();
    let org = portal.store().organization(id).unwrap().expect("created");
    assert_eq!(org.name, "<script>alert(1)</script> Ponti");
    assert_eq!(
        org.locations[0].precision,
        catalog::provenance::Precision::Comune
    );
    let shown = b.get(&url).await;
    assert!(
        shown
            .body
            .contains("&lt;script&gt;alert(1)&lt;/script&gt; Ponti")
    );
    assert!(!shown.body.contains("<script>alert"));

    // Deactivating keeps the record, closed.
    let csrf = shown.csrf();
    let off = b
        .post(
            &format!("/console/records/service/{lazio}/deactivate"),
            &[("csrf", &csrf)],
        )
        .await;
    assert_eq!(off.status, 303);
    assert_eq!(
        portal.store().service(&lazio).unwrap().unwrap().status,
        catalog::ServiceStatus::Inactive
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn an_admin_sees_what_the_next_publication_carries_and_publishes() {
    let portal = Portal::new(&small_catalog(200));
    portal.publish();
    let cfg = ServerConfig {
        publish_key: Some(std::sync::Arc::new(sync_support::dev_key())),
        ..ServerConfig::new(&portal.feed_dir)
    };
    let state = portal::PortalState::new(Box::new(portal.store()), cfg);
    let server = serve_state(state).await;
    let base = server.url();
    let mut admin = signed_in(
        &portal,
        &base,
        "redazione@lavoro.example",
        Role::Admin,
        None,
    )
    .await;
    let todo = admin.get("/console/").await;
    assert!(todo.body.contains("Cosa porterà la prossima pubblicazione"));
    assert!(
        todo.body.contains("0 nuove, 0 modificate, 0 rimosse"),
        "{}",
        todo.body
    );

    // One record edited: the next publication carries it, as a small delta.
    let mut data = portal.store().catalog().unwrap();
    let mut s = data.services.swap_remove(0);
    s.name.push_str(" (nuova sede)");
    let one = catalog::CatalogData {
        services: vec![s],
        ..Default::default()
    };
    portal::history::save(&mut portal.store(), "test", &one).unwrap();
    let screen = admin.get("/console/publish").await;
    assert_eq!(screen.status, 200, "{}", screen.body);
    assert!(
        screen.body.contains("0 nuove, 1 modificate, 0 rimosse"),
        "{}",
        screen.body
    );
    assert!(screen.body.contains("scaricheranno circa"));
    // While another publication runs (the command line, another
    // instance), the console's is refused and writes nothing.
    let mut other = portal.store();
    assert!(other.lock_publishing().unwrap());
    let busy = admin
        .post("/console/publish", &[("csrf", &screen.csrf())])
        .await;
    assert_eq!(busy.status, 409, "{}", busy.body);
    assert!(
        busy.body.contains("È in corso un'altra pubblicazione"),
        "{}",
        busy.body
    );
    assert_eq!(portal.store().publications(1).unwrap()[0].seq, 1);
    other.unlock_publishing().unwrap();
    let published = admin
        .post("/console/publish", &[("csrf", &screen.csrf())])
        .await;
    assert_eq!(published.status, 303, "{}", published.body);
    let last = portal.store().publications(1).unwrap();
    assert_eq!(last[0].seq, 2);

    // Half the services gone: refused, naming what would go, until
    // confirmed.
    let services = portal.store().catalog().unwrap().services;
    for s in services.iter().take(services.len() / 2) {
        portal::history::remove(
            &mut portal.store(),
            "test",
            catalog::RecordKind::Service,
            &s.id,
        )
        .unwrap();
    }
    let screen = admin.get("/console/publish").await;
    assert!(screen.body.contains("rimuoverebbe"), "{}", screen.body);
    let refused = admin
        .post("/console/publish", &[("csrf", &screen.csrf())])
        .await;
    assert_eq!(refused.status, 409, "{}", refused.body);
    assert!(refused.body.contains("prima confermate le rimozioni"));
    assert_eq!(portal.store().publications(1).unwrap()[0].seq, 2);
    let confirmed = admin
        .post(
            "/console/publish",
            &[("csrf", &screen.csrf()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    assert_eq!(portal.store().publications(1).unwrap()[0].seq, 3);
    let done = admin.get("/console/publish?done=1").await;
    assert!(done.body.contains("pubblicazione 3"), "{}", done.body);
    let audit: Vec<_> = portal.store().audit(20).unwrap();
    assert_eq!(
        audit
            .iter()
            .filter(|e| e.action == portal::accounts::AuditAction::Published)
            .count(),
        2
    );

    // Publishing is an admin's.
    let mut editor = account(
        &portal,
        &base,
        "redattore@lavoro.example",
        Role::Editor,
        None,
    )
    .await;
    editor.login("redattore@lavoro.example", PASSWORD).await;
    assert_eq!(editor.get("/console/publish").await.status, 403);
    let page = editor.get("/console/").await;
    let post = editor
        .post(
            "/console/publish",
            &[("csrf", &page.csrf()), ("confirm", "yes")],
        )
        .await;
    assert_eq!(post.status, 403);
    assert_eq!(portal.store().publications(1).unwrap()[0].seq, 3);
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reported_service_becomes_a_record_the_moderator_completes() {
    let portal = Portal::new(&small_catalog(400));
    let server = portal.serve().await;
    let base = server.url();
    let uuid = submit_kind(
        &base,
        "new_service",
        serde_json::json!({"name": "Sportello casa del Municipio V", "comune_istat": "058091",
                           "area": "housing", "message": "Aiuta a cercare casa, il martedì.",
                           "address": "Via Prenestina 510", "phone": "06 6960 5111",
                           "website": "", "contact_email": "segnala@example.org"}),
    )
    .await;
    let mut m = signed_in(
        &portal,
        &base,
        "moderazione@lazio.example",
        Role::Moderator,
        Some("12"),
    )
    .await;
    let queue = m.get("/console/moderation").await;
    let make = format!("/console/records/service/new?from={uuid}");
    assert!(
        queue.body.contains(&make.replace('&', "&amp;")),
        "{}",
        queue.body
    );
    let form = m.get(&make).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(
        form.body
            .contains("value=\"Sportello casa del Municipio V\"")
    );
    assert!(form.body.contains("Via Prenestina 510"));
    let mut fields = form_fields(&form.body, &make);
    // Without its organization the record is not whole: said beside it.
    let missing = m.post(&make, &pairs(&fields)).await;
    assert_eq!(missing.status, 422, "{}", missing.body);
    assert!(
        missing.body.contains("id=\"err-organization_id\""),
        "{}",
        missing.body
    );
    assert_eq!(
        portal.store().submission(&uuid).unwrap().unwrap().status,
        portal::SubmissionStatus::Pending
    );
    let lazio = catalog::Territory::from_code("12").unwrap();
    let org = portal
        .store()
        .catalog()
        .unwrap()
        .organizations
        .into_iter()
        .find(|o| {
            portal::territory::allows(Some(&lazio), &portal::territory::organization_codes(o))
        })
        .expect("an organization in Lazio");
    set_field(&mut fields, "organization_id", &org.id);
    let done = m.post(&make, &pairs(&fields)).await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.location(), "/console/moderation");
    assert_eq!(outcome(&base, &uuid).await["state"], "accepted");
    let made = portal
        .store()
        .catalog()
        .unwrap()
        .services
        .into_iter()
        .find(|s| s.name == "Sportello casa del Municipio V")
        .expect("the service was made");
    assert_eq!(made.organization_id, org.id);
    assert_eq!(made.phones[0].number, "06 6960 5111");
    assert_eq!(
        made.locations[0].precision,
        catalog::provenance::Precision::Comune
    );
    let history = portal
        .store()
        .history(catalog::RecordKind::Service, &made.id, 5)
        .unwrap();
    assert_eq!(history[0].action, portal::history::ChangeAction::Created);
    assert_eq!(history[0].actor, "moderazione@lazio.example");
    // Decided once: the form cannot accept it again.
    assert_eq!(m.get(&make).await.status, 409);
}

// ---------------------------------------------------------------- the public sign-up pages

const SIGNUP: &str = "/associazioni/segnala";

impl Page {
    /// The value of the hidden field `name`.
    fn hidden(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let at = self.body.find(&marker).expect("the hidden field") + marker.len();
        let end = self.body[at..].find('"').unwrap();
        self.body[at..at + end].to_string()
    }
}

fn submissions(portal: &Portal) -> Vec<portal::Submission> {
    portal.store().submissions(None).unwrap()
}

/// The sign-up form's answers, `changes` over a valid set.
fn answers<'a>(page: &Page, changes: &[(&'a str, &'a str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = [
        ("csrf", page.csrf()),
        ("ref", page.hidden("ref")),
        ("name", "Associazione Al Amal".to_string()),
        ("community", "moroccan".to_string()),
        ("comune", "Roma".to_string()),
        ("activities", "cultural-events".to_string()),
        ("activities", "language-courses".to_string()),
        ("email", "info@alamal.example".to_string()),
        ("phone", String::new()),
        ("website", String::new()),
        ("description", "Corsi di arabo per bambini.".to_string()),
        ("homepage", String::new()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for (k, v) in changes {
        match fields.iter_mut().find(|(name, _)| name == k) {
            Some(f) => f.1 = v.to_string(),
            None => fields.push((k.to_string(), v.to_string())),
        }
    }
    fields
}

async fn post_answers(b: &mut Browser, path: &str, fields: &[(String, String)]) -> Page {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    b.post(path, &pairs).await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_association_signs_up_on_the_public_page_into_the_moderation_queue() {
    let portal = Portal::new(&small_catalog(20));
    let server = portal.serve().await;
    let base = server.url();
    let mut visitor = Browser::new(&base);
    let form = visitor.get(SIGNUP).await;
    assert_eq!(form.status, 200, "{}", form.body);
    assert!(form.body.contains("<html lang=\"it\""));
    assert!(form.body.contains("Segnala la tua associazione"));
    for label in [
        "for=\"name\"",
        "for=\"comune\"",
        "for=\"email\"",
        "for=\"homepage\"",
    ] {
        assert!(form.body.contains(label), "{label}");
    }
    let cookie = form
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("integra_signup_csrf="))
        .expect("the form's token cookie");
    for flag in ["HttpOnly", "SameSite=Strict", "Path=/associazioni"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    let script = "<script>alert(1)</script>";
    let fields = answers(&form, &[("name", script)]);
    let sent = post_answers(&mut visitor, SIGNUP, &fields).await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let uuid = form.hidden("ref");
    assert!(sent.body.contains(&uuid), "the reference is shown");
    assert!(sent.body.contains(&format!("/associazioni/stato/{uuid}")));
    assert!(sent.body.contains(&format!("GET /v1/submissions/{uuid}")));
    assert!(sent.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!sent.body.contains(script));

    // In the moderation queue, as the app's outbox would have sent it.
    let stored = portal.store().submission(&uuid).unwrap().expect("stored");
    assert_eq!(stored.kind, portal::SubmissionKind::NewAssociation);
    assert_eq!(stored.payload["name"], script, "stored as text");
    assert_eq!(stored.payload["comune_istat"], "058091");
    assert_eq!(
        stored.payload["activities"],
        serde_json::json!(["cultural-events", "language-courses"])
    );
    // Sent twice (a reload), stored once.
    let again = post_answers(&mut visitor, SIGNUP, &fields).await;
    assert_eq!(again.status, 200);
    assert_eq!(submissions(&portal).len(), 1);

    let status = format!("/associazioni/stato/{uuid}");
    let received = visitor.get(&status).await;
    assert_eq!(received.status, 200);
    assert!(received.body.contains("data-state=\"received\""));
    assert!(received.body.contains("ricevuta"));
    assert!(
        !received.body.contains("alert(1)"),
        "no content on the status page"
    );
    assert_eq!(outcome(&base, &uuid).await["state"], "received");

    let mut m = signed_in(
        &portal,
        &base,
        "moderatore@lazio.example",
        Role::Moderator,
        Some("12"),
    )
    .await;
    let queue = m.get("/console/moderation").await;
    assert!(queue.body.contains(&uuid));
    assert!(queue.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!queue.body.contains(script));
    assert!(queue.body.contains("href=\"/associazioni/qr\""), "the menu");
    let rejected = m
        .post(
            &format!("/console/moderation/{uuid}"),
            &[
                ("csrf", &queue.csrf()),
                ("action", "reject"),
                ("reason", "Manca il nome vero."),
            ],
        )
        .await;
    assert_eq!(rejected.status, 303, "{}", rejected.body);
    let read = visitor.get(&format!("{status}?lang=en")).await;
    assert!(read.body.contains("<html lang=\"en\""));
    assert!(read.body.contains("data-state=\"rejected\""));
    assert!(read.body.contains("not accepted") && read.body.contains("Manca il nome vero."));
    assert_eq!(
        visitor.get("/associazioni/stato/not-a-uuid").await.status,
        404
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn the_public_form_refuses_forgeries_and_bad_answers_keeping_the_rest() {
    let portal = Portal::new(&small_catalog(20));
    let server = portal.serve().await;
    let base = server.url();
    let mut visitor = Browser::new(&base);
    let form = visitor.get(SIGNUP).await;

    // No token, or another one: 403, the answers kept, nothing stored.
    let mut stranger = Browser::new(&base);
    let forged = post_answers(&mut stranger, SIGNUP, &answers(&form, &[])).await;
    assert_eq!(forged.status, 403, "{}", forged.body);
    assert!(forged.body.contains("Non è stato salvato nulla"));
    assert!(forged.body.contains("value=\"Associazione Al Amal\""));
    let wrong = answers(&form, &[("csrf", &"0".repeat(64))]);
    assert_eq!(post_answers(&mut visitor, SIGNUP, &wrong).await.status, 403);
    let mut no_field = answers(&form, &[]);
    no_field.retain(|(k, _)| k != "csrf");
    assert_eq!(
        post_answers(&mut visitor, SIGNUP, &no_field).await.status,
        403
    );
    assert!(submissions(&portal).is_empty());

    // Wrong answers are told beside their field; the others stay.
    let long = "x".repeat(201);
    let bad = answers(
        &form,
        &[
            ("name", long.as_str()),
            ("email", "nobody@"),
            ("description", "Corsi\u{1b}[31m di arabo"),
        ],
    );
    let page = post_answers(&mut visitor, SIGNUP, &bad).await;
    assert_eq!(page.status, 422, "{}", page.body);
    let beside = |id: &str, words: &str| {
        let at = page
            .body
            .find(&format!("id=\"{id}-error\" role=\"alert\""))
            .unwrap_or_else(|| panic!("{id}-error in {}", page.body));
        assert!(page.body[at..at + 200].contains(words), "{id}: {words}");
    };
    beside("name", "al massimo 200 caratteri");
    beside("email", "non è un indirizzo e-mail valido");
    beside("description", "caratteri che non si possono usare");
    assert!(page.body.contains("value=\"Roma\""), "the comune is kept");
    assert!(
        page.body.contains(&format!("value=\"{long}\"")),
        "so is the name"
    );
    assert!(page.body.contains("aria-invalid=\"true\""));
    assert!(
        page.body.contains("value=\"language-courses\" checked"),
        "and the activities"
    );
    assert!(!page.body.contains("id=\"phone-error\""));
    // No way to reach the association.
    let unreachable = answers(&form, &[("email", ""), ("comune", "zzzzqqq")]);
    let page = post_answers(&mut visitor, SIGNUP, &unreachable).await;
    assert_eq!(page.status, 422);
    assert!(page.body.contains("id=\"contact-error\" role=\"alert\""));
    assert!(page.body.contains("id=\"comune-error\" role=\"alert\""));
    // A program filling in the hidden field.
    let bot = answers(&form, &[("homepage", "https://spam.example")]);
    assert_eq!(post_answers(&mut visitor, SIGNUP, &bot).await.status, 400);
    // Too large a body is not read.
    let huge = "x".repeat(70 * 1024);
    let big = answers(&form, &[("description", huge.as_str())]);
    assert_eq!(post_answers(&mut visitor, SIGNUP, &big).await.status, 413);
    assert!(submissions(&portal).is_empty());
}

#[tokio::test(flavor = "multi_thread")]
async fn the_public_form_is_rate_limited_per_address() {
    let portal = Portal::new(&small_catalog(20));
    let server = serve_with(&portal, |cfg| {
        cfg.submissions_rate = portal::RateLimit {
            burst: 2,
            per: std::time::Duration::from_secs(600),
        }
    })
    .await;
    let mut visitor = Browser::new(&server.url());
    for _ in 0..2 {
        let form = visitor.get(SIGNUP).await;
        let sent = post_answers(&mut visitor, SIGNUP, &answers(&form, &[])).await;
        assert_eq!(sent.status, 200, "{}", sent.body);
    }
    let form = visitor.get(SIGNUP).await;
    let fields = answers(&form, &[("name", "Terza associazione")]);
    let limited = post_answers(&mut visitor, SIGNUP, &fields).await;
    assert_eq!(limited.status, 429, "{}", limited.body);
    assert!(limited.headers.contains_key("retry-after"));
    assert!(limited.body.contains("Troppe segnalazioni"));
    assert!(limited.body.contains("value=\"Terza associazione\""));
    let stored = submissions(&portal);
    assert_eq!(stored.len(), 2);
    assert!(
        stored
            .iter()
            .all(|s| s.payload["name"] != "Terza associazione")
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn a_correction_or_removal_names_an_association_on_the_map() {
    let portal = Portal::new(&small_catalog(20));
    let server = portal.serve().await;
    let base = server.url();
    let association = portal.store().associations().unwrap().remove(0);
    let mut visitor = Browser::new(&base);
    let picker = visitor.get("/associazioni/modifica").await;
    assert_eq!(picker.status, 200);
    assert!(
        picker
            .body
            .contains(&format!("<option value=\"{}\"", association.id))
    );
    let unknown = visitor.get("/associazioni/modifica?id=nessuna").await;
    assert_eq!(unknown.status, 404);
    assert!(unknown.body.contains("non è sulla mappa"));
    let form = visitor
        .get(&format!("/associazioni/modifica?id={}", association.id))
        .await;
    assert_eq!(form.status, 200, "{}", form.body);
    let short = visitor
        .post(
            "/associazioni/modifica",
            &[
                ("csrf", &form.csrf()),
                ("ref", &form.hidden("ref")),
                ("id", &association.id),
                ("change", "removal"),
                ("message", "chiusa"),
                ("email", "io@example.org"),
            ],
        )
        .await;
    assert_eq!(short.status, 422);
    assert!(short.body.contains("id=\"message-error\" role=\"alert\""));
    assert!(short.body.contains("value=\"io@example.org\""));
    assert!(short.body.contains("value=\"removal\" checked"));
    let sent = visitor
        .post(
            "/associazioni/modifica",
            &[
                ("csrf", &form.csrf()),
                ("ref", &form.hidden("ref")),
                ("id", &association.id),
                ("change", "removal"),
                ("message", "L'associazione si è sciolta nel 2024."),
            ],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let uuid = form.hidden("ref");
    let stored = portal.store().submission(&uuid).unwrap().expect("stored");
    assert_eq!(stored.kind, portal::SubmissionKind::RemovalRequest);
    assert_eq!(stored.payload["record_kind"], "association");
    assert_eq!(stored.payload["record_id"], association.id.as_str());
    let mut m = signed_in(&portal, &base, "m@italia.example", Role::Moderator, None).await;
    let queue = m.get("/console/moderation").await;
    assert!(queue.body.contains(&uuid) && queue.body.contains("si è sciolta"));
}

#[tokio::test(flavor = "multi_thread")]
async fn the_qr_page_prints_the_address_of_the_form() {
    let portal = Portal::new(&small_catalog(20));
    let server = portal.serve().await;
    let base = server.url();
    let page = Browser::new(&base).get("/associazioni/qr").await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("<svg"));
    assert!(page.body.contains(&format!("{base}associazioni/segnala")));
    assert!(page.body.contains("@media print") && page.body.contains("size:A4"));
    assert!(page.body.contains("Segnala la tua associazione"));
    // A host that is no host name is never written into the page.
    let hostile = reqwest::Client::new()
        .get(format!("{base}associazioni/qr"))
        .header("host", "evil.example/\"><script>")
        .send()
        .await
        .unwrap();
    assert_eq!(hostile.status().as_u16(), 400);
    assert!(!hostile.text().await.unwrap().contains("evil.example"));
    // The configured address wins over the request's.
    let configured = serve_with(&portal, |cfg| {
        cfg.public_base_url = Some("https://portale.example".into())
    })
    .await;
    let page = Browser::new(&configured.url())
        .get("/associazioni/qr")
        .await;
    assert!(
        page.body
            .contains(">https://portale.example/associazioni/segnala<")
    );
    // Only moderators and admins find it in the console's menu.
    let mut e = signed_in(&portal, &base, "e@roma.example", Role::Editor, None).await;
    assert!(!e.get("/console/").await.body.contains("/associazioni/qr"));
}

/// Behind a trusted proxy the rate limits count the address it saw; a
/// client's own `X-Forwarded-For` is never believed.
#[tokio::test(flavor = "multi_thread")]
async fn rate_limits_count_the_address_a_trusted_proxy_saw() {
    async fn send(base: &str, forwarded_for: &str) -> u16 {
        let body = serde_json::json!({"uuid": uuid_v4(), "kind": "new_association",
            "payload": {"name": "Associazione Ponti", "comune_istat": "058091",
                        "email": "ponti@example.org"}});
        reqwest::Client::new()
            .post(format!("{base}v1/submissions"))
            .header("content-type", "application/json")
            .header("x-forwarded-for", forwarded_for)
            .body(body.to_string())
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }
    let portal = Portal::new(&small_catalog(20));
    let tight = portal::RateLimit {
        burst: 2,
        per: std::time::Duration::from_secs(600),
    };
    let behind = serve_with(&portal, |c| {
        c.submissions_rate = tight;
        c.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
    })
    .await;
    let base = behind.url();
    assert_eq!(send(&base, "203.0.113.7").await, 201);
    assert_eq!(send(&base, "203.0.113.7").await, 201);
    assert_eq!(send(&base, "203.0.113.7").await, 429);
    // Another desk behind the same proxy is not held back; what a client
    // wrote itself, left of the proxy's entry, changes nothing.
    assert_eq!(send(&base, "203.0.113.8").await, 201);
    assert_eq!(send(&base, "198.51.100.1, 203.0.113.7").await, 429);

    let direct = serve_with(&portal, |c| c.submissions_rate = tight).await;
    let base = direct.url();
    assert_eq!(send(&base, "203.0.113.20").await, 201);
    assert_eq!(send(&base, "203.0.113.21").await, 201);
    assert_eq!(send(&base, "203.0.113.22").await, 429);
}

/// A multipart upload as a browser sends the import form: the CSRF token,
/// then each file.
async fn upload(b: &mut Browser, csrf: &str, files: &[(&str, Vec<u8>)]) -> Page {
    let boundary = "----integra-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!("--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n")
            .as_bytes(),
    );
    for (name, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    let r = b
        .http
        .post(format!("{}/console/import", b.base))
        .header("cookie", b.cookie_header())
        .header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(body)
        .send()
        .await
        .unwrap();
    b.finish(r).await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_bulk_import_is_checked_first_and_written_whole_or_not_at_all() {
    const SPORTELLO: &str = "4dae0784-95f9-4234-a636-741d6ddbd49a";
    let portal = Portal::new(&small_catalog(20));
    let server = portal.serve().await;
    let base = server.url();
    let mut admin = signed_in(
        &portal,
        &base,
        "redazione@lavoro.example",
        Role::Admin,
        None,
    )
    .await;
    let before = portal.store().catalog().unwrap().len();
    let json = std::fs::read(integra_tests::data_path("hsds/comune-valdiserchio.json")).unwrap();

    // The comune's own file: its services name none of the portal's areas.
    let form = admin.get("/console/import").await;
    assert_eq!(form.status, 200);
    let sent = upload(
        &mut admin,
        &form.csrf(),
        &[("comune-valdiserchio.json", json.clone())],
    )
    .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let report_url = sent.location().to_string();
    let report = admin.get(&report_url).await;
    assert_eq!(report.status, 200, "{}", report.body);
    assert!(
        report
            .body
            .contains("Servizi senza una delle aree del portale"),
        "{}",
        report.body
    );
    assert!(
        !report.body.contains("value=\"import\""),
        "not importable yet"
    );
    let csrf = report.csrf();
    // An area for the whole file: checked again, then imported.
    let checked = admin
        .post(
            &report_url,
            &[
                ("csrf", &csrf),
                ("default_area", "work"),
                ("action", "check"),
            ],
        )
        .await;
    assert_eq!(checked.status, 200);
    assert!(
        checked.body.contains("value=\"import\""),
        "{}",
        checked.body
    );
    assert_eq!(
        portal.store().catalog().unwrap().len(),
        before,
        "a check writes nothing"
    );
    let done = admin
        .post(
            &report_url,
            &[
                ("csrf", &csrf),
                ("default_area", "work"),
                ("action", "import"),
            ],
        )
        .await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert!(done.location().starts_with("/console/import?done="));
    let imported = portal
        .store()
        .service(SPORTELLO)
        .unwrap()
        .expect("imported");
    assert_eq!(imported.area, "work");
    assert!(!imported.other_documents.is_empty() || !imported.required_documents.is_empty());
    let history = portal
        .store()
        .history(catalog::RecordKind::Service, SPORTELLO, 2)
        .unwrap();
    assert_eq!(history[0].actor, "redazione@lavoro.example");
    // The upload is gone once imported.
    assert_eq!(admin.get(&report_url).await.status, 404);

    // A package with a bad row: the row is named, and nothing is written.
    let dir = integra_tests::data_path("hsds/unione-valle-orsa");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect();
    for (name, bytes) in files.iter_mut() {
        if name == "services.csv" {
            let text = String::from_utf8(bytes.clone()).unwrap();
            *bytes = text.replacen(",active,", ",aperto,", 1).into_bytes();
        }
    }
    let count = portal.store().catalog().unwrap().len();
    let form = admin.get("/console/import").await;
    let named: Vec<(&str, Vec<u8>)> = files.iter().map(|(n, b)| (n.as_str(), b.clone())).collect();
    let sent = upload(&mut admin, &form.csrf(), &named).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let url = sent.location().to_string();
    let report = admin.get(&url).await;
    assert!(
        report.body.contains("Una riga non si può importare"),
        "{}",
        report.body
    );
    assert!(
        report.body.contains("services.csv row 2"),
        "{}",
        report.body
    );
    assert!(report.body.contains("aperto"));
    let refused = admin
        .post(
            &url,
            &[
                ("csrf", &report.csrf()),
                ("default_area", "work"),
                ("action", "import"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("Non è stato importato nulla"));
    assert_eq!(portal.store().catalog().unwrap().len(), count);

    // Someone else's upload, or a form without the token: nothing.
    let mut other = signed_in(&portal, &base, "altro@lavoro.example", Role::Admin, None).await;
    assert_eq!(other.get(&url).await.status, 404);
    let no_token = upload(
        &mut other,
        "",
        &[("comune-valdiserchio.json", json.clone())],
    )
    .await;
    assert_eq!(no_token.status, 403);

    // A Lazio editor cannot bring in the records of a Tuscan comune.
    let mut lazio = signed_in(
        &portal,
        &base,
        "redazione@lazio.example",
        Role::Editor,
        Some("12"),
    )
    .await;
    let form = lazio.get("/console/import").await;
    let sent = upload(
        &mut lazio,
        &form.csrf(),
        &[("comune-valdiserchio.json", json)],
    )
    .await;
    let url = sent.location().to_string();
    let report = lazio
        .post(
            &url,
            &[
                ("csrf", &form.csrf()),
                ("default_area", "work"),
                ("action", "check"),
            ],
        )
        .await;
    assert!(
        report.body.contains("fuori dal tuo territorio"),
        "{}",
        report.body
    );
    assert!(!report.body.contains("value=\"import\""));
    let refused = lazio
        .post(
            &url,
            &[
                ("csrf", &form.csrf()),
                ("default_area", "work"),
                ("action", "import"),
            ],
        )
        .await;
    assert_eq!(refused.status, 403);
}

/// Failed logins are kept in the store: an account locked through one
/// portal instance is locked on the others too.
#[tokio::test(flavor = "multi_thread")]
async fn a_locked_account_is_locked_on_every_instance() {
    let portal = Portal::new(&small_catalog(20));
    let lock = portal::RateLimit {
        burst: 2,
        per: std::time::Duration::from_secs(600),
    };
    let one = serve_with(&portal, |c| c.login_lock = lock).await;
    let two = serve_with(&portal, |c| c.login_lock = lock).await;
    let email = "redazione@lazio.example";
    let _ = account(&portal, &one.url(), email, Role::Editor, Some("12")).await;
    let mut a = Browser::new(&one.url());
    assert_eq!(a.login(email, "non è questa").await.status, 401);
    assert_eq!(a.login(email, "nemmeno questa").await.status, 401);
    // The right password, on the other instance: still locked.
    let mut b = Browser::new(&two.url());
    let locked = b.login(email, PASSWORD).await;
    assert_eq!(locked.status, 429, "{}", locked.body);
    assert!(locked.headers.get("retry-after").is_some());
}

/// Two editors open one record; the first saves. The second's save is a
/// conflict: nothing of theirs is written, the first's change is shown
/// above the form, and the form holds the first's version with the
/// second's own changes on top (a field both changed is named, with what
/// the second typed in it). Saving that form keeps both editors' work.
#[tokio::test(flavor = "multi_thread")]
async fn two_editors_on_one_record_never_overwrite_unseen() {
    let portal = Portal::new(&small_catalog(400));
    let server = portal.serve().await;
    let base = server.url();
    let (lazio, _) = services_in_and_out(&portal, "12");
    let edit = format!("/console/records/service/{lazio}/edit");
    let mut first = signed_in(
        &portal,
        &base,
        "uno@lazio.example",
        Role::Editor,
        Some("12"),
    )
    .await;
    let mut second = signed_in(
        &portal,
        &base,
        "due@lazio.example",
        Role::Editor,
        Some("12"),
    )
    .await;
    let form_first = first.get(&edit).await;
    let form_second = second.get(&edit).await;
    assert!(form_first.body.contains("name=\"version\""));
    assert!(form_first.body.contains("name=\"original\""));
    let mut a = form_fields(&form_first.body, &edit);
    let mut b = form_fields(&form_second.body, &edit);
    set_field(&mut a, "description", "Orari cambiati dal primo redattore.");
    set_field(&mut a, "url", "https://www.comune.example/primo");
    set_field(&mut a, "save", "1");
    set_field(&mut b, "description", "Testo del secondo redattore.");
    set_field(&mut b, "save", "1");
    assert_eq!(first.post(&edit, &pairs(&a)).await.status, 303);
    let clash = second.post(&edit, &pairs(&b)).await;
    assert_eq!(clash.status, 409, "{}", clash.body);
    assert!(
        clash
            .body
            .contains("Qualcun altro ha salvato questa scheda"),
        "{}",
        clash.body
    );
    // The other change, who made it and what it was; the field both
    // changed, named; in the form, the first's address and the second's
    // text.
    assert!(clash.body.contains("uno@lazio.example"));
    assert!(clash.body.contains("Orari cambiati dal primo redattore."));
    assert!(
        clash.body.contains("Avete cambiato entrambi"),
        "{}",
        clash.body
    );
    let again = form_fields(&clash.body, &edit);
    let value = |k: &str| again.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    assert_eq!(value("url"), Some("https://www.comune.example/primo"));
    assert_eq!(value("description"), Some("Testo del secondo redattore."));
    let stored = portal.store().service(&lazio).unwrap().unwrap();
    assert_eq!(stored.description, "Orari cambiati dal primo redattore.");
    // Saving the form as the conflict page gave it keeps both editors'
    // work, and both changes are in the history.
    let mut again = again.clone();
    set_field(&mut again, "save", "1");
    let saved = second.post(&edit, &pairs(&again)).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let stored = portal.store().service(&lazio).unwrap().unwrap();
    assert_eq!(stored.description, "Testo del secondo redattore.");
    assert_eq!(
        stored.url.as_deref(),
        Some("https://www.comune.example/primo")
    );
    let history = portal
        .store()
        .history(catalog::RecordKind::Service, &lazio, 10)
        .unwrap();
    assert_eq!(
        history.iter().map(|c| c.actor.as_str()).collect::<Vec<_>>(),
        ["due@lazio.example", "uno@lazio.example"]
    );
}

/// A service saved with an organization the store does not hold is shown
/// again with the error beside that field, and nothing is written (the
/// form shown again reads the store: no handle is held while it does).
#[tokio::test(flavor = "multi_thread")]
async fn an_unknown_organization_is_told_beside_its_field() {
    let portal = Portal::new(&small_catalog(200));
    let server = portal.serve().await;
    let base = server.url();
    let (lazio, _) = services_in_and_out(&portal, "12");
    let before = portal.store().service(&lazio).unwrap().unwrap();
    let mut b = signed_in(
        &portal,
        &base,
        "redazione@lazio.example",
        Role::Editor,
        Some("12"),
    )
    .await;
    let edit = format!("/console/records/service/{lazio}/edit");
    let form = b.get(&edit).await;
    let mut fields = form_fields(&form.body, &edit);
    set_field(&mut fields, "organization_id", "org-che-non-esiste");
    set_field(&mut fields, "save", "1");
    let answer = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        b.post(&edit, &pairs(&fields)),
    )
    .await
    .expect("an answer, not a hang");
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(
        answer.body.contains("id=\"err-organization_id\""),
        "{}",
        answer.body
    );
    assert!(answer.body.contains("org-che-non-esiste"));
    assert_eq!(portal.store().service(&lazio).unwrap().unwrap(), before);
}
