//! Queries and rules of the registry. Every change is written with its audit record in one
//! transaction.

use chrono::{NaiveDate, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect, Set,
};
use serde::Deserialize;

pub use super::list::{Filter, ListParams, batch, list};
use crate::audit::{self, Actor};
use crate::auth::users::email_error;
use crate::choice::choice;
use crate::dates::parse_record_date;
use crate::entities::{organization, state};
use crate::error::{AppError, FieldErrors};
use crate::input::parse_field;

choice!(Kind, "a kind of organization", {
    NationalCampaign => "national_campaign", "National campaign",
    Ngo => "ngo", "NGO",
    SurvivorNetwork => "survivor_network", "Survivor network",
    Other => "other", "Other",
});

choice!(MembershipStatus, "a membership status", {
    Active => "active", "Active",
    Suspended => "suspended", "Suspended",
    Former => "former", "Former",
});

/// An organization's fields as submitted (a form or a JSON body): every field optional, every
/// mistake reported against its field by [`OrganizationInput::parse`].
#[derive(Clone, Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(default)]
#[schema(
    description = "An organization's fields. A creation needs `name`, `country` and `kind` \
        (`membership_status` defaults to `active`); an update changes the fields given and \
        leaves the others as they are. Only staff change `country`, `kind`, \
        `membership_status`, `joined_on` and `publish_grants`."
)]
pub struct OrganizationInput {
    /// At most 200 characters.
    pub name: Option<String>,
    /// At most 40 characters.
    pub acronym: Option<String>,
    /// ISO 3166-1 alpha-3 code of a state of the record (in any case).
    pub country: Option<String>,
    #[schema(value_type = Option<Kind>)]
    pub kind: Option<String>,
    #[schema(value_type = Option<MembershipStatus>)]
    pub membership_status: Option<String>,
    /// A web address starting with `https://` (or `http://`); empty clears it.
    pub website: Option<String>,
    /// An email address; empty clears it.
    pub contact_email: Option<String>,
    /// When it joined the network; empty clears it.
    #[schema(value_type = Option<NaiveDate>)]
    pub joined_on: Option<String>,
    /// Whether its grants are named in the 360Giving open data (staff; yes for a new one).
    pub publish_grants: Option<bool>,
    /// The language it works in (`en`, `fr`, `es`): its members' default for pages and
    /// e-mails. English for a new one when not given.
    #[schema(value_type = Option<crate::i18n::Lang>)]
    pub language: Option<String>,
}

/// Checked changes: `None` leaves a field as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    pub name: Option<String>,
    pub acronym: Option<String>,
    pub country: Option<String>,
    pub kind: Option<Kind>,
    pub membership_status: Option<MembershipStatus>,
    pub website: Option<String>,
    pub contact_email: Option<String>,
    /// `Some(None)` clears the date.
    pub joined_on: Option<Option<NaiveDate>>,
    pub publish_grants: Option<bool>,
    pub language: Option<crate::i18n::Lang>,
}

impl Changes {
    /// True when a field only staff may change is among the changes.
    pub fn touches_membership(&self) -> bool {
        self.country.is_some()
            || self.kind.is_some()
            || self.membership_status.is_some()
            || self.joined_on.is_some()
    }
}

impl OrganizationInput {
    /// Checks the fields given. A new organization (`creating`) needs a name, a country and a
    /// kind; its membership status defaults to active.
    pub async fn parse<C: ConnectionTrait>(
        &self,
        db: &C,
        creating: bool,
    ) -> Result<Changes, AppError> {
        let mut errors = FieldErrors::new();
        let text = |value: &Option<String>| value.as_deref().map(str::trim).map(ToOwned::to_owned);
        let mut changes = Changes {
            name: text(&self.name),
            acronym: text(&self.acronym),
            website: text(&self.website),
            contact_email: text(&self.contact_email),
            publish_grants: self.publish_grants,
            ..Changes::default()
        };
        match &changes.name {
            Some(name) if name.is_empty() => errors.add("name", "is required"),
            Some(name) if name.chars().count() > 200 => {
                errors.add("name", "must be at most 200 characters long")
            }
            None if creating => errors.add("name", "is required"),
            _ => {}
        }
        if changes
            .acronym
            .as_ref()
            .is_some_and(|a| a.chars().count() > 40)
        {
            errors.add("acronym", "must be at most 40 characters long");
        }
        if let Some(website) = changes.website.as_ref().filter(|w| !w.is_empty()) {
            let web_address = (website.starts_with("https://") || website.starts_with("http://"))
                && website.len() <= 300
                && !website.contains(char::is_whitespace);
            if !web_address {
                errors.add("website", "must be a web address starting with https://");
            }
        }
        if let Some(email) = changes.contact_email.as_ref().filter(|e| !e.is_empty())
            && let Some(message) = email_error(email)
        {
            errors.add("contact_email", message);
        }
        changes.kind = parse_field(&mut errors, "kind", self.kind.as_deref(), str::parse);
        changes.membership_status = parse_field(
            &mut errors,
            "membership_status",
            self.membership_status.as_deref(),
            str::parse,
        );
        if creating {
            if self.kind.as_deref().is_none_or(|k| k.trim().is_empty()) {
                errors.add("kind", "is required");
            }
            changes
                .membership_status
                .get_or_insert(MembershipStatus::Active);
        }
        changes.language = parse_field(
            &mut errors,
            "language",
            self.language.as_deref(),
            str::parse,
        );
        if let Some(joined) = &self.joined_on {
            changes.joined_on = if joined.trim().is_empty() {
                Some(None)
            } else {
                parse_field(&mut errors, "joined_on", Some(joined), parse_record_date).map(Some)
            };
        }
        match text(&self.country).filter(|c| !c.is_empty()) {
            Some(code) => {
                let code = code.to_ascii_uppercase();
                if state::Entity::find_by_id(code.clone())
                    .one(db)
                    .await?
                    .is_some()
                {
                    changes.country = Some(code);
                } else {
                    errors.add(
                        "country",
                        format!("'{code}' is not the ISO 3166 code of a state (AZE, NPL, ...)"),
                    );
                }
            }
            None if creating => errors.add("country", "is required"),
            None => {}
        }
        errors.into_result(changes).map_err(AppError::Validation)
    }
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i64) -> Result<organization::Model, AppError> {
    crate::db::get::<organization::Entity, _>(db, id, "organization").await
}

