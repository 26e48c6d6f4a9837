//! `krakenql expand FILE`: the module `#[kraken_query]` expands to for one operation, formatted
//! (a `.rs` file goes to `expand_rust`).
//!
//! It calls `krakenql_codegen::rust::generate_single`, which formats exactly the tokens the macro
//! emits (`generate_single_tokens`), with the codegen options of graphql.config.toml, so the text
//! printed is the text inside the macro's module, and the file name as given appears in the header as it does for the macro's
//! `query = "FILE"` relative to the crate.

use krakenql_codegen::prepared::MacroSettings;
use krakenql_codegen::rust::{generate_single, CodegenError, RustOptions};
use krakenql_lint::render::{render, Format, RenderOptions};

use crate::cli::{ExpandArgs, GlobalArgs};
use crate::failure::{Failure, Outcome};
use crate::inputs::{load_config, load_schema, read_text, LoadedConfig};
use crate::output;
use crate::CommandResult;

/// Prints the expansion, or the operation's diagnostics (exit 1).
pub fn run(global: &GlobalArgs, args: &ExpandArgs) -> CommandResult {
    if args.file.extension().is_some_and(|ext| ext == "rs") {
        return super::expand_rust::run(global, args);
    }
    let config = load_config(global)?;
    let options = options(config.as_ref())?;
    let schema = load_schema(global, config.as_ref())?;
    let document = read_text(&args.file)?;
    match generate_single(&schema, &document.text, &document.name, &options) {
        Ok(module) => {
            output::print(&module)?;
            Ok(Outcome::Clean)
        }
        Err(CodegenError::Lint(report)) => {
            eprint!(
                "{}",
                render(&report, Format::Human, &RenderOptions { color: false })
            );
            Ok(Outcome::Findings)
        }
        Err(error) => Err(Failure::from(error)),
    }
}

/// The codegen options of the config, as `krakenql generate`, `krakenql prepare` and the macro
/// read them; `output` does not matter here, so a config without it is fine.
fn options(config: Option<&LoadedConfig>) -> Result<RustOptions, Failure> {
    let Some(loaded) = config else {
        return Ok(RustOptions::default());
    };
    let settings = MacroSettings::from_config(&loaded.config, &loaded.name, "")?;
    Ok(settings.options)
}
