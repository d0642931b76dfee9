//! The portal as it runs for real: a PostgreSQL server ([`PgServer`]),
//! several `integra-portal serve` processes on it, and Debian's nginx in
//! front of them with the repository's own `portal/deploy/` configuration,
//! serving the feed folder the instances publish to. Used by
//! `tests/portal_cluster.rs` and the portal load bench.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::Duration;

use catalog::model::CatalogData;

use crate::app_support::{Server, portal_binary, workspace};
use crate::nginx::Nginx;
use crate::pg_support::PgServer;

/// PostgreSQL, `instances` portal processes and nginx; all stopped on drop.
#[derive(Debug)]
pub struct Cluster {
    pub store_url: String,
    pub feed_dir: PathBuf,
    pub key: PathBuf,
    /// The instances' addresses (`http://127.0.0.1:<port>/`), killed or not.
    pub instance_urls: Vec<String>,
    instances: Vec<Option<Server>>,
    pub nginx: Nginx,
    _dir: tempfile::TempDir,
    pub pg: PgServer,
}

impl Cluster {
    /// The store filled with `data` and published once (seq 1), then
    /// `instances` portals and nginx started on it.
    pub fn start(instances: usize, data: &CatalogData) -> Cluster {
        let pg = PgServer::start();
        let store_url = pg.database("portal");
        {
            use portal::Store;
            let mut store = portal::store::PgStore::connect(&store_url).unwrap();
            store.put(data).unwrap();
        }
        let dir = tempfile::tempdir().unwrap();
        let feed_dir = dir.path().join("feed");
        std::fs::create_dir_all(&feed_dir).unwrap();
        // The development key the app trusts when built without keys.
        let key = workspace().join("assets/feed/dev-keys/online.key");
        let mut cluster_instances = Vec::new();
        let mut instance_urls = Vec::new();
        for _ in 0..instances {
            let mut cmd = Command::new(portal_binary());
            cmd.arg("serve")
                .args(["--store", &store_url])
                .arg("--feed")
                .arg(&feed_dir)
                .arg("--key")
                .arg(&key)
                .args(["--listen", "127.0.0.1:0", "--trusted-proxy", "127.0.0.1"])
                // Every test client comes from 127.0.0.1: the per-address
                // limit would measure itself, not the portal.
                .args(["--submissions-per-minute", "10000000"]);
            let server = Server::start(cmd, Duration::from_secs(60));
            instance_urls.push(format!("{}/", server.url.trim_end_matches('/')));
            cluster_instances.push(Some(server));
        }
        let nginx = start_nginx(&feed_dir, &instance_urls);
        let cluster = Cluster {
            store_url,
            feed_dir,
            key,
            instance_urls,
            instances: cluster_instances,
            nginx,
            _dir: dir,
            pg,
        };
        let first = cluster.publish();
        assert!(
            first.status.success(),
            "the first publication: {}",
            String::from_utf8_lossy(&first.stderr)
        );
        cluster
    }

    /// nginx's address, the one clients use.
    pub fn url(&self) -> String {
        self.nginx.url()
    }

    /// Kills instance `i` as a crash would (SIGKILL).
    pub fn kill(&mut self, i: usize) {
        if let Some(server) = self.instances[i].take() {
            server.stop();
        }
    }

    /// A connection of the test's own to the store.
    pub fn store(&self) -> portal::store::PgStore {
        portal::store::PgStore::connect(&self.store_url).unwrap()
    }

    /// `integra-portal publish` on the store and the shared feed folder.
    pub fn publish(&self) -> Output {
        self.publisher().publish()
    }

    /// What publishing needs, to run apart from the cluster (a thread).
    pub fn publisher(&self) -> Publisher {
        Publisher {
            store_url: self.store_url.clone(),
            feed_dir: self.feed_dir.clone(),
            key: self.key.clone(),
        }
    }
}

/// `integra-portal publish` on a cluster's store and feed folder.
#[derive(Debug, Clone)]
pub struct Publisher {
    store_url: String,
    feed_dir: PathBuf,
    key: PathBuf,
}

impl Publisher {
    pub fn publish(&self) -> Output {
        Command::new(portal_binary())
            .arg("publish")
            .args(["--store", &self.store_url])
            .arg("--feed")
            .arg(&self.feed_dir)
            .arg("--key")
            .arg(&self.key)
            .output()
            .unwrap()
    }
}

/// nginx with `portal/deploy/nginx-portal.conf`, its values filled in.
fn start_nginx(feed_dir: &Path, instance_urls: &[String]) -> Nginx {
    let deploy = workspace().join("portal/deploy");
    let conf = std::fs::read_to_string(deploy.join("nginx-portal.conf")).unwrap();
    let params = std::fs::read_to_string(deploy.join("integra_proxy_params")).unwrap();
    let servers: String = instance_urls
        .iter()
        .map(|u| {
            let host = u.trim_start_matches("http://").trim_end_matches('/');
            format!("server {host} max_fails=1 fail_timeout=10s;\n    ")
        })
        .collect();
    Nginx::start_http(&[("integra_proxy_params", &params)], |port| {
        conf.replace("@LISTEN@", &format!("127.0.0.1:{port}"))
            .replace("@FEED@", &feed_dir.display().to_string())
            .replace("@INSTANCES@", &servers)
    })
}
