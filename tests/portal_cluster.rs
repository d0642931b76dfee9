//! The portal as the ministry would run it: a PostgreSQL server (Debian's
//! package, started by the test), two `integra-portal serve` instances on
//! it, and nginx in front with the repository's `portal/deploy/`
//! configuration, serving the feed folder both publish to.
//!
//! First, what the instances share: a console login made with one
//! instance's form on the other is a session on both and through nginx,
//! five wrong passwords spread over both lock the account on both, and
//! the API refuses a write from a stale version or from none.
//!
//! Then, under load at once: every submission sent to both instances and through
//! nginx (the same outbox item arriving twice, or thrice, concurrently);
//! two editors changing one service through the API; two publications
//! started together; one instance killed (SIGKILL) mid-stream while the
//! clients retry. Afterwards: the database holds each submission exactly
//! once, every 2xx answer has its row, no editor's change was overwritten
//! unseen, one publication ran at a time, and `integra --serve` syncing
//! through nginx ends with a catalog equal to the store.

// The run's figures (conflicts met, publications run) go to standard error.
#![allow(clippy::print_stderr)]

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use integra_tests::app_support::{FIRST_START, Server, integra, workspace};
use integra_tests::cluster_support::Cluster;
use portal::{Grant, Role, Store};
use reqwest::StatusCode;

const UUIDS: usize = 300;
const SENDERS: usize = 6;
/// Instance 1 is killed once this many uuids have an answer.
const KILL_AFTER: usize = UUIDS / 3;
const EDIT_ROUNDS: usize = 10;
/// Every client loop ends: a request is tried at most this many times.
const ATTEMPTS: usize = 60;

fn sample(services: usize) -> catalog::CatalogData {
    catalog::sample::generate(catalog::sample::SampleOptions {
        services,
        associations: services / 10,
        cultural_experiences: 5,
        ..catalog::sample::SampleOptions::default()
    })
}

const PASSWORD: &str = "gatto verde sul tetto";

