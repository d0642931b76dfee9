//! What the app holds while it runs: the catalog, the user's own data, the
//! `sync::Client`, and what happened at start. Shared by every window or
//! browser tab; the catalog is one `Mutex<Catalog>` for all sessions (a search
//! takes about a millisecond).
//!
//! Start-up never loses the user's data: the user file (settings, favourites,
//! outbox) is opened first and only read here, never rewritten
//! (`tests/app_start.rs`). The catalog file is replaceable: a missing or empty
//! one is loaded from the signed starter feed embedded in the binary (`build.rs`
//! embeds `assets/feed/starter/`: the records derived from official open
//! data), verified and applied by `sync::sideload` like any update; should
//! that fail, the app does not start (a broken build), rather than show
//! generated records. The generated sample is built only when asked for
//! ([`CatalogChoice::Sample`], `integra --sample-catalog`). One that fails to open or read is renamed
//! `catalog.damaged-<time>.sqlite` (with its `-wal` and `-shm`; kept, never
//! deleted) and rebuilt the same way.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Instant;

use catalog::sample::{SampleOptions, generate};
use catalog::user::UserData;
use catalog::{Catalog, ImportOptions};
use sync::{Client, ClientConfig, TrustedKeys};

include!(concat!(env!("OUT_DIR"), "/starter_feed.rs"));

