//! `deprecated-argument` (KQL002): an operation passes an argument whose deprecation Kraken dated.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL002",
    name: "deprecated-argument",
    default_severity: Severity::Warning,
    summary: "passes a deprecated argument; an error once its removal date has passed",
    docs: RuleDocs {
        what: "Reports every argument passed to a field or directive that the schema marks `@deprecated`, with the same date policy as `deprecated-field`.",
        why: "Kraken removes arguments on their removal date like fields; the server then rejects the whole operation.",
        example: "query Bills($account: String!) {\n  account(accountNumber: $account) {\n    bills(first: 1, orderBy: FROM_DATE_DESC) { edges { node { id } } }\n  }\n}",
        instead: "Drop the argument or pass the one the deprecation names.",
    },
};
