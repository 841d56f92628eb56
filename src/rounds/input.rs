//! A round as submitted (a JSON body or a form) and its checks: every mistake is reported against
//! its field, so that a form can show it next to what was typed.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::code::RoundCode;
use super::model::{ReportDue, ReportKind, Round, Tier};
use crate::error::FieldErrors;
use crate::input::NumberInput;
use crate::money::{Currency, Money};

/// A round's fields as submitted (a JSON body or a form): every mistake reported against its
/// field by [`RoundInput::parse`].
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(
    description = "A round's fields. A creation needs `name`, `code`, `opens_at`, \
        `closes_at`, `currency`, `budget` and at least one tier; an update changes the fields \
        given and keeps the others (a list given replaces the saved one whole)."
)]
pub struct RoundInput {
    /// At most 200 characters; unique.
    pub name: Option<String>,
    /// Unique; 2 to 20 letters, digits and hyphens, starting with a letter, read in upper case
    /// (`iia-2027a` is `IIA-2027A`). The applications submitted in the round are numbered
    /// `<code>-0001`, `<code>-0002`...; it cannot change once one has been submitted.
    #[schema(example = "IIA-2027A", pattern = "^[A-Za-z][A-Za-z0-9-]{1,19}$")]
    pub code: Option<String>,
    /// At most 200 characters (default "Investing in Action").
    pub programme: Option<String>,
    /// RFC 3339 (`2027-01-15T09:00:00Z`), or `2027-01-15T09:00` taken as UTC.
    #[schema(example = "2027-01-15T09:00:00Z")]
    pub opens_at: Option<String>,
    /// As `opens_at`, and after it.
    #[schema(example = "2027-03-31T17:00:00Z")]
    pub closes_at: Option<String>,
    /// An ISO 4217 code; it cannot change once applications have been submitted.
    #[schema(example = "USD")]
    pub currency: Option<String>,
    /// A decimal string, more than zero, in the round's currency.
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "250000.00")]
    pub budget: Option<String>,
    /// At least one; each tier's maximum at most the budget.
    pub tiers: Option<Vec<TierInput>>,
    /// The reports an award of the round owes. Without it, a final narrative and a final
    /// financial report fall due 395 days after the award's start (30 days after the end of a
    /// twelve-month award).
    pub report_schedule: Option<Vec<ReportDueInput>>,
    /// Only for work in states not party to the Convention (default false).
    pub not_party_only: Option<bool>,
    /// Blind review (default false): its reviewers see no organization name, people or
    /// documents that identify the applicant; conflicts of interest are still checked on the
    /// real data.
    pub blind_review: Option<bool>,
    /// The documents an application must carry before it is submitted: kinds of an
    /// application's documents (`registration_certificate`, `budget`, `letter_of_support`,
    /// `other`). None by default.
    pub required_documents: Option<Vec<String>>,
}

/// An award tier as submitted: the most an application at this tier may ask for.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct TierInput {
    /// At most 64 characters, unique within the round.
    pub name: String,
    /// A decimal string, more than zero, in the round's currency.
    #[schema(pattern = "^-?[0-9]+(\\.[0-9]+)?$", example = "20000.00")]
    pub max_amount: String,
}

/// A report an award owes, as submitted.
#[derive(Clone, Debug, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ReportDueInput {
    #[schema(value_type = ReportKind, default)]
    pub kind: String,
    /// Days from the award's start for an interim report, from its end for a final report, 0 to
    /// 3650 (a number, or a string of one).
    #[schema(value_type = i64, minimum = 0, maximum = 3650, default)]
    pub due_after_days: NumberInput,
}

/// Checked values, complete: a round is created or replaced whole.
#[derive(Clone, Debug)]
pub struct RoundValues {
    pub name: String,
    pub code: RoundCode,
    pub programme: String,
    pub opens_at: DateTime<Utc>,
    pub closes_at: DateTime<Utc>,
    pub budget: Money,
    pub tiers: Vec<Tier>,
    pub report_schedule: Vec<ReportDue>,
    pub not_party_only: bool,
    pub blind_review: bool,
    pub required_documents: Vec<crate::attachments::Kind>,
}

/// Without a schedule, a final narrative and a final financial report fall due 30 days after the
/// award's end; awards run twelve months by default (API.md).
pub fn default_schedule() -> Vec<ReportDue> {
    [ReportKind::FinalNarrative, ReportKind::FinalFinancial]
        .into_iter()
        .map(|kind| ReportDue {
            kind: kind.as_str().to_owned(),
            due_after_days: 30,
        })
        .collect()
}

/// Parses an instant: RFC 3339 (`2027-01-15T09:00:00Z`), or a form's `2027-01-15T09:00` taken
/// as UTC.
pub fn parse_instant(value: &str) -> Result<DateTime<Utc>, String> {
    let value = value.trim();
    DateTime::parse_from_rfc3339(value)
        .map(|t| t.with_timezone(&Utc))
        .or_else(|_| {
            chrono::NaiveDateTime::parse_from_str(value, "%Y-%m-%dT%H:%M").map(|t| t.and_utc())
        })
        .map_err(|_| {
            format!("'{value}' is not a date and time; write it like 2027-01-15T09:00:00Z")
        })
}

