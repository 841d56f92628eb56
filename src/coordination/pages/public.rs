//! The requester's pages, for a State with no account: the public form (`/coordinate`), its
//! confirmation, and the private status page with its withdrawal.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::auth::extract::ClientAddress;
use crate::auth::tokens;
use crate::choice::OptionView;
use crate::coordination::commands;
use crate::coordination::input::{Approach, Mode, RequestInput};
use crate::coordination::notices::state_name_in;
use crate::coordination::queries;
use crate::coordination::token;
use crate::coordination::views::StatusItem;
use crate::dates::today;
use crate::error::{AppError, FieldErrors};
use crate::i18n::Lang;
use crate::input::YesNo;
use crate::notify::Mail;
use crate::state::AppState;
use crate::treaty::model::Record;
use crate::treaty::status::TreatyStatus;
use crate::web::context::{PageContext, RequestId};
use crate::web::flash::{Flash, FlashMessage};

#[derive(Serialize)]
struct StateOption {
    value: String,
    label: String,
    selected: bool,
}

#[derive(Serialize)]
struct StateGroup {
    label: String,
    options: Vec<StateOption>,
}

/// The target list: first the states outside the Convention, then the States Parties; each
/// group in the order of the names in `lang`.
fn state_groups(record: &Record, lang: Lang, selected: &str, targets: bool) -> Vec<StateGroup> {
    let on = today();
    let (mut outside, mut parties) = (Vec::new(), Vec::new());
    for (state, history) in record.states() {
        let status = history.status_on(on);
        let name = crate::i18n::states::name(lang, &state.iso3, &state.name);
        let option = StateOption {
            selected: state.iso3 == selected,
            label: if targets && status != TreatyStatus::StateParty {
                crate::i18n::format(
                    lang,
                    "coordination-form-state-with-status",
                    &[
                        ("state", name.to_owned().into()),
                        ("status", status.label_in(lang).to_lowercase().into()),
                    ],
                )
            } else {
                name.to_owned()
            },
            value: state.iso3.clone(),
        };
        if status == TreatyStatus::StateParty {
            parties.push(option);
        } else {
            outside.push(option);
        }
    }
    for options in [&mut outside, &mut parties] {
        options.sort_by_cached_key(|o| crate::treaty::views::sort_key(&o.label));
    }
    let group = |id: &str, options| StateGroup {
        label: crate::i18n::text(lang, id),
        options,
    };
    if targets {
        vec![
            group("coordination-form-group-outside", outside),
            group("coordination-form-group-parties", parties),
        ]
    } else {
        vec![
            group("coordination-form-group-parties", parties),
            group("coordination-form-group-others", outside),
        ]
    }
}

#[derive(Serialize, Default)]
struct FormValues {
    ministry: String,
    contact_name: String,
    contact_email: String,
    window_start: String,
    window_end: String,
    message: String,
    consent_to_share: bool,
}

#[derive(Serialize)]
struct FormView {
    requesting_states: Vec<StateGroup>,
    target_states: Vec<StateGroup>,
    approaches: Vec<OptionView>,
    modes: Vec<OptionView>,
    values: FormValues,
    idempotency_key: String,
    errors: std::collections::BTreeMap<String, String>,
    /// Sent, but not saved (the database could not be used): the answers are kept.
    unsaved: bool,
    message_max: usize,
}

fn form_page(
    state: &AppState,
    page: &PageContext,
    record: &Record,
    input: &RequestInput,
    errors: &FieldErrors,
    status: StatusCode,
) -> Result<Response, AppError> {
    let lang = page.lang;
    let v = |s: &Option<String>| s.clone().unwrap_or_default();
    let unsaved = status == StatusCode::SERVICE_UNAVAILABLE;
    let consent = input.consent_to_share.as_ref().is_some_and(YesNo::is_yes);
    let view = FormView {
        requesting_states: state_groups(record, lang, &v(&input.requesting_state), false),
        target_states: state_groups(record, lang, &v(&input.target_state), true),
        approaches: Approach::options_in(lang, &v(&input.approach)),
        modes: Mode::options_in(lang, input.mode.as_deref().unwrap_or(Mode::Joint.as_str())),
        values: FormValues {
            ministry: v(&input.ministry),
            contact_name: v(&input.contact_name),
            contact_email: v(&input.contact_email),
            window_start: v(&input.window_start),
            window_end: v(&input.window_end),
            message: v(&input.message),
            consent_to_share: consent,
        },
        // A form sent again after an error keeps its key: it is still the same request.
        idempotency_key: input
            .idempotency_key
            .clone()
            .filter(|k| !k.is_empty())
            .unwrap_or_else(tokens::random_secret),
        errors: errors.first_of_each(),
        unsaved,
        message_max: crate::coordination::input::MESSAGE_MAX,
    };
    let html = state.views.page(
        "coordination/form",
        &page.layout(
            crate::i18n::text(lang, "coordination-form-title"),
            "coordinate",
        ),
        &view,
    )?;
    // Kept by this browser alone, so that Back after sending shows the same form with the same
    // idempotency key, and sending it again shows the request already received rather than a
    // second one. The page holds no personal data until it is filled (a refused form, sent
    // back with what was typed, is not kept).
    let cache = if status == StatusCode::OK {
        "private, max-age=3600"
    } else {
        "no-store"
    };
    Ok((status, [(axum::http::header::CACHE_CONTROL, cache)], html).into_response())
}

