//! Connections cannot be held by slow or silent clients: headers must arrive within the header
//! timeout, an idle keep-alive connection is closed after it, and at most `max_connections` are
//! served at once while the next wait to be accepted. Served over real sockets by
//! `server::serve_connections`, with a one-second timeout.

use std::time::{Duration, Instant};

use clearway::server::{Limits, serve_connections};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

use crate::helpers::TestApp;

const TIMEOUT: Duration = Duration::from_secs(1);

/// Serves the app on a free port until the test ends; answers its address.
pub async fn serve(app: &TestApp, max_connections: usize) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let limits = Limits {
        header_read_timeout: TIMEOUT,
        max_connections,
    };
    tokio::spawn(serve_connections(
        listener,
        app.router.clone(),
        limits,
        std::future::pending(),
    ));
    address
}

/// Reads until the server closes the connection (or 10 s pass: then the test fails).
async fn read_to_close(stream: &mut TcpStream) -> String {
    let mut seen = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), stream.read_to_end(&mut seen)).await;
    assert!(read.is_ok(), "the server kept the connection open");
    String::from_utf8_lossy(&seen).into_owned()
}

const HEALTHZ: &[u8] = b"GET /healthz HTTP/1.1\r\nHost: clearway.test\r\n\r\n";

#[tokio::test]
async fn a_silent_or_slow_client_is_disconnected_after_the_header_timeout() {
    let app = TestApp::spawn().await;
    let address = serve(&app, 16).await;

    let started = Instant::now();
    let mut silent = TcpStream::connect(address).await.unwrap();
    let answer = read_to_close(&mut silent).await;
    assert!(!answer.contains("200 OK"), "{answer}");
    assert!(started.elapsed() >= TIMEOUT - Duration::from_millis(100));

    // Headers dribbled a line at a time never complete in time.
    let mut slow = TcpStream::connect(address).await.unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\n").await.unwrap();
    for _ in 0..3 {
        tokio::time::sleep(Duration::from_millis(400)).await;
        if slow.write_all(b"X-Slow: 1\r\n").await.is_err() {
            break;
        }
    }
    let answer = read_to_close(&mut slow).await;
    assert!(!answer.contains("200 OK"), "{answer}");
}

#[tokio::test]
async fn an_idle_keep_alive_connection_is_closed_after_its_request() {
    let app = TestApp::spawn().await;
    let address = serve(&app, 16).await;
    let mut client = TcpStream::connect(address).await.unwrap();
    client.write_all(HEALTHZ).await.unwrap();
    let answer = read_to_close(&mut client).await;
    assert!(answer.starts_with("HTTP/1.1 200 OK"), "{answer}");
}

#[tokio::test]
async fn past_the_connection_cap_the_next_client_waits_its_turn_and_is_served() {
    let app = TestApp::spawn().await;
    let address = serve(&app, 2).await;
    let _silent = [
        TcpStream::connect(address).await.unwrap(),
        TcpStream::connect(address).await.unwrap(),
    ];
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    let mut client = TcpStream::connect(address).await.unwrap();
    client.write_all(HEALTHZ).await.unwrap();
    let mut first = [0u8; 15];
    tokio::time::timeout(Duration::from_secs(10), client.read_exact(&mut first))
        .await
        .expect("served once a slot is free")
        .unwrap();
    assert_eq!(&first, b"HTTP/1.1 200 OK");
    // It was served after the silent ones were let go, not beside them.
    assert!(started.elapsed() >= TIMEOUT / 2, "{:?}", started.elapsed());
}
