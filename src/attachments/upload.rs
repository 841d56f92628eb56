//! Reading an upload: a `multipart/form-data` body with a `file`, its `kind` and `title`, read
//! as it arrives. The file's first bytes say what it is ([`sniff::classify`]); a refused type is
//! refused before anything is stored. The rest streams into the file store, counted against the
//! limits and (for text) checked as it goes; a file that turns out too large or not text after
//! all is given up midway, and nothing of it stays.

use axum::body::Body;
use axum::http::{HeaderMap, header};
use futures_util::TryStreamExt;

use super::sniff::{self, Accepted, TextCheck};
use super::storage::{Files, Stored, Writer};
use super::{RecordType, human_size};
use crate::error::{AppError, FieldErrors};

/// The most the text fields (kind, title, the CSRF token) may hold, each.
const FIELD_BYTES: u64 = 16 * 1024;

/// What an upload may take.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// The largest file accepted.
    pub max_file: u64,
    /// The most a record's files may add up to, and what its files take already.
    pub max_record: u64,
    pub used: u64,
    pub record_type: RecordType,
}

impl Limits {
    /// The most this file may hold, and the sentence that refuses a larger one.
    fn bound(&self) -> (u64, String) {
        let room = self.max_record.saturating_sub(self.used);
        if room < self.max_file {
            (
                room,
                format!(
                    "the file would take the documents of this {} above '{}', the most one \
                     record may hold ('{}' are there already): remove one first",
                    self.record_type.label().to_lowercase(),
                    human_size(self.max_record),
                    human_size(self.used)
                ),
            )
        } else {
            (
                self.max_file,
                format!(
                    "the file is larger than '{}', the largest file accepted",
                    human_size(self.max_file)
                ),
            )
        }
    }
}

/// A file stored, with what was found in it.
#[derive(Debug)]
pub struct Received {
    pub stored: Stored,
    pub accepted: Accepted,
    /// The uploaded name, cleaned.
    pub file_name: String,
}

/// The fields of an upload. When `file` is `Some`, its bytes are in the store: the caller
/// either records them or calls [`Form::discard`].
#[derive(Debug, Default)]
pub struct Form {
    pub kind: Option<String>,
    pub title: Option<String>,
    pub file: Option<Received>,
}

/// An upload refused: why, and what its text fields held (a page fills its form again).
#[derive(Debug)]
pub struct Refused {
    pub error: AppError,
    pub kind: Option<String>,
    pub title: Option<String>,
}

impl From<AppError> for Refused {
    fn from(error: AppError) -> Self {
        Self {
            error,
            kind: None,
            title: None,
        }
    }
}

impl Form {
    /// Refuses the upload with `error`: removes the stored file, keeps what was typed.
    pub async fn refuse(self, files: &Files, error: AppError) -> Refused {
        let (kind, title) = (self.kind.clone(), self.title.clone());
        self.discard(files).await;
        Refused { error, kind, title }
    }

    /// Removes the stored file, if any (the upload was refused after it was stored).
    pub async fn discard(self, files: &Files) {
        if let Some(file) = self.file
            && let Err(error) = files.delete(&file.stored.key).await
        {
            tracing::warn!(key = %file.stored.key, %error, "could not remove a refused upload");
        }
    }
}

/// The multipart reader of a request's body, or 400 when it is not `multipart/form-data`.
pub fn multipart(
    headers: &HeaderMap,
    body: Body,
    limits: &Limits,
) -> Result<multer::Multipart<'static>, AppError> {
    let boundary = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| multer::parse_boundary(v).ok())
        .ok_or_else(|| AppError::BadRequest {
            message: "send the file as multipart/form-data, with the fields file, kind and title"
                .to_owned(),
            fields: FieldErrors::new(),
        })?;
    let constraints = multer::Constraints::new().size_limit(
        multer::SizeLimit::new()
            // The file's own limit is counted as it streams (with a sentence); this one bounds
            // everything else.
            .whole_stream(limits.max_file.saturating_add(1024 * 1024))
            .for_field("kind", FIELD_BYTES)
            .for_field("title", FIELD_BYTES)
            .for_field(crate::auth::csrf::FIELD, FIELD_BYTES),
    );
    Ok(multer::Multipart::with_constraints(
        body.into_data_stream(),
        boundary,
        constraints,
    ))
}

/// Why an upload failed: the form's fields say (422), or the body could not be read (400).
fn unreadable(error: &multer::Error) -> AppError {
    match error {
        multer::Error::StreamSizeExceeded { .. } | multer::Error::FieldSizeExceeded { .. } => {
            AppError::Validation(FieldErrors::one(
                "file",
                "the upload is larger than the service accepts",
            ))
        }
        other => AppError::BadRequest {
            message: format!("the upload could not be read: {other}"),
            fields: FieldErrors::new(),
        },
    }
}

