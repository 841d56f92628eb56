//! `/api/v1/awards`, `/api/v1/disbursements`, `/api/v1/reports`, `/api/v1/budgets`. Each write
//! is a command of `commands`; the handlers answer the award as it is after.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::DatabaseConnection;
use serde::{Deserialize, Serialize};
use utoipa::OpenApi;

use super::access::{self, only_organization};
use super::amendments::AmendmentInput;
use super::budgets::{self, BudgetParams, Dimension, FiguresItem};
use super::commands;
use super::disbursements::{InstallmentInput, OverrideInput, ScheduleRow};
use super::list::{self, AwardParams};
use super::model::{self, AwardStepInput, Full};
use super::reports::{self, ReportInput, ReportParams};
use super::views::{AwardItem, AwardRow, ReportRow};
use super::workflow::{AwardStep, InstallmentStep, ReportStep};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::pagination::ListBody;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::extract::{JsonBody, Params, StepOf};
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, StepPaths, Unauthorized, ValidationFailed,
};

/// The awards API's part of the document (merged in `web::openapi::document`): awards, their
/// installments (`/api/v1/disbursements`), their reports and the budget roll-ups.
#[derive(OpenApi)]
#[openapi(
    paths(
        list_awards,
        get_award,
        take_award_step,
        create_amendment,
        change_schedule,
        record_signature,
        take_installment_step,
        override_installment,
        confirm_installment_override,
        list_reports,
        get_report,
        save_report_draft,
        take_report_step,
        get_budgets
    ),
    modifiers(&AWARD_STEPS, &INSTALLMENT_STEPS, &REPORT_STEPS),
    tags((
        name = "awards",
        description = "Awards: their workflow, amendments, schedule of installments and payments, \
            the reports the organization owes, and the budget roll-ups"
    ))
)]
pub struct AwardsApi;

/// `take_award_step` at each step's route.
const AWARD_STEPS: StepPaths = StepPaths {
    template: "/api/v1/awards/{id}/{step}",
    steps: AwardStep::VALUES,
};

/// `take_installment_step` at each step's route.
const INSTALLMENT_STEPS: StepPaths = StepPaths {
    template: "/api/v1/disbursements/{id}/{step}",
    steps: InstallmentStep::VALUES,
};

/// `take_report_step` at each step's route.
const REPORT_STEPS: StepPaths = StepPaths {
    template: "/api/v1/reports/{id}/{step}",
    steps: ReportStep::VALUES,
};

fn item(full: &Full) -> Json<AwardItem> {
    Json(AwardItem::new(full, model::due_today()))
}

