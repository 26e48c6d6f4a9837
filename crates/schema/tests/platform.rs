//! The platform layer on small sources: a platform deprecation applied, a conflict decided by
//! the date of the source, an interface field added with its implementations or refused with a
//! note, implementations and union members taken, and what only the UK sources state kept.

use std::collections::BTreeSet;

use apollo_compiler::Schema;
use chrono::NaiveDate;
use krakenql_schema::merge::platform::{
    apply_platform, PlatformOutcome, PlatformSchema, Precedence,
};
use krakenql_schema::merge::Provenance;
use krakenql_schema::Coordinate;

/// What the UK sources say.
const UK: &str = r#"
type Query {
  plannedDispatches: [Dispatch]
  bills: [Bill]
  ukOnly: String @deprecated(reason: "- Scheduled for removal on or after 2025-01-01.")
  kept: String @deprecated(reason: "The reference says so.\n\n- Scheduled for removal on or after 2024-11-01.")
  devices: [Device]
  step: StepInterface
  tariff: Tariff
}
type Dispatch { start: String }
type Bill {
  amount: Int @deprecated(reason: "Use amounts.\n\n- Will be removed on 2024-06-01.")
  temporaryUrl: String @deprecated(reason: "- Scheduled for removal on or after 2026-01-01.")
}
interface Device { id: ID }
type Car implements Device { id: ID }
type Heater implements Device { id: ID }
interface StepInterface { id: ID }
union Tariff = Standard
type Standard { rate: Int }
"#;

/// The newest platform schema: EDF of 2026-07-27.
const EDF: &str = r#"
type Query {
  plannedDispatches: [Dispatch] @deprecated(reason: "Use flexPlannedDispatches.\n\n- Marked as deprecated on 2025-05-27.\n- Scheduled for removal on or after 2026-01-16.")
  flexPlannedDispatches(deviceId: String): [FlexDispatch]
  kept: String @deprecated(reason: "- Scheduled for removal on or after 2026-03-01.")
  bills: [Bill]
  devices: [Device]
  step: StepInterface
  tariff: Tariff
}
type Dispatch { start: String }
type FlexDispatch { start: String, type: FlexKind }
enum FlexKind { SMART BOOST }
type Bill {
  amount: Int
  temporaryUrl: String @deprecated(reason: "- Scheduled for removal on or after 2025-09-01.")
}
interface Device { id: ID, preferences: Preferences, status: String }
type Car implements Device { id: ID, preferences: Preferences, status: String }
type Heater implements Device { id: ID, preferences: Preferences }
type Preferences { mode: String }
interface StepInterface { id: ID }
type FirstStep implements StepInterface { id: ID }
union Tariff = Standard | FourRate
type Standard { rate: Int }
type FourRate { rates: [Int] }
"#;

/// An older platform schema: Italy of 2026-02, which dates `temporaryUrl` differently.
const ITALY: &str = r#"
type Query { bills: [Bill] }
type Bill {
  amount: Int
  temporaryUrl: String @deprecated(reason: "- Scheduled for removal on or after 2027-01-01.")
}
"#;

fn parse(text: &str, name: &str) -> Schema {
    Schema::builder().parse(text, name).build().expect("builds")
}

fn run() -> (Schema, PlatformOutcome, Provenance) {
    run_with(
        UK,
        Precedence {
            kept: BTreeSet::from([Coordinate::field("Query", "kept")]),
            field_lists: Default::default(),
        },
    )
}

fn run_with(uk: &str, precedence: Precedence) -> (Schema, PlatformOutcome, Provenance) {
    let mut uk = parse(uk, "uk.graphql");
    let edf = parse(EDF, "edf.graphql");
    let italy = parse(ITALY, "italy.graphql");
    // Given oldest first: the layer orders by date, not by position.
    let platform = [
        PlatformSchema {
            label: "italy",
            date: NaiveDate::from_ymd_opt(2026, 2, 1),
            schema: &italy,
        },
        PlatformSchema {
            label: "edf",
            date: NaiveDate::from_ymd_opt(2026, 7, 27),
            schema: &edf,
        },
    ];
    let mut provenance = Provenance::default();
    let outcome = apply_platform(&mut uk, &platform, &precedence, &mut provenance);
    (uk, outcome, provenance)
}

fn reason<'a>(schema: &'a Schema, ty: &str, field: &str) -> Option<&'a str> {
    schema
        .type_field(ty, field)
        .ok()?
        .directives
        .get("deprecated")?
        .specified_argument_by_name("reason")?
        .as_str()
}

fn notes(outcome: &PlatformOutcome, code: &str) -> Vec<String> {
    outcome
        .notes
        .iter()
        .filter(|n| n.code == code)
        .map(|n| n.message.clone())
        .collect()
}

#[test]
fn a_platform_deprecation_is_applied_with_its_source() {
    let (schema, outcome, _) = run();
    let reason = reason(&schema, "Query", "plannedDispatches").expect("deprecated");
    assert!(reason.contains("2026-01-16"), "{reason}");
    assert_eq!(
        outcome
            .deprecation_sources
            .get(&Coordinate::field("Query", "plannedDispatches"))
            .map(String::as_str),
        Some("edf")
    );
    assert_eq!(outcome.counts["edf"].deprecations_added, 1);
}

