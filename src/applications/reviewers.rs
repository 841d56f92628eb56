//! Reviewers' conflict-of-interest profiles: the state a reviewer works in and the organization
//! it is affiliated with, and the rule that keeps a reviewer off an applicant it is close to.
//! Staff keep the profiles on the people page.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use axum_extra::extract::Form;
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set};
use serde::Deserialize;

use super::commands;
use crate::audit::{self, Actor};
use crate::auth::invitations::{RowRefusal, UsersRefusal, render_users};
use crate::auth::{Caller, Role};
use crate::entities::{organization, state, user};
use crate::error::{AppError, FieldErrors};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::flash::{Flash, FlashMessage};

/// Why a reviewer may not review an application, if there is a reason.
pub fn conflict(reviewer: &user::Model, applicant: &organization::Model) -> Option<String> {
    if reviewer.affiliation_id == Some(applicant.id)
        || reviewer.organization_id == Some(applicant.id)
    {
        return Some(format!(
            "{} belongs to {}, the applicant",
            reviewer.email, applicant.name
        ));
    }
    if reviewer.country.as_deref() == Some(applicant.country.as_str()) {
        return Some(format!(
            "{} works in {}, the applicant's country",
            reviewer.email, applicant.country
        ));
    }
    None
}

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
    person: user::Model,
    form: &ProfileForm,
) -> Result<user::Model, AppError> {
    if person.role != Role::Reviewer {
        return Err(AppError::not_found("there is no reviewer with this number"));
    }
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

/// `POST /users/{id}/reviewer-profile` (staff): a reviewer's country and affiliation. Refused,
/// the People page comes back with the form as typed and a sentence at each field (422).
pub async fn update_profile(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<ProfileForm>,
) -> Result<Response, AppError> {
    match commands::update_reviewer_profile(&state.db, &caller, id, &form).await {
        Ok(updated) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::format(
                page.lang,
                "auth-users-profile-saved",
                &[("email", updated.email.into())],
            )),
            "/users",
        )),
        Err(AppError::Validation(errors)) => {
            let errors = errors
                .first_of_each()
                .into_iter()
                .filter_map(|(field, message)| {
                    let key = match field.as_str() {
                        "country" => "country",
                        "affiliation_id" => "affiliation_id",
                        _ => return None,
                    };
                    Some((key, crate::error::sentence(&field, &message)))
                })
                .collect();
            let row = RowRefusal {
                id,
                typed: None,
                typed_profile: Some((form.country, form.affiliation_id)),
                errors,
            };
            let refused = UsersRefusal::Row(row, StatusCode::UNPROCESSABLE_ENTITY);
            render_users(&state, &page, &caller, Some(refused)).await
        }
        Err(other) => Err(other),
    }
}

#[cfg(test)]
mod tests {
    use chrono::Utc;

    use super::*;

    fn person(country: Option<&str>, affiliation: Option<i64>) -> user::Model {
        user::Model {
            id: 1,
            email: "expert@example.org".into(),
            email_key: "expert@example.org".into(),
            name: String::new(),
            role: Role::Reviewer,
            organization_id: None,
            password_hash: None,
            active: true,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            last_signed_in_at: None,
            deactivated_at: None,
            anonymized_at: None,
            calendar_feed_hash: None,
            country: country.map(Into::into),
            affiliation_id: affiliation,
            time_zone: crate::dates::TimeZone::UTC,
            language: crate::i18n::Lang::En,
        }
    }

    fn org() -> organization::Model {
        organization::Model {
            id: 7,
            name: "Azerbaijan Campaign to Ban Landmines".into(),
            acronym: String::new(),
            country: "AZE".into(),
            kind: crate::members::model::Kind::NationalCampaign,
            membership_status: crate::members::model::MembershipStatus::Active,
            website: String::new(),
            contact_email: String::new(),
            joined_on: None,
            publish_grants: true,
            language: crate::i18n::Lang::En,
            created_at: Utc::now(),
            updated_at: Utc::now(),
        }
    }

    #[test]
    fn a_reviewer_from_the_applicant_or_its_country_has_a_conflict() {
        assert!(conflict(&person(None, Some(7)), &org()).is_some());
        assert!(conflict(&person(Some("AZE"), None), &org()).is_some());
        assert!(conflict(&person(Some("NPL"), Some(8)), &org()).is_none());
        assert!(conflict(&person(None, None), &org()).is_none());
    }
}
