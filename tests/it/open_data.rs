//! The grants as open data: a 360Giving package that validates against the standard's schema,
//! its CSV, and the grants staff withhold left out.

use axum::http::{Method, StatusCode};
use clearway::auth::Role;
use serde_json::{Value, json};

use crate::currencies::award_in;
use crate::helpers::TestApp;

/// The standard's grant schema, for the address the package schema refers to it by.
struct Shipped;

impl jsonschema::Retrieve for Shipped {
    fn retrieve(
        &self,
        uri: &jsonschema::Uri<String>,
    ) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        if uri.as_str().ends_with("/schema/360-giving-schema.json") {
            Ok(schema("360-giving-schema.json"))
        } else {
            Err(format!("the tests fetch nothing: {uri}").into())
        }
    }
}

fn schema(name: &str) -> Value {
    let path = format!("{}/tests/data/360giving/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

fn errors(schema: &Value, instance: &Value) -> Vec<String> {
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .with_retriever(Shipped)
        .build(schema)
        .unwrap();
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

#[tokio::test]
async fn the_grants_are_published_in_360giving_and_withheld_ones_are_left_out() {
    let app = TestApp::spawn().await;
    let named = app
        .organization("Azerbaijan Campaign to Ban Landmines", "AZE")
        .await;
    let withheld = app.organization("Campaign at Risk", "MMR").await;
    let staff = app.token(&app.user(Role::Staff, None).await).await;

    // Only staff decide what the open data names.
    let member = app.member_token(withheld).await;
    let refused = app
        .with_token(
            &member,
            Method::PATCH,
            &format!("/api/v1/organizations/{withheld}"),
            Some(json!({"publish_grants": true})),
        )
        .await;
    refused.assert_status(StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.json()["fields"]["publish_grants"][0],
        "only ICBL staff decide what the open data names"
    );
    let switched = app
        .with_token(
            &staff,
            Method::PATCH,
            &format!("/api/v1/organizations/{withheld}"),
            Some(json!({"publish_grants": false})),
        )
        .await;
    switched.assert_status(StatusCode::OK);
    assert_eq!(switched.json()["publish_grants"], false);

    let award = award_in(&app, "CHF", "1950.50", named).await;
    award_in(&app, "USD", "1200.00", withheld).await;
    let finance = app.token(&app.user(Role::Finance, None).await).await;
    let first = app
        .with_token(
            &staff,
            Method::GET,
            &format!("/api/v1/awards/{award}"),
            None,
        )
        .await
        .json()["disbursements"][0]["id"]
        .as_i64()
        .unwrap();
    for (step, body) in [
        ("approve", json!({})),
        (
            "pay",
            json!({"paid_on": "2026-11-26", "payment_reference": "UBS-7"}),
        ),
    ] {
        app.with_token(
            &finance,
            Method::POST,
            &format!("/api/v1/disbursements/{first}/{step}"),
            Some(body),
        )
        .await
        .assert_status(StatusCode::OK);
    }
    let reference = app
        .with_token(
            &staff,
            Method::GET,
            &format!("/api/v1/awards/{award}"),
            None,
        )
        .await
        .json()["reference"]
        .as_str()
        .unwrap()
        .to_owned();

    // Public: no account needed.
    let response = app.get("/api/v1/open-data/360giving.json").await;
    response.assert_status(StatusCode::OK);
    let package = response.json();
    let problems = errors(&schema("360-giving-package-schema.json"), &package);
    assert!(problems.is_empty(), "{problems:#?}\n{package:#}");
    let grants = package["grants"].as_array().unwrap();
    assert_eq!(
        grants.len(),
        1,
        "the withheld organization's grant is left out"
    );
    let problems = errors(&schema("360-giving-schema.json"), &grants[0]);
    assert!(problems.is_empty(), "{problems:#?}");
    // (The check can fail: a grant without its funder is not 360Giving data.)
    let mut broken = grants[0].clone();
    broken
        .as_object_mut()
        .unwrap()
        .remove("fundingOrganization");
    assert!(!errors(&schema("360-giving-schema.json"), &broken).is_empty());
    let grant = &grants[0];
    assert_eq!(grant["id"], format!("360G-icbl-{reference}"));
    assert_eq!(grant["currency"], "CHF");
    assert_eq!(grant["amountAwarded"], json!(1950.5));
    // 70% of 1,950.50 paid: 1,365.35.
    assert_eq!(grant["amountDisbursed"], json!(1365.35));
    assert_eq!(
        grant["recipientOrganization"][0],
        json!({"id": format!("360G-icbl-org-{named}"), "name": "Azerbaijan Campaign to Ban Landmines"})
    );
    assert_eq!(grant["beneficiaryLocation"][0]["countryCode"], "AZ");
    assert_eq!(
        grant["fundingOrganization"][0],
        json!({"id": "360G-icbl-ICBL", "name": "International Campaign to Ban Landmines"})
    );
    let text = response.text();
    assert!(!text.contains("Campaign at Risk"), "{text}");

    // The CSV: the standard's column titles, the same grant, nothing of the withheld one.
    let csv = app.get("/api/v1/open-data/360giving.csv").await;
    csv.assert_status(StatusCode::OK);
    let text = csv.text();
    let mut reader = ::csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    assert_eq!(header, clearway::open_data::CSV_HEADER);
    let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert_eq!(&rows[0][0], format!("360G-icbl-{reference}").as_str());
    assert_eq!(&rows[0][4], "1950.50");
    assert_eq!(&rows[0][11], "AZ");
    assert!(!text.contains("Campaign at Risk"));

    // A grant toward a state staff mark sensitive is no longer published.
    let review_on = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
    app.with_token(
        &staff,
        Method::PUT,
        "/api/v1/states/AZE/sensitivity",
        Some(json!({"level": "sensitive", "reason": "NGO law", "review_on": review_on})),
    )
    .await
    .assert_status(StatusCode::OK);
    let after = app.get("/api/v1/open-data/360giving.json").await.json();
    assert_eq!(after["grants"].as_array().unwrap().len(), 0, "{after}");
    let page = app.get("/open-data").await.text();
    assert!(page.contains("Grants published today: 0"), "{page}");
    app.with_token(
        &staff,
        Method::PUT,
        "/api/v1/states/AZE/sensitivity",
        Some(json!({"level": "normal"})),
    )
    .await
    .assert_status(StatusCode::OK);

    // The public page says what is published and links both.
    let page = app.get("/open-data").await.text();
    assert!(page.contains("Grants published today: 1"), "{page}");
    assert!(page.contains(r#"href="/api/v1/open-data/360giving.json""#));
}
