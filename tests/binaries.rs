//! The command lines of the `integra` and `integra-portal` binaries: help
//! that names every option, `--version`, a clear refusal of an unknown flag
//! or a rule broken, `integra-portal serve` answering on loopback, and
//! `integra-cli` saying which catalog it searched.
//!
//! Needs the binaries built first (`cargo build --workspace --bins`).

use std::io::{Read, Write};
use std::process::{Command, Output};

use integra_tests::app_support::{integra_binary, portal_binary, serve_portal, workspace};

fn run(bin: std::path::PathBuf, args: &[&str]) -> Output {
    Command::new(bin)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `--help` succeeds and its text names each of `options`.
fn help_names(bin: std::path::PathBuf, args: &[&str], options: &[&str]) {
    let out = run(bin, args);
    let help = text(&out.stdout);
    assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
    for option in options {
        assert!(
            help.contains(option),
            "{args:?} does not name {option}:\n{help}"
        );
    }
}

#[test]
fn integra_help_names_every_option() {
    help_names(
        integra_binary(),
        &["--help"],
        &[
            "--data-dir",
            "--kiosk",
            "--kiosk-comune",
            "--idle-seconds",
            "--serve",
            "--port",
            "--sideload DIR",
            "--set-kiosk-pin",
            "--sample-catalog",
            "--version",
            "INTEGRA_READY_FILE",
            "INTEGRA_KIOSK_IDLE_SECONDS",
            "RUST_LOG",
        ],
    );
}

#[test]
fn portal_help_names_every_command_and_option() {
    let usage = [
        "keygen",
        "import",
        "publish",
        "serve",
        "token",
        "user add",
        "starter",
        "--out",
        "--name",
        "--store",
        "--sample",
        "--hsds",
        "--default-area",
        "--area-for",
        "--default-updated-at",
        "--dry-run",
        "--feed",
        "--key",
        "--refresh",
        "--validity-days",
        "--confirm-removals",
        "--max-removed-percent",
        "--listen",
        "--role",
        "--territory",
        "--label",
        "--email",
        "--base-url",
        "--behind-https",
        "--official",
        "--version",
        "RUST_LOG",
    ];
    help_names(portal_binary(), &["--help"], &usage);
    let per_command: &[(&str, &[&str])] = &[
        ("keygen", &["--out", "--name"]),
        (
            "import",
            &[
                "--store",
                "--sample",
                "--hsds",
                "--default-area",
                "--area-for",
                "--default-updated-at",
                "--dry-run",
            ],
        ),
        (
            "publish",
            &[
                "--store",
                "--feed",
                "--key",
                "--refresh",
                "--validity-days",
                "--confirm-removals",
                "--max-removed-percent",
            ],
        ),
        (
            "serve",
            &["--store", "--feed", "--listen", "--behind-https"],
        ),
        ("token", &["--store", "--role", "--territory", "--label"]),
        ("starter", &["--out", "--key", "--official", "--sample"]),
    ];
    for (command, options) in per_command {
        help_names(portal_binary(), &[command, "--help"], options);
    }
    help_names(
        portal_binary(),
        &["user", "add", "--help"],
        &["--store", "--email", "--role", "--territory", "--base-url"],
    );
}

/// `user add` prints a one-time link to set the password, once per
/// address, and refuses what is no address or no territory.
#[test]
fn the_portal_adds_console_accounts_with_a_link() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let store = store.to_str().unwrap();
    let add = |email: &str, territory: &str| {
        let mut args = vec![
            "user", "add", "--store", store, "--email", email, "--role", "editor",
        ];
        if !territory.is_empty() {
            args.extend(["--territory", territory]);
        }
        args.extend(["--base-url", "https://portale.example.org/"]);
        run(portal_binary(), &args)
    };
    let out = add("Referente@Lazio.example", "12");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let link = text(&out.stdout);
    assert!(
        link.trim()
            .starts_with("https://portale.example.org/console/welcome/"),
        "{link}"
    );
    assert_eq!(
        link.trim().len(),
        "https://portale.example.org/console/welcome/".len() + 64
    );
    let again = add("referente@lazio.example", "12");
    assert!(!again.status.success());
    assert!(text(&again.stderr).contains("has an account already"));
    let bad = add("not an address", "");
    assert!(text(&bad.stderr).contains("is not an e-mail address"));
    let admin = run(
        portal_binary(),
        &[
            "user",
            "add",
            "--store",
            store,
            "--email",
            "a@b.example",
            "--role",
            "admin",
            "--territory",
            "12",
        ],
    );
    assert!(!admin.status.success());
    assert!(
        text(&admin.stderr).contains("no --territory"),
        "{}",
        text(&admin.stderr)
    );
    let nowhere = add("x@y.example", "99x");
    assert!(!nowhere.status.success());
    assert!(
        text(&nowhere.stderr).contains("ISTAT"),
        "{}",
        text(&nowhere.stderr)
    );
}

