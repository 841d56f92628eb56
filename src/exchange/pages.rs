//! `/finance/rates`: the exchange rates recorded, a form to record one and a box to paste a CSV
//! of them. Both forms call the same use cases as the API.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum_extra::extract::Form;
use serde::{Deserialize, Serialize};

use super::{RateInput, commands};
use crate::auth::{Caller, CurrentUser};
use crate::error::{AppError, FieldErrors};
use crate::policy::{self, Action};
use crate::state::AppState;
use crate::web::context::PageContext;
use crate::web::flash::{Flash, FlashMessage};

/// What either form posts.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(default)]
pub struct RateForm {
    pub rate_on: String,
    pub from: String,
    pub to: String,
    pub rate: String,
    pub source: String,
    pub csv: String,
}

#[derive(Serialize)]
struct RateRow {
    rate_on: String,
    from: String,
    to: String,
    rate: String,
    source: String,
}

#[derive(Serialize)]
struct RatesView {
    rates: Vec<RateRow>,
    can_record: bool,
    reporting_currency: String,
    /// The form that failed (`record` or `import`), its messages and what was typed.
    errors_for: &'static str,
    /// The record form's messages by field; the import's, one line each.
    field_errors: std::collections::BTreeMap<String, String>,
    import_errors: Vec<String>,
    typed: RateForm,
}

async fn render(
    state: &AppState,
    page: &PageContext,
    user: &CurrentUser,
    status: StatusCode,
    errors_for: &'static str,
    errors: FieldErrors,
    typed: RateForm,
) -> Result<Response, AppError> {
    policy::authorize(user, Action::ViewFinances)?;
    let rates = super::list(&state.db, None, 200).await?;
    let view = RatesView {
        rates: rates
            .iter()
            .map(|r| RateRow {
                rate_on: r.rate_on.to_string(),
                from: r.from_currency.to_string(),
                to: r.to_currency.to_string(),
                rate: crate::i18n::formats::number_text(page.lang, &r.rate.to_string()),
                source: r.source.clone(),
            })
            .collect(),
        can_record: policy::allows(user, Action::RecordExchangeRates),
        reporting_currency: state.settings.programme.reporting_currency.clone(),
        errors_for,
        field_errors: if errors_for == "record" {
            errors.first_of_each().into_iter().collect()
        } else {
            Default::default()
        },
        import_errors: if errors_for == "import" {
            errors
                .first_of_each()
                .into_iter()
                .map(|(field, message)| match field.as_str() {
                    "csv" => message,
                    line => crate::i18n::format(
                        page.lang,
                        "exchange-import-line",
                        &[
                            ("line", line.replace('.', ", ").into()),
                            ("message", message.into()),
                        ],
                    ),
                })
                .collect()
        } else {
            Vec::new()
        },
        typed,
    };
    let html = state.views.page(
        "exchange/rates",
        &page.layout(crate::i18n::text(page.lang, "exchange-title"), "finance"),
        &view,
    )?;
    Ok((status, html).into_response())
}

pub async fn show_rates(
    State(state): State<AppState>,
    page: PageContext,
    user: CurrentUser,
) -> Result<Response, AppError> {
    render(
        &state,
        &page,
        &user,
        StatusCode::OK,
        "",
        FieldErrors::new(),
        RateForm::default(),
    )
    .await
}

pub async fn record_rate(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(form): Form<RateForm>,
) -> Result<Response, AppError> {
    let input = RateInput {
        rate_on: Some(form.rate_on.clone()),
        from: Some(form.from.clone()),
        to: Some(form.to.clone()),
        rate: Some(form.rate.clone()),
        source: Some(form.source.clone()),
    };
    match commands::record(&state.db, &caller, &input).await {
        Ok(saved) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::format(
                page.lang,
                "exchange-flash-recorded",
                &[
                    ("from", saved.from_currency.to_string().into()),
                    (
                        "rate",
                        crate::i18n::formats::number_text(page.lang, &saved.rate.to_string())
                            .into(),
                    ),
                    ("to", saved.to_currency.to_string().into()),
                    (
                        "on",
                        crate::i18n::formats::date(page.lang, saved.rate_on).into(),
                    ),
                ],
            )),
            "/finance/rates",
        )),
        Err(AppError::Validation(errors)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render(&state, &page, &caller, status, "record", errors, form).await
        }
        Err(AppError::Conflict(message)) => {
            let errors = FieldErrors::one("rate_on", message);
            render(
                &state,
                &page,
                &caller,
                StatusCode::CONFLICT,
                "record",
                errors,
                form,
            )
            .await
        }
        Err(other) => Err(other),
    }
}

pub async fn import_rates(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    flash: Flash,
    Form(form): Form<RateForm>,
) -> Result<Response, AppError> {
    match commands::import(&state.db, &caller, &form.csv).await {
        Ok(saved) => Ok(flash.redirect(
            &FlashMessage::success(crate::i18n::format(
                page.lang,
                "exchange-flash-imported",
                &[("count", saved.len().into())],
            )),
            "/finance/rates",
        )),
        Err(AppError::Validation(errors)) => {
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            render(&state, &page, &caller, status, "import", errors, form).await
        }
        Err(AppError::Conflict(message)) => {
            let errors = FieldErrors::one("csv", message);
            render(
                &state,
                &page,
                &caller,
                StatusCode::CONFLICT,
                "import",
                errors,
                form,
            )
            .await
        }
        Err(other) => Err(other),
    }
}
