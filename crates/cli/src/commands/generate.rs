//! `krakenql generate [--check]`: the client modules the config asks for, written atomically,
//! for operations that pass lint's verdict on the day (else exit 1 and nothing written).

use std::path::PathBuf;

use krakenql_codegen::project::{write, Project};
use krakenql_schema::config::CONFIG_FILE;
use krakenql_schema::files::Relative;

use crate::cli::{GenerateArgs, GlobalArgs, MessageFormat};
use crate::failure::{Failure, Outcome};
use crate::inputs::{config_path, current_dir};
use crate::{messages, CommandResult};

/// Generates (or with `--check`, checks) every file of the config's output.
pub fn run(global: &GlobalArgs, args: &GenerateArgs) -> CommandResult {
    let format = global.message_format;
    // Without a config, Project::load names the missing file and says what to write in it.
    let path = config_path(global).unwrap_or_else(|| PathBuf::from(CONFIG_FILE));
    let mut project = Project::load(&path).map_err(Failure::from)?;
    project.command = "krakenql generate".to_owned();
    if !global.schema.is_empty() {
        // `--schema` paths are named from the current directory; the project reads its paths
        // from the config's directory.
        let shown = Relative::new(&current_dir(), &project.dir);
        project.config.schema = global.schema.iter().map(|p| shown.show(p)).collect();
    }
    if let Some(today) = args.today {
        project.today = today;
    }
    // The operations get lint's verdict: an error-level finding fails the run (exit 1) and
    // nothing is written, so the previous output stays as it was.
    let generated = match project.generate() {
        Ok(generated) => generated,
        Err(error) if error.findings => {
            match &error.report {
                Some(report) => messages::print_report(format, report),
                None => messages::print_diagnostics(format, &error.diagnostics, &error.sources),
            }
            return Ok(Outcome::Findings);
        }
        Err(error) => return Err(Failure::from(error)),
    };
    // Warnings and notes of the day (a deprecated field in use, a stale schema), as lint shows
    // them. With JSON, stderr holds one document, so they wait for the run's end and join its
    // errors if it fails.
    let warnings = generated.report;
    let json = format == MessageFormat::Json;
    if !json && !warnings.diagnostics.is_empty() {
        messages::print_report(format, &warnings);
    }
    let files = generated.files;
    match write(&files, args.check) {
        Ok(outcome) => {
            if json && !warnings.diagnostics.is_empty() {
                messages::print_report(format, &warnings);
            }
            for cleaned in &outcome.cleaned {
                messages::progress(
                    format,
                    format_args!("removed {}, left by an interrupted run", cleaned.display()),
                );
            }
            for changed in &outcome.changed {
                messages::progress(format, format_args!("wrote {}", changed.display()));
            }
            if outcome.changed.is_empty() {
                messages::progress(
                    format,
                    format_args!("{} generated files are up to date", files.len()),
                );
            }
            Ok(Outcome::Clean)
        }
        Err(error) if args.check => {
            let mut found = if json {
                warnings.to_diagnostics()
            } else {
                Vec::new()
            };
            found.extend(error.diagnostics);
            messages::print_diagnostics(format, &found, &error.sources);
            Ok(Outcome::Findings)
        }
        Err(error) if json => Err(Failure::from(error).after(warnings.to_diagnostics())),
        Err(error) => Err(Failure::from(error)),
    }
}
