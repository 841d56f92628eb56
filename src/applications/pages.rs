//! The application pages: the list (staff), the dashboard (members), the reviewer's list, the
//! CSV export, and the form a member drafts in.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::Form;
use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder};
use serde::{Deserialize, Serialize};

use super::api::{applicant_for, round_for, visible};
use super::list::{self, ListParams, SORTS, Scope};
use super::model::{self, ActivityInput, ActivityKind, ApplicationInput, Category, LineInput};
use super::notices::Mail;
use super::transitions::{self, StepInput};
use super::workflow::{Status, Step};
use crate::audit::Actor;
use crate::auth::{CurrentUser, Role};
use crate::choice::Choice;
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::money::Money;
use crate::policy::{self, Action};
use crate::rounds::model::{self as rounds, Round};
use crate::state::AppState;
use crate::treaty::status::TreatyStatus;
use crate::web::context::{PageContext, RequestId};
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

/// An option whose value and label are made at run time.
#[derive(Clone, Debug, Serialize)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

#[derive(Serialize)]
struct RowView {
    id: i64,
    reference: String,
    title: String,
    organization: String,
    organization_id: i64,
    target_state: String,
    state_name: String,
    round: String,
    tier: String,
    requested: String,
    status: String,
    status_label: &'static str,
    next_step: &'static str,
    submitted: String,
    updated: String,
}

impl RowView {
    fn new(row: list::Row, zone: chrono_tz::Tz) -> Self {
        let status = row.status();
        Self {
            id: row.id,
            reference: row.reference.clone().unwrap_or_default(),
            requested: row.requested().map(|m| m.display()).unwrap_or_default(),
            title: if row.title.is_empty() {
                "(untitled draft)".to_owned()
            } else {
                row.title.clone()
            },
            organization: row.organization_name,
            organization_id: row.organization_id,
            target_state: row.target_state.unwrap_or_default(),
            state_name: row.state_name.unwrap_or_default(),
            round: row.round_name,
            tier: row.tier,
            status: row.status,
            status_label: status.label(),
            next_step: status.next_step(),
            submitted: row
                .submitted_at
                .map(|t| crate::views::instant_in(t, zone))
                .unwrap_or_default(),
            updated: crate::views::instant_in(row.updated_at, zone),
        }
    }
}

#[derive(Serialize)]
struct OpenRoundView {
    id: i64,
    name: String,
    closes: String,
}

#[derive(Serialize)]
struct ListView {
    /// `staff`, `member` or `reviewer`: which page this is.
    audience: &'static str,
    member: bool,
    rows: Vec<RowView>,
    total: u64,
    page: u64,
    previous: Option<String>,
    next: Option<String>,
    rounds: Vec<OptionView>,
    statuses: Vec<Choice>,
    sorts: Vec<OptionView>,
    target_state: String,
    organization_id: String,
    q: String,
    export: Option<String>,
    open_rounds: Vec<OpenRoundView>,
    errors: BTreeMap<String, String>,
}

fn query_string(filter: &list::Filter, page: Option<u64>) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    if let Some(id) = filter.round_id {
        query.append_pair("round_id", &id.to_string());
    }
    if let Some(status) = filter.status {
        query.append_pair("status", status.as_str());
    }
    if let Some(code) = &filter.target_state {
        query.append_pair("target_state", code);
    }
    if let Some(id) = filter.organization_id {
        query.append_pair("organization_id", &id.to_string());
    }
    if let Some(q) = &filter.q {
        query.append_pair("q", q);
    }
    if filter.sort != SORTS[0].0 {
        query.append_pair("sort", filter.sort);
    }
    if let Some(page) = page {
        query.append_pair("page", &page.to_string());
    }
    query.finish()
}

