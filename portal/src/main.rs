//! `integra-portal`: keys, the editorial store, publishing, serving.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};
use feed::sign::{SigningKey, generate_keypair};
use portal::publish::{PublishOptions, publish, refresh, starter};
use portal::{Grant, PortalState, Role, ServerConfig, SqliteStore, Store};

const USAGE: &str = "\
integra-portal — publish and serve Integra's signed catalog feed

USAGE:
  integra-portal keygen --out DIR [--name NAME]
      new minisign key pair: DIR/NAME.key (secret) and DIR/NAME.pub
  integra-portal import --store DIR (--sample | --hsds PATH [--default-area AREA]
                        [--default-updated-at RFC3339])
      add records to the editorial store (HSDS 3.0 JSON file or package folder)
  integra-portal publish --store DIR --feed DIR --key FILE [--refresh] [--validity-days N]
      write the next seq of the feed (or, with --refresh, re-sign the current
      manifest with a new expiry)
  integra-portal serve --store DIR --feed DIR [--listen ADDR]
      serve the feed, submissions and the editors' API (default 127.0.0.1:8080)
  integra-portal token --store DIR --role editor|moderator|admin [--territory ISTAT]
                       --label TEXT
      create a bearer token (printed once; only its hash is stored)
  integra-portal starter --out DIR --key FILE
      regenerate the bundled starter feed (sample catalog, seq 1; deterministic)
";

struct Args(Vec<String>);

impl Args {
    fn flag(&mut self, name: &str) -> bool {
        let before = self.0.len();
        self.0.retain(|a| a != name);
        before != self.0.len()
    }

    fn value(&mut self, name: &str) -> Result<Option<String>> {
        let Some(i) = self.0.iter().position(|a| a == name) else {
            return Ok(None);
        };
        if i + 1 >= self.0.len() {
            bail!("{name} needs a value");
        }
        let v = self.0.remove(i + 1);
        self.0.remove(i);
        Ok(Some(v))
    }

    fn path(&mut self, name: &str) -> Result<PathBuf> {
        self.value(name)?
            .map(PathBuf::from)
            .ok_or_else(|| anyhow!("{name} is required\n\n{USAGE}"))
    }

    fn done(self) -> Result<()> {
        if let Some(extra) = self.0.first() {
            bail!("unexpected argument {extra:?}\n\n{USAGE}");
        }
        Ok(())
    }
}

fn main() {
    if let Err(e) = run() {
        eprintln!("integra-portal: {e}");
        for cause in e.chain().skip(1) {
            eprintln!("  caused by: {cause}");
        }
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let mut all: Vec<String> = std::env::args().skip(1).collect();
    if all.is_empty() || all.iter().any(|a| a == "--help" || a == "-h") {
        print!("{USAGE}");
        return Ok(());
    }
    let cmd = all.remove(0);
    let mut args = Args(all);
    match cmd.as_str() {
        "keygen" => {
            let out = args.path("--out")?;
            let name = args.value("--name")?.unwrap_or_else(|| "feed".into());
            args.done()?;
            keygen(&out, &name)
        }
        "import" => {
            let store_dir = args.path("--store")?;
            let sample = args.flag("--sample");
            let hsds = args.value("--hsds")?;
            let area = args.value("--default-area")?;
            let updated = args.value("--default-updated-at")?;
            args.done()?;
            import(&store_dir, sample, hsds.as_deref(), area, updated)
        }
        "publish" => {
            let store_dir = args.path("--store")?;
            let feed = args.path("--feed")?;
            let key = SigningKey::from_file(&args.path("--key")?)?;
            let refresh_only = args.flag("--refresh");
            let days: i64 = args
                .value("--validity-days")?
                .map(|d| d.parse())
                .transpose()
                .context("--validity-days")?
                .unwrap_or(14);
            args.done()?;
            let opts = PublishOptions {
                validity: chrono::Duration::days(days),
                ..PublishOptions::default()
            };
            if refresh_only {
                let m = refresh(&feed, &key, opts)?;
                println!("re-signed seq {} (expires {})", m.seq, m.expires);
                return Ok(());
            }
            let mut store = SqliteStore::open(&store_dir)?;
            let r = publish(&mut store, &feed, &key, opts)?;
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
        "serve" => {
            let store_dir = args.path("--store")?;
            let feed = args.path("--feed")?;
            let listen = args
                .value("--listen")?
                .unwrap_or_else(|| "127.0.0.1:8080".into());
            args.done()?;
            let store = SqliteStore::open(&store_dir)?;
            let state = PortalState::new(Box::new(store), ServerConfig::new(feed));
            let rt = tokio::runtime::Runtime::new()?;
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::bind(&listen)
                    .await
                    .with_context(|| format!("listening on {listen}"))?;
                println!("serving on http://{}", listener.local_addr()?);
                portal::serve(listener, state).await?;
                Ok(())
            })
        }
        "token" => {
            let store_dir = args.path("--store")?;
            let role = args
                .value("--role")?
                .and_then(|r| Role::parse(&r))
                .ok_or_else(|| anyhow!("--role editor|moderator|admin is required"))?;
            let territory = args.value("--territory")?;
            let label = args
                .value("--label")?
                .ok_or_else(|| anyhow!("--label is required"))?;
            args.done()?;
            if let Some(t) = &territory
                && catalog::Territory::from_code(t).is_none()
            {
                bail!("--territory {t:?} is not an ISTAT region, province or comune code");
            }
            let mut store = SqliteStore::open(&store_dir)?;
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
        "starter" => {
            let out = args.path("--out")?;
            let key = SigningKey::from_file(&args.path("--key")?)?;
            args.done()?;
            let m = starter(&out, &key)?;
            println!(
                "starter feed: seq {}, {} rows, snapshot {} bytes",
                m.seq, m.rows, m.snapshot.size
            );
            Ok(())
        }
        other => bail!("unknown command {other:?}\n\n{USAGE}"),
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
    store_dir: &Path,
    sample: bool,
    hsds: Option<&str>,
    default_area: Option<String>,
    default_updated_at: Option<String>,
) -> Result<()> {
    let data = if sample {
        catalog::sample::generate(catalog::sample::SampleOptions::default())
    } else {
        let path = PathBuf::from(hsds.ok_or_else(|| anyhow!("--sample or --hsds PATH"))?);
        let opts = catalog::hsds::ImportOptions {
            default_area,
            default_updated_at,
            ..Default::default()
        };
        let imported = if path.is_dir() {
            catalog::hsds::import_package_dir(&path, &opts)?
        } else {
            let bytes = std::fs::read(&path).with_context(|| path.display().to_string())?;
            catalog::hsds::import_json(&path.display().to_string(), &bytes, &opts)?
        };
        for w in &imported.warnings {
            eprintln!("warning: {w}");
        }
        imported.data
    };
    let mut store = SqliteStore::open(store_dir)?;
    store.put(&data)?;
    println!("imported {} records", data.len());
    Ok(())
}
