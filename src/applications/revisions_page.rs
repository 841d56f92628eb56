//! The page that shows what changed between two revisions of an application (staff, and the
//! organization while it may edit).

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::access::get_visible;
use super::revisions::{self, FieldChange};
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
    changes: Vec<FieldChange>,
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
