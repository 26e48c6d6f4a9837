//! The date removal dates are judged by: `SOURCE_DATE_EPOCH`, else the config's, else today (UTC).

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, NaiveDate};
use proc_macro2::Span;

/// Picks the date. `source_date_epoch` is the environment variable's value, when set.
pub(crate) fn today(
    source_date_epoch: Option<&str>,
    config: Option<NaiveDate>,
) -> Result<NaiveDate, syn::Error> {
    if let Some(text) = source_date_epoch {
        return text
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|seconds| DateTime::from_timestamp(seconds, 0))
            .map(|time| time.date_naive())
            .ok_or_else(|| {
                syn::Error::new(
                    Span::call_site(),
                    format!("SOURCE_DATE_EPOCH is `{text}`; it must be whole seconds since 1970-01-01 UTC"),
                )
            });
    }
    if let Some(date) = config {
        return Ok(date);
    }
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    Ok(i64::try_from(seconds)
        .ok()
        .and_then(|seconds| DateTime::from_timestamp(seconds, 0))
        .map_or(NaiveDate::default(), |time| time.date_naive()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    }

    #[test]
    fn source_date_epoch_wins_over_the_config() {
        let today = today(Some("1780272000"), date("2020-01-01")).ok();
        assert_eq!(today, date("2026-06-01"));
    }

    #[test]
    fn the_config_wins_over_the_clock() {
        assert_eq!(today(None, date("2020-01-01")).ok(), date("2020-01-01"));
    }

    #[test]
    fn a_bad_source_date_epoch_is_an_error() {
        assert!(today(Some("yesterday"), None).is_err());
    }
}
