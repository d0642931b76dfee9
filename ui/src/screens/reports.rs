//! Report summaries (communities, labour market) and news.

use catalog::{RecordKind, localized};
use dioxus::prelude::*;

use crate::session::{Screen, use_app, use_session};
use crate::widgets::{SampleBadge, term};

#[component]
pub fn Reports() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let reports = app.catalog().reports().unwrap_or_default();
    let (labour, communities): (Vec<_>, Vec<_>) = reports
        .into_iter()
        .partition(|r| r.topic == "labour-market");
    let row = move |r: &catalog::ReportSummary| {
        let title = localized(&r.translations, &r.title, "title", lang)
            .text
            .to_string();
        let community = r
            .community
            .as_deref()
            .map(|c| term("community", c, lang))
            .unwrap_or_default();
        (r.id.clone(), title, community, r.year, r.sample)
    };
    let labour: Vec<_> = labour.iter().map(row).collect();
    let communities: Vec<_> = communities.iter().map(row).collect();
    rsx! {
        section { class: "reports",
            h1 { "{tr.t(\"nav-reports\")}" }
            p { class: "hint", "{tr.t(\"reports-intro\")}" }
            h2 { "{tr.t(\"reports-labour\")}" }
            ul { class: "hits", id: "reports-labour",
                for (id, title, _c, year, sample) in labour {
                    li { class: "hit", key: "{id}",
                        button { class: "hit-title", onclick: { let id = id.clone(); move |_| session.go(Screen::Record(RecordKind::ReportSummary, id.clone())) }, "{title}" }
                        div { class: "hit-meta", span { "{year}" } if sample { SampleBadge {} } }
                    }
                }
            }
            h2 { "{tr.t(\"reports-communities\")}" }
            ul { class: "hits", id: "reports-communities",
                for (id, title, community, year, sample) in communities {
                    li { class: "hit", key: "{id}",
                        button { class: "hit-title", onclick: { let id = id.clone(); move |_| session.go(Screen::Record(RecordKind::ReportSummary, id.clone())) }, "{title}" }
                        div { class: "hit-meta", span { "{community}" } span { "{year}" } if sample { SampleBadge {} } }
                    }
                }
            }
        }
    }
}

#[component]
pub fn News() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let items: Vec<_> = app
        .catalog()
        .news()
        .unwrap_or_default()
        .into_iter()
        .map(|n| {
            let title = localized(&n.translations, &n.title, "title", lang)
                .text
                .to_string();
            (n.id, title, tr.date(&n.date), n.sample)
        })
        .collect();
    rsx! {
        section { class: "news",
            h1 { "{tr.t(\"nav-news\")}" }
            if items.is_empty() { p { class: "empty", "{tr.t(\"news-none\")}" } }
            ul { class: "hits", id: "news-list",
                for (id, title, date, sample) in items {
                    li { class: "hit", key: "{id}",
                        p { class: "hint", "{date}" }
                        button { class: "hit-title", onclick: { let id = id.clone(); move |_| session.go(Screen::Record(RecordKind::NewsItem, id.clone())) }, "{title}" }
                        if sample { SampleBadge {} }
                    }
                }
            }
        }
    }
}
