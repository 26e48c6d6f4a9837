//! The docs emitter: a reference site (Markdown, HTML or the official page's text form) rendered
//! from the schema through minijinja templates.
//!
//! A pure function: schema, options, templates and an optional lint run of the user's
//! operations in; files out. `build` turns the schema into views, `example` prints the official
//! reference's example blocks, `templates` holds the embedded templates and their overrides.
//!
//! ```no_run
//! # fn docs(schema: &krakenql_schema::KrakenSchema) -> Result<(), Vec<krakenql_schema::Diagnostic>> {
//! use krakenql_codegen::docs::{render_docs, DocsFormat, DocsOptions, Templates};
//! let options = DocsOptions::new(DocsFormat::Html, "site", chrono::NaiveDate::MIN);
//! let files = render_docs(schema, &options, None, &Templates::embedded())?;
//! # Ok(()) }
//! ```

mod build;
mod example;
mod filters;
mod model;
mod templates;

use std::path::PathBuf;

use chrono::NaiveDate;
use krakenql_lint::LintReport;
use krakenql_schema::{Diagnostic, KrakenSchema};
use minijinja::{context, Value};

use crate::project::OutputFile;

pub use build::{Site, DUE_WITHIN_DAYS, TYPE_PAGES};
pub use example::{example, Example};
pub use model::*;
pub use templates::{Templates, EMBEDDED};

/// The output format of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocsFormat {
    /// Markdown pages.
    Markdown,
    /// A static HTML site with inline CSS and JavaScript.
    Html,
    /// Plain text in the form of the official reference page.
    Text,
}

impl DocsFormat {
    /// The template directory and the file extension of the format.
    pub fn dir_and_ext(self) -> (&'static str, &'static str) {
        match self {
            DocsFormat::Markdown => ("markdown", "md"),
            DocsFormat::Html => ("html", "html"),
            DocsFormat::Text => ("text", "txt"),
        }
    }
}

/// What to render and where the files go.
#[derive(Debug, Clone)]
pub struct DocsOptions {
    /// The output format.
    pub format: DocsFormat,
    /// The directory the pages are placed in.
    pub out_dir: PathBuf,
    /// The date deprecations are judged against.
    pub today: NaiveDate,
    /// The endpoint printed as each root field's `URL:` (none: no URL line).
    pub endpoint: Option<String>,
    /// The site's title.
    pub title: String,
}

impl DocsOptions {
    /// Options with no endpoint and the default title.
    pub fn new(format: DocsFormat, out_dir: impl Into<PathBuf>, today: NaiveDate) -> Self {
        DocsOptions {
            format,
            out_dir: out_dir.into(),
            today,
            endpoint: None,
            title: "Kraken GraphQL API reference".to_owned(),
        }
    }
}

/// The endpoint of the Kraken API site, which the bundled schema describes.
pub const API_ENDPOINT: &str = "https://api.octopus.energy/v1/graphql/";

/// Renders every page; a template that fails is reported with its file and line.
///
/// `report` is a lint run of the user's operations; with it the site has a "your operations"
/// page.
pub fn render_docs(
    schema: &KrakenSchema,
    options: &DocsOptions,
    report: Option<&LintReport>,
    templates: &Templates,
) -> Result<Vec<OutputFile>, Vec<Diagnostic>> {
    let (dir, ext) = options.format.dir_and_ext();
    let env = templates.environment()?;
    let site = build::build_site(
        schema,
        &options.title,
        ext,
        options.today,
        options.endpoint.clone(),
        report,
    );
    let site_value = Value::from_serialize(&site);
    let mut pages: Vec<(String, &str, Value)> = vec![(
        "index".to_owned(),
        "index",
        context! { site => site_value.clone(), page => "index" },
    )];
    for root in [&site.queries, &site.mutations].into_iter().flatten() {
        pages.push((
            root.page.to_owned(),
            "root",
            context! { site => site_value.clone(), page => root.page, root => Value::from_serialize(root) },
        ));
    }
    for (page, title, kind) in TYPE_PAGES {
        pages.push((
            page.to_owned(),
            "types",
            context! {
                site => site_value.clone(),
                page => page,
                title => title,
                kind => kind,
                types => Value::from_serialize(site.types(page)),
            },
        ));
    }
    pages.push((
        "deprecations".to_owned(),
        "deprecations",
        context! { site => site_value.clone(), page => "deprecations" },
    ));
    if !site.errors.is_empty() {
        pages.push((
            "errors".to_owned(),
            "errors",
            context! { site => site_value.clone(), page => "errors" },
        ));
    }
    if site.operations.is_some() {
        pages.push((
            "operations".to_owned(),
            "operations",
            context! { site => site_value.clone(), page => "operations" },
        ));
    }
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for (stem, template, context) in pages {
        let name = format!("{dir}/{template}.{ext}");
        let rendered = env
            .get_template(&name)
            .and_then(|template| template.render(context));
        match rendered {
            Ok(contents) => files.push(OutputFile {
                path: options.out_dir.join(format!("{stem}.{ext}")),
                contents,
            }),
            Err(error) => problems.push(templates.diagnostic(&error)),
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}
