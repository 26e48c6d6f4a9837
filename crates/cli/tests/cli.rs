//! The CLI's behaviour as data: every `tests/cmd/*.toml` case and the README's examples.

#[test]
fn cli_cases() {
    trycmd::TestCases::new()
        .case("tests/cmd/*.toml")
        .case("../../README.md");
}
