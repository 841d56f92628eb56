//! Reviewers' conflict-of-interest profiles: the state a reviewer works in and the organization
//! it is affiliated with. Staff keep them on the people page.

use axum::extract::{Path, State};
use axum::response::Response;
use axum_extra::extract::Form;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use serde::Deserialize;

use crate::audit::{self, Actor};
use crate::auth::{CurrentUser, Role};
use crate::entities::{organization, state, user};
use crate::error::{AppError, FieldErrors};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::RequestId;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ProfileForm {
    pub country: String,
    pub affiliation_id: String,
}

/// Sets a reviewer's country and affiliation (empty clears them), checked and audited.
pub async fn set_profile<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    reviewer_id: i64,
    form: &ProfileForm,
) -> Result<user::Model, AppError> {
    let person = user::Entity::find_by_id(reviewer_id)
        .one(db)
        .await?
        .filter(|u| u.role == Role::Reviewer.as_str())
        .ok_or_else(|| AppError::not_found("there is no reviewer with this number"))?;
    let mut errors = FieldErrors::new();
    let country = match form.country.trim().to_ascii_uppercase() {
        c if c.is_empty() => None,
        c => {
            if state::Entity::find_by_id(c.clone())
                .one(db)
                .await?
                .is_none()
            {
                errors.add(
                    "country",
                    format!("'{c}' is not the ISO 3166 code of a state"),
                );
            }
            Some(c)
        }
    };
    let affiliation_id = match form.affiliation_id.trim() {
        "" => None,
        text => match text.parse::<i64>() {
            Ok(id)
                if organization::Entity::find_by_id(id)
                    .one(db)
                    .await?
                    .is_some() =>
            {
                Some(id)
            }
            _ => {
                errors.add("affiliation_id", format!("there is no organization {text}"));
                None
            }
        },
    };
    errors.into_result(()).map_err(AppError::Validation)?;
    let before =
        serde_json::json!({"country": person.country, "affiliation_id": person.affiliation_id});
    let mut active: user::ActiveModel = person.into();
    active.country = Set(country);
    active.affiliation_id = Set(affiliation_id);
    active.updated_at = Set(chrono::Utc::now());
    let updated = active.update(db).await?;
    let after =
        serde_json::json!({"country": updated.country, "affiliation_id": updated.affiliation_id});
    audit::record(
        db,
        actor,
        "reviewer_profile_changed",
        "user",
        updated.id,
        Some(before),
        Some(after),
    )
    .await?;
    Ok(updated)
}

pub async fn update_profile(
    State(state): State<AppState>,
    user: CurrentUser,
    RequestId(request_id): RequestId,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<ProfileForm>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageReviews)?;
    let txn = crate::db::begin_write(&state.db).await?;
    match set_profile(&txn, &Actor::user(&user, request_id), id, &form).await {
        Ok(updated) => {
            txn.commit().await?;
            Ok(flash.redirect(
                &FlashMessage::success(format!(
                    "The conflict-of-interest profile of {} is saved.",
                    updated.email
                )),
                "/users",
            ))
        }
        Err(AppError::Validation(errors)) => {
            let message = errors
                .first_of_each()
                .into_values()
                .collect::<Vec<_>>()
                .join("; ");
            Ok(flash.redirect(
                &FlashMessage::warning(format!("Not saved: {message}.")),
                "/users",
            ))
        }
        Err(other) => Err(other),
    }
}
