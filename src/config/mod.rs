//! Configuration: `config/default.toml` (also compiled in, so the binary runs from anywhere), then
//! `config/$CLEARWAY_ENV.toml`, then `CLEARWAY__SECTION__KEY` environment variables, then
//! `DATABASE_URL`. A bad value stops start-up with a message that names the key.
//!
//! Secrets (the cookie key, the database password, the metrics token) are never logged: the
//! `Debug` implementations below redact them.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use figment::Figment;
use figment::providers::{Env, Format, Toml};
use serde::Deserialize;

const DEFAULTS: &str = include_str!("../../config/default.toml");

/// Every setting of the service.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub log: LogSettings,
    pub metrics: MetricsSettings,
    pub auth: AuthSettings,
    pub mail: MailSettings,
    pub coordination: CoordinationSettings,
    pub programme: ProgrammeSettings,
    pub open_data: OpenDataSettings,
    pub retention: crate::retention::RetentionSettings,
    pub attachments: AttachmentSettings,
}

/// The 360Giving export of the grants awarded.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpenDataSettings {
    /// The publisher's 360Giving prefix (`360G-icbl`): grant and recipient identifiers start
    /// with it.
    pub org_id_prefix: String,
    /// The funder's org-id identifier and name.
    pub funder_org_id: String,
    pub funder_name: String,
}

/// Where attachment files are kept (see `crate::attachments::storage`), and how large they may be.
#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentSettings {
    /// `local` (a directory) or `s3` (S3-compatible object storage).
    pub storage: StorageKind,
    /// The directory of `local` storage.
    pub directory: String,
    /// The largest file accepted, in bytes.
    pub max_file_bytes: u64,
    /// The most that one record's files may add up to, in bytes.
    pub max_record_bytes: u64,
    /// How long an upload may take (the other requests have `server.request_timeout_secs`).
    pub upload_timeout_secs: u64,
    pub s3_bucket: String,
    /// Empty for AWS itself; otherwise the server's URL (`http://127.0.0.1:9000`).
    pub s3_endpoint: String,
    pub s3_region: String,
    pub s3_access_key_id: String,
    pub s3_secret_access_key: String,
    /// Allow an `http://` endpoint (a server on the same machine or network).
    pub s3_allow_http: bool,
    /// The ClamAV daemon that scans uploads: `tcp://127.0.0.1:3310`, `unix:/run/clamav/clamd.ctl`,
    /// or empty (files are not scanned).
    pub clamd: String,
    /// How long a scan may take before the file waits (`pending`) for a later one.
    pub scan_timeout_secs: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StorageKind {
    Local,
    S3,
}

impl fmt::Debug for AttachmentSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AttachmentSettings")
            .field("storage", &self.storage)
            .field("directory", &self.directory)
            .field("max_file_bytes", &self.max_file_bytes)
            .field("max_record_bytes", &self.max_record_bytes)
            .field("upload_timeout_secs", &self.upload_timeout_secs)
            .field("s3_bucket", &self.s3_bucket)
            .field("s3_endpoint", &self.s3_endpoint)
            .field("s3_region", &self.s3_region)
            .field("s3_access_key_id", &self.s3_access_key_id)
            .field("s3_secret_access_key", &"[redacted]")
            .field("clamd", &self.clamd)
            .field("scan_timeout_secs", &self.scan_timeout_secs)
            .field("s3_allow_http", &self.s3_allow_http)
            .finish()
    }
}

/// The programme's calendar: its time zone and public holidays, for deadlines counted in
/// working days (see `crate::calendar`).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeSettings {
    /// An IANA time zone: where the programme's working days begin and end.
    pub time_zone: String,
    /// A named set of public holidays: `geneva` or `none`.
    pub holidays: String,
    /// More days off, as `YYYY-MM-DD`.
    pub extra_holidays: Vec<String>,
    /// How far over a budget line (in percent) a financial report's spending may go before
    /// staff must write a note to accept it; spending above the award always needs one.
    pub overspend_tolerance_percent: u32,
    /// The currency figures are converted to when a roll-up is asked for in one currency.
    pub reporting_currency: String,
    /// How many days a reviewer has to give a review once assigned.
    pub review_days: u32,
    /// The programme's public contact address, named where a page cannot help further (the
    /// coordination form's rate-limit page).
    pub contact_email: String,
}

