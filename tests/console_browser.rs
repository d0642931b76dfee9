//! The editorial console in Debian's Chromium (`tests/browser/console.js`),
//! with the real `integra-portal serve` and the real `integra --serve`
//! syncing from it on loopback: the app sends two associations; a Lazio
//! editor sees only Lazio, fixes a phone number, confirms a record, and
//! meets a 403 on a Lombardy record's URL; a moderator edits and accepts
//! one association and rejects the other with a reason; the app's outbox
//! shows both outcomes; an admin publishes; the app syncs and finds the new
//! association; a package with one bad row is refused, naming the row.
//! Then axe-core and the 44 px / 360 px checks on every console
//! screen. Screenshots in `target/test-artifacts/console/`.

use integra_tests::app_support::{Server, artifacts, integra, node, portal_binary};
use portal::{Role, Store};

#[path = "sync_support.rs"]
mod sync_support;
use sync_support::{Portal, small_catalog};

/// A one-time link to set the password of a new account.
fn invite(portal: &Portal, email: &str, role: Role, territory: Option<&str>) -> String {
    portal::console::invite_account(
        &mut portal.store(),
        email,
        role,
        territory,
        chrono::Utc::now().timestamp(),
        "2026-12-07T00:00:00Z",
    )
    .unwrap()
    .unwrap()
}

#[test]
fn the_console_keeps_the_catalog_that_devices_sync() {
    let portal = Portal::new(&small_catalog(400));
    portal.publish();
    let lazio = catalog::Territory::from_code("12").unwrap();
    let data = portal.store().catalog().unwrap();
    let in_lazio = |s: &&catalog::Service| {
        portal::territory::allows(Some(&lazio), &portal::territory::service_codes(s))
    };
    let inside: Vec<&catalog::Service> = data.services.iter().filter(in_lazio).collect();
    assert!(inside.len() >= 2, "the sample has services in Lazio");
    let elsewhere = data
        .services
        .iter()
        .find(|s| {
            let codes = portal::territory::service_codes(s);
            !codes.is_empty()
                && codes
                    .iter()
                    .all(|c| !portal::territory::code_within(&lazio, c))
        })
        .expect("a service outside Lazio");
    let setup = serde_json::json!({
        "editor": { "email": "referente@lazio.example",
                    "link": invite(&portal, "referente@lazio.example", Role::Editor, Some("12")) },
        "moderator": { "email": "moderazione@lazio.example",
                       "link": invite(&portal, "moderazione@lazio.example", Role::Moderator, Some("12")) },
        "admin": { "email": "redazione@lavoro.example",
                   "link": invite(&portal, "redazione@lavoro.example", Role::Admin, None) },
        "password": "gatto verde sul tetto",
        "edited": inside[0].id,
        "elsewhere": elsewhere.id,
        "lazio_ids": inside.iter().map(|s| s.id.clone()).collect::<Vec<_>>(),
    });
    let artifacts = artifacts("console");
    std::fs::create_dir_all(&artifacts).unwrap();
    // Another publisher's package with one bad row (a status HSDS does
    // not have), for the import journey.
    let bad_package = artifacts.join("bad-package");
    let _ = std::fs::remove_dir_all(&bad_package);
    std::fs::create_dir_all(&bad_package).unwrap();
    let mut bad_files = Vec::new();
    for e in std::fs::read_dir(integra_tests::data_path("hsds/unione-valle-orsa")).unwrap() {
        let from = e.unwrap().path();
        let to = bad_package.join(from.file_name().unwrap());
        let mut bytes = std::fs::read(&from).unwrap();
        if to.ends_with("services.csv") {
            let text = String::from_utf8(bytes).unwrap();
            bytes = text.replacen(",active,", ",aperto,", 1).into_bytes();
        }
        std::fs::write(&to, bytes).unwrap();
        bad_files.push(to.display().to_string());
    }
    let mut setup = setup;
    setup["bad_package"] = serde_json::json!(bad_files);
    let setup_path = artifacts.join("setup.json");
    std::fs::write(&setup_path, setup.to_string()).unwrap();

    let key = sync_support::repo_path("assets/feed/dev-keys/online.key");
    let mut cmd = std::process::Command::new(portal_binary());
    cmd.arg("serve")
        .arg("--store")
        .arg(&portal.store_dir)
        .arg("--feed")
        .arg(&portal.feed_dir)
        .arg("--key")
        .arg(&key)
        .args(["--listen", "127.0.0.1:0"]);
    let server = Server::start(cmd, std::time::Duration::from_secs(60));
    let console_url = server.url.trim_end_matches('/').to_string();

    // The app syncs from the portal (its development keys sign both), on
    // today's clock: the feed was published now.
    let app_data = tempfile::tempdir().unwrap();
    let mut app = integra(app_data.path(), &["--serve"]);
    app.env("INTEGRA_FEED_URL", format!("{console_url}/"))
        .env(
            "INTEGRA_CLOCK",
            chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        )
        .env("LANG", "it_IT.UTF-8");
    let app = Server::start(app, integra_tests::app_support::FIRST_START);

    let ok = node(
        "console.js",
        &[
            &console_url,
            &app.url,
            artifacts.to_str().unwrap(),
            setup_path.to_str().unwrap(),
        ],
    );
    assert!(
        ok,
        "a console journey failed; screenshots in {}",
        artifacts.display()
    );

    // What the journeys did is in the store: one association accepted
    // under its edited name, the other rejected with its reason, the phone
    // fixed with its history, a publication by the admin.
    let store = portal.store();
    let subs = store.submissions(None).unwrap();
    assert!(
        subs.iter()
            .any(|s| s.status == portal::SubmissionStatus::Accepted)
    );
    assert!(subs.iter().any(|s| {
        s.status == portal::SubmissionStatus::Rejected
            && s.reason.as_deref() == Some("Esiste già con un altro nome.")
    }));
    let orgs = store.catalog().unwrap().organizations;
    assert!(
        orgs.iter()
            .any(|o| o.name == "Associazione Ponti sul Tevere APS")
    );
    let fixed = store.service(&inside[0].id).unwrap().unwrap();
    assert_eq!(fixed.phones[0].number, "06 4567 8910");
    let history = store
        .history(catalog::RecordKind::Service, &inside[0].id, 5)
        .unwrap();
    assert_eq!(history[0].actor, "referente@lazio.example");
    assert!(store.publications(1).unwrap()[0].seq >= 2);
}
