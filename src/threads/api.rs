//! `GET|POST /api/v1/{applications|awards|reports|coordination-requests}/{id}/messages`: a
//! record's thread, and writing in it; `POST /api/v1/coordination-requests/status/{token}/messages`:
//! the requester's reply. Each write is a command of `commands`, as the pages' are.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::{OpenApi, ToSchema};

use super::{MessageInput, MessageItem, Reader, RecordKind, access, commands};
use crate::auth::extract::ClientAddress;
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::context::RequestId;
use crate::web::extract::JsonBody;
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, RateLimited, Unauthorized, ValidationFailed,
};

/// The threads API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(
        list_application,
        post_application,
        list_award,
        post_award,
        list_report,
        post_report,
        list_coordination,
        post_coordination,
        reply_by_token
    ),
    components(schemas(MessageInput, MessageItem, MessageList)),
    tags((
        name = "messages",
        description = "Conversations on records: the messages between ICBL staff and the other \
            party of an application, an award, a report (the member organization) or a \
            coordination request (its requester, through the private status link), and staff's \
            internal notes (`internal: true`), which only staff see. Each message is e-mailed \
            to the other side; notes are not."
    ))
)]
pub struct ThreadsApi;

/// A record's thread, oldest first.
#[derive(Serialize, ToSchema)]
#[schema(as = threads::MessageList)]
pub struct MessageList {
    pub items: Vec<MessageItem>,
    /// How many of them the caller had not seen (this answer marks them seen).
    pub unread: u64,
    /// Whether the caller may write to the other party.
    pub may_post: bool,
    /// Whether the caller reads and writes staff's internal notes.
    pub may_write_notes: bool,
}

async fn list(
    state: &AppState,
    user: &CurrentUser,
    kind: RecordKind,
    id: i64,
) -> Result<Json<MessageList>, AppError> {
    let place = access::place(&state.db, user, kind, id).await?;
    crate::sensitivity::on_read(
        &state.db,
        user,
        kind.entity_type(),
        id,
        "messages",
        place.target_state.as_deref(),
        place.organization_id,
    )
    .await?;
    let thread = super::pages::thread(state, user, &place).await?;
    Ok(Json(MessageList {
        unread: thread.items.iter().filter(|m| m.unread).count() as u64,
        items: thread.items,
        may_post: place.may_post,
        may_write_notes: place.may_note,
    }))
}

async fn post(
    state: &AppState,
    caller: &Caller,
    kind: RecordKind,
    id: i64,
    input: &MessageInput,
) -> Result<Response, AppError> {
    let (saved, _) = commands::post(state, caller, kind, id, input).await?;
    let reader = Reader::Person {
        id: caller.id,
        zone: caller.time_zone,
        last_seen: saved.id,
    };
    let item = super::items_in(&state.db, std::slice::from_ref(&saved), reader, Lang::En)
        .await?
        .pop()
        .ok_or_else(|| AppError::Internal(anyhow::anyhow!("a message just written is gone")))?;
    let location = format!("/api/v1/{}/{id}/messages", kind.segment());
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(item),
    )
        .into_response())
}

/// Declares the list and post handlers of one kind of record.
macro_rules! per_record {
    ($list:ident, $post:ident, $kind:expr, $path:literal, $what:literal, $list_id:literal, $post_id:literal) => {
        /// The record's thread, oldest first: staff's internal notes only for staff. Reading
        /// it marks its messages seen.
        #[utoipa::path(
                    get,
                    path = $path,
                    tag = "messages",
                    operation_id = $list_id,
                    params(("id" = i64, Path, description = $what)),
                    security(("bearer" = []), ("session" = [])),
                    responses(
                        (status = 200, description = "The thread", body = MessageList),
                        (status = 401, response = Unauthorized),
                        (status = 403, response = Forbidden),
                        (status = 404, response = NotFound),
                    )
                )]
        pub async fn $list(
            State(state): State<AppState>,
            user: CurrentUser,
            Path(id): Path<i64>,
        ) -> Result<Json<MessageList>, AppError> {
            list(&state, &user, $kind, id).await
        }

        /// Writes a message to the other party (e-mailed to it), or, for staff with
        /// `internal: true`, an internal note (never shown to the other party, not e-mailed).
        ///
        /// `body` is required, at most 5000 characters.
        #[utoipa::path(
                    post,
                    path = $path,
                    tag = "messages",
                    operation_id = $post_id,
                    params(("id" = i64, Path, description = $what)),
                    request_body(content = MessageInput),
                    security(("bearer" = []), ("session" = [])),
                    responses(
                        (
                            status = 201,
                            description = "Written",
                            body = MessageItem,
                            headers(("Location" = String, description = "The thread's address"))
                        ),
                        (status = 400, response = BadRequest),
                        (status = 401, response = Unauthorized),
                        (status = 403, response = Forbidden),
                        (status = 404, response = NotFound),
                        (status = 422, response = ValidationFailed),
                    )
                )]
        pub async fn $post(
            State(state): State<AppState>,
            caller: Caller,
            Path(id): Path<i64>,
            JsonBody(input): JsonBody<MessageInput>,
        ) -> Result<Response, AppError> {
            post(&state, &caller, $kind, id, &input).await
        }
    };
}

per_record!(
    list_application,
    post_application,
    RecordKind::Application,
    "/api/v1/applications/{id}/messages",
    "The application's id",
    "listApplicationMessages",
    "postApplicationMessage"
);
per_record!(
    list_award,
    post_award,
    RecordKind::Award,
    "/api/v1/awards/{id}/messages",
    "The award's id",
    "listAwardMessages",
    "postAwardMessage"
);
per_record!(
    list_report,
    post_report,
    RecordKind::Report,
    "/api/v1/reports/{id}/messages",
    "The report's id",
    "listReportMessages",
    "postReportMessage"
);
per_record!(
    list_coordination,
    post_coordination,
    RecordKind::CoordinationRequest,
    "/api/v1/coordination-requests/{id}/messages",
    "The request's id",
    "listCoordinationMessages",
    "postCoordinationMessage"
);

/// The requester answers ICBL (public: the status link's token is the credential).
///
/// Limited per request and per client address within the hour
/// (`coordination.replies_per_hour`, 429 past it). The reply is e-mailed to ICBL staff and shows
/// on the status page.
#[utoipa::path(
    post,
    path = "/api/v1/coordination-requests/status/{token}/messages",
    tag = "messages",
    operation_id = "replyToCoordinationRequest",
    params(("token" = String, Path, description = "The status link's token")),
    request_body(content = MessageInput, description = "`body` is required; no `internal`"),
    responses(
        (status = 201, description = "Sent", body = MessageItem),
        (status = 400, response = BadRequest),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
        (status = 422, response = ValidationFailed),
        (status = 429, response = RateLimited),
    )
)]
pub async fn reply_by_token(
    State(state): State<AppState>,
    ClientAddress(address): ClientAddress,
    RequestId(request_id): RequestId,
    Path(token): Path<String>,
    JsonBody(input): JsonBody<MessageInput>,
) -> Result<Response, AppError> {
    let (saved, _) = commands::reply(&state, address, request_id, &token, &input).await?;
    let item = super::items_in(
        &state.db,
        std::slice::from_ref(&saved),
        Reader::Requester,
        Lang::En,
    )
    .await?
    .pop()
    .ok_or_else(|| AppError::Internal(anyhow::anyhow!("a message just written is gone")))?;
    Ok((StatusCode::CREATED, Json(item)).into_response())
}
