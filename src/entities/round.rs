//! A grant round: a call for applications with its dates, budget, tiers and report schedule.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "rounds")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub name: String,
    /// Chosen by staff (`IIA-2027A`, see `rounds::RoundCode`); its applications' references are
    /// `<code>-<nnnn>`.
    #[sea_orm(unique)]
    pub code: String,
    pub programme: String,
    pub opens_at: DateTimeUtc,
    pub closes_at: DateTimeUtc,
    pub budget_minor: i64,
    /// The round's currency: every amount of its applications and awards is in it.
    #[sea_orm(column_type = "Char(Some(3))")]
    pub budget_currency: crate::money::Currency,
    /// See `rounds::Tier`.
    pub tiers: Json,
    /// See `rounds::ReportDue`.
    pub report_schedule: Json,
    pub not_party_only: bool,
    /// Its reviewers see no organization name, people or documents that identify the applicant
    /// (`applications::blind`).
    pub blind_review: bool,
    /// The kinds of document (`attachments::Kind`) an application must carry before it is
    /// submitted, as a JSON list.
    pub required_documents: Json,
    /// The year the round opens. Before rounds had codes it was in their references, one round
    /// a year; the rounds of that time have the code `IIA-<year>`.
    pub reference_year: i32,
    /// The number of its last application submitted: the next takes the next one, under the
    /// round's lock, so that its references have no gap.
    pub last_number: i32,
    /// The round's award letter (Handlebars, see `letters::template`); `None`: the default.
    #[sea_orm(column_type = "Text", nullable)]
    pub letter_template: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
