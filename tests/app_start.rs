//! Start-up of the app state: first start builds the catalog; a damaged
//! catalog file is set aside and rebuilt while the user's own data (language,
//! place, outbox) stays as it was.

use catalog::user::{OutboxItem, UserData};
use ui::{AppConfig, AppState, BuiltFrom, CatalogChoice, CatalogStart};

/// The official starter feed's services: 704 CPIA teaching sites, 42,452
/// state school sites and 1,135 hospitals (`assets/data/official/SOURCES.md`).
const OFFICIAL_SERVICES: usize = 704 + 42_452 + 1_135;

fn config(dir: &std::path::Path) -> AppConfig {
    AppConfig {
        data_dir: dir.to_path_buf(),
        system_locales: vec!["ar-EG".into()],
        kiosk: false,
        catalog: CatalogChoice::Official,
    }
}

fn outbox_item() -> OutboxItem {
    OutboxItem {
        uuid: "5b1f8a5e-0000-4000-8000-000000000001".into(),
        kind: "new_association".into(),
        payload: r#"{"name":"Associazione di prova"}"#.into(),
        created_at: "2026-11-24T10:00:00Z".into(),
        attempts: 2,
        last_error: Some("offline".into()),
    }
}

#[test]
fn first_start_builds_then_damage_is_rebuilt_and_user_data_kept() {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::open(config(dir.path())).unwrap();
    // The first start loads the bundled starter feed, verified like an update.
    assert!(
        matches!(
            state.start(),
            CatalogStart::Built {
                from: BuiltFrom::StarterFeed,
                ..
            }
        ),
        "{:?}",
        state.start()
    );
    let services = state.catalog().counts().unwrap().services;
    assert_eq!(services, OFFICIAL_SERVICES);
    let synced = state.catalog().sync_state().unwrap().expect("a feed state");
    assert!(!synced.sample, "the starter feed is the official records");
    // Prato's CPIA site in Viale della Repubblica, with its source.
    let site = state
        .catalog()
        .service("mim:POCT70100D")
        .unwrap()
        .expect("a real CPIA site");
    assert_eq!(site.source.as_deref(), Some("mim-2025"));
    assert!(!site.sample);
    let provenance = state.catalog().provenance().unwrap();
    assert!(
        !provenance.sample,
        "no generated record in the official catalog"
    );
    assert_eq!(
        provenance.sources,
        ["mim-2025", "mim-aut-2023", "salute-2024"]
    );
    state.user().set_setting("lang", "ar").unwrap();
    state.user().enqueue(&outbox_item()).unwrap();
    drop(state);

    // Reopening finds it.
    let state = AppState::open(config(dir.path())).unwrap();
    assert_eq!(state.start(), &CatalogStart::Opened);
    drop(state);

    let catalog_file = dir.path().join("catalog.sqlite");
    let user_file = dir.path().join("user.sqlite");
    let user_bytes = std::fs::read(&user_file).unwrap();
    for damage in [Damage::Garbage, Damage::Truncated, Damage::Empty] {
        damage.apply(&catalog_file);
        let state = AppState::open(config(dir.path())).unwrap();
        match (damage, state.start()) {
            (
                _,
                CatalogStart::Rebuilt {
                    set_aside, from, ..
                },
            ) => {
                assert!(set_aside.exists(), "{damage:?}: kept aside");
                assert_eq!(from, &BuiltFrom::StarterFeed);
            }
            // An empty file is a valid, empty database: simply filled.
            (Damage::Empty, CatalogStart::Built { .. }) => {}
            (_, other) => panic!("{damage:?}: expected a rebuild, got {other:?}"),
        }
        assert_eq!(
            state.catalog().counts().unwrap().services,
            OFFICIAL_SERVICES,
            "{damage:?}"
        );
        assert_eq!(state.user().setting("lang").unwrap().as_deref(), Some("ar"));
        assert_eq!(state.user().outbox().unwrap(), vec![outbox_item()]);
        drop(state);
    }
    // The user file was never rewritten by a rebuild.
    let reopened = UserData::open(&user_file).unwrap();
    assert_eq!(reopened.outbox().unwrap().len(), 1);
    assert!(user_bytes.len() <= std::fs::metadata(&user_file).unwrap().len() as usize);
}

#[test]
fn the_sample_catalog_is_built_only_when_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let state = AppState::open(AppConfig {
        catalog: CatalogChoice::Sample,
        ..config(dir.path())
    })
    .unwrap();
    assert!(
        matches!(
            state.start(),
            CatalogStart::Built {
                from: BuiltFrom::Sample,
                ..
            }
        ),
        "{:?}",
        state.start()
    );
    // 8,000 sample services and 60 international-protection projects.
    assert_eq!(state.catalog().counts().unwrap().services, 8060);
    let provenance = state.catalog().provenance().unwrap();
    assert!(provenance.sample && provenance.sources.is_empty());
    drop(state);
    // An existing catalog is opened as it is, whatever is asked for.
    let state = AppState::open(config(dir.path())).unwrap();
    assert_eq!(state.start(), &CatalogStart::Opened);
    assert_eq!(state.catalog().counts().unwrap().services, 8060);
}

#[derive(Debug, Clone, Copy)]
enum Damage {
    Garbage,
    Truncated,
    Empty,
}

impl Damage {
    fn apply(self, path: &std::path::Path) {
        let mut bytes = std::fs::read(path).unwrap();
        match self {
            Damage::Garbage => {
                for b in bytes.iter_mut().take(4096 * 4) {
                    *b = 0xA5;
                }
            }
            Damage::Truncated => bytes.truncate(bytes.len() / 3),
            Damage::Empty => bytes.clear(),
        }
        // Remove the sidecar files so the damaged main file is what opens.
        for side in ["-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(side);
            let _ = std::fs::remove_file(std::path::PathBuf::from(p));
        }
        std::fs::write(path, bytes).unwrap();
    }
}
