//! Deprecated uses without the date's verdict, and judging them again on another day: what lets
//! a prepared `#[kraken_query]` expansion, stored once, report on a later day exactly what a
//! fresh lint run of its document would, without the schema.

use chrono::NaiveDate;
use krakenql_schema::{Coordinate, CoordinateKind};
use serde::{Deserialize, Serialize};

use super::{finish, staleness, units, DatePolicy, LintOptions, SchemaAge};
use crate::diagnostic::{LintDiagnostic, Span};
use crate::report::LintReport;
use crate::rules::{self, Rule};
use crate::source::LintSource;

/// One use of a deprecated schema item in an operation, with everything its diagnostic says
/// except what depends on the day: the verdict (error or warning) and the days left.
///
/// As JSON the coordinate is its text (`Query.bills(first:)`) and the kind its name (`argument`),
/// as in lint's JSON report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "StoredUse", into = "StoredUse")]
pub struct DeprecatedUse {
    /// The deprecated item, e.g. `Query.accountUrls`.
    pub coordinate: Coordinate,
    /// What kind of item it is (which rule reports it).
    pub kind: CoordinateKind,
    /// The removal date its reason gives, if any.
    pub removal_on_or_after: Option<NaiveDate>,
    /// For a use through a variable's input type: the variable and that type.
    pub via_variable: Option<(String, String)>,
    /// What to use instead, from the reason's advice.
    pub help: Option<String>,
    /// The source that speaks for the deprecation (see `Deprecation::source`), kept so that a
    /// stored finding says where its date came from.
    pub source: Option<String>,
    /// The operation or fragment it is in.
    pub operation: Option<String>,
    /// Where it is in the linted file.
    pub span: Span,
}

impl DeprecatedUse {
    /// Its diagnostic on the policy's day. The `deprecation` record (the full reason) is not
    /// kept in a use, so it is left empty here; a fresh lint run sets it.
    pub fn diagnostic(&self, policy: &DatePolicy) -> LintDiagnostic {
        let kind = self.kind.as_str().replace('_', " ");
        let phrase = policy.removal_phrase_for(self.removal_on_or_after);
        let message = match &self.via_variable {
            Some((variable, input)) => format!(
                "variable `${variable}` has input type `{input}`, whose {kind} `{}` is deprecated: {phrase}",
                self.coordinate
            ),
            None => format!("{kind} `{}` is deprecated: {phrase}", self.coordinate),
        };
        let mut diagnostic =
            LintDiagnostic::new(rule_for(self.kind), message, Some(self.span.clone()))
                .in_operation(self.operation.clone());
        diagnostic.severity = policy.severity_for(self.removal_on_or_after);
        diagnostic.help = self.help.clone();
        diagnostic.coordinate = Some(self.coordinate.clone());
        diagnostic.days_until_removal = self
            .removal_on_or_after
            .map(|removal| (removal - policy.today).num_days());
        diagnostic
    }

    /// The order of uses in a report: file, position, rule, coordinate.
    pub fn sort_key(&self) -> (&str, usize, usize, &'static str, String) {
        (
            self.span.file.as_str(),
            self.span.line,
            self.span.column,
            rule_for(self.kind).code,
            self.coordinate.to_string(),
        )
    }
}

/// The JSON form of a [`DeprecatedUse`].
#[derive(Serialize, Deserialize)]
struct StoredUse {
    coordinate: String,
    kind: String,
    removal_on_or_after: Option<NaiveDate>,
    via_variable: Option<(String, String)>,
    help: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    operation: Option<String>,
    span: Span,
}

impl From<DeprecatedUse> for StoredUse {
    fn from(found: DeprecatedUse) -> Self {
        StoredUse {
            coordinate: found.coordinate.to_string(),
            kind: found.kind.as_str().to_owned(),
            removal_on_or_after: found.removal_on_or_after,
            via_variable: found.via_variable,
            help: found.help,
            source: found.source,
            operation: found.operation,
            span: found.span,
        }
    }
}

impl TryFrom<StoredUse> for DeprecatedUse {
    type Error = String;

    fn try_from(stored: StoredUse) -> Result<Self, String> {
        let kind = CoordinateKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == stored.kind)
            .ok_or_else(|| format!("unknown kind `{}`", stored.kind))?;
        let coordinate = parse_coordinate(kind, &stored.coordinate).ok_or_else(|| {
            format!(
                "`{}` is not a {} coordinate",
                stored.coordinate, stored.kind
            )
        })?;
        Ok(DeprecatedUse {
            coordinate,
            kind,
            removal_on_or_after: stored.removal_on_or_after,
            via_variable: stored.via_variable,
            help: stored.help,
            source: stored.source,
            operation: stored.operation,
            span: stored.span,
        })
    }
}

/// A coordinate of a known kind from its text: `Type.name`, `Type.field(argument:)` or
/// `@directive(argument:)`.
fn parse_coordinate(kind: CoordinateKind, text: &str) -> Option<Coordinate> {
    if kind == CoordinateKind::DirectiveArgument {
        let (directive, argument) = text
            .strip_prefix('@')?
            .strip_suffix(":)")?
            .split_once('(')?;
        let coordinate = Coordinate::directive_argument(directive, argument);
        return (coordinate.to_string() == text).then_some(coordinate);
    }
    let (ty, rest) = text.split_once('.')?;
    let coordinate = match kind {
        CoordinateKind::Field => Coordinate::field(ty, rest),
        CoordinateKind::InputField => Coordinate::InputField {
            ty: ty.to_owned(),
            field: rest.to_owned(),
        },
        CoordinateKind::EnumValue => Coordinate::EnumValue {
            ty: ty.to_owned(),
            value: rest.to_owned(),
        },
        CoordinateKind::Argument => {
            let (field, argument) = rest.strip_suffix(":)")?.split_once('(')?;
            Coordinate::argument(ty, field, argument)
        }
        CoordinateKind::DirectiveArgument => return None,
    };
    (coordinate.to_string() == text).then_some(coordinate)
}

/// The rule that reports a deprecated item of this kind.
pub(super) fn rule_for(kind: CoordinateKind) -> &'static Rule {
    match kind {
        CoordinateKind::Field => &rules::deprecated_field::RULE,
        CoordinateKind::Argument | CoordinateKind::DirectiveArgument => {
            &rules::deprecated_argument::RULE
        }
        CoordinateKind::InputField => &rules::deprecated_input_field::RULE,
        CoordinateKind::EnumValue => &rules::deprecated_enum_value::RULE,
    }
}

/// The report a lint run of `sources` would give on `options.today`, from the deprecated uses
/// an earlier run found in them (its [`LintReport::deprecated_uses`]), without the schema: each
/// use judged on the day, then the suppression comments of the sources read and applied on the
/// day (an expired one reported again), then the baseline; `options.allow_removed` applies as
/// in [`lint`](super::lint). The sources must be the very texts
/// the uses were found in, holding valid operations (validation is not repeated); the
/// diagnostics carry no `deprecation` record, and `operations` is 0 (nothing is parsed).
/// `schema_age` is the schema's [`SchemaAge`] as the earlier run knew it, for the
/// `stale-schema` note.
pub fn judge(
    uses: &[DeprecatedUse],
    schema_age: Option<&SchemaAge>,
    sources: Vec<LintSource>,
    options: &LintOptions,
) -> LintReport {
    let (units, mut diagnostics) = units::units(&sources);
    diagnostics.extend(uses.iter().map(|found| options.judge_use(found)));
    diagnostics.extend(staleness(schema_age, options));
    finish(diagnostics, uses.to_vec(), &units, sources, options, 0)
}
