//! `integra-portal`: keys, the editorial store, publishing, serving.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use catalog::hsds::Remedy;
use clap::{CommandFactory, Parser, Subcommand};
use feed::sign::{SigningKey, generate_keypair};
use portal::publish::{PublishOptions, StarterData, publish, refresh, starter, starter_data};
use portal::{Grant, PortalState, Role, ServerConfig};

/// Every command with its options; `integra-portal COMMAND --help`
/// explains each option.
const USAGE: &str = "\
integra-portal keygen --out DIR [--name NAME]
       integra-portal import --store DIR|URL (--sample | --hsds PATH [--default-area AREA]
                             [--area-for SERVICE_ID=AREA]... [--default-updated-at RFC3339])
       integra-portal import --hsds PATH --dry-run [--default-area AREA] [--area-for ...]
       integra-portal publish --store DIR|URL --feed DIR --key FILE [--refresh] [--validity-days N]
                             [--confirm-removals] [--max-removed-percent P]
       integra-portal serve --store DIR|URL --feed DIR [--listen ADDR] [--behind-https]
                            [--base-url URL] [--key FILE] [--trusted-proxy IP]...
                            [--submissions-per-minute N] [--connections N]
       integra-portal token --store DIR|URL --role editor|moderator|admin [--territory ISTAT]
                            --label TEXT
       integra-portal user add --store DIR|URL --email ADDRESS --role editor|moderator|admin
                               [--territory ISTAT] [--base-url URL]
       integra-portal starter --out DIR --key FILE [--official DIR | --sample]";

