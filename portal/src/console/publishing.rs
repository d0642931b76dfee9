//! Publish (admins): what changed since the last publication (per kind,
//! and the size of the delta devices will download), publishing now, and
//! the last publications. A publication that would empty the devices or
//! remove more than the allowed share is refused until the admin ticks the
//! confirmation that names what would go (`crate::publish`).

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use maud::{Markup, html};

use super::records::kind_label;
use super::{Console, ConsoleLang, redirect, server_error};
use crate::accounts::AuditAction;
use crate::publish::{Pending, PublishError, PublishOptions, Refusal};
use crate::server::PortalState;
use crate::store::Role;

/// How many past publications the screen lists.
const SHOWN: usize = 10;

/// The summary of what the next publication carries, as the to-do
/// screen and the publish screen show it.
pub(crate) fn summary(t: ConsoleLang, p: &Pending) -> Markup {
    let total = p.total();
    html! {
        p {
            @match &p.last {
                Some((seq, created)) => { (t.with("publish-since", &[("seq", seq.to_string()), ("date", created.clone())])) }
                None => { (t.get("publish-first")) }
            }
            " "
            (t.with("publish-totals", &[
                ("added", total.added.to_string()),
                ("changed", total.changed.to_string()),
                ("removed", total.removed.to_string()),
            ]))
        }
    }
}

fn refusal_text(t: ConsoleLang, r: &Refusal) -> String {
    match r {
        Refusal::Empty => t.get("publish-refused-empty"),
        Refusal::TooManyRemoved(r) => t.with(
            "publish-refused-removals",
            &[
                ("count", r.removed.len().to_string()),
                ("of", r.of.to_string()),
                ("percent", format!("{:.1}", r.percent())),
                ("allowed", format!("{:.0}", r.allowed * 100.0)),
                ("kinds", r.by_kind()),
                ("examples", r.examples()),
            ],
        ),
    }
}

#[allow(clippy::result_large_err)]
fn render(
    console: &Console,
    state: &PortalState,
    pending: &Pending,
    notice: Option<Markup>,
) -> Result<Markup, Response> {
    let t = console.lang;
    let past = state
        .store()
        .publications(SHOWN)
        .map_err(|e| server_error(t, &e))?;
    Ok(html! {
        h1 { (t.get("publish-title")) }
        @if let Some(n) = notice { (n) }
        section aria-labelledby="next" {
            h2 #next { (t.get("publish-next")) }
            (summary(t, pending))
            table {
                thead { tr {
                    th scope="col" { (t.get("records-kind")) }
                    th scope="col" { (t.get("publish-added")) }
                    th scope="col" { (t.get("publish-changed")) }
                    th scope="col" { (t.get("publish-removed")) }
                } }
                tbody {
                    @for (kind, c) in &pending.by_kind {
                        tr {
                            th scope="row" { (kind_label(t, *kind)) }
                            td { (c.added) } td { (c.changed) } td { (c.removed) }
                        }
                    }
                }
            }
            p {
                (t.with("publish-rows", &[("rows", pending.rows.to_string())]))
                @if let Some(b) = pending.delta_bytes {
                    " " (t.with("publish-delta", &[("kb", format!("{:.1}", b as f64 / 1024.0))]))
                }
            }
            @if state.cfg.publish_key.is_none() {
                p.notice { (t.get("publish-no-key")) }
            } @else {
                form method="post" action="/console/publish" {
                    (console.csrf_field())
                    @if let Some(r) = &pending.refused {
                        div.notice role="alert" { p { (refusal_text(t, r)) } }
                        div.check {
                            input #confirm type="checkbox" name="confirm" value="yes";
                            label for="confirm" { (t.get("publish-confirm")) }
                        }
                    }
                    p { button type="submit" { (t.get("publish-now")) } }
                }
            }
        }
        section aria-labelledby="past" {
            h2 #past { (t.get("publish-past")) }
            @if past.is_empty() {
                p { (t.get("publish-none")) }
            } @else {
                table {
                    thead { tr {
                        th scope="col" { (t.get("publish-seq")) }
                        th scope="col" { (t.get("col-when")) }
                        th scope="col" { (t.get("publish-records")) }
                    } }
                    tbody {
                        @for p in &past {
                            tr { td { (p.seq) } td { (p.created) } td { (p.hashes.len()) } }
                        }
                    }
                }
            }
        }
    })
}

fn pending_now(state: &PortalState) -> Result<Pending, PublishError> {
    let store = state.store();
    crate::publish::pending(
        store.as_ref(),
        &state.cfg.feed_dir,
        &PublishOptions::default(),
        true,
    )
}

pub(crate) async fn screen(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    Query(q): Query<std::collections::HashMap<String, String>>,
) -> Response {
    let console = match Console::get(&state, &headers, Role::Admin) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let pending = match pending_now(&state) {
        Ok(p) => p,
        Err(e) => return server_error(t, &e),
    };
    let notice = q.contains_key("done").then(|| {
        let seq = pending.last.as_ref().map_or(0, |(seq, _)| *seq);
        html! { p.notice role="status" { (t.with("publish-done", &[("seq", seq.to_string())])) } }
    });
    match render(&console, &state, &pending, notice) {
        Ok(main) => console.page(&t.get("publish-title"), main).into_response(),
        Err(r) => r,
    }
}

pub(crate) async fn publish(
    State(state): State<Arc<PortalState>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let (console, fields) = match Console::post(&state, &headers, &body, Role::Admin) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let t = console.lang;
    let Some(key) = state.cfg.publish_key.clone() else {
        return console.refuse(StatusCode::CONFLICT, "publish-no-key");
    };
    let opts = PublishOptions {
        confirm_removals: fields.get("confirm").is_some_and(|v| v == "yes"),
        ..PublishOptions::default()
    };
    // Signing and writing the files takes a while: off the async workers,
    // with the store held so no edit lands halfway.
    let worker = Arc::clone(&state);
    let done = tokio::task::spawn_blocking(move || {
        let mut store = worker.store();
        crate::publish::publish(store.as_mut(), &worker.cfg.feed_dir, &key, opts)
    })
    .await;
    match done {
        Ok(Ok(report)) => {
            console.audit(
                &state,
                AuditAction::Published,
                format!(
                    "seq {} ({} records)",
                    report.manifest.seq, report.manifest.rows
                ),
            );
            redirect("/console/publish?done=1")
        }
        Ok(Err(PublishError::Empty | PublishError::TooManyRemoved(_))) => {
            let pending = match pending_now(&state) {
                Ok(p) => p,
                Err(e) => return server_error(t, &e),
            };
            let notice = html! { p role="alert" { (t.get("publish-need-confirm")) } };
            match render(&console, &state, &pending, Some(notice)) {
                Ok(main) => (
                    StatusCode::CONFLICT,
                    console.page(&t.get("publish-title"), main),
                )
                    .into_response(),
                Err(r) => r,
            }
        }
        Ok(Err(PublishError::Busy)) => console.refuse(StatusCode::CONFLICT, "publish-busy"),
        Ok(Err(e)) => server_error(t, &e),
        Err(e) => server_error(t, &e),
    }
}
