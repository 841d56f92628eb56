//! `/api/v1/awards`, `/api/v1/disbursements`, `/api/v1/reports`, `/api/v1/budgets`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use serde::{Deserialize, Serialize};

use super::amendments::{self, AmendmentInput};
use super::budgets::{self, Dimension, FiguresItem};
use super::disbursements::{self, InstallmentInput, ScheduleRow};
use super::model::{self, AwardStepInput, Filter, Full};
use super::reports::{self, ReportInput};
use super::views::{AwardItem, AwardRow, ReportItem};
use super::workflow::{AwardStep, InstallmentStep, ReportStatus, ReportStep};
use crate::audit::Actor;
use crate::auth::{CurrentUser, Role};
use crate::error::{AppError, FieldErrors};
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::treaty::model::parse_field;
use crate::web::context::RequestId;
use crate::web::extract::{JsonBody, Params};

/// The award, locked, if the user may see it.
pub async fn visible_award<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<Full, AppError> {
    let award =
        crate::db::get_for_update::<crate::entities::award::Entity, _>(db, id, "award").await?;
    policy::visible(user, Action::ViewAward(&award), "award")?;
    model::load(db, award).await
}

/// Members see their organization's awards only.
pub fn only_organization(user: &CurrentUser) -> Option<i64> {
    (user.role == Role::Member).then(|| user.organization_id.unwrap_or(0))
}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct AwardParams {
    pub round_id: Option<String>,
    pub status: Option<String>,
    pub organization_id: Option<String>,
    pub target_state: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

impl AwardParams {
    pub fn parse_lenient(&self) -> (Filter, Pagination, FieldErrors) {
        let mut errors = FieldErrors::new();
        let id = |v: &str| {
            v.parse::<i64>()
                .map_err(|_| format!("'{v}' is not a number"))
        };
        let filter = Filter {
            round_id: parse_field(&mut errors, "round_id", self.round_id.as_deref(), id),
            status: parse_field(&mut errors, "status", self.status.as_deref(), str::parse),
            organization_id: parse_field(
                &mut errors,
                "organization_id",
                self.organization_id.as_deref(),
                id,
            ),
            target_state: self
                .target_state
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_ascii_uppercase),
        };
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        (filter, pagination, errors)
    }
}

pub async fn list_awards(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<AwardParams>,
) -> Result<Json<ListBody<AwardRow>>, AppError> {
    policy::authorize(&user, Action::ListAwards)?;
    let (filter, pagination, errors) = params.parse_lenient();
    errors.into_result(()).map_err(AppError::bad_request)?;
    let (rows, total) = model::list(&db, &filter, only_organization(&user), pagination).await?;
    Ok(Json(ListBody::new(
        rows.into_iter().map(AwardRow::from).collect(),
        pagination,
        total,
    )))
}

pub async fn get_award(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<AwardItem>, AppError> {
    let award = model::get(&db, id).await?;
    policy::visible(&user, Action::ViewAward(&award), "award")?;
    let full = model::load(&db, award).await?;
    Ok(Json(AwardItem::new(&full, model::due_today())))
}

/// Runs `change` on the locked award in one transaction and answers the award as it is after.
async fn on_award<F>(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    change: F,
) -> Result<Json<AwardItem>, AppError>
where
    F: for<'a> FnOnce(
        &'a sea_orm::DatabaseTransaction,
        Full,
    )
        -> std::pin::Pin<Box<dyn Future<Output = Result<(), AppError>> + Send + 'a>>,
{
    let txn = crate::db::begin_write(&state.db).await?;
    let full = visible_award(&txn, user, id).await?;
    change(&txn, full).await?;
    let after = model::load(&txn, model::get(&txn, id).await?).await?;
    txn.commit().await?;
    Ok(Json(AwardItem::new(&after, model::due_today())))
}

pub async fn award_step(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    step: AwardStep,
    input: AwardStepInput,
) -> Result<Json<AwardItem>, AppError> {
    policy::authorize(user, Action::ManageAward)?;
    let actor = Actor::user(user, request_id);
    on_award(state, user, id, move |txn, full| {
        Box::pin(async move {
            model::take(txn, &actor, full, step, &input).await?;
            Ok(())
        })
    })
    .await
}

macro_rules! award_steps {
    ($($name:ident => $step:expr),+ $(,)?) => {
        $(
            pub async fn $name(
                State(state): State<AppState>,
                user: CurrentUser,
                RequestId(request_id): RequestId,
                Path(id): Path<i64>,
                JsonBody(input): JsonBody<AwardStepInput>,
            ) -> Result<Json<AwardItem>, AppError> {
                award_step(&state, &user, request_id, id, $step, input).await
            }
        )+
    };
}

award_steps!(
    suspend_award => AwardStep::Suspend,
    resume_award => AwardStep::Resume,
    terminate_award => AwardStep::Terminate,
    complete_award => AwardStep::Complete,
);

pub async fn create_amendment(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<AmendmentInput>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageAward)?;
    let actor = Actor::user(&user, request_id);
    let answer = on_award(&state, &user, id, move |txn, full| {
        Box::pin(async move {
            amendments::amend(txn, &actor, full, &input).await?;
            Ok(())
        })
    })
    .await?;
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, format!("/api/v1/awards/{id}"))],
        answer,
    )
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignatureInput {
    pub signed_on: Option<String>,
}

