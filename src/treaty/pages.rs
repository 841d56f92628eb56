//! The public pages: `/states` (every state with its status on a date, filtered and counted) and
//! `/states/{iso3}` (one state's treaty timeline).

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;
use sea_orm::DatabaseConnection;
use std::collections::BTreeMap;

use super::cache::RecordCache;
use super::commands;
use super::model::{self, StateParams, StatesParams};
use super::record::EventInput;
use super::status::EventKind;
use super::views::{EventFormView, FormValues, SensitivityView, StatePageView, StatesPageView};
use crate::auth::Caller;
use crate::error::{AppError, FieldErrors};
use crate::views::Views;
use crate::web::context::PageContext;
use crate::web::extract::Params;
use crate::web::flash::{Flash, FlashMessage};

pub async fn list_states(
    State(db): State<DatabaseConnection>,
    State(cache): State<RecordCache>,
    State(views): State<Views>,
    page: PageContext,
    Params(params): Params<StatesParams>,
) -> Result<Response, AppError> {
    let today = crate::dates::today();
    let (filter, _, errors) = params.parse_lenient(today);
    let record = cache.record(&db).await?;
    let list = model::list_states(&record, &filter);
    let years = model::parties_by_year(&record.histories(filter.region), filter.on);
    let on_text = filter.on.to_string();
    let form = FormValues {
        on: params
            .on
            .as_deref()
            .filter(|v| !v.is_empty())
            .unwrap_or(&on_text),
        status: params.status.as_deref().unwrap_or_default(),
        region: params.region.as_deref().unwrap_or_default(),
        sort: params.sort.as_deref().unwrap_or("name"),
    };
    let mut view = StatesPageView::new(&form, &errors, &filter, &list, today, &years);
    view.map = Some(super::map::view(record.states(), filter.on));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let layout = page.layout("States and the Mine Ban Convention", "states");
    Ok((status, views.page("treaty/states", &layout, &view)?).into_response())
}

pub async fn show_state(
    State(db): State<DatabaseConnection>,
    State(views): State<Views>,
    page: PageContext,
    Path(iso3): Path<String>,
    Params(params): Params<StateParams>,
) -> Result<Response, AppError> {
    let on = params.parse().map_err(AppError::bad_request)?;
    render_state(&db, &views, &page, &iso3, on, Retry::default()).await
}

/// A form of a state's page that was refused, to show again with what was typed and why.
#[derive(Default)]
pub enum Retry {
    #[default]
    None,
    /// The event form: its values, and why (422 for the fields, 409 for an event that does not
    /// fit the state's history).
    Event {
        input: EventInput,
        errors: FieldErrors,
        conflict: Option<String>,
    },
    /// The sensitivity form (422).
    Sensitivity {
        input: crate::sensitivity::SensitivityInput,
        errors: FieldErrors,
    },
}

/// A message of a state's forms as the page shows it: a sentence naming the field in words.
fn field_sentence(field: &str, message: &str) -> String {
    let named = match field {
        "occurred_on" => "date",
        "entry_into_force_on" => "entry_into_force_date",
        "review_on" => "review_date",
        other => other,
    };
    crate::error::sentence(named, message)
}

fn sentences(errors: &FieldErrors) -> BTreeMap<String, String> {
    errors
        .first_as_given()
        .into_iter()
        .map(|(field, message)| {
            let sentence = field_sentence(&field, &message);
            (field, sentence)
        })
        .collect()
}

