//! Analysis: turns the schema (and an optional lint run) into the views the templates render.

mod errors;
mod roots;
mod timeline;
mod types;

use std::collections::HashMap;

use apollo_compiler::executable::OperationType;
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::Schema;
use chrono::NaiveDate;
use krakenql_lint::LintReport;
use krakenql_schema::KrakenSchema;
use serde::Serialize;

use super::model::{
    ErrorIndexRow, IndexItem, OperationUsage, PageLink, RootPage, TimelineRow, TypeView,
};

pub use timeline::DUE_WITHIN_DAYS;

/// What every builder needs: the schema, its deprecations and the run's settings.
pub(crate) struct Context<'a> {
    pub(crate) schema: &'a Schema,
    pub(crate) model: &'a KrakenSchema,
    pub(crate) today: NaiveDate,
    pub(crate) endpoint: Option<String>,
    /// How many deprecated items each type has.
    pub(crate) deprecated_items: HashMap<&'a str, usize>,
}

/// Everything the templates see, built once per run.
#[derive(Debug, Clone, Serialize)]
pub struct Site {
    /// The site's title.
    pub title: String,
    /// The heading of the official page's section: `API Site` or `Authentication Server`.
    pub heading: String,
    /// The endpoint shown on the pages (`--endpoint`, or the API site's for the bundled schema).
    pub endpoint: Option<String>,
    /// The run's date (`YYYY-MM-DD`), which deprecation statuses are judged by.
    pub today: String,
    /// The extension of the pages (`txt`, `md`, `html`), for links between them.
    pub ext: &'static str,
    /// How many days ahead a removal counts as due (the `due` status).
    pub due_within_days: i64,
    /// The pages of the site in navigation order, with their item counts.
    pub nav: Vec<PageLink>,
    /// The `Query` page, when the schema has a query root.
    pub queries: Option<RootPage>,
    /// The `Mutation` page, when the schema has a mutation root.
    pub mutations: Option<RootPage>,
    /// Object types, by name.
    pub objects: Vec<TypeView>,
    /// Interface types, by name.
    pub interfaces: Vec<TypeView>,
    /// Union types, by name.
    pub unions: Vec<TypeView>,
    /// Enum types, by name.
    pub enums: Vec<TypeView>,
    /// Input object types, by name.
    pub inputs: Vec<TypeView>,
    /// Scalar types, by name.
    pub scalars: Vec<TypeView>,
    /// Every deprecated coordinate, by removal date.
    pub timeline: Vec<TimelineRow>,
    /// Timeline rows per status (`removed`, `due`, `later`, `no-date`).
    pub timeline_counts: Vec<(&'static str, usize)>,
    /// The user's operations, when documents were given.
    pub operations: Option<Vec<OperationUsage>>,
    /// Every possible-error code the schema lists, with the fields that list it (the errors
    /// page, when there is any).
    pub errors: Vec<ErrorIndexRow>,
    /// Every root field and type, for the filter box.
    pub index: Vec<IndexItem>,
}

/// The type pages: stem, title and the kind of types they list.
pub const TYPE_PAGES: [(&str, &str, &str); 6] = [
    ("objects", "Objects", "object"),
    ("interfaces", "Interfaces", "interface"),
    ("unions", "Unions", "union"),
    ("enums", "Enums", "enum"),
    ("inputs", "Input objects", "input"),
    ("scalars", "Scalars", "scalar"),
];

/// Builds the site's views.
pub(crate) fn build_site(
    model: &KrakenSchema,
    title: &str,
    ext: &'static str,
    today: NaiveDate,
    endpoint: Option<String>,
    report: Option<&LintReport>,
) -> Site {
    let schema: &Schema = model.schema();
    let mut deprecated_items = HashMap::new();
    for deprecation in model.deprecations() {
        *deprecated_items
            .entry(deprecation.coordinate.type_name())
            .or_insert(0) += 1;
    }
    let context = Context {
        schema,
        model,
        today,
        endpoint: endpoint.clone(),
        deprecated_items,
    };
    let queries = roots::root_page(&context, OperationType::Query);
    let mutations = roots::root_page(&context, OperationType::Mutation);
    let roots: Vec<&str> = [&queries, &mutations]
        .into_iter()
        .flatten()
        .map(|page| page.root.as_str())
        .collect();
    let mut named: Vec<&ExtendedType> = schema
        .types
        .values()
        .filter(|ty| !ty.name().starts_with("__") && !roots.contains(&ty.name().as_str()))
        .collect();
    named.sort_by(|a, b| a.name().cmp(b.name()));
    let mut pages: HashMap<&str, Vec<TypeView>> = HashMap::new();
    for ty in named {
        pages
            .entry(types::kind_of(ty))
            .or_default()
            .push(types::type_view(&context, ty));
    }
    let mut take = |kind: &str| pages.remove(kind).unwrap_or_default();
    let (objects, interfaces, unions) = (take("object"), take("interface"), take("union"));
    let (enums, inputs, scalars) = (take("enum"), take("input"), take("scalar"));
    let timeline = timeline::timeline(&context);
    let operations = report.map(|report| timeline::operations(&context, report));
    let errors = errors::index(&context);
    let mut site = Site {
        title: title.to_owned(),
        heading: heading(endpoint.as_deref()).to_owned(),
        endpoint,
        today: today.to_string(),
        ext,
        due_within_days: DUE_WITHIN_DAYS,
        nav: Vec::new(),
        timeline_counts: timeline::status_counts(&timeline),
        queries,
        mutations,
        objects,
        interfaces,
        unions,
        enums,
        inputs,
        scalars,
        timeline,
        operations,
        errors,
        index: Vec::new(),
    };
    site.nav = nav(&site);
    site.index = index(&site);
    site
}

/// The section heading of the official page for an endpoint.
fn heading(endpoint: Option<&str>) -> &'static str {
    match endpoint {
        Some(url) if url.contains("//auth.") => "Authentication Server",
        _ => "API Site",
    }
}

