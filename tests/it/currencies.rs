//! Money across currencies: exchange rates recorded by finance, an installment paid in another
//! currency than its award's, and roll-ups converted to the reporting currency (CHF).

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::{Value, json};

use crate::helpers::{TestApp, application_body, select};

/// An award of `amount` in a round of `currency`, its agreement signed: (award id, staff token,
/// finance token).
pub async fn award_in(app: &TestApp, currency: &str, amount: &str, org: i64) -> i64 {
    let round = app.open_round_in(currency, "10000.00").await;
    let member = app.member_token(org).await;
    let staff = app.token(&app.user(Role::Staff, None).await).await;
    let created = app
        .with_token(
            &member,
            Method::POST,
            "/api/v1/applications",
            Some(application_body(round, "high", "4000.00")),
        )
        .await;
    created.assert_status(StatusCode::CREATED);
    let id = created.json()["id"].as_i64().unwrap();
    for (token, step, body) in [
        (&member, "submit", json!({})),
        (&staff, "start-review", json!({})),
        (&staff, "approve", json!({"amount": amount})),
    ] {
        app.with_token(
            token,
            Method::POST,
            &format!("/api/v1/applications/{id}/{step}"),
            Some(body),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    let award = app
        .with_token(
            &staff,
            Method::GET,
            &format!("/api/v1/applications/{id}"),
            None,
        )
        .await
        .json()["award_id"]
        .as_i64()
        .unwrap();
    app.with_token(
        &staff,
        Method::POST,
        &format!("/api/v1/awards/{award}/signature"),
        Some(json!({"signed_on": "2026-11-02"})),
    )
    .await
    .assert_status(StatusCode::OK);
    award
}

async fn get(app: &TestApp, token: &str, path: &str) -> Value {
    let response = app.with_token(token, Method::GET, path, None).await;
    response.assert_status(StatusCode::OK);
    response.json()
}

#[tokio::test]
async fn finance_records_rates_one_by_one_or_as_csv_and_nobody_else_does() {
    let app = TestApp::spawn().await;
    let finance = app.token(&app.user(Role::Finance, None).await).await;
    let staff = app.token(&app.user(Role::Staff, None).await).await;
    let rate = json!({"rate_on": "2026-11-20", "from": "usd", "to": "CHF", "rate": "0.8917", "source": "UBS advice 4411"});
    app.with_token(
        &staff,
        Method::POST,
        "/api/v1/exchange-rates",
        Some(rate.clone()),
    )
    .await
    .assert_status(StatusCode::FORBIDDEN);
    let recorded = app
        .with_token(
            &finance,
            Method::POST,
            "/api/v1/exchange-rates",
            Some(rate.clone()),
        )
        .await;
    recorded.assert_status(StatusCode::CREATED);
    assert_eq!(recorded.json()["from"], "USD");
    assert_eq!(recorded.json()["rate"], "0.8917");
    // One rate per pair and day.
    let again = app
        .with_token(&finance, Method::POST, "/api/v1/exchange-rates", Some(rate))
        .await;
    again.assert_status(StatusCode::CONFLICT);
    assert!(
        again.text().contains("already recorded for 2026-11-20"),
        "{}",
        again.text()
    );
    let bad = app
        .with_token(
            &finance,
            Method::POST,
            "/api/v1/exchange-rates",
            Some(json!({"rate_on": "2999-01-01", "from": "USD", "to": "USD", "rate": "-1", "source": ""})),
        )
        .await;
    bad.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let fields = &bad.json()["fields"];
    assert_eq!(fields["rate_on"][0], "cannot be in the future");
    assert_eq!(
        fields["to"][0],
        "must differ from the currency converted from"
    );
    assert_eq!(
        fields["rate"][0],
        "'-1' is not a rate (write it like 0.8912)"
    );
    assert!(
        fields["source"][0]
            .as_str()
            .unwrap()
            .starts_with("is required")
    );

    // A CSV import is all or nothing: one bad line, nothing recorded.
    let import = |body: &'static str| {
        let request = axum::http::Request::builder()
            .method(Method::POST)
            .uri("/api/v1/exchange-rates/import")
            .header("authorization", format!("Bearer {finance}"))
            .header("content-type", "text/csv")
            .body(axum::body::Body::from(body))
            .unwrap();
        app.request(request)
    };
    let refused = import(
        "rate_on,from,to,rate,source\n2026-11-25,EUR,CHF,0.9350,ECB reference rate\n2026-11-25,GBP,CHF,abc,ECB\n",
    )
    .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        refused.json()["fields"]["line 3.rate"][0]
            .as_str()
            .unwrap()
            .contains("'abc' is not a rate"),
        "{}",
        refused.text()
    );
    let listed = get(&app, &staff, "/api/v1/exchange-rates").await;
    assert_eq!(
        listed["items"].as_array().unwrap().len(),
        1,
        "nothing of the refused import"
    );
    let imported = import(
        "rate_on,from,to,rate,source\n2026-11-25,EUR,CHF,0.9350,ECB reference rate\n2026-11-25,GBP,CHF,1.1210,ECB reference rate\n",
    )
    .await;
    imported.assert_status(StatusCode::CREATED);
    assert_eq!(imported.json()["items"].as_array().unwrap().len(), 2);
    let eur = get(&app, &staff, "/api/v1/exchange-rates?currency=EUR").await;
    assert_eq!(eur["items"].as_array().unwrap().len(), 1);
    assert_eq!(eur["items"][0]["rate"], "0.935");

    // The page lists them, and records one with the same rules.
    let mut browser = app.signed_in(&app.user(Role::Finance, None).await).await;
    let page = browser.get("/finance/rates").await.text();
    assert!(
        page.contains("ECB reference rate") && page.contains("1.121"),
        "{page}"
    );
    let refused = browser
        .post_form(
            "/finance/rates",
            &[
                ("rate_on", "2026-11-26"),
                ("from", "JPY"),
                ("to", "CHF"),
                ("rate", "0,0057"),
                ("source", "Bank"),
            ],
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    let page = refused.text();
    assert!(
        page.contains("is not a rate") && page.contains(r#"value="0,0057""#),
        "{page}"
    );
    // The summary at the top links to the rate's field, marked and tied to its message.
    let links = select(&page, ".error-summary a[href='#rate-value']");
    assert_eq!(links.len(), 1, "{page}");
    assert!(links[0].contains("is not a rate"), "{links:?}");
    assert_eq!(
        select(
            &page,
            "#rate-value[aria-invalid=true][aria-describedby='rate-value-error']"
        )
        .len(),
        1
    );
    assert!(select(&page, "title")[0].starts_with("Error: "));
    browser
        .post_form(
            "/finance/rates",
            &[
                ("rate_on", "2026-11-26"),
                ("from", "JPY"),
                ("to", "CHF"),
                ("rate", "0.0057"),
                ("source", "Bank"),
            ],
        )
        .await
        .assert_status(StatusCode::SEE_OTHER);
    let jpy = get(&app, &staff, "/api/v1/exchange-rates?currency=JPY").await;
    assert_eq!(jpy["items"][0]["rate"], "0.0057");
}

#[tokio::test]
async fn a_chf_award_paid_in_usd_moves_by_the_converted_amount_and_roll_ups_convert_exactly() {
    let app = TestApp::spawn().await;
    let org = app
        .organization("Campagne suisse contre les mines", "AZE")
        .await;
    let chf_award = award_in(&app, "CHF", "1000.00", org).await;
    let usd_award = award_in(&app, "USD", "1000.00", org).await;
    let finance = app.token(&app.user(Role::Finance, None).await).await;
    let staff = app.token(&app.user(Role::Staff, None).await).await;
    let first = get(&app, &staff, &format!("/api/v1/awards/{chf_award}")).await["disbursements"][0]
        ["id"]
        .as_i64()
        .unwrap();
    app.with_token(
        &finance,
        Method::POST,
        &format!("/api/v1/disbursements/{first}/approve"),
        Some(json!({})),
    )
    .await
    .assert_status(StatusCode::OK);
    let pay_path = format!("/api/v1/disbursements/{first}/pay");
    let pay = |body: Value| app.with_token(&finance, Method::POST, &pay_path, Some(body));
    // No rate recorded yet: refused beside the rate, nothing paid.
    let no_rate = pay(json!({"paid_on": "2026-11-26", "payment_reference": "UBS-1", "paid_currency": "USD", "paid_amount": "785.00"})).await;
    no_rate.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_rate.json()["fields"]["rate"][0]
            .as_str()
            .unwrap()
            .contains("no USD → CHF rate is recorded on or before 2026-11-26"),
        "{}",
        no_rate.text()
    );
    // The rate of the 20th is the latest on or before the 26th; a later one is not used.
    for (day, rate) in [("2026-11-20", "0.8917"), ("2026-11-27", "0.9000")] {
        app.with_token(
            &finance,
            Method::POST,
            "/api/v1/exchange-rates",
            Some(json!({"rate_on": day, "from": "USD", "to": "CHF", "rate": rate, "source": "UBS advice"})),
        )
        .await
        .assert_status(StatusCode::CREATED);
    }
    let paid = pay(json!({"paid_on": "2026-11-26", "payment_reference": "UBS-1", "paid_currency": "USD", "paid_amount": "785.00"})).await;
    paid.assert_status(StatusCode::OK);

    // 785.00 USD × 0.8917 = 699.9845 CHF, rounded half away from zero: 699.98 CHF.
    let award = get(&app, &staff, &format!("/api/v1/awards/{chf_award}")).await;
    let installment = &award["disbursements"][0];
    assert_eq!(installment["status"], "paid");
    assert_eq!(installment["amount"], "699.98");
    assert_eq!(
        installment["paid_in"],
        json!({"currency": "USD", "amount": "785.00", "rate": "0.8917", "rate_on": "2026-11-20", "scheduled": "700.00"})
    );
    assert_eq!(award["paid"], "699.98");
    assert_eq!(
        award["unscheduled"], "0.02",
        "the 2 centimes the rate left are not lost"
    );
    let page = app
        .signed_in(&app.user(Role::Staff, None).await)
        .await
        .get(&format!("/awards/{chf_award}"))
        .await
        .text();
    assert!(
        page.contains(
            "785.00 USD at 0.8917 (rate of 20 Nov 2026), worth 699.98 CHF; 700.00 CHF was scheduled"
        ),
        "{page}"
    );

    // Each currency apart, then converted to CHF at the rates of the 26th.
    let apart = get(&app, &staff, "/api/v1/budgets?by=state").await;
    let items = apart["items"].as_array().unwrap();
    assert_eq!(items.len(), 2, "one item per currency: {apart}");
    assert!(apart["converted"].is_null());
    let converted = get(
        &app,
        &staff,
        "/api/v1/budgets?by=state&converted=true&on=2026-11-26",
    )
    .await["converted"]
        .clone();
    assert_eq!(converted["currency"], "CHF");
    assert_eq!(converted["on"], "2026-11-26");
    assert_eq!(
        converted["rates"],
        json!([{"from": "USD", "to": "CHF", "rate": "0.8917", "rate_on": "2026-11-20", "source": "UBS advice", "inverse": false}])
    );
    let aze = &converted["items"][0];
    assert_eq!(aze["key"], "AZE");
    // 1,000.00 CHF + 1,000.00 USD × 0.8917 = 1,891.70 CHF awarded; 699.98 CHF paid.
    assert_eq!(aze["awarded"], "1891.70");
    assert_eq!(aze["disbursed"], "699.98");
    assert_eq!(aze["left"], "1191.72");
    // By round, the USD round's budget of 10,000.00 USD is 8,917.00 CHF.
    let rounds = get(
        &app,
        &staff,
        "/api/v1/budgets?by=round&converted=true&on=2026-11-26",
    )
    .await["converted"]["items"]
        .clone();
    let budgets: Vec<&str> = rounds
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["budget"].as_str().unwrap())
        .collect();
    assert_eq!(budgets, ["10000.00", "8917.00"]);
    // With the rates of the 27th, the later rate applies.
    let later = get(
        &app,
        &staff,
        "/api/v1/budgets?by=state&converted=true&on=2026-11-27",
    )
    .await["converted"]["items"][0]["awarded"]
        .clone();
    assert_eq!(later, "1900.00");

    // The page draws one chart per currency, and the converted one when asked.
    let mut browser = app.signed_in(&app.user(Role::Finance, None).await).await;
    let page = browser.get("/budgets?by=state").await.text();
    let captions = select(&page, "figcaption");
    assert_eq!(captions.len(), 2, "{captions:?}");
    assert!(captions[0].starts_with("In ") && captions[1].starts_with("In "));
    let page = browser
        .get("/budgets?by=state&converted=true&on=2026-11-26")
        .await
        .text();
    assert!(
        page.contains("1 USD = 0.8917 CHF (UBS advice, 2026-11-20)"),
        "{page}"
    );
    assert!(page.contains("1,891.70 CHF"), "{page}");
    let _ = usd_award;
}