/// integra-portal — publish and serve Integra's signed catalog feed
#[derive(Debug, Parser)]
#[command(
    name = "integra-portal",
    version,
    override_usage = USAGE,
    after_help = "Environment:\n  RUST_LOG  what the log on standard error shows (default: warn; e.g.\n            RUST_LOG=portal=debug); it never holds tokens, keys or submissions"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// New minisign key pair: DIR/NAME.key (secret) and DIR/NAME.pub
    Keygen {
        /// The folder for the two key files
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The key pair's name
        #[arg(long, value_name = "NAME", default_value = "feed")]
        name: String,
    },
    /// Add records to the editorial store (HSDS 3.0 JSON file or package
    /// folder, or the sample catalog)
    Import {
        /// The editorial store: a folder (SQLite), or postgres://…
        #[arg(long, value_name = "DIR|URL", required_unless_present = "dry_run")]
        store: Option<String>,
        /// Add the generated sample catalog
        #[arg(long, required_unless_present = "hsds", conflicts_with = "hsds")]
        sample: bool,
        /// An HSDS 3.0 JSON file, or a package folder
        #[arg(long, value_name = "PATH")]
        hsds: Option<PathBuf>,
        /// The area (an id of Integra's seven; a wrong one is answered with
        /// the list) of HSDS services that name none of them
        #[arg(long, value_name = "AREA", requires = "hsds")]
        default_area: Option<String>,
        /// The area of one HSDS service (its id in the file), whatever the
        /// file says; again for each service
        #[arg(long, value_name = "SERVICE_ID=AREA", requires = "hsds",
              value_parser = area_for)]
        area_for: Vec<(String, String)>,
        /// The updated_at of HSDS records that carry none
        #[arg(long, value_name = "RFC3339", requires = "hsds")]
        default_updated_at: Option<String>,
        /// Only report what the import would do: the records, the warnings,
        /// every row that cannot be imported and the services that need an
        /// area; writes nothing, and exits with 0 only if the file can be
        /// imported as it is
        #[arg(long, requires = "hsds", conflicts_with = "sample")]
        dry_run: bool,
    },
    /// Write the next seq of the feed (or, with --refresh, re-sign the
    /// current manifest with a new expiry)
    Publish {
        /// The editorial store: a folder (SQLite), or postgres://…
        #[arg(long, value_name = "DIR|URL")]
        store: String,
        /// The feed folder to write
        #[arg(long, value_name = "DIR")]
        feed: PathBuf,
        /// The secret key to sign with
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// Only re-sign the current manifest with a new expiry
        #[arg(long)]
        refresh: bool,
        /// How long the manifest stays valid, in days
        #[arg(long, value_name = "N", default_value_t = 14)]
        validity_days: i64,
        /// Publish even if it removes every record, or more than
        /// --max-removed-percent of the last publication's (an admin's
        /// decision: every device that syncs follows it)
        #[arg(long, conflicts_with = "refresh")]
        confirm_removals: bool,
        /// The share of the last publication's records a publication may
        /// remove without --confirm-removals
        #[arg(long, value_name = "PERCENT", default_value_t = 10.0,
              value_parser = percent)]
        max_removed_percent: f64,
    },
    /// Serve the feed, submissions and the editors' API
    Serve {
        /// The editorial store: a folder (SQLite), or postgres://…
        #[arg(long, value_name = "DIR|URL")]
        store: String,
        /// The feed folder to serve
        #[arg(long, value_name = "DIR")]
        feed: PathBuf,
        /// The address to listen on
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
        listen: String,
        /// The console is reached over HTTPS (a proxy in front ends TLS):
        /// its cookies are marked Secure
        #[arg(long)]
        behind_https: bool,
        /// The secret key admins publish with from the console (without
        /// it, publishing is done with `integra-portal publish`)
        #[arg(long, value_name = "FILE")]
        key: Option<PathBuf>,
        /// Where people reach the portal (https://portale.example), for
        /// the address under the public sign-up page's QR code; without it,
        /// the address the request was sent to
        #[arg(long, value_name = "URL", value_parser = portal::server::public_base_url)]
        base_url: Option<String>,
        /// The address of a reverse proxy in front of the portal (nginx),
        /// whose X-Forwarded-For the rate limits believe; repeatable
        #[arg(long = "trusted-proxy", value_name = "IP")]
        trusted_proxies: Vec<std::net::IpAddr>,
        /// Submissions one client address may send per minute (as a burst,
        /// refilled over the minute); each instance counts its own
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
        submissions_per_minute: Option<u32>,
        /// Connections to a PostgreSQL store that requests share (the
        /// embedded store is one process's: it has one)
        #[arg(long, value_name = "N", default_value_t = 8,
              value_parser = clap::value_parser!(u16).range(1..=256))]
        connections: u16,
    },
    /// Console accounts
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Create a bearer token (printed once; only its hash is stored)
    Token {
        /// The editorial store: a folder (SQLite), or postgres://…
        #[arg(long, value_name = "DIR|URL")]
        store: String,
        /// What the token may do: editor, moderator or admin
        #[arg(long, value_name = "ROLE", value_parser = role)]
        role: Role,
        /// The ISTAT region, province or comune the token is limited to
        #[arg(long, value_name = "ISTAT", value_parser = territory)]
        territory: Option<String>,
        /// Who or what the token is for
        #[arg(long, value_name = "TEXT")]
        label: String,
    },
    /// Regenerate the bundled starter feed (the official records, seq 1;
    /// deterministic)
    Starter {
        /// The feed folder to write
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// The secret key to sign with
        #[arg(long, value_name = "FILE")]
        key: PathBuf,
        /// The derived official files
        #[arg(long, value_name = "DIR", default_value = "assets/data/official")]
        official: PathBuf,
        /// The generated sample catalog instead (tests, demos)
        #[arg(long)]
        sample: bool,
    },
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Add an account and print a one-time link (72 hours) to set its
    /// password
    Add {
        /// The editorial store: a folder (SQLite), or postgres://…
        #[arg(long, value_name = "DIR|URL")]
        store: String,
        /// The person's e-mail address (their login)
        #[arg(long, value_name = "ADDRESS")]
        email: String,
        /// What the account may do: editor, moderator or admin
        #[arg(long, value_name = "ROLE", value_parser = role)]
        role: Role,
        /// The ISTAT region, province or comune the account is limited to
        #[arg(long, value_name = "ISTAT", value_parser = territory)]
        territory: Option<String>,
        /// Where the console is reached, for the printed link
        #[arg(long, value_name = "URL", default_value = "http://127.0.0.1:8080")]
        base_url: String,
    },
}

fn role(v: &str) -> Result<Role, String> {
    Role::parse(v).ok_or_else(|| "editor|moderator|admin".into())
}

fn territory(v: &str) -> Result<String, String> {
    match catalog::Territory::from_code(v) {
        Some(_) => Ok(v.to_string()),
        None => Err(format!(
            "{v:?} is not an ISTAT region, province or comune code"
        )),
    }
}

