//! The Second Generations area: associations of young people of foreign
//! origin (filtered by theme) and the ten-point manifesto, readable in any
//! of the 11 languages whatever the app's language.

use catalog::taxonomy::Taxonomy;
use catalog::{Lang, Organization, RecordKind, ReportSummary, localized};
use dioxus::prelude::*;

use crate::session::{Screen, use_app, use_session};
use crate::widgets::{SampleBadge, term};

fn dir(lang: Lang) -> &'static str {
    if lang.is_rtl() { "rtl" } else { "ltr" }
}

#[component]
pub fn SecondGenerations() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let all = use_hook(|| {
        std::rc::Rc::new(
            app.catalog()
                .second_generation_associations()
                .unwrap_or_default(),
        )
    });
    let manifesto = use_hook(|| app.catalog().manifesto().ok().flatten());
    let mut theme = use_signal(String::new);
    let themes = Taxonomy::bundled().terms("g2_theme");
    let shown: Vec<&Organization> = all
        .iter()
        .filter(|o| {
            theme().is_empty()
                || o.association
                    .as_ref()
                    .is_some_and(|a| a.themes.iter().any(|t| *t == theme()))
        })
        .collect();
    let count = shown.len();
    let rows: Vec<(String, String, String, bool)> = shown
        .iter()
        .map(|o| {
            let themes = o
                .association
                .as_ref()
                .map(|a| {
                    a.themes
                        .iter()
                        .map(|t| term("g2_theme", t, lang))
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .unwrap_or_default();
            (
                o.id.clone(),
                localized(&o.translations, &o.name, "name", lang)
                    .text
                    .to_string(),
                themes,
                o.sample,
            )
        })
        .collect();
    rsx! {
        section { class: "second-gen", id: "second-gen",
            h1 { "{tr.t(\"g2-title\")}" }
            p { class: "intro", "{tr.t(\"g2-intro\")}" }
            if let Some(m) = manifesto {
                Manifesto { report: m }
            }
            h2 { "{tr.t(\"g2-associations\")}" }
            div { class: "filters",
                label { r#for: "g2-theme", "{tr.t(\"g2-theme\")}" }
                select { id: "g2-theme",
                    onchange: move |e: FormEvent| theme.set(e.value()),
                    option { value: "", selected: theme().is_empty(), "{tr.t(\"g2-all-themes\")}" }
                    for t in themes.iter() {
                        option { key: "{t.id}", value: "{t.id}", selected: theme() == t.id, "{t.name(lang)}" }
                    }
                }
            }
            p { class: "results-count", id: "g2-count", role: "status",
                "{tr.a(\"g2-count\", &[(\"count\", count.into()), (\"shown\", tr.count(count).into())])}" }
            ul { class: "hits g2-list", id: "g2-list",
                for (id, name, themes, sample) in rows {
                    li { key: "{id}", class: "hit",
                        button { class: "hit-button", "data-id": "{id}",
                            onclick: {
                                let id = id.clone();
                                move |_| session.go(Screen::Record(RecordKind::Organization, id.clone()))
                            },
                            span { class: "hit-title", "{name}" }
                            span { class: "hit-meta", "{themes}" }
                            if sample { SampleBadge {} }
                        }
                    }
                }
            }
        }
    }
}

/// The manifesto in a language the reader picks (the app's by default):
/// title, what it is, and the ten points.
#[component]
fn Manifesto(report: ReportSummary) -> Element {
    let session = use_session();
    let tr = session.tr();
    let mut reading = use_signal(|| tr.lang);
    let lang = reading();
    let title = localized(&report.translations, &report.title, "title", lang);
    let summary = localized(&report.translations, &report.summary, "summary", lang);
    let italian_points = report.sections.join("\n");
    let points = localized(&report.translations, &italian_points, "sections", lang);
    let point_list: Vec<String> = points.text.lines().map(str::to_string).collect();
    rsx! {
        article { class: "card manifesto", id: "manifesto", "data-lang": "{points.lang.code()}",
            div { class: "filters",
                label { r#for: "manifesto-lang", "{tr.t(\"g2-manifesto-language\")}" }
                select { id: "manifesto-lang",
                    onchange: move |e: FormEvent| {
                        if let Some(l) = Lang::from_code(&e.value()) { reading.set(l); }
                    },
                    for l in Lang::ALL {
                        option { key: "{l.code()}", value: "{l.code()}", selected: l == lang, lang: l.code(),
                            "{crate::widgets::language_name(l.code(), l)}" }
                    }
                }
            }
            div { lang: title.lang.code(), dir: dir(title.lang),
                h2 { id: "manifesto-title", "{title.text}" }
                if report.sample { SampleBadge {} }
                p { class: "sample-note", id: "manifesto-summary", lang: summary.lang.code(), "{summary.text}" }
                if points.italian_fallback {
                    p { class: "fallback-note", "{tr.t(\"italian-fallback\")}" }
                }
                ol { class: "manifesto-points", id: "manifesto-points", lang: points.lang.code(), dir: dir(points.lang),
                    for (i, p) in point_list.into_iter().enumerate() {
                        li { key: "{i}", "{p}" }
                    }
                }
            }
        }
    }
}
