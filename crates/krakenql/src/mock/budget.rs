//! The budget of one execution: the bytes of JSON the response may grow to and the time it may
//! take. The value policy charges every field as it resolves it; once either is spent, every
//! further field fails at once (without resolving its selections), so execution unwinds in
//! time proportional to the work already done, and the response becomes one error naming the
//! limit.

use std::cell::Cell;
use std::time::{Duration, Instant};

use apollo_compiler::resolvers::FieldError;
use apollo_compiler::response::JsonValue;

/// How many fields are resolved between two looks at the clock.
const CLOCK_EVERY: u32 = 64;

/// Why an execution stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stop {
    /// The response would have grown past this many bytes.
    TooLarge { max: usize },
    /// The execution ran past this time limit.
    Timeout { limit: Duration },
}

impl Stop {
    /// The error message, naming the limit and the setting that raises it.
    pub(crate) fn message(self) -> String {
        match self {
            Stop::TooLarge { max } => format!(
                "the response would be larger than {max} bytes; the operation was stopped \
                 (limit `max_response_bytes`, --max-response-bytes)"
            ),
            Stop::Timeout { limit } => format!(
                "the operation ran longer than {} ms and was stopped (limit `timeout_ms`, \
                 --timeout-ms)",
                limit.as_millis()
            ),
        }
    }

    /// The error code in the error's `extensions`.
    pub(crate) fn code(self) -> &'static str {
        match self {
            Stop::TooLarge { .. } => "RESPONSE_TOO_LARGE",
            Stop::Timeout { .. } => "TIMEOUT",
        }
    }
}

/// The bytes and time left to one execution.
pub(crate) struct Budget {
    max: usize,
    left: Cell<usize>,
    timeout: Option<Duration>,
    deadline: Option<Instant>,
    until_clock: Cell<u32>,
    stopped: Cell<Option<Stop>>,
}

impl Budget {
    /// A budget of `max` bytes and, when given, `timeout` from now.
    pub(crate) fn new(max: usize, timeout: Option<Duration>) -> Self {
        Budget {
            max,
            left: Cell::new(max),
            timeout,
            deadline: timeout.and_then(|timeout| Instant::now().checked_add(timeout)),
            until_clock: Cell::new(CLOCK_EVERY),
            stopped: Cell::new(None),
        }
    }

    /// Spends `bytes` of the response; fails once the budget or the time is spent.
    pub(crate) fn charge(&self, bytes: usize) -> Result<(), FieldError> {
        if self.stopped.get().is_some() {
            return Err(stopped());
        }
        match self.left.get().checked_sub(bytes) {
            Some(left) => self.left.set(left),
            None => return Err(self.stop(Stop::TooLarge { max: self.max })),
        }
        let until_clock = self.until_clock.get().saturating_sub(1);
        if until_clock == 0 {
            self.until_clock.set(CLOCK_EVERY);
            if let (Some(deadline), Some(limit)) = (self.deadline, self.timeout) {
                if Instant::now() >= deadline {
                    return Err(self.stop(Stop::Timeout { limit }));
                }
            }
        } else {
            self.until_clock.set(until_clock);
        }
        Ok(())
    }

    /// Why the execution stopped, if it did.
    pub(crate) fn stopped(&self) -> Option<Stop> {
        self.stopped.get()
    }

    fn stop(&self, stop: Stop) -> FieldError {
        self.stopped.set(Some(stop));
        stopped()
    }
}

/// The field error of every field after a stop; the response is replaced by the stop's error.
fn stopped() -> FieldError {
    FieldError {
        message: String::new(),
    }
}

/// About how many bytes of JSON a leaf value prints as.
pub(crate) fn leaf_bytes(value: &JsonValue) -> usize {
    match value {
        JsonValue::Null => 4,
        JsonValue::Bool(_) => 5,
        JsonValue::Number(_) => 8,
        JsonValue::String(text) => text.as_str().len() + 2,
        JsonValue::Array(items) => items.iter().map(|item| leaf_bytes(item) + 1).sum::<usize>() + 2,
        JsonValue::Object(map) => {
            map.iter()
                .map(|(key, item)| key.as_str().len() + 4 + leaf_bytes(item))
                .sum::<usize>()
                + 2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stops_when_the_bytes_are_spent_and_stays_stopped() {
        let budget = Budget::new(10, None);
        assert!(budget.charge(6).is_ok());
        assert!(budget.charge(6).is_err());
        assert_eq!(budget.stopped(), Some(Stop::TooLarge { max: 10 }));
        assert!(budget.charge(0).is_err());
        assert!(Stop::TooLarge { max: 10 }
            .message()
            .contains("--max-response-bytes"));
    }

    #[test]
    fn stops_past_the_deadline() {
        let budget = Budget::new(usize::MAX, Some(Duration::ZERO));
        let stopped = (0..=CLOCK_EVERY).any(|_| budget.charge(1).is_err());
        assert!(stopped);
        assert_eq!(
            budget.stopped(),
            Some(Stop::Timeout {
                limit: Duration::ZERO
            })
        );
    }
}