impl RoundInput {
    /// The round as it is, as an input: what a partial change (a PATCH) is laid over.
    pub fn of(round: &Round) -> Self {
        let amount = |minor| {
            Money::from_minor(minor, round.currency)
                .amount()
                .to_string()
        };
        Self {
            name: Some(round.model.name.clone()),
            code: Some(round.code.to_string()),
            programme: Some(round.model.programme.clone()),
            opens_at: Some(round.model.opens_at.to_rfc3339()),
            closes_at: Some(round.model.closes_at.to_rfc3339()),
            currency: Some(round.currency.code().to_owned()),
            budget: Some(round.budget.amount().to_string()),
            tiers: Some(
                round
                    .tiers
                    .iter()
                    .map(|t| TierInput {
                        name: t.name.clone(),
                        max_amount: amount(t.max_minor),
                    })
                    .collect(),
            ),
            report_schedule: Some(
                round
                    .report_schedule
                    .iter()
                    .map(|r| ReportDueInput {
                        kind: r.kind.clone(),
                        due_after_days: NumberInput::Number(i64::from(r.due_after_days)),
                    })
                    .collect(),
            ),
            not_party_only: Some(round.model.not_party_only),
            blind_review: Some(round.model.blind_review),
            required_documents: Some(
                round
                    .required_documents
                    .iter()
                    .map(|k| k.as_str().to_owned())
                    .collect(),
            ),
        }
    }

    /// These fields over `saved`: a field left out keeps its saved value. (A form gives every
    /// field, so it replaces the round whole.)
    pub fn over(&self, saved: Self) -> Self {
        let this = self.clone();
        Self {
            name: this.name.or(saved.name),
            code: this.code.or(saved.code),
            programme: this.programme.or(saved.programme),
            opens_at: this.opens_at.or(saved.opens_at),
            closes_at: this.closes_at.or(saved.closes_at),
            currency: this.currency.or(saved.currency),
            budget: this.budget.or(saved.budget),
            tiers: this.tiers.or(saved.tiers),
            report_schedule: this.report_schedule.or(saved.report_schedule),
            not_party_only: this.not_party_only.or(saved.not_party_only),
            blind_review: this.blind_review.or(saved.blind_review),
            required_documents: this.required_documents.or(saved.required_documents),
        }
    }

