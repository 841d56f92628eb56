//! Names, not codes, on the pages: the choosers that let a person pick a state or an
//! organization by its name (the filters submit the code or the number, which the API keeps),
//! and the words for what the database spells as codes (`DEU → IND` is "Germany → India").
//! Pages build their choosers here and render them with `partials/choose_state` and
//! `partials/choose_organization`.

use std::collections::HashMap;

use sea_orm::{ConnectionTrait, EntityTrait, QueryOrder, QuerySelect};

use crate::choice::OptionView;
use crate::entities::organization;
use crate::error::AppError;
use crate::state::AppState;

/// The most organizations a chooser lists (the registry holds a few hundred).
const MAX_ORGANIZATIONS: u64 = 2000;

/// Every state by name (from the treaty record kept in memory), `selected` marked: the options
/// of a state chooser, whose values are ISO3 codes.
pub async fn state_options(
    state: &AppState,
    selected: Option<&str>,
) -> Result<Vec<OptionView>, AppError> {
    let record = state.treaty_record.record(&state.db).await?;
    Ok(record
        .states()
        .iter()
        .map(|(s, _)| OptionView {
            value: s.iso3.clone(),
            label: s.name.clone(),
            selected: selected.is_some_and(|code| code.eq_ignore_ascii_case(&s.iso3)),
        })
        .collect())
}

