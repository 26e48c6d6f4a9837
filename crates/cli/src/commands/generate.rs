//! `krakenql generate [--check]`: the client modules the config asks for, written atomically.

use std::path::PathBuf;

use krakenql_codegen::project::{write, Project};
use krakenql_schema::config::CONFIG_FILE;

use crate::cli::{GenerateArgs, GlobalArgs};
use crate::failure::{Failure, Outcome};
use crate::CommandResult;

/// Generates (or with `--check`, checks) every file of the config's output.
pub fn run(global: &GlobalArgs, args: &GenerateArgs) -> CommandResult {
    let path = global
        .config
        .clone()
        .unwrap_or_else(|| PathBuf::from(CONFIG_FILE));
    let mut project = Project::load(&path).map_err(|error| Failure::rendered(error.message))?;
    project.command = "krakenql generate".to_owned();
    if !global.schema.is_empty() {
        project.config.schema = global
            .schema
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        project.dir = PathBuf::new();
    }
    let files = match project.generate() {
        Ok(files) => files,
        Err(error) if error.findings => {
            eprint!("{}", error.message);
            return Ok(Outcome::Findings);
        }
        Err(error) => return Err(Failure::rendered(error.message)),
    };
    match write(&files, args.check) {
        Ok(outcome) => {
            for changed in &outcome.changed {
                eprintln!("wrote {}", changed.display());
            }
            if outcome.changed.is_empty() {
                eprintln!("{} generated files are up to date", files.len());
            }
            Ok(Outcome::Clean)
        }
        Err(error) if args.check => {
            eprint!("{}", error.message);
            Ok(Outcome::Findings)
        }
        Err(error) => Err(Failure::rendered(error.message)),
    }
}
