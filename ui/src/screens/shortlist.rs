//! Mediator mode: the nameless shortlist for the person in front of you,
//! and its referral sheet: each service in Italian beside the client's
//! language (two columns, each with its own `lang`/`dir`), with hours, phone,
//! address, documents to bring, a QR code of the card and a small map (from
//! `map.rs`); printed through the webview (`print.css`: on A4, a service never
//! split across pages).

use catalog::Record;
use catalog::hours::Hours;
use catalog::{Lang, RecordKind, Service, localized};
use chrono::Datelike;
use dioxus::prelude::*;

use crate::i18n::Tr;
use crate::map;
use crate::screens::record::{address_line, card_text, qr_svg, week_rows};
use crate::session::{Screen, use_app, use_session};
use crate::widgets::{SampleBadge, term};

/// The helpline printed on every sheet (free, multilingual).
const HELPLINE: &str = "803.001";

/// The shortlisted services still in the catalog, in the order picked.
fn shortlisted(app: &crate::state::AppState, ids: &[String]) -> Vec<Service> {
    let catalog = app.catalog();
    ids.iter()
        .filter_map(|id| match catalog.record(RecordKind::Service, id) {
            Ok(Some(Record::Service(s))) => Some(*s),
            _ => None,
        })
        .collect()
}

#[component]
pub fn Shortlist() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let services = shortlisted(&app, &session.shortlist.read());
    rsx! {
        section { class: "shortlist", id: "shortlist",
            h1 { "{tr.t(\"shortlist-title\")}" }
            p { class: "hint", "{tr.t(\"shortlist-hint\")}" }
            if services.is_empty() {
                p { class: "empty", id: "shortlist-empty", "{tr.t(\"shortlist-empty\")}" }
            } else {
                ol { class: "shortlist-items",
                    for s in services.iter() {
                        ShortlistItem { key: "{s.id}", service: s.clone() }
                    }
                }
                div { class: "actions",
                    button { class: "button button-primary", id: "shortlist-sheet",
                        onclick: move |_| session.go(Screen::Referral),
                        "{tr.t(\"shortlist-sheet\")}" }
                    button { class: "button", id: "shortlist-clear",
                        onclick: move |_| { let mut l = session.shortlist; l.set(Vec::new()) },
                        "{tr.t(\"shortlist-clear\")}" }
                }
            }
        }
    }
}

#[component]
fn ShortlistItem(service: Service) -> Element {
    let session = use_session();
    let tr = session.tr();
    let name = localized(&service.translations, &service.name, "name", tr.lang);
    let dir = if name.lang.is_rtl() { "rtl" } else { "ltr" };
    let open_id = service.id.clone();
    let remove_id = service.id.clone();
    rsx! {
        li { class: "shortlist-item", "data-id": "{service.id}",
            button { class: "hit-title", lang: name.lang.code(), dir,
                onclick: move |_| session.go(Screen::Record(RecordKind::Service, open_id.clone())),
                "{name.text}" }
            if service.sample { SampleBadge {} }
            button { class: "button button-small shortlist-remove",
                onclick: move |_| session.toggle_shortlist(&remove_id),
                "{tr.t(\"shortlist-remove\")}" }
        }
    }
}