#[test]
fn conflicts_are_decided_by_the_date_of_the_source_and_reported() {
    let (schema, outcome, _) = run();
    // EDF (2026-07) is newer than Italy (2026-02) and the UK sources: its date wins.
    let temporary = reason(&schema, "Bill", "temporaryUrl").expect("deprecated");
    assert!(temporary.contains("2025-09-01"), "{temporary}");
    // EDF defines `amount` without the deprecation the UK sources give it: the newer wins.
    assert_eq!(reason(&schema, "Bill", "amount"), None);
    let conflicts = notes(&outcome, "platform-deprecation-conflict");
    assert!(
        conflicts
            .iter()
            .any(|c| c.starts_with("`Bill.temporaryUrl`")),
        "{conflicts:?}"
    );
    assert!(
        conflicts.iter().any(|c| c.starts_with("`Bill.amount`")),
        "{conflicts:?}"
    );
    assert_eq!(outcome.counts["edf"].deprecations_removed, 1);
}

#[test]
fn what_only_the_uk_sources_state_is_kept() {
    let (schema, outcome, _) = run();
    // No platform source defines `ukOnly`: its UK deprecation stays.
    assert!(reason(&schema, "Query", "ukOnly").is_some_and(|r| r.contains("2025-01-01")));
    // The reference's `Query` deprecation stays exactly as printed, and the disagreement is listed.
    assert!(reason(&schema, "Query", "kept").is_some_and(|r| r.contains("2024-11-01")));
    let conflicts = notes(&outcome, "platform-deprecation-conflict");
    assert!(
        conflicts
            .iter()
            .any(|c| c.starts_with("`Query.kept`") && c.contains("kept the reference")),
        "{conflicts:?}"
    );
}

#[test]
fn fields_and_the_types_they_need_are_added_with_provenance() {
    let (schema, outcome, provenance) = run();
    let field = schema
        .type_field("Query", "flexPlannedDispatches")
        .expect("added");
    assert_eq!(field.arguments.len(), 1);
    assert!(schema.get_object("FlexDispatch").is_some());
    assert!(schema.get_enum("FlexKind").is_some());
    assert_eq!(
        provenance
            .items
            .get(&Coordinate::field("Query", "flexPlannedDispatches"))
            .map(|o| o.source.as_str()),
        Some("edf")
    );
    assert_eq!(
        provenance.types.get("FlexDispatch").map(String::as_str),
        Some("edf")
    );
    assert!(outcome.counts["edf"].types >= 2);
    schema.validate().expect("the result is a valid schema");
}

#[test]
fn an_interface_field_comes_with_its_implementations_or_is_refused_with_a_note() {
    let (schema, outcome, _) = run();
    // `preferences` is stated on `Car` and `Heater`: added to all three.
    for ty in ["Device", "Car", "Heater"] {
        assert!(schema.type_field(ty, "preferences").is_ok(), "{ty}");
    }
    // `status` is not stated on `Heater`: left out of the interface, with a note.
    assert!(schema.type_field("Device", "status").is_err());
    let refused = notes(&outcome, "platform-interface-field");
    assert!(
        refused
            .iter()
            .any(|n| n.starts_with("`Device.status`") && n.contains("Heater")),
        "{refused:?}"
    );
}

#[test]
fn implementations_and_union_members_are_taken() {
    let (schema, _, _) = run();
    let first = schema
        .get_object("FirstStep")
        .expect("implementation taken");
    assert!(first
        .implements_interfaces
        .iter()
        .any(|i| i.name == "StepInterface"));
    let tariff = schema.get_union("Tariff").expect("union");
    assert!(tariff.members.iter().any(|m| m.name == "FourRate"));
}

#[test]
fn a_uk_only_implementation_takes_the_interface_field_only_when_the_reference_lists_it() {
    // `Boiler` is UK-only: no platform source can state `preferences` on it.
    let uk = format!("{UK}\ntype Boiler implements Device {{ id: ID }}\n");
    let (schema, outcome, _) = run_with(&uk, Precedence::default());
    assert!(schema.type_field("Device", "preferences").is_err());
    assert!(notes(&outcome, "platform-interface-field")
        .iter()
        .any(|n| n.starts_with("`Device.preferences`") && n.contains("Boiler")));

    // The reference lists `preferences` on the interface: every UK implementation has it.
    let listed = Precedence {
        kept: BTreeSet::new(),
        field_lists: [(
            "Device".to_owned(),
            BTreeSet::from(["id".to_owned(), "preferences".to_owned()]),
        )]
        .into(),
    };
    let (schema, _, _) = run_with(&uk, listed);
    for ty in ["Device", "Car", "Heater", "Boiler"] {
        assert!(schema.type_field(ty, "preferences").is_ok(), "{ty}");
    }
    // Fields the reference's list leaves out are not added to the interface.
    assert!(schema.type_field("Device", "status").is_err());
    schema.validate().expect("the result is a valid schema");
}
