//! `krakenql mock --query FILE`: runs one operation through the executor and prints the
//! response as pretty JSON.
//!
//! Exit status: 0 when the response has no errors, 1 when it has any (an operation that does
//! not validate, an unknown operation name, a field past its removal date under `--today`),
//! 2 when the run could not be done (unreadable files, variables that are not a JSON object, an
//! error override at a path the operation lacks or with a code its field does not list).

use krakenql::mock::MockRequest;
use krakenql_schema::codes;
use krakenql_schema::{Diagnostic, Location};
use serde_json::{Map, Value};

use super::options::{build_mocks, error_problems};
use crate::cli::{GlobalArgs, MockQueryArgs};
use crate::failure::{Failure, Outcome};
use crate::inputs::read_text;
use crate::output;
use crate::CommandResult;

/// Prints the mock response of the operation in `--query`.
pub fn run(global: &GlobalArgs, args: &MockQueryArgs) -> CommandResult {
    let Some(path) = &args.query else {
        return Err(Failure::from(
            Diagnostic::error(codes::MISSING_QUERY, "no operation to answer")
                .with_help("pass `--query FILE`, or run `krakenql mock serve`"),
        ));
    };
    let document = read_text(path)?;
    let variables = match &args.variables {
        None => Map::new(),
        Some(text) => match text.strip_prefix('@') {
            Some(file) => {
                let source = read_text(std::path::Path::new(file))?;
                parse_variables(&source.name, &source.text)?
            }
            None => parse_variables("--variables", text)?,
        },
    };
    let mocks = build_mocks(global, &args.mock)?;
    let request = MockRequest {
        query: document.text,
        operation_name: args.operation.clone(),
        variables,
    };
    let problems = error_problems(&mocks, &request, &args.mock)?;
    if !problems.is_empty() {
        return Err(Failure::from(problems));
    }
    let response = mocks.execute(&request);
    let text = serde_json::to_string_pretty(&response.body).map_err(|error| {
        Failure::from(Diagnostic::error(
            codes::INTERNAL,
            format!("could not print the response: {error}"),
        ))
    })?;
    output::println(&text)?;
    let has_errors = response
        .body
        .get("errors")
        .and_then(Value::as_array)
        .is_some_and(|errors| !errors.is_empty());
    Ok(if has_errors {
        Outcome::Findings
    } else {
        Outcome::Clean
    })
}

/// Reads variables: a JSON object, located at serde_json's line and column when it is not.
fn parse_variables(name: &str, text: &str) -> Result<Map<String, Value>, Failure> {
    let help = r#"write the variables as a JSON object, e.g. --variables '{"accountNumber": "A-1234"}', or @FILE"#;
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(other) => Err(Failure::from(
            Diagnostic::error(
                codes::BAD_VARIABLES,
                format!(
                    "the variables must be a JSON object, not {}",
                    json_kind(&other)
                ),
            )
            .at(Location::new(name, 1, 1))
            .with_help(help),
        )),
        Err(error) => {
            let full = error.to_string();
            let suffix = format!(" at line {} column {}", error.line(), error.column());
            let message = full.strip_suffix(&suffix).unwrap_or(&full);
            Err(Failure::from(
                Diagnostic::error(
                    codes::BAD_VARIABLES,
                    format!("the variables are not valid JSON: {message}"),
                )
                .at(krakenql_schema::position::json_error_location(
                    name, text, &error,
                ))
                .with_help(help),
            ))
        }
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
