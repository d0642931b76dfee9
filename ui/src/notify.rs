//! After an update: what's new for the device's owner, worked out here,
//! and, if they asked for it, one system notification saying so.
//!
//! `background.rs` calls [`after_update`] after any sync or sideload that
//! changed the catalog: the owner's changes are counted from their saved comune
//! and language, and open sessions redraw the home badge (through
//! `AppState::data_changed`, a `tokio::sync::watch`). If the owner turned on
//! notifications in settings (off by default; the system's permission is asked
//! then, and a refusal keeps it off), one notification in their language says
//! how many records are new or changed, and how many in their comune; the same
//! set of changes is announced once (setting `whats-new-announced`).
//!
//! Nothing is pushed from a server: the feed brings the whole catalog and
//! the comparison with what the person last saw runs on the device
//! (`catalog::whats_new`). A kiosk has no owner and never notifies. The
//! [`Notifier`] is given by the shell (Tauri's notification plugin, called
//! from Rust, on desktop and phones, so no capability is granted to the
//! page); `integra --serve` has none, and settings says so.

use std::collections::BTreeSet;
use std::sync::Arc;

use catalog::whats_new::{Change, Interest, start_if_needed, whats_new};

use crate::i18n::Tr;
use crate::session::{saved_lang, saved_place, system_lang};
use crate::state::AppState;

/// The user-file setting: "on" when the person wants a notification.
pub const OPT_IN_KEY: &str = "notify-whats-new";
/// The changes the last notification announced (JSON list of keys), so one
/// set of changes is announced once, not after every later check.
const ANNOUNCED_KEY: &str = "whats-new-announced";

/// Shows system notifications; the shell provides one where it can.
pub trait Notifier: Send + Sync + std::fmt::Debug {
    /// Asks the system for permission (phones ask the person once);
    /// `false` when it was refused.
    fn request_permission(&self) -> bool;
    fn show(&self, title: &str, body: &str) -> Result<(), String>;
}

pub fn opted_in(app: &AppState) -> bool {
    !app.config().kiosk && app.user().setting(OPT_IN_KEY).ok().flatten().as_deref() == Some("on")
}

/// Turns the notification on (after the system allowed it) or off.
/// Returns whether it is on afterwards.
pub fn set_opted_in(app: &AppState, on: bool) -> bool {
    if app.config().kiosk {
        return false;
    }
    let allowed = on && app.notifier().is_some_and(|n| n.request_permission());
    let user = app.user();
    let saved = if allowed {
        user.set_setting(OPT_IN_KEY, "on")
    } else {
        user.remove_setting(OPT_IN_KEY)
    };
    if let Err(e) = saved {
        tracing::warn!(error = %e, on = allowed, "the notifications setting was not saved");
    }
    allowed
}

/// The device owner's comune and language, from their user file.
pub fn owner_interest(app: &AppState) -> Interest {
    Interest {
        comune: saved_place(app).and_then(|p| p.istat),
        lang: saved_lang(app).unwrap_or_else(|| system_lang(app)),
    }
}

/// What is new or changed for `interest` since the person last looked;
/// the first call on a device (or for a new region or language) records
/// the catalog as seen, so the first catalog is nothing new. `None` on a
/// kiosk, which has no owner and keeps nothing of its visitors.
pub fn changes_for(app: &AppState, interest: &Interest) -> Option<Vec<Change>> {
    if app.config().kiosk {
        return None;
    }
    let catalog = app.catalog();
    let user = app.user();
    if let Err(e) = start_if_needed(&catalog, &user, interest) {
        tracing::warn!(error = %e, "what's new could not record its first baseline");
    }
    match whats_new(&catalog, &user, interest) {
        Ok(changes) => changes,
        Err(e) => {
            tracing::warn!(error = %e, "what's new could not be read");
            None
        }
    }
}

/// What an update did for the owner.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AfterUpdate {
    /// New or changed records since they last looked.
    pub changes: usize,
    /// A notification was shown.
    pub notified: bool,
}

/// Called after each update or sideload that changed the catalog: counts
/// what is new for the owner and, if they opted in and the changes were
/// not announced before, shows one notification in their language.
pub fn after_update(app: &AppState) -> AfterUpdate {
    let none = AfterUpdate {
        changes: 0,
        notified: false,
    };
    if app.config().kiosk {
        return none;
    }
    let interest = owner_interest(app);
    let Some(changes) = changes_for(app, &interest) else {
        return none;
    };
    let keys: BTreeSet<String> = changes
        .iter()
        .map(|c| format!("{}:{}", c.kind.as_str(), c.id))
        .collect();
    let mut out = AfterUpdate {
        changes: changes.len(),
        notified: false,
    };
    let Some(notifier) = app.notifier().filter(|_| opted_in(app)) else {
        return out;
    };
    let announced: BTreeSet<String> = app
        .user()
        .setting(ANNOUNCED_KEY)
        .ok()
        .flatten()
        .and_then(|j| serde_json::from_str(&j).ok())
        .unwrap_or_default();
    if keys.is_empty() || keys.is_subset(&announced) {
        return out;
    }
    let tr = Tr::new(interest.lang);
    let in_comune = changes.iter().filter(|c| c.in_comune).count();
    let body = if in_comune > 0 {
        tr.a(
            "notify-body-comune",
            &[
                ("count", changes.len().into()),
                ("shown", tr.count(changes.len()).into()),
                ("comune", in_comune.into()),
                ("comuneShown", tr.count(in_comune).into()),
            ],
        )
    } else {
        tr.a(
            "notify-body",
            &[
                ("count", changes.len().into()),
                ("shown", tr.count(changes.len()).into()),
            ],
        )
    };
    match notifier.show(&tr.t("notify-title"), &body) {
        Ok(()) => {
            out.notified = true;
            tracing::debug!(changes = changes.len(), "notified the owner of an update");
            if let Err(e) = app.user().set_setting(
                ANNOUNCED_KEY,
                &serde_json::to_string(&keys).expect("strings serialize"),
            ) {
                // The same changes may be announced once more.
                tracing::warn!(error = %e, "the announced changes were not saved");
            }
        }
        Err(e) => tracing::warn!(error = %e, "the system notification could not be shown"),
    }
    out
}

