//! Finance's pages: the installments to approve and pay, and the budget roll-ups with their
//! charts.

use axum::extract::State;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::budgets::{self, BudgetParams, ChartView, Dimension, FiguresView};
use super::disbursements::{self, Queue};
use super::model;
use crate::auth::CurrentUser;
use crate::error::AppError;
use crate::pagination::Pagination;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::Params;

#[derive(Serialize)]
struct QueueRow {
    id: i64,
    award_id: i64,
    reference: String,
    organization: String,
    sequence: i32,
    amount: String,
    due_on: String,
    condition: String,
    condition_note: String,
    /// Whether its condition holds today (or was overridden by two people).
    holds: bool,
    overdue: bool,
}

#[derive(Serialize)]
struct FinanceView {
    due: Vec<QueueRow>,
    due_total: u64,
    approved: Vec<QueueRow>,
    approved_total: u64,
    horizon: String,
}

pub async fn show_finance(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let today = model::due_today();
    let horizon = today + chrono::Days::new(30);
    let all = Pagination {
        page: 1,
        per_page: 200,
    };
    let (due, due_total) =
        disbursements::queue(&state.db, Queue::Due { until: horizon }, all).await?;
    let (approved, approved_total) = disbursements::queue(&state.db, Queue::Approved, all).await?;
    let rows = |rows: Vec<disbursements::DueRow>| {
        rows.into_iter()
            .map(|r| QueueRow {
                holds: r.condition_holds(today),
                condition: r.condition_label_in(page.lang),
                id: r.id,
                award_id: r.award_id,
                amount: crate::i18n::formats::money(page.lang, &r.amount()),
                reference: r.reference,
                organization: r.organization_name,
                sequence: r.sequence,
                overdue: r.due_on.is_some_and(|d| d < today),
                due_on: r.due_on.map(|d| d.to_string()).unwrap_or_default(),
                condition_note: r.condition,
            })
            .collect()
    };
    let view = FinanceView {
        due: rows(due),
        due_total,
        approved: rows(approved),
        approved_total,
        horizon: horizon.to_string(),
    };
    Ok(state
        .views
        .page(
            "awards/finance",
            &page.layout(
                crate::i18n::text(page.lang, "awards-finance-title"),
                "finance",
            ),
            &view,
        )?
        .into_response())
}

#[derive(Serialize)]
struct BudgetsView {
    by: &'static str,
    heading: String,
    rows: Vec<FiguresView>,
    /// One chart per currency.
    charts: Vec<ChartView>,
    rounds: bool,
    reporting_currency: String,
    /// When asked: the figures in the reporting currency, with the rates used.
    converted: Option<ConvertedView>,
}

#[derive(Serialize)]
struct ConvertedView {
    currency: &'static str,
    on: String,
    rates: Vec<String>,
    missing: Vec<&'static str>,
    rows: Vec<FiguresView>,
    chart: Vec<ChartView>,
}

pub async fn show_budgets(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<BudgetParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let (by, figures, converted) = super::api::budgets_asked(&state, &params).await?;
    let charts = budgets::charts(page.lang, &figures);
    let rows = charts.iter().flat_map(|c| c.rows.clone()).collect();
    let view = BudgetsView {
        by: by.as_str(),
        heading: crate::i18n::text(
            page.lang,
            match by {
                Dimension::Round => "awards-budgets-by-round",
                Dimension::TargetState => "awards-budgets-by-state",
                Dimension::Organization => "awards-budgets-by-organization",
            },
        ),
        rounds: by == Dimension::Round,
        rows,
        charts,
        reporting_currency: state.settings.programme.reporting_currency.clone(),
        converted: converted.map(|c| ConvertedView {
            currency: c.currency.code(),
            on: c.on.to_string(),
            rates: c.rates.iter().map(|r| r.describe_in(page.lang)).collect(),
            missing: c.missing.iter().map(|m| m.code()).collect(),
            rows: budgets::views(page.lang, &c.figures),
            chart: budgets::charts(page.lang, &c.figures),
        }),
    };
    Ok(state
        .views
        .page(
            "awards/budgets",
            &page.layout(crate::i18n::text(page.lang, "nav-budgets"), "budgets"),
            &view,
        )?
        .into_response())
}
