//! The variables a letter template is given: the award's figures, its organization and round,
//! its schedule, reports, conditions and signature blocks. Every value is text on one line (see
//! [`super::markup::one_line`]), so that a value cannot start a heading or split a table's cell.
//!
//! | variable | what it is |
//! | --- | --- |
//! | `date` | the letter's date, `1 December 2026` (`1 décembre 2026`, `1 de diciembre de 2026`) |
//! | `organization.name`, `.acronym`, `.country` | the member organization |
//! | `award.reference`, `.amount` (`4,000.00 USD`), `.amount_value` (`4000.00`), `.currency`, `.starts_on`, `.ends_on`, `.signed_on` (empty until signed) | the award |
//! | `project.title` | the application's title |
//! | `round.name`, `.code`, `.programme` | the round |
//! | `installments[]`: `number`, `amount`, `due_on`, `condition`, `note` | the schedule (cancelled installments left out) |
//! | `reports[]`: `kind`, `due_on` | the reports due |
//! | `conditions[]` | the award's conditions, one per line |
//! | `signatures[]`: `party`, `role` | who signs: ICBL, then the organization |
//!
//! The values are written in the letter's language (see [`super::template::default_language`]):
//! the dates, the amounts, the kinds of report, the conditions, the country and who signs.

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::Serialize;

use super::markup::one_line;
use crate::awards::conditions::{Condition, ConditionKind};
use crate::awards::model::Full;
use crate::awards::workflow::InstallmentStatus;
use crate::error::AppError;
use crate::i18n::Lang;
use crate::i18n::formats::money;
use crate::rounds::model::{ReportKind, Round};

#[derive(Clone, Debug, Serialize)]
pub struct LetterData {
    pub date: String,
    pub organization: OrganizationData,
    pub award: AwardData,
    pub project: ProjectData,
    pub round: RoundData,
    pub installments: Vec<InstallmentData>,
    pub reports: Vec<ReportData>,
    pub conditions: Vec<String>,
    pub signatures: Vec<SignatureData>,
}

