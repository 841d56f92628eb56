//! `/api/v1/{applications|reports|awards|campaigns|organizations}/{id}/attachments` and
//! `/api/v1/attachments/{id}`: the documents of a record, their bytes, adding and removing them.
//! Each write is a command of `commands`, as the pages' are.

use axum::Json;
use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::TryStreamExt;
use serde::Serialize;
use utoipa::openapi::{ContentBuilder, ObjectBuilder, Type};
use utoipa::{Modify, OpenApi, ToSchema};

use super::{AttachmentItem, Kind, RecordType, access, commands, sniff};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::openapi::{
    BadRequest, Conflict, Forbidden, NotFound, Unauthorized, ValidationFailed,
};

/// The attachments API's part of the document (merged in `web::openapi::document`).
#[derive(OpenApi)]
#[openapi(
    paths(
        upload_application,
        upload_report,
        upload_award,
        upload_campaign,
        upload_organization,
        list_application,
        list_report,
        list_award,
        list_campaign,
        list_organization,
        get_attachment,
        get_content,
        delete_attachment
    ),
    components(schemas(UploadForm, AttachmentList)),
    modifiers(&ContentTypes),
    tags((
        name = "attachments",
        description = "Documents attached to applications, reports, awards, campaigns and \
            organizations: registration certificates, budgets, receipts, photos, outputs, the \
            signed agreement. Files are checked by their content against an allow-list (PDF, \
            PNG, JPEG, GIF, WebP, docx, xlsx, pptx, odt, ods, CSV, plain text) and against the \
            limits per file and per record. Whoever sees the record sees its documents."
    ))
)]
pub struct AttachmentsApi;

/// An upload, as `multipart/form-data`.
#[derive(ToSchema)]
#[allow(dead_code)] // documents the form; the fields are read as they stream
pub struct UploadForm {
    /// The file (its type is found from its content, not from its name).
    #[schema(value_type = String, format = Binary)]
    file: Vec<u8>,
    /// What the document is: each record takes its own kinds (an application
    /// `registration_certificate`, `budget`, `letter_of_support`, `other`; a report `receipt`,
    /// `photo`, `output`, `other`; an award `signed_agreement`, `amendment`, `award_letter`, `other`; a
    /// campaign `output`, `photo`, `other`; an organization `registration_certificate`,
    /// `statutes`, `other`).
    kind: Kind,
    /// What the document is, in words; the file's name when blank.
    title: Option<String>,
}

/// A record's attachments, oldest first.
#[derive(Serialize, ToSchema)]
pub struct AttachmentList {
    pub items: Vec<AttachmentItem>,
    /// Whether the caller may add and remove documents now.
    pub may_change: bool,
}

/// The answer of `GET .../content`: the stored bytes, in each type that may be stored.
struct ContentTypes;

impl Modify for ContentTypes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let Some(item) = openapi
            .paths
            .paths
            .get_mut("/api/v1/attachments/{id}/content")
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
        for media_type in sniff::media_types() {
            ok.content.insert(
                media_type.to_owned(),
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
}

async fn upload(
    state: &AppState,
    caller: &Caller,
    record_type: RecordType,
    id: i64,
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    let (saved, _) = commands::attach(state, caller, record_type, id, headers, body).await?;
    let location = format!("/api/v1/attachments/{}", saved.id);
    Ok((
        StatusCode::CREATED,
        [(header::LOCATION, location)],
        Json(AttachmentItem::from(&saved)),
    )
        .into_response())
}

async fn list(
    state: &AppState,
    user: &CurrentUser,
    record_type: RecordType,
    id: i64,
) -> Result<Json<AttachmentList>, AppError> {
    let place = access::place(&state.db, user, record_type, id).await?;
    let mut items: Vec<AttachmentItem> = super::of_record(&state.db, record_type, id)
        .await?
        .iter()
        .map(AttachmentItem::from)
        .collect();
    crate::applications::blind::apply(place.blind, &mut items);
    Ok(Json(AttachmentList {
        items,
        may_change: place.may_change(),
    }))
}

/// Declares the upload and list handlers of one kind of record.
macro_rules! per_record {
    ($upload:ident, $list:ident, $record:expr, $path:literal, $what:literal, $up_id:literal, $list_id:literal) => {
        /// Attaches a document to the record (`multipart/form-data`: `file`, `kind`, `title`).
        ///
        /// Refused with 422 and a sentence under `file` when the file's content is not of a
        /// type accepted (a program renamed `.pdf` is found out), is larger than the limit per
        /// file (25 MB by default) or would take the record's documents above the limit per
        /// record (100 MB); nothing is stored then. A file is stored before its record is
        /// written, and its record committed only then.
        #[utoipa::path(
                    post,
                    path = $path,
                    tag = "attachments",
                    operation_id = $up_id,
                    params(("id" = i64, Path, description = $what)),
                    request_body(content = UploadForm, content_type = "multipart/form-data"),
                    security(("bearer" = []), ("session" = [])),
                    responses(
                        (
                            status = 201,
                            description = "The attachment",
                            body = AttachmentItem,
                            headers(("Location" = String, description = "The attachment's address"))
                        ),
                        (status = 400, response = BadRequest),
                        (status = 401, response = Unauthorized),
                        (status = 403, response = Forbidden),
                        (status = 404, response = NotFound),
                        (status = 409, response = Conflict),
                        (status = 422, response = ValidationFailed),
                    )
                )]
        pub async fn $upload(
            State(state): State<AppState>,
            caller: Caller,
            Path(id): Path<i64>,
            headers: HeaderMap,
            body: Body,
        ) -> Result<Response, AppError> {
            upload(&state, &caller, $record, id, &headers, body).await
        }

        /// The record's documents, oldest first.
        ///
        /// None for a reviewer of a blind round's application: documents identify the applicant.
        #[utoipa::path(
                    get,
                    path = $path,
                    tag = "attachments",
                    operation_id = $list_id,
                    params(("id" = i64, Path, description = $what)),
                    security(("bearer" = []), ("session" = [])),
                    responses(
                        (status = 200, description = "The documents", body = AttachmentList),
                        (status = 401, response = Unauthorized),
                        (status = 404, response = NotFound),
                    )
                )]
        pub async fn $list(
            State(state): State<AppState>,
            user: CurrentUser,
            Path(id): Path<i64>,
        ) -> Result<Json<AttachmentList>, AppError> {
            list(&state, &user, $record, id).await
        }
    };
}

