//! Snapshots of every page of a small fixture schema, in each format, and of template errors.

use chrono::NaiveDate;
use krakenql_codegen::docs::{render_docs, DocsFormat, DocsOptions, Templates, API_ENDPOINT};
use krakenql_schema::render::render_all;

use super::{load, render};

/// The fixture schema, shared with the CLI's `docs-*` cases.
const FIXTURE: &str = "tests/fixtures/docs/schema.graphql";

/// Snapshots the pages of the fixture site in one format (`pages` empty: every page).
fn check(format: DocsFormat, pages: &[&str]) {
    let files = render(&load(&[FIXTURE]), format, Some(API_ENDPOINT));
    for file in files {
        let stem = file
            .path
            .file_stem()
            .and_then(|stem| stem.to_str())
            .unwrap_or_default();
        if !pages.is_empty() && !pages.contains(&stem) {
            continue;
        }
        let name = file.path.display().to_string().replace('.', "_");
        insta::assert_snapshot!(format!("fixture_{name}"), file.contents);
    }
}

#[test]
fn text_pages() {
    check(DocsFormat::Text, &[]);
}

#[test]
fn markdown_pages() {
    check(DocsFormat::Markdown, &[]);
}

/// The HTML pages share one layout, so a root page (with a possible-errors table), a type page,
/// the timeline and the errors index show it all.
#[test]
fn html_pages() {
    check(
        DocsFormat::Html,
        &["queries", "objects", "deprecations", "errors"],
    );
}

#[test]
fn a_broken_template_is_reported_with_its_file_and_line() {
    let templates = Templates::embedded()
        .with_override(
            "text/root.txt",
            "my-templates/text/root.txt",
            "About {{ root.title }}\n{% for entry in root.entries %}\n{{ entry.name }\n{% endfor %}\n"
                .to_owned(),
        )
        .expect("a known template");
    let options = DocsOptions::new(
        DocsFormat::Text,
        "",
        NaiveDate::from_ymd_opt(2026, 11, 27).expect("date"),
    );
    let problems = render_docs(&load(&[FIXTURE]), &options, None, &templates)
        .expect_err("the template does not parse");
    insta::assert_snapshot!("broken_template", render_all(&problems));
}

#[test]
fn an_unknown_template_name_is_refused() {
    let problem = Templates::embedded()
        .with_override("html/rot.html", "my-templates/html/rot.html", String::new())
        .expect_err("no such template");
    insta::assert_snapshot!("unknown_template", render_all(&[problem]));
}
