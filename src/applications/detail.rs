//! An application's page: its content, budget, reviews, revisions and history, and the forms of
//! the steps the viewer may take (they post to `detail_forms`).

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};
use serde::Serialize;

use super::access::get_visible;
use super::detail_reviews::{ReviewsPart, reviews_part};
use super::model::{self, Loaded};
use super::reviews::ReviewInput;
use super::revisions;
use super::views::{AwardSummary, title_or_draft_in};
use super::workflow::Step;
use crate::audit;
use crate::auth::CurrentUser;
use crate::entities::{application, award, organization, state as states};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{self, Lang};
use crate::members::views::TimelineView;
use crate::money::Money;
use crate::policy::{self, Action};
use crate::rounds::model as rounds;
use crate::state::AppState;
use crate::web::context::PageContext;

#[derive(Serialize)]
struct ActivityView {
    kind: String,
    description: String,
    dates: String,
}

#[derive(Serialize)]
struct LineView {
    category: String,
    description: String,
    amount: String,
}

#[derive(Serialize)]
struct RevisionLink {
    number: i32,
    when: String,
    diff: Option<String>,
}

#[derive(Serialize, Default)]
pub(super) struct StepValues {
    pub message: String,
    pub reason: String,
    pub amount: String,
    pub starts_on: String,
    pub ends_on: String,
    pub conditions: String,
}

/// A campaign named and linked from the application's page.
#[derive(Serialize)]
pub(super) struct CampaignLink {
    id: i64,
    name: String,
}

#[derive(Serialize)]
pub(super) struct ShowView {
    id: i64,
    reference: String,
    title: String,
    status: &'static str,
    status_label: String,
    next_step: String,
    staff_message: Option<String>,
    pub(super) organization: String,
    pub(super) organization_id: i64,
    /// Shown to a reviewer of a blind round (see `blind`).
    pub(super) blind_notice: Option<&'static str>,
    /// The country campaign it serves, by name, linked (none for a blind reviewer: a campaign
    /// names its lead organizations).
    pub(super) campaign: Option<CampaignLink>,
    target_state: String,
    state_name: String,
    round: String,
    round_id: i64,
    tier: String,
    summary: String,
    objectives: String,
    lower_tier_plan: String,
    requested: String,
    activities: Vec<ActivityView>,
    lines: Vec<LineView>,
    submitted: String,
    award: Option<AwardSummary>,
    award_amount: String,
    /// The award's status, in words.
    award_status: String,
    // What the viewer may do.
    can_edit: bool,
    member_steps: Vec<StepButton>,
    staff: bool,
    can_start_review: bool,
    can_request_changes: bool,
    can_decide: bool,
    can_assign: bool,
    #[serde(flatten)]
    review_part: ReviewsPart,
    revisions: Vec<RevisionLink>,
    timeline: Option<Vec<TimelineView>>,
    budget_left: Option<String>,
    step_values: StepValues,
    errors: BTreeMap<String, String>,
    /// When the application concerns a sensitive or high-risk state.
    sensitivity_banner: Option<&'static str>,
    /// The application's documents (set by the handlers, which hold the settings).
    pub(super) documents: Option<crate::attachments::pages::AttachmentsBlock>,
    /// The conversation with ICBL (set by the handlers, which hold the state).
    pub(super) conversation: Option<crate::threads::pages::ThreadBlock>,
}

#[derive(Serialize)]
struct StepButton {
    path: &'static str,
    label: String,
    warning: bool,
    /// A page to go to rather than a form to post: submitting goes through the answers to
    /// check first (`check`).
    link: bool,
}

/// What a failed step sends back to the page: the messages, and what was typed.
#[derive(Default)]
pub(super) struct Retry {
    pub errors: FieldErrors,
    pub values: StepValues,
    pub review: Option<ReviewInput>,
}

