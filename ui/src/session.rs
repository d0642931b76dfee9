//! One person's session in one window or tab, as signals: language, place, a
//! stack of screens, the search state, the mediator flag, a notice. Language
//! and place (and the mediator flag) persist in the user data file, never in
//! kiosk mode; the rest lives as long as the tab.

use catalog::{Lang, RecordKind};
use dioxus::prelude::*;

use crate::i18n::{Tr, negotiate};
pub use crate::search::{Place, SearchState};
use crate::state::AppState;

const LANG_KEY: &str = "lang";
const PLACE_KEY: &str = "place";
const MEDIATOR_KEY: &str = "mediator";

#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    LanguagePicker,
    Home,
    Place,
    Results,
    Map,
    Record(RecordKind, String),
    Correction(RecordKind, String),
    Associations,
    NewAssociation,
    /// Report a service the app does not hold, in an area if one is known.
    NewService(Option<String>),
    AssociationChange(String),
    Learn,
    /// Learn Italian → Phrasebook: the topics, or one topic's phrases.
    Phrasebook(Option<String>),
    /// One phrase of the phrasebook, by id (where a search hit leads).
    Phrase(String),
    Reports,
    News,
    Help,
    Settings,
    Outbox,
    Accessibility,
    /// The mediator's nameless shortlist.
    Shortlist,
    /// The printable referral sheet of the shortlist.
    Referral,
    /// The Cultural Area.
    Culture,
    SecondGenerations,
    WhatsNew,
}

/// A message at the top of the screen, kept as what happened (not as text)
/// so it follows a change of language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Notice {
    CatalogBuilt { seconds: f64 },
    CatalogRebuilt,
    SavedToOutbox,
}

impl Notice {
    pub fn text(self, tr: Tr) -> String {
        match self {
            Notice::CatalogBuilt { seconds } => tr.a(
                "notice-catalog-built",
                &[("seconds", tr.number(seconds, 1).into())],
            ),
            Notice::CatalogRebuilt => tr.t("notice-catalog-rebuilt"),
            Notice::SavedToOutbox => tr.t("form-saved-outbox"),
        }
    }
}

/// The session's signals; `Copy`, handed to components through context.
#[derive(Clone, Copy)]
pub struct Session {
    pub lang: Signal<Lang>,
    pub stack: Signal<Vec<Screen>>,
    pub place: Signal<Option<Place>>,
    pub search: Signal<SearchState>,
    /// A one-line message shown at the top until dismissed.
    pub notice: Signal<Option<Notice>>,
    /// Service ids picked for the person in front of the screen: never a
    /// name, never on disk; gone with the session (or "clear").
    pub shortlist: Signal<Vec<String>>,
    /// Mediator mode: shortlist buttons and referral sheets.
    pub mediator: Signal<bool>,
    /// Kiosk: the admin typed the PIN in this session.
    pub admin_unlocked: Signal<bool>,
    /// Moves when an update changed the catalog ([`AppState::data_changed`]):
    /// what counts records reads it to be redrawn.
    pub data_version: Signal<u64>,
}

