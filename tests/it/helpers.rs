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
    /// Where its attachments are kept (local storage): removed with the app.
    _files_dir: tempfile::TempDir,
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
        let files_dir = tempfile::tempdir().unwrap();
        settings.attachments.directory = files_dir.path().display().to_string();
        change(&mut settings);
        clearway::db::migrate(&settings.database).await.unwrap();
        let db = clearway::db::connect(&settings.database).await.unwrap();
        let state = AppState::new(settings, db.clone()).unwrap();
        Self {
            router: clearway::router(state.clone()),
            state,
            db,
            _files_dir: files_dir,
            _database: database,
        }
    }

    /// A connection of its own, for changing the schema under the app (see `db::migrate`).
    pub async fn schema_connection(&self) -> DatabaseConnection {
        let mut single = self.state.settings.database.clone();
        single.max_connections = 1;
        clearway::db::connect(&single).await.unwrap()
    }

    /// Sends `request` through the whole stack; an `/api/v1` answer is checked against the API
    /// document on the way (see `contract`).
    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let (method, path) = (request.method().clone(), request.uri().path().to_owned());
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let body = response.into_body().collect().await.unwrap().to_bytes();
        crate::contract::check(&method, &path, status, &headers, &body);
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

    /// Every `Set-Cookie` of the response.
    pub fn set_cookies(&self) -> Vec<&str> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect()
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

/// The password every test user has.
pub const PASSWORD: &str = "lantern orchid gravel mosaic";

/// Its hash, computed once for the whole run.
pub fn password_hash() -> String {
    static HASH: std::sync::LazyLock<String> =
        std::sync::LazyLock::new(|| clearway::auth::password::hash(PASSWORD).unwrap());
    HASH.clone()
}

/// A user made for a test.
#[derive(Clone, Debug)]
pub struct TestUser {
    pub id: i64,
    pub email: String,
}

impl TestApp {
    /// An organization in `country`, made directly in the database.
    pub async fn organization(&self, name: &str, country: &str) -> i64 {
        use sea_orm::{ActiveModelTrait, Set};
        let now = chrono::Utc::now();
        clearway::entities::organization::ActiveModel {
            name: Set(name.to_owned()),
            acronym: Set(String::new()),
            country: Set(country.to_owned()),
            kind: Set(clearway::members::model::Kind::NationalCampaign),
            membership_status: Set(clearway::members::model::MembershipStatus::Active),
            website: Set(String::new()),
            contact_email: Set(String::new()),
            joined_on: Set(None),
            created_at: Set(now),
            updated_at: Set(now),
            ..Default::default()
        }
        .insert(&self.db)
        .await
        .unwrap()
        .id
    }

    /// A user with `role` (and `organization` for members) whose password is [`PASSWORD`].
    pub async fn user(&self, role: clearway::auth::Role, organization: Option<i64>) -> TestUser {
        let email = format!("{}-{}@example.org", role, uuid::Uuid::new_v4().simple());
        let created = clearway::auth::users::create(
            &self.db,
            clearway::auth::users::NewUser {
                email: email.clone(),
                name: format!("Test {role}"),
                role,
                organization_id: organization,
                password_hash: Some(password_hash()),
            },
        )
        .await
        .unwrap();
        TestUser {
            id: created.id,
            email,
        }
    }

    /// A browser with no cookies yet.
    pub fn browser(&self) -> Browser<'_> {
        Browser {
            app: self,
            cookies: std::collections::BTreeMap::new(),
            address: "203.0.113.7".parse().unwrap(),
        }
    }

    /// A browser signed in as `user`.
    pub async fn signed_in(&self, user: &TestUser) -> Browser<'_> {
        let mut browser = self.browser();
        let response = browser.sign_in(&user.email, PASSWORD).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "{}",
            response.text()
        );
        browser
    }

    /// A personal API token of `user`.
    pub async fn token(&self, user: &TestUser) -> String {
        clearway::auth::api_tokens::create(&self.db, user.id, "test")
            .await
            .unwrap()
            .1
    }

    /// A request with a bearer token.
    pub async fn with_token(
        &self,
        token: &str,
        method: Method,
        uri: &str,
        body: Option<serde_json::Value>,
    ) -> TestResponse {
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .header(header::AUTHORIZATION, format!("Bearer {token}"));
        let body = match body {
            Some(json) => {
                request = request.header(header::CONTENT_TYPE, "application/json");
                Body::from(json.to_string())
            }
            None => Body::empty(),
        };
        self.request(request.body(body).unwrap()).await
    }
}

