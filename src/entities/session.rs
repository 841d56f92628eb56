//! A signed-in browser (or one half way through signing in). The cookie holds a random token;
//! the table holds its SHA-256.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sessions")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false, column_type = "Char(Some(64))")]
    pub id_hash: String,
    pub user_id: i64,
    pub created_at: DateTimeUtc,
    pub last_seen_at: DateTimeUtc,
    /// The absolute end of the session, whatever its activity.
    pub expires_at: DateTimeUtc,
    /// What the browser has proved: the password only, or the second factor too.
    pub stage: crate::auth::sessions::Stage,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
