//! Tests of reading the reference page: counts, headers, deprecations, arguments and missing responses.

use super::{
    parse_reference, InferredBase, InferredType, ListShape, Reference, ReferenceEntry, Section,
};

pub(super) const PAGE: &str = include_str!("../../../../schema/sources/kraken-query-reference.txt");
pub(super) const PAGE_NAME: &str = "schema/sources/kraken-query-reference.txt";

pub(super) fn reference() -> Reference {
    parse_reference(PAGE_NAME, PAGE).expect("the reference page reads")
}

pub(super) fn entry<'a>(
    reference: &'a Reference,
    section: Section,
    name: &str,
) -> &'a ReferenceEntry {
    reference
        .section(section)
        .find(|entry| entry.name == name)
        .unwrap_or_else(|| panic!("no entry `{name}`"))
}

pub(super) fn ty(base: InferredBase, list: ListShape) -> InferredType {
    InferredType { base, list }
}

pub(super) fn scalar(name: &str) -> InferredBase {
    InferredBase::Scalar(name.to_owned())
}

pub(super) fn object(name: &str) -> InferredBase {
    InferredBase::Object(name.to_owned())
}

#[test]
fn page_has_165_entries_in_two_sections_and_reads_without_notes() {
    let reference = reference();
    assert_eq!(reference.diagnostics, Vec::new());
    assert_eq!(reference.entries.len(), 165);
    assert_eq!(reference.section(Section::Api).count(), 163);
    let auth: Vec<_> = reference
        .section(Section::Auth)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(auth, ["krakenVersion", "mfaDevices"]);
    assert_eq!(entry(&reference, Section::Api, "krakenVersion").line, 3924);
    for section in [Section::Api, Section::Auth] {
        let mut names: Vec<_> = reference.section(section).map(|e| &e.name).collect();
        let count = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), count, "names are unique in {section:?}");
    }
}

#[test]
fn thirty_five_entries_lost_their_type_line_and_twenty_one_their_name_too() {
    let reference = reference();
    let without_header = reference.entries.iter().filter(|e| !e.has_header).count();
    let without_name: Vec<_> = reference
        .entries
        .iter()
        .filter(|e| !e.has_name_line)
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(without_header, 35);
    assert_eq!(without_name.len(), 21);
    assert_eq!(
        without_name[..3],
        ["account", "accountReference", "addresses"]
    );
    for entry in reference.entries.iter().filter(|e| !e.has_header) {
        assert_eq!(entry.stated_type, None, "{}", entry.name);
        assert_eq!(entry.url.is_some(), entry.has_name_line, "{}", entry.name);
        assert_eq!(
            entry.description.is_some(),
            entry.has_name_line,
            "{}",
            entry.name
        );
    }
}

#[test]
fn twelve_deprecated_fields_with_their_dates() {
    let expected = [
        ("accountUrls", "accountUrls", "2021-10-12", "2024-01-01"),
        (
            "chargePointDevices",
            "chargePointDevices",
            "2023-05-10",
            "2024-01-01",
        ),
        ("costOfUsage", "cost_of_usage", "2024-09-02", "2024-12-01"),
        ("octoPoints", "octoPoints", "2024-02-06", "2024-05-06"),
        (
            "propertySearch",
            "propertySearch",
            "2023-05-23",
            "2024-01-01",
        ),
        ("rateLimit", "rateLimit", "2024-07-17", "2025-01-01"),
        (
            "registeredKrakenflexDevice",
            "registeredKrakenflexDevice",
            "2024-04-23",
            "2024-11-01",
        ),
        (
            "siteworksCoconutAppointmentPollDelay",
            "siteworksCoconutAppointmentPollDelay",
            "2024-09-03",
            "2026-01-01",
        ),
        (
            "siteworksCoconutAppointmentPollInterval",
            "siteworksCoconutAppointmentPollInterval",
            "2024-09-03",
            "2026-01-01",
        ),
        (
            "siteworksCoconutAppointmentPollMaxCount",
            "siteworksCoconutAppointmentPollMaxCount",
            "2024-09-03",
            "2026-01-01",
        ),
        (
            "vehicleChargingPreferences",
            "vehicleChargingPreferences",
            "2024-04-23",
            "2024-11-01",
        ),
        ("wofUrls", "wofUrls", "2021-10-12", "2024-01-01"),
    ];
    let reference = reference();
    let deprecated: Vec<_> = reference
        .entries
        .iter()
        .filter(|e| e.deprecation.is_some())
        .collect();
    assert_eq!(deprecated.len(), expected.len());
    for (entry, (name, quoted, marked, removal)) in deprecated.iter().zip(expected) {
        let reason = entry.deprecation.as_deref().unwrap_or_default();
        assert_eq!(entry.name, name);
        assert!(
            reason.starts_with(&format!("The '{quoted}' field is deprecated.\n\n")),
            "{reason}"
        );
        let dates = format!("\n\n- Marked as deprecated on {marked}.\n- Scheduled for removal on or after {removal}.");
        assert!(reason.ends_with(&dates), "{reason}");
    }
    assert_eq!(
        deprecated[0].deprecation.as_deref(),
        Some("The 'accountUrls' field is deprecated.\n\nPlease access the URLs through the support site.\n\n- Marked as deprecated on 2021-10-12.\n- Scheduled for removal on or after 2024-01-01.")
    );
}

