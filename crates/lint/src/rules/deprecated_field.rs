//! `deprecated-field` (KQL001): an operation selects a field whose deprecation Kraken dated.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL001",
    name: "deprecated-field",
    default_severity: Severity::Warning,
    summary: "selects a deprecated field; an error once its removal date has passed",
    docs: RuleDocs {
        what: "Reports every selection of a field that the schema marks `@deprecated`. Kraken writes the removal date into the reason (`Scheduled for removal on or after 2024-01-01`, or the older `Will be removed on …`): on or after that date the finding is an error, before it a warning (an error within `--error-within DAYS`). A reason with no date is a warning.",
        why: "After its removal date Kraken may stop serving the field at any time; an operation that still selects it starts failing in production without any change on your side.",
        example: "query AccountUrls($accountNumber: String!) {\n  accountUrls(accountNumber: $accountNumber) {\n    url\n  }\n}",
        instead: "Use the replacement the deprecation names (the finding's `help:` line), or suppress it until a date with `# krakenql-allow(deprecated-field): reason until YYYY-MM-DD` while you migrate.",
    },
};
