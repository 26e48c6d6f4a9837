//! The junit format: JUnit XML through `quick-junit`, for CI systems that show test reports.
//!
//! One `testsuite` per linted file (in the report's source order, then files only diagnostics
//! name), one `testcase` per operation that has findings, and one testcase named after the file
//! for findings outside any operation or for a file without findings. A testcase with errors
//! fails: the `failure` message is the error (or the count of errors), its text is the human
//! rendering of every finding of the testcase. A testcase with only warnings passes and carries
//! them in `system-out`. Findings without a location go into a suite named `krakenql`. No
//! timestamps, durations or host names, so the output is deterministic.

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use krakenql_schema::Severity;

use super::human::render_diagnostic;
use crate::diagnostic::LintDiagnostic;
use crate::report::LintReport;

/// The suite of findings that have no file.
const NO_FILE_SUITE: &str = "krakenql";

/// Renders the report as JUnit XML followed by a newline.
pub(super) fn render(report: &LintReport) -> String {
    let mut junit = Report::new("krakenql");
    for (file, diagnostics) in by_file(report) {
        let mut suite = TestSuite::new(file.unwrap_or(NO_FILE_SUITE));
        let default_case = file.unwrap_or(NO_FILE_SUITE);
        if diagnostics.is_empty() {
            let mut case = TestCase::new(default_case, TestCaseStatus::success());
            case.set_classname(default_case);
            suite.add_test_case(case);
        }
        for (operation, findings) in group(diagnostics, |d| d.operation.as_deref()) {
            let name = operation.unwrap_or(default_case);
            suite.add_test_case(test_case(report, name, default_case, &findings));
        }
        junit.add_test_suite(suite);
    }
    match junit.to_string() {
        Ok(mut text) => {
            if !text.ends_with('\n') {
                text.push('\n');
            }
            text
        }
        // Serialising into memory only fails on invalid XML names, which these are not.
        Err(error) => format!("<!-- krakenql could not write JUnit XML: {error} -->\n"),
    }
}

/// One testcase: failed when any finding is an error, passed with the findings as output otherwise.
fn test_case(
    report: &LintReport,
    name: &str,
    classname: &str,
    findings: &[&LintDiagnostic],
) -> TestCase {
    let text: String = findings
        .iter()
        .map(|diagnostic| render_diagnostic(report, diagnostic, false))
        .collect::<Vec<_>>()
        .join("\n");
    let errors: Vec<&&LintDiagnostic> = findings
        .iter()
        .filter(|diagnostic| diagnostic.severity == Severity::Error)
        .collect();
    let mut case = match errors.as_slice() {
        [] => {
            let mut case = TestCase::new(name, TestCaseStatus::success());
            case.set_system_out(text);
            case
        }
        errors => {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            let message = match errors {
                [only] => format!("{}: {}", only.rule.code, only.message),
                _ => format!("{} errors", errors.len()),
            };
            let mut codes: Vec<&str> = errors.iter().map(|d| d.rule.code).collect();
            codes.sort_unstable();
            codes.dedup();
            status
                .set_message(message)
                .set_type(codes.join(","))
                .set_description(text);
            TestCase::new(name, status)
        }
    };
    case.set_classname(classname);
    case
}

/// The report's files with their diagnostics: sources first, in order, then other files as
/// diagnostics name them, then the diagnostics without a file (`None`).
fn by_file(report: &LintReport) -> Vec<(Option<&str>, Vec<&LintDiagnostic>)> {
    let mut files: Vec<(Option<&str>, Vec<&LintDiagnostic>)> = report
        .sources
        .iter()
        .map(|source| (Some(source.file.as_str()), Vec::new()))
        .collect();
    for (file, diagnostics) in group(report.diagnostics.iter().collect(), |d| {
        d.span.as_ref().map(|span| span.file.as_str())
    }) {
        match files.iter_mut().find(|(known, _)| *known == file) {
            Some((_, known)) => known.extend(diagnostics),
            None => files.push((file, diagnostics)),
        }
    }
    files
}

/// Groups items by a key, keeping the order in which keys first appear.
fn group<'a, K: PartialEq>(
    items: Vec<&'a LintDiagnostic>,
    key: impl Fn(&'a LintDiagnostic) -> K,
) -> Vec<(K, Vec<&'a LintDiagnostic>)> {
    let mut groups: Vec<(K, Vec<&'a LintDiagnostic>)> = Vec::new();
    for item in items {
        let item_key = key(item);
        match groups.iter_mut().find(|(known, _)| *known == item_key) {
            Some((_, members)) => members.push(item),
            None => groups.push((item_key, vec![item])),
        }
    }
    groups
}
