//! Countries where advocacy can put people at risk. Staff mark a state `sensitive` or
//! `high_risk` (with a reason and a day to review the marking); the records that concern it (an
//! organization working there, an application, award or coordination request targeting it) are
//! then handled with care:
//!
//! | where                                  | sensitive or high-risk                              |
//! |----------------------------------------|-----------------------------------------------------|
//! | e-mails to members and staff           | no name, amount or plan: "something needs your attention" and a link that needs sign-in |
//! | CSV exports                            | names and free text "withheld", unless staff ask with `reveal=true` and a `reason` (audited) |
//! | record pages                           | a banner naming the marking                         |
//! | reads by anyone (high-risk only)       | written to the access log (admins read and export it) |
//!
//! A marking is itself sensitive: only staff see it; the public treaty pages never show it.

pub mod api;
pub mod pages;

use std::collections::HashMap;

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

use crate::audit::{self, Actor};
use crate::auth::{Caller, CurrentUser};
use crate::choice::choice;
use crate::entities::{access_log, state_sensitivity};
use crate::error::{AppError, FieldErrors};
use crate::input::text;
use crate::policy::{self, Action};

choice!(Level, "a sensitivity level", {
    Normal => "normal", "Normal",
    Sensitive => "sensitive", "Sensitive",
    HighRisk => "high_risk", "High risk",
});

impl Level {
    /// Whether records concerning such a state are handled with care (redaction).
    pub fn guarded(self) -> bool {
        self != Level::Normal
    }

    fn rank(self) -> u8 {
        match self {
            Level::Normal => 0,
            Level::Sensitive => 1,
            Level::HighRisk => 2,
        }
    }
}

/// What "withheld" reads as wherever a name or a text is held back.
pub const WITHHELD: &str = "withheld";

/// The states marked sensitive or high-risk, by ISO3 code (small: read whole when needed).
#[derive(Clone, Debug, Default)]
pub struct Marks(HashMap<String, Level>);

impl Marks {
    pub async fn load<C: ConnectionTrait>(db: &C) -> Result<Self, AppError> {
        Ok(Self(
            state_sensitivity::Entity::find()
                .all(db)
                .await?
                .into_iter()
                .map(|m| (m.iso3, m.level))
                .collect(),
        ))
    }

    /// The highest level among `states` (normal when none is marked).
    pub fn level<'s>(&self, states: impl IntoIterator<Item = &'s str>) -> Level {
        states
            .into_iter()
            .filter_map(|s| self.0.get(&s.to_ascii_uppercase()).copied())
            .max_by_key(|l| l.rank())
            .unwrap_or(Level::Normal)
    }
}

/// An export's redaction: the marked states, the organizations working in them, and whether
/// staff asked to see the names (with a reason, audited).
#[derive(Clone, Debug, Default)]
pub struct Redaction {
    marks: Marks,
    organizations: HashMap<i64, Level>,
    reveal: bool,
    /// The caller's own organization: its own records are never withheld from it.
    own: Option<i64>,
}

/// An item of an API list that concerns a state and an organization, and can withhold its
/// names and free text.
pub trait Redact {
    fn concerns(&self) -> (Option<&str>, Option<i64>);
    fn withhold(&mut self);
}

/// What an export's caller may add to its query string to see what is withheld.
#[derive(Clone, Debug, Default, Deserialize, utoipa::IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct RevealParams {
    /// `true`: staff see the names and texts of records concerning sensitive or high-risk
    /// states, which are otherwise "withheld" (needs `reason`; audited).
    pub reveal: Option<String>,
    /// Why the names are needed (with `reveal`).
    pub reason: Option<String>,
}

impl Redaction {
    /// Withholds nothing.
    pub fn none() -> Self {
        Self {
            reveal: true,
            ..Self::default()
        }
    }

    /// The redaction of export `export` for `user`: withholding, unless staff ask with
    /// `reveal=true` and a reason (audited; a 403 for anyone else, a 400 without a reason).
    /// An export that may hold records concerning a high-risk state is written to the access
    /// log.
    pub async fn for_export<C: ConnectionTrait>(
        db: &C,
        user: &CurrentUser,
        export: &str,
        params: &RevealParams,
    ) -> Result<Self, AppError> {
        let redaction = Self::for_list(db, user, export, params).await?;
        if redaction.marks.0.values().any(|l| *l == Level::HighRisk) {
            log_read(
                db,
                user,
                Level::HighRisk,
                "export",
                export,
                if redaction.reveal {
                    "csv_revealed"
                } else {
                    "csv"
                },
                None,
            )
            .await?;
        }
        Ok(redaction)
    }

