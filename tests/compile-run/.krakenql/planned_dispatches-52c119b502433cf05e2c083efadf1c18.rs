// Prepared by `krakenql prepare` for #[kraken_query] from PlannedDispatches.graphql. Do not edit.

#![allow(dead_code, non_camel_case_types, clippy::all)]
/// The document sent to the server: the operation, the fragments it uses, and
/// `__typename` on every selection of an interface or union.
pub const QUERY: &str = r"query PlannedDispatches($accountNumber: String!) {
  plannedDispatches(accountNumber: $accountNumber) {
    start
    end
    delta
    meta {
      source
      location
    }
  }
  completedDispatches(accountNumber: $accountNumber) {
    start
    end
    delta
  }
}";
/// The `PlannedDispatches` query:
///
/// ```graphql
/// query PlannedDispatches($accountNumber: String!) {
///   plannedDispatches(accountNumber: $accountNumber) {
///     start
///     end
///     delta
///     meta {
///       source
///       location
///     }
///   }
///   completedDispatches(accountNumber: $accountNumber) {
///     start
///     end
///     delta
///   }
/// }
/// ```
pub struct PlannedDispatches;
impl ::krakenql::Operation for PlannedDispatches {
    const QUERY: &'static str = QUERY;
    const OPERATION_NAME: &'static str = OPERATION_NAME;
    type Variables = Variables;
    type ResponseData = ResponseData;
}
/// The operation's name, as the server sees it.
pub const OPERATION_NAME: &str = "PlannedDispatches";
/// The variables of the operation.
#[derive(Debug, Clone, PartialEq)]
pub struct Variables {
    /// `$accountNumber: String!`
    pub account_number: String,
}
#[allow(deprecated)]
impl ::krakenql::__private::serde::Serialize for Variables {
    fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
    where
        S: ::krakenql::__private::serde::Serializer,
    {
        let mut __object = ::krakenql::__private::ser::Object::start(serializer)?;
        __object.field("accountNumber", &self.account_number)?;
        __object.end()
    }
}
/// The data of the `PlannedDispatches` response.
#[derive(Debug, Clone, PartialEq)]
pub struct ResponseData {
    /// All planned device dispatches 24 hours ahead, (usually) in time order.
    pub planned_dispatches: Option<Vec<Option<PlannedDispatchesPlannedDispatches>>>,
    /// All completed device dispatches 12 hours behind, in reverse time order.
    pub completed_dispatches: Option<Vec<Option<PlannedDispatchesCompletedDispatches>>>,
}
#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de> for ResponseData {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let mut __slots = (None, None);
        let __taken = ::krakenql::__private::de::read::<
            Self,
            D,
        >(deserializer, &mut __slots)?;
        Ok(Self {
            planned_dispatches: __taken.take(__slots.0, "plannedDispatches")?,
            completed_dispatches: __taken.take(__slots.1, "completedDispatches")?,
        })
    }
}
#[doc(hidden)]
impl ::krakenql::__private::de::Fields for ResponseData {
    const KEYS: &'static [&'static str] = &["plannedDispatches", "completedDispatches"];
    type Slots = (
        Option<Option<Vec<Option<PlannedDispatchesPlannedDispatches>>>>,
        Option<Option<Vec<Option<PlannedDispatchesCompletedDispatches>>>>,
    );
    fn read<'de, M>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut M,
    ) -> ::core::result::Result<bool, M::Error>
    where
        M: ::krakenql::__private::serde::de::MapAccess<'de>,
    {
        match index {
            0 => ::krakenql::__private::de::put(&mut slots.0, map),
            1 => ::krakenql::__private::de::put(&mut slots.1, map),
            _ => Ok(true),
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedDispatchesPlannedDispatches {
    /// The start time of the dispatch.
    pub start: DateTime,
    /// The end time of the dispatch.
    pub end: DateTime,
    /// Energy in kWh (import has a negative value).
    pub delta: Option<Decimal>,
    pub meta: Option<PlannedDispatchesPlannedDispatchesMeta>,
}
#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for PlannedDispatchesPlannedDispatches {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let mut __slots = (None, None, None, None);
        let __taken = ::krakenql::__private::de::read::<
            Self,
            D,
        >(deserializer, &mut __slots)?;
        Ok(Self {
            start: __taken.take(__slots.0, "start")?,
            end: __taken.take(__slots.1, "end")?,
            delta: __taken.take(__slots.2, "delta")?,
            meta: __taken.take(__slots.3, "meta")?,
        })
    }
}
#[doc(hidden)]
impl ::krakenql::__private::de::Fields for PlannedDispatchesPlannedDispatches {
    const KEYS: &'static [&'static str] = &["start", "end", "delta", "meta"];
    type Slots = (
        Option<DateTime>,
        Option<DateTime>,
        Option<Option<Decimal>>,
        Option<Option<PlannedDispatchesPlannedDispatchesMeta>>,
    );
    fn read<'de, M>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut M,
    ) -> ::core::result::Result<bool, M::Error>
    where
        M: ::krakenql::__private::serde::de::MapAccess<'de>,
    {
        match index {
            0 => ::krakenql::__private::de::put(&mut slots.0, map),
            1 => ::krakenql::__private::de::put(&mut slots.1, map),
            2 => ::krakenql::__private::de::put(&mut slots.2, map),
            3 => ::krakenql::__private::de::put(&mut slots.3, map),
            _ => Ok(true),
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedDispatchesPlannedDispatchesMeta {
    /// Present for planned dispatches, otherwise `null`. Value can be `smart-charge`, `test-charge` or `bump-charge`.
    pub source: Option<String>,
    /// Present for completed dispatches, otherwise `null`. The only relevant value is `AT_HOME` if present.
    pub location: Option<String>,
}
#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for PlannedDispatchesPlannedDispatchesMeta {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let mut __slots = (None, None);
        let __taken = ::krakenql::__private::de::read::<
            Self,
            D,
        >(deserializer, &mut __slots)?;
        Ok(Self {
            source: __taken.take(__slots.0, "source")?,
            location: __taken.take(__slots.1, "location")?,
        })
    }
}
#[doc(hidden)]
impl ::krakenql::__private::de::Fields for PlannedDispatchesPlannedDispatchesMeta {
    const KEYS: &'static [&'static str] = &["source", "location"];
    type Slots = (Option<Option<String>>, Option<Option<String>>);
    fn read<'de, M>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut M,
    ) -> ::core::result::Result<bool, M::Error>
    where
        M: ::krakenql::__private::serde::de::MapAccess<'de>,
    {
        match index {
            0 => ::krakenql::__private::de::put(&mut slots.0, map),
            1 => ::krakenql::__private::de::put(&mut slots.1, map),
            _ => Ok(true),
        }
    }
}
#[derive(Debug, Clone, PartialEq)]
pub struct PlannedDispatchesCompletedDispatches {
    /// The start time of the dispatch.
    pub start: DateTime,
    /// The end time of the dispatch.
    pub end: DateTime,
    /// Energy in kWh (import has a negative value).
    pub delta: Option<Decimal>,
}
#[allow(deprecated)]
impl<'de> ::krakenql::__private::serde::Deserialize<'de>
for PlannedDispatchesCompletedDispatches {
    fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
    where
        D: ::krakenql::__private::serde::Deserializer<'de>,
    {
        let mut __slots = (None, None, None);
        let __taken = ::krakenql::__private::de::read::<
            Self,
            D,
        >(deserializer, &mut __slots)?;
        Ok(Self {
            start: __taken.take(__slots.0, "start")?,
            end: __taken.take(__slots.1, "end")?,
            delta: __taken.take(__slots.2, "delta")?,
        })
    }
}
#[doc(hidden)]
impl ::krakenql::__private::de::Fields for PlannedDispatchesCompletedDispatches {
    const KEYS: &'static [&'static str] = &["start", "end", "delta"];
    type Slots = (Option<DateTime>, Option<DateTime>, Option<Option<Decimal>>);
    fn read<'de, M>(
        slots: &mut Self::Slots,
        index: usize,
        map: &mut M,
    ) -> ::core::result::Result<bool, M::Error>
    where
        M: ::krakenql::__private::serde::de::MapAccess<'de>,
    {
        match index {
            0 => ::krakenql::__private::de::put(&mut slots.0, map),
            1 => ::krakenql::__private::de::put(&mut slots.1, map),
            2 => ::krakenql::__private::de::put(&mut slots.2, map),
            _ => Ok(true),
        }
    }
}
/// The response data the krakenql mock executor gives for this operation and these
/// variables, as JSON: example values from the schema (`krakenql mock` prints the same).
#[inline]
pub fn mock_json(variables: &Variables) -> ::krakenql::__private::serde_json::Value {
    let _ = variables;
    ::krakenql::__private::mock::parse(
        r#"{"plannedDispatches":[{"start":"2020-01-01T00:00:00.000Z","end":"2020-01-01T00:00:00.000Z","delta":"1.0","meta":{"source":"abc123","location":"abc123"}}],"completedDispatches":[{"start":"2020-01-01T00:00:00.000Z","end":"2020-01-01T00:00:00.000Z","delta":"1.0"}]}"#,
    )
}
/// The mock response data, to override values by response path before it is typed.
#[inline]
pub fn mock_builder(variables: &Variables) -> ::krakenql::MockData<ResponseData> {
    ::krakenql::MockData::new(mock_json(variables))
}
/// The mock response data, typed.
///
/// # Panics
///
/// Never for data the generator wrote; a panic here is a krakenql bug.
#[inline]
pub fn mock(variables: &Variables) -> ResponseData {
    match mock_builder(variables).build() {
        Ok(data) => data,
        Err(error) => {
            panic!("krakenql: the generated mock does not fit ResponseData: {error}")
        }
    }
}
/// The `DateTime` scalar.
///
/// The `DateTime` scalar type represents a DateTime
/// value as specified by
/// [iso8601](https://en.wikipedia.org/wiki/ISO_8601).
pub type DateTime = String;
/// The `Decimal` scalar.
///
/// The `Decimal` scalar type represents a python Decimal.
pub type Decimal = String;
