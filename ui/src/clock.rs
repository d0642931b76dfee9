//! "Now", for open-now filters and badges. `INTEGRA_CLOCK` (RFC 3339) fixes
//! it, so screenshots, demos and the browser tests see the same week
//! whenever they run; without it the system clock is used.

use chrono::{DateTime, Utc};

pub const CLOCK_ENV: &str = "INTEGRA_CLOCK";

pub fn now() -> DateTime<Utc> {
    std::env::var(CLOCK_ENV)
        .ok()
        .and_then(|s| DateTime::parse_from_rfc3339(&s).ok())
        .map_or_else(Utc::now, |t| t.with_timezone(&Utc))
}
