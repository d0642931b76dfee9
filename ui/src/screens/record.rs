//! One record in full: the service card (every field the catalog holds),
//! an association, a learning resource, a report, a news item.

use catalog::Record;
use catalog::hours::{Hours, OpenState};
use catalog::{
    Lang, LearningResource, Location, NewsItem, Organization, RecordKind, ReportSummary, Service,
    ServiceKind, localized,
};
use chrono::{Datelike, Duration, Timelike};
use dioxus::prelude::*;
use fluent_bundle::FluentValue;

use crate::i18n::Tr;
use crate::session::{Screen, use_app, use_session};
use crate::widgets::{
    HelplineCall, LocalText, PositionNote, SampleBadge, SourceLine, language_name, local_props,
    term,
};

#[component]
pub fn RecordScreen(kind: RecordKind, id: String) -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let record = app.catalog().record(kind, &id);
    match record {
        Ok(Some(Record::Service(s))) => {
            let org = app
                .catalog()
                .organization(&s.organization_id)
                .ok()
                .flatten();
            rsx! { ServiceCard { service: *s, organization: org } }
        }
        Ok(Some(Record::Organization(o))) => rsx! { AssociationCard { org: *o } },
        Ok(Some(Record::LearningResource(r))) => rsx! { LearningCard { res: *r } },
        Ok(Some(Record::ReportSummary(r))) => rsx! { ReportCard { report: *r } },
        Ok(Some(Record::NewsItem(n))) => rsx! { NewsCard { item: *n } },
        Ok(Some(Record::CulturalExperience(c))) => {
            rsx! { crate::screens::culture::CultureCard { experience: *c } }
        }
        Ok(None) => {
            rsx! { p { class: "empty", id: "record-missing", "{tr.t(\"record-missing\")}" } }
        }
        Err(e) => rsx! { p { class: "error", role: "alert", "{tr.t(\"record-failed\")} ({e})" } },
    }
}

fn dir(lang: Lang) -> &'static str {
    if lang.is_rtl() { "rtl" } else { "ltr" }
}

/// `tel:` wants digits and a leading `+` only.
pub fn tel_uri(number: &str) -> String {
    let digits: String = number
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

pub fn address_line(loc: &Location) -> Option<String> {
    let a = loc.address.as_ref()?;
    let mut s = a.address_1.clone();
    let mut city = String::new();
    if let Some(pc) = &a.postal_code {
        city.push_str(pc);
        city.push(' ');
    }
    city.push_str(&a.city);
    if let Some(pr) = &a.state_province {
        city.push_str(&format!(" ({pr})"));
    }
    if !city.trim().is_empty() {
        s.push_str(", ");
        s.push_str(&city);
    }
    Some(s)
}

/// A `geo:` link for the maps app. A point not at its address would lead
/// the person to the comune's centre: with an address, the maps app is
/// asked for the address instead (`geo:0,0?q=`, RFC 5870 with Android's
/// query), near the point.
pub fn geo_uri(loc: &Location) -> String {
    let point = format!("{:.6},{:.6}", loc.latitude, loc.longitude);
    match address_line(loc) {
        Some(a) if !loc.precision.is_exact() => format!("geo:{point}?q={}", query_escape(&a)),
        _ => format!("geo:{point}"),
    }
}

fn osm_url(loc: &Location) -> String {
    let (lat, lon) = (loc.latitude, loc.longitude);
    match address_line(loc) {
        Some(a) if !loc.precision.is_exact() => format!(
            "https://www.openstreetmap.org/search?query={}#map=14/{lat:.6}/{lon:.6}",
            query_escape(&a)
        ),
        _ => format!(
            "https://www.openstreetmap.org/?mlat={lat:.6}&mlon={lon:.6}#map=17/{lat:.6}/{lon:.6}"
        ),
    }
}

/// Percent-encodes a query value (RFC 3986 unreserved characters kept).
fn query_escape(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A QR code holding the card's essentials as plain text: a phone camera
/// reads it without any network or app.
pub fn qr_svg(text: &str) -> Option<String> {
    let code =
        qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::L).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(180, 180)
            .quiet_zone(true)
            .build(),
    )
}

