//! The writer: `--check` writes nothing and lists stale files and temporaries; a write swaps in
//! the whole new set of a folder or leaves the old one.

use std::path::{Path, PathBuf};

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
    let text = error.to_string();
    assert!(text.contains("stale.rs") && text.contains("missing.rs"));
    assert!(!text.contains("current.rs"));
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

/// An output file of the folder `dir`.
fn file(dir: &Path, name: &str, contents: &str) -> OutputFile {
    OutputFile {
        path: dir.join(name),
        contents: contents.to_owned(),
    }
}

/// The names and contents of every file under `dir`, sorted, with `/` separators.
fn listing(dir: &Path) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("list") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path.strip_prefix(dir).expect("inside").to_string_lossy();
                let text = std::fs::read_to_string(&path).expect("read");
                found.push((name.replace('\\', "/"), text));
            }
        }
    }
    found.sort();
    found
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(name, text)| ((*name).to_owned(), (*text).to_owned()))
        .collect()
}

/// The old set: two generated files, and the user's own file and folder beside them.
fn old_set(root: &Path) -> PathBuf {
    let out = root.join("out");
    std::fs::create_dir_all(out.join("notes")).expect("folders");
    std::fs::write(out.join("a.rs"), "old a").expect("write");
    std::fs::write(out.join("b.rs"), "old b").expect("write");
    std::fs::write(out.join("README.md"), "mine").expect("write");
    std::fs::write(out.join("notes/todo.txt"), "also mine").expect("write");
    out
}

#[test]
fn a_failure_part_way_leaves_the_old_set_whole() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = old_set(root.path());
    let before = listing(&out);
    // The third file cannot be created (a NUL byte in its name), after two were written.
    let files = vec![
        file(&out, "a.rs", "new a"),
        file(&out, "b.rs", "new b"),
        file(&out, "c\0.rs", "new c"),
    ];

    let error = write(&files, false).expect_err("the third file cannot be written");

    assert!(!error.findings);
    assert!(error
        .to_string()
        .contains("the folder keeps its previous files"));
    assert_eq!(
        listing(&out),
        before,
        "the folder holds the old set, untouched"
    );
    let beside: Vec<_> = std::fs::read_dir(root.path())
        .expect("list")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    assert_eq!(
        beside,
        vec!["out"],
        "no temporary is left beside the folder"
    );
}

#[test]
fn a_write_swaps_in_the_new_set_and_keeps_what_krakenql_did_not_write() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = old_set(root.path());
    let files = vec![
        file(&out, "a.rs", "old a"),
        file(&out, "b.rs", "new b"),
        file(&out, "c.rs", "new c"),
    ];

    let outcome = write(&files, false).expect("writes");

    assert_eq!(outcome.changed, vec![out.join("b.rs"), out.join("c.rs")]);
    assert_eq!(
        listing(&out),
        pairs(&[
            ("README.md", "mine"),
            ("a.rs", "old a"),
            ("b.rs", "new b"),
            ("c.rs", "new c"),
            ("notes/todo.txt", "also mine"),
        ])
    );
    let beside: Vec<_> = std::fs::read_dir(root.path())
        .expect("list")
        .map(|entry| entry.expect("entry").file_name())
        .collect();
    assert_eq!(beside, vec!["out"], "the old folder is removed");
}

#[test]
fn stale_temporaries_are_reported_by_check_and_removed_by_a_write() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = old_set(root.path());
    let staged = root.path().join(".out.krakenql-4242-x1y2.new");
    std::fs::create_dir(&staged).expect("a killed run's new folder");
    std::fs::write(staged.join("a.rs"), "half").expect("write");
    let per_file = out.join(".b.rs.krakenql-4242.tmp");
    std::fs::write(&per_file, "half").expect("a killed run's temporary file");
    let files = vec![file(&out, "a.rs", "old a"), file(&out, "b.rs", "old b")];

    let error = write(&files, true).expect_err("the temporaries are stale");
    assert!(error.findings);
    let text = error.to_string();
    assert!(text.contains("error[KQP008]: stale-temporary:"));
    assert!(text.contains(".out.krakenql-4242-x1y2.new"));
    assert!(text.contains(".b.rs.krakenql-4242.tmp"));
    assert!(!text.contains("stale-generated-code"));
    assert!(
        staged.exists() && per_file.exists(),
        "--check removes nothing"
    );

    let outcome = write(&files, false).expect("writes");
    assert_eq!(outcome.cleaned.len(), 2);
    assert!(outcome.changed.is_empty());
    assert!(!staged.exists() && !per_file.exists());
    assert!(write(&files, true).is_ok(), "nothing is stale any more");
}

#[test]
fn a_run_killed_after_moving_the_old_set_aside_is_recovered() {
    let root = tempfile::tempdir().expect("temp dir");
    let out = old_set(root.path());
    let aside = root.path().join(".out.krakenql-4242.old");
    std::fs::rename(&out, &aside).expect("the killed run moved the old set aside");
    let files = vec![file(&out, "a.rs", "new a"), file(&out, "b.rs", "old b")];

    let outcome = write(&files, false).expect("writes");

    assert_eq!(outcome.cleaned, vec![aside.clone()]);
    assert!(!aside.exists());
    assert_eq!(
        listing(&out),
        pairs(&[
            ("README.md", "mine"),
            ("a.rs", "new a"),
            ("b.rs", "old b"),
            ("notes/todo.txt", "also mine"),
        ])
    );
}

#[cfg(unix)]
#[test]
fn an_output_folder_given_as_a_symbolic_link_stays_a_link() {
    let root = tempfile::tempdir().expect("temp dir");
    let real = old_set(root.path());
    let link = root.path().join("link");
    std::os::unix::fs::symlink(&real, &link).expect("a link to the output folder");
    let files = vec![file(&link, "a.rs", "new a"), file(&link, "b.rs", "old b")];

    write(&files, false).expect("writes");

    let meta = std::fs::symlink_metadata(&link).expect("the link is there");
    assert!(
        meta.file_type().is_symlink(),
        "the link is not replaced by a folder"
    );
    assert_eq!(
        listing(&real),
        pairs(&[
            ("README.md", "mine"),
            ("a.rs", "new a"),
            ("b.rs", "old b"),
            ("notes/todo.txt", "also mine"),
        ])
    );
}
