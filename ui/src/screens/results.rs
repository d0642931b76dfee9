//! Results of a search: services, courses and associations in one list,
//! each row with its kind; filters with counts, sorting, paging, an empty
//! state that helps, and the same results on the offline map (a pin per
//! result of the current page). Phrasebook hits show in their own section
//! after the places. The model (state, query, the page's records read in
//! one batch) is `crate::search`; this file only renders it.

use catalog::phrasebook::PhraseHit;
use catalog::search::Facets;
use catalog::taxonomy::Taxonomy;
use catalog::{Lang, RecordKind, ServiceKind};
use dioxus::prelude::*;

use crate::map;
use crate::screens::home::PlaceChip;
use crate::search::{PAGE_SIZE, Page, RADII_KM, RESULT_KINDS, Row, RowRecord, SearchState, run};
use crate::session::{Screen, use_app, use_session};
use crate::widgets::{HelplineCall, OpenBadge, Pager, SampleBadge, language_name, term};

fn use_page() -> Memo<Page> {
    let session = use_session();
    let app = use_app();
    use_memo(move || {
        let state = session.search.read().clone();
        let lang = (session.lang)();
        let place = (session.place)();
        run(
            &app.catalog(),
            &state,
            lang,
            place.as_ref(),
            crate::clock::now(),
        )
    })
}

#[component]
pub fn Results() -> Element {
    let session = use_session();
    let tr = session.tr();
    let page = use_page();
    let p = page.read();
    let state = session.search.read().clone();
    let pages = p.total.div_ceil(PAGE_SIZE);
    let mut search = session.search;
    // Filters, sort and radius fold into one control: on a phone the
    // first result must show without scrolling.
    let mut filters_open = use_signal(|| false);
    let active = state.active_filters();
    let count_text = tr.a(
        "results-count",
        &[
            ("count", p.total.into()),
            ("shown", tr.count(p.total).into()),
        ],
    );
    rsx! {
        section { class: "results",
            div { class: "search-row",
                label { class: "visually-hidden", r#for: "results-input", "{tr.t(\"search-label\")}" }
                input { id: "results-input", r#type: "search", class: "search-input", value: "{state.text}",
                    placeholder: tr.t("search-placeholder"), maxlength: "500",
                    oninput: move |e: FormEvent| {
                        let mut s = search.write();
                        s.text = e.value();
                        s.page = 0;
                    }
                }
            }
            div { class: "results-bar",
                PlaceChip {}
                button { class: "chip", id: "show-map", onclick: move |_| session.go(Screen::Map), "{tr.t(\"results-show-map\")}" }
                button { class: if active > 0 { "chip toggle on" } else { "chip toggle" }, id: "filters-toggle",
                    "aria-expanded": "{filters_open()}", "aria-controls": "filters",
                    onclick: move |_| filters_open.set(!filters_open()),
                    "{tr.t(\"filters-title\")}"
                    if active > 0 {
                        span { class: "filters-count", "aria-hidden": "true", " {tr.count(active)}" }
                        span { class: "visually-hidden", " ({tr.a(\"filters-active\", &[(\"count\", active.into()), (\"shown\", tr.count(active).into())])})" }
                    }
                }
            }
            if filters_open() {
                div { class: "filters", id: "filters",
                    QuickFilters { facets: p.facets.clone() }
                    FilterPanel { facets: p.facets.clone() }
                }
            }
            p { class: "results-count", id: "results-count", role: "status", "{count_text}" }
            if p.failed {
                p { class: "error", role: "alert", "{tr.t(\"search-failed\")}" }
            }
            if p.rows.is_empty() {
                EmptyState {}
            } else {
                ol { class: "hits", id: "results",
                    for (i, row) in p.rows.iter().cloned().enumerate() {
                        // Where the places whose name or type answers the
                        // words end and those that only mention them begin.
                        Fragment { key: "{row.kind.as_str()}:{row.id}",
                            if i > 0 && !row.name_match && p.rows[i - 1].name_match {
                                li { class: "hits-divider", id: "results-mentions",
                                    p { "{tr.t(\"results-mentions\")}" }
                                }
                            }
                            HitRow { row }
                        }
                    }
                }
            }
            // Phrases to say come after the places, never before them.
            if !p.phrases.is_empty() {
                PhraseHits { hits: p.phrases.clone() }
            }
            if !p.rows.is_empty() {
                Pager { page: state.page, pages, on_page: move |n| { search.write().page = n; } }
            }
        }
    }
}

/// What kind of record a row is, in the reader's words: the kind of place
/// an official record names, a course's kind, "Association"; a service
/// without a kind of place says "Service" and its topic.
fn row_kind_label(row: &Row, tr: crate::i18n::Tr) -> String {
    match &row.record {
        Some(RowRecord::Service(s)) => match s.kind {
            Some(k) => tr.t(place_kind_message(k)),
            None => tr.t("row-kind-service"),
        },
        Some(RowRecord::Course(r)) => term("resource_kind", &r.kind, tr.lang),
        Some(RowRecord::Association(_)) => tr.t("row-kind-organization"),
        None => tr.t(row_kind_message(row.kind)),
    }
}

/// The short label of a kind of place.
pub fn place_kind_message(kind: ServiceKind) -> &'static str {
    match kind {
        ServiceKind::CpiaSite => "place-kind-cpia-site",
        ServiceKind::SchoolInfanzia => "place-kind-school-infanzia",
        ServiceKind::SchoolPrimaria => "place-kind-school-primaria",
        ServiceKind::SchoolSecondaria1 => "place-kind-school-secondaria-1",
        ServiceKind::SchoolSecondaria2 => "place-kind-school-secondaria-2",
        ServiceKind::AdultSecondary => "place-kind-adult-secondary",
        ServiceKind::Hospital => "place-kind-hospital",
        ServiceKind::PrivateClinic => "place-kind-private-clinic",
    }
}

