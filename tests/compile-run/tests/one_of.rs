//! A one-of input object as a variable: each variant of the generated enum serialises as an
//! object with exactly one key, the field the variant names.

use krakenql_compile_run::one_of::meter_readings::{MeterLookup, PropertyLookup, Variables};
use serde_json::{json, Value};

/// The `meter` variable of `variables` as JSON, checked to hold exactly one key.
fn meter(variables: Variables) -> Value {
    let value = serde_json::to_value(&variables).expect("the variables serialise");
    let meter = value["meter"].clone();
    let keys = meter.as_object().map(|object| object.len());
    assert_eq!(keys, Some(1), "one key, in {value}");
    meter
}

#[test]
fn each_variant_sends_exactly_its_own_field() {
    assert_eq!(
        meter(Variables {
            meter: MeterLookup::SerialNumber("21E5012345".to_owned()),
        }),
        json!({"serialNumber": "21E5012345"})
    );
    assert_eq!(
        meter(Variables {
            meter: MeterLookup::Mpan("1200012345678".to_owned()),
        }),
        json!({"mpan": "1200012345678"})
    );
}

#[test]
fn a_nested_one_of_value_has_one_key_at_every_level() {
    let nested = meter(Variables {
        meter: MeterLookup::Property(Box::new(PropertyLookup {
            postcode: "SW1A 1AA".to_owned(),
            meter: Box::new(MeterLookup::Mpan("1200012345678".to_owned())).into(),
        })),
    });
    assert_eq!(
        nested,
        json!({"property": {"postcode": "SW1A 1AA", "meter": {"mpan": "1200012345678"}}})
    );
    assert_eq!(
        nested["property"]["meter"].as_object().map(|o| o.len()),
        Some(1)
    );
}
