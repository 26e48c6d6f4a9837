//! Deprecation metadata: what Kraken writes into `@deprecated(reason:)`, parsed into dates and advice.

mod index;
mod mentions;
mod reason;
mod replacement;
#[cfg(test)]
mod tests;

pub use index::{collect_deprecations, DEFAULT_REASON};
pub use reason::{parse_reason, DateField, ParsedReason};
pub use replacement::resolve_mentions;

use chrono::NaiveDate;

use crate::coordinate::{Coordinate, CoordinateKind};

/// The deprecation of one schema coordinate, with everything its reason says.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Deprecation {
    /// The deprecated item.
    pub coordinate: Coordinate,
    /// What kind of item it is.
    pub kind: CoordinateKind,
    /// The reason exactly as the schema states it.
    pub reason: String,
    /// "Marked as deprecated on D", when present and a real date.
    pub marked_on: Option<NaiveDate>,
    /// "Scheduled for removal on or after D" or "Will be removed on D", when present and a real date.
    pub removal_on_or_after: Option<NaiveDate>,
    /// The advice sentence and the schema items it names.
    pub replacement: Option<Replacement>,
    /// The announcement URL ("You can read more about this deprecation on: URL").
    pub announcement: Option<String>,
    /// What could not be read from the reason: no removal date, a date that is not a real date.
    pub problems: Vec<ReasonProblem>,
    /// The source that speaks for this deprecation: the label a merged schema records for it
    /// (`edf-gb-2026-07`, `kraken-query-reference`, `octopus-uk-2024-07`), else the name of the
    /// file that defines the item without directories and extensions. `None` before a schema
    /// is loaded from files.
    pub source: Option<String>,
    /// How a person names that source when it is another brand's schema ("the EDF GB schema of
    /// 2026-07-27"); `None` for the schema's own brand. Not part of JSON reports.
    #[serde(skip)]
    pub per: Option<String>,
}

/// What to use instead of a deprecated item.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Replacement {
    /// The advice sentence(s) from the reason, e.g. "Please use 'devices' instead."
    pub advice: String,
    /// Schema items the advice names, in the order it names them, resolved where possible.
    pub items: Vec<MentionedItem>,
}

/// A name mentioned in deprecation advice and what it resolves to in the schema.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MentionedItem {
    /// The text as written in the advice, e.g. `devices.preferences`.
    pub text: String,
    /// The coordinate it resolves to, e.g. `Query.devices`; `None` when nothing in the schema matches.
    pub coordinate: Option<Coordinate>,
}

/// Something in a deprecation reason that could not be used.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum ReasonProblem {
    /// The reason states no removal date in any known wording.
    NoRemovalDate,
    /// A date was written but is not a real calendar date (for example 2024-02-30).
    InvalidDate {
        /// Which date: `marked_on` or `removal_on_or_after`.
        which: &'static str,
        /// The text as written.
        text: String,
    },
}

/// Whether `item` has the same parent as `deprecated`: a field of the same type, an argument of
/// the same field or directive, a value of the same enum.
fn is_beside(item: &Coordinate, deprecated: &Coordinate) -> bool {
    match (item, deprecated) {
        (
            Coordinate::Argument { ty, field, .. },
            Coordinate::Argument {
                ty: other_ty,
                field: other_field,
                ..
            },
        ) => ty == other_ty && field == other_field,
        (
            Coordinate::DirectiveArgument { directive, .. },
            Coordinate::DirectiveArgument {
                directive: other, ..
            },
        ) => directive == other,
        (Coordinate::Argument { .. } | Coordinate::DirectiveArgument { .. }, _)
        | (_, Coordinate::Argument { .. } | Coordinate::DirectiveArgument { .. }) => false,
        _ => item.kind() == deprecated.kind() && item.type_name() == deprecated.type_name(),
    }
}

impl Deprecation {
    /// Days from `today` until removal: negative when the date has passed, `None` with no date.
    pub fn days_until_removal(&self, today: NaiveDate) -> Option<i64> {
        self.removal_on_or_after
            .map(|removal| (removal - today).num_days())
    }

    /// Whether the removal date is on or before `today`.
    pub fn is_removed_by(&self, today: NaiveDate) -> bool {
        self.removal_on_or_after
            .is_some_and(|removal| removal <= today)
    }

    /// The short "use X instead" hint: the first resolved item, or the advice sentence. An item
    /// beside the deprecated one goes by its name (`use 'givenName' instead`); one elsewhere by
    /// its coordinate (`use 'LedgerType.usablePaymentInstructions' instead`), since its name
    /// alone would send the reader to a field the deprecated item's type does not have.
    pub fn replacement_hint(&self) -> Option<String> {
        let replacement = self.replacement.as_ref()?;
        // The schema's own name of the item, which can differ from the advice's spelling
        // (`register_id` for `registerId`); a dotted path keeps its written form.
        let resolved = replacement.items.iter().find_map(|item| {
            let coordinate = item.coordinate.as_ref()?;
            Some(if item.text.contains('.') {
                item.text.clone()
            } else if is_beside(coordinate, &self.coordinate) {
                coordinate.item_name().to_owned()
            } else {
                coordinate.to_string()
            })
        });
        match resolved {
            Some(name) => Some(format!("use '{name}' instead")),
            None => Some(replacement.advice.clone()),
        }
    }
}
