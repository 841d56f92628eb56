//! A person's deadlines as an iCalendar feed (RFC 5545), at `/calendar/<secret>`: calendar
//! programs subscribe to it without signing in, so the address is the credential. The secret is
//! made by [`super::commands::reset_feed`], shown once, and stored as its SHA-256; resetting it
//! ends the old address. The feed leaves the service (calendar providers copy it), so a deadline
//! concerning a state marked sensitive or high-risk says only its kind, with the link. It is
//! written in its owner's language (their account's setting): no request says which.

use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, EventLike};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use super::Deadline;
use crate::entities::user;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::state::AppState;

/// The feed's text: one all-day event per deadline with a date, a point in time for those with
/// a time (a round's closing), each with a stable UID so calendars update it in place; its
/// words in `lang`.
pub fn render(deadlines: &[Deadline], public_url: &str, now: DateTime<Utc>, lang: Lang) -> String {
    let host = public_url
        .split("://")
        .nth(1)
        .unwrap_or(public_url)
        .split(['/', ':'])
        .next()
        .unwrap_or("clearway");
    let mut calendar = Calendar::empty();
    calendar
        .append_property(("VERSION", "2.0"))
        .append_property(("PRODID", "-//ICBL//Clearway//EN"))
        .append_property(("CALSCALE", "GREGORIAN"))
        .append_property(("METHOD", "PUBLISH"))
        .name(&i18n::text(lang, "deadlines-feed-name"))
        .description(&i18n::text(lang, "deadlines-feed-description"))
        // Calendar programs look again every six hours.
        .append_property(("REFRESH-INTERVAL;VALUE=DURATION", "PT6H"))
        .append_property(("X-PUBLISHED-TTL", "PT6H"));
    for d in deadlines {
        let mut d = d.clone();
        d.localize(lang);
        let mut event = icalendar::Event::new();
        event
            .uid(&format!("{}-{}@{host}", d.kind.as_str(), d.record_id))
            .timestamp(now)
            .url(&format!("{public_url}{}", d.link));
        if d.guarded {
            event.summary(&i18n::format(
                lang,
                "deadlines-feed-guarded-summary",
                &[("kind", d.kind_label.clone().into())],
            ));
            event.description(&format!(
                "{}\n{public_url}{}",
                i18n::text(lang, "deadlines-feed-guarded-description"),
                d.link
            ));
        } else {
            event.summary(&i18n::format(
                lang,
                "deadlines-feed-summary",
                &[
                    ("kind", d.kind_label.clone().into()),
                    ("title", d.title.clone().into()),
                ],
            ));
            event.description(&format!("{}\n{public_url}{}", d.title, d.link));
        }
        match d.due_at {
            Some(at) => {
                event.starts(at);
            }
            None => {
                event.starts(d.due_on).ends(d.due_on + Duration::days(1));
            }
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// `GET /calendar/{secret}` (an `.ics` suffix is allowed): the feed of the person whose
/// secret it is; 404 for any other (a reset one, a deactivated account).
pub async fn get_feed(
    State(state): State<AppState>,
    Path(secret): Path<String>,
) -> Result<Response, AppError> {
    let secret = secret.strip_suffix(".ics").unwrap_or(&secret);
    let missing = || AppError::not_found("there is no calendar at this address");
    if secret.len() != 64 || !secret.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(missing());
    }
    let owner = user::Entity::find()
        .filter(user::Column::CalendarFeedHash.eq(crate::auth::tokens::digest(secret)))
        .filter(user::Column::Active.eq(true))
        .one(&state.db)
        .await?
        .ok_or_else(missing)?;
    let person = crate::auth::CurrentUser::for_feed(&owner);
    let now = Utc::now();
    let deadlines = super::visible(&state, &person, now.date_naive()).await?;
    let public_url = state.settings.server.public_url.trim_end_matches('/');
    let body = render(&deadlines, public_url, now, owner.language);
    let mut response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/calendar; charset=utf-8"),
    );
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("inline; filename=\"clearway.ics\""),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, max-age=300"),
    );
    Ok(response)
}
