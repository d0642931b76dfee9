//! Learning Italian: CPIA courses, online courses, apps and books, by CEFR
//! level, kind and cost; courses near the chosen place first.

use catalog::geo_math::distance_km;
use catalog::taxonomy::Taxonomy;
use catalog::{LearningResource, RecordKind, localized};
use dioxus::prelude::*;

use crate::screens::home::PlaceChip;
use crate::session::{Screen, use_app, use_session};
use crate::widgets::{Pager, SampleBadge, term};

const LEVELS: [&str; 7] = ["pre-A1", "A1", "A2", "B1", "B2", "C1", "C2"];
const PAGE: usize = 20;

/// One line of the list, in the reader's language.
struct LearnRow {
    id: String,
    title: String,
    kind: String,
    levels: Vec<String>,
    free: bool,
    distance_km: Option<f64>,
    sample: bool,
}

#[component]
pub fn Learn() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let all = use_hook(|| std::rc::Rc::new(app.catalog().learning_resources().unwrap_or_default()));
    let mut level = use_signal(String::new);
    let mut kind = use_signal(String::new);
    let mut free = use_signal(|| false);
    let mut page = use_signal(|| 0usize);
    let place = (session.place)();
    let mut shown: Vec<(&LearningResource, Option<f64>)> = all
        .iter()
        .filter(|r| {
            (level().is_empty() || r.levels.iter().any(|l| *l == level()))
                && (kind().is_empty() || r.kind == kind())
                && (!free() || r.free)
        })
        .map(|r| {
            let d = match (&place, &r.location) {
                (Some(p), Some(l)) => Some(distance_km(
                    p.latitude,
                    p.longitude,
                    l.latitude,
                    l.longitude,
                )),
                _ => None,
            };
            (r, d)
        })
        .collect();
    // Near me: courses with a place by distance, then everything reachable
    // from anywhere (online courses, apps, books).
    shown.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.id.cmp(&b.0.id),
    });
    let total = shown.len();
    let pages = total.div_ceil(PAGE);
    let current = page().min(pages.saturating_sub(1));
    let rows: Vec<LearnRow> = shown
        .iter()
        .skip(current * PAGE)
        .take(PAGE)
        .map(|(r, d)| LearnRow {
            id: r.id.clone(),
            title: localized(&r.translations, &r.title, "title", lang)
                .text
                .to_string(),
            kind: term("resource_kind", &r.kind, lang),
            levels: r.levels.clone(),
            free: r.free,
            distance_km: *d,
            sample: r.sample,
        })
        .collect();
    rsx! {
        section { class: "learn",
            h1 { "{tr.t(\"nav-learn\")}" }
            p { class: "hint", "{tr.t(\"learn-intro\")}" }
            button { class: "button button-primary", id: "open-phrasebook",
                onclick: move |_| session.go(Screen::Phrasebook(None)),
                "{tr.t(\"phrasebook-open\")}"
            }
            PlaceChip {}
            // The CPIA's teaching sites are services of the Italian-language
            // area: the nearest ones, on the results screen.
            button { class: "button", id: "learn-cpia",
                onclick: move |_| session.search_for(String::new(), vec!["italian-language".to_string()]),
                "{tr.t(\"learn-cpia-near\")}"
            }
            div { class: "filters-inline",
                select { id: "learn-level", "aria-label": tr.t("learn-level"),
                    onchange: move |e: FormEvent| { level.set(e.value()); page.set(0); },
                    option { value: "", "{tr.t(\"learn-any-level\")}" }
                    for l in LEVELS { option { value: "{l}", selected: level() == l, "{l}" } }
                }
                select { id: "learn-kind", "aria-label": tr.t("learn-kind"),
                    onchange: move |e: FormEvent| { kind.set(e.value()); page.set(0); },
                    option { value: "", "{tr.t(\"learn-any-kind\")}" }
                    for k in Taxonomy::bundled().terms("resource_kind").iter() { option { value: "{k.id}", selected: kind() == k.id, "{k.name(lang)}" } }
                }
                label { class: "check",
                    input { r#type: "checkbox", id: "learn-free", checked: free(), onchange: move |_| { free.set(!free()); page.set(0); } }
                    "{tr.t(\"filter-free\")}"
                }
            }
            p { class: "hint", "{tr.t(\"learn-levels-explained\")}" }
            p { class: "results-count", id: "learn-count", role: "status", "{tr.a(\"learn-count\", &[(\"count\", total.into()), (\"shown\", tr.count(total).into())])}" }
            ul { class: "hits", id: "learn-list",
                for row in rows {
                    li { class: "hit", key: "{row.id}",
                        button { class: "hit-title", onclick: { let id = row.id.clone(); move |_| session.go(Screen::Record(RecordKind::LearningResource, id.clone())) }, "{row.title}" }
                        div { class: "hit-meta",
                            span { "{row.kind}" }
                            if let Some(d) = row.distance_km { span { class: "distance", "{tr.distance(d)}" } }
                        }
                        div { class: "hit-badges",
                            for l in row.levels { span { class: "badge badge-level", "{l}" } }
                            if row.free { span { class: "badge badge-free", "{tr.t(\"badge-free\")}" } }
                            if row.sample { SampleBadge {} }
                        }
                    }
                }
            }
            Pager { page: current, pages, on_page: move |n| page.set(n) }
        }
    }
}
