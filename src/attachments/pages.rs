//! The forms of attachments on the pages (an application, an award and its reports, a campaign,
//! an organization): a `multipart/form-data` form that works without JavaScript (its CSRF token
//! is its first field, read by `auth::csrf` before the file streams), and a removal button.
//! Both call the commands the API calls, then go back to the record's page with a message that
//! says which file was refused and why, when one was.

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use serde::Serialize;

use super::{AttachmentItem, RecordType, access, commands, upload};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage, FormEcho};

/// The documents block of a record's page (`templates/partials/attachments.hbs`).
#[derive(Clone, Debug, Serialize)]
pub struct AttachmentsBlock {
    pub items: Vec<AttachmentItem>,
    pub may_change: bool,
    /// Where the form posts.
    pub action: String,
    pub kinds: Vec<KindOption>,
    /// The catalogue's id of each kind's label, by kind (the page's language picks the words).
    pub kind_label_ids: std::collections::BTreeMap<&'static str, String>,
    /// The limit per file, for people.
    pub max_file: String,
    /// Form ids stay apart when a page holds several blocks (an award and its reports).
    pub form_id: String,
    /// For an application: the documents its round requires, each with whether it is attached.
    pub required: Vec<RequiredView>,
    /// What a refused upload's form held, and its messages by field.
    pub title: String,
    pub errors: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Debug, Serialize)]
pub struct RequiredView {
    pub label: &'static str,
    /// The catalogue's id of its label.
    pub label_id: String,
    pub attached: bool,
}

/// A kind of document the upload form offers, named by the catalogue's id of its label.
#[derive(Clone, Debug, Serialize)]
pub struct KindOption {
    pub value: &'static str,
    pub label_id: String,
    pub selected: bool,
}

/// The catalogue's id of a kind's label (`kind-of-document-receipt`).
fn kind_label_id(kind: super::Kind) -> String {
    crate::choice::label_id("a kind of document", kind.as_str())
}

/// The block of record `id` of `record_type`, for a page the user already sees.
pub async fn block(
    state: &AppState,
    user: &CurrentUser,
    record_type: RecordType,
    id: i64,
    flash: Option<&FlashMessage>,
) -> Result<AttachmentsBlock, AppError> {
    let place = access::place(&state.db, user, record_type, id).await?;
    let attached = super::of_record(&state.db, record_type, id).await?;
    let required = if record_type == RecordType::Application {
        let app = crate::applications::model::get(&state.db, id).await?;
        let round = crate::rounds::model::get(&state.db, app.round_id).await?;
        round
            .required_documents
            .iter()
            .map(|kind| RequiredView {
                label: kind.label(),
                label_id: kind_label_id(*kind),
                attached: attached
                    .iter()
                    .any(|a| a.kind == *kind && a.scan_status.present()),
            })
            .collect()
    } else {
        Vec::new()
    };
    // Sizes in the page's language.
    let lang = crate::i18n::current_request();
    let items = attached
        .iter()
        .map(|a| AttachmentItem {
            size: super::human_size_in(lang, u64::try_from(a.size_bytes).unwrap_or_default()),
            ..AttachmentItem::from(a)
        })
        .collect();
    let form_id = form_id(record_type, id);
    let echo = flash.and_then(|f| f.form(&form_id));
    let typed = |field: &str| {
        echo.and_then(|e| e.values.get(field))
            .cloned()
            .unwrap_or_default()
    };
    Ok(AttachmentsBlock {
        required,
        items,
        may_change: place.may_change(),
        action: format!("/{}/{id}/attachments", record_type.segment()),
        kinds: record_type
            .kinds()
            .iter()
            .map(|k| KindOption {
                value: k.as_str(),
                label_id: kind_label_id(*k),
                selected: k.as_str() == typed("kind"),
            })
            .collect(),
        kind_label_ids: super::Kind::ALL
            .iter()
            .map(|k| (k.as_str(), kind_label_id(*k)))
            .collect(),
        max_file: super::human_size_in(lang, state.settings.attachments.max_file_bytes),
        title: typed("title"),
        errors: echo.map(|e| e.errors.clone()).unwrap_or_default(),
        form_id,
    })
}

