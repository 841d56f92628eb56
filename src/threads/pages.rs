//! The thread on the records' pages (`templates/partials/thread.hbs`): its messages, the form
//! that writes in it (with, for staff, the internal note's box), and the requester's reply form
//! on the status page. The forms call the commands the API calls, then go back to the page with
//! a message; a message refused comes back on the page, with why and what was typed.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::{Deserialize, Serialize};

use super::access::{self, Place};
use super::{BODY_MAX, MessageInput, MessageItem, Reader, RecordKind, commands};
use crate::auth::extract::ClientAddress;
use crate::auth::{Caller, CurrentUser};
use crate::error::AppError;
use crate::state::AppState;
use crate::web::context::{PageContext, RequestId};
use crate::web::flash::{Flash, FlashMessage};

/// A thread as one reader sees it.
pub struct Thread {
    pub items: Vec<MessageItem>,
}

/// The thread of `place` as `user` sees it (notes for staff only), marking it seen.
pub async fn thread(
    state: &AppState,
    user: &CurrentUser,
    place: &Place,
) -> Result<Thread, AppError> {
    let messages = super::of_record(&state.db, place.kind, place.id, place.may_note).await?;
    let seen = super::unread::last_seen(&state.db, user.id, place.kind, place.id).await?;
    let reader = Reader::Person {
        id: user.id,
        zone: user.time_zone,
        last_seen: seen,
    };
    let items = super::items(&state.db, &messages, reader).await?;
    if let Some(newest) = messages.last() {
        commands::mark_seen(state, user, place.kind, place.id, seen, newest.id).await?;
    }
    Ok(Thread { items })
}

/// The thread's block of a record's page.
#[derive(Clone, Debug, Serialize)]
pub struct ThreadBlock {
    pub items: Vec<MessageItem>,
    pub unread: usize,
    pub may_post: bool,
    pub may_note: bool,
    /// Where the form posts.
    pub action: String,
    /// Form ids stay apart when a page holds several threads (an award and its reports).
    pub form_id: String,
    /// Who the messages go to, for the form's words.
    pub other_party: &'static str,
    /// Who the other party is, for the catalogue's messages: `requester`, `organization` or
    /// `icbl`.
    pub other_party_code: &'static str,
    pub max: usize,
    /// A refused message: why, next to the field, and what was typed.
    pub error: Option<String>,
    pub typed: String,
    pub typed_internal: bool,
}

/// A message the form could not send, shown again in its thread with the reason.
#[derive(Clone, Debug)]
pub struct Refused {
    pub kind: RecordKind,
    pub id: i64,
    pub error: String,
    pub typed: String,
    pub internal: bool,
    /// Refused for the record's state rather than for what it says (409): the reason goes next
    /// to the send button rather than the message's field.
    pub conflict: bool,
}

impl ThreadBlock {
    /// Shows `refused` in this block, when it is this block's.
    pub fn refused(&mut self, refused: Option<&Refused>) {
        if let Some(r) = refused
            && self.form_id == format!("{}-{}", r.kind.as_str(), r.id)
        {
            self.error = Some(r.error.clone());
            self.typed.clone_from(&r.typed);
            self.typed_internal = r.internal;
        }
    }
}

/// The block of record `id` of `kind`, for a page the user already sees (its thread marked seen).
pub async fn block(
    state: &AppState,
    user: &CurrentUser,
    kind: RecordKind,
    id: i64,
) -> Result<ThreadBlock, AppError> {
    let place = access::place(&state.db, user, kind, id).await?;
    let thread = thread(state, user, &place).await?;
    let staff = place.may_note;
    Ok(ThreadBlock {
        unread: thread.items.iter().filter(|m| m.unread).count(),
        items: thread.items,
        may_post: place.may_post,
        may_note: place.may_note,
        action: format!("/{}/{id}/messages", kind.segment()),
        form_id: format!("{}-{id}", kind.as_str()),
        other_party_code: match (kind, staff) {
            (RecordKind::CoordinationRequest, _) => "requester",
            (_, true) => "organization",
            (_, false) => "icbl",
        },
        other_party: match (kind, staff) {
            (RecordKind::CoordinationRequest, _) => "the requester",
            (_, true) => "the organization",
            (_, false) => "ICBL",
        },
        max: BODY_MAX,
        error: None,
        typed: String::new(),
        typed_internal: false,
    })
}

/// The form's fields: `internal` is a checkbox (`yes` when ticked); `message` is the name the
/// coordination page's form used before threads.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MessageForm {
    body: Option<String>,
    message: Option<String>,
    internal: Option<String>,
}

impl From<MessageForm> for MessageInput {
    fn from(form: MessageForm) -> Self {
        Self {
            body: form.body.or(form.message),
            internal: Some(matches!(
                form.internal.as_deref().map(str::trim),
                Some("yes" | "on" | "true")
            )),
        }
    }
}

