//! The liveview-over-IPC bridge: `ui::virtual_dom` runs in this process and
//! talks to the page in the webview through Tauri commands and a Tauri
//! `Channel` instead of a websocket, so the window opens no TCP port.
//!
//! Page side (`dist/bridge.js`): `lv_page` waits until the app state is
//! open and returns `ui::page_html` (the page adopts its `lang`, `dir`,
//! head and mount point); `lv_glue` returns dioxus-liveview's glue with its
//! `new WebSocket(WS_ADDR)` (`ui::GLUE_WEBSOCKET`) swapped for
//! `IntegraIpcSocket`, a WebSocket look-alike (`tests/glue.rs` fails if a
//! Dioxus upgrade drops that string); the socket calls `lv_connect` (one
//! `ui::virtual_dom` per page load on a `LiveViewPool`; edit frames come back
//! as raw bytes on a `Channel`) and `lv_send` (events); `lv_rendered` reports
//! the first screens shown (`language-picker`, then `home`; `journey-done`
//! after the bench's journey, see `lv_bench_journey`), which the shell
//! writes to `INTEGRA_READY_FILE` for tests and benches.

use std::collections::HashMap;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::task::{Context, Poll};

use dioxus_liveview::{LiveViewError, LiveViewPool};
use futures::channel::mpsc;
use futures::{Sink, Stream, StreamExt};
use tauri::State;
use tauri::ipc::{Channel, InvokeResponseBody};
use tokio::sync::watch;

/// The JS class the page defines (`dist/bridge.js`) in place of `WebSocket`.
pub const IPC_SOCKET: &str = "new IntegraIpcSocket()";

/// dioxus-liveview's glue as a bare script, its websocket replaced by the
/// IPC socket. `None` if the glue no longer contains [`ui::GLUE_WEBSOCKET`]
/// (a Dioxus upgrade changed it: the bridge must be adapted).
pub fn ipc_glue() -> Option<String> {
    let glue = ui::interpreter_glue("/unused");
    if !glue.contains(ui::GLUE_WEBSOCKET) {
        return None;
    }
    Some(
        glue.replace("<script>", "")
            .replace("</script>", "")
            .replace(ui::GLUE_WEBSOCKET, IPC_SOCKET),
    )
}

/// An in-process duplex "socket": a stream of client events and a sink of
/// edit frames, which is all `dioxus_liveview::LiveViewSocket` asks for.
struct Duplex {
    rx: mpsc::UnboundedReceiver<Vec<u8>>,
    tx: mpsc::UnboundedSender<Vec<u8>>,
}

impl Stream for Duplex {
    type Item = Result<Vec<u8>, LiveViewError>;
    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.rx.poll_next_unpin(cx).map(|o| o.map(Ok))
    }
}

impl Sink<Vec<u8>> for Duplex {
    type Error = LiveViewError;
    fn poll_ready(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Pin::new(&mut self.tx)
            .poll_ready(cx)
            .map_err(|_| LiveViewError::SendingFailed)
    }
    fn start_send(mut self: Pin<&mut Self>, item: Vec<u8>) -> Result<(), Self::Error> {
        Pin::new(&mut self.tx)
            .start_send(item)
            .map_err(|_| LiveViewError::SendingFailed)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Pin::new(&mut self.tx)
            .poll_flush(cx)
            .map_err(|_| LiveViewError::SendingFailed)
    }
    fn poll_close(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        Pin::new(&mut self.tx)
            .poll_close(cx)
            .map_err(|_| LiveViewError::SendingFailed)
    }
}

/// How far start-up got: `None` while the catalog is being opened or built.
pub type Startup = Option<Result<ui::AppState, String>>;

type Conns = Arc<Mutex<HashMap<u32, mpsc::UnboundedSender<Vec<u8>>>>>;

fn lock(conns: &Conns) -> MutexGuard<'_, HashMap<u32, mpsc::UnboundedSender<Vec<u8>>>> {
    conns.lock().unwrap_or_else(|p| p.into_inner())
}

/// What the bridge's commands share.
pub struct Bridge {
    started: watch::Receiver<Startup>,
    pool: LiveViewPool,
    next: AtomicU32,
    conns: Conns,
    ready_file: Option<PathBuf>,
    bench_journey: bool,
}

impl std::fmt::Debug for Bridge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bridge")
            .field("ready_file", &self.ready_file)
            .finish_non_exhaustive()
    }
}

