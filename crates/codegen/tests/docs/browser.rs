//! The EDF site in a real browser: headless Chromium opens index.html from disk, the page logs
//! no console error, and the filter box (pre-filled from `#filter=…`) narrows the list.
//!
//! Chromium is Debian's `chromium` package, which `.ci/run` installs when it is missing. Under
//! `CI=true` a missing browser fails the test; elsewhere the test says it skipped.

use std::path::{Path, PathBuf};
use std::process::Command;

use krakenql_codegen::docs::DocsFormat;
use scraper::{Html, Selector};

use super::site::EDF;
use super::{load, render};

/// The browser binary, if one is installed.
fn chromium() -> Option<PathBuf> {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|path| path.exists())
}

/// Loads `url` headless and returns the DOM after scripts ran, and the browser's log.
fn dump_dom(browser: &Path, url: &str) -> (String, String) {
    let output = Command::new(browser)
        .args([
            "--headless",
            "--disable-gpu",
            "--no-sandbox",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=2000",
            "--dump-dom",
            url,
        ])
        .output()
        .expect("chromium runs");
    assert!(output.status.success(), "chromium failed on {url}");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// The names of the index entries the filter left visible, and how many entries there are.
fn visible_entries(dom: &str) -> (Vec<String>, usize) {
    let html = Html::parse_document(dom);
    let all = Selector::parse("li.entry").expect("selector");
    let total = html.select(&all).count();
    let visible = html
        .select(&all)
        .filter(|element| element.value().attr("hidden").is_none())
        .map(|element| {
            element
                .value()
                .attr("data-filter")
                .unwrap_or_default()
                .to_owned()
        })
        .collect();
    (visible, total)
}

/// Console messages and uncaught errors in the browser's log.
fn console_errors(log: &str) -> Vec<&str> {
    log.lines()
        .filter(|line| line.contains(":CONSOLE") || line.contains("Uncaught"))
        .collect()
}

#[test]
fn the_edf_site_loads_from_disk_and_the_filter_narrows_the_list() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "chromium is not installed; under CI=true the browser test must run (apt-get install -y chromium)"
        );
        println!("skipped: chromium is not installed (apt-get install -y chromium)");
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("docs-edf-site");
    let files = render(&load(&[EDF]), DocsFormat::Html, None);
    std::fs::create_dir_all(&dir).expect("creates the site directory");
    for file in &files {
        std::fs::write(dir.join(&file.path), &file.contents).expect("writes a page");
    }
    let index = dir.join("index.html").canonicalize().expect("index.html");
    let url = format!("file://{}", index.display());

    let (dom, log) = dump_dom(&browser, &url);
    assert_eq!(
        console_errors(&log),
        Vec::<&str>::new(),
        "console errors on {url}"
    );
    let (visible, total) = visible_entries(&dom);
    assert!(total > 1000, "the index lists only {total} entries");
    assert_eq!(visible.len(), total, "without a filter every entry shows");

    let (dom, log) = dump_dom(&browser, &format!("{url}#filter=meterpoint"));
    assert_eq!(
        console_errors(&log),
        Vec::<&str>::new(),
        "console errors with a filter"
    );
    let (visible, total) = visible_entries(&dom);
    println!(
        "filter `meterpoint`: {} of {total} entries visible",
        visible.len()
    );
    assert!(!visible.is_empty() && visible.len() < total / 10);
    assert!(visible.iter().all(|name| name.contains("meterpoint")));
}
