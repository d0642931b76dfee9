//! Sending the user's submissions (the outbox of `catalog::user::UserData`)
//! to `POST /v1/submissions`: each with its uuid as the idempotency key,
//! retried with backoff on network errors, 408, 429 and 5xx; removed only
//! after a 2xx; kept with the reason after any other 4xx (the user sees it
//! and may edit or discard it; it is not sent again by itself). A sent one
//! moves to the user file's list of sent submissions (not on a kiosk), and
//! [`refresh_outcomes`] asks `GET /v1/submissions/{uuid}` what the editors
//! decided.

use std::path::{Path, PathBuf};
use std::time::Duration;

use catalog::user::{OutboxItem, Outcome, UserData};
use reqwest::StatusCode;

use crate::client::RetryPolicy;
use crate::error::SyncError;

/// The prefix of `last_error` of a submission the server refused.
pub const REJECTED_PREFIX: &str = "rejected: ";

/// What the user sees of one submission.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "state")]
pub enum OutboxState {
    /// Not tried yet.
    Pending,
    /// Tried and failed for a reason that may pass (offline, server busy).
    Retrying { attempts: u32, last_error: String },
    /// The server refused it; it will not be sent again as it is.
    Rejected { reason: String },
}

/// The state of an outbox item.
pub fn state(item: &OutboxItem) -> OutboxState {
    match &item.last_error {
        None => OutboxState::Pending,
        Some(e) => match e.strip_prefix(REJECTED_PREFIX) {
            Some(reason) => OutboxState::Rejected {
                reason: reason.to_string(),
            },
            None => OutboxState::Retrying {
                attempts: item.attempts,
                last_error: e.clone(),
            },
        },
    }
}

/// What one flush did.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct OutboxReport {
    /// uuids acknowledged by the server and removed.
    pub sent: Vec<String>,
    /// uuids the server refused (kept, with the reason).
    pub rejected: Vec<String>,
    /// uuids still waiting (network trouble); try again later.
    pub waiting: Vec<String>,
}

enum Attempt {
    Sent,
    Rejected(String),
    Retry(String, Option<Duration>),
}

/// Sends every pending submission in the user-data file at `user_db` to
/// `submissions_url` (e.g. `https://…/v1/submissions`); `keep_sent`: a
/// sent one goes to the list of sent submissions (false on a kiosk: it is
/// forgotten). Opens the file itself, so the future is `Send` and can run
/// on any task.
pub async fn flush(
    user_db: impl Into<PathBuf>,
    submissions_url: &str,
    retry: &RetryPolicy,
    keep_sent: bool,
) -> Result<OutboxReport, SyncError> {
    let user_db: PathBuf = user_db.into();
    let items = with_user(&user_db, |u| u.outbox()).await?;
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(15))
        .timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| SyncError::Network(e.to_string()))?;
    let mut report = OutboxReport::default();
    for item in items {
        if matches!(state(&item), OutboxState::Rejected { .. }) {
            continue;
        }
        let mut outcome = Attempt::Retry("not attempted".into(), None);
        for attempt in 0..retry.attempts.max(1) {
            outcome = send(&http, submissions_url, &item).await;
            match &outcome {
                Attempt::Retry(reason, after) if attempt + 1 < retry.attempts => {
                    let d = retry.delay(attempt);
                    let d = after.map_or(d, |a| a.min(retry.max_delay).max(d));
                    tracing::debug!(
                        uuid = %item.uuid,
                        attempt,
                        delay_ms = d.as_millis() as u64,
                        why = summary(reason),
                        "a submission will be sent again"
                    );
                    tokio::time::sleep(d).await;
                }
                _ => break,
            }
        }
        let uuid = item.uuid.clone();
        match outcome {
            Attempt::Sent => {
                tracing::debug!(uuid = %item.uuid, kind = %item.kind, "a submission was sent");
                let now = chrono::Utc::now().to_rfc3339();
                with_user(&user_db, move |u| u.mark_sent(&uuid, &now, keep_sent)).await?;
                report.sent.push(item.uuid);
            }
            Attempt::Rejected(reason) => {
                tracing::warn!(
                    uuid = %item.uuid,
                    kind = %item.kind,
                    why = summary(&reason),
                    "the server refused a submission; it is kept with the reason"
                );
                let text = format!("{REJECTED_PREFIX}{reason}");
                with_user(&user_db, move |u| u.record_attempt(&uuid, Some(&text))).await?;
                report.rejected.push(item.uuid);
            }
            Attempt::Retry(reason, _) => {
                tracing::warn!(
                    uuid = %item.uuid,
                    why = summary(&reason),
                    "a submission could not be sent; it waits for the next try"
                );
                with_user(&user_db, move |u| u.record_attempt(&uuid, Some(&reason))).await?;
                report.waiting.push(item.uuid);
            }
        }
    }
    Ok(report)
}

