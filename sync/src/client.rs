//! The network client: [`Client`] with `status`, `update` and `sideload`.
//! `update` runs the one updater ([`crate::update`]) over the feed's URL:
//! its source downloads to `.part` files with HTTP Range and If-Range (never
//! past the declared size) and retries with backoff on network errors, 408,
//! 429 and 5xx.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::StreamExt;
use reqwest::StatusCode;
use reqwest::header::{CONTENT_RANGE, ETAG, IF_RANGE, RANGE, RETRY_AFTER};

use crate::apply::{Phase, Progress, UpdateOutcome, download_paths, local_state};
use crate::error::SyncError;
use crate::folder::FolderSource;
use crate::state::ClientState;
use crate::update::{Source, Target};
use feed::format::{FeedFile, MAX_MANIFEST_BYTES, MAX_SIGNATURE_BYTES, sha256_hex};
use feed::sign::TrustedKeys;

/// How hard to try before giving up on a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts per request that make no progress.
    pub attempts: u32,
    /// First pause; doubles each time, up to `max_delay`.
    pub base_delay: Duration,
    pub max_delay: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 6,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(30),
        }
    }
}

impl RetryPolicy {
    pub(crate) fn delay(&self, attempt: u32) -> Duration {
        let factor = 1u32 << attempt.min(16);
        self.base_delay.saturating_mul(factor).min(self.max_delay)
    }
}

/// Everything the client needs; the app fills it from its build and its
/// platform directories.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// Base URL of the feed (the folder holding `manifest.json`).
    pub feed_url: String,
    pub keys: TrustedKeys,
    /// The catalog SQLite file.
    pub catalog_path: PathBuf,
    /// A folder for `.part` downloads and the client's state file.
    pub state_dir: PathBuf,
    pub retry: RetryPolicy,
    pub connect_timeout: Duration,
    /// Longest wait for the next bytes of a response.
    pub read_timeout: Duration,
    /// A fixed clock (tests); None is the system clock.
    pub now: Option<DateTime<Utc>>,
}

impl ClientConfig {
    pub fn new(
        feed_url: impl Into<String>,
        keys: TrustedKeys,
        catalog_path: impl Into<PathBuf>,
        state_dir: impl Into<PathBuf>,
    ) -> ClientConfig {
        ClientConfig {
            feed_url: feed_url.into(),
            keys,
            catalog_path: catalog_path.into(),
            state_dir: state_dir.into(),
            retry: RetryPolicy::default(),
            connect_timeout: Duration::from_secs(15),
            read_timeout: Duration::from_secs(30),
            now: None,
        }
    }
}

/// Whether the catalog holds the portal's official data or sample data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DataOrigin {
    Official,
    Sample,
    /// Never loaded from a feed (built locally).
    Unknown,
}

/// What the data-status screen shows.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SyncStatus {
    pub seq: Option<u64>,
    /// RFC 3339 publication time of the data held.
    pub created: Option<String>,
    pub digest: Option<String>,
    pub origin: DataOrigin,
    /// RFC 3339 time of the last check (success or failure).
    pub last_check: Option<String>,
    /// Technical text of the last failure (for the log).
    pub last_error: Option<String>,
    /// Fluent message id of the last failure (for the screen).
    pub last_error_id: Option<String>,
}

/// The sync client. Cheap to clone; every method is safe to call from any
/// tokio task (SQLite work runs on the blocking pool).
#[derive(Debug, Clone)]
pub struct Client {
    cfg: Arc<ClientConfig>,
    http: reqwest::Client,
    /// One update or sideload at a time (a periodic check and "update
    /// now" share the `.part` files and the catalog).
    busy: Arc<tokio::sync::Mutex<()>>,
}

enum Fetch {
    Done(Vec<u8>),
    Retry(Option<Duration>),
}

