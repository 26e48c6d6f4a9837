//! The data the templates see: plain, serialisable views of the schema, built once per run.

use serde::Serialize;

/// A reference to a type as written at a use site, with where the type is documented.
#[derive(Debug, Clone, Serialize)]
pub struct TypeRef {
    /// The type as written, e.g. `[AccountUrl!]!`.
    pub display: String,
    /// The named type inside it.
    pub name: String,
    /// The page that documents the named type (`objects`, `enums`, …).
    pub page: &'static str,
}

/// A deprecation with its dates and its status against the run's date.
#[derive(Debug, Clone, Serialize)]
pub struct DeprecationView {
    /// The reason as the schema states it.
    pub reason: String,
    /// The non-empty lines of the reason, as the reference prints them.
    pub lines: Vec<String>,
    /// `YYYY-MM-DD` or none.
    pub marked_on: Option<String>,
    /// `YYYY-MM-DD` or none.
    pub removal: Option<String>,
    /// Days from the run's date to removal (negative once passed).
    pub days: Option<i64>,
    /// `removed`, `due`, `later` or `no-date`.
    pub status: &'static str,
    /// A short human label of the status.
    pub status_label: String,
    /// The "use X instead" hint, when the reason names a replacement.
    pub replacement: Option<String>,
}

/// An argument or input field.
#[derive(Debug, Clone, Serialize)]
pub struct InputValueView {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub default: Option<String>,
    pub description: Option<String>,
    pub deprecation: Option<DeprecationView>,
}

/// A field of an object or interface type.
#[derive(Debug, Clone, Serialize)]
pub struct FieldView {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    pub description: Option<String>,
    pub arguments: Vec<InputValueView>,
    pub deprecation: Option<DeprecationView>,
}

/// A value of an enum type.
#[derive(Debug, Clone, Serialize)]
pub struct EnumValueView {
    pub name: String,
    pub description: Option<String>,
    pub deprecation: Option<DeprecationView>,
}

/// One named type of the schema.
#[derive(Debug, Clone, Serialize)]
pub struct TypeView {
    pub name: String,
    /// `object`, `interface`, `union`, `enum`, `input` or `scalar`.
    pub kind: &'static str,
    pub description: Option<String>,
    /// Fields of objects and interfaces.
    pub fields: Vec<FieldView>,
    /// Fields of input objects.
    pub input_fields: Vec<InputValueView>,
    pub values: Vec<EnumValueView>,
    /// Members of a union, or the object types implementing an interface.
    pub possible_types: Vec<TypeRef>,
    /// Interfaces an object or interface implements.
    pub interfaces: Vec<TypeRef>,
    /// How many of its items are deprecated, for the badge.
    pub deprecated_items: usize,
}

/// One field of a root type, documented as the official reference documents it.
#[derive(Debug, Clone, Serialize)]
pub struct RootEntry {
    pub name: String,
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// The endpoint that serves the field.
    pub url: Option<String>,
    pub description: Option<String>,
    /// The description without its possible-error list, for pages that show the list as a
    /// table.
    pub prose: Option<String>,
    /// The possible errors the description lists, in its order.
    pub errors: Vec<ErrorRow>,
    pub deprecation: Option<DeprecationView>,
    pub arguments: Vec<InputValueView>,
    pub query: String,
    pub variables: Option<String>,
    pub response: String,
}

/// A root type page: `Query` or `Mutation`.
#[derive(Debug, Clone, Serialize)]
pub struct RootPage {
    /// `Query` or `Mutation`.
    pub root: String,
    /// `queries` or `mutations`.
    pub page: &'static str,
    /// `Queries` or `Mutations`.
    pub title: &'static str,
    /// The sentence of the official page about the root type.
    pub about: &'static str,
    pub entries: Vec<RootEntry>,
}

/// One row of the deprecation timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineRow {
    pub coordinate: String,
    /// `field`, `argument`, `input_field` or `enum_value`.
    pub kind: &'static str,
    /// Where the item is documented, for the link.
    pub page: &'static str,
    /// The anchor on that page: the type name, or the field name on a root page.
    pub anchor: String,
    pub deprecation: DeprecationView,
}

/// One use of a deprecated item by an operation of the user's documents.
#[derive(Debug, Clone, Serialize)]
pub struct UsageRow {
    pub coordinate: String,
    pub file: String,
    pub line: Option<usize>,
    pub page: &'static str,
    pub anchor: String,
    pub deprecation: DeprecationView,
}

/// The deprecated items one operation uses, soonest removal first.
#[derive(Debug, Clone, Serialize)]
pub struct OperationUsage {
    pub operation: String,
    pub file: String,
    /// The earliest removal date among its items (`YYYY-MM-DD`), if any has one.
    pub change_by: Option<String>,
    /// The worst status among its items.
    pub status: &'static str,
    pub uses: Vec<UsageRow>,
}

/// A link in the navigation and on the index.
#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    /// The page's file stem (`queries`, `objects`, …).
    pub page: &'static str,
    pub title: &'static str,
    /// How many items the page lists.
    pub count: usize,
}

/// An entry of the index: every root field and type, for the filter box.
#[derive(Debug, Clone, Serialize)]
pub struct IndexItem {
    pub name: String,
    /// What it is: `query`, `mutation`, `object`, ….
    pub kind: &'static str,
    pub page: &'static str,
    /// The anchor on its page.
    pub anchor: String,
    pub deprecated: bool,
}

/// One possible error of a field: a Kraken code and the schema's message for it.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorRow {
    /// E.g. `KT-CT-4321`.
    pub code: String,
    pub message: String,
}

/// One code of the errors index, with every field that lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorIndexRow {
    pub code: String,
    /// The messages the fields give for it (one, unless the schema words it differently).
    pub messages: Vec<String>,
    pub fields: Vec<ErrorFieldLink>,
}

/// A field of the errors index, with where it is documented.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorFieldLink {
    pub coordinate: String,
    pub page: &'static str,
    pub anchor: String,
}
