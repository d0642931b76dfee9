//! Settings and about: language, place, data status (`data.rs`), the
//! notifications switch, the mediator toggle, sources and licences, privacy;
//! the outbox of submissions waiting to be sent; on a kiosk, the PIN gate in
//! front of the desk's settings, and a thank-you instead of the outbox (which
//! holds other visitors' sends).

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
    let provenance = app.catalog().provenance().unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the catalog's sources could not be read");
        // Said as sample until known otherwise: never claim official data.
        catalog::Provenance {
            sources: Vec::new(),
            sample: true,
        }
    });
    let pending = app.user().outbox().map(|o| o.len()).unwrap_or(0);
    let kiosk = app.config().kiosk;
    if kiosk && !(session.admin_unlocked)() {
        return rsx! { KioskGate {} };
    }
    rsx! {
        section { class: "settings",
            h1 { "{tr.t(\"nav-settings\")}" }
            if kiosk {
                KioskAdmin {}
            } else {
                MediatorCard {}
                NotifyCard {}
            }
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
                    for src in provenance.sources.iter().filter_map(|k| catalog::provenance::source(k)) {
                        li { class: "source-official", "data-source": src.key,
                            "{tr.a(\"sources-official\", &[(\"publisher\", src.publisher.into()), (\"dataset\", src.dataset.into()), (\"date\", src.data_date.into()), (\"licence\", src.licence.into())])} "
                            a { href: src.url, target: "_blank", rel: "noopener noreferrer", dir: "ltr", "{src.url}" }
                        }
                    }
                    if !provenance.sources.is_empty() {
                        li { "{tr.a(\"sources-geonames\", &[(\"attribution\", catalog::provenance::GEONAMES.into())])}" }
                    }
                    li { "{tr.t(\"sources-fonts\")}" }
                    if provenance.sample {
                        li { id: "sources-sample", "{tr.t(\"sources-sample\")}" }
                    }
                    li { "{tr.t(\"sources-app\")}" }
                }
            }
        }
    }
}

/// Mediator mode on or off (a preference of this device).
#[component]
fn MediatorCard() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let on = (session.mediator)();
    rsx! {
        div { class: "card", id: "mediator-card",
            h2 { "{tr.t(\"mediator-title\")}" }
            label { class: "check",
                input { r#type: "checkbox", id: "mediator-toggle", checked: on,
                    onchange: move |e: FormEvent| {
                        let on = e.checked();
                        let mut m = session.mediator;
                        m.set(on);
                        crate::session::save_mediator(&app, on);
                    }
                }
                " {tr.t(\"mediator-toggle\")}"
            }
            p { class: "hint", "{tr.t(\"shortlist-hint\")}" }
        }
    }
}

/// A system notification when an update brings something new for the
/// person: off until they turn it on; refused by the system, it stays off.
#[component]
fn NotifyCard() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let mut on = use_signal(|| crate::notify::opted_in(&app));
    let mut refused = use_signal(|| false);
    let available = app.notifier().is_some();
    rsx! {
        div { class: "card", id: "notify-card",
            h2 { "{tr.t(\"notify-setting-title\")}" }
            label { class: "check",
                input { r#type: "checkbox", id: "notify-toggle", checked: on(), disabled: !available,
                    onchange: move |e: FormEvent| {
                        let wanted = e.checked();
                        let now = crate::notify::set_opted_in(&app, wanted);
                        on.set(now);
                        refused.set(wanted && !now);
                    }
                }
                " {tr.t(\"notify-setting-toggle\")}"
            }
            if !available {
                p { class: "hint", id: "notify-unavailable", "{tr.t(\"notify-setting-unavailable\")}" }
            } else if refused() {
                p { class: "hint", id: "notify-refused", role: "status", "{tr.t(\"notify-setting-refused\")}" }
            }
            p { class: "hint", "{tr.t(\"whats-new-private\")}" }
        }
    }
}