/// Cookies kept between requests, and a client address, as a browser has.
pub struct Browser<'a> {
    pub app: &'a TestApp,
    pub cookies: std::collections::BTreeMap<String, String>,
    pub address: std::net::IpAddr,
}

impl Browser<'_> {
    pub fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(name, value)| format!("{name}={value}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep_cookies(&mut self, response: &TestResponse) {
        for set in response.headers.get_all(header::SET_COOKIE) {
            let set = set.to_str().unwrap();
            let pair = set.split(';').next().unwrap();
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || set.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    pub async fn send(
        &mut self,
        request: axum::http::request::Builder,
        body: Body,
    ) -> TestResponse {
        let mut request = request.body(body).unwrap();
        if !self.cookies.is_empty() {
            request
                .headers_mut()
                .insert(header::COOKIE, self.cookie_header().parse().unwrap());
        }
        request.headers_mut().insert(
            header::ACCEPT,
            "text/html,application/xhtml+xml".parse().unwrap(),
        );
        request
            .extensions_mut()
            .insert(axum::extract::ConnectInfo(std::net::SocketAddr::new(
                self.address,
                50_000,
            )));
        let response = self.app.request(request).await;
        self.keep_cookies(&response);
        response
    }

    pub async fn get(&mut self, uri: &str) -> TestResponse {
        self.send(Request::get(uri), Body::empty()).await
    }

    /// The CSRF token the forms of the next page would carry.
    pub async fn csrf_token(&mut self) -> String {
        let page = self.get("/login").await.text();
        let page = if page.contains("name=\"csrf_token\"") {
            page
        } else {
            self.get("/account").await.text()
        };
        csrf_token_in(&page)
    }

    /// The CSRF token of the forms of page `uri` (a browser half way through signing in reaches
    /// neither /login nor /account).
    pub async fn csrf_token_of(&mut self, uri: &str) -> String {
        let page = self.get(uri).await.text();
        csrf_token_in(&page)
    }

    /// Posts a form of page `page` to `uri`, with the token that page's forms carry.
    pub async fn post_form_of(
        &mut self,
        page: &str,
        uri: &str,
        fields: &[(&str, &str)],
    ) -> TestResponse {
        let token = self.csrf_token_of(page).await;
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_form_raw(uri, &all).await
    }

    /// Posts a form as a browser does, with its CSRF token.
    pub async fn post_form(&mut self, uri: &str, fields: &[(&str, &str)]) -> TestResponse {
        let token = self.csrf_token().await;
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.post_form_raw(uri, &all).await
    }

    /// Posts exactly these fields (no token added).
    pub async fn post_form_raw(&mut self, uri: &str, fields: &[(&str, &str)]) -> TestResponse {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(fields)
            .finish();
        self.send(
            Request::post(uri).header(header::CONTENT_TYPE, "application/x-www-form-urlencoded"),
            Body::from(body),
        )
        .await
    }

    pub async fn sign_in(&mut self, email: &str, password: &str) -> TestResponse {
        self.post_form("/login", &[("email", email), ("password", password)])
            .await
    }
}

fn csrf_token_in(page: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = page.find(marker).expect("a form with a CSRF token") + marker.len();
    page[start..start + 64].to_owned()
}

/// Grant fixtures.
impl TestApp {
    /// A round open from yesterday for thirty days, in USD, with a budget of 10,000.00 and two
    /// tiers: "low" up to 2,000.00 and "high" up to 5,000.00.
    pub async fn open_round(&self) -> i64 {
        self.round_with(
            "10000.00",
            chrono::Duration::days(-1),
            chrono::Duration::days(30),
        )
        .await
    }

    /// A round with `budget` (USD), opening and closing at these offsets from now, and a code
    /// of its own (see [`round_code`](Self::round_code)).
    pub async fn round_with(
        &self,
        budget: &str,
        opens_in: chrono::Duration,
        closes_in: chrono::Duration,
    ) -> i64 {
        self.round_in("USD", budget, opens_in, closes_in).await
    }

    /// An open round whose budget, and every amount of its applications, is in `currency`.
    pub async fn open_round_in(&self, currency: &str, budget: &str) -> i64 {
        self.round_in(
            currency,
            budget,
            chrono::Duration::days(-1),
            chrono::Duration::days(30),
        )
        .await
    }

    async fn round_in(
        &self,
        currency: &str,
        budget: &str,
        opens_in: chrono::Duration,
        closes_in: chrono::Duration,
    ) -> i64 {
        use clearway::rounds::model::{RoundInput, TierInput, create};
        let now = chrono::Utc::now();
        let unique = uuid::Uuid::new_v4().simple().to_string();
        let input = RoundInput {
            name: Some(format!("Investing in Action {unique}")),
            code: Some(format!("T-{}", &unique[..12])),
            programme: Some("Investing in Action".into()),
            opens_at: Some((now + opens_in).to_rfc3339()),
            closes_at: Some((now + closes_in).to_rfc3339()),
            currency: Some(currency.into()),
            budget: Some(budget.into()),
            tiers: Some(vec![
                TierInput {
                    name: "low".into(),
                    max_amount: "2000.00".into(),
                },
                TierInput {
                    name: "high".into(),
                    max_amount: "5000.00".into(),
                },
            ]),
            report_schedule: None,
            not_party_only: Some(false),
            blind_review: None,
            required_documents: None,
        };
        let values = input.parse(None).unwrap();
        create(&self.db, &clearway::audit::Actor::system("test"), values)
            .await
            .unwrap()
            .id()
    }

    /// The code of `round`: its applications' references are `<code>-0001`, `<code>-0002`...
    pub async fn round_code(&self, round: i64) -> String {
        clearway::rounds::model::get(&self.db, round)
            .await
            .unwrap()
            .code
            .to_string()
    }

    /// An API token of a new member of `organization`.
    pub async fn member_token(&self, organization: i64) -> String {
        let member = self
            .user(clearway::auth::Role::Member, Some(organization))
            .await;
        self.token(&member).await
    }

    /// The messages queued to `address`: (subject, text body), oldest first.
    pub async fn emails_to(&self, address: &str) -> Vec<(String, String)> {
        use clearway::entities::outbox;
        use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
        outbox::Entity::find()
            .filter(outbox::Column::ToAddress.eq(address))
            .order_by_asc(outbox::Column::Id)
            .all(&self.db)
            .await
            .unwrap()
            .into_iter()
            .map(|m| (m.subject, m.text_body))
            .collect()
    }
}

/// A complete application body for `round`, asking `amount` (USD) at `tier`.
pub fn application_body(round: i64, tier: &str, amount: &str) -> serde_json::Value {
    serde_json::json!({
        "round_id": round,
        "target_state": "AZE",
        "title": "Talks with the Ministry of Defence",
        "summary": "Two meetings in Baku on accession to the Convention.",
        "objectives": "A written commitment to consider accession.",
        "tier": tier,
        "lower_tier_plan": "One meeting instead of two.",
        "activities": [{
            "kind": "meeting_with_authorities",
            "description": "Meeting with the Ministry of Defence",
            "starts_on": "2027-03-01",
            "ends_on": "2027-03-02"
        }],
        "budget_lines": [{"category": "travel", "description": "Flights to Baku", "amount": amount}]
    })
}

/// The text of every element of `html` that `css` selects, white space folded: page tests ask
/// what a person sees where, not how the markup is spelled.
pub fn select(html: &str, css: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(css).unwrap_or_else(|e| panic!("{css}: {e}"));
    scraper::Html::parse_document(html)
        .select(&selector)
        .map(|e| e.text().collect::<Vec<_>>().join(" "))
        .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect()
}

/// Whether `css` selects anything in `html`.
pub fn has(html: &str, css: &str) -> bool {
    !select(html, css).is_empty()
}

/// Writes `value` into a column of one row behind the service's back (as a hand, or another
/// version of Clearway, might), for the tests of stored values the code does not know.
pub async fn set_stored(app: &TestApp, table: &str, column: &str, id: i64, value: &str) {
    use sea_orm::ConnectionTrait;
    app.db
        .execute_unprepared(&format!(
            "UPDATE {table} SET {column} = '{value}' WHERE id = {id}"
        ))
        .await
        .unwrap();
}

/// A page that shows a refused form as issue 16 says: the title begins "Error:", the summary at
/// the top lists `sentence`, and the page shows it in `<p class="error" id="{id}">`.
pub fn assert_refused_form(page: &str, id: &str, sentence: &str) {
    assert!(
        select(page, "title")[0].starts_with("Error: "),
        "{:?}",
        select(page, "title")
    );
    assert_eq!(
        select(page, &format!("p.error[id='{id}']")),
        [sentence],
        "{page}"
    );
    let summary = select(page, ".error-summary li");
    assert!(summary.iter().any(|line| line == sentence), "{summary:?}");
}
