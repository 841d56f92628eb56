//! The pages of two-factor sign-in: the code asked after the password
//! (`/sign-in/second-factor`), setting up a second factor and turning it off
//! (`/account/second-factor`), and an administrator's reset (`/users/{id}/second-factor/reset`).
//! The writes are in `commands::second_factor`.

use axum::Form;
use axum::extract::{FromRequestParts, Path, Query, State};
use axum::http::request::Parts;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum_extra::extract::CookieJar;
use serde::{Deserialize, Serialize};

use super::commands::second_factor::{self as commands, Refused};
use super::extract::{PartlySignedIn, SessionUser};
use super::invitations::{RowRefusal, UsersRefusal, render_users};
use super::routes::local_path;
use super::second_factor::{self, Needs};
use super::totp;
use super::{Caller, CurrentUser, sessions};
use crate::error::AppError;
use crate::i18n::{format, text};
use crate::state::AppState;
use crate::web::context::{PageContext, RequestId};
use crate::web::flash::{Flash, FlashMessage};

#[derive(Default, Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub next: String,
}

#[derive(Default, Deserialize)]
pub struct NextParams {
    pub next: Option<String>,
}

/// The session cookie the browser sent: the one a second factor upgrades.
fn session_secret(jar: &CookieJar) -> Result<&str, AppError> {
    jar.get(sessions::COOKIE)
        .map(|c| c.value())
        .ok_or(AppError::Unauthorized)
}

/// A page showing a secret (the key to set up, the recovery codes), which no cache may keep.
fn private(page: impl IntoResponse) -> Response {
    ([(header::CACHE_CONTROL, "no-store")], page).into_response()
}

/// A page answering a refused code: 429 with `Retry-After` when throttled, else `status`.
fn refused_page(
    refused: Refused,
    status: StatusCode,
    html: axum::response::Html<String>,
) -> Response {
    match refused.retry_after() {
        Some(seconds) => (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, seconds.to_string())],
            html,
        )
            .into_response(),
        None => (status, html).into_response(),
    }
}

#[derive(Serialize)]
struct CodeView<'a> {
    email: &'a str,
    next: &'a str,
    error: Option<String>,
}

fn code_page(
    state: &AppState,
    page: &PageContext,
    view: &CodeView<'_>,
) -> Result<axum::response::Html<String>, AppError> {
    state.views.page(
        "auth/second_factor_code",
        &page.layout(text(page.lang, "auth-second-factor-title"), "login"),
        view,
    )
}

/// `GET /sign-in/second-factor`: the code asked after the password.
pub async fn show_code_form(
    State(state): State<AppState>,
    page: PageContext,
    partly: PartlySignedIn,
    Query(params): Query<NextParams>,
) -> Result<Response, AppError> {
    let next = params.next.unwrap_or_default();
    let view = CodeView {
        email: &partly.user.email,
        next: &next,
        error: None,
    };
    Ok(code_page(&state, &page, &view)?.into_response())
}

/// `POST /sign-in/second-factor`: a code of the app or a recovery code finishes the sign-in.
pub async fn submit_code(
    State(state): State<AppState>,
    page: PageContext,
    partly: PartlySignedIn,
    RequestId(request_id): RequestId,
    jar: CookieJar,
    flash: Flash,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let session = session_secret(&jar)?;
    match commands::sign_in_with_code(&state, &partly, session, &form.code, request_id).await? {
        Ok(signed_in) => {
            let to = local_path(&form.next);
            let cookie = sessions::cookie(&state, signed_in.session);
            Ok(match signed_in.recovery_codes_left {
                Some(left) => {
                    let message = FlashMessage::warning(format(
                        page.lang,
                        "auth-second-factor-recovery-used",
                        &[("left", left.into())],
                    ));
                    (cookie, flash.redirect(&message, to)).into_response()
                }
                None => (cookie, Redirect::to(to)).into_response(),
            })
        }
        Err(refused) => {
            let view = CodeView {
                email: &partly.user.email,
                next: &form.next,
                error: Some(refused.message_in(page.lang, true)),
            };
            let html = code_page(&state, &page, &view)?;
            Ok(refused_page(refused, StatusCode::UNAUTHORIZED, html))
        }
    }
}

/// Who may set up a second factor: a browser signed in fully, or one half way through signing
/// in whose role requires a second factor it has not set up (`signing_in`).
pub struct Enroller {
    pub user: CurrentUser,
    pub signing_in: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for Enroller {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        if let Some(partly) = parts.extensions.get::<PartlySignedIn>() {
            return match partly.needs {
                Needs::Enrolment => Ok(Self {
                    user: partly.user.clone(),
                    signing_in: true,
                }),
                Needs::Code => Err(Redirect::to(Needs::Code.page()).into_response()),
            };
        }
        match SessionUser::from_request_parts(parts, state).await {
            Ok(SessionUser(user)) => Ok(Self {
                user,
                signing_in: false,
            }),
            Err(error) => Err(error.into_response()),
        }
    }
}

#[derive(Serialize)]
struct EnrolView {
    signing_in: bool,
    qr_code: String,
    secret: String,
    error: Option<String>,
}

#[derive(Serialize)]
struct StatusView {
    recovery_codes_left: u64,
    required: bool,
    role: String,
    error: Option<String>,
}

#[derive(Serialize)]
struct RecoveryCodesView {
    codes: Vec<String>,
}

