//! Serving: bind, serve until SIGTERM or Ctrl-C, and let requests in flight finish.

use std::net::SocketAddr;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::config::Settings;
use crate::state::AppState;

/// Connects, migrates, and serves on `settings.server.address` until a shutdown signal.
pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    let database = crate::config::redact_url(&settings.database.url);
    crate::db::migrate(&settings.database)
        .await
        .with_context(|| format!("cannot apply the database migrations to {database}"))?;
    let db = crate::db::connect(&settings.database)
        .await
        .with_context(|| format!("cannot open the database {database}"))?;
    let address = settings.server.address;
    let public_url = settings.server.public_url.clone();
    let mailer = crate::notify::worker::Mailer::new(&settings.mail)?;
    if let Some(link) = crate::auth::links::setup_link(&db, &settings.server.public_url).await? {
        // Printed once per start while no administrator exists; the link works for 24 hours.
        tracing::warn!(%link, "no administrator yet: open this link to create the first one");
    }
    let state = AppState::new(settings, db.clone())?;
    let (stop, stopped) = tokio::sync::watch::channel(false);
    let delivery = tokio::spawn(crate::notify::worker::run(
        db.clone(),
        mailer,
        stopped.clone(),
    ));
    let instance = format!(
        "{}-{}",
        std::process::id(),
        &crate::auth::tokens::random_secret()[..8]
    );
    let jobs = tokio::spawn(crate::jobs::run(state.clone(), instance, stopped));
    let listener = TcpListener::bind(address)
        .await
        .with_context(|| format!("cannot listen on {address}"))?;
    let local: SocketAddr = listener.local_addr()?;
    tracing::info!(%local, %public_url, "Clearway is listening");
    axum::serve(listener, crate::router(state))
        .with_graceful_shutdown(shutdown_signal())
        .await
        .context("the server stopped with an error")?;
    stop.send(true).ok();
    delivery.await.ok();
    jobs.await.ok();
    db.close().await.ok();
    tracing::info!("Clearway stopped");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM; the server then stops accepting and finishes what it has.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::error!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing the requests in flight");
}
