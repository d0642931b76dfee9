//! Network chaos: a fault-injecting TCP proxy on loopback between the
//! client and `integra-portal serve` (503, 429, connections cut mid-body,
//! slow bodies, a connection dropped after the server handled the request).
//! Sync completes; the outbox delivers every submission exactly once.

#[path = "sync_support.rs"]
mod support;

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use catalog::user::{OutboxItem, UserData};
use portal::{PortalState, RateLimit, ServerConfig, Store};
use support::*;
use sync::outbox::{OutboxState, flush, state};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

#[derive(Debug, Clone, Copy)]
enum Fault {
    /// Answers 503 itself and closes.
    Unavailable,
    /// Answers 429 itself and closes.
    TooMany,
    /// Relays, then cuts the connection after this many response bytes.
    Cut(usize),
    /// Relays slowly (small pieces with pauses), then cuts.
    Slow(usize),
    /// Forwards the request, waits for the server's answer, and closes
    /// without passing it on: the server did the work, the client never hears.
    DropAnswer,
}

const SCHEDULE: [Fault; 6] = [
    Fault::Unavailable,
    Fault::Cut(24_000),
    Fault::TooMany,
    Fault::DropAnswer,
    Fault::Slow(16_000),
    Fault::Cut(60_000),
];

struct Proxy {
    addr: SocketAddr,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn proxy(upstream: SocketAddr) -> Proxy {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let connections = Arc::new(AtomicUsize::new(0));
    let count = connections.clone();
    let task = tokio::spawn(async move {
        while let Ok((client, _)) = listener.accept().await {
            let n = count.fetch_add(1, Ordering::SeqCst);
            let fault = SCHEDULE[n % SCHEDULE.len()];
            tokio::spawn(handle(client, upstream, fault));
        }
    });
    Proxy {
        addr,
        connections,
        task,
    }
}

async fn handle(mut client: TcpStream, upstream: SocketAddr, fault: Fault) {
    let canned = |status: &str| {
        format!(
            "HTTP/1.1 {status}\r\ncontent-length: 0\r\nretry-after: 0\r\nconnection: close\r\n\r\n"
        )
    };
    match fault {
        Fault::Unavailable | Fault::TooMany => {
            let mut buf = [0u8; 8192];
            let _ = tokio::time::timeout(Duration::from_secs(2), client.read(&mut buf)).await;
            let status = if matches!(fault, Fault::Unavailable) {
                "503 Service Unavailable"
            } else {
                "429 Too Many Requests"
            };
            let _ = client.write_all(canned(status).as_bytes()).await;
            let _ = client.shutdown().await;
        }
        Fault::DropAnswer => {
            let Ok(mut server) = TcpStream::connect(upstream).await else {
                return;
            };
            let mut buf = vec![0u8; 256 * 1024];
            let mut answer = [0u8; 1];
            // Forward what the client sends until the server starts answering.
            loop {
                tokio::select! {
                    r = client.read(&mut buf) => match r {
                        Ok(0) | Err(_) => return,
                        Ok(n) => { if server.write_all(&buf[..n]).await.is_err() { return; } }
                    },
                    r = server.read(&mut answer) => {
                        let _ = r;
                        return; // the answer is dropped with both connections
                    }
                }
            }
        }
        Fault::Cut(limit) | Fault::Slow(limit) => {
            let Ok(server) = TcpStream::connect(upstream).await else {
                return;
            };
            let (mut cr, mut cw) = client.into_split();
            let (mut sr, mut sw) = server.into_split();
            let up = tokio::spawn(async move {
                let _ = tokio::io::copy(&mut cr, &mut sw).await;
            });
            let slow = matches!(fault, Fault::Slow(_));
            let mut sent = 0usize;
            let mut buf = vec![0u8; if slow { 1024 } else { 16 * 1024 }];
            while sent < limit {
                let n = match sr.read(&mut buf).await {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n.min(limit - sent),
                };
                if cw.write_all(&buf[..n]).await.is_err() {
                    break;
                }
                sent += n;
                if slow {
                    tokio::time::sleep(Duration::from_millis(3)).await;
                }
            }
            up.abort();
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sync_completes_through_a_faulty_network() {
    let mut data = small_catalog(150);
    let portal = Portal::new(&data);
    let first = portal.publish();
    assert!(
        first.manifest.snapshot.size > 60_000,
        "the snapshot needs several cut connections"
    );
    let server = portal.serve().await;
    let proxy = proxy(server.addr).await;
    let device = Device::new();
    let mut cfg = device.config(&format!("http://{}/", proxy.addr));
    cfg.retry.attempts = 12;
    let client = sync::Client::new(cfg).unwrap();
    let out = client.update(|_| {}).await.unwrap();
    assert_eq!(out.route, sync::Route::Snapshot);
    assert_same_catalog(&device.catalog(), &data);
    assert!(
        proxy.connections.load(Ordering::SeqCst) > SCHEDULE.len(),
        "the faults were met"
    );

    edit_services(&mut data, 2, 5);
    portal.store().put(&data).unwrap();
    portal.publish();
    let out = client.update(|_| {}).await.unwrap();
    assert_eq!(out.route, sync::Route::Delta);
    assert_same_catalog(&device.catalog(), &data);
}

fn item(i: usize, payload: &str) -> OutboxItem {
    OutboxItem {
        uuid: format!("00000000-0000-4000-8000-{i:012}"),
        kind: "correction".into(),
        payload: payload.into(),
        created_at: format!("2026-11-24T10:{:02}:00Z", i % 60),
        attempts: 0,
        last_error: None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_delivers_each_submission_once_through_chaos() {
    let portal = Portal::new(&small_catalog(20));
    portal.publish();
    let mut cfg = ServerConfig::new(&portal.feed_dir);
    cfg.submissions_rate = RateLimit {
        burst: 1000,
        per: Duration::from_secs(1),
    };
    let server = serve_state(PortalState::new(Box::new(portal.store()), cfg)).await;
    let proxy = proxy(server.addr).await;

    let dir = tempfile::tempdir().unwrap();
    let user_db = dir.path().join("user.sqlite");
    {
        let user = UserData::open(&user_db).unwrap();
        for i in 0..12 {
            user.enqueue(&item(
                i,
                &format!(r#"{{"message":"orario sbagliato {i}"}}"#),
            ))
            .unwrap();
        }
        // Refused by the server (a payload that is not an object).
        user.enqueue(&item(99, "[1, 2, 3]")).unwrap();
    }
    let url = format!("http://{}/v1/submissions", proxy.addr);
    let mut retry = fast_retry();
    retry.attempts = 8;
    // Flushes as the app's scheduler would, a bounded number of times.
    let mut sent = Vec::new();
    for _ in 0..10 {
        let report = flush(&user_db, &url, &retry, true).await.unwrap();
        sent.extend(report.sent);
        if report.waiting.is_empty() {
            break;
        }
    }
    let left = UserData::open(&user_db).unwrap().outbox().unwrap();
    assert_eq!(left.len(), 1, "only the refused submission stays: {left:?}");
    assert_eq!(left[0].uuid, item(99, "").uuid);
    match state(&left[0]) {
        OutboxState::Rejected { reason } => assert!(reason.contains("422"), "{reason}"),
        other => panic!("not rejected: {other:?}"),
    }
    sent.sort();
    sent.dedup();
    assert_eq!(sent.len(), 12);
    let stored = server.state.store().submissions(None).unwrap();
    assert_eq!(stored.len(), 12, "no duplicate and no loss on the server");
    let mut uuids: Vec<&str> = stored.iter().map(|s| s.uuid.as_str()).collect();
    uuids.dedup();
    assert_eq!(uuids.len(), 12);

    // A refused submission is not sent again by itself.
    let report = flush(&user_db, &url, &retry, true).await.unwrap();
    assert_eq!(report, sync::outbox::OutboxReport::default());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn outbox_keeps_everything_while_offline() {
    let dir = tempfile::tempdir().unwrap();
    let user_db = dir.path().join("user.sqlite");
    UserData::open(&user_db)
        .unwrap()
        .enqueue(&item(1, r#"{"message":"x"}"#))
        .unwrap();
    // A port nothing listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/v1/submissions", closed.local_addr().unwrap());
    drop(closed);
    let mut retry = fast_retry();
    retry.attempts = 2;
    let report = flush(&user_db, &url, &retry, true).await.unwrap();
    assert_eq!(report.waiting.len(), 1);
    let left = UserData::open(&user_db).unwrap().outbox().unwrap();
    assert_eq!(left.len(), 1);
    assert!(matches!(
        state(&left[0]),
        OutboxState::Retrying { attempts: 1, .. }
    ));
}