/// The singular label of a kind of record the results list.
fn row_kind_message(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::LearningResource => "row-kind-learning_resource",
        RecordKind::Organization => "row-kind-organization",
        RecordKind::Service
        | RecordKind::ReportSummary
        | RecordKind::NewsItem
        | RecordKind::CulturalExperience => "row-kind-service",
    }
}

/// The plural label of a kind of record in the kind filter.
fn filter_kind_message(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::LearningResource => "filter-kind-learning_resource",
        RecordKind::Organization => "filter-kind-organization",
        RecordKind::Service
        | RecordKind::ReportSummary
        | RecordKind::NewsItem
        | RecordKind::CulturalExperience => "filter-kind-service",
    }
}

#[component]
fn HitRow(row: Row) -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let id = row.id.clone();
    let kind = row.kind;
    let shortlist_id = row.id.clone();
    let in_shortlist = session.in_shortlist(&row.id);
    // The shortlist and the referral sheet hold services.
    let shortlist_on = session.shortlist_enabled(&app) && kind == RecordKind::Service;
    let spoken: &[String] = row.record.as_ref().map_or(&[], RowRecord::languages);
    let languages: Vec<String> = spoken.iter().map(|l| language_name(l, tr.lang)).collect();
    let codes = spoken.join(",");
    let free = row.record.as_ref().is_some_and(RowRecord::free);
    let no_docs = row.record.as_ref().is_some_and(RowRecord::no_documents);
    let kind_label = row_kind_label(&row, tr);
    // The topic, where the kind of record does not already say it.
    let area = row
        .service()
        .filter(|s| s.kind.is_none())
        .map(|s| term("area", &s.area, tr.lang));
    let dir = if row.text_lang.is_rtl() { "rtl" } else { "ltr" };
    rsx! {
        li { class: "hit", "data-id": "{row.id}", "data-kind": kind.as_str(), "data-languages": "{codes}", "data-free": "{free}",
            "data-nodocs": "{no_docs}", "data-name-match": "{row.name_match}",
            "data-distance": row.distance_km.map(|d| format!("{d:.3}")).unwrap_or_default(),
            button { class: "hit-title", lang: row.text_lang.code(), dir,
                onclick: move |_| session.go(Screen::Record(kind, id.clone())),
                "{row.title}" }
            div { class: "hit-meta", "data-precision": row.precision.as_str(),
                span { class: "hit-kind", "{kind_label}" }
                // No more precise than the point: "in Prato" for a point at
                // the comune's centre, "about 3 km" for a postcode's.
                if let Some(d) = row.distance_km.and_then(|d| tr.distance_at(d, row.precision, row.comune.as_deref())) {
                    span { class: "distance", "{d}" }
                }
                if let Some(c) = row.comune.as_ref().filter(|_| row.precision != catalog::Precision::Comune || row.distance_km.is_none()) {
                    // An Italian name: isolated, so it keeps its order in Arabic text.
                    bdi { class: "comune", lang: "it", dir: "ltr", "{c}" }
                }
                if let Some(a) = &row.address {
                    bdi { class: "address", lang: "it", dir: "ltr", "{a}" }
                }
                if let Some(area) = area {
                    span { class: "area", "{area}" }
                }
            }
            div { class: "hit-badges",
                OpenBadge { state: row.open_state }
                if free {
                    span { class: "badge badge-free", "{tr.t(\"badge-free\")}" }
                }
                if no_docs {
                    span { class: "badge badge-nodocs", "{tr.t(\"badge-no-documents\")}" }
                }
                if row.sample {
                    SampleBadge {}
                }
            }
            if !languages.is_empty() {
                p { class: "hit-languages",
                    span { class: "label", "{tr.t(\"languages-spoken\")}: " }
                    span { class: "languages", "{languages.join(\", \")}" }
                }
            }
            p { class: "snippet", lang: row.text_lang.code(), dir, "{row.snippet}" }
            if shortlist_on {
                button { class: "button button-small shortlist-toggle", "aria-pressed": "{in_shortlist}",
                    onclick: move |_| session.toggle_shortlist(&shortlist_id),
                    if in_shortlist { "{tr.t(\"shortlist-remove\")}" } else { "{tr.t(\"shortlist-add\")}" }
                }
            }
        }
    }
}