per_record!(
    upload_application,
    list_application,
    RecordType::Application,
    "/api/v1/applications/{id}/attachments",
    "The application's id",
    "uploadApplicationAttachment",
    "listApplicationAttachments"
);
per_record!(
    upload_report,
    list_report,
    RecordType::Report,
    "/api/v1/reports/{id}/attachments",
    "The report's id",
    "uploadReportAttachment",
    "listReportAttachments"
);
per_record!(
    upload_award,
    list_award,
    RecordType::Award,
    "/api/v1/awards/{id}/attachments",
    "The award's id",
    "uploadAwardAttachment",
    "listAwardAttachments"
);
per_record!(
    upload_campaign,
    list_campaign,
    RecordType::Campaign,
    "/api/v1/campaigns/{id}/attachments",
    "The campaign's id",
    "uploadCampaignAttachment",
    "listCampaignAttachments"
);
per_record!(
    upload_organization,
    list_organization,
    RecordType::Organization,
    "/api/v1/organizations/{id}/attachments",
    "The organization's id",
    "uploadOrganizationAttachment",
    "listOrganizationAttachments"
);

/// One attachment's description.
#[utoipa::path(
    get,
    path = "/api/v1/attachments/{id}",
    tag = "attachments",
    operation_id = "getAttachment",
    params(("id" = i64, Path, description = "The attachment's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The attachment", body = AttachmentItem),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
    )
)]
pub async fn get_attachment(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Json<AttachmentItem>, AppError> {
    let (found, _) = access::visible(&state.db, &user, id).await?;
    Ok(Json(AttachmentItem::from(&found)))
}

/// The attachment's bytes, streamed, as a download (`Content-Disposition: attachment`, the type
/// found at upload, `X-Content-Type-Options: nosniff`).
#[utoipa::path(
    get,
    path = "/api/v1/attachments/{id}/content",
    tag = "attachments",
    operation_id = "getAttachmentContent",
    params(("id" = i64, Path, description = "The attachment's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 200, description = "The file, in the type found at upload"),
        (status = 401, response = Unauthorized),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn get_content(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (found, place) = access::visible(&state.db, &user, id).await?;
    access::log_file_read(&state.db, &user, &found, &place).await?;
    download(&state, &found, false).await
}

/// The response that downloads `found`: shared with the pages' download link.
pub async fn download(
    state: &AppState,
    found: &crate::entities::attachment::Model,
    inline: bool,
) -> Result<Response, AppError> {
    match found.scan_status {
        super::ScanStatus::Pending => {
            return Err(AppError::Conflict(
                "this file is waiting for its virus scan: it can be downloaded once the scanner \
                 finds it clean (usually within minutes)"
                    .to_owned(),
            ));
        }
        super::ScanStatus::Infected => {
            return Err(AppError::Conflict(format!(
                "the virus scanner found '{}' in this file: it was deleted and cannot be \
                 downloaded",
                found.scan_signature.as_deref().unwrap_or("a virus")
            )));
        }
        super::ScanStatus::NotScanned | super::ScanStatus::Clean => {}
    }
    let stream = state
        .files
        .read(&found.storage_key)
        .await
        .map_err(super::upload::storage_error)?;
    let body = Body::from_stream(stream.map_err(|e| std::io::Error::other(e.to_string())));
    let mut response = body.into_response();
    let headers = response.headers_mut();
    let value = |text: &str| {
        HeaderValue::from_str(text)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("a download's header: {e}")))
    };
    // Text was checked to be UTF-8 when it was stored.
    let media_type = if found.media_type.starts_with("text/") {
        format!("{}; charset=utf-8", found.media_type)
    } else {
        found.media_type.clone()
    };
    headers.insert(header::CONTENT_TYPE, value(&media_type)?);
    headers.insert(
        header::CONTENT_LENGTH,
        value(&found.size_bytes.to_string())?,
    );
    let disposition = sniff::content_disposition(&found.file_name);
    let disposition = if inline && found.media_type.starts_with("image/") {
        disposition.replacen("attachment", "inline", 1)
    } else {
        disposition
    };
    headers.insert(header::CONTENT_DISPOSITION, value(&disposition)?);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    // A document is never run as a page, even opened on its own.
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; sandbox"),
    );
    headers.insert(
        axum::http::HeaderName::from_static("x-attachment-sha256"),
        value(&found.sha256)?,
    );
    Ok(response)
}

/// Removes an attachment while its record allows (an application's while it is a draft; an
/// award's by staff).
#[utoipa::path(
    delete,
    path = "/api/v1/attachments/{id}",
    tag = "attachments",
    operation_id = "deleteAttachment",
    params(("id" = i64, Path, description = "The attachment's id")),
    security(("bearer" = []), ("session" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 401, response = Unauthorized),
        (status = 403, response = Forbidden),
        (status = 404, response = NotFound),
        (status = 409, response = Conflict),
    )
)]
pub async fn delete_attachment(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<i64>,
) -> Result<StatusCode, AppError> {
    commands::remove(&state, &caller, id).await?;
    Ok(StatusCode::NO_CONTENT)
}