pub async fn list_applications(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ListApplications)?;
    let scope = Scope::of(&user);
    let (filter, pagination, errors) = params.parse_lenient();
    let (rows, total) = list::page(&state.db, scope, &filter, pagination).await?;
    let all_rounds = crate::entities::round::Entity::find()
        .order_by_desc(crate::entities::round::Column::OpensAt)
        .all(&state.db)
        .await?;
    let open_rounds = if user.role == Role::Member {
        rounds::open_now(&state.db)
            .await?
            .iter()
            .map(|r| OpenRoundView {
                id: r.id(),
                name: r.model.name.clone(),
                closes: crate::views::instant_in(r.model.closes_at, user.time_zone),
            })
            .collect()
    } else {
        Vec::new()
    };
    let link = |page: u64| format!("/applications?{}", query_string(&filter, Some(page)));
    let view = ListView {
        member: matches!(scope, Scope::Organization(_) | Scope::Nothing),
        audience: match scope {
            Scope::All => "staff",
            Scope::Reviewer(_) => "reviewer",
            _ => "member",
        },
        rows: rows
            .into_iter()
            .map(|r| RowView::new(r, user.time_zone))
            .collect(),
        total,
        page: pagination.page,
        previous: (pagination.page > 1).then(|| link(pagination.page - 1)),
        next: (pagination.offset() + pagination.per_page < total)
            .then(|| link(pagination.page + 1)),
        rounds: all_rounds
            .iter()
            .map(|r| OptionView {
                value: r.id.to_string(),
                label: r.name.clone(),
                selected: filter.round_id == Some(r.id),
            })
            .collect(),
        statuses: Status::options(filter.status.map_or("", Status::as_str)),
        sorts: SORTS
            .iter()
            .map(|(value, label)| OptionView {
                value: (*value).to_owned(),
                label: (*label).to_owned(),
                selected: *value == filter.sort,
            })
            .collect(),
        target_state: filter.target_state.clone().unwrap_or_default(),
        organization_id: filter
            .organization_id
            .map(|id| id.to_string())
            .unwrap_or_default(),
        q: filter.q.clone().unwrap_or_default(),
        export: policy::allows(&user, Action::ExportApplications)
            .then(|| format!("/applications.csv?{}", query_string(&filter, None))),
        open_rounds,
        errors: errors.first_of_each(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let title = match scope {
        Scope::All => "Applications",
        Scope::Reviewer(_) => "Applications to review",
        _ => "Your applications",
    };
    let html = state.views.page(
        "applications/list",
        &page.layout(title, "applications"),
        &view,
    )?;
    Ok((status, html).into_response())
}

/// The filtered list as a CSV download, streamed from the database in batches.
pub async fn export_applications(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ExportApplications)?;
    let (filter, _) = params.parse().map_err(AppError::bad_request)?;
    let stream = list::csv_stream(state.db, Scope::of(&user), filter);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"applications.csv\"",
            ),
        ],
        Body::from_stream(stream),
    )
        .into_response())
}

/// The form as posted: activity and budget rows as repeated fields.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct ApplicationForm {
    pub round_id: String,
    pub organization_id: String,
    pub target_state: String,
    pub title: String,
    pub summary: String,
    pub objectives: String,
    pub tier: String,
    pub lower_tier_plan: String,
    pub activity_kind: Vec<String>,
    pub activity_description: Vec<String>,
    pub activity_starts_on: Vec<String>,
    pub activity_ends_on: Vec<String>,
    pub line_category: Vec<String>,
    pub line_description: Vec<String>,
    pub line_amount: Vec<String>,
    /// `save` keeps a draft; `submit` saves and submits (or resubmits).
    pub intent: String,
}

fn nth(values: &[String], i: usize) -> String {
    values.get(i).cloned().unwrap_or_default()
}

impl ApplicationForm {
    pub fn input(&self) -> ApplicationInput {
        let activities = (0..self
            .activity_kind
            .len()
            .max(self.activity_description.len()))
            .map(|i| ActivityInput {
                kind: nth(&self.activity_kind, i),
                description: nth(&self.activity_description, i),
                starts_on: nth(&self.activity_starts_on, i),
                ends_on: nth(&self.activity_ends_on, i),
            })
            .collect();
        let lines = (0..self.line_category.len().max(self.line_amount.len()))
            .map(|i| LineInput {
                category: nth(&self.line_category, i),
                description: nth(&self.line_description, i),
                amount: nth(&self.line_amount, i),
            })
            .collect();
        let text = |v: &str| Some(v.to_owned());
        ApplicationInput {
            round_id: Some(NumberInput::Text(self.round_id.clone())),
            organization_id: Some(NumberInput::Text(self.organization_id.clone())),
            target_state: text(&self.target_state),
            title: text(&self.title),
            summary: text(&self.summary),
            objectives: text(&self.objectives),
            tier: text(&self.tier),
            lower_tier_plan: text(&self.lower_tier_plan),
            requested_amount: None,
            activities: Some(activities),
            budget_lines: Some(lines),
        }
    }
}

