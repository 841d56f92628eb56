//! An application's page: its content, budget, reviews, revisions and history, and the forms of
//! the steps the viewer may take.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use super::api::{take_step, visible};
use super::model::{self, ActivityKind, Category};
use super::notices::Mail;
use super::pages::{OptionView, title_or_draft};
use super::reviews::{self, CRITERIA, Recommendation, ReviewInput, ReviewItem};
use super::revisions::{self, FieldChange};
use super::transitions::StepInput;
use super::views::AwardSummary;
use super::workflow::{Party, Status, Step};
use crate::audit::{self, Actor};
use crate::auth::{CurrentUser, Role};
use crate::choice::Choice;
use crate::entities::{award, organization, state as states, user};
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::members::views::TimelineView;
use crate::money::{Currency, Money};
use crate::policy::{self, Action};
use crate::rounds::model as rounds;
use crate::state::AppState;
use crate::web::context::{PageContext, RequestId};
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Serialize)]
struct ActivityView {
    kind: &'static str,
    description: String,
    dates: String,
}

#[derive(Serialize)]
struct LineView {
    category: &'static str,
    description: String,
    amount: String,
}

#[derive(Serialize)]
struct ReviewRow {
    #[serde(flatten)]
    item: ReviewItem,
    recommendation_label: &'static str,
}

/// The reviewer's own part of the page.
#[derive(Serialize)]
struct MyReview {
    declared: bool,
    scores: Vec<ScoreField>,
    recommendations: Vec<Choice>,
    comment: String,
}

#[derive(Serialize)]
struct ScoreField {
    name: &'static str,
    label: &'static str,
    options: Vec<OptionView>,
    error: Option<String>,
}

#[derive(Serialize)]
struct RevisionLink {
    number: i32,
    when: String,
    diff: Option<String>,
}

#[derive(Serialize, Default)]
struct StepValues {
    message: String,
    reason: String,
    amount: String,
    starts_on: String,
    ends_on: String,
    conditions: String,
}