    /// Checks every field. `current`, when editing, is the round as it is.
    pub fn parse(&self, current: Option<&Round>) -> Result<RoundValues, FieldErrors> {
        let mut errors = FieldErrors::new();
        let text = |v: &Option<String>| v.as_deref().map(str::trim).unwrap_or("").to_owned();
        let name = text(&self.name);
        if name.is_empty() {
            errors.add("name", "is required");
        } else if name.chars().count() > 200 {
            errors.add("name", "must be at most 200 characters long");
        }
        let code = RoundCode::parse(&text(&self.code))
            .map_err(|m| errors.add("code", m))
            .ok();
        if let (Some(current), Some(code)) = (current, &code)
            && *code != current.code
            && current.model.last_number > 0
        {
            errors.add(
                "code",
                format!(
                    "cannot change once applications have been submitted: they carry \
                     references '{}-0001' and on",
                    current.code
                ),
            );
        }
        let mut programme = text(&self.programme);
        if programme.is_empty() {
            programme = "Investing in Action".to_owned();
        } else if programme.chars().count() > 200 {
            errors.add("programme", "must be at most 200 characters long");
        }
        let mut instant = |field: &str, value: &Option<String>| match value
            .as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
        {
            None => {
                errors.add(field, "is required");
                None
            }
            Some(v) => parse_instant(v).map_err(|m| errors.add(field, m)).ok(),
        };
        let opens_at = instant("opens_at", &self.opens_at);
        let closes_at = instant("closes_at", &self.closes_at);
        if let (Some(o), Some(c)) = (opens_at, closes_at)
            && c <= o
        {
            errors.add("closes_at", "must be after the opening");
        }
        let currency = match self
            .currency
            .as_deref()
            .map(str::trim)
            .filter(|c| !c.is_empty())
        {
            None => {
                errors.add("currency", "is required");
                None
            }
            Some(code) => Currency::parse(code)
                .map_err(|e| errors.add("currency", e.to_string()))
                .ok(),
        };
        if let (Some(current), Some(currency)) = (current, currency)
            && current.currency != currency
            && current.model.last_number > 0
        {
            errors.add(
                "currency",
                "cannot change once applications have been submitted",
            );
        }
        let budget = currency.and_then(|currency| {
            match self
                .budget
                .as_deref()
                .map(str::trim)
                .filter(|b| !b.is_empty())
            {
                None => {
                    errors.add("budget", "is required");
                    None
                }
                Some(amount) => match Money::parse(amount, currency) {
                    Ok(m) if m.minor() > 0 => Some(m),
                    Ok(_) => {
                        errors.add("budget", "must be more than zero");
                        None
                    }
                    Err(e) => {
                        errors.add("budget", e.to_string());
                        None
                    }
                },
            }
        });
        let mut tiers = Vec::new();
        let given: Vec<&TierInput> = self
            .tiers
            .iter()
            .flatten()
            .filter(|t| !t.name.trim().is_empty() || !t.max_amount.trim().is_empty())
            .collect();
        if given.is_empty() {
            errors.add("tiers", "name at least one tier and its maximum amount");
        }
        for (i, tier) in given.iter().enumerate() {
            let name = tier.name.trim().to_owned();
            if name.is_empty() {
                errors.add(format!("tiers[{i}].name"), "is required");
            } else if name.chars().count() > 64 {
                errors.add(
                    format!("tiers[{i}].name"),
                    "must be at most 64 characters long",
                );
            } else if tiers.iter().any(|t: &Tier| t.name == name) {
                errors.add(
                    format!("tiers[{i}].name"),
                    "is already the name of another tier",
                );
            }
            let max = currency.and_then(|c| match Money::parse(&tier.max_amount, c) {
                Ok(m) if m.minor() > 0 => Some(m),
                Ok(_) => {
                    errors.add(format!("tiers[{i}].max_amount"), "must be more than zero");
                    None
                }
                Err(e) => {
                    errors.add(format!("tiers[{i}].max_amount"), e.to_string());
                    None
                }
            });
            if let (Some(max), Some(budget)) = (max, budget)
                && max.minor() > budget.minor()
            {
                errors.add(
                    format!("tiers[{i}].max_amount"),
                    "cannot be more than the round's budget",
                );
            }
            if let Some(max) = max {
                tiers.push(Tier {
                    name,
                    max_minor: max.minor(),
                });
            }
        }
        let mut report_schedule = Vec::new();
        for (i, due) in self
            .report_schedule
            .iter()
            .flatten()
            .filter(|d| !d.kind.trim().is_empty() || !d.due_after_days.text().trim().is_empty())
            .enumerate()
        {
            let kind = due.kind.trim();
            if let Err(message) = kind.parse::<ReportKind>() {
                errors.add(format!("report_schedule[{i}].kind"), message);
            }
            match due
                .due_after_days
                .value()
                .and_then(|d| i32::try_from(d).ok())
                .filter(|d| (0..=3650).contains(d))
            {
                Some(days) => report_schedule.push(ReportDue {
                    kind: kind.to_owned(),
                    due_after_days: days,
                }),
                None => errors.add(
                    format!("report_schedule[{i}].due_after_days"),
                    "must be a number of days from 0 to 3650",
                ),
            }
        }
        if report_schedule.is_empty() && self.report_schedule.iter().flatten().next().is_none() {
            report_schedule = default_schedule();
        }
        let mut required_documents = Vec::new();
        for (i, kind) in self.required_documents.iter().flatten().enumerate() {
            let application = crate::attachments::RecordType::Application;
            match kind.trim().parse::<crate::attachments::Kind>() {
                Ok(kind) if application.kinds().contains(&kind) => {
                    if !required_documents.contains(&kind) {
                        required_documents.push(kind);
                    }
                }
                _ => errors.add(
                    format!("required_documents[{i}]"),
                    format!(
                        "'{}' is not a kind of document an application holds; use one of '{}'",
                        kind.trim(),
                        application
                            .kinds()
                            .iter()
                            .map(|k| k.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
            }
        }
        match (code, opens_at, closes_at, budget) {
            (Some(code), Some(opens_at), Some(closes_at), Some(budget)) if errors.is_empty() => {
                Ok(RoundValues {
                    name,
                    code,
                    programme,
                    opens_at,
                    closes_at,
                    budget,
                    tiers,
                    report_schedule,
                    not_party_only: self.not_party_only.unwrap_or(false),
                    blind_review: self.blind_review.unwrap_or(false),
                    required_documents,
                })
            }
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(budget: &str, tier_max: &str) -> RoundInput {
        RoundInput {
            name: Some("Investing in Action 2027".into()),
            code: Some("IIA-2027".into()),
            programme: Some("Investing in Action".into()),
            opens_at: Some("2027-01-01T00:00:00Z".into()),
            closes_at: Some("2027-02-01T00:00:00Z".into()),
            currency: Some("USD".into()),
            budget: Some(budget.into()),
            tiers: Some(vec![TierInput {
                name: "low".into(),
                max_amount: tier_max.into(),
            }]),
            ..RoundInput::default()
        }
    }

    #[test]
    fn the_round_form_reads_amounts_as_pages_show_them() {
        let values = round("USD 250,000.00", "1 500").parse(None).unwrap();
        assert_eq!(values.budget.minor(), 25_000_000);
        assert_eq!(values.tiers[0].max_minor, 150_000);
        let errors = round("250.000,00", "1,50").parse(None).unwrap_err();
        let messages = errors.first_of_each();
        assert!(messages["budget"].starts_with("Enter the amount with a dot for decimals"));
        assert!(
            messages["tiers[0].max_amount"].starts_with("Enter the amount with a dot for decimals")
        );
        let errors = round("250000 EUR", "1500").parse(None).unwrap_err();
        assert_eq!(
            errors.first("budget"),
            Some("Enter the amount in USD: EUR is another currency")
        );
    }
}
