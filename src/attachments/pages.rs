//! The forms of attachments on the pages (an application, an award and its reports, a campaign,
//! an organization): a `multipart/form-data` form that works without JavaScript (its CSRF token
//! is its first field, read by `auth::csrf` before the file streams), and a removal button.
//! Both call the commands the API calls, then go back to the record's page with a message. An
//! upload refused comes back on the record's page itself (422, or 409 for a record that takes no
//! document now), the form holding what was typed and saying why at each field.

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use serde::Serialize;

use super::{AttachmentItem, RecordType, access, commands, upload};
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

/// The documents block of a record's page (`templates/partials/attachments.hbs`).
#[derive(Clone, Debug, Serialize)]
pub struct AttachmentsBlock {
    pub items: Vec<AttachmentItem>,
    pub may_change: bool,
    /// Where the form posts.
    pub action: String,
    pub kinds: Vec<KindOption>,
    /// The catalogue's id of each kind's label, by kind (the page's language picks the words).
    pub kind_label_ids: BTreeMap<&'static str, String>,
    /// The limit per file, for people.
    pub max_file: String,
    /// Form ids stay apart when a page holds several blocks (an award and its reports).
    pub form_id: String,
    /// For an application: the documents its round requires, each with whether it is attached.
    pub required: Vec<RequiredView>,
    /// What a refused upload's form held, and its messages by field.
    pub title: String,
    pub errors: BTreeMap<String, String>,
    /// Why the record took no document (said where the form is, or would be).
    pub error: Option<String>,
}

/// An upload the form refused, shown again in its block: what was typed, and why.
#[derive(Clone, Debug)]
pub struct Refused {
    pub record_type: RecordType,
    pub id: i64,
    pub kind: String,
    pub title: String,
    /// A sentence per field (`kind`, `title`, `file`), next to it (422).
    pub errors: BTreeMap<String, String>,
    /// Why the record takes no document now (409).
    pub conflict: Option<String>,
}

impl Refused {
    /// The status of the page that shows it.
    pub fn status(&self) -> StatusCode {
        if self.conflict.is_some() {
            StatusCode::CONFLICT
        } else {
            StatusCode::UNPROCESSABLE_ENTITY
        }
    }
}

impl AttachmentsBlock {
    /// Shows `refused` in this block, when it is this block's: the kind and title as typed,
    /// and why.
    pub fn refused(&mut self, refused: Option<&Refused>) {
        let Some(r) = refused else { return };
        if self.form_id != form_id(r.record_type, r.id) {
            return;
        }
        for kind in &mut self.kinds {
            kind.selected = kind.value == r.kind.trim();
        }
        self.title.clone_from(&r.title);
        self.errors.clone_from(&r.errors);
        self.error.clone_from(&r.conflict);
    }
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

/// The block of record `id` of `record_type`, for a page the user already sees; its form empty
/// (see [`AttachmentsBlock::refused`]).
pub async fn block(
    state: &AppState,
    user: &CurrentUser,
    record_type: RecordType,
    id: i64,
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
                selected: false,
            })
            .collect(),
        kind_label_ids: super::Kind::ALL
            .iter()
            .map(|k| (k.as_str(), kind_label_id(*k)))
            .collect(),
        max_file: super::human_size_in(lang, state.settings.attachments.max_file_bytes),
        title: String::new(),
        errors: BTreeMap::new(),
        error: None,
        form_id: form_id(record_type, id),
    })
}

/// The id of a record's documents form (a page may hold several: an award and its reports).
fn form_id(record_type: RecordType, id: i64) -> String {
    format!("{}-{id}", record_type.as_str())
}

async fn upload(
    state: &AppState,
    page: &PageContext,
    caller: &Caller,
    flash: Flash,
    (record_type, id): (RecordType, i64),
    headers: &HeaderMap,
    body: Body,
) -> Result<Response, AppError> {
    let lang = page.lang;
    match commands::attach_keeping(state, caller, record_type, id, headers, body).await {
        Ok((saved, place)) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::format(
                lang,
                "attachments-attached-flash",
                &[
                    ("title", saved.title.clone().into()),
                    ("file", saved.file_name.clone().into()),
                    (
                        "size",
                        super::human_size_in(
                            lang,
                            u64::try_from(saved.size_bytes).unwrap_or_default(),
                        )
                        .into(),
                    ),
                ],
            )),
            &place.page,
        )),
        Err(upload::Refused { error, kind, title }) => {
            let (errors, conflict) = match error {
                AppError::Validation(errors) => {
                    let said = errors
                        .first_as_given()
                        .into_iter()
                        .map(|(field, message)| {
                            let sentence = crate::error::sentence(&field, &message);
                            (field, sentence)
                        })
                        .collect();
                    (said, None)
                }
                AppError::Conflict(why) => {
                    let why = crate::i18n::phrases::translate(lang, &why)
                        .trim_end_matches('.')
                        .to_owned();
                    let said = crate::i18n::format(
                        lang,
                        "attachments-not-attached",
                        &[("reason", why.into())],
                    );
                    (BTreeMap::new(), Some(said))
                }
                other => return Err(other),
            };
            let refused = Refused {
                record_type,
                id,
                kind: kind.unwrap_or_default(),
                title: title.unwrap_or_default(),
                errors,
                conflict,
            };
            render_refused(state, page, caller, &refused).await
        }
    }
}

/// The page of the refused upload's record, with it.
async fn render_refused(
    state: &AppState,
    page: &PageContext,
    caller: &Caller,
    refused: &Refused,
) -> Result<Response, AppError> {
    match refused.record_type {
        RecordType::Application => {
            crate::applications::detail::render_documents_refused(state, page, caller, refused)
                .await
        }
        RecordType::Award | RecordType::Report => {
            let award_id = if refused.record_type == RecordType::Report {
                crate::awards::reports::get(&state.db, refused.id)
                    .await?
                    .award_id
            } else {
                refused.id
            };
            let full = crate::awards::access::visible(&state.db, caller, award_id).await?;
            let retry = crate::awards::award_page::Retry {
                documents: Some(refused.clone()),
                ..Default::default()
            };
            crate::awards::award_page::render_award(
                state,
                page,
                caller,
                &full,
                refused.status(),
                retry,
            )
            .await
        }
        RecordType::Campaign => {
            crate::campaigns::pages::render_documents_refused(state, page, caller, refused).await
        }
        RecordType::Organization => {
            crate::members::pages::render_documents_refused(state, page, caller, refused).await
        }
    }
}

/// Declares the page handler of one kind of record.
macro_rules! upload_page {
    ($name:ident, $record:expr) => {
        pub async fn $name(
            State(state): State<AppState>,
            page: PageContext,
            caller: Caller,
            flash: Flash,
            Path(id): Path<i64>,
            headers: HeaderMap,
            body: Body,
        ) -> Result<Response, AppError> {
            upload(&state, &page, &caller, flash, ($record, id), &headers, body).await
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
    crate::i18n::RequestLang(lang): crate::i18n::RequestLang,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (removed, place) = commands::remove(&state, &caller, id).await?;
    Ok(flash.redirect(
        &FlashMessage::success(crate::i18n::format(
            lang,
            "attachments-removed-flash",
            &[("title", removed.title.into())],
        )),
        &place.page,
    ))
}
