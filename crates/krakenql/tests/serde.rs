//! Serde of the response envelope, Kraken's error extensions and `InputValue`, on the
//! shapes Kraken really sends.

use krakenql::{GraphQLError, InputValue, PathSegment, Response};

/// Parses a response with untyped data and renders what was understood, for a snapshot.
fn render(json: &str) -> String {
    let response: Response<serde_json::Value> = serde_json::from_str(json).unwrap();
    let mut out = format!("data: {}\n", serde_json::to_string(&response.data).unwrap());
    for error in &response.errors {
        out.push_str(&format!("error: {error}\n"));
        out.push_str(&format!("  debug: {error:?}\n"));
    }
    out.push_str(&format!(
        "round trip: {}\n",
        serde_json::to_string(&response).unwrap()
    ));
    out
}

#[test]
fn expired_jwt_error_as_kraken_sends_it() {
    // The shape quoted by public client projects for an expired token.
    insta::assert_snapshot!(render(
        r#"{
          "errors": [{
            "message": "Signature of the JWT has expired.",
            "locations": [{"line": 3, "column": 37}],
            "path": ["account"],
            "extensions": {"errorType": "APPLICATION", "errorCode": "KT-CT-1124", "errorDescription": ""}
          }],
          "data": {"account": null}
        }"#
    ));
}

#[test]
fn validation_error_with_input_paths() {
    // The shape of Octopus Energy's public GraphQL conventions, with the current field names.
    insta::assert_snapshot!(render(
        r#"{
          "errors": [{
            "message": "Invalid inputs",
            "locations": [{"line": 3, "column": 9}],
            "path": ["createUser"],
            "extensions": {
              "errorType": "VALIDATION",
              "errorDescription": "Some inputs are not valid.",
              "validationErrors": [
                {"inputPath": ["input", "user", "firstName"], "message": "Name too short"},
                {"inputPath": ["input", "readings", 2, "value"], "message": "Not a number"},
                {"message": "Invalid direct debit details"}
              ]
            }
          }],
          "data": {"createUser": null}
        }"#
    ));
}

#[test]
fn unknown_extension_members_are_kept() {
    insta::assert_snapshot!(render(
        r#"{
          "errors": [{
            "message": "Unable to trigger boost charge.",
            "extensions": {"errorCode": "KT-CT-4357", "errorClass": "VALIDATION", "boostChargeRefusalReasons": ["BC_DEVICE_DISCONNECTED"]}
          }],
          "data": {"updateBoostCharge": null}
        }"#
    ));
}

#[test]
fn nulls_and_missing_members_read_as_empty() {
    insta::assert_snapshot!(render(
        r#"{"data": null, "errors": [{"message": "boom", "locations": null, "path": null, "extensions": null}], "extensions": {"cost": 3}}"#
    ));
}

#[test]
fn null_errors_read_as_no_errors() {
    insta::assert_snapshot!(render(
        r#"{"data": {"viewer": {"id": "1"}}, "errors": null}"#
    ));
}

#[test]
fn into_result_fails_on_errors_or_missing_data() {
    let ok: Response<i32> = serde_json::from_str(r#"{"data": 3}"#).unwrap();
    assert_eq!(ok.into_result().unwrap(), 3);

    let partial: Response<serde_json::Value> = serde_json::from_str(
        r#"{"data": {"a": 1}, "errors": [{"message": "no", "extensions": {"errorCode": "KT-CT-1111"}}]}"#,
    )
    .unwrap();
    assert!(partial.error_with_code("KT-CT-1111").is_some());
    let error = partial.into_result().unwrap_err();
    assert_eq!(
        error.to_string(),
        "the GraphQL response has errors: [KT-CT-1111] no"
    );
    assert_eq!(error.graphql_errors().len(), 1);

    let empty: Response<i32> = serde_json::from_str("{}").unwrap();
    assert!(matches!(empty.into_result(), Err(krakenql::Error::NoData)));
}

#[test]
fn path_segments_are_keys_or_indexes() {
    let error: GraphQLError =
        serde_json::from_str(r#"{"message": "m", "path": ["account", "bills", 0, "id"]}"#).unwrap();
    assert_eq!(
        error.path,
        vec![
            PathSegment::Key("account".into()),
            PathSegment::Key("bills".into()),
            PathSegment::Index(0),
            PathSegment::Key("id".into()),
        ]
    );
    assert_eq!(error.to_string(), "m (at account.bills[0].id)");
}

#[test]
fn input_value_in_a_generated_input_object() {
    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct UpdateUserInput {
        given_name: String,
        #[serde(default, skip_serializing_if = "InputValue::is_absent")]
        pronouns: InputValue<String>,
        #[serde(default, skip_serializing_if = "InputValue::is_absent")]
        landline: InputValue<String>,
    }

    let input = UpdateUserInput {
        given_name: "Dan".into(),
        pronouns: InputValue::Null,
        landline: InputValue::Absent,
    };
    let json = serde_json::to_string(&input).unwrap();
    assert_eq!(json, r#"{"givenName":"Dan","pronouns":null}"#);
    assert_eq!(
        serde_json::from_str::<UpdateUserInput>(&json).unwrap(),
        input
    );
}
