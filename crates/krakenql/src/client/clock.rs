//! The time source of the token cache, injectable so that tests can move time forward.

use std::time::{SystemTime, UNIX_EPOCH};

/// Where the client reads the current time, to decide when a token needs refreshing.
///
/// Any `Fn() -> SystemTime` closure is a clock, so a test can pass
/// `move || UNIX_EPOCH + Duration::from_secs(now.load(Ordering::SeqCst))`.
pub trait Clock: Send + Sync + 'static {
    /// The current time.
    fn now(&self) -> SystemTime;
}

/// The system's wall clock, the default.
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> SystemTime {
        SystemTime::now()
    }
}

impl<F> Clock for F
where
    F: Fn() -> SystemTime + Send + Sync + 'static,
{
    fn now(&self) -> SystemTime {
        self()
    }
}

/// Seconds since the Unix epoch, negative before it, as JWT `exp` claims count them.
pub(crate) fn unix_seconds(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => i64::try_from(before.duration().as_secs()).map_or(i64::MIN, |s| -s),
    }
}
