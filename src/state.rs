//! What every handler can reach: the database, the templates, the settings, the metrics and the
//! key that signs cookies. Cloning is cheap (each part is shared).

use std::sync::Arc;

use axum::extract::FromRef;
use axum_extra::extract::cookie::Key;
use sea_orm::DatabaseConnection;

use crate::config::Settings;
use crate::treaty::cache::RecordCache;
use crate::views::Views;
use crate::web::metrics::Metrics;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub views: Views,
    pub settings: Arc<Settings>,
    pub metrics: Metrics,
    pub cookie_key: Key,
    pub treaty_record: RecordCache,
    /// The budget roll-ups, while the money is unchanged.
    pub budgets: crate::awards::cache::RollupCache,
    /// The programme's working days (its time zone and holidays).
    pub calendar: Arc<crate::calendar::WorkingCalendar>,
    /// Where attachments' bytes are kept.
    pub files: crate::attachments::storage::Files,
}

impl AppState {
    /// Loads the templates and derives the cookie key. Fails on a template that does not compile.
    pub fn new(settings: Settings, db: DatabaseConnection) -> anyhow::Result<Self> {
        let views = Views::load(settings.server.reload_templates)?;
        let cookie_key = if settings.server.secret_key.is_empty() {
            tracing::warn!(
                "server.secret_key is empty: using a random key, so cookies will not survive a restart \
                 or be shared between instances"
            );
            Key::generate()
        } else {
            Key::derive_from(settings.server.secret_key.as_bytes())
        };
        let calendar = crate::calendar::WorkingCalendar::from_settings(&settings.programme)
            .map_err(|message| anyhow::anyhow!("programme: {message}"))?;
        let files = crate::attachments::storage::Files::open(&settings.attachments)?;
        // The first settings win: every app of a process (the tests') has the same public URL.
        Ok(Self {
            calendar: Arc::new(calendar),
            files,
            db,
            views,
            settings: Arc::new(settings),
            metrics: Metrics::new(),
            cookie_key,
            treaty_record: RecordCache::default(),
            budgets: crate::awards::cache::RollupCache::default(),
        })
    }
}
