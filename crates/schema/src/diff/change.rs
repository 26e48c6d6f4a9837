//! What a schema diff returns: one change, its criticality and its graphql-js type name.

use chrono::NaiveDate;

/// How a change can affect clients, as graphql-js 17 groups change types
/// (`BreakingChangeType`, `DangerousChangeType`, `SafeChangeType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Criticality {
    /// Operations that were valid may stop validating.
    Breaking,
    /// Operations still validate but may behave differently (a new enum value, a new default).
    Dangerous,
    /// Nothing an existing client does changes.
    Safe,
}

impl Criticality {
    /// The name in JSON and text output: `breaking`, `dangerous`, `safe`.
    pub fn as_str(self) -> &'static str {
        match self {
            Criticality::Breaking => "breaking",
            Criticality::Dangerous => "dangerous",
            Criticality::Safe => "safe",
        }
    }
}

/// Declares the change types with their graphql-js names and criticalities.
macro_rules! change_types {
    ($($variant:ident => $name:literal, $criticality:ident;)*) => {
        /// The type of one change. Every type but the three `DEPRECATION_*` ones and the two
        /// `ONE_OF_*` ones is named and judged exactly as graphql-js 17's `findSchemaChanges`
        /// names and judges it. The `DEPRECATION_*` types are Kraken's own, read from the
        /// removal dates in deprecation reasons; graphql-js 17.1 reports no change when an
        /// input object gains or loses `@oneOf` (graphql/graphql-js#4847 proposes it), so
        /// `ONE_OF_ADDED` and `ONE_OF_REMOVED` are named here after its `DIRECTIVE_REPEATABLE_*`.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum ChangeType {
            $(
                #[doc = concat!("`", $name, "` (", stringify!($criticality), ").")]
                $variant,
            )*
        }

        impl ChangeType {
            /// Every change type, in declaration order.
            pub const ALL: &'static [ChangeType] = &[$(ChangeType::$variant),*];

            /// The name graphql-js gives this type, e.g. `FIELD_REMOVED`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(ChangeType::$variant => $name,)*
                }
            }

            /// The criticality of this type; `DEPRECATION_REMOVAL_DATE_CHANGED` is dangerous
            /// here and made safe by the diff when the date moved later.
            pub fn criticality(self) -> Criticality {
                match self {
                    $(ChangeType::$variant => Criticality::$criticality,)*
                }
            }
        }
    };
}