#[derive(Serialize)]
struct ShowView {
    id: i64,
    reference: String,
    title: String,
    status: String,
    status_label: &'static str,
    next_step: &'static str,
    staff_message: Option<String>,
    organization: String,
    organization_id: i64,
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
    // What the viewer may do.
    can_edit: bool,
    member_steps: Vec<StepButton>,
    staff: bool,
    can_start_review: bool,
    can_request_changes: bool,
    can_decide: bool,
    can_assign: bool,
    reviewers: Vec<OptionView>,
    reviews: Vec<ReviewRow>,
    criteria: Vec<&'static str>,
    /// The mean of each criterion over the reviews given, and of every score.
    criterion_means: Vec<String>,
    overall_mean: Option<String>,
    my_review: Option<MyReview>,
    revisions: Vec<RevisionLink>,
    timeline: Option<Vec<TimelineView>>,
    budget_left: Option<String>,
    step_values: StepValues,
    errors: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct StepButton {
    path: &'static str,
    label: &'static str,
    warning: bool,
}

fn money(minor: i64, currency: &str) -> String {
    Currency::parse(currency)
        .map(|c| Money::from_minor(minor, c).display())
        .unwrap_or_default()
}

/// What a failed step sends back to the page: the messages, and what was typed.
#[derive(Default)]
struct Retry {
    errors: FieldErrors,
    values: StepValues,
    review: Option<ReviewInput>,
}

#[allow(clippy::too_many_lines)]
async fn show_view<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    app: crate::entities::application::Model,
    retry: Retry,
) -> Result<ShowView, AppError> {
    let round = rounds::get(db, app.round_id).await?;
    let status = model::status_of(&app);
    let loaded = model::load(db, app).await?;
    let app = &loaded.app;
    let org = organization::Entity::find_by_id(app.organization_id)
        .one(db)
        .await?;
    let state_name = match &app.target_state {
        Some(code) => states::Entity::find_by_id(code.clone())
            .one(db)
            .await?
            .map(|s| s.name)
            .unwrap_or_default(),
        None => String::new(),
    };
    let staff = policy::allows(user, Action::ManageReviews);
    let step_allowed = |step: Step| {
        policy::allows(user, Action::TakeStep(step, app)) && status.steps().any(|s| s == step)
    };
    let member_steps = [
        (Step::Submit, "submit", "Submit the application", false),
        (Step::Withdraw, "withdraw", "Withdraw the application", true),
    ]
    .into_iter()
    .filter(|(step, ..)| step_allowed(*step))
    .map(|(_, path, label, warning)| StepButton {
        path,
        label,
        warning,
    })
    .collect();
    let all_reviews = reviews::of_application(db, app.id).await?;
    let (reviews_shown, my_review) = if staff {
        (
            all_reviews
                .iter()
                .map(|(r, u)| review_row(ReviewItem::new(r, u.as_ref())))
                .collect::<Vec<_>>(),
            None,
        )
    } else {
        let mine = all_reviews.iter().find(|(r, _)| r.reviewer_id == user.id);
        let my_review = mine.map(|(r, _)| my_review(r, retry.review.as_ref(), &retry.errors));
        (Vec::new(), my_review)
    };
    let submitted: Vec<&crate::entities::review::Model> = all_reviews
        .iter()
        .map(|(r, _)| r)
        .filter(|r| r.submitted_at.is_some())
        .collect();
    let criterion_means = if staff {
        [
            |r: &crate::entities::review::Model| r.relevance,
            |r: &crate::entities::review::Model| r.feasibility,
            |r: &crate::entities::review::Model| r.value_for_money,
            |r: &crate::entities::review::Model| r.capacity,
        ]
        .iter()
        .map(|score| {
            let scores: Vec<Option<i16>> = submitted.iter().map(|r| score(r)).collect();
            reviews::mean(&scores).unwrap_or_default()
        })
        .collect()
    } else {
        Vec::new()
    };
    let overall_mean = reviews::mean(
        &submitted
            .iter()
            .flat_map(|r| [r.relevance, r.feasibility, r.value_for_money, r.capacity])
            .collect::<Vec<_>>(),
    );
    let reviewers = if staff && !status.is_final() && status != Status::Draft {
        let assigned: Vec<i64> = all_reviews.iter().map(|(r, _)| r.reviewer_id).collect();
        user::Entity::find()
            .filter(user::Column::Role.eq(Role::Reviewer.as_str()))
            .filter(user::Column::Active.eq(true))
            .order_by_asc(user::Column::Email)
            .all(db)
            .await?
            .into_iter()
            .filter(|u| !assigned.contains(&u.id))
            .map(|u| OptionView {
                value: u.id.to_string(),
                label: if u.name.is_empty() {
                    u.email
                } else {
                    format!("{} ({})", u.name, u.email)
                },
                selected: false,
            })
            .collect()
    } else {
        Vec::new()
    };
    let revision_list = if staff || policy::allows(user, Action::EditApplication(app)) {
        revisions::list(db, app.id).await?
    } else {
        Vec::new()
    };
    let revisions = revision_list
        .iter()
        .map(|r| RevisionLink {
            number: r.number,
            when: crate::views::instant_in(r.created_at, user.time_zone),
            diff: (r.number > 1).then(|| {
                format!(
                    "/applications/{}/revisions?from={}&to={}",
                    app.id,
                    r.number - 1,
                    r.number
                )
            }),
        })
        .collect();
    let timeline = if policy::allows(user, Action::ViewAudit) {
        let entries = audit::timeline(db, "application", app.id, 100).await?;
        Some(entries.iter().map(TimelineView::from).collect())
    } else {
        None
    };
    let awarded = award::Entity::find()
        .filter(award::Column::ApplicationId.eq(app.id))
        .one(db)
        .await?;
    let can_decide = step_allowed(Step::Approve);
    let budget_left = if can_decide {
        Some(rounds::budget_figures(db, &round).await?.left.display())
    } else {
        None
    };
    let requested = Money::from_minor(app.requested_minor, round.currency);
    let mut step_values = retry.values;
    if step_values.amount.is_empty() {
        step_values.amount = requested.amount().to_string();
    }
    Ok(ShowView {
        id: app.id,
        reference: app.reference.clone().unwrap_or_default(),
        title: title_or_draft(&app.title),
        status: app.status.clone(),
        status_label: status.label(),
        next_step: status.next_step(),
        staff_message: app.staff_message.clone(),
        organization: org.map(|o| o.name).unwrap_or_default(),
        organization_id: app.organization_id,
        target_state: app.target_state.clone().unwrap_or_default(),
        state_name,
        round: round.model.name.clone(),
        round_id: round.id(),
        tier: app.tier.clone(),
        summary: app.summary.clone(),
        objectives: app.objectives.clone(),
        lower_tier_plan: app.lower_tier_plan.clone(),
        requested: requested.display(),
        activities: loaded
            .activities
            .iter()
            .map(|a| ActivityView {
                kind: a
                    .kind
                    .parse::<ActivityKind>()
                    .map_or("", ActivityKind::label),
                description: a.description.clone(),
                dates: match (a.starts_on, a.ends_on) {
                    (Some(s), Some(e)) if s == e => s.to_string(),
                    (Some(s), Some(e)) => format!("{s} to {e}"),
                    (Some(s), None) => format!("from {s}"),
                    _ => String::new(),
                },
            })
            .collect(),
        lines: loaded
            .lines
            .iter()
            .map(|l| LineView {
                category: l.category.parse::<Category>().map_or("", Category::label),
                description: l.description.clone(),
                amount: money(l.amount_minor, &app.requested_currency),
            })
            .collect(),
        submitted: app
            .submitted_at
            .map(|t| crate::views::instant_in(t, user.time_zone))
            .unwrap_or_default(),
        award_amount: awarded
            .as_ref()
            .map(|a| Money::from_minor(a.amount_minor, a.amount_currency).display())
            .unwrap_or_default(),
        award: awarded.as_ref().map(AwardSummary::from),
        can_edit: status.is_editable() && policy::allows(user, Action::EditApplication(app)),
        member_steps,
        staff,
        can_start_review: step_allowed(Step::StartReview),
        can_request_changes: step_allowed(Step::RequestChanges),
        can_decide,
        can_assign: staff && !reviewers.is_empty(),
        reviewers,
        reviews: reviews_shown,
        criteria: CRITERIA.iter().map(|(_, label)| *label).collect(),
        criterion_means,
        overall_mean: if staff { overall_mean } else { None },
        my_review,
        revisions,
        timeline,
        budget_left,
        step_values,
        errors: retry.errors.first_of_each(),
    })
}

