//! Every write of attachments, once: the API and the pages call the same functions. Each checks
//! that the caller sees the record (404 otherwise) and may change its documents now (403, or 409
//! for a record closed to changes) before a byte is stored, and is audited on the record
//! (`attachment_added`, `attachment_removed`).

use axum::body::Body;
use axum::http::HeaderMap;
use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};

use super::access::{self, Place};
use super::upload::{self, Form, Limits, Refused};
use super::{Kind, RecordType, ScanStatus, snapshot};
use crate::auth::Caller;
use crate::entities::attachment;
use crate::error::{AppError, FieldErrors};
use crate::state::AppState;

/// Adds the file of an upload (`multipart/form-data`: `file`, `kind`, `title`) to record
/// `record_id` of `record_type`. The row is committed only once the bytes are stored; when
/// anything is refused, neither stays.
pub async fn attach(
    state: &AppState,
    caller: &Caller,
    record_type: RecordType,
    record_id: i64,
    headers: &HeaderMap,
    body: Body,
) -> Result<(attachment::Model, Place), AppError> {
    attach_keeping(state, caller, record_type, record_id, headers, body)
        .await
        .map_err(|refused| refused.error)
}

/// [`attach`], keeping what a refused upload's text fields held (for its form).
pub async fn attach_keeping(
    state: &AppState,
    caller: &Caller,
    record_type: RecordType,
    record_id: i64,
    headers: &HeaderMap,
    body: Body,
) -> Result<(attachment::Model, Place), Refused> {
    let place = access::place(&state.db, caller, record_type, record_id).await?;
    place.check_changes()?;
    let settings = &state.settings.attachments;
    let limits = Limits {
        max_file: settings.max_file_bytes,
        max_record: settings.max_record_bytes,
        used: super::used_bytes(&state.db, record_type, record_id).await?,
        record_type,
    };
    let multipart = upload::multipart(headers, body, &limits)?;
    let form = upload::read(&state.files, multipart, limits).await?;
    let (kind, title) = match checked(record_type, &form) {
        Ok(values) => values,
        Err(errors) => {
            return Err(form
                .refuse(&state.files, AppError::Validation(errors))
                .await);
        }
    };
    // Scanned once stored, before the row is written: an infected file leaves nothing.
    let scanned = match &form.file {
        Some(file) => {
            super::scan::check_upload(state, &file.stored.key, record_type, record_id).await
        }
        None => Ok(ScanStatus::NotScanned),
    };
    let scan_status = match scanned {
        Ok(status) => status,
        Err(why) => {
            let refusal = AppError::Validation(FieldErrors::one("file", why));
            return Err(form.refuse(&state.files, refusal).await);
        }
    };
    match record(state, caller, &place, (kind, title, scan_status), &form).await {
        Ok(saved) => Ok((saved, place)),
        Err(error) => Err(form.refuse(&state.files, error).await),
    }
}

