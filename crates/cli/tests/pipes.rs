//! Every command's output ends quietly when the reader goes away (`krakenql … | head -1`): the
//! command exits with its own status, where `print!` would panic ("failed printing to stdout:
//! Broken pipe") and exit 101.

use std::process::{Command, Stdio};

/// Runs `krakenql` with its stdout's reading end closed before it writes; returns the exit code
/// and stderr.
fn run_into_closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_krakenql"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the krakenql binary starts");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("the command ends");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    let cases: [(&[&str], i32); 5] = [
        (&["schema", "stats"], 0),
        (
            &[
                "schema",
                "deprecations",
                "--format",
                "json",
                "--today",
                "2026-11-27",
            ],
            0,
        ),
        (
            &[
                "mock",
                "--query",
                "tests/fixtures/mock/account.graphql",
                "--variables",
                r#"{"accountNumber": "A-1234"}"#,
            ],
            0,
        ),
        (
            &[
                "lint",
                "tests/fixtures/lint/account-urls.graphql",
                "--today",
                "2026-11-27",
            ],
            1,
        ),
        (&["expand", "tests/fixtures/expand/account.graphql"], 0),
    ];
    for (args, expected) in cases {
        let (code, stderr) = run_into_closed_pipe(args);
        assert_eq!(code, Some(expected), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
}
