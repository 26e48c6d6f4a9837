//! The HTML site of the largest schema (EDF GB 2026-07): every internal link resolves, nothing
//! is loaded from outside the site, and the same schema renders the same bytes twice.

use std::collections::{BTreeMap, BTreeSet};

use krakenql_codegen::docs::DocsFormat;
use scraper::{Html, Selector};

use super::{load, render};

/// The largest schema the project ships.
pub(crate) const EDF: &str = "schema/sources/edf-gb-2026-07.graphql";

#[test]
fn every_internal_link_of_the_edf_site_resolves() {
    let schema = load(&[EDF]);
    let files = render(&schema, DocsFormat::Html, None);
    let anchor = Selector::parse("[id]").expect("selector");
    let link = Selector::parse("a[href]").expect("selector");
    let external = Selector::parse("script[src], link[href], img[src], iframe").expect("selector");
    let mut ids: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut parsed = Vec::new();
    for file in &files {
        let name = file.path.display().to_string();
        let html = Html::parse_document(&file.contents);
        ids.insert(
            name.clone(),
            html.select(&anchor)
                .filter_map(|element| element.value().attr("id"))
                .map(str::to_owned)
                .collect(),
        );
        parsed.push((name, html));
    }
    let mut broken = Vec::new();
    let mut checked = 0;
    for (name, html) in &parsed {
        assert_eq!(
            html.select(&external).count(),
            0,
            "{name} loads an external asset"
        );
        for element in html.select(&link) {
            let href = element.value().attr("href").unwrap_or_default();
            let (page, fragment) = href.split_once('#').unwrap_or((href, ""));
            let page = if page.is_empty() { name.as_str() } else { page };
            checked += 1;
            match ids.get(page) {
                None => broken.push(format!("{name}: {href} (no page {page})")),
                Some(targets) if !fragment.is_empty() && !targets.contains(fragment) => {
                    broken.push(format!("{name}: {href} (no #{fragment} on {page})"));
                }
                Some(_) => {}
            }
        }
    }
    println!("checked {checked} links on {} pages", files.len());
    assert!(checked > 10_000, "only {checked} links were checked");
    assert!(
        broken.is_empty(),
        "{} broken links:\n{}",
        broken.len(),
        broken.join("\n")
    );
}

#[test]
fn the_same_schema_renders_the_same_bytes_twice() {
    for (paths, format) in [
        (&[EDF][..], DocsFormat::Html),
        (&["schema/kraken.graphql"][..], DocsFormat::Text),
        (&["schema/kraken.graphql"][..], DocsFormat::Markdown),
    ] {
        let first = render(&load(paths), format, None);
        let second = render(&load(paths), format, None);
        assert_eq!(
            first, second,
            "{paths:?} rendered differently as {format:?}"
        );
    }
}
