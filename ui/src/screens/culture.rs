//! The Cultural Area: the cultural work of people with a migrant
//! background in five sections (tiles), each as a list and on the offline
//! map, and the card of one cultural experience (with its share QR).

use catalog::geo_math::distance_km;
use catalog::taxonomy::Taxonomy;
use catalog::{CulturalExperience, Lang, RecordKind, localized};
use dioxus::prelude::*;

use crate::map;
use crate::screens::record::{qr_svg, tel_uri};
use crate::session::{Screen, use_app, use_session};
use crate::widgets::{LocalText, SampleBadge, language_name, local_props, term};

/// Rows of the list shown at once (the map shows every pin of the section).
const LIST_LIMIT: usize = 40;

fn dir(lang: Lang) -> &'static str {
    if lang.is_rtl() { "rtl" } else { "ltr" }
}

fn comune_name(istat: &str) -> String {
    catalog::Gazetteer::bundled()
        .by_istat(istat)
        .map_or_else(|| istat.to_string(), |c| c.name.clone())
}

/// One row of the list or pin of the map, in the reader's language.
#[derive(Debug, Clone, PartialEq)]
struct Entry {
    id: String,
    name: String,
    name_lang: Lang,
    kind_of_work: String,
    comune: String,
    latitude: f64,
    longitude: f64,
    distance_km: Option<f64>,
    sample: bool,
}

#[component]
pub fn Culture() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let mut section = use_signal(|| None::<String>);
    let mut show_map = use_signal(|| false);
    let mut selected = use_signal(|| None::<String>);
    let sections = Taxonomy::bundled().terms("culture_section");
    let Some(current) = section() else {
        return rsx! {
            section { class: "culture", id: "culture",
                h1 { "{tr.t(\"culture-title\")}" }
                p { class: "intro", "{tr.t(\"culture-intro\")}" }
                ul { class: "tiles culture-tiles",
                    for s in sections.iter() {
                        li { key: "{s.id}",
                            button { class: "tile culture-tile culture-{s.id}", "data-section": "{s.id}",
                                id: "culture-section-{s.id}",
                                onclick: {
                                    let id = s.id.clone();
                                    move |_| { section.set(Some(id.clone())); selected.set(None); }
                                },
                                "{s.name(lang)}" }
                        }
                    }
                }
            }
        };
    };
    let place = (session.place)();
    let records = app
        .catalog()
        .cultural_experiences(Some(&current))
        .unwrap_or_default();
    let mut entries: Vec<Entry> = records
        .iter()
        .map(|c| {
            let name = localized(&c.translations, &c.name, "name", lang);
            Entry {
                id: c.id.clone(),
                name: name.text.to_string(),
                name_lang: name.lang,
                kind_of_work: localized(&c.translations, &c.kind_of_work, "kind_of_work", lang)
                    .text
                    .to_string(),
                comune: comune_name(&c.comune_istat),
                latitude: c.latitude,
                longitude: c.longitude,
                distance_km: place
                    .as_ref()
                    .map(|p| distance_km(p.latitude, p.longitude, c.latitude, c.longitude)),
                sample: c.sample,
            }
        })
        .collect();
    // Nearest first when the person gave a place; by name otherwise (the
    // catalog's order).
    if place.is_some() {
        entries.sort_by(|a, b| {
            let far = |e: &Entry| e.distance_km.unwrap_or(f64::INFINITY);
            far(a).total_cmp(&far(b))
        });
    }
    let total = entries.len();
    let section_name = term("culture_section", &current, lang);
    rsx! {
        section { class: "culture", id: "culture", "data-section": "{current}",
            h1 { "{tr.t(\"culture-title\")}" }
            nav { class: "chips culture-sections", "aria-label": tr.t("culture-sections"),
                for s in sections.iter() {
                    button { key: "{s.id}",
                        class: if s.id == current { "chip chip-on" } else { "chip" },
                        "aria-pressed": if s.id == current { "true" } else { "false" },
                        id: "culture-chip-{s.id}",
                        onclick: {
                            let id = s.id.clone();
                            move |_| { section.set(Some(id.clone())); selected.set(None); }
                        },
                        "{s.name(lang)}" }
                }
            }
            h2 { id: "culture-section-title", "{section_name}" }
            p { class: "results-count", id: "culture-count", role: "status",
                "{tr.a(\"culture-count\", &[(\"count\", total.into()), (\"shown\", tr.count(total).into())])}" }
            div { class: "view-toggle",
                button { class: if show_map() { "button" } else { "button button-primary" }, id: "culture-show-list",
                    "aria-pressed": if show_map() { "false" } else { "true" },
                    onclick: move |_| show_map.set(false), "{tr.t(\"culture-list\")}" }
                button { class: if show_map() { "button button-primary" } else { "button" }, id: "culture-show-map",
                    "aria-pressed": if show_map() { "true" } else { "false" },
                    onclick: move |_| show_map.set(true), "{tr.t(\"culture-map\")}" }
            }
            if show_map() {
                CultureMap { entries: entries.clone(), selected }
            } else {
                ol { class: "hits culture-list", id: "culture-list",
                    for e in entries.iter().take(LIST_LIMIT).cloned() {
                        li { key: "{e.id}", class: "hit",
                            button { class: "hit-button", "data-id": "{e.id}",
                                onclick: {
                                    let id = e.id.clone();
                                    move |_| session.go(Screen::Record(RecordKind::CulturalExperience, id.clone()))
                                },
                                span { class: "hit-title", lang: e.name_lang.code(), dir: dir(e.name_lang), "{e.name}" }
                                span { class: "hit-meta",
                                    "{e.kind_of_work} · {e.comune}"
                                    if let Some(d) = e.distance_km { " · {tr.distance(d)}" }
                                }
                                if e.sample { SampleBadge {} }
                            }
                        }
                    }
                }
                if total > LIST_LIMIT {
                    p { class: "hint", id: "culture-more", "{tr.a(\"culture-list-limited\", &[(\"shown\", tr.count(LIST_LIMIT).into())])}" }
                }
            }
        }
    }
}