impl Client {
    pub fn new(cfg: ClientConfig) -> Result<Client, SyncError> {
        let http = reqwest::Client::builder()
            .connect_timeout(cfg.connect_timeout)
            .read_timeout(cfg.read_timeout)
            .user_agent(concat!("integra-sync/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| SyncError::Network(e.to_string()))?;
        Ok(Client {
            cfg: Arc::new(cfg),
            http,
            busy: Arc::new(tokio::sync::Mutex::new(())),
        })
    }

    pub fn config(&self) -> &ClientConfig {
        &self.cfg
    }

    fn now(&self) -> DateTime<Utc> {
        self.cfg.now.unwrap_or_else(Utc::now)
    }

    fn url(&self, path: &str) -> String {
        let base = self.cfg.feed_url.trim_end_matches('/');
        format!("{base}/{path}")
    }

    /// The data status, read without opening the catalog for search.
    pub async fn status(&self) -> Result<SyncStatus, SyncError> {
        let cfg = self.cfg.clone();
        blocking(move || {
            let local = local_state(&cfg.catalog_path)?;
            let st = ClientState::load(&cfg.state_dir)?;
            Ok(SyncStatus {
                seq: local.as_ref().map(|s| s.seq),
                created: local.as_ref().map(|s| s.created.clone()),
                digest: local.as_ref().map(|s| s.digest.clone()),
                origin: match &local {
                    None => DataOrigin::Unknown,
                    Some(s) if s.sample => DataOrigin::Sample,
                    Some(_) => DataOrigin::Official,
                },
                last_check: st.last_check,
                last_error: st.last_error,
                last_error_id: st.last_error_id,
            })
        })
        .await
    }

    fn target(&self) -> Target<'_> {
        Target {
            catalog_path: &self.cfg.catalog_path,
            state_dir: Some(&self.cfg.state_dir),
        }
    }

    /// Checks the feed and brings the catalog to its state (the one
    /// updater, [`crate::update::run`], over the network). On error the
    /// catalog is unchanged, partial downloads are kept for the next try,
    /// and the error is recorded for [`Client::status`].
    pub async fn update(
        &self,
        progress: impl Fn(Progress) + Send + Sync + 'static,
    ) -> Result<UpdateOutcome, SyncError> {
        // The guard moves into the blocking task: an update whose caller
        // stopped waiting still runs to its end before the next one starts.
        let one_at_a_time = self.busy.clone().lock_owned().await;
        let client = self.clone();
        let handle = tokio::runtime::Handle::current();
        blocking(move || {
            let _one_at_a_time = one_at_a_time;
            let mut source = HttpSource {
                client: &client,
                handle,
            };
            crate::update::run(
                &mut source,
                client.target(),
                &client.cfg.keys,
                client.now(),
                &progress,
            )
        })
        .await
    }

    /// The same feed from a folder; see [`crate::sideload`].
    pub async fn sideload(
        &self,
        dir: impl Into<PathBuf>,
        progress: impl Fn(Progress) + Send + Sync + 'static,
    ) -> Result<UpdateOutcome, SyncError> {
        let dir = dir.into();
        let one_at_a_time = self.busy.clone().lock_owned().await;
        let client = self.clone();
        blocking(move || {
            let _one_at_a_time = one_at_a_time;
            crate::update::run(
                &mut FolderSource::new(dir),
                client.target(),
                &client.cfg.keys,
                client.now(),
                &progress,
            )
        })
        .await
    }

    async fn forget(&self, entry: &FeedFile) {
        let (part, etag) = download_paths(&self.cfg.state_dir, &entry.sha256);
        remove_download_file(&part).await;
        remove_download_file(&etag).await;
    }

    /// GETs a small file whole, with retries.
    async fn fetch_small(&self, path: &str, limit: u64) -> Result<Vec<u8>, SyncError> {
        let url = self.url(path);
        let mut last = String::new();
        for attempt in 0..self.cfg.retry.attempts {
            match self.try_fetch_small(&url, limit).await {
                Ok(Fetch::Done(bytes)) => return Ok(bytes),
                Ok(Fetch::Retry(after)) => {
                    last = "the server asked to retry".into();
                    self.pause(path, attempt, after, &last).await;
                }
                Err(FetchError::Fatal(e)) => return Err(e),
                Err(FetchError::Transient(e)) => {
                    last = e;
                    self.pause(path, attempt, None, &last).await;
                }
            }
        }
        Err(SyncError::Network(format!("{url}: {last}")))
    }

    async fn try_fetch_small(&self, url: &str, limit: u64) -> Result<Fetch, FetchError> {
        let resp = self
            .http
            .get(url)
            .header(reqwest::header::CACHE_CONTROL, "no-cache")
            .send()
            .await
            .map_err(|e| FetchError::Transient(e.to_string()))?;
        if let Some(after) = retry_status(&resp) {
            return Ok(Fetch::Retry(after));
        }
        if !resp.status().is_success() {
            return Err(FetchError::Fatal(SyncError::Http {
                status: resp.status().as_u16(),
                url: url.to_string(),
            }));
        }
        let mut body = Vec::new();
        let mut stream = resp.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| FetchError::Transient(e.to_string()))?;
            body.extend_from_slice(&chunk);
            if body.len() as u64 > limit {
                return Err(FetchError::Fatal(SyncError::TooLarge {
                    path: url.rsplit('/').next().unwrap_or(url).to_string(),
                    size: body.len() as u64,
                    limit,
                }));
            }
        }
        Ok(Fetch::Done(body))
    }

    /// Waits before retrying `file` (a feed file's path, never user data).
    async fn pause(&self, file: &str, attempt: u32, server_asked: Option<Duration>, why: &str) {
        let d = self.cfg.retry.delay(attempt);
        let d = server_asked.map_or(d, |s| s.min(self.cfg.retry.max_delay).max(d));
        tracing::debug!(
            file,
            attempt,
            delay_ms = d.as_millis() as u64,
            why,
            "retrying"
        );
        tokio::time::sleep(d).await;
    }

    /// Downloads one feed file into `state_dir/downloads/<sha256>.part`,
    /// resuming what an earlier attempt left, never keeping more than the
    /// declared size; returns the checked bytes and how many bytes this
    /// call fetched.
    async fn download(
        &self,
        entry: &FeedFile,
        progress: &dyn Fn(Progress),
    ) -> Result<(Vec<u8>, u64), SyncError> {
        let (part, etag_path) = download_paths(&self.cfg.state_dir, &entry.sha256);
        let dir = part.parent().expect("downloads dir").to_path_buf();
        tokio::fs::create_dir_all(&dir)
            .await
            .map_err(|e| SyncError::io(&dir, e))?;
        let url = self.url(&entry.path);
        let mut fetched = 0u64;
        let mut idle_attempts = 0u32;
        let mut fresh_restarts = 0u32;
        let mut requests = 0u32;
        let mut last = String::new();
        loop {
            let have = file_len(&part).await;
            if have > entry.size {
                truncate(&part, 0).await?;
                continue;
            }
            if have == entry.size {
                let bytes = tokio::fs::read(&part)
                    .await
                    .map_err(|e| SyncError::io(&part, e))?;
                if sha256_hex(&bytes) == entry.sha256 {
                    return Ok((bytes, fetched));
                }
                // A bad resume (or a bad server): start over once, then give up.
                tracing::debug!(
                    file = %entry.path,
                    restarts = fresh_restarts,
                    "a downloaded file failed its sha256; starting it over"
                );
                remove_download_file(&part).await;
                remove_download_file(&etag_path).await;
                fresh_restarts += 1;
                if fresh_restarts > 1 {
                    crate::apply::check_file(entry, &bytes)?;
                }
                continue;
            }
            if idle_attempts >= self.cfg.retry.attempts || requests >= 20 * self.cfg.retry.attempts
            {
                return Err(SyncError::Network(format!("{url}: {last}")));
            }
            requests += 1;
            progress(Progress {
                phase: Phase::Downloading,
                bytes_done: have,
                bytes_total: entry.size,
                rows_done: 0,
                rows_total: 0,
            });
            let etag = tokio::fs::read_to_string(&etag_path).await.ok();
            match self
                .fetch_range(&url, entry.size, &part, &etag_path, have, etag, progress)
                .await
            {
                Ok(0) => {
                    last = "no data".into();
                    self.pause(&entry.path, idle_attempts, None, &last).await;
                    idle_attempts += 1;
                }
                Ok(n) => {
                    fetched += n;
                    idle_attempts = 0;
                }
                Err(FetchError::Fatal(e)) => return Err(e),
                Err(FetchError::Transient(e)) => {
                    last = e;
                    self.pause(&entry.path, idle_attempts, None, &last).await;
                    idle_attempts += 1;
                }
            }
        }
    }

    /// One request for the rest of a file; appends to `part`. Returns the
    /// bytes written.
    #[allow(clippy::too_many_arguments)]
    async fn fetch_range(
        &self,
        url: &str,
        size: u64,
        part: &Path,
        etag_path: &Path,
        have: u64,
        etag: Option<String>,
        progress: &dyn Fn(Progress),
    ) -> Result<u64, FetchError> {
        let mut req = self.http.get(url);
        if have > 0 {
            req = req.header(RANGE, format!("bytes={have}-"));
            if let Some(tag) = &etag {
                req = req.header(IF_RANGE, tag.trim());
            }
        }
        let resp = req
            .send()
            .await
            .map_err(|e| FetchError::Transient(e.to_string()))?;
        if let Some(after) = retry_status(&resp) {
            let status = resp.status();
            drop(resp);
            if let Some(after) = after {
                tokio::time::sleep(after.min(self.cfg.retry.max_delay)).await;
            }
            return Err(FetchError::Transient(format!("HTTP {status}")));
        }
        let wrong_size = |total: u64| {
            FetchError::Fatal(SyncError::corrupt(
                url.rsplit('/').next().unwrap_or(url),
                format!("the server has {total} bytes, the manifest says {size}"),
            ))
        };
        let mut start = match resp.status() {
            StatusCode::PARTIAL_CONTENT => {
                let range = resp
                    .headers()
                    .get(CONTENT_RANGE)
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("");
                let total = range
                    .rsplit('/')
                    .next()
                    .and_then(|t| t.trim().parse::<u64>().ok());
                if let Some(total) = total
                    && total != size
                {
                    return Err(wrong_size(total));
                }
                if range.starts_with(&format!("bytes {have}-")) {
                    have
                } else {
                    // Not the range asked for: start over.
                    truncate(part, 0).await.map_err(FetchError::Fatal)?;
                    return Err(FetchError::Transient(format!("unexpected range {range:?}")));
                }
            }
            StatusCode::OK => {
                // A shorter body is another file (or a portal's page);
                // a longer one is cut at the declared size below.
                if let Some(total) = resp.content_length()
                    && total < size
                {
                    return Err(wrong_size(total));
                }
                0
            }
            StatusCode::RANGE_NOT_SATISFIABLE => {
                truncate(part, 0).await.map_err(FetchError::Fatal)?;
                return Err(FetchError::Transient("range not satisfiable".into()));
            }
            s => {
                return Err(FetchError::Fatal(SyncError::Http {
                    status: s.as_u16(),
                    url: url.to_string(),
                }));
            }
        };
        if start == 0 {
            truncate(part, 0).await.map_err(FetchError::Fatal)?;
            match resp.headers().get(ETAG).and_then(|v| v.to_str().ok()) {
                Some(tag) => {
                    if let Err(e) = tokio::fs::write(etag_path, tag).await {
                        // Without it a resume starts the file over.
                        tracing::warn!(
                            error = %e,
                            path = %etag_path.display(),
                            "the download's ETag was not saved"
                        );
                    }
                }
                None => remove_download_file(etag_path).await,
            }
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(part)
            .map_err(|e| FetchError::Fatal(SyncError::io(part, e)))?;
        let mut written = 0u64;
        let mut stream = resp.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = match chunk {
                Ok(c) => c,
                Err(e) => {
                    file.flush().ok();
                    return if written > 0 {
                        Ok(written)
                    } else {
                        Err(FetchError::Transient(e.to_string()))
                    };
                }
            };
            // Never keep more than the declared size.
            let room = (size - start) as usize;
            let take = chunk.len().min(room);
            file.write_all(&chunk[..take])
                .map_err(|e| FetchError::Fatal(SyncError::io(part, e)))?;
            start += take as u64;
            written += take as u64;
            progress(Progress {
                phase: Phase::Downloading,
                bytes_done: start,
                bytes_total: size,
                rows_done: 0,
                rows_total: 0,
            });
            if start >= size {
                break;
            }
        }
        file.flush()
            .map_err(|e| FetchError::Fatal(SyncError::io(part, e)))?;
        Ok(written)
    }
}

