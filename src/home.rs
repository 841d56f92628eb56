//! The home page: what Clearway is, and where the Convention stands today.

use axum::extract::State;
use axum::response::Html;
use chrono::Utc;
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::error::AppError;
use crate::treaty::TreatyStatus;
use crate::treaty::model::{self, StatesFilter};
use crate::treaty::views::long_date;
use crate::views::Views;
use crate::web::context::{LayoutView, PageContext};

#[derive(Serialize)]
struct HomeView {
    layout: LayoutView,
    today: String,
    parties: u64,
    outside: u64,
    withdrawn: u64,
}

pub async fn show_home(
    State(db): State<DatabaseConnection>,
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
    let counts = model::list_states(&db, &filter).await?.counts;
    views.html(
        "home",
        &HomeView {
            layout: page.layout("Clearway", "home"),
            today: long_date(today),
            parties: counts.get(TreatyStatus::StateParty) + counts.get(TreatyStatus::Withdrawing),
            outside: counts.get(TreatyStatus::NotParty) + counts.get(TreatyStatus::Signatory),
            withdrawn: counts.get(TreatyStatus::Withdrawn),
        },
    )
}
