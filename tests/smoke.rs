//! Smoke test of the real app: the `integra` binary opens its window under
//! Xvfb, shows the home screen, and listens on no TCP port; it walks a
//! journey with its own fonts; `integra --serve` serves on 127.0.0.1 behind
//! its token.
//!
//! The window also shows a system notification after an update that
//! brings news for its owner (a private D-Bus session with Debian's
//! notification-daemon receives it).
//!
//! Needs the binary built first (`cargo build --workspace --bins`, as
//! `scripts/test.sh` does) and Xvfb, ImageMagick, dbus-daemon, dbus-bin and
//! notification-daemon installed (`scripts/deps.sh`).

#[path = "sync_support.rs"]
mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use integra_tests::app_support::{Server, integra_binary, target_dir};

/// The first start builds the catalog: several seconds in a debug build,
/// more on a busy CI machine.
const FIRST_START: Duration = Duration::from_secs(120);

fn artifacts() -> PathBuf {
    let dir = target_dir().join("test-artifacts");
    std::fs::create_dir_all(&dir).expect("artifact dir");
    dir
}

/// Kills what it holds, and every descendant of it, on every path out of
/// the test (a failed assertion included).
struct Procs {
    children: Vec<(&'static str, Child)>,
}

impl Procs {
    fn new() -> Procs {
        Procs {
            children: Vec::new(),
        }
    }

    fn add(&mut self, name: &'static str, child: Child) -> u32 {
        let pid = child.id();
        self.children.push((name, child));
        pid
    }

    fn get(&mut self, name: &str) -> &mut Child {
        &mut self
            .children
            .iter_mut()
            .find(|(n, _)| *n == name)
            .expect("known child")
            .1
    }
}

impl Drop for Procs {
    fn drop(&mut self) {
        // Last started first: the app before the display it draws on.
        while let Some((_, mut child)) = self.children.pop() {
            let descendants = descendants(child.id());
            let _ = child.kill();
            let _ = child.wait();
            for pid in descendants {
                if Path::new(&format!("/proc/{pid}")).exists() {
                    let _ = Command::new("kill")
                        .args(["-KILL", &pid.to_string()])
                        .stderr(Stdio::null())
                        .status();
                }
            }
        }
    }
}

/// The parent of every process, from `/proc/<pid>/stat`.
fn parents() -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return out;
    };
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|s| s.parse::<u32>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
            continue;
        };
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses.
        let Some(rest) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
            continue;
        };
        if let Some(ppid) = rest.split_whitespace().nth(1).and_then(|s| s.parse().ok()) {
            out.push((pid, ppid));
        }
    }
    out
}

/// Every process below `root` (not `root` itself).
fn descendants(root: u32) -> Vec<u32> {
    let all = parents();
    let mut found = vec![root];
    let mut i = 0;
    while i < found.len() {
        let p = found[i];
        for &(pid, ppid) in &all {
            if ppid == p && !found.contains(&pid) {
                found.push(pid);
            }
        }
        i += 1;
    }
    found.remove(0);
    found
}

fn command_name(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/comm"))
        .map(|s| s.trim().to_string())
        .unwrap_or_default()
}

/// Inodes of TCP sockets in LISTEN state, from `pid`'s network namespace.
fn listening_inodes(pid: u32) -> Vec<u64> {
    let mut out = Vec::new();
    for table in ["tcp", "tcp6"] {
        let Ok(text) = std::fs::read_to_string(format!("/proc/{pid}/net/{table}")) else {
            continue;
        };
        for line in text.lines().skip(1) {
            let cols: Vec<&str> = line.split_whitespace().collect();
            // sl local rem st tx:rx tr:when retrnsmt uid timeout inode
            if cols.len() > 9
                && cols[3] == "0A"
                && let Ok(inode) = cols[9].parse()
            {
                out.push(inode);
            }
        }
    }
    out
}

/// Socket inodes `pid` holds open.
fn socket_inodes(pid: u32) -> Vec<u64> {
    let mut out = Vec::new();
    let Ok(fds) = std::fs::read_dir(format!("/proc/{pid}/fd")) else {
        return out;
    };
    for fd in fds.flatten() {
        if let Ok(link) = std::fs::read_link(fd.path()) {
            let link = link.to_string_lossy();
            if let Some(inode) = link
                .strip_prefix("socket:[")
                .and_then(|s| s.strip_suffix(']'))
                .and_then(|s| s.parse().ok())
            {
                out.push(inode);
            }
        }
    }
    out
}

/// Processes of the tree under (and including) `root` listening on TCP.
fn tcp_listeners(root: u32) -> Vec<String> {
    let mut tree = vec![root];
    tree.extend(descendants(root));
    let mut found = Vec::new();
    for pid in tree {
        let listening = listening_inodes(pid);
        for inode in socket_inodes(pid) {
            if listening.contains(&inode) {
                found.push(format!("{pid} ({}) socket {inode}", command_name(pid)));
            }
        }
    }
    found
}