/// The public coordination form (`/coordinate` and its API).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoordinationSettings {
    /// Requests accepted per client address within an hour; further ones are answered 429.
    pub requests_per_hour: u32,
    /// Replies a requester may send from its status page within an hour, per request and per
    /// client address; further ones are answered 429.
    pub replies_per_hour: u32,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServerSettings {
    pub address: SocketAddr,
    pub public_url: String,
    pub request_timeout_secs: u64,
    pub header_read_timeout_secs: u64,
    pub max_connections: usize,
    pub body_limit_bytes: usize,
    pub secure_cookies: bool,
    pub secret_key: String,
    pub reload_templates: bool,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatabaseSettings {
    pub url: String,
    pub max_connections: u32,
    pub min_connections: u32,
    pub acquire_timeout_secs: u64,
    pub sqlite_busy_timeout_ms: u64,
    pub slow_statement_ms: u64,
    pub start_retry_secs: u64,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LogSettings {
    pub format: LogFormat,
    pub filter: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuthSettings {
    pub session_idle_minutes: u32,
    pub session_absolute_hours: u32,
    pub failures_per_account: u32,
    pub failures_per_address: u32,
    pub lockout_minutes: u32,
    pub trust_forwarded_for: bool,
    /// The roles whose people must sign in with a second factor (TOTP); people of other roles
    /// may turn one on. A role named twice counts once; an unknown role stops start-up.
    pub second_factor_required: Vec<crate::auth::Role>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MailTransport {
    /// Write each message as an `.eml` file into `mail.outbox_dir`.
    File,
    Smtp,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    /// Plain text: only for a relay on the same machine or network.
    None,
    Starttls,
    Tls,
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MailSettings {
    pub from: String,
    /// Where messages for ICBL staff go (a new application, a resubmission).
    pub staff_address: String,
    pub transport: MailTransport,
    pub outbox_dir: String,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_tls: SmtpTls,
    pub smtp_username: String,
    pub smtp_password: String,
    pub max_attempts: u32,
    pub retry_base_secs: u64,
    pub poll_interval_ms: u64,
}

impl fmt::Debug for MailSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MailSettings")
            .field("from", &self.from)
            .field("staff_address", &self.staff_address)
            .field("transport", &self.transport)
            .field("outbox_dir", &self.outbox_dir)
            .field("smtp_host", &self.smtp_host)
            .field("smtp_port", &self.smtp_port)
            .field("smtp_tls", &self.smtp_tls)
            .field("smtp_username", &self.smtp_username)
            .field("smtp_password", &"[redacted]")
            .field("max_attempts", &self.max_attempts)
            .field("retry_base_secs", &self.retry_base_secs)
            .field("poll_interval_ms", &self.poll_interval_ms)
            .finish()
    }
}

#[derive(Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MetricsSettings {
    pub token: String,
}

/// A configuration that cannot be used, with the key at fault in its message.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("configuration: {0}")]
    Invalid(#[from] Box<figment::Error>),
    #[error("configuration: {key}: {message}")]
    Rule { key: &'static str, message: String },
}

impl Settings {
    /// Reads the configuration from `./config` (or `$CLEARWAY_CONFIG_DIR`) and the environment.
    pub fn load() -> Result<Self, ConfigError> {
        let dir = std::env::var_os("CLEARWAY_CONFIG_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("config"));
        let env = std::env::var("CLEARWAY_ENV").unwrap_or_else(|_| "development".to_owned());
        Self::from_figment(&Self::figment(&dir, &env))
    }

    /// The layered sources, in order of precedence (last wins).
    pub fn figment(dir: &Path, env: &str) -> Figment {
        Figment::from(Toml::string(DEFAULTS))
            .merge(Toml::file(dir.join("default.toml")))
            .merge(Toml::file(dir.join(format!("{env}.toml"))))
            .merge(Env::prefixed("CLEARWAY__").split("__"))
            .merge(
                Env::raw()
                    .only(&["DATABASE_URL"])
                    .map(|_| "database.url".into()),
            )
    }

    /// Extracts and checks the settings.
    pub fn from_figment(figment: &Figment) -> Result<Self, ConfigError> {
        let settings: Settings = figment.extract().map_err(Box::new)?;
        settings.check()?;
        Ok(settings)
    }

    fn check(&self) -> Result<(), ConfigError> {
        let rule = |key, message: &str| {
            Err(ConfigError::Rule {
                key,
                message: message.to_owned(),
            })
        };
        let key_len = self.server.secret_key.len();
        if key_len > 0 && key_len < 64 {
            return rule(
                "server.secret_key",
                "must be at least 64 characters long (or empty in development)",
            );
        }
        if key_len == 0 && self.server.secure_cookies {
            return rule(
                "server.secret_key",
                "must be set when server.secure_cookies is true: every instance needs the same key",
            );
        }
        if self.server.secure_cookies && self.metrics.token.is_empty() {
            return rule(
                "metrics.token",
                "must be set when server.secure_cookies is true, or /metrics is public",
            );
        }
        if !(self.server.public_url.starts_with("http://")
            || self.server.public_url.starts_with("https://"))
        {
            return rule("server.public_url", "must start with http:// or https://");
        }
        if self.server.request_timeout_secs == 0 {
            return rule("server.request_timeout_secs", "must be at least 1");
        }
        if self.server.header_read_timeout_secs == 0 {
            return rule("server.header_read_timeout_secs", "must be at least 1");
        }
        if self.server.max_connections == 0 {
            return rule("server.max_connections", "must be at least 1");
        }
        if !(self.database.url.starts_with("sqlite:")
            || self.database.url.starts_with("postgres://")
            || self.database.url.starts_with("postgresql://"))
        {
            return rule(
                "database.url",
                "must start with sqlite:, postgres:// or postgresql://",
            );
        }
        if self.database.max_connections != 0
            && self.database.min_connections > self.database.max_connections
        {
            return rule(
                "database.min_connections",
                "must not be larger than database.max_connections",
            );
        }
        if self.auth.session_idle_minutes == 0 || self.auth.session_absolute_hours == 0 {
            return rule(
                "auth.session_idle_minutes",
                "session timeouts must be at least 1 (minute, hour)",
            );
        }
        if self.auth.failures_per_account == 0 {
            return rule("auth.failures_per_account", "must be at least 1");
        }
        if self.auth.failures_per_address == 0 {
            return rule("auth.failures_per_address", "must be at least 1");
        }
        if self
            .mail
            .staff_address
            .parse::<lettre::message::Mailbox>()
            .is_err()
        {
            return rule("mail.staff_address", "must be an email address");
        }
        if self.mail.from.parse::<lettre::message::Mailbox>().is_err() {
            return rule(
                "mail.from",
                "must be an address like \"Clearway <grants@example.org>\"",
            );
        }
        if self.mail.transport == MailTransport::Smtp && self.mail.smtp_host.is_empty() {
            return rule(
                "mail.smtp_host",
                "must be set when mail.transport is \"smtp\"",
            );
        }
        if crate::money::Currency::parse(&self.programme.reporting_currency).is_err() {
            return rule(
                "programme",
                "reporting_currency must be an ISO 4217 currency code, such as CHF",
            );
        }
        if self.open_data.org_id_prefix.trim().is_empty() {
            return rule("open_data", "org_id_prefix must be set");
        }
        if self.programme.overspend_tolerance_percent > 1000 {
            return rule(
                "programme",
                "overspend_tolerance_percent must be at most 1000",
            );
        }
        if let Err(message) = crate::calendar::WorkingCalendar::from_settings(&self.programme) {
            return rule("programme", &message);
        }
        if !(1..=365).contains(&self.programme.review_days) {
            return rule("programme.review_days", "must be between 1 and 365");
        }
        if let Some(problem) = crate::auth::users::email_error(&self.programme.contact_email) {
            return rule("programme.contact_email", problem);
        }
        if self.coordination.requests_per_hour == 0 {
            return rule("coordination.requests_per_hour", "must be at least 1");
        }
        if self.coordination.replies_per_hour == 0 {
            return rule("coordination.replies_per_hour", "must be at least 1");
        }
        if self.mail.max_attempts == 0 {
            return rule("mail.max_attempts", "must be at least 1");
        }
        if let Err(message) = crate::attachments::scan::Scanner::parse(&self.attachments.clamd) {
            return rule("attachments.clamd", &message);
        }
        if self.attachments.scan_timeout_secs == 0 {
            return rule("attachments.scan_timeout_secs", "must be at least 1");
        }
        if self.attachments.upload_timeout_secs == 0 {
            return rule("attachments.upload_timeout_secs", "must be at least 1");
        }
        if self.attachments.max_file_bytes == 0 || self.attachments.max_record_bytes == 0 {
            return rule(
                "attachments.max_file_bytes",
                "the limits of attachments (max_file_bytes, max_record_bytes) must be at least 1",
            );
        }
        if self.attachments.storage == StorageKind::Local && self.attachments.directory.is_empty() {
            return rule(
                "attachments.directory",
                "must be set when attachments.storage is \"local\"",
            );
        }
        if self.attachments.storage == StorageKind::S3 && self.attachments.s3_bucket.is_empty() {
            return rule(
                "attachments.s3_bucket",
                "must be set when attachments.storage is \"s3\"",
            );
        }
        if let Err(error) = tracing_subscriber::EnvFilter::try_new(&self.log.filter) {
            return rule("log.filter", &error.to_string());
        }
        Ok(())
    }
}

impl DatabaseSettings {
    pub fn is_sqlite(&self) -> bool {
        self.url.starts_with("sqlite:")
    }
}

impl fmt::Debug for ServerSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ServerSettings")
            .field("address", &self.address)
            .field("public_url", &self.public_url)
            .field("request_timeout_secs", &self.request_timeout_secs)
            .field("header_read_timeout_secs", &self.header_read_timeout_secs)
            .field("max_connections", &self.max_connections)
            .field("body_limit_bytes", &self.body_limit_bytes)
            .field("secure_cookies", &self.secure_cookies)
            .field("secret_key", &"[redacted]")
            .field("reload_templates", &self.reload_templates)
            .finish()
    }
}

impl fmt::Debug for DatabaseSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DatabaseSettings")
            .field("url", &redact_url(&self.url))
            .field("max_connections", &self.max_connections)
            .field("min_connections", &self.min_connections)
            .field("acquire_timeout_secs", &self.acquire_timeout_secs)
            .field("sqlite_busy_timeout_ms", &self.sqlite_busy_timeout_ms)
            .field("slow_statement_ms", &self.slow_statement_ms)
            .field("start_retry_secs", &self.start_retry_secs)
            .finish()
    }
}