/// A name as it sorts in a list: accents and case left out (`État` with the `E`s).
pub fn sort_key(label: &str) -> String {
    label
        .chars()
        .map(|c| match c {
            'À' | 'Á' | 'Â' | 'Ä' | 'à' | 'á' | 'â' | 'ä' => 'a',
            'Ç' | 'ç' => 'c',
            'É' | 'È' | 'Ê' | 'Ë' | 'é' | 'è' | 'ê' | 'ë' => 'e',
            'Í' | 'Î' | 'Ï' | 'í' | 'î' | 'ï' => 'i',
            'Ñ' | 'ñ' => 'n',
            'Ó' | 'Ô' | 'Ö' | 'ó' | 'ô' | 'ö' => 'o',
            'Ú' | 'Û' | 'Ü' | 'ú' | 'û' | 'ü' => 'u',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

/// [`state_options`], each state named in `lang` and in that language's order.
pub async fn state_options_in(
    state: &AppState,
    selected: Option<&str>,
    lang: crate::i18n::Lang,
) -> Result<Vec<OptionView>, AppError> {
    let mut options = state_options(state, selected).await?;
    if lang != crate::i18n::Lang::En {
        for option in &mut options {
            option.label = crate::i18n::states::name(lang, &option.value, &option.label).to_owned();
        }
        options.sort_by_cached_key(|o| sort_key(&o.label));
    }
    Ok(options)
}

/// Every state's name by its ISO3 code.
pub async fn state_names(state: &AppState) -> Result<HashMap<String, String>, AppError> {
    let record = state.treaty_record.record(&state.db).await?;
    Ok(record
        .states()
        .iter()
        .map(|(s, _)| (s.iso3.clone(), s.name.clone()))
        .collect())
}

/// A state's name, or its code when the record does not know it.
pub fn state_name(names: &HashMap<String, String>, code: &str) -> String {
    names.get(code).cloned().unwrap_or_else(|| code.to_owned())
}

/// Two states, by name: "Germany → India".
pub fn states_pair(names: &HashMap<String, String>, from: &str, to: &str) -> String {
    format!("{} → {}", state_name(names, from), state_name(names, to))
}

/// Every organization by name, `selected` marked: the options of an organization chooser,
/// whose values are the organizations' numbers.
pub async fn organization_options<C: ConnectionTrait>(
    db: &C,
    selected: Option<i64>,
) -> Result<Vec<OptionView>, AppError> {
    Ok(organization_names(db)
        .await?
        .into_iter()
        .map(|(id, name)| OptionView {
            value: id.to_string(),
            label: name,
            selected: selected == Some(id),
        })
        .collect())
}

/// Every organization's number and name, by name.
pub async fn organization_names<C: ConnectionTrait>(
    db: &C,
) -> Result<Vec<(i64, String)>, AppError> {
    Ok(organization::Entity::find()
        .select_only()
        .column(organization::Column::Id)
        .column(organization::Column::Name)
        .order_by_asc(organization::Column::Name)
        .order_by_asc(organization::Column::Id)
        .limit(MAX_ORGANIZATIONS)
        .into_tuple::<(i64, String)>()
        .all(db)
        .await?)
}

/// A status or another stored code in plain words, for the codes no `choice!` enum labels:
/// `joint_approach_agreed` is "Joint approach agreed".
pub fn humanize(code: &str) -> String {
    let spaced = code.replace(['_', '-'], " ");
    let mut chars = spaced.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A field of a record's history in words: `requested_minor` is "Amount requested".
pub fn field_label(key: &str) -> String {
    let known = match key {
        "requested_minor" => "Amount requested",
        "amount_minor" => "Amount",
        "paid_amount_minor" => "Amount paid",
        "currency" | "amount_currency" | "requested_currency" => "Currency",
        "paid_currency" => "Currency paid",
        "target_state" => "Target state",
        "requesting_state" => "Requesting state",
        "country" => "Country",
        "due_on" => "Due on",
        "paid_on" => "Paid on",
        "starts_on" => "Starts on",
        "ends_on" => "Ends on",
        "signed_on" => "Signed on",
        "status_reason" => "Reason",
        _ => return humanize(key.strip_suffix("_id").unwrap_or(key)),
    };
    known.to_owned()
}

/// A value of a record's history in words: amounts formatted with their currency (the
/// record's `currency` beside them), codes of statuses and kinds in plain words, states by
/// name.
pub fn field_value(
    key: &str,
    value: &serde_json::Value,
    record: Option<&serde_json::Value>,
    states: &HashMap<String, String>,
) -> String {
    use serde_json::Value;
    match value {
        Value::Null => String::new(),
        Value::Number(n) if key.ends_with("_minor") => match n.as_i64() {
            Some(minor) => amount(key, minor, record),
            None => n.to_string(),
        },
        Value::String(s) if is_state_key(key) => state_name(states, s),
        // An organization or a campaign by its name, when the history's names hold it.
        Value::Number(n) if ORGANIZATION_KEYS.contains(&key) => states
            .get(&format!("organization:{n}"))
            .cloned()
            .unwrap_or_else(|| n.to_string()),
        Value::Number(n) if key == "campaign_id" => states
            .get(&format!("campaign:{n}"))
            .cloned()
            .unwrap_or_else(|| n.to_string()),
        Value::String(s) if is_code_key(key) => humanize(s),
        Value::String(s) => s.clone(),
        Value::Bool(true) => "yes".to_owned(),
        Value::Bool(false) => "no".to_owned(),
        other => other.to_string(),
    }
}

/// Keys whose values are organization numbers.
pub const ORGANIZATION_KEYS: [&str; 2] = ["organization_id", "affiliation_id"];

fn is_state_key(key: &str) -> bool {
    matches!(
        key,
        "target_state" | "requesting_state" | "country" | "state"
    )
}

/// Keys whose values are stored codes (`under_review`, `capital_meeting`).
fn is_code_key(key: &str) -> bool {
    key == "status"
        || key.ends_with("_status")
        || key == "kind"
        || key.ends_with("_kind")
        || matches!(
            key,
            "tier" | "role" | "mode" | "approach" | "condition" | "recommendation"
        )
}

/// The currency a record names beside its amount `key` (`requested_minor` beside
/// `requested_currency`, `paid_amount_minor` beside `paid_currency`, or a `currency`).
pub fn currency_of(
    key: &str,
    record: Option<&serde_json::Value>,
) -> Option<crate::money::Currency> {
    let prefix = key.strip_suffix("_minor").unwrap_or(key);
    let paid_prefix = prefix.strip_suffix("_amount").unwrap_or(prefix);
    [
        format!("{prefix}_currency"),
        format!("{paid_prefix}_currency"),
        "currency".to_owned(),
        "amount_currency".to_owned(),
    ]
    .into_iter()
    .find_map(|k| record?.get(&k)?.as_str().map(str::to_owned))
    .and_then(|c| crate::money::Currency::parse(&c).ok())
}

/// An amount in minor units, in the currency the record names beside it: `1,200.50 USD`.
fn amount(key: &str, minor: i64, record: Option<&serde_json::Value>) -> String {
    match currency_of(key, record) {
        Some(currency) => crate::money::Money::from_minor(minor, currency).display(),
        // No currency beside it: two decimals, as most currencies have.
        None => match crate::money::Currency::parse("USD") {
            Ok(two_decimals) => crate::money::Money::from_minor(minor, two_decimals)
                .display()
                .trim_end_matches(" USD")
                .to_owned(),
            Err(_) => minor.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organizations_and_campaigns_in_a_history_read_by_name() {
        let names = HashMap::from([
            ("organization:19".to_owned(), "Nepal Campaign".to_owned()),
            ("campaign:5".to_owned(), "Nepal joins".to_owned()),
        ]);
        let value = |key: &str, n: i64| field_value(key, &serde_json::json!(n), None, &names);
        assert_eq!(value("organization_id", 19), "Nepal Campaign");
        assert_eq!(value("affiliation_id", 19), "Nepal Campaign");
        assert_eq!(value("campaign_id", 5), "Nepal joins");
        // A number the history's names do not hold stays a number.
        assert_eq!(value("organization_id", 7), "7");
    }

    #[test]
    fn codes_read_as_words_and_pairs_of_states_by_name() {
        assert_eq!(humanize("joint_approach_agreed"), "Joint approach agreed");
        assert_eq!(humanize("start-review"), "Start review");
        assert_eq!(humanize(""), "");
        let names = HashMap::from([
            ("DEU".to_owned(), "Germany".to_owned()),
            ("IND".to_owned(), "India".to_owned()),
        ]);
        assert_eq!(states_pair(&names, "DEU", "IND"), "Germany → India");
        assert_eq!(states_pair(&names, "DEU", "XXX"), "Germany → XXX");
    }

    #[test]
    fn history_reads_in_words_with_money_formatted() {
        let record = serde_json::json!({"requested_minor": 120050, "currency": "USD"});
        let names = HashMap::from([("DEU".to_owned(), "Germany".to_owned())]);
        assert_eq!(field_label("requested_minor"), "Amount requested");
        assert_eq!(field_label("reviewer_id"), "Reviewer");
        assert_eq!(
            field_value(
                "requested_minor",
                &record["requested_minor"],
                Some(&record),
                &names
            ),
            "1,200.50 USD"
        );
        let status = serde_json::json!("joint_approach_agreed");
        assert_eq!(
            field_value("status", &status, None, &names),
            "Joint approach agreed"
        );
        let state = serde_json::json!("DEU");
        assert_eq!(field_value("target_state", &state, None, &names), "Germany");
        let title = serde_json::json!("under_review stays as typed");
        assert_eq!(
            field_value("title", &title, None, &names),
            "under_review stays as typed"
        );
    }
}
