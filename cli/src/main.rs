//! `integra-cli`: the catalog from a terminal, until (and beside) the app.
//!
//! ```text
//! integra-cli search "corso di italiano" --near Prato --radius 20 --open-now
//! integra-cli comune forli
//! integra-cli show service sample-svc-0000042 --lang ar
//! ```
//! An empty catalog is never filled silently: `integra-cli rebuild --official
//! DIR` loads the records derived from official open data, `rebuild
//! --sample` the generated sample (tests, demos). Every search says which
//! of the two it searched.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use catalog::official::{OfficialOptions, OfficialTexts};
use catalog::sample::{SampleOptions, generate};
use catalog::{
    Catalog, Filters, Gazetteer, ImportOptions, Lang, Near, Precision, Query, RecordKind, Sort,
    Territory,
};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};

/// Every command with its options; `integra-cli COMMAND --help` explains
/// each option.
const USAGE: &str = "\
integra-cli search [TEXT] [--near COMUNE | --at LAT,LON] [--radius KM] [--open-now]
                          [--lang CODE] [--area ID]... [--target ID]... [--speaks CODE]...
                          [--territory ISTAT] [--free] [--no-docs] [--kind KIND]...
                          [--sort relevance|distance] [--limit N] [--page N] [--json]
       integra-cli comune NAME
       integra-cli show KIND ID [--lang CODE]
       integra-cli rebuild (--official DIR | --sample)
       (every command takes --db FILE)";

/// Search Integra's catalog (services, associations, courses, reports,
/// news) from a terminal. `rebuild` fills the local catalog: with the
/// official records or, for tests and demos, the generated sample.
#[derive(Debug, Parser)]
#[command(name = "integra-cli", version, override_usage = USAGE)]
struct Cli {
    /// The catalog file (default: catalog.sqlite in the user's data
    /// directory; fill it with `rebuild`)
    #[arg(long, value_name = "FILE", global = true)]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Search the catalog: words, a place, filters
    Search(SearchArgs),
    /// Find comuni by name, in any spelling (ISTAT code, province, region,
    /// coordinates)
    Comune {
        /// The comune's name (several words are one name)
        #[arg(required = true, value_name = "NAME")]
        name: Vec<String>,
    },
    /// Print one record whole
    Show {
        /// service, association, learning_resource, report_summary,
        /// news_item or cultural_experience
        #[arg(value_name = "KIND")]
        kind: String,
        /// The record's id
        #[arg(value_name = "ID")]
        id: String,
        /// Accepted for the command lines of earlier versions: the record is
        /// printed with every translation it has
        #[arg(long, value_name = "CODE")]
        lang: Option<String>,
    },
    /// Delete the local catalog and build it again
    Rebuild {
        /// From the derived official files (the repository's
        /// assets/data/official)
        #[arg(
            long,
            value_name = "DIR",
            required_unless_present = "sample",
            conflicts_with = "sample"
        )]
        official: Option<PathBuf>,
        /// From the generated sample catalog (tests, demos: not real
        /// services)
        #[arg(long)]
        sample: bool,
    },
}

