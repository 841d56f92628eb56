//! Who may see or change an application, and the organization and round a new one is for: the
//! reads that the commands, the API and the pages all start with.

use sea_orm::{ConnectionTrait, EntityTrait};

use super::model;
use super::reviews;
use super::workflow::Status;
use crate::auth::{CurrentUser, Role};
use crate::entities::{application, organization};
use crate::error::{AppError, FieldErrors};
use crate::input::NumberInput;
use crate::policy::{self, Action};
use crate::rounds::model::{self as rounds, Round};

/// The application, if the user may see it (404 otherwise, as for one that does not exist).
pub async fn visible<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    app: application::Model,
) -> Result<application::Model, AppError> {
    let assigned =
        user.role == Role::Reviewer && reviews::assignment(db, app.id, user.id).await?.is_some();
    policy::visible(
        user,
        Action::ViewApplication {
            app: &app,
            assigned,
        },
        "application",
    )?;
    Ok(app)
}

/// The application with this id, if the user may see it.
pub async fn get_visible<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<application::Model, AppError> {
    visible(db, user, model::get(db, id).await?).await
}

/// Refuses what the user may not edit (403), and what is no longer editable (409) before any
/// of the content is looked at.
pub fn check_editable(user: &CurrentUser, app: &application::Model) -> Result<Status, AppError> {
    policy::authorize(user, Action::EditApplication(app))?;
    let status = app.status;
    if !status.is_editable() {
        return Err(AppError::Conflict(format!(
            "an application that is '{}' cannot be changed",
            status.label().to_lowercase()
        )));
    }
    Ok(status)
}

/// The application and its round, when the user may edit it now.
pub async fn editable<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    id: i64,
) -> Result<(application::Model, Round), AppError> {
    let app = get_visible(db, user, id).await?;
    check_editable(user, &app)?;
    let round = rounds::get(db, app.round_id).await?;
    Ok((app, round))
}

/// The organization a new application is for: a member's own, unless another is named.
pub async fn applicant_for<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    given: Option<&NumberInput>,
) -> Result<organization::Model, AppError> {
    let id = match given.filter(|g| !g.is_blank()) {
        Some(given) => given.value().ok_or_else(|| {
            AppError::Validation(FieldErrors::one("organization_id", "must be a number"))
        })?,
        // Only a member organization's people apply, for their own organization: anyone else
        // may not, whatever they would give.
        None => user.organization_id.ok_or(AppError::Forbidden)?,
    };
    policy::authorize(
        user,
        Action::CreateApplication {
            organization_id: id,
        },
    )?;
    organization::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or_else(|| {
            AppError::Validation(FieldErrors::one(
                "organization_id",
                "there is no such organization",
            ))
        })
}

/// The round a new application is for; a missing or unknown one is the field's error.
pub async fn round_for<C: ConnectionTrait>(
    db: &C,
    given: Option<&NumberInput>,
) -> Result<Round, AppError> {
    let id = given
        .and_then(NumberInput::value)
        .ok_or_else(|| AppError::Validation(FieldErrors::one("round_id", "choose a round")))?;
    rounds::get(db, id).await.map_err(|e| match e {
        AppError::NotFound(_) => {
            AppError::Validation(FieldErrors::one("round_id", "there is no such round"))
        }
        other => other,
    })
}