async fn show_view<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    app: application::Model,
    retry: Retry,
    lang: Lang,
) -> Result<ShowView, AppError> {
    let round = rounds::get(db, app.round_id).await?;
    let status = app.status;
    let loaded = model::load(db, app).await?;
    let app = &loaded.app;
    let org = organization::Entity::find_by_id(app.organization_id)
        .one(db)
        .await?;
    let state_name = match &app.target_state {
        Some(code) => states::Entity::find_by_id(code.clone())
            .one(db)
            .await?
            .map(|s| i18n::states::name(lang, &s.iso3, &s.name).to_owned())
            .unwrap_or_default(),
        None => String::new(),
    };
    let staff = policy::allows(user, Action::ManageReviews);
    let step_allowed = |step: Step| {
        policy::allows(user, Action::TakeStep(step, app)) && status.steps().any(|s| s == step)
    };
    let member_steps = [
        (
            Step::Submit,
            "check",
            "applications-show-check-submit",
            false,
        ),
        (
            Step::Withdraw,
            "withdraw",
            "applications-show-withdraw",
            true,
        ),
    ]
    .into_iter()
    .filter(|(step, ..)| step_allowed(*step))
    .map(|(step, path, label, warning)| StepButton {
        path,
        label: i18n::text(lang, label),
        warning,
        link: step == Step::Submit,
    })
    .collect();
    let review_part = reviews_part(
        db,
        user,
        app,
        staff,
        retry.review.as_ref(),
        &retry.errors,
        lang,
    )
    .await?;
    let can_edit = policy::allows(user, Action::EditApplication(app));
    let revisions = if staff || can_edit {
        revision_links(db, user, app.id).await?
    } else {
        Vec::new()
    };
    let timeline = if policy::allows(user, Action::ViewAudit) {
        let entries = audit::timeline(db, "application", app.id, 100).await?;
        Some(TimelineView::all_for(db, &entries, lang, Some(app.requested_currency)).await?)
    } else {
        None
    };
    let awarded = award::Entity::find()
        .filter(award::Column::ApplicationId.eq(app.id))
        .one(db)
        .await?;
    let can_decide = step_allowed(Step::Approve);
    let budget_left = if can_decide {
        Some(i18n::formats::money(
            lang,
            &rounds::budget_figures(db, &round).await?.left,
        ))
    } else {
        None
    };
    let requested = Money::from_minor(app.requested_minor, round.currency);
    let mut step_values = retry.values;
    if step_values.amount.is_empty() {
        step_values.amount = requested.amount().to_string();
    }
    let (activities, lines) = content_views(&loaded, lang);
    let campaign = match app.campaign_id {
        Some(id) => crate::entities::campaign::Entity::find_by_id(id)
            .one(db)
            .await?
            .map(|c| CampaignLink {
                id: c.id,
                name: c.name,
            }),
        None => None,
    };
    let sensitivity_banner = crate::sensitivity::on_read(
        db,
        user,
        "application",
        app.id,
        "page",
        app.target_state.as_deref(),
        Some(app.organization_id),
    )
    .await?;
    Ok(ShowView {
        sensitivity_banner,
        id: app.id,
        reference: app.reference.clone().unwrap_or_default(),
        title: title_or_draft_in(lang, &app.title),
        status: status.as_str(),
        status_label: status.label_in(lang).into_owned(),
        next_step: status.next_step_in(lang),
        staff_message: app.staff_message.clone(),
        organization: org.map(|o| o.name).unwrap_or_default(),
        organization_id: app.organization_id,
        blind_notice: None,
        campaign,
        target_state: app.target_state.clone().unwrap_or_default(),
        state_name,
        round: round.model.name.clone(),
        round_id: round.id(),
        // The tier by its name and the most it allows ("Small (up to 5,000.00 USD)").
        tier: match round.tiers.iter().find(|t| t.name == app.tier) {
            Some(t) => i18n::format(
                lang,
                "applications-show-tier-up-to",
                &[
                    ("tier", t.name.clone().into()),
                    (
                        "amount",
                        i18n::formats::money(lang, &Money::from_minor(t.max_minor, round.currency))
                            .into(),
                    ),
                ],
            ),
            None => app.tier.clone(),
        },
        summary: app.summary.clone(),
        objectives: app.objectives.clone(),
        lower_tier_plan: app.lower_tier_plan.clone(),
        requested: i18n::formats::money(lang, &requested),
        activities,
        lines,
        submitted: app
            .submitted_at
            .map(|t| crate::views::instant_in(t, user.time_zone))
            .unwrap_or_default(),
        award_amount: awarded
            .as_ref()
            .map(|a| {
                i18n::formats::money(lang, &Money::from_minor(a.amount_minor, a.amount_currency))
            })
            .unwrap_or_default(),
        award_status: awarded
            .as_ref()
            .map(|a| a.status.label_in(lang).to_lowercase())
            .unwrap_or_default(),
        award: awarded.as_ref().map(AwardSummary::from),
        can_edit: status.is_editable() && can_edit,
        member_steps,
        staff,
        can_start_review: step_allowed(Step::StartReview),
        can_request_changes: step_allowed(Step::RequestChanges),
        can_decide,
        can_assign: staff && review_part.can_assign(),
        review_part,
        revisions,
        timeline,
        budget_left,
        step_values,
        errors: retry.errors.first_of_each(),
        documents: None,
        conversation: None,
    })
}

