//! The lint run: units, parsing, validation, the deprecation walk, the date policy,
//! suppressions and the baseline, in that order.

pub(crate) mod documents;
mod policy;
mod suggest;
pub(crate) mod units;
mod walk;

use std::collections::HashMap;

use chrono::NaiveDate;
use krakenql_schema::config::DEFAULT_MAX_SCHEMA_AGE_DAYS;
use krakenql_schema::{CoordinateKind, KrakenSchema};

pub use policy::DatePolicy;
pub use suggest::closest;

use self::documents::{build_and_validate, parse_units, FragmentIndex};
use self::walk::{deprecated_usages, Usage};
use crate::baseline::Baseline;
use crate::diagnostic::LintDiagnostic;
use crate::report::LintReport;
use crate::rules::{self, Rule};
use crate::source::LintSource;
use crate::suppress;

/// How to judge findings.
#[derive(Debug, Clone)]
pub struct LintOptions {
    /// The day to judge removal dates (and suppression dates) by.
    pub today: NaiveDate,
    /// Removal within this many days counts as an error too.
    pub warn_within: Option<u32>,
    /// Findings recorded here are left out of the report.
    pub baseline: Option<Baseline>,
    /// A schema whose knowledge is more days old than this on `today` gets one
    /// `stale-schema` note; a schema that states no date never does.
    pub max_schema_age_days: u32,
}

impl LintOptions {
    /// Options for `today` with no window and no baseline.
    pub fn new(today: NaiveDate) -> Self {
        LintOptions {
            today,
            warn_within: None,
            baseline: None,
            max_schema_age_days: DEFAULT_MAX_SCHEMA_AGE_DAYS,
        }
    }
}

/// Lints every source against the schema. Never stops at the first problem: a file that does
/// not parse is reported and the others are still linted.
pub fn lint(schema: &KrakenSchema, sources: Vec<LintSource>, options: &LintOptions) -> LintReport {
    let policy = DatePolicy {
        today: options.today,
        warn_within: options.warn_within,
    };
    let (units, mut diagnostics) = units::units(&sources);
    let units_by_key: HashMap<&str, &units::Unit> =
        units.iter().map(|unit| (unit.key.as_str(), unit)).collect();
    let parsed = parse_units(&units, &sources, &mut diagnostics);
    let fragments = FragmentIndex::new(&parsed, &sources, &mut diagnostics);
    let mut operations = 0;
    for unit in &parsed {
        let external = fragments.external_for(&parsed, &unit.ast);
        let document = build_and_validate(
            schema,
            unit,
            &external,
            &units_by_key,
            &sources,
            &|name| fragments.is_spread(name),
            &mut diagnostics,
        );
        operations += document.operations.iter().count();
        for usage in deprecated_usages(schema, &document, &unit.unit.key) {
            diagnostics.push(deprecation_diagnostic(&usage, unit.unit, &sources, &policy));
        }
    }
    let mut suppressions = Vec::new();
    for unit in &units {
        let source_text = sources
            .get(unit.source)
            .map_or(unit.text.as_str(), |s| s.text.as_str());
        let locate = |offset: usize| {
            let file_offset = unit.file_offset(offset);
            let (line, column) = crate::extract::line_column(source_text, file_offset);
            (file_offset, line, column)
        };
        let (found, problems) = suppress::scan(&unit.file, &unit.text, &locate);
        suppressions.extend(found);
        diagnostics.extend(problems);
    }
    diagnostics.extend(staleness(schema, options));
    dedupe(&mut diagnostics);
    let diagnostics = suppress::apply(diagnostics, &suppressions, options.today);
    let (mut diagnostics, baselined) = match &options.baseline {
        Some(baseline) => baseline.apply(diagnostics),
        None => (diagnostics, 0),
    };
    dedupe(&mut diagnostics);
    LintReport {
        diagnostics,
        files: sources.len(),
        sources,
        operations,
        baselined,
    }
}

/// The `stale-schema` note, when the schema states a date older than the allowed age.
pub fn staleness(schema: &KrakenSchema, options: &LintOptions) -> Option<LintDiagnostic> {
    let knowledge = schema.knowledge();
    let age = knowledge.age_days(options.today)?;
    if age <= i64::from(options.max_schema_age_days) {
        return None;
    }
    let date = knowledge.date?;
    let refresh = match &knowledge.endpoint {
        Some(endpoint) => format!("krakenql schema fetch {endpoint} --out <the schema file>"),
        None => "krakenql schema fetch https://api.octopus.energy/v1/graphql/ --out schema/kraken.graphql".to_owned(),
    };
    Some(
        LintDiagnostic::new(
            &rules::stale_schema::RULE,
            format!(
                "the schema's knowledge dates from {date}, {age} days before {}, more than max_schema_age_days ({}): deprecations announced since are unknown to it",
                options.today, options.max_schema_age_days
            ),
            None,
        )
        .with_help(format!("refresh it with `{refresh}`")),
    )
}

/// Sorts diagnostics and removes exact repeats (a fragment checked from several operations).
fn dedupe(diagnostics: &mut Vec<LintDiagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup_by(|a, b| a.sort_key() == b.sort_key() && a.operation == b.operation);
}

/// The rule that reports a deprecated item of this kind.
fn rule_for(kind: CoordinateKind) -> &'static Rule {
    match kind {
        CoordinateKind::Field => &rules::deprecated_field::RULE,
        CoordinateKind::Argument | CoordinateKind::DirectiveArgument => {
            &rules::deprecated_argument::RULE
        }
        CoordinateKind::InputField => &rules::deprecated_input_field::RULE,
        CoordinateKind::EnumValue => &rules::deprecated_enum_value::RULE,
    }
}

fn deprecation_diagnostic(
    usage: &Usage<'_>,
    unit: &units::Unit,
    sources: &[LintSource],
    policy: &DatePolicy,
) -> LintDiagnostic {
    let deprecation = usage.deprecation;
    let kind = deprecation.kind.as_str().replace('_', " ");
    let phrase = policy.removal_phrase(deprecation);
    let message = match &usage.via_variable {
        Some((variable, input)) => format!(
            "variable `${variable}` has input type `{input}`, whose {kind} `{}` is deprecated: {phrase}",
            deprecation.coordinate
        ),
        None => format!("{kind} `{}` is deprecated: {phrase}", deprecation.coordinate),
    };
    let mut diagnostic = LintDiagnostic::new(
        rule_for(deprecation.kind),
        message,
        Some(unit.span(sources, usage.start, usage.end)),
    )
    .in_operation(usage.owner.clone());
    diagnostic.severity = policy.severity(deprecation);
    diagnostic.help = deprecation.replacement_hint();
    diagnostic.coordinate = Some(deprecation.coordinate.clone());
    diagnostic.days_until_removal = deprecation.days_until_removal(policy.today);
    diagnostic.deprecation = Some(deprecation.clone());
    diagnostic
}
