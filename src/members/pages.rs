//! The registry's pages: the list (staff) and its CSV export, an organization's page, and its
//! form.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use sea_orm::EntityTrait;
use serde::Serialize;

use super::commands;
use super::model::{self, ListParams, OrganizationInput};
use super::views::{
    FormValues, FormView, ListView, OrganizationItem, RowView, ShowView, TimelineView, kinds,
    statuses,
};
use crate::audit;
use crate::auth::{Caller, CurrentUser};
use crate::entities::{organization, state};
use crate::error::{AppError, FieldErrors};
use crate::i18n::{self, Lang};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::csv::{CsvRow, stream_csv_redacted};
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

pub async fn list_organizations(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Params(params): Params<ListParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ListOrganizations)?;
    if let (false, Some(own)) = (user.role.is_staff(), user.organization_id) {
        return Ok(Redirect::to(&format!("/organizations/{own}")).into_response());
    }
    let (filter, pagination, errors) = params.parse_lenient(&user);
    let (items, total) = model::list(&state.db, &filter, pagination).await?;
    // The filters, and the page when there is one.
    let query = |page: Option<u64>| {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(country) = &filter.country {
            query.append_pair("country", country);
        }
        if let Some(status) = filter.status {
            query.append_pair("membership_status", status.as_str());
        }
        if let Some(page) = page {
            query.append_pair("page", &page.to_string());
        }
        query.finish()
    };
    let link = |page: u64| format!("/organizations?{}", query(Some(page)));
    let names = crate::web::names::state_names(&state).await?;
    let view = ListView {
        rows: items
            .iter()
            .map(|m| RowView::named_in(m, &names, page.lang))
            .collect(),
        total,
        states: crate::web::names::state_options_in(&state, filter.country.as_deref(), page.lang)
            .await?,
        statuses: statuses(page.lang, filter.status.map_or("", |s| s.as_str())),
        can_create: policy::allows(&user, Action::CreateOrganization),
        previous: (pagination.page > 1).then(|| link(pagination.page - 1)),
        next: (pagination.offset() + pagination.per_page < total)
            .then(|| link(pagination.page + 1)),
        page: pagination.page,
        export: format!("/organizations.csv?{}", query(None)),
        errors: errors.first_of_each(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let html = state.views.page(
        "members/list",
        &page.layout(i18n::text(page.lang, "members-list-title"), "organizations"),
        &view,
    )?;
    Ok((status, html).into_response())
}

pub async fn show_organization(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    render_organization(&state, &page, &user, id, None).await
}

/// An organization's page again after an upload its documents form refused (422, or 409), the
/// form holding what was typed and saying why.
pub async fn render_documents_refused(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    refused: &crate::attachments::pages::Refused,
) -> Result<Response, AppError> {
    render_organization(state, page, user, refused.id, Some(refused)).await
}

/// An organization's page; with `refused`, an upload its documents form refused.
async fn render_organization(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    id: i64,
    refused: Option<&crate::attachments::pages::Refused>,
) -> Result<Response, AppError> {
    let org = model::get(&state.db, id).await?;
    policy::visible(user, Action::ViewOrganization(&org), "organization")?;
    let sensitivity_banner = crate::sensitivity::on_read(
        &state.db,
        user,
        "organization",
        org.id,
        "page",
        None,
        Some(org.id),
    )
    .await?;
    let timeline = if policy::allows(user, Action::ViewAudit) {
        let entries = audit::timeline(&state.db, "organization", org.id, 50).await?;
        Some(TimelineView::all_in(&state.db, &entries, page.lang).await?)
    } else {
        None
    };
    let country_name = state::Entity::find_by_id(org.country.clone())
        .one(&state.db)
        .await?
        .map(|s| i18n::states::name(page.lang, &s.iso3, &s.name).to_owned())
        .unwrap_or_default();
    let (kind, status_label) = ShowView::kind_and_status(&org, page.lang);
    let mut documents = crate::attachments::pages::block(
        state,
        user,
        crate::attachments::RecordType::Organization,
        org.id,
    )
    .await?;
    documents.refused(refused);
    let view = ShowView {
        sensitivity_banner,
        documents,
        can_edit: policy::allows(user, Action::EditOrganization(&org)),
        kind,
        status_label,
        country_name,
        language_name: org.language.label(),
        timeline,
        org: OrganizationItem::from(org),
    };
    let html = state.views.page(
        "members/show",
        &page.layout(view.org.name.clone(), "organizations"),
        &view,
    )?;
    let status = refused.map_or(StatusCode::OK, |r| r.status());
    Ok((status, html).into_response())
}

async fn form_page(
    state: &AppState,
    page: &PageContext,
    status: StatusCode,
    view: &FormView,
) -> Result<Response, AppError> {
    /// The form with the states to choose its country from, by name.
    #[derive(Serialize)]
    struct WithStates<'a> {
        #[serde(flatten)]
        view: &'a FormView,
        states: Vec<crate::choice::OptionView>,
    }
    let states =
        crate::web::names::state_options_in(state, Some(view.values.country.trim()), page.lang)
            .await?;
    let html = state.views.page(
        "members/form",
        &page.layout(view.heading.clone(), "organizations"),
        &WithStates { view, states },
    )?;
    Ok((status, html).into_response())
}

