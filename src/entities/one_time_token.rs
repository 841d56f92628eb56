//! A link sent once: first-run setup, an invitation, a password reset. Stored as its SHA-256.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "one_time_tokens")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false, column_type = "Char(Some(64))")]
    pub token_hash: String,
    /// `setup`, `invitation` or `password_reset`.
    pub purpose: String,
    pub email: String,
    pub role: Option<crate::auth::Role>,
    pub organization_id: Option<i64>,
    pub user_id: Option<i64>,
    pub created_by: Option<i64>,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