pub const CATALOG_FILE: &str = "catalog.sqlite";
pub const USER_FILE: &str = "user.sqlite";
/// Downloads in progress and the sync client's own state.
pub const SYNC_DIR: &str = "sync";
/// Overrides the feed URL built into the app (`sync::built_in_feed_url`).
pub const FEED_URL_ENV: &str = "INTEGRA_FEED_URL";

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot create the data folder {path}: {source}")]
    DataDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot set aside the damaged catalog {path}: {source}")]
    SetAside {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the catalog could not be built: {0}")]
    Build(#[source] catalog::Error),
    #[error("the bundled catalog did not verify (reinstall the app): {0}")]
    StarterFeed(String),
    #[error("the update client cannot start: {0}")]
    Sync(#[source] sync::SyncError),
    #[error("the user data file {path} cannot be opened: {source}")]
    UserData {
        path: PathBuf,
        #[source]
        source: catalog::Error,
    },
}

/// How the app was configured by its shell (or by `--serve`).
#[derive(Debug, Clone)]
pub struct AppConfig {
    pub data_dir: PathBuf,
    /// The system's preferred locales, best first (BCP 47 or POSIX).
    pub system_locales: Vec<String>,
    /// Kiosk: nothing personal is kept, the session resets when idle.
    pub kiosk: bool,
    /// What a new catalog is built from (an existing one is opened as it is).
    pub catalog: CatalogChoice,
}

/// What start-up did to the catalog, shown once to the user.
#[derive(Debug, Clone, PartialEq)]
pub enum CatalogStart {
    /// An existing catalog was opened.
    Opened,
    /// There was none: it was built from the bundled data.
    Built { millis: u128, from: BuiltFrom },
    /// The file was unreadable: it was set aside and rebuilt.
    Rebuilt {
        reason: String,
        set_aside: PathBuf,
        millis: u128,
        from: BuiltFrom,
    },
}

/// Where a new catalog came from.
#[derive(Debug, Clone, PartialEq)]
pub enum BuiltFrom {
    /// The signed starter feed bundled in the app (the records derived from
    /// official open data), verified like any update.
    StarterFeed,
    /// The generated sample catalog, asked for with `--sample-catalog`.
    Sample,
}

/// Which records a new catalog is built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CatalogChoice {
    /// The bundled starter feed: official open data. The default.
    #[default]
    Official,
    /// The generated sample catalog: for tests, benchmarks and demos only,
    /// and only when asked for (`integra --sample-catalog`). Every sample
    /// record says so where it shows.
    Sample,
}

#[derive(Debug)]
struct Inner {
    config: AppConfig,
    catalog: Mutex<Catalog>,
    user: Mutex<UserData>,
    start: CatalogStart,
    sync: Client,
    /// Set once by the shell that can show system notifications.
    notifier: std::sync::OnceLock<crate::notify::SharedNotifier>,
    /// Bumped after an update changed the catalog: open sessions redraw
    /// their counts (the What's new badge) when it moves.
    data_version: tokio::sync::watch::Sender<u64>,
}

/// The app's shared state; cheap to clone.
#[derive(Debug, Clone)]
pub struct AppState(Arc<Inner>);

impl AppState {
    /// Opens (or builds) the catalog and the user data in `config.data_dir`.
    pub fn open(config: AppConfig) -> Result<AppState, StartError> {
        let dir = &config.data_dir;
        std::fs::create_dir_all(dir).map_err(|source| StartError::DataDir {
            path: dir.clone(),
            source,
        })?;
        let user_path = dir.join(USER_FILE);
        let user = UserData::open(&user_path).map_err(|source| StartError::UserData {
            path: user_path.clone(),
            source,
        })?;
        let sync_dir = dir.join(SYNC_DIR);
        let catalog_path = dir.join(CATALOG_FILE);
        let (catalog, start) = open_catalog(&catalog_path, &sync_dir, config.catalog)?;
        let feed_url =
            std::env::var(FEED_URL_ENV).unwrap_or_else(|_| sync::built_in_feed_url().to_string());
        let sync = Client::new(ClientConfig::new(
            feed_url,
            TrustedKeys::built_in(),
            catalog_path,
            sync_dir,
        ))
        .map_err(StartError::Sync)?;
        Ok(AppState(Arc::new(Inner {
            config,
            catalog: Mutex::new(catalog),
            user: Mutex::new(user),
            start,
            sync,
            notifier: std::sync::OnceLock::new(),
            data_version: tokio::sync::watch::Sender::new(0),
        })))
    }

    /// The feed client: data status, updates, sideloading.
    pub fn sync(&self) -> &Client {
        &self.0.sync
    }

    pub fn user_path(&self) -> PathBuf {
        self.0.config.data_dir.join(USER_FILE)
    }

    pub fn config(&self) -> &AppConfig {
        &self.0.config
    }

    pub fn start(&self) -> &CatalogStart {
        &self.0.start
    }

    /// The catalog, locked for one call. Searches take about a millisecond,
    /// so one lock for all sessions is simpler than a pool and fast enough.
    pub fn catalog(&self) -> MutexGuard<'_, Catalog> {
        // A panic while holding the lock leaves the catalog usable: SQLite
        // rolled back whatever was half-done.
        self.0.catalog.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn user(&self) -> MutexGuard<'_, UserData> {
        self.0.user.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Gives the app a way to show system notifications (once; later
    /// calls are ignored).
    pub fn set_notifier(&self, notifier: crate::notify::SharedNotifier) {
        if self.0.notifier.set(notifier).is_err() {
            tracing::debug!("a notifier was given twice; the first one stays");
        }
    }

    pub fn notifier(&self) -> Option<&crate::notify::SharedNotifier> {
        self.0.notifier.get()
    }

    /// Tells open sessions the catalog changed under them.
    pub fn data_changed(&self) {
        self.0.data_version.send_modify(|v| *v += 1);
    }

    /// Follows [`AppState::data_changed`].
    pub fn watch_data(&self) -> tokio::sync::watch::Receiver<u64> {
        self.0.data_version.subscribe()
    }
}

/// Opens the catalog file; builds it when missing or empty; sets a damaged
/// one aside (never deletes it: someone may want to look at it) and rebuilds.
fn open_catalog(
    path: &Path,
    sync_dir: &Path,
    choice: CatalogChoice,
) -> Result<(Catalog, CatalogStart), StartError> {
    match Catalog::open(path).and_then(|c| check_readable(&c).map(|()| c)) {
        Ok(c) => {
            if c.counts().map(|n| n.services).unwrap_or(0) > 0 {
                return Ok((c, CatalogStart::Opened));
            }
            drop(c);
            let started = Instant::now();
            let (c, from) = build(path, sync_dir, choice)?;
            tracing::debug!(
                millis = started.elapsed().as_millis() as u64,
                "built the catalog on first start"
            );
            Ok((
                c,
                CatalogStart::Built {
                    millis: started.elapsed().as_millis(),
                    from,
                },
            ))
        }
        Err(e) => {
            let started = Instant::now();
            let set_aside = set_aside(path)?;
            tracing::warn!(
                error = %e,
                kept_as = %set_aside.display(),
                "the catalog could not be read: set aside and rebuilt"
            );
            let (c, from) = build(path, sync_dir, choice)?;
            Ok((
                c,
                CatalogStart::Rebuilt {
                    reason: e.to_string(),
                    set_aside,
                    millis: started.elapsed().as_millis(),
                    from,
                },
            ))
        }
    }
}

/// `Catalog::open` reads the schema and the search index; counting every
/// table walks the rest of the record pages, so damage further in shows up
/// here rather than later in front of the user. (`PRAGMA quick_check` would
/// cost most of the cold-start budget.)
fn check_readable(c: &Catalog) -> catalog::Result<()> {
    c.counts().map(|_| ())
}

fn set_aside(path: &Path) -> Result<PathBuf, StartError> {
    let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%SZ");
    let target = path.with_extension(format!("damaged-{stamp}.sqlite"));
    std::fs::rename(path, &target).map_err(|source| StartError::SetAside {
        path: path.to_path_buf(),
        source,
    })?;
    // The WAL and shared-memory files belong to the damaged file.
    for suffix in ["-wal", "-shm"] {
        let mut side = path.as_os_str().to_owned();
        side.push(suffix);
        let side = PathBuf::from(side);
        if side.exists() {
            let mut moved = target.as_os_str().to_owned();
            moved.push(suffix);
            std::fs::rename(&side, PathBuf::from(moved)).map_err(|source| {
                StartError::SetAside {
                    path: side.clone(),
                    source,
                }
            })?;
        }
    }
    Ok(target)
}

/// Fills an empty catalog: from the bundled starter feed (the official
/// records), verified and applied exactly as a downloaded update would be;
/// or, when asked for, with the generated sample catalog.
fn build(
    path: &Path,
    sync_dir: &Path,
    choice: CatalogChoice,
) -> Result<(Catalog, BuiltFrom), StartError> {
    match choice {
        CatalogChoice::Official => {
            // No fallback to generated records: a person must never be
            // shown invented services in place of the real ones.
            load_starter_feed(path, sync_dir).map_err(StartError::StarterFeed)?;
            let c = Catalog::open(path).map_err(StartError::Build)?;
            Ok((c, BuiltFrom::StarterFeed))
        }
        CatalogChoice::Sample => {
            let mut c = Catalog::open(path).map_err(StartError::Build)?;
            c.replace_all(
                &generate(SampleOptions::default()),
                ImportOptions::default(),
            )
            .map_err(StartError::Build)?;
            c.set_meta("source", "sample").map_err(StartError::Build)?;
            c.set_meta("built_at", &chrono::Utc::now().to_rfc3339())
                .map_err(StartError::Build)?;
            Ok((c, BuiltFrom::Sample))
        }
    }
}

fn load_starter_feed(path: &Path, sync_dir: &Path) -> Result<(), String> {
    let dir = sync_dir.join("starter");
    remove_leftover(&dir);
    for (rel, bytes) in STARTER_FEED {
        let file = dir.join(rel);
        if let Some(parent) = file.parent() {
            std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
        }
        std::fs::write(&file, bytes).map_err(|e| e.to_string())?;
    }
    let result = sync::sideload(
        &dir,
        path,
        &TrustedKeys::built_in(),
        Some(sync_dir),
        &|_| {},
    );
    remove_leftover(&dir);
    result.map(|_| ()).map_err(|e| e.to_string())
}

/// Removes the unpacked starter feed; one left behind is only disk space
/// (the next start writes it again), so it is logged, not reported.
fn remove_leftover(dir: &Path) {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => {
            tracing::warn!(error = %e, dir = %dir.display(), "the unpacked starter feed was not removed")
        }
    }
}