#[derive(Serialize)]
struct ActivityRow {
    index: usize,
    /// For people: counted from 1.
    number: usize,
    kinds: Vec<Choice>,
    description: String,
    starts_on: String,
    ends_on: String,
    errors: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct LineRow {
    index: usize,
    /// For people: counted from 1.
    number: usize,
    categories: Vec<Choice>,
    description: String,
    amount: String,
    errors: BTreeMap<String, String>,
}

#[derive(Serialize)]
struct FormView {
    action: String,
    heading: String,
    round_name: String,
    currency: &'static str,
    organization_id: i64,
    round_id: i64,
    values: ApplicationInput,
    states: Vec<OptionView>,
    tiers: Vec<OptionView>,
    activities: Vec<ActivityRow>,
    lines: Vec<LineRow>,
    requested: String,
    resubmitting: bool,
    errors: BTreeMap<String, String>,
}

/// Every error of row `i` of `group`, by field.
fn row_errors(errors: &FieldErrors, group: &str, i: usize) -> BTreeMap<String, String> {
    let prefix = format!("{group}[{i}].");
    errors
        .first_of_each()
        .into_iter()
        .filter_map(|(k, v)| k.strip_prefix(&prefix).map(|f| (f.to_owned(), v)))
        .collect()
}

/// The form's view: what was typed (or saved), the messages beside each field, and room for
/// two more activities and three more budget lines.
/// Where the form posts and what it is for.
struct FormContext<'a> {
    action: String,
    heading: String,
    round: &'a Round,
    organization_id: i64,
    status: Status,
}

async fn form_view(
    state: &AppState,
    FormContext {
        action,
        heading,
        round,
        organization_id,
        status,
    }: FormContext<'_>,
    input: &ApplicationInput,
    errors: &FieldErrors,
) -> Result<FormView, AppError> {
    let record = state.treaty_record.record(&state.db).await?;
    let today = crate::treaty::model::today();
    let target = input
        .target_state
        .as_deref()
        .unwrap_or("")
        .trim()
        .to_ascii_uppercase();
    let states = record
        .states()
        .iter()
        .map(|(s, history)| {
            let status = history.status_on(today);
            OptionView {
                value: s.iso3.clone(),
                label: if status == TreatyStatus::StateParty {
                    s.name.clone()
                } else {
                    format!("{} ({})", s.name, status.label().to_lowercase())
                },
                selected: s.iso3 == target,
            }
        })
        .collect();
    let tier = input.tier.as_deref().unwrap_or("");
    let tiers = round
        .tiers
        .iter()
        .map(|t| OptionView {
            value: t.name.clone(),
            label: format!(
                "{}: up to {}",
                t.name,
                Money::from_minor(t.max_minor, round.currency).display()
            ),
            selected: t.name == tier,
        })
        .collect();
    let typed_activities: Vec<&ActivityInput> = input
        .activities
        .iter()
        .flatten()
        .filter(|a| {
            [&a.kind, &a.description, &a.starts_on, &a.ends_on]
                .iter()
                .any(|v| !v.trim().is_empty())
        })
        .collect();
    let mut activities: Vec<ActivityRow> = typed_activities
        .iter()
        .enumerate()
        .map(|(i, a)| ActivityRow {
            index: i,
            number: i + 1,
            kinds: ActivityKind::options(a.kind.trim()),
            description: a.description.clone(),
            starts_on: a.starts_on.clone(),
            ends_on: a.ends_on.clone(),
            errors: row_errors(errors, "activities", i),
        })
        .collect();
    for _ in 0..2 {
        activities.push(ActivityRow {
            index: activities.len(),
            number: activities.len() + 1,
            kinds: ActivityKind::options(""),
            description: String::new(),
            starts_on: String::new(),
            ends_on: String::new(),
            errors: BTreeMap::new(),
        });
    }
    let typed_lines: Vec<&LineInput> = input
        .budget_lines
        .iter()
        .flatten()
        .filter(|l| {
            [&l.category, &l.description, &l.amount]
                .iter()
                .any(|v| !v.trim().is_empty())
        })
        .collect();
    let mut requested = Money::zero(round.currency);
    let mut lines: Vec<LineRow> = typed_lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            if let Ok(amount) = Money::parse(&l.amount, round.currency) {
                requested = requested.checked_add(amount).unwrap_or(requested);
            }
            LineRow {
                index: i,
                number: i + 1,
                categories: Category::options(l.category.trim()),
                description: l.description.clone(),
                amount: l.amount.clone(),
                errors: row_errors(errors, "budget_lines", i),
            }
        })
        .collect();
    for _ in 0..3 {
        lines.push(LineRow {
            index: lines.len(),
            number: lines.len() + 1,
            categories: Category::options(""),
            description: String::new(),
            amount: String::new(),
            errors: BTreeMap::new(),
        });
    }
    Ok(FormView {
        action,
        heading,
        round_name: round.model.name.clone(),
        currency: round.currency.code(),
        organization_id,
        round_id: round.id(),
        values: input.clone(),
        states,
        tiers,
        activities,
        lines,
        requested: requested.display(),
        resubmitting: status == Status::ChangesRequested,
        errors: errors.first_of_each(),
    })
}

