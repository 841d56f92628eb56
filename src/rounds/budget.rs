//! A round's budget figures (budget, requested, awarded, disbursed), summed in SQL.

use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{ConnectionTrait, DbErr, FromQueryResult, StatementBuilder};

use super::model::Round;
use crate::applications::workflow::Status;
use crate::awards::workflow::InstallmentStatus;
use crate::entities::{application, award, disbursement};
use crate::error::AppError;
use crate::money::{Money, sum_minor};

/// Statuses whose requested amounts count as requested of the round: submitted at least once,
/// and not withdrawn.
pub const REQUESTED_STATUSES: [Status; 5] = [
    Status::Submitted,
    Status::UnderReview,
    Status::ChangesRequested,
    Status::Approved,
    Status::Rejected,
];

/// What an award holds of its round's budget, as SQL over the awards table named `awards`
/// (`alias`): its amount; once terminated, only what was paid on it (the unpaid remainder goes
/// back to the round). The statuses are constants of this code.
pub fn committed_minor(alias: &str) -> String {
    format!(
        "CASE WHEN {alias}.status = '{terminated}' THEN (SELECT COALESCE(SUM(pd.amount_minor), 0) \
         FROM disbursements pd WHERE pd.award_id = {alias}.id AND pd.status = '{paid}') \
         ELSE {alias}.amount_minor END",
        terminated = crate::awards::workflow::AwardStatus::Terminated.as_str(),
        paid = InstallmentStatus::Paid.as_str(),
    )
}

/// What a round has, what is asked of it and what it has given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BudgetFigures {
    pub budget: Money,
    pub requested: Money,
    /// What the round's awards hold: their amounts, a terminated one's only what was paid.
    pub awarded: Money,
    /// Paid out on the round's awards.
    pub disbursed: Money,
    pub left: Money,
    pub applications: i64,
    pub awards: i64,
}

#[derive(FromQueryResult)]
struct Total {
    total: i64,
    count: i64,
}

async fn total<C: ConnectionTrait>(
    db: &C,
    statement: &impl StatementBuilder,
) -> Result<Total, DbErr> {
    Total::find_by_statement(db.get_database_backend().build(statement))
        .one(db)
        .await
        .map(|t| t.unwrap_or(Total { total: 0, count: 0 }))
}

/// The round's budget figures, summed in SQL from indexes (see the migration).
pub async fn budget_figures<C: ConnectionTrait>(
    db: &C,
    round: &Round,
) -> Result<BudgetFigures, AppError> {
    let requested = total(
        db,
        Query::select()
            .expr_as(
                sum_minor(Expr::col(application::Column::RequestedMinor)),
                "total",
            )
            .expr_as(Expr::cust("COUNT(*)"), "count")
            .from(application::Entity)
            .and_where(Expr::col(application::Column::RoundId).eq(round.id()))
            .and_where(
                Expr::col(application::Column::Status)
                    .is_in(REQUESTED_STATUSES.iter().map(|s| s.as_str())),
            ),
    )
    .await?;
    let awarded = total(
        db,
        Query::select()
            .expr_as(sum_minor(Expr::cust(committed_minor("awards"))), "total")
            .expr_as(Expr::cust("COUNT(*)"), "count")
            .from(award::Entity)
            .and_where(Expr::col(award::Column::RoundId).eq(round.id())),
    )
    .await?;
    let disbursed = total(
        db,
        Query::select()
            .expr_as(
                sum_minor(Expr::col((
                    disbursement::Entity,
                    disbursement::Column::AmountMinor,
                ))),
                "total",
            )
            .expr_as(Expr::cust("COUNT(*)"), "count")
            .from(disbursement::Entity)
            .inner_join(
                award::Entity,
                Expr::col((award::Entity, award::Column::Id))
                    .equals((disbursement::Entity, disbursement::Column::AwardId)),
            )
            .and_where(Expr::col((award::Entity, award::Column::RoundId)).eq(round.id()))
            .and_where(
                Expr::col((disbursement::Entity, disbursement::Column::Status))
                    .eq(InstallmentStatus::Paid.as_str()),
            ),
    )
    .await?;
    let currency = round.currency;
    Ok(BudgetFigures {
        disbursed: Money::from_minor(disbursed.total, currency),
        budget: round.budget,
        requested: Money::from_minor(requested.total, currency),
        awarded: Money::from_minor(awarded.total, currency),
        left: Money::from_minor(round.budget.minor() - awarded.total, currency),
        applications: requested.count,
        awards: awarded.count,
    })
}
