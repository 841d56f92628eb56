//! The list of applications: filtered, sorted, counted and paginated in SQL, for staff (all),
//! members (their organization's) and reviewers (those assigned to them); and the batches of
//! its CSV export.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait,
    FromQueryResult, JoinType, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, RelationTrait,
    Select,
};
use serde::{Deserialize, Serialize};

use super::workflow::Status;
use crate::auth::{CurrentUser, Role};
use crate::entities::{application, organization, review, round, state};
use crate::error::{AppError, FieldErrors};
use crate::input::parse_field;
use crate::money::{Currency, Money};
use crate::pagination::Pagination;

/// Sort orders of the list; `-` in front means descending.
pub const SORTS: [(&str, &str); 8] = [
    ("-updated_at", "Last changed, newest first"),
    ("updated_at", "Last changed, oldest first"),
    ("-submitted_at", "Submitted, newest first"),
    ("submitted_at", "Submitted, oldest first"),
    ("reference", "Reference"),
    ("title", "Title"),
    ("-requested", "Amount requested, largest first"),
    ("requested", "Amount requested, smallest first"),
];

/// Read as text and parsed by `parse`, so that a bad value gets a message of its own; the
/// document states the type a value must parse as.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    #[param(value_type = Option<i64>)]
    pub round_id: Option<String>,
    /// Without it, staff see every status but `draft`.
    #[param(value_type = Option<Status>)]
    pub status: Option<String>,
    /// The ISO3 code of the state the work targets.
    pub target_state: Option<String>,
    #[param(value_type = Option<i64>)]
    pub organization_id: Option<String>,
    /// Words of the title, case-insensitive.
    pub q: Option<String>,
    /// `-updated_at` (the default), `updated_at`, `-submitted_at`, `submitted_at`, `reference`,
    /// `title`, `-requested`, `requested`; `-` in front means descending.
    pub sort: Option<String>,
    /// Only these applications: ids separated by commas (at most 200); drafts among them are
    /// listed too.
    #[param(example = "12,15,31")]
    pub ids: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

/// Who is asking narrows what is listed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    All,
    Organization(i64),
    Reviewer(i64),
    Nothing,
}

impl Scope {
    pub fn of(user: &CurrentUser) -> Self {
        match user.role {
            Role::Staff | Role::Admin | Role::Finance => Scope::All,
            Role::Member => user
                .organization_id
                .map_or(Scope::Nothing, Scope::Organization),
            Role::Reviewer => Scope::Reviewer(user.id),
        }
    }
}

#[derive(Clone, Debug, Default)]
pub struct Filter {
    pub round_id: Option<i64>,
    pub status: Option<Status>,
    /// Any of these statuses (the start page's applications in progress).
    pub statuses: Option<Vec<Status>>,
    pub target_state: Option<String>,
    pub organization_id: Option<i64>,
    /// Words of the title, case-insensitive.
    pub q: Option<String>,
    /// Only these applications (a selection: see `bulk`).
    pub ids: Option<Vec<i64>>,
    pub sort: &'static str,
}

/// The most applications a selection holds (`ids`, and the bulk actions).
pub const MAX_SELECTION: usize = 200;

/// Ids separated by commas, at most [`MAX_SELECTION`].
pub fn parse_ids(text: &str) -> Result<Vec<i64>, String> {
    let mut ids = Vec::new();
    for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let id = part
            .parse::<i64>()
            .map_err(|_| format!("'{part}' is not a number"))?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.len() > MAX_SELECTION {
        return Err(format!(
            "at most {MAX_SELECTION} applications at a time; {} were given",
            ids.len()
        ));
    }
    Ok(ids)
}

impl ListParams {
    /// Bad values are reported, and left out of the filter (pages list beside the messages).
    pub fn parse_lenient(&self) -> (Filter, Pagination, FieldErrors) {
        let mut errors = FieldErrors::new();
        let id = |v: &str| {
            v.parse::<i64>()
                .map_err(|_| format!("'{v}' is not a number"))
        };
        let filter = Filter {
            round_id: parse_field(&mut errors, "round_id", self.round_id.as_deref(), id),
            status: parse_field(&mut errors, "status", self.status.as_deref(), str::parse),
            statuses: None,
            target_state: self
                .target_state
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_ascii_uppercase),
            organization_id: parse_field(
                &mut errors,
                "organization_id",
                self.organization_id.as_deref(),
                id,
            ),
            q: self
                .q
                .as_deref()
                .map(str::trim)
                .filter(|q| !q.is_empty())
                .map(|q| q.chars().take(100).collect()),
            ids: parse_field(&mut errors, "ids", self.ids.as_deref(), parse_ids),
            sort: parse_field(&mut errors, "sort", self.sort.as_deref(), |s| {
                SORTS
                    .iter()
                    .map(|(key, _)| *key)
                    .find(|key| *key == s)
                    .ok_or_else(|| format!("'{s}' is not a sort order"))
            })
            .unwrap_or(SORTS[0].0),
        };
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        (filter, pagination, errors)
    }

    pub fn parse(&self) -> Result<(Filter, Pagination), FieldErrors> {
        let (filter, pagination, errors) = self.parse_lenient();
        errors.into_result((filter, pagination))
    }
}

