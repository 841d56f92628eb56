//! The award list: its filters as typed in a query string, and the queries behind the list,
//! the member's view of it and the CSV export (filtered, counted and paged in SQL).

use chrono::NaiveDate;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, JoinType, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, RelationTrait,
};
use serde::{Deserialize, Serialize};

use super::workflow::AwardStatus;
use crate::entities::{award, organization, state};
use crate::error::{AppError, FieldErrors};
use crate::input::parse_field;
use crate::money::{Currency, Money};
use crate::pagination::Pagination;

/// The list's query string, as typed: the API refuses what does not parse (400), the page shows
/// the list anyway with the messages.
#[derive(Debug, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct AwardParams {
    #[param(value_type = Option<i64>)]
    pub round_id: Option<String>,
    #[param(value_type = Option<AwardStatus>)]
    pub status: Option<String>,
    #[param(value_type = Option<i64>)]
    pub organization_id: Option<String>,
    /// The ISO3 code of the state the work targets.
    pub target_state: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

impl AwardParams {
    pub fn parse_lenient(&self) -> (Filter, Pagination, FieldErrors) {
        let mut errors = FieldErrors::new();
        let id = |v: &str| {
            v.parse::<i64>()
                .map_err(|_| format!("'{v}' is not a number"))
        };
        let filter = Filter {
            round_id: parse_field(&mut errors, "round_id", self.round_id.as_deref(), id),
            status: parse_field(&mut errors, "status", self.status.as_deref(), str::parse),
            organization_id: parse_field(
                &mut errors,
                "organization_id",
                self.organization_id.as_deref(),
                id,
            ),
            target_state: self
                .target_state
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_ascii_uppercase),
        };
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        (filter, pagination, errors)
    }
}

/// Filters of the award list.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub round_id: Option<i64>,
    pub status: Option<AwardStatus>,
    pub organization_id: Option<i64>,
    pub target_state: Option<String>,
}

/// An award in a list, with the names the joins bring and what is paid.
#[derive(Clone, Debug, sea_orm::FromQueryResult)]
pub struct Row {
    pub id: i64,
    pub application_id: i64,
    pub organization_id: i64,
    pub reference: String,
    pub amount_minor: i64,
    pub amount_currency: Currency,
    pub status: AwardStatus,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub target_state: String,
    pub organization_name: String,
    pub state_name: String,
}

impl Row {
    pub fn amount(&self) -> Money {
        Money::from_minor(self.amount_minor, self.amount_currency)
    }
}

fn filtered(filter: &Filter, only_organization: Option<i64>) -> sea_orm::Select<award::Entity> {
    let mut query = award::Entity::find();
    if let Some(id) = only_organization {
        query = query.filter(award::Column::OrganizationId.eq(id));
    }
    if let Some(id) = filter.round_id {
        query = query.filter(award::Column::RoundId.eq(id));
    }
    if let Some(status) = filter.status {
        query = query.filter(award::Column::Status.eq(status));
    }
    if let Some(id) = filter.organization_id {
        query = query.filter(award::Column::OrganizationId.eq(id));
    }
    if let Some(code) = &filter.target_state {
        query = query.filter(award::Column::TargetState.eq(code.as_str()));
    }
    query
}

pub fn with_names(query: sea_orm::Select<award::Entity>) -> sea_orm::Select<award::Entity> {
    query
        .select_only()
        .columns([
            award::Column::Id,
            award::Column::ApplicationId,
            award::Column::OrganizationId,
            award::Column::Reference,
            award::Column::AmountMinor,
            award::Column::AmountCurrency,
            award::Column::Status,
            award::Column::StartsOn,
            award::Column::EndsOn,
            award::Column::TargetState,
        ])
        .column_as(organization::Column::Name, "organization_name")
        .column_as(state::Column::Name, "state_name")
        .join(JoinType::InnerJoin, award::Relation::Organization.def())
        .join(JoinType::InnerJoin, award::Relation::State.def())
}

pub async fn list<C: ConnectionTrait>(
    db: &C,
    filter: &Filter,
    only_organization: Option<i64>,
    pagination: Pagination,
) -> Result<(Vec<Row>, u64), AppError> {
    let total = filtered(filter, only_organization).count(db).await?;
    let rows = with_names(filtered(filter, only_organization))
        .order_by_desc(award::Column::StartsOn)
        .order_by_desc(award::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .into_model::<Row>()
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Every award the filter matches, by id, `after` the given one: for the CSV export's batches.
pub async fn batch<C: ConnectionTrait>(
    db: &C,
    filter: &Filter,
    only_organization: Option<i64>,
    after: i64,
    size: u64,
) -> Result<Vec<Row>, sea_orm::DbErr> {
    with_names(filtered(filter, only_organization))
        .filter(award::Column::Id.gt(after))
        .order_by_asc(award::Column::Id)
        .limit(size)
        .into_model::<Row>()
        .all(db)
        .await
}
