//! The UI over a loopback websocket: `integra --serve`, browser tests and
//! benches. Bound to 127.0.0.1 only; `/` and `/ws` need the per-launch token
//! (compared in constant time), and the websocket must come from the page this
//! server handed out (its Origin), so another site open in the same browser
//! cannot drive it. The page's content security policy allows nothing from
//! elsewhere (images are `data:` URLs). `/fonts/<file>` serves the bundled
//! fonts without the token: they are the same for everyone and say nothing
//! of the user, and a stylesheet's font requests carry no query.

use std::net::{Ipv4Addr, SocketAddr};

use axum::Router;
use axum::extract::{Path, Query, State, WebSocketUpgrade};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use axum::serve::ListenerExt as _;
use dioxus_liveview::{LiveViewPool, axum_socket};
use serde::Deserialize;

use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    #[error("cannot listen on 127.0.0.1:{port}: {source}")]
    Bind {
        port: u16,
        #[source]
        source: std::io::Error,
    },
    #[error("no randomness for the session token: {0}")]
    Token(String),
}

/// A running server: open [`ServeHandle::url`] in a browser.
#[derive(Debug)]
pub struct ServeHandle {
    pub addr: SocketAddr,
    pub token: String,
    pub url: String,
    task: tokio::task::JoinHandle<()>,
}

impl ServeHandle {
    pub fn stop(self) {
        self.task.abort();
    }
}

#[derive(Clone)]
struct Shared {
    state: AppState,
    pool: LiveViewPool,
    token: String,
    /// Origins a page served here has: the websocket must come from one.
    origins: Vec<String>,
}

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

/// Routes: `/` (the page) and `/ws` (the liveview), both behind `token`.
/// `port` is the one the listener got, for the Origin check.
pub fn router(state: AppState, token: String, port: u16) -> Router {
    let shared = Shared {
        state,
        pool: LiveViewPool::new(),
        token,
        origins: vec![
            format!("http://127.0.0.1:{port}"),
            format!("http://localhost:{port}"),
        ],
    };
    Router::new()
        .route("/", get(page))
        .route("/ws", get(socket))
        .route("/fonts/{file}", get(font))
        .with_state(shared)
}

/// A bundled font file, cached by the browser for as long as it likes: a
/// new build with other fonts is a new server on another port.
async fn font(Path(file): Path<String>) -> Response {
    match crate::fonts::bundled_file(&file) {
        Some(bytes) => (
            [
                (header::CONTENT_TYPE, "font/woff2"),
                (header::CACHE_CONTROL, "max-age=31536000, immutable"),
            ],
            bytes,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "no such font").into_response(),
    }
}