/// The kiosk's door to its settings: the admin PIN, with wrong guesses
/// said plainly and counted.
#[component]
fn KioskGate() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let mut pin = use_signal(String::new);
    let mut answer = use_signal(|| None::<crate::kiosk::PinCheck>);
    let pin_set = crate::kiosk::settings(&app).pin_set;
    let app2 = app.clone();
    let submit = use_callback(move |()| {
        let check = crate::kiosk::check_pin(&app2, &pin.peek());
        pin.set(String::new());
        if check == crate::kiosk::PinCheck::Correct {
            let mut unlocked = session.admin_unlocked;
            unlocked.set(true);
        } else {
            answer.set(Some(check));
        }
    });
    let message = answer().map(|a| match a {
        crate::kiosk::PinCheck::Correct => String::new(),
        crate::kiosk::PinCheck::Wrong { left } => tr.a("kiosk-pin-wrong", &[("left", left.into())]),
        crate::kiosk::PinCheck::Locked { seconds } => {
            tr.a("kiosk-pin-locked", &[("seconds", seconds.into())])
        }
        crate::kiosk::PinCheck::NotSet => tr.t("kiosk-pin-not-set"),
    });
    rsx! {
        section { class: "settings kiosk-gate", id: "kiosk-gate",
            h1 { "{tr.t(\"kiosk-admin-title\")}" }
            if pin_set {
                // Not a <form>: the browser would submit it natively.
                div { class: "card kiosk-pin-box",
                    label { r#for: "kiosk-pin", "{tr.t(\"kiosk-pin-label\")}" }
                    input { id: "kiosk-pin", r#type: "password", inputmode: "numeric",
                        autocomplete: "off", maxlength: "12", value: "{pin}",
                        oninput: move |e: FormEvent| pin.set(e.value()),
                        onkeydown: move |e: KeyboardEvent| if e.key() == Key::Enter { submit.call(()) } }
                    button { class: "button button-primary", id: "kiosk-unlock", onclick: move |_| submit.call(()),
                        "{tr.t(\"kiosk-unlock\")}" }
                    if let Some(m) = message {
                        p { class: "error", role: "alert", id: "kiosk-pin-error", "{m}" }
                    }
                }
            } else {
                p { class: "card", id: "kiosk-pin-error", "{tr.t(\"kiosk-pin-not-set\")}" }
            }
        }
    }
}

