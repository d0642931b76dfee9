//! The data card in settings: where the data came from (official or sample,
//! which publication: number and date), when it was last checked and the last
//! problem (a translated `sync-error-*` message), "update now" with a progress
//! bar (bytes while downloading, then rows as they are written and indexed:
//! `CatalogWriter::apply_changes` reports `ApplyProgress`), and loading the
//! same signed feed from a folder (a USB stick).

use dioxus::prelude::*;
use sync::{Phase, Progress, SyncStatus};

use crate::background;
use crate::i18n::Tr;
use crate::session::{use_app, use_session};

#[derive(Debug, Clone, PartialEq)]
enum Run {
    Idle,
    Running(Option<Progress>),
    Done(String),
    Failed(String),
}

fn phase_key(p: Phase) -> &'static str {
    match p {
        Phase::Checking => "sync-phase-checking",
        Phase::Downloading => "sync-phase-downloading",
        Phase::Verifying => "sync-phase-verifying",
        Phase::Applying => "sync-phase-applying",
        Phase::Done => "sync-phase-done",
    }
}

fn outcome_text(tr: Tr, o: &sync::UpdateOutcome) -> String {
    if o.changed() {
        tr.a("sync-updated", &[("seq", o.to.into())])
    } else {
        tr.t("sync-up-to-date")
    }
}

#[component]
pub fn DataCard() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let mut run = use_signal(|| Run::Idle);
    let mut folder = use_signal(String::new);
    let mut status = use_resource({
        let app = app.clone();
        move || {
            let app = app.clone();
            async move { app.sync().status().await.ok() }
        }
    });
    let configured = background::feed_configured(&app);
    // Runs an update or a sideload as a tokio task (the client's futures
    // are Send); progress comes back over a channel into this session.
    let start = {
        let app = app.clone();
        move |from_folder: Option<std::path::PathBuf>| {
            let app = app.clone();
            run.set(Run::Running(None));
            spawn(async move {
                let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Progress>();
                let report = move |p: Progress| {
                    // Nobody listens once the screen is gone; the update
                    // goes on without its progress bar.
                    let _ = tx.send(p);
                };
                let task = tokio::spawn(async move {
                    match from_folder {
                        Some(dir) => background::sideload_now(&app, dir, report).await,
                        None => background::update_now(&app, report).await,
                    }
                });
                tokio::pin!(task);
                let result = loop {
                    tokio::select! {
                        Some(p) = rx.recv() => run.set(Run::Running(Some(p))),
                        r = &mut task => break r,
                    }
                };
                let tr = session.tr();
                run.set(match result {
                    Ok(Ok(o)) => Run::Done(outcome_text(tr, &o)),
                    Ok(Err(e)) => Run::Failed(tr.t(e.message_id())),
                    Err(_) => Run::Failed(tr.t("sync-error-storage")),
                });
                status.restart();
            });
        }
    };
    let update = {
        let mut start = start.clone();
        move |_| start(None)
    };
    let mut start = start;
    let sideload = move |_| {
        let dir = folder().trim().to_string();
        if dir.is_empty() {
            run.set(Run::Failed(session.tr().t("form-error-required")));
        } else {
            start(Some(dir.into()));
        }
    };
    let running = matches!(run(), Run::Running(_));
    let st: Option<SyncStatus> = status.read().clone().flatten();
    rsx! {
        div { class: "card", id: "data-sync",
            h2 { "{tr.t(\"sync-title\")}" }
            dl { class: "facts",
                dt { "{tr.t(\"sync-origin\")}" }
                dd { id: "sync-origin",
                    match st.as_ref().map(|s| s.origin) {
                        Some(sync::DataOrigin::Official) => tr.t("data-official"),
                        Some(sync::DataOrigin::Sample) => tr.t("data-sample"),
                        _ => tr.t("sync-origin-local"),
                    }
                }
                dt { "{tr.t(\"sync-publication\")}" }
                dd { id: "sync-seq",
                    match st.as_ref().and_then(|s| s.seq.zip(s.created.clone())) {
                        Some((seq, created)) => tr.a("sync-publication-value", &[("seq", seq.into()), ("date", tr.date(&created).into())]),
                        None => tr.t("card-not-stated"),
                    }
                }
                dt { "{tr.t(\"sync-last-check\")}" }
                dd { id: "sync-last-check",
                    match st.as_ref().and_then(|s| s.last_check.clone()) {
                        Some(d) => tr.date(&d),
                        None => tr.t("sync-never"),
                    }
                }
                if let Some(id) = st.as_ref().and_then(|s| s.last_error_id.clone()) {
                    dt { "{tr.t(\"sync-last-problem\")}" }
                    dd { class: "error", "{tr.t(&id)}" }
                }
            }
            if configured {
                button { class: "button button-primary", id: "sync-update", disabled: running, onclick: update,
                    "{tr.t(\"sync-update-now\")}" }
            } else {
                p { class: "hint", id: "sync-not-configured", "{tr.t(\"sync-not-configured\")}" }
            }
            details { class: "sideload",
                summary { "{tr.t(\"sync-sideload\")}" }
                p { class: "hint", "{tr.t(\"sync-sideload-hint\")}" }
                input { id: "sync-folder", dir: "ltr", value: "{folder}", placeholder: "/media/usb/integra-feed",
                    oninput: move |e: FormEvent| folder.set(e.value()) }
                button { class: "button", id: "sync-sideload", disabled: running, onclick: sideload,
                    "{tr.t(\"sync-sideload-button\")}" }
            }
            match run() {
                Run::Idle => rsx! {},
                Run::Running(p) => rsx! { Bar { progress: p } },
                Run::Done(text) => rsx! { p { class: "done", id: "sync-result", role: "status", "{text}" } },
                Run::Failed(text) => rsx! { p { class: "error", id: "sync-result", role: "alert", "{text}" } },
            }
        }
    }
}

#[component]
fn Bar(progress: Option<Progress>) -> Element {
    let tr = use_session().tr();
    let (label, value, max) = match progress {
        None => (tr.t("sync-phase-checking"), 0, 1),
        Some(p) => {
            let (done, total) =
                if p.phase == Phase::Applying || p.rows_total > 0 && p.bytes_total == 0 {
                    (p.rows_done, p.rows_total)
                } else {
                    (p.bytes_done, p.bytes_total)
                };
            (tr.t(phase_key(p.phase)), done, total.max(1))
        }
    };
    rsx! {
        div { class: "progress", id: "sync-progress", role: "status",
            label { r#for: "sync-bar", "{label}" }
            progress { id: "sync-bar", value: "{value}", max: "{max}" }
        }
    }
}