pub async fn show_form(
    State(state): State<AppState>,
    page: PageContext,
) -> Result<Response, AppError> {
    let record = state.treaty_record.record_or_last(&state.db).await?;
    form_page(
        &state,
        &page,
        &record,
        &RequestInput::default(),
        &FieldErrors::new(),
        StatusCode::OK,
    )
}

#[derive(Serialize)]
struct ConfirmationView {
    reference: String,
    status_url: String,
    status_path: String,
    target: String,
    contact_email: String,
    flags_note: bool,
    /// The same form was sent again (Back, then Send): nothing new was recorded.
    replay: bool,
}

#[derive(Serialize)]
struct LimitView {
    per_hour: u32,
    minutes: i64,
    /// Where to write when it cannot wait (`programme.contact_email`).
    contact_email: String,
}

pub async fn submit_form(
    State(state): State<AppState>,
    page: PageContext,
    ClientAddress(address): ClientAddress,
    RequestId(request_id): RequestId,
    Form(mut input): Form<RequestInput>,
) -> Result<Response, AppError> {
    // The language the form was filled in: the requester's e-mails are written in it.
    input.language = Some(page.lang.as_str().to_owned());
    let key = input.key(None);
    match commands::submit(&state, address, request_id, key, &input).await {
        Ok(done) => {
            let record = state.treaty_record.record(&state.db).await?;
            let mail = Mail::from(&state);
            let view = ConfirmationView {
                reference: done.request.reference.clone(),
                status_url: mail.status_url(&done.token),
                status_path: format!("/coordinate/status/{}", done.token),
                target: state_name_in(&record, page.lang, &done.request.target_state),
                contact_email: done.request.contact_email.clone(),
                flags_note: !done.flags.is_empty(),
                replay: done.replay,
            };
            let status = if done.replay {
                StatusCode::OK
            } else {
                StatusCode::CREATED
            };
            let html = state.views.page(
                "coordination/received",
                &page.layout(
                    crate::i18n::format(
                        page.lang,
                        "coordination-received-title",
                        &[("reference", view.reference.clone().into())],
                    ),
                    "coordinate",
                ),
                &view,
            )?;
            Ok((status, html).into_response())
        }
        Err(AppError::Validation(errors)) => {
            let record = state.treaty_record.record(&state.db).await?;
            form_page(
                &state,
                &page,
                &record,
                &input,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
        Err(AppError::RateLimited { minutes }) => {
            let html = state.views.page(
                "coordination/limited",
                &page.layout(
                    crate::i18n::text(page.lang, "coordination-limited-title"),
                    "coordinate",
                ),
                &LimitView {
                    per_hour: state.settings.coordination.requests_per_hour,
                    minutes,
                    contact_email: state.settings.programme.contact_email.clone(),
                },
            )?;
            Ok((
                StatusCode::TOO_MANY_REQUESTS,
                [(
                    axum::http::header::RETRY_AFTER,
                    (minutes.max(1) * 60).to_string(),
                )],
                html,
            )
                .into_response())
        }
        Err(error @ (AppError::Unavailable(_) | AppError::Busy)) => {
            // Nothing was saved: the form comes back with every answer, to send again.
            tracing::error!(error = %format!("{error:#}"), "a coordination request was not saved");
            let record = state.treaty_record.record_or_last(&state.db).await?;
            form_page(
                &state,
                &page,
                &record,
                &input,
                &FieldErrors::new(),
                StatusCode::SERVICE_UNAVAILABLE,
            )
        }
        Err(other) => Err(other),
    }
}

#[derive(Serialize)]
struct StatusPageView {
    request: StatusItem,
    /// The request's status, what it means, its approach and mode, and its steps, in the
    /// page's language (`request` holds the API's English).
    status_label: String,
    explanation: String,
    approach_label: String,
    mode_label: String,
    steps: Vec<StepLine>,
    requesting: String,
    target: String,
    token: String,
    /// A reply the form could not send: why (at its field, or next to the send button for a
    /// request that takes no more replies), and what was typed.
    reply_error: Option<String>,
    reply_conflict: Option<String>,
    typed_reply: String,
    /// Why the request could not be withdrawn (a message of the whole form).
    withdraw_error: Option<String>,
}

/// A step of the request in the page's language.
#[derive(Serialize)]
struct StepLine {
    label: Option<String>,
    explanation: Option<String>,
    message: Option<String>,
    when: String,
}

pub async fn show_status(
    State(state): State<AppState>,
    page: PageContext,
    Path(token): Path<String>,
) -> Result<Response, AppError> {
    render_status(&state, &page, token, None).await
}

/// The status page; with `refused`, a reply its form could not send (422, or 409 for a request
/// that takes no more replies).
pub async fn render_status(
    state: &AppState,
    page: &PageContext,
    token: String,
    refused: Option<crate::threads::pages::Refused>,
) -> Result<Response, AppError> {
    status_page(state, page, token, refused, None).await
}

/// The status page; with `refused`, a reply its form could not send (422); with
/// `withdraw_error`, why the request could not be withdrawn (409).
async fn status_page(
    state: &AppState,
    page: &PageContext,
    token: String,
    refused: Option<crate::threads::pages::Refused>,
    withdraw_error: Option<String>,
) -> Result<Response, AppError> {
    let r = token::by_token(&state.db, &token).await?;
    let record = state.treaty_record.record(&state.db).await?;
    let lang = page.lang;
    let request = queries::status_item(&state.db, &r).await?;
    let steps = request
        .steps
        .iter()
        .map(|s| StepLine {
            label: s.status.map(|st| st.label_in(lang).into_owned()),
            explanation: s
                .status
                .map(|st| crate::i18n::text(lang, st.explanation_id())),
            message: s.message.clone(),
            when: s.when.clone(),
        })
        .collect();
    let view = StatusPageView {
        status_label: r.status.label_in(lang).into_owned(),
        explanation: crate::i18n::text(lang, r.status.explanation_id()),
        approach_label: r.approach.label_in(lang).into_owned(),
        mode_label: r.mode.label_in(lang).into_owned(),
        steps,
        request,
        requesting: state_name_in(&record, lang, &r.requesting_state),
        target: state_name_in(&record, lang, &r.target_state),
        token,
        reply_error: refused
            .as_ref()
            .filter(|f| !f.conflict)
            .map(|f| f.error.clone()),
        reply_conflict: refused
            .as_ref()
            .filter(|f| f.conflict)
            .map(|f| f.error.clone()),
        typed_reply: refused
            .as_ref()
            .map(|f| f.typed.clone())
            .unwrap_or_default(),
        withdraw_error,
    };
    let html = state.views.page(
        "coordination/status",
        &page.layout(
            crate::i18n::format(
                lang,
                "coordination-status-title",
                &[("reference", r.reference.clone().into())],
            ),
            "coordinate",
        ),
        &view,
    )?;
    let status = if view.withdraw_error.is_some() || view.reply_conflict.is_some() {
        StatusCode::CONFLICT
    } else if refused.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    // The link is the key: keep it out of other sites' logs and shared caches.
    Ok((
        status,
        [
            (axum::http::header::CACHE_CONTROL, "no-store"),
            (axum::http::header::REFERRER_POLICY, "no-referrer"),
        ],
        html,
    )
        .into_response())
}

/// `POST /coordinate/status/{token}/withdraw`: withdraws the request; a request that can no
/// longer be withdrawn comes back on its status page (409) saying why.
pub async fn withdraw_form(
    State(state): State<AppState>,
    page: PageContext,
    RequestId(request_id): RequestId,
    Path(token): Path<String>,
    flash: Flash,
) -> Result<Response, AppError> {
    let to = format!("/coordinate/status/{token}");
    match commands::withdraw(&state, request_id, &token).await {
        Ok(_) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::text(
                page.lang,
                "coordination-status-withdrawn",
            )),
            &to,
        )),
        Err(AppError::Conflict(message)) => {
            let reason = crate::i18n::phrases::translate(page.lang, &message).into_owned();
            let why = crate::i18n::format(
                page.lang,
                "coordination-status-not-withdrawn",
                &[("reason", reason.trim_end_matches('.').to_owned().into())],
            );
            status_page(&state, &page, token, None, Some(why)).await
        }
        Err(other) => Err(other),
    }
}
