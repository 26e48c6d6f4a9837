//! The grammar of one suppression comment, `# krakenql-allow(RULE, …): reason until YYYY-MM-DD`,
//! read from the comment's text alone. Problems come back as byte ranges of the comment, so
//! the caller can place them in the file.

use std::ops::Range;

use chrono::NaiveDate;

use super::suggest::{closest_rule, known_rules};
use crate::rules::{self, Rule};

/// The word that makes a comment a suppression.
const KEYWORD: &str = "krakenql-allow";

/// A comment that starts with `krakenql-allow`, read as far as it could be.
#[derive(Debug, Default)]
pub(super) struct Parsed {
    /// The rules named and known, without repeats.
    pub rules: Vec<&'static Rule>,
    /// The reason, trimmed; empty when missing.
    pub reason: String,
    /// The `until` date, when it is a real date.
    pub until: Option<NaiveDate>,
    /// Everything wrong with the comment; a suppression only when empty.
    pub problems: Vec<Problem>,
}

/// One thing wrong with a suppression comment.
#[derive(Debug)]
pub(super) struct Problem {
    /// Bytes of the comment it concerns.
    pub range: Range<usize>,
    pub message: String,
    pub help: String,
}

/// What the help shows as the correct form: the user's good parts, placeholders for the rest.
#[derive(Default)]
struct Form {
    rules: Vec<String>,
    reason: Option<String>,
    date: Option<String>,
}

impl Form {
    fn render(&self) -> String {
        let rules = if self.rules.is_empty() {
            "RULE".to_owned()
        } else {
            self.rules.join(", ")
        };
        let reason = self.reason.as_deref().unwrap_or("why it is still needed");
        let date = self.date.as_deref().unwrap_or("YYYY-MM-DD");
        format!("# {KEYWORD}({rules}): {reason} until {date}")
    }
}

/// Reads a comment (with its leading `#`); `None` when it is not a suppression at all.
pub(super) fn parse(comment: &str) -> Option<Parsed> {
    let body = comment.strip_prefix('#')?;
    let start = comment.len() - body.trim_start().len();
    if !comment[start..].starts_with(KEYWORD) {
        return None;
    }
    let mut parsed = Parsed::default();
    let mut form = Form::default();
    let mut problems = Vec::new();
    let after_keyword = start + KEYWORD.len();
    let open = after_keyword
        + (comment[after_keyword..].len() - comment[after_keyword..].trim_start().len());
    if !comment[open..].starts_with('(') {
        problems.push((
            start..after_keyword,
            "this suppression names no rule: `krakenql-allow` must be followed by `(RULE)`"
                .to_owned(),
        ));
        parsed.problems = finish(problems, &form);
        return Some(parsed);
    }
    let Some(close) = comment[open..].find(')').map(|at| open + at) else {
        problems.push((
            open..comment.len(),
            "the rule list of this suppression is not closed with `)`".to_owned(),
        ));
        parsed.problems = finish(problems, &form);
        return Some(parsed);
    };
    read_rules(
        comment,
        open + 1..close,
        &mut parsed,
        &mut form,
        &mut problems,
    );
    read_tail(comment, close + 1, &mut parsed, &mut form, &mut problems);
    parsed.problems = finish(problems, &form);
    Some(parsed)
}

/// Turns problems into ones with a help showing the corrected comment.
fn finish(problems: Vec<(Range<usize>, String)>, form: &Form) -> Vec<Problem> {
    problems
        .into_iter()
        .map(|(range, message)| Problem {
            range,
            message,
            help: format!("write it as `{}`", form.render()),
        })
        .collect()
}

/// Reads the comma-separated rule list in `list` (bytes of `comment`).
fn read_rules(
    comment: &str,
    list: Range<usize>,
    parsed: &mut Parsed,
    form: &mut Form,
    problems: &mut Vec<(Range<usize>, String)>,
) {
    let mut at = list.start;
    for item in comment[list.clone()].split(',') {
        let lead = item.len() - item.trim_start().len();
        let name = item.trim();
        let range = at + lead..at + lead + name.len();
        at += item.len() + 1;
        if name.is_empty() {
            problems.push((
                range,
                "this suppression has an empty rule name in its list".to_owned(),
            ));
            continue;
        }
        match rules::find(name) {
            Some(rule) if is_suppression_rule(rule) => {
                problems.push((
                    range,
                    format!("`{name}` cannot be suppressed: it reports on suppressions themselves"),
                ));
            }
            Some(rule) => {
                if !parsed.rules.iter().any(|known| known.code == rule.code) {
                    form.rules.push(name.to_owned());
                    parsed.rules.push(rule);
                }
            }
            None => {
                let message = match closest_rule(name) {
                    Some(suggestion) => {
                        form.rules.push(suggestion.to_owned());
                        format!("`{name}` is not a krakenql rule; did you mean `{suggestion}`?")
                    }
                    None => {
                        form.rules.push("RULE".to_owned());
                        format!(
                            "`{name}` is not a krakenql rule; known rules are {}",
                            known_rules()
                        )
                    }
                };
                problems.push((range, message));
            }
        }
    }
}

