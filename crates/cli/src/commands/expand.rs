//! `krakenql expand FILE`: the module `#[kraken_query]` expands to for one operation, formatted
//! (a `.rs` file goes to `expand_rust`), with the day's findings judged as `krakenql lint` judges
//! them with the same config.
//!
//! It calls `krakenql_codegen::rust::generate_single_judged`, which formats exactly the tokens
//! the macro emits (`generate_single_tokens`), with the codegen options of graphql.config.toml,
//! so the text printed is the text inside the macro's module, and the file name as given
//! appears in the header as it does for the macro's `query = "FILE"` relative to the crate.

use krakenql_codegen::config::CodegenConfig;
use krakenql_codegen::rust::{generate_single_judged, CodegenError, RustOptions};
use krakenql_schema::Severity;

use crate::cli::{ExpandArgs, GlobalArgs};
use crate::failure::{Failure, Outcome};
use crate::inputs::{lint_options, load_config, load_schema, read_text, LoadedConfig};
use crate::output;
use crate::CommandResult;

/// Prints the expansion, and the operation's findings of the day on stderr: exit 1 when lint
/// would fail the operation with the same config (an invalid operation prints no module).
pub fn run(global: &GlobalArgs, args: &ExpandArgs) -> CommandResult {
    if args.file.extension().is_some_and(|ext| ext == "rs") {
        return super::expand_rust::run(global, args);
    }
    let config = load_config(global)?;
    let options = options(config.as_ref())?;
    let schema = load_schema(global, config.as_ref())?;
    let document = read_text(&args.file)?;
    let judged = lint_options(args.today, config.as_ref());
    let report =
        match generate_single_judged(&schema, &document.text, &document.name, &options, &judged) {
            Ok((module, report)) => {
                output::print(&module)?;
                report
            }
            Err(CodegenError::Lint(report)) => *report,
            Err(error) => return Err(Failure::from(error)),
        };
    if report.diagnostics.is_empty() {
        return Ok(Outcome::Clean);
    }
    crate::messages::print_report(global.message_format, &report);
    match report
        .diagnostics
        .iter()
        .any(|diagnostic| diagnostic.severity == Severity::Error)
    {
        true => Ok(Outcome::Findings),
        false => Ok(Outcome::Clean),
    }
}

/// The codegen options of the config, converted where every command converts them
/// ([`CodegenConfig::rust_options`]); `output` does not matter here.
fn options(config: Option<&LoadedConfig>) -> Result<RustOptions, Failure> {
    let Some(loaded) = config else {
        return Ok(RustOptions::default());
    };
    let codegen = CodegenConfig::from_config(&loaded.config, &loaded.name, &loaded.text)?;
    Ok(codegen.rust_options())
}