/// An empty store is not published (every device would empty its
/// catalog) unless an admin confirms it; nothing is written before that.
#[test]
fn the_portal_refuses_to_publish_an_empty_store_without_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("store");
    let feed = dir.path().join("feed");
    let key = workspace().join("assets/feed/dev-keys/online.key");
    let (store, feed, key) = (
        store.to_str().unwrap(),
        feed.to_str().unwrap(),
        key.to_str().unwrap(),
    );
    let publish = |extra: &[&str]| {
        let mut args = vec!["publish", "--store", store, "--feed", feed, "--key", key];
        args.extend_from_slice(extra);
        run(portal_binary(), &args)
    };
    let refused = publish(&[]);
    assert!(!refused.status.success());
    let err = text(&refused.stderr);
    assert!(
        err.contains("no records") && err.contains("--confirm-removals"),
        "{err}"
    );
    let manifest = std::path::Path::new(feed).join("manifest.json");
    assert!(!manifest.exists(), "nothing written");
    let confirmed = publish(&["--confirm-removals"]);
    assert!(confirmed.status.success(), "{}", text(&confirmed.stderr));
    assert!(manifest.exists());
    let bad = publish(&["--max-removed-percent", "150"]);
    assert!(!bad.status.success());
    assert!(
        text(&bad.stderr).contains("percentage"),
        "{}",
        text(&bad.stderr)
    );
}

#[test]
fn version_is_the_workspace_version() {
    let version = env!("CARGO_PKG_VERSION");
    for (bin, name) in [
        (integra_binary(), "integra"),
        (portal_binary(), "integra-portal"),
    ] {
        let out = run(bin, &["--version"]);
        assert!(out.status.success());
        assert_eq!(text(&out.stdout).trim(), format!("{name} {version}"));
    }
}

#[test]
fn unknown_flags_and_broken_rules_are_refused_clearly() {
    let cases: &[(std::path::PathBuf, &[&str], &str)] = &[
        (
            integra_binary(),
            &["--frobnicate"],
            "unexpected argument '--frobnicate'",
        ),
        (integra_binary(), &["--port", "80"], "--serve"),
        (
            integra_binary(),
            &["--sideload", "/f", "--serve"],
            "cannot be used with",
        ),
        (
            integra_binary(),
            &["--sideload", "/f", "--kiosk"],
            "cannot be used with",
        ),
        (
            integra_binary(),
            &["--serve", "--port", "x"],
            "invalid value 'x'",
        ),
        (
            portal_binary(),
            &["--frobnicate"],
            "unexpected argument '--frobnicate'",
        ),
        (
            portal_binary(),
            &["serve", "--frobnicate"],
            "unexpected argument '--frobnicate'",
        ),
        (
            portal_binary(),
            &["frobnicate"],
            "unrecognized subcommand 'frobnicate'",
        ),
        (portal_binary(), &["import", "--store", "/s"], "--sample"),
        (
            portal_binary(),
            &["token", "--store", "/s", "--role", "boss", "--label", "x"],
            "editor|moderator|admin",
        ),
        (
            portal_binary(),
            &[
                "token",
                "--store",
                "/s",
                "--role",
                "editor",
                "--territory",
                "9",
                "--label",
                "x",
            ],
            "not an ISTAT region, province or comune code",
        ),
    ];
    for (bin, args, says) in cases {
        let out = run(bin.clone(), args);
        let err = text(&out.stderr);
        assert!(!out.status.success(), "{args:?} was accepted");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?} printed on stdout");
    }
}

