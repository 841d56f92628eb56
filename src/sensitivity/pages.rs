//! The marking form on a state's page (staff).

use axum::extract::{Path, State};
use axum::response::Response;
use axum_extra::extract::Form;
use sea_orm::DatabaseConnection;

use super::SensitivityInput;
use crate::auth::Caller;
use crate::error::AppError;
use crate::web::flash::{Flash, FlashMessage};

/// `POST /states/{iso3}/sensitivity`: back to the state's page with what was done, or why not.
pub async fn mark_state(
    State(db): State<DatabaseConnection>,
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
            let message = errors
                .first_of_each()
                .into_iter()
                .map(|(field, m)| format!("{field}: {m}"))
                .collect::<Vec<_>>()
                .join("; ");
            Ok(flash.redirect(
                &FlashMessage::warning(format!("The marking is not saved: {message}.")),
                &to,
            ))
        }
        Err(other) => Err(other),
    }
}