fn review_row(item: ReviewItem) -> ReviewRow {
    let recommendation_label = item
        .recommendation
        .as_deref()
        .and_then(|r| r.parse::<Recommendation>().ok())
        .map_or("", Recommendation::label);
    ReviewRow {
        item,
        recommendation_label,
    }
}

fn my_review(
    review: &crate::entities::review::Model,
    typed: Option<&ReviewInput>,
    errors: &FieldErrors,
) -> MyReview {
    let saved = [
        review.relevance,
        review.feasibility,
        review.value_for_money,
        review.capacity,
    ];
    let scores = CRITERIA
        .iter()
        .zip(saved)
        .map(|((name, label), saved)| {
            let typed_value = typed.and_then(|t| match *name {
                "relevance" => t.relevance.as_ref(),
                "feasibility" => t.feasibility.as_ref(),
                "value_for_money" => t.value_for_money.as_ref(),
                _ => t.capacity.as_ref(),
            });
            let current = typed_value
                .map(NumberInput::text)
                .or_else(|| saved.map(|s| s.to_string()))
                .unwrap_or_default();
            ScoreField {
                name,
                label,
                options: (1..=5)
                    .map(|n| OptionView {
                        value: n.to_string(),
                        label: n.to_string(),
                        selected: current == n.to_string(),
                    })
                    .collect(),
                error: errors.first(name).map(str::to_owned),
            }
        })
        .collect();
    let recommendation = typed
        .and_then(|t| t.recommendation.clone())
        .or_else(|| review.recommendation.clone())
        .unwrap_or_default();
    MyReview {
        declared: review.declared_at.is_some(),
        scores,
        recommendations: Recommendation::options(&recommendation),
        comment: typed
            .and_then(|t| t.comment.clone())
            .or_else(|| review.comment.clone())
            .unwrap_or_default(),
    }
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
    let app = visible(&state.db, &user, model::get(&state.db, id).await?).await?;
    let view = show_view(&state.db, &user, app, Retry::default()).await?;
    render(&state, &page, StatusCode::OK, &view)
}

/// The forms of the steps: each posts the fields its step takes.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct StepForm {
    pub message: String,
    pub reason: String,
    pub amount: String,
    pub starts_on: String,
    pub ends_on: String,
    pub conditions: String,
}