async fn post_form(
    state: &AppState,
    page: &PageContext,
    caller: &Caller,
    flash: Flash,
    kind: RecordKind,
    id: i64,
    form: MessageForm,
) -> Result<Response, AppError> {
    let input = MessageInput::from(form);
    match commands::post(state, caller, kind, id, &input).await {
        Ok((saved, place)) => {
            let lang = page.lang;
            let said = match (saved.internal, kind) {
                (true, _) => crate::i18n::text(lang, "threads-note-saved"),
                (false, RecordKind::CoordinationRequest) => {
                    crate::i18n::text(lang, "threads-sent-requester")
                }
                (false, _) if place.may_note => {
                    crate::i18n::text(lang, "threads-sent-organization")
                }
                (false, _) => crate::i18n::text(lang, "threads-sent-icbl"),
            };
            Ok(flash.redirect(&FlashMessage::success(said), &place.page))
        }
        Err(AppError::Validation(errors)) => {
            // The record's page again (422), the reason next to the field, the text kept.
            let refused = Refused {
                kind,
                id,
                error: crate::error::sentence(
                    "message",
                    errors.first("body").unwrap_or("is not valid"),
                ),
                typed: input.body.clone().unwrap_or_default(),
                internal: input.is_internal(),
                conflict: false,
            };
            render_refused(state, page, caller, refused).await
        }
        Err(other) => Err(other),
    }
}

/// The page of the refused message's record, with it.
async fn render_refused(
    state: &AppState,
    page: &PageContext,
    caller: &Caller,
    refused: Refused,
) -> Result<Response, AppError> {
    let status = StatusCode::UNPROCESSABLE_ENTITY;
    match refused.kind {
        RecordKind::Application => {
            crate::applications::detail::render_thread_refused(state, page, caller, refused).await
        }
        RecordKind::Award | RecordKind::Report => {
            let award_id = if refused.kind == RecordKind::Report {
                crate::awards::reports::get(&state.db, refused.id)
                    .await?
                    .award_id
            } else {
                refused.id
            };
            let full = crate::awards::access::visible(&state.db, caller, award_id).await?;
            let retry = crate::awards::award_page::Retry {
                thread: Some(refused),
                ..Default::default()
            };
            crate::awards::award_page::render_award(state, page, caller, &full, status, retry).await
        }
        RecordKind::CoordinationRequest => {
            crate::coordination::pages::render_request(
                state,
                page,
                caller,
                refused.id,
                Some(refused),
            )
            .await
        }
    }
}

/// Declares the page handler of one kind of record.
macro_rules! post_page {
    ($name:ident, $kind:expr) => {
        pub async fn $name(
            State(state): State<AppState>,
            page: PageContext,
            caller: Caller,
            flash: Flash,
            Path(id): Path<i64>,
            Form(form): Form<MessageForm>,
        ) -> Result<Response, AppError> {
            post_form(&state, &page, &caller, flash, $kind, id, form).await
        }
    };
}

post_page!(post_application, RecordKind::Application);
post_page!(post_award, RecordKind::Award);
post_page!(post_report, RecordKind::Report);
post_page!(post_coordination, RecordKind::CoordinationRequest);

/// The status page again with the reply its form could not send: what was typed, and why.
async fn refused_reply(
    state: &AppState,
    page: &PageContext,
    token: String,
    input: &MessageInput,
    error: String,
    conflict: bool,
) -> Result<Response, AppError> {
    let refused = Refused {
        kind: RecordKind::CoordinationRequest,
        id: 0,
        error,
        typed: input.body.clone().unwrap_or_default(),
        internal: false,
        conflict,
    };
    crate::coordination::pages::render_status(state, page, token, Some(refused)).await
}

#[derive(Serialize)]
struct LimitView {
    per_hour: u32,
    minutes: i64,
    token: String,
}

/// The requester's reply, from the status page. Refused, the status page comes back with what
/// was typed: why at the field (422), or next to the send button for a request that takes no
/// more replies (409).
pub async fn reply_form(
    State(state): State<AppState>,
    page: PageContext,
    ClientAddress(address): ClientAddress,
    RequestId(request_id): RequestId,
    Path(token): Path<String>,
    flash: Flash,
    Form(form): Form<MessageForm>,
) -> Result<Response, AppError> {
    let to = format!("/coordinate/status/{token}#conversation");
    let mut input = MessageInput::from(form);
    input.internal = None;
    match commands::reply(&state, address, request_id, &token, &input).await {
        Ok(_) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::text(page.lang, "threads-reply-sent")),
            &to,
        )),
        Err(AppError::Validation(errors)) => {
            let why = errors.first("body").unwrap_or("is not valid");
            let error = crate::error::sentence("message", why);
            refused_reply(&state, &page, token, &input, error, false).await
        }
        Err(AppError::Conflict(why)) => {
            let why = crate::i18n::phrases::translate(page.lang, &why)
                .trim_end_matches('.')
                .to_owned();
            let error = crate::i18n::format(
                page.lang,
                "threads-reply-not-sent",
                &[("reason", why.into())],
            );
            refused_reply(&state, &page, token, &input, error, true).await
        }
        Err(AppError::RateLimited { minutes }) => {
            let html = state.views.page(
                "threads/limited",
                &page.layout(
                    crate::i18n::text(page.lang, "threads-limited-title"),
                    "coordinate",
                ),
                &LimitView {
                    per_hour: state.settings.coordination.replies_per_hour,
                    minutes,
                    token,
                },
            )?;
            Ok((
                StatusCode::TOO_MANY_REQUESTS,
                [
                    (
                        axum::http::header::RETRY_AFTER,
                        (minutes.max(1) * 60).to_string(),
                    ),
                    (
                        axum::http::header::REFERRER_POLICY,
                        "no-referrer".to_owned(),
                    ),
                ],
                html,
            )
                .into_response())
        }
        Err(other) => Err(other),
    }
}
