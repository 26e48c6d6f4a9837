//! `expired-suppression` (KQL901): a `krakenql-allow` comment whose `until` date has passed.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL901",
    name: "expired-suppression",
    default_severity: Severity::Error,
    summary: "a suppression comment's `until` date has passed; it no longer suppresses",
    docs: RuleDocs {
        what: "Reports a suppression whose `until` date is before today. It stops suppressing, so the finding it covered is reported again beside this one.",
        why: "Suppressions are for migrations with a deadline; when the deadline passes the build should say so.",
        example: "query AccountUrls($n: String!) {\n  # krakenql-allow(deprecated-field): moving to support site until 2024-06-30\n  accountUrls(accountNumber: $n) { url }\n}",
        instead: "Finish the migration and delete the comment, or move the date with a reason.",
    },
};