/// Logs in to the console: the form from `form_from`, posted to `post_to`
/// (two instances, when they differ). The answer's status and the session
/// cookie it set, if any.
async fn login(
    http: &reqwest::Client,
    form_from: &str,
    post_to: &str,
    password: &str,
) -> (StatusCode, Option<String>, String) {
    let form = http
        .get(format!("{form_from}console/login"))
        .send()
        .await
        .unwrap();
    let cookie = set_cookie(&form, "integra_login_csrf").expect("the login form's cookie");
    let body = form.text().await.unwrap();
    let at = body.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
    let csrf = &body[at..at + 64];
    let fields = format!(
        "csrf={csrf}&email=redazione%40lavoro.example&password={}",
        password.replace(' ', "+")
    );
    // The answer itself, not where it leads: a browser keeps its cookie.
    let no_redirects = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let r = no_redirects
        .post(format!("{post_to}console/login"))
        .header("cookie", format!("integra_login_csrf={cookie}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(fields)
        .send()
        .await
        .unwrap();
    let status = r.status();
    let session = set_cookie(&r, "integra_session").filter(|v| !v.is_empty());
    (status, session, r.text().await.unwrap())
}

fn set_cookie(r: &reqwest::Response, name: &str) -> Option<String> {
    r.headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| v.strip_prefix(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap_or("").to_string())
}

/// A v4-shaped uuid of its own per index (no randomness: a failure can be
/// traced to the item).
fn uuid_of(i: usize) -> String {
    format!("5e1d0c7a-1b2c-4d3e-8f40-{i:012x}")
}

/// Sends one submission until it gets an answer that is not a failure of
/// the server (a connection refused, a 5xx): to `first`, then, once that
/// cannot be reached, through nginx (counted in `rerouted`). The final
/// status.
async fn send(
    http: &reqwest::Client,
    first: &str,
    nginx: &str,
    uuid: &str,
    rerouted: &AtomicUsize,
) -> StatusCode {
    let body = serde_json::json!({
        "uuid": uuid,
        "kind": "correction",
        "payload": {"message": format!("Orario cambiato ({uuid})")},
    });
    let mut target = first.to_string();
    for _ in 0..ATTEMPTS {
        match http
            .post(format!("{target}v1/submissions"))
            .body(body.to_string())
            .send()
            .await
        {
            Ok(r) if !r.status().is_server_error() => return r.status(),
            Ok(_) => {}
            Err(_) => {
                if target != nginx {
                    rerouted.fetch_add(1, Ordering::SeqCst);
                }
                target = nginx.to_string();
            }
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{uuid} got no answer in {ATTEMPTS} attempts");
}

/// One editor's rounds on one service through nginx: read it (and its
/// ETag), append this round's mark to its description, write it back with
/// If-Match; a 409 means someone else wrote first: read again. A write
/// whose answer was lost (an instance killed) is found on the next read.
/// Returns the marks written and the conflicts met.
async fn edit(
    http: reqwest::Client,
    base: String,
    token: String,
    id: String,
    who: &'static str,
) -> (Vec<String>, usize) {
    let url = format!("{base}v1/editor/services/{id}");
    let mut written = Vec::new();
    let mut conflicts = 0;
    for round in 0..EDIT_ROUNDS {
        let mark = format!("[{who}{round}]");
        let mut done = false;
        for _ in 0..ATTEMPTS {
            let Ok(read) = http.get(&url).bearer_auth(&token).send().await else {
                continue;
            };
            if read.status() != StatusCode::OK {
                tokio::time::sleep(Duration::from_millis(20)).await;
                continue;
            }
            let etag = read.headers()["etag"].clone();
            let mut service: catalog::model::Service =
                serde_json::from_slice(&read.bytes().await.unwrap()).unwrap();
            if service.description.contains(&mark) {
                done = true;
                break;
            }
            service.description = format!("{} {mark}", service.description);
            let put = http
                .put(&url)
                .bearer_auth(&token)
                .header("if-match", etag)
                .body(serde_json::to_vec(&service).unwrap())
                .send()
                .await;
            match put.map(|r| r.status()) {
                Ok(StatusCode::NO_CONTENT) => {
                    done = true;
                    break;
                }
                Ok(StatusCode::CONFLICT) => conflicts += 1,
                Ok(s) if s.is_client_error() => panic!("{who}: {s} on a plain edit"),
                _ => {}
            }
        }
        assert!(done, "{who} could not write round {round}");
        written.push(mark);
    }
    (written, conflicts)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_behind_nginx_lose_nothing() {
    let data = sample(200);
    let target = data.services[7].id.clone();
    let mut cluster = tokio::task::spawn_blocking(move || Cluster::start(2, &data))
        .await
        .unwrap();
    let nginx = cluster.url();
    let instances = cluster.instance_urls.clone();
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    let token = portal::new_token();
    let mut store = cluster.store();
    store
        .add_token(
            &portal::token_sha256(&token),
            &Grant {
                label: "redazione nazionale".into(),
                role: Role::Admin,
                territory: None,
            },
        )
        .unwrap();

    // A console login on one instance is a session on the other, and an
    // account's failed logins lock it on both: the database holds them.
    let account = store
        .add_account(
            "redazione@lavoro.example",
            Role::Admin,
            None,
            "2026-12-07T10:00:00Z",
        )
        .unwrap()
        .unwrap();
    store
        .set_password_hash(account, &portal::accounts::hash_password(PASSWORD))
        .unwrap();
    let (status, sid, page) = login(&http, &instances[0], &instances[1], PASSWORD).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{page}");
    let sid = sid.expect("a session cookie");
    for base in instances.iter().chain([&nginx]) {
        let r = http
            .get(format!("{base}console/"))
            .header("cookie", format!("integra_session={sid}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK, "the session on {base}");
    }
    for i in 0..5 {
        let (status, _, page) = login(
            &http,
            &instances[i % 2],
            &instances[(i + 1) % 2],
            "sbagliata",
        )
        .await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "a wrong password: {page}");
    }
    for base in &instances {
        let (status, session, _) = login(&http, base, base, PASSWORD).await;
        assert_eq!(status, StatusCode::TOO_MANY_REQUESTS, "locked on {base}");
        assert!(session.is_none());
    }

    // The API's versions: a write from a stale ETag, or from none, is
    // refused and writes nothing.
    let url = format!("{nginx}v1/editor/services/{target}");
    let read = http.get(&url).bearer_auth(&token).send().await.unwrap();
    let stale = read.headers()["etag"].clone();
    let mut service: catalog::model::Service =
        serde_json::from_slice(&read.bytes().await.unwrap()).unwrap();
    let none = http
        .put(&url)
        .bearer_auth(&token)
        .body(serde_json::to_vec(&service).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(none.status(), StatusCode::PRECONDITION_REQUIRED);
    service.description = format!("{} [start]", service.description);
    let first = http
        .put(&url)
        .bearer_auth(&token)
        .header("if-match", stale.clone())
        .body(serde_json::to_vec(&service).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(first.status(), StatusCode::NO_CONTENT);
    service.description = "Sovrascritto da una copia vecchia".into();
    let late = http
        .put(&url)
        .bearer_auth(&token)
        .header("if-match", stale)
        .body(serde_json::to_vec(&service).unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(late.status(), StatusCode::CONFLICT);
    let answer: serde_json::Value = serde_json::from_slice(&late.bytes().await.unwrap()).unwrap();
    assert!(
        answer["current"]["description"]
            .as_str()
            .unwrap()
            .ends_with("[start]"),
        "{answer}"
    );

    // The load: senders, two editors, two publications, a crash.
    let answered = Arc::new(AtomicUsize::new(0));
    let rerouted = Arc::new(AtomicUsize::new(0));
    let answers: Arc<Mutex<Vec<(String, StatusCode)>>> = Arc::default();
    let mut senders = Vec::new();
    for s in 0..SENDERS {
        let (http, nginx, instances) = (http.clone(), nginx.clone(), instances.clone());
        let (answered, answers) = (answered.clone(), answers.clone());
        let rerouted = rerouted.clone();
        senders.push(tokio::spawn(async move {
            for i in (s..UUIDS).step_by(SENDERS) {
                let uuid = uuid_of(i);
                // The same item to both instances and through nginx, at once.
                let (a, b, c) = tokio::join!(
                    send(&http, &instances[0], &nginx, &uuid, &rerouted),
                    send(&http, &instances[1], &nginx, &uuid, &rerouted),
                    send(&http, &nginx, &nginx, &uuid, &rerouted),
                );
                answers
                    .lock()
                    .unwrap()
                    .extend([a, b, c].map(|st| (uuid.clone(), st)));
                answered.fetch_add(1, Ordering::SeqCst);
            }
        }));
    }
    let editors = [
        tokio::spawn(edit(
            http.clone(),
            nginx.clone(),
            token.clone(),
            target.clone(),
            "a",
        )),
        tokio::spawn(edit(
            http.clone(),
            nginx.clone(),
            token.clone(),
            target.clone(),
            "b",
        )),
    ];
    // Two publications started together, during the edits: one at a time.
    let publications: Vec<_> = (0..2)
        .map(|_| {
            let publisher = cluster.publisher();
            tokio::task::spawn_blocking(move || publisher.publish())
        })
        .collect();
    // Instance 1 killed mid-stream.
    let deadline = Instant::now() + Duration::from_secs(120);
    while answered.load(Ordering::SeqCst) < KILL_AFTER {
        assert!(Instant::now() < deadline, "the senders stalled");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    cluster.kill(1);
    let at_kill = answered.load(Ordering::SeqCst);
    assert!(at_kill < UUIDS, "the stream had ended before the kill");
    let mut published = 0;
    for p in publications {
        let out = p.await.unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.success() {
            published += 1;
        } else {
            assert!(
                stderr.contains("another publication is under way"),
                "a publication failed: {stderr}"
            );
        }
    }
    assert!(published >= 1, "no publication went through");
    for s in senders {
        s.await.unwrap();
    }
    // Requests meant for the dead instance went through nginx instead.
    let rerouted = rerouted.load(Ordering::SeqCst);
    assert!(rerouted > 0, "no request met the killed instance");
    let mut marks = Vec::new();
    let mut conflicts = 0;
    for e in editors {
        let (m, c) = e.await.unwrap();
        marks.extend(m);
        conflicts += c;
    }

    // Each submission is stored once, and every 2xx has its row.
    let answers = answers.lock().unwrap().clone();
    let mut created: HashMap<&str, usize> = HashMap::new();
    for (uuid, status) in &answers {
        assert!(
            status.is_success(),
            "{uuid}: {status} (all were valid and every client retried)"
        );
        if *status == StatusCode::CREATED {
            *created.entry(uuid.as_str()).or_default() += 1;
        }
    }
    assert!(
        created.values().all(|n| *n == 1),
        "a uuid was created twice"
    );
    let stored = store.submissions(None).unwrap();
    let stored_uuids: HashSet<&str> = stored.iter().map(|s| s.uuid.as_str()).collect();
    assert_eq!(stored.len(), stored_uuids.len(), "a uuid stored twice");
    let sent: HashSet<String> = (0..UUIDS).map(uuid_of).collect();
    assert_eq!(
        stored_uuids,
        sent.iter().map(String::as_str).collect::<HashSet<_>>()
    );

    // No edit was lost: every mark an editor saw written is in the text,
    // once.
    let text = store.service(&target).unwrap().unwrap().description;
    for mark in &marks {
        assert_eq!(text.matches(mark.as_str()).count(), 1, "{mark} in {text}");
    }
    let history = store
        .history(catalog::RecordKind::Service, &target, 100)
        .unwrap();
    // The first edit, then each mark's (a write whose answer was lost may
    // be there too).
    assert!(history.len() > marks.len(), "{} changes", history.len());

    // The surviving instance publishes what the store holds; nginx serves
    // it; the app syncing through nginx ends equal to the store.
    let last = tokio::task::block_in_place(|| cluster.publish());
    assert!(
        last.status.success(),
        "{}",
        String::from_utf8_lossy(&last.stderr)
    );
    let seq = store.publications(1).unwrap()[0].seq;
    let manifest = http
        .get(format!("{nginx}manifest.json"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let manifest: serde_json::Value = serde_json::from_slice(&manifest).unwrap();
    assert_eq!(manifest["seq"].as_u64(), Some(seq));
    let expected = store.content_hashes().unwrap();
    let app_dir = tempfile::tempdir().unwrap();
    let synced = tokio::task::block_in_place(|| app_syncs_to(&nginx, app_dir.path(), &expected));
    assert!(synced, "the app's catalog never equalled the store");
    eprintln!(
        "portal_cluster: {UUIDS} submissions sent 3 times each, instance 1 killed after \
         {at_kill} ({rerouted} sends rerouted), {} edits with {conflicts} conflicts, \
         {published} of 2 concurrent publications ran, final seq {seq}",
        marks.len()
    );
    assert!(
        cluster
            .nginx
            .error_log()
            .lines()
            .all(|l| !l.contains("[emerg]")),
        "{}",
        cluster.nginx.error_log()
    );
}

/// Starts `integra --serve` on the feed at `feed_url`, keeps a page of it
/// open in Chromium (the background sync runs with a session) and waits,
/// bounded, until its catalog holds exactly `expected`.
fn app_syncs_to(
    feed_url: &str,
    data: &std::path::Path,
    expected: &HashMap<String, String>,
) -> bool {
    let mut cmd = integra(data, &["--serve"]);
    cmd.env("INTEGRA_FEED_URL", feed_url).env(
        "INTEGRA_CLOCK",
        chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    );
    let app = Server::start(cmd, FIRST_START);
    let handshake = tempfile::tempdir().unwrap();
    let done = handshake.path().join("done");
    let browser = workspace().join("tests/browser");
    let mut node = std::process::Command::new("node")
        .arg(browser.join("open_until.js"))
        .arg(&app.url)
        .arg(&done)
        .arg("180")
        .current_dir(&browser)
        .spawn()
        .expect("node runs");
    let catalog = data.join("catalog.sqlite");
    let deadline = Instant::now() + Duration::from_secs(180);
    let mut equal = false;
    while Instant::now() < deadline {
        if app_hashes(&catalog).as_ref() == Some(expected) {
            equal = true;
            break;
        }
        if node.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(250));
    }
    std::fs::write(&done, "").unwrap();
    let _ = node.wait();
    drop(app);
    equal
}

/// The content hashes of the app's catalog file, by `<table>:<id>`, read
/// without writing to it.
fn app_hashes(path: &std::path::Path) -> Option<HashMap<String, String>> {
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    let mut out = HashMap::new();
    for kind in catalog::RecordKind::ALL {
        let table = kind.table();
        let mut stmt = conn
            .prepare(&format!("SELECT id, lower(hex(content_hash)) FROM {table}"))
            .ok()?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .ok()?;
        for row in rows {
            let (id, hash) = row.ok()?;
            out.insert(kind.key(&id), hash);
        }
    }
    Some(out)
}
