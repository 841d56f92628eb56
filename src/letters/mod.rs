//! Award letters: a letter per award, from its round's letter template (Handlebars that staff
//! edit on the round's page; the default letter otherwise), shown as a printable page and drawn
//! as a PDF by the service itself, and, once staff send it, kept as the award's document
//! (an attachment of kind `award_letter`) with an e-mail to the organization.
//!
//! The template ([`template`]) is given the award's figures ([`data`]) and renders to a small
//! markup ([`markup`]): headings, paragraphs, lists, tables, signature blocks. The page shows
//! those blocks as HTML (escaped); [`pdf`] lays them out on A4 pages. Who may do what: whoever
//! sees the award (staff, finance, the organization's members) reads its letter; staff
//! (`ManageAward`) send it; those who manage rounds (`ManageRounds`) edit the template.

pub mod api;
pub mod commands;
pub mod data;
pub mod markup;
pub mod pages;
pub mod pdf;
pub mod template;

use std::time::Instant;

use chrono::NaiveDate;
use sea_orm::ConnectionTrait;

use crate::awards::model::Full;
use crate::error::AppError;
use crate::i18n::Lang;
use markup::Block;

/// An award's letter, ready to show or to draw.
pub struct Letter {
    pub reference: String,
    /// The language it is written in: its title's.
    pub lang: Lang,
    pub blocks: Vec<Block>,
}

impl Letter {
    /// The letter's title: "Award letter IIA-2027A-0001".
    pub fn title(&self) -> String {
        crate::i18n::format(
            self.lang,
            "letters-award-title",
            &[("reference", self.reference.clone().into())],
        )
    }

    /// The name its PDF is downloaded and kept under.
    pub fn file_name(&self) -> String {
        let reference: String = self
            .reference
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
            .collect();
        format!("award-letter-{reference}.pdf")
    }

    /// The letter as a PDF.
    pub fn pdf(&self) -> Result<Vec<u8>, AppError> {
        let started = Instant::now();
        let bytes = pdf::render(&self.blocks, &self.title(), &self.title(), self.lang)
            .map_err(AppError::Internal)?;
        tracing::debug!(
            reference = %self.reference,
            bytes = bytes.len(),
            elapsed_ms = started.elapsed().as_secs_f64() * 1000.0,
            "award letter drawn"
        );
        Ok(bytes)
    }
}

/// The letter of `full`'s award, dated `today`, from its round's template, or the default
/// letter in the organization's language when the round has none. A template that no longer
/// renders (it was saved when it did: a variable cannot go missing, but a value may not
/// suit a helper) is a 409 that says so.
pub async fn compose<C: ConnectionTrait>(
    db: &C,
    full: &Full,
    today: NaiveDate,
) -> Result<Letter, AppError> {
    let round = crate::rounds::model::get(db, full.award.round_id).await?;
    let source = match round.model.letter_template.as_deref() {
        Some(own) => own,
        None => {
            let organization = crate::members::model::get(db, full.award.organization_id).await?;
            template::default_in(organization.language)
        }
    };
    let lang = template::default_language(source).unwrap_or(Lang::En);
    let data = data::of_award(db, full, &round, today, lang).await?;
    let text = template::render(source, &data).map_err(|problem| {
        AppError::Conflict(format!(
            "the letter template of the round '{}' does not render ('{}'): correct it on \
             the round's page",
            round.model.name,
            problem.sentence()
        ))
    })?;
    Ok(Letter {
        reference: full.award.reference.clone(),
        lang,
        blocks: markup::parse(&text),
    })
}
