//! An installment of an award's payment schedule.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "disbursements")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub award_id: i64,
    pub sequence: i32,
    /// In the award's currency.
    pub amount_minor: i64,
    pub due_on: Option<Date>,
    /// What must hold, in words (staff's; may be empty).
    pub condition: String,
    /// What the service checks before the installment is approved (see `awards::conditions`).
    pub condition_kind: crate::awards::conditions::ConditionKind,
    /// The report an `after_report` condition waits for.
    pub condition_report_id: Option<i64>,
    /// An unmet condition overridden: why, by whom, when; and the second person's confirmation.
    #[sea_orm(column_type = "Text", nullable)]
    pub override_reason: Option<String>,
    pub override_by: Option<i64>,
    pub override_at: Option<DateTimeUtc>,
    pub override_confirmed_by: Option<i64>,
    pub override_confirmed_at: Option<DateTimeUtc>,
    pub status: crate::awards::workflow::InstallmentStatus,
    pub approved_at: Option<DateTimeUtc>,
    pub approved_by: Option<i64>,
    pub paid_on: Option<Date>,
    pub payment_reference: Option<String>,
    /// Paid in another currency than the award's: what was paid, in the minor units of
    /// `paid_currency`, the rate used (one `paid_currency` in the award's) and its date. Then
    /// `amount_minor` is what the payment is worth in the award's currency, and
    /// `scheduled_minor` what was scheduled before.
    pub paid_currency: Option<crate::money::Currency>,
    pub paid_amount_minor: Option<i64>,
    pub paid_rate: Option<crate::exchange::Rate>,
    pub paid_rate_on: Option<Date>,
    pub scheduled_minor: Option<i64>,
    pub cancelled_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub cancel_reason: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::award::Entity",
        from = "Column::AwardId",
        to = "super::award::Column::Id"
    )]
    Award,
}

impl Related<super::award::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Award.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