pub async fn record_signature(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<SignatureInput>,
) -> Result<Json<AwardItem>, AppError> {
    policy::authorize(&user, Action::ManageAward)?;
    let actor = Actor::user(&user, request_id);
    on_award(&state, &user, id, move |txn, full| {
        Box::pin(async move {
            model::record_signature(txn, &actor, full, &input.signed_on).await?;
            Ok(())
        })
    })
    .await
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ScheduleInput {
    pub installments: Vec<ScheduleRow>,
}

pub async fn change_schedule(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    JsonBody(input): JsonBody<ScheduleInput>,
) -> Result<Json<AwardItem>, AppError> {
    policy::authorize(&user, Action::ManageAward)?;
    let actor = Actor::user(&user, request_id);
    on_award(&state, &user, id, move |txn, full| {
        Box::pin(
            async move { disbursements::reschedule(txn, &actor, &full, &input.installments).await },
        )
    })
    .await
}

/// Takes a step on an installment, under its award's lock.
pub async fn installment_step(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    step: InstallmentStep,
    input: InstallmentInput,
) -> Result<Json<AwardItem>, AppError> {
    let action = if step == InstallmentStep::Cancel {
        Action::CancelInstallment
    } else {
        Action::PayInstallments
    };
    policy::authorize(user, action)?;
    let award_id = disbursements::get(&state.db, id).await?.award_id;
    let actor = Actor::user(user, request_id);
    on_award(state, user, award_id, move |txn, full| {
        Box::pin(async move {
            disbursements::take(txn, &actor, &full, id, step, &input).await?;
            Ok(())
        })
    })
    .await
}

macro_rules! installment_steps {
    ($($name:ident => $step:expr),+ $(,)?) => {
        $(
            pub async fn $name(
                State(state): State<AppState>,
                user: CurrentUser,
                RequestId(request_id): RequestId,
                Path(id): Path<i64>,
                JsonBody(input): JsonBody<InstallmentInput>,
            ) -> Result<Json<AwardItem>, AppError> {
                installment_step(&state, &user, request_id, id, $step, input).await
            }
        )+
    };
}

installment_steps!(
    approve_disbursement => InstallmentStep::Approve,
    pay_disbursement => InstallmentStep::Pay,
    cancel_disbursement => InstallmentStep::Cancel,
);

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReportParams {
    pub status: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

#[derive(Serialize)]
pub struct ReportRow {
    #[serde(flatten)]
    pub report: ReportItem,
    pub award_id: i64,
    pub reference: String,
    pub organization_id: i64,
    pub organization_name: String,
}

pub async fn list_reports(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<ReportParams>,
) -> Result<Json<ListBody<ReportRow>>, AppError> {
    policy::authorize(&user, Action::ListAwards)?;
    let mut errors = FieldErrors::new();
    let status = parse_field(
        &mut errors,
        "status",
        params.status.as_deref(),
        str::parse::<ReportStatus>,
    );
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    errors.into_result(()).map_err(AppError::bad_request)?;
    let today = model::due_today();
    let (rows, total) = reports::list(&db, status, only_organization(&user), pagination).await?;
    Ok(Json(ListBody::new(
        rows.into_iter()
            .map(|r| ReportRow {
                report: ReportItem {
                    id: r.id,
                    kind: r.kind,
                    due_on: r.due_on,
                    status: ReportStatus::on(&r.status, r.due_on, today).as_str(),
                    submitted_at: r.submitted_at,
                    staff_message: None,
                },
                award_id: r.award_id,
                reference: r.reference,
                organization_id: r.organization_id,
                organization_name: r.organization_name,
            })
            .collect(),
        pagination,
        total,
    )))
}

/// Takes a step on a report, under its award's lock.
pub async fn report_step(
    state: &AppState,
    user: &CurrentUser,
    request_id: Option<String>,
    id: i64,
    step: ReportStep,
    input: ReportInput,
) -> Result<Json<AwardItem>, AppError> {
    let award_id = reports::get(&state.db, id).await?.award_id;
    let award = model::get(&state.db, award_id).await?;
    policy::visible(user, Action::ViewAward(&award), "report")?;
    let action = if step == ReportStep::Submit {
        Action::SubmitReport(&award)
    } else {
        Action::ReviewReports
    };
    policy::authorize(user, action)?;
    let actor = Actor::user(user, request_id);
    on_award(state, user, award_id, move |txn, full| {
        Box::pin(async move {
            reports::take(txn, &actor, &full, id, step, &input).await?;
            Ok(())
        })
    })
    .await
}

macro_rules! report_steps {
    ($($name:ident => $step:expr),+ $(,)?) => {
        $(
            pub async fn $name(
                State(state): State<AppState>,
                user: CurrentUser,
                RequestId(request_id): RequestId,
                Path(id): Path<i64>,
                JsonBody(input): JsonBody<ReportInput>,
            ) -> Result<Json<AwardItem>, AppError> {
                report_step(&state, &user, request_id, id, $step, input).await
            }
        )+
    };
}

report_steps!(
    submit_report => ReportStep::Submit,
    accept_report => ReportStep::Accept,
    request_report_revision => ReportStep::RequestRevision,
);

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BudgetParams {
    pub by: Option<String>,
}

#[derive(Serialize)]
pub struct BudgetsBody {
    pub by: &'static str,
    pub items: Vec<FiguresItem>,
}

pub fn dimension(by: Option<&str>) -> Result<Dimension, AppError> {
    match by.map(str::trim).filter(|b| !b.is_empty()) {
        None => Ok(Dimension::Round),
        Some(b) => Dimension::parse(b).ok_or_else(|| {
            AppError::bad_request(FieldErrors::one(
                "by",
                format!("'{b}' is not a grouping; use round, state or organization"),
            ))
        }),
    }
}

pub async fn get_budgets(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<BudgetParams>,
) -> Result<Json<BudgetsBody>, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let by = dimension(params.by.as_deref())?;
    let figures = state.budgets.rollup(&state.db, by).await?;
    Ok(Json(BudgetsBody {
        by: by.as_str(),
        items: budgets::items(&figures),
    }))
}
