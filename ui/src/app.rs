//! The root component: the session, the top bar (back, home, language
//! switcher), the notice, the current screen, and the footer. It keeps
//! `<html lang dir>` and the title current with one `eval`, and holds the
//! landmarks every screen relies on: a skip link, `header`/`nav`/`main`/`footer`.
//!
//! Kiosk mode wraps the session in `KioskFrame`, the idle reset: pointer, key
//! and input events below it count as activity; a task shows the countdown and,
//! at the timeout, bumps the key of a one-item keyed list holding
//! `SessionRoot`, so the whole session subtree (signals, drafts, tasks) is
//! dropped and a new one mounted. (A single keyed child would only re-render:
//! its hooks would survive.)

use catalog::Lang;
use dioxus::prelude::*;

use crate::i18n::Tr;
use crate::screens;
use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::session::{
    Notice, Screen, SearchState, Session, saved_lang, saved_mediator, saved_place, system_lang,
};
use crate::state::{AppState, CatalogStart};

pub fn root() -> Element {
    let app = use_context::<AppState>();
    use_hook(|| crate::background::start(&app));
    if app.config().kiosk {
        rsx! { KioskFrame {} }
    } else {
        rsx! { SessionRoot {} }
    }
}

/// The kiosk's idle watch, outside the session: every touch or key below
/// it counts as activity; after the idle timeout the session subtree is
/// replaced by a new one (a new key), so all its signals, drafts and tasks
/// are dropped together and nothing of the visitor survives.
#[component]
fn KioskFrame() -> Element {
    let app = use_context::<AppState>();
    let settings = use_hook(|| crate::kiosk::settings(&app));
    let mut generation = use_signal(|| 0u64);
    let last_activity = use_hook(|| Rc::new(Cell::new(Instant::now())));
    let mut remaining = use_signal(|| None::<u64>);
    use_context_provider(|| KioskClock {
        remaining,
        last_activity: last_activity.clone(),
    });
    let watch = last_activity.clone();
    use_future(move || {
        let watch = watch.clone();
        let idle = settings.idle();
        let countdown = settings.countdown();
        async move {
            loop {
                let idle_for = watch.get().elapsed();
                if idle_for >= idle {
                    // Reset: a new session subtree in the default language.
                    watch.set(Instant::now());
                    remaining.set(None);
                    *generation.write() += 1;
                    document::eval(
                        "window.scrollTo(0,0);if(document.activeElement){document.activeElement.blur();}",
                    );
                    continue;
                }
                let countdown_from = idle - countdown;
                let wait = if idle_for < countdown_from {
                    if remaining.peek().is_some() {
                        remaining.set(None);
                    }
                    countdown_from - idle_for
                } else {
                    let left = idle - idle_for;
                    let shown = left.as_secs_f64().ceil() as u64;
                    if *remaining.peek() != Some(shown) {
                        remaining.set(Some(shown));
                    }
                    // Wake at the next whole second shown, or at the reset.
                    let fraction = left.as_secs_f64() - (shown as f64 - 1.0);
                    Duration::from_secs_f64(fraction.max(0.001))
                };
                // Activity only moves the deadline later: waking at least
                // every second is enough to notice it.
                tokio::time::sleep(wait.min(Duration::from_secs(1))).await;
            }
        }
    });
    let touched = {
        let l = last_activity.clone();
        move || {
            l.set(Instant::now());
            // Any touch answers "are you still there?" at once.
            if remaining.peek().is_some() {
                remaining.set(None);
            }
        }
    };
    let (mut t1, mut t2, mut t3) = (touched.clone(), touched.clone(), touched);
    rsx! {
        div { class: "kiosk-frame",
            onpointerdown: move |_| t1(),
            onkeydown: move |_| t2(),
            oninput: move |_| t3(),
            // A keyed list of one: a new key unmounts the old session and
            // mounts a fresh one (a single keyed child would only re-render).
            for g in [generation()] {
                SessionRoot { key: "{g}" }
            }
        }
    }
}

/// The kiosk's countdown, for the session to show in its language.
#[derive(Clone)]
struct KioskClock {
    remaining: Signal<Option<u64>>,
    last_activity: Rc<Cell<Instant>>,
}