#[component]
pub fn Referral() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    // The client's language starts as the screen's; the mediator may pick
    // another on the sheet without changing their own.
    let mut client = use_signal(|| tr.lang);
    let services = shortlisted(&app, &session.shortlist.read());
    let client_lang = client();
    let it = Tr::new(Lang::It);
    let cl = Tr::new(client_lang);
    let today = crate::clock::now();
    let today_iso = today.to_rfc3339();
    let sample = services.iter().any(|s| s.sample);
    let data_it = crate::screens::home::data_status(&app, it);
    let data_client = crate::screens::home::data_status(&app, cl);
    rsx! {
        section { class: "referral", id: "referral",
            div { class: "referral-controls no-print",
                h1 { "{tr.t(\"referral-title\")}" }
                label { r#for: "referral-lang", "{tr.t(\"referral-client-lang\")}" }
                select { id: "referral-lang", class: "lang-select",
                    onchange: move |e: FormEvent| {
                        if let Some(l) = Lang::from_code(&e.value()) { client.set(l); }
                    },
                    for l in Lang::ALL {
                        option { value: l.code(), selected: l == client_lang, lang: l.code(),
                            dir: if l.is_rtl() { "rtl" } else { "ltr" },
                            "{crate::i18n::message(l, \"language-name\", None)}" }
                    }
                }
                button { class: "button button-primary", id: "referral-print",
                    onclick: move |_| { document::eval("window.print()"); },
                    "{tr.t(\"referral-print\")}" }
            }
            if services.is_empty() {
                p { class: "empty", id: "referral-empty", "{tr.t(\"shortlist-empty\")}" }
            } else {
                article { class: "referral-sheet", id: "referral-sheet", "data-client-lang": "{client_lang.code()}",
                    header { class: "sheet-header",
                        SheetPair { client: client_lang, it_text: it.t("referral-title"), client_text: cl.t("referral-title"), tag: "h1" }
                        SheetPair { client: client_lang,
                            it_text: it.a("referral-date", &[("date", it.date(&today_iso).into())]),
                            client_text: cl.a("referral-date", &[("date", cl.date(&today_iso).into())]),
                            tag: "p" }
                        p { class: "sheet-helpline", id: "sheet-helpline",
                            span { lang: "it", dir: "ltr", "{it.t(\"referral-helpline\")}" }
                            " "
                            bdi { dir: "ltr", class: "phone-number", "{HELPLINE}" }
                            if client_lang != Lang::It {
                                " · "
                                span { lang: client_lang.code(), dir: cl.dir(), "{cl.t(\"referral-helpline\")}" }
                            }
                        }
                    }
                    for (i, s) in services.iter().enumerate() {
                        SheetService { key: "{s.id}", number: i + 1, service: s.clone(), client: client_lang }
                    }
                    SheetMap { services: services.clone() }
                    footer { class: "sheet-footer", id: "sheet-footer", "data-sample": "{sample}",
                        SheetPair { client: client_lang, it_text: data_it, client_text: data_client, tag: "p" }
                        if sample {
                            SheetPair { client: client_lang, it_text: it.t("sample-explained"), client_text: cl.t("sample-explained"), tag: "p" }
                        }
                    }
                }
            }
        }
    }
}

/// The same text in Italian and in the client's language, side by side
/// (once when the client reads Italian).
#[component]
fn SheetPair(client: Lang, it_text: String, client_text: String, tag: String) -> Element {
    let dir = if client.is_rtl() { "rtl" } else { "ltr" };
    let both = client != Lang::It;
    let cells = if both {
        vec![(Lang::It, "ltr", it_text), (client, dir, client_text)]
    } else {
        vec![(Lang::It, "ltr", it_text)]
    };
    rsx! {
        div { class: if both { "sheet-pair" } else { "sheet-pair single" },
            for (l, d, text) in cells {
                if tag == "h1" {
                    h1 { class: "sheet-col", lang: l.code(), dir: d, "{text}" }
                } else {
                    p { class: "sheet-col", lang: l.code(), dir: d, "{text}" }
                }
            }
        }
    }
}

#[component]
fn SheetService(number: usize, service: Service, client: Lang) -> Element {
    let s = service;
    let both = client != Lang::It;
    let qr = qr_svg(&card_text(&s, client));
    rsx! {
        section { class: "sheet-service", "data-id": "{s.id}",
            div { class: if both { "sheet-columns" } else { "sheet-columns single" },
                SheetColumn { number, service: s.clone(), lang: Lang::It }
                if both {
                    SheetColumn { number, service: s.clone(), lang: client }
                }
            }
            if let Some(svg) = qr {
                div { class: "sheet-qr", "aria-hidden": "true", dangerous_inner_html: "{svg}" }
            }
        }
    }
}