/// What the admin can change on a kiosk once unlocked: the desk's comune,
/// the idle timeout, the PIN; and closing the app.
#[component]
fn KioskAdmin() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let current = crate::kiosk::settings(&app);
    let mut comune = use_signal(|| current.comune.clone().unwrap_or_default());
    let mut idle = use_signal(|| current.idle_seconds.to_string());
    let mut new_pin = use_signal(String::new);
    let mut outcome = use_signal(|| None::<bool>);
    let app2 = app.clone();
    let save = move |_| {
        let user = app2.user();
        let mut ok = true;
        if !comune.peek().trim().is_empty() {
            ok &= crate::kiosk::set_comune(&user, &comune.peek()).is_ok();
        }
        ok &= idle
            .peek()
            .trim()
            .parse::<u64>()
            .ok()
            .is_some_and(|n| crate::kiosk::set_idle_seconds(&user, n).is_ok());
        if !new_pin.peek().is_empty() {
            ok &= crate::kiosk::set_pin(&user, &new_pin.peek()).is_ok();
        }
        drop(user);
        new_pin.set(String::new());
        if ok && let Some(place) = crate::kiosk::settings(&app2).place() {
            let mut p = session.place;
            p.set(Some(place));
        }
        outcome.set(Some(ok));
    };
    rsx! {
        div { class: "card kiosk-admin", id: "kiosk-admin",
            h2 { "{tr.t(\"kiosk-admin-title\")}" }
            label { r#for: "kiosk-comune", "{tr.t(\"kiosk-comune-label\")}" }
            input { id: "kiosk-comune", inputmode: "numeric", value: "{comune}",
                oninput: move |e: FormEvent| comune.set(e.value()) }
            label { r#for: "kiosk-idle", "{tr.t(\"kiosk-idle-label\")}" }
            input { id: "kiosk-idle", inputmode: "numeric", value: "{idle}",
                oninput: move |e: FormEvent| idle.set(e.value()) }
            label { r#for: "kiosk-new-pin", "{tr.t(\"kiosk-new-pin-label\")}" }
            input { id: "kiosk-new-pin", r#type: "password", inputmode: "numeric", autocomplete: "off",
                value: "{new_pin}", oninput: move |e: FormEvent| new_pin.set(e.value()) }
            div { class: "actions",
                button { class: "button button-primary", id: "kiosk-save", onclick: save, "{tr.t(\"kiosk-save\")}" }
                button { class: "button", id: "kiosk-lock",
                    onclick: move |_| { let mut u = session.admin_unlocked; u.set(false); session.home(); },
                    "{tr.t(\"kiosk-lock\")}" }
                button { class: "button", id: "kiosk-exit",
                    // Only past the PIN: the app closes (the window, or `--serve`).
                    onclick: move |_| close_app(),
                    "{tr.t(\"kiosk-exit\")}" }
            }
            match outcome() {
                Some(true) => rsx! { p { role: "status", id: "kiosk-saved", "{tr.t(\"kiosk-saved\")}" } },
                Some(false) => rsx! { p { class: "error", role: "alert", id: "kiosk-invalid", "{tr.t(\"kiosk-invalid\")}" } },
                None => rsx! {},
            }
        }
    }
}

/// On a kiosk, after a visitor sends something: a thank-you, not the
/// outbox (which holds other visitors' submissions).
#[component]
pub fn KioskSent() -> Element {
    let session = use_session();
    let tr = session.tr();
    rsx! {
        section { class: "kiosk-sent", id: "kiosk-sent",
            h1 { "{tr.t(\"kiosk-sent-title\")}" }
            p { "{tr.t(\"kiosk-sent-body\")}" }
            button { class: "button button-primary", id: "kiosk-sent-home", onclick: move |_| session.home(),
                "{tr.t(\"kiosk-sent-home\")}" }
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
    let items = app.user().outbox().unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the outbox could not be read");
        Vec::new()
    });
    // What became of the sent ones: asked of the portal once as the screen
    // opens, shown again when an answer changed something.
    let mut outcomes_changed = use_signal(|| 0u32);
    let _ = outcomes_changed();
    let sent_items = app.user().sent().unwrap_or_else(|e| {
        tracing::warn!(error = %e, "the sent submissions could not be read");
        Vec::new()
    });
    use_hook(|| {
        let waiting = sent_items
            .iter()
            .any(|s| s.outcome == catalog::user::Outcome::Received);
        if waiting && crate::background::feed_configured(&app) {
            let app = app.clone();
            spawn(async move {
                let asked =
                    tokio::spawn(async move { crate::background::refresh_outcomes(&app).await })
                        .await;
                if let Ok(Ok(true)) = asked {
                    outcomes_changed += 1;
                }
            });
        }
    });
    let app2 = app.clone();
    let app3 = app.clone();
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
                        p { class: "hit-title", {outbox_label(&item.kind, &item.payload).map_or_else(|| item.kind.clone(), |id| tr.t(id))} }
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
            if !sent_items.is_empty() {
                h2 { id: "sent-title", "{tr.t(\"sent-title\")}" }
                p { class: "hint", "{tr.t(\"sent-intro\")}" }
                ul { class: "hits", id: "sent-list",
                    for item in sent_items {
                        li { class: "hit sent-item", key: "{item.uuid}", "data-kind": "{item.kind}",
                            p { class: "hit-title", {outbox_label(&item.kind, &item.payload).map_or_else(|| item.kind.clone(), |id| tr.t(id))} }
                            p { class: "hint", "{summary(&item.payload)}" }
                            match item.outcome {
                                catalog::user::Outcome::Received => rsx! {
                                    p { span { class: "badge badge-pending", "data-state": "received", "{tr.t(\"sent-state-received\")}" } " {tr.date(&item.sent_at)}" }
                                },
                                catalog::user::Outcome::Accepted => rsx! {
                                    p { span { class: "badge badge-open", "data-state": "accepted", "{tr.t(\"sent-state-accepted\")}" } }
                                },
                                catalog::user::Outcome::Rejected { reason } => rsx! {
                                    p { span { class: "badge badge-closed", "data-state": "rejected", "{tr.t(\"sent-state-rejected\")}" } }
                                    if let Some(reason) = reason {
                                        p { class: "sent-reason", {tr.a("sent-reason", &[("reason", reason.clone().into())])} }
                                    }
                                },
                            }
                        }
                    }
                }
                button { class: "button", id: "sent-clear",
                    onclick: move |_| {
                        if let Err(e) = app3.user().clear_sent() {
                            tracing::warn!(error = %e, "the sent submissions could not be cleared");
                        }
                        outcomes_changed += 1;
                    },
                    "{tr.t(\"sent-clear\")}" }
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

/// Closes the app: on a kiosk, only reachable past the admin PIN.
fn close_app() {
    std::process::exit(0)
}

/// The fluent message naming an outbox item: by its submission kind, and
/// for a correction by the kind of record it is about. None for a kind
/// this build does not know (shown as stored).
fn outbox_label(kind: &str, payload: &str) -> Option<&'static str> {
    use catalog::{RecordKind, SubmissionKind};
    let about_association = || {
        serde_json::from_str::<serde_json::Value>(payload)
            .ok()
            .and_then(|p| {
                p.get(catalog::submission::RECORD_KIND)
                    .and_then(|k| k.as_str())
                    .map(|k| RecordKind::from_name(k) == Some(RecordKind::Organization))
            })
            .unwrap_or(false)
    };
    Some(match SubmissionKind::of_outbox_item(kind)? {
        SubmissionKind::NewAssociation => "outbox-kind-new_association",
        SubmissionKind::NewService => "outbox-kind-new_service",
        SubmissionKind::Correction if about_association() => "outbox-kind-association_correction",
        SubmissionKind::Correction => "outbox-kind-correction",
        // The app asks only for an association's removal.
        SubmissionKind::RemovalRequest => "outbox-kind-association_removal",
    })
}
