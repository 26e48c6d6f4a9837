//! The schema walk: one small schema with a deprecation of every kind and every reason shape.

use apollo_compiler::Schema;

use super::render_deprecations;
use crate::coordinate::CoordinateKind;
use crate::deprecation::{collect_deprecations, ReasonProblem};

const SDL: &str = r#"
type Query {
  devices(accountNumber: String!): [SmartFlexDevice!]!
  vehicleChargingPreferences(accountNumber: String!): String @deprecated(reason: "The 'vehicleChargingPreferences' field is deprecated.\n\nPlease use 'devices.preferences' instead.\n\n- Marked as deprecated on 2024-04-23.\n- Scheduled for removal on or after 2026-03-01.\n\nYou can read more about this deprecation on:\nhttps://announcements.kraken.tech/announcements/public/675/")
  presignedPostFields: String @deprecated(reason: "Replaced in favor of fields.")
  fields: String
  legacy: String @deprecated
  account: Account
}

interface SmartFlexDevice {
  id: ID!
  preferences: String
  chargingPreferences: String @deprecated(reason: "The 'chargingPreferences' field is deprecated.\n\nPlease use 'preferences' instead.\n\n- Marked as deprecated on 2024-11-01.\n- Scheduled for removal on or after 2025-05-06.")
}

type Account {
  paymentSchedules(
    canCreatePayment: Boolean @deprecated(reason: "The 'canCreatePayment' field is deprecated.\n\nPlease use 'includeDormant' instead.\n\n- Marked as deprecated on 2023-12-06.\n- Will be removed on 2024-12-06.")
    includeDormant: Boolean
  ): [Int]
  costOfUsage: Int @deprecated(reason: "The 'cost_of_usage' field is deprecated.\n\nPlease measurements statistics node instead.\n\n- Marked as deprecated on 2024-02-30.\n- Scheduled for removal on or after 2024-12-01.")
  rateLimit: Int @deprecated(reason: "The 'rateLimit' field is deprecated.\n\n`rateLimit` has been replaced by 'rateLimitInfo'.\n\n- Marked as deprecated on 2024-07-17.\n- Scheduled for removal on or after 2025-02-29.")
  rateLimitInfo: Int
}

input CreditInput {
  cclAmount: Int @deprecated(reason: "The 'cclAmount' field is deprecated.\n\nCCL amount should not be passed in by the API.\n\n- Marked as deprecated on 2022-10-18.\n- Will be removed on 2024-01-01.")
  grossAmount: Int
}

enum KrakenFlexDeviceTypes {
  BATTERIES
  HEAT_PUMPS @deprecated(reason: "The 'HEAT_PUMPS' value is deprecated.\n\nUse `HEAT_PUMP` instead.\n\n- Marked as deprecated on 2023-12-06.\n- Will be removed on 2024-06-06.")
  HEAT_PUMP
}
"#;

#[test]
fn every_kind_and_reason_shape() {
    let schema =
        Schema::parse_and_validate(SDL, "collect.graphql").expect("the test schema is valid");
    let deprecations = collect_deprecations(&schema);
    insta::assert_snapshot!(
        "collect_every_kind_and_reason_shape",
        render_deprecations(&deprecations)
    );
}