fn name_taken(error: AppError) -> AppError {
    match error {
        AppError::Conflict(_) => AppError::Validation(FieldErrors::one(
            "name",
            "another organization already has this name",
        )),
        other => other,
    }
}

/// Creates an organization from checked changes (see [`OrganizationInput::parse`]).
pub async fn create<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    changes: Changes,
) -> Result<organization::Model, AppError> {
    let now = Utc::now();
    let created = organization::ActiveModel {
        name: Set(changes.name.unwrap_or_default()),
        acronym: Set(changes.acronym.unwrap_or_default()),
        country: Set(changes.country.unwrap_or_default()),
        kind: Set(changes.kind.unwrap_or(Kind::Other)),
        membership_status: Set(changes
            .membership_status
            .unwrap_or(MembershipStatus::Active)),
        website: Set(changes.website.unwrap_or_default()),
        contact_email: Set(changes.contact_email.unwrap_or_default()),
        joined_on: Set(changes.joined_on.flatten()),
        publish_grants: Set(changes.publish_grants.unwrap_or(true)),
        language: Set(changes.language.unwrap_or_default()),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|e| name_taken(e.into()))?;
    audit::record(
        db,
        actor,
        "organization_created",
        "organization",
        created.id,
        None,
        Some(snapshot(&created)),
    )
    .await?;
    Ok(created)
}

/// Applies checked changes to `org`, recording before and after.
pub async fn update<C: ConnectionTrait>(
    db: &C,
    actor: &Actor,
    org: organization::Model,
    changes: Changes,
) -> Result<organization::Model, AppError> {
    let before = snapshot(&org);
    let mut active: organization::ActiveModel = org.into();
    if let Some(v) = changes.name {
        active.name = Set(v);
    }
    if let Some(v) = changes.acronym {
        active.acronym = Set(v);
    }
    if let Some(v) = changes.country {
        active.country = Set(v);
    }
    if let Some(v) = changes.kind {
        active.kind = Set(v);
    }
    if let Some(v) = changes.membership_status {
        active.membership_status = Set(v);
    }
    if let Some(v) = changes.website {
        active.website = Set(v);
    }
    if let Some(v) = changes.contact_email {
        active.contact_email = Set(v);
    }
    if let Some(v) = changes.joined_on {
        active.joined_on = Set(v);
    }
    if let Some(v) = changes.publish_grants {
        active.publish_grants = Set(v);
    }
    if let Some(v) = changes.language {
        active.language = Set(v);
    }
    active.updated_at = Set(Utc::now());
    let updated = active.update(db).await.map_err(|e| name_taken(e.into()))?;
    let after = snapshot(&updated);
    if after != before {
        audit::record(
            db,
            actor,
            "organization_updated",
            "organization",
            updated.id,
            Some(before),
            Some(after),
        )
        .await?;
    }
    Ok(updated)
}

/// The fields the audit log keeps of an organization.
pub fn snapshot(org: &organization::Model) -> serde_json::Value {
    serde_json::json!({
        "name": org.name,
        "acronym": org.acronym,
        "country": org.country,
        "kind": org.kind,
        "membership_status": org.membership_status,
        "website": org.website,
        "contact_email": org.contact_email,
        "joined_on": org.joined_on,
        "publish_grants": org.publish_grants,
        "language": org.language,
    })
}

/// The members' addresses and the organization's contact, once each.
pub async fn addresses<C: ConnectionTrait>(
    db: &C,
    organization_id: i64,
) -> Result<Vec<String>, AppError> {
    let mut addresses: Vec<String> = crate::entities::user::Entity::find()
        .select_only()
        .column(crate::entities::user::Column::Email)
        .filter(crate::entities::user::Column::OrganizationId.eq(organization_id))
        .filter(crate::entities::user::Column::Active.eq(true))
        .into_tuple::<String>()
        .all(db)
        .await?;
    if let Some(org) = organization::Entity::find_by_id(organization_id)
        .one(db)
        .await?
        && !org.contact_email.is_empty()
    {
        addresses.push(org.contact_email);
    }
    addresses.sort_by_key(|a| a.to_lowercase());
    addresses.dedup_by_key(|a| a.to_lowercase());
    Ok(addresses)
}
