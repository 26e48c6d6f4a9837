//! Generated code compiled and run: typed variables serialise as the API wants them, and the
//! responses Kraken sends deserialise into the typed response data.

use krakenql::{InputValue, Operation};
use krakenql_compile_run::generated::{
    account_overview, energy_product_tariffs, ink_upload, obtain_token, smart_meter_telemetry,
    types, viewer_accounts,
};
use serde_json::json;

fn parse<O: Operation>(value: serde_json::Value) -> O::ResponseData {
    serde_json::from_value(value).expect("the response deserialises")
}

#[test]
fn account_overview_reads_aliases_enums_lists_and_fragments() {
    let variables = account_overview::Variables {
        account_number: "A-1234ABCD".to_owned(),
    };
    assert_eq!(
        serde_json::to_value(&variables).expect("serialises"),
        json!({"accountNumber": "A-1234ABCD"})
    );
    assert_eq!(
        account_overview::AccountOverview::OPERATION_NAME,
        "AccountOverview"
    );
    assert!(account_overview::QUERY.contains("fragment MeterSummary on ElectricityMeterType"));

    let data = parse::<account_overview::AccountOverview>(json!({
        "account": {
            "accountNumber": "A-1234ABCD",
            "balance": -1520,
            "status": "ACTIVE",
            "properties": [{
                "id": "P-1",
                "postcode": "SW1A 1AA",
                "electricityMeterPoints": [{
                    "mpan": "1012345678901",
                    "meters": [{"serialNumber": "21L1234567", "smartImportElectricityMeter": {"deviceId": "00-11-22"}}]
                }]
            }, null]
        }
    }));
    let account = data.account.expect("account");
    assert_eq!(account.account_number.as_deref(), Some("A-1234ABCD"));
    assert_eq!(account.balance, -1520);
    assert_eq!(account.status, Some(types::AccountStatus::Active));
    let properties = account.properties.expect("properties");
    assert_eq!(properties.len(), 2);
    let meter_points = properties[0]
        .as_ref()
        .and_then(|p| p.electricity_meter_points.as_ref())
        .expect("meter points");
    let meter = meter_points[0]
        .as_ref()
        .and_then(|p| p.meters.as_ref())
        .and_then(|m| m[0].as_ref())
        .expect("a meter");
    assert_eq!(meter.serial_number, "21L1234567");
}

#[test]
fn unknown_enum_values_and_tariff_types_do_not_break_deserialising() {
    let data = parse::<account_overview::AccountOverview>(json!({
        "account": {"accountNumber": null, "balance": 0, "status": "SOMETHING_NEW", "properties": null}
    }));
    assert_eq!(
        data.account.and_then(|a| a.status),
        Some(types::AccountStatus::Other("SOMETHING_NEW".to_owned()))
    );

    let data = parse::<energy_product_tariffs::EnergyProductTariffs>(json!({
        "energyProduct": {
            "code": "AGILE-24-10-01",
            "displayName": "Agile Octopus",
            "isVariable": true,
            "tariffs": {"edges": [
                {"node": {"__typename": "StandardTariff", "tariffCode": "E-1R-AGILE-C", "standingCharge": 46.36, "unitRate": 24.5}},
                {"node": {"__typename": "DayNightTariff", "tariffCode": "E-2R-X", "dayRate": 30.1, "nightRate": 12.0}},
                {"node": {"__typename": "HalfHourlyTariff"}}
            ]}
        }
    }));
    use energy_product_tariffs::EnergyProductTariffsEnergyProductTariffsEdgesNodeOn as On;
    let nodes: Vec<_> = data
        .energy_product
        .and_then(|p| p.tariffs)
        .expect("tariffs")
        .edges
        .into_iter()
        .map(|edge| edge.and_then(|e| e.node).expect("node").on)
        .collect();
    assert!(matches!(&nodes[0], On::StandardTariff(t) if t.unit_rate == Some(24.5)));
    assert!(matches!(&nodes[1], On::DayNightTariff(t) if t.night_rate == Some(12.0)));
    assert_eq!(nodes[2], On::Other("HalfHourlyTariff".to_owned()));
    assert!(energy_product_tariffs::QUERY.contains("__typename"));
}

