//! `krakenql generate [--check]`: the client modules the config asks for, written atomically.

use std::path::PathBuf;

use krakenql_codegen::project::{write, Project};
use krakenql_lint::render::{render, Format, RenderOptions};
use krakenql_lint::{staleness, LintOptions, LintReport, SchemaAge};
use krakenql_schema::config::{CONFIG_FILE, DEFAULT_MAX_SCHEMA_AGE_DAYS};
use krakenql_schema::files::Relative;

use crate::cli::{GenerateArgs, GlobalArgs};
use crate::failure::{Failure, Outcome};
use crate::inputs::{config_path, current_dir};
use crate::CommandResult;

/// Generates (or with `--check`, checks) every file of the config's output.
pub fn run(global: &GlobalArgs, args: &GenerateArgs) -> CommandResult {
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
    note_staleness(&project, args);
    let files = match project.generate() {
        Ok(files) => files,
        Err(error) if error.findings => {
            eprint!("{error}");
            return Ok(Outcome::Findings);
        }
        Err(error) => return Err(Failure::from(error)),
    };
    match write(&files, args.check) {
        Ok(outcome) => {
            for cleaned in &outcome.cleaned {
                eprintln!("removed {}, left by an interrupted run", cleaned.display());
            }
            for changed in &outcome.changed {
                eprintln!("wrote {}", changed.display());
            }
            if outcome.changed.is_empty() {
                eprintln!("{} generated files are up to date", files.len());
            }
            Ok(Outcome::Clean)
        }
        Err(error) if args.check => {
            eprint!("{error}");
            Ok(Outcome::Findings)
        }
        Err(error) => Err(Failure::from(error)),
    }
}

/// Prints the `stale-schema` note when the project's schema is older than its
/// `max_schema_age_days` on the run's date; a schema that fails to load is reported by
/// `generate` itself.
fn note_staleness(project: &Project, args: &GenerateArgs) {
    let Ok(schema) = project.schema() else {
        return;
    };
    let today = args
        .today
        .or(project.config.today)
        .unwrap_or_else(|| chrono::Utc::now().date_naive());
    let mut options = LintOptions::new(today);
    options.max_schema_age_days = project
        .config
        .max_schema_age_days
        .unwrap_or(DEFAULT_MAX_SCHEMA_AGE_DAYS);
    if let Some(note) = staleness(SchemaAge::of(&schema).as_ref(), &options) {
        let report = LintReport {
            diagnostics: vec![note],
            ..LintReport::default()
        };
        let text = render(&report, Format::Human, &RenderOptions::default());
        // The note alone, without the summary line of a lint run.
        eprint!("{}", text.split("\n\n").next().unwrap_or(&text).trim_end());
        eprintln!();
    }
}
