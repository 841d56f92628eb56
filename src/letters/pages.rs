//! The letters' pages: an award's letter to print (`/awards/{id}/letter`), its PDF
//! (`/awards/{id}/letter.pdf`), the form that sends it, and a round's letter template with its
//! preview (`/rounds/{id}/letter`).

use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::{Deserialize, Serialize};

use super::markup::{self, BlockView};
use super::{Letter, commands, data, template};
use crate::auth::{Caller, CurrentUser};
use crate::awards::access;
use crate::awards::workflow::AwardStatus;
use crate::error::{AppError, FieldErrors};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::flash::{Flash, FlashMessage};

#[derive(Serialize)]
struct LetterView {
    sensitivity_banner: Option<&'static str>,
    id: i64,
    reference: String,
    organization: String,
    can_send: bool,
    /// The letter's language, which may not be the page's.
    letter_lang: &'static str,
    blocks: Vec<BlockView>,
}

/// The letter of award `id`, if the user sees the award; its read is logged like the award's.
async fn letter_of(
    state: &AppState,
    user: &CurrentUser,
    id: i64,
    what: &str,
) -> Result<(crate::awards::model::Full, Letter, Option<&'static str>), AppError> {
    let full = access::visible(&state.db, user, id).await?;
    let banner = crate::sensitivity::on_read(
        &state.db,
        user,
        "award",
        id,
        what,
        Some(&full.award.target_state),
        Some(full.award.organization_id),
    )
    .await?;
    let letter = super::compose(&state.db, &full, crate::dates::today()).await?;
    Ok((full, letter, banner))
}

/// `GET /awards/{id}/letter`: the letter as a page to print.
pub async fn show_letter(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (full, letter, banner) = letter_of(&state, &user, id, "letter").await?;
    let organization = crate::members::model::get(&state.db, full.award.organization_id)
        .await?
        .name;
    let view = LetterView {
        sensitivity_banner: banner,
        id,
        reference: full.award.reference.clone(),
        organization,
        can_send: policy::allows(&user, Action::ManageAward)
            && full.status() == AwardStatus::Active,
        letter_lang: letter.lang.as_str(),
        blocks: BlockView::all_in(&letter.blocks, letter.lang),
    };
    let html = state.views.page(
        "awards/letter",
        &page.layout(
            crate::i18n::format(
                page.lang,
                "letters-award-title",
                &[("reference", full.award.reference.clone().into())],
            ),
            "awards",
        ),
        &view,
    )?;
    Ok(html.into_response())
}

/// The response that downloads a letter's PDF.
pub fn pdf_response(letter: &Letter) -> Result<Response, AppError> {
    let bytes = letter.pdf()?;
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/pdf"),
    );
    let disposition = crate::attachments::sniff::content_disposition(&letter.file_name());
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_str(&disposition)
            .map_err(|e| AppError::Internal(anyhow::anyhow!("a letter's header: {e}")))?,
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    Ok(response)
}

/// `GET /awards/{id}/letter.pdf`.
pub async fn download_letter(
    State(state): State<AppState>,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let (_, letter, _) = letter_of(&state, &user, id, "letter").await?;
    pdf_response(&letter)
}

/// `POST /awards/{id}/letter/send` (staff).
pub async fn send_letter(
    State(state): State<AppState>,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let saved = commands::send(&state, &caller, id).await?;
    Ok(flash.redirect(
        &FlashMessage::success(format!(
            "The award letter is sent: {} is among the award's documents, and the organization \
             is told by e-mail.",
            saved.file_name
        )),
        &format!("/awards/{id}#documents"),
    ))
}

/// The catalogue's id of a variable's description: `award.amount_value` is
/// `letters-variable-award-amount-value`.
fn variable_id(name: &str) -> String {
    format!("letters-variable-{}", name.replace(['.', '_'], "-"))
}

/// The variables of a letter, for the template's form (see `data`), described in English
/// (the pages show the catalogue's `letters-variable-*` messages).
const VARIABLES: &[(&str, &str)] = &[
    ("date", "the letter's date: 1 December 2026"),
    ("organization.name", "the member organization's name"),
    ("organization.acronym", "its acronym (may be empty)"),
    ("organization.country", "its country"),
    ("award.reference", "the award's reference: IIA-2027A-0001"),
    ("award.amount", "the amount with its currency: 4,000.00 USD"),
    ("award.amount_value", "the amount alone: 4000.00"),
    ("award.currency", "the currency's code: USD"),
    ("award.starts_on", "the day the grant starts"),
    ("award.ends_on", "the day it ends"),
    (
        "award.signed_on",
        "the day the agreement was signed (empty until then)",
    ),
    ("project.title", "the application's title"),
    ("round.name", "the round's name"),
    ("round.code", "the round's code"),
    ("round.programme", "the round's programme"),
    (
        "installments",
        "the payment schedule, each with number, amount, due_on, condition and note",
    ),
    ("reports", "the reports due, each with kind and due_on"),
    ("conditions", "the award's conditions, one per entry"),
    (
        "signatures",
        "who signs, each with party and role: ICBL, then the organization",
    ),
];

