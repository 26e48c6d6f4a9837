//! The executor both mock commands use: the schema the CLI loads, overrides from a file and
//! `--error` flags, the seed, the time-travel date and the limits (`crate::limits`); and the
//! error overrides that do not fit an operation, as diagnostics.

use std::path::Path;
use std::sync::Arc;

use krakenql::mock::{key_location, MockRequest, Mocks, Overrides};
use krakenql_schema::codes;
use krakenql_schema::{Diagnostic, KrakenSchema};

use crate::cli::{GlobalArgs, MockOptions};
use crate::failure::Failure;
use crate::inputs::{load_config, load_schema, read_text};

/// Builds the executor from `--schema`/the config and the mock options.
///
/// Time travel happens only when a date is given (`--today`, else the config's `today`): a mock
/// that answered differently depending on the day it runs would not be deterministic.
pub fn build_mocks(global: &GlobalArgs, options: &MockOptions) -> Result<Mocks, Failure> {
    let config = load_config(global)?;
    let schema = load_schema(global, config.as_ref())?;
    let mut overrides = match &options.overrides {
        Some(path) => read_overrides(path, &schema)?,
        None => Overrides::new(),
    };
    for (path, code) in &options.errors {
        overrides = overrides.error(path, code);
    }
    let mut mocks = Mocks::new(Arc::new(schema));
    if !overrides.is_empty() {
        mocks = mocks.with_overrides(overrides);
    }
    if let Some(seed) = options.seed {
        mocks = mocks.with_seed(seed);
    }
    let today = options
        .today
        .or_else(|| config.as_ref().and_then(|loaded| loaded.config.today));
    if let Some(today) = today {
        mocks = mocks.with_today(today);
    }
    let limits = options.limits.resolve(config.as_ref())?;
    Ok(mocks
        .with_limits(limits.operation)
        .with_max_response_bytes(limits.max_response_bytes)
        .with_timeout(limits.timeout))
}

/// Reads an overrides file, TOML or JSON by its extension, and checks that every type,
/// coordinate and abstract-type choice in it names something `schema` has.
fn read_overrides(path: &Path, schema: &KrakenSchema) -> Result<Overrides, Failure> {
    let source = read_text(path)?;
    let is_json = path
        .extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("json"));
    let parsed = if is_json {
        Overrides::from_json(&source.name, &source.text)
    } else {
        Overrides::from_toml(&source.name, &source.text)
    };
    let overrides = parsed.map_err(Failure::from)?;
    let mut problems: Vec<Diagnostic> = overrides
        .problems(schema.schema())
        .iter()
        .map(|problem| problem.locate(&source.name, &source.text))
        .collect();
    problems.sort_by_key(|diagnostic| {
        diagnostic
            .location
            .as_ref()
            .map(|location| (location.line, location.column))
    });
    if problems.is_empty() {
        Ok(overrides)
    } else {
        Err(Failure::from(problems))
    }
}

/// The error overrides that do not fit the request's operation (a path it does not have, a code
/// the field does not list), each at its line of the overrides file or named by its `--error`.
pub fn error_problems(
    mocks: &Mocks,
    request: &MockRequest,
    options: &MockOptions,
) -> Result<Vec<Diagnostic>, Failure> {
    let problems = mocks.error_problems(request);
    if problems.is_empty() {
        return Ok(Vec::new());
    }
    let file = match &options.overrides {
        Some(path) => Some(read_text(path)?),
        None => None,
    };
    let help =
        "answer a field with one of the codes `krakenql schema errors Type.field` lists, at \
                a response path of the operation";
    Ok(problems
        .into_iter()
        .map(|problem| {
            let flag = options
                .errors
                .iter()
                .find(|(path, _)| *path == problem.path);
            match (flag, &file) {
                (Some((path, code)), _) => Diagnostic::error(
                    codes::BAD_ERROR_OVERRIDE,
                    format!("`--error {path}={code}`: {}", problem.message),
                )
                .with_help(help),
                (None, Some(file)) => Diagnostic::error(codes::BAD_ERROR_OVERRIDE, problem.message)
                    .at(key_location(&file.name, &file.text, &problem.path))
                    .with_help(help),
                (None, None) => {
                    Diagnostic::error(codes::BAD_ERROR_OVERRIDE, problem.message).with_help(help)
                }
            }
        })
        .collect())
}