/// A row of the list, with the names that the joins bring.
#[derive(Clone, Debug, FromQueryResult)]
pub struct Row {
    pub id: i64,
    pub round_id: i64,
    pub organization_id: i64,
    pub target_state: Option<String>,
    pub reference: Option<String>,
    pub title: String,
    pub tier: String,
    pub requested_minor: i64,
    pub requested_currency: Currency,
    pub status: Status,
    pub submitted_at: Option<DateTime<Utc>>,
    pub updated_at: DateTime<Utc>,
    pub organization_name: String,
    pub state_name: Option<String>,
    pub round_name: String,
}

impl Row {
    pub fn requested(&self) -> Money {
        Money::from_minor(self.requested_minor, self.requested_currency)
    }
}

fn filtered(scope: Scope, filter: &Filter, backend: DbBackend) -> Select<application::Entity> {
    let mut query = application::Entity::find();
    match scope {
        Scope::All => {}
        Scope::Organization(id) => {
            query = query.filter(application::Column::OrganizationId.eq(id));
        }
        Scope::Reviewer(user_id) => {
            query = query.filter(
                application::Column::Id.in_subquery(
                    Query::select()
                        .column(review::Column::ApplicationId)
                        .from(review::Entity)
                        .and_where(Expr::col(review::Column::ReviewerId).eq(user_id))
                        .to_owned(),
                ),
            );
        }
        Scope::Nothing => query = query.filter(Expr::val(1).eq(0)),
    }
    if let Some(id) = filter.round_id {
        query = query.filter(application::Column::RoundId.eq(id));
    }
    if let Some(ids) = &filter.ids {
        query = query.filter(application::Column::Id.is_in(ids.iter().copied()));
    }
    match filter.status {
        Some(status) => query = query.filter(application::Column::Status.eq(status)),
        // Staff work on what was submitted: drafts are the organization's until then (a
        // selection by ids lists what was selected).
        None if scope == Scope::All && filter.ids.is_none() && filter.statuses.is_none() => {
            query = query.filter(application::Column::Status.ne(Status::Draft));
        }
        None => {}
    }
    if let Some(statuses) = &filter.statuses {
        query = query.filter(application::Column::Status.is_in(statuses.iter().copied()));
    }
    if let Some(code) = &filter.target_state {
        query = query.filter(application::Column::TargetState.eq(code.as_str()));
    }
    if let Some(id) = filter.organization_id {
        query = query.filter(application::Column::OrganizationId.eq(id));
    }
    if let Some(q) = &filter.q {
        let pattern = format!(
            "%{}%",
            q.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let title = Expr::col((application::Entity, application::Column::Title));
        // Case-insensitive on both: SQLite's LIKE folds ASCII letters (as its lower() does),
        // PostgreSQL's ILIKE folds every letter. No lower() per row. The backslash escapes
        // by default on PostgreSQL; SQLite is told.
        query = query.filter(if backend == DbBackend::Postgres {
            sea_orm::sea_query::extension::postgres::PgExpr::ilike(title, pattern)
        } else {
            title.like(sea_orm::sea_query::LikeExpr::new(pattern).escape('\\'))
        });
    }
    query
}

fn with_names(query: Select<application::Entity>) -> Select<application::Entity> {
    query
        .select_only()
        .columns([
            application::Column::Id,
            application::Column::RoundId,
            application::Column::OrganizationId,
            application::Column::TargetState,
            application::Column::Reference,
            application::Column::Title,
            application::Column::Tier,
            application::Column::RequestedMinor,
            application::Column::RequestedCurrency,
            application::Column::Status,
            application::Column::SubmittedAt,
            application::Column::UpdatedAt,
        ])
        .column_as(organization::Column::Name, "organization_name")
        .column_as(state::Column::Name, "state_name")
        .column_as(round::Column::Name, "round_name")
        .join(
            JoinType::InnerJoin,
            application::Relation::Organization.def(),
        )
        .join(JoinType::LeftJoin, application::Relation::State.def())
        .join(JoinType::InnerJoin, application::Relation::Round.def())
}

fn sorted(query: Select<application::Entity>, sort: &str) -> Select<application::Entity> {
    use application::Column as C;
    let query = match sort {
        "updated_at" => query.order_by_asc(C::UpdatedAt),
        "-submitted_at" => query.order_by_desc(C::SubmittedAt),
        "submitted_at" => query.order_by_asc(C::SubmittedAt),
        "reference" => query.order_by_asc(C::Reference),
        "title" => query.order_by_asc(C::Title),
        "-requested" => query.order_by_desc(C::RequestedMinor),
        "requested" => query.order_by_asc(C::RequestedMinor),
        _ => query.order_by_desc(C::UpdatedAt),
    };
    query.order_by_desc(C::Id)
}

/// One page of the list and the number of applications that match. A page holding a row the
/// code cannot read is refused whole (500), never shown with a default in its place.
pub async fn page<C: ConnectionTrait>(
    db: &C,
    scope: Scope,
    filter: &Filter,
    pagination: Pagination,
) -> Result<(Vec<Row>, u64), AppError> {
    let total = filtered(scope, filter, db.get_database_backend())
        .count(db)
        .await?;
    // The page's ids first, from the applications table and its indexes alone; then the names
    // for those fifty, rather than joining every match before sorting.
    let ids: Vec<i64> = sorted(
        filtered(scope, filter, db.get_database_backend()),
        filter.sort,
    )
    .select_only()
    .column(application::Column::Id)
    .offset(pagination.offset())
    .limit(pagination.per_page)
    .into_tuple::<i64>()
    .all(db)
    .await?;
    if ids.is_empty() {
        return Ok((Vec::new(), total));
    }
    let read = with_names(application::Entity::find())
        .filter(application::Column::Id.is_in(ids.iter().copied()))
        .into_model::<Row>()
        .all(db)
        .await;
    let mut rows = match read {
        Ok(rows) => rows,
        Err(e) => return Err(unreadable(db, &ids, e).await),
    };
    rows.sort_by_key(|row| ids.iter().position(|id| *id == row.id));
    Ok((rows, total))
}

/// A read of these rows failed. When a row holds a value the code does not know, the error names
/// it (as `crate::db::get` does for one record), so that the log says which row to repair: the
/// rows are read again one by one, on this rare path only.
async fn unreadable<C: ConnectionTrait>(db: &C, ids: &[i64], error: DbErr) -> AppError {
    if !matches!(error, DbErr::Type(_) | DbErr::TryIntoErr { .. }) {
        return AppError::from(error);
    }
    for id in ids {
        if let Err(named @ AppError::Internal(_)) =
            crate::db::get::<application::Entity, _>(db, *id, "application").await
        {
            return named;
        }
    }
    AppError::Internal(anyhow::anyhow!(
        "a listed application holds a value the code does not know: {error}"
    ))
}

/// The CSV header of the export.
pub const CSV_HEADER: [&str; 12] = [
    "id",
    "reference",
    "round",
    "organization",
    "target_state",
    "target_state_name",
    "title",
    "tier",
    "status",
    "requested_amount",
    "currency",
    "submitted_at",
];

impl crate::web::csv::CsvRow for Row {
    fn id(&self) -> i64 {
        self.id
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.reference.clone().unwrap_or_default(),
            self.round_name.clone(),
            self.organization_name.clone(),
            self.target_state.clone().unwrap_or_default(),
            self.state_name.clone().unwrap_or_default(),
            self.title.clone(),
            self.tier.clone(),
            self.status.as_str().to_owned(),
            self.requested().amount().to_string(),
            self.requested_currency.code().to_owned(),
            self.submitted_at
                .map(|t| t.to_rfc3339())
                .unwrap_or_default(),
        ]
    }

    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (self.target_state.as_deref(), Some(self.organization_id))
    }

    /// The organization and the title.
    fn named_cells(&self) -> &'static [usize] {
        &[3, 6]
    }
}

/// The applications the filter matches, by id, `after` the given one: for the CSV export's
/// batches. A row the code cannot read is named (see [`unreadable`]).
pub async fn batch(
    db: &DatabaseConnection,
    scope: Scope,
    filter: &Filter,
    after: i64,
    limit: u64,
) -> Result<Vec<Row>, AppError> {
    let query = with_names(filtered(scope, filter, db.get_database_backend()))
        .filter(application::Column::Id.gt(after))
        .order_by_asc(application::Column::Id)
        .limit(limit);
    match query.clone().into_model::<Row>().all(db).await {
        Ok(rows) => Ok(rows),
        Err(e) => {
            let ids: Vec<i64> = query
                .select_only()
                .column(application::Column::Id)
                .into_tuple()
                .all(db)
                .await
                .unwrap_or_default();
            Err(unreadable(db, &ids, e).await)
        }
    }
}
