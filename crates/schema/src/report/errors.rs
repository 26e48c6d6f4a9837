//! The possible-error report: `krakenql schema errors [COORDINATE]`, as text or JSON, and the
//! entries that could not be read as diagnostics.

use std::collections::BTreeSet;
use std::fmt::Write;

use apollo_compiler::schema::ExtendedType;
use serde_json::{json, Value};

use crate::codes;
use crate::diagnostic::Diagnostic;
use crate::errors::{ErrorListProblem, FieldErrors};
use crate::model::KrakenSchema;

/// The lists one report shows and the unreadable entries among them.
#[derive(Debug, Clone, Copy)]
pub struct ErrorSelection<'s> {
    /// The fields, in coordinate order.
    pub fields: &'s [FieldErrors],
    /// The unreadable entries of the same coordinates.
    pub problems: &'s [ErrorListProblem],
}

/// The lists of the whole schema, or of one field (`Mutation.setDevicePreferences`) or one type
/// (`Mutation`: all its fields, and its own description's list). A coordinate the schema does
/// not define is an error that says so.
pub fn select_errors<'s>(
    schema: &'s KrakenSchema,
    coordinate: Option<&str>,
) -> Result<ErrorSelection<'s>, Diagnostic> {
    let index = schema.possible_errors();
    let Some(coordinate) = coordinate else {
        return Ok(ErrorSelection {
            fields: &index.fields,
            problems: &index.problems,
        });
    };
    let (type_name, field) = match coordinate.split_once('.') {
        Some((type_name, field)) => (type_name, Some(field)),
        None => (coordinate, None),
    };
    let fields = match schema.schema().types.get(type_name) {
        Some(ExtendedType::Object(object)) => Some(&object.fields),
        Some(ExtendedType::Interface(interface)) => Some(&interface.fields),
        _ => None,
    };
    let known = match (fields, field) {
        (Some(fields), Some(field)) => fields.contains_key(field),
        (Some(_), None) => true,
        (None, _) => false,
    };
    if !known {
        return Err(Diagnostic::error(
            codes::UNKNOWN_COORDINATE,
            format!("the schema has no field or object type `{coordinate}`"),
        )
        .with_help(
            "name a field as `Type.field` (e.g. `Mutation.obtainKrakenToken`) or an object type",
        ));
    }
    let matches = |candidate: &str| match field {
        Some(_) => candidate == coordinate,
        None => candidate == type_name || candidate.split('.').next() == Some(type_name),
    };
    let fields = range(&index.fields, |f| matches(&f.coordinate.to_string()));
    let problems = range(&index.problems, |p| matches(&p.coordinate));
    Ok(ErrorSelection { fields, problems })
}

/// The contiguous run of a sorted slice whose items match (the index is sorted by coordinate,
/// so the fields of one type and the entries of one coordinate are adjacent).
fn range<T>(items: &[T], matches: impl Fn(&T) -> bool) -> &[T] {
    let start = items.iter().position(&matches).unwrap_or(items.len());
    let len = items[start..]
        .iter()
        .take_while(|item| matches(item))
        .count();
    &items[start..start + len]
}

/// The human report: one block per field, its codes and messages, and a summary line.
pub fn errors_human(selection: &ErrorSelection<'_>) -> String {
    let mut out = String::new();
    for field in selection.fields {
        let _ = writeln!(out, "{}", field.coordinate);
        let width = field.errors.iter().map(|e| e.code.len()).max().unwrap_or(0);
        for error in &field.errors {
            let _ = writeln!(out, "  {:width$}  {}", error.code, error.message);
        }
    }
    let entries: usize = selection.fields.iter().map(|f| f.errors.len()).sum();
    let codes: BTreeSet<&str> = selection
        .fields
        .iter()
        .flat_map(|f| f.errors.iter().map(|e| e.code.as_str()))
        .collect();
    let _ = writeln!(
        out,
        "{} fields list {entries} possible errors ({} distinct codes); unreadable entries: {}",
        selection.fields.len(),
        codes.len(),
        selection.problems.len(),
    );
    out
}

/// The JSON report: `{"errors":[{"coordinate","code","message"}],"unreadable":[{"coordinate",
/// "entry","reason"}]}`, fields in coordinate order and codes in the order each field lists them.
pub fn errors_json(selection: &ErrorSelection<'_>) -> Value {
    let errors: Vec<Value> = selection
        .fields
        .iter()
        .flat_map(|field| {
            let coordinate = field.coordinate.to_string();
            field.errors.iter().map(move |error| {
                json!({"coordinate": coordinate, "code": error.code, "message": error.message})
            })
        })
        .collect();
    let unreadable: Vec<Value> = selection
        .problems
        .iter()
        .map(|problem| {
            json!({"coordinate": problem.coordinate, "entry": problem.entry, "reason": problem.reason})
        })
        .collect();
    json!({"errors": errors, "unreadable": unreadable})
}

/// The unreadable entries as warnings, for stderr.
pub fn problem_diagnostics(problems: &[ErrorListProblem]) -> Vec<Diagnostic> {
    problems
        .iter()
        .map(|problem| {
            Diagnostic::warning(
                codes::UNREADABLE_POSSIBLE_ERROR,
                format!(
                    "`{}` lists a possible error that cannot be read: `{}` ({})",
                    problem.coordinate, problem.entry, problem.reason
                ),
            )
            .with_help("write each entry as `- KT-CT-1234: Message.` on a line of its own")
        })
        .collect()
}