/// A shell's notifier, shared.
pub type SharedNotifier = Arc<dyn Notifier>;

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;
    use crate::session::{Place, save_lang, save_place};
    use crate::state::AppConfig;
    use catalog::{CatalogData, Lang};

    /// Stands in for the system's notification service: what the app asks
    /// it to show is what the person would see.
    #[derive(Debug)]
    struct Recorder {
        allow: bool,
        shown: Mutex<Vec<(String, String)>>,
    }

    impl Notifier for Recorder {
        fn request_permission(&self) -> bool {
            self.allow
        }
        fn show(&self, title: &str, body: &str) -> Result<(), String> {
            self.shown.lock().unwrap().push((title.into(), body.into()));
            Ok(())
        }
    }

    fn open(dir: &std::path::Path, kiosk: bool, allow: bool) -> (AppState, Arc<Recorder>) {
        let app = AppState::open(AppConfig {
            data_dir: dir.to_path_buf(),
            system_locales: Vec::new(),
            kiosk,
            catalog: crate::state::CatalogChoice::Sample,
        })
        .unwrap();
        let recorder = Arc::new(Recorder {
            allow,
            shown: Mutex::new(Vec::new()),
        });
        app.set_notifier(recorder.clone());
        (app, recorder)
    }

    /// A new service next door to `template`, as an update would bring it.
    fn add_service_beside(app: &AppState, template: &str, id: &str) {
        let mut s = app.catalog().service(template).unwrap().unwrap();
        s.id = id.into();
        s.name = format!("Sportello {id}");
        for p in &mut s.phones {
            p.id = format!("{id}-tel");
        }
        for l in &mut s.locations {
            l.id = format!("{id}-loc");
        }
        let batch = CatalogData {
            services: vec![s],
            ..CatalogData::default()
        };
        app.catalog().import(&batch, Default::default()).unwrap();
    }

    #[test]
    fn news_in_the_owners_comune_is_announced_once_in_their_language_and_only_if_asked() {
        let dir = tempfile::tempdir().unwrap();
        let (app, shown) = open(dir.path(), false, true);
        let template = "sample-svc-0000001";
        let comune = app.catalog().service(template).unwrap().unwrap().locations[0]
            .comune_istat
            .clone()
            .unwrap();
        save_place(&app, Place::of_comune(&comune).as_ref());
        save_lang(&app, Lang::Uk);
        // The first look is the baseline, nothing to announce.
        assert_eq!(after_update(&app).changes, 0);

        // Not opted in: counted, not shown.
        add_service_beside(&app, template, "first-new");
        let out = after_update(&app);
        assert_eq!((out.changes, out.notified), (1, false));
        assert!(shown.shown.lock().unwrap().is_empty());

        assert!(set_opted_in(&app, true));
        assert!(opted_in(&app));
        let out = after_update(&app);
        assert_eq!((out.changes, out.notified), (1, true));
        {
            let shown = shown.shown.lock().unwrap();
            let (title, body) = &shown[0];
            assert_eq!(title, &Tr::new(Lang::Uk).t("notify-title"));
            assert!(
                body.contains("громад"),
                "Ukrainian, names the comune: {body}"
            );
        }
        // The same changes are not announced again at the next check...
        assert!(!after_update(&app).notified);
        // ...but one more is.
        add_service_beside(&app, template, "second-new");
        let out = after_update(&app);
        assert_eq!((out.changes, out.notified), (2, true));
        assert_eq!(shown.shown.lock().unwrap().len(), 2);

        // Turned off: nothing more is shown.
        assert!(!set_opted_in(&app, false));
        add_service_beside(&app, template, "third-new");
        assert!(!after_update(&app).notified);
        assert_eq!(shown.shown.lock().unwrap().len(), 2);
    }

    #[test]
    fn a_refused_permission_keeps_it_off_and_a_kiosk_never_notifies() {
        let dir = tempfile::tempdir().unwrap();
        let (app, _) = open(dir.path(), false, false);
        assert!(!set_opted_in(&app, true), "the system said no");
        assert!(!opted_in(&app));
        drop(app);

        let kiosk = tempfile::tempdir().unwrap();
        let (app, shown) = open(kiosk.path(), true, true);
        assert!(!set_opted_in(&app, true));
        add_service_beside(&app, "sample-svc-0000001", "kiosk-new");
        assert_eq!(
            after_update(&app),
            AfterUpdate {
                changes: 0,
                notified: false
            }
        );
        assert!(shown.shown.lock().unwrap().is_empty());
    }
}
