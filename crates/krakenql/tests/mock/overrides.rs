//! Overrides by type, coordinate, path and closure, and override files in TOML and JSON.

use krakenql::mock::Overrides;
use serde_json::{json, Value};

use crate::{mocks, pretty, run};

#[test]
fn overrides_by_type_coordinate_path_and_closure() {
    let overrides = Overrides::new()
        .type_value("DateTime", json!("2026-01-01T00:00:00.000Z"))
        .type_value("LedgerType", json!({"name": "Main ledger"}))
        .coordinate("AccountType.balance", json!(4200))
        .coordinate("AccountType.number", json!("from coordinate"))
        .path("acc.number", json!("A-1234ABCD"))
        .path("acc.ledgers.0.id", json!("L-1"))
        .path("acc.tags", Value::Null)
        .resolver("AccountType.status", |context| {
            json!(if context.path() == "acc.status" {
                "ACTIVE"
            } else {
                "PENDING"
            })
        })
        .resolver("User.email", |context| {
            json!(format!(
                "{}@example.com",
                context.type_name().to_lowercase()
            ))
        })
        .coordinate(
            "Query.viewer",
            json!({"id": "U-1", "account": {"balance": 7}}),
        );
    let response = run(
        &mocks().with_overrides(overrides),
        r#"{
          acc: account(accountNumber: "A") { number balance status createdAt tags ledgers { id name } }
          viewer { id email account { balance number } }
        }"#,
        Value::Null,
    );
    assert_mock_snapshot!("overrides", pretty(&response));
}

#[test]
fn override_files_in_toml_and_json_read_alike() {
    let toml = r#"
seed = 7
[types]
DateTime = "2026-01-01T00:00:00.000Z"
[coordinates]
"AccountType.balance" = 4200
[paths]
"account.number" = "A-1234ABCD"
[abstract]
BillInterface = "StatementType"
"#;
    let json = r#"{
  "types": {"DateTime": "2026-01-01T00:00:00.000Z"},
  "coordinates": {"AccountType.balance": 4200},
  "paths": {"account.number": "A-1234ABCD"},
  "abstract": {"BillInterface": "StatementType"},
  "seed": 7
}"#;
    let from_toml = Overrides::from_toml("overrides.toml", toml).expect("toml reads");
    let from_json = Overrides::from_json("overrides.json", json).expect("json reads");
    assert_eq!(from_toml.seed(), Some(7));
    let query =
        r#"{ account(accountNumber: "A") { number balance createdAt } bills { __typename } }"#;
    let a = run(&mocks().with_overrides(from_toml), query, Value::Null);
    let b = run(&mocks().with_overrides(from_json), query, Value::Null);
    assert_eq!(a.body, b.body);
    assert_mock_snapshot!("overrides_from_file", pretty(&a));

    // The layout of the brief, `seed` after the `[abstract]` header, reads the same.
    let trailing = "[abstract]\nBillInterface = \"StatementType\"\nseed = 7\n";
    assert_eq!(
        Overrides::from_toml("overrides.toml", trailing)
            .expect("reads")
            .seed(),
        Some(7)
    );
}

#[test]
fn bad_override_files_say_where() {
    let errors = [
        Overrides::from_toml("overrides.toml", "[types]\nDateTime = \n").map(drop),
        Overrides::from_toml("overrides.toml", "[coordinates]\n\"balance\" = 1\n").map(drop),
        Overrides::from_toml("overrides.toml", "[colours]\nred = 1\n").map(drop),
        Overrides::from_json("overrides.json", "{\n  \"types\": {\"DateTime\": }\n}").map(drop),
    ];
    let rendered: Vec<String> = errors
        .iter()
        .map(|result| match result {
            Ok(()) => "read".to_owned(),
            Err(error) => format!(
                "{} {} at {}: {}",
                error.code.id,
                error.code.name,
                error.location.as_ref().expect("located"),
                error.message
            ),
        })
        .collect();
    assert_mock_snapshot!("bad_override_files", rendered.join("\n"));
}

/// Overrides naming nothing the schema has are reported, each with what is wrong, and located
/// in the file they came from; paths are not checked (they belong to operations).
#[test]
fn overrides_naming_nothing_are_problems() {
    let mocks = mocks();
    let schema = mocks.schema().schema();
    let good = Overrides::new()
        .type_value("DateTime", json!("2026-01-01T00:00:00.000Z"))
        .coordinate("AccountType.balance", json!(1))
        .resolver("BillInterface.id", |_| json!("B-1"))
        .abstract_type("BillInterface", "InvoiceType")
        .path("anything.at.all", json!(1));
    assert_eq!(good.problems(schema), Vec::new());

    let text = "[types]\nDateTim = 1\n[coordinates]\n\"AccountType.balanse\" = 1\n[abstract]\nThing = \"AccountType\"\nAccountType = \"AccountType\"\n";
    let bad = Overrides::from_toml("overrides.toml", text).expect("the file parses");
    let found: Vec<(String, usize, String)> = bad
        .problems(schema)
        .iter()
        .map(|problem| {
            let located = problem.locate("overrides.toml", text);
            let line = located.location.as_ref().expect("located").line;
            (problem.key.clone(), line, located.message)
        })
        .collect();
    assert_eq!(
        found,
        vec![
            (
                "AccountType".to_owned(),
                7,
                "`AccountType` is not an interface or union of the schema".to_owned()
            ),
            (
                "AccountType.balanse".to_owned(),
                4,
                "`AccountType` has no field `balanse`".to_owned()
            ),
            (
                "DateTim".to_owned(),
                2,
                "the schema has no type `DateTim`".to_owned()
            ),
            (
                "Thing".to_owned(),
                6,
                "`AccountType` is not an object type `Thing` can be; it can be: LedgerType, User"
                    .to_owned()
            ),
        ]
    );
}
