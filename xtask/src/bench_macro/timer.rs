//! The `RUSTC_WRAPPER` the bench builds run under: it runs rustc and, for a bench crate,
//! appends how long rustc took (in microseconds) to the file named by `KRAKENQL_RUSTC_TIMES`.
//!
//! Timing rustc itself leaves out cargo's own work, which differs between the tools for a
//! reason no user sees: the bench depends on krakenql by path, and cargo checks the mtime of
//! every source file of a path dependency before each build, while graphql_client comes from
//! the registry, whose sources cargo never checks.

use std::ffi::OsString;
use std::io::Write;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

/// The variable that names the file of times, set only on the bench's cargo runs.
pub(super) const TIMES_VAR: &str = "KRAKENQL_RUSTC_TIMES";

/// When cargo started xtask as its rustc wrapper, runs rustc and gives its exit code.
pub fn run_as_wrapper() -> Option<ExitCode> {
    let file = std::env::var_os(TIMES_VAR)?;
    let mut args = std::env::args_os().skip(1);
    let rustc = args.next()?;
    let args: Vec<OsString> = args.collect();
    let bench_crate = args
        .windows(2)
        .any(|pair| pair[0] == "--crate-name" && pair[1].to_string_lossy().starts_with("bench_"));
    let start = Instant::now();
    let status = match Command::new(&rustc).args(&args).status() {
        Ok(status) => status,
        Err(error) => {
            eprintln!("cannot run {}: {error}", rustc.to_string_lossy());
            return Some(ExitCode::from(1));
        }
    };
    let elapsed = start.elapsed();
    if bench_crate && status.success() {
        let written = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&file)
            .and_then(|mut out| writeln!(out, "{}", elapsed.as_micros()));
        if let Err(error) = written {
            eprintln!("cannot record rustc's time: {error}");
            return Some(ExitCode::from(1));
        }
    }
    Some(ExitCode::from(
        status
            .code()
            .and_then(|code| u8::try_from(code).ok())
            .unwrap_or(1),
    ))
}

/// The time recorded by the last rustc run of a bench crate, and clears the file.
pub(super) fn take(file: &std::path::Path) -> Result<Duration, String> {
    let text = std::fs::read_to_string(file)
        .map_err(|error| format!("rustc recorded no time in {}: {error}", file.display()))?;
    let _ = std::fs::remove_file(file);
    let micros = text
        .lines()
        .last()
        .and_then(|line| line.trim().parse::<u64>().ok())
        .ok_or_else(|| format!("{} holds no time: {text:?}", file.display()))?;
    Ok(Duration::from_micros(micros))
}
