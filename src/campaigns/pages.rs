//! `/campaigns`: the list, a campaign's page (leads, asks, activity log, linked applications,
//! awards and coordination requests, the state's treaty timeline), and staff's form.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use axum_extra::extract::Form;
use serde::{Deserialize, Serialize};

use super::commands;
use super::model::{ActivityInput, Ask, CampaignInput, CampaignStatus};
use super::queries::{self, CampaignItem, ListParams};
use crate::applications::model::ActivityKind;
use crate::auth::{Caller, CurrentUser};
use crate::entities::organization;
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::treaty::views::{TimelineEntry, timeline};
use crate::web::context::PageContext;
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Serialize)]
struct ListView {
    rows: Vec<CampaignRow>,
    total: u64,
    can_create: bool,
}

/// A campaign of the list, with its state's name and its status in words.
#[derive(Serialize)]
struct CampaignRow {
    #[serde(flatten)]
    item: CampaignItem,
    state_name: String,
    status_label: String,
}

pub async fn list_campaigns(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Html<String>, AppError> {
    let (rows, _, total) = queries::page(&state.db, &user, &params).await?;
    let names = crate::web::names::state_names(&state).await?;
    let view = ListView {
        rows: rows
            .into_iter()
            .map(|item| CampaignRow {
                state_name: crate::i18n::states::name(
                    page.lang,
                    &item.state,
                    &crate::web::names::state_name(&names, &item.state),
                )
                .to_owned(),
                status_label: item.status.label_in(page.lang).into_owned(),
                item,
            })
            .collect(),
        total,
        can_create: policy::allows(&user, Action::ManageCampaigns),
    };
    state.views.page(
        "campaigns/list",
        &page.layout(
            crate::i18n::text(page.lang, "campaigns-list-title"),
            "campaigns",
        ),
        &view,
    )
}

#[derive(Serialize)]
struct ShowView {
    campaign: CampaignItem,
    state_name: String,
    status_label: String,
    ask_labels: Vec<String>,
    timeline: Vec<TimelineEntry>,
    can_log: bool,
    can_manage: bool,
    kinds: Vec<crate::choice::OptionView>,
    /// The activity form: empty, or what was typed when it was refused, and why.
    activity: ActivityFormView,
    /// The application number the link form could not link or unlink, and why.
    link_typed: String,
    link_error: Option<String>,
    /// Its documents: briefing papers, letters, photos.
    documents: crate::attachments::pages::AttachmentsBlock,
}

/// The activity log form's values and its messages, a sentence per field.
#[derive(Default, Serialize)]
struct ActivityFormView {
    occurred_on: String,
    description: String,
    outcome: String,
    errors: BTreeMap<String, String>,
}

pub async fn show_campaign(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    render_campaign(&state, &page, &user, id, None).await
}

/// A form of a campaign's page that was refused, to show again with what was typed and why.
enum Refused<'a> {
    Activity(&'a ActivityInput, &'a FieldErrors),
    /// The application number typed in the link form, and why it was refused.
    Link {
        typed: String,
        error: String,
    },
    /// An upload the documents form refused.
    Documents(&'a crate::attachments::pages::Refused),
}

/// A campaign's page again after an upload its documents form refused (422, or 409), the form
/// holding what was typed and saying why.
pub async fn render_documents_refused(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    refused: &crate::attachments::pages::Refused,
) -> Result<Response, AppError> {
    let retry = Some(Refused::Documents(refused));
    render_campaign(state, page, user, refused.id, retry).await
}

/// A campaign's page; with `refused`, the form that was refused shown again with what was typed
/// and why (422, or the documents form's own status).
async fn render_campaign(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    id: i64,
    refused: Option<Refused<'_>>,
) -> Result<Response, AppError> {
    let (c, lead) = queries::visible(&state.db, user, id).await?;
    let (state_model, history) =
        crate::treaty::model::state_or_404(&state.db, &c.state_iso3).await?;
    let mut documents = crate::attachments::pages::block(
        state,
        user,
        crate::attachments::RecordType::Campaign,
        c.id,
    )
    .await?;
    let campaign = queries::load(&state.db, user, c).await?;
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let status = match &refused {
        None => StatusCode::OK,
        Some(Refused::Documents(upload)) => {
            documents.refused(Some(upload));
            upload.status()
        }
        Some(_) => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let (mut link_typed, mut link_error) = (String::new(), None);
    let (kind, activity) = match refused {
        Some(Refused::Activity(input, errors)) => (
            text(&input.kind).trim().to_owned(),
            ActivityFormView {
                occurred_on: text(&input.occurred_on),
                description: text(&input.description),
                outcome: text(&input.outcome),
                errors: errors
                    .first_as_given()
                    .into_iter()
                    .map(|(field, message)| {
                        let named = if field == "occurred_on" {
                            "date"
                        } else {
                            &field
                        };
                        let sentence = crate::error::sentence(named, &message);
                        (field, sentence)
                    })
                    .collect(),
            },
        ),
        other => {
            if let Some(Refused::Link { typed, error }) = other {
                (link_typed, link_error) = (typed, Some(error));
            }
            (
                ActivityKind::MeetingWithAuthorities.as_str().to_owned(),
                ActivityFormView::default(),
            )
        }
    };
    let view = ShowView {
        documents,
        state_name: crate::i18n::states::name(page.lang, &state_model.iso3, &state_model.name)
            .to_owned(),
        status_label: campaign.status.label_in(page.lang).into_owned(),
        ask_labels: campaign
            .asks
            .iter()
            .map(|a| a.label_in(page.lang).into_owned())
            .collect(),
        timeline: timeline(&history),
        can_log: policy::allows(user, Action::LogCampaignActivity { lead }),
        can_manage: policy::allows(user, Action::ManageCampaigns),
        kinds: ActivityKind::options_in(page.lang, &kind),
        activity,
        link_typed,
        link_error,
        campaign,
    };
    let html = state.views.page(
        "campaigns/show",
        &page.layout(view.campaign.name.clone(), "campaigns"),
        &view,
    )?;
    Ok((status, html).into_response())
}

/// The staff form, as a browser sends it (checkboxes and a multiple select repeat their name).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CampaignForm {
    state: String,
    name: String,
    status: String,
    objectives: String,
    asks: Vec<String>,
    lead_organization_ids: Vec<String>,
}

#[derive(Serialize)]
struct LeadOption {
    id: i64,
    name: String,
    selected: bool,
}

#[derive(Serialize)]
struct FormView {
    /// Where the form posts (`/campaigns`, or `/campaigns/{id}` to save an edit).
    action: String,
    heading: String,
    values: BTreeMap<&'static str, String>,
    statuses: Vec<crate::choice::OptionView>,
    asks: Vec<(crate::choice::OptionView, bool)>,
    organizations: Vec<LeadOption>,
    /// Every state by name; the value is its ISO3 code.
    states: Vec<crate::choice::OptionView>,
    errors: BTreeMap<String, String>,
}

async fn form_page(
    state: &AppState,
    page: &PageContext,
    editing: Option<i64>,
    form: &CampaignForm,
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    use sea_orm::{EntityTrait, QueryOrder};
    let organizations = organization::Entity::find()
        .order_by_asc(organization::Column::Name)
        .all(&state.db)
        .await?
        .into_iter()
        .map(|o| LeadOption {
            selected: form.lead_organization_ids.contains(&o.id.to_string()),
            id: o.id,
            name: format!("{} ({})", o.name, o.country),
        })
        .collect();
    let heading = if editing.is_some() {
        crate::i18n::format(
            page.lang,
            "campaigns-form-edit",
            &[("name", form.name.clone().into())],
        )
    } else {
        crate::i18n::text(page.lang, "campaigns-form-new")
    };
    let view = FormView {
        action: editing.map_or_else(|| "/campaigns".to_owned(), |id| format!("/campaigns/{id}")),
        heading: heading.clone(),
        values: BTreeMap::from([
            ("state", form.state.clone()),
            ("name", form.name.clone()),
            ("objectives", form.objectives.clone()),
        ]),
        statuses: CampaignStatus::options_in(
            page.lang,
            if form.status.is_empty() {
                CampaignStatus::Planning.as_str()
            } else {
                &form.status
            },
        ),
        asks: Ask::options_in(page.lang, "")
            .into_iter()
            .map(|c| {
                let checked = form.asks.contains(&c.value);
                (c, checked)
            })
            .collect(),
        organizations,
        states: crate::web::names::state_options(state, Some(form.state.trim())).await?,
        errors: errors.first_of_each(),
    };
    let html = state
        .views
        .page("campaigns/form", &page.layout(heading, "campaigns"), &view)?;
    Ok((status, html).into_response())
}

pub async fn new_campaign(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageCampaigns)?;
    form_page(
        &state,
        &page,
        None,
        &CampaignForm::default(),
        &FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

impl CampaignForm {
    fn input(&self) -> CampaignInput {
        CampaignInput {
            state: Some(self.state.clone()),
            name: Some(self.name.clone()),
            status: Some(self.status.clone()),
            objectives: Some(self.objectives.clone()),
            asks: Some(self.asks.clone()),
            lead_organization_ids: Some(
                self.lead_organization_ids
                    .iter()
                    .cloned()
                    .map(NumberInput::Text)
                    .collect(),
            ),
            add_applications: None,
            remove_applications: None,
        }
    }
}

pub async fn edit_campaign(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageCampaigns)?;
    let campaign = queries::get(&state.db, id).await?;
    let item = queries::load(&state.db, &user, campaign).await?;
    let form = CampaignForm {
        state: item.state,
        name: item.name,
        status: item.status.as_str().to_owned(),
        objectives: item.objectives,
        asks: item.asks.iter().map(|a| a.as_str().to_owned()).collect(),
        lead_organization_ids: item
            .lead_organization_ids
            .iter()
            .map(i64::to_string)
            .collect(),
    };
    form_page(
        &state,
        &page,
        Some(id),
        &form,
        &FieldErrors::new(),
        StatusCode::OK,
    )
    .await
}

pub async fn update_campaign(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<CampaignForm>,
) -> Result<Response, AppError> {
    match commands::update(&state.db, &caller, id, &form.input()).await {
        Ok(item) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::text(page.lang, "campaigns-flash-saved")),
            &format!("/campaigns/{}", item.id),
        )),
        Err(AppError::Validation(errors)) => {
            form_page(
                &state,
                &page,
                Some(id),
                &form,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

pub async fn create_campaign(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(form): Form<CampaignForm>,
) -> Result<Response, AppError> {
    match commands::create(&state.db, &caller, &form.input()).await {
        Ok(item) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::format(
                page.lang,
                "campaigns-flash-created",
                &[("name", item.name.clone().into())],
            )),
            &format!("/campaigns/{}", item.id),
        )),
        Err(AppError::Validation(errors)) => {
            form_page(
                &state,
                &page,
                None,
                &form,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

/// `POST /campaigns/{id}/activities`: logs an activity; one refused comes back on the
/// campaign's page (422), the form holding what was typed and saying why at each field.
pub async fn add_activity(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(input): Form<ActivityInput>,
) -> Result<Response, AppError> {
    let to = format!("/campaigns/{id}");
    match commands::add_activity(&state.db, &caller, id, &input).await {
        Ok(_) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::text(page.lang, "campaigns-flash-logged")),
            &to,
        )),
        Err(AppError::Validation(errors)) => {
            let refused = Refused::Activity(&input, &errors);
            render_campaign(&state, &page, &caller, id, Some(refused)).await
        }
        Err(other) => Err(other),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct LinkForm {
    application_id: String,
    unlink: String,
}

/// Links an application (by its number) to the campaign, or unlinks it; a number refused comes
/// back on the campaign's page (422) with why at the field.
pub async fn link_application(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(form): Form<LinkForm>,
) -> Result<Response, AppError> {
    let to = format!("/campaigns/{id}");
    // No number is nothing to link: said so, rather than "updated" with nothing done.
    if form.application_id.trim().is_empty() {
        policy::authorize(&caller, Action::ManageCampaigns)?;
        let refused = Refused::Link {
            typed: form.application_id,
            error: crate::error::sentence("application_number", "is required"),
        };
        return render_campaign(&state, &page, &caller, id, Some(refused)).await;
    }
    let value = Some(vec![NumberInput::Text(form.application_id.clone())]);
    let input = if form.unlink.is_empty() {
        CampaignInput {
            add_applications: value,
            ..CampaignInput::default()
        }
    } else {
        CampaignInput {
            remove_applications: value,
            ..CampaignInput::default()
        }
    };
    match commands::link_applications(&state.db, &caller, id, &input).await {
        Ok(_) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::text(page.lang, "campaigns-flash-linked")),
            &to,
        )),
        Err(AppError::Validation(errors)) => {
            // One field on the page: whichever list the rule names, it is the number typed.
            let message = errors
                .first_as_given()
                .into_values()
                .next()
                .unwrap_or_else(|| "is not valid".to_owned());
            let refused = Refused::Link {
                typed: form.application_id,
                error: crate::error::sentence("application_number", &message),
            };
            render_campaign(&state, &page, &caller, id, Some(refused)).await
        }
        Err(other) => Err(other),
    }
}
