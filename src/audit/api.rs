//! `GET /api/v1/audit?entity=&entity_id=&actor=`: the log, for staff.

use axum::Json;
use axum::extract::State;
use sea_orm::DatabaseConnection;
use serde::Deserialize;

use super::{AuditEntry, Search};
use crate::auth::CurrentUser;
use crate::error::{AppError, FieldErrors};
use crate::pagination::{ListBody, Pagination};
use crate::policy::{self, Action};
use crate::treaty::model::parse_field;
use crate::web::extract::Params;

#[derive(Debug, Default, Deserialize)]
pub struct AuditParams {
    pub entity: Option<String>,
    pub entity_id: Option<String>,
    pub actor: Option<String>,
    pub page: Option<String>,
    pub per_page: Option<String>,
}

pub async fn search_audit(
    State(db): State<DatabaseConnection>,
    user: CurrentUser,
    Params(params): Params<AuditParams>,
) -> Result<Json<ListBody<AuditEntry>>, AppError> {
    policy::authorize(&user, Action::ViewAudit)?;
    let mut errors = FieldErrors::new();
    let clean = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(ToOwned::to_owned)
    };
    let actor_id = parse_field(&mut errors, "actor", params.actor.as_deref(), |v| {
        v.parse::<i64>()
            .map_err(|_| format!("'{v}' is not a user number"))
    });
    let pagination = Pagination::parse(
        &mut errors,
        params.page.as_deref(),
        params.per_page.as_deref(),
    );
    let search = Search {
        entity_type: clean(&params.entity),
        entity_id: clean(&params.entity_id),
        actor_id,
    };
    errors.into_result(()).map_err(AppError::bad_request)?;
    let (items, total) = super::search(&db, &search, pagination).await?;
    Ok(Json(ListBody::new(items, pagination, total)))
}
