//! `krakenql expand` prints exactly the module `krakenql generate` writes for the same
//! operation in the self-contained layout (the layout `#[kraken_query]` expands to).

use std::path::Path;
use std::process::Command;

#[test]
fn expand_output_is_the_generated_file() {
    let fixtures =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/generate/self-contained");
    let expanded = Command::new(env!("CARGO_BIN_EXE_krakenql"))
        .args([
            "expand",
            "account.graphql",
            "--schema",
            "../../../../../../schema/kraken.graphql",
        ])
        .current_dir(&fixtures)
        .output()
        .expect("krakenql runs");
    assert!(
        expanded.status.success(),
        "{}",
        String::from_utf8_lossy(&expanded.stderr)
    );
    let generated = std::fs::read_to_string(fixtures.join("generated/account_balance.rs"))
        .expect("the committed generated file");
    assert_eq!(String::from_utf8_lossy(&expanded.stdout), generated);
}
