//! A throwaway PostgreSQL server for tests, from Debian's `postgresql`
//! package (`scripts/deps.sh` installs it): `initdb` and `pg_ctl` in a
//! temporary folder, a Unix socket in that folder and no TCP listener, no
//! system service. `initdb` refuses to run as root, so as root the server
//! runs as the `postgres` user the package creates. Stopped on drop, by its
//! own data folder, even when the test fails.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A running server; [`PgServer::database`] gives each test its own.
#[derive(Debug)]
pub struct PgServer {
    dir: tempfile::TempDir,
    bin: PathBuf,
}

/// The newest installed server's binaries (`/usr/lib/postgresql/N/bin`).
fn server_bin() -> PathBuf {
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin");
            bin.join("initdb").exists().then_some((version, bin))
        })
        .collect();
    found.sort();
    found.pop().map(|(_, bin)| bin).expect(
        "PostgreSQL's server is not installed: scripts/deps.sh installs Debian's postgresql",
    )
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout.trim_ascii() == b"0")
}

impl PgServer {
    pub fn start() -> PgServer {
        let bin = server_bin();
        let dir = tempfile::Builder::new()
            .prefix("integra-pg")
            .tempdir()
            .unwrap();
        let server = PgServer { dir, bin };
        if is_root() {
            let status = Command::new("chown")
                .arg("postgres")
                .arg(server.dir.path())
                .status()
                .unwrap();
            assert!(status.success(), "chown postgres (the package's user)");
        }
        let data = server.data();
        server.run(
            "initdb",
            &[
                "-D",
                &data,
                "-A",
                "trust",
                "-U",
                "integra",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        );
        let options = format!(
            "-k {} -c listen_addresses='' -c fsync=off -c max_connections=60",
            server.socket_dir().display()
        );
        let log = server.dir.path().join("log").display().to_string();
        server.run(
            "pg_ctl",
            &[
                "-D", &data, "-l", &log, "-w", "-t", "60", "-o", &options, "start",
            ],
        );
        server
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    pub fn socket_dir(&self) -> &Path {
        self.dir.path()
    }

    /// Runs one of the server's programs, as `postgres` when we are root.
    fn run(&self, program: &str, args: &[&str]) {
        let path = self.bin.join(program);
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let out = cmd.args(args).output().unwrap();
        assert!(
            out.status.success(),
            "{program} failed: {}\n{}\nlog: {}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr),
            std::fs::read_to_string(self.dir.path().join("log")).unwrap_or_default()
        );
    }

    /// The URL of database `db` (`postgres://` with the socket's folder).
    pub fn url(&self, db: &str) -> String {
        format!(
            "postgres://integra@localhost/{db}?host={}",
            self.socket_dir().display()
        )
    }

    /// A new, empty database named `name`; its URL.
    pub fn database(&self, name: &str) -> String {
        let mut admin = postgres::Client::connect(&self.url("postgres"), postgres::NoTls)
            .expect("the test server accepts connections");
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .expect("a new database");
        self.url(name)
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        let data = self.data();
        let path = self.bin.join("pg_ctl");
        let mut cmd = if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&path);
            c
        } else {
            Command::new(&path)
        };
        let _ = cmd
            .args(["-D", &data, "-m", "immediate", "-w", "stop"])
            .output();
    }
}
