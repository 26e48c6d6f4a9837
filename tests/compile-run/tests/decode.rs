//! The contract of the generated serde impls (written through the runtime's key tables, not
//! derived): what is accepted, what is refused, and what the errors say, which is what
//! serde's derives said.

use krakenql::InputValue;
use krakenql_compile_run::generated::{account_overview, obtain_token, shape_wide, types};
use krakenql_compile_run::inline::{live_consumption, octoplus_points};
use serde_json::json;

fn decode<T: krakenql::__private::serde::de::DeserializeOwned>(
    value: serde_json::Value,
) -> Result<T, String> {
    serde_json::from_value(value).map_err(|error| error.to_string())
}

#[test]
fn unknown_keys_are_ignored_and_missing_nullable_fields_are_none() {
    let data: account_overview::ResponseData = decode(json!({
        "account": {"balance": 12, "somethingNew": [1, 2, 3], "__typename": "AccountType"},
        "extra": true
    }))
    .expect("decodes");
    let account = data.account.expect("an account");
    assert_eq!(account.balance, 12);
    assert_eq!(account.account_number, None);
    assert_eq!(account.status, None);
    assert_eq!(account.properties, None);
}

#[test]
fn a_missing_required_field_is_named() {
    let error =
        decode::<account_overview::ResponseData>(json!({"account": {"accountNumber": "A-1"}}))
            .expect_err("balance is required");
    assert_eq!(error, "missing field `balance`");
}

#[test]
fn a_mistyped_value_is_reported_at_its_position() {
    let error = serde_json::from_str::<account_overview::ResponseData>(
        r#"{"account": {"balance": 1, "properties": [{"id": "1", "postcode": 17}]}}"#,
    )
    .expect_err("a postcode is a string");
    assert_eq!(
        error.to_string(),
        "invalid type: integer `17`, expected a string at line 1 column 68"
    );
}

#[test]
fn a_struct_wider_than_one_tuple_of_slots_reads_every_key() {
    let mut account: serde_json::Map<String, serde_json::Value> = (0..34)
        .map(|index| (format!("k{index:02}"), json!(format!("n{index}"))))
        .collect();
    for (key, value) in [("k01", 1), ("k17", 17), ("k33", 33)] {
        account.insert(key.to_owned(), json!(value));
    }
    let data: shape_wide::ResponseData =
        decode(json!({ "account": account.clone() })).expect("decodes");
    let wide = data.account.expect("an account");
    assert_eq!((wide.k01, wide.k17, wide.k33), (1, 17, 33));
    assert_eq!(wide.k00.as_deref(), Some("n0"));
    assert_eq!(wide.k16.as_deref(), Some("n16"));
    assert_eq!(wide.k32.as_deref(), Some("n32"));
    // A required key in the last tuple is named when it is missing.
    account.remove("k33");
    let error = decode::<shape_wide::ResponseData>(json!({ "account": account }))
        .expect_err("k33 is required");
    assert_eq!(error, "missing field `k33`");
    // A key given twice is refused in a later tuple too.
    let twice = serde_json::from_str::<shape_wide::ResponseData>(
        r#"{"account": {"k20": "a", "k20": "b"}}"#,
    )
    .expect_err("a duplicate key");
    assert!(
        twice.to_string().starts_with("duplicate field `k20`"),
        "{twice}"
    );
}

#[test]
fn a_key_given_twice_or_a_non_object_is_refused() {
    let twice = serde_json::from_str::<account_overview::ResponseData>(
        r#"{"account": null, "account": null}"#,
    )
    .expect_err("a duplicate key");
    assert!(
        twice.to_string().starts_with("duplicate field `account`"),
        "{twice}"
    );
    let error = decode::<account_overview::ResponseData>(json!([1])).expect_err("not an object");
    assert_eq!(error, "invalid type: sequence, expected a JSON object");
}

#[test]
fn fields_under_skip_or_include_may_be_missing() {
    let data: live_consumption::ResponseData = decode(json!({
        "smartMeterTelemetry": [{"readAt": "2026-11-27T00:00:00+00:00", "consumption": "1.0",
            "consumptionDelta": "0.5", "demand": "2.0"}]
    }))
    .expect("`export` is under @include");
    let readings = data.smart_meter_telemetry.expect("readings");
    let reading = readings[0].as_ref().expect("a reading");
    assert_eq!(reading.export, None);
    let data: octoplus_points::ResponseData = decode(json!({
        "loyaltyPointLedgers": [{"id": "1", "pointsPost": "10"}]
    }))
    .expect("`reasonCode` is under @skip");
    let ledger = data.loyalty_point_ledgers.expect("ledgers")[0]
        .clone()
        .expect("a ledger");
    assert_eq!(ledger.reason_code, None);
    assert_eq!(ledger.points_post.as_deref(), Some("10"));
}

#[test]
fn decoding_from_a_reader_matches_decoding_from_a_value() {
    let text = r#"{"account": {"accountNumber": "A-1", "balance": -5, "status": "ACTIVE", "properties": []}}"#;
    let from_str: account_overview::ResponseData = serde_json::from_str(text).expect("decodes");
    let from_value: account_overview::ResponseData =
        decode(serde_json::from_str(text).expect("json")).expect("decodes");
    assert_eq!(from_str, from_value);
}

#[test]
fn absent_inputs_are_left_out_and_null_is_sent() {
    let all_absent = obtain_token::Variables {
        input: types::ObtainJSONWebTokenInput::default(),
    };
    assert_eq!(
        serde_json::to_string(&all_absent).expect("serialises"),
        r#"{"input":{}}"#
    );
    let variables = obtain_token::Variables {
        input: types::ObtainJSONWebTokenInput {
            email: InputValue::Value("ada@example.com".to_owned()),
            password: InputValue::Null,
            ..Default::default()
        },
    };
    assert_eq!(
        serde_json::to_string(&variables).expect("serialises"),
        r#"{"input":{"email":"ada@example.com","password":null}}"#
    );
}
