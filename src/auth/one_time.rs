//! One-time links: the first admin's set-up link, invitations (valid 7 days) and password resets
//! (valid 1 hour). The link carries a random secret; the table holds its SHA-256. A link is
//! spent by [`spend`], which succeeds once only, even for two requests at the same moment.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, Set,
};

use super::{Role, tokens};
use crate::entities::one_time_token;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Setup,
    Invitation,
    PasswordReset,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Setup => "setup",
            Self::Invitation => "invitation",
            Self::PasswordReset => "password_reset",
        }
    }

    pub fn valid_for(self) -> Duration {
        match self {
            Self::Setup => Duration::hours(24),
            Self::Invitation => Duration::days(7),
            Self::PasswordReset => Duration::hours(1),
        }
    }
}

/// Who a link is for.
#[derive(Clone, Debug, Default)]
pub struct For {
    pub email: String,
    pub role: Option<Role>,
    pub organization_id: Option<i64>,
    pub user_id: Option<i64>,
    pub created_by: Option<i64>,
}

/// Makes a link's secret, valid from now for the purpose's time.
pub async fn issue<C: ConnectionTrait>(
    db: &C,
    purpose: Purpose,
    target: For,
) -> Result<(String, DateTime<Utc>), DbErr> {
    let secret = tokens::random_secret();
    let now = Utc::now();
    let expires_at = now + purpose.valid_for();
    one_time_token::ActiveModel {
        token_hash: Set(tokens::digest(&secret)),
        purpose: Set(purpose.as_str().to_owned()),
        email: Set(target.email),
        role: Set(target.role),
        organization_id: Set(target.organization_id),
        user_id: Set(target.user_id),
        created_by: Set(target.created_by),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
    }
    .insert(db)
    .await?;
    Ok((secret, expires_at))
}

/// The link behind `secret`, if it is for `purpose`, unspent and unexpired.
pub async fn find<C: ConnectionTrait>(
    db: &C,
    secret: &str,
    purpose: Purpose,
) -> Result<Option<one_time_token::Model>, DbErr> {
    if secret.len() != 64 {
        return Ok(None);
    }
    Ok(one_time_token::Entity::find_by_id(tokens::digest(secret))
        .one(db)
        .await?
        .filter(|t| {
            t.purpose == purpose.as_str() && t.used_at.is_none() && t.expires_at > Utc::now()
        }))
}

/// Marks the link spent; false when it already was (a second click, a race).
pub async fn spend<C: ConnectionTrait>(
    db: &C,
    link: &one_time_token::Model,
) -> Result<bool, DbErr> {
    let result = one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::val(Utc::now()))
        .filter(one_time_token::Column::TokenHash.eq(link.token_hash.clone()))
        .filter(one_time_token::Column::Purpose.eq(link.purpose.clone()))
        .filter(one_time_token::Column::UsedAt.is_null())
        .filter(one_time_token::Column::ExpiresAt.gt(Utc::now()))
        .exec(db)
        .await?;
    Ok(result.rows_affected == 1)
}

/// Spends every unspent link of `purpose` for `email` (a new invitation replaces the old one).
pub async fn revoke_all<C: ConnectionTrait>(
    db: &C,
    purpose: Purpose,
    email: &str,
) -> Result<(), DbErr> {
    one_time_token::Entity::update_many()
        .col_expr(one_time_token::Column::UsedAt, Expr::val(Utc::now()))
        .filter(one_time_token::Column::Purpose.eq(purpose.as_str()))
        .filter(one_time_token::Column::Email.eq(email))
        .filter(one_time_token::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