/// Comparing in constant time keeps the token from leaking a byte at a time.
fn token_ok(expected: &str, given: Option<&str>) -> bool {
    let Some(given) = given else { return false };
    if given.len() != expected.len() {
        return false;
    }
    given
        .bytes()
        .zip(expected.bytes())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

async fn page(State(s): State<Shared>, Query(q): Query<TokenQuery>) -> Response {
    if !token_ok(&s.token, q.token.as_deref()) {
        return (StatusCode::FORBIDDEN, "missing or wrong token").into_response();
    }
    let glue = crate::interpreter_glue(&format!("/ws?token={}", s.token));
    let html = crate::page_html(&s.state, &glue);
    (
        [
            (header::CACHE_CONTROL, "no-store"),
            (
                header::CONTENT_SECURITY_POLICY,
                // The glue is inline; nothing is loaded from anywhere else.
                "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src 'self'; connect-src 'self'",
            ),
        ],
        Html(html),
    )
        .into_response()
}

async fn socket(
    State(s): State<Shared>,
    Query(q): Query<TokenQuery>,
    headers: HeaderMap,
    ws: WebSocketUpgrade,
) -> Response {
    if !token_ok(&s.token, q.token.as_deref()) {
        return (StatusCode::FORBIDDEN, "missing or wrong token").into_response();
    }
    let origin = headers
        .get(header::ORIGIN)
        .and_then(|o| o.to_str().ok())
        .unwrap_or("");
    if !s.origins.iter().any(|o| o == origin) {
        return (StatusCode::FORBIDDEN, "websocket from a foreign origin").into_response();
    }
    let pool = s.pool.clone();
    let state = s.state.clone();
    ws.on_upgrade(move |socket| async move {
        // A closed tab ends the session this way too: debug, not a failure.
        if let Err(e) = pool
            .launch_virtualdom(crate::timing::Timed::new(axum_socket(socket)), move || {
                crate::virtual_dom(state)
            })
            .await
        {
            tracing::debug!(error = %e, "a session ended");
        }
    })
}

fn new_token() -> Result<String, ServeError> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes).map_err(|e| ServeError::Token(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Serves the UI on 127.0.0.1:`port` (0: any free port) on the current
/// tokio runtime.
pub async fn serve(state: AppState, port: u16) -> Result<ServeHandle, ServeError> {
    let listener = tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, port))
        .await
        .map_err(|source| ServeError::Bind { port, source })?;
    let addr = listener
        .local_addr()
        .map_err(|source| ServeError::Bind { port, source })?;
    let token = new_token()?;
    let app = router(state, token.clone(), addr.port());
    // Edits leave in small frames right after each keystroke: without
    // TCP_NODELAY a frame could wait for the ACK of the one before, which
    // the browser delays (up to 40 ms on Linux).
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "no TCP_NODELAY on a connection");
        }
    });
    let task = tokio::spawn(async move {
        // The server stops with the process (or `stop`); an error ends
        // it with nobody to return it to but the log.
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "the app's server stopped");
        }
    });
    Ok(ServeHandle {
        url: format!("http://{addr}/?token={token}"),
        addr,
        token,
        task,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AppConfig;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn get(addr: SocketAddr, path: &str, extra: &str) -> String {
        let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
        let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n{extra}\r\n");
        s.write_all(req.as_bytes()).await.unwrap();
        let mut buf = vec![0u8; 4096];
        let n = tokio::time::timeout(std::time::Duration::from_secs(10), s.read(&mut buf))
            .await
            .expect("the server answers")
            .unwrap();
        String::from_utf8_lossy(&buf[..n]).into_owned()
    }

    /// Loopback only, token on every route, the websocket only from the
    /// page's own origin.
    #[tokio::test]
    async fn serve_guards_its_door() {
        let dir = tempfile::tempdir().unwrap();
        let state = AppState::open(AppConfig {
            data_dir: dir.path().to_path_buf(),
            system_locales: vec!["ar".into()],
            kiosk: false,
            catalog: crate::state::CatalogChoice::Sample,
        })
        .unwrap();
        let h = serve(state, 0).await.unwrap();
        assert!(h.addr.ip().is_loopback());
        assert!(h.url.starts_with("http://127.0.0.1:"));
        let t = h.token.clone();
        let close = "Connection: close\r\n";
        assert!(get(h.addr, "/", close).await.starts_with("HTTP/1.1 403"));
        assert!(
            get(h.addr, "/?token=wrong", close)
                .await
                .starts_with("HTTP/1.1 403")
        );
        let page = get(h.addr, &format!("/?token={t}"), close).await;
        assert!(page.starts_with("HTTP/1.1 200"), "{page}");
        assert!(
            page.contains(r#"dir="rtl""#),
            "first paint already right-to-left"
        );
        let upgrade = "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n";
        let own = format!("Origin: http://127.0.0.1:{}\r\n", h.addr.port());
        let ws = |origin: String, token: String| {
            let addr = h.addr;
            async move {
                get(
                    addr,
                    &format!("/ws?token={token}"),
                    &format!("{upgrade}{origin}"),
                )
                .await
            }
        };
        assert!(
            ws("Origin: http://evil.example\r\n".into(), t.clone())
                .await
                .starts_with("HTTP/1.1 403")
        );
        assert!(
            ws(String::new(), t.clone())
                .await
                .starts_with("HTTP/1.1 403"),
            "no Origin"
        );
        assert!(
            ws(own.clone(), "nope".into())
                .await
                .starts_with("HTTP/1.1 403")
        );
        assert!(ws(own, t).await.starts_with("HTTP/1.1 101"));
        // The fonts need no token; nothing else is served that way.
        let font = get(h.addr, "/fonts/NotoSans-Regular.woff2", close).await;
        assert!(font.starts_with("HTTP/1.1 200"), "{font}");
        assert!(font.contains("content-type: font/woff2"), "{font}");
        for other in ["/fonts/nope.woff2", "/fonts/..%2FCargo.toml", "/fonts/"] {
            let answer = get(h.addr, other, close).await;
            assert!(answer.starts_with("HTTP/1.1 404"), "{other}: {answer}");
        }
        h.stop();
    }

    #[test]
    fn tokens_must_match_exactly() {
        assert!(token_ok("abc123", Some("abc123")));
        assert!(!token_ok("abc123", Some("abc124")));
        assert!(!token_ok("abc123", Some("abc12")));
        assert!(!token_ok("abc123", None));
        assert!(!token_ok("abc123", Some("")));
    }
}
