//! An award's page: its money, its installments, its reports, its budget against what the
//! reports declare, its amendments and its history, with the forms the viewer may use. After a
//! form failed, the page shows its messages beside that form, with what was typed in it.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::Serialize;

use super::amendments::{AmendmentKind, current_budget};
use super::award_sections::{
    Failed, InstallmentView, ReportView, TypedValues, amendment_rows, budget_rows,
    installment_views, line_rows, report_views, schedule_rows, spent_rows,
};
use super::model::Full;
use super::reports;
use super::workflow::AwardStatus;
use crate::attachments::RecordType;
use crate::attachments::pages::block;
use crate::audit;
use crate::auth::CurrentUser;
use crate::entities::{award, organization, state};
use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::i18n::formats::money;
use crate::members::views::TimelineView;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;

#[derive(Serialize)]
struct ShowView {
    /// When the award concerns a sensitive or high-risk state.
    sensitivity_banner: Option<&'static str>,
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
    status: &'static str,
    status_label: String,
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
    amendment_kinds: Vec<crate::choice::OptionView>,
    categories: Vec<super::award_sections::LineRow>,
    manage: bool,
    can_suspend: bool,
    can_resume: bool,
    can_terminate: bool,
    can_complete: bool,
    not_completable: Option<String>,
    schedule_rows: Vec<super::award_sections::ScheduleRowView>,
    timeline: Option<Vec<TimelineView>>,
    typed: TypedValues,
    /// Which form the messages belong to (`pay-3`, `report-7`, `amend`, ...).
    errors_for: String,
    errors: BTreeMap<String, String>,
    /// The award's documents: the signed agreement and amendments.
    documents: Option<crate::attachments::pages::AttachmentsBlock>,
    /// The conversation about the award.
    conversation: Option<crate::threads::pages::ThreadBlock>,
    /// The signed agreement is attached but its date is not recorded: staff confirm it.
    agreement_awaits_date: bool,
}

/// What a failed form sends back to the page.
#[derive(Default)]
pub struct Retry {
    pub errors_for: String,
    pub errors: FieldErrors,
    pub typed: TypedValues,
    /// A message the thread's form could not send (see `threads::pages`).
    pub thread: Option<crate::threads::pages::Refused>,
    /// An upload the award's or a report's documents form refused (see `attachments::pages`).
    pub documents: Option<crate::attachments::pages::Refused>,
}

pub async fn render_award(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    full: &Full,
    status_code: StatusCode,
    retry: Retry,
) -> Result<Response, AppError> {
    let tolerance = state.settings.programme.overspend_tolerance_percent;
    let mut retry = retry;
    let thread = retry.thread.take();
    let upload = retry.documents.take();
    let mut view = show_view(&state.db, page.lang, user, full, retry, tolerance).await?;
    let mut documents = block(state, user, RecordType::Award, full.award.id).await?;
    documents.refused(upload.as_ref());
    view.agreement_awaits_date = view.manage
        && full.award.signed_on.is_none()
        && documents
            .items
            .iter()
            .any(|d| d.kind == crate::attachments::Kind::SignedAgreement);
    view.documents = Some(documents);
    let mut conversation = crate::threads::pages::block(
        state,
        user,
        crate::threads::RecordKind::Award,
        full.award.id,
    )
    .await?;
    conversation.refused(thread.as_ref());
    view.conversation = Some(conversation);
    for report in &mut view.reports {
        let mut documents = block(state, user, RecordType::Report, report.id()).await?;
        documents.refused(upload.as_ref());
        report.documents = Some(documents);
        let mut conversation = crate::threads::pages::block(
            state,
            user,
            crate::threads::RecordKind::Report,
            report.id(),
        )
        .await?;
        conversation.refused(thread.as_ref());
        report.conversation = Some(conversation);
    }
    let html = state.views.page(
        "awards/show",
        &page.layout(
            crate::i18n::format(
                page.lang,
                "awards-show-title",
                &[("reference", view.reference.clone().into())],
            ),
            "awards",
        ),
        &view,
    )?;
    Ok((status_code, html).into_response())
}

