//! The `stale-schema` note (KQL200): a schema whose knowledge is older than the allowed age.

use chrono::NaiveDate;
use krakenql_schema::KrakenSchema;
use serde::{Deserialize, Serialize};

use super::LintOptions;
use crate::diagnostic::LintDiagnostic;
use crate::rules;

/// What the note needs to know of a schema: the date its knowledge is from and where it was
/// fetched. Kept in a prepared `#[kraken_query]` entry so that a build which never parses the
/// schema notes its age exactly as one that does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemaAge {
    /// The date of the schema's newest source, or of its fetch.
    pub date: NaiveDate,
    /// The endpoint it was fetched from, when its header says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
}

impl SchemaAge {
    /// The schema's age inputs; `None` when the schema states no date.
    pub fn of(schema: &KrakenSchema) -> Option<SchemaAge> {
        let knowledge = schema.knowledge();
        Some(SchemaAge {
            date: knowledge.date?,
            endpoint: knowledge.endpoint.clone(),
        })
    }
}

/// The `stale-schema` note, when the schema's date is more than `options.max_schema_age_days`
/// days before `options.today`; `None` for a fresh schema or one that states no date.
pub fn staleness(age: Option<&SchemaAge>, options: &LintOptions) -> Option<LintDiagnostic> {
    let SchemaAge { date, endpoint } = age?;
    let days = (options.today - *date).num_days();
    if days <= i64::from(options.max_schema_age_days) {
        return None;
    }
    let refresh = match endpoint {
        Some(endpoint) => format!("krakenql schema fetch {endpoint} --out <the schema file>"),
        None => "krakenql schema fetch https://api.octopus.energy/v1/graphql/ --out schema/kraken.graphql".to_owned(),
    };
    Some(
        LintDiagnostic::new(
            &rules::stale_schema::RULE,
            format!(
                "the schema's knowledge dates from {date}, {days} days before {}, more than max_schema_age_days ({}): deprecations announced since are unknown to it",
                options.today, options.max_schema_age_days
            ),
            None,
        )
        .with_help(format!("refresh it with `{refresh}`")),
    )
}
