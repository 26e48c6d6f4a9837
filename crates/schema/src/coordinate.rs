//! Schema coordinates: the stable names of fields, arguments, input fields and enum values.

use std::fmt;

/// A schema coordinate in the notation of the GraphQL schema-coordinates RFC.
///
/// `Query.accountUrls`, `Query.bills(first:)`, `AccountType.status`, `Input.field`, `Enum.VALUE`,
/// `@directive(argument:)`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Coordinate {
    /// A field of an object or interface type.
    Field {
        /// The object or interface type's name.
        ty: String,
        /// The field's name.
        field: String,
    },
    /// An argument of a field.
    Argument {
        /// The type that defines the field.
        ty: String,
        /// The field's name.
        field: String,
        /// The argument's name.
        argument: String,
    },
    /// A field of an input object type.
    InputField {
        /// The input object type's name.
        ty: String,
        /// The input field's name.
        field: String,
    },
    /// A value of an enum type.
    EnumValue {
        /// The enum type's name.
        ty: String,
        /// The value's name.
        value: String,
    },
    /// An argument of a directive, e.g. `@d(old:)`.
    DirectiveArgument {
        /// The directive's name, without `@`.
        directive: String,
        /// The argument's name.
        argument: String,
    },
}

/// What a coordinate names, as printed in JSON reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CoordinateKind {
    /// A field of an object or interface type (`field`).
    Field,
    /// An argument of a field (`argument`).
    Argument,
    /// A field of an input object type (`input_field`).
    InputField,
    /// A value of an enum type (`enum_value`).
    EnumValue,
    /// An argument of a directive (`directive_argument`).
    DirectiveArgument,
}

impl CoordinateKind {
    /// Every kind, in declaration order.
    pub const ALL: [CoordinateKind; 5] = [
        CoordinateKind::Field,
        CoordinateKind::Argument,
        CoordinateKind::InputField,
        CoordinateKind::EnumValue,
        CoordinateKind::DirectiveArgument,
    ];

    /// The name used in JSON reports and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            CoordinateKind::Field => "field",
            CoordinateKind::Argument => "argument",
            CoordinateKind::InputField => "input_field",
            CoordinateKind::EnumValue => "enum_value",
            CoordinateKind::DirectiveArgument => "directive_argument",
        }
    }
}

impl Coordinate {
    /// Builds a field coordinate.
    pub fn field(ty: impl Into<String>, field: impl Into<String>) -> Self {
        Coordinate::Field {
            ty: ty.into(),
            field: field.into(),
        }
    }

    /// Builds an argument coordinate.
    pub fn argument(
        ty: impl Into<String>,
        field: impl Into<String>,
        argument: impl Into<String>,
    ) -> Self {
        Coordinate::Argument {
            ty: ty.into(),
            field: field.into(),
            argument: argument.into(),
        }
    }

    /// Builds an input-field coordinate.
    pub fn input_field(ty: impl Into<String>, field: impl Into<String>) -> Self {
        Coordinate::InputField {
            ty: ty.into(),
            field: field.into(),
        }
    }

    /// Builds an enum-value coordinate.
    pub fn enum_value(ty: impl Into<String>, value: impl Into<String>) -> Self {
        Coordinate::EnumValue {
            ty: ty.into(),
            value: value.into(),
        }
    }

    /// Builds a directive-argument coordinate; `directive` is the name without `@`.
    pub fn directive_argument(directive: impl Into<String>, argument: impl Into<String>) -> Self {
        Coordinate::DirectiveArgument {
            directive: directive.into(),
            argument: argument.into(),
        }
    }

    /// What this coordinate names.
    pub fn kind(&self) -> CoordinateKind {
        match self {
            Coordinate::Field { .. } => CoordinateKind::Field,
            Coordinate::Argument { .. } => CoordinateKind::Argument,
            Coordinate::InputField { .. } => CoordinateKind::InputField,
            Coordinate::EnumValue { .. } => CoordinateKind::EnumValue,
            Coordinate::DirectiveArgument { .. } => CoordinateKind::DirectiveArgument,
        }
    }

    /// The named type that holds the item; for a directive argument, the directive's name
    /// (without `@`), which names no type.
    pub fn type_name(&self) -> &str {
        match self {
            Coordinate::Field { ty, .. }
            | Coordinate::Argument { ty, .. }
            | Coordinate::InputField { ty, .. }
            | Coordinate::EnumValue { ty, .. } => ty,
            Coordinate::DirectiveArgument { directive, .. } => directive,
        }
    }

    /// The item's own name: the field, argument, input field or enum value.
    pub fn item_name(&self) -> &str {
        match self {
            Coordinate::Field { field, .. } | Coordinate::InputField { field, .. } => field,
            Coordinate::Argument { argument, .. }
            | Coordinate::DirectiveArgument { argument, .. } => argument,
            Coordinate::EnumValue { value, .. } => value,
        }
    }
}

impl fmt::Display for Coordinate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Coordinate::Field { ty, field } | Coordinate::InputField { ty, field } => {
                write!(f, "{ty}.{field}")
            }
            Coordinate::Argument {
                ty,
                field,
                argument,
            } => write!(f, "{ty}.{field}({argument}:)"),
            Coordinate::EnumValue { ty, value } => write!(f, "{ty}.{value}"),
            Coordinate::DirectiveArgument {
                directive,
                argument,
            } => write!(f, "@{directive}({argument}:)"),
        }
    }
}

impl serde::Serialize for Coordinate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_in_schema_coordinate_notation() {
        assert_eq!(
            Coordinate::field("Query", "accountUrls").to_string(),
            "Query.accountUrls"
        );
        assert_eq!(
            Coordinate::argument("Query", "bills", "first").to_string(),
            "Query.bills(first:)"
        );
        assert_eq!(
            Coordinate::enum_value("Status", "ACTIVE").to_string(),
            "Status.ACTIVE"
        );
        assert_eq!(
            Coordinate::directive_argument("d", "old").to_string(),
            "@d(old:)"
        );
    }
}
