//! The scalar example table: what the reference prints for each scalar, and what a server sends.

use serde_json::Value;

use super::ExampleStyle;

/// Where a row of the table comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScalarBasis {
    /// A built-in GraphQL scalar whose example the reference page shows.
    BuiltIn,
    /// A Kraken scalar whose example the reference page shows.
    Shown,
    /// A Kraken scalar the page never shows; the example follows the scalar it serialises like.
    Derived(&'static str),
}

/// One scalar's example values, as JSON text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScalarExample {
    /// The scalar name.
    pub scalar: &'static str,
    /// The example as the reference page prints it.
    pub shown: &'static str,
    /// The example as a Kraken server sends it.
    pub wire: &'static str,
    /// Where the row comes from.
    pub basis: ScalarBasis,
}

impl ScalarExample {
    /// The example in one style, parsed.
    pub fn value(&self, style: ExampleStyle) -> Value {
        let text = match style {
            ExampleStyle::Shown => self.shown,
            ExampleStyle::Wire => self.wire,
        };
        // Every row is checked to be JSON by the unit tests; `Null` is unreachable in practice.
        serde_json::from_str(text).unwrap_or(Value::Null)
    }
}

const fn row(
    scalar: &'static str,
    shown: &'static str,
    wire: &'static str,
    basis: ScalarBasis,
) -> ScalarExample {
    ScalarExample {
        scalar,
        shown,
        wire,
        basis,
    }
}

const STRING: &str = r#""abc123""#;
const JSON: &str = r#"{"key": "value"}"#;

/// The example of a custom scalar the table does not know: Kraken's custom scalars are strings
/// unless the table says otherwise.
pub const FALLBACK_SCALAR: ScalarExample = row(
    "",
    STRING,
    STRING,
    ScalarBasis::Derived("an unknown custom scalar is taken to be a string"),
);

/// Every scalar of the Kraken schemas, built-in ones first.
pub const SCALAR_EXAMPLES: &[ScalarExample] = &[
    row("String", STRING, STRING, ScalarBasis::BuiltIn),
    row("ID", STRING, STRING, ScalarBasis::BuiltIn),
    row("Int", "1", "1", ScalarBasis::BuiltIn),
    row("Float", "1.0", "1.0", ScalarBasis::BuiltIn),
    row("Boolean", "true", "true", ScalarBasis::BuiltIn),
    row(
        "DateTime",
        r#""2020-01-01T00:00:00.000Z""#,
        r#""2020-01-01T00:00:00.000Z""#,
        ScalarBasis::Shown,
    ),
    row(
        "Date",
        r#""2020-01-01""#,
        r#""2020-01-01""#,
        ScalarBasis::Shown,
    ),
    row(
        "UUID",
        r#""500c164d-38c7-4f74-9ac6-be210197e9e4""#,
        r#""500c164d-38c7-4f74-9ac6-be210197e9e4""#,
        ScalarBasis::Shown,
    ),
    row("JSONString", JSON, JSON, ScalarBasis::Shown),
    row("Decimal", "1.0", r#""1.0""#, ScalarBasis::Shown),
    row(
        "BigInt",
        "1",
        "1",
        ScalarBasis::Derived("an integer sent as a JSON number, like Int"),
    ),
    row(
        "FloatSafeDecimal",
        "1.0",
        r#""1.0""#,
        ScalarBasis::Derived("a decimal, like Decimal"),
    ),
    row(
        "NormalizedDecimal",
        "1.0",
        r#""1.0""#,
        ScalarBasis::Derived("a decimal, like Decimal"),
    ),
    row(
        "Email",
        STRING,
        STRING,
        ScalarBasis::Derived("a string, like String"),
    ),
    row(
        "GenericScalar",
        JSON,
        JSON,
        ScalarBasis::Derived("any JSON value, like JSONString"),
    ),
    row(
        "Time",
        r#""00:00:00""#,
        r#""00:00:00""#,
        ScalarBasis::Derived("an ISO 8601 time, the time of the DateTime example"),
    ),
    // The scalars below come with the platform layer; their descriptions in
    // schema/sources/edf-gb-2026-07.graphql say what they hold.
    row(
        "NonEmptyID",
        STRING,
        STRING,
        ScalarBasis::Derived("a non-empty ID, like ID"),
    ),
    row(
        "NonEmptyString",
        STRING,
        STRING,
        ScalarBasis::Derived("a non-empty string, like String"),
    ),
    row(
        "BusinessRoleString",
        STRING,
        STRING,
        ScalarBasis::Derived("a role name as a string, like String"),
    ),
    row(
        "BusinessSectorString",
        STRING,
        STRING,
        ScalarBasis::Derived("a sector name as a string, like String"),
    ),
    row(
        "RoleString",
        STRING,
        STRING,
        ScalarBasis::Derived("a role name as a string, like String"),
    ),
    row(
        "URI",
        STRING,
        STRING,
        ScalarBasis::Derived("a URI as a string, like String"),
    ),
    row(
        "IndustryMidnightAlignedDateField",
        r#""2020-01-01T00:00:00.000Z""#,
        r#""2020-01-01T00:00:00.000Z""#,
        ScalarBasis::Derived("a midnight-aligned datetime, the DateTime example"),
    ),
    row(
        "ProjectedRegionalCarbonIntensitiesType",
        "{}",
        "{}",
        ScalarBasis::Derived("an opaque object no source defines the fields of"),
    ),
    row(
        "SolarGenerationEstimateType",
        "{}",
        "{}",
        ScalarBasis::Derived("an opaque object no source defines the fields of"),
    ),
];
