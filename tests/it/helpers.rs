//! The one place tests get an app from: [`TestApp::spawn`] makes a fresh database, migrates it and
//! builds the real router; requests go through the whole middleware stack in process.

use std::path::Path;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use clearway::config::Settings;
use clearway::state::AppState;
use http_body_util::BodyExt;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use tower::ServiceExt;

/// The PostgreSQL server to test against, if any.
pub fn postgres_url() -> Option<String> {
    std::env::var("CLEARWAY_TEST_DATABASE_URL")
        .ok()
        .filter(|url| !url.is_empty())
}

/// A database that exists for one test and is removed after it.
pub struct TestDatabase {
    pub url: String,
    cleanup: Cleanup,
}

enum Cleanup {
    Sqlite(#[allow(dead_code)] tempfile::TempDir),
    Postgres { admin_url: String, name: String },
}

impl TestDatabase {
    pub async fn create() -> Self {
        match postgres_url() {
            None => {
                let dir = tempfile::tempdir().unwrap();
                let url = format!(
                    "sqlite://{}?mode=rwc",
                    dir.path().join("clearway.db").display()
                );
                Self {
                    url,
                    cleanup: Cleanup::Sqlite(dir),
                }
            }
            Some(admin_url) => {
                let name = format!("clearway_test_{}", uuid::Uuid::new_v4().simple());
                let admin = Database::connect(&admin_url).await.unwrap();
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .unwrap();
                admin.close().await.unwrap();
                let url = match admin_url.rsplit_once('/') {
                    Some((server, _database)) => format!("{server}/{name}"),
                    None => panic!("CLEARWAY_TEST_DATABASE_URL needs a database path"),
                };
                Self {
                    url,
                    cleanup: Cleanup::Postgres { admin_url, name },
                }
            }
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let Cleanup::Postgres { admin_url, name } = &self.cleanup {
            let (admin_url, name) = (admin_url.clone(), name.clone());
            // Drop runs inside the test's runtime, which cannot be blocked on: use a thread.
            let dropped = std::thread::spawn(move || {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap();
                runtime.block_on(async {
                    let admin = Database::connect(&admin_url).await?;
                    admin
                        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .await?;
                    admin.close().await
                })
            })
            .join();
            if !matches!(dropped, Ok(Ok(()))) {
                eprintln!("could not drop test database {}", self.url);
            }
        }
    }
}

/// The settings of `config/test.toml`, on the given database.
pub fn test_settings(database_url: &str) -> Settings {
    let mut settings =
        Settings::from_figment(&Settings::figment(Path::new("config"), "test")).unwrap();
    settings.database.url = database_url.to_owned();
    settings
}

pub struct TestApp {
    pub router: Router,
    pub state: AppState,
    pub db: DatabaseConnection,
    /// Kept for its lifetime: the database is removed when the app is dropped.
    _database: TestDatabase,
}

impl TestApp {
    /// The service on a fresh, migrated database.
    pub async fn spawn() -> Self {
        Self::spawn_with(|_| {}).await
    }

    /// Like [`spawn`](Self::spawn), with settings changed first.
    pub async fn spawn_with(change: impl FnOnce(&mut Settings)) -> Self {
        let database = TestDatabase::create().await;
        let mut settings = test_settings(&database.url);
        change(&mut settings);
        clearway::db::migrate(&settings.database).await.unwrap();
        let db = clearway::db::connect(&settings.database).await.unwrap();
        let state = AppState::new(settings, db.clone()).unwrap();
        Self {
            router: clearway::router(state.clone()),
            state,
            db,
            _database: database,
        }
    }

    /// A connection of its own, for changing the schema under the app (see `db::migrate`).
    pub async fn schema_connection(&self) -> DatabaseConnection {
        let mut single = self.state.settings.database.clone();
        single.max_connections = 1;
        clearway::db::connect(&single).await.unwrap()
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            headers,
            body,
        }
    }

    pub async fn get(&self, uri: &str) -> TestResponse {
        self.request(Request::get(uri).body(Body::empty()).unwrap())
            .await
    }

    pub async fn get_with(
        &self,
        uri: &str,
        headers: &[(header::HeaderName, &str)],
    ) -> TestResponse {
        let mut request = Request::get(uri);
        for (name, value) in headers {
            request = request.header(name, *value);
        }
        self.request(request.body(Body::empty()).unwrap()).await
    }

    pub async fn send(&self, method: Method, uri: &str, body: impl Into<Bytes>) -> TestResponse {
        let body = body.into();
        self.request(
            Request::builder()
                .method(method)
                .uri(uri)
                .header(header::CONTENT_TYPE, "application/json")
                .header(header::CONTENT_LENGTH, body.len())
                .body(Body::from(body))
                .unwrap(),
        )
        .await
    }
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl TestResponse {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// Asserts the status, showing the body when it differs.
    #[track_caller]
    pub fn assert_status(&self, expected: StatusCode) -> &Self {
        assert_eq!(self.status, expected, "body: {}", self.text());
        self
    }
}
