//! `syntax-error` (KQL101): the document is not GraphQL.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL101",
    name: "syntax-error",
    default_severity: Severity::Error,
    summary: "the document does not parse, or holds no operation or fragment",
    docs: RuleDocs {
        what: "Reports parse errors (with their position) and documents that hold no executable definition, such as an empty file.",
        why: "Nothing in such a file can be checked, so its deprecations would go unseen.",
        example: "query Account {\n  account(accountNumber: \"A-1\" {\n    id\n  }\n}",
        instead: "Fix the syntax; the other files are still linted.",
    },
};
