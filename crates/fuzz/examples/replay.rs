//! Replays saved inputs through one target and prints each outcome or violation:
//! `cargo run -p krakenql-fuzz --example replay -- TARGET FILE...` (e.g. a file of
//! `target/tmp/fuzz-failures/TARGET/` or `fuzz/artifacts/TARGET/`). Exit status 1 when any
//! input fails, 2 when the arguments are wrong.

use std::process::ExitCode;

use krakenql_fuzz::Fixture;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((name, files)) = args.split_first() else {
        eprintln!("usage: replay TARGET FILE...");
        return ExitCode::from(2);
    };
    let Some(target) = krakenql_fuzz::targets::find(name) else {
        eprintln!("no target `{name}`");
        return ExitCode::from(2);
    };
    let fixture = match Fixture::bundled() {
        Ok(fixture) => fixture,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(error) => {
                eprintln!("{file}: {error}");
                return ExitCode::from(2);
            }
        };
        match (target.run)(&fixture, &bytes) {
            Ok(outcome) => println!("{file}: {outcome:?}"),
            Err(violation) => {
                failed = true;
                println!("{file}: {violation}\n");
            }
        }
    }
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
