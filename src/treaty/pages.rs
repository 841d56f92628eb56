//! The public pages: `/states` (every state with its status on a date, filtered and counted) and
//! `/states/{iso3}` (one state's treaty timeline).

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use sea_orm::DatabaseConnection;

use super::cache::RecordCache;
use super::commands;
use super::model::{self, StateParams, StatesParams};
use super::record::EventInput;
use super::views::{FormValues, StatePageView, StatesPageView};
use crate::auth::Caller;
use crate::error::AppError;
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
    let mut view = StatesPageView::new(page.lang, &form, &errors, &filter, &list, today, &years);
    view.map = Some(super::map::view(page.lang, record.states(), filter.on));
    let status = if errors.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::BAD_REQUEST
    };
    let layout = page.layout(
        crate::i18n::text(page.lang, "treaty-states-title"),
        "states",
    );
    Ok((status, views.page("treaty/states", &layout, &view)?).into_response())
}

pub async fn show_state(
    State(db): State<DatabaseConnection>,
    State(views): State<Views>,
    page: PageContext,
    Path(iso3): Path<String>,
    Params(params): Params<StateParams>,
) -> Result<Html<String>, AppError> {
    let on = params.parse().map_err(AppError::bad_request)?;
    let (state, history) = model::state_or_404(&db, &iso3).await?;
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
        let (_, mark) = crate::sensitivity::get(&db, &state.iso3).await?;
        let level = mark
            .as_ref()
            .map_or(crate::sensitivity::Level::Normal, |m| m.level);
        view.sensitivity = Some(super::views::SensitivityView {
            level_label: level.label(),
            guarded: level.guarded(),
            reason: mark.as_ref().map(|m| m.reason.clone()).unwrap_or_default(),
            review_on: mark
                .as_ref()
                .map(|m| m.review_on.to_string())
                .unwrap_or_default(),
            levels: crate::sensitivity::Level::options(level.as_str()),
        });
    }
    views.page("treaty/state", &page.layout(state.name, "states"), &view)
}

/// `POST /states/{iso3}/events` (staff): the form on a state's page. What cannot be recorded
/// comes back as a warning above the form.
pub async fn record_event(
    State(db): State<DatabaseConnection>,
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
            let message = errors
                .into_iter()
                .map(|(field, messages)| {
                    format!("{}: {}", field.replace('_', " "), messages.join("; "))
                })
                .collect::<Vec<_>>()
                .join(". ");
            Ok(flash.redirect(
                &FlashMessage::warning(format!("Not recorded. {message}.")),
                &to,
            ))
        }
        Err(AppError::Conflict(message)) => Ok(flash.redirect(
            &FlashMessage::warning(format!("Not recorded: {message}.")),
            &to,
        )),
        Err(other) => Err(other),
    }
}