/// Starts Xvfb on a display it picks itself (`-displayfd`), so parallel
/// runs never collide. Returns the display number.
fn start_xvfb(procs: &mut Procs) -> u32 {
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb could not start (install the xvfb package)");
    let stdout = child.stdout.take().expect("piped");
    procs.add("xvfb", child);
    let line = read_line_within(stdout, Duration::from_secs(20)).expect("Xvfb chose no display");
    let display: u32 = line.trim().parse().expect("a display number from Xvfb");
    // Xvfb reports the number once it accepts connections.
    display
}

/// The first line `reader` writes, or `None` after `within`.
fn read_line_within(reader: impl Read + Send + 'static, within: Duration) -> Option<String> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let mut r = BufReader::new(reader);
        if r.read_line(&mut line).is_ok() {
            let _ = tx.send(line);
        }
        // Keep reading so the child never blocks on a full pipe.
        let mut sink = Vec::new();
        let _ = r.read_to_end(&mut sink);
    });
    rx.recv_timeout(within).ok().filter(|l| !l.is_empty())
}

fn stderr_of(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Waits (bounded) until the ready file names one of `screens` while
/// `child` runs; returns the screen.
fn wait_for_screen(
    child: &mut Child,
    ready: &Path,
    screens: &[&str],
    within: Duration,
    log: &Path,
) -> String {
    let start = Instant::now();
    loop {
        let now = std::fs::read_to_string(ready).unwrap_or_default();
        if let Some(s) = screens.iter().find(|s| **s == now.trim()) {
            return s.to_string();
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "integra exited ({status}) before showing {screens:?}:\n{}",
                stderr_of(log)
            );
        }
        assert!(
            start.elapsed() < within,
            "no {screens:?} after {within:?} (last: {:?}); integra's stderr:\n{}",
            now.trim(),
            stderr_of(log)
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// Keys to the app's window through the X server, as a user would type them.
fn type_keys(display: u32, keys: &[&str]) {
    let disp = format!(":{display}");
    let windows = run_ok(Command::new("xdotool").env("DISPLAY", &disp).args([
        "search",
        "--onlyvisible",
        "--name",
        ".",
    ]));
    let window = windows
        .lines()
        .next()
        .expect("the app's window on the display")
        .trim()
        .to_string();
    run_ok(
        Command::new("xdotool")
            .env("DISPLAY", &disp)
            .args(["windowfocus", &window]),
    );
    run_ok(
        Command::new("xdotool")
            .env("DISPLAY", &disp)
            .args(["key", "--delay", "150"])
            .args(keys),
    );
}

fn run_ok(cmd: &mut Command) -> String {
    let out = cmd.output().expect("command runs");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn screenshot(display: u32, name: &str) -> PathBuf {
    let shot = artifacts().join(format!("{name}.png"));
    run_ok(
        Command::new("import")
            .args(["-display", &format!(":{display}"), "-window", "root"])
            .arg(&shot),
    );
    shot
}

/// The app's window on `display`, its data in `data`/app, its first
/// screens reported to `data`/ready, its log in `log`; `env` adds to it.
fn launch_window(display: u32, data: &Path, log: &Path, env: &[(&str, &str)]) -> Child {
    Command::new(integra_binary())
        .arg("--data-dir")
        .arg(data.join("app"))
        .env("DISPLAY", format!(":{display}"))
        .env("INTEGRA_READY_FILE", data.join("ready"))
        .envs(env.iter().copied())
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).expect("log file"))
        .spawn()
        .expect("integra starts")
}

/// Waits for the window's first screen and, on a first start, chooses the
/// first language (the system's) on the picker, screenshotting it as `shot`.
/// Keyboard order on a first start: the skip link, the brand button, the
/// notice's "close", then the first language; Enter chooses it.
fn past_the_language_picker(
    procs: &mut Procs,
    display: u32,
    ready: &Path,
    log: &Path,
    shot: Option<&str>,
) {
    let first = wait_for_screen(
        procs.get("integra"),
        ready,
        &["language-picker", "home"],
        FIRST_START,
        log,
    );
    if first == "language-picker" {
        if let Some(name) = shot {
            screenshot(display, name);
        }
        type_keys(display, &["Tab", "Tab", "Tab", "Tab", "Return"]);
    }
}

#[test]
fn window_shows_the_home_screen_and_opens_no_tcp_port() {
    let data = tempfile::tempdir().expect("temp dir");
    let ready = data.path().join("ready");
    let log = artifacts().join("smoke-window.stderr");
    let mut procs = Procs::new();
    let display = start_xvfb(&mut procs);
    let pid = procs.add("integra", launch_window(display, data.path(), &log, &[]));

    past_the_language_picker(
        &mut procs,
        display,
        &ready,
        &log,
        Some("smoke-window-picker"),
    );
    wait_for_screen(
        procs.get("integra"),
        &ready,
        &["home"],
        Duration::from_secs(20),
        &log,
    );

    // The webview paints shortly after the DOM holds the screen.
    std::thread::sleep(Duration::from_millis(1500));
    let shot = screenshot(display, "smoke-window");
    let deviation: f64 = run_ok(
        Command::new("identify")
            .args(["-format", "%[fx:standard_deviation]"])
            .arg(&shot),
    )
    .trim()
    .parse()
    .expect("a number from identify");
    let colours: u64 = run_ok(Command::new("identify").args(["-format", "%k"]).arg(&shot))
        .trim()
        .parse()
        .expect("a number from identify");
    assert!(
        deviation > 0.02 && colours > 16,
        "the screen looks blank (deviation {deviation}, {colours} colours): see {}",
        shot.display()
    );

    // The whole tree: the app and WebKit's web and network processes.
    let tree = descendants(pid);
    assert!(
        !tree.is_empty(),
        "no WebKit processes under the app: is it really showing a webview?"
    );
    let listeners = tcp_listeners(pid);
    assert!(
        listeners.is_empty(),
        "the window mode listens on TCP: {listeners:?}"
    );
    drop(procs);
}

/// The window walks a journey by itself (the memory bench's, started by
/// `INTEGRA_BENCH_JOURNEY`): a place, a search, the results, the map, a
/// service card, back, home, with the bundled fonts fetched from the app's
/// own assets and none failing (`dist/bench-journey.js` reports
/// `journey-failed` otherwise).
#[test]
fn the_window_walks_a_journey_with_its_own_fonts() {
    let data = tempfile::tempdir().expect("temp dir");
    let ready = data.path().join("ready");
    let log = artifacts().join("smoke-journey.stderr");
    let mut procs = Procs::new();
    let display = start_xvfb(&mut procs);
    let journey = [("INTEGRA_BENCH_JOURNEY", "1")];
    procs.add(
        "integra",
        launch_window(display, data.path(), &log, &journey),
    );
    past_the_language_picker(&mut procs, display, &ready, &log, None);
    let end = wait_for_screen(
        procs.get("integra"),
        &ready,
        &["journey-done", "journey-failed"],
        Duration::from_secs(120),
        &log,
    );
    screenshot(display, "smoke-journey");
    assert_eq!(
        end,
        "journey-done",
        "the journey stopped; integra's stderr:\n{}",
        stderr_of(&log)
    );
    drop(procs);
}

/// A private D-Bus session bus; returns its address.
fn start_session_bus(procs: &mut Procs) -> String {
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-daemon could not start (install dbus-daemon)");
    let stdout = child.stdout.take().expect("piped");
    procs.add("dbus", child);
    read_line_within(stdout, Duration::from_secs(20))
        .expect("dbus-daemon printed its address")
        .trim()
        .to_string()
}

/// An update that brings a new service in the owner's comune, with
/// notifications turned on: the window's own background check (5 s after
/// start) syncs from a portal on loopback, and the desktop's notification
/// service (Debian's notification-daemon on a private session bus, under
/// Xvfb) receives one notification in the owner's language.
#[test]
fn an_update_with_news_for_the_owner_reaches_the_desktop_notification_service() {
    use catalog::whats_new::{Interest, mark_seen};
    use portal::Store;
    use support::{Portal, small_catalog};

    let bin = integra_binary();
    let data = tempfile::tempdir().expect("temp dir");
    let app_dir = data.path().join("app");
    let log = artifacts().join("notify-window.stderr");
    let monitor_log = artifacts().join("notify-dbus-monitor.txt");

    // The portal's first publication, loaded on the device beforehand.
    let mut catalog_data = small_catalog(60);
    let portal = Portal::new(&catalog_data);
    portal.publish();
    let loaded = Command::new(&bin)
        .arg("--sideload")
        .arg(&portal.feed_dir)
        .arg("--data-dir")
        .arg(&app_dir)
        .output()
        .expect("integra --sideload runs");
    assert!(
        loaded.status.success(),
        "{}",
        String::from_utf8_lossy(&loaded.stderr)
    );

    // The owner: English, the comune of the first service, notifications
    // on, and what they have seen so far.
    let mine = catalog_data.services[0].clone();
    let istat = mine.locations[0].comune_istat.clone().unwrap();
    let comune = catalog::gazetteer::Gazetteer::bundled()
        .by_istat(&istat)
        .unwrap();
    {
        let user = catalog::user::UserData::open(app_dir.join(ui::state::USER_FILE)).unwrap();
        user.set_setting("lang", "en").unwrap();
        let place = serde_json::json!({
            "label": comune.label(), "latitude": comune.latitude, "longitude": comune.longitude,
            "istat": istat, "from_device": false,
        });
        user.set_setting("place", &place.to_string()).unwrap();
        user.set_setting(ui::notify::OPT_IN_KEY, "on").unwrap();
        let catalog = catalog::Catalog::open(app_dir.join(ui::state::CATALOG_FILE)).unwrap();
        let interest = Interest {
            comune: Some(istat.clone()),
            lang: catalog::Lang::En,
        };
        mark_seen(&catalog, &user, &interest).unwrap();
    }

    // The portal then publishes a new service in that comune.
    let mut added = mine.clone();
    added.id = "sportello-nuovo".into();
    added.name = "Sportello nuovo".into();
    added.phones[0].id = "sportello-nuovo-tel".into();
    added.locations[0].id = "sportello-nuovo-loc".into();
    catalog_data.services.push(added);
    portal.store().put(&catalog_data).unwrap();
    portal.publish();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(portal.serve());

    let mut procs = Procs::new();
    let display = start_xvfb(&mut procs);
    let bus = start_session_bus(&mut procs);
    let monitor = Command::new("dbus-monitor")
        .args([
            "--address",
            &bus,
            "interface='org.freedesktop.Notifications',member='Notify'",
        ])
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&monitor_log).expect("monitor log"))
        .stderr(Stdio::null())
        .spawn()
        .expect("dbus-monitor starts (dbus-bin)");
    procs.add("dbus-monitor", monitor);
    let daemon = Command::new("/usr/lib/notification-daemon/notification-daemon")
        .env("DISPLAY", format!(":{display}"))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("notification-daemon starts (install notification-daemon)");
    procs.add("notification-daemon", daemon);

    let app = Command::new(&bin)
        .arg("--data-dir")
        .arg(&app_dir)
        .env("DISPLAY", format!(":{display}"))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .env("INTEGRA_FEED_URL", server.url())
        .env_remove("WAYLAND_DISPLAY")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log file"))
        .spawn()
        .expect("integra starts");
    procs.add("integra", app);

    let start = Instant::now();
    let seen = loop {
        let text = std::fs::read_to_string(&monitor_log).unwrap_or_default();
        if text.contains("Integra: what's new") {
            break text;
        }
        if let Ok(Some(status)) = procs.get("integra").try_wait() {
            panic!("integra exited ({status}):\n{}", stderr_of(&log));
        }
        assert!(
            start.elapsed() < FIRST_START,
            "no notification within {FIRST_START:?}; bus traffic:\n{text}\nintegra's stderr:\n{}",
            stderr_of(&log)
        );
        std::thread::sleep(Duration::from_millis(200));
    };
    // Fluent isolates placeables with FSI/PDI; the words are what counts.
    let seen: String = seen
        .chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect();
    assert!(
        seen.contains("New or changed for you: 1, 1 of them in your comune."),
        "the body counts the new service in the comune:\n{seen}"
    );
    drop(procs);
    drop(server);
}

