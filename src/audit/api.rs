//! `GET /api/v1/audit?entity=&entity_id=&actor=`: the log, for staff.

use axum::Json;
use axum::extract::State;
use sea_orm::DatabaseConnection;
use serde::Deserialize;
use utoipa::OpenApi;

use super::{AuditEntry, Search};
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldErrors};
use crate::input::parse_field;
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::web::extract::Params;
use crate::web::openapi::{BadRequest, Forbidden, Unauthorized};

/// The audit API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(search_audit),
    tags((name = "audit", description = "The audit log: who changed what, when"))
)]
pub struct AuditApi;

/// Read as text and parsed by the handler, so that a bad value is a 400 with a field message;
/// the document states the type a value must parse as.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditParams {
    /// The kind of record: `organization`, `user`, `account`, `invitation`, `outbox`, ...
    pub entity: Option<String>,
    /// The record's id, with `entity`.
    pub entity_id: Option<String>,
    /// The id of the user who acted.
    #[param(value_type = Option<i64>)]
    pub actor: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1)]
    pub page: Option<String>,
    #[param(value_type = Option<u64>, minimum = 1, maximum = 200)]
    pub per_page: Option<String>,
}

/// The audit log, newest first (staff).
#[utoipa::path(
    get,
    path = "/api/v1/audit",
    tag = "audit",
    operation_id = "searchAudit",
    params(AuditParams, crate::sensitivity::RevealParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "A page of entries", body = ListBody<AuditEntry>),
        (status = 400, response = BadRequest),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
    )
)]
pub async fn search_audit(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<AuditParams>,
    Params(reveal): Params<crate::sensitivity::RevealParams>,
) -> Result<Json<ListBody<AuditEntry>>, AppError> {
    policy::authorize(&user, Action::ViewAudit)?;
    let (search, pagination) = params.parse()?;
    let redaction =
        crate::sensitivity::Redaction::for_list(&db, &user, "/api/v1/audit", &reveal).await?;
    let (items, total) = super::search(&db, &search, pagination).await?;
    let mut items = super::with_concerns(&db, items).await?;
    redaction
        .redact(&db, &user, "/api/v1/audit", &mut items)
        .await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}

impl AuditParams {
    /// The search and the page, or a 400 naming what does not parse.
    pub fn parse(&self) -> Result<(Search, Pagination), AppError> {
        let mut errors = FieldErrors::new();
        let clean = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(ToOwned::to_owned)
        };
        let actor_id = parse_field(&mut errors, "actor", self.actor.as_deref(), |v| {
            v.parse::<i64>()
                .map_err(|_| format!("'{v}' is not a user number"))
        });
        let pagination =
            Pagination::parse(&mut errors, self.page.as_deref(), self.per_page.as_deref());
        let search = Search {
            entity_type: clean(&self.entity),
            entity_id: clean(&self.entity_id),
            actor_id,
        };
        errors.into_result(()).map_err(AppError::bad_request)?;
        Ok((search, pagination))
    }
}
