//! The CLI's behaviour as data: every `tests/cmd/*.toml` case and the README's examples.

#[test]
fn cli_cases() {
    // The README's commands are written for a reader at the repository root, so the cases run
    // from there; each `.toml` case sets its own working directory relative to itself.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::env::set_current_dir(&root).expect("the repository root exists");
    trycmd::TestCases::new()
        .case("crates/cli/tests/cmd/*.toml")
        .case("README.md");
}
