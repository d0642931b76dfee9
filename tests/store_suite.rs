//! One suite, two stores: the same test bodies run on the embedded store
//! (`SqliteStore`, a folder) and on PostgreSQL (`PgStore`, a real server
//! from Debian's package started by the test). What the portal relies on
//! holds on both: records round-trip with their versions, bad records
//! write nothing, a submission's uuid is stored once, a stale write is a
//! conflict, one publication at a time from one consistent state, and the
//! people's tables (accounts, links, sessions, failed logins, audit).
//!
//! The bodies that need two instances get two handles on one store: two
//! connections to one database, two opens of one folder.

// Each body is named on standard error as it starts: a failure says which.
#![allow(clippy::print_stderr)]

use std::collections::HashMap;

use catalog::model::CatalogData;
use catalog::{Record, RecordKind};
use integra_tests::pg_support::PgServer;
use portal::accounts::{AuditAction, AuditEntry, Session};
use portal::store::{PgStore, Versions, version};
use portal::{
    Decision, Grant, Inserted, Publication, Role, SqliteStore, Store, StoreError, Submission,
    SubmissionKind, SubmissionStatus,
};

type One = fn(&mut dyn Store);
type Two = fn(&mut dyn Store, &mut dyn Store);

const ONE: &[(&str, One)] = &[
    ("records_round_trip", records_round_trip),
    ("bad_records_write_nothing", bad_records_write_nothing),
    (
        "history_is_kept_with_the_write",
        history_is_kept_with_the_write,
    ),
    ("a_submission_is_stored_once", a_submission_is_stored_once),
    ("people", people),
    (
        "tokens_audit_and_failed_logins",
        tokens_audit_and_failed_logins,
    ),
    ("snapshot_and_publications", snapshot_and_publications),
];

const TWO: &[(&str, Two)] = &[
    ("a_stale_write_is_a_conflict", a_stale_write_is_a_conflict),
    (
        "a_record_created_twice_is_a_conflict",
        a_record_created_twice_is_a_conflict,
    ),
    ("one_publication_at_a_time", one_publication_at_a_time),
    (
        "what_one_instance_writes_the_other_reads",
        what_one_instance_writes_the_other_reads,
    ),
];

#[test]
fn the_suite_on_sqlite() {
    for (name, body) in ONE {
        eprintln!("sqlite: {name}");
        let dir = tempfile::tempdir().unwrap();
        body(&mut SqliteStore::open(dir.path()).unwrap());
    }
    for (name, body) in TWO {
        eprintln!("sqlite: {name}");
        let dir = tempfile::tempdir().unwrap();
        let mut a = SqliteStore::open(dir.path()).unwrap();
        let mut b = SqliteStore::open(dir.path()).unwrap();
        body(&mut a, &mut b);
    }
}

#[test]
fn the_suite_on_postgres() {
    let server = PgServer::start();
    for (i, (name, body)) in ONE.iter().enumerate() {
        eprintln!("postgres: {name}");
        let url = server.database(&format!("one_{i}"));
        body(&mut PgStore::connect(&url).unwrap());
    }
    for (i, (name, body)) in TWO.iter().enumerate() {
        eprintln!("postgres: {name}");
        let url = server.database(&format!("two_{i}"));
        let mut a = PgStore::connect(&url).unwrap();
        let mut b = PgStore::connect(&url).unwrap();
        body(&mut a, &mut b);
    }
}

/// A second start on a database already migrated migrates nothing and
/// keeps what it holds; a database from a newer build is refused.
#[test]
fn postgres_migrations_are_versioned() {
    let server = PgServer::start();
    let url = server.database("versions");
    let data = catalog_of(30);
    PgStore::connect(&url).unwrap().put(&data).unwrap();
    let again = PgStore::connect(&url).unwrap();
    assert_eq!(again.catalog().unwrap().len(), data.len());
    drop(again);
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).unwrap();
    admin
        .execute("UPDATE integra_schema SET version = version + 1", &[])
        .unwrap();
    let refused = PgStore::connect(&url).unwrap_err().to_string();
    assert!(refused.contains("newer than this build"), "{refused}");
}