#[derive(Debug, clap::Args)]
struct SearchArgs {
    /// The words to look for, in any of the 11 languages (none: everything
    /// that passes the filters)
    #[arg(value_name = "TEXT")]
    text: Vec<String>,
    /// Search around this comune (any spelling)
    #[arg(long, value_name = "COMUNE", conflicts_with = "at")]
    near: Option<String>,
    /// Search around this point
    #[arg(long, value_name = "LAT,LON", value_parser = lat_lon)]
    at: Option<(f64, f64)>,
    /// The radius around --near or --at, in kilometres (default 25)
    #[arg(long, value_name = "KM")]
    radius: Option<f64>,
    /// Only what is open now
    #[arg(long)]
    open_now: bool,
    /// The language of the query and of the results' texts (default it):
    /// it en fr es sq ar zh pa ru tl uk
    #[arg(long, value_name = "CODE", value_parser = lang)]
    lang: Option<Lang>,
    /// Only this area of the portal (repeatable)
    #[arg(long, value_name = "ID")]
    area: Vec<String>,
    /// Only for this target group (repeatable)
    #[arg(long, value_name = "ID")]
    target: Vec<String>,
    /// Only where this language is spoken (repeatable)
    #[arg(long, value_name = "CODE")]
    speaks: Vec<String>,
    /// Only inside this region, province or comune (ISTAT code)
    #[arg(long, value_name = "ISTAT", value_parser = territory)]
    territory: Option<Territory>,
    /// Only free services
    #[arg(long)]
    free: bool,
    /// Only services that need no documents
    #[arg(long)]
    no_docs: bool,
    /// Only this kind of record (repeatable): service, association,
    /// learning_resource, report_summary, news_item, cultural_experience
    #[arg(long, value_name = "KIND", value_parser = kind)]
    kind: Vec<RecordKind>,
    /// The order of the results
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    sort: SortArg,
    /// Results per page
    #[arg(long, value_name = "N", default_value_t = Query::default().limit)]
    limit: usize,
    /// The page to show, from 1
    #[arg(long, value_name = "N", default_value_t = 1)]
    page: usize,
    /// Print the results as JSON
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum SortArg {
    Relevance,
    Distance,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => clearer(e).exit(),
    };
    tracing_init();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("integra-cli: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The log goes to standard error, warnings and errors only unless
/// `RUST_LOG` asks for more (e.g. `RUST_LOG=catalog=debug`).
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

/// Two of clap's errors in the words this tool always used: a flag
/// without its value, and a command it does not know.
fn clearer(e: clap::Error) -> clap::Error {
    let message = match e.kind() {
        ErrorKind::InvalidValue => match (
            e.get(ContextKind::InvalidArg),
            e.get(ContextKind::InvalidValue),
        ) {
            (Some(ContextValue::String(arg)), Some(ContextValue::String(v))) if v.is_empty() => {
                let flag = arg.split_whitespace().next().unwrap_or(arg);
                format!("{flag} needs a value")
            }
            _ => return e,
        },
        ErrorKind::InvalidSubcommand => match e.get(ContextKind::InvalidSubcommand) {
            Some(ContextValue::String(name)) => {
                format!("unknown command {name:?} (search, comune, show, rebuild)")
            }
            _ => return e,
        },
        _ => return e,
    };
    clap::Error::raw(e.kind(), message).format(&mut Cli::command())
}

fn lat_lon(v: &str) -> Result<(f64, f64), String> {
    let (lat, lon) = v.split_once(',').ok_or("--at wants LAT,LON")?;
    let number = |s: &str| {
        s.trim()
            .parse::<f64>()
            .map_err(|_| format!("--at: {s:?} is not a number"))
    };
    Ok((number(lat)?, number(lon)?))
}

fn lang(v: &str) -> Result<Lang, String> {
    Lang::from_code(v).ok_or_else(|| "one of it en fr es sq ar zh pa ru tl uk".into())
}

fn territory(v: &str) -> Result<Territory, String> {
    Territory::from_code(v).ok_or_else(|| "an ISTAT region, province or comune code".into())
}

fn default_db() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("it", "integrazionemigranti", "Integra")
        .context("no home directory to keep the catalog in; pass --db FILE")?;
    Ok(dirs.data_dir().join("catalog.sqlite"))
}

/// Opens the catalog; an empty one is an error that says how to fill it
/// (never silently filled with generated records).
fn open(db: &PathBuf) -> Result<Catalog> {
    if let Some(dir) = db.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let catalog = Catalog::open(db).with_context(|| format!("opening {}", db.display()))?;
    if catalog.counts()?.services == 0 {
        anyhow::bail!(
            "the catalog {} is empty. Fill it with the official records \
             (integra-cli rebuild --official assets/data/official, from the repository) \
             or, for tests and demos, the generated sample (integra-cli rebuild --sample)",
            db.display()
        );
    }
    Ok(catalog)
}

/// Deletes the catalog and builds it from `official` or the sample.
fn rebuild(db: &PathBuf, official: Option<&PathBuf>) -> Result<()> {
    if db.exists() {
        std::fs::remove_file(db).with_context(|| format!("removing {}", db.display()))?;
    }
    if let Some(dir) = db.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let started = Instant::now();
    let (data, what) = match official {
        Some(dir) => {
            let texts = OfficialTexts::read_dir(dir)
                .with_context(|| format!("reading the official files in {}", dir.display()))?;
            let off = catalog::official::build(&texts.texts(), OfficialOptions::default())?;
            (off.data, "official open data")
        }
        None => (
            generate(SampleOptions::default()),
            "the generated sample (not real services)",
        ),
    };
    let mut catalog = Catalog::open(db).with_context(|| format!("opening {}", db.display()))?;
    catalog.replace_all(&data, ImportOptions::default())?;
    if official.is_none() {
        catalog.set_meta("source", "sample")?;
    }
    eprintln!(
        "integra-cli: {} records from {what} in {:.1} s ({})",
        data.len(),
        started.elapsed().as_secs_f64(),
        db.display()
    );
    Ok(())
}

/// What a search searched, said after its results.
fn data_label(catalog: &Catalog) -> Result<String> {
    let p = catalog.provenance()?;
    let publishers: Vec<&str> = p
        .sources
        .iter()
        .filter_map(|k| catalog::provenance::source(k))
        .map(|s| s.publisher)
        .fold(Vec::new(), |mut v, name| {
            if !v.contains(&name) {
                v.push(name);
            }
            v
        });
    Ok(match (p.sample, publishers.is_empty()) {
        (true, true) => "sample data, not official".into(),
        (true, false) => format!(
            "official open data ({}) and sample data",
            publishers.join(", ")
        ),
        (false, false) => format!("official open data: {}", publishers.join(", ")),
        (false, true) => "the portal's records".into(),
    })
}

fn run(cli: Cli) -> Result<()> {
    let Some(command) = cli.command else {
        Cli::command().print_help()?;
        return Ok(());
    };
    let db = match cli.db {
        Some(d) => d,
        None => default_db()?,
    };
    match command {
        Command::Search(args) => search(&open(&db)?, args),
        Command::Comune { name } => {
            for m in Gazetteer::bundled().find(&name.join(" "), 10) {
                let c = m.comune;
                println!(
                    "{}  {}  {}, {}  ({:.4}, {:.4})",
                    c.istat,
                    c.label(),
                    c.province_name,
                    c.region_name,
                    c.latitude,
                    c.longitude
                );
            }
            Ok(())
        }
        Command::Show { kind: k, id, .. } => show(&open(&db)?, &k, &id),
        Command::Rebuild { official, sample } => {
            debug_assert!(sample != official.is_some(), "clap requires exactly one");
            rebuild(&db, official.as_ref())
        }
    }
}

fn place(name: &str) -> Result<(f64, f64)> {
    let m = Gazetteer::bundled().find(name, 1);
    let c = m
        .first()
        .with_context(|| format!("no comune called {name:?}"))?
        .comune;
    Ok((c.latitude, c.longitude))
}

fn kind(s: &str) -> Result<RecordKind, String> {
    RecordKind::ALL
        .into_iter()
        .find(|k| k.as_str() == s)
        .ok_or_else(|| {
            let all: Vec<&str> = RecordKind::ALL.iter().map(|k| k.as_str()).collect();
            format!("unknown kind {s:?} ({})", all.join(", "))
        })
}

fn search(catalog: &Catalog, args: SearchArgs) -> Result<()> {
    let mut q = Query {
        now: Some(chrono::Utc::now()),
        lang: args.lang.unwrap_or(Lang::It),
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Distance => Sort::Distance,
        },
        limit: args.limit,
        ..Query::default()
    };
    let filters = Filters {
        open_at: args.open_now.then(chrono::Utc::now),
        areas: args.area,
        target_groups: args.target,
        languages: args.speaks,
        territory: args.territory,
        free_only: args.free,
        no_documents: args.no_docs,
        kinds: args.kind,
        ..Filters::default()
    };
    let point = match (&args.near, args.at) {
        (Some(name), _) => Some(place(name)?),
        (None, at) => at,
    };
    let radius = args.radius;
    let json = args.json;
    let page = args.page.max(1);
    let text = args.text;
    q.text = text.join(" ");
    q.near = point.map(|(latitude, longitude)| Near {
        latitude,
        longitude,
        radius_km: radius.or(Some(25.0)),
    });
    q.filters = filters;
    q.offset = (page - 1) * q.limit;
    let started = Instant::now();
    let results = catalog.search(&q)?;
    let took = started.elapsed();
    if json {
        println!("{}", serde_json::to_string_pretty(&results)?);
        return Ok(());
    }
    println!(
        "{} results ({:?}, {:.1} ms) — {}",
        results.total,
        results.plan,
        took.as_secs_f64() * 1000.0,
        data_label(catalog)?
    );
    // A distance no more precise than the point it was measured to.
    let ids: Vec<&str> = results
        .hits
        .iter()
        .filter(|h| h.kind == RecordKind::Service)
        .map(|h| h.id.as_str())
        .collect();
    let services = catalog.services(&ids)?;
    let precision = |id: &str| {
        let s = ids
            .iter()
            .position(|i| *i == id)
            .and_then(|i| services[i].as_ref())?;
        Some(s.precision_near(point))
    };
    for h in &results.hits {
        let distance = match (h.distance_km, precision(&h.id)) {
            (None, _) => String::new(),
            (Some(_), Some(Precision::Comune)) => "(at the comune's centre)".into(),
            (Some(d), Some(Precision::Postcode)) => format!("about {:.0} km", d.round().max(1.0)),
            (Some(d), _) => format!("{d:.1} km"),
        };
        let open = h.open_state.map(|s| format!("{s:?}")).unwrap_or_default();
        let fallback = if h.italian_fallback { " [it]" } else { "" };
        println!(
            "- {}{fallback}  {}  {distance}  {open}",
            h.title,
            h.comune.clone().unwrap_or_default()
        );
        println!("    {} {}", h.kind.as_str(), h.id);
    }
    if results.total == 0 {
        println!(
            "Nothing found: widen the radius (--radius), drop a filter, or call the free helpline 803.001."
        );
    }
    Ok(())
}

fn show(catalog: &Catalog, k: &str, id: &str) -> Result<()> {
    let kind = kind(k).map_err(anyhow::Error::msg)?;
    let record = catalog
        .record(kind, id)?
        .with_context(|| format!("no {k} {id}"))?;
    println!("{record:#?}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_parser_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
