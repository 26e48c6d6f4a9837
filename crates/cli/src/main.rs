//! The `krakenql` binary: parses arguments, runs one command, and maps the outcome to an exit code.

mod cli;
mod commands;
mod failure;
mod inputs;
mod limits;
mod messages;
mod output;

use std::process::ExitCode;

use clap::Parser;

use crate::cli::{Cli, Command};
use crate::failure::{Failure, Outcome};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Lint(args) => commands::lint::run(&cli.global, args),
        Command::Generate(args) => commands::generate::run(&cli.global, args),
        Command::Expand(args) => commands::expand::run(&cli.global, args),
        Command::Prepare(args) => commands::prepare::run(&cli.global, args),
        Command::Schema(command) => commands::schema::run(&cli.global, command),
        Command::Docs(args) => commands::docs::run(&cli.global, args),
        Command::Mock(args) => commands::mock::run(&cli.global, args),
    };
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Findings) => ExitCode::from(1),
        Err(failure) => {
            eprint!("{}", failure.render(cli.global.message_format));
            ExitCode::from(2)
        }
    }
}

/// Convenience alias for command results.
pub type CommandResult = Result<Outcome, Failure>;