    /// The redaction of API list `list` for `user` (as [`Redaction::for_export`], without its
    /// access log line: [`Redaction::redact`] writes one when the page holds a high-risk row).
    pub async fn for_list<C: ConnectionTrait>(
        db: &C,
        user: &CurrentUser,
        export: &str,
        params: &RevealParams,
    ) -> Result<Self, AppError> {
        let marks = Marks::load(db).await?;
        let marked: Vec<String> = marks.0.keys().cloned().collect();
        let organizations: HashMap<i64, Level> = if marked.is_empty() {
            HashMap::new()
        } else {
            crate::entities::organization::Entity::find()
                .select_only()
                .column(crate::entities::organization::Column::Id)
                .column(crate::entities::organization::Column::Country)
                .filter(crate::entities::organization::Column::Country.is_in(marked))
                .into_tuple::<(i64, String)>()
                .all(db)
                .await?
                .into_iter()
                .map(|(id, country)| (id, marks.level([country.as_str()])))
                .collect()
        };
        let reveal = matches!(
            params.reveal.as_deref().map(str::trim),
            Some("true" | "yes")
        );
        if reveal {
            policy::authorize(user, Action::ManageSensitivity)?;
            let reason = text(&params.reason);
            if reason.is_empty() {
                return Err(AppError::bad_request(FieldErrors::one(
                    "reason",
                    "give the reason the names are needed (it is audited)",
                )));
            }
            audit::record(
                db,
                &Actor::user(user, None),
                "export_revealed",
                "export",
                export,
                None,
                Some(serde_json::json!({"reason": reason})),
            )
            .await?;
        }
        Ok(Self {
            marks,
            organizations,
            reveal,
            own: user.organization_id,
        })
    }

    /// Withholds what `items` may not show; writes one access log line when any concerns a
    /// high-risk state.
    pub async fn redact<C: ConnectionTrait, T: Redact>(
        &self,
        db: &C,
        user: &CurrentUser,
        list: &str,
        items: &mut [T],
    ) -> Result<(), AppError> {
        let mut high_risk = false;
        for item in items.iter_mut() {
            let (target, organization) = item.concerns();
            let level = self.level(target, organization);
            high_risk |= level == Level::HighRisk;
            let own = organization.is_some() && organization == self.own;
            if level.guarded() && !self.reveal && !own {
                item.withhold();
            }
        }
        if high_risk {
            let what = if self.reveal { "api_revealed" } else { "api" };
            log_read(db, user, Level::HighRisk, "list", list, what, None).await?;
        }
        Ok(())
    }

    /// The level of what a row concerns.
    pub fn level(&self, target: Option<&str>, organization: Option<i64>) -> Level {
        let of_target = self.marks.level(target);
        let of_org = organization
            .and_then(|id| self.organizations.get(&id).copied())
            .unwrap_or(Level::Normal);
        if of_org.rank() > of_target.rank() {
            of_org
        } else {
            of_target
        }
    }

    /// The row's cells, its named ones withheld when it concerns a marked state.
    pub fn apply<R: crate::web::csv::CsvRow>(&self, row: &R) -> Vec<String> {
        let mut cells = row.cells();
        if self.reveal {
            return cells;
        }
        let (target, organization) = row.concerns();
        let own = organization.is_some() && organization == self.own;
        if self.level(target, organization).guarded() && !own {
            for &i in row.named_cells() {
                if let Some(cell) = cells.get_mut(i) {
                    *cell = WITHHELD.to_owned();
                }
            }
        }
        cells
    }
}

/// The highest level among `states`, read from the database.
pub async fn level_of<C: ConnectionTrait>(db: &C, states: &[&str]) -> Result<Level, AppError> {
    let codes: Vec<String> = states.iter().map(|s| s.to_ascii_uppercase()).collect();
    Ok(state_sensitivity::Entity::find()
        .filter(state_sensitivity::Column::Iso3.is_in(codes))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.level)
        .max_by_key(|l| l.rank())
        .unwrap_or(Level::Normal))
}

