//! The home page: what Clearway is, and where the Convention stands today.

use axum::extract::State;
use axum::response::Html;
use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::error::AppError;
use crate::treaty::TreatyStatus;
use crate::treaty::cache::RecordCache;
use crate::treaty::model::{self, StatesFilter};
use crate::treaty::views::long_date;
use crate::views::Views;
use crate::web::context::PageContext;

#[derive(Serialize)]
struct HomeView {
    today: String,
    parties: u64,
    outside: u64,
    withdrawn: u64,
}

pub async fn show_home(
    State(db): State<DatabaseConnection>,
    State(cache): State<RecordCache>,
    State(views): State<Views>,
    page: PageContext,
) -> Result<Html<String>, AppError> {
    let today = Utc::now().date_naive();
    let filter = StatesFilter {
        on: today,
        status: None,
        region: None,
        sort: model::Sort::Name,
    };
    let counts = model::list_states(&cache.record(&db).await?, &filter).counts;
    views.page(
        "home",
        &page.layout("Clearway", "home"),
        &HomeView {
            today: long_date(today),
            parties: counts.get(TreatyStatus::StateParty) + counts.get(TreatyStatus::Withdrawing),
            outside: counts.get(TreatyStatus::NotParty) + counts.get(TreatyStatus::Signatory),
            withdrawn: counts.get(TreatyStatus::Withdrawn),
        },
    )
}