#[test]
fn sorted_by_coordinate_with_the_right_kinds_and_problems() {
    let schema =
        Schema::parse_and_validate(SDL, "collect.graphql").expect("the test schema is valid");
    let deprecations = collect_deprecations(&schema);
    let coordinates: Vec<_> = deprecations.iter().map(|d| d.coordinate.clone()).collect();
    let mut sorted = coordinates.clone();
    sorted.sort();
    assert_eq!(coordinates, sorted);

    let kinds: Vec<CoordinateKind> = deprecations.iter().map(|d| d.kind).collect();
    for kind in [
        CoordinateKind::Field,
        CoordinateKind::Argument,
        CoordinateKind::InputField,
        CoordinateKind::EnumValue,
    ] {
        assert!(kinds.contains(&kind), "no deprecation of kind {kind:?}");
    }

    let no_date = deprecations
        .iter()
        .filter(|d| d.problems == [ReasonProblem::NoRemovalDate]);
    assert_eq!(
        no_date.count(),
        2,
        "the unformatted reason and the default reason have no date"
    );
    // A deprecation lacks a removal date exactly when a problem says why.
    for deprecation in &deprecations {
        let removal_problem = deprecation.problems.iter().any(|problem| {
            matches!(
                problem,
                ReasonProblem::NoRemovalDate
                    | ReasonProblem::InvalidDate {
                        which: "removal_on_or_after",
                        ..
                    }
            )
        });
        assert_eq!(
            deprecation.removal_on_or_after.is_none(),
            removal_problem,
            "{}",
            deprecation.coordinate
        );
    }
}

#[test]
fn json_of_one_deprecation() {
    let schema =
        Schema::parse_and_validate(SDL, "collect.graphql").expect("the test schema is valid");
    let deprecations = collect_deprecations(&schema);
    let preferences = deprecations
        .iter()
        .find(|d| d.coordinate.to_string() == "Query.vehicleChargingPreferences")
        .expect("the field is deprecated");
    let json = serde_json::to_string_pretty(preferences).expect("a deprecation serialises");
    insta::assert_snapshot!("collect_json_of_one_deprecation", json);
}

/// Directive arguments are coordinates too (`@d(old:)`), and their advice resolves to a sibling
/// argument of the same directive.
#[test]
fn collect_directive_argument_deprecations() {
    let sdl = r#"
type Query { a: Int }
directive @cached(
  seconds: Int @deprecated(reason: "The 'seconds' argument is deprecated.\n\nPlease use 'ttl' instead.\n\n- Marked as deprecated on 2024-01-01.\n- Scheduled for removal on or after 2025-01-01.")
  ttl: Int
) on FIELD
"#;
    let schema = Schema::parse_and_validate(sdl, "directive.graphql").expect("valid SDL");
    let found = collect_deprecations(&schema);
    assert_eq!(found.len(), 1);
    let deprecation = &found[0];
    assert_eq!(deprecation.coordinate.to_string(), "@cached(seconds:)");
    assert_eq!(deprecation.kind, CoordinateKind::DirectiveArgument);
    assert_eq!(
        deprecation.replacement_hint().as_deref(),
        Some("use 'ttl' instead")
    );
}

/// A replacement on another type is named by its coordinate: its name alone would send the
/// reader to a field the deprecated item's type does not have.
#[test]
fn a_replacement_on_another_type_is_named_by_its_coordinate() {
    let sdl = r#"
type Query {
  ledger: LedgerType
  givenName: String
  defaultPaymentInstruction: Int @deprecated(reason: "The 'defaultPaymentInstruction' field is deprecated.\n\nPlease use 'usablePaymentInstructions' on the Ledger type to get all usable instructions.\n\n- Marked as deprecated on 2026-01-28.\n- Scheduled for removal on or after 2027-01-28.")
  firstName: String @deprecated(reason: "The 'firstName' field is deprecated.\n\nPlease use 'givenName' instead.\n\n- Marked as deprecated on 2023-01-01.\n- Scheduled for removal on or after 2024-01-01.")
}
type LedgerType { usablePaymentInstructions: [Int] }
"#;
    let schema = Schema::parse_and_validate(sdl, "ledger.graphql").expect("valid SDL");
    let hints: Vec<(String, Option<String>)> = collect_deprecations(&schema)
        .iter()
        .map(|found| (found.coordinate.to_string(), found.replacement_hint()))
        .collect();
    assert_eq!(
        hints,
        [
            (
                "Query.defaultPaymentInstruction".to_owned(),
                Some("use 'LedgerType.usablePaymentInstructions' instead".to_owned())
            ),
            (
                "Query.firstName".to_owned(),
                Some("use 'givenName' instead".to_owned())
            ),
        ]
    );
}
