//! `krakenql prepare [DIR] [--check]`: the prepared expansions of every `#[kraken_query]` in a
//! crate, written into its folder (default `.krakenql/`) for the macro to emit without parsing
//! the schema; `--check` exits 1 listing missing, stale and unused entries.
//!
//! The work is `krakenql_codegen::project::prepare`, which resolves schemas and options from the
//! crate's graphql.config.toml exactly as the macro does, so `--schema` and `--config` do not
//! apply here.

use krakenql_codegen::project::prepare::{prepare, write_prepared};
use krakenql_schema::{codes, Diagnostic};

use crate::cli::{GlobalArgs, PrepareArgs};
use crate::failure::{Failure, Outcome};
use crate::{messages, CommandResult};

/// Prepares (or with `--check`, checks) the crate's entries.
pub fn run(global: &GlobalArgs, args: &PrepareArgs) -> CommandResult {
    let format = global.message_format;
    if !global.schema.is_empty() || global.config.is_some() {
        return Err(Failure::from(Diagnostic::error(
            codes::USAGE,
            "`krakenql prepare` resolves each invocation's schema and options as #[kraken_query] does (its `schema` argument, else the crate's graphql.config.toml); it takes no --schema or --config",
        )));
    }
    let prepared = match prepare(&args.dir) {
        Ok(prepared) => prepared,
        Err(error) if error.findings => {
            messages::print_diagnostics(format, &error.diagnostics, &error.sources);
            return Ok(Outcome::Findings);
        }
        Err(error) => return Err(Failure::from(error)),
    };
    match write_prepared(&prepared, args.check) {
        Ok(outcome) => {
            for path in &outcome.changed {
                messages::progress(format, format_args!("wrote {}", path.display()));
            }
            for path in &outcome.unused {
                messages::progress(format, format_args!("removed {}", path.display()));
            }
            let done = match (outcome.changed.len(), outcome.unused.len()) {
                (0, 0) => "up to date".to_owned(),
                (written, removed) => format!("{written} written, {removed} removed"),
            };
            messages::progress(
                format,
                format_args!(
                    "{} invocations, {} entry files in {}: {done}",
                    prepared.invocations,
                    prepared.files.len(),
                    prepared.folder.display()
                ),
            );
            Ok(Outcome::Clean)
        }
        Err(error) if error.findings => {
            messages::print_diagnostics(format, &error.diagnostics, &error.sources);
            Ok(Outcome::Findings)
        }
        Err(error) => Err(Failure::from(error)),
    }
}