#[component]
fn SessionRoot() -> Element {
    let app = use_context::<AppState>();
    let kiosk = app.config().kiosk;
    let session = use_context_provider(|| {
        let saved = saved_lang(&app);
        // A kiosk session opens on home in the desk's default language
        // (the language switch is on every screen).
        let first = if saved.is_some() || kiosk {
            Screen::Home
        } else {
            Screen::LanguagePicker
        };
        let tr = Tr::new(saved.unwrap_or_else(|| system_lang(&app)));
        let notice = match app.start() {
            CatalogStart::Opened => None,
            CatalogStart::Built { millis, .. } => Some(Notice::CatalogBuilt {
                seconds: *millis as f64 / 1000.0,
            }),
            CatalogStart::Rebuilt { .. } => Some(Notice::CatalogRebuilt),
        };
        let place = if kiosk {
            crate::kiosk::settings(&app).place()
        } else {
            saved_place(&app)
        };
        Session {
            lang: Signal::new(tr.lang),
            stack: Signal::new(vec![first]),
            place: Signal::new(place),
            search: Signal::new(SearchState::default()),
            notice: Signal::new(if kiosk { None } else { notice }),
            shortlist: Signal::new(Vec::new()),
            mediator: Signal::new(saved_mediator(&app)),
            admin_unlocked: Signal::new(false),
            data_version: Signal::new(0),
        }
    });
    // An update in the background (or from another window) changed the
    // catalog: counts on screen follow.
    use_future({
        let app = app.clone();
        move || {
            let mut data = app.watch_data();
            let mut version = session.data_version;
            async move {
                while data.changed().await.is_ok() {
                    version += 1;
                }
            }
        }
    });
    let clock = try_use_context::<KioskClock>();
    let lang = (session.lang)();
    let tr = Tr::new(lang);
    // The page's own <html> carries the language too: screen readers,
    // fonts, hyphenation and the browser's text direction read it there.
    use_effect(move || {
        let lang = (session.lang)();
        let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
        let title = Tr::new(lang).t("app-title");
        document::eval(&format!(
            "document.documentElement.lang={:?};document.documentElement.dir={:?};document.title={:?};",
            lang.code(),
            dir,
            title
        ));
    });
    // Back returns to where a screen was left; a new screen starts at its top.
    use_hook(|| {
        document::eval(crate::session::SCROLL_MEMORY_JS);
    });
    let screen = session.screen();
    rsx! {
        div { id: "app", lang: lang.code(), dir: tr.dir(), class: "app",
            "data-kiosk": "{kiosk}",
            // The first stop of the Tab key: past the top bar to the screen.
            a { class: "skip-link", href: "#screen", id: "skip-link", "{tr.t(\"skip-to-content\")}" }
            TopBar {}
            if let Some(clock) = clock.clone() {
                if let Some(seconds) = (clock.remaining)() {
                    div { class: "kiosk-countdown", id: "kiosk-countdown", role: "alertdialog",
                        "aria-modal": "true", "aria-labelledby": "kiosk-countdown-title",
                        div { class: "kiosk-countdown-box",
                            h2 { id: "kiosk-countdown-title", "{tr.t(\"kiosk-still-there\")}" }
                            p { "{tr.a(\"kiosk-restarting\", &[(\"seconds\", seconds.into())])}" }
                            button { class: "button button-primary", id: "kiosk-continue",
                                onclick: move |_| {
                                    clock.last_activity.set(Instant::now());
                                    let mut r = clock.remaining;
                                    r.set(None);
                                },
                                "{tr.t(\"kiosk-continue\")}" }
                        }
                    }
                }
            }
            if let Some(text) = (session.notice)().map(|n| n.text(tr)) {
                div { class: "notice", role: "status", id: "notice",
                    span { "{text}" }
                    button { class: "link", onclick: move |_| { let mut n = session.notice; n.set(None) },
                        "{tr.t(\"action-dismiss\")}" }
                }
            }
            main { class: "screen", id: "screen", tabindex: "-1", "data-depth": "{session.stack.read().len().saturating_sub(1)}",
                match screen {
                    Screen::LanguagePicker => rsx! { screens::home::LanguagePicker {} },
                    Screen::Home => rsx! { screens::home::Home {} },
                    // A kiosk's place is the desk's comune, unless the admin unlocked it.
                    Screen::Place if kiosk && (session.place)().is_some() && !(session.admin_unlocked)() => rsx! { screens::home::Home {} },
                    Screen::Place => rsx! { screens::place::PlacePicker {} },
                    Screen::Results => rsx! { screens::results::Results {} },
                    Screen::Map => rsx! { screens::results::MapScreen {} },
                    Screen::Record(kind, id) => rsx! { screens::record::RecordScreen { kind, id } },
                    Screen::Correction(kind, id) => rsx! { crate::forms::CorrectionForm { kind, id } },
                    Screen::Associations => rsx! { screens::associations::Associations {} },
                    Screen::NewAssociation => rsx! { crate::forms::NewAssociationForm {} },
                    Screen::NewService(area) => rsx! { crate::forms::NewServiceForm { area } },
                    Screen::AssociationChange(id) => rsx! { crate::forms::AssociationChangeForm { id } },
                    Screen::Learn => rsx! { screens::learn::Learn {} },
                    Screen::Phrasebook(topic) => rsx! { screens::phrasebook::PhrasebookScreen { topic } },
                    Screen::Phrase(id) => rsx! { screens::phrasebook::PhraseScreen { id } },
                    Screen::Reports => rsx! { screens::reports::Reports {} },
                    Screen::News => rsx! { screens::reports::News {} },
                    Screen::Help => rsx! { screens::help::Help {} },
                    Screen::Settings => rsx! { screens::settings::Settings {} },
                    Screen::Outbox if kiosk && !(session.admin_unlocked)() => rsx! { screens::settings::KioskSent {} },
                    Screen::Outbox => rsx! { screens::settings::Outbox {} },
                    Screen::Accessibility => rsx! { screens::accessibility::AccessibilityStatement {} },
                    Screen::Shortlist => rsx! { screens::shortlist::Shortlist {} },
                    Screen::Referral => rsx! { screens::shortlist::Referral {} },
                    Screen::Culture => rsx! { screens::culture::Culture {} },
                    Screen::SecondGenerations => rsx! { screens::second_gen::SecondGenerations {} },
                    Screen::WhatsNew => rsx! { screens::whats_new::WhatsNew {} },
                }
            }
            footer { class: "footer", "aria-label": tr.t("footer-label"),
                button { class: "link", id: "go-accessibility", r#type: "button",
                    onclick: move |_| session.go(Screen::Accessibility),
                    "{tr.t(\"footer-accessibility\")}" }
            }
        }
    }
}