/// `SERVICE_ID=AREA`.
fn area_for(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((service, area)) if !service.trim().is_empty() && !area.trim().is_empty() => {
            Ok((service.trim().to_string(), area.trim().to_string()))
        }
        _ => Err(format!("{s:?} is not SERVICE_ID=AREA")),
    }
}

/// A percentage from 0 to 100.
fn percent(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(p) if (0.0..=100.0).contains(&p) => Ok(p),
        _ => Err(format!("{s:?} is not a percentage from 0 to 100")),
    }
}

fn main() {
    let cli = Cli::parse();
    tracing_init();
    if let Err(e) = run(cli) {
        eprintln!("integra-portal: {e}");
        for cause in e.chain().skip(1) {
            eprintln!("  caused by: {cause}");
        }
        std::process::exit(1);
    }
}

/// The log goes to standard error, warnings and errors only unless
/// `RUST_LOG` asks for more (e.g. `RUST_LOG=portal=debug`).
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

fn run(cli: Cli) -> Result<()> {
    let Some(command) = cli.command else {
        Cli::command().print_help()?;
        return Ok(());
    };
    match command {
        Command::Keygen { out, name } => keygen(&out, &name),
        Command::Import {
            store,
            sample,
            hsds,
            default_area,
            area_for,
            default_updated_at,
            dry_run,
        } => {
            let opts = catalog::hsds::ImportOptions {
                default_area,
                area_by_service: area_for.into_iter().collect(),
                default_updated_at,
                ..Default::default()
            };
            match (hsds, dry_run) {
                (Some(path), true) => import_dry_run(&path, &opts),
                (hsds, _) => import(
                    store.as_deref().context("--store DIR|URL")?,
                    sample,
                    hsds.as_deref(),
                    &opts,
                ),
            }
        }
        Command::Publish {
            store: store_dir,
            feed,
            key,
            refresh: refresh_only,
            validity_days,
            confirm_removals,
            max_removed_percent,
        } => {
            let key = SigningKey::from_file(&key)?;
            let opts = PublishOptions {
                validity: chrono::Duration::days(validity_days),
                confirm_removals,
                max_removed_share: max_removed_percent / 100.0,
                ..PublishOptions::default()
            };
            if refresh_only {
                let m = refresh(&feed, &key, opts)?;
                println!("re-signed seq {} (expires {})", m.seq, m.expires);
                return Ok(());
            }
            let mut store = portal::store::open(&store_dir)?;
            let r = publish(store.as_mut(), &feed, &key, opts)?;
            println!(
                "published seq {} ({} rows, snapshot {} bytes{}, {} deltas, {} old files removed)",
                r.manifest.seq,
                r.manifest.rows,
                r.manifest.snapshot.size,
                if r.snapshot_reused { ", unchanged" } else { "" },
                r.manifest.deltas.len(),
                r.pruned
            );
            Ok(())
        }
        Command::Serve {
            store: store_dir,
            feed,
            listen,
            behind_https,
            key,
            base_url,
            trusted_proxies,
            submissions_per_minute,
            connections,
        } => {
            let stores = portal::store::open_pool(&store_dir, usize::from(connections))?;
            let publish_key = match key {
                Some(k) => Some(std::sync::Arc::new(SigningKey::from_file(&k)?)),
                None => None,
            };
            let mut cfg = ServerConfig {
                secure_cookies: behind_https,
                publish_key,
                public_base_url: base_url,
                trusted_proxies,
                ..ServerConfig::new(feed)
            };
            if let Some(n) = submissions_per_minute {
                cfg.submissions_rate = portal::RateLimit {
                    burst: n,
                    per: std::time::Duration::from_secs(60),
                };
            }
            // Store calls are synchronous and block the worker that makes
            // them: a worker per connection keeps every connection usable
            // and the rest of the instance answering.
            let cores = std::thread::available_parallelism().map_or(2, usize::from);
            let workers = cores.max(stores.len() + 1);
            let state = PortalState::with_stores(stores, cfg);
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(workers)
                .enable_all()
                .build()?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(&listen)
                    .await
                    .with_context(|| format!("listening on {listen}"))?;
                println!("serving on http://{}", listener.local_addr()?);
                portal::serve(listener, state).await?;
                Ok(())
            })
        }
        Command::Token {
            store: store_dir,
            role,
            territory,
            label,
        } => {
            let mut store = portal::store::open(&store_dir)?;
            let token = portal::new_token();
            store.add_token(
                &portal::token_sha256(&token),
                &Grant {
                    label,
                    role,
                    territory,
                },
            )?;
            println!("{token}");
            Ok(())
        }
        Command::User {
            command:
                UserCommand::Add {
                    store: store_dir,
                    email,
                    role,
                    territory,
                    base_url,
                },
        } => {
            let email = portal::accounts::normalize_email(&email)
                .ok_or_else(|| anyhow!("{email:?} is not an e-mail address"))?;
            if role == Role::Admin && territory.is_some() {
                bail!("an admin manages every account: give an admin no --territory");
            }
            let mut store = portal::store::open(&store_dir)?;
            let now = chrono::Utc::now();
            let path = portal::console::invite_account(
                store.as_mut(),
                &email,
                role,
                territory.as_deref(),
                now.timestamp(),
                &now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            )?
            .ok_or_else(|| anyhow!("{email} has an account already"))?;
            store.add_audit(&portal::accounts::AuditEntry {
                at: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                actor: "integra-portal".into(),
                action: portal::accounts::AuditAction::AccountCreated,
                detail: format!(
                    "{email} {} {}",
                    role.as_str(),
                    territory.as_deref().unwrap_or("IT")
                ),
            })?;
            println!("{}{path}", base_url.trim_end_matches('/'));
            Ok(())
        }
        Command::Starter {
            out,
            key,
            official,
            sample,
        } => {
            let key = SigningKey::from_file(&key)?;
            let which = if sample {
                StarterData::Sample
            } else {
                StarterData::Official
            };
            let m = starter(&out, &key, &starter_data(which, &official)?)?;
            println!(
                "starter feed: seq {}, {} rows, snapshot {} bytes",
                m.seq, m.rows, m.snapshot.size
            );
            Ok(())
        }
    }
}

