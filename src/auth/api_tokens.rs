//! Personal API tokens: `Authorization: Bearer cw_<secret>`. Shown once when made, stored as
//! their SHA-256, listed by name and prefix, revoked by their owner.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set,
};

use super::tokens;
use crate::entities::{api_token, user};

/// How every personal API token starts.
pub const PREFIX: &str = "cw_";

/// Makes a token for `user_id`; the returned string is the only copy of the secret.
pub async fn create<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
    name: &str,
) -> Result<(api_token::Model, String), DbErr> {
    let token = format!("{PREFIX}{}", tokens::random_secret());
    let model = api_token::ActiveModel {
        user_id: Set(user_id),
        name: Set(name.trim().to_owned()),
        token_hash: Set(tokens::digest(&token)),
        prefix: Set(token.chars().take(10).collect()),
        created_at: Set(Utc::now()),
        last_used_at: Set(None),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok((model, token))
}

/// The active user a bearer token belongs to, if the token is valid and not revoked.
pub async fn resolve<C: ConnectionTrait>(
    db: &C,
    token: &str,
    now: DateTime<Utc>,
) -> Result<Option<user::Model>, DbErr> {
    if !token.starts_with(PREFIX) {
        return Ok(None);
    }
    let Some(found) = api_token::Entity::find()
        .filter(api_token::Column::TokenHash.eq(tokens::digest(token)))
        .filter(api_token::Column::RevokedAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let person = user::Entity::find_by_id(found.user_id)
        .one(db)
        .await?
        .filter(|u| u.active);
    if person.is_some()
        && found
            .last_used_at
            .is_none_or(|used| now - used >= Duration::minutes(1))
    {
        api_token::Entity::update_many()
            .col_expr(
                api_token::Column::LastUsedAt,
                sea_orm::sea_query::Expr::val(now),
            )
            .filter(api_token::Column::Id.eq(found.id))
            .exec(db)
            .await?;
    }
    Ok(person)
}

/// A user's tokens, newest first (revoked ones included, marked).
pub async fn list<C: ConnectionTrait>(
    db: &C,
    user_id: i64,
) -> Result<Vec<api_token::Model>, DbErr> {
    api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(user_id))
        .order_by_desc(api_token::Column::Id)
        .all(db)
        .await
}

/// Revokes token `id` if it belongs to `user_id`; false when there is no such token of theirs.
pub async fn revoke<C: ConnectionTrait>(db: &C, user_id: i64, id: i64) -> Result<bool, DbErr> {
    let result = api_token::Entity::update_many()
        .col_expr(
            api_token::Column::RevokedAt,
            sea_orm::sea_query::Expr::val(Utc::now()),
        )
        .filter(api_token::Column::Id.eq(id))
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Revokes every active token of `user_id` (after a password reset).
pub async fn revoke_all<C: ConnectionTrait>(db: &C, user_id: i64) -> Result<u64, DbErr> {
    Ok(api_token::Entity::update_many()
        .col_expr(
            api_token::Column::RevokedAt,
            sea_orm::sea_query::Expr::val(Utc::now()),
        )
        .filter(api_token::Column::UserId.eq(user_id))
        .filter(api_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?
        .rows_affected)
}
