//! The prepared path against the fresh one: entries written by `krakenql prepare`'s own library
//! call (`krakenql_codegen::project::prepare`) make the macro emit the same tokens as a fresh
//! expansion, for every invocation of tests/compile-run and of the trybuild cases; a changed
//! input misses; the stored deprecated uses are judged on the build's day as a fresh run would;
//! `KRAKENQL_OFFLINE` turns a miss into an error on the document.
//!
//! Expansions are compared as prettyplease prints them (a `syn::File` of the whole expansion,
//! with a hit's module file read inline): stored code is text that rustc parses again, so only
//! token grouping invisible in Rust source can differ.

use std::path::{Path, PathBuf};

use krakenql_codegen::project::prepare::prepare_files;
use proc_macro2::TokenStream;
use quote::quote;

use crate::expand::{expand, Env};
use crate::prepared::Folder;
use crate::tests::{env, findings};

/// A scratch directory of its own for one test, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krakenql-macros-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("creates a scratch directory");
    dir
}

/// Prepares the invocations of `rust_file` for the crate at `crate_dir`, into `folder`.
fn prepare_into(crate_dir: &Path, rust_file: &Path, folder: &Path) -> usize {
    let prepared = prepare_files(crate_dir, &[rust_file.to_path_buf()])
        .unwrap_or_else(|error| panic!("{} prepares:\n{error}", rust_file.display()));
    std::fs::create_dir_all(folder).expect("creates the folder");
    for file in &prepared.files {
        let name = file.path.file_name().expect("an entry file name");
        std::fs::write(folder.join(name), &file.contents).expect("writes the entry");
    }
    prepared.files.len() / 2
}