/// Lists the awards: every one for staff and finance, a member its organization's.
#[utoipa::path(
    get,
    path = "/api/v1/awards",
    tag = "awards",
    operation_id = "listAwards",
    params(AwardParams, crate::sensitivity::RevealParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of awards", body = ListBody<AwardRow>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_awards(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<AwardParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Json<ListBody<AwardRow>>, AppError> {
    policy::authorize(&user, Action::ListAwards)?;
    let (filter, pagination, errors) = params.parse_lenient();
    errors.into_result(()).map_err(AppError::bad_request)?;
    let redaction =
        crate::sensitivity::Redaction::for_list(&db, &user, "/api/v1/awards", &reveal).await?;
    let (rows, total) = list::list(&db, &filter, only_organization(&user), pagination).await?;
    let mut items: Vec<AwardRow> = rows.into_iter().map(AwardRow::from).collect();
    redaction
        .redact(&db, &user, "/api/v1/awards", &mut items)
        .await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

/// One award, with its installments, reports and amendments.
#[utoipa::path(
    get,
    path = "/api/v1/awards/{id}",
    tag = "awards",
    operation_id = "getAward",
    params(("id" = i64, Path, description = "The award's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The award", body = AwardItem),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_award(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<AwardItem>, AppError> {
    let full = access::visible(&db, &user, id).await?;
    crate::sensitivity::on_read(
        &db,
        &user,
        "award",
        id,
        "api",
        Some(&full.award.target_state),
        Some(full.award.organization_id),
    )
    .await?;
    Ok(item(&full))
}

/// Takes a step of the award's workflow (staff).
///
/// Suspend (`reason`), resume, terminate (`reason`), complete (once every report is accepted
/// and every installment paid or cancelled). One handler serves every step's route: the step
/// is the path's last segment.
#[utoipa::path(
    post,
    path = "/api/v1/awards/{id}/{step}",
    tag = "awards",
    operation_id = "takeAwardStep",
    params(
        ("id" = i64, Path, description = "The award's id"),
        ("step" = AwardStep, Path, description = "The step"),
    ),
    request_body(
        content = AwardStepInput,
        description = "What the step takes; a step that takes nothing accepts an empty body or `{}`"
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The award in its new state", body = AwardItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn take_award_step(
    State(state): State<AppState>,
    caller: Caller,
    StepOf(step): StepOf<AwardStep>,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<AwardStepInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::take_award_step(&state, &caller, id, step, &input).await?,
    ))
}

/// Amends the award (staff).
///
/// `extension` (a new `ends_on`), `amount_change` (a new `amount`) or `budget_revision` (new
/// `budget_lines` adding up to the award's amount), with the `reason`. An amount change the
/// schedule no longer fits needs the schedule staff confirm, in `installments`: sent without
/// it, the change is refused (422) and the message under `installments` gives the proposed one.
#[utoipa::path(
    post,
    path = "/api/v1/awards/{id}/amendments",
    tag = "awards",
    operation_id = "createAmendment",
    params(("id" = i64, Path, description = "The award's id")),
    request_body = AmendmentInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "The award as amended",
            body = AwardItem,
            headers(("Location" = String, description = "The award's address"))
        ),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn create_amendment(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<AmendmentInput>,
) -> Result<Response, AppError> {
    let full = commands::amend(&state, &caller, id, &input).await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/awards/{id}"))],
        item(&full),
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SignatureInput {
    /// The day the agreement was signed, YYYY-MM-DD (required).
    pub signed_on: Option<String>,
}

/// Records (or corrects) the date the award's agreement was signed (staff).
#[utoipa::path(
    post,
    path = "/api/v1/awards/{id}/signature",
    tag = "awards",
    operation_id = "recordSignature",
    params(("id" = i64, Path, description = "The award's id")),
    request_body = SignatureInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The award", body = AwardItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn record_signature(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<SignatureInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::record_signature(&db, &caller, id, &input.signed_on).await?,
    ))
}

#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ScheduleInput {
    /// Replace the installments still `scheduled`; with those approved and paid they must add
    /// up to the award's amount.
    pub installments: Vec<ScheduleRow>,
}

/// Changes the schedule of installments (staff).
#[utoipa::path(
    post,
    path = "/api/v1/awards/{id}/schedule",
    tag = "awards",
    operation_id = "changeSchedule",
    params(("id" = i64, Path, description = "The award's id")),
    request_body = ScheduleInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The award with its new schedule", body = AwardItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn change_schedule(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ScheduleInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::change_schedule(&db, &caller, id, &input.installments).await?,
    ))
}

/// Takes a step of an installment: answers its award.
///
/// Approve and pay (`paid_on`, `payment_reference`) for finance, cancel (`reason`). One handler
/// serves every step's route: the step is the path's last segment.
#[utoipa::path(
    post,
    path = "/api/v1/disbursements/{id}/{step}",
    tag = "awards",
    operation_id = "takeInstallmentStep",
    params(
        ("id" = i64, Path, description = "The installment's id"),
        ("step" = InstallmentStep, Path, description = "The step"),
    ),
    request_body(
        content = InstallmentInput,
        description = "What the step takes; a step that takes nothing accepts an empty body or `{}`"
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The installment's award, after the step", body = AwardItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn take_installment_step(
    State(state): State<AppState>,
    caller: Caller,
    StepOf(step): StepOf<InstallmentStep>,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<InstallmentInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::take_installment_step(&state, &caller, id, step, &input).await?,
    ))
}

/// Asks to override an installment's unmet condition, with a `reason` (finance).
///
/// The installment may be approved once a second person confirms
/// (`/api/v1/disbursements/{id}/override/confirm`). 409 when the condition holds or the
/// installment is not scheduled.
#[utoipa::path(
    post,
    path = "/api/v1/disbursements/{id}/override",
    tag = "awards",
    operation_id = "overrideInstallmentCondition",
    params(("id" = i64, Path, description = "The installment's id")),
    request_body = OverrideInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The installment's award, with the override asked for", body = AwardItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn override_installment(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<OverrideInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::override_installment(&state, &caller, id, &input).await?,
    ))
}

