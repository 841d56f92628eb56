//! The emails of coordination requests: the requester's confirmation and the messages staff
//! leave for it; staff's alert with the reasons flagged; and, once staff share a request the
//! requester agreed to share, a word to the member organizations and campaign leads in the
//! target state. Queued in the transaction of the change (see `crate::notify`).
//!
//! Nothing of a request reaches a member organization on its arrival: anyone can fill in the
//! public form, so staff check a request before its plans go further. The confirmation goes to
//! an address anyone may have typed: it carries nothing the sender wrote, only what names the
//! request (its reference, target state and window).

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::entities::{coordination_request as request, organization, user};
use crate::error::AppError;
use crate::flags::Reason;
use crate::i18n::Lang;
use crate::notify::{Mail, Notice};
use crate::treaty::model::Record;

/// A state's name from the record, or its code.
pub fn state_name(record: &Record, iso3: &str) -> String {
    record
        .states()
        .iter()
        .find(|(s, _)| s.iso3 == iso3)
        .map_or_else(|| iso3.to_owned(), |(s, _)| s.name.clone())
}

/// A state's name in `lang`, from the record, or its code.
pub fn state_name_in(record: &Record, lang: Lang, iso3: &str) -> String {
    record
        .states()
        .iter()
        .find(|(s, _)| s.iso3 == iso3)
        .map_or_else(
            || iso3.to_owned(),
            |(s, _)| crate::i18n::states::name(lang, &s.iso3, &s.name).to_owned(),
        )
}

