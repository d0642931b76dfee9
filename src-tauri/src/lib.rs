//! Integra's app shell: the Tauri 2 window around the `ui` crate.
//!
//! Only the shell: windows, kiosk mode, the data folder (`directories`:
//! `~/.local/share/integra` on Linux; Tauri's `app_data_dir()` on phones,
//! where `directories` has no answer), the system's locales (`sys-locale`) and
//! the liveview-over-IPC bridge ([`bridge`]). No business logic, no SQL, and
//! no TCP port in window mode: the screens reach the webview through Tauri's
//! IPC, never through a socket.
//!
//! Start-up: the window opens at once on a static "preparing the catalog"
//! page (`dist/index.html`) while `ui::AppState::open` runs on a thread
//! (the first start builds the catalog, several seconds); the page asks for
//! the real page with `lv_page`, which answers when the state is ready.
//! Opening the window first means the user sees the app respond
//! immediately, and later starts (catalog already built) pay nothing extra.
//!
//! Kiosk: full screen without decorations, and the window sized to the
//! monitor by hand, since a kiosk's bare X server has no window manager to
//! honour a full-screen request. Notifications: `tauri-plugin-notification`
//! gives the app its `ui::Notifier` on every platform; `run()` is also the
//! mobile entry point, where `tauri-plugin-geolocation` is registered too.
//!
//! The window's content security policy (`tauri.conf.json`): `script-src 'self'
//! 'unsafe-eval'` (the glue is evaluated, and dioxus evaluates its own code),
//! inline styles allowed, fonts from the app's own assets ([`assets`]), IPC
//! only; `dangerousDisableAssetCspModification`
//! keeps Tauri from adding nonces, which would switch off `'unsafe-inline'`
//! for the styles the page adopts at run time.

mod assets;
pub mod bridge;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tauri::{Manager, WebviewUrl, WebviewWindowBuilder};
use tokio::sync::watch;

use bridge::Bridge;

/// What the window needs from the command line (or the mobile defaults).
#[derive(Debug, Clone, Default)]
pub struct WindowOptions {
    /// Where the catalog and the user's data live; `None`: the platform's
    /// app data folder.
    pub data_dir: Option<PathBuf>,
    /// The system's preferred locales, best first.
    pub system_locales: Vec<String>,
    /// Full screen, no decorations, nothing personal kept.
    pub kiosk: bool,
    /// What a new catalog is built from.
    pub catalog: ui::CatalogChoice,
    /// A file written once the first screen is rendered (tests, benches).
    pub ready_file: Option<PathBuf>,
    /// With `ready_file`: the page walks the bench's journey by itself
    /// (`dist/bench-journey.js`) and reports `journey-done`.
    pub bench_journey: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum ShellError {
    #[error("the window could not be started: {0}")]
    Tauri(#[from] tauri::Error),
    #[error(transparent)]
    Start(#[from] ui::StartError),
    #[error("the app stopped with exit code {0}")]
    Exit(i32),
}

/// The platform's data folder for Integra on desktop (XDG data dir on
/// Linux, Application Support on macOS, AppData on Windows).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("it", "integrazionemigranti", "Integra")
        .map(|d| d.data_dir().to_path_buf())
}

/// The system's preferred locales, best first.
pub fn system_locales() -> Vec<String> {
    sys_locale::get_locales().collect()
}

/// The mobile entry point (and a desktop window with the defaults).
#[cfg_attr(mobile, tauri::mobile_entry_point)]
pub fn run() {
    let options = WindowOptions {
        data_dir: None,
        system_locales: system_locales(),
        kiosk: false,
        catalog: ui::CatalogChoice::Official,
        ready_file: None,
        bench_journey: false,
    };
    if let Err(e) = run_window(options) {
        // Nowhere else to report it on a phone: the platform logs panics.
        panic!("Integra could not start: {e}");
    }
}

/// Opens the app's window and runs until it is closed.
pub fn run_window(options: WindowOptions) -> Result<(), ShellError> {
    let (started_tx, started_rx) = watch::channel::<bridge::Startup>(None);
    let fatal: Arc<Mutex<Option<ShellError>>> = Arc::default();
    let fatal_in_setup = fatal.clone();

    let builder = tauri::Builder::default().plugin(tauri_plugin_notification::init());
    #[cfg(mobile)]
    let builder = builder.plugin(tauri_plugin_geolocation::init());
    let app = builder
        .manage(Bridge::new(
            started_rx,
            options.ready_file.clone(),
            options.bench_journey,
        ))
        .invoke_handler(tauri::generate_handler![
            bridge::lv_page,
            bridge::lv_glue,
            bridge::lv_connect,
            bridge::lv_send,
            bridge::lv_rendered,
            bridge::lv_bench_journey,
        ])
        .setup(move |app| {
            let data_dir = match options.data_dir.clone() {
                Some(dir) => dir,
                None => platform_data_dir(app)?,
            };
            open_window(app, options.kiosk)?;
            let config = ui::AppConfig {
                data_dir,
                system_locales: options.system_locales.clone(),
                kiosk: options.kiosk,
                catalog: options.catalog,
            };
            let handle = app.handle().clone();
            let fatal = fatal_in_setup.clone();
            std::thread::Builder::new()
                .name("integra-start".into())
                .spawn(move || match ui::AppState::open(config) {
                    Ok(state) => {
                        state.set_notifier(Arc::new(SystemNotifier(handle.clone())));
                        // A window closed before the app started has
                        // nobody waiting: nothing to deliver then.
                        let _ = started_tx.send(Some(Ok(state)));
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "the app could not start");
                        // As above; the exit below reports it either way.
                        let _ = started_tx.send(Some(Err(e.to_string())));
                        *fatal.lock().unwrap_or_else(|p| p.into_inner()) =
                            Some(ShellError::Start(e));
                        handle.exit(1);
                    }
                })?;
            Ok(())
        })
        .build(context())?;
    let code = app.run_return(|_, _| {});
    if let Some(e) = fatal.lock().unwrap_or_else(|p| p.into_inner()).take() {
        return Err(e);
    }
    if code != 0 {
        return Err(ShellError::Exit(code));
    }
    Ok(())
}

/// Tauri's context with the fonts added to the embedded pages.
fn context() -> tauri::Context {
    let mut context = tauri::generate_context!();
    context.assets = Box::new(assets::AppAssets {
        embedded: context.assets,
    });
    context
}

/// The system's notifications, through Tauri's notification plugin (the
/// desktop's notification service; Android and iOS notifications).
#[derive(Debug)]
struct SystemNotifier(tauri::AppHandle);

impl ui::Notifier for SystemNotifier {
    fn request_permission(&self) -> bool {
        use tauri_plugin_notification::{NotificationExt, PermissionState};
        let notification = self.0.notification();
        match notification.permission_state() {
            Ok(PermissionState::Granted) => true,
            Ok(PermissionState::Denied) => false,
            _ => matches!(
                notification.request_permission(),
                Ok(PermissionState::Granted)
            ),
        }
    }

