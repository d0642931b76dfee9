//! Small pieces every screen uses.

use catalog::search::OpenStateTag;
use catalog::taxonomy::Taxonomy;
use catalog::{Lang, Localized, Location, Precision};
use dioxus::prelude::*;

use crate::i18n::Tr;

/// The helpline of the portal: free from Italian landlines and mobiles.
pub const HELPLINE_DISPLAY: &str = "803.001";
pub const HELPLINE_TEL: &str = "tel:803001";

pub fn term(taxonomy: &str, id: &str, lang: Lang) -> String {
    Taxonomy::bundled().label(taxonomy, id, lang)
}

/// A language's own name ("العربية", "Italiano") for a code, else the code.
pub fn language_name(code: &str, lang: Lang) -> String {
    let tr = Tr::new(lang);
    let key = format!("spoken-{code}");
    let name = tr.t(&key);
    if name == key {
        code.to_uppercase()
    } else {
        name
    }
}

#[component]
pub fn SampleBadge() -> Element {
    let tr = crate::session::use_session().tr();
    rsx! { span { class: "badge badge-sample", title: tr.t("sample-explained"), "{tr.t(\"badge-sample\")}" } }
}

/// Where a record comes from, under its card: the official source with its
/// data date and licence (and GeoNames when a point was placed at a
/// postcode), or the portal's editors. A sample record has its own note.
#[component]
pub fn SourceLine(source: Option<String>, sample: bool, locations: Vec<Location>) -> Element {
    let tr = crate::session::use_session().tr();
    if sample {
        return rsx! {};
    }
    let text = match source.as_deref().and_then(catalog::provenance::source) {
        Some(src) => tr.a(
            "card-source",
            &[
                ("publisher", src.publisher.into()),
                ("dataset", src.dataset.into()),
                ("date", src.data_date.into()),
                ("licence", src.licence.into()),
            ],
        ),
        None => tr.t("card-source-portal"),
    };
    let geonames = locations.iter().any(|l| l.precision == Precision::Postcode);
    rsx! {
        p { class: "hint source-line", id: "card-source",
            "{text}"
            if geonames {
                " · {tr.a(\"card-source-geonames\", &[(\"attribution\", catalog::provenance::GEONAMES.into())])}"
            }
        }
    }
}

/// What an approximate position means, beside the address: the map shows
/// the comune's centre or the postcode's area, so the person checks the
/// address before going. Nothing for a point at its address.
#[component]
pub fn PositionNote(location: Location) -> Element {
    let tr = crate::session::use_session().tr();
    let comune = location
        .comune_istat
        .as_deref()
        .and_then(|c| catalog::Gazetteer::bundled().by_istat(c))
        .map(|c| c.name.clone())
        .unwrap_or_default();
    let postcode = location
        .address
        .as_ref()
        .and_then(|a| a.postal_code.clone())
        .unwrap_or_default();
    let text = match location.precision {
        Precision::Address => return rsx! {},
        Precision::Postcode if !postcode.is_empty() => tr.a(
            "card-position-postcode",
            &[("postcode", postcode.into()), ("comune", comune.into())],
        ),
        Precision::Postcode | Precision::Comune => {
            tr.a("card-position-comune", &[("comune", comune.into())])
        }
    };
    rsx! { p { class: "position-note", "data-precision": location.precision.as_str(), "{text}" } }
}

#[component]
pub fn OpenBadge(state: Option<OpenStateTag>) -> Element {
    let tr = crate::session::use_session().tr();
    match state {
        Some(OpenStateTag::Open) => {
            rsx! { span { class: "badge badge-open", "data-open": "open", "{tr.t(\"open-now\")}" } }
        }
        Some(OpenStateTag::Closed) => {
            rsx! { span { class: "badge badge-closed", "data-open": "closed", "{tr.t(\"closed-now\")}" } }
        }
        Some(OpenStateTag::Unknown) => {
            rsx! { span { class: "badge badge-unknown", "data-open": "unknown", "{tr.t(\"hours-unknown\")}" } }
        }
        None => rsx! {},
    }
}

/// A text in the language it is in; marked when Italian stands in for the
/// reader's language.
#[component]
pub fn LocalText(text: String, text_lang: Lang, fallback: bool, class: Option<String>) -> Element {
    let tr = crate::session::use_session().tr();
    let dir = if text_lang.is_rtl() { "rtl" } else { "ltr" };
    rsx! {
        div { class: class.unwrap_or_default(),
            if fallback {
                p { class: "fallback-note", "{tr.t(\"italian-fallback\")}" }
            }
            div { lang: text_lang.code(), dir: dir, class: "local-text",
                for para in text.split("\n\n").map(str::to_string) {
                    p { "{para}" }
                }
            }
        }
    }
}

pub fn local_props(l: Localized<'_>) -> (String, Lang, bool) {
    (l.text.to_string(), l.lang, l.italian_fallback)
}

#[component]
pub fn HelplineCall() -> Element {
    let tr = crate::session::use_session().tr();
    rsx! {
        a { class: "button button-call", href: HELPLINE_TEL, id: "helpline-call",
            "{tr.a(\"helpline-call\", &[(\"number\", HELPLINE_DISPLAY.into())])}" }
    }
}

/// Pagination controls under a list.
#[component]
pub fn Pager(page: usize, pages: usize, on_page: EventHandler<usize>) -> Element {
    let tr = crate::session::use_session().tr();
    if pages <= 1 {
        return rsx! {};
    }
    rsx! {
        nav { class: "pager", "aria-label": tr.t("pager-label"),
            button { id: "page-prev", disabled: page == 0, onclick: move |_| on_page.call(page.saturating_sub(1)),
                "{tr.t(\"pager-previous\")}" }
            span { id: "page-info", "{tr.a(\"pager-page\", &[(\"page\", tr.count(page + 1).into()), (\"pages\", tr.count(pages).into())])}" }
            button { id: "page-next", disabled: page + 1 >= pages, onclick: move |_| on_page.call(page + 1),
                "{tr.t(\"pager-next\")}" }
        }
    }
}