/// Two instances starting at once on an empty database: one migrates, the
/// other waits for it, and both work.
#[test]
fn instances_starting_together_migrate_once() {
    let server = PgServer::start();
    let url = server.database("together");
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let url = url.clone();
            std::thread::spawn(move || PgStore::connect(&url).map(|_| ()))
        })
        .collect();
    for h in handles {
        h.join().unwrap().unwrap();
    }
}

/// A store that ends while it holds the publishing lock (an instance
/// killed mid-publication) lets it go: the next publication is not stuck.
#[test]
fn an_ended_holder_lets_the_publishing_lock_go() {
    let dir = tempfile::tempdir().unwrap();
    let server = PgServer::start();
    let url = server.database("ended");
    let open: [&dyn Fn() -> Box<dyn Store>; 2] = [
        &|| Box::new(SqliteStore::open(dir.path()).unwrap()),
        &|| Box::new(PgStore::connect(&url).unwrap()),
    ];
    for open in open {
        let mut holder = open();
        assert!(holder.lock_publishing().unwrap());
        let mut next = open();
        assert!(!next.lock_publishing().unwrap());
        drop(holder);
        assert!(next.lock_publishing().unwrap());
    }
}

/// A URL that reaches no server is a clear error, not a hang.
#[test]
fn an_unreachable_database_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "postgres://integra@localhost/none?host={}",
        dir.path().display()
    );
    let e = PgStore::connect(&url).unwrap_err().to_string();
    assert!(e.contains("store database error"), "{e}");
    let e = match portal::store::open("postgres://integra@localhost:port/x") {
        Err(e) => e.to_string(),
        Ok(_) => panic!("a URL with no port number opened"),
    };
    assert!(e.contains("not a PostgreSQL URL"), "{e}");
}

// ------------------------------------------------------------------ bodies

fn catalog_of(services: usize) -> CatalogData {
    catalog::sample::generate(catalog::sample::SampleOptions {
        services,
        associations: services / 5,
        cultural_experiences: 5,
        ..catalog::sample::SampleOptions::default()
    })
}

fn service_record(data: &CatalogData, i: usize) -> Record {
    Record::Service(Box::new(data.services[i].clone()))
}