impl fmt::Debug for MetricsSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MetricsSettings")
            .field(
                "token",
                &if self.token.is_empty() {
                    ""
                } else {
                    "[redacted]"
                },
            )
            .finish()
    }
}

/// The URL without its password, for logs: `postgres://user:secret@host/db` becomes
/// `postgres://user:***@host/db`.
pub fn redact_url(url: &str) -> String {
    let (address, query) = match url.split_once('?') {
        Some((address, query)) => (address, Some(query)),
        None => (url, None),
    };
    let address = match address.split_once("://") {
        // The last `@` ends the credentials: a password may contain `@`.
        Some((scheme, rest)) => match rest.rsplit_once('@') {
            Some((credentials, host)) => match credentials.split_once(':') {
                Some((user, _password)) => format!("{scheme}://{user}:***@{host}"),
                None => address.to_owned(),
            },
            None => address.to_owned(),
        },
        None => address.to_owned(),
    };
    let Some(query) = query else {
        return address;
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
            _ => pair.to_owned(),
        })
        .collect();
    format!("{address}?{}", query.join("&"))
}

/// The compiled-in defaults alone, untouched by files or the environment: for unit tests, which
/// run beside tests that set environment variables.
#[cfg(test)]
pub fn defaults() -> Settings {
    #[allow(clippy::expect_used)]
    Settings::from_figment(&Figment::from(Toml::string(DEFAULTS))).expect("the defaults are valid")
}

#[cfg(test)]
#[allow(clippy::result_large_err)] // figment's Jail closures return figment::Error
mod tests;
