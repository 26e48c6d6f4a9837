//! The downstream app uses the generated types like any user code would.

use tariff_app::balance_line;
use tariff_app::generated::account_balance::ResponseData;

#[test]
fn formats_a_typed_response() {
    let data: ResponseData = serde_json::from_str(
        r#"{"account": {"number": "A-1234ABCD", "balance": 2150, "status": "ACTIVE"}}"#,
    )
    .expect("the response deserialises");
    assert_eq!(balance_line(&data).as_deref(), Some("A-1234ABCD: 2150 pence"));
}