/// Reads every field, storing the file as it comes. A file refused (its type, its size) is
/// answered 422 with the sentence under `file`, and nothing of it is stored.
pub async fn read(
    files: &Files,
    mut multipart: multer::Multipart<'static>,
    limits: Limits,
) -> Result<Form, Refused> {
    let mut form = Form::default();
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(error) => return Err(form.refuse(files, unreadable(&error)).await),
        };
        let name = field.name().unwrap_or_default().to_owned();
        let result = match name.as_str() {
            "file" if form.file.is_some() => Err(AppError::Validation(FieldErrors::one(
                "file",
                "send one file at a time",
            ))),
            "file" => {
                let given = field.file_name().unwrap_or_default().to_owned();
                match receive(files, field, &given, &limits).await {
                    Ok(Some(received)) => {
                        form.file = Some(received);
                        Ok(())
                    }
                    // An empty file input: no file chosen.
                    Ok(None) => Ok(()),
                    Err(error) => Err(error),
                }
            }
            "kind" | "title" => match field.text().await {
                Ok(text) => {
                    if name == "kind" {
                        form.kind = Some(text);
                    } else {
                        form.title = Some(text);
                    }
                    Ok(())
                }
                Err(error) => Err(unreadable(&error)),
            },
            // The CSRF token (checked before the handler) and anything else are not kept.
            _ => drain(field).await,
        };
        if let Err(error) = result {
            return Err(form.refuse(files, error).await);
        }
    }
    Ok(form)
}

async fn drain(mut field: multer::Field<'static>) -> Result<(), AppError> {
    while field.chunk().await.map_err(|e| unreadable(&e))?.is_some() {}
    Ok(())
}

/// Streams one file into the store. `None` for an empty input without a name (no file chosen).
async fn receive(
    files: &Files,
    mut field: multer::Field<'static>,
    given_name: &str,
    limits: &Limits,
) -> Result<Option<Received>, AppError> {
    let refuse = |why: String| AppError::Validation(FieldErrors::one("file", why));
    let (bound, too_large) = limits.bound();
    // The first bytes, to tell what the file is.
    let mut head: Vec<u8> = Vec::new();
    let mut complete = false;
    while head.len() < sniff::HEAD_BYTES {
        match field.chunk().await.map_err(|e| unreadable(&e))? {
            Some(chunk) => {
                head.extend_from_slice(&chunk);
                if head.len() as u64 > bound {
                    return Err(refuse(too_large));
                }
            }
            None => {
                complete = true;
                break;
            }
        }
    }
    if complete && head.is_empty() && given_name.is_empty() {
        return Ok(None);
    }
    let accepted = sniff::classify(&head, complete, given_name).map_err(refuse)?;
    let mut text = accepted.is_text.then(TextCheck::default);
    if let Some(check) = &mut text {
        check.feed(&head).map_err(|why| refuse(why.to_owned()))?;
    }
    let mut writer = files.writer().await.map_err(storage_error)?;
    let outcome = stream_rest(&mut writer, &mut field, head, &mut text, bound, &too_large).await;
    if let Err(error) = outcome {
        writer.abort().await;
        return Err(error);
    }
    let stored = writer.finish().await.map_err(storage_error)?;
    Ok(Some(Received {
        stored,
        accepted,
        file_name: sniff::clean_name(given_name, accepted.extension),
    }))
}

/// Writes `head` and the rest of the field, checking as it goes.
async fn stream_rest(
    writer: &mut Writer,
    field: &mut multer::Field<'static>,
    head: Vec<u8>,
    text: &mut Option<TextCheck>,
    bound: u64,
    too_large: &str,
) -> Result<(), AppError> {
    let refuse = |why: &str| AppError::Validation(FieldErrors::one("file", why));
    writer.write(&head).await.map_err(storage_error)?;
    drop(head);
    while let Some(chunk) = field.try_next().await.map_err(|e| unreadable(&e))? {
        if writer.size() + chunk.len() as u64 > bound {
            return Err(refuse(too_large));
        }
        if let Some(check) = text.as_mut() {
            check.feed(&chunk).map_err(refuse)?;
        }
        writer.write(&chunk).await.map_err(storage_error)?;
    }
    if let Some(check) = text.as_ref() {
        check.finish().map_err(refuse)?;
    }
    Ok(())
}

/// The store failed: nothing was saved, and the same upload may succeed later.
pub fn storage_error(error: object_store::Error) -> AppError {
    AppError::Internal(anyhow::Error::new(error).context("the file store"))
}