/// How many sent submissions one refresh asks about at most.
pub const OUTCOMES_PER_REFRESH: usize = 20;

/// Asks the portal what became of the sent submissions still `received`
/// (newest first, at most [`OUTCOMES_PER_REFRESH`]) and records the
/// answers; returns how many changed. A submission the portal does not
/// know (404) stays as it was; a refusal to answer now (429, 5xx) or no
/// network ends the round, to be tried at the next one.
pub async fn refresh_outcomes(
    user_db: impl Into<PathBuf>,
    submissions_url: &str,
) -> Result<usize, SyncError> {
    let user_db: PathBuf = user_db.into();
    let waiting: Vec<String> = with_user(&user_db, |u| u.sent())
        .await?
        .into_iter()
        .filter(|s| s.outcome == Outcome::Received)
        .take(OUTCOMES_PER_REFRESH)
        .map(|s| s.uuid)
        .collect();
    if waiting.is_empty() {
        return Ok(0);
    }
    let http = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(15))
        .timeout(Duration::from_secs(30))
        .build()
        .map_err(|e| SyncError::Network(e.to_string()))?;
    let base = submissions_url.trim_end_matches('/');
    let mut changed = 0;
    for uuid in waiting {
        // Without the address: it holds the uuid, and errors reach the log.
        let resp = http
            .get(format!("{base}/{uuid}"))
            .send()
            .await
            .map_err(|e| SyncError::Network(e.without_url().to_string()))?;
        let status = resp.status();
        if status == StatusCode::NOT_FOUND {
            continue;
        }
        if !status.is_success() {
            return Err(SyncError::Network(format!(
                "HTTP {} asking what became of a submission",
                status.as_u16()
            )));
        }
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| SyncError::Network(e.without_url().to_string()))?;
        // An answer that is not the portal's JSON says nothing: skip it.
        let Ok(body) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
            continue;
        };
        let outcome = match body.get("state").and_then(|s| s.as_str()) {
            Some("accepted") => Outcome::Accepted,
            Some("rejected") => Outcome::Rejected {
                reason: body
                    .get("reason")
                    .and_then(|r| r.as_str())
                    .map(|r| r.chars().take(500).collect()),
            },
            _ => continue,
        };
        with_user(&user_db, move |u| u.set_outcome(&uuid, &outcome)).await?;
        changed += 1;
    }
    tracing::debug!(changed, "outcomes of sent submissions asked");
    Ok(changed)
}

/// The kind of a failure for the log ("HTTP 422", "network"): the rest of
/// the reason is the server's text, which may quote the submission.
fn summary(reason: &str) -> &str {
    reason.split(':').next().unwrap_or(reason)
}

/// How long to wait before the next flush of an item tried `attempts`
/// times (for the app's scheduler).
pub fn next_delay(attempts: u32, retry: &RetryPolicy) -> Duration {
    retry.delay(attempts)
}

async fn send(http: &reqwest::Client, url: &str, item: &OutboxItem) -> Attempt {
    let payload: serde_json::Value = match serde_json::from_str(&item.payload) {
        Ok(p) => p,
        Err(e) => return Attempt::Rejected(format!("the payload is not JSON: {e}")),
    };
    let Some(kind) = catalog::SubmissionKind::of_outbox_item(&item.kind) else {
        return Attempt::Rejected(format!("this app cannot send a {:?}", item.kind));
    };
    let body = serde_json::json!({
        "uuid": item.uuid,
        "kind": kind.as_str(),
        "payload": payload,
        "created_at": item.created_at,
    });
    let resp = match http
        .post(url)
        .header(reqwest::header::CONTENT_TYPE, "application/json")
        .body(body.to_string())
        .send()
        .await
    {
        Ok(r) => r,
        Err(e) => return Attempt::Retry(format!("network: {e}"), None),
    };
    let status = resp.status();
    if status.is_success() {
        return Attempt::Sent;
    }
    let after = resp
        .headers()
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs);
    let text = resp.text().await.unwrap_or_default();
    let reason = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v.get("error").and_then(|e| e.as_str()).map(String::from))
        .unwrap_or_else(|| text.chars().take(300).collect());
    if status == StatusCode::TOO_MANY_REQUESTS
        || status == StatusCode::REQUEST_TIMEOUT
        || status.is_server_error()
    {
        Attempt::Retry(format!("HTTP {}: {reason}", status.as_u16()), after)
    } else {
        Attempt::Rejected(format!("HTTP {}: {reason}", status.as_u16()))
    }
}

async fn with_user<T: Send + 'static>(
    path: &Path,
    f: impl FnOnce(&UserData) -> catalog::Result<T> + Send + 'static,
) -> Result<T, SyncError> {
    let path = path.to_path_buf();
    crate::client::blocking(move || {
        let u = UserData::open(&path)?;
        Ok(f(&u)?)
    })
    .await
}
