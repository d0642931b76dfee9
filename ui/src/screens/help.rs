//! Help: the free helpline, international protection, recognition of
//! qualifications. Texts are general orientation, in every language.

use catalog::geo_math::distance_km;
use catalog::{RecordKind, localized};
use dioxus::prelude::*;

use crate::session::{Screen, use_app, use_session};
use crate::widgets::{HelplineCall, term};

#[component]
pub fn Help() -> Element {
    let session = use_session();
    let tr = session.tr();
    rsx! {
        section { class: "help",
            h1 { "{tr.t(\"nav-help\")}" }
            div { class: "card helpline",
                h2 { "{tr.t(\"help-helpline-title\")}" }
                p { "{tr.t(\"help-helpline-body\")}" }
                HelplineCall {}
                p { button { class: "button", id: "help-report-service",
                    onclick: move |_| session.go(Screen::NewService(None)),
                    "{tr.t(\"service-report-new\")}" } }
            }
            div { class: "card",
                h2 { "{tr.t(\"help-protection-title\")}" }
                p { "{tr.t(\"help-protection-body\")}" }
                p { "{tr.t(\"help-protection-where\")}" }
                button { class: "button", id: "help-protection-services",
                    onclick: move |_| session.search_for(String::new(), vec!["international-protection".into()]),
                    "{tr.t(\"help-find-services\")}" }
                ProtectionProjects {}
            }
            div { class: "card",
                h2 { "{tr.t(\"help-qualifications-title\")}" }
                p { "{tr.t(\"help-qualifications-body\")}" }
                p { "{tr.t(\"help-qualifications-where\")}" }
                button { class: "button", id: "help-work-services",
                    onclick: move |_| session.search_for(String::new(), vec!["work".into()]),
                    "{tr.t(\"help-find-services\")}" }
            }
            div { class: "card",
                h2 { "{tr.t(\"help-emergency-title\")}" }
                p { "{tr.t(\"help-emergency-body\")}" }
                a { class: "button button-call", href: "tel:112", "112" }
            }
            p { button { class: "button link", onclick: move |_| session.go(Screen::Settings), "{tr.t(\"help-privacy-link\")}" } }
        }
    }
}

/// id, name, who may apply, referral, places, distance.
type ProjectRow = (String, String, String, String, Option<u32>, Option<f64>);

/// Projects shown before "show all": the nearest ones when a place is set.
const PROJECTS_SHOWN: usize = 8;

/// The international-protection projects: who may apply, how to be
/// referred, places; each opens its service card.
#[component]
fn ProtectionProjects() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let mut all_shown = use_signal(|| false);
    let mut projects = app.catalog().protection_projects().unwrap_or_default();
    let place = (session.place)();
    let distance = |s: &catalog::Service| -> Option<f64> {
        let p = place.as_ref()?;
        let l = s.locations.first()?;
        Some(distance_km(
            p.latitude,
            p.longitude,
            l.latitude,
            l.longitude,
        ))
    };
    if place.is_some() {
        projects.sort_by(|a, b| {
            let far = |s| distance(s).unwrap_or(f64::INFINITY);
            far(a).total_cmp(&far(b))
        });
    }
    let total = projects.len();
    let limit = if all_shown() { total } else { PROJECTS_SHOWN };
    let rows: Vec<ProjectRow> = projects
        .iter()
        .take(limit)
        .filter_map(|s| {
            let p = s.protection_project.as_ref()?;
            Some((
                s.id.clone(),
                localized(&s.translations, &s.name, "name", lang)
                    .text
                    .to_string(),
                p.who_may_apply
                    .iter()
                    .map(|w| term("protection_status", w, lang))
                    .collect::<Vec<_>>()
                    .join(", "),
                term("referral", &p.referral, lang),
                p.places,
                distance(s),
            ))
        })
        .collect();
    if total == 0 {
        return rsx! {};
    }
    rsx! {
        div { class: "protection-projects", id: "protection-projects",
            h3 { "{tr.t(\"protection-projects-title\")}" }
            p { class: "hint", id: "protection-projects-count",
                "{tr.a(\"protection-projects-count\", &[(\"count\", total.into()), (\"shown\", tr.count(total).into())])}" }
            ul { class: "hits",
                for (id, name, who, referral, places, km) in rows {
                    li { key: "{id}", class: "hit protection-project", "data-id": "{id}",
                        p { class: "hit-title", "{name}" }
                        if let Some(d) = km { p { class: "distance", "{tr.distance(d)}" } }
                        dl { class: "facts",
                            dt { "{tr.t(\"protection-who-may-apply\")}" }
                            dd { "{who}" }
                            dt { "{tr.t(\"protection-referral\")}" }
                            dd { "{referral}" }
                            if let Some(n) = places {
                                dt { "{tr.t(\"protection-places\")}" }
                                dd { "{tr.count(n as usize)}" }
                            }
                        }
                        button { class: "button",
                            onclick: {
                                let id = id.clone();
                                move |_| session.go(Screen::Record(RecordKind::Service, id.clone()))
                            },
                            "{tr.t(\"action-open-card\")}" }
                    }
                }
            }
            if !all_shown() && total > PROJECTS_SHOWN {
                button { class: "button link", id: "protection-projects-all",
                    onclick: move |_| all_shown.set(true),
                    "{tr.t(\"protection-projects-all\")}" }
            }
        }
    }
}
