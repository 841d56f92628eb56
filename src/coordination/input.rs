//! What the public form and `POST /api/v1/coordination-requests` take, and how it is checked:
//! every field gets its own message, so the form can show it next to the field.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::choice::choice;
use crate::dates::parse_record_date;
use crate::error::FieldErrors;
use crate::i18n::Lang;
use crate::input::{YesNo, text};
use crate::treaty::model::Record;

choice!(Approach, "a kind of approach", {
    CapitalMeeting => "capital_meeting", "Meeting in the capital",
    Demarche => "demarche", "Démarche",
    MilitaryDialogue => "military_dialogue", "Military-to-military dialogue",
    HighLevelVisit => "high_level_visit", "High-level visit",
    RegionalEvent => "regional_event", "Regional event",
    Other => "other", "Other",
});

choice!(Mode, "a mode of approach", {
    Joint => "joint", "A joint approach, with the national campaign",
    Complementary => "complementary", "A complementary approach, each on its own but in step",
});

pub const MESSAGE_MAX: usize = 5000;
const KEY_MAX: usize = 128;

/// The request as submitted; every field optional so that each missing one gets its message.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(
    description = "A State's request to coordinate an approach with the campaign network. \
        Required: `requesting_state`, `ministry`, `contact_name`, `contact_email`, \
        `target_state`, `approach`, `window_start`, `window_end` and `mode`."
)]
pub struct RequestInput {
    /// The ISO 3166-1 alpha-3 code of the State making the request (in any case).
    pub requesting_state: Option<String>,
    /// At most 300 characters.
    pub ministry: Option<String>,
    /// At most 200 characters.
    pub contact_name: Option<String>,
    /// The address the status link and every notice are sent to.
    #[schema(format = Email)]
    pub contact_email: Option<String>,
    /// The ISO 3166-1 alpha-3 code of the state to approach: another than `requesting_state`.
    pub target_state: Option<String>,
    #[schema(value_type = Option<Approach>)]
    pub approach: Option<String>,
    #[schema(value_type = Option<NaiveDate>)]
    pub window_start: Option<String>,
    /// Not before `window_start`, nor in the past; the window starts within three years.
    #[schema(value_type = Option<NaiveDate>)]
    pub window_end: Option<String>,
    #[schema(value_type = Option<Mode>)]
    pub mode: Option<String>,
    /// At most 5000 characters.
    pub message: Option<String>,
    /// Whether ICBL may share the contact with its national member in the target state (default
    /// false: ICBL staff alone see it). A form's `"yes"` is accepted too.
    #[schema(value_type = Option<bool>)]
    pub consent_to_share: Option<YesNo>,
    /// At most 128 visible ASCII characters; also accepted as the `Idempotency-Key` header,
    /// which wins.
    pub idempotency_key: Option<String>,
    /// The language the requester's e-mails are written in: `en` (the default), `fr` or `es`.
    /// The public form records the language of its page.
    #[schema(value_type = Option<Lang>)]
    pub language: Option<String>,
    /// Leave it out or empty: a field the public form hides, which only automated submissions
    /// fill in (then refused).
    pub website: Option<String>,
}

/// A checked request, ready to record.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NewRequest {
    pub requesting_state: String,
    pub ministry: String,
    pub contact_name: String,
    pub contact_email: String,
    pub target_state: String,
    pub approach: Approach,
    pub window_start: NaiveDate,
    pub window_end: NaiveDate,
    pub mode: Mode,
    pub message: String,
    pub consent_to_share: bool,
    /// Not part of what makes two submissions the same (the idempotency digest).
    #[serde(skip)]
    pub language: Lang,
}

fn required(errors: &mut FieldErrors, field: &str, value: &Option<String>, max: usize) -> String {
    let value = text(value);
    if value.is_empty() {
        errors.add(field, "is required");
    } else if value.chars().count() > max {
        errors.add(field, format!("must be at most {max} characters long"));
    }
    value
}

fn state(errors: &mut FieldErrors, field: &str, value: &Option<String>, record: &Record) -> String {
    let code = text(value).to_ascii_uppercase();
    if code.is_empty() {
        errors.add(field, "choose a state");
    } else if !record.states().iter().any(|(s, _)| s.iso3 == code) {
        errors.add(
            field,
            "is not the ISO 3166 code of a state (AZE, NPL, ...); choose one from the list",
        );
    }
    code
}