fn form_view(
    action: String,
    heading: String,
    creating: bool,
    staff_fields: bool,
    values: FormValues,
    errors: &FieldErrors,
    lang: Lang,
) -> FormView {
    FormView {
        action,
        heading,
        creating,
        staff_fields,
        kinds: kinds(lang, &values.kind),
        statuses: statuses(lang, &values.membership_status),
        // Each language by its own name, whatever the page's.
        languages: Lang::ALL
            .iter()
            .map(|l| crate::choice::OptionView {
                value: l.as_str().to_owned(),
                label: l.label().to_owned(),
                selected: l.as_str() == values.language.trim(),
            })
            .collect(),
        values,
        errors: errors.first_of_each(),
    }
}

/// What was typed, to show again beside the messages.
fn typed(input: &OrganizationInput) -> FormValues {
    let v = |s: &Option<String>| s.clone().unwrap_or_default();
    FormValues {
        name: v(&input.name),
        acronym: v(&input.acronym),
        country: v(&input.country),
        kind: v(&input.kind),
        membership_status: v(&input.membership_status),
        website: v(&input.website),
        contact_email: v(&input.contact_email),
        joined_on: v(&input.joined_on),
        publish_grants: input.publish_grants.unwrap_or(true),
        language: v(&input.language),
    }
}

pub async fn new_organization(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::CreateOrganization)?;
    let values = FormValues {
        kind: "national_campaign".to_owned(),
        membership_status: "active".to_owned(),
        publish_grants: true,
        language: Lang::En.as_str().to_owned(),
        ..FormValues::default()
    };
    let view = form_view(
        "/organizations".to_owned(),
        i18n::text(page.lang, "members-form-new-heading"),
        true,
        true,
        values,
        &FieldErrors::new(),
        page.lang,
    );
    form_page(&state, &page, StatusCode::OK, &view).await
}

pub async fn create_organization(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(input): Form<OrganizationInput>,
) -> Result<Response, AppError> {
    match commands::create(&state.db, &caller, &input).await {
        Ok(org) => {
            let message = FlashMessage::success(i18n::format(
                page.lang,
                "members-flash-created",
                &[("name", org.name.clone().into())],
            ));
            Ok(flash.redirect(&message, &format!("/organizations/{}", org.id)))
        }
        Err(AppError::Validation(errors)) => {
            let view = form_view(
                "/organizations".to_owned(),
                i18n::text(page.lang, "members-form-new-heading"),
                true,
                true,
                typed(&input),
                &errors,
                page.lang,
            );
            form_page(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view).await
        }
        Err(other) => Err(other),
    }
}

async fn editable<C: sea_orm::ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<organization::Model, AppError> {
    let org = model::get(db, id).await?;
    policy::visible(user, Action::ViewOrganization(&org), "organization")?;
    policy::authorize(user, Action::EditOrganization(&org))?;
    Ok(org)
}

pub async fn edit_organization(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let org = editable(&state.db, &user, id).await?;
    let view = form_view(
        format!("/organizations/{id}"),
        i18n::format(
            page.lang,
            "members-form-edit-heading",
            &[("name", org.name.clone().into())],
        ),
        false,
        policy::allows(&user, Action::ChangeMembership(&org)),
        FormValues::of(&org),
        &FieldErrors::new(),
        page.lang,
    );
    form_page(&state, &page, StatusCode::OK, &view).await
}

pub async fn update_organization(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
    Form(input): Form<OrganizationInput>,
) -> Result<Response, AppError> {
    match commands::update(&state.db, &caller, id, &input).await {
        Ok(org) => {
            let message = FlashMessage::success(i18n::text(page.lang, "members-flash-saved"));
            Ok(flash.redirect(&message, &format!("/organizations/{}", org.id)))
        }
        Err(AppError::Validation(errors)) => {
            let org = editable(&state.db, &caller, id).await?;
            let view = form_view(
                format!("/organizations/{id}"),
                i18n::format(
                    page.lang,
                    "members-form-edit-heading",
                    &[("name", org.name.clone().into())],
                ),
                false,
                policy::allows(&caller, Action::ChangeMembership(&org)),
                typed(&input),
                &errors,
                page.lang,
            );
            form_page(&state, &page, StatusCode::UNPROCESSABLE_ENTITY, &view).await
        }
        Err(other) => Err(other),
    }
}

impl CsvRow for organization::Model {
    fn id(&self) -> i64 {
        self.id
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.name.clone(),
            self.acronym.clone(),
            self.country.clone(),
            self.kind.as_str().to_owned(),
            self.membership_status.as_str().to_owned(),
            self.contact_email.clone(),
            self.website.clone(),
        ]
    }

    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.country), Some(self.id))
    }

    /// The name, acronym, contact address and website.
    fn named_cells(&self) -> &'static [usize] {
        &[1, 2, 6, 7]
    }
}

/// The organizations the list's filters match, as CSV: every one for staff and finance, its
/// own for a member (as the list).
pub async fn export_organizations(
    State(state): State<AppState>,
    user: CurrentUser,
    Params(params): Params<ListParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ListOrganizations)?;
    let (filter, _) = params.parse(&user).map_err(AppError::bad_request)?;
    let redaction =
        crate::sensitivity::Redaction::for_export(&state.db, &user, "organizations.csv", &reveal)
            .await?;
    let db = state.db;
    Ok(stream_csv_redacted(
        "organizations.csv",
        &[
            "id",
            "name",
            "acronym",
            "country",
            "kind",
            "membership_status",
            "contact_email",
            "website",
        ],
        redaction,
        move |after, limit| {
            let (db, filter) = (db.clone(), filter.clone());
            async move { Ok(model::batch(&db, &filter, after, limit).await?) }
        },
    ))
}