/// Confirms an installment's override: an administrator or a finance officer other than the one
/// who asked (409 for the same person).
#[utoipa::path(
    post,
    path = "/api/v1/disbursements/{id}/override/confirm",
    tag = "awards",
    operation_id = "confirmInstallmentOverride",
    params(("id" = i64, Path, description = "The installment's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The installment's award, with the override confirmed", body = AwardItem),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn confirm_installment_override(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::confirm_installment_override(&state, &caller, id).await?,
    ))
}

/// Saves a draft of a report (its organization): `narrative`, `outcomes`, `spending`, any of
/// them missing; what is there must be well formed (422 beside the field otherwise). The report
/// stays owed until it is submitted.
#[utoipa::path(
    post,
    path = "/api/v1/reports/{id}/draft",
    tag = "awards",
    operation_id = "saveReportDraft",
    params(("id" = i64, Path, description = "The report's id")),
    request_body = ReportInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The report's award, with the draft saved", body = AwardItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn save_report_draft(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ReportInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::save_report_draft(&state, &caller, id, &input).await?,
    ))
}

/// Lists the reports owed: every award's for staff and finance, a member its organization's.
#[utoipa::path(
    get,
    path = "/api/v1/reports",
    tag = "awards",
    operation_id = "listReports",
    params(ReportParams, crate::sensitivity::RevealParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of reports", body = ListBody<ReportRow>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_reports(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ReportParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Json<ListBody<ReportRow>>, AppError> {
    policy::authorize(&user, Action::ListAwards)?;
    let (status, pagination) = params.parse()?;
    let today = model::due_today();
    let redaction =
        crate::sensitivity::Redaction::for_list(&db, &user, "/api/v1/reports", &reveal).await?;
    let (rows, total) = reports::list(&db, status, only_organization(&user), pagination).await?;
    let mut items: Vec<ReportRow> = rows.into_iter().map(|r| ReportRow::new(r, today)).collect();
    redaction
        .redact(&db, &user, "/api/v1/reports", &mut items)
        .await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

/// Takes a step of a report: answers its award.
///
/// The organization submits (`narrative`, `outcomes`, `spending`); staff accept or request a
/// revision (`message`). One handler serves every step's route: the step is the path's last
/// segment.
#[utoipa::path(
    post,
    path = "/api/v1/reports/{id}/{step}",
    tag = "awards",
    operation_id = "takeReportStep",
    params(
        ("id" = i64, Path, description = "The report's id"),
        ("step" = ReportStep, Path, description = "The step"),
    ),
    request_body(
        content = ReportInput,
        description = "What the step takes; a step that takes nothing accepts an empty body or `{}`"
    ),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The report's award, after the step", body = AwardItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn take_report_step(
    State(state): State<AppState>,
    caller: Caller,
    StepOf(step): StepOf<ReportStep>,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ReportInput>,
) -> Result<Json<AwardItem>, AppError> {
    Ok(item(
        &commands::take_report_step(&state, &caller, id, step, &input).await?,
    ))
}

/// The budget figures, one item per group.
#[derive(Serialize, utoipa::ToSchema)]
pub struct BudgetsBody {
    /// What the figures are grouped by: `round`, `state` or `organization`.
    #[schema(example = "round")]
    pub by: &'static str,
    /// Biggest award total first; a group with money in two currencies has an item per currency.
    pub items: Vec<FiguresItem>,
    /// With `converted=true`: the same figures in the reporting currency.
    pub converted: Option<ConvertedBody>,
}

/// The figures converted to the programme's reporting currency.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ConvertedBody {
    /// The reporting currency.
    #[schema(example = "CHF")]
    pub currency: String,
    /// The day whose rates were used (each currency's latest on or before it).
    pub on: chrono::NaiveDate,
    /// The rate used for each other currency.
    pub rates: Vec<AppliedRate>,
    /// Currencies without a rate on or before `on`: their figures are left out of `items`.
    pub missing: Vec<String>,
    /// A group's currencies added up, biggest award total first.
    pub items: Vec<FiguresItem>,
}

/// A rate a conversion used.
#[derive(Serialize, utoipa::ToSchema)]
pub struct AppliedRate {
    #[schema(example = "USD")]
    pub from: String,
    #[schema(example = "CHF")]
    pub to: String,
    /// One `from` in `to`, a decimal string.
    #[schema(example = "0.8912")]
    pub rate: String,
    pub rate_on: chrono::NaiveDate,
    pub source: String,
    /// Taken from the rate recorded the other way round.
    pub inverse: bool,
}

