//! Reading a large response into generated types, against the same types with serde's derive.
//!
//! Generated structs read JSON through the runtime's key tables (`krakenql::__private::de`)
//! instead of a derived visitor, to keep compile times down; this measures that reading a
//! response costs no more than it did with the derive. The response is a year of half-hourly
//! smart-meter readings (17,520 of them, about 1.5 MB).

use krakenql::__private::serde::Deserialize;
use krakenql_compile_run::generated::smart_meter_telemetry::ResponseData;

fn main() {
    divan::main();
}

/// The same shape with serde's derive, as generated code was before.
#[derive(Deserialize)]
#[serde(crate = "krakenql::__private::serde")]
#[allow(dead_code)]
struct DerivedData {
    #[serde(rename = "smartMeterTelemetry")]
    smart_meter_telemetry: Option<Vec<Option<DerivedReading>>>,
}

#[derive(Deserialize)]
#[serde(crate = "krakenql::__private::serde")]
#[allow(dead_code)]
struct DerivedReading {
    #[serde(rename = "readAt")]
    read_at: Option<String>,
    #[serde(rename = "consumptionDelta")]
    consumption_delta: Option<String>,
    demand: Option<String>,
}

fn response() -> String {
    let readings: Vec<serde_json::Value> = (0..17_520)
        .map(|index| {
            serde_json::json!({
                "readAt": format!("2026-{:02}-{:02}T{:02}:{:02}:00+00:00",
                    index / 1460 + 1, index / 48 % 28 + 1, index / 2 % 24, index % 2 * 30),
                "consumptionDelta": format!("{}.{:03}", index % 7, index % 1000),
                "demand": if index % 5 == 0 { serde_json::Value::Null } else { "512.0".into() },
                "__typename": "SmartMeterTelemetryType",
            })
        })
        .collect();
    serde_json::json!({ "smartMeterTelemetry": readings }).to_string()
}

#[divan::bench]
fn generated(bencher: divan::Bencher) {
    let text = response();
    bencher.bench(|| {
        serde_json::from_str::<ResponseData>(divan::black_box(&text)).expect("the response reads")
    });
}

#[divan::bench]
fn serde_derive(bencher: divan::Bencher) {
    let text = response();
    bencher.bench(|| {
        serde_json::from_str::<DerivedData>(divan::black_box(&text)).expect("the response reads")
    });
}
