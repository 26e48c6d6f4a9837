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
use krakenql_schema::render::json::render_json;
use krakenql_schema::{codes, Diagnostic};

use crate::cli::{Cli, Command};
use crate::failure::{Failure, Outcome};

/// mimalloc instead of the system's allocator. With glibc's, every allocation of a large request
/// body made `mock serve` consolidate its free lists, which slowed the small allocations of every
/// other request: under `cargo xtask bench-mock`'s abuse client, malloc and free took about 14% of
/// the server's time, against under 5% with mimalloc.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = match Cli::try_parse().map_err(suggest_nested) {
        Ok(cli) => cli,
        Err(error) if asks_for_json(&error) => {
            // A command line clap refuses is a usage failure like any other: with
            // `--message-format json` it is reported in the same JSON shape.
            let text = error.to_string();
            let message = text.trim().trim_start_matches("error: ");
            let (message, help) = message.split_once("\n\n").unwrap_or((message, ""));
            let mut diagnostic = Diagnostic::error(codes::USAGE, message);
            let help: Vec<&str> = help.lines().map(str::trim).collect();
            if !help.is_empty() {
                diagnostic = diagnostic.with_help(help.join("\n"));
            }
            eprint!("{}", render_json(&[diagnostic]));
            return ExitCode::from(2);
        }
        Err(error) => error.exit(),
    };
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

/// An unknown subcommand that names a nested one (`krakenql deprecations`) gets clap's tip with
/// the whole command (`schema deprecations`).
fn suggest_nested(mut error: clap::Error) -> clap::Error {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    use clap::CommandFactory;
    if error.kind() != ErrorKind::InvalidSubcommand {
        return error;
    }
    let Some(ContextValue::String(typed)) = error.get(ContextKind::InvalidSubcommand) else {
        return error;
    };
    let typed = typed.clone();
    let command = Cli::command();
    let nested: Vec<String> = command
        .get_subcommands()
        .flat_map(|parent| {
            parent
                .get_subcommands()
                .filter(|child| child.get_name() == typed)
                .map(move |child| format!("{} {}", parent.get_name(), child.get_name()))
        })
        .collect();
    if !nested.is_empty() {
        error.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::Strings(nested),
        );
    }
    error
}

/// Whether a command line clap refused asked for JSON messages (`--message-format json`, or
/// `KRAKENQL_MESSAGE_FORMAT=json`); `--help` and `--version` are never failures.
fn asks_for_json(error: &clap::Error) -> bool {
    use clap::error::ErrorKind;
    if matches!(
        error.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        return false;
    }
    // `args_os`: an argument that is not UTF-8 (a path) must not panic here.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = args
        .windows(2)
        .any(|pair| pair[0] == "--message-format" && pair[1] == "json")
        || args.iter().any(|arg| arg == "--message-format=json");
    flag || std::env::var("KRAKENQL_MESSAGE_FORMAT").is_ok_and(|value| value == "json")
}

/// Convenience alias for command results.
pub type CommandResult = Result<Outcome, Failure>;