/// The level of a record that targets `target` for (or comes from) organization
/// `organization_id`: the higher of the target state's and the organization's country's.
pub async fn concerning<C: ConnectionTrait>(
    db: &C,
    target: Option<&str>,
    organization_id: Option<i64>,
) -> Result<Level, AppError> {
    let mut states: Vec<String> = target.map(str::to_owned).into_iter().collect();
    if let Some(id) = organization_id {
        let country: Option<String> = crate::entities::organization::Entity::find_by_id(id)
            .select_only()
            .column(crate::entities::organization::Column::Country)
            .into_tuple()
            .one(db)
            .await?;
        states.extend(country);
    }
    let codes: Vec<&str> = states.iter().map(String::as_str).collect();
    level_of(db, &codes).await
}

/// The marking staff give a state.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SensitivityInput {
    /// `normal`, `sensitive` or `high_risk` (required).
    #[schema(value_type = Option<Level>)]
    pub level: Option<String>,
    /// Why (required unless `normal`).
    pub reason: Option<String>,
    /// When to review the marking, YYYY-MM-DD, after today (required unless `normal`).
    pub review_on: Option<String>,
}

/// A state's marking as staff see it.
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct SensitivityItem {
    pub iso3: String,
    #[schema(value_type = Level)]
    pub level: &'static str,
    pub reason: Option<String>,
    pub review_on: Option<NaiveDate>,
    pub set_by: Option<i64>,
    pub set_at: Option<chrono::DateTime<Utc>>,
}

impl SensitivityItem {
    pub fn of(iso3: &str, mark: Option<&state_sensitivity::Model>) -> Self {
        match mark {
            Some(m) => Self {
                iso3: m.iso3.clone(),
                level: m.level.as_str(),
                reason: Some(m.reason.clone()),
                review_on: Some(m.review_on),
                set_by: m.set_by,
                set_at: Some(m.set_at),
            },
            None => Self {
                iso3: iso3.to_owned(),
                level: Level::Normal.as_str(),
                reason: None,
                review_on: None,
                set_by: None,
                set_at: None,
            },
        }
    }
}

/// The marking of state `iso3` (a 404 for a code that is no state).
pub async fn get<C: ConnectionTrait>(
    db: &C,
    iso3: &str,
) -> Result<(String, Option<state_sensitivity::Model>), AppError> {
    let (state, _) = crate::treaty::model::state_or_404(db, iso3).await?;
    let mark = state_sensitivity::Entity::find_by_id(state.iso3.clone())
        .one(db)
        .await?;
    Ok((state.iso3, mark))
}

/// Marks state `iso3` (staff), in the caller's transaction; `normal` removes the marking. Audited
/// with the marking before and after.
pub async fn set<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    iso3: &str,
    input: &SensitivityInput,
    today: NaiveDate,
) -> Result<Option<state_sensitivity::Model>, AppError> {
    let (iso3, before) = get(db, iso3).await?;
    let mut errors = FieldErrors::new();
    let level = text(&input.level)
        .parse::<Level>()
        .map_err(|m| errors.add("level", m))
        .ok();
    let reason = text(&input.reason);
    let review_on = match text(&input.review_on) {
        t if t.is_empty() => None,
        t => match NaiveDate::parse_from_str(&t, "%Y-%m-%d") {
            Ok(d) if d <= today => {
                errors.add("review_on", "must be after today");
                None
            }
            Ok(d) => Some(d),
            Err(_) => {
                errors.add("review_on", format!("'{t}' is not a date (YYYY-MM-DD)"));
                None
            }
        },
    };
    if level.is_some_and(Level::guarded) {
        if reason.is_empty() {
            errors.add("reason", "give the reason for the record");
        }
        if review_on.is_none() && errors.first("review_on").is_none() {
            errors.add(
                "review_on",
                "is required: when the marking is to be reviewed",
            );
        }
    }
    errors.into_result(()).map_err(AppError::Validation)?;
    let Some(level) = level else {
        return Err(AppError::Validation(FieldErrors::one(
            "level",
            "is required",
        )));
    };
    let snapshot = |m: &Option<state_sensitivity::Model>| {
        serde_json::to_value(SensitivityItem::of(&iso3, m.as_ref())).unwrap_or_default()
    };
    let after = match (level, &before, review_on) {
        (Level::Normal, Some(existing), _) => {
            state_sensitivity::Entity::delete_by_id(existing.iso3.clone())
                .exec(db)
                .await?;
            None
        }
        (Level::Normal, None, _) => None,
        (_, _, None) => None,
        (level, existing, Some(review_on)) => {
            let model = state_sensitivity::ActiveModel {
                iso3: Set(iso3.clone()),
                level: Set(level),
                reason: Set(reason),
                review_on: Set(review_on),
                set_by: Set(actor.id),
                set_at: Set(Utc::now()),
            };
            Some(if existing.is_some() {
                model.update(db).await?
            } else {
                model.insert(db).await?
            })
        }
    };
    audit::record(
        db,
        actor,
        "state_sensitivity_set",
        "state",
        &iso3,
        Some(snapshot(&before)),
        Some(snapshot(&after)),
    )
    .await?;
    Ok(after)
}

