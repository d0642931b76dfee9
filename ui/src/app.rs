//! The root component: the session, the top bar and the current screen.

use catalog::Lang;
use dioxus::prelude::*;

use crate::i18n::Tr;
use crate::screens;
use crate::session::{Notice, Screen, SearchState, Session, saved_lang, saved_place, system_lang};
use crate::state::{AppState, CatalogStart};

pub fn root() -> Element {
    let app = use_context::<AppState>();
    use_hook(|| crate::background::start(&app));
    let session = use_context_provider(|| {
        let saved = saved_lang(&app);
        let first = if saved.is_some() && !app.config().kiosk {
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
        Session {
            lang: Signal::new(tr.lang),
            stack: Signal::new(vec![first]),
            place: Signal::new(saved_place(&app)),
            search: Signal::new(SearchState::default()),
            notice: Signal::new(notice),
        }
    });
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
    let screen = session.screen();
    rsx! {
        div { id: "app", lang: lang.code(), dir: tr.dir(), class: "app",
            TopBar {}
            if let Some(text) = (session.notice)().map(|n| n.text(tr)) {
                div { class: "notice", role: "status", id: "notice",
                    span { "{text}" }
                    button { class: "link", onclick: move |_| { let mut n = session.notice; n.set(None) },
                        "{tr.t(\"action-dismiss\")}" }
                }
            }
            main { class: "screen", id: "screen",
                match screen {
                    Screen::LanguagePicker => rsx! { screens::home::LanguagePicker {} },
                    Screen::Home => rsx! { screens::home::Home {} },
                    Screen::Place => rsx! { screens::place::PlacePicker {} },
                    Screen::Results => rsx! { screens::results::Results {} },
                    Screen::Map => rsx! { screens::results::MapScreen {} },
                    Screen::Record(kind, id) => rsx! { screens::record::RecordScreen { kind, id } },
                    Screen::Correction(kind, id) => rsx! { crate::forms::CorrectionForm { kind, id } },
                    Screen::Associations => rsx! { screens::associations::Associations {} },
                    Screen::NewAssociation => rsx! { crate::forms::NewAssociationForm {} },
                    Screen::AssociationChange(id) => rsx! { crate::forms::AssociationChangeForm { id } },
                    Screen::Learn => rsx! { screens::learn::Learn {} },
                    Screen::Reports => rsx! { screens::reports::Reports {} },
                    Screen::News => rsx! { screens::reports::News {} },
                    Screen::Help => rsx! { screens::help::Help {} },
                    Screen::Settings => rsx! { screens::settings::Settings {} },
                    Screen::Outbox => rsx! { screens::settings::Outbox {} },
                    Screen::Culture => rsx! { screens::culture::Culture {} },
                    Screen::SecondGenerations => rsx! { screens::second_gen::SecondGenerations {} },
                    Screen::WhatsNew => rsx! { screens::whats_new::WhatsNew {} },
                }
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
    rsx! {
        header { class: "topbar",
            if depth > 1 {
                button { class: "icon-button", id: "back", "aria-label": tr.t("action-back"),
                    onclick: move |_| session.back(), span { class: "flip", "←" } }
            }
            button { class: "brand", id: "home", onclick: move |_| session.home(),
                span { class: "brand-mark", "i" }
                span { "{tr.t(\"app-title\")}" }
            }
            span { class: "spacer" }
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
