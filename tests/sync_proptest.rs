//! Property: whatever the edit history, the starting point, the route
//! (a delta, a delta merged over several publications, the snapshot, a
//! sideload) and the interruptions on the way (a cut download, a corrupt
//! file, a delta that no longer fits), a device ends identical to a fresh
//! load of the latest snapshot. 1,000 cases over tiny catalogs.

#[path = "sync_support.rs"]
mod support;

use std::path::Path;

use catalog::lang::Lang;
use catalog::model::CatalogData;
use catalog::store::read_sync_state;
use feed::format::FeedManifest;
use portal::Publication;
use portal::publish::{PublishOptions, hashes_of, write_feed};
use proptest::prelude::*;
use support::*;
use sync::apply::{Plan, apply_file, plan};

#[derive(Debug, Clone)]
enum Edit {
    Rename(usize),
    Describe(usize),
    Delete(usize),
    Add(usize),
    RenameOrg(usize),
    News(usize),
    /// A service's lists (languages, target groups, areas, documents)
    /// reordered or cut.
    Relist(usize),
    /// A service's phone described anew, dropped, or the phones reordered.
    Rephone(usize),
    /// A translation changed, one language dropped, or a field untranslated.
    Retranslate(usize),
    /// A place of one service alone: a new street, no address, moved.
    Readdress(usize),
}

fn edit_strategy() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (0..64usize).prop_map(Edit::Rename),
        (0..64usize).prop_map(Edit::Describe),
        (0..64usize).prop_map(Edit::Delete),
        (0..64usize).prop_map(Edit::Add),
        (0..64usize).prop_map(Edit::RenameOrg),
        (0..64usize).prop_map(Edit::News),
        (0..64usize).prop_map(Edit::Relist),
        (0..64usize).prop_map(Edit::Rephone),
        (0..64usize).prop_map(Edit::Retranslate),
        (0..64usize).prop_map(Edit::Readdress),
    ]
}

#[derive(Debug, Clone, Copy)]
enum Route {
    Network,
    Sideload,
    SnapshotOnly,
}

#[derive(Debug, Clone, Copy)]
enum Interruption {
    None,
    /// The download stopped at this fraction (per mille) of the file.
    CutAt(u16),
    /// The first attempt got a corrupt file.
    Corrupt,
}

fn base_catalog() -> CatalogData {
    static BASE: std::sync::OnceLock<CatalogData> = std::sync::OnceLock::new();
    BASE.get_or_init(|| {
        let mut d = small_catalog(8);
        d.learning_resources.truncate(2);
        d.reports.truncate(1);
        d.news.truncate(2);
        d
    })
    .clone()
}

