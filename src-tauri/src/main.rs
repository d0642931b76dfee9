//! `integra`: the app window, or `integra --serve` (the same screens on a
//! loopback-only web server, for browsers, tests and benches), or
//! `integra --sideload DIR` (load a feed folder into the app's catalog).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Parser;

/// The usage lines, as the hand-written parser of earlier versions printed
/// them: one line per way of starting the app.
const USAGE: &str = "\
integra [--data-dir DIR] [--kiosk] [--sample-catalog]
                                                 open the app's window
       integra --serve [--port N] [--data-dir DIR] [--kiosk] [--sample-catalog]
                                                 serve the app on 127.0.0.1 (no window)
       integra --sideload DIR [--data-dir DIR]
                                                 verify a feed folder (a copy of the
                                                 feed, e.g. on a USB stick), load it
                                                 into the app's catalog and exit
       integra --set-kiosk-pin [--data-dir DIR] < pin
                                                 set the kiosk's admin PIN (read from
                                                 standard input, 4-12 digits) and exit
       integra --help | --version";

const ENVIRONMENT: &str = "\
Environment:
  INTEGRA_READY_FILE  a file the window writes once its first screen is shown
  INTEGRA_BENCH_JOURNEY
                      with INTEGRA_READY_FILE: the window then walks a journey
                      by itself (place, search, results, map, a card, back)
                      and writes journey-done (tests/bench/ui measures it)
  INTEGRA_KIOSK_IDLE_SECONDS
                      overrides the kiosk's idle timeout (not saved)
  RUST_LOG            what the log on standard error shows (default: warn;
                      e.g. RUST_LOG=debug); it never holds what a person typed";

/// Integra: services for migrants in Italy, on this device.
#[derive(Debug, Default, Parser)]
#[command(name = "integra", version, override_usage = USAGE, after_help = ENVIRONMENT)]
struct Args {
    /// Where the catalog and your data are kept (default: the system's app
    /// data folder)
    #[arg(long, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Full screen, no window decorations, nothing personal kept; the
    /// session resets when idle; settings and exit need the PIN
    #[arg(long)]
    kiosk: bool,
    /// The desk's comune (ISTAT code), the fixed place of a kiosk (saved in
    /// the data folder)
    #[arg(long, value_name = "ISTAT")]
    kiosk_comune: Option<String>,
    /// A kiosk restarts after N seconds without use (default 90; saved in
    /// the data folder)
    #[arg(long, value_name = "N")]
    idle_seconds: Option<u64>,
    /// No window: print the address of the app and serve it on 127.0.0.1
    /// until stopped (the address carries a secret token)
    #[arg(long)]
    serve: bool,
    /// The port for --serve (default: any free port)
    #[arg(long, value_name = "N", requires = "serve")]
    port: Option<u16>,
    /// The same checks and load as the app's "Load an update from a folder
    /// or USB stick"; prints the feed's seq, or why nothing was changed
    /// (exit status 1)
    #[arg(long, value_name = "DIR", conflicts_with_all = ["serve", "kiosk"])]
    sideload: Option<PathBuf>,
    /// Set the kiosk's admin PIN, read from standard input (4-12 digits),
    /// and exit
    #[arg(long)]
    set_kiosk_pin: bool,
    /// Build a new catalog from the generated sample (tests, benchmarks,
    /// demos; every record is marked "Sample") instead of the official
    /// records; an existing catalog is opened as it is
    #[arg(long, conflicts_with = "sideload")]
    sample_catalog: bool,
}

/// The data folder, created and checked for writing before anything else,
/// so a bad one is reported plainly.
fn data_dir(given: Option<PathBuf>) -> anyhow::Result<PathBuf> {
    let dir = match given {
        Some(d) => d,
        None => integra_lib::default_data_dir()
            .context("the system has no app data folder for this user; pass --data-dir")?,
    };
    std::fs::create_dir_all(&dir)
        .with_context(|| format!("cannot create the data folder {}", dir.display()))?;
    let probe = dir.join(".integra-write-test");
    std::fs::write(&probe, b"")
        .with_context(|| format!("the data folder {} is not writable", dir.display()))?;
    // The folder is writable, which is what was asked; an empty probe
    // left behind is harmless and rewritten at the next start.
    let _ = std::fs::remove_file(&probe);
    Ok(dir)
}

fn catalog_choice(args: &Args) -> ui::CatalogChoice {
    if args.sample_catalog {
        ui::CatalogChoice::Sample
    } else {
        ui::CatalogChoice::Official
    }
}

fn serve(args: Args, data_dir: PathBuf) -> anyhow::Result<()> {
    let config = ui::AppConfig {
        data_dir,
        system_locales: integra_lib::system_locales(),
        kiosk: args.kiosk,
        catalog: catalog_choice(&args),
    };
    let state = ui::AppState::open(config).context("the app could not start")?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(async move {
        let handle = ui::serve(state, args.port.unwrap_or(0))
            .await
            .context("cannot serve the app")?;
        let mut out = std::io::stdout().lock();
        writeln!(out, "Integra is serving at {}", handle.url)?;
        out.flush()?;
        drop(out);
        // Serves until the process is stopped.
        std::future::pending::<()>().await;
        drop(handle);
        Ok(())
    })
}