async fn show_view<C: ConnectionTrait>(
    db: &C,
    lang: Lang,
    user: &CurrentUser,
    full: &Full,
    mut retry: Retry,
    tolerance_percent: u32,
) -> Result<ShowView, AppError> {
    let award = &full.award;
    let status = full.status();
    let (organization, state_name) = names(db, award).await?;
    let sensitivity_banner = crate::sensitivity::on_read(
        db,
        user,
        "award",
        award.id,
        "page",
        Some(&award.target_state),
        Some(award.organization_id),
    )
    .await?;
    let spending =
        reports::spending_of(db, &full.reports.iter().map(|r| r.id).collect::<Vec<_>>()).await?;
    let budget_lines = current_budget(db, full).await?;
    let timeline = if policy::allows(user, Action::ViewAudit) {
        let entries = audit::timeline(db, "award", award.id, 100).await?;
        Some(TimelineView::all_for(db, &entries, lang, Some(full.currency())).await?)
    } else {
        None
    };
    let messages = retry.errors.first_of_each();
    let failed = Failed {
        form: &retry.errors_for,
        messages: &messages,
        typed: &retry.typed,
    };
    let installments = installment_views(lang, user, full, &failed);
    let reports = report_views(
        lang,
        user,
        full,
        &spending,
        &budget_lines,
        tolerance_percent,
        &failed,
    );
    let manage = policy::allows(user, Action::ManageAward);
    Ok(ShowView {
        sensitivity_banner,
        id: award.id,
        reference: award.reference.clone(),
        application_id: award.application_id,
        organization,
        state: crate::i18n::states::name(lang, &award.target_state, &state_name).to_owned(),
        target_state: award.target_state.clone(),
        amount: money(lang, &full.amount()),
        paid: money(lang, &full.paid()),
        unscheduled: money(lang, &full.unscheduled()),
        unbalanced: full.unscheduled().minor() != 0,
        status: status.as_str(),
        status_label: status.label_in(lang).into_owned(),
        status_reason: award.status_reason.clone(),
        starts_on: award.starts_on.to_string(),
        ends_on: award.ends_on.to_string(),
        conditions: award.conditions.clone(),
        signed_on: award.signed_on.map(|d| d.to_string()).unwrap_or_default(),
        installments,
        reports,
        budget: budget_rows(lang, full, &budget_lines),
        spent: spent_rows(lang, full, &budget_lines, &spending),
        amendments: amendment_rows(lang, user, full),
        amendment_kinds: AmendmentKind::options_in(
            lang,
            if retry.errors_for == "amend" {
                &retry.typed.kind
            } else {
                ""
            },
        ),
        categories: line_rows(lang, &retry.typed.budget_lines),
        manage,
        can_suspend: manage && status == AwardStatus::Active,
        can_resume: manage && status == AwardStatus::Suspended,
        can_terminate: manage && matches!(status, AwardStatus::Active | AwardStatus::Suspended),
        can_complete: manage && status == AwardStatus::Active,
        not_completable: full.not_completable(lang),
        schedule_rows: if retry.typed.schedule.is_empty() {
            schedule_rows(lang, full)
        } else {
            std::mem::take(&mut retry.typed.schedule)
        },
        timeline,
        errors: messages.clone(),
        typed: retry.typed,
        errors_for: retry.errors_for,
        documents: None,
        conversation: None,
        agreement_awaits_date: false,
    })
}

/// The names of the award's organization and target state.
async fn names<C: ConnectionTrait>(
    db: &C,
    award: &award::Model,
) -> Result<(String, String), AppError> {
    let organization = organization::Entity::find_by_id(award.organization_id)
        .one(db)
        .await?
        .map(|o| o.name)
        .unwrap_or_default();
    let state_name = state::Entity::find_by_id(award.target_state.clone())
        .one(db)
        .await?
        .map(|s| s.name)
        .unwrap_or_default();
    Ok((organization, state_name))
}
