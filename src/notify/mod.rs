//! Email notifications. [`queue`] renders a message from its templates and stores it in the
//! outbox on the connection it is given: inside the transaction of the change that causes it,
//! the message exists exactly when the change does. The [`worker`] delivers it.
//!
//! A message `name` has three templates under `templates/email/`: `name.subject.hbs` and
//! `name.text.hbs` (plain text, nothing escaped) and `name.html.hbs` (HTML, escaped).

pub mod admin;
pub mod commands;
pub mod worker;

use chrono::Utc;
use sea_orm::{ActiveModelTrait, ConnectionTrait, Set};
use serde::Serialize;

use crate::choice::choice;
use crate::entities::outbox;
use crate::error::AppError;
use crate::state::AppState;
use crate::views::Views;

choice!(OutboxStatus, "an outbox message status", {
    Queued => "queued", "Queued",
    Sending => "sending", "Sending",
    Sent => "sent", "Sent",
    Failed => "failed", "Failed",
});

/// What sending needs: the templates, the address links start with, staff's address.
#[derive(Clone, Copy)]
pub struct Mail<'a> {
    pub views: &'a Views,
    pub public_url: &'a str,
    pub staff_address: &'a str,
}

impl<'a> From<&'a AppState> for Mail<'a> {
    fn from(state: &'a AppState) -> Self {
        Self {
            views: &state.views,
            public_url: state.settings.server.public_url.trim_end_matches('/'),
            staff_address: &state.settings.mail.staff_address,
        }
    }
}

/// The data of `templates/email/notice.*`: a subject, paragraphs and one link, signed with the
/// record's reference. The one template of the notices of coordination requests and awards.
#[derive(Serialize)]
pub struct Notice<'a> {
    pub subject: &'a str,
    pub reference: &'a str,
    pub paragraphs: &'a [String],
    pub link: String,
    pub link_label: &'a str,
}

impl Mail<'_> {
    /// What replaces any other e-mail about a record that concerns a sensitive or high-risk
    /// state (see `crate::sensitivity`): nothing of the record (no name, amount or plan), only
    /// that something needs attention, and `link`, behind sign-in.
    pub async fn attention<C: ConnectionTrait>(
        &self,
        db: &C,
        to: &str,
        link: String,
    ) -> Result<i64, AppError> {
        let paragraphs = [
            "Hello,".to_owned(),
            "Something in Clearway needs your attention. For the safety of the people involved, \
             this e-mail says no more: open the link below to see it."
                .to_owned(),
        ];
        let notice = Notice {
            subject: "Clearway: something needs your attention",
            reference: "Clearway",
            paragraphs: &paragraphs,
            link,
            link_label: "See what needs your attention",
        };
        self.notice(db, to, &notice).await
    }

    /// Queues `notice` to `to`.
    pub async fn notice<C: ConnectionTrait>(
        &self,
        db: &C,
        to: &str,
        notice: &Notice<'_>,
    ) -> Result<i64, AppError> {
        queue(db, self.views, "notice", to, notice).await
    }

    /// Queues `notice` to `to`, its template rendered in `lang`.
    pub async fn notice_in<C: ConnectionTrait>(
        &self,
        db: &C,
        lang: crate::i18n::Lang,
        to: &str,
        notice: &Notice<'_>,
    ) -> Result<i64, AppError> {
        queue_in(db, self.views, lang, "notice", to, notice).await
    }
}

/// Queues email `template` to `to`, rendered with `data`. Returns the message's id.
pub async fn queue<C: ConnectionTrait, T: Serialize>(
    db: &C,
    views: &Views,
    template: &str,
    to: &str,
    data: &T,
) -> Result<i64, AppError> {
    queue_in(db, views, crate::i18n::Lang::En, template, to, data).await
}

/// [`queue`], the templates rendered in `lang`.
pub async fn queue_in<C: ConnectionTrait, T: Serialize>(
    db: &C,
    views: &Views,
    lang: crate::i18n::Lang,
    template: &str,
    to: &str,
    data: &T,
) -> Result<i64, AppError> {
    let subject = views.render_text_in(lang, &format!("email/{template}.subject"), data)?;
    let text_body = views.render_text_in(lang, &format!("email/{template}.text"), data)?;
    let html_body = views.render_in(lang, &format!("email/{template}.html"), data)?;
    let now = Utc::now();
    let message = outbox::ActiveModel {
        template: Set(template.to_owned()),
        to_address: Set(to.trim().to_owned()),
        subject: Set(subject.trim().replace(['\r', '\n'], " ")),
        text_body: Set(text_body),
        html_body: Set(html_body),
        status: Set(OutboxStatus::Queued),
        attempts: Set(0),
        next_attempt_at: Set(now),
        claimed_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(message.id)
}