change_types! {
    TypeRemoved => "TYPE_REMOVED", Breaking;
    TypeChangedKind => "TYPE_CHANGED_KIND", Breaking;
    TypeRemovedFromUnion => "TYPE_REMOVED_FROM_UNION", Breaking;
    ValueRemovedFromEnum => "VALUE_REMOVED_FROM_ENUM", Breaking;
    RequiredInputFieldAdded => "REQUIRED_INPUT_FIELD_ADDED", Breaking;
    ImplementedInterfaceRemoved => "IMPLEMENTED_INTERFACE_REMOVED", Breaking;
    FieldRemoved => "FIELD_REMOVED", Breaking;
    FieldChangedKind => "FIELD_CHANGED_KIND", Breaking;
    RequiredArgAdded => "REQUIRED_ARG_ADDED", Breaking;
    ArgRemoved => "ARG_REMOVED", Breaking;
    ArgChangedKind => "ARG_CHANGED_KIND", Breaking;
    DirectiveRemoved => "DIRECTIVE_REMOVED", Breaking;
    DirectiveArgRemoved => "DIRECTIVE_ARG_REMOVED", Breaking;
    RequiredDirectiveArgAdded => "REQUIRED_DIRECTIVE_ARG_ADDED", Breaking;
    DirectiveRepeatableRemoved => "DIRECTIVE_REPEATABLE_REMOVED", Breaking;
    DirectiveLocationRemoved => "DIRECTIVE_LOCATION_REMOVED", Breaking;
    OneOfAdded => "ONE_OF_ADDED", Breaking;
    ValueAddedToEnum => "VALUE_ADDED_TO_ENUM", Dangerous;
    TypeAddedToUnion => "TYPE_ADDED_TO_UNION", Dangerous;
    OptionalInputFieldAdded => "OPTIONAL_INPUT_FIELD_ADDED", Dangerous;
    OptionalArgAdded => "OPTIONAL_ARG_ADDED", Dangerous;
    ImplementedInterfaceAdded => "IMPLEMENTED_INTERFACE_ADDED", Dangerous;
    ArgDefaultValueChange => "ARG_DEFAULT_VALUE_CHANGE", Dangerous;
    InputFieldDefaultValueChange => "INPUT_FIELD_DEFAULT_VALUE_CHANGE", Dangerous;
    DescriptionChanged => "DESCRIPTION_CHANGED", Safe;
    TypeAdded => "TYPE_ADDED", Safe;
    DirectiveAdded => "DIRECTIVE_ADDED", Safe;
    FieldAdded => "FIELD_ADDED", Safe;
    DirectiveRepeatableAdded => "DIRECTIVE_REPEATABLE_ADDED", Safe;
    DirectiveLocationAdded => "DIRECTIVE_LOCATION_ADDED", Safe;
    OptionalDirectiveArgAdded => "OPTIONAL_DIRECTIVE_ARG_ADDED", Safe;
    FieldChangedKindSafe => "FIELD_CHANGED_KIND_SAFE", Safe;
    ArgChangedKindSafe => "ARG_CHANGED_KIND_SAFE", Safe;
    ArgDefaultValueAdded => "ARG_DEFAULT_VALUE_ADDED", Safe;
    InputFieldDefaultValueAdded => "INPUT_FIELD_DEFAULT_VALUE_ADDED", Safe;
    DeprecationAdded => "DEPRECATION_ADDED", Dangerous;
    DeprecationRemovalDateChanged => "DEPRECATION_REMOVAL_DATE_CHANGED", Dangerous;
    DeprecationRemoved => "DEPRECATION_REMOVED", Safe;
    OneOfRemoved => "ONE_OF_REMOVED", Safe;
}

impl ChangeType {
    /// Whether graphql-js reports this type (every type but Kraken's `DEPRECATION_*` and the
    /// `ONE_OF_*` changes graphql-js 17.1 does not detect).
    pub fn is_graphql_js(self) -> bool {
        !matches!(
            self,
            ChangeType::DeprecationAdded
                | ChangeType::DeprecationRemovalDateChanged
                | ChangeType::DeprecationRemoved
                | ChangeType::OneOfAdded
                | ChangeType::OneOfRemoved
        )
    }
}

impl serde::Serialize for ChangeType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One difference between two schemas.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SchemaChange {
    /// Breaking, dangerous or safe.
    pub criticality: Criticality,
    /// The graphql-js (or Kraken) change type.
    #[serde(rename = "type")]
    pub kind: ChangeType,
    /// The schema coordinate the change concerns: `Type`, `Type.field`, `Type.field(arg:)`,
    /// `Enum.VALUE`, `Input.field`, `@directive`, `@directive(arg:)`; for union members the
    /// union, for implemented interfaces the implementing type.
    pub coordinate: String,
    /// One line saying what changed, worded as graphql-js words its descriptions.
    pub message: String,
    /// For `DEPRECATION_*` changes: the removal dates before and after.
    #[serde(skip)]
    pub deprecation: Option<DeprecationDates>,
}

impl SchemaChange {
    /// A change of `kind` at `coordinate`, with the kind's own criticality.
    pub fn new(
        kind: ChangeType,
        coordinate: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        SchemaChange {
            criticality: kind.criticality(),
            kind,
            coordinate: coordinate.into(),
            message: message.into(),
            deprecation: None,
        }
    }
}

/// The removal dates of a deprecation change (`None`: not deprecated, or no date in the reason).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeprecationDates {
    /// The removal date in the old schema.
    pub before: Option<NaiveDate>,
    /// The removal date in the new schema.
    pub after: Option<NaiveDate>,
}
