//! The award pages: the list (staff, finance; a member's awards with what is due), an award's
//! page, finance's queue, the budget roll-ups with their charts, and the CSV exports.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::amendments::{AmendmentKind, current_budget};
use super::api::{AwardParams, dimension, only_organization};
use super::budgets::{self, FiguresView};
use super::disbursements::{self, Queue};
use super::model::{self, Full, report_label};
use super::reports;
use super::workflow::{AwardStatus, InstallmentStatus, ReportStatus};
use crate::applications::model::Category;
use crate::applications::pages::OptionView;
use crate::audit;
use crate::auth::CurrentUser;
use crate::choice::Choice;
use crate::error::{AppError, FieldErrors};
use crate::members::views::TimelineView;
use crate::money::{Currency, Money};
use crate::pagination::Pagination;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::csv::record as csv_record;
use crate::web::extract::Params;

fn shown(minor: i64, currency: &str) -> String {
    Currency::parse(currency)
        .map(|c| Money::from_minor(minor, c).display())
        .unwrap_or_default()
}

#[derive(Serialize)]
struct AwardRowView {
    id: i64,
    reference: String,
    organization: String,
    state: String,
    target_state: String,
    amount: String,
    status: String,
    status_label: &'static str,
    period: String,
}

#[derive(Serialize)]
struct ListView {
    member: bool,
    rows: Vec<AwardRowView>,
    total: u64,
    page: u64,
    previous: Option<String>,
    next: Option<String>,
    statuses: Vec<Choice>,
    rounds: Vec<OptionView>,
    target_state: String,
    organization_id: String,
    export: Option<String>,
    reports_owed: Vec<OwedView>,
    errors: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct OwedView {
    award_id: i64,
    reference: String,
    report: &'static str,
    due_on: String,
    status: &'static str,
    status_label: &'static str,
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
    let (rows, total) = model::list(&state.db, &filter, only, pagination).await?;
    let query = serde_urlencoded::to_string(AwardParams {
        page: None,
        per_page: None,
        ..params
    })
    .unwrap_or_default();
    let link = |p: u64| format!("/awards?{query}&page={p}");
    let today = model::due_today();
    let reports_owed = if only.is_some() {
        let mut owed = Vec::new();
        for status in [
            ReportStatus::Overdue,
            ReportStatus::RevisionRequested,
            ReportStatus::Due,
        ] {
            let (rows, _) = reports::list(
                &state.db,
                Some(status),
                only,
                Pagination {
                    page: 1,
                    per_page: 50,
                },
            )
            .await?;
            owed.extend(rows.into_iter().map(|r| {
                let status = ReportStatus::on(&r.status, r.due_on, today);
                OwedView {
                    award_id: r.award_id,
                    reference: r.reference,
                    report: report_label(&r.kind),
                    due_on: r.due_on.to_string(),
                    status: status.as_str(),
                    status_label: status.label(),
                }
            }));
        }
        owed
    } else {
        Vec::new()
    };
    let rounds = crate::rounds::model::list(
        &state.db,
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
        selected: filter.round_id == Some(r.id()),
    })
    .collect();
    let view = ListView {
        member: only.is_some(),
        rows: rows
            .into_iter()
            .map(|r| {
                let status = r.status.parse().unwrap_or(AwardStatus::Active);
                AwardRowView {
                    id: r.id,
                    amount: shown(r.amount_minor, &r.amount_currency),
                    reference: r.reference,
                    organization: r.organization_name,
                    state: r.state_name,
                    target_state: r.target_state,
                    status: r.status,
                    status_label: status.label(),
                    period: format!("{} to {}", r.starts_on, r.ends_on),
                }
            })
            .collect(),
        total,
        page: pagination.page,
        previous: (pagination.page > 1).then(|| link(pagination.page - 1)),
        next: (pagination.offset() + pagination.per_page < total)
            .then(|| link(pagination.page + 1)),
        statuses: AwardStatus::options(filter.status.map_or("", AwardStatus::as_str)),
        rounds,
        target_state: filter.target_state.clone().unwrap_or_default(),
        organization_id: filter
            .organization_id
            .map(|i| i.to_string())
            .unwrap_or_default(),
        export: policy::allows(&user, Action::ViewFinances).then(|| format!("/awards.csv?{query}")),
        reports_owed,
        errors: errors.first_of_each(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let title = if view.member { "Your awards" } else { "Awards" };
    let html = state
        .views
        .page("awards/list", &page.layout(title, "awards"), &view)?;
    Ok((status, html).into_response())
}

#[derive(Serialize)]
struct InstallmentView {
    id: i64,
    sequence: i32,
    amount: String,
    due_on: String,
    condition: String,
    status: String,
    status_label: &'static str,
    paid: String,
    can_approve: bool,
    can_pay: bool,
    can_cancel: bool,
    /// The messages of this installment's form, and what was typed in it.
    errors: Vec<String>,
    typed_paid_on: String,
    typed_reference: String,
}

#[derive(Serialize)]
struct ReportView {
    id: i64,
    kind: &'static str,
    financial: bool,
    due_on: String,
    status: &'static str,
    status_label: &'static str,
    narrative: String,
    outcomes: Vec<String>,
    spending: Vec<(String, String)>,
    staff_message: Option<String>,
    can_submit: bool,
    can_review: bool,
    /// Set when this report's form failed: its messages and what was typed.
    submit_errors: Option<BTreeMap<String, String>>,
    revision_errors: Vec<String>,
    typed_narrative: String,
    typed_outcomes: String,
}

#[derive(Serialize, Default)]
pub struct TypedValues {
    pub paid_on: String,
    pub payment_reference: String,
    pub reason: String,
    pub message: String,
    pub narrative: String,
    pub outcomes: String,
    pub ends_on: String,
    pub amount: String,
}

#[derive(Serialize)]
struct ShowView {
    id: i64,
    reference: String,
    application_id: i64,
    organization: String,
    state: String,
    target_state: String,
    amount: String,
    paid: String,
    unscheduled: String,
    unbalanced: bool,
    status: String,
    status_label: &'static str,
    status_reason: Option<String>,
    starts_on: String,
    ends_on: String,
    conditions: String,
    signed_on: String,
    installments: Vec<InstallmentView>,
    reports: Vec<ReportView>,
    budget: Vec<(String, String, String)>,
    spent: Vec<(String, String, String)>,
    amendments: Vec<(String, String, String, String)>,
    amendment_kinds: Vec<Choice>,
    categories: Vec<Choice>,
    manage: bool,
    can_suspend: bool,
    can_resume: bool,
    can_terminate: bool,
    can_complete: bool,
    not_completable: Option<String>,
    schedule_rows: Vec<(usize, String, String, String)>,
    timeline: Option<Vec<TimelineView>>,
    typed: TypedValues,
    /// Which form the messages belong to (`pay-3`, `report-7`, `amend`, ...).
    errors_for: String,
    errors: BTreeMap<String, String>,
}

/// What a failed form sends back to the page.
#[derive(Default)]
pub struct Retry {
    pub errors_for: String,
    pub errors: FieldErrors,
    pub typed: TypedValues,
}

pub async fn render_award(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    full: &Full,
    status_code: StatusCode,
    retry: Retry,
) -> Result<Response, AppError> {
    let db = &state.db;
    let award = &full.award;
    let status = full.status();
    let org = crate::entities::organization::Entity::find_by_id(award.organization_id);
    use sea_orm::EntityTrait;
    let organization = org.one(db).await?.map(|o| o.name).unwrap_or_default();
    let state_name = crate::entities::state::Entity::find_by_id(award.target_state.clone())
        .one(db)
        .await?
        .map(|s| s.name)
        .unwrap_or_default();
    let today = model::due_today();
    let pays = policy::allows(user, Action::PayInstallments);
    let cancels = policy::allows(user, Action::CancelInstallment);
    let manage = policy::allows(user, Action::ManageAward);
    let active = status == AwardStatus::Active;
    let spending =
        reports::spending_of(db, &full.reports.iter().map(|r| r.id).collect::<Vec<_>>()).await?;
    let messages = retry.errors.first_of_each();
    let errors_of = |form: String| -> Option<&BTreeMap<String, String>> {
        (retry.errors_for == form).then_some(&messages)
    };
    let code = award.amount_currency.as_str();
    let reports_view = full
        .reports
        .iter()
        .map(|r| {
            let status = ReportStatus::on(&r.status, r.due_on, today);
            ReportView {
                id: r.id,
                kind: report_label(&r.kind),
                financial: r.kind.ends_with("financial"),
                due_on: r.due_on.to_string(),
                status: status.as_str(),
                status_label: status.label(),
                narrative: r.narrative.clone(),
                outcomes: r
                    .outcomes
                    .as_ref()
                    .and_then(|o| serde_json::from_value(o.clone()).ok())
                    .unwrap_or_default(),
                spending: spending
                    .iter()
                    .filter(|s| s.report_id == r.id)
                    .map(|s| {
                        (
                            s.category
                                .parse::<Category>()
                                .map_or("", Category::label)
                                .to_owned(),
                            shown(s.amount_minor, code),
                        )
                    })
                    .collect(),
                staff_message: r.staff_message.clone(),
                can_submit: status.is_owed()
                    && status_allows_reports(status, full.status())
                    && policy::allows(user, Action::SubmitReport(award)),
                can_review: status == ReportStatus::Submitted
                    && policy::allows(user, Action::ReviewReports),
                submit_errors: errors_of(format!("submit-{}", r.id)).cloned(),
                revision_errors: errors_of(format!("request-revision-{}", r.id))
                    .map(|e| e.values().cloned().collect())
                    .unwrap_or_default(),
                typed_narrative: if errors_of(format!("submit-{}", r.id)).is_some() {
                    retry.typed.narrative.clone()
                } else {
                    String::new()
                },
                typed_outcomes: if errors_of(format!("submit-{}", r.id)).is_some() {
                    retry.typed.outcomes.clone()
                } else {
                    String::new()
                },
            }
        })
        .collect();
    // Budget against what the accepted and submitted reports declare, by category.
    let budget_lines = current_budget(db, full).await?;
    let mut by_category: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for line in &budget_lines {
        by_category.entry(line.category.clone()).or_default().0 += line.amount_minor;
    }
    let declared: std::collections::HashSet<i64> = full
        .reports
        .iter()
        .filter(|r| matches!(r.status.as_str(), "submitted" | "accepted"))
        .map(|r| r.id)
        .collect();
    for s in spending.iter().filter(|s| declared.contains(&s.report_id)) {
        by_category.entry(s.category.clone()).or_default().1 += s.amount_minor;
    }
    let label = |c: &str| {
        c.parse::<Category>()
            .map_or(c.to_owned(), |c| c.label().to_owned())
    };
    let spent = by_category
        .iter()
        .map(|(c, (planned, spent))| (label(c), shown(*planned, code), shown(*spent, code)))
        .collect();
    let scheduled: Vec<&crate::entities::disbursement::Model> = full
        .disbursements
        .iter()
        .filter(|d| d.status == InstallmentStatus::Scheduled.as_str())
        .collect();
    let mut schedule_rows: Vec<(usize, String, String, String)> = scheduled
        .iter()
        .enumerate()
        .map(|(i, d)| {
            (
                i + 1,
                Money::from_minor(d.amount_minor, full.currency)
                    .amount()
                    .to_string(),
                d.due_on.map(|d| d.to_string()).unwrap_or_default(),
                d.condition.clone(),
            )
        })
        .collect();
    let n = schedule_rows.len();
    schedule_rows.push((n + 1, String::new(), String::new(), String::new()));
    let timeline = if policy::allows(user, Action::ViewAudit) {
        let entries = audit::timeline(db, "award", award.id, 100).await?;
        Some(entries.iter().map(TimelineView::from).collect())
    } else {
        None
    };
    let view = ShowView {
        id: award.id,
        reference: award.reference.clone(),
        application_id: award.application_id,
        organization,
        state: state_name,
        target_state: award.target_state.clone(),
        amount: full.amount().display(),
        paid: full.paid().display(),
        unscheduled: full.unscheduled().display(),
        unbalanced: full.unscheduled().minor() != 0,
        status: award.status.clone(),
        status_label: status.label(),
        status_reason: award.status_reason.clone(),
        starts_on: award.starts_on.to_string(),
        ends_on: award.ends_on.to_string(),
        conditions: award.conditions.clone(),
        signed_on: award.signed_on.map(|d| d.to_string()).unwrap_or_default(),
        installments: full
            .disbursements
            .iter()
            .map(|d| {
                let s = d.status.parse().unwrap_or(InstallmentStatus::Scheduled);
                InstallmentView {
                    id: d.id,
                    sequence: d.sequence,
                    amount: shown(d.amount_minor, code),
                    due_on: d.due_on.map(|d| d.to_string()).unwrap_or_default(),
                    condition: d.condition.clone(),
                    status: d.status.clone(),
                    status_label: s.label(),
                    paid: match (d.paid_on, &d.payment_reference) {
                        (Some(on), Some(reference)) => format!("{on}, {reference}"),
                        _ => d.cancel_reason.clone().unwrap_or_default(),
                    },
                    can_approve: pays && active && s == InstallmentStatus::Scheduled,
                    can_pay: pays && active && s == InstallmentStatus::Approved,
                    can_cancel: cancels
                        && matches!(
                            s,
                            InstallmentStatus::Scheduled | InstallmentStatus::Approved
                        ),
                    errors: [
                        format!("pay-{}", d.id),
                        format!("cancel-{}", d.id),
                        format!("approve-{}", d.id),
                    ]
                    .into_iter()
                    .filter_map(&errors_of)
                    .flat_map(|e| e.values().cloned())
                    .collect(),
                    typed_paid_on: if errors_of(format!("pay-{}", d.id)).is_some() {
                        retry.typed.paid_on.clone()
                    } else {
                        String::new()
                    },
                    typed_reference: if errors_of(format!("pay-{}", d.id)).is_some() {
                        retry.typed.payment_reference.clone()
                    } else {
                        String::new()
                    },
                }
            })
            .collect(),
        reports: reports_view,
        budget: budget_lines
            .iter()
            .map(|l| {
                (
                    label(&l.category),
                    l.description.clone(),
                    shown(l.amount_minor, code),
                )
            })
            .collect(),
        spent,
        amendments: full
            .amendments
            .iter()
            .map(|a| {
                (
                    crate::views::instant_in(a.created_at, user.time_zone),
                    a.kind
                        .parse::<AmendmentKind>()
                        .map_or("", AmendmentKind::label)
                        .to_owned(),
                    a.reason.clone(),
                    describe_change(&a.before, &a.after),
                )
            })
            .collect(),
        amendment_kinds: AmendmentKind::options(""),
        categories: Category::options(""),
        manage,
        can_suspend: manage && status == AwardStatus::Active,
        can_resume: manage && status == AwardStatus::Suspended,
        can_terminate: manage && matches!(status, AwardStatus::Active | AwardStatus::Suspended),
        can_complete: manage && status == AwardStatus::Active,
        not_completable: full.not_completable(),
        schedule_rows,
        timeline,
        errors: messages.clone(),
        typed: retry.typed,
        errors_for: retry.errors_for,
    };
    let html = state.views.page(
        "awards/show",
        &page.layout(format!("Award {}", view.reference), "awards"),
        &view,
    )?;
    Ok((status_code, html).into_response())
}

fn status_allows_reports(_report: ReportStatus, award: AwardStatus) -> bool {
    award != AwardStatus::Terminated
}

/// An amendment's change in words: `ends_on: 2027-12-31 → 2028-03-01`.
fn describe_change(before: &serde_json::Value, after: &serde_json::Value) -> String {
    let Some(after) = after.as_object() else {
        return String::new();
    };
    after
        .iter()
        .map(|(key, value)| {
            let was = before.get(key).cloned().unwrap_or_default();
            let text = |v: &serde_json::Value| match v {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(items) => format!("{} lines", items.len()),
                other => other.to_string(),
            };
            format!(
                "{}: {} → {}",
                key.replace('_', " "),
                text(&was),
                text(value)
            )
        })
        .collect::<Vec<_>>()
        .join("; ")
}

pub async fn show_award(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let award = model::get(&state.db, id).await?;
    policy::visible(&user, Action::ViewAward(&award), "award")?;
    let full = model::load(&state.db, award).await?;
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
                id: r.id,
                award_id: r.award_id,
                amount: shown(r.amount_minor, &r.amount_currency),
                reference: r.reference,
                organization: r.organization_name,
                sequence: r.sequence,
                overdue: r.due_on.is_some_and(|d| d < today),
                due_on: r.due_on.map(|d| d.to_string()).unwrap_or_default(),
                condition: r.condition,
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
        .page("awards/finance", &page.layout("Payments", "finance"), &view)?
        .into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct BudgetParams {
    pub by: Option<String>,
}

#[derive(Serialize)]
struct BudgetsView {
    by: &'static str,
    heading: &'static str,
    rows: Vec<FiguresView>,
    rounds: bool,
    /// Height of the chart: a bar of 28 units per row.
    chart_height: usize,
}

pub async fn show_budgets(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<BudgetParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let by = dimension(params.by.as_deref())?;
    let figures = state.budgets.rollup(&state.db, by).await?;
    let rows = budgets::views(&figures);
    let view = BudgetsView {
        by: by.as_str(),
        heading: match by {
            budgets::Dimension::Round => "By round",
            budgets::Dimension::TargetState => "By target state",
            budgets::Dimension::Organization => "By organization",
        },
        rounds: by == budgets::Dimension::Round,
        chart_height: rows.len() * 28 + 8,
        rows,
    };
    Ok(state
        .views
        .page("awards/budgets", &page.layout("Budgets", "budgets"), &view)?
        .into_response())
}

const CSV_BATCH: u64 = 500;

fn csv_response(
    name: &str,
    stream: impl futures_util::Stream<Item = Result<Vec<u8>, std::io::Error>> + Send + 'static,
) -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response()
}

/// Every award the filter matches, streamed in batches.
pub async fn export_awards(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<AwardParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let (filter, _, errors) = params.parse_lenient();
    errors.into_result(()).map_err(AppError::bad_request)?;
    let header = csv_record(
        &[
            "id",
            "reference",
            "organization",
            "target_state",
            "amount",
            "currency",
            "status",
            "starts_on",
            "ends_on",
        ]
        .map(str::to_owned),
    );
    let db = state.db;
    let rest = futures_util::stream::try_unfold(Some(0_i64), move |after| {
        let db = db.clone();
        let filter = filter.clone();
        async move {
            let Some(after) = after else { return Ok(None) };
            let rows = model::batch(&db, &filter, None, after, CSV_BATCH)
                .await
                .map_err(std::io::Error::other)?;
            let mut chunk = Vec::new();
            for r in &rows {
                let amount = Currency::parse(&r.amount_currency)
                    .map(|c| Money::from_minor(r.amount_minor, c).amount().to_string())
                    .unwrap_or_default();
                chunk.extend(csv_record(&[
                    r.id.to_string(),
                    r.reference.clone(),
                    r.organization_name.clone(),
                    r.target_state.clone(),
                    amount,
                    r.amount_currency.clone(),
                    r.status.clone(),
                    r.starts_on.to_string(),
                    r.ends_on.to_string(),
                ]));
            }
            let next = (rows.len() as u64 == CSV_BATCH)
                .then(|| rows.last().map(|r| r.id))
                .flatten();
            Ok(Some((chunk, next)))
        }
    });
    let first = futures_util::stream::once(async move { Ok(header) });
    Ok(csv_response(
        "awards.csv",
        futures_util::StreamExt::chain(first, rest),
    ))
}

/// Every installment, streamed in batches.
pub async fn export_disbursements(
    State(state): State<AppState>,
    user: CurrentUser,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ViewFinances)?;
    let header = csv_record(
        &[
            "id",
            "award_reference",
            "organization",
            "sequence",
            "amount",
            "currency",
            "due_on",
            "status",
            "paid_on",
            "payment_reference",
        ]
        .map(str::to_owned),
    );
    let db = state.db;
    let rest = futures_util::stream::try_unfold(Some(0_i64), move |after| {
        let db = db.clone();
        async move {
            let Some(after) = after else { return Ok(None) };
            let rows = disbursements::batch(&db, after, CSV_BATCH)
                .await
                .map_err(std::io::Error::other)?;
            let mut chunk = Vec::new();
            for r in &rows {
                let amount = Currency::parse(&r.amount_currency)
                    .map(|c| Money::from_minor(r.amount_minor, c).amount().to_string())
                    .unwrap_or_default();
                chunk.extend(csv_record(&[
                    r.id.to_string(),
                    r.reference.clone(),
                    r.organization_name.clone(),
                    r.sequence.to_string(),
                    amount,
                    r.amount_currency.clone(),
                    r.due_on.map(|d| d.to_string()).unwrap_or_default(),
                    r.status.clone(),
                    r.paid_on.map(|d| d.to_string()).unwrap_or_default(),
                    r.payment_reference.clone().unwrap_or_default(),
                ]));
            }
            let next = (rows.len() as u64 == CSV_BATCH)
                .then(|| rows.last().map(|r| r.id))
                .flatten();
            Ok(Some((chunk, next)))
        }
    });
    let first = futures_util::stream::once(async move { Ok(header) });
    Ok(csv_response(
        "disbursements.csv",
        futures_util::StreamExt::chain(first, rest),
    ))
}
