//! What the registry's pages and API show.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::Serialize;

use super::model::{Kind, MembershipStatus};
use crate::audit::AuditEntry;
use crate::choice::OptionView;
use crate::entities::organization;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::money::Currency;
use crate::web::names::{field_label, field_value, humanize};

/// A member organization (field names fixed by API.md).
#[derive(Clone, Debug, Serialize, utoipa::ToSchema)]
pub struct OrganizationItem {
    pub id: i64,
    pub name: String,
    /// Empty when it has none.
    pub acronym: String,
    /// ISO 3166-1 alpha-3 code.
    pub country: String,
    #[schema(value_type = Kind)]
    pub kind: String,
    #[schema(value_type = MembershipStatus)]
    pub membership_status: String,
    /// Empty when it has none.
    pub website: String,
    /// Empty when it has none.
    pub contact_email: String,
    /// When it joined the network.
    pub joined_on: Option<NaiveDate>,
    /// Whether its grants are named in the 360Giving open data.
    pub publish_grants: bool,
    /// The language it works in: its members' default.
    #[schema(value_type = Lang)]
    pub language: &'static str,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl crate::sensitivity::Redact for OrganizationItem {
    fn concerns(&self) -> (Option<&str>, Option<i64>) {
        (Some(&self.country), Some(self.id))
    }

    fn withhold(&mut self) {
        for field in [
            &mut self.name,
            &mut self.acronym,
            &mut self.website,
            &mut self.contact_email,
        ] {
            crate::sensitivity::WITHHELD.clone_into(field);
        }
    }
}

impl From<organization::Model> for OrganizationItem {
    fn from(m: organization::Model) -> Self {
        Self {
            id: m.id,
            name: m.name,
            acronym: m.acronym,
            country: m.country,
            kind: m.kind.as_str().to_owned(),
            membership_status: m.membership_status.as_str().to_owned(),
            website: m.website,
            contact_email: m.contact_email,
            joined_on: m.joined_on,
            publish_grants: m.publish_grants,
            language: m.language.as_str(),
            created_at: m.created_at,
            updated_at: m.updated_at,
        }
    }
}

#[derive(Serialize)]
pub struct RowView {
    pub id: i64,
    pub name: String,
    pub acronym: String,
    pub country: String,
    /// The country's name (its code when the record does not know it).
    pub country_name: String,
    pub kind: String,
    pub status: String,
    pub status_label: String,
}

impl RowView {
    /// The row, with its country named from `names` (codes to names).
    pub fn named(m: &organization::Model, names: &HashMap<String, String>) -> Self {
        let mut row = Self::from(m);
        row.country_name = crate::web::names::state_name(names, &m.country);
        row
    }

    /// [`Self::named`], its country, kind and membership in `lang`.
    pub fn named_in(m: &organization::Model, names: &HashMap<String, String>, lang: Lang) -> Self {
        let mut row = Self::named(m, names);
        row.country_name =
            crate::i18n::states::name(lang, &m.country, &row.country_name).to_owned();
        row.kind = m.kind.label_in(lang).into_owned();
        row.status_label = m.membership_status.label_in(lang).into_owned();
        row
    }
}

impl From<&organization::Model> for RowView {
    fn from(m: &organization::Model) -> Self {
        Self {
            id: m.id,
            name: m.name.clone(),
            acronym: m.acronym.clone(),
            country: m.country.clone(),
            country_name: m.country.clone(),
            kind: m.kind.label().to_owned(),
            status: m.membership_status.as_str().to_owned(),
            status_label: m.membership_status.label().to_owned(),
        }
    }
}

pub fn kinds(lang: Lang, selected: &str) -> Vec<OptionView> {
    Kind::options_in(lang, selected)
}

pub fn statuses(lang: Lang, selected: &str) -> Vec<OptionView> {
    MembershipStatus::options_in(lang, selected)
}

#[derive(Serialize)]
pub struct ListView {
    pub rows: Vec<RowView>,
    pub total: u64,
    /// The country chooser: names, submitting the ISO3 code.
    pub states: Vec<OptionView>,
    pub statuses: Vec<OptionView>,
    pub can_create: bool,
    pub previous: Option<String>,
    pub next: Option<String>,
    pub page: u64,
    /// The CSV export of the list, with its filters.
    pub export: String,
    /// The first message of each bad filter.
    pub errors: std::collections::BTreeMap<String, String>,
}