fn keygen(out: &Path, name: &str) -> Result<()> {
    std::fs::create_dir_all(out)?;
    let secret_path = out.join(format!("{name}.key"));
    let public_path = out.join(format!("{name}.pub"));
    if secret_path.exists() || public_path.exists() {
        bail!(
            "{} or {} exists; not overwriting a key",
            secret_path.display(),
            public_path.display()
        );
    }
    let (secret, public) = generate_keypair(&format!("integra feed key {name}"))?;
    std::fs::write(&secret_path, secret)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&secret_path, std::fs::Permissions::from_mode(0o600))?;
    }
    std::fs::write(&public_path, public)?;
    println!(
        "secret key: {}\npublic key: {}",
        secret_path.display(),
        public_path.display()
    );
    Ok(())
}

fn import(
    store_dir: &str,
    sample: bool,
    hsds: Option<&Path>,
    opts: &catalog::hsds::ImportOptions,
) -> Result<()> {
    let data = if sample {
        catalog::sample::generate(catalog::sample::SampleOptions::default())
    } else {
        let path = hsds.ok_or_else(|| anyhow!("--sample or --hsds PATH"))?;
        let imported = read_hsds(
            path,
            |name, bytes| catalog::hsds::import_json(name, bytes, opts),
            |package| catalog::hsds::import_package(package, opts),
        )
        .map_err(|e| {
            // The rows a choice fixes get this command line's options.
            let hints = e
                .downcast_ref()
                .map(|e| hints(&remedies(e)))
                .unwrap_or_default();
            if hints.is_empty() {
                e
            } else {
                anyhow!("{e}{hints}")
            }
        })?;
        for w in &imported.warnings {
            eprintln!("warning: {w}");
        }
        imported.data
    };
    let mut store = portal::store::open(store_dir)?;
    let changes = portal::history::save(store.as_mut(), "integra-portal import", &data)?;
    println!(
        "imported {} records ({} new or changed)",
        data.len(),
        changes.len()
    );
    Ok(())
}

/// Reads an HSDS file (JSON) or package folder with `json` or `package`.
fn read_hsds<T>(
    path: &Path,
    json: impl FnOnce(&str, &[u8]) -> Result<T, catalog::hsds::HsdsError>,
    package: impl FnOnce(&catalog::hsds::Package) -> Result<T, catalog::hsds::HsdsError>,
) -> Result<T> {
    Ok(if path.is_dir() {
        package(&catalog::hsds::read_package_dir(path)?)?
    } else {
        let bytes = std::fs::read(path).with_context(|| path.display().to_string())?;
        json(&path.display().to_string(), &bytes)?
    })
}

