//! The registry's list: its parameters, checked, and its page of organizations, filtered and
//! counted in SQL.

use sea_orm::{
    ColumnTrait, ConnectionTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde::Deserialize;

use super::model::MembershipStatus;
use crate::auth::CurrentUser;
use crate::entities::organization;
use crate::error::FieldErrors;
use crate::input::parse_field;
use crate::pagination::Pagination;

/// Read as text and parsed by [`ListParams::parse`], so that a bad value is a 400 with a field
/// message; the document states the type a value must parse as.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only the organizations of this country (ISO 3166-1 alpha-3 code, in any case).
    pub country: Option<String>,
    #[param(value_type = Option<MembershipStatus>)]
    pub membership_status: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

impl ListParams {
    /// The filter a user may use: a member's list holds only its own organization.
    pub fn parse(&self, user: &CurrentUser) -> Result<(Filter, Pagination), FieldErrors> {
        let (filter, pagination, errors) = self.parse_lenient(user);
        errors.into_result((filter, pagination))
    }

    /// Like [`parse`](Self::parse), with defaults in place of bad values, so that a page can show
    /// the list beside the messages.
    pub fn parse_lenient(&self, user: &CurrentUser) -> (Filter, Pagination, FieldErrors) {
        let mut errors = FieldErrors::new();
        let country = self
            .country
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_ascii_uppercase);
        let status = parse_field(
            &mut errors,
            "membership_status",
            self.membership_status.as_deref(),
            str::parse,
        );
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        let only = if user.role.is_staff() || user.role == crate::auth::Role::Finance {
            None
        } else {
            Some(user.organization_id.unwrap_or(0))
        };
        let filter = Filter {
            country,
            status,
            only,
        };
        (filter, pagination, errors)
    }
}

/// What a list is filtered by.
#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub country: Option<String>,
    pub status: Option<MembershipStatus>,
    /// Only this organization (a member's view of the registry).
    pub only: Option<i64>,
}

/// The organizations the filter matches, in SQL.
fn filtered(filter: &Filter) -> sea_orm::Select<organization::Entity> {
    let mut query = organization::Entity::find();
    if let Some(country) = &filter.country {
        query = query.filter(organization::Column::Country.eq(country.as_str()));
    }
    if let Some(status) = filter.status {
        query = query.filter(organization::Column::MembershipStatus.eq(status));
    }
    if let Some(id) = filter.only {
        query = query.filter(organization::Column::Id.eq(id));
    }
    query
}

/// A page of organizations by name, filtered and counted in SQL.
pub async fn list<C: ConnectionTrait>(
    db: &C,
    filter: &Filter,
    pagination: Pagination,
) -> Result<(Vec<organization::Model>, u64), DbErr> {
    let query = filtered(filter);
    let total = query.clone().count(db).await?;
    let items = query
        .order_by_asc(organization::Column::Name)
        .order_by_asc(organization::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .all(db)
        .await?;
    Ok((items, total))
}

/// The organizations the filter matches, by id, `after` the given one: for the CSV export's
/// batches.
pub async fn batch<C: ConnectionTrait>(
    db: &C,
    filter: &Filter,
    after: i64,
    limit: u64,
) -> Result<Vec<organization::Model>, DbErr> {
    filtered(filter)
        .filter(organization::Column::Id.gt(after))
        .order_by_asc(organization::Column::Id)
        .limit(limit)
        .all(db)
        .await
}
