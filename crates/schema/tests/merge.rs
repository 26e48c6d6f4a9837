//! The merge on small sources: a newer full schema over an older one, and fallback types.

use apollo_compiler::Schema;
use krakenql_schema::merge::{import_missing_types, overlay_full, record_all, Provenance};
use krakenql_schema::Coordinate;

const OLDER: &str = r#"
type Query {
  "Bills of an account."
  bills(first: Int @deprecated(reason: "Use last."), last: Int): [Bill]
  legacy: String
}

"A bill."
type Bill {
  "The bill's id."
  id: ID
}

input ChargeInput {
  "The amount."
  amount: Int
  make: String @deprecated(reason: "The 'make' field is deprecated.\n\n- Will be removed on 2024-01-01.")
}
"#;

/// As a printer without `includeDeprecated` on args and input fields would write it, with a
/// changed type and no descriptions.
const NEWER: &str = r#"
type Query {
  bills(last: Int): [Bill]
  tariff: Tariff
}

type Bill {
  id: ID!
}

input ChargeInput {
  amount: Int
}
"#;

fn parse(text: &str) -> Schema {
    Schema::builder()
        .parse(text, "test.graphql")
        .build()
        .expect("builds")
}

#[test]
fn newer_wins_and_older_fills_descriptions_and_deprecated_inputs() {
    let older = parse(OLDER);
    let mut provenance = Provenance::default();
    record_all(&older, "older", &mut provenance);
    let merged = overlay_full(&older, parse(NEWER), "newer", &mut provenance);

    let query = merged.get_object("Query").expect("Query");
    assert!(
        !query.fields.contains_key("legacy"),
        "a field the newer source lacks is gone"
    );
    let bills = &query.fields["bills"];
    let arguments: Vec<&str> = bills.arguments.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        arguments,
        ["first", "last"],
        "the deprecated argument is kept in place"
    );
    assert_eq!(bills.description.as_deref(), Some("Bills of an account."));

    let bill = merged.get_object("Bill").expect("Bill");
    assert_eq!(
        bill.fields["id"].ty.to_string(),
        "ID!",
        "the newer type wins"
    );
    assert_eq!(bill.description.as_deref(), Some("A bill."));

    let input = merged.get_input_object("ChargeInput").expect("ChargeInput");
    assert!(input.fields["make"].directives.has("deprecated"));
    assert_eq!(
        input.fields["amount"].description.as_deref(),
        Some("The amount.")
    );

    let origin = &provenance.items[&Coordinate::field("Query", "bills")];
    assert_eq!(origin.source, "newer");
    assert!(origin.filled.contains(&("description", "older".to_owned())));
    assert!(origin
        .filled
        .contains(&("deprecated argument", "older".to_owned())));
    assert_eq!(
        provenance.items[&Coordinate::input_field("ChargeInput", "make")].source,
        "older"
    );
}

#[test]
fn missing_types_come_from_fallbacks_or_become_opaque_scalars() {
    let older = parse(OLDER);
    let mut provenance = Provenance::default();
    let mut merged = overlay_full(&older, parse(NEWER), "newer", &mut provenance);
    let fallback = parse(
        "type Query { x: Int } type Tariff { code: String rate: Rate } type Rate { value: Float }",
    );
    let notes = import_missing_types(&mut merged, &[("edf", &fallback)], &mut provenance);
    assert!(merged.get_object("Tariff").is_some());
    assert!(
        merged.get_object("Rate").is_some(),
        "types the taken type needs come along"
    );
    assert_eq!(provenance.types["Tariff"], "edf");
    let codes: Vec<&str> = notes.iter().map(|n| n.code.name).collect();
    assert_eq!(codes, ["type-from-fallback", "type-from-fallback"]);

    let mut lonely = parse("type Query { estimate: SolarGenerationEstimateType }");
    let notes = import_missing_types(&mut lonely, &[], &mut provenance);
    assert_eq!(notes[0].code, "type-unknown");
    assert!(lonely.get_scalar("SolarGenerationEstimateType").is_some());
    assert!(
        lonely.validate().is_ok(),
        "the placeholder keeps the schema valid"
    );
}
