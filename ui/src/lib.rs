//! Integra's screens: Dioxus 0.7 components rendered by `dioxus-liveview`.
//! The component tree runs in the app process and sends DOM edits to the
//! webview; events come back the same way. No wasm, no JavaScript of our own
//! beyond the crate's glue.
//!
//! The same [`virtual_dom`] runs in two hosts:
//! - the Tauri window, through the shell's liveview-over-IPC bridge (no
//!   TCP port is opened);
//! - [`serve`], a loopback-only HTTP + websocket server with a per-launch
//!   token, for `integra --serve`, browser tests and benches.
//!
//! The host API: [`AppState::open`] with an [`AppConfig`], [`virtual_dom`] (one
//! per window or tab), [`page_html`] (`<html lang dir>`, the stylesheets and
//! the fonts' `@font-face` rules, the mount point), [`fonts`] (the files a
//! host serves at `/fonts/`), [`interpreter_glue`], [`GLUE_WEBSOCKET`]
//! (the string the window's bridge replaces; `tests/glue.rs` fails if a Dioxus
//! upgrade drops it), [`STYLESHEET`] (`assets/ui/integra.css`, logical
//! properties only, so right-to-left needs no second stylesheet) and
//! [`PRINT_STYLESHEET`] (`assets/ui/print.css`, after it in the page).
//!
//! Invariants: this crate runs no SQL (it calls the `catalog` API); every
//! string a user reads goes through [`i18n`]; nothing a user types or where
//! they are leaves the device.

// rsx! expands event handlers to fully qualified paths the lint flags.
#![allow(unused_qualifications)]

pub mod i18n;
pub mod state;

mod app;
pub mod background;
pub mod clock;
pub mod fonts;
mod forms;
pub mod kiosk;
mod map;
pub mod notify;
mod screens;
pub mod search;
mod server;
mod session;
mod speech;
mod timing;
mod widgets;

pub use notify::Notifier;
pub use server::{ServeError, ServeHandle, router, serve};
pub use state::{AppConfig, AppState, BuiltFrom, CatalogChoice, CatalogStart, StartError};

use dioxus::prelude::VirtualDom;

/// The app's stylesheet: logical properties only, so right-to-left
/// languages mirror without a second sheet.
pub const STYLESHEET: &str = include_str!("../../assets/ui/integra.css");

/// The kiosk's countdown, the shortlist and the referral sheet, and what
/// printing keeps (a service card, a referral sheet on A4).
pub const PRINT_STYLESHEET: &str = include_str!("../../assets/ui/print.css");

/// The string in dioxus-liveview's glue that hosts replace to carry the
/// liveview over another transport (the Tauri IPC bridge does). A test fails
/// if a Dioxus upgrade removes it.
pub const GLUE_WEBSOCKET: &str = "new WebSocket(WS_ADDR)";

/// The user interface of one window or browser tab.
pub fn virtual_dom(state: AppState) -> VirtualDom {
    VirtualDom::new(app::root).with_root_context(state)
}

/// dioxus-liveview's client glue (a `<script>` element) connecting to `ws`.
pub fn interpreter_glue(ws: &str) -> String {
    dioxus_liveview::interpreter_glue(ws)
}

/// A whole page for a host: the stylesheet, the mount point and `body_end`
/// (the glue, or the IPC bridge's loader). `lang` and `dir` are set here for
/// the first paint and kept current by the app.
pub fn page_html(state: &AppState, body_end: &str) -> String {
    let lang = session::saved_lang(state).unwrap_or_else(|| session::system_lang(state));
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    let title = i18n::message(lang, "app-title", None);
    format!(
        r#"<!DOCTYPE html>
<html lang="{code}" dir="{dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<style>{fonts}{STYLESHEET}
{PRINT_STYLESHEET}</style></head>
<body><div id="main"></div>{body_end}</body></html>"#,
        code = lang.code(),
        fonts = fonts::font_faces(),
    )
}
