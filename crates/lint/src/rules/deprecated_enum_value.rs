//! `deprecated-enum-value` (KQL004): an operation writes an enum value whose deprecation Kraken dated.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL004",
    name: "deprecated-enum-value",
    default_severity: Severity::Warning,
    summary: "writes a deprecated enum value in a literal or a default value",
    docs: RuleDocs {
        what: "Reports a deprecated enum value written in an argument, an input object literal or a variable's default value, with the same date policy as `deprecated-field`.",
        why: "A removed enum value makes the server reject the operation.",
        example: "query Devices {\n  devices(status: ONBOARDING) { id }\n}",
        instead: "Write the value the deprecation names.",
    },
};
