//! The variables a letter template is given: the award's figures, its organization and round,
//! its schedule, reports, conditions and signature blocks. Every value is text on one line (see
//! [`super::markup::one_line`]), so that a value cannot start a heading or split a table's cell.
//!
//! | variable | what it is |
//! | --- | --- |
//! | `date` | the letter's date, `1 December 2026` |
//! | `organization.name`, `.acronym`, `.country` | the member organization |
//! | `award.reference`, `.amount` (`4,000.00 USD`), `.amount_value` (`4000.00`), `.currency`, `.starts_on`, `.ends_on`, `.signed_on` (empty until signed) | the award |
//! | `project.title` | the application's title |
//! | `round.name`, `.code`, `.programme` | the round |
//! | `installments[]`: `number`, `amount`, `due_on`, `condition`, `note` | the schedule (cancelled installments left out) |
//! | `reports[]`: `kind`, `due_on` | the reports due |
//! | `conditions[]` | the award's conditions, one per line |
//! | `signatures[]`: `party`, `role` | who signs: ICBL, then the organization |

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::Serialize;

use super::markup::one_line;
use crate::awards::conditions::Condition;
use crate::awards::model::Full;
use crate::awards::workflow::InstallmentStatus;
use crate::error::AppError;
use crate::rounds::model::Round;

/// The network that awards the grants, as letters name it.
pub const FUNDER: &str = "the International Campaign to Ban Landmines";

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

/// A date as letters write it: `1 December 2026`.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

fn signatures(organization: &str) -> Vec<SignatureData> {
    vec![
        SignatureData {
            party: FUNDER.to_owned(),
            role: "Grants Officer".to_owned(),
        },
        SignatureData {
            party: one_line(organization),
            role: "authorized representative".to_owned(),
        },
    ]
}

/// The letter of `full`'s award, dated `today`.
pub async fn of_award<C: ConnectionTrait>(
    db: &C,
    full: &Full,
    round: &Round,
    today: NaiveDate,
) -> Result<LetterData, AppError> {
    let award = &full.award;
    let organization = crate::members::model::get(db, award.organization_id).await?;
    let application = crate::applications::model::get(db, award.application_id).await?;
    let country = match crate::entities::state::Entity::find_by_id(organization.country.clone())
        .one(db)
        .await?
    {
        Some(state) => state.name,
        None => organization.country.clone(),
    };
    let amount = full.amount();
    Ok(LetterData {
        date: long_date(today),
        organization: OrganizationData {
            name: one_line(&organization.name),
            acronym: one_line(&organization.acronym),
            country: one_line(&country),
        },
        award: AwardData {
            reference: one_line(&award.reference),
            amount: amount.display(),
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
                amount: full.money(d.amount_minor).display(),
                due_on: d.due_on.map(long_date).unwrap_or_default(),
                condition: one_line(&Condition::stored(d).describe(full)),
                note: one_line(&d.condition),
            })
            .collect(),
        reports: full
            .reports
            .iter()
            .map(|r| ReportData {
                kind: r.kind.label().to_owned(),
                due_on: long_date(r.due_on),
            })
            .collect(),
        conditions: award
            .conditions
            .lines()
            .map(one_line)
            .filter(|l| !l.is_empty())
            .collect(),
        signatures: signatures(&organization.name),
    })
}

/// A letter of made-up figures in `round`: the preview of a template, and what a template is
/// checked against before it is saved (every list has an entry, so that a misspelt variable
/// inside an `{{#each}}` is found).
pub fn sample(round: &Round, today: NaiveDate) -> LetterData {
    let money = |minor: i64| crate::money::Money::from_minor(minor, round.currency);
    let name = "Campaña Colombiana Contra Minas";
    LetterData {
        date: long_date(today),
        organization: OrganizationData {
            name: name.to_owned(),
            acronym: "CCCM".to_owned(),
            country: "Colombia".to_owned(),
        },
        award: AwardData {
            reference: format!("{}-0001", round.code),
            amount: money(400_000).display(),
            amount_value: money(400_000).amount().to_string(),
            currency: round.currency.code().to_owned(),
            starts_on: long_date(today),
            ends_on: long_date(today + chrono::Days::new(365)),
            signed_on: String::new(),
        },
        project: ProjectData {
            title: "Talks with the Ministry of Defence".to_owned(),
        },
        round: RoundData {
            name: one_line(&round.model.name),
            code: round.code.to_string(),
            programme: one_line(&round.model.programme),
        },
        installments: vec![
            InstallmentData {
                number: 1,
                amount: money(280_000).display(),
                due_on: long_date(today),
                condition: "On signature of the agreement".to_owned(),
                note: String::new(),
            },
            InstallmentData {
                number: 2,
                amount: money(120_000).display(),
                due_on: long_date(today + chrono::Days::new(395)),
                condition: "After the final reports are accepted".to_owned(),
                note: String::new(),
            },
        ],
        reports: vec![
            ReportData {
                kind: "Final narrative report".to_owned(),
                due_on: long_date(today + chrono::Days::new(395)),
            },
            ReportData {
                kind: "Final financial report".to_owned(),
                due_on: long_date(today + chrono::Days::new(395)),
            },
        ],
        conditions: vec!["Photos of the meetings are sent with the final report.".to_owned()],
        signatures: signatures(name),
    }
}