/// One service in one language: every label and text in `lang` (Italian
/// fallback marked with its own `lang`), numbers and addresses isolated
/// left-to-right.
#[component]
fn SheetColumn(number: usize, service: Service, lang: Lang) -> Element {
    let s = service;
    let tr = Tr::new(lang);
    let dir = tr.dir();
    let name = localized(&s.translations, &s.name, "name", lang);
    let name_dir = if name.lang.is_rtl() { "rtl" } else { "ltr" };
    let hours = s
        .opening_hours
        .as_deref()
        .and_then(|e| Hours::parse(e).ok());
    let today = Hours::local(crate::clock::now()).date();
    let monday = today - chrono::Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let rows = hours.map(|h| week_rows(tr, &h, monday));
    let documents = if !s.asks_for_documents() && s.source.is_some() {
        // The official source says nothing of documents.
        tr.t("card-not-stated")
    } else if !s.asks_for_documents() {
        tr.t("card-no-documents")
    } else {
        s.required_documents
            .iter()
            .map(|d| term("document", d, lang))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Documents in the words of whoever published the record: Italian.
    let others = s.other_documents.join(", ");
    let comma = if s.required_documents.is_empty() || others.is_empty() {
        ""
    } else {
        ", "
    };
    rsx! {
        div { class: "sheet-col", lang: lang.code(), dir,
            h2 { class: "sheet-name",
                span { class: "sheet-number", "{number}. " }
                span { lang: name.lang.code(), dir: name_dir, "{name.text}" }
            }
            dl { class: "sheet-facts",
                dt { "{tr.t(\"card-hours\")}" }
                dd {
                    match rows {
                        Some(rows) => rsx! {
                            table { class: "sheet-hours",
                                tbody {
                                    for (day, text, _) in rows {
                                        tr { th { scope: "row", "{day}" } td { dir: "ltr", "{text}" } }
                                    }
                                }
                            }
                        },
                        None => rsx! { "{tr.t(\"hours-not-stated\")}" },
                    }
                }
                if !s.phones.is_empty() {
                    dt { "{tr.t(\"referral-phone\")}" }
                    dd {
                        for p in s.phones.iter() {
                            bdi { class: "phone-number", dir: "ltr", "{p.number}" }
                            " "
                        }
                    }
                }
                for loc in s.locations.iter() {
                    if let Some(a) = address_line(loc) {
                        dt { "{tr.t(\"referral-address\")}" }
                        dd { bdi { class: "address", dir: "ltr", lang: "it", "{a}" } }
                    }
                }
                dt { "{tr.t(\"card-documents\")}" }
                dd { "{documents}{comma}"
                    if !others.is_empty() { bdi { lang: "it", dir: "ltr", "{others}" } }
                }
            }
        }
    }
}

/// Where the shortlisted services are: the provinces around them and a
/// numbered pin each, from the bundled boundaries (no tiles, no network).
#[component]
fn SheetMap(services: Vec<Service>) -> Element {
    let tr = use_session().tr();
    let pins: Vec<(usize, f64, f64)> = services
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let loc = s.locations.first()?;
            let (x, y) = map::project(loc.latitude, loc.longitude);
            Some((i + 1, x, y))
        })
        .collect();
    if pins.is_empty() {
        return rsx! {};
    }
    let (mut min_x, mut min_y) = (f64::INFINITY, f64::INFINITY);
    let (mut max_x, mut max_y) = (f64::NEG_INFINITY, f64::NEG_INFINITY);
    for (_, x, y) in &pins {
        min_x = min_x.min(*x);
        min_y = min_y.min(*y);
        max_x = max_x.max(*x);
        max_y = max_y.max(*y);
    }
    // At least about 40 km across, so one pin still shows its province.
    let span = (max_x - min_x).max(max_y - min_y).max(40.0);
    let (cx, cy) = ((min_x + max_x) / 2.0, (min_y + max_y) / 2.0);
    let half = span * 0.65;
    let view_box = format!(
        "{:.1} {:.1} {:.1} {:.1}",
        cx - half,
        cy - half,
        2.0 * half,
        2.0 * half
    );
    let r = span / 45.0;
    let font = r * 1.6;
    let shown: Vec<&map::Shape> = map::provinces()
        .iter()
        .filter(|p| {
            p.bbox.max_x >= cx - half
                && p.bbox.min_x <= cx + half
                && p.bbox.max_y >= cy - half
                && p.bbox.min_y <= cy + half
        })
        .collect();
    rsx! {
        figure { class: "sheet-map", id: "sheet-map",
            svg { view_box: "{view_box}", xmlns: "http://www.w3.org/2000/svg", role: "img",
                "aria-label": tr.t("map-title"),
                preserve_aspect_ratio: "xMidYMid meet",
                g { class: "provinces",
                    for p in shown {
                        path { key: "{p.code}", class: "province", d: "{p.path}" }
                    }
                }
                g { class: "pins",
                    for (n, x, y) in pins.iter().copied() {
                        g { key: "{n}",
                            circle { class: "pin", cx: "{x:.2}", cy: "{y:.2}", r: "{r:.2}" }
                            text { x: "{x:.2}", y: "{y + font * 0.35:.2}", font_size: "{font:.2}",
                                text_anchor: "middle", class: "pin-number", "{n}" }
                        }
                    }
                }
            }
        }
    }
}
