//! The first screens: the language picker and home.

use catalog::Lang;
use catalog::taxonomy::Taxonomy;
use dioxus::prelude::*;

use crate::i18n::{Tr, message};
use crate::session::{Screen, save_lang, use_app, use_session};
use crate::widgets::HelplineCall;

/// Shown on first start (and on every kiosk session): every language named
/// in itself, the system's language first.
#[component]
pub fn LanguagePicker() -> Element {
    let session = use_session();
    let app = use_app();
    let current = (session.lang)();
    let mut order: Vec<Lang> = vec![current];
    order.extend(Lang::ALL.into_iter().filter(|l| *l != current));
    rsx! {
        section { class: "language-picker", id: "language-picker",
            h1 { "{message(current, \"picker-title\", None)}" }
            ul { class: "tiles",
                for l in order {
                    li {
                        button { class: if l == current { "tile tile-language tile-selected" } else { "tile tile-language" },
                            lang: l.code(), dir: if l.is_rtl() { "rtl" } else { "ltr" },
                            "data-lang": l.code(),
                            onclick: {
                                let app = app.clone();
                                move |_| {
                                    let mut lang = session.lang;
                                    lang.set(l);
                                    save_lang(&app, l);
                                    let mut stack = session.stack;
                                    stack.set(vec![Screen::Home]);
                                }
                            },
                            "{message(l, \"language-name\", None)}"
                        }
                    }
                }
            }
        }
    }
}

#[component]
pub fn Home() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let mut text = use_signal(String::new);
    let areas = Taxonomy::bundled().terms("area");
    let status = data_status(&app, tr);
    rsx! {
        section { class: "home",
            div { class: "search-row",
                label { class: "visually-hidden", r#for: "search-input", "{tr.t(\"search-label\")}" }
                input { id: "search-input", r#type: "search", class: "search-input",
                    placeholder: tr.t("search-placeholder"), value: "{text}", maxlength: "500",
                    oninput: move |e: FormEvent| text.set(e.value()),
                    onkeydown: move |e: KeyboardEvent| {
                        if e.key() == Key::Enter {
                            session.search_for(text(), Vec::new());
                        }
                    },
                }
                button { id: "search-go", class: "button button-primary",
                    onclick: move |_| session.search_for(text(), Vec::new()),
                    "{tr.t(\"action-search\")}" }
            }
            PlaceChip {}
            h2 { class: "section-title", "{tr.t(\"home-areas\")}" }
            ul { class: "tiles area-tiles",
                for a in areas.iter() {
                    li {
                        button { class: "tile area-tile area-{a.id}", "data-area": "{a.id}",
                            onclick: {
                                let id = a.id.clone();
                                move |_| session.search_for(String::new(), vec![id.clone()])
                            },
                            "{a.name(lang)}"
                        }
                    }
                }
            }
            h2 { class: "section-title", "{tr.t(\"home-more\")}" }
            ul { class: "tiles more-tiles",
                li { crate::screens::whats_new::WhatsNewTile {} }
                li { button { class: "tile", id: "go-associations", onclick: move |_| session.go(Screen::Associations), "{tr.t(\"nav-associations\")}" } }
                li { button { class: "tile", id: "go-culture", onclick: move |_| session.go(Screen::Culture), "{tr.t(\"nav-culture\")}" } }
                li { button { class: "tile", id: "go-second-gen", onclick: move |_| session.go(Screen::SecondGenerations), "{tr.t(\"nav-second-gen\")}" } }
                li { button { class: "tile", id: "go-learn", onclick: move |_| session.go(Screen::Learn), "{tr.t(\"nav-learn\")}" } }
                li { button { class: "tile", id: "go-reports", onclick: move |_| session.go(Screen::Reports), "{tr.t(\"nav-reports\")}" } }
                li { button { class: "tile", id: "go-news", onclick: move |_| session.go(Screen::News), "{tr.t(\"nav-news\")}" } }
                li { button { class: "tile", id: "go-help", onclick: move |_| session.go(Screen::Help), "{tr.t(\"nav-help\")}" } }
                li { button { class: "tile", id: "go-settings", onclick: move |_| session.go(Screen::Settings), "{tr.t(\"nav-settings\")}" } }
            }
            div { class: "helpline-strip",
                p { "{tr.t(\"helpline-short\")}" }
                HelplineCall {}
            }
            p { class: "data-status", id: "data-status", "{status}" }
        }
    }
}

/// The current place, as a chip that opens the place picker.
#[component]
pub fn PlaceChip() -> Element {
    let session = use_session();
    let tr = session.tr();
    let label = match (session.place)() {
        Some(p) if p.from_device => tr.a("place-near", &[("place", p.label.into())]),
        Some(p) => p.label,
        None => tr.t("place-none"),
    };
    rsx! {
        button { class: "chip place-chip", id: "place-chip", onclick: move |_| session.go(Screen::Place),
            span { class: "chip-label", "{tr.t(\"place-label\")}" }
            // Isolated: an Italian comune inside a right-to-left label.
            bdi { id: "place-name", "{label}" }
        }
    }
}

/// "Sample data · 8,000 services · updated 24 November 2026 · works offline".
pub fn data_status(app: &crate::state::AppState, tr: Tr) -> String {
    let catalog = app.catalog();
    let services = catalog.counts().map(|c| c.services).unwrap_or(0);
    // A catalog loaded from a feed knows its publication; one generated
    // locally only its build time.
    let (sample, date) = match catalog.sync_state().ok().flatten() {
        Some(s) => (s.sample, tr.date(&s.created)),
        None => (
            catalog.meta("source").ok().flatten().as_deref() != Some("official"),
            catalog
                .meta("built_at")
                .ok()
                .flatten()
                .map(|d| tr.date(&d))
                .unwrap_or_default(),
        ),
    };
    drop(catalog);
    tr.a(
        "data-status",
        &[
            (
                "source",
                tr.t(if sample {
                    "data-sample"
                } else {
                    "data-official"
                })
                .into(),
            ),
            ("services", tr.count(services).into()),
            ("count", services.into()),
            ("date", date.into()),
        ],
    )
}
