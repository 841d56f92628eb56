//! The page that shows what changed between two revisions of an application (staff, and the
//! organization while it may edit).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::access::get_visible;
use super::revisions;
use super::views::title_or_draft;
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldErrors};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::Params;

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
    changes: Vec<ChangeView>,
}

/// A field that changed, named in the page's language.
#[derive(Serialize)]
struct ChangeView {
    field: String,
    before: String,
    after: String,
}

/// The catalogue's name of a revision's field ([`revisions::FieldChange::field`], English as the API gives
/// it): the one the form and the application's page use.
fn field_id(field: &str) -> &'static str {
    match field {
        "Target state" => "applications-field-target-state",
        "Title" => "applications-field-title",
        "Summary" => "applications-field-summary",
        "Objectives" => "applications-field-objectives",
        "Tier" => "applications-field-tier",
        "At the lower tier" => "applications-show-lower-tier",
        "Requested amount" => "applications-show-requested",
        "Activities" => "applications-activities",
        "Budget" => "applications-budget",
        // "Documents", the last of the fields.
        _ => "applications-show-documents",
    }
}

pub async fn show_revisions(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
    Params(params): Params<DiffParams>,
) -> Result<Response, AppError> {
    let app = get_visible(&state.db, &user, id).await?;
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
                    errors.add(
                        field,
                        crate::i18n::format(
                            page.lang,
                            "applications-revisions-no-such",
                            &[("number", v.to_owned().into())],
                        ),
                    );
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
        changes: changes
            .into_iter()
            .map(|c| ChangeView {
                field: crate::i18n::text(page.lang, field_id(c.field)),
                before: c.before,
                after: c.after,
            })
            .collect(),
    };
    let title = crate::i18n::format(
        page.lang,
        "applications-revisions-page-title",
        &[("reference", view.reference.clone().into())],
    );
    let html = state.views.page(
        "applications/revisions",
        &page.layout(title, "applications"),
        &view,
    )?;
    Ok(html.into_response())
}
