//! Suppression comments, `# krakenql-allow(RULE, …): reason until YYYY-MM-DD`: finding them in
//! GraphQL text, and applying them to a run's diagnostics with the rules that report on them
//! (KQL900 unused, KQL901 expired, KQL902 malformed).

mod parse;
mod suggest;
#[cfg(test)]
mod tests;

use apollo_parser::{Lexer, TokenKind};
use chrono::NaiveDate;

use krakenql_schema::line_index::LineIndex;

use crate::diagnostic::{LintDiagnostic, Span};
use crate::rules::{self, Rule};

/// One well-formed suppression comment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Suppression {
    /// The file that holds the comment.
    pub file: String,
    /// The line where the comment starts, 1-based.
    pub line: usize,
    /// The column where the comment starts, 1-based.
    pub column: usize,
    /// The line whose findings it suppresses.
    pub covers_line: usize,
    /// The rules it suppresses, without repeats.
    pub rules: Vec<&'static Rule>,
    /// Why, as the author wrote it.
    pub reason: String,
    /// The last day on which it still suppresses.
    pub until: NaiveDate,
    /// The whole comment, for the diagnostics about it.
    pub span: Span,
}

/// Finds the suppression comments of one GraphQL document.
///
/// Comments are found with apollo-parser's lexer (so a `#` inside a string is never one). `text`
/// is the GraphQL text; `locate` maps a byte offset of `text` to (file byte offset, line, column),
/// which is [`locate_plain`] for `.graphql` files and a mapping for documents embedded in Rust
/// string literals. A comment after code covers its own line; a comment alone on its line
/// covers the next line that holds a GraphQL token. Comments that start with `krakenql-allow`
/// but cannot be read come back as KQL902 diagnostics, one for each problem.
pub fn scan(
    file: &str,
    text: &str,
    locate: &dyn Fn(usize) -> (usize, usize, usize),
) -> (Vec<Suppression>, Vec<LintDiagnostic>) {
    let (tokens, _) = Lexer::new(text).lex();
    let significant = |kind: TokenKind| {
        !matches!(
            kind,
            TokenKind::Whitespace | TokenKind::Comment | TokenKind::Comma | TokenKind::Eof
        )
    };
    let mut suppressions = Vec::new();
    let mut diagnostics = Vec::new();
    // Positions are looked up only around suppression comments, as `locate` may be slow.
    for (i, token) in tokens.iter().enumerate() {
        if token.kind() != TokenKind::Comment {
            continue;
        }
        let start = token.index();
        let end = start + token.data().len();
        let Some(parsed) = parse::parse(token.data()) else {
            continue;
        };
        let span = make_span(file, locate, start, end);
        if !parsed.problems.is_empty() {
            diagnostics.extend(parsed.problems.into_iter().map(|problem| {
                let span = make_span(
                    file,
                    locate,
                    start + problem.range.start,
                    start + problem.range.end,
                );
                LintDiagnostic::new(
                    &rules::malformed_suppression::RULE,
                    problem.message,
                    Some(span),
                )
                .with_help(problem.help)
            }));
            continue;
        }
        let Some(until) = parsed.until else {
            continue;
        };
        let previous = tokens[..i].iter().rev().find(|t| significant(t.kind()));
        let follows_code =
            previous.is_some_and(|t| locate(t.index() + t.data().len()).1 == span.line);
        let next = tokens[i + 1..].iter().find(|t| significant(t.kind()));
        let covers_line = match next {
            _ if follows_code => span.line,
            Some(next) => locate(next.index()).1,
            None => span.line + 1,
        };
        suppressions.push(Suppression {
            file: file.to_owned(),
            line: span.line,
            column: span.column,
            covers_line,
            rules: parsed.rules,
            reason: parsed.reason,
            until,
            span,
        });
    }
    (suppressions, diagnostics)
}