/// The kind and title of an upload with a file, or what is wrong with them.
fn checked(record_type: RecordType, form: &Form) -> Result<(Kind, String), FieldErrors> {
    let mut errors = FieldErrors::new();
    let kind = match form.kind.as_deref().map(str::trim).unwrap_or_default() {
        "" => {
            errors.add("kind", "choose what kind of document this is");
            None
        }
        given => match given.parse::<Kind>() {
            Ok(kind) if record_type.kinds().contains(&kind) => Some(kind),
            _ => {
                errors.add(
                    "kind",
                    format!(
                        "'{given}' is not a kind of document {} holds; use one of '{}'",
                        record_type.with_article(),
                        record_type
                            .kinds()
                            .iter()
                            .map(|k| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                None
            }
        },
    };
    let title = form
        .title
        .as_deref()
        .map(str::trim)
        .unwrap_or_default()
        .to_owned();
    if let Some(why) = crate::web::hygiene::refusal(&title) {
        errors.add("title", why);
    } else if title.contains(['\n', '\r']) {
        errors.add("title", "must be on one line");
    } else if title.chars().count() > 300 {
        errors.add("title", "must be at most 300 characters long");
    }
    let Some(file) = &form.file else {
        errors.add("file", "choose a file to attach");
        return Err(errors);
    };
    // Without a title, the file's name (without its extension) says what it is.
    let title = if title.is_empty() {
        file.file_name
            .rsplit_once('.')
            .map_or(file.file_name.as_str(), |(stem, _)| stem)
            .to_owned()
    } else {
        title
    };
    match kind {
        Some(kind) if errors.is_empty() => Ok((kind, title)),
        _ => Err(errors),
    }
}

/// The row of a stored file, and its line in the audit log, in one transaction.
async fn record(
    state: &AppState,
    caller: &Caller,
    place: &Place,
    (kind, title, scan_status): (Kind, String, ScanStatus),
    form: &Form,
) -> Result<attachment::Model, AppError> {
    let Some(file) = &form.file else {
        return Err(AppError::Validation(FieldErrors::one(
            "file",
            "choose a file to attach",
        )));
    };
    let txn = crate::db::begin_write(&state.db).await?;
    // Checked again in the transaction: the record may have been submitted meanwhile.
    let again = access::place(&txn, caller, place.record_type, place.record_id).await?;
    again.check_changes()?;
    // Two uploads at once were each measured against what the record held before: together
    // they may not pass the limit either.
    let limit = state.settings.attachments.max_record_bytes;
    let used = super::used_bytes(&txn, place.record_type, place.record_id).await?;
    if used + file.stored.size > limit {
        return Err(AppError::Validation(FieldErrors::one(
            "file",
            format!(
                "the file would take the documents of this {} above '{}', the most one record \
                 may hold ('{}' are there already): remove one first",
                place.record_type.label().to_lowercase(),
                super::human_size(limit),
                super::human_size(used)
            ),
        )));
    }
    let saved = attachment::ActiveModel {
        record_type: Set(place.record_type),
        record_id: Set(place.record_id),
        kind: Set(kind),
        title: Set(title),
        file_name: Set(file.file_name.clone()),
        uploaded_by: Set(caller.id),
        created_at: Set(Utc::now()),
        size_bytes: Set(i64::try_from(file.stored.size).unwrap_or(i64::MAX)),
        media_type: Set(file.accepted.media_type.to_owned()),
        sha256: Set(file.stored.sha256.clone()),
        storage_key: Set(file.stored.key.clone()),
        removed_at: Set(None),
        removed_by: Set(None),
        scan_status: Set(scan_status),
        scan_signature: Set(None),
        scanned_at: Set((scan_status == ScanStatus::Clean).then(Utc::now)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    crate::audit::record(
        &txn,
        &caller.actor(),
        "attachment_added",
        place.record_type.as_str(),
        place.record_id,
        None,
        Some(snapshot(&saved)),
    )
    .await?;
    txn.commit().await?;
    tracing::info!(
        attachment = saved.id,
        record_type = place.record_type.as_str(),
        record_id = place.record_id,
        size = saved.size_bytes,
        media_type = %saved.media_type,
        "attachment stored"
    );
    Ok(saved)
}

/// Removes attachment `id` while its record allows: the row is kept (marked removed, for the
/// audit log) and the bytes are deleted once that is committed.
pub async fn remove(
    state: &AppState,
    caller: &Caller,
    id: i64,
) -> Result<(attachment::Model, Place), AppError> {
    let txn = crate::db::begin_write(&state.db).await?;
    let (found, place) = access::visible(&txn, caller, id).await?;
    place.check_changes()?;
    let before = snapshot(&found);
    let mut active: attachment::ActiveModel = found.into();
    active.removed_at = Set(Some(Utc::now()));
    active.removed_by = Set(Some(caller.id));
    let removed = active.update(&txn).await?;
    crate::audit::record(
        &txn,
        &caller.actor(),
        "attachment_removed",
        place.record_type.as_str(),
        place.record_id,
        Some(before),
        None,
    )
    .await?;
    txn.commit().await?;
    if let Err(error) = state.files.delete(&removed.storage_key).await {
        // The cleanup job removes it later: an object whose row is removed is an orphan.
        tracing::warn!(attachment = removed.id, %error, "could not delete a removed file");
    }
    Ok((removed, place))
}

/// A file the service made itself (an award letter), to keep as a record's attachment.
pub struct Generated {
    pub record_type: RecordType,
    pub record_id: i64,
    pub kind: Kind,
    pub title: String,
    pub file_name: String,
    pub media_type: &'static str,
}

/// A generated file's bytes in the file store, scanned like an upload, waiting for its row.
#[derive(Debug)]
pub struct StoredFile {
    pub key: String,
    pub size: u64,
    pub sha256: String,
    pub scan_status: ScanStatus,
}

/// Stores the bytes of a file the service made for record `record_id` of `record_type`, and
/// has them scanned as an upload's are (`pending` when the scanner does not answer). Done
/// before the write transaction that records it ([`record_generated`]), which then holds no
/// lock while the file is written and scanned; when that transaction fails, [`discard`] the
/// file (left alone, the `attachment_orphans` job removes it a day later).
pub async fn store_generated(
    state: &AppState,
    record_type: RecordType,
    record_id: i64,
    bytes: &[u8],
) -> Result<StoredFile, AppError> {
    let limit = state.settings.attachments.max_record_bytes;
    let used = super::used_bytes(&state.db, record_type, record_id).await?;
    too_much(record_type, used, bytes.len() as u64, limit)?;
    let mut writer = state.files.writer().await.map_err(upload::storage_error)?;
    if let Err(error) = writer.write(bytes).await {
        writer.abort().await;
        return Err(upload::storage_error(error));
    }
    let stored = writer.finish().await.map_err(upload::storage_error)?;
    let file = StoredFile {
        key: stored.key,
        size: stored.size,
        sha256: stored.sha256,
        scan_status: ScanStatus::NotScanned,
    };
    match super::scan::check_upload(state, &file.key, record_type, record_id).await {
        Ok(scan_status) => Ok(StoredFile {
            scan_status,
            ..file
        }),
        Err(why) => {
            discard(state, &file).await;
            Err(AppError::Conflict(why))
        }
    }
}

/// Deletes a stored file that will have no row.
pub async fn discard(state: &AppState, file: &StoredFile) {
    if let Err(error) = state.files.delete(&file.key).await {
        tracing::warn!(key = %file.key, %error, "could not delete a generated file");
    }
}

/// 409 when `size` more bytes would take a record's documents above `limit`.
fn too_much(record_type: RecordType, used: u64, size: u64, limit: u64) -> Result<(), AppError> {
    if used + size > limit {
        return Err(AppError::Conflict(format!(
            "the documents of this {} would go above '{}', the most one record may hold ('{}' \
             are there already): remove one first",
            record_type.label().to_lowercase(),
            super::human_size(limit),
            super::human_size(used)
        )));
    }
    Ok(())
}

/// The row of a generated file stored by [`store_generated`], and its line in the audit log
/// (`attachment_added`), written on the caller's transaction `db` (which has checked who may do
/// this), to commit with the rest of its use case.
pub async fn record_generated<C: ConnectionTrait>(
    state: &AppState,
    db: &C,
    caller: &Caller,
    generated: Generated,
    file: &StoredFile,
) -> Result<attachment::Model, AppError> {
    let limit = state.settings.attachments.max_record_bytes;
    let used = super::used_bytes(db, generated.record_type, generated.record_id).await?;
    too_much(generated.record_type, used, file.size, limit)?;
    let saved = attachment::ActiveModel {
        record_type: Set(generated.record_type),
        record_id: Set(generated.record_id),
        kind: Set(generated.kind),
        title: Set(generated.title),
        file_name: Set(generated.file_name),
        uploaded_by: Set(caller.id),
        created_at: Set(Utc::now()),
        size_bytes: Set(i64::try_from(file.size).unwrap_or(i64::MAX)),
        media_type: Set(generated.media_type.to_owned()),
        sha256: Set(file.sha256.clone()),
        storage_key: Set(file.key.clone()),
        removed_at: Set(None),
        removed_by: Set(None),
        scan_status: Set(file.scan_status),
        scan_signature: Set(None),
        scanned_at: Set((file.scan_status == ScanStatus::Clean).then(Utc::now)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    crate::audit::record(
        db,
        &caller.actor(),
        "attachment_added",
        generated.record_type.as_str(),
        generated.record_id,
        None,
        Some(snapshot(&saved)),
    )
    .await?;
    Ok(saved)
}
