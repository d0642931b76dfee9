//! "What's new": records that are new or changed for the person's region
//! and language since they last looked, computed on the device by
//! `catalog::whats_new` from the catalog and the person's own user file;
//! "mark as seen" starts the next comparison from here.

use catalog::whats_new::{Change, Interest, mark_seen};
use dioxus::prelude::*;

use crate::notify::changes_for;
use crate::session::{Screen, Session, use_app, use_session};
use crate::state::AppState;

/// What concerns the person: the comune they picked, their language.
pub fn interest(session: &Session) -> Interest {
    Interest {
        comune: session.place.peek().as_ref().and_then(|p| p.istat.clone()),
        lang: *session.lang.peek(),
    }
}

/// The changes since the person last looked (see [`changes_for`]).
pub fn changes(app: &AppState, session: &Session) -> Vec<Change> {
    changes_for(app, &interest(session)).unwrap_or_default()
}

/// The home tile, with the count as a badge.
#[component]
pub fn WhatsNewTile() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    // Read the place and language so the count follows a change of either.
    let _ = (session.place)();
    let _ = (session.lang)();
    let _ = (session.data_version)();
    let count = changes(&app, &session).len();
    rsx! {
        button { class: "tile whats-new-tile", id: "go-whats-new",
            onclick: move |_| session.go(Screen::WhatsNew),
            "{tr.t(\"whats-new-title\")}"
            if count > 0 {
                span { class: "badge badge-count", id: "whats-new-badge",
                    "aria-label": tr.a("whats-new-badge", &[("count", count.into()), ("shown", tr.count(count).into())]),
                    "{tr.count(count)}" }
            }
        }
    }
}

#[component]
pub fn WhatsNew() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let mut version = use_signal(|| 0u32);
    // Read to redraw after "mark as seen" and after an update.
    let _ = version();
    let _ = (session.data_version)();
    let list = changes(&app, &session);
    let kiosk = app.config().kiosk;
    rsx! {
        section { class: "whats-new", id: "whats-new",
            h1 { "{tr.t(\"whats-new-title\")}" }
            p { class: "intro", "{tr.t(\"whats-new-intro\")}" }
            if session.place.peek().as_ref().and_then(|p| p.istat.clone()).is_none() {
                p { class: "hint", id: "whats-new-no-place", "{tr.t(\"whats-new-no-place\")}" }
            }
            p { class: "results-count", id: "whats-new-count", role: "status",
                "{tr.a(\"whats-new-count\", &[(\"count\", list.len().into()), (\"shown\", tr.count(list.len()).into())])}" }
            ul { class: "hits", id: "whats-new-list",
                for c in list.iter().cloned() {
                    li { key: "{c.kind.as_str()}-{c.id}", class: "hit", "data-id": "{c.id}", "data-kind": "{c.kind.as_str()}",
                        button { class: "hit-button",
                            onclick: {
                                let (kind, id) = (c.kind, c.id.clone());
                                move |_| session.go(Screen::Record(kind, id.clone()))
                            },
                            span { class: "hit-title", lang: c.text_lang.code(), "{c.title}" }
                            span { class: "hit-meta",
                                if c.is_new { "{tr.t(\"whats-new-new\")}" } else { "{tr.t(\"whats-new-changed\")}" }
                                if c.in_comune { " · {tr.t(\"whats-new-your-comune\")}" }
                            }
                        }
                    }
                }
            }
            if !list.is_empty() && !kiosk {
                button { class: "button button-primary", id: "whats-new-seen",
                    onclick: move |_| {
                        let interest = interest(&session);
                        if let Err(e) = mark_seen(&app.catalog(), &app.user(), &interest) {
                            tracing::warn!(error = %e, "what's new could not be marked as seen");
                        }
                        version += 1;
                    },
                    "{tr.t(\"whats-new-mark-seen\")}" }
            }
            p { class: "hint", "{tr.t(\"whats-new-private\")}" }
        }
    }
}
