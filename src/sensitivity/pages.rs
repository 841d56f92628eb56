//! The marking form on a state's page (staff).

use axum::extract::{Path, State};
use axum::response::Response;
use axum_extra::extract::Form;
use sea_orm::DatabaseConnection;

use super::SensitivityInput;
use crate::auth::Caller;
use crate::error::AppError;
use crate::treaty::pages::{Retry, render_state};
use crate::views::Views;
use crate::web::context::PageContext;
use crate::web::flash::{Flash, FlashMessage};

/// `POST /states/{iso3}/sensitivity`: back to the state's page with what was done; a marking
/// refused comes back on the page (422), the form holding what was typed and saying why.
pub async fn mark_state(
    State(db): State<DatabaseConnection>,
    State(views): State<Views>,
    page: PageContext,
    caller: Caller,
    Path(iso3): Path<String>,
    flash: Flash,
    Form(input): Form<SensitivityInput>,
) -> Result<Response, AppError> {
    let to = format!("/states/{}#sensitivity", iso3.to_ascii_uppercase());
    match super::mark(&db, &caller, &iso3, &input).await {
        Ok(Some(m)) => Ok(flash.redirect(
            &FlashMessage::success(format!(
                "The state is marked {}, to be reviewed on {}.",
                m.level.label().to_lowercase(),
                m.review_on
            )),
            &to,
        )),
        Ok(None) => Ok(flash.redirect(
            &FlashMessage::success("The state is no longer marked."),
            &to,
        )),
        Err(AppError::Validation(errors)) => {
            let retry = Retry::Sensitivity { input, errors };
            render_state(&db, &views, &page, &iso3, crate::dates::today(), retry).await
        }
        Err(other) => Err(other),
    }
}
