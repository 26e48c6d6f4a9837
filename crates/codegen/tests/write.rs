//! The writer: `--check` writes nothing and lists stale files; a write replaces files whole.

use krakenql_codegen::project::{write, OutputFile};

#[test]
fn check_lists_stale_files_and_writes_nothing_then_write_updates() {
    let dir = std::env::temp_dir().join(format!("krakenql-write-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let current = dir.join("current.rs");
    let stale = dir.join("stale.rs");
    std::fs::write(&current, "same").expect("write");
    std::fs::write(&stale, "old").expect("write");
    let files = vec![
        OutputFile {
            path: current.clone(),
            contents: "same".to_owned(),
        },
        OutputFile {
            path: stale.clone(),
            contents: "new".to_owned(),
        },
        OutputFile {
            path: dir.join("missing.rs"),
            contents: "fresh".to_owned(),
        },
    ];

    let error = write(&files, true).expect_err("two files are stale");
    assert!(error.findings);
    assert!(error.message.contains("stale.rs") && error.message.contains("missing.rs"));
    assert!(!error.message.contains("current.rs"));
    assert_eq!(std::fs::read_to_string(&stale).expect("read"), "old");
    assert!(!dir.join("missing.rs").exists());

    let outcome = write(&files, false).expect("writes");
    assert_eq!(outcome.changed, vec![stale.clone(), dir.join("missing.rs")]);
    assert_eq!(std::fs::read_to_string(&stale).expect("read"), "new");
    assert!(
        write(&files, true).is_ok(),
        "nothing is stale after writing"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .expect("list")
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files are left behind");
    std::fs::remove_dir_all(&dir).expect("clean up");
}