    fn show(&self, title: &str, body: &str) -> Result<(), String> {
        use tauri_plugin_notification::NotificationExt;
        self.0
            .notification()
            .builder()
            .title(title)
            .body(body)
            .show()
            .map_err(|e| e.to_string())
    }
}

/// Desktop: [`default_data_dir`]. Phones: the app's private data folder
/// Tauri resolves (Android `/data/data/<id>/…`, iOS Application Support).
fn platform_data_dir(app: &tauri::App) -> Result<PathBuf, tauri::Error> {
    #[cfg(desktop)]
    if let Some(dir) = default_data_dir() {
        return Ok(dir);
    }
    app.path().app_data_dir()
}

fn open_window(app: &mut tauri::App, kiosk: bool) -> Result<(), tauri::Error> {
    let builder = WebviewWindowBuilder::new(app, "main", WebviewUrl::App("index.html".into()));
    #[cfg(desktop)]
    let builder = {
        let b = builder
            .title("Integra")
            .inner_size(1100.0, 800.0)
            .min_inner_size(360.0, 480.0);
        if kiosk {
            b.fullscreen(true).decorations(false)
        } else {
            b
        }
    };
    let window = builder.build()?;
    // Kiosk machines often run X with no window manager, which is what
    // honours a full-screen request: cover the monitor ourselves too.
    #[cfg(desktop)]
    if kiosk && let Some(monitor) = window.primary_monitor()? {
        window.set_position(*monitor.position())?;
        window.set_size(*monitor.size())?;
    }
    // WebKitGTK draws the page in software: its compositing through
    // OpenGL (Mesa's software renderer where there is no GPU, as under the
    // kiosks' bare X servers) held 90 MB more in the web process at the
    // home screen (tests/bench/ui: 216 -> 126 MB), for a page of lists and
    // forms that needs no GPU; it also avoids the blank windows some GPU
    // drivers give WebKitGTK.
    #[cfg(target_os = "linux")]
    window.with_webview(|webview| {
        use webkit2gtk::{HardwareAccelerationPolicy, SettingsExt as _, WebViewExt as _};
        if let Some(settings) = webview.inner().settings() {
            settings.set_hardware_acceleration_policy(HardwareAccelerationPolicy::Never);
        }
    })?;
    // Phones have no window to place: the arguments are unused there.
    #[cfg(mobile)]
    let _ = (kiosk, window);
    Ok(())
}
