//! The e-mail each message sends to the other side, queued in the transaction that writes it
//! (see `crate::notify`): staff's messages to the organization's people and contact address, or
//! to the requester (through its status link); the organization's and the requester's to staff's
//! programme address. About a record concerning a sensitive or high-risk state, an e-mail says
//! only that something needs attention, with the link. Notes are not e-mailed. Each e-mail is
//! in its recipient's language (the requester's: the one their request was made in).

use sea_orm::ConnectionTrait;

use super::Side;
use super::access::Place;
use crate::entities::message;
use crate::error::AppError;
use crate::i18n::{self, Lang};
use crate::notify::{Mail, Notice};

/// Tells the other side of `place`'s thread of `m` (not a note). `secret` signs the requester's
/// status link. Answers the addresses told.
pub async fn posted<C: ConnectionTrait>(
    db: &C,
    mail: Mail<'_>,
    secret: &[u8],
    place: &Place,
    m: &message::Model,
) -> Result<Vec<String>, AppError> {
    if m.internal {
        return Ok(Vec::new());
    }
    let reference = place.reference.as_str();
    if let (Side::Staff, Some(r)) = (m.side, &place.request) {
        let token = crate::coordination::token::token_of(secret, r)?;
        let lang = r.language;
        mail.to_requester(
            db,
            r,
            &token,
            &with_reference(lang, "threads-mail-from-icbl-subject", reference),
            &[
                with_reference(lang, "threads-mail-to-requester", reference),
                m.body.clone(),
                i18n::text(lang, "threads-mail-answer-on-status-page"),
            ],
        )
        .await?;
        return Ok(vec![r.contact_email.clone()]);
    }
    let to = match m.side {
        Side::Staff => match place.organization_id {
            Some(org) => crate::members::model::addresses(db, org).await?,
            None => Vec::new(),
        },
        Side::Organization | Side::Requester => vec![mail.staff_address.to_owned()],
    };
    let link = place.link(mail.public_url);
    let guarded =
        crate::sensitivity::concerning(db, place.target_state.as_deref(), place.organization_id)
            .await?
            .guarded();
    let languages = crate::notify::languages_of(db, &to).await?;
    for address in &to {
        let lang = languages.get(address).copied().unwrap_or_default();
        if guarded {
            mail.attention(db, lang, address, link.clone()).await?;
        } else {
            let (subject, paragraphs, label) = words(lang, m, reference);
            let notice = Notice {
                subject: &subject,
                reference,
                paragraphs: &paragraphs,
                link: link.clone(),
                link_label: &label,
            };
            mail.notice(db, lang, address, &notice).await?;
        }
    }
    Ok(to)
}

/// Message `id` of the catalogue in `lang`, with the record's reference.
fn with_reference(lang: Lang, id: &str, reference: &str) -> String {
    let args = [("reference", reference.to_owned().into())];
    i18n::format(lang, id, &args)
}

/// The e-mail of `m` to the other side (not the requester) in `lang`: its subject, its
/// paragraphs (the message itself among them) and its link's label.
fn words(lang: Lang, m: &message::Model, reference: &str) -> (String, Vec<String>, String) {
    let (subject, intro, ending, label) = match m.side {
        Side::Staff => (
            "threads-mail-from-icbl-subject",
            "threads-mail-icbl-wrote",
            Some("threads-mail-answer-in-clearway"),
            "threads-mail-read-and-answer",
        ),
        Side::Organization => (
            "threads-mail-organization-subject",
            "threads-mail-organization-wrote",
            None,
            "threads-mail-read-and-answer",
        ),
        Side::Requester => (
            "threads-mail-requester-subject",
            "threads-mail-requester-replied",
            None,
            "threads-mail-open-request",
        ),
    };
    let mut paragraphs = vec![with_reference(lang, intro, reference), m.body.clone()];
    paragraphs.extend(ending.map(|id| i18n::text(lang, id)));
    (
        with_reference(lang, subject, reference),
        paragraphs,
        i18n::text(lang, label),
    )
}
