//! The emails an application's steps send: to the organization (its members and its contact
//! address) and to ICBL staff. Queued in the transaction of the step (see `crate::notify`).

use sea_orm::ConnectionTrait;
use serde::Serialize;

use super::workflow::Step;
use crate::entities::{application, award};
use crate::error::AppError;
use crate::i18n::Lang;
use crate::i18n::formats::money;
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

/// An e-mail's subject and paragraphs, in the language asked for (each recipient's).
pub type Words<'a> = &'a (dyn Fn(Lang) -> (String, Vec<String>) + Send + Sync);

impl Mail<'_> {
    fn link(&self, app: &application::Model) -> String {
        format!("{}/applications/{}", self.public_url, app.id)
    }

    /// To everyone who speaks for the organization: its members' accounts and its contact.
    /// `subject` and `paragraphs` are sent as they are, whatever the recipient's language (see
    /// [`Self::to_organization_in`]).
    pub async fn to_organization<C: ConnectionTrait>(
        &self,
        db: &C,
        app: &application::Model,
        subject: &str,
        paragraphs: &[String],
    ) -> Result<(), AppError> {
        let words = |_: Lang| (subject.to_owned(), paragraphs.to_vec());
        self.to_organization_in(db, app, &words).await
    }

    /// [`Self::to_organization`], each address in its language.
    pub async fn to_organization_in<C: ConnectionTrait>(
        &self,
        db: &C,
        app: &application::Model,
        words: Words<'_>,
    ) -> Result<(), AppError> {
        let addresses = crate::members::model::addresses(db, app.organization_id).await?;
        for address in addresses {
            self.application_notice_in(db, &address, app, words).await?;
        }
        Ok(())
    }

    pub async fn to_staff<C: ConnectionTrait>(
        &self,
        db: &C,
        app: &application::Model,
        words: Words<'_>,
    ) -> Result<(), AppError> {
        self.application_notice_in(db, self.staff_address, app, words)
            .await
    }

    /// In the recipient's language, `words` writing the e-mail in it.
    pub async fn application_notice_in<C: ConnectionTrait>(
        &self,
        db: &C,
        to: &str,
        app: &application::Model,
        words: Words<'_>,
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
        let (subject, paragraphs) = words(lang);
        let draft = crate::i18n::text(lang, "applications-the-draft");
        let notice = Notice {
            subject: &subject,
            paragraphs: &paragraphs,
            link: self.link(app),
            reference: app.reference.as_deref().unwrap_or(&draft),
            title: &app.title,
        };
        crate::notify::queue(db, self.views, lang, "application_notice", to, &notice).await?;
        Ok(())
    }
}

/// Message `id` with the application's reference and title.
fn said(lang: Lang, id: &str, app: &application::Model) -> String {
    crate::i18n::catalog::format(
        lang,
        id,
        &[
            (
                "reference",
                app.reference.clone().unwrap_or_default().into(),
            ),
            ("title", app.title.clone().into()),
        ],
    )
}

/// The emails a step sends: to the organization, to staff, or both.
pub(super) async fn step_taken<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    app: &application::Model,
    step: Step,
    award: Option<&award::Model>,
) -> Result<(), AppError> {
    let message = app.staff_message.clone().unwrap_or_default();
    let text = crate::i18n::text;
    match step {
        Step::Submit => {
            let received = |lang: Lang| {
                (
                    said(lang, "applications-mail-received-subject", app),
                    vec![
                        said(lang, "applications-mail-received", app),
                        text(lang, "applications-mail-received-next"),
                    ],
                )
            };
            mail.to_organization_in(db, app, &received).await?;
            let new = |lang: Lang| {
                (
                    said(lang, "applications-mail-new-subject", app),
                    vec![said(lang, "applications-mail-new", app)],
                )
            };
            mail.to_staff(db, app, &new).await
        }
        Step::StartReview => {
            let words = |lang: Lang| {
                (
                    said(lang, "applications-mail-review-subject", app),
                    vec![said(lang, "applications-mail-review", app)],
                )
            };
            mail.to_organization_in(db, app, &words).await
        }
        Step::RequestChanges => {
            let words = |lang: Lang| {
                (
                    said(lang, "applications-mail-changes-subject", app),
                    vec![
                        said(lang, "applications-mail-changes", app),
                        message.clone(),
                        text(lang, "applications-mail-changes-next"),
                    ],
                )
            };
            mail.to_organization_in(db, app, &words).await
        }
        Step::Resubmit => {
            let words = |lang: Lang| {
                (
                    said(lang, "applications-mail-resubmitted-subject", app),
                    vec![said(lang, "applications-mail-resubmitted", app)],
                )
            };
            mail.to_staff(db, app, &words).await
        }
        Step::Approve => {
            let words = |lang: Lang| {
                let amount = award
                    .map(|a| money(lang, &Money::from_minor(a.amount_minor, a.amount_currency)))
                    .unwrap_or_default();
                let mut paragraphs = vec![
                    said(lang, "applications-mail-approved", app),
                    crate::i18n::format(
                        lang,
                        "applications-mail-approved-amount",
                        &[("amount", amount.into())],
                    ),
                ];
                if let Some(a) = award {
                    paragraphs.push(crate::i18n::format(
                        lang,
                        "applications-mail-approved-award",
                        &[
                            ("reference", a.reference.clone().into()),
                            (
                                "link",
                                format!("{}/awards/{}", mail.public_url, a.id).into(),
                            ),
                        ],
                    ));
                }
                (
                    said(lang, "applications-mail-approved-subject", app),
                    paragraphs,
                )
            };
            mail.to_organization_in(db, app, &words).await
        }
        Step::Reject => {
            let words = |lang: Lang| {
                (
                    said(lang, "applications-mail-decision-subject", app),
                    vec![
                        said(lang, "applications-mail-rejected", app),
                        crate::i18n::format(
                            lang,
                            "applications-mail-reason",
                            &[("reason", message.clone().into())],
                        ),
                    ],
                )
            };
            mail.to_organization_in(db, app, &words).await
        }
        Step::Withdraw => {
            if app.reference.is_none() {
                return Ok(());
            }
            let words = |lang: Lang| {
                (
                    said(lang, "applications-mail-withdrawn-subject", app),
                    vec![said(lang, "applications-mail-withdrawn", app)],
                )
            };
            mail.to_staff(db, app, &words).await
        }
    }
}