/// The activities and budget lines, in words.
fn content_views(loaded: &Loaded, lang: Lang) -> (Vec<ActivityView>, Vec<LineView>) {
    let date = |d| i18n::formats::date(lang, d);
    let activities = loaded
        .activities
        .iter()
        .map(|a| ActivityView {
            kind: a
                .kind
                .0
                .map(|k| k.label_in(lang).into_owned())
                .unwrap_or_default(),
            description: a.description.clone(),
            dates: match (a.starts_on, a.ends_on) {
                (Some(s), Some(e)) if s == e => date(s),
                (Some(s), Some(e)) => i18n::format(
                    lang,
                    "applications-dates-range",
                    &[("from", date(s).into()), ("to", date(e).into())],
                ),
                (Some(s), None) => {
                    i18n::format(lang, "applications-dates-from", &[("from", date(s).into())])
                }
                _ => String::new(),
            },
        })
        .collect();
    let lines = loaded
        .lines
        .iter()
        .map(|l| LineView {
            category: l
                .category
                .0
                .map(|c| c.label_in(lang).into_owned())
                .unwrap_or_default(),
            description: l.description.clone(),
            amount: i18n::formats::money(
                lang,
                &Money::from_minor(l.amount_minor, loaded.app.requested_currency),
            ),
        })
        .collect();
    (activities, lines)
}

/// Each revision, with a link to what changed from the one before.
async fn revision_links<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<Vec<RevisionLink>, AppError> {
    Ok(revisions::list(db, id)
        .await?
        .iter()
        .map(|r| RevisionLink {
            number: r.number,
            when: crate::views::instant_in(r.created_at, user.time_zone),
            diff: (r.number > 1).then(|| {
                format!(
                    "/applications/{id}/revisions?from={}&to={}",
                    r.number - 1,
                    r.number
                )
            }),
        })
        .collect())
}

fn render(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    view: &ShowView,
) -> Result<Response, AppError> {
    let title = if view.reference.is_empty() {
        view.title.clone()
    } else {
        format!("{}: {}", view.reference, view.title)
    };
    let html = state.views.page(
        "applications/show",
        &page.layout(title, "applications"),
        view,
    )?;
    Ok((status, html).into_response())
}

pub async fn show_application(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let app = get_visible(&state.db, &user, id).await?;
    let blind = super::blind::for_application(&state.db, &user, &app).await?;
    let mut view = show_view(&state.db, &user, app, Retry::default(), page.lang).await?;
    view.documents = Some(documents(&state, &page, &user, id).await?);
    super::blind::apply(blind, &mut view);
    view.conversation = conversation(&state, &user, id).await?;
    render(&state, &page, StatusCode::OK, &view)
}

/// The page again after a refused form, with the messages and what was typed (422).
pub(super) async fn render_refused(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    app: application::Model,
    retry: Retry,
) -> Result<Response, AppError> {
    let id = app.id;
    let blind = super::blind::for_application(&state.db, user, &app).await?;
    let mut view = show_view(&state.db, user, app, retry, page.lang).await?;
    view.documents = Some(documents(state, page, user, id).await?);
    super::blind::apply(blind, &mut view);
    view.conversation = conversation(state, user, id).await?;
    render(state, page, StatusCode::UNPROCESSABLE_ENTITY, &view)
}

async fn documents(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    id: i64,
) -> Result<crate::attachments::pages::AttachmentsBlock, AppError> {
    crate::attachments::pages::block(
        state,
        user,
        crate::attachments::RecordType::Application,
        id,
        page.flash.as_ref(),
    )
    .await
}

/// The thread, for those who read it (not reviewers).
async fn conversation(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> Result<Option<crate::threads::pages::ThreadBlock>, AppError> {
    if !policy::allows(user, Action::ReadMessages) {
        return Ok(None);
    }
    let block =
        crate::threads::pages::block(state, user, crate::threads::RecordKind::Application, id)
            .await?;
    Ok(Some(block))
}

/// The page again after a message its thread's form could not send (422), with the reason
/// next to the field and the text kept.
pub async fn render_thread_refused(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    refused: crate::threads::pages::Refused,
) -> Result<Response, AppError> {
    let id = refused.id;
    let app = get_visible(&state.db, user, id).await?;
    let blind = super::blind::for_application(&state.db, user, &app).await?;
    let mut view = show_view(&state.db, user, app, Retry::default(), page.lang).await?;
    view.documents = Some(documents(state, page, user, id).await?);
    super::blind::apply(blind, &mut view);
    let mut conversation = conversation(state, user, id).await?;
    if let Some(block) = &mut conversation {
        block.refused(Some(&refused));
    }
    view.conversation = conversation;
    render(state, page, StatusCode::UNPROCESSABLE_ENTITY, &view)
}
