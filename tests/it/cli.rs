//! The `clearway` binary as an operator uses it.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::TestDatabase;

pub fn clearway(database_url: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_clearway"));
    command
        .env("CLEARWAY_ENV", "test")
        .env("DATABASE_URL", database_url)
        .env_remove("RUST_LOG")
        .env("CLEARWAY__LOG__FILTER", "info");
    command
}

/// What `clearway migrate status` lists.
fn migration_status(database_url: &str) -> String {
    let output = clearway(database_url)
        .args(["migrate", "status"])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[tokio::test]
async fn migrate_reports_and_applies_on_the_database_url() {
    let database = TestDatabase::create().await;
    let listed = migration_status(&database.url);
    assert!(
        listed.contains("pending  m20261128_000001_create_treaty_tables"),
        "{listed}"
    );

    let up = clearway(&database.url)
        .args(["migrate", "up"])
        .output()
        .unwrap();
    assert!(up.status.success());
    let listed = migration_status(&database.url);
    assert!(
        listed.contains("applied  m20261128_000002_load_treaty_record"),
        "{listed}"
    );

    // Rolling back drops data: without the flag, it says what would go and does nothing.
    let all = listed.lines().filter(|l| l.starts_with("applied")).count();
    let refused = clearway(&database.url)
        .args(["migrate", "down", "--steps", &all.to_string()])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let listing = String::from_utf8_lossy(&refused.stdout);
    assert!(listing.contains("  states: 197 rows"), "{listing}");
    assert!(
        listing.contains("  coordination_requests: 0 rows"),
        "{listing}"
    );
    assert!(!listing.contains("seaql_migrations"), "{listing}");
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("--yes-destroy-data"), "{stderr}");
    let listed = migration_status(&database.url);
    assert!(
        !listed.contains("pending"),
        "nothing was rolled back: {listed}"
    );

    let down = clearway(&database.url)
        .args(["migrate", "down", "--yes-destroy-data"])
        .output()
        .unwrap();
    assert!(
        down.status.success(),
        "{}",
        String::from_utf8_lossy(&down.stderr)
    );
    let listed = migration_status(&database.url);
    let lines: Vec<&str> = listed.lines().collect();
    let pending: Vec<&str> = lines
        .iter()
        .copied()
        .filter(|l| l.starts_with("pending"))
        .collect();
    assert_eq!(pending.len(), 1, "{listed}");
    assert_eq!(
        Some(&pending[0]),
        lines.last(),
        "the latest is rolled back: {listed}"
    );
}

#[tokio::test]
async fn a_bad_setting_stops_start_up_naming_the_key() {
    let database = TestDatabase::create().await;
    let output = clearway(&database.url)
        .env("CLEARWAY__SERVER__ADDRESS", "not-an-address")
        .arg("serve")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.to_lowercase().contains("server.address"), "{stderr}");
}