#[component]
fn QuickFilters(facets: Facets) -> Element {
    let session = use_session();
    let tr = session.tr();
    let s = session.search.read().clone();
    let mut search = session.search;
    let has_place = (session.place)().is_some();
    rsx! {
        div { class: "quick-filters", role: "group", "aria-label": tr.t("filters-title"),
            button { class: if s.open_now { "chip toggle on" } else { "chip toggle" }, id: "f-open",
                "aria-pressed": "{s.open_now}",
                onclick: move |_| { let mut w = search.write(); w.open_now = !w.open_now; w.page = 0; },
                "{tr.t(\"filter-open-now\")}" }
            button { class: if s.free_only { "chip toggle on" } else { "chip toggle" }, id: "f-free",
                "aria-pressed": "{s.free_only}",
                onclick: move |_| { let mut w = search.write(); w.free_only = !w.free_only; w.page = 0; },
                "{tr.t(\"filter-free\")} ({tr.count(facets.free)})" }
            button { class: if s.no_documents { "chip toggle on" } else { "chip toggle" }, id: "f-nodocs",
                "aria-pressed": "{s.no_documents}",
                onclick: move |_| { let mut w = search.write(); w.no_documents = !w.no_documents; w.page = 0; },
                "{tr.t(\"filter-no-documents\")} ({tr.count(facets.no_documents)})" }
            if has_place {
                label { class: "sort",
                    span { "{tr.t(\"sort-label\")} " }
                    select { id: "sort",
                        onchange: move |e: FormEvent| { let mut w = search.write(); w.by_distance = e.value() == "distance"; w.page = 0; },
                        option { value: "distance", selected: s.by_distance, "{tr.t(\"sort-distance\")}" }
                        option { value: "relevance", selected: !s.by_distance, "{tr.t(\"sort-relevance\")}" }
                    }
                }
                label { class: "radius",
                    span { "{tr.t(\"filter-radius\")} " }
                    select { id: "f-radius",
                        onchange: move |e: FormEvent| { let mut w = search.write(); w.radius_km = e.value().parse().ok(); w.page = 0; },
                        option { value: "", selected: s.radius_km.is_none(), "{tr.t(\"filter-radius-any\")}" }
                        for r in RADII_KM {
                            option { value: "{r}", selected: s.radius_km == Some(r), "{tr.distance(r)}" }
                        }
                    }
                }
            }
        }
    }
}