/// A bare HTTP/1.1 GET on loopback; returns the status line.
fn http_get(addr: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut status = String::new();
    BufReader::new(stream)
        .read_line(&mut status)
        .expect("response");
    status
}

#[test]
fn serve_mode_prints_its_loopback_address_and_wants_the_token() {
    let bin = integra_binary();
    let data = tempfile::tempdir().expect("temp dir");
    let log = artifacts().join("smoke-serve.stderr");
    let mut cmd = Command::new(&bin);
    cmd.arg("--serve")
        .arg("--data-dir")
        .arg(data.path())
        .stderr(std::fs::File::create(&log).expect("log file"));
    // Panics when no address comes in time; the reason is in `log`.
    let server = Server::start(cmd, FIRST_START);
    // The first line of standard output is the address.
    let line = server.line.clone();
    let url = line
        .trim_end()
        .strip_prefix("Integra is serving at ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"));
    let rest = url
        .strip_prefix("http://127.0.0.1:")
        .unwrap_or_else(|| panic!("not a loopback address: {url}"));
    let (port, query) = rest.split_once('/').expect("a path after the port");
    let port: u16 = port.parse().expect("a port");
    assert!(query.starts_with("?token="), "no token in {url}");
    let addr = format!("127.0.0.1:{port}");

    let without = http_get(&addr, "/");
    assert!(without.contains(" 403 "), "without the token: {without}");
    let wrong = http_get(&addr, "/?token=0000");
    assert!(wrong.contains(" 403 "), "with a wrong token: {wrong}");
    let with = http_get(&addr, &format!("/{query}"));
    assert!(with.contains(" 200 "), "with the token: {with}");
    drop(server);
}
