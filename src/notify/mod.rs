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
use crate::i18n::Lang;
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
    /// that something needs attention, and `link`, behind sign-in. Written in `lang`, the
    /// recipient's language.
    pub async fn attention<C: ConnectionTrait>(
        &self,
        db: &C,
        lang: Lang,
        to: &str,
        link: String,
    ) -> Result<i64, AppError> {
        let paragraphs = [
            crate::i18n::text(lang, "email-hello"),
            crate::i18n::text(lang, "email-attention-body"),
        ];
        let subject = crate::i18n::text(lang, "email-attention-subject");
        let link_label = crate::i18n::text(lang, "email-attention-link");
        let notice = Notice {
            subject: &subject,
            reference: "Clearway",
            paragraphs: &paragraphs,
            link,
            link_label: &link_label,
        };
        self.notice(db, lang, to, &notice).await
    }

    /// Queues `notice` to `to`, its frame written in `lang` (the recipient's language; the
    /// notice's own subject, paragraphs and label are the caller's, in that language too).
    pub async fn notice<C: ConnectionTrait>(
        &self,
        db: &C,
        lang: Lang,
        to: &str,
        notice: &Notice<'_>,
    ) -> Result<i64, AppError> {
        queue(db, self.views, lang, "notice", to, notice).await
    }
}

/// The language to write to `address` in: its account's language when a person has an account
/// with it, else the language of the organization whose contact address it is, else English.
/// For e-mails to an address that may not be a person's (an organization's contact, staff's
/// shared mailbox); a caller who knows the recipient passes their language directly.
pub async fn language_of<C: ConnectionTrait>(db: &C, address: &str) -> Result<Lang, AppError> {
    let mut languages = languages_of(db, &[address]).await?;
    Ok(languages.remove(address).unwrap_or_default())
}

/// [`language_of`] for several addresses in two queries, whatever their number (the addresses
/// of an organization): each address given, with its language.
pub async fn languages_of<C: ConnectionTrait, A: AsRef<str>>(
    db: &C,
    addresses: &[A],
) -> Result<std::collections::HashMap<String, Lang>, AppError> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
    let keys: Vec<String> = addresses
        .iter()
        .map(|a| crate::auth::users::email_key(a.as_ref()))
        .collect();
    let people: std::collections::HashMap<String, Lang> = crate::entities::user::Entity::find()
        .select_only()
        .columns([
            crate::entities::user::Column::EmailKey,
            crate::entities::user::Column::Language,
        ])
        .filter(crate::entities::user::Column::EmailKey.is_in(keys))
        .into_tuple::<(String, Lang)>()
        .all(db)
        .await?
        .into_iter()
        .collect();
    let trimmed: Vec<&str> = addresses.iter().map(|a| a.as_ref().trim()).collect();
    let organizations: std::collections::HashMap<String, Lang> =
        crate::entities::organization::Entity::find()
            .select_only()
            .columns([
                crate::entities::organization::Column::ContactEmail,
                crate::entities::organization::Column::Language,
            ])
            .filter(crate::entities::organization::Column::ContactEmail.is_in(trimmed))
            .into_tuple::<(String, Lang)>()
            .all(db)
            .await?
            .into_iter()
            .collect();
    Ok(addresses
        .iter()
        .map(|a| {
            let a = a.as_ref();
            let lang = people
                .get(&crate::auth::users::email_key(a))
                .or_else(|| organizations.get(a.trim()))
                .copied()
                .unwrap_or_default();
            (a.to_owned(), lang)
        })
        .collect())
}

/// Queues email `template` to `to`, rendered with `data` in `lang` (the recipient's language:
/// `users.language` for a person, see [`language_of`] for an address). Returns the message's id.
pub async fn queue<C: ConnectionTrait, T: Serialize>(
    db: &C,
    views: &Views,
    lang: Lang,
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
