//! The built binaries for end-to-end tests: where they are, starting a
//! server (`integra --serve`, `integra-portal serve`) and waiting for the
//! address it prints, and running the Node scripts of `tests/browser/`.
//!
//! Binaries are found next to the test executable's own folder
//! (`<target>/<profile>/deps/..`), so `CARGO_TARGET_DIR`, `--release` and
//! `--target` are honoured without guessing `target/debug`.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// The first start of `integra` builds the catalog: several seconds in a
/// debug build, more on a busy CI machine. Generous, but bounded.
pub const FIRST_START: Duration = Duration::from_secs(180);

/// The workspace's root folder.
pub fn workspace() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the workspace")
        .to_path_buf()
}

/// Cargo's target folder: `CARGO_TARGET_DIR` (relative to the workspace
/// when relative), else `<workspace>/target`. Artifacts of the tests go
/// there; binaries are found through [`profile_dir`].
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from) {
        Some(dir) if dir.is_absolute() => dir,
        Some(dir) => workspace().join(dir),
        None => workspace().join("target"),
    }
}

/// The folder the running test's profile builds into (`target/debug`,
/// `target/release`, `$CARGO_TARGET_DIR/<triple>/debug`, …): the test
/// executable sits in its `deps/`.
pub fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("the test knows its executable");
    let deps = exe.parent().expect("the test executable is in a folder");
    if deps.file_name().is_some_and(|n| n == "deps") {
        deps.parent().expect("deps/ has a parent").to_path_buf()
    } else {
        deps.to_path_buf()
    }
}

/// The workspace binary `name` (`integra`, `integra-portal`,
/// `integra-cli`) of the profile the tests were built with; it must be
/// built first (`cargo build --workspace --bins`, as `scripts/test.sh`
/// does).
pub fn binary(name: &str) -> PathBuf {
    let bin = profile_dir().join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.is_file(),
        "{} is missing: build it first with `cargo build --workspace --bins` (scripts/test.sh does)",
        bin.display()
    );
    bin
}

pub fn integra_binary() -> PathBuf {
    binary("integra")
}

pub fn portal_binary() -> PathBuf {
    binary("integra-portal")
}

/// A server process, killed however the test ends.
#[derive(Debug)]
pub struct Server {
    child: Child,
    /// The line of standard output that carried the address.
    pub line: String,
    /// The address (`http://127.0.0.1:<port>…`, the token included).
    pub url: String,
}

impl Server {
    /// Starts `cmd` (its standard output is taken over; standard error is
    /// left as the caller set it) and waits, at most `within`, for a line
    /// that carries an `http://` address. Panics when none comes, or when
    /// the address is not on loopback.
    pub fn start(mut cmd: Command, within: Duration) -> Server {
        let mut child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("{:?} starts: {e}", cmd.get_program()));
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut lines = BufReader::new(stdout).lines().map_while(Result::ok);
            for line in lines.by_ref() {
                if let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) {
                    // The test may have given up waiting: nobody to tell.
                    let _ = tx.send((line.clone(), url.to_string()));
                    break;
                }
            }
            // Keeps reading until the process ends, so a later line never
            // meets a closed pipe.
            lines.for_each(drop);
        });
        let mut server = Server {
            child,
            line: String::new(),
            url: String::new(),
        };
        match rx.recv_timeout(within) {
            Ok((line, url)) => {
                server.line = line;
                server.url = url;
            }
            Err(_) => {
                let status = server.child.try_wait().ok().flatten();
                panic!(
                    "{:?} printed no address within {within:?} (exit status: {status:?})",
                    cmd.get_program()
                );
            }
        }
        assert!(
            server.url.starts_with("http://127.0.0.1:"),
            "loopback only: {}",
            server.url
        );
        server
    }

    /// Stops the server the way a power cut or a kill would.
    pub fn stop(self) {
        drop(self);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Already ended is fine: the point is that it is not left running.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `integra <args> --data-dir <data>` with a fixed clock and English system
/// locale, on the generated sample catalog (`--sample-catalog`): the
/// journeys exercise the app on records that never change.
pub fn integra(data: &Path, args: &[&str]) -> Command {
    let mut cmd = integra_official(data, args);
    cmd.arg("--sample-catalog");
    cmd
}

/// `integra <args> --data-dir <data>` as a person installs it: on the
/// official records of the bundled starter feed.
pub fn integra_official(data: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(integra_binary());
    cmd.args(args)
        .arg("--data-dir")
        .arg(data)
        // A Tuesday morning in Rome: "open now" has something to find.
        .env("INTEGRA_CLOCK", "2026-11-24T09:30:00Z")
        .env("LANG", "en_US.UTF-8");
    cmd
}

/// Starts `integra --serve <extra>` on `data` and returns it with its URL.
pub fn serve(data: &Path, extra: &[&str], envs: &[(&str, &str)]) -> (Server, String) {
    let mut args = vec!["--serve"];
    args.extend_from_slice(extra);
    let mut cmd = integra(data, &args);
    cmd.envs(envs.iter().copied());
    let server = Server::start(cmd, FIRST_START);
    let url = server.url.clone();
    (server, url)
}

/// Starts `integra-portal serve` on a free loopback port.
pub fn serve_portal(store: &Path, feed: &Path) -> Server {
    let mut cmd = Command::new(portal_binary());
    cmd.arg("serve")
        .arg("--store")
        .arg(store)
        .arg("--feed")
        .arg(feed)
        .args(["--listen", "127.0.0.1:0"]);
    Server::start(cmd, Duration::from_secs(60))
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

/// Three messages the portal received from the app whose data folder is
/// `data`, and what the editors decided: accepted, rejected with a reason
/// that carries markup, still waiting (the `sent_outcomes` journey reads
/// them; the accessibility checks see the outbox screen with them).
pub fn seed_sent_messages(data: &Path) {
    use catalog::user::{OutboxItem, Outcome, UserData};
    std::fs::create_dir_all(data).unwrap();
    let user = UserData::open(data.join("user.sqlite")).unwrap();
    let sent = [
        ("removal_request", Outcome::Accepted),
        (
            "new_association",
            Outcome::Rejected {
                reason: Some("<script>alert(1)</script> esiste già nell'elenco".into()),
            },
        ),
        ("correction", Outcome::Received),
    ];
    for (i, (kind, outcome)) in sent.into_iter().enumerate() {
        let uuid = format!("00000000-0000-4000-8000-{i:012}");
        user.enqueue(&OutboxItem {
            uuid: uuid.clone(),
            kind: kind.into(),
            payload: r#"{"name":"Associazione Amici di Prato"}"#.into(),
            created_at: "2026-12-01T09:00:00Z".into(),
            attempts: 0,
            last_error: None,
        })
        .unwrap();
        user.mark_sent(&uuid, "2026-12-01T09:05:00Z", true).unwrap();
        user.set_outcome(&uuid, &outcome).unwrap();
    }
}