#[derive(Serialize)]
struct PreviewView {
    blocks: Vec<BlockView>,
}

#[derive(Serialize)]
struct TemplateView {
    id: i64,
    name: String,
    is_default: bool,
    letter_template: String,
    variables: Vec<(&'static str, String)>,
    preview: Option<PreviewView>,
    errors: std::collections::BTreeMap<String, String>,
}

fn template_page(
    state: &AppState,
    page: &PageContext,
    round: &crate::rounds::model::Round,
    status: StatusCode,
    typed: String,
    errors: &FieldErrors,
) -> Result<Response, AppError> {
    let preview = if errors.is_empty() {
        let sample = data::sample_for(round, &typed);
        template::render(&typed, &sample)
            .ok()
            .map(|text| PreviewView {
                blocks: BlockView::all_in(
                    &markup::parse(&text),
                    template::default_language(&typed).unwrap_or(crate::i18n::Lang::En),
                ),
            })
    } else {
        None
    };
    let view = TemplateView {
        id: round.id(),
        name: round.model.name.clone(),
        is_default: round.model.letter_template.is_none(),
        letter_template: typed,
        variables: VARIABLES
            .iter()
            .map(|(name, _)| (*name, crate::i18n::text(page.lang, &variable_id(name))))
            .collect(),
        preview,
        errors: errors.first_of_each(),
    };
    let html = state.views.page(
        "rounds/letter",
        &page.layout(
            crate::i18n::format(
                page.lang,
                "letters-round-title",
                &[("name", round.model.name.clone().into())],
            ),
            "rounds",
        ),
        &view,
    )?;
    Ok((status, html).into_response())
}

/// `GET /rounds/{id}/letter`: the round's letter template, with its preview.
pub async fn edit_template(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    policy::authorize(&user, Action::ManageRounds)?;
    let round = crate::rounds::model::get(&state.db, id).await?;
    let text = round
        .model
        .letter_template
        .clone()
        .unwrap_or_else(|| template::default_in(page.lang).to_owned());
    template_page(
        &state,
        &page,
        &round,
        StatusCode::OK,
        text,
        &FieldErrors::new(),
    )
}

/// The template form as posted: `action` is `preview`, `save` or `reset`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct TemplateForm {
    pub letter_template: String,
    pub action: String,
}

/// `POST /rounds/{id}/letter`: previews, saves or resets the template.
pub async fn submit_template(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Path(id): Path<i64>,
    Form(form): Form<TemplateForm>,
) -> Result<Response, AppError> {
    policy::authorize(&caller, Action::ManageRounds)?;
    // Browsers send a textarea's lines with CR LF.
    let typed = form.letter_template.replace("\r\n", "\n");
    let round = crate::rounds::model::get(&state.db, id).await?;
    let outcome = match form.action.as_str() {
        "preview" => {
            let sample = data::sample_for(&round, &typed);
            let errors = match template::check(&typed, &sample) {
                Ok(()) => FieldErrors::new(),
                Err(problem) => FieldErrors::one("letter_template", problem.sentence()),
            };
            let status = if errors.is_empty() {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            return template_page(&state, &page, &round, status, typed, &errors);
        }
        "reset" => commands::set_template(&state.db, &caller, id, None).await,
        _ => {
            // A default letter saved as it is (in any language) stays the default: each award's
            // in its organization's language.
            let source = template::default_language(&typed)
                .is_none()
                .then(|| typed.clone());
            commands::set_template(&state.db, &caller, id, source).await
        }
    };
    match outcome {
        Ok(_) => Ok(flash.redirect(
            &FlashMessage::success(if form.action == "reset" {
                crate::i18n::text(page.lang, "letters-flash-reset")
            } else {
                crate::i18n::text(page.lang, "letters-flash-saved")
            }),
            &format!("/rounds/{id}/letter"),
        )),
        Err(AppError::Validation(errors)) => template_page(
            &state,
            &page,
            &round,
            StatusCode::UNPROCESSABLE_ENTITY,
            typed,
            &errors,
        ),
        Err(other) => Err(other),
    }
}
