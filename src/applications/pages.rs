//! The application lists: staff's (all), the members' dashboard (their organization's), the
//! reviewer's (those assigned), and the CSV export. The form is `drafts`, one application's
//! page `detail`.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sea_orm::{EntityTrait, QueryOrder};
use serde::Serialize;

use super::list::{self, ListParams, SORTS, Scope};
use super::workflow::Status;
use crate::auth::{CurrentUser, Role};
use crate::choice::OptionView;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::policy::{self, Action};
use crate::rounds::model as rounds;
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::csv::stream_csv_redacted;
use crate::web::extract::Params;

#[derive(Serialize)]
pub(super) struct RowView {
    id: i64,
    reference: String,
    title: String,
    pub(super) organization: String,
    pub(super) organization_id: i64,
    round_id: i64,
    /// Its round is blind and the viewer a reviewer (see `blind`).
    pub(super) blind: bool,
    target_state: String,
    state_name: String,
    round: String,
    tier: String,
    requested: String,
    status: &'static str,
    status_label: String,
    next_step: String,
    submitted: String,
    updated: String,
}

impl RowView {
    fn new(row: list::Row, zone: chrono_tz::Tz, lang: Lang) -> Self {
        let status = row.status;
        Self {
            id: row.id,
            reference: row.reference.clone().unwrap_or_default(),
            requested: i18n::formats::money(lang, &row.requested()),
            title: if row.title.is_empty() {
                i18n::text(lang, "applications-list-untitled")
            } else {
                row.title.clone()
            },
            organization: row.organization_name,
            organization_id: row.organization_id,
            round_id: row.round_id,
            blind: false,
            target_state: row.target_state.clone().unwrap_or_default(),
            state_name: match (&row.target_state, row.state_name) {
                (Some(code), Some(name)) => i18n::states::name(lang, code, &name).to_owned(),
                (_, name) => name.unwrap_or_default(),
            },
            round: row.round_name,
            tier: row.tier,
            status: status.as_str(),
            status_label: status.label_in(lang).into_owned(),
            next_step: status.next_step_in(lang),
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
    /// The organizations link to their pages (for those who see the registry).
    links_organizations: bool,
    member: bool,
    rows: Vec<RowView>,
    total: u64,
    page: u64,
    previous: Option<String>,
    next: Option<String>,
    rounds: Vec<OptionView>,
    statuses: Vec<OptionView>,
    sorts: Vec<OptionView>,
    /// The state chooser (staff's filters): names, submitting the ISO3 code.
    states: Vec<OptionView>,
    /// The organization chooser (staff's filters): names, submitting the number.
    organizations: Vec<OptionView>,
    q: String,
    export: Option<String>,
    open_rounds: Vec<OpenRoundView>,
    /// A reviewer's list holding applications of a blind round.
    blind_notice: Option<&'static str>,
    /// Staff's form of bulk actions over the rows checked (`bulk`), when the viewer may take one.
    bulk: Option<super::bulk::BulkFormView>,
    /// A member's start page: the latest news of its awards.
    news: Vec<crate::awards::notices::NewsLine>,
    errors: BTreeMap<String, String>,
}

/// The catalogue's id of a sort order's label.
fn sort_label(sort: &str) -> &'static str {
    match sort {
        "-updated_at" => "applications-sort-updated-newest",
        "updated_at" => "applications-sort-updated-oldest",
        "-submitted_at" => "applications-sort-submitted-newest",
        "submitted_at" => "applications-sort-submitted-oldest",
        "reference" => "applications-sort-reference",
        "title" => "applications-field-title",
        "-requested" => "applications-sort-requested-largest",
        _ => "applications-sort-requested-smallest",
    }
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
    if let Some(ids) = &filter.ids {
        let ids: Vec<String> = ids.iter().map(i64::to_string).collect();
        query.append_pair("ids", &ids.join(","));
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
    let (mut filter, pagination, mut errors) = params.parse_lenient();
    let blind_rounds = super::blind::blind_rounds(&state.db, &user).await?;
    super::blind::unfiltered(&blind_rounds, &mut filter, &mut errors);
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
    let news = match (user.role, user.organization_id) {
        (Role::Member, Some(organization)) => {
            crate::awards::notices::news(&state.db, organization, user.time_zone, 5).await?
        }
        _ => Vec::new(),
    };
    let mut rows: Vec<RowView> = rows
        .into_iter()
        .map(|r| RowView::new(r, user.time_zone, page.lang))
        .collect();
    super::blind::apply_rows(&blind_rounds, &mut rows, |r| r.round_id);
    let bulk = match scope {
        Scope::All => super::bulk::form_view(&state.db, &user, page.lang).await?,
        _ => None,
    };
    let link = |page: u64| format!("/applications?{}", query_string(&filter, Some(page)));
    let (states, organizations) = if scope == Scope::All {
        (
            crate::web::names::state_options_in(&state, filter.target_state.as_deref(), page.lang)
                .await?,
            crate::web::names::organization_options(&state.db, filter.organization_id).await?,
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let view = ListView {
        member: matches!(scope, Scope::Organization(_) | Scope::Nothing),
        links_organizations: user.role.is_staff(),
        audience: match scope {
            Scope::All => "staff",
            Scope::Reviewer(_) => "reviewer",
            _ => "member",
        },
        blind_notice: rows.iter().any(|r| r.blind).then_some(super::blind::NOTICE),
        bulk,
        rows,
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
        statuses: Status::options_in(page.lang, filter.status.map_or("", Status::as_str)),
        sorts: SORTS
            .iter()
            .map(|(value, _)| OptionView {
                value: (*value).to_owned(),
                label: i18n::text(page.lang, sort_label(value)),
                selected: *value == filter.sort,
            })
            .collect(),
        states,
        organizations,
        q: filter.q.clone().unwrap_or_default(),
        export: policy::allows(&user, Action::ExportApplications)
            .then(|| format!("/applications.csv?{}", query_string(&filter, None))),
        open_rounds,
        news,
        errors: errors.first_of_each(),
    };
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let title = i18n::text(
        page.lang,
        match scope {
            Scope::All => "nav-applications",
            Scope::Reviewer(_) => "applications-list-to-review",
            _ => "applications-list-yours",
        },
    );
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
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ExportApplications)?;
    let (filter, _) = params.parse().map_err(AppError::bad_request)?;
    let redaction =
        crate::sensitivity::Redaction::for_export(&state.db, &user, "applications.csv", &reveal)
            .await?;
    let (db, scope) = (state.db, Scope::of(&user));
    Ok(stream_csv_redacted(
        "applications.csv",
        &list::CSV_HEADER,
        redaction,
        move |after, limit| {
            let (db, filter) = (db.clone(), filter.clone());
            async move { list::batch(&db, scope, &filter, after, limit).await }
        },
    ))
}
