//! `/api/v1/awards/{id}/letter.pdf` and `/api/v1/awards/{id}/letter`: an award's letter as a
//! PDF, and sending it (staff), which keeps it among the award's documents.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use utoipa::openapi::{ContentBuilder, ObjectBuilder, Type};
use utoipa::{Modify, OpenApi};

use super::commands;
use crate::attachments::AttachmentItem;
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::{Conflict, Forbidden, NotFound, Unauthorized};

/// The letters' part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(get_letter_pdf, send_letter),
    modifiers(&PdfContent),
    tags((
        name = "letters",
        description = "Award letters: drawn from the round's letter template with the award's \
            figures (organization, amount, schedule, reports, conditions, signature blocks), as \
            a PDF; once sent by staff, kept among the award's documents (kind `award_letter`)"
    ))
)]
pub struct LettersApi;

/// The answer of `GET .../letter.pdf`: a PDF file.
struct PdfContent;

impl Modify for PdfContent {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let Some(item) = openapi
            .paths
            .paths
            .get_mut("/api/v1/awards/{id}/letter.pdf")
        else {
            return;
        };
        let Some(operation) = item.get.as_mut() else {
            return;
        };
        let Some(utoipa::openapi::RefOr::T(ok)) = operation.responses.responses.get_mut("200")
        else {
            return;
        };
        ok.content.insert(
            "application/pdf".to_owned(),
            ContentBuilder::new()
                .schema(Some(ObjectBuilder::new().schema_type(Type::String).format(
                    Some(utoipa::openapi::SchemaFormat::KnownFormat(
                        utoipa::openapi::KnownFormat::Binary,
                    )),
                )))
                .build(),
        );
    }
}

/// The award's letter as a PDF (`Content-Disposition: attachment`), drawn now with the award's
/// figures: whoever sees the award (staff, finance, the organization's members) may read it.
#[utoipa::path(
    get,
    path = "/api/v1/awards/{id}/letter.pdf",
    tag = "letters",
    operation_id = "getAwardLetterPdf",
    params(("id" = i64, Path, description = "The award's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The letter, as a PDF file"),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn get_letter_pdf(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let full = crate::awards::access::visible(&state.db, &user, id).await?;
    crate::sensitivity::on_read(
        &state.db,
        &user,
        "award",
        id,
        "letter",
        Some(&full.award.target_state),
        Some(full.award.organization_id),
    )
    .await?;
    let letter = super::compose(&state.db, &full, crate::dates::today()).await?;
    super::pages::pdf_response(&letter)
}

/// Sends the award's letter (staff): its PDF is kept among the award's documents (kind
/// `award_letter`) and the organization is told by e-mail. Only an active award's letter is
/// sent (409 otherwise); sending again keeps a new copy.
#[utoipa::path(
    post,
    path = "/api/v1/awards/{id}/letter",
    tag = "letters",
    operation_id = "sendAwardLetter",
    params(("id" = i64, Path, description = "The award's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (
            status = 201,
            description = "The letter, as the award's new document",
            body = AttachmentItem,
            headers(("Location" = String, description = "The attachment's address"))
        ),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn send_letter(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let saved = commands::send(&state, &caller, id).await?;
    Ok((
        StatusCode::CREATED,
        [(
            header::LOCATION,
            format!("/api/v1/attachments/{}", saved.id),
        )],
        Json(AttachmentItem::from(&saved)),
    )
        .into_response())
}
