//! The sarif format: a SARIF 2.1.0 log with one run, as GitHub code scanning accepts it.
//!
//! The driver lists every rule of `rules::ALL` (so `ruleIndex` is stable across runs), columns
//! count Unicode code points (`columnKind`), and each result carries a `krakenql/v1` partial
//! fingerprint: an FNV-1a hash of rule, file, operation and coordinate (or message, when there is
//! no coordinate), with `:N` telling repeats within one run apart, like GitHub's own line hashes.
//! Findings without a location become `toolExecutionNotifications` of the run's invocation,
//! since GitHub code scanning rejects a result without a location.

use std::collections::HashMap;

use serde_json::{json, Map, Value};

use super::{level, message_with_help};
use crate::diagnostic::{LintDiagnostic, Span};
use crate::report::LintReport;
use crate::rules::{Rule, ALL};

/// The schema URI GitHub code scanning expects.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where the tool is described: the package's repository, else the workspace's placeholder
/// (the crate's manifest does not inherit `repository` yet).
const INFORMATION_URI: &str = if env!("CARGO_PKG_REPOSITORY").is_empty() {
    "https://example.invalid/krakenql"
} else {
    env!("CARGO_PKG_REPOSITORY")
};

/// The fingerprint key; bump the version if the hashed text ever changes.
const FINGERPRINT_KEY: &str = "krakenql/v1";

/// Renders the report as a pretty-printed SARIF log followed by a newline.
pub(super) fn render(report: &LintReport) -> String {
    let mut seen: HashMap<u64, usize> = HashMap::new();
    let mut results = Vec::new();
    let mut notifications = Vec::new();
    for diagnostic in &report.diagnostics {
        if diagnostic.span.is_none() {
            notifications.push(notification(diagnostic));
            continue;
        }
        let hash = fingerprint_hash(diagnostic);
        let count = seen.entry(hash).or_insert(0);
        *count += 1;
        results.push(result(diagnostic, &format!("{hash:016x}:{count}")));
    }
    let mut invocation = Map::new();
    invocation.insert("executionSuccessful".into(), json!(true));
    if !notifications.is_empty() {
        invocation.insert(
            "toolExecutionNotifications".into(),
            Value::Array(notifications),
        );
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "krakenql",
                    "informationUri": INFORMATION_URI,
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": ALL.iter().map(|rule| descriptor(rule)).collect::<Vec<_>>(),
                }
            },
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    match serde_json::to_string_pretty(&log) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        // Serialising a `Value` cannot fail; an empty object keeps the output JSON.
        Err(_) => "{}\n".to_owned(),
    }
}

/// A `reportingDescriptor` for one rule, its docs as description and help.
fn descriptor(rule: &Rule) -> Value {
    let docs = &rule.docs;
    let help_text = format!(
        "{}\n\nWhy: {}\n\nInstead: {}",
        docs.what, docs.why, docs.instead
    );
    let help_markdown = format!(
        "{}\n\n**Why.** {}\n\n**Example.**\n\n```graphql\n{}\n```\n\n**Instead.** {}",
        docs.what,
        docs.why,
        docs.example.trim_end(),
        docs.instead.trim_end()
    );
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": rule.summary },
        "fullDescription": { "text": docs.what },
        "help": { "text": help_text, "markdown": help_markdown },
        "defaultConfiguration": { "level": level(rule.default_severity) },
    })
}

/// A `result` for one diagnostic.
fn result(diagnostic: &LintDiagnostic, fingerprint: &str) -> Value {
    let mut result = Map::new();
    result.insert("ruleId".into(), json!(diagnostic.rule.code));
    if let Some(index) = ALL
        .iter()
        .position(|rule| rule.code == diagnostic.rule.code)
    {
        result.insert("ruleIndex".into(), json!(index));
    }
    result.insert("level".into(), json!(level(diagnostic.severity)));
    let text = message_with_help(&diagnostic.message, diagnostic.help.as_deref());
    result.insert("message".into(), json!({ "text": text }));
    if let Some(span) = &diagnostic.span {
        result.insert("locations".into(), json!([location(span, None)]));
    }
    if !diagnostic.labels.is_empty() {
        let related: Vec<Value> = diagnostic
            .labels
            .iter()
            .enumerate()
            .map(|(id, label)| location(&label.span, Some((id, &label.message))))
            .collect();
        result.insert("relatedLocations".into(), Value::Array(related));
    }
    result.insert(
        "partialFingerprints".into(),
        json!({ FINGERPRINT_KEY: fingerprint }),
    );
    let properties = properties(diagnostic);
    if !properties.is_empty() {
        result.insert("properties".into(), Value::Object(properties));
    }
    Value::Object(result)
}