/// Every filter, with how many results each would keep.
#[component]
fn FilterPanel(facets: Facets) -> Element {
    let session = use_session();
    let tr = session.tr();
    let lang = tr.lang;
    let s = session.search.read().clone();
    let mut search = session.search;
    let tax = Taxonomy::bundled();
    let count =
        |m: &std::collections::BTreeMap<String, usize>, id: &str| m.get(id).copied().unwrap_or(0);
    let mut languages: Vec<(String, usize)> = facets
        .languages
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    for l in &s.languages {
        if !languages.iter().any(|(k, _)| k == l) {
            languages.push((l.clone(), 0));
        }
    }
    languages.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let regions: Vec<(String, String, usize)> = map::regions()
        .iter()
        .map(|r| {
            (
                r.code.clone(),
                r.name.clone(),
                count(&facets.regions, &r.code),
            )
        })
        .collect();
    let territory = s.territory.clone().unwrap_or_default();
    rsx! {
        div { class: "filter-panel", id: "filter-panel",
            fieldset { class: "filter-group", id: "f-kinds",
                legend { "{tr.t(\"filter-kind\")}" }
                for k in RESULT_KINDS {
                    label { class: "check",
                        input { r#type: "checkbox", value: k.as_str(), checked: s.kinds.contains(&k),
                            onchange: move |_| {
                                let mut w = search.write();
                                match w.kinds.iter().position(|x| *x == k) {
                                    Some(i) => { w.kinds.remove(i); }
                                    None => w.kinds.push(k),
                                }
                                w.page = 0;
                            }
                        }
                        "{tr.t(filter_kind_message(k))} ({tr.count(count(&facets.kinds, k.as_str()))})"
                    }
                }
            }
            fieldset { class: "filter-group", id: "f-areas",
                legend { "{tr.t(\"filter-area\")}" }
                for a in tax.terms("area").iter() {
                    label { class: "check",
                        input { r#type: "checkbox", value: "{a.id}", checked: s.areas.contains(&a.id),
                            onchange: {
                                let id = a.id.clone();
                                move |_| toggle(&mut search.write().areas, &id)
                            }
                        }
                        "{a.name(lang)} ({tr.count(count(&facets.areas, &a.id))})"
                    }
                }
            }
            fieldset { class: "filter-group", id: "f-groups",
                legend { "{tr.t(\"filter-target-group\")}" }
                for g in tax.terms("target_group").iter() {
                    label { class: "check",
                        input { r#type: "checkbox", value: "{g.id}", checked: s.target_groups.contains(&g.id),
                            onchange: {
                                let id = g.id.clone();
                                move |_| toggle(&mut search.write().target_groups, &id)
                            }
                        }
                        "{g.name(lang)} ({tr.count(count(&facets.target_groups, &g.id))})"
                    }
                }
            }
            fieldset { class: "filter-group",
                legend { "{tr.t(\"filter-language\")}" }
                select { id: "f-language",
                    onchange: move |e: FormEvent| {
                        let v = e.value();
                        let mut w = search.write();
                        w.languages = if v.is_empty() { Vec::new() } else { vec![v] };
                        w.page = 0;
                    },
                    option { value: "", selected: s.languages.is_empty(), "{tr.t(\"filter-any-language\")}" }
                    for (code, n) in languages {
                        option { value: "{code}", selected: s.languages.contains(&code),
                            "{language_name(&code, lang)} ({tr.count(n)})" }
                    }
                }
            }
            fieldset { class: "filter-group",
                legend { "{tr.t(\"filter-territory\")}" }
                select { id: "f-territory",
                    onchange: move |e: FormEvent| {
                        let v = e.value();
                        let mut w = search.write();
                        w.territory = (!v.is_empty()).then_some(v);
                        w.page = 0;
                    },
                    option { value: "", selected: territory.is_empty(), "{tr.t(\"filter-all-italy\")}" }
                    for (code, name, n) in regions {
                        option { value: "{code}", selected: territory == code, "{name} ({tr.count(n)})" }
                    }
                }
            }
            if s.has_filters() {
                button { class: "button link", id: "clear-filters",
                    onclick: move |_| {
                        let mut w = search.write();
                        *w = SearchState { text: w.text.clone(), by_distance: w.by_distance, ..SearchState::default() };
                    },
                    "{tr.t(\"filter-clear\")}" }
            }
        }
    }
}

