//! The macro on real operations of the bundled schema: the generated types compile, the user's
//! struct implements `Operation`, and canned responses deserialise into the typed data.

// The module `#[kraken_query]` writes beside the struct has no doc comment of its own yet, and
// this test crate is no public API.
#![allow(missing_docs)]

use krakenql::Operation;
use serde_json::json;

/// The signed-in user's accounts (a query file, through the account interface).
#[krakenql::kraken_query(
    query = "tests/fixtures/viewer_accounts.graphql",
    schema = "../../schema/kraken.graphql"
)]
pub struct ViewerAccounts;

#[krakenql::kraken_query(
    document = r#"
        mutation ObtainToken($input: ObtainJSONWebTokenInput!) {
          obtainKrakenToken(input: $input) {
            token
            refreshToken
            refreshExpiresIn
          }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct ObtainToken;

/// The struct's name wins over the operation's: `Telemetry` is the re-exported name.
#[krakenql::kraken_query(
    document = r#"
        query SmartMeterTelemetry($deviceId: String!, $start: DateTime, $grouping: TelemetryGrouping) {
          smartMeterTelemetry(deviceId: $deviceId, start: $start, grouping: $grouping) {
            readAt
            consumptionDelta
            demand
          }
        }
    "#,
    schema = "../../schema/kraken.graphql"
)]
pub struct Telemetry;

/// An anonymous inline operation takes the struct's name.
#[krakenql::kraken_query(
    document = "{ viewer { givenName familyName } }",
    schema = "../../schema/kraken.graphql"
)]
pub struct ViewerName;

fn parse<O: Operation>(value: serde_json::Value) -> O::ResponseData {
    serde_json::from_value(value).expect("the response deserialises")
}

#[test]
fn a_query_file_reads_an_interface_selection() {
    assert_eq!(ViewerAccounts::OPERATION_NAME, "ViewerAccounts");
    let data = parse::<ViewerAccounts>(json!({
        "viewer": {
            "givenName": "Ada",
            "accounts": [
                {"__typename": "AccountType", "number": "A-1", "balance": 1200},
                {"__typename": "BusinessAccountType", "number": "A-2"}
            ]
        }
    }));
    let viewer = data.viewer.expect("viewer");
    assert_eq!(viewer.given_name, "Ada");
    assert_eq!(viewer.accounts.expect("accounts").len(), 2);
}

#[test]
fn a_mutation_serialises_its_variables_and_reads_its_data() {
    assert_eq!(ObtainToken::OPERATION_NAME, "ObtainToken");
    assert!(obtain_token::QUERY.starts_with("mutation ObtainToken"));
    let variables: <ObtainToken as Operation>::Variables = obtain_token::Variables {
        input: obtain_token::ObtainJSONWebTokenInput {
            api_key: krakenql::InputValue::Value("sk_live_x".to_owned()),
            ..Default::default()
        },
    };
    assert_eq!(
        serde_json::to_value(&variables).expect("serialises"),
        json!({"input": {"APIKey": "sk_live_x"}})
    );
    let data = parse::<ObtainToken>(json!({
        "obtainKrakenToken": {"token": "jwt", "refreshToken": "r", "refreshExpiresIn": 604800}
    }));
    let token = data.obtain_kraken_token.expect("token");
    assert_eq!(token.token, "jwt");
}

#[test]
fn the_struct_name_wins_over_the_operation_name() {
    assert_eq!(Telemetry::OPERATION_NAME, "SmartMeterTelemetry");
    let data = parse::<Telemetry>(json!({
        "smartMeterTelemetry": [
            {"readAt": "2024-01-01T00:00:00+00:00", "consumptionDelta": "0.25", "demand": null},
            null
        ]
    }));
    let readings = data.smart_meter_telemetry.expect("readings");
    assert_eq!(readings.len(), 2);
}

#[test]
fn an_anonymous_operation_is_named_after_the_struct() {
    assert_eq!(ViewerName::OPERATION_NAME, "ViewerName");
    let data =
        parse::<ViewerName>(json!({"viewer": {"givenName": "Ada", "familyName": "Lovelace"}}));
    assert_eq!(data.viewer.expect("viewer").family_name, "Lovelace");
}

/// No `schema`, no graphql.config.toml and no `schema/kraken.graphql` in this crate: the macro
/// uses the schema krakenql ships, as every krakenql command does.
#[krakenql::kraken_query(document = r#"query ShippedViewer { viewer { preferredName } }"#)]
pub struct ShippedViewer;

#[test]
fn a_crate_without_a_schema_file_uses_the_shipped_schema() {
    assert!(
        !std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schema/kraken.graphql")
            .exists(),
        "this test needs a crate without the default schema file"
    );
    assert_eq!(ShippedViewer::OPERATION_NAME, "ShippedViewer");
    let data = parse::<ShippedViewer>(json!({"viewer": {"preferredName": "Ada"}}));
    assert_eq!(
        data.viewer.expect("viewer").preferred_name.as_deref(),
        Some("Ada")
    );
}