impl StepForm {
    fn input(&self) -> StepInput {
        let some = |v: &str| Some(v.to_owned());
        StepInput {
            message: some(&self.message),
            reason: some(&self.reason),
            amount: some(&self.amount),
            starts_on: some(&self.starts_on),
            ends_on: some(&self.ends_on),
            conditions: some(&self.conditions),
        }
    }

    fn values(&self) -> StepValues {
        StepValues {
            message: self.message.clone(),
            reason: self.reason.clone(),
            amount: self.amount.clone(),
            starts_on: self.starts_on.clone(),
            ends_on: self.ends_on.clone(),
            conditions: self.conditions.clone(),
        }
    }
}

fn done_message(step: Step, app: &crate::entities::application::Model) -> String {
    let reference = app.reference.clone().unwrap_or_default();
    match step {
        Step::Submit => format!("Submitted: the reference is {reference}. ICBL has been told."),
        Step::Resubmit => "Resubmitted: ICBL has been told.".to_owned(),
        Step::Withdraw => "The application is withdrawn.".to_owned(),
        Step::StartReview => "The review has started; the organization has been told.".to_owned(),
        Step::RequestChanges => "The organization has been asked for changes.".to_owned(),
        Step::Approve => "Approved: the award is created and the organization told.".to_owned(),
        Step::Reject => "Rejected: the organization has been told why.".to_owned(),
    }
}

/// A step asked for from a page.
struct StepRequest {
    id: i64,
    step: Step,
    form: StepForm,
}

async fn post_step(
    state: AppState,
    page: PageContext,
    user: CurrentUser,
    request_id: Option<String>,
    flash: Flash,
    StepRequest { id, step, form }: StepRequest,
) -> Result<Response, AppError> {
    match take_step(&state, &user, request_id, id, step, &form.input()).await {
        Ok(taken) => Ok(flash.redirect(
            &FlashMessage::success(done_message(step, &taken.app)),
            &format!("/applications/{id}"),
        )),
        // What is missing is shown where it is typed: in the form.
        Err(AppError::Validation(_)) if step.party() == Party::Member => Ok(flash.redirect(
            &FlashMessage::warning(
                "The application is not complete yet: the messages are beside the fields.",
            ),
            &format!("/applications/{id}/edit?check=1"),
        )),
        Err(AppError::Validation(errors)) => {
            let app = visible(&state.db, &user, model::get(&state.db, id).await?).await?;
            let retry = Retry {
                errors,
                values: form.values(),
                review: None,
            };
            let view = show_view(&state.db, &user, app, retry).await?;
            render(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other),
    }
}

macro_rules! step_pages {
    ($($name:ident => $step:expr),+ $(,)?) => {
        $(
            pub async fn $name(
                State(state): State<AppState>,
                page: PageContext,
                user: CurrentUser,
                RequestId(request_id): RequestId,
                flash: Flash,
                Path(id): Path<i64>,
                Form(form): Form<StepForm>,
            ) -> Result<Response, AppError> {
                post_step(state, page, user, request_id, flash, StepRequest { id, step: $step, form }).await
            }
        )+
    };
}

step_pages!(
    submit_application => Step::Submit,
    start_review => Step::StartReview,
    request_changes => Step::RequestChanges,
    resubmit_application => Step::Resubmit,
    approve_application => Step::Approve,
    reject_application => Step::Reject,
    withdraw_application => Step::Withdraw,
);

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    pub user_id: String,
}

