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
    /// Why a form was refused as a whole, by form (`approve`, `member`, ...: see
    /// [`RefusedForm`]), shown next to its button; under `page` when the page no longer shows
    /// that form (the application moved on).
    refused: BTreeMap<&'static str, String>,
    /// A member's submission refused for what the application lacks.
    unsubmitted: Option<UnsubmittedView>,
    /// The heading of the error summary, when it is not "There is a problem".
    error_intro: Option<String>,
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
    /// The reviewer chosen in the assignment form, chosen again.
    pub reviewer: String,
    /// A form refused as a whole (409): shown next to its button.
    pub refused: Option<Refusal>,
    /// A member's submission refused for what the application lacks.
    pub unsubmitted: Option<Unsubmitted>,
}

impl Retry {
    /// The page's status: 409 for a form refused as a whole, 422 for messages at fields, 200
    /// for the page as it is.
    fn status(&self) -> StatusCode {
        if self.refused.is_some() {
            StatusCode::CONFLICT
        } else if self.unsubmitted.is_some() || !self.errors.is_empty() {
            StatusCode::UNPROCESSABLE_ENTITY
        } else {
            StatusCode::OK
        }
    }
}

/// A form of the page refused as a whole (a 409: the application moved on, the round closed, a
/// conflict of interest): which form, and why, in a sentence in the page's language.
pub(super) struct Refusal {
    pub form: RefusedForm,
    pub sentence: String,
}

/// The forms of the page a refusal is shown next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum RefusedForm {
    /// The member's steps (submit, resubmit, withdraw), at the top of the page.
    Member,
    StartReview,
    RequestChanges,
    Approve,
    Reject,
    Assign,
    Review,
}

impl RefusedForm {
    /// The form of a step's button.
    pub(super) fn of(step: Step) -> Self {
        match step {
            Step::Submit | Step::Resubmit | Step::Withdraw => Self::Member,
            Step::StartReview => Self::StartReview,
            Step::RequestChanges => Self::RequestChanges,
            Step::Approve => Self::Approve,
            Step::Reject => Self::Reject,
        }
    }

    /// Its key in the page's `refused` (the template's names).
    fn key(self) -> &'static str {
        match self {
            Self::Member => "member",
            Self::StartReview => "start_review",
            Self::RequestChanges => "request_changes",
            Self::Approve => "approve",
            Self::Reject => "reject",
            Self::Assign => "assign",
            Self::Review => "review",
        }
    }
}

/// A member's submission (or resubmission) refused for what the application lacks: the draft
/// stays as saved, and the page lists each missing answer with a link to where it is given.
pub(super) struct Unsubmitted {
    pub step: Step,
    pub missing: FieldErrors,
}

/// One missing answer: the sentence, and where to give it.
#[derive(Serialize)]
struct MissingAnswer {
    message: String,
    href: String,
}

/// What the page says of a refused submission.
#[derive(Serialize)]
struct UnsubmittedView {
    answers: Vec<MissingAnswer>,
}

/// Where a missing answer is given: the edit form's field (`activities[0].kind` is
/// `activity_kind_0`), with the messages shown there (`check=1`); the documents on this page.
fn missing_answer_href(
    id: i64,
    field: &str,
    documents: Option<&crate::attachments::pages::AttachmentsBlock>,
) -> String {
    if field == "documents" {
        return match documents {
            Some(block) if block.may_change => format!("#kind-{}", block.form_id),
            Some(block) => format!("#documents-{}", block.form_id),
            None => format!("#documents-application-{id}"),
        };
    }
    let anchor = match field.split_once('[').and_then(|(group, rest)| {
        let (index, name) = rest.split_once("].")?;
        Some((group, index, name))
    }) {
        Some((group, index, name)) => {
            let row = match group {
                "activities" => "activity",
                "budget_lines" => "line",
                other => other,
            };
            format!("{row}_{name}_{index}")
        }
        None if matches!(field, "activities" | "budget_lines") => format!("{field}-message"),
        None => field.to_owned(),
    };
    format!("/applications/{id}/edit?check=1#{anchor}")
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
    let mut review_part = reviews_part(
        db,
        user,
        app,
        staff,
        retry.review.as_ref(),
        &retry.errors,
        lang,
    )
    .await?;
    review_part.choose(&retry.reviewer);
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
    let refused = retry
        .refused
        .map(|refusal| {
            let shown = match refusal.form {
                RefusedForm::Member => true,
                RefusedForm::StartReview => step_allowed(Step::StartReview),
                RefusedForm::RequestChanges => step_allowed(Step::RequestChanges),
                RefusedForm::Approve | RefusedForm::Reject => can_decide,
                RefusedForm::Assign => staff && review_part.can_assign(),
                RefusedForm::Review => review_part.has_own_review(),
            };
            let key = if shown { refusal.form.key() } else { "page" };
            (key, refusal.sentence)
        })
        .into_iter()
        .collect();
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
        refused,
        unsubmitted: None,
        error_intro: None,
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
    render_application(&state, &page, &user, app, Retry::default()).await
}

