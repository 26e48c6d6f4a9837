//! A command's output on stdout. A reader that went away (`krakenql … | head -1`) ends the
//! output quietly: the rest is dropped and the command finishes with its own exit status, where
//! `print!` would panic with "failed printing to stdout: Broken pipe" and exit 101. Any other
//! write error (a full disk behind a redirection) is a run that could not be done.

use std::fmt::Display;
use std::io::{ErrorKind, Write};

use krakenql_schema::codes;
use krakenql_schema::Diagnostic;

use crate::failure::Failure;

/// Writes `text` to stdout and flushes it.
pub fn print(text: impl Display) -> Result<(), Failure> {
    let mut stdout = std::io::stdout().lock();
    match write!(stdout, "{text}").and_then(|()| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(error) if error.kind() == ErrorKind::BrokenPipe => Ok(()),
        Err(error) => Err(Failure::from(
            Diagnostic::error(
                codes::CANNOT_WRITE,
                format!("cannot write to stdout: {error}"),
            )
            .with_help("check the file or pipe the output goes to"),
        )),
    }
}

/// Writes `text` and a newline to stdout.
pub fn println(text: impl Display) -> Result<(), Failure> {
    print(format_args!("{text}\n"))
}
