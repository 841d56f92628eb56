//! The home page: what Clearway is, and where the Convention stands today.

use axum::extract::State;
use axum::response::Html;
use sea_orm::DatabaseConnection;
use serde::Serialize;

use crate::error::AppError;
use crate::treaty::cache::RecordCache;
use crate::treaty::model::{self, StatesFilter};
use crate::treaty::views::long_date_in;
use crate::views::Views;
use crate::web::context::PageContext;

#[derive(Serialize)]
struct HomeView {
    /// A signed-in person is offered their start page.
    signed_in: bool,
    today: String,
    figures: Vec<Figure>,
}

/// One count, linked to the list of exactly those states.
#[derive(Serialize)]
struct Figure {
    count: u64,
    label: String,
    href: String,
}

pub async fn show_home(
    State(db): State<DatabaseConnection>,
    State(cache): State<RecordCache>,
    State(views): State<Views>,
    page: PageContext,
) -> Result<Html<String>, AppError> {
    let today = crate::dates::today();
    let filter = StatesFilter {
        on: today,
        status: None,
        region: None,
        sort: model::Sort::Name,
    };
    let record = cache.record(&db).await?;
    let counts = model::list_states(&record, &filter).counts;
    let figures = counts
        .0
        .iter()
        .filter(|(_, count)| *count > 0)
        .map(|&(status, count)| Figure {
            count,
            label: status.plural_label_in(page.lang, usize::try_from(count).unwrap_or(0)),
            href: format!("/states?on={today}&status={status}"),
        })
        .collect();
    views.page(
        "home",
        &page.layout("Clearway", "home"),
        &HomeView {
            signed_in: page.user.is_some(),
            today: long_date_in(page.lang, today),
            figures,
        },
    )
}
