//! An activity an application plans (a meeting with authorities, a workshop...).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "application_activities")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub application_id: i64,
    pub position: i32,
    /// Empty while a draft has not chosen it.
    pub kind: crate::applications::content::OrBlank<crate::applications::content::ActivityKind>,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub starts_on: Option<Date>,
    pub ends_on: Option<Date>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