/// An expected argument: name, variable type and table description.
type Argument = (&'static str, &'static str, Option<&'static str>);

/// The arguments of a sample of entries: name, variable type and table description.
#[test]
fn arguments_take_names_from_the_example_and_descriptions_from_the_table() {
    let expected: &[(&str, &[Argument])] = &[
        // Headerless entries.
        ("account", &[("accountNumber", "String!", None)]),
        ("accountReference", &[("value", "String", None)]),
        (
            "accountConversationHasHandoffEvent",
            &[("accountNumber", "String!", Some("The account number."))],
        ),
        (
            "accounts",
            &[
                (
                    "phoneNumber",
                    "String",
                    Some("A phone number to find accounts associated with."),
                ),
                (
                    "portfolioNumber",
                    "String",
                    Some("A portfolio number to find accounts associated with."),
                ),
            ],
        ),
        (
            "addressUprns",
            &[
                ("postcode", "String!", Some("The postcode to search for.")),
                ("before", "String", None),
                ("after", "String", None),
                ("first", "Int", None),
                ("last", "Int", None),
            ],
        ),
        (
            "backendScreen",
            &[
                ("screenId", "ID!", Some("The ID of the screen to return.")),
                (
                    "params",
                    "[BackendScreenParamInputType]",
                    Some("List of key-value pairs (strings) to pass as parameters to the screen."),
                ),
                (
                    "maxVersionSupported",
                    "Int",
                    Some("The maximum version of backend screens supported by the client."),
                ),
            ],
        ),
        // An entry whose arguments table was lost altogether.
        (
            "octoHeatPumpTimeRangedPerformance",
            &[
                ("euid", "ID!", None),
                ("startAt", "DateTime!", None),
                ("endAt", "DateTime!", None),
            ],
        ),
        ("accountChargeReasons", &[]),
    ];
    let reference = reference();
    for (name, arguments) in expected {
        let entry = entry(&reference, Section::Api, name);
        let actual: Vec<_> = entry
            .arguments
            .iter()
            .map(|a| (a.name.as_str(), a.ty.to_string(), a.description.as_deref()))
            .collect();
        let arguments: Vec<_> = arguments
            .iter()
            .map(|(n, t, d)| (*n, t.to_string(), *d))
            .collect();
        assert_eq!(actual, arguments, "{name}");
    }
    let total: usize = reference.entries.iter().map(|e| e.arguments.len()).sum();
    assert_eq!(total, 289);
}

#[test]
fn two_entries_lost_their_example_response() {
    let reference = reference();
    let without: Vec<_> = reference
        .entries
        .iter()
        .filter(|e| e.response.is_none())
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(
        without,
        [
            "octoHeatPumpLifetimePerformance",
            "octoHeatPumpTimeRangedPerformance"
        ]
    );
    let lifetime = entry(&reference, Section::Api, "octoHeatPumpLifetimePerformance");
    assert_eq!(
        lifetime.return_type,
        ty(object("LifetimeTelemetry"), ListShape::NotList)
    );
    let fields: Vec<_> = lifetime
        .fields
        .iter()
        .map(|f| (f.name.as_str(), f.ty.clone()))
        .collect();
    assert_eq!(
        fields,
        [
            ("readAt", ty(InferredBase::Unknown, ListShape::NotShown)),
            (
                "seasonalCoefficientOfPerformance",
                ty(InferredBase::Unknown, ListShape::NotShown)
            ),
            ("energyInput", ty(object("Energy"), ListShape::NotShown)),
            ("heatOutput", ty(object("Energy"), ListShape::NotShown)),
        ]
    );
}