fn toggle(list: &mut Vec<String>, id: &str) {
    if let Some(i) = list.iter().position(|x| x == id) {
        list.remove(i);
    } else {
        list.push(id.to_string());
    }
}

/// No results: offer what would most likely find some.
#[component]
fn EmptyState() -> Element {
    let session = use_session();
    let tr = session.tr();
    let s = session.search.read().clone();
    let mut search = session.search;
    let lang = tr.lang;
    let mut drops: Vec<(String, SearchState)> = Vec::new();
    if s.open_now {
        drops.push((
            tr.t("filter-open-now"),
            SearchState {
                open_now: false,
                page: 0,
                ..s.clone()
            },
        ));
    }
    if s.free_only {
        drops.push((
            tr.t("filter-free"),
            SearchState {
                free_only: false,
                page: 0,
                ..s.clone()
            },
        ));
    }
    if s.no_documents {
        drops.push((
            tr.t("filter-no-documents"),
            SearchState {
                no_documents: false,
                page: 0,
                ..s.clone()
            },
        ));
    }
    for l in &s.languages {
        drops.push((
            language_name(l, lang),
            SearchState {
                languages: Vec::new(),
                page: 0,
                ..s.clone()
            },
        ));
    }
    for a in &s.areas {
        let rest: Vec<String> = s.areas.iter().filter(|x| *x != a).cloned().collect();
        drops.push((
            term("area", a, lang),
            SearchState {
                areas: rest,
                page: 0,
                ..s.clone()
            },
        ));
    }
    for g in &s.target_groups {
        let rest: Vec<String> = s
            .target_groups
            .iter()
            .filter(|x| *x != g)
            .cloned()
            .collect();
        drops.push((
            term("target_group", g, lang),
            SearchState {
                target_groups: rest,
                page: 0,
                ..s.clone()
            },
        ));
    }
    if let Some(t) = &s.territory {
        let name = map::territory_name(t).unwrap_or_else(|| t.clone());
        drops.push((
            name,
            SearchState {
                territory: None,
                page: 0,
                ..s.clone()
            },
        ));
    }
    let wider = s.radius_km.map(|r| {
        let next = RADII_KM.iter().copied().find(|x| *x > r);
        (
            next,
            SearchState {
                radius_km: next,
                page: 0,
                ..s.clone()
            },
        )
    });
    // An area the catalog holds nothing for at all: no filter or distance
    // would help, and the person is told why instead.
    let app = crate::session::use_app();
    let unheld: Vec<String> = s
        .areas
        .iter()
        .filter(|a| app.catalog().services_in_area(a).is_ok_and(|n| n == 0))
        .map(|a| term("area", a, lang))
        .collect();
    if !unheld.is_empty() && unheld.len() == s.areas.len() {
        // One area asked for: the report form starts in it.
        let report_area = (s.areas.len() == 1).then(|| s.areas[0].clone());
        return rsx! {
            div { class: "empty-state", id: "empty-area",
                h2 { "{tr.a(\"empty-area-none-title\", &[(\"area\", unheld.join(\", \").into())])}" }
                p { "{tr.t(\"empty-area-none\")}" }
                p { "{tr.t(\"empty-helpline\")}" }
                HelplineCall {}
                p { button { class: "button", id: "report-service",
                    onclick: move |_| session.go(Screen::NewService(report_area.clone())),
                    "{tr.t(\"service-report-new\")}" } }
            }
        };
    }
    rsx! {
        div { class: "empty-state", id: "empty-state",
            h2 { "{tr.t(\"empty-title\")}" }
            if !s.text.trim().is_empty() {
                p { "{tr.t(\"empty-check-words\")}" }
            }
            ul { class: "empty-actions",
                if let Some((next, state)) = wider {
                    li { button { class: "button", id: "widen-radius",
                        onclick: move |_| search.set(state.clone()),
                        match next {
                            Some(km) => tr.a("empty-widen", &[("distance", tr.distance(km).into())]),
                            None => tr.t("empty-any-distance"),
                        }
                    } }
                }
                for (label, state) in drops {
                    li { button { class: "button drop-filter",
                        onclick: move |_| search.set(state.clone()),
                        "{tr.a(\"empty-drop-filter\", &[(\"filter\", label.clone().into())])}"
                    } }
                }
            }
            p { "{tr.t(\"empty-helpline\")}" }
            HelplineCall {}
        }
    }
}

