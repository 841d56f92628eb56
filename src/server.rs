//! Serving: bind, serve until SIGTERM or Ctrl-C, and let requests in flight finish.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use axum::Router;
use axum::extract::ConnectInfo;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

use crate::config::Settings;
use crate::state::AppState;

/// Connects, migrates, and serves on `settings.server.address` until a shutdown signal.
pub async fn serve(settings: Settings) -> anyhow::Result<()> {
    // Listened for from the start: a stop asked for while the database is awaited is honoured.
    let (signalled, mut shutdown) = tokio::sync::watch::channel(false);
    let signal = shutdown_signal();
    tokio::spawn(async move {
        signal.await;
        signalled.send(true).ok();
    });
    let database = crate::config::redact_url(&settings.database.url);
    if !migrate_when_reachable(&settings.database, &database, shutdown.clone()).await? {
        tracing::info!("stopped before the database could be reached");
        return Ok(());
    }
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
    let limits = Limits {
        header_read_timeout: Duration::from_secs(state.settings.server.header_read_timeout_secs),
        max_connections: state.settings.server.max_connections,
    };
    let shutdown = async move {
        shutdown.wait_for(|stop| *stop).await.ok();
    };
    serve_connections(listener, crate::router(state), limits, shutdown).await;
    stop.send(true).ok();
    delivery.await.ok();
    jobs.await.ok();
    db.close().await.ok();
    tracing::info!("Clearway stopped");
    Ok(())
}

/// Applies the migrations, waiting for a database that cannot be reached yet (it may be
/// starting beside the service): retried with doubling pauses, each logged, for
/// `database.start_retry_secs`. Any other failure stops start-up at once. Answers false when
/// `stop` turned true while waiting.
async fn migrate_when_reachable(
    settings: &crate::config::DatabaseSettings,
    database: &str,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<bool> {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(settings.start_retry_secs);
    let mut pause = Duration::from_millis(250);
    loop {
        match crate::db::migrate(settings).await {
            Ok(()) => return Ok(true),
            Err(error)
                if crate::error::is_outage(&error)
                    && tokio::time::Instant::now() + pause < deadline =>
            {
                tracing::warn!(
                    %database,
                    %error,
                    retry_in_ms = pause.as_millis(),
                    "the database cannot be reached yet"
                );
                tokio::select! {
                    () = tokio::time::sleep(pause) => {}
                    _ = stop.wait_for(|stop| *stop) => return Ok(false),
                }
                pause = (pause * 2).min(Duration::from_secs(8));
            }
            Err(error) => {
                return Err(error).with_context(|| {
                    format!("cannot apply the database migrations to {database}")
                });
            }
        }
    }
}

/// What a connection may take.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// To send a request's headers, and to stay idle between requests.
    pub header_read_timeout: Duration,
    /// Connections served at once; the next is accepted when one closes.
    pub max_connections: usize,
}

/// How long requests in flight may take to finish once shutdown begins.
const DRAIN: Duration = Duration::from_secs(30);

/// Accepts and serves HTTP/1 connections until `shutdown` resolves, then lets those in flight
/// finish (for [`DRAIN`] at most). Each request carries its peer's address (`ConnectInfo`).
/// A client that is slow to send its headers, or idle between requests, is disconnected after
/// `header_read_timeout`; at most `max_connections` are open at once, so that idle or slow
/// clients cannot use up the process's file descriptors.
pub async fn serve_connections(
    listener: TcpListener,
    router: Router,
    limits: Limits,
    shutdown: impl Future<Output = ()>,
) {
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .keep_alive(true);
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = slots.clone().acquire_owned() => match slot {
                Ok(slot) => slot,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of descriptors, or a connection reset before it was accepted: wait a
                    // moment rather than spin.
                    tracing::warn!(%error, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service =
            router
                .clone()
                .map_request(move |request: hyper::Request<hyper::body::Incoming>| {
                    let mut request = request.map(axum::body::Body::new);
                    request.extensions_mut().insert(ConnectInfo(peer));
                    request
                });
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!(%error, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(DRAIN) => {
            tracing::warn!("requests still in flight after {DRAIN:?}: stopping anyway");
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM; the server then stops accepting and finishes what it has.
/// The signals are caught from the call on (not from the first poll), so that one arriving
/// while the service starts is not lost to the default action, which kills the process.
pub fn shutdown_signal() -> impl Future<Output = ()> {
    #[cfg(unix)]
    let (interrupt, terminate) = {
        use tokio::signal::unix::{SignalKind, signal};
        let listen = |kind: SignalKind, name: &str| match signal(kind) {
            Ok(signal) => Some(signal),
            Err(error) => {
                tracing::error!(%error, "cannot listen for {name}");
                None
            }
        };
        (
            listen(SignalKind::interrupt(), "Ctrl-C"),
            listen(SignalKind::terminate(), "SIGTERM"),
        )
    };
    async move {
        #[cfg(unix)]
        {
            let wait = |signal: Option<tokio::signal::unix::Signal>| async move {
                match signal {
                    Some(mut signal) => {
                        signal.recv().await;
                    }
                    None => std::future::pending::<()>().await,
                }
            };
            tokio::select! {
                () = wait(interrupt) => {},
                () = wait(terminate) => {},
            }
        }
        #[cfg(not(unix))]
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::error!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
        tracing::info!("shutting down: finishing the requests in flight");
    }
}
