//! The date policy: when a deprecated item in use is an error and when a warning.

use chrono::NaiveDate;
use krakenql_schema::{Deprecation, Severity};

use crate::diagnostic::LintDiagnostic;

/// What the deprecation rules judge against.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DatePolicy {
    /// The day to judge removal dates by.
    pub today: NaiveDate,
    /// Removal within this many days counts as an error too.
    pub warn_within: Option<u32>,
}

impl DatePolicy {
    /// Error on or after the removal date (or within the window); otherwise a warning.
    pub fn severity(&self, deprecation: &Deprecation) -> Severity {
        self.severity_for(deprecation.removal_on_or_after)
    }

    /// [`DatePolicy::severity`] for a removal date alone (`None`: the reason gives none).
    pub fn severity_for(&self, removal: Option<NaiveDate>) -> Severity {
        match removal.map(|removal| (removal - self.today).num_days()) {
            Some(days) if days <= 0 => Severity::Error,
            Some(days)
                if self
                    .warn_within
                    .is_some_and(|window| days <= i64::from(window)) =>
            {
                Severity::Error
            }
            _ => Severity::Warning,
        }
    }

    /// The sentence about the removal date, e.g. "its removal date 2024-01-01 passed 1061 days ago".
    pub fn removal_phrase(&self, deprecation: &Deprecation) -> String {
        self.removal_phrase_for(deprecation.removal_on_or_after)
    }

    /// [`DatePolicy::removal_phrase`] for a removal date alone (`None`: the reason gives none).
    pub fn removal_phrase_for(&self, removal: Option<NaiveDate>) -> String {
        match (
            removal,
            removal.map(|removal| (removal - self.today).num_days()),
        ) {
            (Some(date), Some(0)) => {
                format!("scheduled for removal on or after {date}, which is today")
            }
            (Some(date), Some(days)) if days < 0 => format!(
                "scheduled for removal on or after {date}, {} days ago",
                -days
            ),
            (Some(date), Some(days)) => {
                let window = match self.warn_within {
                    Some(window) if days <= i64::from(window) => {
                        format!(", within the {window}-day window")
                    }
                    _ => String::new(),
                };
                format!("scheduled for removal on or after {date}, in {days} days{window}")
            }
            _ => "its reason gives no removal date".to_owned(),
        }
    }
}

/// A deprecation finding whose coordinate `allow_removed` lists: an error becomes a warning
/// whose message says why, so the acknowledgement shows in every output.
pub(crate) fn allow(diagnostic: &mut LintDiagnostic, allow_removed: &[String]) {
    let listed = diagnostic
        .coordinate
        .as_ref()
        .is_some_and(|coordinate| allow_removed.contains(&coordinate.to_string()));
    if listed && diagnostic.severity == Severity::Error {
        diagnostic.severity = Severity::Warning;
        diagnostic
            .message
            .push_str(", allowed by `allow_removed` in graphql.config.toml");
    }
}

#[cfg(test)]
mod tests {
    use krakenql_schema::{Coordinate, CoordinateKind};

    use super::*;

    fn deprecation(removal: Option<&str>) -> Deprecation {
        Deprecation {
            coordinate: Coordinate::field("Query", "x"),
            kind: CoordinateKind::Field,
            reason: String::new(),
            marked_on: None,
            removal_on_or_after: removal
                .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok()),
            replacement: None,
            announcement: None,
            problems: Vec::new(),
            source: None,
            per: None,
        }
    }

    fn policy(warn_within: Option<u32>) -> DatePolicy {
        DatePolicy {
            today: NaiveDate::from_ymd_opt(2026, 11, 27).expect("real date"),
            warn_within,
        }
    }

    #[test]
    fn error_on_and_after_removal_warning_before() {
        assert_eq!(
            policy(None).severity(&deprecation(Some("2026-11-27"))),
            Severity::Error
        );
        assert_eq!(
            policy(None).severity(&deprecation(Some("2024-01-01"))),
            Severity::Error
        );
        assert_eq!(
            policy(None).severity(&deprecation(Some("2026-11-28"))),
            Severity::Warning
        );
        assert_eq!(policy(None).severity(&deprecation(None)), Severity::Warning);
    }

    #[test]
    fn window_turns_near_removals_into_errors() {
        assert_eq!(
            policy(Some(30)).severity(&deprecation(Some("2026-12-27"))),
            Severity::Error
        );
        assert_eq!(
            policy(Some(30)).severity(&deprecation(Some("2026-12-28"))),
            Severity::Warning
        );
        assert_eq!(
            policy(Some(30)).severity(&deprecation(None)),
            Severity::Warning
        );
    }
}