/// The current results on the offline map: a pin per result with a place,
/// zoom to a region or province, a pin opens a short card.
#[component]
pub fn MapScreen() -> Element {
    let session = use_session();
    let tr = session.tr();
    let page = use_page();
    let p = page.read();
    let mut region = use_signal(|| None::<String>);
    let mut province = use_signal(|| None::<String>);
    let mut selected = use_signal(|| None::<String>);
    let pins: Vec<(String, f64, f64, Row)> = p
        .rows
        .iter()
        .filter_map(|r| {
            let loc = r.record.as_ref()?.locations().first()?;
            let (x, y) = map::project(loc.latitude, loc.longitude);
            Some((r.id.clone(), x, y, r.clone()))
        })
        .collect();
    let bbox = match (province(), region()) {
        (Some(pc), _) => map::provinces()
            .iter()
            .find(|s| s.code == pc)
            .map(|s| s.bbox),
        (None, Some(rc)) => map::regions().iter().find(|s| s.code == rc).map(|s| s.bbox),
        _ => None,
    }
    .unwrap_or_else(map::italy_bbox);
    let pin_r = bbox.extent() / 90.0;
    let region_code = region();
    let provinces: Vec<&map::Shape> = match &region_code {
        Some(rc) => map::provinces()
            .iter()
            .filter(|p| p.region_code.as_deref() == Some(rc))
            .collect(),
        None => Vec::new(),
    };
    let place = (session.place)().map(|p| map::project(p.latitude, p.longitude));
    let card = selected().and_then(|id| {
        pins.iter()
            .find(|(pid, ..)| *pid == id)
            .map(|(_, _, _, r)| r.clone())
    });
    rsx! {
        section { class: "map-screen",
            h1 { "{tr.t(\"map-title\")}" }
            p { class: "hint", id: "map-count", "{tr.a(\"map-pins\", &[(\"count\", pins.len().into()), (\"shown\", tr.count(pins.len()).into())])}" }
            div { class: "map-controls",
                select { id: "map-region", "aria-label": tr.t("map-zoom-region"),
                    onchange: move |e: FormEvent| {
                        let v = e.value();
                        region.set((!v.is_empty()).then_some(v));
                        province.set(None);
                    },
                    option { value: "", selected: region_code.is_none(), "{tr.t(\"filter-all-italy\")}" }
                    for r in map::regions().iter() {
                        option { value: "{r.code}", selected: region_code.as_deref() == Some(r.code.as_str()), "{r.name}" }
                    }
                }
                if !provinces.is_empty() {
                    select { id: "map-province", "aria-label": tr.t("map-zoom-province"),
                        onchange: move |e: FormEvent| { let v = e.value(); province.set((!v.is_empty()).then_some(v)); },
                        option { value: "", selected: province().is_none(), "{tr.t(\"map-whole-region\")}" }
                        for pr in provinces.iter() {
                            option { value: "{pr.code}", selected: province().as_deref() == Some(pr.code.as_str()), "{pr.name}" }
                        }
                    }
                }
            }
            svg { class: "map", id: "map", view_box: bbox.view_box(), role: "img",
                "aria-label": tr.t("map-title"), xmlns: "http://www.w3.org/2000/svg",
                preserve_aspect_ratio: "xMidYMid meet",
                g { class: "regions",
                    for r in map::regions().iter() {
                        path { key: "{r.code}", d: "{r.path}", class: if region_code.as_deref() == Some(r.code.as_str()) { "region current" } else { "region" },
                            onclick: {
                                let code = r.code.clone();
                                move |_| { region.set(Some(code.clone())); province.set(None); }
                            },
                            title { "{r.name}" }
                        }
                    }
                }
                g { class: "provinces",
                    for pr in provinces.iter() {
                        path { key: "{pr.code}", d: "{pr.path}", class: if province().as_deref() == Some(pr.code.as_str()) { "province current" } else { "province" },
                            onclick: {
                                let code = pr.code.clone();
                                move |_| province.set(Some(code.clone()))
                            },
                            title { "{pr.name}" }
                        }
                    }
                }
                if let Some((x, y)) = place {
                    circle { class: "you", cx: "{x}", cy: "{y}", r: "{pin_r * 0.8}" }
                }
                g { class: "pins",
                    for (id, x, y, row) in pins.iter().cloned() {
                        // A point not at its address is drawn as a ring, larger:
                        // the place is somewhere around it.
                        circle { key: "{row.kind.as_str()}:{id}",
                            class: format!("pin{}{}", if row.precision.is_exact() { "" } else { " approx" }, if selected().as_deref() == Some(id.as_str()) { " selected" } else { "" }),
                            "data-id": "{id}", "data-precision": row.precision.as_str(), cx: "{x:.1}", cy: "{y:.1}",
                            r: if row.precision.is_exact() { pin_r } else { pin_r * 1.6 },
                            onclick: move |_| selected.set(Some(id.clone())),
                            title { "{row.title}" }
                        }
                    }
                }
            }
            if let Some(row) = card {
                div { class: "map-card", id: "map-card",
                    h2 { lang: row.text_lang.code(), "{row.title}" }
                    p {
                        if let Some(d) = row.distance_km.and_then(|d| tr.distance_at(d, row.precision, row.comune.as_deref())) { span { class: "distance", "{d} · " } }
                        if let Some(c) = &row.comune { bdi { lang: "it", dir: "ltr", "{c}" } }
                    }
                    OpenBadge { state: row.open_state }
                    button { class: "button button-primary", id: "map-card-open",
                        onclick: {
                            let (kind, id) = (row.kind, row.id.clone());
                            move |_| session.go(Screen::Record(kind, id.clone()))
                        },
                        "{tr.t(\"action-open-card\")}" }
                }
            }
            p { class: "attribution", "{tr.t(\"map-attribution\")}" }
        }
    }
}

/// Phrases to say, found by the same search: their own small section,
/// each leading to the phrase in the phrasebook.
#[component]
fn PhraseHits(hits: Vec<PhraseHit>) -> Element {
    let session = use_session();
    let tr = session.tr();
    rsx! {
        section { class: "phrase-hits", id: "phrase-hits", "aria-labelledby": "phrase-hits-title",
            h2 { id: "phrase-hits-title", "{tr.t(\"phrasebook-hits-title\")}" }
            ul {
                for h in hits {
                    li { class: "phrase-hit", key: "{h.id}", "data-id": "{h.id}",
                        button { class: "phrase-hit-link", onclick: { let id = h.id.clone(); move |_| session.go(Screen::Phrase(id.clone())) },
                            span { class: "phrase-it", lang: "it", dir: "ltr", "{h.italian}" }
                        }
                        if h.meaning_lang != Lang::It {
                            span { class: "phrase-meaning", lang: "{h.meaning_lang.code()}",
                                dir: if h.meaning_lang.is_rtl() { "rtl" } else { "ltr" }, "{h.meaning}" }
                        }
                    }
                }
            }
        }
    }
}