/// The use case: staff mark a state, in one transaction.
pub async fn mark(
    db: &DatabaseConnection,
    caller: &Caller,
    iso3: &str,
    input: &SensitivityInput,
) -> Result<Option<state_sensitivity::Model>, AppError> {
    policy::authorize(caller, Action::ManageSensitivity)?;
    let txn = crate::db::begin_write(db).await?;
    let marked = set(&txn, &caller.actor(), iso3, input, crate::dates::today()).await?;
    txn.commit().await?;
    Ok(marked)
}

/// Records that `user` read `record_type` `record_id` (`what`: page, api, csv) concerning
/// `state`, when that state is high-risk. Runs on its own (a read has no transaction).
pub async fn log_read<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    level: Level,
    record_type: &str,
    record_id: impl ToString,
    what: &str,
    state: Option<&str>,
) -> Result<(), AppError> {
    if level != Level::HighRisk {
        return Ok(());
    }
    access_log::ActiveModel {
        occurred_at: Set(Utc::now()),
        user_id: Set(Some(user.id)),
        actor: Set(format!("user #{}", user.id)),
        record_type: Set(record_type.to_owned()),
        record_id: Set(record_id.to_string()),
        what: Set(what.to_owned()),
        state_iso3: Set(state.map(str::to_owned)),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// A read of a record concerning `target` (for organization `organization_id`): written to the
/// access log when the record concerns a high-risk state; answers the banner the page shows,
/// to anyone but the record's own organization.
#[allow(clippy::too_many_arguments)]
pub async fn on_read<C: ConnectionTrait>(
    db: &C,
    user: &CurrentUser,
    record_type: &str,
    record_id: impl ToString,
    what: &str,
    target: Option<&str>,
    organization_id: Option<i64>,
) -> Result<Option<&'static str>, AppError> {
    let level = concerning(db, target, organization_id).await?;
    log_read(db, user, level, record_type, record_id, what, target).await?;
    let own = organization_id.is_some() && user.organization_id == organization_id;
    Ok(if own { None } else { banner(level) })
}

/// A banner for a record's page: the marking in words, for staff-side people, in the language
/// of the request being handled (the catalogue's `sensitivity-banner-*`).
pub fn banner(level: Level) -> Option<&'static str> {
    banner_in(crate::i18n::current_request(), level)
}

/// [`banner`] in `lang`.
pub fn banner_in(lang: crate::i18n::Lang, level: Level) -> Option<&'static str> {
    use crate::i18n::Lang;
    // Read once from the catalogue: the pages hold the banner as a `&'static str`.
    static BANNERS: std::sync::LazyLock<Vec<[String; 2]>> = std::sync::LazyLock::new(|| {
        Lang::ALL
            .iter()
            .map(|l| {
                [
                    crate::i18n::text(*l, "sensitivity-banner-sensitive"),
                    crate::i18n::text(*l, "sensitivity-banner-high-risk"),
                ]
            })
            .collect()
    });
    let [sensitive, high_risk] = &BANNERS[lang.index()];
    match level {
        Level::Normal => None,
        Level::Sensitive => Some(sensitive.as_str()),
        Level::HighRisk => Some(high_risk.as_str()),
    }
}