/// Verifies and applies the feed in `feed_dir` to the catalog in
/// `data_dir`, as the app's settings button does (`sync::sideload`, the
/// app's built-in keys and its sync state folder).
fn sideload(feed_dir: &std::path::Path, data_dir: &std::path::Path) -> anyhow::Result<()> {
    let outcome = sync::sideload(
        feed_dir,
        &data_dir.join(ui::state::CATALOG_FILE),
        &sync::TrustedKeys::built_in(),
        Some(&data_dir.join(ui::state::SYNC_DIR)),
        &|_| {},
    )
    .with_context(|| {
        format!(
            "the feed in {} was not loaded; your data was not changed",
            feed_dir.display()
        )
    })?;
    let mut out = std::io::stdout().lock();
    if outcome.changed() {
        let route = match outcome.route {
            sync::Route::Delta => "a delta",
            sync::Route::SnapshotAfterDeltaFailed => "the snapshot (the delta failed its checks)",
            _ => "the snapshot",
        };
        let key = match outcome.signed_by {
            sync::KeyRole::Online => "online",
            sync::KeyRole::Backup => "backup",
        };
        writeln!(
            out,
            "Loaded feed seq {} from {route}: {} rows changed, signed with the {key} key",
            outcome.to, outcome.ops
        )?;
    } else {
        writeln!(out, "Already up to date at feed seq {}", outcome.to)?;
    }
    Ok(())
}

fn main() -> std::process::ExitCode {
    // Help, version and a wrong command line end here (clap's message,
    // status 2 for a wrong one).
    let args = Args::parse();
    tracing_init();
    match run(args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            #[allow(clippy::print_stderr, reason = "the binary reports why it stopped")]
            {
                eprintln!("integra: {}", message(&e));
            }
            std::process::ExitCode::FAILURE
        }
    }
}

/// The error and its causes on one line, each cause once: some errors
/// already print their source in their own message.
fn message(e: &anyhow::Error) -> String {
    let mut msg = e.to_string();
    for cause in e.chain().skip(1) {
        let cause = cause.to_string();
        if !msg.contains(&cause) {
            msg.push_str(": ");
            msg.push_str(&cause);
        }
    }
    msg
}

/// The log goes to standard error, warnings and errors only unless
/// `RUST_LOG` asks for more (e.g. `RUST_LOG=debug`, `RUST_LOG=sync=debug`).
fn tracing_init() {
    let filter = tracing_subscriber::EnvFilter::builder()
        .with_default_directive(tracing_subscriber::filter::LevelFilter::WARN.into())
        .from_env_lossy();
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colours on a terminal only: a log file gets plain text.
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}

fn run(args: Args) -> anyhow::Result<()> {
    let dir = data_dir(args.data_dir.clone())?;
    if let Some(feed) = &args.sideload {
        return sideload(feed, &dir);
    }
    let mut setup = ui::kiosk::KioskSetup {
        comune: args.kiosk_comune.clone(),
        idle_seconds: args.idle_seconds,
        pin: None,
    };
    if args.set_kiosk_pin {
        let mut line = String::new();
        std::io::stdin()
            .read_line(&mut line)
            .context("cannot read the PIN from standard input")?;
        setup.pin = Some(line.trim().to_string());
    }
    ui::kiosk::configure(&dir, &setup).context("the kiosk settings were not saved")?;
    if args.set_kiosk_pin {
        writeln!(std::io::stdout(), "The kiosk's admin PIN is set.")?;
        return Ok(());
    }
    if args.serve {
        return serve(args, dir);
    }
    integra_lib::run_window(integra_lib::WindowOptions {
        data_dir: Some(dir),
        system_locales: integra_lib::system_locales(),
        kiosk: args.kiosk,
        catalog: catalog_choice(&args),
        ready_file: std::env::var_os("INTEGRA_READY_FILE").map(PathBuf::from),
        bench_journey: std::env::var_os("INTEGRA_BENCH_JOURNEY").is_some(),
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::Args;

    fn args(v: &[&str]) -> Result<Args, clap::Error> {
        Args::try_parse_from(std::iter::once("integra").chain(v.iter().copied()))
    }

    #[test]
    fn the_parser_is_consistent() {
        Args::command().debug_assert();
    }

    #[test]
    fn command_lines() {
        let a = args(&["--serve", "--port", "8080", "--data-dir", "/x"]).unwrap();
        assert!(a.serve && !a.kiosk && a.port == Some(8080));
        assert_eq!(a.data_dir.unwrap().to_str(), Some("/x"));
        assert!(args(&["--kiosk"]).unwrap().kiosk);
        assert!(args(&["--port", "80"]).is_err());
        assert!(args(&["--port"]).is_err());
        assert!(args(&["--frobnicate"]).is_err());
        assert!(args(&["--serve", "--port", "x"]).is_err());
        let a = args(&["--sideload", "/media/usb/feed", "--data-dir", "/x"]).unwrap();
        assert_eq!(a.sideload.unwrap().to_str(), Some("/media/usb/feed"));
        assert!(args(&["--sideload"]).is_err());
        assert!(args(&["--sideload", "/f", "--serve"]).is_err());
        assert!(args(&["--sideload", "/f", "--kiosk"]).is_err());
        let k = args(&["--kiosk", "--kiosk-comune", "058091", "--idle-seconds", "5"]).unwrap();
        assert_eq!(k.kiosk_comune.as_deref(), Some("058091"));
        assert_eq!(k.idle_seconds, Some(5));
        assert!(args(&["--idle-seconds", "soon"]).is_err());
        assert!(args(&["--kiosk-comune"]).is_err());
        assert!(args(&["--set-kiosk-pin"]).unwrap().set_kiosk_pin);
    }
}
