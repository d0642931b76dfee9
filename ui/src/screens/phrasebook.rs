//! Learn Italian → Phrasebook: topics as tiles, a topic's phrases (the
//! Italian large and left-to-right, its meaning in the reader's language),
//! one phrase, read-aloud of the Italian, and a practice mode: the meaning
//! first, "reveal" shows the Italian, "I know it" / "again".
//!
//! Read-aloud uses the webview's `speechSynthesis` with an Italian voice only
//! (another language's voice would teach the wrong sounds); without one, a
//! notice says so.
//!
//! Progress (the phrases marked known) is kept in the user file through
//! `catalog::user`; in kiosk mode it lives in the session only, like
//! everything else a visitor does there.

use std::collections::BTreeSet;

use catalog::Lang;
use catalog::phrasebook::{Phrase, Phrasebook};
use dioxus::prelude::*;

use crate::i18n::Tr;
use crate::session::{Screen, use_app, use_session};
use crate::state::AppState;

/// The phrases this person marked known, shared by every phrasebook screen
/// of the session (a root context, so leaving the screen keeps it).
#[derive(Clone, Copy)]
struct Progress {
    known: Signal<BTreeSet<String>>,
}

impl Progress {
    fn count(&self, topic: &str) -> (usize, usize) {
        let known = self.known.read();
        let phrases: Vec<&Phrase> = Phrasebook::bundled().in_topic(topic).collect();
        let n = phrases.iter().filter(|p| known.contains(&p.id)).count();
        (n, phrases.len())
    }

    fn set_known(mut self, app: &AppState, id: &str, known: bool) {
        if known {
            self.known.write().insert(id.to_string());
        } else {
            self.known.write().remove(id);
        }
        if !app.config().kiosk {
            // Losing a tick is not worth interrupting the practice for.
            let now = crate::clock::now().to_rfc3339();
            if let Err(e) = app.user().set_phrase_known(id, known, &now) {
                tracing::warn!(error = %e, phrase = id, "phrasebook progress was not saved");
            }
        }
    }

    fn reset(mut self, app: &AppState, topic: Option<&str>) {
        let ids: Option<Vec<String>> = topic.map(|t| {
            Phrasebook::bundled()
                .in_topic(t)
                .map(|p| p.id.clone())
                .collect()
        });
        match &ids {
            Some(ids) => self.known.write().retain(|k| !ids.contains(k)),
            None => self.known.write().clear(),
        }
        if !app.config().kiosk
            && let Err(e) = app.user().reset_phrase_progress(ids.as_deref())
        {
            tracing::warn!(error = %e, "phrasebook progress was not reset");
        }
    }
}

fn use_progress() -> Progress {
    let app = use_app();
    use_root_context(|| {
        let saved: BTreeSet<String> = if app.config().kiosk {
            BTreeSet::new()
        } else {
            app.user()
                .known_phrases()
                .unwrap_or_default()
                .into_iter()
                .collect()
        };
        Progress {
            known: Signal::new_in_scope(saved, ScopeId::ROOT),
        }
    })
}

/// "3 of 16 known", with the reader's digits (Arabic-Indic in Arabic).
fn progress_text(tr: Tr, known: usize, total: usize) -> String {
    tr.a(
        "phrasebook-progress",
        &[
            ("known", tr.count(known).into()),
            ("total", tr.count(total).into()),
        ],
    )
}

fn topic_name(tr: Tr, topic: &str) -> String {
    tr.t(&format!("phrasebook-topic-{topic}"))
}

/// Topics as tiles, or one topic's phrases.
#[component]
pub fn PhrasebookScreen(topic: Option<String>) -> Element {
    match topic {
        Some(t) if Phrasebook::bundled().topics().contains(&t) => rsx! { TopicScreen { topic: t } },
        _ => rsx! { Topics {} },
    }
}

#[component]
fn Topics() -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let progress = use_progress();
    let kiosk = app.config().kiosk;
    let any_known = !progress.known.read().is_empty();
    rsx! {
        section { class: "phrasebook", id: "phrasebook",
            h1 { "{tr.t(\"phrasebook-title\")}" }
            p { class: "hint", "{tr.t(\"phrasebook-intro\")}" }
            if kiosk { p { class: "hint", "{tr.t(\"phrasebook-kiosk-note\")}" } }
            ul { class: "phrase-topics",
                for topic in Phrasebook::bundled().topics().iter().cloned() {
                    li { key: "{topic}",
                        button { class: "topic-tile", "data-topic": "{topic}",
                            onclick: { let t = topic.clone(); move |_| session.go(Screen::Phrasebook(Some(t.clone()))) },
                            span { class: "topic-name", "{topic_name(tr, &topic)}" }
                            span { class: "tile-progress",
                                {
                                    let (known, total) = progress.count(&topic);
                                    progress_text(tr, known, total)
                                }
                            }
                        }
                    }
                }
            }
            if any_known {
                button { class: "button", id: "phrasebook-reset-all",
                    onclick: { let app = app.clone(); move |_| progress.reset(&app, None) },
                    "{tr.t(\"phrasebook-reset-all\")}"
                }
            }
        }
    }
}

