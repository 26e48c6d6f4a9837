//! `deprecated-input-field` (KQL003): an input object literal, default value or variable type
//! carries an input field whose deprecation Kraken dated.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL003",
    name: "deprecated-input-field",
    default_severity: Severity::Warning,
    summary: "sets a deprecated input field (in a literal, a default, or a variable's input type)",
    docs: RuleDocs {
        what: "Reports a deprecated input-object field written in an argument literal or a variable's default value, with the same date policy as `deprecated-field`. A variable whose input type has deprecated fields is reported at the variable's type, since the code that fills the variable may set them.",
        why: "Once removed, the server rejects input that still sets the field, so mutations fail.",
        example: "mutation Update($input: UpdateUserInput!) {\n  updateUser(input: $input) { viewer { id } }\n}",
        instead: "Set the replacement field in the input instead, and stop filling the deprecated one in the code that builds the variables.",
    },
};
