//! The map of migrant associations as a list: search and filter by
//! community, region and activity; anyone can report a new one.

use catalog::taxonomy::Taxonomy;
use catalog::text::ascii_fold;
use catalog::{Organization, RecordKind, localized};
use dioxus::prelude::*;

use crate::map;
use crate::session::{Screen, use_app, use_session};
use crate::widgets::{Pager, SampleBadge, term};

const PAGE: usize = 20;

#[component]
pub fn Associations() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    // ~1,150 records: loaded once per visit, filtered in memory.
    let all = use_hook(|| std::rc::Rc::new(app.catalog().associations().unwrap_or_default()));
    let mut text = use_signal(String::new);
    let mut community = use_signal(String::new);
    let mut region = use_signal(String::new);
    let mut activity = use_signal(String::new);
    let mut page = use_signal(|| 0usize);
    let needle = ascii_fold(&text()).to_lowercase();
    let shown: Vec<&Organization> = all
        .iter()
        .filter(|o| {
            let p = o.association.clone().unwrap_or_default();
            (community().is_empty() || p.community.as_deref() == Some(community().as_str()))
                && (region().is_empty() || p.region_code.as_deref() == Some(region().as_str()))
                && (activity().is_empty() || p.activities.iter().any(|a| *a == activity()))
                && (needle.is_empty()
                    || ascii_fold(&o.name).to_lowercase().contains(&needle)
                    || o.translations
                        .get("name")
                        .is_some_and(|m| m.values().any(|n| n.to_lowercase().contains(&needle))))
        })
        .collect();
    let total = shown.len();
    let pages = total.div_ceil(PAGE);
    let current = page().min(pages.saturating_sub(1));
    let rows: Vec<(String, String, String, String, bool)> = shown
        .iter()
        .skip(current * PAGE)
        .take(PAGE)
        .map(|o| {
            let p = o.association.clone().unwrap_or_default();
            (
                o.id.clone(),
                localized(&o.translations, &o.name, "name", lang)
                    .text
                    .to_string(),
                p.community
                    .as_deref()
                    .map(|c| term("community", c, lang))
                    .unwrap_or_default(),
                o.locations
                    .first()
                    .and_then(|l| l.address.as_ref())
                    .map(|a| a.city.clone())
                    .unwrap_or_default(),
                o.sample,
            )
        })
        .collect();
    let tax = Taxonomy::bundled();
    rsx! {
        section { class: "associations",
            h1 { "{tr.t(\"nav-associations\")}" }
            p { class: "hint", "{tr.t(\"assoc-intro\")}" }
            div { class: "actions",
                button { class: "button button-primary", id: "new-association", onclick: move |_| session.go(Screen::NewAssociation),
                    "{tr.t(\"assoc-report-new\")}" }
            }
            div { class: "filters-inline",
                input { id: "assoc-search", r#type: "search", class: "search-input", value: "{text}", maxlength: "200",
                    placeholder: tr.t("assoc-search-placeholder"),
                    oninput: move |e: FormEvent| { text.set(e.value()); page.set(0); } }
                select { id: "assoc-community", "aria-label": tr.t("assoc-community"),
                    onchange: move |e: FormEvent| { community.set(e.value()); page.set(0); },
                    option { value: "", "{tr.t(\"assoc-any-community\")}" }
                    for c in tax.terms("community").iter() { option { value: "{c.id}", selected: community() == c.id, "{c.name(lang)}" } }
                }
                select { id: "assoc-region", "aria-label": tr.t("assoc-region"),
                    onchange: move |e: FormEvent| { region.set(e.value()); page.set(0); },
                    option { value: "", "{tr.t(\"filter-all-italy\")}" }
                    for r in map::regions().iter() { option { value: "{r.code}", selected: region() == r.code, "{r.name}" } }
                }
                select { id: "assoc-activity", "aria-label": tr.t("assoc-activities"),
                    onchange: move |e: FormEvent| { activity.set(e.value()); page.set(0); },
                    option { value: "", "{tr.t(\"assoc-any-activity\")}" }
                    for a in tax.terms("activity").iter() { option { value: "{a.id}", selected: activity() == a.id, "{a.name(lang)}" } }
                }
            }
            p { class: "results-count", id: "assoc-count", role: "status", "{tr.a(\"assoc-count\", &[(\"count\", total.into()), (\"shown\", tr.count(total).into())])}" }
            ul { class: "hits", id: "assoc-list",
                for (id, name, comm, city, sample) in rows {
                    li { class: "hit", key: "{id}",
                        button { class: "hit-title", onclick: { let id = id.clone(); move |_| session.go(Screen::Record(RecordKind::Organization, id.clone())) }, "{name}" }
                        div { class: "hit-meta", span { "{comm}" } span { "{city}" } if sample { SampleBadge {} } }
                    }
                }
            }
            Pager { page: current, pages, on_page: move |n| page.set(n) }
        }
    }
}