#[component]
fn TopicScreen(topic: String) -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let progress = use_progress();
    let mut practising = use_signal(|| false);
    let (known, total) = progress.count(&topic);
    let known_set = progress.known.read().clone();
    let phrases: Vec<Phrase> = Phrasebook::bundled().in_topic(&topic).cloned().collect();
    rsx! {
        section { class: "phrasebook phrase-topic", id: "phrase-topic", "data-topic": "{topic}",
            h1 { "{topic_name(tr, &topic)}" }
            p { class: "results-count", id: "topic-progress", role: "status",
                "{progress_text(tr, known, total)}"
            }
            div { class: "filters-inline",
                button { class: if practising() { "button" } else { "button button-primary" }, id: "practice-toggle",
                    "aria-pressed": "{practising()}",
                    onclick: move |_| practising.set(!practising()),
                    if practising() { "{tr.t(\"phrasebook-list\")}" } else { "{tr.t(\"phrasebook-practice\")}" }
                }
                if known > 0 {
                    button { class: "button", id: "phrasebook-reset",
                        onclick: { let app = app.clone(); let t = topic.clone(); move |_| progress.reset(&app, Some(&t)) },
                        "{tr.t(\"phrasebook-reset\")}"
                    }
                }
            }
            if practising() {
                Practice { topic: topic.clone() }
            } else {
                ul { class: "phrases", id: "phrases",
                    for p in phrases {
                        PhraseItem { key: "{p.id}", known: known_set.contains(&p.id), phrase: p }
                    }
                }
            }
        }
    }
}

/// The Italian, large and always left-to-right, then its meaning.
#[component]
fn PhraseItem(phrase: Phrase, known: bool) -> Element {
    let session = use_session();
    let tr = session.tr();
    rsx! {
        li { class: "phrase", id: "phrase-{phrase.id}", "data-id": "{phrase.id}", "data-known": "{known}",
            PhraseTexts { phrase: phrase.clone() }
            div { class: "phrase-actions",
                ReadAloud { text: phrase.italian().to_string() }
                if known { span { class: "badge badge-known", "{tr.t(\"phrasebook-known-badge\")}" } }
            }
        }
    }
}

#[component]
fn PhraseTexts(phrase: Phrase) -> Element {
    let lang = use_session().tr().lang;
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    rsx! {
        p { class: "phrase-it", lang: "it", dir: "ltr", "{phrase.italian()}" }
        if lang != Lang::It {
            p { class: "phrase-meaning", lang: "{lang.code()}", dir: "{dir}", "{phrase.text(lang)}" }
        }
    }
}

/// One phrase on its own: where a search hit leads.
#[component]
pub fn PhraseScreen(id: String) -> Element {
    let session = use_session();
    let tr = session.tr();
    let progress = use_progress();
    let Some(phrase) = Phrasebook::bundled().phrase(&id).cloned() else {
        return rsx! {
            section { class: "phrasebook",
                p { class: "error", role: "alert", "{tr.t(\"phrasebook-phrase-missing\")}" }
            }
        };
    };
    let topic = phrase.topic.clone();
    let known = progress.known.read().contains(&phrase.id);
    rsx! {
        section { class: "phrasebook phrase-single", id: "phrase-single", "data-id": "{phrase.id}",
            p { class: "hint", "{tr.t(\"phrasebook-title\")} · {topic_name(tr, &topic)}" }
            div { class: "phrase phrase-card",
                PhraseTexts { phrase: phrase.clone() }
                div { class: "phrase-actions",
                    ReadAloud { text: phrase.italian().to_string() }
                    if known { span { class: "badge badge-known", "{tr.t(\"phrasebook-known-badge\")}" } }
                }
            }
            button { class: "button", id: "phrase-more",
                onclick: { let t = topic.clone(); move |_| session.go(Screen::Phrasebook(Some(t.clone()))) },
                "{tr.a(\"phrasebook-more-in-topic\", &[(\"topic\", topic_name(tr, &topic).into())])}"
            }
        }
    }
}

