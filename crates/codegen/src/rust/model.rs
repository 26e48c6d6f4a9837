//! The analysed tree the emitters print: plain values holding names, type tokens, docs and
//! deprecation notes. Every type here implements `quote::ToTokens` (in `emit/`).

use proc_macro2::{Ident, TokenStream};

/// The response struct of one selection set (or of a named fragment).
#[derive(Debug, Clone)]
pub(crate) struct ResponseStruct {
    pub ident: Ident,
    /// The runtime crate's path, for its serde re-exports.
    pub runtime: TokenStream,
    pub docs: Vec<String>,
    /// Derives other than serde's.
    pub derives: Vec<TokenStream>,
    pub fields: Vec<ResponseField>,
    /// Named fragments spread on the same type, kept as their shared structs.
    pub spreads: Vec<SpreadPart>,
    /// The part that depends on the concrete type, for selections with type conditions.
    pub on: Option<OnEnum>,
}

impl ResponseStruct {
    /// Whether every part reads the whole JSON object: fragment spreads and type conditions.
    pub(super) fn reads_whole_object(&self) -> bool {
        !self.spreads.is_empty() || self.on.is_some()
    }
}

/// One field of a response struct.
#[derive(Debug, Clone)]
pub(crate) struct ResponseField {
    pub ident: Ident,
    /// The response key: the alias, else the field name.
    pub json_name: String,
    pub ty: TokenStream,
    pub docs: Vec<String>,
    pub deprecated: Option<String>,
    /// Under `@skip`/`@include`: may be missing from the response.
    pub conditional: bool,
}

/// A named fragment spread, as a field holding the fragment's struct.
#[derive(Debug, Clone)]
pub(crate) struct SpreadPart {
    pub ident: Ident,
    pub fragment: String,
    pub ty: TokenStream,
    /// Under `@skip`/`@include`: `None` when the fragment's fields are not there.
    pub conditional: bool,
}

/// The enum of the type-conditioned parts of a selection on an abstract type.
#[derive(Debug, Clone)]
pub(crate) struct OnEnum {
    /// The field of the struct that holds it.
    pub field: Ident,
    pub ident: Ident,
    pub derives: Vec<TokenStream>,
    /// The abstract type.
    pub parent_type: String,
    pub variants: Vec<OnVariant>,
    /// The variant for every other `__typename`, holding it.
    pub other: Ident,
}

/// One concrete type with a type-conditioned selection.
#[derive(Debug, Clone)]
pub(crate) struct OnVariant {
    pub ident: Ident,
    pub typename: String,
    pub ty: Ident,
}

/// A schema enum.
#[derive(Debug, Clone)]
pub(crate) struct SchemaEnum {
    pub ident: Ident,
    pub runtime: TokenStream,
    pub name: String,
    pub docs: Vec<String>,
    pub derives: Vec<TokenStream>,
    pub variants: Vec<EnumVariant>,
    /// The unknown-value variant, `None` for exhaustive enums.
    pub other: Option<Ident>,
}

/// One value of a schema enum.
#[derive(Debug, Clone)]
pub(crate) struct EnumVariant {
    pub ident: Ident,
    pub value: String,
    pub docs: Vec<String>,
    pub deprecated: Option<String>,
}

/// A schema input object.
#[derive(Debug, Clone)]
pub(crate) struct InputObject {
    pub ident: Ident,
    pub runtime: TokenStream,
    pub docs: Vec<String>,
    pub derives: Vec<TokenStream>,
    pub fields: Vec<InputField>,
    /// A `@oneOf` input object: emitted as an enum with one variant per field, whose `ident`
    /// is the variant's and whose `ty` is the field's value type without `InputValue`.
    pub one_of: bool,
}

/// A field of an input object or a variable of an operation.
#[derive(Debug, Clone)]
pub(crate) struct InputField {
    pub ident: Ident,
    pub json_name: String,
    /// The full type: `T`, `Option<T>` or `InputValue<T>`.
    pub ty: TokenStream,
    pub docs: Vec<String>,
    pub deprecated: Option<String>,
    /// Left out of the JSON when absent (`None`, `InputValue::Absent`).
    pub optional: bool,
}

/// A scalar as a type alias, so users see the GraphQL name.
#[derive(Debug, Clone)]
pub(crate) struct ScalarAlias {
    pub ident: Ident,
    pub target: TokenStream,
    pub docs: Vec<String>,
}

/// The schema types (and fragments) an output uses; `types.rs`, or inline in one module.
#[derive(Debug, Clone, Default)]
pub(crate) struct SharedTypes {
    pub scalars: Vec<ScalarAlias>,
    pub enums: Vec<SchemaEnum>,
    pub inputs: Vec<InputObject>,
    pub fragments: Vec<ResponseStruct>,
}

/// Everything of one operation.
#[derive(Debug, Clone)]
pub(crate) struct OperationModule {
    /// The operation's name, and the unit struct implementing `Operation`.
    pub name: String,
    pub ident: Ident,
    /// `query`, `mutation` or `subscription`.
    pub kind: String,
    pub query: String,
    pub runtime: TokenStream,
    pub variables: Variables,
    /// `ResponseData` first, then the nested structs.
    pub structs: Vec<ResponseStruct>,
    /// The schema types, inline for a self-contained module.
    pub inline: Option<SharedTypes>,
    /// `mock_json`, `mock_builder` and `mock`.
    pub mock: Option<super::mock::MockFunctions>,
    /// The `Error` enum of the Kraken codes the operation's fields list.
    pub errors: ErrorEnum,
}

/// The typed possible errors of one operation: the union of the codes its selected fields list
/// in the schema, in selection order, each code once.
#[derive(Debug, Clone)]
pub(crate) struct ErrorEnum {
    pub ident: Ident,
    /// The operation's unit struct, which gets the `OperationErrors` impl.
    pub operation: Ident,
    pub operation_name: String,
    pub runtime: TokenStream,
    pub derives: Vec<TokenStream>,
    pub variants: Vec<ErrorVariant>,
    /// The variant of every code the schema does not list for these fields.
    pub other: Ident,
    /// No listed code and no extra derive: the enum is the runtime's `UnlistedError`, named by
    /// a type alias.
    pub unlisted: bool,
}

/// One possible error code.
#[derive(Debug, Clone)]
pub(crate) struct ErrorVariant {
    pub ident: Ident,
    /// The Kraken code, e.g. `KT-CT-4321`.
    pub code: String,
    /// The schema's message for it.
    pub message: String,
    /// The field coordinates whose descriptions list it.
    pub listed_by: Vec<String>,
}

/// The `Variables` struct.
#[derive(Debug, Clone)]
pub(crate) struct Variables {
    pub runtime: TokenStream,
    pub derives: Vec<TokenStream>,
    pub fields: Vec<InputField>,
}
