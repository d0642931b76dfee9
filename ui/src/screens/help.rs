//! Help: the free helpline, international protection, recognition of
//! qualifications. Texts are general orientation, in every language.

use dioxus::prelude::*;

use crate::session::{Screen, use_session};
use crate::widgets::HelplineCall;

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
            }
            div { class: "card",
                h2 { "{tr.t(\"help-protection-title\")}" }
                p { "{tr.t(\"help-protection-body\")}" }
                p { "{tr.t(\"help-protection-where\")}" }
                button { class: "button", id: "help-protection-services",
                    onclick: move |_| session.search_for(String::new(), vec!["international-protection".into()]),
                    "{tr.t(\"help-find-services\")}" }
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