/// `import --dry-run`: the report on standard output; an error (exit
/// code 1) when the file cannot be imported as it is.
fn import_dry_run(path: &Path, opts: &catalog::hsds::ImportOptions) -> Result<()> {
    let report = read_hsds(
        path,
        |name, bytes| catalog::hsds::dry_run_json(name, bytes, opts),
        |package| catalog::hsds::dry_run_package(package, opts),
    )?;
    print!("{}", dry_run_text(&report));
    if !report.importable() {
        bail!(
            "{} cannot be imported as it is: {} bad row(s), {} service(s) without an area",
            path.display(),
            report.bad_rows.len(),
            report.needs_area.len()
        );
    }
    Ok(())
}

/// The dry run's report as the command line prints it.
fn dry_run_text(report: &catalog::hsds::DryRun) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let records: Vec<String> = report
        .records
        .iter()
        .map(|(kind, n)| format!("{n} {}(s)", kind.table()))
        .collect();
    let records = if records.is_empty() {
        "nothing".to_string()
    } else {
        records.join(", ")
    };
    let _ = writeln!(out, "would import: {records}");
    for w in &report.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    for b in &report.bad_rows {
        let _ = writeln!(out, "bad row: {b}");
    }
    for s in &report.needs_area {
        let terms: Vec<String> = s.terms.iter().map(ToString::to_string).collect();
        let terms = if terms.is_empty() {
            String::new()
        } else {
            format!(" (its terms: {})", terms.join("; "))
        };
        let _ = writeln!(
            out,
            "needs an area: service {:?} {:?} at {}{terms}",
            s.id, s.name, s.at
        );
    }
    let mut remedies: Vec<Remedy> = report.bad_rows.iter().filter_map(|b| b.remedy).collect();
    if !report.needs_area.is_empty() {
        remedies.push(Remedy::ChooseArea);
    }
    let hints = hints(&remedies);
    if !hints.is_empty() {
        let _ = writeln!(out, "{}", hints.trim_start());
    }
    let verdict = if report.importable() {
        "importable: yes"
    } else {
        "importable: no (nothing would be written)"
    };
    let _ = writeln!(out, "{verdict}");
    out
}

/// The choices that would fix an import error's rows.
fn remedies(e: &catalog::hsds::HsdsError) -> Vec<Remedy> {
    use catalog::hsds::HsdsError;
    match e {
        HsdsError::Field(row) => row.remedy.into_iter().collect(),
        HsdsError::Rows(rows) => rows.iter().filter_map(|r| r.remedy).collect(),
        _ => Vec::new(),
    }
}

/// This command line's options for the choices an editor can make (the
/// library's messages say what to choose, not how).
fn hints(remedies: &[Remedy]) -> String {
    let mut out = String::new();
    if remedies.contains(&Remedy::ChooseArea) {
        out.push_str(
            "\nhint: choose the areas with --area-for SERVICE_ID=AREA (one service) or \
             --default-area AREA (every service that names none)",
        );
    }
    if remedies.contains(&Remedy::ChooseUpdatedAt) {
        out.push_str(
            "\nhint: choose the date of the records that carry none with \
             --default-updated-at RFC3339 (e.g. the time of the import)",
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_parser_is_consistent() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn areas_are_chosen_per_service_as_id_equals_area() {
        assert_eq!(
            super::area_for("5f0c8a52=work").unwrap(),
            ("5f0c8a52".to_string(), "work".to_string())
        );
        assert!(super::area_for("work").is_err());
        assert!(super::area_for("=work").is_err());
    }

    /// The command line names its own options for what the library asks
    /// an editor to choose; the library's messages name none.
    #[test]
    fn hints_name_this_command_lines_options() {
        use catalog::hsds::Remedy;
        let both = super::hints(&[Remedy::ChooseUpdatedAt, Remedy::ChooseArea]);
        assert!(both.contains("--area-for SERVICE_ID=AREA"), "{both}");
        assert!(both.contains("--default-area"), "{both}");
        assert!(both.contains("--default-updated-at"), "{both}");
        assert_eq!(super::hints(&[]), "");
    }
}
