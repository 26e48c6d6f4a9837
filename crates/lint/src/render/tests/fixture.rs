//! The hand-built report every renderer test renders: two files, five findings.

use chrono::NaiveDate;
use krakenql_schema::{
    Coordinate, Deprecation, MentionedItem, ReasonProblem, Replacement, Severity,
};

use crate::diagnostic::{Label, LintDiagnostic, Span};
use crate::report::LintReport;
use crate::rules;
use crate::source::LintSource;

const ACCOUNT: &str = "queries/account.graphql";
const ACCOUNT_TEXT: &str = "query AccountUrls($accountNumber: String!) {
  accountUrls(accountNumber: $accountNumber) {
    url
  }
  account(accountNumber: $accountNumber) {
    bills(first: 10) {
      edges { node { id } }
    }
    status
  }
}
";

const METER: &str = "queries/meter readings, v2.graphql";
const METER_TEXT: &str = "# Meter readings, with a comma, a colon: and 100% of the fields.
query Meter {
  meter {
    unknownField
  }
}
";

/// The span of the `nth` (0-based) occurrence of `needle` in `text`.
fn span(file: &str, text: &str, needle: &str, nth: usize) -> Span {
    let start = text
        .match_indices(needle)
        .nth(nth)
        .map(|(offset, _)| offset)
        .expect("the needle occurs in the text");
    crate::extract::span(file, text, start, start + needle.len())
}

fn date(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("a valid date")
}

fn deprecation(
    coordinate: Coordinate,
    reason: &str,
    dates: (Option<&str>, Option<&str>),
    replacement: Option<(&str, &str, bool)>,
    announcement: Option<&str>,
) -> Deprecation {
    Deprecation {
        kind: coordinate.kind(),
        coordinate,
        reason: reason.to_owned(),
        marked_on: dates.0.map(date),
        removal_on_or_after: dates.1.map(date),
        replacement: replacement.map(|(advice, item, resolved)| Replacement {
            advice: advice.to_owned(),
            items: vec![MentionedItem {
                text: item.to_owned(),
                coordinate: resolved.then(|| Coordinate::field("Query", item)),
            }],
        }),
        announcement: announcement.map(str::to_owned),
        problems: if dates.1.is_none() {
            vec![ReasonProblem::NoRemovalDate]
        } else {
            Vec::new()
        },
        source: Some("octopus-uk-2024-07".to_owned()),
        per: None,
    }
}

/// Two files, five findings: a removed field, an upcoming argument removal, an undated
/// deprecation, an invalid field with a label in an unloaded file, and a finding without a span.
pub(super) fn report() -> LintReport {
    let mut removed = LintDiagnostic::new(
        &rules::deprecated_field::RULE,
        "`Query.accountUrls` was due for removal on 2024-01-01.",
        Some(span(ACCOUNT, ACCOUNT_TEXT, "accountUrls", 0)),
    )
    .with_help("use 'urls' instead")
    .in_operation(Some("AccountUrls".to_owned()));
    removed.severity = Severity::Error;
    removed.labels.push(Label {
        span: span(ACCOUNT, ACCOUNT_TEXT, "AccountUrls", 0),
        message: "in this operation".to_owned(),
    });
    removed.coordinate = Some(Coordinate::field("Query", "accountUrls"));
    removed.deprecation = Some(deprecation(
        Coordinate::field("Query", "accountUrls"),
        "The 'accountUrls' field is deprecated.\n\nPlease use 'urls' instead.\n\n- Marked as deprecated on 2021-10-12.\n- Scheduled for removal on or after 2024-01-01.\n\nYou can read more about this deprecation on:\nhttps://announcements.kraken.tech/announcements/public/123/",
        (Some("2021-10-12"), Some("2024-01-01")),
        Some(("Please use 'urls' instead.", "urls", true)),
        Some("https://announcements.kraken.tech/announcements/public/123/"),
    ));
    if let Some(deprecation) = &mut removed.deprecation {
        // Another brand's schema speaks for this one: the human form names it.
        deprecation.source = Some("edf-gb-2026-07".to_owned());
        deprecation.per = Some("the EDF GB schema of 2026-07-27".to_owned());
    }
    removed.days_until_removal = Some(-152);

    let argument = Coordinate::argument("AccountType", "bills", "first");
    let mut upcoming = LintDiagnostic::new(
        &rules::deprecated_argument::RULE,
        "`AccountType.bills(first:)` is scheduled for removal on or after 2024-09-01.",
        Some(span(ACCOUNT, ACCOUNT_TEXT, "first", 0)),
    )
    .with_help("Please paginate with 'last' instead.")
    .in_operation(Some("AccountUrls".to_owned()));
    upcoming.coordinate = Some(argument.clone());
    upcoming.deprecation = Some(deprecation(
        argument,
        "Please paginate with 'last' instead.\n\n- Will be removed on 2024-09-01.",
        (None, Some("2024-09-01")),
        Some(("Please paginate with 'last' instead.", "last", false)),
        None,
    ));
    upcoming.days_until_removal = Some(92);

    let status = Coordinate::field("AccountType", "status");
    let mut undated = LintDiagnostic::new(
        &rules::deprecated_field::RULE,
        "`AccountType.status` is deprecated and names no removal date.",
        Some(span(ACCOUNT, ACCOUNT_TEXT, "status", 0)),
    )
    .in_operation(Some("AccountUrls".to_owned()));
    undated.coordinate = Some(status.clone());
    undated.deprecation = Some(deprecation(
        status,
        "Replaced in favor of fields.",
        (None, None),
        None,
        None,
    ));

    let mut invalid = LintDiagnostic::new(
        &rules::invalid_operation::RULE,
        "Cannot query field \"unknownField\" on type \"MeterType\".",
        Some(span(METER, METER_TEXT, "unknownField", 0)),
    )
    .with_help("check the field name against the schema")
    .in_operation(Some("Meter".to_owned()));
    invalid.labels.push(Label {
        span: Span {
            file: "schema/kraken.graphql".to_owned(),
            start: 0,
            end: 9,
            line: 120,
            column: 1,
            end_line: 120,
            end_column: 10,
        },
        message: "MeterType is defined here".to_owned(),
    });

    let unspanned = LintDiagnostic::new(
        &rules::unused_suppression::RULE,
        "A suppression in graphql.config.toml matched no finding.",
        None,
    )
    .with_help("remove it (100% safe),\nor fix the rule name: `deprecated-field`");

    let mut diagnostics = vec![removed, upcoming, undated, invalid, unspanned];
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    LintReport {
        diagnostics,
        sources: vec![
            LintSource::from_path(ACCOUNT, ACCOUNT_TEXT),
            LintSource::from_path(METER, METER_TEXT),
            LintSource::from_path("queries/clean.graphql", "query Clean { viewer { id } }\n"),
        ],
        files: 3,
        operations: 3,
        baselined: 1,
        suppressed: 2,
        deprecated_uses: Vec::new(),
    }
}
