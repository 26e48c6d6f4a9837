//! `malformed-suppression` (KQL902): a comment that starts like a suppression but cannot be read.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL902",
    name: "malformed-suppression",
    default_severity: Severity::Error,
    summary: "a `krakenql-allow` comment names no known rule, gives no reason, or has a bad date",
    docs: RuleDocs {
        what: "Reports a `krakenql-allow` comment that does not follow `# krakenql-allow(RULE): reason until YYYY-MM-DD`: an unknown rule, a missing reason, a missing or unreal `until` date.",
        why: "A suppression that cannot be read suppresses nothing, which is rarely what its author meant.",
        example: "# krakenql-allow(deprecated-feild) until 2027-02-30\n",
        instead: "Write `# krakenql-allow(deprecated-field): why it is still needed until 2027-02-28`.",
    },
};
