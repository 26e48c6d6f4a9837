//! The downstream example (`tests/downstream`, a workspace of its own) regenerates its client
//! code with its own three-line `cargo xtask codegen`; its committed output must be current,
//! and its app, which uses the generated types, must build and pass its test.

use std::path::Path;
use std::process::Command;

fn cargo(args: &[&str]) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(args)
        .current_dir(root.join("tests/downstream"))
        .env("CARGO_TARGET_DIR", root.join("target/downstream"))
        .output()
        .expect("cargo runs")
}

#[test]
fn downstream_xtask_check_passes_and_app_tests_pass() {
    let check = cargo(&["xtask", "codegen", "--check"]);
    assert!(
        check.status.success(),
        "cargo xtask codegen --check failed in tests/downstream:\n{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let test = cargo(&["test", "--quiet"]);
    assert!(
        test.status.success(),
        "cargo test failed in tests/downstream:\n{}{}",
        String::from_utf8_lossy(&test.stdout),
        String::from_utf8_lossy(&test.stderr)
    );
}