fn render_form(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    view: &FormView,
) -> Result<Response, AppError> {
    let html = state.views.page(
        "applications/form",
        &page.layout(view.heading.clone(), "applications"),
        view,
    )?;
    Ok((status, html).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewParams {
    pub round_id: Option<String>,
}

pub async fn new_application(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<NewParams>,
) -> Result<Response, AppError> {
    let org = applicant_for(&state.db, &user, None).await?;
    let round_id = params.round_id.map(NumberInput::Text);
    let round = match round_for(&state.db, round_id.as_ref()).await {
        Ok(round) => round,
        Err(AppError::Validation(_)) => {
            return Ok(Redirect::to("/rounds").into_response());
        }
        Err(other) => return Err(other),
    };
    model::check_can_start(&round, &org)?;
    let view = form_view(
        &state,
        FormContext {
            action: "/applications".to_owned(),
            heading: format!("New application to {}", round.model.name),
            round: &round,
            organization_id: org.id,
            status: Status::Draft,
        },
        &ApplicationInput::default(),
        &FieldErrors::new(),
    )
    .await?;
    render_form(&state, &page, StatusCode::OK, &view)
}

pub async fn create_application(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    flash: Flash,
    Form(form): Form<ApplicationForm>,
) -> Result<Response, AppError> {
    let input = form.input();
    let txn = crate::db::begin_write(&state.db).await?;
    let org = applicant_for(&txn, &user, input.organization_id.as_ref()).await?;
    let round = round_for(&txn, input.round_id.as_ref()).await?;
    let actor = Actor::user(&user, request_id);
    let saved = match input.content(&txn, &round).await {
        Ok(content) => model::create(&txn, &actor, &round, &org, content).await,
        Err(errors) => Err(AppError::Validation(errors)),
    };
    let app = match saved {
        Ok(app) => app,
        Err(AppError::Validation(errors)) => {
            drop(txn);
            let view = form_view(
                &state,
                FormContext {
                    action: "/applications".to_owned(),
                    heading: format!("New application to {}", round.model.name),
                    round: &round,
                    organization_id: org.id,
                    status: Status::Draft,
                },
                &input,
                &errors,
            )
            .await?;
            return render_form(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view);
        }
        Err(other) => return Err(other),
    };
    txn.commit().await?;
    after_save(&state, &page, &user, &actor, flash, app, &form, &round).await
}

/// After a save: back to the application, or on to its submission when that was asked for. A
/// submission that is refused for what is missing shows the form with every message.
#[allow(clippy::too_many_arguments)]
async fn after_save(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    actor: &Actor,
    flash: Flash,
    app: crate::entities::application::Model,
    form: &ApplicationForm,
    round: &Round,
) -> Result<Response, AppError> {
    let id = app.id;
    let status = model::status_of(&app);
    if form.intent != "submit" {
        return Ok(flash.redirect(
            &FlashMessage::success("The draft is saved."),
            &format!("/applications/{id}"),
        ));
    }
    let step = if status == Status::ChangesRequested {
        Step::Resubmit
    } else {
        Step::Submit
    };
    match submit(state, user, actor, id, step).await {
        Ok(app) => Ok(flash.redirect(
            &FlashMessage::success(format!(
                "Submitted: the reference is {}. ICBL has been told.",
                app.reference.unwrap_or_default()
            )),
            &format!("/applications/{id}"),
        )),
        Err(AppError::Validation(errors)) => {
            let view = form_view(
                state,
                FormContext {
                    action: format!("/applications/{id}"),
                    heading: "Complete the application".to_owned(),
                    round,
                    organization_id: app.organization_id,
                    status,
                },
                &form.input(),
                &errors,
            )
            .await?;
            render_form(state, page, StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other),
    }
}

async fn submit(
    state: &AppState,
    user: &CurrentUser,
    actor: &Actor,
    id: i64,
    step: Step,
) -> Result<crate::entities::application::Model, AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let app = visible(
        &txn,
        user,
        crate::db::get_for_update::<crate::entities::application::Entity, _>(
            &txn,
            id,
            "application",
        )
        .await?,
    )
    .await?;
    policy::authorize(user, Action::TakeStep(step, &app))?;
    let taken = transitions::take(
        &txn,
        Mail::from(state),
        actor,
        app,
        step,
        &StepInput::default(),
    )
    .await?;
    txn.commit().await?;
    Ok(taken.app)
}

async fn editable<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<(crate::entities::application::Model, Round), AppError> {
    let app = visible(
        db,
        user,
        crate::db::get_for_update::<crate::entities::application::Entity, _>(db, id, "application")
            .await?,
    )
    .await?;
    policy::authorize(user, Action::EditApplication(&app))?;
    let status = model::status_of(&app);
    if !status.is_editable() {
        return Err(AppError::Conflict(format!(
            "an application that is {} cannot be changed",
            status.label().to_lowercase()
        )));
    }
    let round = rounds::get(db, app.round_id).await?;
    Ok((app, round))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EditParams {
    /// Set after a refused submission: show what is missing.
    pub check: Option<String>,
}

pub async fn edit_application(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
    Params(params): Params<EditParams>,
) -> Result<Response, AppError> {
    let (app, round) = editable(&state.db, &user, id).await?;
    let status = model::status_of(&app);
    let organization_id = app.organization_id;
    let loaded = model::load(&state.db, app).await?;
    let errors = if params.check.is_some() {
        transitions::missing(&state.db, &round, &loaded.content(&round)).await?
    } else {
        FieldErrors::new()
    };
    let view = form_view(
        &state,
        FormContext {
            action: format!("/applications/{id}"),
            heading: format!("Edit {}", title_or_draft(&loaded.app.title)),
            round: &round,
            organization_id,
            status,
        },
        &model::input_of(&loaded, &round),
        &errors,
    )
    .await?;
    render_form(&state, &page, StatusCode::OK, &view)
}

pub fn title_or_draft(title: &str) -> String {
    if title.is_empty() {
        "the draft".to_owned()
    } else {
        format!("\u{201c}{title}\u{201d}")
    }
}

pub async fn update_application(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    Path(id): Path<i64>,
    flash: Flash,
    Form(form): Form<ApplicationForm>,
) -> Result<Response, AppError> {
    let input = form.input();
    let actor = Actor::user(&user, request_id);
    let txn = crate::db::begin_write(&state.db).await?;
    let (app, round) = editable(&txn, &user, id).await?;
    let organization_id = app.organization_id;
    let status = model::status_of(&app);
    let saved = match input.content(&txn, &round).await {
        Ok(content) => model::update(&txn, &actor, app, content).await,
        Err(errors) => Err(AppError::Validation(errors)),
    };
    match saved {
        Ok(app) => {
            txn.commit().await?;
            after_save(&state, &page, &user, &actor, flash, app, &form, &round).await
        }
        Err(AppError::Validation(errors)) => {
            drop(txn);
            let view = form_view(
                &state,
                FormContext {
                    action: format!("/applications/{id}"),
                    heading: "Edit the application".to_owned(),
                    round: &round,
                    organization_id,
                    status,
                },
                &input,
                &errors,
            )
            .await?;
            render_form(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view)
        }
        Err(other) => Err(other),
    }
}
