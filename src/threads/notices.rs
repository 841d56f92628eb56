//! The e-mail each message sends to the other side, queued in the transaction that writes it
//! (see `crate::notify`): staff's messages to the organization's people and contact address, or
//! to the requester (through its status link); the organization's and the requester's to staff's
//! programme address. About a record concerning a sensitive or high-risk state, an e-mail says
//! only that something needs attention, with the link. Notes are not e-mailed.

use sea_orm::ConnectionTrait;

use super::Side;
use super::access::Place;
use crate::entities::message;
use crate::error::AppError;
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
        mail.to_requester(
            db,
            r,
            &token,
            &format!("{reference}: a message from ICBL"),
            &[
                format!("ICBL left a message about your coordination request {reference}:"),
                m.body.clone(),
                "You can answer on your request's status page.".to_owned(),
            ],
        )
        .await?;
        return Ok(vec![r.contact_email.clone()]);
    }
    let (to, subject, paragraphs, label) = match m.side {
        Side::Staff => {
            let addresses = match place.organization_id {
                Some(org) => crate::members::model::addresses(db, org).await?,
                None => Vec::new(),
            };
            (
                addresses,
                format!("{reference}: a message from ICBL"),
                vec![
                    format!("ICBL wrote to you about {reference}:"),
                    m.body.clone(),
                    "You can answer in Clearway, on the record's page.".to_owned(),
                ],
                "Read and answer",
            )
        }
        Side::Organization => (
            vec![mail.staff_address.to_owned()],
            format!("{reference}: the organization wrote"),
            vec![
                format!("The organization wrote about {reference}:"),
                m.body.clone(),
            ],
            "Read and answer",
        ),
        Side::Requester => (
            vec![mail.staff_address.to_owned()],
            format!("{reference}: the requester replied"),
            vec![
                format!("The requester replied on the status page of {reference}:"),
                m.body.clone(),
            ],
            "Open the request",
        ),
    };
    let link = place.link(mail.public_url);
    let guarded =
        crate::sensitivity::concerning(db, place.target_state.as_deref(), place.organization_id)
            .await?
            .guarded();
    let notice = Notice {
        subject: &subject,
        reference,
        paragraphs: &paragraphs,
        link: link.clone(),
        link_label: label,
    };
    let languages = crate::notify::languages_of(db, &to).await?;
    for address in &to {
        let lang = languages.get(address).copied().unwrap_or_default();
        if guarded {
            mail.attention(db, lang, address, link.clone()).await?;
        } else {
            mail.notice(db, lang, address, &notice).await?;
        }
    }
    Ok(to)
}
