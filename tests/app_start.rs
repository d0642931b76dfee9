//! Start-up of the app state: first start builds the catalog; a damaged
//! catalog file is set aside and rebuilt while the user's own data (language,
//! place, outbox) stays as it was.

use catalog::user::{OutboxItem, UserData};
use ui::{AppConfig, AppState, BuiltFrom, CatalogStart};

fn config(dir: &std::path::Path) -> AppConfig {
    AppConfig {
        data_dir: dir.to_path_buf(),
        system_locales: vec!["ar-EG".into()],
        kiosk: false,
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
    // 8,000 sample services and 60 international-protection projects.
    assert_eq!(services, 8060);
    let synced = state.catalog().sync_state().unwrap().expect("a feed state");
    assert!(synced.sample, "the starter feed is sample data");
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
            8060,
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