/// The page of `/account/second-factor` as it stands: the set-up (with `error` next to the code
/// field) or, once set up, what is left of it and how to turn it off.
async fn second_factor_page(
    state: &AppState,
    page: &PageContext,
    enroller: &Enroller,
    session: &str,
    request_id: Option<String>,
    error: Option<String>,
) -> Result<axum::response::Html<String>, AppError> {
    let user = &enroller.user;
    let layout = page.layout(text(page.lang, "auth-second-factor-title"), "account");
    match commands::begin_enrolment(&state.db, user, session, request_id).await? {
        Some(secret) => {
            let uri = totp::otpauth_uri(&secret, &user.email)?;
            let view = EnrolView {
                signing_in: enroller.signing_in,
                qr_code: totp::qr_svg(&uri, &text(page.lang, "auth-enrol-qr"))?,
                secret: totp::grouped(&secret),
                error,
            };
            state.views.page("auth/second_factor_enrol", &layout, &view)
        }
        None => {
            let view = StatusView {
                recovery_codes_left: second_factor::recovery_codes_left(&state.db, user.id).await?,
                required: second_factor::required(&state.settings.auth, user.role),
                role: user.role.label_in(page.lang),
                error,
            };
            state.views.page("auth/second_factor", &layout, &view)
        }
    }
}

/// `GET /account/second-factor`: set up a second factor, or see and turn off the one set up.
pub async fn show_second_factor(
    State(state): State<AppState>,
    page: PageContext,
    enroller: Enroller,
    RequestId(request_id): RequestId,
    jar: CookieJar,
) -> Result<Response, AppError> {
    let session = session_secret(&jar)?;
    Ok(private(
        second_factor_page(&state, &page, &enroller, session, request_id, None).await?,
    ))
}

/// `POST /account/second-factor`: the first code of the app confirms the set-up; the recovery
/// codes are shown, this once.
pub async fn confirm_second_factor(
    State(state): State<AppState>,
    page: PageContext,
    enroller: Enroller,
    RequestId(request_id): RequestId,
    jar: CookieJar,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let session = session_secret(&jar)?;
    let outcome = commands::confirm_enrolment(
        &state,
        &enroller.user,
        enroller.signing_in,
        session,
        &form.code,
        request_id.clone(),
    )
    .await?;
    match outcome {
        Ok(enrolled) => {
            // Signed in fully from this response on: the layout shows the person.
            let mut page = page;
            page.user = Some(enroller.user.clone());
            let view = RecoveryCodesView {
                codes: enrolled.recovery_codes,
            };
            let html = state.views.page(
                "auth/recovery_codes",
                &page.layout(text(page.lang, "auth-recovery-title"), "account"),
                &view,
            )?;
            Ok(private((sessions::cookie(&state, enrolled.session), html)))
        }
        Err(refused) => {
            let message = Some(refused.message_in(page.lang, false));
            let html =
                second_factor_page(&state, &page, &enroller, session, request_id, message).await?;
            Ok(private(refused_page(
                refused,
                StatusCode::UNPROCESSABLE_ENTITY,
                html,
            )))
        }
    }
}

/// `POST /account/second-factor/turn-off`: with a code, for people free to have none.
pub async fn turn_off_second_factor(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    jar: CookieJar,
    flash: Flash,
    Form(form): Form<CodeForm>,
) -> Result<Response, AppError> {
    let outcome = match commands::turn_off(&state, &caller, &form.code).await {
        Ok(outcome) => outcome,
        // Required of the person's role (changed since the form was shown): the page now says
        // so, and why it was not turned off (409).
        Err(AppError::Conflict(_)) => {
            let enroller = Enroller {
                user: caller.user.clone(),
                signing_in: false,
            };
            let why = text(page.lang, "auth-second-factor-not-turned-off");
            let html = second_factor_page(
                &state,
                &page,
                &enroller,
                session_secret(&jar)?,
                caller.request_id.clone(),
                Some(why),
            )
            .await?;
            return Ok(private((StatusCode::CONFLICT, html)));
        }
        Err(other) => return Err(other),
    };
    match outcome {
        Ok(()) => {
            let message = FlashMessage::success(text(page.lang, "auth-second-factor-turned-off"));
            Ok(flash.redirect(&message, "/account"))
        }
        Err(refused) => {
            let enroller = Enroller {
                user: caller.user.clone(),
                signing_in: false,
            };
            let html = second_factor_page(
                &state,
                &page,
                &enroller,
                session_secret(&jar)?,
                caller.request_id.clone(),
                Some(refused.message_in(page.lang, true)),
            )
            .await?;
            Ok(refused_page(
                refused,
                StatusCode::UNPROCESSABLE_ENTITY,
                html,
            ))
        }
    }
}

/// `POST /users/{id}/second-factor/reset`: an administrator removes a person's second factor.
/// A person with none comes back on the People page saying so next to their row (409).
pub async fn reset_second_factor(
    State(state): State<AppState>,
    page: PageContext,
    caller: Caller,
    Path(id): Path<i64>,
    flash: Flash,
) -> Result<Response, AppError> {
    match commands::reset(&state.db, &caller, id).await {
        Ok(email) => {
            let message = FlashMessage::success(format(
                page.lang,
                "auth-second-factor-reset",
                &[("email", email.into())],
            ));
            Ok(flash.redirect(&message, "/users"))
        }
        Err(AppError::Conflict(_)) => {
            let sentence = text(page.lang, "auth-users-reset-none");
            let row = RowRefusal::at(id, "second_factor", sentence);
            let refused = UsersRefusal::Row(row, StatusCode::CONFLICT);
            render_users(&state, &page, &caller, Some(refused)).await
        }
        Err(other) => Err(other),
    }
}