impl Bridge {
    pub fn new(
        started: watch::Receiver<Startup>,
        ready_file: Option<PathBuf>,
        bench_journey: bool,
    ) -> Bridge {
        Bridge {
            started,
            pool: LiveViewPool::new(),
            next: AtomicU32::new(1),
            conns: Conns::default(),
            // Only a bench that reads the ready file asks for the journey.
            bench_journey: bench_journey && ready_file.is_some(),
            ready_file,
        }
    }

    /// The app state once start-up finished (waits for it).
    async fn state(&self) -> Result<ui::AppState, String> {
        let mut rx = self.started.clone();
        let done = rx
            .wait_for(Option::is_some)
            .await
            .map_err(|_| "start-up was abandoned".to_string())?;
        done.clone()
            .unwrap_or_else(|| Err("start-up was abandoned".into()))
    }
}

/// The page for the window: `ui::page_html` with nothing appended (the
/// bridge script, already running, loads the glue next). Waits until the
/// catalog is open; an error message if start-up failed.
#[tauri::command]
pub async fn lv_page(bridge: State<'_, Bridge>) -> Result<String, String> {
    let state = bridge.state().await?;
    Ok(ui::page_html(&state, ""))
}

/// The interpreter glue with the IPC socket in place of a websocket.
#[tauri::command]
pub fn lv_glue() -> Result<String, String> {
    ipc_glue().ok_or_else(|| {
        format!(
            "dioxus-liveview's glue no longer contains `{}`",
            ui::GLUE_WEBSOCKET
        )
    })
}

/// Starts one liveview session (one per page load); edit frames go to
/// `channel` as raw bytes. Returns the id `lv_send` takes.
#[tauri::command]
pub async fn lv_connect(
    bridge: State<'_, Bridge>,
    channel: Channel<InvokeResponseBody>,
) -> Result<u32, String> {
    let state = bridge.state().await?;
    let id = bridge.next.fetch_add(1, Ordering::Relaxed);
    let (in_tx, in_rx) = mpsc::unbounded();
    let (out_tx, mut out_rx) = mpsc::unbounded::<Vec<u8>>();
    lock(&bridge.conns).insert(id, in_tx);
    tauri::async_runtime::spawn(async move {
        while let Some(bytes) = out_rx.next().await {
            if channel.send(InvokeResponseBody::Raw(bytes)).is_err() {
                break;
            }
        }
    });
    let pool = bridge.pool.clone();
    let socket = Duplex {
        rx: in_rx,
        tx: out_tx,
    };
    let conns = bridge.conns.clone();
    tauri::async_runtime::spawn(async move {
        // The session ends when the page goes away (reload, window closed):
        // its frames can no longer be delivered.
        if let Err(e) = pool
            .launch_virtualdom(socket, move || ui::virtual_dom(state))
            .await
        {
            tracing::debug!(error = %e, session = id, "a session ended");
        }
        lock(&conns).remove(&id);
    });
    Ok(id)
}

/// An event (or ping) from the page to session `id`.
#[tauri::command]
pub fn lv_send(bridge: State<'_, Bridge>, id: u32, msg: String) {
    let mut conns = lock(&bridge.conns);
    let closed = match conns.get(&id) {
        Some(tx) => tx.unbounded_send(msg.into_bytes()).is_err(),
        None => false,
    };
    if closed {
        conns.remove(&id);
    }
}

/// Whether the page walks the memory bench's journey once the home screen
/// shows (`dist/bench-journey.js`; `INTEGRA_BENCH_JOURNEY` with
/// `INTEGRA_READY_FILE`). Never for a person's window.
#[tauri::command]
pub fn lv_bench_journey(bridge: State<'_, Bridge>) -> bool {
    bridge.bench_journey
}

/// The page reports a first screen on screen (`what`: `language-picker`,
/// then `home`): written to the ready file (`INTEGRA_READY_FILE`) for the
/// smoke test and the bench. Nothing happens without that variable.
#[tauri::command]
pub fn lv_rendered(bridge: State<'_, Bridge>, what: String) -> Result<(), String> {
    if let Some(path) = &bridge.ready_file {
        let what: String = what
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(32)
            .collect();
        // Written whole under another name, then renamed: a reader never
        // sees half a file.
        let tmp = path.with_extension("tmp");
        std::fs::write(&tmp, format!("{what}\n")).map_err(|e| e.to_string())?;
        std::fs::rename(&tmp, path).map_err(|e| e.to_string())?;
    }
    Ok(())
}
