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
    /// The argument or input field name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// Its default value as GraphQL prints it, if it has one.
    pub default: Option<String>,
    /// Its description in the schema, if any.
    pub description: Option<String>,
    /// Its deprecation, if it is deprecated.
    pub deprecation: Option<DeprecationView>,
}

/// A field of an object or interface type.
#[derive(Debug, Clone, Serialize)]
pub struct FieldView {
    /// The field name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// Its description in the schema, if any.
    pub description: Option<String>,
    /// Its arguments, in schema order.
    pub arguments: Vec<InputValueView>,
    /// Its deprecation, if it is deprecated.
    pub deprecation: Option<DeprecationView>,
}

/// A value of an enum type.
#[derive(Debug, Clone, Serialize)]
pub struct EnumValueView {
    /// The value as written in GraphQL.
    pub name: String,
    /// Its description in the schema, if any.
    pub description: Option<String>,
    /// Its deprecation, if it is deprecated.
    pub deprecation: Option<DeprecationView>,
}

/// One named type of the schema.
#[derive(Debug, Clone, Serialize)]
pub struct TypeView {
    /// The type name.
    pub name: String,
    /// `object`, `interface`, `union`, `enum`, `input` or `scalar`.
    pub kind: &'static str,
    /// Its description in the schema, if any.
    pub description: Option<String>,
    /// Fields of objects and interfaces.
    pub fields: Vec<FieldView>,
    /// Fields of input objects.
    pub input_fields: Vec<InputValueView>,
    /// Values of enums.
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
    /// The root field name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: TypeRef,
    /// The endpoint that serves the field.
    pub url: Option<String>,
    /// Its description in the schema, if any.
    pub description: Option<String>,
    /// The description without its possible-error list, for pages that show the list as a
    /// table.
    pub prose: Option<String>,
    /// The possible errors the description lists, in its order.
    pub errors: Vec<ErrorRow>,
    /// Its deprecation, if it is deprecated.
    pub deprecation: Option<DeprecationView>,
    /// Its arguments, in schema order.
    pub arguments: Vec<InputValueView>,
    /// The official generator's example query.
    pub query: String,
    /// The example's variables as JSON, when the field has arguments.
    pub variables: Option<String>,
    /// The example's response as JSON.
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
    /// Its fields, in schema order.
    pub entries: Vec<RootEntry>,
}

/// One row of the deprecation timeline.
#[derive(Debug, Clone, Serialize)]
pub struct TimelineRow {
    /// The schema coordinate, e.g. `Query.accountUrls`.
    pub coordinate: String,
    /// `field`, `argument`, `input_field` or `enum_value`.
    pub kind: &'static str,
    /// Where the item is documented, for the link.
    pub page: &'static str,
    /// The anchor on that page: the type name, or the field name on a root page.
    pub anchor: String,
    /// The deprecation and its status on the run's date.
    pub deprecation: DeprecationView,
}

/// One use of a deprecated item by an operation of the user's documents.
#[derive(Debug, Clone, Serialize)]
pub struct UsageRow {
    /// The schema coordinate of the deprecated item.
    pub coordinate: String,
    /// The file of the use, as the user named it.
    pub file: String,
    /// The 1-based line of the use, when known.
    pub line: Option<usize>,
    /// Where the item is documented, for the link.
    pub page: &'static str,
    /// The anchor on that page.
    pub anchor: String,
    /// The deprecation and its status on the run's date.
    pub deprecation: DeprecationView,
}

/// The deprecated items one operation uses, soonest removal first.
#[derive(Debug, Clone, Serialize)]
pub struct OperationUsage {
    /// The operation name.
    pub operation: String,
    /// The file that holds it, as the user named it.
    pub file: String,
    /// The earliest removal date among its items (`YYYY-MM-DD`), if any has one.
    pub change_by: Option<String>,
    /// The worst status among its items.
    pub status: &'static str,
    /// Each use of a deprecated item, soonest removal first.
    pub uses: Vec<UsageRow>,
}

/// A link in the navigation and on the index.
#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    /// The page's file stem (`queries`, `objects`, …).
    pub page: &'static str,
    /// The page's title.
    pub title: &'static str,
    /// How many items the page lists.
    pub count: usize,
}

/// An entry of the index: every root field and type, for the filter box.
#[derive(Debug, Clone, Serialize)]
pub struct IndexItem {
    /// The field or type name.
    pub name: String,
    /// What it is: `query`, `mutation`, `object`, ….
    pub kind: &'static str,
    /// The page that documents it.
    pub page: &'static str,
    /// The anchor on its page.
    pub anchor: String,
    /// Whether it is deprecated.
    pub deprecated: bool,
}

/// One possible error of a field: a Kraken code and the schema's message for it.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorRow {
    /// E.g. `KT-CT-4321`.
    pub code: String,
    /// The schema's message for the code.
    pub message: String,
}

/// One code of the errors index, with every field that lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorIndexRow {
    /// The Kraken error code, e.g. `KT-CT-4321`.
    pub code: String,
    /// The messages the fields give for it (one, unless the schema words it differently).
    pub messages: Vec<String>,
    /// Every field that lists the code.
    pub fields: Vec<ErrorFieldLink>,
}

/// A field of the errors index, with where it is documented.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorFieldLink {
    /// The field's schema coordinate, e.g. `Mutation.obtainKrakenToken`.
    pub coordinate: String,
    /// The page that documents the field.
    pub page: &'static str,
    /// The anchor on that page.
    pub anchor: String,
}