/// Meaning first; the Italian on request; known or again.
#[component]
fn Practice(topic: String) -> Element {
    let session = use_session();
    let app = use_app();
    let tr = session.tr();
    let lang = tr.lang;
    let progress = use_progress();
    // The phrases still to learn (all of them once every one is known), in
    // the phrasebook's order; "again" sends one to the back.
    let mut queue = use_signal(|| {
        let known = progress.known.peek();
        let all: Vec<String> = Phrasebook::bundled()
            .in_topic(&topic)
            .map(|p| p.id.clone())
            .collect();
        let todo: Vec<String> = all
            .iter()
            .filter(|id| !known.contains(*id))
            .cloned()
            .collect();
        if todo.is_empty() { all } else { todo }
    });
    let mut revealed = use_signal(|| false);
    let current = queue
        .read()
        .first()
        .and_then(|id| Phrasebook::bundled().phrase(id))
        .cloned();
    let Some(phrase) = current else {
        let topic = topic.clone();
        return rsx! {
            div { class: "practice", id: "practice",
                p { role: "status", id: "practice-done", "{tr.t(\"phrasebook-practice-done\")}" }
                button { class: "button button-primary", id: "practice-restart",
                    onclick: move |_| {
                        queue.set(Phrasebook::bundled().in_topic(&topic).map(|p| p.id.clone()).collect());
                        revealed.set(false);
                    },
                    "{tr.t(\"phrasebook-practice-restart\")}"
                }
            }
        };
    };
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    let id = phrase.id.clone();
    rsx! {
        div { class: "practice", id: "practice", "data-id": "{phrase.id}",
            p { class: "hint", "{tr.t(\"phrasebook-practice-prompt\")}" }
            div { class: "phrase phrase-card",
                // Italian readers practise reading aloud: the phrase itself.
                p { class: "phrase-meaning practice-meaning", lang: "{lang.code()}", dir: "{dir}", "{phrase.text(lang)}" }
                if revealed() {
                    p { class: "phrase-it", id: "practice-italian", lang: "it", dir: "ltr", "{phrase.italian()}" }
                    div { class: "phrase-actions", ReadAloud { text: phrase.italian().to_string() } }
                }
            }
            div { class: "filters-inline",
                if !revealed() {
                    button { class: "button button-primary", id: "practice-reveal",
                        onclick: move |_| revealed.set(true),
                        "{tr.t(\"phrasebook-reveal\")}"
                    }
                } else {
                    button { class: "button button-primary", id: "practice-known",
                        onclick: { let id = id.clone(); let app = app.clone(); move |_| {
                            progress.set_known(&app, &id, true);
                            queue.write().retain(|q| *q != id);
                            revealed.set(false);
                        } },
                        "{tr.t(\"phrasebook-know\")}"
                    }
                    button { class: "button", id: "practice-again",
                        onclick: move |_| {
                            let mut q = queue.write();
                            if !q.is_empty() {
                                let first = q.remove(0);
                                q.push(first);
                            }
                            revealed.set(false);
                        },
                        "{tr.t(\"phrasebook-again\")}"
                    }
                }
            }
        }
    }
}

/// Reads the Italian aloud with the webview's speech synthesis, in an
/// Italian voice only: another language's voice would teach the wrong
/// sounds, so without one the person is told instead.
#[component]
fn ReadAloud(text: String) -> Element {
    let tr = use_session().tr();
    let mut no_voice = use_signal(|| false);
    let literal = serde_json::to_string(&text).unwrap_or_else(|_| "\"\"".into());
    rsx! {
        button { class: "button read-aloud", "aria-label": "{tr.t(\"phrasebook-read-aloud-label\")}",
            onclick: move |_| {
                let script = format!(
                    r#"(function () {{
                      const text = {literal};
                      const synth = window.speechSynthesis;
                      if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {{ dioxus.send(false); return; }}
                      let done = false;
                      const speak = () => {{
                        if (done) return;
                        done = true;
                        const voice = synth.getVoices().find(v => (v.lang || '').toLowerCase().startsWith('it'));
                        if (!voice) {{ dioxus.send(false); return; }}
                        const u = new SpeechSynthesisUtterance(text);
                        u.lang = 'it-IT';
                        u.voice = voice;
                        u.rate = 0.85;
                        synth.cancel();
                        synth.speak(u);
                        dioxus.send(true);
                      }};
                      if (synth.getVoices().length) {{ speak(); }}
                      else {{
                        synth.addEventListener('voiceschanged', speak, {{ once: true }});
                        setTimeout(speak, 1500);
                      }}
                    }})();"#
                );
                spawn(async move {
                    let mut ev = document::eval(&script);
                    let spoke = ev.recv::<bool>().await.unwrap_or(false);
                    no_voice.set(!spoke);
                });
            },
            span { "aria-hidden": "true", "🔊 " }
            "{tr.t(\"phrasebook-read-aloud\")}"
        }
        if no_voice() {
            span { class: "speech-notice", role: "status", "{tr.t(\"phrasebook-no-voice\")}" }
        }
    }
}