#[derive(Clone, Debug, Serialize)]
pub struct OrganizationData {
    pub name: String,
    pub acronym: String,
    pub country: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct AwardData {
    pub reference: String,
    pub amount: String,
    pub amount_value: String,
    pub currency: String,
    pub starts_on: String,
    pub ends_on: String,
    pub signed_on: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct ProjectData {
    pub title: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RoundData {
    pub name: String,
    pub code: String,
    pub programme: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct InstallmentData {
    pub number: i32,
    pub amount: String,
    pub due_on: String,
    pub condition: String,
    pub note: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct ReportData {
    pub kind: String,
    pub due_on: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct SignatureData {
    pub party: String,
    pub role: String,
}

/// A date as letters write it: `1 December 2026`, `1 décembre 2026`, `1 de diciembre de 2026`
/// (as the treaty record writes its dates).
pub fn long_date(lang: Lang, date: NaiveDate) -> String {
    crate::treaty::views::long_date_in(lang, date)
}

fn signatures(lang: Lang, organization: &str) -> Vec<SignatureData> {
    vec![
        SignatureData {
            party: crate::i18n::text(lang, "letters-funder"),
            role: crate::i18n::text(lang, "letters-role-grants-officer"),
        },
        SignatureData {
            party: one_line(organization),
            role: crate::i18n::text(lang, "letters-role-representative"),
        },
    ]
}

/// The letter of `full`'s award, dated `today`, its values in `lang`.
pub async fn of_award<C: ConnectionTrait>(
    db: &C,
    full: &Full,
    round: &Round,
    today: NaiveDate,
    lang: Lang,
) -> Result<LetterData, AppError> {
    let award = &full.award;
    let organization = crate::members::model::get(db, award.organization_id).await?;
    let application = crate::applications::model::get(db, award.application_id).await?;
    let country = match crate::entities::state::Entity::find_by_id(organization.country.clone())
        .one(db)
        .await?
    {
        Some(state) => crate::i18n::states::name(lang, &state.iso3, &state.name).to_owned(),
        None => organization.country.clone(),
    };
    let amount = full.amount();
    let long_date = |date| long_date(lang, date);
    Ok(LetterData {
        date: long_date(today),
        organization: OrganizationData {
            name: one_line(&organization.name),
            acronym: one_line(&organization.acronym),
            country: one_line(&country),
        },
        award: AwardData {
            reference: one_line(&award.reference),
            amount: money(lang, &amount),
            amount_value: amount.amount().to_string(),
            currency: amount.currency().code().to_owned(),
            starts_on: long_date(award.starts_on),
            ends_on: long_date(award.ends_on),
            signed_on: award.signed_on.map(long_date).unwrap_or_default(),
        },
        project: ProjectData {
            title: one_line(&application.title),
        },
        round: RoundData {
            name: one_line(&round.model.name),
            code: round.code.to_string(),
            programme: one_line(&round.model.programme),
        },
        installments: full
            .disbursements
            .iter()
            .filter(|d| d.status != InstallmentStatus::Cancelled)
            .map(|d| InstallmentData {
                number: d.sequence,
                amount: money(lang, &full.money(d.amount_minor)),
                due_on: d.due_on.map(long_date).unwrap_or_default(),
                condition: one_line(&Condition::stored(d).describe_in(lang, full)),
                note: one_line(&d.condition),
            })
            .collect(),
        reports: full
            .reports
            .iter()
            .map(|r| ReportData {
                kind: r.kind.label_in(lang).into_owned(),
                due_on: long_date(r.due_on),
            })
            .collect(),
        conditions: award
            .conditions
            .lines()
            .map(one_line)
            .filter(|l| !l.is_empty())
            .collect(),
        signatures: signatures(lang, &organization.name),
    })
}

/// A letter of made-up figures in `round`, in `lang`: the preview of a template, and what a
/// template is checked against before it is saved (every list has an entry, so that a misspelt
/// variable inside an `{{#each}}` is found).
pub fn sample(round: &Round, today: NaiveDate, lang: Lang) -> LetterData {
    let in_currency = |minor: i64| crate::money::Money::from_minor(minor, round.currency);
    let amount = |minor: i64| money(lang, &in_currency(minor));
    let long_date = |date| long_date(lang, date);
    let name = "Campaña Colombiana Contra Minas";
    let later = today + chrono::Days::new(395);
    LetterData {
        date: long_date(today),
        organization: OrganizationData {
            name: name.to_owned(),
            acronym: "CCCM".to_owned(),
            country: crate::i18n::states::name(lang, "COL", "Colombia").to_owned(),
        },
        award: AwardData {
            reference: format!("{}-0001", round.code),
            amount: amount(400_000),
            amount_value: in_currency(400_000).amount().to_string(),
            currency: round.currency.code().to_owned(),
            starts_on: long_date(today),
            ends_on: long_date(today + chrono::Days::new(365)),
            signed_on: String::new(),
        },
        project: ProjectData {
            title: crate::i18n::text(lang, "letters-sample-project"),
        },
        round: RoundData {
            name: one_line(&round.model.name),
            code: round.code.to_string(),
            programme: one_line(&round.model.programme),
        },
        installments: vec![
            InstallmentData {
                number: 1,
                amount: amount(280_000),
                due_on: long_date(today),
                condition: ConditionKind::OnSignature.label_in(lang).into_owned(),
                note: String::new(),
            },
            InstallmentData {
                number: 2,
                amount: amount(120_000),
                due_on: long_date(later),
                condition: ConditionKind::AfterFinalReports.label_in(lang).into_owned(),
                note: String::new(),
            },
        ],
        reports: [ReportKind::FinalNarrative, ReportKind::FinalFinancial]
            .iter()
            .map(|kind| ReportData {
                kind: kind.label_in(lang).into_owned(),
                due_on: long_date(later),
            })
            .collect(),
        conditions: vec![crate::i18n::text(lang, "letters-sample-condition")],
        signatures: signatures(lang, name),
    }
}

/// [`sample`] dated today, in the language of `source` (English for a letter staff wrote).
pub fn sample_for(round: &Round, source: &str) -> LetterData {
    let lang = super::template::default_language(source).unwrap_or(Lang::En);
    sample(round, crate::dates::today(), lang)
}