/// The application's page; with a `retry`, again after a refused form: the messages next to
/// the fields or the button pressed, what was typed kept, with a status of 422 (messages at
/// fields) or 409 (a form refused as a whole).
pub(super) async fn render_application(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    app: application::Model,
    mut retry: Retry,
) -> Result<Response, AppError> {
    let id = app.id;
    let status = retry.status();
    let unsubmitted = retry.unsubmitted.take();
    let blind = super::blind::for_application(&state.db, user, &app).await?;
    let mut view = show_view(&state.db, user, app, retry, page.lang).await?;
    view.documents = Some(documents(state, user, id).await?);
    super::blind::apply(blind, &mut view);
    view.conversation = conversation(state, user, id).await?;
    if let Some(unsubmitted) = unsubmitted {
        let answers = unsubmitted
            .missing
            .first_of_each()
            .into_iter()
            .map(|(field, message)| MissingAnswer {
                href: missing_answer_href(id, &field, view.documents.as_ref()),
                message,
            })
            .collect();
        let intro = if unsubmitted.step == Step::Resubmit {
            "applications-unresubmitted-intro"
        } else {
            "applications-unsubmitted-intro"
        };
        view.error_intro = Some(i18n::text(page.lang, intro));
        view.unsubmitted = Some(UnsubmittedView { answers });
    }
    render(state, page, status, &view)
}

async fn documents(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
) -> Result<crate::attachments::pages::AttachmentsBlock, AppError> {
    crate::attachments::pages::block(state, user, crate::attachments::RecordType::Application, id)
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
    view.documents = Some(documents(state, user, id).await?);
    super::blind::apply(blind, &mut view);
    let mut conversation = conversation(state, user, id).await?;
    if let Some(block) = &mut conversation {
        block.refused(Some(&refused));
    }
    view.conversation = conversation;
    render(state, page, StatusCode::UNPROCESSABLE_ENTITY, &view)
}

/// The page again after an upload its documents form refused (422, or 409 for an application
/// closed to changes), with the reasons next to the fields and what was typed.
pub async fn render_documents_refused(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    refused: &crate::attachments::pages::Refused,
) -> Result<Response, AppError> {
    let id = refused.id;
    let app = get_visible(&state.db, user, id).await?;
    let blind = super::blind::for_application(&state.db, user, &app).await?;
    let mut view = show_view(&state.db, user, app, Retry::default(), page.lang).await?;
    let mut documents = documents(state, user, id).await?;
    documents.refused(Some(refused));
    view.documents = Some(documents);
    super::blind::apply(blind, &mut view);
    view.conversation = conversation(state, user, id).await?;
    render(state, page, refused.status(), &view)
}

#[cfg(test)]
mod tests {
    use super::missing_answer_href;

    #[test]
    fn a_missing_answer_links_to_its_field_of_the_edit_form() {
        let href = |field| missing_answer_href(7, field, None);
        assert_eq!(href("summary"), "/applications/7/edit?check=1#summary");
        assert_eq!(
            href("activities[1].starts_on"),
            "/applications/7/edit?check=1#activity_starts_on_1"
        );
        assert_eq!(
            href("budget_lines[0].amount"),
            "/applications/7/edit?check=1#line_amount_0"
        );
        assert_eq!(
            href("activities"),
            "/applications/7/edit?check=1#activities-message"
        );
        assert_eq!(href("documents"), "#documents-application-7");
    }
}