pub async fn assign_reviewer(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<AssignForm>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageReviews)?;
    let txn = crate::db::begin_write(&state.db).await?;
    let app = crate::db::get_for_update::<crate::entities::application::Entity, _>(
        &txn,
        id,
        "application",
    )
    .await?;
    let assigned = reviews::assign(
        &txn,
        Mail::from(&state),
        &Actor::user(&user, request_id),
        &app,
        form.user_id.trim().parse().ok(),
    )
    .await;
    match assigned {
        Ok(_) => {
            txn.commit().await?;
            Ok(flash.redirect(
                &FlashMessage::success("The reviewer is assigned and has been told."),
                &format!("/applications/{id}#reviews"),
            ))
        }
        Err(AppError::Validation(errors)) => {
            drop(txn);
            let retry = Retry {
                errors,
                ..Retry::default()
            };
            let view = show_view(&state.db, &user, app, retry).await?;
            render(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReviewForm {
    pub no_conflict: Option<String>,
    pub relevance: Option<String>,
    pub feasibility: Option<String>,
    pub value_for_money: Option<String>,
    pub capacity: Option<String>,
    pub recommendation: Option<String>,
    pub comment: Option<String>,
}

impl ReviewForm {
    fn input(&self) -> ReviewInput {
        let number = |v: &Option<String>| v.clone().map(NumberInput::Text);
        ReviewInput {
            no_conflict: self.no_conflict.clone().map(reviews::BoolInput::Text),
            relevance: number(&self.relevance),
            feasibility: number(&self.feasibility),
            value_for_money: number(&self.value_for_money),
            capacity: number(&self.capacity),
            recommendation: self.recommendation.clone(),
            comment: self.comment.clone(),
        }
    }
}

pub async fn submit_review(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<ReviewForm>,
) -> Result<Response, AppError> {
    let input = form.input();
    let txn = crate::db::begin_write(&state.db).await?;
    let app = visible(
        &txn,
        &user,
        crate::db::get_for_update::<crate::entities::application::Entity, _>(
            &txn,
            id,
            "application",
        )
        .await?,
    )
    .await?;
    let assignment = reviews::assignment(&txn, app.id, user.id).await?;
    policy::authorize(
        &user,
        Action::Review {
            assigned: assignment.is_some(),
        },
    )?;
    let Some(assignment) = assignment else {
        return Err(AppError::Forbidden);
    };
    let reviewer = user::Entity::find_by_id(user.id)
        .one(&txn)
        .await?
        .ok_or(AppError::Unauthorized)?;
    let declaring_only = assignment.declared_at.is_none();
    match reviews::submit(
        &txn,
        &Actor::user(&user, request_id),
        &app,
        &reviewer,
        assignment,
        &input,
    )
    .await
    {
        Ok(saved) => {
            txn.commit().await?;
            let message = if declaring_only && saved.submitted_at.is_none() {
                "Thank you: your declaration is recorded. You can now review the application."
            } else {
                "Your review is saved. Thank you."
            };
            Ok(flash.redirect(
                &FlashMessage::success(message),
                &format!("/applications/{id}#review"),
            ))
        }
        Err(AppError::Validation(errors)) => {
            drop(txn);
            let retry = Retry {
                errors,
                review: Some(input),
                ..Retry::default()
            };
            let view = show_view(&state.db, &user, app, retry).await?;
            render(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DiffParams {
    pub from: Option<String>,
    pub to: Option<String>,
}

#[derive(Serialize)]
struct DiffView {
    id: i64,
    reference: String,
    title: String,
    from: i32,
    to: i32,
    changes: Vec<FieldChange>,
}

pub async fn show_revisions(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
    Params(params): Params<DiffParams>,
) -> Result<Response, AppError> {
    let app = visible(&state.db, &user, model::get(&state.db, id).await?).await?;
    if !policy::allows(&user, Action::ManageReviews) {
        policy::authorize(&user, Action::EditApplication(&app))?;
    }
    let list = revisions::list(&state.db, app.id).await?;
    let mut errors = FieldErrors::new();
    let number =
        |errors: &mut FieldErrors, field: &str, value: &Option<String>, default: i32| match value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            None => Some(default),
            Some(v) => match v.parse::<i32>() {
                Ok(n) if list.iter().any(|r| r.number == n) => Some(n),
                _ => {
                    errors.add(field, format!("there is no revision {v}"));
                    None
                }
            },
        };
    let last = list.last().map_or(1, |r| r.number);
    let to = number(&mut errors, "to", &params.to, last);
    let from = number(&mut errors, "from", &params.from, (last - 1).max(1));
    let (Some(from), Some(to)) = (from, to) else {
        return Err(AppError::bad_request(errors));
    };
    let find = |n: i32| list.iter().find(|r| r.number == n);
    let changes = match (find(from), find(to)) {
        (Some(a), Some(b)) => revisions::diff(&a.content, &b.content),
        _ => return Err(AppError::not_found("this application has no revision yet")),
    };
    let view = DiffView {
        id: app.id,
        reference: app.reference.clone().unwrap_or_default(),
        title: title_or_draft(&app.title),
        from,
        to,
        changes,
    };
    let html = state.views.page(
        "applications/revisions",
        &page.layout(format!("Changes to {}", view.reference), "applications"),
        &view,
    )?;
    Ok(html.into_response())
}