fn apply_edit(d: &mut CatalogData, e: &Edit, round: usize) {
    let n = d.services.len();
    match *e {
        Edit::Rename(i) if n > 0 => d.services[i % n].name = format!("Servizio {round}.{i}"),
        Edit::Describe(i) if n > 0 => {
            d.services[i % n].description = format!("Descrizione {round}.{i}")
        }
        Edit::Delete(i) if n > 1 => {
            d.services.remove(i % n);
        }
        Edit::Add(i) if n > 0 => {
            let mut s = d.services[i % n].clone();
            s.id = format!("prop-svc-{round}-{i}");
            for (k, l) in s.locations.iter_mut().enumerate() {
                l.id = format!("prop-loc-{round}-{i}-{k}");
            }
            for (k, p) in s.phones.iter_mut().enumerate() {
                p.id = format!("prop-tel-{round}-{i}-{k}");
            }
            if !d.services.iter().any(|x| x.id == s.id) {
                d.services.push(s);
            }
        }
        Edit::RenameOrg(i) => {
            let m = d.organizations.len();
            d.organizations[i % m].name = format!("Ente {round}.{i}");
        }
        Edit::News(i) => {
            let m = d.news.len();
            d.news[i % m].title = format!("Notizia {round}.{i}");
        }
        Edit::Relist(i) if n > 0 => {
            let s = &mut d.services[i % n];
            s.languages.rotate_left(1);
            if i % 2 == 0 && s.languages.len() > 1 {
                s.languages.pop();
            }
            s.target_groups.reverse();
            s.service_areas.reverse();
            if i % 3 == 0 {
                s.required_documents.clear();
            }
            // Documents in a publisher's words come, change and go.
            match i % 4 {
                0 => s.other_documents = vec![format!("Busta paga {round}")],
                1 => {
                    let doc = format!("Contratto di lavoro {round}.{i}");
                    if !s.other_documents.contains(&doc) {
                        s.other_documents.push(doc);
                    }
                }
                2 => s.other_documents.reverse(),
                _ => s.other_documents.clear(),
            }
        }
        Edit::Rephone(i) if n > 0 => {
            let phones = &mut d.services[i % n].phones;
            match i % 3 {
                0 => {
                    if let Some(p) = phones.first_mut() {
                        p.description = Some(format!("Sportello {round}.{i}"));
                    }
                }
                1 => {
                    phones.pop();
                }
                _ => phones.reverse(),
            }
        }
        Edit::Retranslate(i) if n > 0 => {
            let t = &mut d.services[i % n].translations;
            match i % 3 {
                0 => {
                    t.entry("name".into())
                        .or_default()
                        .insert(Lang::En, format!("Service {round}.{i}"));
                }
                1 => {
                    if let Some(by_lang) = t.get_mut("description") {
                        by_lang.remove(&Lang::Ar);
                    }
                }
                _ => {
                    t.remove("name");
                }
            }
        }
        Edit::Readdress(i) if n > 0 => {
            // Only a place no other record lists: a shared place is one
            // row, and two records saying different things of it is not a
            // catalog any publisher makes.
            let k = i % n;
            let Some(id) = d.services[k].locations.first().map(|l| l.id.clone()) else {
                return;
            };
            let shared = d
                .services
                .iter()
                .enumerate()
                .any(|(j, s)| j != k && s.locations.iter().any(|l| l.id == id))
                || d.organizations
                    .iter()
                    .any(|o| o.locations.iter().any(|l| l.id == id))
                || d.learning_resources
                    .iter()
                    .any(|r| r.location.as_ref().is_some_and(|l| l.id == id));
            if shared {
                return;
            }
            let l = &mut d.services[k].locations[0];
            match i % 3 {
                0 => {
                    if let Some(a) = l.address.as_mut() {
                        a.address_1 = format!("Via Nuova {round}.{i}");
                    }
                }
                1 => l.address = None,
                _ => l.latitude += 0.001,
            }
        }
        _ => {}
    }
}

/// Temporary folders in memory when the system offers it: the property
/// runs a thousand cases of small SQLite files and feed folders.
fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir()
        && let Ok(t) = tempfile::tempdir_in(shm)
    {
        return t;
    }
    tempfile::tempdir().unwrap()
}

/// An empty, migrated catalog file, made once and copied for each device.
fn empty_catalog(to: &Path) {
    static TEMPLATE: std::sync::OnceLock<(tempfile::TempDir, std::path::PathBuf)> =
        std::sync::OnceLock::new();
    let (_, path) = TEMPLATE.get_or_init(|| {
        let dir = scratch();
        let path = dir.path().join("empty.sqlite");
        let c = catalog::Catalog::open(&path).unwrap();
        c.schema_version().unwrap();
        drop(c);
        (dir, path)
    });
    std::fs::copy(path, to).unwrap();
}

struct History {
    _tmp: tempfile::TempDir,
    /// The feed folder after each publication (index = seq - 1).
    feeds: Vec<std::path::PathBuf>,
    states: Vec<CatalogData>,
}

fn publish_history(rounds: &[Vec<Edit>]) -> History {
    let tmp = scratch();
    let key = dev_key();
    let mut data = base_catalog();
    let mut previous: Vec<Publication> = Vec::new();
    let mut feeds = Vec::new();
    let mut states = Vec::new();
    for (r, edits) in std::iter::once(&Vec::new()).chain(rounds).enumerate() {
        for e in edits {
            apply_edit(&mut data, e, r);
        }
        let seq = r as u64 + 1;
        let dir = tmp.path().join(format!("feed-{seq}"));
        let report = write_feed(
            &data,
            &dir,
            &key,
            seq,
            "prop",
            &previous,
            PublishOptions::default(),
        )
        .unwrap();
        previous.insert(
            0,
            Publication {
                seq,
                chain: "prop".into(),
                created: report.manifest.created.clone(),
                digest: report.manifest.digest.clone(),
                hashes: hashes_of(&data),
                files: vec![],
            },
        );
        feeds.push(dir);
        states.push(data.clone());
    }
    History {
        _tmp: tmp,
        feeds,
        states,
    }
}

