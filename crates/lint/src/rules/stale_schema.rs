//! `stale-schema` (KQL200): the schema's knowledge is older than `max_schema_age_days`.

use krakenql_schema::Severity;

use super::{Rule, RuleDocs};

/// The rule.
pub const RULE: Rule = Rule {
    code: "KQL200",
    name: "stale-schema",
    default_severity: Severity::Note,
    summary: "the schema's knowledge is older than `max_schema_age_days`",
    docs: RuleDocs {
        what: "Notes, once per run, that the schema is older than `max_schema_age_days` (a key under `[extensions.krakenql]` in graphql.config.toml, 180 by default) as of the run's date (`--today`). A schema's age is its `Fetched` date (written by `krakenql schema fetch`) or the `Newest source` date of the bundled schema, both read from the comment lines atop the file. A schema that states no date gets no note. A note never fails a run.",
        why: "Deprecations announced after the schema was fetched are invisible to the linter: an old schema lets removed fields through without a word.",
        example: "# Source endpoint : https://api.octopus.energy/v1/graphql/\n# Fetched         : 2025-01-02 (UTC)\n\ntype Query {\n  viewer: String\n}",
        instead: "Refresh the schema: `krakenql schema fetch https://api.octopus.energy/v1/graphql/ --out schema/kraken.graphql`, or update krakenql for a newer bundled schema.",
    },
};
