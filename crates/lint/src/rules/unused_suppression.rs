//! `unused-suppression` (KQL900): a `krakenql-allow` comment that suppresses nothing.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL900",
    name: "unused-suppression",
    default_severity: Severity::Warning,
    summary: "a suppression comment matches no finding",
    docs: RuleDocs {
        what: "Reports a `# krakenql-allow(RULE): reason until YYYY-MM-DD` comment that did not suppress any finding on the line it covers.",
        why: "A stale suppression hides the next real finding on that line and misleads readers.",
        example: "query Account($n: String!) {\n  # krakenql-allow(deprecated-field): migrating until 2027-01-31\n  account(accountNumber: $n) { id }\n}",
        instead: "Delete the comment.",
    },
};