/// Reads `: reason until YYYY-MM-DD` from byte `from` of `comment` to its end.
fn read_tail(
    comment: &str,
    from: usize,
    parsed: &mut Parsed,
    form: &mut Form,
    problems: &mut Vec<(Range<usize>, String)>,
) {
    let rest = &comment[from..];
    let colon = rest.trim_start().starts_with(':');
    let reason_start = if colon {
        from + (rest.len() - rest.trim_start().len()) + 1
    } else {
        problems.push((
            from..comment.len(),
            "this suppression gives no reason: expected `:` and a reason after the rule list"
                .to_owned(),
        ));
        from
    };
    let until = find_until(&comment[reason_start..]).map(|at| reason_start + at);
    let reason = comment[reason_start..until.unwrap_or(comment.len())].trim();
    parsed.reason = reason.to_owned();
    if !reason.is_empty() {
        form.reason = Some(reason.to_owned());
    } else if colon {
        problems.push((
            reason_start - 1..reason_start,
            "this suppression gives no reason after `:`".to_owned(),
        ));
    }
    let Some(until) = until else {
        problems.push((
            comment.trim_end().len()..comment.trim_end().len(),
            "this suppression has no `until YYYY-MM-DD` date".to_owned(),
        ));
        return;
    };
    let after = until + "until".len();
    let date_text = comment[after..].trim_start();
    let date_start = comment.len() - date_text.len();
    // A date may be followed directly by punctuation, so `2027-01-31, see X` reads the date and
    // then reports the rest.
    let word = date_text.split_whitespace().next().unwrap_or("");
    let word = match word.get(..10) {
        Some(date) if word.len() > 10 && date_shaped(date) => date,
        _ => word,
    };
    let range = date_start..date_start + word.len();
    if word.is_empty() {
        problems.push((until..after, "`until` is not followed by a date".to_owned()));
        return;
    }
    match read_date(word) {
        Ok(date) => {
            parsed.until = Some(date);
            form.date = Some(word.to_owned());
        }
        Err(message) => problems.push((range.clone(), message)),
    }
    let trailing = date_text[word.len()..].trim();
    if !trailing.is_empty() {
        let start = range.end
            + (date_text[word.len()..].len() - date_text[word.len()..].trim_start().len());
        problems.push((
            start..start + trailing.len(),
            format!("unexpected `{trailing}` after the date; the date must end the comment"),
        ));
    }
}

/// The byte offset of the last word `until` in `text`.
fn find_until(text: &str) -> Option<usize> {
    text.rmatch_indices("until").map(|(at, _)| at).find(|&at| {
        let before = text[..at].chars().next_back();
        let after = text[at + "until".len()..].chars().next();
        before.is_none_or(|c| c.is_whitespace() || c == ':')
            && after.is_none_or(char::is_whitespace)
    })
}

/// Whether `word` looks like `YYYY-MM-DD`, real date or not.
fn date_shaped(word: &str) -> bool {
    word.len() == 10
        && word.char_indices().all(|(i, c)| {
            if i == 4 || i == 7 {
                c == '-'
            } else {
                c.is_ascii_digit()
            }
        })
}

/// Reads a `YYYY-MM-DD` date, saying what is wrong with it otherwise.
fn read_date(word: &str) -> Result<NaiveDate, String> {
    if !date_shaped(word) {
        return Err(format!("`{word}` is not a date in the form YYYY-MM-DD"));
    }
    let number = |range: Range<usize>| word[range].parse::<u32>().unwrap_or(0);
    let year = i32::try_from(number(0..4)).unwrap_or(0);
    NaiveDate::from_ymd_opt(year, number(5..7), number(8..10))
        .ok_or_else(|| format!("`{word}` is not a real date"))
}

/// Whether `rule` reports on suppressions, which no suppression may silence.
pub(super) fn is_suppression_rule(rule: &Rule) -> bool {
    [
        rules::unused_suppression::RULE.code,
        rules::expired_suppression::RULE.code,
        rules::malformed_suppression::RULE.code,
    ]
    .contains(&rule.code)
}