/// A state's page on `on`; with `retry`, the refused form shown again with what was typed and
/// why (422, or 409 for an event that does not fit the history).
pub async fn render_state(
    db: &DatabaseConnection,
    views: &Views,
    page: &PageContext,
    iso3: &str,
    on: NaiveDate,
    retry: Retry,
) -> Result<Response, AppError> {
    let (state, history) = model::state_or_404(db, iso3).await?;
    let mut view = StatePageView::new(&state, &history, on);
    view.can_record = page
        .user
        .as_ref()
        .is_some_and(|u| crate::policy::allows(u, crate::policy::Action::RecordTreatyEvent));
    if page
        .user
        .as_ref()
        .is_some_and(|u| crate::policy::allows(u, crate::policy::Action::ManageSensitivity))
    {
        let (_, mark) = crate::sensitivity::get(db, &state.iso3).await?;
        let level = mark
            .as_ref()
            .map_or(crate::sensitivity::Level::Normal, |m| m.level);
        let reason = mark.as_ref().map(|m| m.reason.clone()).unwrap_or_default();
        let review_on = mark
            .as_ref()
            .map(|m| m.review_on.to_string())
            .unwrap_or_default();
        view.sensitivity = Some(SensitivityView {
            level_label: level.label(),
            guarded: level.guarded(),
            levels: crate::sensitivity::Level::options(level.as_str()),
            typed_reason: reason.clone(),
            typed_review_on: review_on.clone(),
            reason,
            review_on,
            errors: BTreeMap::new(),
        });
    }
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let status = match retry {
        Retry::None => StatusCode::OK,
        Retry::Event {
            input,
            errors,
            conflict,
        } => {
            let kind = text(&input.kind);
            view.kinds = super::views::choices(
                &EventKind::ALL,
                EventKind::as_str,
                EventKind::label,
                kind.trim(),
            );
            view.event = EventFormView {
                occurred_on: text(&input.occurred_on),
                note: text(&input.note),
                entry_into_force_on: text(&input.entry_into_force_on),
                entry_into_force_reason: text(&input.entry_into_force_reason),
                errors: sentences(&errors),
                message: conflict.map(|why| {
                    format!("The event is not recorded: {}.", why.trim_end_matches('.'))
                }),
            };
            if view.event.message.is_some() {
                StatusCode::CONFLICT
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            }
        }
        Retry::Sensitivity { input, errors } => {
            if let Some(form) = view.sensitivity.as_mut() {
                form.levels = crate::sensitivity::Level::options(text(&input.level).trim());
                form.typed_reason = text(&input.reason);
                form.typed_review_on = text(&input.review_on);
                form.errors = sentences(&errors);
            }
            StatusCode::UNPROCESSABLE_ENTITY
        }
    };
    let html = views.page("treaty/state", &page.layout(state.name, "states"), &view)?;
    Ok((status, html).into_response())
}

/// `POST /states/{iso3}/events` (staff): the form on a state's page. What cannot be recorded
/// comes back on the page, the form holding what was typed and saying why.
pub async fn record_event(
    State(db): State<DatabaseConnection>,
    State(views): State<Views>,
    page: PageContext,
    caller: Caller,
    Path(iso3): Path<String>,
    flash: Flash,
    Form(input): Form<EventInput>,
) -> Result<Response, AppError> {
    let to = format!("/states/{}", iso3.to_ascii_uppercase());
    let today = crate::dates::today();
    match commands::record_event(&db, &caller, &iso3, &input, today).await {
        Ok(recorded) => {
            let (state, history) = &recorded.state;
            let in_force = if recorded.event.kind.is_joining() {
                history
                    .record()
                    .entry_into_force_on
                    .map(|on| {
                        format!(
                            " The Convention is in force for {} from {}.",
                            state.name,
                            super::views::long_date(on)
                        )
                    })
                    .unwrap_or_default()
            } else {
                String::new()
            };
            let message = FlashMessage::success(format!(
                "Recorded: {} on {}.{in_force}",
                recorded.event.kind.as_str().replace('_', " "),
                recorded.event.occurred_on
            ));
            Ok(flash.redirect(&message, &to))
        }
        Err(AppError::Validation(errors)) => {
            let retry = Retry::Event {
                input,
                errors,
                conflict: None,
            };
            render_state(&db, &views, &page, &iso3, today, retry).await
        }
        Err(AppError::Conflict(message)) => {
            let retry = Retry::Event {
                input,
                errors: FieldErrors::new(),
                conflict: Some(message),
            };
            render_state(&db, &views, &page, &iso3, today, retry).await
        }
        Err(other) => Err(other),
    }
}
