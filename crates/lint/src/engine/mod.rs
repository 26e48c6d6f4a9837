//! The lint run: units, parsing, validation, the deprecation walk, the date policy,
//! suppressions and the baseline, in that order.

pub(crate) mod documents;
pub(crate) mod literal;
pub(crate) mod one_of;
mod policy;
mod prepared;
mod staleness;
mod suggest;
pub(crate) mod units;
mod walk;

use std::collections::HashMap;

use chrono::NaiveDate;
use krakenql_schema::config::{Config, DEFAULT_MAX_SCHEMA_AGE_DAYS};
use krakenql_schema::line_index::LineIndex;
use krakenql_schema::KrakenSchema;

pub use policy::DatePolicy;
pub use prepared::{judge, DeprecatedUse};
pub use staleness::{staleness, SchemaAge};
pub use suggest::closest;

use self::documents::{build_and_validate, parse_units, FragmentIndex};
use self::walk::{deprecated_usages, Usage};
use crate::baseline::Baseline;
use crate::diagnostic::LintDiagnostic;
use crate::report::LintReport;
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
    /// Schema coordinates (`Query.accountUrls`) whose deprecation findings are never errors:
    /// a passed removal date (or one within the window) is reported as a warning that says so.
    pub allow_removed: Vec<String>,
}

impl LintOptions {
    /// Options for `today` with no window and no baseline.
    pub fn new(today: NaiveDate) -> Self {
        LintOptions {
            today,
            warn_within: None,
            baseline: None,
            max_schema_age_days: DEFAULT_MAX_SCHEMA_AGE_DAYS,
            allow_removed: Vec::new(),
        }
    }

    /// Options for `today` with every setting of a config that changes a verdict
    /// (`max_schema_age_days`, `allow_removed`). `krakenql lint`, `generate`, `expand`,
    /// `prepare` and `#[kraken_query]` all build their options here, so one config gives one
    /// verdict whichever of them reads it.
    pub fn from_config(today: NaiveDate, config: &Config) -> Self {
        LintOptions {
            max_schema_age_days: config
                .max_schema_age_days
                .unwrap_or(DEFAULT_MAX_SCHEMA_AGE_DAYS),
            allow_removed: config.allow_removed.clone(),
            ..LintOptions::new(today)
        }
    }

    /// The date policy of these options.
    fn policy(&self) -> DatePolicy {
        DatePolicy {
            today: self.today,
            warn_within: self.warn_within,
        }
    }

    /// The diagnostic of one deprecated use: the date policy's verdict, then `allow_removed`.
    fn judge_use(&self, found: &DeprecatedUse) -> LintDiagnostic {
        let mut diagnostic = found.diagnostic(&self.policy());
        policy::allow(&mut diagnostic, &self.allow_removed);
        diagnostic
    }
}

/// Lints every source against the schema. Never stops at the first problem: a file that does
/// not parse is reported and the others are still linted.
pub fn lint(schema: &KrakenSchema, sources: Vec<LintSource>, options: &LintOptions) -> LintReport {
    let (units, mut diagnostics) = units::units(&sources);
    let mut uses = Vec::new();
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
            let (diagnostic, found) = deprecation_diagnostic(&usage, unit.unit, &sources, options);
            diagnostics.push(diagnostic);
            uses.push(found);
        }
    }
    uses.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    uses.dedup();
    diagnostics.extend(staleness(SchemaAge::of(schema).as_ref(), options));
    finish(diagnostics, uses, &units, sources, options, operations)
}

/// The end of every run, fresh or judged again: suppressions found in the units' text and
/// applied on `options.today`, then the baseline; diagnostics sorted and without repeats.
fn finish(
    mut diagnostics: Vec<LintDiagnostic>,
    deprecated_uses: Vec<DeprecatedUse>,
    units: &[units::Unit],
    sources: Vec<LintSource>,
    options: &LintOptions,
    operations: usize,
) -> LintReport {
    let mut suppressions = Vec::new();
    for unit in units {
        let source_text = sources
            .get(unit.source)
            .map_or(unit.text.as_str(), |s| s.text.as_str());
        let index = LineIndex::new(source_text);
        let locate = |offset: usize| {
            let file_offset = unit.file_offset(offset);
            let (line, column) = index.line_column(file_offset);
            (file_offset, line, column)
        };
        let (found, problems) = suppress::scan(&unit.file, &unit.text, &locate);
        suppressions.extend(found);
        diagnostics.extend(problems);
    }
    dedupe(&mut diagnostics);
    let (diagnostics, suppressed) = suppress::apply(diagnostics, &suppressions, options.today);
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
        suppressed,
        deprecated_uses,
    }
}

/// Sorts diagnostics and removes exact repeats (a fragment checked from several operations).
fn dedupe(diagnostics: &mut Vec<LintDiagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup_by(|a, b| a.sort_key() == b.sort_key() && a.operation == b.operation);
}

/// The diagnostic of one deprecated use on the options' date, and the use without the verdict.
fn deprecation_diagnostic(
    usage: &Usage<'_>,
    unit: &units::Unit,
    sources: &[LintSource],
    options: &LintOptions,
) -> (LintDiagnostic, DeprecatedUse) {
    let deprecation = usage.deprecation;
    let found = DeprecatedUse {
        coordinate: deprecation.coordinate.clone(),
        kind: deprecation.kind,
        removal_on_or_after: deprecation.removal_on_or_after,
        via_variable: usage.via_variable.clone(),
        help: deprecation.replacement_hint(),
        source: deprecation.source.clone(),
        operation: usage.owner.clone(),
        span: unit.span(sources, usage.start, usage.end),
    };
    let mut diagnostic = options.judge_use(&found);
    diagnostic.deprecation = Some(deprecation.clone());
    (diagnostic, found)
}
