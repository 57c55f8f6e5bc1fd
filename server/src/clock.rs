//! Time, as the portal sees it: Unix seconds, and Kazakhstan local time (UTC+5, the single time
//! zone since 1 March 2024) for legal terms and for display.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};

/// Kazakhstan's offset from UTC.
pub const KZ_OFFSET: UtcOffset = match UtcOffset::from_hms(5, 0, 0) {
    Ok(o) => o,
    Err(_) => UtcOffset::UTC,
};

/// A source of the current time; tests set it.
pub trait Clock: Send + Sync {
    /// Seconds since the Unix epoch.
    fn now(&self) -> i64;
}

/// The system clock.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> i64 {
        OffsetDateTime::now_utc().unix_timestamp()
    }
}

/// A clock that stays where it is set.
#[derive(Debug)]
pub struct FixedClock(AtomicI64);

impl FixedClock {
    /// A clock at `now` (Unix seconds).
    pub fn new(now: i64) -> Arc<FixedClock> {
        Arc::new(FixedClock(AtomicI64::new(now)))
    }

    /// Moves the clock.
    pub fn set(&self, now: i64) {
        self.0.store(now, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> i64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// A Unix time as Kazakhstan local date and time.
pub fn local(unix: i64) -> PrimitiveDateTime {
    let t = OffsetDateTime::from_unix_timestamp(unix).unwrap_or(OffsetDateTime::UNIX_EPOCH).to_offset(KZ_OFFSET);
    PrimitiveDateTime::new(t.date(), t.time())
}

/// Today in Kazakhstan.
pub fn local_date(unix: i64) -> Date {
    local(unix).date()
}

/// `2026-11-23T10:15`, Kazakhstan time.
pub fn local_iso(unix: i64) -> String {
    let t = local(unix);
    format!("{}T{:02}:{:02}", shared::values::date::iso(t.date()), t.hour(), t.minute())
}