#[derive(Serialize)]
pub struct TimelineView {
    pub when: String,
    pub actor: String,
    pub action: String,
    pub changes: Vec<(String, String, String)>,
}

impl TimelineView {
    /// A line of a record's history in words: the action, the person by name, each change
    /// with its field named, amounts formatted and codes in plain words (`names` holds the
    /// states' names by code).
    pub fn new(entry: &AuditEntry, names: &HashMap<String, String>) -> Self {
        Self::new_in(entry, names, Lang::En, None)
    }

    /// [`Self::new`] in `lang`: the action, the fields and the codes from the catalogue
    /// (`members-history-*`, the choices' labels), the states by their name in it, the time and
    /// the amounts in its format. An amount whose change does not name its currency is in
    /// `currency`, the record's (an award's, an application's), when given.
    pub fn new_in(
        entry: &AuditEntry,
        names: &HashMap<String, String>,
        lang: Lang,
        currency: Option<Currency>,
    ) -> Self {
        let keys: Vec<String> = entry
            .after
            .as_ref()
            .and_then(|a| a.as_object())
            .map(|o| o.keys().cloned().collect())
            .unwrap_or_default();
        let changes = keys
            .into_iter()
            .filter_map(|key| {
                let raw = |record: Option<&serde_json::Value>| {
                    record
                        .and_then(|r| r.get(&key))
                        .cloned()
                        .unwrap_or(serde_json::Value::Null)
                };
                let (before, after) = (raw(entry.before.as_ref()), raw(entry.after.as_ref()));
                let value = |value: &serde_json::Value, record: Option<&serde_json::Value>| {
                    history_amount(lang, &key, value, record, currency)
                        .unwrap_or_else(|| history_value(lang, &key, value, record, names))
                };
                (before != after).then(|| {
                    (
                        history_field(lang, &key),
                        value(&before, entry.before.as_ref()),
                        value(&after, entry.after.as_ref()),
                    )
                })
            })
            .collect();
        Self {
            when: crate::i18n::formats::instant(lang, entry.occurred_at),
            actor: entry
                .actor_name
                .clone()
                .unwrap_or_else(|| entry.actor.clone()),
            action: history_action(lang, &entry.action),
            changes,
        }
    }

    /// The lines of a history, with the names of the states they mention (one query).
    pub async fn all<C: ConnectionTrait>(
        db: &C,
        entries: &[AuditEntry],
    ) -> Result<Vec<Self>, AppError> {
        Self::all_for(db, entries, Lang::En, None).await
    }

    /// [`Self::all`] in `lang`.
    pub async fn all_in<C: ConnectionTrait>(
        db: &C,
        entries: &[AuditEntry],
        lang: Lang,
    ) -> Result<Vec<Self>, AppError> {
        Self::all_for(db, entries, lang, None).await
    }

    /// [`Self::all_in`] for a record whose amounts are in `currency` (an award, an application).
    pub async fn all_for<C: ConnectionTrait>(
        db: &C,
        entries: &[AuditEntry],
        lang: Lang,
        currency: Option<Currency>,
    ) -> Result<Vec<Self>, AppError> {
        let names = Self::names(db, entries).await?;
        if lang == Lang::En {
            return Ok(entries
                .iter()
                .map(|e| Self::new_in(e, &names, lang, currency))
                .collect());
        }
        let mut lines = Vec::with_capacity(entries.len());
        for entry in entries {
            let english = Self::new_in(entry, &names, Lang::En, currency);
            let mut localized = Self::new_in(entry, &HashMap::new(), lang, currency);
            // Names the English line found (an organization, a campaign) where no code stands.
            for (mine, theirs) in localized.changes.iter_mut().zip(english.changes) {
                if mine.1.chars().all(|c| c.is_ascii_digit()) && !mine.1.is_empty() {
                    mine.1 = theirs.1;
                }
                if mine.2.chars().all(|c| c.is_ascii_digit()) && !mine.2.is_empty() {
                    mine.2 = theirs.2;
                }
            }
            lines.push(localized);
        }
        Ok(lines)
    }