#[component]
fn TopBar() -> Element {
    let session = crate::session::use_session();
    let tr = session.tr();
    let depth = session.stack.read().len();
    let on_picker = session.screen() == Screen::LanguagePicker;
    let app = crate::session::use_app();
    let count = session.shortlist.read().len();
    rsx! {
        header { class: "topbar",
            nav { class: "topbar-nav", "aria-label": tr.t("nav-main-label"),
                if depth > 1 {
                    // The arrow points where "back" is: left, or right in RTL (.flip).
                    button { class: "icon-button", id: "back", r#type: "button", "aria-label": tr.t("action-back"),
                        onclick: move |_| session.back(), span { class: "flip", "aria-hidden": "true", "←" } }
                }
                button { class: "brand", id: "home", r#type: "button", onclick: move |_| session.home(),
                    span { class: "brand-mark", "aria-hidden": "true", "i" }
                    span { class: "brand-name", "{tr.t(\"app-title\")}" }
                }
            }
            span { class: "spacer" }
            if session.shortlist_enabled(&app) && !on_picker {
                button { class: "chip shortlist-chip", id: "shortlist-open",
                    onclick: move |_| session.go(Screen::Shortlist),
                    "{tr.a(\"shortlist-open\", &[(\"count\", count.into())])}" }
            }
            if !on_picker {
                LanguageSelect { id: "lang-switch" }
            }
        }
    }
}

/// The language switcher: every language named in itself.
#[component]
pub fn LanguageSelect(id: String) -> Element {
    let session = crate::session::use_session();
    let app = crate::session::use_app();
    let tr = session.tr();
    let current = (session.lang)();
    rsx! {
        label { class: "visually-hidden", r#for: "{id}", "{tr.t(\"settings-language\")}" }
        select { id: "{id}", class: "lang-select",
            onchange: move |e: FormEvent| {
                if let Some(l) = Lang::from_code(&e.value()) {
                    let mut lang = session.lang;
                    lang.set(l);
                    crate::session::save_lang(&app, l);
                }
            },
            for l in Lang::ALL {
                option { value: l.code(), selected: l == current, lang: l.code(),
                    "{crate::i18n::message(l, \"language-name\", None)}" }
            }
        }
    }
}
