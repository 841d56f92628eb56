//! A recovery code: signs a person in once when their authenticator app is out of reach. Stored
//! as its SHA-256; the code itself is shown once, when it is made.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recovery_codes")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub user_id: i64,
    #[sea_orm(unique, column_type = "Char(Some(64))")]
    pub code_hash: String,
    pub created_at: DateTimeUtc,
    /// Set when the code is spent: it never works again.
    pub used_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
