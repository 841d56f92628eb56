//! `clearway admin ...`: accounts made from the command line, for the first set-up and for
//! scripts. Both commands honour DATABASE_URL and record what they do in the audit log.

use std::io::{BufRead, Write};

use anyhow::{Context, bail};

use crate::audit::Actor;
use crate::auth::{Role, commands, password, users};
use crate::cli::AdminAction;
use crate::config::Settings;
use crate::error::AppError;

pub async fn run(settings: &Settings, action: AdminAction) -> anyhow::Result<()> {
    crate::db::migrate(&settings.database)
        .await
        .context("cannot apply the database migrations")?;
    let db = crate::db::connect(&settings.database)
        .await
        .context("cannot open the database")?;
    let mut out = std::io::stdout().lock();
    match action {
        AdminAction::CreateUser {
            email,
            role,
            organization,
            name,
            password_stdin,
        } => {
            let role: Role = role.parse().map_err(anyhow::Error::msg)?;
            let (chosen, generated) = if password_stdin {
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line)?;
                (line.trim_end_matches(['\r', '\n']).to_owned(), false)
            } else {
                (generated_password(), true)
            };
            if let Some(problem) = password::weakness(&chosen, &[&email, &name]) {
                bail!("the password {problem}");
            }
            let hash = password::hash_blocking(chosen.clone()).await?;
            let user = commands::create_with_password(
                &db,
                &Actor::system("command line"),
                users::NewUser {
                    email: email.clone(),
                    name,
                    role,
                    organization_id: organization,
                    password_hash: Some(hash),
                },
            )
            .await
            .map_err(explain)?;
            if generated {
                writeln!(out, "Created {} ({role}). Password: {chosen}", user.email)?;
            } else {
                writeln!(out, "Created {} ({role}).", user.email)?;
            }
        }
        AdminAction::CreateToken { email, name } => {
            let user = users::find_by_email(&db, &email)
                .await?
                .with_context(|| format!("there is no user {email}"))?;
            let secret =
                commands::issue_token(&db, &Actor::system("command line"), user.id, &name).await?;
            writeln!(out, "{secret}")?;
        }
    }
    Ok(())
}

/// 96 random bits in four groups: strong, and possible to type.
fn generated_password() -> String {
    let secret = crate::auth::tokens::random_secret();
    secret.as_bytes()[..24]
        .chunks(6)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// Field messages, as a command-line error.
fn explain(error: AppError) -> anyhow::Error {
    match error {
        AppError::Validation(fields) => anyhow::anyhow!(
            "{}",
            fields
                .into_iter()
                .map(|(field, messages)| format!("{field}: {}", messages.join("; ")))
                .collect::<Vec<_>>()
                .join("\n")
        ),
        other => anyhow::anyhow!("{other}"),
    }
}