#[test]
fn input_objects_send_absent_null_and_values_as_written() {
    let variables = obtain_token::Variables {
        input: types::ObtainJSONWebTokenInput {
            api_key: InputValue::Value("sk_live_example".to_owned()),
            refresh_token: InputValue::Null,
            ..Default::default()
        },
    };
    assert_eq!(
        serde_json::to_value(&variables).expect("serialises"),
        json!({"input": {"APIKey": "sk_live_example", "refreshToken": null}})
    );
    let data = parse::<obtain_token::ObtainToken>(json!({
        "obtainKrakenToken": {"token": "eyJ0", "refreshToken": "r1", "refreshExpiresIn": 1767225600}
    }));
    assert_eq!(
        data.obtain_kraken_token.map(|t| t.token).as_deref(),
        Some("eyJ0")
    );
}

#[test]
fn enum_variables_serialise_to_their_graphql_names() {
    let variables = smart_meter_telemetry::Variables {
        device_id: "00-11-22-33".to_owned(),
        start: "2024-01-01T00:00:00Z".to_owned().into(),
        end: InputValue::Absent,
        grouping: types::TelemetryGrouping::HalfHourly.into(),
    };
    assert_eq!(
        serde_json::to_value(&variables).expect("serialises"),
        json!({"deviceId": "00-11-22-33", "start": "2024-01-01T00:00:00Z", "grouping": "HALF_HOURLY"})
    );
    let data = parse::<smart_meter_telemetry::SmartMeterTelemetry>(json!({
        "smartMeterTelemetry": [{"readAt": "2024-01-01T00:30:00+00:00", "consumptionDelta": "0.125", "demand": null}]
    }));
    assert_eq!(data.smart_meter_telemetry.map(|t| t.len()), Some(1));
}

/// A nullable variable has three states, as a nullable input field has: left out, an explicit
/// `null`, or a value.
#[test]
fn nullable_variables_send_an_explicit_null() {
    let variables = smart_meter_telemetry::Variables {
        device_id: "00-11-22-33".to_owned(),
        start: InputValue::Null,
        end: None.into(),
        grouping: InputValue::Absent,
    };
    assert_eq!(
        serde_json::to_value(&variables).expect("serialises"),
        json!({"deviceId": "00-11-22-33", "start": null, "end": null})
    );
}

#[test]
fn interface_selections_survive_implementations_added_later() {
    use viewer_accounts::ViewerAccountsViewerAccountsOn as On;
    let data = parse::<viewer_accounts::ViewerAccounts>(json!({
        "viewer": {"givenName": "Ada", "accounts": [
            {"__typename": "AccountType", "number": "A-1", "balance": 100},
            {"__typename": "BusinessAccountType", "number": "B-2"}
        ]}
    }));
    let viewer = data.viewer.expect("viewer");
    assert_eq!(viewer.given_name, "Ada");
    let accounts: Vec<_> = viewer
        .accounts
        .expect("accounts")
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(accounts[0].typename, "AccountType");
    assert!(matches!(&accounts[0].on, On::AccountType(account) if account.balance == 100));
    assert_eq!(accounts[1].number.as_deref(), Some("B-2"));
    assert_eq!(accounts[1].on, On::Other("BusinessAccountType".to_owned()));
}

#[test]
#[allow(deprecated)] // This test reads the deprecated field on purpose; rustc warns elsewhere.
fn deprecated_fields_are_still_read() {
    let data = parse::<ink_upload::InkUpload>(json!({
        "generateInkPresignedUrl": {
            "uploadUrl": "https://upload.example/",
            "key": "k",
            "presignedPostFields": {"key": "k", "policy": "p"}
        }
    }));
    let upload = data.generate_ink_presigned_url.expect("payload");
    assert!(upload.presigned_post_fields.is_some());
}