/// Every experience of the section as a pin on the offline map of Italy; a
/// pin opens a short card.
#[component]
fn CultureMap(entries: Vec<Entry>, selected: Signal<Option<String>>) -> Element {
    let session = use_session();
    let tr = session.tr();
    let bbox = map::italy_bbox();
    let pin_r = bbox.extent() / 110.0;
    let place = (session.place)().map(|p| map::project(p.latitude, p.longitude));
    let card = selected().and_then(|id| entries.iter().find(|e| e.id == id).cloned());
    rsx! {
        div { class: "map-screen culture-map",
            p { class: "hint", id: "map-count", "{tr.a(\"map-pins\", &[(\"count\", entries.len().into()), (\"shown\", tr.count(entries.len()).into())])}" }
            svg { class: "map", id: "map", view_box: bbox.view_box(), role: "img",
                "aria-label": tr.t("culture-map"), xmlns: "http://www.w3.org/2000/svg",
                preserve_aspect_ratio: "xMidYMid meet",
                g { class: "regions",
                    for r in map::regions().iter() {
                        path { key: "{r.code}", d: "{r.path}", class: "region", title { "{r.name}" } }
                    }
                }
                if let Some((x, y)) = place {
                    circle { class: "you", cx: "{x}", cy: "{y}", r: "{pin_r * 0.8}" }
                }
                g { class: "pins",
                    for e in entries.iter().cloned() {
                        {
                            let (x, y) = map::project(e.latitude, e.longitude);
                            let id = e.id.clone();
                            rsx! {
                                circle { key: "{e.id}", class: if selected().as_deref() == Some(e.id.as_str()) { "pin selected" } else { "pin" },
                                    "data-id": "{e.id}", cx: "{x:.1}", cy: "{y:.1}", r: "{pin_r}",
                                    onclick: move |_| selected.set(Some(id.clone())),
                                    title { "{e.name}" }
                                }
                            }
                        }
                    }
                }
            }
            if let Some(e) = card {
                div { class: "map-card", id: "map-card",
                    h2 { lang: e.name_lang.code(), dir: dir(e.name_lang), "{e.name}" }
                    p { "{e.kind_of_work} · {e.comune}" }
                    button { class: "button button-primary", id: "map-card-open",
                        onclick: {
                            let id = e.id.clone();
                            move |_| session.go(Screen::Record(RecordKind::CulturalExperience, id.clone()))
                        },
                        "{tr.t(\"action-open-card\")}" }
                }
            }
            p { class: "attribution", "{tr.t(\"map-attribution\")}" }
        }
    }
}