#[test]
fn portal_serves_the_starter_feed_on_loopback() {
    let store = tempfile::tempdir().unwrap();
    let feed = workspace().join("assets/feed/starter");
    let server = serve_portal(store.path(), &feed);
    let addr = server
        .url
        .strip_prefix("http://")
        .expect("an http address")
        .trim_end_matches('/');
    let mut stream = std::net::TcpStream::connect(addr).unwrap();
    write!(
        stream,
        "GET /manifest.json HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("\"seq\""), "{response}");
}

#[test]
fn integra_cli_never_fills_a_catalog_silently_and_says_what_it_searched() {
    let cli = integra_tests::app_support::binary("integra-cli");
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("catalog.sqlite");
    let db = db.to_str().unwrap();
    let search = |text: &str| {
        run(
            cli.clone(),
            &["search", text, "--near", "Prato", "--db", db],
        )
    };

    // An empty catalog: a clear error naming both ways to fill it.
    let out = search("corso di italiano");
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("is empty") && err.contains("--official") && err.contains("--sample"),
        "{err}"
    );
    // rebuild asks which.
    let out = run(cli.clone(), &["rebuild", "--db", db]);
    assert!(!out.status.success(), "{}", text(&out.stdout));

    // The official records: Prato's CPIA sites, labelled as official.
    let official = workspace().join("assets/data/official");
    let out = run(
        cli.clone(),
        &[
            "rebuild",
            "--official",
            official.to_str().unwrap(),
            "--db",
            db,
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = search("corso di italiano");
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("official open data: Ministero dell'Istruzione e del Merito"),
        "{stdout}"
    );
    assert!(!stdout.contains("sample"), "{stdout}");
    assert!(
        stdout.contains("Centro Territoriale Permanente"),
        "{stdout}"
    );

    // The sample: labelled as such.
    let out = run(cli.clone(), &["rebuild", "--sample", "--db", db]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&search("corso di italiano").stdout);
    assert!(stdout.contains("sample data, not official"), "{stdout}");
}

/// `integra-portal import --dry-run` on another publisher's package: the
/// report, the command line's own options as hints, and an exit code that
/// says whether the file can be imported; the import itself refuses the
/// same file, writing nothing.
#[test]
fn portal_import_dry_run_reports_and_the_import_refuses() {
    let package = integra_tests::data_path("hsds/unione-valle-orsa");
    let package = package.to_str().unwrap();
    let date = ["--default-updated-at", "2025-03-10T12:00:00Z"];
    let dry = |extra: &[&str]| {
        let mut args = vec!["import", "--hsds", package, "--dry-run"];
        args.extend(date);
        args.extend(extra);
        run(portal_binary(), &args)
    };
    let out = dry(&[]);
    assert!(!out.status.success());
    let report = text(&out.stdout);
    for part in [
        "would import: 1 organization(s), 2 service(s)",
        "needs an area: service \"18796532-7301-4867-a44c-d8718c59bb4b\"",
        "Open Eligibility: Employment",
        "--area-for SERVICE_ID=AREA",
        "importable: no",
    ] {
        assert!(report.contains(part), "{part:?} missing from:\n{report}");
    }
    let out = dry(&[
        "--default-area",
        "work",
        "--area-for",
        "18796532-7301-4867-a44c-d8718c59bb4b=intercultural-mediation",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("importable: yes"));

    let store = tempfile::tempdir().unwrap();
    let store = store.path().join("store");
    let mut args = vec![
        "import",
        "--store",
        store.to_str().unwrap(),
        "--hsds",
        package,
    ];
    args.extend(date);
    let out = run(portal_binary(), &args);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("2 rows cannot be imported"), "{err}");
    assert!(err.contains("--default-area"), "{err}");
    assert!(!store.exists(), "a refused import made the store");
}
