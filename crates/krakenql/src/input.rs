//! `InputValue`, the tri-state of a nullable input field: absent, explicit `null`, or a value.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A nullable GraphQL input field or variable, which can be left out, set to `null`, or
/// set to a value. GraphQL treats the first two differently: in an update mutation an
/// absent field usually means "leave as is" and `null` means "clear".
///
/// Use it with `#[serde(default, skip_serializing_if = "InputValue::is_absent")]`, so that an
/// absent field is left out of the JSON and a missing field reads back as absent:
///
/// ```
/// use krakenql::InputValue;
///
/// #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
/// #[serde(rename_all = "camelCase")]
/// struct UpdateInput {
///     #[serde(default, skip_serializing_if = "InputValue::is_absent")]
///     nickname: InputValue<String>,
///     #[serde(default, skip_serializing_if = "InputValue::is_absent")]
///     landline: InputValue<String>,
///     #[serde(default, skip_serializing_if = "InputValue::is_absent")]
///     mobile: InputValue<String>,
/// }
///
/// let input = UpdateInput {
///     nickname: String::from("Dan").into(),
///     landline: None.into(),
///     mobile: InputValue::Absent,
/// };
/// let json = serde_json::to_string(&input).unwrap();
/// assert_eq!(json, r#"{"nickname":"Dan","landline":null}"#);
///
/// let back: UpdateInput = serde_json::from_str(&json).unwrap();
/// assert_eq!(back, input);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum InputValue<T> {
    /// The field is left out of the request (the default).
    #[default]
    Absent,
    /// The field is sent as an explicit `null`.
    Null,
    /// The field is sent with this value.
    Value(T),
}

impl<T> InputValue<T> {
    /// Whether the field is left out; the usual `skip_serializing_if` predicate.
    pub fn is_absent(&self) -> bool {
        matches!(self, InputValue::Absent)
    }

    /// Whether the field is an explicit `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, InputValue::Null)
    }

    /// The value, if there is one.
    pub fn value(&self) -> Option<&T> {
        match self {
            InputValue::Value(value) => Some(value),
            InputValue::Absent | InputValue::Null => None,
        }
    }

    /// Borrows the value inside.
    pub fn as_ref(&self) -> InputValue<&T> {
        match self {
            InputValue::Absent => InputValue::Absent,
            InputValue::Null => InputValue::Null,
            InputValue::Value(value) => InputValue::Value(value),
        }
    }

    /// Maps the value inside, keeping `Absent` and `Null` as they are.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> InputValue<U> {
        match self {
            InputValue::Absent => InputValue::Absent,
            InputValue::Null => InputValue::Null,
            InputValue::Value(value) => InputValue::Value(f(value)),
        }
    }

    /// `None` when absent, `Some(None)` when null, `Some(Some(value))` otherwise.
    pub fn into_option(self) -> Option<Option<T>> {
        match self {
            InputValue::Absent => None,
            InputValue::Null => Some(None),
            InputValue::Value(value) => Some(Some(value)),
        }
    }
}

impl<T> From<T> for InputValue<T> {
    fn from(value: T) -> Self {
        InputValue::Value(value)
    }
}

/// `None` becomes an explicit `null`; use [`InputValue::Absent`] to leave the field out.
impl<T> From<Option<T>> for InputValue<T> {
    fn from(value: Option<T>) -> Self {
        match value {
            Some(value) => InputValue::Value(value),
            None => InputValue::Null,
        }
    }
}

/// `Value(v)` serialises as `v` and both `Null` and `Absent` as `null` (an absent field is
/// meant to be skipped with `skip_serializing_if = "InputValue::is_absent"`).
impl<T: Serialize> Serialize for InputValue<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            InputValue::Value(value) => serializer.serialize_some(value),
            InputValue::Absent | InputValue::Null => serializer.serialize_none(),
        }
    }
}

/// `null` reads as `Null` and anything else as `Value`; a missing field reads as `Absent`
/// when the field has `#[serde(default)]`.
impl<'de, T: Deserialize<'de>> Deserialize<'de> for InputValue<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(InputValue::from)
    }
}

#[cfg(test)]
mod tests {
    use super::InputValue;

    #[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
    struct Holder {
        #[serde(default, skip_serializing_if = "InputValue::is_absent")]
        field: InputValue<i32>,
    }

    fn round_trip(field: InputValue<i32>) -> String {
        let json = serde_json::to_string(&Holder { field }).unwrap();
        let back: Holder = serde_json::from_str(&json).unwrap();
        assert_eq!(back.field, field, "round trip of {json}");
        json
    }

    #[test]
    fn the_three_states_serialise_and_read_back() {
        assert_eq!(round_trip(InputValue::Absent), "{}");
        assert_eq!(round_trip(InputValue::Null), r#"{"field":null}"#);
        assert_eq!(round_trip(InputValue::Value(7)), r#"{"field":7}"#);
    }

    #[test]
    fn conversions_follow_the_documented_mapping() {
        assert_eq!(InputValue::from(3), InputValue::Value(3));
        assert_eq!(InputValue::<i32>::from(None), InputValue::Null);
        assert_eq!(InputValue::from(Some(3)), InputValue::Value(3));
        assert_eq!(InputValue::<i32>::default(), InputValue::Absent);
        struct NotDefault;
        assert!(InputValue::<NotDefault>::default().is_absent());
        assert_eq!(InputValue::Value(2).map(|v| v * 2), InputValue::Value(4));
        assert_eq!(InputValue::<i32>::Null.into_option(), Some(None));
        assert_eq!(InputValue::<i32>::Absent.into_option(), None);
    }

    #[test]
    fn nested_nullable_values_keep_inner_nulls_apart() {
        let list: InputValue<Vec<Option<i32>>> = vec![Some(1), None].into();
        assert_eq!(serde_json::to_string(&list).unwrap(), "[1,null]");
    }
}
