//! `/api/v1/states/{iso3}/sensitivity`: a state's marking (staff).

use axum::Json;
use axum::extract::{Path, State};
use sea_orm::DatabaseConnection;
use utoipa::OpenApi;

use super::{SensitivityInput, SensitivityItem};
use crate::auth::Caller;
use crate::error::AppError;
use crate::policy::{self, Action};
use crate::web::extract::JsonBody;
use crate::web::openapi::{BadRequest, Forbidden, NotFound, Unauthorized, ValidationFailed};

/// The markings' part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(
        get_sensitivity,
        set_sensitivity,
        list_access_log,
        crate::personal_data::export
    ),
    tags((
        name = "sensitivity",
        description = "States where advocacy can put people at risk (staff only): the records \
            concerning them are redacted in e-mails and exports, and their reads logged"
    ))
)]
pub struct SensitivityApi;

/// A state's sensitivity marking (staff).
#[utoipa::path(
    get,
    path = "/api/v1/states/{iso3}/sensitivity",
    tag = "sensitivity",
    operation_id = "getStateSensitivity",
    params(("iso3" = String, Path, description = "The state's ISO 3166-1 alpha-3 code")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The marking (`normal` when none)", body = SensitivityItem),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_sensitivity(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(iso3): Path<String>,
) -> Result<Json<SensitivityItem>, AppError> {
    policy::authorize(&caller, Action::ManageSensitivity)?;
    let (iso3, mark) = super::get(&db, &iso3).await?;
    Ok(Json(SensitivityItem::of(&iso3, mark.as_ref())))
}

/// Marks a state `normal`, `sensitive` or `high_risk` (staff), with a reason and a review date.
#[utoipa::path(
    put,
    path = "/api/v1/states/{iso3}/sensitivity",
    tag = "sensitivity",
    operation_id = "setStateSensitivity",
    params(("iso3" = String, Path, description = "The state's ISO 3166-1 alpha-3 code")),
    request_body = SensitivityInput,
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The marking as it now is", body = SensitivityItem),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 422, response = ValidationFailed),
    )
)]
pub async fn set_sensitivity(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Path(iso3): Path<String>,
    JsonBody(input): JsonBody<SensitivityInput>,
) -> Result<Json<SensitivityItem>, AppError> {
    let mark = super::mark(&db, &caller, &iso3, &input).await?;
    let iso3 = iso3.to_ascii_uppercase();
    Ok(Json(SensitivityItem::of(&iso3, mark.as_ref())))
}

/// One read in the access log.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct AccessItem {
    pub id: i64,
    pub occurred_at: chrono::DateTime<chrono::Utc>,
    pub user_id: Option<i64>,
    pub actor: String,
    /// `application`, `award`, `organization`, `coordination_request`, `export`.
    pub record_type: String,
    pub record_id: String,
    /// `page`, `api`, `csv`, `csv_revealed`.
    pub what: String,
    pub state: Option<String>,
}

/// The reads, newest first.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct AccessBody {
    pub items: Vec<AccessItem>,
}

/// The access log (admins): who read which record concerning a high-risk state, newest first
/// (the last 1,000). Reading it is itself audited.
#[utoipa::path(
    get,
    path = "/api/v1/access-log",
    tag = "sensitivity",
    operation_id = "listAccessLog",
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The reads", body = AccessBody),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn list_access_log(
    State(db): State<DatabaseConnection>,
    caller: Caller,
) -> Result<Json<AccessBody>, AppError> {
    policy::authorize(&caller, Action::ReadAccessLog)?;
    use sea_orm::{EntityTrait, QueryOrder, QuerySelect};
    let rows = crate::entities::access_log::Entity::find()
        .order_by_desc(crate::entities::access_log::Column::Id)
        .limit(1000)
        .all(&db)
        .await?;
    crate::audit::record(
        &db,
        &caller.actor(),
        "access_log_read",
        "access_log",
        "api",
        None,
        None,
    )
    .await?;
    Ok(Json(AccessBody {
        items: rows
            .into_iter()
            .map(|r| AccessItem {
                id: r.id,
                occurred_at: r.occurred_at,
                user_id: r.user_id,
                actor: r.actor,
                record_type: r.record_type,
                record_id: r.record_id,
                what: r.what,
                state: r.state_iso3,
            })
            .collect(),
    }))
}

impl crate::web::csv::CsvRow for crate::entities::access_log::Model {
    fn id(&self) -> i64 {
        self.id
    }

    fn cells(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.occurred_at.to_rfc3339(),
            self.user_id.map(|u| u.to_string()).unwrap_or_default(),
            self.actor.clone(),
            self.record_type.clone(),
            self.record_id.clone(),
            self.what.clone(),
            self.state_iso3.clone().unwrap_or_default(),
        ]
    }
}

/// `GET /access-log.csv` (admins): the whole access log, oldest first. Audited.
pub async fn export_access_log(
    State(db): State<DatabaseConnection>,
    caller: Caller,
) -> Result<axum::response::Response, AppError> {
    policy::authorize(&caller, Action::ReadAccessLog)?;
    crate::audit::record(
        &db,
        &caller.actor(),
        "access_log_exported",
        "access_log",
        "csv",
        None,
        None,
    )
    .await?;
    Ok(crate::web::csv::stream_csv(
        "access-log.csv",
        &[
            "id",
            "occurred_at",
            "user_id",
            "actor",
            "record_type",
            "record_id",
            "what",
            "state",
        ],
        move |after, limit| {
            let db = db.clone();
            async move {
                use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
                Ok(crate::entities::access_log::Entity::find()
                    .filter(crate::entities::access_log::Column::Id.gt(after))
                    .order_by_asc(crate::entities::access_log::Column::Id)
                    .limit(limit)
                    .all(&db)
                    .await?)
            }
        },
    ))
}