impl ConvertedBody {
    pub fn new(c: &budgets::Converted) -> Self {
        Self {
            currency: c.currency.code().to_owned(),
            on: c.on,
            rates: c
                .rates
                .iter()
                .map(|r| AppliedRate {
                    from: r.from.code().to_owned(),
                    to: r.to.code().to_owned(),
                    rate: r
                        .rate
                        .round_dp(crate::exchange::Rate::MAX_DECIMALS)
                        .normalize()
                        .to_string(),
                    rate_on: r.rate_on,
                    source: r.source.clone(),
                    inverse: r.inverse,
                })
                .collect(),
            missing: c.missing.iter().map(|m| m.code().to_owned()).collect(),
            items: budgets::items(&c.figures),
        }
    }
}

/// The roll-up `params` ask for, and its conversion when asked.
pub async fn budgets_asked(
    state: &AppState,
    params: &BudgetParams,
) -> Result<
    (
        Dimension,
        std::sync::Arc<Vec<budgets::Figures>>,
        Option<budgets::Converted>,
    ),
    AppError,
> {
    let by = Dimension::from_param(params.by.as_deref())?;
    let figures = state.budgets.rollup(&state.db, by).await?;
    let converted = if params.converted == Some(true) {
        let on = params.rates_on()?;
        let to = crate::money::Currency::parse(&state.settings.programme.reporting_currency)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("reporting currency: {e}")))?;
        Some(budgets::convert(&state.db, &figures, to, on).await?)
    } else {
        None
    };
    Ok((by, figures, converted))
}

/// Budget roll-ups (staff and finance).
///
/// Budget, requested, awarded, disbursed, left and reported, per round, target state or
/// organization.
#[utoipa::path(
    get,
    path = "/api/v1/budgets",
    tag = "awards",
    operation_id = "getBudgets",
    params(BudgetParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The figures", body = BudgetsBody),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn get_budgets(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<BudgetParams>,
) -> Result<Json<BudgetsBody>, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let (by, figures, converted) = budgets_asked(&state, &params).await?;
    Ok(Json(BudgetsBody {
        by: by.as_str(),
        items: budgets::items(&figures),
        converted: converted.as_ref().map(ConvertedBody::new),
    }))
}

/// A report whole: its narrative, outcomes, declared spending and staff's notes (whoever may see
/// its award: staff, finance, reviewers, and the member organization it belongs to).
#[utoipa::path(
    get,
    path = "/api/v1/reports/{id}",
    tag = "awards",
    operation_id = "getReport",
    params(("id" = i64, Path, description = "The report's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The report", body = super::views::ReportDetail),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_report(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<super::views::ReportDetail>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let report = crate::db::get::<crate::entities::report::Entity, _>(&db, id, "report").await?;
    // The award decides who sees it; one it does not show is a report that does not exist.
    let full = access::visible(&db, &user, report.award_id)
        .await
        .map_err(|e| match e {
            AppError::NotFound(_) => AppError::not_found("there is no report with this number"),
            other => other,
        })?;
    crate::sensitivity::on_read(
        &db,
        &user,
        "report",
        report.id,
        "api",
        Some(&full.award.target_state),
        Some(full.award.organization_id),
    )
    .await?;
    let currency = full.currency();
    let spending = crate::entities::report_spending::Entity::find()
        .filter(crate::entities::report_spending::Column::ReportId.eq(id))
        .order_by_asc(crate::entities::report_spending::Column::Id)
        .all(&db)
        .await?
        .into_iter()
        .map(|line| super::views::SpendingLine {
            category: line.category,
            amount: crate::money::Money::from_minor(line.amount_minor, currency)
                .amount()
                .to_string(),
        })
        .collect();
    let outcomes = match &report.outcomes {
        None => Vec::new(),
        Some(value) => serde_json::from_value(value.clone()).map_err(|e| {
            AppError::Internal(anyhow::anyhow!(
                "report {id} holds outcomes the code cannot read: {e}"
            ))
        })?,
    };
    Ok(Json(super::views::ReportDetail {
        report: super::views::ReportItem::new(&report, crate::dates::today()),
        award_id: full.award.id,
        award_reference: full.award.reference.clone(),
        narrative: report.narrative.clone(),
        outcomes,
        spending,
        currency,
        accepted_at: report.accepted_at,
    }))
}