#[tokio::test]
async fn serve_migrates_answers_and_stops_gracefully_on_sigterm() {
    let database = TestDatabase::create().await;
    let mut child = clearway(&database.url)
        .args(["serve", "--address", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut log = BufReader::new(child.stderr.take().unwrap());
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut address = None;
    let mut line = String::new();
    let mut start_up = String::new();
    while address.is_none() && Instant::now() < deadline {
        line.clear();
        if log.read_line(&mut line).unwrap() == 0 {
            break;
        }
        start_up.push_str(&line);
        address = line.split_whitespace().find_map(|word| {
            word.strip_prefix("local=")
                .map(|a| a.trim_matches('"').to_owned())
        });
    }
    let address = address.expect("the server logs where it listens");
    assert!(
        start_up.contains("no administrator yet") && start_up.contains("/setup/"),
        "a fresh install logs the set-up link: {start_up}"
    );

    let mut stream = TcpStream::connect(&address).unwrap();
    stream
        .write_all(b"GET /api/v1/states?on=2022-06-20&status=signatory HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("Marshall Islands"));

    let pid = child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    let status = child.wait().unwrap();
    assert!(status.success(), "exits cleanly on SIGTERM: {status:?}");
    let mut rest = String::new();
    log.read_to_string(&mut rest).unwrap();
    assert!(rest.contains("Clearway stopped"), "{rest}");
}

#[tokio::test]
async fn admin_commands_make_a_user_and_a_token_that_works() {
    let database = TestDatabase::create().await;
    let made = clearway(&database.url)
        .args([
            "admin",
            "create-user",
            "--email",
            "Ops@Example.org",
            "--role",
            "admin",
        ])
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let said = String::from_utf8(made.stdout).unwrap();
    assert!(
        said.contains("Created Ops@Example.org (admin). Password: "),
        "{said}"
    );

    let mut weak = clearway(&database.url)
        .args([
            "admin",
            "create-user",
            "--email",
            "x@example.org",
            "--role",
            "staff",
            "--password-stdin",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    weak.stdin.take().unwrap().write_all(b"password\n").unwrap();
    let refused = weak.wait_with_output().unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("at least 12 characters"));

    let token = clearway(&database.url)
        .args(["admin", "create-token", "--email", "ops@example.org"])
        .output()
        .unwrap();
    assert!(token.status.success());
    let token = String::from_utf8(token.stdout).unwrap();
    assert_eq!(
        token.lines().count(),
        1,
        "the token alone on standard output"
    );
    let token = token.trim();
    assert!(token.starts_with("cw_"));

    let settings = crate::helpers::test_settings(&database.url);
    let db = clearway::db::connect(&settings.database).await.unwrap();
    let app = clearway::router(clearway::AppState::new(settings, db).unwrap());
    let response = tower::ServiceExt::oneshot(
        app,
        axum::http::Request::get("/api/v1/users")
            .header("authorization", format!("Bearer {token}"))
            .body(axum::body::Body::empty())
            .unwrap(),
    )
    .await
    .unwrap();
    assert_eq!(response.status(), axum::http::StatusCode::OK);
}

/// A database migrated by a newer Clearway is named so, and left as it is.
#[tokio::test]
async fn a_database_from_a_newer_version_is_refused_with_words_that_say_so() {
    use sea_orm::ConnectionTrait;
    let database = TestDatabase::create().await;
    let up = clearway(&database.url)
        .args(["migrate", "up"])
        .output()
        .unwrap();
    assert!(up.status.success());
    let db = sea_orm::Database::connect(&database.url).await.unwrap();
    db.execute_unprepared(
        "INSERT INTO seaql_migrations (version, applied_at) VALUES ('m20991231_000099_future', 0)",
    )
    .await
    .unwrap();
    db.close().await.unwrap();

    let serve = clearway(&database.url).arg("serve").output().unwrap();
    assert!(!serve.status.success());
    let stderr = String::from_utf8_lossy(&serve.stderr);
    assert!(
        stderr.contains("migrated by a newer version of Clearway")
            && stderr.contains("m20991231_000099_future"),
        "{stderr}"
    );
}

/// `clearway backup` writes a copy that `clearway restore` puts back; restore refuses to replace
/// a database that holds records without --replace.
#[tokio::test]
async fn backup_and_restore_from_the_command_line() {
    let database = TestDatabase::create().await;
    let up = clearway(&database.url)
        .args(["migrate", "up"])
        .output()
        .unwrap();
    assert!(up.status.success());
    let made = clearway(&database.url)
        .args([
            "admin",
            "create-user",
            "--email",
            "ana@example.org",
            "--role",
            "admin",
        ])
        .output()
        .unwrap();
    assert!(made.status.success());
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("clearway.backup");

    let backup = clearway(&database.url)
        .arg("backup")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        backup.status.success(),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    assert!(String::from_utf8_lossy(&backup.stdout).starts_with("Backed up to"));

    let refused = clearway(&database.url)
        .arg("restore")
        .arg(&file)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("holds 2 records") && stderr.contains("--replace"),
        "{stderr}"
    );

    let restored = clearway(&database.url)
        .arg("restore")
        .arg(&file)
        .arg("--replace")
        .output()
        .unwrap();
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    let token = clearway(&database.url)
        .args(["admin", "create-token", "--email", "ana@example.org"])
        .output()
        .unwrap();
    assert!(token.status.success(), "the restored database has Ana");
}

/// A database that cannot be reached at start (still starting, say) is waited for: `serve`
/// logs each retry and starts once it can (SQLite: its path is taken by a folder until the
/// folder goes; PostgreSQL: the database refuses connections until it accepts them).
#[tokio::test]
async fn serve_waits_for_a_database_that_is_not_reachable_yet() {
    use sea_orm::ConnectionTrait;
    let database = TestDatabase::create().await;
    let postgres = crate::helpers::postgres_url();
    let name = database.url.rsplit('/').next().unwrap().to_owned();
    let folder = tempfile::tempdir().unwrap();
    let blocked = folder.path().join("clearway.db");
    let url = match &postgres {
        Some(admin) => {
            let admin = sea_orm::Database::connect(admin).await.unwrap();
            admin
                .execute_unprepared(&format!("ALTER DATABASE {name} ALLOW_CONNECTIONS false"))
                .await
                .unwrap();
            admin.close().await.unwrap();
            database.url.clone()
        }
        None => {
            std::fs::create_dir(&blocked).unwrap();
            format!("sqlite://{}?mode=rwc", blocked.display())
        }
    };
    let mut child = clearway(&url)
        .env("CLEARWAY__DATABASE__START_RETRY_SECS", "60")
        .args(["serve", "--address", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut log = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let mut seen = String::new();
    let mut unblocked = false;
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        line.clear();
        if log.read_line(&mut line).unwrap() == 0 {
            break;
        }
        seen.push_str(&line);
        if line.contains("the database cannot be reached yet") && !unblocked {
            unblocked = true;
            match &postgres {
                Some(admin) => {
                    let admin = sea_orm::Database::connect(admin).await.unwrap();
                    admin
                        .execute_unprepared(&format!(
                            "ALTER DATABASE {name} ALLOW_CONNECTIONS true"
                        ))
                        .await
                        .unwrap();
                    admin.close().await.unwrap();
                }
                None => std::fs::remove_dir(&blocked).unwrap(),
            }
        }
        if line.contains("Clearway is listening") {
            break;
        }
    }
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    assert!(unblocked, "a retry was logged: {seen}");
    assert!(seen.contains("Clearway is listening"), "{seen}");
    assert!(status.success(), "{status:?}");
}

/// A stop asked for while `serve` waits for its database ends the wait at once (a service
/// manager's SIGTERM is not left hanging for `start_retry_secs`).
#[tokio::test]
async fn serve_stops_at_once_when_told_to_while_it_waits_for_its_database() {
    let folder = tempfile::tempdir().unwrap();
    let blocked = folder.path().join("clearway.db");
    std::fs::create_dir(&blocked).unwrap();
    let url = format!("sqlite://{}?mode=rwc", blocked.display());
    let mut child = clearway(&url)
        .env("CLEARWAY__DATABASE__START_RETRY_SECS", "600")
        .args(["serve", "--address", "127.0.0.1:0"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut log = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    let mut seen = String::new();
    while !line.contains("the database cannot be reached yet") {
        line.clear();
        assert_ne!(log.read_line(&mut line).unwrap(), 0, "{seen}");
        seen.push_str(&line);
    }
    let told = Instant::now();
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let status = child.wait().unwrap();
    let mut rest = String::new();
    log.read_to_string(&mut rest).unwrap();
    assert!(status.success(), "{status:?}: {seen}{rest}");
    assert!(
        told.elapsed() < Duration::from_secs(5),
        "stopped after {:?}",
        told.elapsed()
    );
    assert!(
        rest.contains("stopped before the database could be reached"),
        "{rest}"
    );
}
