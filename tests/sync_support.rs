//! Shared helpers of the `sync_*` tests: small catalogs, a portal with a
//! store and a feed folder, a real HTTP server on loopback, a client.
#![allow(dead_code)]

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use catalog::model::CatalogData;
use catalog::sample::{SampleOptions, generate};
use feed::SigningKey;
use portal::publish::{PublishOptions, PublishReport, publish};
use portal::{Grant, PortalState, Role, ServerConfig, SqliteStore, Store};
use sync::{Client, ClientConfig, RetryPolicy, TrustedKeys};

pub fn repo_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(rel)
}

pub fn dev_key() -> SigningKey {
    SigningKey::from_file(&repo_path("assets/feed/dev-keys/online.key")).unwrap()
}

pub fn backup_key() -> SigningKey {
    SigningKey::from_file(&repo_path("assets/feed/dev-keys/backup.key")).unwrap()
}

/// A small sample catalog (its services, and the fixed learning
/// resources, reports and news).
/// A sample catalog scaled to `services`: every kind of record is there,
/// in proportion (the full sample's 400 cultural experiences would make a
/// "small" catalog of eight services weigh five hundred rows).
pub fn small_catalog(services: usize) -> CatalogData {
    generate(SampleOptions {
        services,
        associations: services / 10,
        cultural_experiences: services.max(5),
        second_generation_associations: services / 20,
        protection_projects: services / 20,
        ..SampleOptions::default()
    })
}

/// The portal's two folders in a temporary directory.
#[derive(Debug)]
pub struct Portal {
    pub tmp: tempfile::TempDir,
    pub store_dir: PathBuf,
    pub feed_dir: PathBuf,
    pub key: SigningKey,
}

impl Portal {
    pub fn new(data: &CatalogData) -> Portal {
        let tmp = tempfile::tempdir().unwrap();
        let store_dir = tmp.path().join("store");
        let feed_dir = tmp.path().join("feed");
        let mut store = SqliteStore::open(&store_dir).unwrap();
        store.put(data).unwrap();
        Portal {
            tmp,
            store_dir,
            feed_dir,
            key: dev_key(),
        }
    }

    pub fn store(&self) -> SqliteStore {
        SqliteStore::open(&self.store_dir).unwrap()
    }

    pub fn publish(&self) -> PublishReport {
        self.publish_with(PublishOptions::default())
    }

    pub fn publish_with(&self, opts: PublishOptions) -> PublishReport {
        publish(&mut self.store(), &self.feed_dir, &self.key, opts).unwrap()
    }

    pub fn token(&self, role: Role, territory: Option<&str>) -> String {
        let token = portal::new_token();
        self.store()
            .add_token(
                &portal::token_sha256(&token),
                &Grant {
                    label: format!("{} {}", role.as_str(), territory.unwrap_or("IT")),
                    role,
                    territory: territory.map(String::from),
                },
            )
            .unwrap();
        token
    }

    /// Starts `integra-portal serve`'s router on a free loopback port.
    pub async fn serve(&self) -> Server {
        let state = PortalState::new(Box::new(self.store()), ServerConfig::new(&self.feed_dir));
        serve_state(state).await
    }
}

#[derive(Debug)]
pub struct Server {
    pub addr: SocketAddr,
    pub state: Arc<PortalState>,
    task: tokio::task::JoinHandle<()>,
}

impl Server {
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

pub async fn serve_state(state: Arc<PortalState>) -> Server {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let s = state.clone();
    let task = tokio::spawn(async move {
        let _ = portal::serve(listener, s).await;
    });
    Server { addr, state, task }
}

/// Retries fast: tests must not sleep for long.
pub fn fast_retry() -> RetryPolicy {
    RetryPolicy {
        attempts: 6,
        base_delay: Duration::from_millis(20),
        max_delay: Duration::from_millis(200),
    }
}

/// A device: its catalog file and state folder.
#[derive(Debug)]
pub struct Device {
    pub tmp: tempfile::TempDir,
    pub catalog_path: PathBuf,
    pub state_dir: PathBuf,
}

impl Default for Device {
    fn default() -> Self {
        Device::new()
    }
}

impl Device {
    pub fn new() -> Device {
        let tmp = tempfile::tempdir().unwrap();
        let catalog_path = tmp.path().join("catalog.sqlite");
        let state_dir = tmp.path().join("state");
        Device {
            tmp,
            catalog_path,
            state_dir,
        }
    }