/// Where the page was scrolled on each screen of the stack, kept in the
/// page itself, where the offset lives (nothing of it reaches the app):
/// the page records the offset of the screen shown (`main#screen
/// [data-depth]`) as it scrolls, and when the depth changes it scrolls to
/// where a screen was left (back) or to the top (a new screen), once the
/// page is tall enough. All in the page, because an eval sent from an
/// event handler may run after the edits that draw the next screen, when
/// the offset to keep is already gone. Installed once per page.
pub const SCROLL_MEMORY_JS: &str = r#"
if (!window.__integraScroll) {
  const pos = [];
  let cur = null;
  window.__integraScroll = pos;
  const depthNow = () => {
    const m = document.getElementById('screen');
    return m ? Number(m.dataset.depth) : null;
  };
  cur = depthNow();
  const keep = () => { if (cur !== null) pos[cur] = scrollY; };
  addEventListener('scroll', keep, { passive: true });
  // The tap that leaves a screen: its offset, even before a scroll event.
  addEventListener('click', keep, true);
  new MutationObserver(() => {
    const d = depthNow();
    if (d === null || d === cur) return;
    const back = cur !== null && d < cur;
    cur = d;
    pos.length = d + 1;
    const want = back ? (pos[d] || 0) : 0;
    pos[d] = want;
    let frames = 0;
    const step = () => {
      if (cur !== d) return;
      if (document.documentElement.scrollHeight - innerHeight >= want - 1 || frames > 60) {
        scrollTo(0, want);
        return;
      }
      frames += 1;
      requestAnimationFrame(step);
    };
    step();
  }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-depth'] });
}
"#;

impl Session {
    pub fn tr(&self) -> Tr {
        Tr::new((self.lang)())
    }

    pub fn screen(&self) -> Screen {
        self.stack.read().last().cloned().unwrap_or(Screen::Home)
    }

    pub fn go(mut self, screen: Screen) {
        // A notice (not an error) belongs to the screen it came on: it must
        // not hold the top of every screen after it.
        self.notice.set(None);
        let mut stack = self.stack.write();
        if stack.last() != Some(&screen) {
            stack.push(screen);
        }
        // A long walk through cards must not grow without bound.
        let len = stack.len();
        if len > 30 {
            stack.drain(1..len - 29);
        }
    }

    pub fn back(mut self) {
        let mut stack = self.stack.write();
        if stack.len() > 1 {
            stack.pop();
        }
    }

    pub fn home(mut self) {
        self.stack.set(vec![Screen::Home]);
    }

    /// Whether shortlist buttons show: in mediator mode, and on a kiosk
    /// (the visitor's take-away list).
    pub fn shortlist_enabled(&self, app: &AppState) -> bool {
        (self.mediator)() || app.config().kiosk
    }

    pub fn in_shortlist(&self, id: &str) -> bool {
        self.shortlist.read().iter().any(|s| s == id)
    }

    /// Adds the service, or removes it if it is there.
    pub fn toggle_shortlist(mut self, id: &str) {
        let mut list = self.shortlist.write();
        match list.iter().position(|s| s == id) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(id.to_string()),
        }
    }

    /// Starts a new search from the home screen (or anywhere).
    pub fn search_for(mut self, text: String, areas: Vec<String>) {
        let mut s = SearchState {
            text,
            areas,
            ..SearchState::default()
        };
        s.by_distance = self.place.peek().is_some();
        if s.by_distance && s.text.trim().is_empty() {
            s.radius_km = Some(crate::search::BROWSE_RADIUS_KM);
        }
        self.search.set(s);
        self.go(Screen::Results);
    }
}

pub fn use_session() -> Session {
    use_context::<Session>()
}

pub fn use_app() -> AppState {
    use_context::<AppState>()
}

/// The language saved by the user, if any (never in kiosk mode).
pub fn saved_lang(state: &AppState) -> Option<Lang> {
    if state.config().kiosk {
        return None;
    }
    state
        .user()
        .setting(LANG_KEY)
        .ok()
        .flatten()
        .and_then(|c| Lang::from_code(&c))
}

pub fn system_lang(state: &AppState) -> Lang {
    negotiate(&state.config().system_locales)
}

pub fn save_lang(state: &AppState, lang: Lang) {
    // Failing to remember the language is not worth interrupting anyone;
    // the log says why (the language itself is not logged).
    if !state.config().kiosk
        && let Err(e) = state.user().set_setting(LANG_KEY, lang.code())
    {
        tracing::warn!(error = %e, "the chosen language was not saved");
    }
}

pub fn saved_place(state: &AppState) -> Option<Place> {
    if state.config().kiosk {
        return None;
    }
    let json = state.user().setting(PLACE_KEY).ok().flatten()?;
    serde_json::from_str(&json).ok()
}

pub fn save_place(state: &AppState, place: Option<&Place>) {
    if state.config().kiosk {
        return;
    }
    let user = state.user();
    let saved = match place {
        Some(p) => user.set_setting(PLACE_KEY, &serde_json::to_string(p).unwrap_or_default()),
        None => user.remove_setting(PLACE_KEY),
    };
    // Never the place itself: where a person is stays on the device.
    if let Err(e) = saved {
        tracing::warn!(error = %e, "the chosen place was not saved");
    }
}

/// Mediator mode, as the user left it (a preference, not about anyone).
pub fn saved_mediator(state: &AppState) -> bool {
    !state.config().kiosk
        && state.user().setting(MEDIATOR_KEY).ok().flatten().as_deref() == Some("on")
}

pub fn save_mediator(state: &AppState, on: bool) {
    if !state.config().kiosk {
        let user = state.user();
        let saved = if on {
            user.set_setting(MEDIATOR_KEY, "on")
        } else {
            user.remove_setting(MEDIATOR_KEY)
        };
        if let Err(e) = saved {
            tracing::warn!(error = %e, on, "mediator mode was not saved");
        }
    }
}