fn records_round_trip(store: &mut dyn Store) {
    let data = catalog_of(40);
    store.put(&data).unwrap();
    let back = store.catalog().unwrap();
    assert_eq!(
        portal::publish::hashes_of(&back),
        portal::publish::hashes_of(&data)
    );
    assert_eq!(
        store.content_hashes().unwrap(),
        portal::publish::hashes_of(&data)
    );
    // Each kind comes back sorted by id.
    let ids: Vec<&str> = back.services.iter().map(|s| s.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
    let s = &data.services[3];
    assert_eq!(store.service(&s.id).unwrap().as_ref(), Some(s));
    assert_eq!(
        store.record(RecordKind::Service, &s.id).unwrap(),
        Some(service_record(&data, 3))
    );
    let o = &data.organizations[0];
    assert_eq!(store.organization(&o.id).unwrap().as_ref(), Some(o));
    // Several at once, in the order asked, the missing ones as None.
    assert_eq!(
        store
            .records(&[
                (RecordKind::Organization, &o.id),
                (RecordKind::Service, "no-such-service"),
                (RecordKind::Service, &s.id),
            ])
            .unwrap(),
        [
            Some(Record::Organization(Box::new(o.clone()))),
            None,
            Some(service_record(&data, 3)),
        ]
    );
    assert_eq!(store.service("no-such-service").unwrap(), None);
    let associations = store.associations().unwrap();
    let expected: Vec<&str> = {
        let mut a: Vec<_> = data
            .organizations
            .iter()
            .filter(|o| o.association.is_some())
            .map(|o| (o.name.as_str(), o.id.as_str()))
            .collect();
        a.sort();
        a.into_iter().map(|(_, id)| id).collect()
    };
    assert!(!expected.is_empty());
    assert_eq!(
        associations
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>(),
        expected
    );
    // Replacing a record changes its version and nothing else.
    let mut changed = data.services[3].clone();
    changed.name = "Sportello cambiato".into();
    store
        .put(&CatalogData {
            services: vec![changed.clone()],
            ..CatalogData::default()
        })
        .unwrap();
    assert_eq!(store.service(&s.id).unwrap(), Some(changed));
    assert_eq!(store.catalog().unwrap().len(), data.len());
    assert!(store.delete(RecordKind::Service, &s.id).unwrap());
    assert!(!store.delete(RecordKind::Service, &s.id).unwrap());
    assert_eq!(store.catalog().unwrap().len(), data.len() - 1);
}

fn bad_records_write_nothing(store: &mut dyn Store) {
    let data = catalog_of(20);
    store.put(&data).unwrap();
    let before = store.content_hashes().unwrap();
    // An invalid record among valid ones: nothing of the batch is written.
    let mut batch = CatalogData {
        services: data.services[..3].to_vec(),
        ..CatalogData::default()
    };
    for s in &mut batch.services {
        s.name = format!("{} (nuovo)", s.name);
    }
    batch.services[2].phones = vec![catalog::model::Phone {
        id: "p-bad".into(),
        number: "call me".into(),
        description: None,
    }];
    assert!(matches!(store.put(&batch), Err(StoreError::Catalog(_))));
    assert_eq!(store.content_hashes().unwrap(), before);
    // A service whose organization the store does not hold.
    let mut orphan = data.services[0].clone();
    orphan.id = "svc-orphan".into();
    orphan.organization_id = "org-nowhere".into();
    let e = store
        .put(&CatalogData {
            services: vec![orphan],
            ..CatalogData::default()
        })
        .unwrap_err();
    // The catalog file names the field; PostgreSQL's key refuses the batch.
    assert!(
        matches!(e, StoreError::Refused(_) | StoreError::Catalog(_)),
        "{e}"
    );
    assert!(e.to_string().contains("organization"), "{e}");
    assert_eq!(store.content_hashes().unwrap(), before);
    // An organization that still has services stays.
    let org = &data.services[0].organization_id;
    let e = store.delete(RecordKind::Organization, org).unwrap_err();
    // In the catalog's words or in PostgreSQL's key's, the same refusal.
    assert!(e.to_string().contains("still has"), "{e}");
    assert!(store.organization(org).unwrap().is_some());
    assert_eq!(store.content_hashes().unwrap(), before);
}

fn history_is_kept_with_the_write(store: &mut dyn Store) {
    let data = catalog_of(10);
    let kept = portal::history::save(store, "editor@example.it", &data).unwrap();
    assert_eq!(kept.len(), data.len());
    let id = data.services[1].id.clone();
    let mut changed = data.services[1].clone();
    changed.description = "Nuovo orario".into();
    let one = CatalogData {
        services: vec![changed],
        ..CatalogData::default()
    };
    portal::history::save(store, "editor@example.it", &one).unwrap();
    // Saved again unchanged: no entry.
    assert!(
        portal::history::save(store, "editor@example.it", &one)
            .unwrap()
            .is_empty()
    );
    let h = store.history(RecordKind::Service, &id, 10).unwrap();
    assert_eq!(h.len(), 2, "{h:?}");
    assert_eq!(h[0].fields[0].field, "description");
    assert_eq!(h[0].actor, "editor@example.it");
    // A refused write leaves no entry.
    let mut bad = one.clone();
    bad.services[0].area = "not-an-area".into();
    assert!(portal::history::save(store, "editor@example.it", &bad).is_err());
    assert_eq!(
        store.history(RecordKind::Service, &id, 10).unwrap().len(),
        2
    );
    assert!(portal::history::remove(store, "admin", RecordKind::Service, &id).unwrap());
    let h = store.history(RecordKind::Service, &id, 10).unwrap();
    assert_eq!(h.len(), 3);
    assert_eq!(h[0].action, portal::history::ChangeAction::Deleted);
}

fn submission(uuid: &str, message: &str) -> Submission {
    Submission {
        uuid: uuid.into(),
        kind: SubmissionKind::Correction,
        payload: serde_json::json!({ "message": message }),
        received_at: "2026-12-07T10:00:00Z".into(),
        status: SubmissionStatus::Pending,
        decided_by: None,
        reason: None,
        decided_at: None,
    }
}

fn a_submission_is_stored_once(store: &mut dyn Store) {
    let u = "2f1c7b0e-4d7a-4a53-9f3e-0c2f6a1d9b10";
    assert_eq!(
        store.add_submission(&submission(u, "orario")).unwrap(),
        Inserted::New
    );
    assert_eq!(
        store.add_submission(&submission(u, "orario")).unwrap(),
        Inserted::Duplicate
    );
    assert_eq!(
        store.add_submission(&submission(u, "altro")).unwrap(),
        Inserted::Conflict
    );
    assert_eq!(store.submissions(None).unwrap().len(), 1);
    let reject = Decision {
        status: SubmissionStatus::Rejected,
        by: "moderatore",
        reason: Some("Già corretto."),
        at: "2026-12-07T11:00:00Z",
    };
    assert!(store.decide(u, &reject).unwrap());
    // Decided once: a second decision (another moderator, another
    // instance) changes nothing.
    let accept = Decision {
        status: SubmissionStatus::Accepted,
        reason: None,
        ..reject
    };
    assert!(!store.decide(u, &accept).unwrap());
    let s = store.submission(u).unwrap().unwrap();
    assert_eq!(s.status, SubmissionStatus::Rejected);
    assert_eq!(s.reason.as_deref(), Some("Già corretto."));
    assert!(
        store
            .submissions(Some(SubmissionStatus::Pending))
            .unwrap()
            .is_empty()
    );
    assert!(store.submission("no-such-uuid").unwrap().is_none());
    // A decision is taken back only by whoever took it, as it was taken.
    assert!(
        !store
            .reopen(u, "altro", SubmissionStatus::Rejected)
            .unwrap()
    );
    assert!(
        !store
            .reopen(u, "moderatore", SubmissionStatus::Accepted)
            .unwrap()
    );
    assert!(
        store
            .reopen(u, "moderatore", SubmissionStatus::Rejected)
            .unwrap()
    );
    let s = store.submission(u).unwrap().unwrap();
    assert_eq!(
        (s.status, s.reason, s.decided_by),
        (SubmissionStatus::Pending, None, None)
    );
    assert!(store.decide(u, &accept).unwrap());
}

fn people(store: &mut dyn Store) {
    let now = "2026-12-07T10:00:00Z";
    let id = store
        .add_account("lazio@example.it", Role::Editor, Some("12"), now)
        .unwrap()
        .unwrap();
    assert_eq!(
        store
            .add_account("lazio@example.it", Role::Admin, None, now)
            .unwrap(),
        None
    );
    store
        .add_account("admin@example.it", Role::Admin, None, now)
        .unwrap()
        .unwrap();
    let a = store.account_by_email("lazio@example.it").unwrap().unwrap();
    assert_eq!(
        (a.id, a.role, a.territory.as_deref()),
        (id, Role::Editor, Some("12"))
    );
    assert_eq!(
        store
            .accounts()
            .unwrap()
            .iter()
            .map(|a| a.email.as_str())
            .collect::<Vec<_>>(),
        ["admin@example.it", "lazio@example.it"]
    );
    assert_eq!(store.password_hash(id).unwrap(), None);
    store.set_password_hash(id, "$argon2id$v=19$x").unwrap();
    assert_eq!(
        store.password_hash(id).unwrap().as_deref(),
        Some("$argon2id$v=19$x")
    );
    store.add_invite("link", id, 2_000).unwrap();
    store.add_invite("old-link", id, 500).unwrap();
    assert_eq!(store.invite("link", 1_000).unwrap(), Some(id));
    assert_eq!(store.take_invite("old-link", 1_000).unwrap(), None);
    assert_eq!(store.take_invite("link", 1_000).unwrap(), Some(id));
    assert_eq!(store.take_invite("link", 1_000).unwrap(), None);
    let session = Session {
        id_sha256: "s1".into(),
        account_id: id,
        csrf: "c1".into(),
        created_at: 1_000,
        last_seen: 1_000,
    };
    store.add_session(&session).unwrap();
    store.touch_session("s1", 1_500).unwrap();
    assert_eq!(store.session("s1").unwrap().unwrap().last_seen, 1_500);
    store.delete_session("s1").unwrap();
    assert!(store.session("s1").unwrap().is_none());
    store.add_session(&session).unwrap();
    assert!(
        store
            .update_account(id, Role::Moderator, Some("12"), true)
            .unwrap()
    );
    store.delete_sessions_of(id).unwrap();
    assert!(store.session("s1").unwrap().is_none());
    let a = store.account(id).unwrap().unwrap();
    assert!(a.disabled);
    assert_eq!(a.role, Role::Moderator);
    // A disabled account's links no longer work.
    store.add_invite("late-link", id, 2_000).unwrap();
    assert_eq!(store.invite("late-link", 1_000).unwrap(), None);
    assert_eq!(store.take_invite("late-link", 1_000).unwrap(), None);
}

fn tokens_audit_and_failed_logins(store: &mut dyn Store) {
    let grant = Grant {
        label: "regione Lazio".into(),
        role: Role::Editor,
        territory: Some("12".into()),
    };
    store.add_token("t1", &grant).unwrap();
    assert_eq!(store.grant("t1").unwrap(), Some(grant));
    assert_eq!(store.grant("t2").unwrap(), None);
    for (i, action) in [AuditAction::Published, AuditAction::AccountCreated]
        .into_iter()
        .enumerate()
    {
        store
            .add_audit(&AuditEntry {
                at: format!("2026-12-07T10:00:0{i}Z"),
                actor: "admin@example.it".into(),
                action,
                detail: format!("entry {i}"),
            })
            .unwrap();
    }
    let audit = store.audit(10).unwrap();
    assert_eq!(audit.len(), 2);
    assert_eq!(audit[0].detail, "entry 1");
    store.add_login_failure("a@example.it", 100, 0).unwrap();
    store.add_login_failure("a@example.it", 200, 0).unwrap();
    store.add_login_failure("b@example.it", 300, 150).unwrap();
    // The one at 100 was forgotten when the one at 300 came.
    assert_eq!(store.login_failures("a@example.it", 0).unwrap(), [200]);
    assert_eq!(
        store.login_failures("a@example.it", 250).unwrap(),
        [0i64; 0]
    );
    store.clear_login_failures("a@example.it").unwrap();
    assert!(store.login_failures("a@example.it", 0).unwrap().is_empty());
    assert_eq!(store.login_failures("b@example.it", 0).unwrap(), [300]);
}

fn publication(seq: u64, data: &CatalogData) -> Publication {
    Publication {
        seq,
        chain: "c0ffee".into(),
        created: format!("2026-12-07T10:00:0{seq}Z"),
        digest: format!("digest-{seq}"),
        hashes: portal::publish::hashes_of(data),
        files: vec![format!("snap/{seq}.zst")],
    }
}

fn snapshot_and_publications(store: &mut dyn Store) {
    let data = catalog_of(12);
    store.put(&data).unwrap();
    store.add_publication(&publication(1, &data)).unwrap();
    store
        .add_publication(&publication(2, &CatalogData::default()))
        .unwrap();
    // A seq is published once.
    assert!(store.add_publication(&publication(2, &data)).is_err());
    let (records, previous) = store.snapshot(5).unwrap();
    assert_eq!(
        portal::publish::hashes_of(&records),
        portal::publish::hashes_of(&data)
    );
    assert_eq!(previous.iter().map(|p| p.seq).collect::<Vec<_>>(), [2, 1]);
    assert_eq!(previous[1], publication(1, &data));
    assert_eq!(store.publications(1).unwrap().len(), 1);
}

fn a_stale_write_is_a_conflict(a: &mut dyn Store, b: &mut dyn Store) {
    let data = catalog_of(10);
    a.put(&data).unwrap();
    let record = service_record(&data, 2);
    let key = RecordKind::Service.key(record.id());
    let started_from: Versions = HashMap::from([(key.clone(), Some(version(&record)))]);
    // Both editors open the form at the same version; b saves first.
    let mut theirs = data.services[2].clone();
    theirs.description = "Cambiato da b".into();
    let one = |s: catalog::model::Service| CatalogData {
        services: vec![s],
        ..CatalogData::default()
    };
    portal::history::save_from(b, "b@example.it", &one(theirs.clone()), &started_from).unwrap();
    let mut mine = data.services[2].clone();
    mine.description = "Cambiato da a".into();
    let e = portal::history::save_from(a, "a@example.it", &one(mine.clone()), &started_from)
        .unwrap_err();
    assert!(matches!(e, StoreError::Conflict { .. }), "{e}");
    assert_eq!(a.service(record.id()).unwrap(), Some(theirs.clone()));
    // The store's own check, whatever the caller read: the same.
    let e = a
        .put_records(&one(mine.clone()), &started_from, &[])
        .unwrap_err();
    assert!(matches!(e, StoreError::Conflict { .. }), "{e}");
    assert_eq!(a.service(record.id()).unwrap(), Some(theirs.clone()));
    assert_eq!(
        a.history(RecordKind::Service, record.id(), 10)
            .unwrap()
            .len(),
        1
    );
    // A removal from the old version is refused too.
    let e = portal::history::remove_from(
        a,
        "a@example.it",
        RecordKind::Service,
        record.id(),
        Some(&version(&record)),
    )
    .unwrap_err();
    assert!(matches!(e, StoreError::Conflict { .. }), "{e}");
    // From the current version, both go through.
    let now: Versions = HashMap::from([(key, Some(version(&Record::Service(Box::new(theirs)))))]);
    portal::history::save_from(a, "a@example.it", &one(mine.clone()), &now).unwrap();
    assert_eq!(b.service(record.id()).unwrap(), Some(mine));
}

fn a_record_created_twice_is_a_conflict(a: &mut dyn Store, b: &mut dyn Store) {
    let data = catalog_of(10);
    a.put(&CatalogData {
        organizations: data.organizations.clone(),
        ..CatalogData::default()
    })
    .unwrap();
    let s = data.services[0].clone();
    let key = RecordKind::Service.key(&s.id);
    let absent: Versions = HashMap::from([(key, None)]);
    let one = |s: catalog::model::Service| CatalogData {
        services: vec![s],
        ..CatalogData::default()
    };
    a.put_records(&one(s.clone()), &absent, &[]).unwrap();
    let mut other = s.clone();
    other.name = "Un altro".into();
    let e = b.put_records(&one(other), &absent, &[]).unwrap_err();
    assert!(matches!(e, StoreError::Conflict { .. }), "{e}");
    assert_eq!(b.service(&s.id).unwrap(), Some(s));
}

fn one_publication_at_a_time(a: &mut dyn Store, b: &mut dyn Store) {
    assert!(a.lock_publishing().unwrap());
    assert!(!b.lock_publishing().unwrap());
    // Not twice by the same one either.
    assert!(!a.lock_publishing().unwrap());
    a.unlock_publishing().unwrap();
    assert!(b.lock_publishing().unwrap());
    assert!(!a.lock_publishing().unwrap());
    b.unlock_publishing().unwrap();
}

fn what_one_instance_writes_the_other_reads(a: &mut dyn Store, b: &mut dyn Store) {
    let data = catalog_of(10);
    a.put(&data).unwrap();
    assert_eq!(
        b.content_hashes().unwrap(),
        portal::publish::hashes_of(&data)
    );
    let id = a
        .add_account("x@example.it", Role::Editor, None, "2026-12-07T10:00:00Z")
        .unwrap()
        .unwrap();
    assert_eq!(b.account(id).unwrap().unwrap().email, "x@example.it");
    b.add_login_failure("x@example.it", 10, 0).unwrap();
    assert_eq!(a.login_failures("x@example.it", 0).unwrap(), [10]);
    a.add_submission(&submission("0b6f1f6e-8f9e-4c5e-a1e4-3c2d1b0a9f8e", "x"))
        .unwrap();
    assert_eq!(
        b.add_submission(&submission("0b6f1f6e-8f9e-4c5e-a1e4-3c2d1b0a9f8e", "x"))
            .unwrap(),
        Inserted::Duplicate
    );
}
