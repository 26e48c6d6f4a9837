//! The table of codes, one line each: constant, id, name, summary. Add new codes at the end of
//! their layer with the next free number; never renumber.

use super::Code;

/// Declares each code as a constant and lists them all in [`ALL`], in table order.
macro_rules! registry {
    ($($constant:ident = $id:literal, $name:literal, $summary:literal;)*) => {
        $(
            #[doc = concat!("`", $id, "` `", $name, "`: ", $summary, ".")]
            pub const $constant: Code = Code::new($id, $name, $summary);
        )*
        /// Every registered code, in id order.
        pub const ALL: &[Code] = &[$($constant),*];
    };
}

registry! {
    CONFIG_SYNTAX = "KQC001", "config-syntax", "graphql.config.toml is not valid TOML";
    CONFIG_VALUE = "KQC002", "config-value", "a config key holds a value of the wrong kind or an unknown key";
    CONFIG_MISSING = "KQC003", "config-missing", "the config lacks a key the command needs";

    SDL_SYNTAX = "KQS001", "sdl-syntax", "a schema file is not valid GraphQL SDL";
    SCHEMA_INVALID = "KQS002", "schema-invalid", "the schema parses but does not validate";
    NO_SCHEMA = "KQS003", "no-schema", "no schema source was given";
    BUILT_IN_REDEFINITION = "KQS004", "built-in-redefinition", "a schema file defines a built-in item again; the copy is dropped";
    COMMENT_DESCRIPTIONS = "KQS005", "comment-descriptions", "`#` comments were read as descriptions";
    INTROSPECTION_JSON = "KQS006", "introspection-json", "an introspection file is not valid JSON";
    INTROSPECTION_SHAPE = "KQS007", "introspection-shape", "an introspection file does not have the introspection result's shape";
    TYPE_UNKNOWN = "KQS008", "type-unknown", "a type is referenced but defined in no source";
    TYPE_FROM_FALLBACK = "KQS009", "type-from-fallback", "a type was taken from the fallback schema";
    PLATFORM_TYPES = "KQS010", "platform-types", "a platform schema's types differ from the base schema's";
    PLATFORM_INTERFACE_FIELD = "KQS011", "platform-interface-field", "a platform adds a field an interface's implementations lack";
    PLATFORM_REQUIRED_INPUT = "KQS012", "platform-required-input", "a platform adds a required input field or argument";
    PLATFORM_IMPLEMENTATION_DROPPED = "KQS013", "platform-implementation-dropped", "a platform's type no longer implements an interface";
    PLATFORM_DEPRECATION_CONFLICT = "KQS014", "platform-deprecation-conflict", "platforms disagree on a deprecation";
    REFERENCE_EMPTY = "KQS015", "reference-empty", "a docs-reference page holds no entries";
    REFERENCE_FORMAT = "KQS016", "reference-format", "a docs-reference page is not in the expected format";
    REFERENCE_STRAY_TEXT = "KQS017", "reference-stray-text", "a docs-reference page holds text outside any entry";
    REFERENCE_ENTRY_UNREADABLE = "KQS018", "reference-entry-unreadable", "a docs-reference entry cannot be read";
    REFERENCE_ENTRY_PARTIAL = "KQS019", "reference-entry-partial", "a docs-reference entry was read only in part";
    REFERENCE_TYPE_UNREVEALED = "KQS020", "reference-type-unrevealed", "a docs-reference type is shown only through its possible types";
    REFERENCE_UNKNOWN_TYPE = "KQS021", "reference-unknown-type", "a docs-reference entry names a type the schema lacks";
    REFERENCE_DROPPED_FIELDS = "KQS022", "reference-dropped-fields", "fields of a docs-reference entry were left out of the merge";
    REFERENCE_ENUM_VALUE = "KQS023", "reference-enum-value", "a docs-reference entry shows an enum value the schema lacks";
    REFERENCE_INTERFACE_FIELD = "KQS024", "reference-interface-field", "a revealed type lacks a field of its interface";
    REFERENCE_REVEALED_TYPE = "KQS025", "reference-revealed-type", "a type revealed by the docs reference cannot be merged";
    UNKNOWN_COORDINATE = "KQS026", "unknown-coordinate", "a schema coordinate names nothing in the schema";
    UNREADABLE_POSSIBLE_ERROR = "KQS027", "unreadable-possible-error", "a field's list of possible errors cannot be read";

    UNMAPPED_SCALAR = "KQG001", "unmapped-scalar", "a custom scalar has no Rust type";
    INVALID_OPTION = "KQG002", "invalid-option", "a codegen option is not valid Rust";
    ANONYMOUS_OPERATION = "KQG003", "anonymous-operation", "an operation has no name and its file name gives none";
    DUPLICATE_OPERATION = "KQG004", "duplicate-operation", "two operations map to the same module file";
    UNSUPPORTED_SELECTION = "KQG005", "unsupported-selection", "a selection the generator cannot express in Rust";
    OVER_LIMIT = "KQG006", "over-limit", "an operation is over one of the operation limits";
    INTERNAL_CODEGEN = "KQG007", "internal-codegen", "the generator produced code that does not parse (a bug)";
    INVALID_OPERATIONS = "KQG008", "invalid-operations", "the operations given do not validate";
    DOCS_TEMPLATE = "KQG009", "docs-template", "a docs template does not parse or render";
    DOCS_UNKNOWN_TEMPLATE = "KQG010", "docs-unknown-template", "a docs template file has a name no page uses";

    UNREADABLE_FILE = "KQP001", "unreadable-file", "a file cannot be read";
    UNWRITABLE_FILE = "KQP002", "unwritable-file", "a file cannot be written";
    NOT_UTF8 = "KQP003", "not-utf8", "a file is not valid UTF-8 (or marked UTF-16)";
    NO_DOCUMENTS = "KQP004", "no-documents", "the paths given hold no document";
    BAD_GLOB = "KQP005", "bad-glob", "a documents pattern is not a valid glob";
    RUST_SYNTAX = "KQP006", "rust-syntax", "a Rust file does not parse";
    STALE_GENERATED_CODE = "KQP007", "stale-generated-code", "generated files are out of date (--check)";
    STALE_TEMPORARY = "KQP008", "stale-temporary", "an interrupted run left a temporary beside the generated files";
    STALE_PREPARED_EXPANSIONS = "KQP009", "stale-prepared-expansions", "prepared expansions are out of date";
    INVALID_BASELINE = "KQP010", "invalid-baseline", "a lint baseline file cannot be read";
    UNUSABLE_PREPARED_EXPANSION = "KQP011", "unusable-prepared-expansion", "a prepared expansion exists but cannot be read, or was cut short or edited since";
    MISSING_PREPARED_EXPANSION = "KQP012", "missing-prepared-expansion", "`KRAKENQL_OFFLINE` is set and an invocation has no prepared expansion";

    INTERNAL = "KQX001", "internal", "krakenql failed in a way it should not (a bug)";
    USAGE = "KQX002", "usage", "the command line is not valid: an unknown option, a bad value, or options that do not go together";
    NO_CRATE = "KQX003", "no-crate", "a Rust file lies in no crate";
    NO_INVOCATIONS = "KQX004", "no-invocations", "a Rust file holds no `#[kraken_query]` attribute";
    CANNOT_WRITE = "KQX005", "cannot-write", "the output cannot be written";
    FETCH_FAILED = "KQX006", "fetch-failed", "the schema could not be fetched";
    BAD_HEADER = "KQX007", "bad-header", "an HTTP header option is malformed";
    BAD_OVERRIDES = "KQX008", "bad-overrides", "a mock overrides file cannot be read";
    UNKNOWN_OVERRIDE = "KQX009", "unknown-override", "a mock override names nothing in the schema";
    BAD_ERROR_OVERRIDE = "KQX010", "bad-error-override", "a mock error override is malformed";
    BAD_VARIABLES = "KQX011", "bad-variables", "the mock's variables are not a JSON object";
    MISSING_QUERY = "KQX012", "missing-query", "the mock has no query to answer";
    CANNOT_LISTEN = "KQX013", "cannot-listen", "the mock server cannot listen on the address";
    INVALID_DOCUMENTS = "KQX014", "invalid-documents", "the documents given to `docs` hold invalid operations";
}