/// The pages of the site in navigation order, with their item counts.
fn nav(site: &Site) -> Vec<PageLink> {
    let mut links = Vec::new();
    for root in [&site.queries, &site.mutations].into_iter().flatten() {
        links.push(PageLink {
            page: root.page,
            title: root.title,
            count: root.entries.len(),
        });
    }
    for (page, title, _) in TYPE_PAGES {
        links.push(PageLink {
            page,
            title,
            count: site.types(page).len(),
        });
    }
    links.push(PageLink {
        page: "deprecations",
        title: "Deprecation timeline",
        count: site.timeline.len(),
    });
    if !site.errors.is_empty() {
        links.push(PageLink {
            page: "errors",
            title: "Possible errors",
            count: site.errors.len(),
        });
    }
    if let Some(operations) = &site.operations {
        links.push(PageLink {
            page: "operations",
            title: "Your operations",
            count: operations.len(),
        });
    }
    links
}

/// Every root field and type, for the index and its filter box.
fn index(site: &Site) -> Vec<IndexItem> {
    let mut items = Vec::new();
    for root in [&site.queries, &site.mutations].into_iter().flatten() {
        let kind = if root.page == "queries" {
            "query"
        } else {
            "mutation"
        };
        for entry in &root.entries {
            items.push(IndexItem {
                name: entry.name.clone(),
                kind,
                page: root.page,
                anchor: entry.name.clone(),
                deprecated: entry.deprecation.is_some(),
            });
        }
    }
    for (page, _, kind) in TYPE_PAGES {
        for ty in site.types(page) {
            items.push(IndexItem {
                name: ty.name.clone(),
                kind,
                page,
                anchor: ty.name.clone(),
                deprecated: ty.deprecated_items > 0,
            });
        }
    }
    items
}

impl Site {
    /// The types one type page lists.
    pub fn types(&self, page: &str) -> &[TypeView] {
        match page {
            "objects" => &self.objects,
            "interfaces" => &self.interfaces,
            "unions" => &self.unions,
            "enums" => &self.enums,
            "inputs" => &self.inputs,
            "scalars" => &self.scalars,
            _ => &[],
        }
    }
}
