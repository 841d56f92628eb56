//! Users: created with a role (and an organization for members), found by email regardless of
//! case, signed in with a password.

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::Role;
use crate::entities::{organization, user};
use crate::error::{AppError, FieldErrors};
use crate::pagination::Pagination;

/// The key that makes an email unique: trimmed, lower case.
pub fn email_key(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plausible email address: one `@`, something on each side, no spaces, and a domain name
/// with a dot (`example.org`): its labels letters, digits and hyphens, the last not a number,
/// so that `a@localhost` and `a@[127.0.0.1]` are refused. The one check of every e-mail field.
pub fn email_error(email: &str) -> Option<&'static str> {
    let email = email.trim();
    let valid = email.len() <= 254
        && !email.contains(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            let labels: Vec<&str> = domain.split('.').collect();
            !local.is_empty()
                && local.len() <= 64
                && labels.len() >= 2
                && labels.iter().all(|label| {
                    !label.is_empty()
                        && label.len() <= 63
                        && !label.starts_with('-')
                        && !label.ends_with('-')
                        && label.chars().all(|c| c.is_alphanumeric() || c == '-')
                })
                && labels
                    .last()
                    .is_some_and(|tld| !tld.chars().all(|c| c.is_ascii_digit()))
        });
    (!valid).then_some("Enter an email address with its full domain, like name@example.org")
}

pub async fn find_by_email<C: ConnectionTrait>(
    db: &C,
    email: &str,
) -> Result<Option<user::Model>, sea_orm::DbErr> {
    user::Entity::find()
        .filter(user::Column::EmailKey.eq(email_key(email)))
        .one(db)
        .await
}

/// A page of users, in order of email.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    pagination: Pagination,
) -> Result<(Vec<user::Model>, u64), sea_orm::DbErr> {
    let query = user::Entity::find();
    let total = query.clone().count(db).await?;
    let users = query
        .order_by_asc(user::Column::EmailKey)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .all(db)
        .await?;
    Ok((users, total))
}

/// What a new user is.
#[derive(Clone, Debug)]
pub struct NewUser {
    pub email: String,
    pub name: String,
    pub role: Role,
    pub organization_id: Option<i64>,
    /// Already hashed (see `password::hash_blocking`), or none until the person sets one.
    pub password_hash: Option<String>,
}

/// Creates a user, checking what the database cannot say clearly: a member needs an existing
/// organization, nobody else has one, and the email is not taken (in any case).
pub async fn create<C: ConnectionTrait>(db: &C, new: NewUser) -> Result<user::Model, AppError> {
    let mut errors = FieldErrors::new();
    let mut language = crate::i18n::Lang::En;
    if let Some(message) = email_error(&new.email) {
        errors.add("email", message);
    }
    match (new.role, new.organization_id) {
        (Role::Member, None) => {
            errors.add("organization_id", "a member belongs to an organization")
        }
        (Role::Member, Some(id)) => match organization::Entity::find_by_id(id).one(db).await? {
            // A member's pages and e-mails are in the language their organization works in.
            Some(found) => language = found.language,
            None => errors.add("organization_id", format!("there is no organization {id}")),
        },
        (_, Some(_)) => errors.add("organization_id", "only members belong to an organization"),
        (_, None) => {}
    }
    if errors.is_empty() && find_by_email(db, &new.email).await?.is_some() {
        errors.add("email", "a user with this email already exists");
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let now = Utc::now();
    Ok(user::ActiveModel {
        email: Set(new.email.trim().to_owned()),
        email_key: Set(email_key(&new.email)),
        name: Set(new.name.trim().to_owned()),
        role: Set(new.role),
        organization_id: Set(new.organization_id),
        password_hash: Set(new.password_hash),
        active: Set(true),
        created_at: Set(now),
        updated_at: Set(now),
        last_signed_in_at: Set(None),
        language: Set(language),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_checked_and_keyed_without_case() {
        assert_eq!(email_key("  Amina@AzCBL.org "), "amina@azcbl.org");
        assert!(email_error("amina@azcbl.org").is_none());
        for bad in [
            "",
            "amina",
            "amina@",
            "@azcbl.org",
            "amina@azcbl",
            "a b@c.org",
            "a@b@c.org",
            "a@localhost",
            "a@[127.0.0.1]",
            "a@127.0.0.1",
            "a@-bad.org",
            "a@bad..org",
            "a@bad.org.",
        ] {
            assert!(email_error(bad).is_some(), "{bad}");
        }
        for good in [
            "desk.officer+cr@mfa.gov.no",
            "a@sub-domain.example.org",
            "amina@café.example",
        ] {
            assert!(email_error(good).is_none(), "{good}");
        }
    }
}
