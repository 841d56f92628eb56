//! The emails an application's steps send: to the organization (its members and its contact
//! address) and to ICBL staff. Queued in the transaction of the step (see `crate::notify`).

use sea_orm::ConnectionTrait;
use serde::Serialize;

use crate::entities::application;
use crate::error::AppError;
use crate::state::AppState;
use crate::views::Views;

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
            self.send(db, &address, app, subject, paragraphs).await?;
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
        self.send(db, self.staff_address, app, subject, paragraphs)
            .await
    }

    pub async fn send<C: ConnectionTrait>(
        &self,
        db: &C,
        to: &str,
        app: &application::Model,
        subject: &str,
        paragraphs: &[String],
    ) -> Result<(), AppError> {
        let notice = Notice {
            subject,
            paragraphs,
            link: self.link(app),
            reference: app.reference.as_deref().unwrap_or("draft"),
            title: &app.title,
        };
        crate::notify::queue(db, self.views, "application_notice", to, &notice).await?;
        Ok(())
    }
}
