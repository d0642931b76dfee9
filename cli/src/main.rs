//! `integra-cli`: the catalog from a terminal, until (and beside) the app.
//!
//! ```text
//! integra-cli search "corso di italiano" --near Prato --radius 20 --open-now
//! integra-cli comune forli
//! integra-cli show service sample-svc-0000042 --lang ar
//! ```
//! On first use it builds the local catalog from the bundled sample data.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use catalog::sample::{SampleOptions, generate};
use catalog::{
    Catalog, Filters, Gazetteer, ImportOptions, Lang, Near, Query, RecordKind, Sort, Territory,
};

const USAGE: &str = "usage:
  integra-cli search [TEXT] [--near COMUNE | --at LAT,LON] [--radius KM] [--open-now]
                     [--lang CODE] [--area ID]... [--target ID]... [--speaks CODE]...
                     [--territory ISTAT] [--free] [--no-docs] [--kind KIND]...
                     [--sort relevance|distance] [--limit N] [--page N] [--json]
  integra-cli comune NAME
  integra-cli show KIND ID [--lang CODE]
  integra-cli rebuild
options for every command: --db FILE (default: the user's data directory)";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("integra-cli: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn default_db() -> Result<PathBuf> {
    let dirs = directories::ProjectDirs::from("it", "integrazionemigranti", "Integra")
        .context("no home directory to keep the catalog in; pass --db FILE")?;
    Ok(dirs.data_dir().join("catalog.sqlite"))
}

/// Opens the catalog, building it from the sample data when it is empty.
fn open(db: &PathBuf) -> Result<Catalog> {
    if let Some(dir) = db.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let mut catalog = Catalog::open(db).with_context(|| format!("opening {}", db.display()))?;
    if catalog.counts()?.services == 0 {
        let started = Instant::now();
        eprintln!("integra-cli: building the local catalog from the bundled sample data…");
        catalog.replace_all(
            &generate(SampleOptions::default()),
            ImportOptions::default(),
        )?;
        catalog.set_meta("source", "sample")?;
        eprintln!(
            "integra-cli: done in {:.1} s ({})",
            started.elapsed().as_secs_f64(),
            db.display()
        );
    }
    Ok(catalog)
}

fn run(args: Vec<String>) -> Result<()> {
    let mut args = args.into_iter().peekable();
    let command = args.next().unwrap_or_default();
    let mut rest: Vec<String> = Vec::new();
    let mut db = None;
    while let Some(a) = args.next() {
        if a == "--db" {
            db = Some(PathBuf::from(args.next().context("--db needs a file")?));
        } else {
            rest.push(a);
        }
    }
    let db = match db {
        Some(d) => d,
        None => default_db()?,
    };
    match command.as_str() {
        "search" => search(&open(&db)?, rest),
        "comune" => {
            for m in Gazetteer::bundled().find(&rest.join(" "), 10) {
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
        "show" => show(&open(&db)?, rest),
        "rebuild" => {
            if db.exists() {
                std::fs::remove_file(&db).with_context(|| format!("removing {}", db.display()))?;
            }
            open(&db).map(|_| ())
        }
        "" | "help" | "--help" | "-h" => {
            println!("{USAGE}");
            Ok(())
        }
        other => bail!("unknown command {other:?}\n{USAGE}"),
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

fn kind(s: &str) -> Result<RecordKind> {
    RecordKind::ALL
        .into_iter()
        .find(|k| k.as_str() == s)
        .with_context(|| format!("unknown kind {s:?} (service, association, learning_resource, report_summary, news_item)"))
}

fn search(catalog: &Catalog, args: Vec<String>) -> Result<()> {
    let mut q = Query {
        now: Some(chrono::Utc::now()),
        ..Query::default()
    };
    let mut filters = Filters::default();
    let mut text = Vec::new();
    let mut point = None;
    let mut radius = None;
    let mut json = false;
    let mut page = 1usize;
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        let mut value = || it.next().with_context(|| format!("{a} needs a value"));
        match a.as_str() {
            "--near" => point = Some(place(&value()?)?),
            "--at" => {
                let v = value()?;
                let (lat, lon) = v.split_once(',').context("--at wants LAT,LON")?;
                point = Some((lat.trim().parse()?, lon.trim().parse()?));
            }
            "--radius" => {
                radius = Some(
                    value()?
                        .parse::<f64>()
                        .context("--radius wants kilometres")?,
                )
            }
            "--open-now" => filters.open_at = Some(chrono::Utc::now()),
            "--lang" => {
                q.lang = Lang::from_code(&value()?)
                    .context("--lang: one of it en fr es sq ar zh pa ru tl uk")?
            }
            "--area" => filters.areas.push(value()?),
            "--target" => filters.target_groups.push(value()?),
            "--speaks" => filters.languages.push(value()?),
            "--territory" => {
                filters.territory = Some(
                    Territory::from_code(&value()?).context("--territory wants an ISTAT code")?,
                )
            }
            "--free" => filters.free_only = true,
            "--no-docs" => filters.no_documents = true,
            "--kind" => filters.kinds.push(kind(&value()?)?),
            "--sort" => {
                q.sort = if value()? == "distance" {
                    Sort::Distance
                } else {
                    Sort::Relevance
                }
            }
            "--limit" => q.limit = value()?.parse()?,
            "--page" => page = value()?.parse::<usize>()?.max(1),
            "--json" => json = true,
            flag if flag.starts_with("--") => bail!("unknown option {flag}\n{USAGE}"),
            word => text.push(word.to_string()),
        }
    }
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
        "{} results ({:?}, {:.1} ms) — sample data, not official",
        results.total,
        results.plan,
        took.as_secs_f64() * 1000.0
    );
    for h in &results.hits {
        let distance = h
            .distance_km
            .map(|d| format!("{d:.1} km"))
            .unwrap_or_default();
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

fn show(catalog: &Catalog, args: Vec<String>) -> Result<()> {
    let [k, id, ..] = args.as_slice() else {
        bail!("{USAGE}")
    };
    let record = catalog
        .record(kind(k)?, id)?
        .with_context(|| format!("no {k} {id}"))?;
    println!("{record:#?}");
    Ok(())
}
