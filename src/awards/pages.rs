//! The award pages: the list (staff, finance; a member's awards with the reports they owe) and
//! an award's page (see `award_page`).

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sea_orm::ConnectionTrait;
use serde::Serialize;

use super::access::{self, only_organization};
use super::award_page::{Retry, render_award};
use super::list::{self, AwardParams};
use super::model;
use super::reports;
use super::workflow::{AwardStatus, ReportStatus};
use crate::auth::CurrentUser;
use crate::choice::OptionView;
use crate::error::AppError;
use crate::pagination::Pagination;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::Params;

#[derive(Serialize)]
struct AwardRowView {
    id: i64,
    reference: String,
    organization: String,
    organization_id: i64,
    state: String,
    target_state: String,
    amount: String,
    status: &'static str,
    status_label: String,
    starts_on: String,
    ends_on: String,
}

#[derive(Serialize)]
struct ListView {
    member: bool,
    /// The organizations link to their pages (for those who see the registry).
    links_organizations: bool,
    rows: Vec<AwardRowView>,
    total: u64,
    page: u64,
    previous: Option<String>,
    next: Option<String>,
    statuses: Vec<OptionView>,
    rounds: Vec<OptionView>,
    /// The state chooser: names, submitting the ISO3 code.
    states: Vec<OptionView>,
    /// The organization chooser: names, submitting the number.
    organizations: Vec<OptionView>,
    export: Option<String>,
    reports_owed: Vec<OwedView>,
    errors: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct OwedView {
    award_id: i64,
    reference: String,
    report: String,
    due_on: String,
    status: &'static str,
    status_label: String,
}

/// A member's reports still owed: overdue first, then sent back, then due.
async fn owed_reports<C: ConnectionTrait>(
    db: &C,
    lang: crate::i18n::Lang,
    organization_id: i64,
) -> Result<Vec<OwedView>, AppError> {
    let today = model::due_today();
    let mut owed = Vec::new();
    for status in [
        ReportStatus::Overdue,
        ReportStatus::RevisionRequested,
        ReportStatus::Due,
    ] {
        let (rows, _) = reports::list(
            db,
            Some(status),
            Some(organization_id),
            Pagination {
                page: 1,
                per_page: 50,
            },
        )
        .await?;
        owed.extend(rows.into_iter().map(|r| {
            let status = r.status.on(r.due_on, today);
            OwedView {
                award_id: r.award_id,
                reference: r.reference,
                report: r.kind.label_in(lang).into_owned(),
                due_on: r.due_on.to_string(),
                status: status.as_str(),
                status_label: status.label_in(lang).into_owned(),
            }
        }));
    }
    Ok(owed)
}

/// The rounds to filter by, `selected` marked.
async fn round_options<C: ConnectionTrait>(
    db: &C,
    selected: Option<i64>,
) -> Result<Vec<OptionView>, AppError> {
    Ok(crate::rounds::model::list(
        db,
        Pagination {
            page: 1,
            per_page: 200,
        },
    )
    .await?
    .0
    .iter()
    .map(|r| OptionView {
        value: r.id().to_string(),
        label: r.model.name.clone(),
        selected: selected == Some(r.id()),
    })
    .collect())
}

pub async fn list_awards(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<AwardParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ListAwards)?;
    let (filter, pagination, errors) = params.parse_lenient();
    let only = only_organization(&user);
    let (rows, total) = list::list(&state.db, &filter, only, pagination).await?;
    let query = serde_urlencoded::to_string(AwardParams {
        page: None,
        per_page: None,
        ..params
    })
    .unwrap_or_default();
    let link = |p: u64| format!("/awards?{query}&page={p}");
    let reports_owed = match only {
        Some(organization_id) => owed_reports(&state.db, page.lang, organization_id).await?,
        None => Vec::new(),
    };
    let rounds = round_options(&state.db, filter.round_id).await?;
    let (states, organizations) = if only.is_none() {
        (
            crate::web::names::state_options(&state, filter.target_state.as_deref()).await?,
            crate::web::names::organization_options(&state.db, filter.organization_id).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let view = ListView {
        member: only.is_some(),
        links_organizations: user.role.is_staff(),
        rows: rows
            .into_iter()
            .map(|r| AwardRowView {
                id: r.id,
                amount: crate::i18n::formats::money(page.lang, &r.amount()),
                reference: r.reference,
                organization: r.organization_name,
                organization_id: r.organization_id,
                state: crate::i18n::states::name(page.lang, &r.target_state, &r.state_name)
                    .to_owned(),
                target_state: r.target_state,
                status: r.status.as_str(),
                status_label: r.status.label_in(page.lang).into_owned(),
                starts_on: r.starts_on.to_string(),
                ends_on: r.ends_on.to_string(),
            })
            .collect(),
        total,
        page: pagination.page,
        previous: (pagination.page > 1).then(|| link(pagination.page - 1)),
        next: (pagination.offset() + pagination.per_page < total)
            .then(|| link(pagination.page + 1)),
        statuses: AwardStatus::options_in(page.lang, filter.status.map_or("", AwardStatus::as_str)),
        rounds,
        states,
        organizations,
        export: policy::allows(&user, Action::ViewFinances).then(|| format!("/awards.csv?{query}")),
        reports_owed,
        errors: errors.first_of_each(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let title = crate::i18n::text(
        page.lang,
        if view.member {
            "awards-list-title-member"
        } else {
            "awards-list-title"
        },
    );
    let html = state
        .views
        .page("awards/list", &page.layout(title, "awards"), &view)?;
    Ok((status, html).into_response())
}

pub async fn show_award(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let full = access::visible(&state.db, &user, id).await?;
    render_award(
        &state,
        &page,
        &user,
        &full,
        StatusCode::OK,
        Retry::default(),
    )
    .await
}