/// Every `#[kraken_query]` struct of a Rust file: the attribute's arguments and the struct
/// without the attribute, as rustc hands them to the macro.
fn invocations(rust_file: &Path) -> Vec<(TokenStream, TokenStream)> {
    let text = std::fs::read_to_string(rust_file).expect("readable Rust file");
    let file = syn::parse_file(&text).expect("the Rust file parses");
    let mut found = Vec::new();
    for item in file.items {
        let syn::Item::Struct(mut item) = item else {
            continue;
        };
        let Some(index) = item.attrs.iter().position(|attr| {
            attr.path()
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "kraken_query")
        }) else {
            continue;
        };
        let attr = item.attrs.remove(index);
        let syn::Meta::List(list) = attr.meta else {
            continue;
        };
        found.push((list.tokens, quote!(#item)));
    }
    found
}

/// The whole expansion as prettyplease prints it, without the tracking block, whose
/// `include_bytes!`s and `option_env!`s are emitted once per compiler process whichever path
/// expands. A module that a hit names by its file (`#[path = "…"] mod m;`) is printed with the
/// file's contents inline, as rustc reads it.
fn printed(expansion: TokenStream) -> String {
    let mut file: syn::File = syn::parse2(expansion).expect("the expansion parses");
    file.items.retain(|item| {
        let syn::Item::Const(constant) = item else {
            return true;
        };
        let text = quote!(#constant).to_string();
        !(text.contains("option_env") || text.contains("include_bytes"))
    });
    for item in &mut file.items {
        if let syn::Item::Mod(module) = item {
            inline_module_file(module);
        }
    }
    prettyplease::unparse(&file)
}

/// Replaces `#[path = "…"] mod m;` by `mod m { … }` holding the file's attributes and items.
fn inline_module_file(module: &mut syn::ItemMod) {
    let Some(index) = module
        .attrs
        .iter()
        .position(|attr| attr.path().is_ident("path"))
    else {
        return;
    };
    let syn::Meta::NameValue(meta) = &module.attrs.remove(index).meta else {
        panic!("a `#[path = \"…\"]` attribute");
    };
    let syn::Expr::Lit(syn::ExprLit {
        lit: syn::Lit::Str(path),
        ..
    }) = &meta.value
    else {
        panic!("a string path");
    };
    let text = std::fs::read_to_string(path.value()).expect("the module's file is readable");
    let contents = syn::parse_file(&text).expect("the module's file parses");
    module.attrs.extend(contents.attrs);
    module.content = Some((syn::token::Brace::default(), contents.items));
    module.semi = None;
}

/// Expands every invocation of `rust_file` fresh and from `folder` (offline, so that a miss
/// would be an error) and compares them; returns how many were compared.
fn hits_equal_misses(crate_dir: &Path, rust_file: &Path, folder: &Path) -> usize {
    let fresh_env = Env {
        manifest_dir: crate_dir.to_path_buf(),
        ..env()
    };
    let prepared_env = Env {
        manifest_dir: crate_dir.to_path_buf(),
        offline: true,
        folder: Folder::At(folder.to_path_buf()),
        ..env()
    };
    let mut compared = 0;
    for (args, item) in invocations(rust_file) {
        let fresh = printed(expand(&fresh_env, args.clone(), item.clone()));
        let prepared = printed(expand(&prepared_env, args, item));
        assert_eq!(prepared, fresh, "{}", rust_file.display());
        compared += 1;
    }
    compared
}

#[test]
fn a_hit_emits_what_a_miss_emits_for_every_compile_run_invocation() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/compile-run");
    let inline = crate_dir.join("src/inline.rs");
    let folder = scratch("compile-run");
    assert_eq!(prepare_into(&crate_dir, &inline, &folder), 12);
    assert_eq!(hits_equal_misses(&crate_dir, &inline, &folder), 12);
}

#[test]
fn a_hit_emits_what_a_miss_emits_for_every_trybuild_case_that_expands() {
    // The cases read the default schema of their crate, as in tests/ui.rs.
    let crate_dir = scratch("trybuild");
    std::fs::create_dir_all(crate_dir.join("schema")).expect("creates schema/");
    std::fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/schema.graphql"),
        crate_dir.join("schema/kraken.graphql"),
    )
    .expect("copies the fixture schema");
    let mut cases: Vec<PathBuf> =
        std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui"))
            .expect("tests/ui")
            .map(|entry| entry.expect("entry").path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
            .collect();
    cases.sort();
    let mut compared = 0;
    for case in cases {
        let folder = crate_dir.join(".krakenql");
        let _ = std::fs::remove_dir_all(&folder);
        // Cases whose operation is invalid have no entry: `prepare` reports them instead.
        if prepare_files(&crate_dir, std::slice::from_ref(&case)).is_ok() {
            prepare_into(&crate_dir, &case, &folder);
            compared += hits_equal_misses(&crate_dir, &case, &folder);
        }
    }
    // Every case whose operation generates (the deprecation cases among them); the others are
    // invalid operations, bad arguments or a missing schema, which never have an entry.
    assert_eq!(compared, 6);
}

/// `query Urls { accountUrls … pollDelay }`: removal dates 2024-01-01 and 2026-12-15.
const DEPRECATED: &str = "query Urls { accountUrls(accountNumber: \"A-1\") { url } pollDelay }";

fn fixture_crate() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Prepares `DEPRECATED` as `struct Urls` against the fixture schema into a scratch folder.
fn prepared_urls(name: &str) -> (PathBuf, TokenStream) {
    let folder = scratch(name);
    let args = quote!(document = #DEPRECATED, schema = "tests/fixtures/schema.graphql");
    let rust = folder.join("lib.rs");
    std::fs::write(
        &rust,
        format!("#[krakenql::kraken_query({args})]\npub struct Urls;\n"),
    )
    .expect("writes the scratch source");
    assert_eq!(prepare_into(&fixture_crate(), &rust, &folder), 1);
    (folder, args)
}

#[test]
fn stored_deprecations_are_judged_on_the_builds_day() {
    let (folder, args) = prepared_urls("dates");
    // 2023-06-01, 2026-06-01, 2027-01-01 as SOURCE_DATE_EPOCH.
    let days = [
        ("1685577600", 0, 2),
        ("1780272000", 1, 1),
        ("1798761600", 2, 0),
    ];
    for (epoch, past, upcoming) in days {
        let fresh = Env {
            source_date_epoch: Some(epoch.to_owned()),
            ..env()
        };
        let prepared = Env {
            source_date_epoch: Some(epoch.to_owned()),
            offline: true,
            folder: Folder::At(folder.clone()),
            ..env()
        };
        let item = quote!(
            pub struct Urls;
        );
        let (notes, errors) = findings(expand(&prepared, args.clone(), item.clone()));
        assert_eq!((errors.len(), notes.len()), (past, upcoming), "{epoch}");
        assert_eq!(
            (notes, errors),
            findings(expand(&fresh, args.clone(), item))
        );
    }
}

#[test]
fn a_prepared_entry_applies_allow_removed_as_a_fresh_expansion_does() {
    let crate_dir = fixture_crate().join("tests/fixtures/allow_removed");
    let folder = scratch("allow-removed");
    let args = quote!(document = #DEPRECATED);
    let rust = folder.join("lib.rs");
    std::fs::write(
        &rust,
        format!("#[krakenql::kraken_query({args})]\npub struct Urls;\n"),
    )
    .expect("writes the scratch source");
    assert_eq!(prepare_into(&crate_dir, &rust, &folder), 1);
    let fresh = Env {
        manifest_dir: crate_dir.clone(),
        ..env()
    };
    let prepared = Env {
        manifest_dir: crate_dir,
        offline: true,
        folder: Folder::At(folder),
        ..env()
    };
    let item = quote!(
        pub struct Urls;
    );
    let (notes, errors) = findings(expand(&prepared, args.clone(), item.clone()));
    // Past its removal date but listed: a warning, as in a fresh expansion and `krakenql lint`.
    assert!(errors.is_empty(), "{errors:?}");
    assert!(
        notes
            .iter()
            .any(|note| note.contains("accountUrls") && note.contains("allow_removed")),
        "{notes:?}"
    );
    assert_eq!((notes, errors), findings(expand(&fresh, args, item)));
}

#[test]
fn a_changed_document_schema_or_option_misses() {
    let (folder, args) = prepared_urls("changes");
    let offline = Env {
        offline: true,
        folder: Folder::At(folder),
        ..env()
    };
    let item = quote!(
        pub struct Urls;
    );
    let (_, errors) = findings(expand(&offline, args, item.clone()));
    assert!(errors
        .iter()
        .all(|error| !error.contains("KRAKENQL_OFFLINE")));
    let folder_name = format!("krakenql-macros-{}-changes", std::process::id());
    let entry = std::fs::read_dir(offline_folder(&offline))
        .expect("the folder lists")
        .filter_map(Result::ok)
        .filter_map(|entry| entry.file_name().into_string().ok())
        .find(|name| name.starts_with("urls-") && name.ends_with(".json"))
        .expect("the prepared entry");
    let offline_error = |what: &str| {
        format!(
            "KQP012 missing-prepared-expansion: KRAKENQL_OFFLINE is set and the prepared \
             expansion of `Urls` in {folder_name}/ ({entry}) was made for other inputs: {what} \
             changed since `krakenql prepare` ran\n  help: run `krakenql prepare` in the \
             crate's directory and commit {folder_name}/, or unset KRAKENQL_OFFLINE to generate \
             it during the build"
        )
    };
    let changed_document = DEPRECATED.replace("pollDelay", "pollDelay pollDelay");
    let schema_copy = scratch("changed-schema").join("schema.graphql");
    let schema = std::fs::read_to_string(fixture_crate().join("tests/fixtures/schema.graphql"))
        .expect("readable schema");
    std::fs::write(&schema_copy, format!("{schema}\n# one more line\n")).expect("writes");
    let schema_copy = schema_copy.display().to_string();
    let changes = [
        (
            "the document",
            quote!(document = #changed_document, schema = "tests/fixtures/schema.graphql"),
            offline.manifest_dir.clone(),
        ),
        (
            "the schema",
            quote!(document = #DEPRECATED, schema = #schema_copy),
            offline.manifest_dir.clone(),
        ),
        (
            "the codegen options",
            quote!(document = #DEPRECATED),
            fixture_crate().join("tests/fixtures/derives"),
        ),
        (
            "the schema and the document",
            quote!(document = #changed_document, schema = #schema_copy),
            offline.manifest_dir.clone(),
        ),
    ];
    for (what, args, manifest_dir) in changes {
        let env = Env {
            manifest_dir,
            offline: true,
            folder: offline.folder.clone(),
            ..env()
        };
        let (_, errors) = findings(expand(&env, args, item.clone()));
        assert_eq!(errors, [offline_error(what)], "{what}");
    }
}

/// The folder an environment reads entries from.
fn offline_folder(env: &Env) -> PathBuf {
    match &env.folder {
        Folder::At(folder) => folder.clone(),
        _ => panic!("the test prepares into a folder of its own"),
    }
}

#[test]
fn an_entry_cut_short_is_refused_and_one_with_crlf_line_endings_is_used() {
    let (folder, args) = prepared_urls("length");
    let code = std::fs::read_dir(&folder)
        .expect("the folder lists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .find(|path| path.extension().is_some_and(|ext| ext == "rs") && !path.ends_with("lib.rs"))
        .expect("the entry's code file");
    let written = std::fs::read_to_string(&code).expect("readable entry");
    let prepared = Env {
        offline: true,
        folder: Folder::At(folder),
        ..env()
    };
    let item = quote!(
        pub struct Urls;
    );
    // As git writes it on checkout with `core.autocrlf`: still a hit.
    std::fs::write(&code, written.replace('\n', "\r\n")).expect("rewrites the entry");
    let (_, errors) = findings(expand(&prepared, args.clone(), item.clone()));
    assert!(
        errors.iter().all(|error| !error.contains("KQP011")),
        "{errors:?}"
    );
    // Cut short: a coded error naming the file, not rustc's errors inside it.
    std::fs::write(&code, &written.as_bytes()[..written.len() / 2]).expect("cuts the entry short");
    let (_, errors) = findings(expand(&prepared, args, item));
    let expected = format!(
        "KQP011 unusable-prepared-expansion: the prepared expansion {} cannot be used: it holds \
         {} bytes, where `krakenql prepare` wrote {}: it was cut short or edited since",
        code.display(),
        written.len() / 2,
        written.len()
    );
    assert!(
        errors.iter().any(|error| error.starts_with(&expected)),
        "{errors:?}"
    );
}