fn manifest(dir: &Path) -> FeedManifest {
    FeedManifest::parse(&std::fs::read(dir.join("manifest.json")).unwrap()).unwrap()
}

/// Brings `catalog` to the feed in `dir` the way `route` says, living
/// through `interruption` first.
fn bring(dir: &Path, catalog: &Path, route: Route, interruption: Interruption) {
    let m = manifest(dir);
    let local = read_sync_state(catalog).unwrap();
    let before = local.clone();
    if let Route::Sideload = route {
        sync::sideload(dir, catalog, &sync::TrustedKeys::dev(), None, &|_| {}).unwrap();
        return;
    }
    let chosen = match route {
        Route::SnapshotOnly => Plan::Snapshot,
        _ => plan(&m, local.as_ref()),
    };
    let (delta, entry) = match &chosen {
        Plan::UpToDate => return,
        Plan::Delta(d) => (Some(d.clone()), d.file.clone()),
        Plan::Snapshot => (None, m.snapshot.clone()),
    };
    let bytes = std::fs::read(dir.join(&entry.path)).unwrap();
    match interruption {
        Interruption::None => {}
        Interruption::CutAt(per_mille) => {
            let cut = bytes.len() * usize::from(per_mille) / 1000;
            let err = apply_file(catalog, &m, delta.as_ref(), &bytes[..cut], &|_| {});
            assert!(err.is_err(), "a cut file must not apply");
        }
        Interruption::Corrupt => {
            let mut bad = bytes.clone();
            let i = bad.len() / 2;
            bad[i] ^= 0x01;
            assert!(apply_file(catalog, &m, delta.as_ref(), &bad, &|_| {}).is_err());
        }
    }
    assert_eq!(
        read_sync_state(catalog).unwrap(),
        before,
        "a failed attempt changed nothing"
    );
    apply_file(catalog, &m, delta.as_ref(), &bytes, &|_| {}).unwrap();
}

fn route_strategy() -> impl Strategy<Value = Route> {
    prop_oneof![
        Just(Route::Network),
        Just(Route::Sideload),
        Just(Route::SnapshotOnly)
    ]
}

fn interruption_strategy() -> impl Strategy<Value = Interruption> {
    prop_oneof![
        Just(Interruption::None),
        (0u16..1000).prop_map(Interruption::CutAt),
        Just(Interruption::Corrupt),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 1000,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn every_path_ends_identical_to_a_fresh_snapshot_load(
        rounds in prop::collection::vec(prop::collection::vec(edit_strategy(), 0..4), 1..4),
        start_pick in 0usize..8,
        stops in prop::collection::vec((route_strategy(), interruption_strategy()), 1..3),
    ) {
        let h = publish_history(&rounds);
        let last = h.feeds.len() - 1;
        let dev = scratch();
        let catalog = dev.path().join("c.sqlite");
        empty_catalog(&catalog);
        // The device starts empty or at some earlier publication.
        let start = start_pick % (last + 2);
        if start <= last {
            sync::sideload(&h.feeds[start], &catalog, &sync::TrustedKeys::dev(), None, &|_| {}).unwrap();
        }
        // Then it moves to later publications (the last stop is the latest).
        let mut at = start.min(last + 1);
        for (k, (route, interruption)) in stops.iter().enumerate() {
            let target = if k + 1 == stops.len() { last } else { (at + 1).min(last) };
            if start <= last && target < at { continue; }
            bring(&h.feeds[target], &catalog, *route, *interruption);
            at = target;
        }
        // Identical to a fresh load of the latest snapshot.
        let fresh = dev.path().join("fresh.sqlite");
        empty_catalog(&fresh);
        bring(&h.feeds[last], &fresh, Route::SnapshotOnly, Interruption::None);
        let got = catalog::Catalog::open(&catalog).unwrap();
        let want = catalog::Catalog::open(&fresh).unwrap();
        prop_assert_eq!(got.digest().unwrap(), want.digest().unwrap());
        prop_assert_eq!(read_sync_state(&catalog).unwrap(), read_sync_state(&fresh).unwrap());
        prop_assert!(got.export().unwrap() == want.export().unwrap());
        assert_same_catalog(&got, &h.states[last]);
        assert_same_search(&got, &h.states[last]);
    }
}
