//! Settings and about: language, place, data status, sources and licences,
//! privacy; and the outbox of submissions waiting to be sent.

use dioxus::prelude::*;

use crate::app::LanguageSelect;
use crate::screens::home::{PlaceChip, data_status};
use crate::session::{Screen, use_app, use_session};

#[component]
pub fn Settings() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let counts = app.catalog().counts().unwrap_or_default();
    let pending = app.user().outbox().map(|o| o.len()).unwrap_or(0);
    rsx! {
        section { class: "settings",
            h1 { "{tr.t(\"nav-settings\")}" }
            div { class: "card",
                h2 { "{tr.t(\"settings-language\")}" }
                LanguageSelect { id: "settings-lang" }
            }
            div { class: "card",
                h2 { "{tr.t(\"place-label\")}" }
                PlaceChip {}
            }
            div { class: "card", id: "data-card",
                h2 { "{tr.t(\"settings-data\")}" }
                p { id: "settings-data-status", "{data_status(&app, tr)}" }
                ul {
                    li { "{tr.a(\"settings-count-services\", &[(\"count\", counts.services.into()), (\"shown\", tr.count(counts.services).into())])}" }
                    li { "{tr.a(\"settings-count-associations\", &[(\"count\", counts.associations.into()), (\"shown\", tr.count(counts.associations).into())])}" }
                    li { "{tr.a(\"settings-count-learning\", &[(\"count\", counts.learning_resources.into()), (\"shown\", tr.count(counts.learning_resources).into())])}" }
                }
                p { "{tr.t(\"settings-offline\")}" }
            }
            crate::screens::data::DataCard {}
            div { class: "card",
                h2 { "{tr.t(\"outbox-title\")}" }
                p { "{tr.a(\"outbox-pending\", &[(\"count\", pending.into()), (\"shown\", tr.count(pending).into())])}" }
                button { class: "button", id: "go-outbox", onclick: move |_| session.go(Screen::Outbox), "{tr.t(\"outbox-open\")}" }
            }
            div { class: "card", id: "privacy",
                h2 { "{tr.t(\"privacy-title\")}" }
                p { "{tr.t(\"privacy-body\")}" }
                p { "{tr.t(\"privacy-submissions\")}" }
            }
            div { class: "card", id: "settings-accessibility",
                h2 { "{tr.t(\"a11y-title\")}" }
                button { class: "button", id: "go-accessibility-settings", r#type: "button",
                    onclick: move |_| session.go(Screen::Accessibility), "{tr.t(\"footer-accessibility\")}" }
            }
            div { class: "card", id: "sources",
                h2 { "{tr.t(\"sources-title\")}" }
                ul {
                    li { "{tr.t(\"sources-istat\")}" }
                    li { "{tr.t(\"sources-openpolis\")}" }
                    li { "{tr.t(\"sources-fonts\")}" }
                    li { "{tr.t(\"sources-sample\")}" }
                    li { "{tr.t(\"sources-app\")}" }
                }
            }
        }
    }
}

#[component]
pub fn Outbox() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let mut sending = use_signal(|| false);
    let mut sent = use_signal(|| None::<String>);
    // Re-read after a send: the list is the user file's, not a copy.
    let _ = sent();
    let items = app.user().outbox().unwrap_or_default();
    let app2 = app.clone();
    rsx! {
        section { class: "outbox",
            h1 { "{tr.t(\"outbox-title\")}" }
            p { class: "hint", "{tr.t(\"outbox-intro\")}" }
            if items.is_empty() { p { class: "empty", id: "outbox-empty", "{tr.t(\"outbox-empty\")}" } }
            if !items.is_empty() && crate::background::feed_configured(&app) {
                button { class: "button", id: "outbox-send", disabled: sending(),
                    onclick: move |_| {
                        let app = app2.clone();
                        sending.set(true);
                        spawn(async move {
                            let r = tokio::spawn({ let app = app.clone(); async move { crate::background::send_outbox(&app).await } }).await;
                            let tr = session.tr();
                            sent.set(Some(match r {
                                Ok(Ok(rep)) => tr.a("outbox-sent", &[("count", rep.sent.len().into()), ("shown", tr.count(rep.sent.len()).into())]),
                                Ok(Err(e)) => tr.t(e.message_id()),
                                Err(_) => tr.t("sync-error-storage"),
                            }));
                            sending.set(false);
                        });
                    },
                    "{tr.t(\"outbox-send-now\")}" }
            }
            if let Some(m) = sent() { p { role: "status", id: "outbox-sent", "{m}" } }
            ul { class: "hits", id: "outbox-list",
                for item in items {
                    li { class: "hit outbox-item", key: "{item.uuid}", "data-kind": "{item.kind}",
                        p { class: "hit-title", {tr.t(&format!("outbox-kind-{}", item.kind))} }
                        p { class: "hint", "{summary(&item.payload)}" }
                        match sync::outbox::state(&item) {
                            sync::outbox::OutboxState::Pending => rsx! {
                                p { span { class: "badge badge-pending", "data-state": "pending", "{tr.t(\"outbox-state-pending\")}" } " {tr.date(&item.created_at)}" }
                            },
                            sync::outbox::OutboxState::Retrying { attempts, .. } => rsx! {
                                p { span { class: "badge badge-pending", "data-state": "retrying", "{tr.t(\"outbox-state-pending\")}" } " {tr.date(&item.created_at)}" }
                                p { class: "hint", "{tr.a(\"outbox-attempts\", &[(\"count\", attempts.into())])}" }
                            },
                            sync::outbox::OutboxState::Rejected { reason } => rsx! {
                                p { span { class: "badge badge-closed", "data-state": "rejected", "{tr.t(\"outbox-state-rejected\")}" } }
                                p { class: "error", "{reason}" }
                            },
                        }
                    }
                }
            }
        }
    }
}

/// The first thing a person would recognize of their submission.
fn summary(payload: &str) -> String {
    let v: serde_json::Value = serde_json::from_str(payload).unwrap_or_default();
    let s = ["name", "record_name", "message"]
        .iter()
        .find_map(|k| v.get(*k).and_then(|x| x.as_str()))
        .unwrap_or("");
    let mut out: String = s.chars().take(120).collect();
    if s.chars().count() > 120 {
        out.push('…');
    }
    out
}