/// The id of a record's documents form (a page may hold several: an award and its reports).
fn form_id(record_type: RecordType, id: i64) -> String {
    format!("{}-{id}", record_type.as_str())
}

/// A field's message, as a sentence that names it.
fn sentence(field: &str, message: &str) -> String {
    let mut said = match field {
        "file" => format!("The file was refused: {message}"),
        "kind" => format!("Kind of document: {message}"),
        "title" => format!("Title: {message}"),
        other => format!("{other}: {message}"),
    };
    if !said.ends_with('.') {
        said.push('.');
    }
    said
}

async fn upload(
    state: &AppState,
    caller: &Caller,
    flash: Flash,
    record_type: RecordType,
    id: i64,
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    match commands::attach_keeping(state, caller, record_type, id, headers, body).await {
        Ok((saved, place)) => Ok(flash.redirect(
            &FlashMessage::success(format!(
                "Attached “{}” ({}, {}).",
                saved.title,
                saved.file_name,
                super::human_size(u64::try_from(saved.size_bytes).unwrap_or_default())
            )),
            &place.page,
        )),
        Err(upload::Refused {
            error: AppError::Validation(errors),
            kind,
            title,
        }) => {
            let place = access::place(&state.db, caller, record_type, id).await?;
            let form = form_id(record_type, id);
            let mut echo = FormEcho {
                form: form.clone(),
                ..FormEcho::default()
            };
            echo.values
                .insert("kind".to_owned(), kind.unwrap_or_default());
            echo.values
                .insert("title".to_owned(), title.unwrap_or_default());
            let said: Vec<String> = errors
                .first_as_given()
                .into_iter()
                .map(|(field, message)| {
                    let sentence = sentence(&field, &message);
                    echo.errors.insert(field, sentence.clone());
                    sentence
                })
                .collect();
            // Back to the form itself, which shows each message next to its field.
            let page = place.page.split('#').next().unwrap_or_default();
            Ok(flash.redirect(
                &FlashMessage::warning(format!("Nothing was attached. {}", said.join(" ")))
                    .with_form(echo),
                &format!("{page}#documents-{form}"),
            ))
        }
        Err(refused) => Err(refused.error),
    }
}

/// Declares the page handler of one kind of record.
macro_rules! upload_page {
    ($name:ident, $record:expr) => {
        pub async fn $name(
            State(state): State<AppState>,
            caller: Caller,
            flash: Flash,
            Path(id): Path<i64>,
            headers: HeaderMap,
            body: Body,
        ) -> Result<Response, AppError> {
            upload(&state, &caller, flash, $record, id, &headers, body).await
        }
    };
}

upload_page!(upload_application, RecordType::Application);
upload_page!(upload_report, RecordType::Report);
upload_page!(upload_award, RecordType::Award);
upload_page!(upload_campaign, RecordType::Campaign);
upload_page!(upload_organization, RecordType::Organization);

/// `?inline=1`: an image shown in the page (under the page's CSP, `img-src 'self'`).
#[derive(Debug, Default, serde::Deserialize)]
pub struct DownloadParams {
    inline: Option<String>,
}

/// The download link of the pages; an image is also shown inline with `?inline=1`.
pub async fn download(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
    Params(params): Params<DownloadParams>,
) -> Result<Response, AppError> {
    let (found, place) = access::visible(&state.db, &user, id).await?;
    access::log_file_read(&state.db, &user, &found, &place).await?;
    let inline = params.inline.as_deref() == Some("1");
    super::api::download(&state, &found, inline).await
}

/// The removal button.
pub async fn remove(
    State(state): State<AppState>,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (removed, place) = commands::remove(&state, &caller, id).await?;
    Ok(flash.redirect(
        &FlashMessage::success(format!("Removed “{}”.", removed.title)),
        &place.page,
    ))
}