    /// The names a history's lines mention: states by code, organizations and campaigns by
    /// number (`organization:19`, `campaign:5`), in three queries whatever its length.
    async fn names<C: ConnectionTrait>(
        db: &C,
        entries: &[AuditEntry],
    ) -> Result<HashMap<String, String>, AppError> {
        let mut codes: Vec<String> = entries
            .iter()
            .flat_map(|e| [e.before.as_ref(), e.after.as_ref()])
            .flatten()
            .filter_map(|record| record.as_object())
            .flat_map(|o| {
                ["target_state", "requesting_state", "country", "state"]
                    .iter()
                    .filter_map(|k| o.get(*k)?.as_str().map(str::to_owned))
            })
            .collect();
        codes.sort_unstable();
        codes.dedup();
        let names: HashMap<String, String> = if codes.is_empty() {
            HashMap::new()
        } else {
            crate::entities::state::Entity::find()
                .select_only()
                .column(crate::entities::state::Column::Iso3)
                .column(crate::entities::state::Column::Name)
                .filter(crate::entities::state::Column::Iso3.is_in(codes))
                .into_tuple::<(String, String)>()
                .all(db)
                .await?
                .into_iter()
                .collect()
        };
        let mut names = names;
        // Organizations and campaigns by name (`organization:19`, `campaign:5`): two queries for
        // the whole history, whatever its length.
        let ids_of = |keys: &[&str]| -> Vec<i64> {
            let mut ids: Vec<i64> = entries
                .iter()
                .flat_map(|e| [e.before.as_ref(), e.after.as_ref()])
                .flatten()
                .filter_map(|record| record.as_object())
                .flat_map(|o| {
                    keys.iter()
                        .filter_map(|k| o.get(*k)?.as_i64())
                        .collect::<Vec<_>>()
                })
                .collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let organizations = ids_of(&crate::web::names::ORGANIZATION_KEYS);
        if !organizations.is_empty() {
            for (id, name) in organization::Entity::find()
                .select_only()
                .column(organization::Column::Id)
                .column(organization::Column::Name)
                .filter(organization::Column::Id.is_in(organizations))
                .into_tuple::<(i64, String)>()
                .all(db)
                .await?
            {
                names.insert(format!("organization:{id}"), name);
            }
        }
        let campaigns = ids_of(&["campaign_id"]);
        if !campaigns.is_empty() {
            for (id, name) in crate::entities::campaign::Entity::find()
                .select_only()
                .column(crate::entities::campaign::Column::Id)
                .column(crate::entities::campaign::Column::Name)
                .filter(crate::entities::campaign::Column::Id.is_in(campaigns))
                .into_tuple::<(i64, String)>()
                .all(db)
                .await?
            {
                names.insert(format!("campaign:{id}"), name);
            }
        }
        Ok(names)
    }
}

/// An amount of a record's history in `lang` (a `*_minor` key in minor units, or an `amount`
/// written out, as an amendment keeps it): in the currency the record names beside it, else in
/// `currency`; `None` when neither says which (the value is then written as it is).
fn history_amount(
    lang: Lang,
    key: &str,
    value: &serde_json::Value,
    record: Option<&serde_json::Value>,
    currency: Option<Currency>,
) -> Option<String> {
    use crate::money::Money;
    let currency = || crate::web::names::currency_of(key, record).or(currency);
    let money = match value {
        serde_json::Value::Number(n) if key.ends_with("_minor") => {
            Money::from_minor(n.as_i64()?, currency()?)
        }
        serde_json::Value::String(s) if key == "amount" => Money::parse(s, currency()?).ok()?,
        // An award's installments after an amendment: "#2 200.00 USD (scheduled)".
        serde_json::Value::Array(items) if key == "installments" => {
            let currency = currency()?;
            let lines: Option<Vec<String>> = items
                .iter()
                .map(|i| {
                    let amount = Money::parse(i.get("amount")?.as_str()?, currency).ok()?;
                    let status = i.get("status")?.as_str()?;
                    let status = crate::i18n::catalog::try_format(
                        lang,
                        &crate::choice::label_id("an installment status", status),
                        None,
                    )
                    .unwrap_or_else(|| status.to_owned());
                    Some(crate::i18n::format(
                        lang,
                        "awards-change-installment",
                        &[
                            ("number", i.get("sequence")?.to_string().into()),
                            ("amount", crate::i18n::formats::money(lang, &amount).into()),
                            ("status", status.to_lowercase().into()),
                        ],
                    ))
                })
                .collect();
            return lines.map(|l| l.join(", "));
        }
        _ => return None,
    };
    Some(crate::i18n::formats::money(lang, &money))
}

/// The catalogue's id for `prefix` and a stored code (`organization_created`).
fn history_id(prefix: &str, code: &str) -> String {
    format!("{prefix}{}", code.replace(['_', '.'], "-"))
}

/// What was done, in `lang`: the catalogue's words, or the code in plain words.
fn history_action(lang: Lang, action: &str) -> String {
    if lang == Lang::En {
        return humanize(action);
    }
    crate::i18n::catalog::try_format(lang, &history_id("members-history-action-", action), None)
        .unwrap_or_else(|| humanize(action))
}

/// A field of a record's history in `lang`.
fn history_field(lang: Lang, key: &str) -> String {
    if lang == Lang::En {
        return field_label(key);
    }
    crate::i18n::catalog::try_format(lang, &history_id("members-history-field-", key), None)
        .unwrap_or_else(|| field_label(key))
}

/// A value of a record's history in `lang`: codes by their choice's label, states by their
/// name in it, yes and no, amounts in its format.
fn history_value(
    lang: Lang,
    key: &str,
    value: &serde_json::Value,
    record: Option<&serde_json::Value>,
    names: &HashMap<String, String>,
) -> String {
    use serde_json::Value;
    if lang == Lang::En {
        return field_value(key, value, record, names);
    }
    let choice = |what: &str, code: &str| {
        crate::i18n::catalog::try_format(lang, &crate::choice::label_id(what, code), None)
    };
    let found = match (key, value) {
        ("kind", Value::String(code)) => choice("a kind of organization", code),
        ("membership_status", Value::String(code)) => choice("a membership status", code),
        ("status", Value::String(code)) => choice("an application status", code),
        ("language", Value::String(code)) => {
            code.parse::<Lang>().ok().map(|l| l.label().to_owned())
        }
        ("country" | "target_state" | "requesting_state" | "state", Value::String(code)) => Some(
            crate::i18n::states::name(lang, code, &crate::web::names::state_name(names, code))
                .to_owned(),
        ),
        (_, Value::Bool(yes)) => crate::i18n::catalog::try_format(
            lang,
            if *yes {
                "members-history-yes"
            } else {
                "members-history-no"
            },
            None,
        ),
        // A day (`joined_on`, `ends_on`, `paid_on`...) in the language's format.
        (key, Value::String(day)) if key.ends_with("_on") => {
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .ok()
                .map(|d| crate::i18n::formats::date(lang, d))
        }
        _ => None,
    };
    found.unwrap_or_else(|| field_value(key, value, record, names))
}

#[derive(Serialize)]
pub struct ShowView {
    /// When the organization works in a sensitive or high-risk state (not shown to its own).
    pub sensitivity_banner: Option<&'static str>,
    pub org: OrganizationItem,
    pub kind: String,
    pub status_label: String,
    pub country_name: String,
    /// The working language, named in itself.
    pub language_name: &'static str,
    pub can_edit: bool,
    pub timeline: Option<Vec<TimelineView>>,
    /// Its documents: registration, statutes.
    pub documents: crate::attachments::pages::AttachmentsBlock,
}

impl ShowView {
    pub fn kind_and_status(org: &organization::Model, lang: Lang) -> (String, String) {
        (
            org.kind.label_in(lang).into_owned(),
            org.membership_status.label_in(lang).into_owned(),
        )
    }
}

/// The form, with what was typed and a message per field.
#[derive(Serialize)]
pub struct FormView {
    pub action: String,
    pub heading: String,
    pub creating: bool,
    pub staff_fields: bool,
    pub values: FormValues,
    pub kinds: Vec<OptionView>,
    pub statuses: Vec<OptionView>,
    /// The working languages, each named in itself.
    pub languages: Vec<OptionView>,
    pub errors: std::collections::BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, Serialize)]
pub struct FormValues {
    pub name: String,
    pub acronym: String,
    pub country: String,
    pub kind: String,
    pub membership_status: String,
    pub website: String,
    pub contact_email: String,
    pub joined_on: String,
    pub publish_grants: bool,
    pub language: String,
}

impl FormValues {
    pub fn of(org: &organization::Model) -> Self {
        Self {
            name: org.name.clone(),
            acronym: org.acronym.clone(),
            country: org.country.clone(),
            kind: org.kind.as_str().to_owned(),
            membership_status: org.membership_status.as_str().to_owned(),
            website: org.website.clone(),
            contact_email: org.contact_email.clone(),
            joined_on: org.joined_on.map(|d| d.to_string()).unwrap_or_default(),
            publish_grants: org.publish_grants,
            language: org.language.as_str().to_owned(),
        }
    }
}
