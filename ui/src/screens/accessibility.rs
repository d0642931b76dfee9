//! The accessibility statement, after the AgID model for public
//! administrations: conformance status, known limits, how to give feedback,
//! the date and method of the assessment. Reachable from every screen's
//! footer and from settings.

use dioxus::prelude::*;

use crate::session::use_session;
use crate::widgets::{HELPLINE_DISPLAY, HELPLINE_TEL};

/// When the statement was last reviewed (self-assessment with axe-core on
/// every screen in Italian, Arabic and Chinese, plus keyboard checks).
pub const STATEMENT_DATE: &str = "2026-11-24";

#[component]
pub fn AccessibilityStatement() -> Element {
    let tr = use_session().tr();
    rsx! {
        article { class: "card statement", id: "accessibility-statement",
            h1 { "{tr.t(\"a11y-title\")}" }
            p { "{tr.t(\"a11y-intro\")}" }
            section { "aria-labelledby": "a11y-status",
                h2 { id: "a11y-status", "{tr.t(\"a11y-status-title\")}" }
                p { id: "a11y-status-body", "{tr.t(\"a11y-status-body\")}" }
            }
            section { "aria-labelledby": "a11y-limits",
                h2 { id: "a11y-limits", "{tr.t(\"a11y-limits-title\")}" }
                ul {
                    li { "{tr.t(\"a11y-limit-map\")}" }
                    li { "{tr.t(\"a11y-limit-voices\")}" }
                    li { "{tr.t(\"a11y-limit-italian\")}" }
                }
            }
            section { "aria-labelledby": "a11y-feedback",
                h2 { id: "a11y-feedback", "{tr.t(\"a11y-feedback-title\")}" }
                p { "{tr.t(\"a11y-feedback-body\")}" }
                p {
                    a { class: "button button-call", href: HELPLINE_TEL, id: "a11y-helpline",
                        "{tr.a(\"helpline-call\", &[(\"number\", HELPLINE_DISPLAY.into())])}" }
                }
                p { "{tr.t(\"a11y-enforcement\")}" }
            }
            p { class: "hint", id: "a11y-date",
                "{tr.a(\"a11y-date\", &[(\"date\", tr.date(STATEMENT_DATE).into())])}" }
        }
    }
}
