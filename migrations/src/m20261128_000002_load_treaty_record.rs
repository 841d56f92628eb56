//! Loads the shipped treaty record (`data/states.csv`) into the tables of the previous step.

use sea_orm_migration::prelude::*;

use crate::treaty_data;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        treaty_data::load(manager.get_connection()).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        treaty_data::unload(manager.get_connection()).await
    }
}
