//! Keeping the device current without anyone asking: a check of the feed
//! 5 s after start and then every 30 minutes, and the outbox sent after each
//! check (to `INTEGRA_SUBMISSIONS_URL`, by default `<feed>/v1/submissions`).
//! Only when a feed URL is configured (`INTEGRA_FEED_URL` at build or run
//! time): builds without one point at a reserved `.invalid` host and never
//! touch the network. Failures are quiet (the data status shows the last
//! one); nothing is retried in a tight loop.
//!
//! After an update or sideload that changed the catalog, the open catalog is
//! `reload()`ed, then `notify::after_update` runs and open sessions are told
//! (`AppState::data_changed`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::state::AppState;

/// Overrides where submissions go (default: `<feed URL>/v1/submissions`).
pub const SUBMISSIONS_URL_ENV: &str = "INTEGRA_SUBMISSIONS_URL";

const FIRST_CHECK: Duration = Duration::from_secs(5);
const EVERY: Duration = Duration::from_secs(30 * 60);

static STARTED: AtomicBool = AtomicBool::new(false);

/// Whether a real feed is configured: builds without `INTEGRA_FEED_URL`
/// point at a reserved `.invalid` host and never try the network.
pub fn feed_configured(app: &AppState) -> bool {
    let url = &app.sync().config().feed_url;
    !url.contains(".invalid/") && !url.ends_with(".invalid")
}

pub fn submissions_url(app: &AppState) -> String {
    std::env::var(SUBMISSIONS_URL_ENV).unwrap_or_else(|_| {
        format!(
            "{}/v1/submissions",
            app.sync().config().feed_url.trim_end_matches('/')
        )
    })
}

/// Starts the periodic check once per process (the first session calls
/// it; later calls do nothing). Needs a tokio runtime.
pub fn start(app: &AppState) {
    if !feed_configured(app) || STARTED.swap(true, Ordering::SeqCst) {
        return;
    }
    let app = app.clone();
    tokio::spawn(async move {
        tokio::time::sleep(FIRST_CHECK).await;
        loop {
            // Both log their own failures; the next round tries again.
            let _ = update_now(&app, |_| {}).await;
            let _ = send_outbox(&app).await;
            let _ = refresh_outcomes(&app).await;
            tokio::time::sleep(EVERY).await;
        }
    });
}

/// Checks the feed and, when the catalog changed, makes the app's open
/// catalog see the new data.
pub async fn update_now(
    app: &AppState,
    progress: impl Fn(sync::Progress) + Send + Sync + 'static,
) -> Result<sync::UpdateOutcome, sync::SyncError> {
    let outcome = app.sync().update(progress).await.inspect_err(|e| {
        // The screen shows the translated message; the cause is here.
        tracing::warn!(error = %e, transient = e.is_transient(), "the feed update failed");
    })?;
    log_outcome("update", &outcome);
    if outcome.changed() {
        reload(app);
    }
    Ok(outcome)
}

/// The same from a folder (a USB stick).
pub async fn sideload_now(
    app: &AppState,
    dir: std::path::PathBuf,
    progress: impl Fn(sync::Progress) + Send + Sync + 'static,
) -> Result<sync::UpdateOutcome, sync::SyncError> {
    let outcome = app.sync().sideload(dir, progress).await.inspect_err(|e| {
        tracing::warn!(error = %e, "the update from a folder failed");
    })?;
    log_outcome("sideload", &outcome);
    if outcome.changed() {
        reload(app);
    }
    Ok(outcome)
}

fn log_outcome(how: &str, o: &sync::UpdateOutcome) {
    tracing::debug!(
        how,
        from = ?o.from,
        to = o.to,
        route = ?o.route,
        bytes = o.bytes,
        ops = o.ops,
        "the catalog is at the feed's seq"
    );
}

fn reload(app: &AppState) {
    // The update committed through its own connection; a failed reload
    // leaves the previous index serving until the next start.
    if let Err(e) = app.catalog().reload() {
        tracing::error!(
            error = %e,
            "the catalog changed but its search index was not reloaded: searches use the previous one until the next start"
        );
    }
    crate::notify::after_update(app);
    app.data_changed();
}

pub async fn send_outbox(app: &AppState) -> Result<sync::outbox::OutboxReport, sync::SyncError> {
    // A kiosk forgets what a visitor sent once the portal has it.
    let keep_sent = !app.config().kiosk;
    let report = sync::outbox::flush(
        app.user_path(),
        &submissions_url(app),
        &sync::RetryPolicy::default(),
        keep_sent,
    )
    .await
    .inspect_err(|e| tracing::warn!(error = %e, "the outbox was not sent"))?;
    // Counts only: a submission's content never goes to the log.
    tracing::debug!(
        sent = report.sent.len(),
        rejected = report.rejected.len(),
        waiting = report.waiting.len(),
        "outbox flushed"
    );
    Ok(report)
}

/// Asks the portal what the editors decided about the sent submissions
/// still waiting; true when one changed.
pub async fn refresh_outcomes(app: &AppState) -> Result<bool, sync::SyncError> {
    let changed = sync::outbox::refresh_outcomes(app.user_path(), &submissions_url(app))
        .await
        .inspect_err(
            |e| tracing::debug!(error = %e, "the outcomes of sent submissions were not asked"),
        )?;
    Ok(changed > 0)
}
