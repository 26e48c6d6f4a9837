//! `invalid-operation` (KQL100): the operation breaks a rule of the GraphQL specification
//! against this schema (apollo-compiler's validator), e.g. an unknown field.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL100",
    name: "invalid-operation",
    default_severity: Severity::Error,
    summary: "the operation does not validate against the schema",
    docs: RuleDocs {
        what: "Runs the GraphQL specification's validation (apollo-compiler) on every operation and fragment against the schema, and reports each failure with its location. Unknown fields and arguments get a \"did you mean\" hint when a close name exists.",
        why: "The server rejects an invalid operation as a whole. Operations that validated once stop validating when Kraken removes what they use, so this is also how removals that already happened show up.",
        example: "query Account($n: String!) {\n  account(accountNumber: $n) {\n    balanse\n  }\n}",
        instead: "Fix the operation as the message says (here: `balance`).",
    },
};
