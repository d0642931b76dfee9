//! End to end on loopback: `integra-portal serve` and the client; a 1%
//! edit arrives as a delta only; the same feed folder served by nginx;
//! editors' tokens scoped by territory and role; the moderation queue;
//! the bundled starter feed; sideload.

#[path = "sync_support.rs"]
mod support;

use integra_tests::nginx::Nginx;
use portal::{Role, Store, territory};
use reqwest::StatusCode;
use support::*;
use sync::Route;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn portal_then_delta_then_nginx() {
    let mut data = small_catalog(300);
    let portal = Portal::new(&data);
    let first = portal.publish();
    assert_eq!(first.manifest.seq, 1);
    let server = portal.serve().await;

    // From empty: the snapshot.
    let device = Device::new();
    let client = device.client(&server.url());
    let progress = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let seen = progress.clone();
    let out = client
        .update(move |p| seen.lock().unwrap().push(p))
        .await
        .unwrap();
    assert_eq!(out.route, Route::Snapshot);
    assert_eq!(out.to, 1);
    assert_eq!(out.bytes, first.manifest.snapshot.size);
    assert_same_catalog(&device.catalog(), &data);
    let phases: Vec<sync::Phase> = progress.lock().unwrap().iter().map(|p| p.phase).collect();
    for phase in [
        sync::Phase::Checking,
        sync::Phase::Downloading,
        sync::Phase::Applying,
        sync::Phase::Done,
    ] {
        assert!(phases.contains(&phase), "no {phase:?} in {phases:?}");
    }
    // The bar moves through the apply, as rows are written and indexed.
    let applying: Vec<(u64, u64)> = progress
        .lock()
        .unwrap()
        .iter()
        .filter(|p| p.phase == sync::Phase::Applying)
        .map(|p| (p.rows_done, p.rows_total))
        .collect();
    let total = applying.last().unwrap().1;
    assert_eq!(applying.last(), Some(&(total, total)));
    assert!(
        applying.windows(2).all(|w| w[0].0 <= w[1].0),
        "{applying:?}"
    );
    let midway = applying
        .iter()
        .filter(|(done, _)| *done > 0 && *done < total)
        .count();
    assert!(
        midway >= 10,
        "{midway} reports between the start and the end"
    );
    let status = client.status().await.unwrap();
    assert_eq!(status.seq, Some(1));
    assert_eq!(status.origin, sync::DataOrigin::Sample);
    assert!(status.last_check.is_some() && status.last_error.is_none());

    // Nothing new: nothing fetched.
    let out = client.update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::UpToDate);
    assert!(!out.changed());

    // An editor changes 1% of the services through the API.
    let admin = portal.token(Role::Admin, None);
    edit_services(&mut data, 3, 1);
    let http = reqwest::Client::new();
    for s in data
        .services
        .iter()
        .filter(|s| s.description.contains("aggiornato"))
    {
        // The version the editor read travels back as If-Match.
        let url = format!("{}v1/editor/services/{}", server.url(), s.id);
        let read = http.get(&url).bearer_auth(&admin).send().await.unwrap();
        assert_eq!(read.status(), StatusCode::OK);
        let etag = read.headers()["etag"].clone();
        let r = http
            .put(&url)
            .bearer_auth(&admin)
            .header("if-match", etag)
            .body(serde_json::to_vec(s).unwrap())
            .send()
            .await
            .unwrap();
        assert_eq!(
            r.status(),
            StatusCode::NO_CONTENT,
            "{}",
            r.text().await.unwrap()
        );
    }
    let second = portal.publish();
    assert_eq!(second.manifest.deltas.len(), 1);
    let delta = &second.manifest.deltas[0];
    assert_eq!(delta.file.ops, 3);
    // The portal compresses the delta against the three rows it replaces
    // (the previous snapshot is still in the feed folder).
    let bytes = std::fs::read(portal.feed_dir.join(&delta.file.path)).unwrap();
    let mut base = Vec::new();
    let _ = feed::format::decode_with_base("delta", &bytes, &mut |keys| {
        base = keys.to_vec();
        Err(feed::FeedError::Storage("only the keys are wanted".into()))
    });
    assert_eq!(base.len(), 3, "{base:?}");
    let out = client.update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::Delta);
    assert_eq!(out.bytes, delta.file.size, "only the delta is fetched");
    assert!(out.bytes * 10 < second.manifest.snapshot.size);
    assert_same_catalog(&device.catalog(), &data);

    // The same folder served by nginx: a fresh device, then a delta.
    let nginx = Nginx::start(&portal.feed_dir);
    let other = Device::new();
    let via_nginx = other.client(&nginx.url());
    let out = via_nginx.update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::Snapshot);
    assert_same_catalog(&other.catalog(), &data);
    edit_services(&mut data, 3, 2);
    portal.store().put(&data).unwrap();
    let third = portal.publish();
    let out = via_nginx.update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::Delta);
    assert_eq!(out.to, third.manifest.seq);
    assert_same_catalog(&other.catalog(), &data);
    // The first device, two seqs behind, moves with one delta too.
    let out = device.client(&nginx.url()).update(|_| {}).await.unwrap();
    assert_eq!((out.route, out.from, out.to), (Route::Delta, Some(2), 3));
    assert_same_catalog(&device.catalog(), &data);

    // Resume through nginx: half a snapshot already on disk.
    let third_device = Device::new();
    let snap = &third.manifest.snapshot;
    let bytes = std::fs::read(portal.feed_dir.join(&snap.path)).unwrap();
    let downloads = third_device.state_dir.join("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let half = bytes.len() / 2;
    std::fs::write(
        downloads.join(format!("{}.part", snap.sha256)),
        &bytes[..half],
    )
    .unwrap();
    let out = third_device
        .client(&nginx.url())
        .update(|_| {})
        .await
        .unwrap();
    assert_eq!(out.route, Route::Snapshot);
    assert_eq!(
        out.bytes,
        (bytes.len() - half) as u64,
        "only the missing half is fetched"
    );
    assert_same_catalog(&third_device.catalog(), &data);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feed_files_have_range_etag_and_cache_headers() {
    let portal = Portal::new(&small_catalog(40));
    let report = portal.publish();
    let server = portal.serve().await;
    let http = reqwest::Client::new();
    let snap = &report.manifest.snapshot;
    let url = format!("{}{}", server.url(), snap.path);
    let full = http.get(&url).send().await.unwrap();
    assert_eq!(full.status(), StatusCode::OK);
    let etag = full.headers()["etag"].to_str().unwrap().to_string();
    assert_eq!(etag, format!("\"{}\"", snap.sha256));
    assert!(
        full.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert_eq!(full.headers()["accept-ranges"], "bytes");
    let body = full.bytes().await.unwrap();
    assert_eq!(body.len() as u64, snap.size);

    let part = http
        .get(&url)
        .header("range", "bytes=10-19")
        .send()
        .await
        .unwrap();
    assert_eq!(part.status(), StatusCode::PARTIAL_CONTENT);
    assert_eq!(
        part.headers()["content-range"].to_str().unwrap(),
        format!("bytes 10-19/{}", snap.size)
    );
    assert_eq!(&part.bytes().await.unwrap()[..], &body[10..20]);

    // If-Range with the right ETag: the range; with another: the whole file.
    let r = http
        .get(&url)
        .header("range", "bytes=5-")
        .header("if-range", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::PARTIAL_CONTENT);
    let r = http
        .get(&url)
        .header("range", "bytes=5-")
        .header("if-range", "\"other\"")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = http
        .get(&url)
        .header("range", format!("bytes={}-", snap.size))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::RANGE_NOT_SATISFIABLE);
    let r = http
        .get(&url)
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);

    let m = http
        .get(format!("{}manifest.json", server.url()))
        .send()
        .await
        .unwrap();
    assert_eq!(m.status(), StatusCode::OK);
    assert!(
        m.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("max-age=60")
    );
    for bad in [
        "store/portal.sqlite",
        "snap/../../store/portal.sqlite",
        "snap/.tmp-x",
    ] {
        let r = http
            .get(format!("{}{bad}", server.url()))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{bad}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn editors_are_scoped_and_moderated_changes_reach_devices() {
    let data = small_catalog(400);
    let inside = |region: &str, s: &catalog::model::Service| {
        let t = catalog::Territory::from_code(region).unwrap();
        territory::allows(Some(&t), &territory::service_codes(s))
    };
    let lombardy = data
        .services
        .iter()
        .find(|s| inside("03", s))
        .expect("a service in Lombardy")
        .clone();
    let lazio = data
        .services
        .iter()
        .find(|s| inside("12", s))
        .expect("a service in Lazio")
        .clone();
    let portal = Portal::new(&data);
    portal.publish();
    let server = portal.serve().await;
    let device = Device::new();
    let client = device.client(&server.url());
    client.update(|_| {}).await.unwrap();

    let http = reqwest::Client::new();
    let editor = portal.token(Role::Editor, Some("12"));
    let put = |token: Option<String>, s: catalog::model::Service| {
        let http = http.clone();
        let url = format!("{}v1/editor/services/{}", server.url(), s.id);
        async move {
            let mut req = http
                .put(url)
                .header("if-match", "*")
                .body(serde_json::to_vec(&s).unwrap());
            if let Some(t) = token {
                req = req.bearer_auth(t);
            }
            req.send().await.unwrap().status()
        }
    };
    let mut changed = lombardy.clone();
    changed.name = "Sportello cambiato".into();
    assert_eq!(put(None, changed.clone()).await, StatusCode::UNAUTHORIZED);
    assert_eq!(
        put(Some("not-a-token".into()), changed.clone()).await,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        put(Some(editor.clone()), changed.clone()).await,
        StatusCode::FORBIDDEN
    );
    // Moving a Lazio service to Lombardy is outside too.
    let mut moved = lazio.clone();
    moved.locations = lombardy.locations.clone();
    assert_eq!(
        put(Some(editor.clone()), moved).await,
        StatusCode::FORBIDDEN
    );
    let mut fixed = lazio.clone();
    fixed.name = "Sportello di Roma aggiornato".into();
    assert_eq!(
        put(Some(editor.clone()), fixed.clone()).await,
        StatusCode::NO_CONTENT
    );
    let mut invalid = lazio.clone();
    invalid.phones = vec![catalog::model::Phone {
        id: "p-bad".into(),
        number: "call me".into(),
        description: None,
    }];
    assert_eq!(
        put(Some(editor.clone()), invalid).await,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    let r = http
        .delete(format!(
            "{}v1/editor/services/{}",
            server.url(),
            lombardy.id
        ))
        .bearer_auth(&editor)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // An editor is no moderator.
    let r = http
        .get(format!("{}v1/moderation/submissions", server.url()))
        .bearer_auth(&editor)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);

    // A user's correction, accepted by a moderator, reaches the device.
    let mut corrected = lombardy.clone();
    corrected.opening_hours = Some("Mo-Fr 09:00-13:00".into());
    let uuid = "0b6f3c1e-7c1a-4d2e-9a51-3f1f5d7a0c42";
    let body = serde_json::json!({
        "uuid": uuid, "kind": "correction",
        "payload": {"message": "orario cambiato", "service": corrected},
    });
    let r = http
        .post(format!("{}v1/submissions", server.url()))
        .header("content-type", "application/json")
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let moderator = portal.token(Role::Moderator, Some("03"));
    let list = http
        .get(format!("{}v1/moderation/submissions", server.url()))
        .bearer_auth(&moderator)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let list: Vec<serde_json::Value> = serde_json::from_slice(&list).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["uuid"], uuid);
    // A moderator of Lazio can neither accept nor reject a correction of a
    // Lombardy service; it stays waiting for Lombardy's.
    let lazio_moderator = portal.token(Role::Moderator, Some("12"));
    for (decision, body) in [("reject", r#"{"reason": "no"}"#), ("accept", "")] {
        let r = http
            .post(format!(
                "{}v1/moderation/submissions/{uuid}/{decision}",
                server.url()
            ))
            .bearer_auth(&lazio_moderator)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{decision}");
    }
    let r = http
        .get(format!("{}v1/submissions/{uuid}", server.url()))
        .send()
        .await
        .unwrap();
    let answer: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    assert_eq!(answer["state"], "received");
    let r = http
        .post(format!(
            "{}v1/moderation/submissions/{uuid}/accept",
            server.url()
        ))
        .bearer_auth(&moderator)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let r = http
        .post(format!(
            "{}v1/moderation/submissions/{uuid}/accept",
            server.url()
        ))
        .bearer_auth(&moderator)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CONFLICT, "decided once");

    // The server's store holds the changes; the next publish carries them.
    drop(server);
    let report = portal.publish();
    assert_eq!(report.manifest.deltas[0].file.ops, 2);
    let server = portal.serve().await;
    let out = device.client(&server.url()).update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::Delta);
    let cat = device.catalog();
    assert_eq!(
        cat.service(&lombardy.id)
            .unwrap()
            .unwrap()
            .opening_hours
            .as_deref(),
        Some("Mo-Fr 09:00-13:00")
    );
    assert_eq!(cat.service(&lazio.id).unwrap().unwrap().name, fixed.name);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn submissions_are_idempotent_validated_limited() {
    let portal = Portal::new(&small_catalog(20));
    portal.publish();
    let mut cfg = portal::ServerConfig::new(&portal.feed_dir);
    cfg.submissions_rate = portal::RateLimit {
        burst: 6,
        per: std::time::Duration::from_secs(600),
    };
    cfg.outcomes_rate = portal::RateLimit {
        burst: 3,
        per: std::time::Duration::from_secs(600),
    };
    cfg.max_submission_bytes = 8 * 1024;
    let server = serve_state(portal::PortalState::new(Box::new(portal.store()), cfg)).await;
    let http = reqwest::Client::new();
    let url = format!("{}v1/submissions", server.url());
    let post = |body: String| {
        let http = http.clone();
        let url = url.clone();
        async move {
            http.post(url)
                .header("content-type", "application/json")
                .body(body)
                .send()
                .await
                .unwrap()
                .status()
        }
    };
    let ok = serde_json::json!({"uuid": "6f1d2a8e-3b4c-4d5e-8f60-718293a4b5c6", "kind": "removal_request",
        "payload": {"record_kind": "service", "record_id": "sample-svc-0000001", "message": "chiuso"}})
    .to_string();
    assert_eq!(post(ok.clone()).await, StatusCode::CREATED);
    assert_eq!(
        post(ok.clone()).await,
        StatusCode::OK,
        "same uuid, same content"
    );
    let other = ok.replace("chiuso", "trasferito");
    assert_eq!(post(other).await, StatusCode::CONFLICT);
    assert_eq!(post("{not json".into()).await, StatusCode::BAD_REQUEST);
    let bad_uuid = ok.replace("6f1d2a8e-3b4c-4d5e-8f60-718293a4b5c6", "nope");
    assert_eq!(post(bad_uuid).await, StatusCode::UNPROCESSABLE_ENTITY);
    let huge = ok.replace("chiuso", &"x".repeat(10_000));
    assert_eq!(post(huge).await, StatusCode::PAYLOAD_TOO_LARGE);
    // The oversize body never reached the handler; one more spends the burst of 6.
    assert_eq!(post(ok.clone()).await, StatusCode::OK);
    let r = http
        .post(&url)
        .header("content-type", "application/json")
        .body(ok.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().contains_key("retry-after"));
    // Asking what became of it counts against a bucket of its own: it still
    // answers after the sends ran out, until it runs out in turn.
    let ask = || {
        http.get(format!("{url}/6f1d2a8e-3b4c-4d5e-8f60-718293a4b5c6"))
            .send()
    };
    for _ in 0..3 {
        let r = ask().await.unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        let body: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
        assert_eq!(body["state"], "received");
        assert!(body.get("payload").is_none() && body.get("decided_by").is_none());
    }
    let r = ask().await.unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(r.headers().contains_key("retry-after"));
    let pending = server.state.store().submissions(None).unwrap();
    assert_eq!(pending.len(), 1, "one submission stored");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starter_feed_verifies_and_applies() {
    let starter = repo_path("assets/feed/starter");
    let device = Device::new();
    let client = device.client("http://127.0.0.1:9/unused/");
    let out = client.sideload(&starter, |_| {}).await.unwrap();
    assert_eq!(out.route, Route::Snapshot);
    assert_eq!(out.to, 1);
    let cat = device.catalog();
    // The official records: 704 CPIA sites, 42,452 school sites, 1,135
    // hospitals; no association (none comes from official open data).
    assert_eq!(cat.counts().unwrap().services, 704 + 42_452 + 1_135);
    assert_eq!(cat.counts().unwrap().associations, 0);
    let m =
        sync::FeedManifest::parse(&std::fs::read(starter.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(cat.digest().unwrap(), m.digest);
    let status = client.status().await.unwrap();
    assert_eq!(status.origin, sync::DataOrigin::Official);
    // Loading it again changes nothing.
    let again = client.sideload(&starter, |_| {}).await.unwrap();
    assert_eq!(again.route, Route::UpToDate);
    // It is exactly what `integra-portal starter` writes.
    let regenerated = tempfile::tempdir().unwrap();
    // Regenerated over a copy of itself: every byte the same (a valid
    // signature over unchanged bytes is kept).
    copy_dir(&starter, regenerated.path());
    let official = portal::publish::starter_data(
        portal::publish::StarterData::Official,
        &repo_path("assets/data/official"),
    )
    .unwrap();
    portal::publish::starter(regenerated.path(), &dev_key(), &official).unwrap();
    for file in ["manifest.json", "manifest.json.minisig", &m.snapshot.path] {
        let a = std::fs::read(regenerated.path().join(file)).unwrap();
        let b = std::fs::read(starter.join(file)).unwrap();
        assert!(a == b, "the starter feed is reproducible: {file} differs");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sideload_then_network_continue_the_same_chain() {
    let mut data = small_catalog(80);
    let portal = Portal::new(&data);
    portal.publish();
    // A copy of the feed on a "USB stick".
    let stick = tempfile::tempdir().unwrap();
    copy_dir(&portal.feed_dir, stick.path());
    let device = Device::new();
    let out = sync::sideload(
        stick.path(),
        &device.catalog_path,
        &sync::TrustedKeys::dev(),
        Some(&device.state_dir),
        &|_| {},
    )
    .unwrap();
    assert_eq!(out.route, Route::Snapshot);
    assert_same_catalog(&device.catalog(), &data);
    edit_services(&mut data, 1, 3);
    portal.store().put(&data).unwrap();
    portal.publish();
    let server = portal.serve().await;
    let out = device.client(&server.url()).update(|_| {}).await.unwrap();
    assert_eq!(out.route, Route::Delta);
    assert_same_catalog(&device.catalog(), &data);
    let empty = tempfile::tempdir().unwrap();
    let err = sync::sideload(
        empty.path(),
        &device.catalog_path,
        &sync::TrustedKeys::dev(),
        None,
        &|_| {},
    )
    .unwrap_err();
    assert_eq!(err.message_id(), "sync-error-no-feed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_updates_run_one_at_a_time() {
    let data = small_catalog(60);
    let portal = Portal::new(&data);
    portal.publish();
    let server = portal.serve().await;
    let device = Device::new();
    let client = device.client(&server.url());
    let other = client.clone();
    let (a, b) = tokio::join!(client.update(|_| {}), other.update(|_| {}));
    let mut routes = [a.unwrap().route, b.unwrap().route];
    routes.sort_by_key(|r| format!("{r:?}"));
    assert_eq!(routes, [Route::Snapshot, Route::UpToDate]);
    assert_same_catalog(&device.catalog(), &data);
}

/// Every submission the app's forms make, in the payload shape they make
/// it, and the kinds earlier builds wrote, is taken by the portal; an
/// accepted removal request removes the association it names; the app then
/// reads what became of each (accepted, rejected with the moderator's
/// reason, still waiting).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_the_app_submits_is_taken_by_the_portal() {
    use catalog::SubmissionKind;
    use catalog::submission::{RECORD_ID, RECORD_KIND};
    use catalog::user::{OutboxItem, Outcome, UserData};

    let data = small_catalog(20);
    let association = data
        .organizations
        .iter()
        .find(|o| o.association.is_some())
        .expect("the sample has associations")
        .clone();
    let portal = Portal::new(&data);
    portal.publish();
    let server = portal.serve().await;

    let service = &data.services[0];
    let about = |kind: &str, id: &str| {
        serde_json::json!({
            RECORD_KIND: kind, RECORD_ID: id, "record_name": "x",
            "message": "Il numero di telefono è cambiato.", "contact_email": "",
        })
    };
    let new_service = serde_json::json!({
        "name": "Scuola di italiano Penny Wirton", "comune_istat": "100005",
        "area": "italian-language", "message": "Corsi gratuiti di italiano per adulti, il sabato.",
        "address": "", "phone": "", "website": "", "contact_email": "",
    });
    let new_association = serde_json::json!({
        "name": "Associazione di prova", "community": "", "comune_istat": "100005",
        "activities": [], "email": "info@example.org", "phone": "", "website": "",
        "description": "",
    });
    let items = [
        (
            SubmissionKind::Correction.as_str(),
            about("service", &service.id),
        ),
        (
            SubmissionKind::Correction.as_str(),
            about("association", &association.id),
        ),
        (SubmissionKind::NewService.as_str(), new_service.clone()),
        (SubmissionKind::NewAssociation.as_str(), new_association),
        (
            SubmissionKind::RemovalRequest.as_str(),
            about("association", &association.id),
        ),
        // What earlier builds wrote, still waiting on devices.
        (
            "association_correction",
            about("association", &association.id),
        ),
    ];
    let dir = tempfile::tempdir().unwrap();
    let user_db = dir.path().join("user.sqlite");
    {
        let user = UserData::open(&user_db).unwrap();
        for (i, (kind, payload)) in items.iter().enumerate() {
            user.enqueue(&OutboxItem {
                uuid: format!("00000000-0000-4000-8000-{i:012}"),
                kind: kind.to_string(),
                payload: payload.to_string(),
                created_at: "2026-12-07T08:00:00Z".into(),
                attempts: 0,
                last_error: None,
            })
            .unwrap();
        }
    }
    let url = format!("{}v1/submissions", server.url());
    let report = sync::outbox::flush(&user_db, &url, &fast_retry(), true)
        .await
        .unwrap();
    assert_eq!(report.sent.len(), items.len(), "{report:?}");
    assert!(
        UserData::open(&user_db)
            .unwrap()
            .outbox()
            .unwrap()
            .is_empty()
    );

    // A hostile or incomplete service report is refused with a reason.
    let http = reqwest::Client::new();
    for (i, (field, value)) in [
        ("comune_istat", "999999"),
        ("area", "<script>"),
        ("name", ""),
        ("message", " "),
    ]
    .into_iter()
    .enumerate()
    {
        let mut bad = new_service.clone();
        bad[field] = value.into();
        let body = serde_json::json!({"uuid": format!("00000000-0000-4000-9000-{i:012}"),
            "kind": "new_service", "payload": bad});
        let r = http
            .post(&url)
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field}");
        let text = r.text().await.unwrap();
        assert!(text.contains(field), "{field}: {text}");
    }

    // A new association the app's form could not make: no way to reach it.
    let silent = serde_json::json!({"uuid": "00000000-0000-4000-9000-000000000099",
        "kind": "new_association", "payload": {"name": "Associazione", "comune_istat": "100005",
        "email": " ", "phone": "", "website": ""}});
    let r = http
        .post(&url)
        .header("content-type", "application/json")
        .body(silent.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert!(r.text().await.unwrap().contains("email, phone or website"));

    // The moderator sees them all and accepts the removal.
    let moderator = portal.token(Role::Moderator, None);
    let list = http
        .get(format!("{}v1/moderation/submissions", server.url()))
        .bearer_auth(&moderator)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let list: Vec<serde_json::Value> = serde_json::from_slice(&list).unwrap();
    assert_eq!(list.len(), items.len());
    let removal = list
        .iter()
        .find(|s| s["kind"] == "removal_request")
        .unwrap();
    let r = http
        .post(format!(
            "{}v1/moderation/submissions/{}/accept",
            server.url(),
            removal["uuid"].as_str().unwrap()
        ))
        .bearer_auth(&moderator)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    // The new association is rejected, with the reason its sender will
    // read; a rejection without one is refused and changes nothing.
    let association_uuid = list
        .iter()
        .find(|s| s["kind"] == "new_association")
        .unwrap()["uuid"]
        .as_str()
        .unwrap()
        .to_string();
    let reject = |body: &'static str| {
        http.post(format!(
            "{}v1/moderation/submissions/{association_uuid}/reject",
            server.url()
        ))
        .bearer_auth(&moderator)
        .body(body)
        .send()
    };
    for body in ["", r#"{"reason": "  "}"#, "not json"] {
        let r = reject(body).await.unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{body:?}");
    }
    let reason = "Esiste già: è l'associazione numero 12 dell'elenco.";
    let r = reject(r#"{"reason": "Esiste già: è l'associazione numero 12 dell'elenco."}"#)
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);

    // The app asks what became of what it sent, by uuid only.
    let changed = sync::outbox::refresh_outcomes(&user_db, &url)
        .await
        .unwrap();
    assert_eq!(changed, 2, "one accepted, one rejected");
    let sent = UserData::open(&user_db).unwrap().sent().unwrap();
    assert_eq!(sent.len(), items.len(), "every sent one is kept to show");
    let outcome_of = |kind: &str| {
        sent.iter()
            .find(|s| s.kind == kind)
            .map(|s| s.outcome.clone())
            .unwrap()
    };
    assert_eq!(outcome_of("removal_request"), Outcome::Accepted);
    assert_eq!(
        outcome_of("new_association"),
        Outcome::Rejected {
            reason: Some(reason.into())
        }
    );
    assert_eq!(outcome_of("new_service"), Outcome::Received);
    // What the portal answers anyone who asks: the state and the reason,
    // nothing of the content; an unknown or malformed uuid is not found.
    let r = http
        .get(format!("{url}/{association_uuid}"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.headers()["cache-control"], "no-store");
    let answer: serde_json::Value = serde_json::from_slice(&r.bytes().await.unwrap()).unwrap();
    assert_eq!(
        answer,
        serde_json::json!({"uuid": association_uuid, "state": "rejected", "reason": reason})
    );
    for unknown in [
        "00000000-0000-4000-8000-999999999999",
        "../manifest.json",
        "x",
    ] {
        let r = http.get(format!("{url}/{unknown}")).send().await.unwrap();
        assert_eq!(r.status(), StatusCode::NOT_FOUND, "{unknown}");
    }
    drop(server);
    assert!(
        portal
            .store()
            .organization(&association.id)
            .unwrap()
            .is_none()
    );
}

/// The editors' API never overwrites a change unseen: `GET` gives the
/// service's version as its ETag, a write of an existing service sends it
/// back as `If-Match` (428 without, 409 with the current service when it
/// is stale, `*` to overwrite knowingly), a new one may say
/// `If-None-Match: *`; the same for `DELETE`.
#[tokio::test]
async fn the_editors_api_carries_versions() {
    let data = small_catalog(40);
    let portal = Portal::new(&data);
    let server = portal.serve().await;
    let admin = portal.token(Role::Admin, None);
    let http = reqwest::Client::new();
    let s = data.services[5].clone();
    let url = format!("{}v1/editor/services/{}", server.url(), s.id);
    let send = |req: reqwest::RequestBuilder, pre: Option<(&'static str, String)>| {
        let req = req.bearer_auth(&admin);
        async move {
            let req = match pre {
                Some((name, value)) => req.header(name, value),
                None => req,
            };
            let r = req.send().await.unwrap();
            let status = r.status();
            let etag = r
                .headers()
                .get("etag")
                .map(|v| v.to_str().unwrap().to_string());
            let body = r.bytes().await.unwrap();
            (status, etag, body)
        }
    };
    let body = |s: &catalog::model::Service| serde_json::to_vec(s).unwrap();
    let (status, v1, _) = send(http.get(&url), None).await;
    assert_eq!(status, StatusCode::OK);
    let v1 = v1.expect("an ETag");
    let mut changed = s.clone();
    changed.name = "Sportello rinnovato".into();
    let (status, _, _) = send(http.put(&url).body(body(&changed)), None).await;
    assert_eq!(status, StatusCode::PRECONDITION_REQUIRED);
    let (status, v2, _) = send(
        http.put(&url).body(body(&changed)),
        Some(("if-match", v1.clone())),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let v2 = v2.expect("the new version");
    assert_ne!(v1, v2);
    // From the old version: refused, with what the service holds now.
    let mut stale = s.clone();
    stale.name = "Da una copia vecchia".into();
    let (status, etag, answer) = send(
        http.put(&url).body(body(&stale)),
        Some(("if-match", v1.clone())),
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(etag.as_deref(), Some(v2.as_str()));
    let answer: serde_json::Value = serde_json::from_slice(&answer).unwrap();
    assert_eq!(answer["current"]["name"], "Sportello rinnovato");
    assert_eq!(
        portal.store().service(&s.id).unwrap().unwrap().name,
        "Sportello rinnovato"
    );
    // `*`: overwrite whatever is there, knowingly.
    let (status, _, _) = send(
        http.put(&url).body(body(&stale)),
        Some(("if-match", "*".into())),
    )
    .await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    // A new service: If-None-Match: * creates it once.
    let mut new = s.clone();
    new.id = "sportello-nuovo-api".into();
    // Its phones and places are its own rows.
    for (i, p) in new.phones.iter_mut().enumerate() {
        p.id = format!("sportello-nuovo-api-tel-{i}");
    }
    for (i, l) in new.locations.iter_mut().enumerate() {
        l.id = format!("sportello-nuovo-api-loc-{i}");
    }
    let new_url = format!("{}v1/editor/services/{}", server.url(), new.id);
    let create = || http.put(&new_url).body(body(&new));
    let (status, _, _) = send(create(), Some(("if-none-match", "*".into()))).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (status, _, _) = send(create(), Some(("if-none-match", "*".into()))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    // Deleting: the same rule.
    let (status, _, _) = send(http.delete(&new_url), None).await;
    assert_eq!(status, StatusCode::PRECONDITION_REQUIRED);
    let (status, _, _) = send(http.delete(&new_url), Some(("if-match", v1.clone()))).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (_, current, _) = send(http.get(&new_url), None).await;
    let (status, _, _) = send(http.delete(&new_url), Some(("if-match", current.unwrap()))).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    assert!(portal.store().service(&new.id).unwrap().is_none());
}

/// A decision whose records cannot be applied is not taken: the store
/// refuses (an organization that still has services cannot go), the
/// moderator is told why, and the submission waits again as it was.
#[tokio::test]
async fn an_acceptance_that_cannot_be_applied_leaves_the_submission_waiting() {
    let data = small_catalog(40);
    let portal = Portal::new(&data);
    let server = portal.serve().await;
    let moderator = portal.token(Role::Moderator, None);
    let http = reqwest::Client::new();
    let org = data.services[0].organization_id.clone();
    let uuid = "3f9a6c2e-7b1d-4e5f-9a0b-1c2d3e4f5a6b";
    let body = serde_json::json!({
        "uuid": uuid,
        "kind": "removal_request",
        "payload": {"record_kind": "association", "record_id": org, "message": "Chiusa."},
    });
    let r = http
        .post(format!("{}v1/submissions", server.url()))
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);
    let r = http
        .post(format!(
            "{}v1/moderation/submissions/{uuid}/accept",
            server.url()
        ))
        .bearer_auth(&moderator)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let why = String::from_utf8(r.bytes().await.unwrap().to_vec()).unwrap();
    assert!(why.contains("still has"), "{why}");
    let s = portal.store().submission(uuid).unwrap().unwrap();
    assert_eq!(s.status, portal::SubmissionStatus::Pending);
    assert_eq!(s.decided_by, None);
    assert!(portal.store().organization(&org).unwrap().is_some());
}