impl RequestInput {
    /// Checks every field against `record` (the states) and `today`.
    pub fn parse(&self, record: &Record, today: NaiveDate) -> Result<NewRequest, FieldErrors> {
        let mut errors = FieldErrors::new();
        if !text(&self.website).is_empty() {
            errors.add(
                "website",
                "leave this field empty (it is there to catch automated submissions)",
            );
        }
        let requesting_state = state(
            &mut errors,
            "requesting_state",
            &self.requesting_state,
            record,
        );
        let target_state = state(&mut errors, "target_state", &self.target_state, record);
        if !target_state.is_empty() && target_state == requesting_state {
            errors.add(
                "target_state",
                "must be another state than the one making the request",
            );
        }
        let ministry = required(&mut errors, "ministry", &self.ministry, 300);
        let contact_name = required(&mut errors, "contact_name", &self.contact_name, 200);
        let contact_email = required(&mut errors, "contact_email", &self.contact_email, 254);
        if !contact_email.is_empty()
            && let Some(problem) = crate::auth::users::email_error(&contact_email)
        {
            errors.add("contact_email", problem);
        }
        let approach = match text(&self.approach) {
            a if a.is_empty() => {
                errors.add("approach", "choose a kind of approach");
                None
            }
            a => a
                .parse::<Approach>()
                .map_err(|m| errors.add("approach", m))
                .ok(),
        };
        let mode = match text(&self.mode) {
            m if m.is_empty() => {
                errors.add("mode", "choose joint or complementary");
                None
            }
            m => m.parse::<Mode>().map_err(|e| errors.add("mode", e)).ok(),
        };
        let mut date = |field: &str, value: &Option<String>| match text(value) {
            v if v.is_empty() => {
                errors.add(field, "is required");
                None
            }
            v => parse_record_date(&v).map_err(|m| errors.add(field, m)).ok(),
        };
        let window_start = date("window_start", &self.window_start);
        let window_end = date("window_end", &self.window_end);
        if let (Some(start), Some(end)) = (window_start, window_end) {
            if end < start {
                errors.add("window_end", "must not be before the start of the window");
            } else if end < today {
                errors.add("window_end", "the window has passed; give a window to come");
            } else if start > today + Duration::days(3 * 366) {
                errors.add("window_start", "must be within three years from today");
            }
        }
        let message = text(&self.message);
        if message.chars().count() > MESSAGE_MAX {
            errors.add(
                "message",
                format!("must be at most {MESSAGE_MAX} characters long"),
            );
        }
        let consent_to_share = match &self.consent_to_share {
            None => false,
            Some(v) => v.value().unwrap_or_else(|| {
                errors.add("consent_to_share", "must be true or false");
                false
            }),
        };
        let language = match text(&self.language) {
            l if l.is_empty() => Lang::En,
            l => l.parse::<Lang>().unwrap_or_else(|m| {
                errors.add("language", m);
                Lang::En
            }),
        };
        if let Some(key) = &self.idempotency_key
            && (key.len() > KEY_MAX || !key.bytes().all(|b| b.is_ascii_graphic()))
        {
            errors.add(
                "idempotency_key",
                format!("must be at most {KEY_MAX} visible ASCII characters"),
            );
        }
        match (approach, mode, window_start, window_end, errors.is_empty()) {
            (Some(approach), Some(mode), Some(window_start), Some(window_end), true) => {
                Ok(NewRequest {
                    requesting_state,
                    ministry,
                    contact_name,
                    contact_email,
                    target_state,
                    approach,
                    window_start,
                    window_end,
                    mode,
                    message,
                    consent_to_share,
                    language,
                })
            }
            _ => Err(errors),
        }
    }

    /// The idempotency key given (header first, then body), if any.
    pub fn key(&self, header: Option<&str>) -> Option<String> {
        header
            .map(str::to_owned)
            .or_else(|| self.idempotency_key.clone())
            .map(|k| k.trim().to_owned())
            .filter(|k| !k.is_empty())
    }
}