    pub fn config(&self, feed_url: &str) -> ClientConfig {
        let mut cfg = ClientConfig::new(
            feed_url,
            TrustedKeys::dev(),
            &self.catalog_path,
            &self.state_dir,
        );
        cfg.retry = fast_retry();
        cfg.read_timeout = Duration::from_secs(5);
        cfg.connect_timeout = Duration::from_secs(5);
        cfg
    }

    pub fn client(&self, feed_url: &str) -> Client {
        Client::new(self.config(feed_url)).unwrap()
    }

    pub fn catalog(&self) -> catalog::Catalog {
        catalog::Catalog::open(&self.catalog_path).unwrap()
    }

    pub fn state(&self) -> Option<catalog::store::SyncState> {
        catalog::store::read_sync_state(&self.catalog_path).unwrap()
    }
}

/// The catalog a fresh snapshot load of `data` gives (what every path
/// must end identical to).
pub fn assert_same_catalog(device: &catalog::Catalog, data: &CatalogData) {
    let got = device.export().unwrap();
    let mut want = data.clone();
    sort(&mut want);
    assert_eq!(got.services.len(), want.services.len(), "service count");
    assert!(got == want, "device catalog differs from the published one");
}

/// Searches on the device find what they find in a fresh load of `data`:
/// the text indexes a delta left in place or rewrote are the ones a
/// snapshot builds. Asks each of the first services' names (Italian and
/// English) and the last word of its description.
pub fn assert_same_search(device: &catalog::Catalog, data: &CatalogData) {
    let mut fresh = catalog::Catalog::open_in_memory().unwrap();
    fresh.replace_all(data, Default::default()).unwrap();
    let hits = |c: &catalog::Catalog, text: &str| {
        let mut found: Vec<String> = c
            .search(&catalog::Query {
                text: text.to_string(),
                limit: 200,
                ..catalog::Query::default()
            })
            .unwrap()
            .hits
            .into_iter()
            .map(|h| h.id)
            .collect();
        found.sort();
        found
    };
    for s in data.services.iter().take(24) {
        let english = s
            .translations
            .get("name")
            .and_then(|t| t.get(&catalog::Lang::En))
            .cloned();
        let last_word = s.description.split_whitespace().last().map(str::to_string);
        for text in [Some(s.name.clone()), english, last_word]
            .into_iter()
            .flatten()
        {
            assert_eq!(
                hits(device, &text),
                hits(&fresh, &text),
                "a search for {text:?} differs from a fresh load"
            );
        }
    }
}

pub fn sort(d: &mut CatalogData) {
    d.organizations.sort_by(|a, b| a.id.cmp(&b.id));
    d.services.sort_by(|a, b| a.id.cmp(&b.id));
    d.learning_resources.sort_by(|a, b| a.id.cmp(&b.id));
    d.reports.sort_by(|a, b| a.id.cmp(&b.id));
    d.news.sort_by(|a, b| a.id.cmp(&b.id));
}

/// Edits `n` services in place (a new phone description and updated_at),
/// spread over the catalog.
pub fn edit_services(data: &mut CatalogData, n: usize, round: u32) {
    let step = (data.services.len() / n.max(1)).max(1);
    for (i, s) in data.services.iter_mut().step_by(step).take(n).enumerate() {
        s.description = format!("{} (aggiornato {round}.{i})", s.description);
        s.updated_at = format!("2026-12-{:02}T10:00:00Z", 1 + round % 28);
    }
}

/// Copies a folder tree (a feed onto a "USB stick").
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}