/// A tool notification for a finding without a location, which a `result` cannot carry on
/// GitHub (code scanning requires a location on every result).
fn notification(diagnostic: &LintDiagnostic) -> Value {
    let mut notification = Map::new();
    notification.insert("level".into(), json!(level(diagnostic.severity)));
    let text = message_with_help(&diagnostic.message, diagnostic.help.as_deref());
    notification.insert("message".into(), json!({ "text": text }));
    let mut rule = Map::new();
    rule.insert("id".into(), json!(diagnostic.rule.code));
    if let Some(index) = rule_index(diagnostic) {
        rule.insert("index".into(), json!(index));
    }
    notification.insert("associatedRule".into(), Value::Object(rule));
    Value::Object(notification)
}

/// The position of the diagnostic's rule in the driver's `rules`.
fn rule_index(diagnostic: &LintDiagnostic) -> Option<usize> {
    ALL.iter()
        .position(|rule| rule.code == diagnostic.rule.code)
}

/// A `location`; related locations carry an id and a message.
fn location(span: &Span, related: Option<(usize, &str)>) -> Value {
    let mut location = Map::new();
    if let Some((id, _)) = related {
        location.insert("id".into(), json!(id));
    }
    location.insert(
        "physicalLocation".into(),
        json!({
            "artifactLocation": { "uri": uri(&span.file) },
            "region": {
                "startLine": span.line.max(1),
                "startColumn": span.column.max(1),
                "endLine": span.end_line.max(span.line).max(1),
                "endColumn": span.end_column.max(1),
            },
        }),
    );
    if let Some((_, message)) = related {
        location.insert("message".into(), json!({ "text": message }));
    }
    Value::Object(location)
}

/// The krakenql-specific facts of a result, in a property bag.
fn properties(diagnostic: &LintDiagnostic) -> Map<String, Value> {
    let mut properties = Map::new();
    if let Some(operation) = &diagnostic.operation {
        properties.insert("operation".into(), json!(operation));
    }
    if let Some(coordinate) = &diagnostic.coordinate {
        properties.insert("coordinate".into(), json!(coordinate.to_string()));
    }
    if let Some(deprecation) = &diagnostic.deprecation {
        if let Some(date) = deprecation.removal_on_or_after {
            properties.insert("removalOnOrAfter".into(), json!(date.to_string()));
        }
        if let Some(source) = &deprecation.source {
            properties.insert("source".into(), json!(source));
        }
    }
    if let Some(days) = diagnostic.days_until_removal {
        properties.insert("daysUntilRemoval".into(), json!(days));
    }
    properties
}

/// A relative URI reference for a file path: forward slashes, other unsafe bytes percent-encoded.
fn uri(file: &str) -> String {
    let mut out = String::with_capacity(file.len());
    for byte in file.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// FNV-1a (64 bit) of what identifies a finding independently of its line: stable across
/// platforms and Rust versions, unlike `std`'s hasher.
fn fingerprint_hash(diagnostic: &LintDiagnostic) -> u64 {
    let what = match &diagnostic.coordinate {
        Some(coordinate) => coordinate.to_string(),
        None => diagnostic.message.clone(),
    };
    let file = diagnostic
        .span
        .as_ref()
        .map_or("", |span| span.file.as_str());
    let operation = diagnostic.operation.as_deref().unwrap_or("");
    let key = [diagnostic.rule.code, file, operation, what.as_str()].join("\u{0}");
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