impl Mail<'_> {
    pub fn status_url(&self, token: &str) -> String {
        format!("{}/coordinate/status/{token}", self.public_url)
    }

    fn staff_link(&self, request: &request::Model) -> String {
        format!("{}/coordination-requests/{}", self.public_url, request.id)
    }

    #[allow(clippy::too_many_arguments)]
    async fn coordination_notice<C: ConnectionTrait>(
        &self,
        db: &C,
        to: &str,
        subject: &str,
        r: &request::Model,
        paragraphs: &[String],
        link: String,
        link_label: &str,
        lang: Lang,
    ) -> Result<(), AppError> {
        if crate::sensitivity::level_of(db, &[&r.target_state])
            .await?
            .guarded()
        {
            // The requester keeps its private status link; anyone else signs in.
            let link = if link.contains("/coordinate/status/") {
                link
            } else if link == self.public_url {
                format!("{}/login", self.public_url)
            } else {
                link
            };
            let lang = crate::notify::language_of(db, to).await?;
            self.attention(db, lang, to, link).await?;
            return Ok(());
        }
        let notice = Notice {
            subject,
            reference: &r.reference,
            paragraphs,
            link,
            link_label,
        };
        self.notice(db, lang, to, &notice).await?;
        Ok(())
    }

    /// A new request: the requester's confirmation and staff's alert.
    pub async fn received<C: ConnectionTrait>(
        &self,
        db: &C,
        record: &Record,
        r: &request::Model,
        token: &str,
        reasons: &[(Reason, serde_json::Value)],
    ) -> Result<(), AppError> {
        let target = state_name(record, &r.target_state);
        let requesting = state_name(record, &r.requesting_state);
        let window = format!("{} to {}", r.window_start, r.window_end);
        // The requester's confirmation, in the language the form was filled in.
        let lang = r.language;
        let reference = || r.reference.clone().into();
        let window_in = crate::i18n::format(
            lang,
            "coordination-window",
            &[
                (
                    "start",
                    crate::i18n::formats::date(lang, r.window_start).into(),
                ),
                ("end", crate::i18n::formats::date(lang, r.window_end).into()),
            ],
        );
        self.coordination_notice(
            db,
            &r.contact_email,
            &crate::i18n::format(
                lang,
                "coordination-mail-received-subject",
                &[("reference", reference())],
            ),
            r,
            &[
                crate::i18n::text(lang, "coordination-mail-hello"),
                crate::i18n::format(
                    lang,
                    "coordination-mail-received-body",
                    &[
                        (
                            "target",
                            state_name_in(record, lang, &r.target_state).into(),
                        ),
                        ("window", window_in.into()),
                        ("reference", reference()),
                    ],
                ),
                crate::i18n::text(lang, "coordination-mail-received-next"),
            ],
            self.status_url(token),
            &crate::i18n::text(lang, "coordination-mail-follow"),
            lang,
        )
        .await?;
        let mut staff = vec![format!(
            "{requesting} ({}) plans an approach to {target}, {window}: {}, {} approach.",
            r.ministry,
            r.approach.as_str().replace('_', " "),
            r.mode.as_str()
        )];
        if reasons.is_empty() {
            staff.push("No reason was flagged.".to_owned());
        }
        staff.extend(
            reasons
                .iter()
                .map(|(reason, _)| format!("Flagged: {}.", reason.label())),
        );
        staff.push(if r.consent_to_share {
            "The requester agrees to share the request with the national member: once you have \
             checked it, share it from its page."
                .to_owned()
        } else {
            "The requester did not agree to share the request: it stays with ICBL staff.".to_owned()
        });
        self.coordination_notice(
            db,
            self.staff_address,
            &format!(
                "New coordination request {}: {requesting} → {target}",
                r.reference
            ),
            r,
            &staff,
            self.staff_link(r),
            "Open the request",
            Lang::En,
        )
        .await
    }

    /// Staff shared a request: the word to the member organizations and campaign leads.
    pub async fn shared<C: ConnectionTrait>(
        &self,
        db: &C,
        record: &Record,
        r: &request::Model,
        organizations: &[i64],
    ) -> Result<usize, AppError> {
        let target = state_name(record, &r.target_state);
        let requesting = state_name(record, &r.requesting_state);
        let paragraphs = [
            format!(
                "{requesting} ({}) plans an approach to the authorities of {target} between {} \
                 and {} ({}), and would welcome a {} approach with the national campaign.",
                r.ministry,
                r.window_start,
                r.window_end,
                r.approach.as_str().replace('_', " "),
                r.mode.as_str()
            ),
            format!(
                "ICBL staff checked the request and share it with the requester's consent. Its \
                 contact: {} <{}>. ICBL staff will be in touch to arrange it.",
                r.contact_name, r.contact_email
            ),
        ];
        let addresses = addresses(db, organizations).await?;
        for address in &addresses {
            self.coordination_notice(
                db,
                address,
                &format!("A State plans an approach to {target} ({})", r.reference),
                r,
                &paragraphs,
                self.public_url.to_owned(),
                "Clearway",
                Lang::En,
            )
            .await?;
        }
        Ok(addresses.len())
    }

    /// A step or a message, told to the requester.
    pub async fn to_requester<C: ConnectionTrait>(
        &self,
        db: &C,
        r: &request::Model,
        token: &str,
        subject: &str,
        paragraphs: &[String],
    ) -> Result<(), AppError> {
        self.coordination_notice(
            db,
            &r.contact_email,
            subject,
            r,
            paragraphs,
            self.status_url(token),
            &crate::i18n::text(r.language, "coordination-mail-follow-yours"),
            r.language,
        )
        .await
    }

    /// An escalation: to programme staff (the staff address and every active staff account),
    /// administrators in copy. Answers how many were told.
    pub async fn escalated<C: ConnectionTrait>(
        &self,
        db: &C,
        r: &request::Model,
    ) -> Result<usize, AppError> {
        use crate::auth::Role;
        let people: Vec<(String, Role)> = user::Entity::find()
            .select_only()
            .column(user::Column::Email)
            .column(user::Column::Role)
            .filter(user::Column::Role.is_in([Role::Staff, Role::Admin]))
            .filter(user::Column::Active.eq(true))
            .into_tuple()
            .all(db)
            .await?;
        let mut staff = vec![self.staff_address.to_owned()];
        staff.extend(
            people
                .iter()
                .filter(|(_, role)| *role == Role::Staff)
                .map(|(email, _)| email.clone()),
        );
        let admins: Vec<String> = people
            .iter()
            .filter(|(_, role)| *role == Role::Admin)
            .map(|(email, _)| email.clone())
            .collect();
        let paragraphs = [format!(
            "Coordination request {} ({} → {}) was received on {} and has not been acknowledged \
             within two working days.",
            r.reference,
            r.requesting_state,
            r.target_state,
            crate::views::instant(r.received_at)
        )];
        let mut told = std::collections::BTreeSet::new();
        for (address, copy) in staff
            .iter()
            .map(|a| (a, false))
            .chain(admins.iter().map(|a| (a, true)))
        {
            if !told.insert(address.to_lowercase()) {
                continue;
            }
            let subject = format!(
                "{}Escalated: coordination request {} not acknowledged",
                if copy { "Copy: " } else { "" },
                r.reference
            );
            self.coordination_notice(
                db,
                address,
                &subject,
                r,
                &paragraphs,
                self.staff_link(r),
                "Open the request",
                Lang::En,
            )
            .await?;
        }
        Ok(told.len())
    }
}

/// The addresses of organizations: their active members' accounts and their contact addresses,
/// in two queries, without duplicates.
pub async fn addresses<C: ConnectionTrait>(
    db: &C,
    organizations: &[i64],
) -> Result<Vec<String>, AppError> {
    if organizations.is_empty() {
        return Ok(Vec::new());
    }
    let mut addresses: Vec<String> = user::Entity::find()
        .select_only()
        .column(user::Column::Email)
        .filter(user::Column::OrganizationId.is_in(organizations.iter().copied()))
        .filter(user::Column::Active.eq(true))
        .into_tuple()
        .all(db)
        .await?;
    let contacts: Vec<String> = organization::Entity::find()
        .select_only()
        .column(organization::Column::ContactEmail)
        .filter(organization::Column::Id.is_in(organizations.iter().copied()))
        .into_tuple()
        .all(db)
        .await?;
    addresses.extend(contacts.into_iter().filter(|c| !c.trim().is_empty()));
    addresses.sort_by_key(|a| a.to_lowercase());
    addresses.dedup_by_key(|a| a.to_lowercase());
    Ok(addresses)
}