pub fn card_text(s: &Service, lang: Lang) -> String {
    let name = localized(&s.translations, &s.name, "name", lang).text;
    let mut lines = vec![name.to_string()];
    for loc in &s.locations {
        if let Some(a) = address_line(loc) {
            lines.push(a);
        }
    }
    for p in &s.phones {
        lines.push(format!("Tel. {}", p.number));
    }
    if let Some(e) = &s.email {
        lines.push(e.clone());
    }
    if let Some(h) = &s.opening_hours {
        lines.push(h.clone());
    }
    if let Some(loc) = s.locations.first() {
        lines.push(geo_uri(loc));
    }
    if s.sample {
        lines.push("(sample / esempio)".into());
    }
    lines.join("\n")
}

/// What "read aloud" says for a service card, in the description's
/// language: name, description, addresses, phone numbers (read digit by
/// digit by `speech::spoken_text`).
fn spoken_card(s: &Service, name: &str, description: &str, lang: Lang) -> String {
    let tr = crate::i18n::Tr::new(lang);
    let mut parts = vec![name.to_string(), description.to_string()];
    parts.extend(s.locations.iter().filter_map(address_line));
    parts.extend(
        s.phones
            .iter()
            .map(|p| format!("{} {}", tr.t("card-call"), p.number)),
    );
    // A full stop after each part that has none: a pause between them.
    parts
        .iter()
        .map(|p| p.trim_end())
        .filter(|p| !p.is_empty())
        .map(|p| {
            if p.ends_with(['.', '!', '?', '。', '؟', '।']) {
                p.to_string()
            } else {
                format!("{p}.")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[component]
fn ServiceCard(service: Service, organization: Option<Organization>) -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let s = service;
    let name = localized(&s.translations, &s.name, "name", lang);
    let (desc, desc_lang, desc_fb) = local_props(localized(
        &s.translations,
        &s.description,
        "description",
        lang,
    ));
    let eligibility = s.eligibility_description.as_ref().map(|e| {
        local_props(localized(
            &s.translations,
            e,
            "eligibility_description",
            lang,
        ))
    });
    let fees = s
        .fees_description
        .as_ref()
        .map(|e| local_props(localized(&s.translations, e, "fees_description", lang)));
    let apply = s
        .application_process
        .as_ref()
        .map(|e| local_props(localized(&s.translations, e, "application_process", lang)));
    let qr = qr_svg(&card_text(&s, lang));
    let speech = spoken_card(&s, name.text, &desc, desc_lang);
    let id = s.id.clone();
    let favourite_id = s.id.clone();
    let is_favourite = app
        .user()
        .favourites()
        .map(|f| f.iter().any(|(k, i)| k == "service" && *i == s.id))
        .unwrap_or(false);
    let mut fav = use_signal(|| is_favourite);
    let kiosk = app.config().kiosk;
    let shortlist_id = s.id.clone();
    let in_shortlist = session.in_shortlist(&s.id);
    let shortlist_on = session.shortlist_enabled(&app);
    rsx! {
        article { class: "card service-card", id: "service-card", "data-id": "{s.id}",
            header { class: "card-header",
                h1 { lang: name.lang.code(), dir: dir(name.lang), "{name.text}" }
                if let Some(o) = &organization {
                    {
                        let org_name = localized(&o.translations, &o.name, "name", lang);
                        rsx! { p { class: "organization", lang: org_name.lang.code(), dir: dir(org_name.lang), "{org_name.text}" } }
                    }
                }
                div { class: "hit-badges",
                    span { class: "badge badge-area", "{term(\"area\", &s.area, lang)}" }
                    if s.free { span { class: "badge badge-free", "{tr.t(\"badge-free\")}" } }
                    if s.sample { SampleBadge {} }
                    if s.status != catalog::ServiceStatus::Active {
                        span { class: "badge badge-closed", "{tr.t(\"service-not-active\")}" }
                    }
                }
            }
            if s.sample {
                p { class: "sample-note", id: "sample-note", "{tr.t(\"sample-explained\")}" }
            }
            crate::speech::ReadAloud { text: speech, text_lang: desc_lang }
            if let Some(kind) = s.kind {
                KindExplained { kind }
            }
            section { class: "card-section",
                h2 { "{tr.t(\"card-description\")}" }
                LocalText { text: desc, text_lang: desc_lang, fallback: desc_fb }
            }
            section { class: "card-section contacts",
                h2 { "{tr.t(\"card-contacts\")}" }
                for loc in s.locations.iter() {
                    div { class: "location",
                        if let Some(a) = address_line(loc) {
                            p { class: "address", bdi { lang: "it", dir: "ltr", "{a}" } }
                        }
                        PositionNote { location: loc.clone() }
                        p { class: "directions",
                            a { class: "button", href: "{geo_uri(loc)}", id: "directions-geo", "{tr.t(\"card-directions\")}" }
                            " "
                            a { class: "link", href: "{osm_url(loc)}", target: "_blank", rel: "noopener noreferrer", id: "directions-osm", "{tr.t(\"card-osm\")}" }
                        }
                    }
                }
                for p in s.phones.iter() {
                    p { class: "phone",
                        a { class: "button button-call", href: "{tel_uri(&p.number)}", span { "{tr.t(\"card-call\")} " } bdi { dir: "ltr", "{p.number}" } }
                        if let Some(d) = &p.description { span { class: "hint", " {d}" } }
                    }
                }
                if s.phones.is_empty() {
                    // The official registries publish no phone numbers: a
                    // call is still one tap away, through the helpline.
                    p { class: "hint", id: "card-no-phone", "{tr.t(\"card-no-phone\")}" }
                    HelplineCall {}
                }
                if let Some(e) = &s.email {
                    p { a { href: "mailto:{e}", dir: "ltr", "{e}" } }
                }
                if let Some(u) = &s.url {
                    p { a { href: "{u}", target: "_blank", rel: "noopener noreferrer", dir: "ltr", "{u}" } }
                }
            }
            section { class: "card-section hours",
                h2 { "{tr.t(\"card-hours\")}" }
                HoursTable { expression: s.opening_hours.clone() }
            }
            section { class: "card-section",
                h2 { "{tr.t(\"card-details\")}" }
                dl { class: "facts",
                    dt { "{tr.t(\"languages-spoken\")}" }
                    dd { id: "card-languages",
                        if s.languages.is_empty() { "{tr.t(\"card-not-stated\")}" } else { "{s.languages.iter().map(|l| language_name(l, lang)).collect::<Vec<_>>().join(\", \")}" }
                    }
                    dt { "{tr.t(\"card-documents\")}" }
                    dd { id: "card-documents",
                        if !s.asks_for_documents() && s.source.is_some() { "{tr.t(\"card-not-stated\")}" }
                        else if !s.asks_for_documents() { "{tr.t(\"card-no-documents\")}" } else { "{s.required_documents.iter().map(|d| term(\"document\", d, lang)).collect::<Vec<_>>().join(\", \")}" }
                        // Documents in the publisher's own words: Italian.
                        for (i, d) in s.other_documents.iter().enumerate() {
                            if i > 0 || !s.required_documents.is_empty() { ", " }
                            bdi { lang: "it", dir: "ltr", "{d}" }
                        }
                    }
                    dt { "{tr.t(\"card-cost\")}" }
                    // An official source says when a place is free (state
                    // schools, CPIA) and says nothing of cost otherwise.
                    dd { id: "card-cost",
                        if s.free { "{tr.t(\"badge-free\")}" } else if s.source.is_some() { "{tr.t(\"card-not-stated\")}" } else { "{tr.t(\"card-paid\")}" }
                        if let Some((t, l, fb)) = fees.clone() { LocalText { text: t, text_lang: l, fallback: fb } }
                    }
                    if let Some((t, l, fb)) = eligibility.clone() {
                        dt { "{tr.t(\"card-eligibility\")}" }
                        dd { LocalText { text: t, text_lang: l, fallback: fb } }
                    }
                    if let Some((t, l, fb)) = apply.clone() {
                        dt { "{tr.t(\"card-how-to-apply\")}" }
                        dd { LocalText { text: t, text_lang: l, fallback: fb } }
                    }
                    dt { "{tr.t(\"card-target-groups\")}" }
                    dd { "{s.target_groups.iter().map(|g| term(\"target_group\", g, lang)).collect::<Vec<_>>().join(\", \")}" }
                    if !s.service_areas.is_empty() {
                        dt { "{tr.t(\"card-service-area\")}" }
                        dd { "{s.service_areas.iter().map(|c| crate::map::territory_name(c).unwrap_or_else(|| c.clone())).collect::<Vec<_>>().join(\", \")}" }
                    }
                    dt { "{tr.t(\"card-verified\")}" }
                    dd { id: "card-verified",
                        match &s.assured_date { Some(d) => tr.date(d), None => tr.t("card-not-stated") }
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
            div { class: "actions",
                button { class: "button", id: "print-card",
                    // The print stylesheet leaves only the card (QR included).
                    onclick: move |_| { document::eval("window.print()"); },
                    "{tr.t(\"print-card\")}" }
                if shortlist_on {
                    button { class: "button", id: "shortlist-card", "aria-pressed": "{in_shortlist}",
                        onclick: move |_| session.toggle_shortlist(&shortlist_id),
                        if in_shortlist { "{tr.t(\"shortlist-remove\")}" } else { "{tr.t(\"shortlist-add\")}" }
                    }
                }
                if !kiosk {
                    button { class: "button", id: "favourite",
                        onclick: move |_| {
                            let now = chrono::Utc::now().to_rfc3339();
                            let user = app.user();
                            let ok = if fav() { user.remove_favourite(RecordKind::Service, &favourite_id) } else { user.add_favourite(RecordKind::Service, &favourite_id, &now) };
                            if ok.is_ok() { fav.set(!fav()); }
                        },
                        if fav() { "{tr.t(\"card-unsave\")}" } else { "{tr.t(\"card-save\")}" }
                    }
                }
                button { class: "button", id: "report-correction",
                    onclick: move |_| session.go(Screen::Correction(RecordKind::Service, id.clone())),
                    "{tr.t(\"card-report-correction\")}" }
            }
            p { class: "hint updated", "{tr.a(\"card-updated\", &[(\"date\", tr.date(&s.updated_at).into())])}" }
            SourceLine { source: s.source.clone(), sample: s.sample, locations: s.locations.clone() }
        }
    }
}

/// What a kind of place is and how to approach it, in the reader's
/// language: the official records' own texts are Italian only.
#[component]
fn KindExplained(kind: ServiceKind) -> Element {
    let tr = use_session().tr();
    rsx! {
        section { class: "card-section kind", id: "card-kind", "data-kind": kind.as_str(),
            h2 { "{tr.t(\"kind-title\")}" }
            p { "{tr.t(kind_message(kind))}" }
            if kind.is_school_for_minors() {
                p { id: "card-kind-enrolment", "{tr.t(\"kind-school-enrolment\")}" }
            }
        }
    }
}

/// The fluent message explaining `kind`.
pub fn kind_message(kind: ServiceKind) -> &'static str {
    match kind {
        ServiceKind::CpiaSite => "kind-cpia-site",
        ServiceKind::SchoolInfanzia => "kind-school-infanzia",
        ServiceKind::SchoolPrimaria => "kind-school-primaria",
        ServiceKind::SchoolSecondaria1 => "kind-school-secondaria-1",
        ServiceKind::SchoolSecondaria2 => "kind-school-secondaria-2",
        ServiceKind::AdultSecondary => "kind-adult-secondary",
        ServiceKind::Hospital => "kind-hospital",
        ServiceKind::PrivateClinic => "kind-private-clinic",
    }
}

/// The week from today, one row a day, plus what holds right now.
#[component]
pub fn HoursTable(expression: Option<String>) -> Element {
    let tr = use_session().tr();
    let Some(expr) = expression else {
        return rsx! { p { id: "hours-unknown", "{tr.t(\"hours-not-stated\")}" } };
    };
    let Ok(hours) = Hours::parse(&expr) else {
        return rsx! { p { "{tr.t(\"hours-not-stated\")}" } code { "{expr}" } };
    };
    let now = crate::clock::now();
    let today = Hours::local(now).date();
    let state = hours.state_at(now);
    let next = hours.next_change(now).map(Hours::local);
    let now_line = match (state, next) {
        (OpenState::Open, Some(n)) => tr.a("hours-open-until", &when(tr, today, n)),
        (OpenState::Open, None) => tr.t("open-now"),
        (OpenState::Closed, Some(n)) => tr.a("hours-closed-opens", &when(tr, today, n)),
        (OpenState::Closed, None) => tr.t("closed-now"),
        (OpenState::Unknown, _) => tr.t("hours-unknown"),
    };
    let rows = week_rows(tr, &hours, today);
    let class = match state {
        OpenState::Open => "hours-now open",
        OpenState::Closed => "hours-now closed",
        OpenState::Unknown => "hours-now unknown",
    };
    rsx! {
        p { class: class, id: "hours-now", "{now_line}" }
        table { class: "hours-table", id: "hours-table",
            tbody {
                for (day, text, is_today) in rows {
                    tr { class: if is_today { "today" } else { "" },
                        th { scope: "row", "{day}" }
                        td { dir: "ltr", "{text}" }
                    }
                }
            }
        }
    }
}

/// One row a day for the seven days from `first`: the day's name, its
/// opening times, and whether it is `first`.
pub fn week_rows(tr: Tr, hours: &Hours, first: chrono::NaiveDate) -> Vec<(String, String, bool)> {
    (0..7)
        .map(|i| {
            let d = first + Duration::days(i);
            let intervals = hours.intervals_on(d);
            let text = if intervals.is_empty() {
                tr.t("hours-closed-day")
            } else {
                intervals
                    .iter()
                    .map(|(a, b, st)| {
                        let end = if b.date() > d {
                            (24, 0)
                        } else {
                            (b.hour(), b.minute())
                        };
                        let span = format!(
                            "{}–{}",
                            tr.time(a.hour(), a.minute()),
                            tr.time(end.0, end.1)
                        );
                        if *st == OpenState::Unknown {
                            format!("{span} ({})", tr.t("hours-appointment"))
                        } else {
                            span
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let day = tr.t(&format!("weekday-{}", d.weekday().number_from_monday()));
            (day, text, i == 0)
        })
        .collect()
}

/// When the next opening or closing falls, as separate placeables so each
/// language can build its own sentence around them: a weekday glued to a
/// time ("Lunedì 09:00") cannot be inflected ("в понедельник", "el lunes",
/// "të hënën"). `when` is `today`, `week` (within six days: `weekday` is a
/// key, `monday`…`sunday`, that `hours-weekday-on` turns into the language's
/// "on Monday") or `later` (`date`); `time` is always given.
pub fn when(
    tr: Tr,
    today: chrono::NaiveDate,
    t: chrono::NaiveDateTime,
) -> Vec<(&'static str, FluentValue<'static>)> {
    let mut args = vec![("time", FluentValue::from(tr.time(t.hour(), t.minute())))];
    if t.date() == today {
        args.push(("when", "today".into()));
    } else if t.date() < today + Duration::days(7) {
        args.push(("when", "week".into()));
        args.push(("weekday", weekday_key(t.weekday()).into()));
    } else {
        args.push(("when", "later".into()));
        args.push(("date", tr.date(&t.date().to_string()).into()));
    }
    args
}

/// The selector key the locale files use for a weekday.
fn weekday_key(day: chrono::Weekday) -> &'static str {
    use chrono::Weekday::*;
    match day {
        Mon => "monday",
        Tue => "tuesday",
        Wed => "wednesday",
        Thu => "thursday",
        Fri => "friday",
        Sat => "saturday",
        Sun => "sunday",
    }
}

#[component]
fn AssociationCard(org: Organization) -> Element {
    let session = use_session();
    let tr = session.tr();
    let lang = tr.lang;
    let name = localized(&org.translations, &org.name, "name", lang);
    let desc = org
        .description
        .as_ref()
        .map(|d| local_props(localized(&org.translations, d, "description", lang)));
    let profile = org.association.clone().unwrap_or_default();
    let id = org.id.clone();
    rsx! {
        article { class: "card association-card", id: "association-card", "data-id": "{org.id}",
            h1 { lang: name.lang.code(), dir: dir(name.lang), "{name.text}" }
            div { class: "hit-badges",
                if let Some(c) = &profile.community { span { class: "badge", "{term(\"community\", c, lang)}" } }
                if profile.second_generation { span { class: "badge badge-g2", id: "association-g2", "{tr.t(\"nav-second-gen\")}" } }
                if org.sample { SampleBadge {} }
            }
            if let Some((t, l, fb)) = desc { LocalText { text: t, text_lang: l, fallback: fb } }
            dl { class: "facts",
                dt { "{tr.t(\"assoc-activities\")}" }
                dd { "{profile.activities.iter().map(|a| term(\"activity\", a, lang)).collect::<Vec<_>>().join(\", \")}" }
                if !profile.themes.is_empty() {
                    dt { "{tr.t(\"g2-theme\")}" }
                    dd { id: "association-themes",
                        "{profile.themes.iter().map(|t| term(\"g2_theme\", t, lang)).collect::<Vec<_>>().join(\", \")}" }
                }
                if let Some(r) = &profile.region_code {
                    dt { "{tr.t(\"assoc-region\")}" }
                    dd { "{crate::map::territory_name(r).unwrap_or_else(|| r.clone())}" }
                }
            }
            for loc in org.locations.iter() {
                if let Some(a) = address_line(loc) { p { class: "address", bdi { lang: "it", dir: "ltr", "{a}" } } }
                PositionNote { location: loc.clone() }
                p { a { class: "button", href: "{geo_uri(loc)}", "{tr.t(\"card-directions\")}" } }
            }
            for p in org.phones.iter() {
                p { a { class: "button button-call", href: "{tel_uri(&p.number)}", span { "{tr.t(\"card-call\")} " } bdi { dir: "ltr", "{p.number}" } } }
            }
            if let Some(e) = &org.email { p { a { href: "mailto:{e}", dir: "ltr", "{e}" } } }
            if let Some(u) = &org.website { p { a { href: "{u}", target: "_blank", rel: "noopener noreferrer", dir: "ltr", "{u}" } } }
            div { class: "actions",
                button { class: "button", id: "association-change",
                    onclick: move |_| session.go(Screen::AssociationChange(id.clone())),
                    "{tr.t(\"assoc-ask-change\")}" }
            }
            SourceLine { source: org.source.clone(), sample: org.sample, locations: org.locations.clone() }
        }
    }
}

#[component]
fn LearningCard(res: LearningResource) -> Element {
    let tr = use_session().tr();
    let lang = tr.lang;
    let title = localized(&res.translations, &res.title, "title", lang);
    let (d, dl_, fb) = local_props(localized(
        &res.translations,
        &res.description,
        "description",
        lang,
    ));
    rsx! {
        article { class: "card learning-card", id: "learning-card",
            h1 { lang: title.lang.code(), dir: dir(title.lang), "{title.text}" }
            div { class: "hit-badges",
                span { class: "badge", "{term(\"resource_kind\", &res.kind, lang)}" }
                for l in res.levels.iter() { span { class: "badge badge-level", "{l}" } }
                if res.free { span { class: "badge badge-free", "{tr.t(\"badge-free\")}" } }
                if res.works_offline { span { class: "badge", "{tr.t(\"learn-offline\")}" } }
                if res.sample { SampleBadge {} }
            }
            LocalText { text: d, text_lang: dl_, fallback: fb }
            dl { class: "facts",
                dt { "{tr.t(\"learn-taught-in\")}" }
                dd { "{res.instruction_languages.iter().map(|l| language_name(l, lang)).collect::<Vec<_>>().join(\", \")}" }
            }
            if let Some(loc) = &res.location {
                if let Some(a) = address_line(loc) { p { class: "address", bdi { lang: "it", dir: "ltr", "{a}" } } }
                PositionNote { location: loc.clone() }
                p { a { class: "button", href: "{geo_uri(loc)}", "{tr.t(\"card-directions\")}" } }
            }
            if res.opening_hours.is_some() {
                h2 { "{tr.t(\"card-hours\")}" }
                HoursTable { expression: res.opening_hours.clone() }
            }
            if let Some(u) = &res.url { p { a { href: "{u}", target: "_blank", rel: "noopener noreferrer", dir: "ltr", "{u}" } } }
            SourceLine { source: res.source.clone(), sample: res.sample, locations: res.location.iter().cloned().collect::<Vec<_>>() }
        }
    }
}

#[component]
pub fn ReportCard(report: ReportSummary) -> Element {
    let session = use_session();
    let tr = session.tr();
    // A report can be read in any of the 11 languages, whatever the app's.
    let mut reading = use_signal(|| tr.lang);
    let lang = reading();
    let title = localized(&report.translations, &report.title, "title", lang);
    let (summary, sl, fb) = local_props(localized(
        &report.translations,
        &report.summary,
        "summary",
        lang,
    ));
    // Sections travel as one text, a line each (see the sample generator).
    let italian_sections = report.sections.join("\n");
    let (sections, secl, secfb) = local_props(localized(
        &report.translations,
        &italian_sections,
        "sections",
        lang,
    ));
    let sections = sections.replace('\n', "\n\n");
    rsx! {
        article { class: "card report-card", id: "report-card",
            label { class: "reading-lang",
                span { "{tr.t(\"report-read-in\")} " }
                select { id: "report-lang",
                    onchange: move |e: FormEvent| { if let Some(l) = Lang::from_code(&e.value()) { reading.set(l) } },
                    for l in Lang::ALL {
                        option { value: l.code(), selected: l == lang, "{crate::i18n::message(l, \"language-name\", None)}" }
                    }
                }
            }
            h1 { lang: title.lang.code(), dir: dir(title.lang), id: "report-title", "{title.text}" }
            div { class: "hit-badges",
                span { class: "badge", "{report.year}" }
                if report.sample { SampleBadge {} }
            }
            crate::speech::ReadAloud { text: format!("{}.\n{summary}", title.text), text_lang: sl }
            LocalText { text: summary, text_lang: sl, fallback: fb, class: "report-summary" }
            if !sections.is_empty() {
                LocalText { text: sections, text_lang: secl, fallback: secfb, class: "report-sections" }
            }
        }
    }
}

#[component]
pub fn NewsCard(item: NewsItem) -> Element {
    let tr = use_session().tr();
    let lang = tr.lang;
    let title = localized(&item.translations, &item.title, "title", lang);
    let (body, bl, fb) = local_props(localized(&item.translations, &item.body, "body", lang));
    rsx! {
        article { class: "card news-card", id: "news-card",
            p { class: "hint", "{tr.date(&item.date)}" }
            h1 { lang: title.lang.code(), dir: dir(title.lang), "{title.text}" }
            if item.sample { SampleBadge {} }
            LocalText { text: body, text_lang: bl, fallback: fb }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use catalog::{Address, Precision};

    fn location(precision: Precision) -> Location {
        Location {
            id: "l".into(),
            name: None,
            latitude: 43.88,
            longitude: 11.09,
            comune_istat: Some("100005".into()),
            address: Some(Address {
                address_1: "Via Reggiana 26".into(),
                city: "Prato".into(),
                postal_code: Some("59100".into()),
                state_province: Some("PO".into()),
                country: "IT".into(),
            }),
            precision,
        }
    }

    #[test]
    fn every_kind_of_place_is_explained_in_every_language() {
        let (ids, _) = crate::i18n::check_locales();
        for lang in Lang::ALL {
            let held = &ids[&lang];
            for kind in ServiceKind::ALL {
                for id in [kind_message(kind), "kind-title", "kind-school-enrolment"] {
                    assert!(held.iter().any(|h| h == id), "{lang:?} lacks {id}");
                }
            }
        }
    }

    #[test]
    fn directions_to_an_approximate_point_ask_for_the_address() {
        assert_eq!(
            geo_uri(&location(Precision::Address)),
            "geo:43.880000,11.090000"
        );
        assert_eq!(
            geo_uri(&location(Precision::Comune)),
            "geo:43.880000,11.090000?q=Via+Reggiana+26%2C+59100+Prato+%28PO%29"
        );
        assert!(osm_url(&location(Precision::Postcode)).contains("search?query=Via+Reggiana"));
        // Without a street there is nothing better than the point.
        let mut bare = location(Precision::Comune);
        bare.address = None;
        assert_eq!(geo_uri(&bare), "geo:43.880000,11.090000");
    }
}