/// What the share QR holds: the essentials as plain text, read by any phone
/// camera without network or app.
pub fn culture_card_text(c: &CulturalExperience, lang: Lang) -> String {
    let mut lines = vec![
        localized(&c.translations, &c.name, "name", lang)
            .text
            .to_string(),
        localized(&c.translations, &c.kind_of_work, "kind_of_work", lang)
            .text
            .to_string(),
    ];
    let comune = comune_name(&c.comune_istat);
    match &c.address {
        Some(a) => lines.push(format!("{a}, {comune}")),
        None => lines.push(comune),
    }
    lines.extend(c.phone.iter().map(|p| format!("Tel. {p}")));
    lines.extend(c.email.iter().cloned());
    lines.extend(c.website.iter().cloned());
    lines.push(format!("geo:{:.6},{:.6}", c.latitude, c.longitude));
    if c.sample {
        lines.push("(sample / esempio)".into());
    }
    lines.join("\n")
}

#[component]
pub fn CultureCard(experience: CulturalExperience) -> Element {
    let session = use_session();
    let tr = session.tr();
    let lang = tr.lang;
    let c = experience;
    let name = localized(&c.translations, &c.name, "name", lang);
    let (desc, desc_lang, desc_fb) = local_props(localized(
        &c.translations,
        &c.description,
        "description",
        lang,
    ));
    let kind = localized(&c.translations, &c.kind_of_work, "kind_of_work", lang);
    let comune = comune_name(&c.comune_istat);
    let qr = qr_svg(&culture_card_text(&c, lang));
    let languages = c
        .languages
        .iter()
        .map(|l| language_name(l, lang))
        .collect::<Vec<_>>()
        .join(", ");
    let geo = format!("geo:{:.6},{:.6}", c.latitude, c.longitude);
    rsx! {
        article { class: "card culture-card", id: "culture-card", "data-id": "{c.id}", "data-section": "{c.section}",
            header { class: "card-header",
                h1 { lang: name.lang.code(), dir: dir(name.lang), "{name.text}" }
                p { class: "organization", lang: kind.lang.code(), "{kind.text}" }
                div { class: "hit-badges",
                    span { class: "badge badge-area", "{term(\"culture_section\", &c.section, lang)}" }
                    if c.sample { SampleBadge {} }
                }
            }
            if c.sample {
                p { class: "sample-note", id: "sample-note", "{tr.t(\"sample-explained\")}" }
            }
            section { class: "card-section",
                h2 { "{tr.t(\"card-description\")}" }
                LocalText { text: desc, text_lang: desc_lang, fallback: desc_fb }
            }
            section { class: "card-section contacts",
                h2 { "{tr.t(\"card-contacts\")}" }
                p { class: "address", dir: "ltr",
                    if let Some(a) = &c.address { "{a}, " }
                    "{comune}"
                }
                p { class: "directions",
                    a { class: "button", href: "{geo}", id: "directions-geo", "{tr.t(\"card-directions\")}" }
                }
                if let Some(p) = &c.phone {
                    p { class: "phone",
                        a { class: "button button-call", href: "{tel_uri(p)}", span { "{tr.t(\"card-call\")} " } bdi { dir: "ltr", "{p}" } }
                    }
                }
                if let Some(e) = &c.email {
                    p { a { href: "mailto:{e}", dir: "ltr", "{e}" } }
                }
                if let Some(u) = &c.website {
                    p { a { href: "{u}", target: "_blank", rel: "noopener noreferrer", dir: "ltr", "{u}" } }
                }
            }
            section { class: "card-section",
                h2 { "{tr.t(\"card-details\")}" }
                dl { class: "facts",
                    dt { "{tr.t(\"culture-languages\")}" }
                    dd { id: "card-languages",
                        if languages.is_empty() { "{tr.t(\"card-not-stated\")}" } else { "{languages}" }
                    }
                }
            }
            section { class: "card-section qr",
                h2 { "{tr.t(\"card-qr\")}" }
                p { class: "hint", "{tr.t(\"card-qr-hint\")}" }
                if let Some(svg) = qr {
                    div { class: "qr-code", id: "card-qr", dangerous_inner_html: "{svg}" }
                }
            }
            p { class: "hint updated", "{tr.a(\"card-updated\", &[(\"date\", tr.date(&c.updated_at).into())])}" }
        }
    }
}
