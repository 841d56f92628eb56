//! The outbox: messages queued with the change that causes them, delivered exactly once over a
//! real SMTP conversation, retried while the server is down, given up on visibly.

use std::time::Duration;

use axum::http::StatusCode;
use clearway::auth::Role;
use clearway::config::{MailTransport, SmtpTls};
use clearway::entities::outbox;
use clearway::notify::worker::{self, Mailer};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::helpers::TestApp;
use crate::smtp::Sink;

fn smtp_app_settings(port: u16) -> impl FnOnce(&mut clearway::config::Settings) {
    move |s| {
        s.mail.transport = MailTransport::Smtp;
        s.mail.smtp_host = "127.0.0.1".into();
        s.mail.smtp_port = port;
        s.mail.smtp_tls = SmtpTls::None;
        s.mail.retry_base_secs = 0;
    }
}

async fn queue_many(app: &TestApp, count: usize) {
    for n in 0..count {
        clearway::notify::queue(
            &app.db,
            &app.state.views,
            clearway::i18n::Lang::En,
            "password_reset",
            &format!("person{n}@example.org"),
            &serde_json::json!({"link": format!("https://clearway.test/reset/{n}"), "email": format!("person{n}@example.org")}),
        )
        .await
        .unwrap();
    }
}

async fn sent(app: &TestApp) -> u64 {
    outbox::Entity::find()
        .filter(outbox::Column::Status.eq("sent"))
        .count(&app.db)
        .await
        .unwrap()
}

#[tokio::test]
async fn two_workers_deliver_every_message_exactly_once_over_smtp() {
    let (sink, port) = Sink::start(0).await;
    let app = TestApp::spawn_with(smtp_app_settings(port)).await;
    queue_many(&app, 30).await;
    let mailer = Mailer::new(&app.state.settings.mail).unwrap();
    // Two instances' workers, at the same time.
    let (a, b) = tokio::join!(
        async {
            let mut total = 0;
            while let Ok(n) = worker::deliver_due(&app.db, &mailer).await {
                if n == 0 {
                    break;
                }
                total += n;
            }
            total
        },
        async {
            let mut total = 0;
            while let Ok(n) = worker::deliver_due(&app.db, &mailer).await {
                if n == 0 {
                    break;
                }
                total += n;
            }
            total
        }
    );
    assert_eq!(a + b, 30, "each message was tried by one worker");
    assert_eq!(sink.count(), 30, "and received once");
    assert_eq!(sent(&app).await, 30);
    let received = sink.messages.lock().unwrap().clone();
    let mut recipients: Vec<String> = received
        .iter()
        .map(|m| {
            m.lines()
                .find(|l| l.starts_with("To: "))
                .unwrap()
                .to_owned()
        })
        .collect();
    recipients.sort();
    recipients.dedup();
    assert_eq!(recipients.len(), 30, "no message twice");
    assert!(received[0].contains("Subject: Choose a new Clearway password"));
    assert!(received[0].contains("Content-Type: text/html"));
}

#[tokio::test]
async fn messages_wait_while_the_server_is_down_and_go_when_it_is_back() {
    // A port with nothing listening yet.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::spawn_with(smtp_app_settings(port)).await;
    queue_many(&app, 3).await;
    let mailer = Mailer::new(&app.state.settings.mail).unwrap();
    assert_eq!(worker::deliver_due(&app.db, &mailer).await.unwrap(), 3);
    let waiting = outbox::Entity::find().all(&app.db).await.unwrap();
    assert!(
        waiting
            .iter()
            .all(|m| m.status.as_str() == "queued" && m.attempts == 1 && m.last_error.is_some())
    );

    let (sink, _) = Sink::start(port).await;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let running = tokio::spawn(worker::run(app.db.clone(), mailer, stopped));
    for _ in 0..200 {
        if sent(&app).await == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    stop.send(true).unwrap();
    running.await.unwrap();
    assert_eq!(sent(&app).await, 3);
    assert_eq!(sink.count(), 3);
}

#[tokio::test]
async fn a_message_that_keeps_failing_is_given_up_on_and_shown_to_admins() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = TestApp::spawn_with(|s| {
        smtp_app_settings(port)(s);
        s.mail.max_attempts = 2;
    })
    .await;
    queue_many(&app, 1).await;
    let mailer = Mailer::new(&app.state.settings.mail).unwrap();
    worker::deliver_due(&app.db, &mailer).await.unwrap();
    worker::deliver_due(&app.db, &mailer).await.unwrap();
    let message = outbox::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!((message.status.as_str(), message.attempts), ("failed", 2));
    assert_eq!(
        worker::deliver_due(&app.db, &mailer).await.unwrap(),
        0,
        "no more attempts"
    );

    let admin = app.user(Role::Admin, None).await;
    let mut browser = app.signed_in(&admin).await;
    let page = browser
        .get("/admin/outbox")
        .await
        .assert_status(StatusCode::OK)
        .text();
    assert!(page.contains("person0@example.org"));
    assert!(page.contains("Send again"));
    let staff = app.user(Role::Staff, None).await;
    app.signed_in(&staff)
        .await
        .get("/admin/outbox")
        .await
        .assert_status(StatusCode::FORBIDDEN);

    browser
        .post_form(&format!("/admin/outbox/{}/retry", message.id), &[])
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let again = outbox::Entity::find().one(&app.db).await.unwrap().unwrap();
    assert_eq!((again.status.as_str(), again.attempts), ("queued", 0));
}

#[tokio::test]
async fn by_default_messages_become_eml_files() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().to_str().unwrap().to_owned();
    let app = TestApp::spawn_with(move |s| s.mail.outbox_dir = folder).await;
    queue_many(&app, 1).await;
    let mailer = Mailer::new(&app.state.settings.mail).unwrap();
    worker::deliver_due(&app.db, &mailer).await.unwrap();
    let files: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1);
    assert!(files[0].to_str().unwrap().ends_with("-password_reset.eml"));
    let eml = std::fs::read_to_string(&files[0]).unwrap();
    assert!(eml.contains("To: person0@example.org"));
}

/// A worker told to stop sends nothing more and gives back what it had claimed: the messages are
/// queued again at once with their attempt uncounted (not left "sending" until the claim runs
/// out), and the next worker sends each exactly once.
#[tokio::test]
async fn a_stopping_worker_releases_what_it_claimed_and_the_next_sends_each_once() {
    let (sink, port) = Sink::start(0).await;
    let app = TestApp::spawn_with(smtp_app_settings(port)).await;
    queue_many(&app, 3).await;
    let mailer = Mailer::new(&app.state.settings.mail).unwrap();

    let (_stop, stopping) = tokio::sync::watch::channel(true);
    let tried = worker::deliver_due_until(&app.db, &mailer, &stopping)
        .await
        .unwrap();
    assert_eq!(tried, 0);
    let waiting = outbox::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(waiting.len(), 3);
    assert!(
        waiting
            .iter()
            .all(|m| m.status.as_str() == "queued" && m.attempts == 0 && m.claimed_until.is_none()),
        "{waiting:?}"
    );

    assert_eq!(worker::deliver_due(&app.db, &mailer).await.unwrap(), 3);
    assert_eq!(sent(&app).await, 3);
    assert_eq!(sink.count(), 3, "each once");
}
