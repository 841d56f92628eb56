//! A data-subject request: everything Clearway holds about one person, found by e-mail address,
//! as one JSON document an administrator downloads (`GET /api/v1/personal-data?email=...`).
//! The export itself is audited, by the account's id when there is one.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::auth::Caller;
use crate::entities::{
    access_log, api_token, audit_event, coordination_request, organization, outbox, session, user,
};
use crate::error::{AppError, FieldErrors};
use crate::policy::{self, Action};
use crate::web::extract::Params;

/// Whose data.
#[derive(Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct PersonParams {
    /// The person's e-mail address (required; any case).
    pub email: Option<String>,
}

fn audit_line(e: &audit_event::Model) -> Value {
    json!({
        "occurred_at": e.occurred_at,
        "action": e.action,
        "record": format!("{} {}", e.entity_type, e.entity_id),
        "before": e.before,
        "after": e.after,
    })
}

async fn account_part(db: &DatabaseConnection, u: &user::Model) -> Result<Value, AppError> {
    let sessions = session::Entity::find()
        .filter(session::Column::UserId.eq(u.id))
        .all(db)
        .await?;
    let tokens = api_token::Entity::find()
        .filter(api_token::Column::UserId.eq(u.id))
        .all(db)
        .await?;
    let acted = audit_event::Entity::find()
        .filter(audit_event::Column::ActorId.eq(u.id))
        .order_by_asc(audit_event::Column::Id)
        .all(db)
        .await?;
    let about = audit_event::Entity::find()
        .filter(audit_event::Column::EntityType.eq("user"))
        .filter(audit_event::Column::EntityId.eq(u.id.to_string()))
        .order_by_asc(audit_event::Column::Id)
        .all(db)
        .await?;
    let reads = access_log::Entity::find()
        .filter(access_log::Column::UserId.eq(u.id))
        .order_by_asc(access_log::Column::Id)
        .all(db)
        .await?;
    Ok(json!({
        "id": u.id,
        "name": u.name,
        "email": u.email,
        "role": u.role.as_str(),
        "organization_id": u.organization_id,
        "country": u.country,
        "time_zone": u.time_zone.to_string(),
        "active": u.active,
        "created_at": u.created_at,
        "last_signed_in_at": u.last_signed_in_at,
        "deactivated_at": u.deactivated_at,
        "anonymized_at": u.anonymized_at,
        "sessions": sessions
            .iter()
            .map(|s| json!({"created_at": s.created_at, "expires_at": s.expires_at}))
            .collect::<Vec<_>>(),
        "api_tokens": tokens
            .iter()
            .map(|t| json!({
                "name": t.name,
                "prefix": t.prefix,
                "created_at": t.created_at,
                "last_used_at": t.last_used_at,
                "revoked_at": t.revoked_at,
            }))
            .collect::<Vec<_>>(),
        "actions": acted.iter().map(audit_line).collect::<Vec<_>>(),
        "changes_to_the_account": about.iter().map(audit_line).collect::<Vec<_>>(),
        "reads_logged": reads
            .iter()
            .map(|r| json!({
                "occurred_at": r.occurred_at,
                "record": format!("{} {}", r.record_type, r.record_id),
                "what": r.what,
            }))
            .collect::<Vec<_>>(),
    }))
}

/// Everything held about one person (admins): their account, its sessions and API tokens (never
/// their secrets), what they did and what was done to their account (audit log), their reads
/// in the access log, the coordination requests they sent (with their replies on the status
/// page), the organizations whose contact
/// they are, and the e-mails sent to them.
#[utoipa::path(
    get,
    path = "/api/v1/personal-data",
    tag = "sensitivity",
    operation_id = "exportPersonalData",
    params(PersonParams),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "One JSON document, as a download", body = Object),
        (status = 400, response = crate::web::openapi::BadRequest),
        (status = 401, response = crate::web::openapi::Unauthorized),
        (status = 403, response = crate::web::openapi::Forbidden),
    )
)]
pub async fn export(
    State(db): State<DatabaseConnection>,
    caller: Caller,
    Params(params): Params<PersonParams>,
) -> Result<Response, AppError> {
    policy::authorize(&caller, Action::ExportPersonalData)?;
    let email = params
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| e.contains('@'))
        .ok_or_else(|| {
            AppError::bad_request(FieldErrors::one(
                "email",
                "give the person's e-mail address",
            ))
        })?
        .to_owned();
    let account = user::Entity::find()
        .filter(user::Column::EmailKey.eq(email.to_lowercase()))
        .one(&db)
        .await?;
    let mut document = json!({
        "email": email,
        "generated_at": chrono::Utc::now(),
        "account": Value::Null,
    });
    if let Some(u) = &account {
        document["account"] = account_part(&db, u).await?;
    }
    // The address as the account holds it, or as typed in lower case.
    let email = account
        .as_ref()
        .map_or_else(|| email.to_lowercase(), |u| u.email.clone());
    let requests = coordination_request::Entity::find()
        .filter(coordination_request::Column::ContactEmail.eq(email.clone()))
        .all(&db)
        .await?;
    // What the requester wrote on its requests' status pages.
    let replies = crate::entities::message::Entity::find()
        .filter(
            crate::entities::message::Column::RecordKind
                .eq(crate::threads::RecordKind::CoordinationRequest),
        )
        .filter(
            crate::entities::message::Column::RecordId
                .is_in(requests.iter().map(|r| r.id).collect::<Vec<_>>()),
        )
        .filter(crate::entities::message::Column::Side.eq(crate::threads::Side::Requester))
        .order_by_asc(crate::entities::message::Column::Id)
        .all(&db)
        .await?;
    document["coordination_requests"] = requests
        .iter()
        .map(|r| {
            json!({
                "replies": replies
                    .iter()
                    .filter(|m| m.record_id == r.id)
                    .map(|m| json!({"created_at": m.created_at, "body": m.body}))
                    .collect::<Vec<_>>(),
                "reference": r.reference,
                "received_at": r.received_at,
                "requesting_state": r.requesting_state,
                "ministry": r.ministry,
                "contact_name": r.contact_name,
                "contact_email": r.contact_email,
                "target_state": r.target_state,
                "message": r.message,
                "status": r.status.as_str(),
            })
        })
        .collect();
    let contacts = organization::Entity::find()
        .filter(organization::Column::ContactEmail.eq(email.clone()))
        .all(&db)
        .await?;
    document["organization_contact_of"] = contacts
        .iter()
        .map(|o| json!({"id": o.id, "name": o.name}))
        .collect();
    let mails = outbox::Entity::find()
        .filter(outbox::Column::ToAddress.eq(email.clone()))
        .order_by_asc(outbox::Column::Id)
        .all(&db)
        .await?;
    document["emails_sent"] = mails
        .iter()
        .map(|m| json!({"created_at": m.created_at, "subject": m.subject, "body": m.text_body}))
        .collect();
    crate::audit::record(
        &db,
        &caller.actor(),
        "personal_data_exported",
        "user",
        account
            .as_ref()
            .map_or_else(|| "none".to_owned(), |u| u.id.to_string()),
        None,
        Some(json!({"account_found": account.is_some()})),
    )
    .await?;
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"personal-data.json\"",
        )],
        Json(document),
    )
        .into_response())
}