/// Applies suppressions to the diagnostics of a run.
///
/// Removes every diagnostic an active suppression covers (same file, rule in its list, the
/// diagnostic's span starts on `covers_line`); adds KQL900 unused-suppression for the rules of
/// active ones that matched nothing and KQL901 expired-suppression (`until < today`) for expired
/// ones, which suppress nothing. Never suppresses the suppression rules themselves. The kept
/// diagnostics keep their order and the new ones follow; the caller sorts the report. Returns
/// them with how many diagnostics were suppressed.
pub fn apply(
    diagnostics: Vec<LintDiagnostic>,
    suppressions: &[Suppression],
    today: NaiveDate,
) -> (Vec<LintDiagnostic>, usize) {
    let mut used: Vec<Vec<bool>> = suppressions
        .iter()
        .map(|suppression| vec![false; suppression.rules.len()])
        .collect();
    let mut kept = Vec::with_capacity(diagnostics.len());
    let mut suppressed_count = 0;
    for diagnostic in diagnostics {
        let mut suppressed = false;
        if let Some(span) = diagnostic
            .span
            .as_ref()
            .filter(|_| !parse::is_suppression_rule(diagnostic.rule))
        {
            for (suppression, used) in suppressions.iter().zip(used.iter_mut()) {
                if suppression.until < today
                    || suppression.file != span.file
                    || suppression.covers_line != span.line
                {
                    continue;
                }
                for (rule, used) in suppression.rules.iter().zip(used.iter_mut()) {
                    if rule.code == diagnostic.rule.code {
                        *used = true;
                        suppressed = true;
                    }
                }
            }
        }
        if suppressed {
            suppressed_count += 1;
        } else {
            kept.push(diagnostic);
        }
    }
    for (suppression, used) in suppressions.iter().zip(&used) {
        if suppression.until < today {
            kept.push(expired(suppression));
            continue;
        }
        let unused: Vec<&'static Rule> = suppression
            .rules
            .iter()
            .zip(used)
            .filter(|(_, used)| !**used)
            .map(|(rule, _)| *rule)
            .collect();
        if !unused.is_empty() {
            kept.push(unused_rules(suppression, &unused));
        }
    }
    (kept, suppressed_count)
}

/// KQL901 for an expired suppression.
fn expired(suppression: &Suppression) -> LintDiagnostic {
    let until = suppression.until.format("%Y-%m-%d");
    LintDiagnostic::new(
        &rules::expired_suppression::RULE,
        format!(
            "this suppression of {} expired on {until} and no longer suppresses anything",
            names(&suppression.rules)
        ),
        Some(suppression.span.clone()),
    )
    .with_help(format!(
        "the suppression expired on {until}: finish the migration and delete it, or move the date"
    ))
}

/// KQL900 for the rules of a suppression that matched no finding.
fn unused_rules(suppression: &Suppression, unused: &[&'static Rule]) -> LintDiagnostic {
    let (message, help) = if unused.len() == suppression.rules.len() {
        (
            format!(
                "this suppression of {} matched no finding on line {}",
                names(unused),
                suppression.covers_line
            ),
            "delete the comment; a suppression covers its own line when it follows code, else the next line with GraphQL on it",
        )
    } else {
        (
            format!(
                "{} in this suppression matched no finding on line {}",
                names(unused),
                suppression.covers_line
            ),
            "delete the unused rule names from the list",
        )
    };
    LintDiagnostic::new(
        &rules::unused_suppression::RULE,
        message,
        Some(suppression.span.clone()),
    )
    .with_help(help)
}

/// Rule names as `` `a`, `b` ``.
fn names(rules: &[&'static Rule]) -> String {
    let names: Vec<String> = rules
        .iter()
        .map(|rule| format!("`{}`", rule.name))
        .collect();
    names.join(", ")
}

/// The span of bytes `start..end` of the GraphQL text, placed in the file by `locate`.
fn make_span(
    file: &str,
    locate: &dyn Fn(usize) -> (usize, usize, usize),
    start: usize,
    end: usize,
) -> Span {
    let (start, line, column) = locate(start);
    let (end, end_line, end_column) = locate(end);
    Span {
        file: file.to_owned(),
        start,
        end,
        line,
        column,
        end_line,
        end_column,
    }
}

/// The `locate` of a file that is all GraphQL: byte offsets stay, with 1-based line and
/// column (columns count characters).
pub fn locate_plain(text: &str) -> impl Fn(usize) -> (usize, usize, usize) + '_ {
    let index = LineIndex::new(text);
    move |offset| {
        let (line, column) = index.line_column(offset);
        (offset, line, column)
    }
}
