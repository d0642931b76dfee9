//! Starting the real `integra` binary for end-to-end tests and running the
//! Node scripts of `tests/browser/` against it.

// Each test crate that includes this module uses a part of it.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Kills the server however the test ends.
pub struct Server(Child);

impl Server {
    /// Stops the app the way a power cut or a kill would.
    pub fn stop(mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("target"))
}

pub fn integra_binary() -> PathBuf {
    let bin = target_dir().join("debug").join("integra");
    assert!(
        bin.exists(),
        "{} is missing: build it first (`cargo build -p integra`; scripts/test.sh does)",
        bin.display()
    );
    bin
}

/// `integra <args> --data-dir <data>` with a fixed clock and English system
/// locale; `stdin` is written to the process.
pub fn integra(data: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(integra_binary());
    cmd.args(args)
        .arg("--data-dir")
        .arg(data)
        // A Tuesday morning in Rome: "open now" has something to find.
        .env("INTEGRA_CLOCK", "2026-11-24T09:30:00Z")
        .env("LANG", "en_US.UTF-8");
    cmd
}

/// Starts `integra --serve <extra>` and returns it with its URL.
pub fn serve(data: &Path, extra: &[&str], envs: &[(&str, &str)]) -> (Server, String) {
    let mut args = vec!["--serve"];
    args.extend_from_slice(extra);
    let mut cmd = integra(data, &args);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("integra starts");
    let stdout = child.stdout.take().expect("piped stdout");
    let server = Server(child);
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) {
                let _ = tx.send(url.to_string());
                break;
            }
        }
    });
    // The first start builds the catalog: generous, but bounded.
    let url = rx
        .recv_timeout(Duration::from_secs(180))
        .expect("integra --serve printed its URL");
    assert!(url.starts_with("http://127.0.0.1:"), "loopback only: {url}");
    (server, url)
}

/// Runs `node tests/browser/<script> <args>`; true when it succeeded.
pub fn node(script: &str, args: &[&str]) -> bool {
    Command::new("node")
        .arg(workspace().join("tests/browser").join(script))
        .args(args)
        .current_dir(workspace().join("tests/browser"))
        .status()
        .expect("node runs (scripts/test.sh installs the npm packages)")
        .success()
}

/// `target/test-artifacts/<name>/`.
pub fn artifacts(name: &str) -> PathBuf {
    target_dir().join("test-artifacts").join(name)
}