/// The feed at the client's URL, for the one updater: it runs on the
/// blocking pool and waits there for each request on the client's runtime.
struct HttpSource<'a> {
    client: &'a Client,
    handle: tokio::runtime::Handle,
}

impl Source for HttpSource<'_> {
    fn manifest(&mut self) -> Result<(Vec<u8>, Vec<u8>), SyncError> {
        self.handle.block_on(async {
            let manifest = self
                .client
                .fetch_small("manifest.json", MAX_MANIFEST_BYTES)
                .await?;
            let sig = self
                .client
                .fetch_small("manifest.json.minisig", MAX_SIGNATURE_BYTES)
                .await?;
            Ok((manifest, sig))
        })
    }

    fn file(
        &mut self,
        entry: &FeedFile,
        progress: &dyn Fn(Progress),
    ) -> Result<(Vec<u8>, u64), SyncError> {
        self.handle.block_on(self.client.download(entry, progress))
    }

    fn forget(&mut self, entry: &FeedFile) {
        self.handle.block_on(self.client.forget(entry));
    }
}

enum FetchError {
    Transient(String),
    Fatal(SyncError),
}

/// 408, 429 and 5xx are worth retrying; returns the server's Retry-After.
fn retry_status(resp: &reqwest::Response) -> Option<Option<Duration>> {
    let s = resp.status();
    if s == StatusCode::TOO_MANY_REQUESTS || s == StatusCode::REQUEST_TIMEOUT || s.is_server_error()
    {
        let after = resp
            .headers()
            .get(RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        Some(after)
    } else {
        None
    }
}

/// Removes a download's `.part` or `.etag` file. One that is already gone
/// is fine; one that cannot be removed is only disk space (the next
/// download of that file truncates it), so it is logged, not returned.
async fn remove_download_file(path: &Path) {
    match tokio::fs::remove_file(path).await {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => tracing::warn!(
            error = %e,
            path = %path.display(),
            "a download's leftover file was not removed"
        ),
    }
}

async fn file_len(path: &Path) -> u64 {
    tokio::fs::metadata(path)
        .await
        .map(|m| m.len())
        .unwrap_or(0)
}

async fn truncate(path: &Path, len: u64) -> Result<(), SyncError> {
    match std::fs::OpenOptions::new().write(true).open(path) {
        Ok(f) => f.set_len(len).map_err(|e| SyncError::io(path, e)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(SyncError::io(path, e)),
    }
}

pub(crate) async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, SyncError> + Send + 'static,
) -> Result<T, SyncError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| SyncError::Storage(format!("background task failed: {e}")))?
}
