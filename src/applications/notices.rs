//! The emails an application's steps send: to the organization (its members and its contact
//! address) and to ICBL staff. Queued in the transaction of the step (see `crate::notify`).

use sea_orm::ConnectionTrait;
use serde::Serialize;

use super::workflow::Step;
use crate::entities::{application, award};
use crate::error::AppError;
use crate::money::Money;
use crate::notify::Mail;

/// The data of `templates/email/application_notice.*`.
#[derive(Serialize)]
struct Notice<'a> {
    subject: &'a str,
    paragraphs: &'a [String],
    link: String,
    reference: &'a str,
    title: &'a str,
}

impl Mail<'_> {
    fn link(&self, app: &application::Model) -> String {
        format!("{}/applications/{}", self.public_url, app.id)
    }

    /// To everyone who speaks for the organization: its members' accounts and its contact.
    pub async fn to_organization<C: ConnectionTrait>(
        &self,
        db: &C,
        app: &application::Model,
        subject: &str,
        paragraphs: &[String],
    ) -> Result<(), AppError> {
        let addresses = crate::members::model::addresses(db, app.organization_id).await?;
        for address in addresses {
            self.application_notice(db, &address, app, subject, paragraphs)
                .await?;
        }
        Ok(())
    }

    pub async fn to_staff<C: ConnectionTrait>(
        &self,
        db: &C,
        app: &application::Model,
        subject: &str,
        paragraphs: &[String],
    ) -> Result<(), AppError> {
        self.application_notice(db, self.staff_address, app, subject, paragraphs)
            .await
    }

    pub async fn application_notice<C: ConnectionTrait>(
        &self,
        db: &C,
        to: &str,
        app: &application::Model,
        subject: &str,
        paragraphs: &[String],
    ) -> Result<(), AppError> {
        let level = crate::sensitivity::concerning(
            db,
            app.target_state.as_deref(),
            Some(app.organization_id),
        )
        .await?;
        let lang = crate::notify::language_of(db, to).await?;
        if level.guarded() {
            self.attention(db, lang, to, self.link(app)).await?;
            return Ok(());
        }
        let notice = Notice {
            subject,
            paragraphs,
            link: self.link(app),
            reference: app.reference.as_deref().unwrap_or("draft"),
            title: &app.title,
        };
        crate::notify::queue(db, self.views, lang, "application_notice", to, &notice).await?;
        Ok(())
    }
}

/// The emails a step sends: to the organization, to staff, or both.
pub(super) async fn step_taken<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    app: &application::Model,
    step: Step,
    award: Option<&award::Model>,
) -> Result<(), AppError> {
    let reference = app.reference.clone().unwrap_or_default();
    let message = app.staff_message.clone().unwrap_or_default();
    match step {
        Step::Submit => {
            let paragraphs = [
                format!(
                    "ICBL has received your application \"{}\". Its reference is {reference}.",
                    app.title
                ),
                "ICBL staff will start the review; you will hear from us at each step.".to_owned(),
            ];
            mail.to_organization(
                db,
                app,
                &format!("{reference}: application received"),
                &paragraphs,
            )
            .await?;
            let paragraphs = [format!(
                "A new application was submitted: \"{}\".",
                app.title
            )];
            mail.to_staff(
                db,
                app,
                &format!("{reference}: new application"),
                &paragraphs,
            )
            .await
        }
        Step::StartReview => {
            let paragraphs = [format!(
                "Your application \"{}\" is now under review by ICBL.",
                app.title
            )];
            mail.to_organization(db, app, &format!("{reference}: under review"), &paragraphs)
                .await
        }
        Step::RequestChanges => {
            let paragraphs = [
                format!(
                    "ICBL asks for changes to your application \"{}\":",
                    app.title
                ),
                message,
                "Edit the application and resubmit it when it is ready.".to_owned(),
            ];
            mail.to_organization(
                db,
                app,
                &format!("{reference}: changes requested"),
                &paragraphs,
            )
            .await
        }
        Step::Resubmit => {
            let paragraphs = [format!(
                "The organization has resubmitted \"{}\" with the changes requested.",
                app.title
            )];
            mail.to_staff(db, app, &format!("{reference}: resubmitted"), &paragraphs)
                .await
        }
        Step::Approve => {
            let amount = award
                .map(|a| Money::from_minor(a.amount_minor, a.amount_currency).display())
                .unwrap_or_default();
            let mut paragraphs = vec![
                format!(
                    "Good news: ICBL has approved your application \"{}\".",
                    app.title
                ),
                format!(
                    "The grant awarded is {amount}. ICBL will be in touch about the agreement and the payment schedule."
                ),
            ];
            if let Some(a) = award {
                paragraphs.push(format!(
                    "Your award {}, its payments and reports: {}/awards/{}",
                    a.reference, mail.public_url, a.id
                ));
            }
            mail.to_organization(db, app, &format!("{reference}: approved"), &paragraphs)
                .await
        }
        Step::Reject => {
            let paragraphs = [
                format!(
                    "ICBL has decided not to fund your application \"{}\" in this round.",
                    app.title
                ),
                format!("The reason: {message}"),
            ];
            mail.to_organization(db, app, &format!("{reference}: decision"), &paragraphs)
                .await
        }
        Step::Withdraw => {
            if app.reference.is_none() {
                return Ok(());
            }
            let paragraphs = [format!("The organization has withdrawn \"{}\".", app.title)];
            mail.to_staff(db, app, &format!("{reference}: withdrawn"), &paragraphs)
                .await
        }
    }
}
