//! The limits that count by client address see the real client: the service is served over
//! real sockets (`server::serve_connections`, as `serve` does) and the clients connect from
//! distinct loopback addresses (127.0.0.2, 127.0.0.3...), so each address has its own count on
//! the public coordination form and on sign-in.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};

use clearway::auth::Role;
use clearway::entities::login_throttle;
use sea_orm::EntityTrait;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpSocket;

use crate::connections::serve;
use crate::coordination::request_body;
use crate::helpers::{PASSWORD, TestApp};

/// A client on its own loopback address, keeping cookies as a browser does.
struct Client {
    server: SocketAddr,
    from: IpAddr,
    cookies: BTreeMap<String, String>,
}

struct Answer {
    status: u16,
    headers: String,
    body: String,
}

impl Client {
    fn new(server: SocketAddr, from: &str) -> Self {
        Self {
            server,
            from: from.parse().unwrap(),
            cookies: BTreeMap::new(),
        }
    }

    async fn send(&mut self, method: &str, path: &str, kind: &str, body: &str) -> Answer {
        let socket = TcpSocket::new_v4().unwrap();
        socket.bind(SocketAddr::new(self.from, 0)).unwrap();
        let mut stream = socket.connect(self.server).await.unwrap();
        let cookies = self
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ");
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: clearway.test\r\nConnection: close\r\n\
             Accept: text/html\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCookie: {cookies}\r\n\r\n{body}",
            body.len()
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.unwrap();
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (headers, body) = raw.split_once("\r\n\r\n").unwrap();
        let status = headers[9..12].parse().unwrap();
        for line in headers.lines() {
            if let Some(cookie) = line
                .strip_prefix("set-cookie: ")
                .or_else(|| line.strip_prefix("Set-Cookie: "))
            {
                let pair = cookie.split(';').next().unwrap();
                let (name, value) = pair.split_once('=').unwrap();
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
        Answer {
            status,
            headers: headers.to_owned(),
            body: body.to_owned(),
        }
    }

    async fn sign_in(&mut self, email: &str, password: &str) -> Answer {
        let page = self.send("GET", "/login", "text/plain", "").await.body;
        let marker = "name=\"csrf_token\" value=\"";
        let start = page.find(marker).expect("a CSRF token") + marker.len();
        let token = page[start..start + 64].to_owned();
        let form = form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("csrf_token", token.as_str()),
                ("email", email),
                ("password", password),
            ])
            .finish();
        self.send("POST", "/login", "application/x-www-form-urlencoded", &form)
            .await
    }
}

async fn submit(client: &mut Client, key: &str) -> Answer {
    let body = request_body("MMR", key).to_string();
    client
        .send(
            "POST",
            "/api/v1/coordination-requests",
            "application/json",
            &body,
        )
        .await
}

#[tokio::test]
async fn each_address_has_its_own_limit_on_the_public_form() {
    let app = TestApp::spawn_with(|s| s.coordination.requests_per_hour = 2).await;
    let server = serve(&app, 64).await;
    let mut first = Client::new(server, "127.0.0.2");
    assert_eq!(submit(&mut first, "a-1").await.status, 201);
    assert_eq!(submit(&mut first, "a-2").await.status, 201);
    let refused = submit(&mut first, "a-3").await;
    assert_eq!(refused.status, 429, "{}", refused.body);
    assert!(refused.headers.to_lowercase().contains("retry-after:"));
    // Another address is not blocked by the first one's submissions.
    let mut second = Client::new(server, "127.0.0.3");
    let answer = submit(&mut second, "b-1").await;
    assert_eq!(answer.status, 201, "{}", answer.body);
}

#[tokio::test]
async fn each_address_has_its_own_limit_on_sign_in() {
    let app = TestApp::spawn_with(|s| s.auth.failures_per_address = 3).await;
    let person = app.user(Role::Staff, None).await;
    let server = serve(&app, 64).await;
    // One address tries three accounts that do not exist, then the person's.
    let mut guesser = Client::new(server, "127.0.0.2");
    for n in 0..3 {
        let answer = guesser
            .sign_in(&format!("guess{n}@example.org"), "whatever whatever")
            .await;
        assert_eq!(answer.status, 401, "{}", answer.body);
    }
    let refused = guesser.sign_in(&person.email, PASSWORD).await;
    assert_eq!(refused.status, 429, "{}", refused.body);
    assert!(refused.headers.to_lowercase().contains("retry-after:"));
    // The address was counted, as the connection's peer.
    let counters: Vec<String> = login_throttle::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.key)
        .collect();
    assert!(
        counters.contains(&"address:127.0.0.2".to_owned()),
        "{counters:?}"
    );
    // The person, from another address, signs in.
    let mut person_client = Client::new(server, "127.0.0.3");
    let answer = person_client.sign_in(&person.email, PASSWORD).await;
    assert_eq!(answer.status, 303, "{}", answer.body);
}
