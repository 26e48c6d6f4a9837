//! `krakenql schema …`: deprecations, errors, stats, import-docs and from-introspection (fetch
//! is in `fetch.rs`, diff in `diff.rs`).

use krakenql_schema::codes;
use krakenql_schema::load::introspection::introspection_to_document;
use krakenql_schema::reference::{parse_reference, Section};
use krakenql_schema::render::NoSources;
use krakenql_schema::report::{
    deprecations_human, deprecations_json, errors_human, errors_json, problem_diagnostics,
    select_errors, stats_human, SchemaStats,
};

use crate::cli::{GlobalArgs, ReportFormat, SchemaCommand, SectionArg};
use crate::failure::{Failure, Outcome};
use crate::inputs::{load_config, load_schema, read_text, today};
use crate::output;
use crate::CommandResult;

/// Runs one `schema` subcommand.
pub fn run(global: &GlobalArgs, command: &SchemaCommand) -> CommandResult {
    match command {
        SchemaCommand::Deprecations(args) => {
            let config = load_config(global)?;
            let schema = load_schema(global, config.as_ref())?;
            let today = today(args.today, config.as_ref());
            match args.format {
                ReportFormat::Human => {
                    output::print(deprecations_human(schema.deprecations(), today))?
                }
                ReportFormat::Json => {
                    output::println(to_json(&deprecations_json(schema.deprecations(), today))?)?
                }
            }
            Ok(Outcome::Clean)
        }
        SchemaCommand::Errors(args) => {
            let config = load_config(global)?;
            let schema = load_schema(global, config.as_ref())?;
            let selection = select_errors(&schema, args.coordinate.as_deref())?;
            crate::messages::print_diagnostics(
                global.message_format,
                &problem_diagnostics(selection.problems),
                &NoSources,
            );
            match args.format {
                ReportFormat::Human => print!("{}", errors_human(&selection)),
                ReportFormat::Json => println!("{}", to_json(&errors_json(&selection))?),
            }
            Ok(Outcome::Clean)
        }
        SchemaCommand::Stats => {
            let config = load_config(global)?;
            let schema = load_schema(global, config.as_ref())?;
            output::print(stats_human(&SchemaStats::of(&schema)))?;
            Ok(Outcome::Clean)
        }
        SchemaCommand::ImportDocs(args) => {
            let source = read_text(&args.file)?;
            let reference = parse_reference(&source.name, &source.text)?;
            let known = if global.schema.is_empty() {
                None
            } else {
                Some(load_schema(global, None)?)
            };
            let section = match args.section {
                SectionArg::Api => Section::Api,
                SectionArg::Auth => Section::Auth,
            };
            let (document, warnings) =
                reference.to_document(section, known.as_ref().map(|k| k.schema().as_ref()));
            crate::messages::print_diagnostics(global.message_format, &warnings, &NoSources);
            output::print(&document)?;
            Ok(Outcome::Clean)
        }
        SchemaCommand::FromIntrospection(args) => {
            let source = read_text(&args.file)?;
            let document = introspection_to_document(&source)?;
            output::print(&document)?;
            Ok(Outcome::Clean)
        }
        SchemaCommand::Fetch(args) => super::fetch::run(global, args),
        SchemaCommand::Diff(args) => super::diff::run(global, args),
    }
}

fn to_json(value: &serde_json::Value) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map_err(|error| {
        Failure::from(krakenql_schema::Diagnostic::error(
            codes::INTERNAL,
            format!("could not print JSON: {error}"),
        ))
    })
}
