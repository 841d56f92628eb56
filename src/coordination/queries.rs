//! Reading requests for the API and the pages: staff's filtered list (and its CSV export's
//! batches), one request with its flags, and the status (with its steps) that the private link
//! shows.

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, FromQueryResult, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use serde::Deserialize;

use super::input::{Approach, Mode};
use super::views::{RequestItem, StatusItem};
use super::workflow::Status;
use crate::entities::{coordination_request as request, coordination_step};
use crate::error::{AppError, FieldErrors};
use crate::flags;
use crate::pagination::Pagination;

/// The staff list's filters, read as text and parsed by [`ListParams::parse`], so that a bad
/// value is a 400 with a field message.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    #[param(value_type = Option<Status>)]
    pub status: Option<String>,
    /// The ISO 3166-1 alpha-3 code of the state approached (in any case).
    pub target_state: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub status: Option<Status>,
    pub target_state: Option<String>,
}

impl ListParams {
    pub fn parse(&self) -> Result<(Filter, Pagination), FieldErrors> {
        let mut errors = FieldErrors::new();
        let status = self
            .status
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .and_then(|s| {
                s.parse::<Status>()
                    .map_err(|m| errors.add("status", m))
                    .ok()
            });
        let target_state = self
            .target_state
            .as_deref()
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty());
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        errors.into_result((
            Filter {
                status,
                target_state,
            },
            pagination,
        ))
    }
}

/// The requests the filter matches, in SQL.
fn filtered(filter: &Filter) -> sea_orm::Select<request::Entity> {
    let mut query = request::Entity::find();
    if let Some(status) = filter.status {
        query = query.filter(request::Column::Status.eq(status));
    }
    if let Some(target) = &filter.target_state {
        query = query.filter(request::Column::TargetState.eq(target.as_str()));
    }
    query
}

/// A request as its CSV export shows it: what the staff list shows, and no contact details.
#[derive(Clone, Debug, FromQueryResult)]
pub struct ExportRow {
    pub id: i64,
    pub reference: String,
    pub requesting_state: String,
    pub target_state: String,
    pub approach: Approach,
    pub mode: Mode,
    pub status: Status,
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
    pub received_at: DateTime<Utc>,
}

/// The requests the filter matches, by id, `after` the given one: for the CSV export's
/// batches. Only the columns exported are read.
pub async fn batch<C: ConnectionTrait>(
    db: &C,
    filter: &Filter,
    after: i64,
    limit: u64,
) -> Result<Vec<ExportRow>, AppError> {
    use request::Column as C;
    Ok(filtered(filter)
        .select_only()
        .columns([
            C::Id,
            C::Reference,
            C::RequestingState,
            C::TargetState,
            C::Approach,
            C::Mode,
            C::Status,
            C::WindowStart,
            C::WindowEnd,
            C::ReceivedAt,
        ])
        .filter(C::Id.gt(after))
        .order_by_asc(C::Id)
        .limit(limit)
        .into_model::<ExportRow>()
        .all(db)
        .await?)
}

/// A page of requests, newest first, with their flags (two queries).
pub async fn page<C: ConnectionTrait>(
    db: &C,
    filter: &Filter,
    pagination: Pagination,
) -> Result<(Vec<RequestItem>, u64), AppError> {
    let query = filtered(filter);
    let total = query.clone().count(db).await?;
    let rows = query
        .order_by_desc(request::Column::Id)
        .offset(pagination.offset())
        .limit(pagination.per_page)
        .all(db)
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut all_flags = flags::on_records(db, flags::ON_REQUEST, &ids).await?;
    let items = rows
        .into_iter()
        .map(|r| {
            let (mine, rest): (Vec<_>, Vec<_>) =
                all_flags.drain(..).partition(|f| f.entity_id == r.id);
            all_flags = rest;
            RequestItem::new(r, mine)
        })
        .collect();
    Ok((items, total))
}

/// One request with its flags, for staff.
pub async fn item<C: ConnectionTrait>(db: &C, r: request::Model) -> Result<RequestItem, AppError> {
    let flags = flags::on_records(db, flags::ON_REQUEST, &[r.id]).await?;
    Ok(RequestItem::new(r, flags))
}

/// A request's status and steps, as its private link shows them.
pub async fn status_item<C: ConnectionTrait>(
    db: &C,
    r: &request::Model,
) -> Result<StatusItem, AppError> {
    let steps = coordination_step::Entity::find()
        .filter(coordination_step::Column::RequestId.eq(r.id))
        .order_by_asc(coordination_step::Column::Id)
        .all(db)
        .await?;
    let messages = crate::threads::of_record(
        db,
        crate::threads::RecordKind::CoordinationRequest,
        r.id,
        false,
    )
    .await?;
    let messages = crate::threads::items(db, &messages, crate::threads::Reader::Requester).await?;
    Ok(StatusItem::new(r, steps, messages))
}
