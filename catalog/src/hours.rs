//! Opening hours: OSM `opening_hours` strings evaluated in Europe/Rome with
//! Italy's national public holidays (`PH`), Easter Monday included, from the
//! `opening-hours` crate's own holiday calendar.

use std::sync::{Arc, LazyLock};

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Rome;
use opening_hours::localization::Country;
use opening_hours::{Context, ContextHolidays, OpeningHours};

static ITALIAN_HOLIDAYS: LazyLock<ContextHolidays> = LazyLock::new(|| Country::IT.holidays());

/// A parsed opening-hours expression, ready to evaluate.
#[derive(Debug, Clone)]
pub struct Hours {
    inner: Arc<OpeningHours>,
}

/// Whether a place is open at an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenState {
    Open,
    Closed,
    /// E.g. "by appointment": the data does not say.
    Unknown,
}

impl Hours {
    pub fn parse(expression: &str) -> Result<Hours, String> {
        let oh = expression
            .parse::<OpeningHours>()
            .map_err(|e| format!("not valid opening_hours syntax: {e}"))?
            .with_context(Context::default().with_holidays(ITALIAN_HOLIDAYS.clone()));
        Ok(Hours {
            inner: Arc::new(oh),
        })
    }

    /// Local wall-clock time in Italy.
    pub fn local(instant: DateTime<Utc>) -> NaiveDateTime {
        instant.with_timezone(&Rome).naive_local()
    }

    pub fn state_at(&self, instant: DateTime<Utc>) -> OpenState {
        let local = Hours::local(instant);
        if self.inner.is_open(local) {
            OpenState::Open
        } else if self.inner.is_closed(local) {
            OpenState::Closed
        } else {
            OpenState::Unknown
        }
    }

    pub fn is_open_at(&self, instant: DateTime<Utc>) -> bool {
        self.state_at(instant) == OpenState::Open
    }

    /// When the state next changes, as an instant (within a year).
    pub fn next_change(&self, instant: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let next = self.inner.next_change(Hours::local(instant))?;
        Rome.from_local_datetime(&next)
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    }

    /// The open intervals of a local day, for a readable weekly table.
    pub fn intervals_on(
        &self,
        date: chrono::NaiveDate,
    ) -> Vec<(NaiveDateTime, NaiveDateTime, OpenState)> {
        let start = date.and_hms_opt(0, 0, 0).expect("midnight exists");
        let end = start + chrono::Duration::days(1);
        self.inner
            .iter_range(start, end)
            .filter_map(|r| {
                let state = match r.kind {
                    opening_hours::RuleKind::Open => OpenState::Open,
                    opening_hours::RuleKind::Unknown => OpenState::Unknown,
                    opening_hours::RuleKind::Closed => return None,
                };
                Some((r.range.start, r.range.end, state))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(local: &str) -> DateTime<Utc> {
        let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M").expect("test date");
        Rome.from_local_datetime(&naive)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn split_day_in_rome_time() {
        let h = Hours::parse("Mo-Fr 09:00-13:00,14:30-17:30; PH off").unwrap();
        assert!(h.is_open_at(at("2026-11-24 10:00")));
        assert!(!h.is_open_at(at("2026-11-24 13:30")));
        assert!(h.is_open_at(at("2026-11-24 15:00")));
        assert!(!h.is_open_at(at("2026-11-28 10:00")), "Saturday");
    }

    #[test]
    fn italian_holidays_close_the_office() {
        let h = Hours::parse("Mo-Fr 09:00-13:00; PH off").unwrap();
        assert!(!h.is_open_at(at("2026-04-06 10:00")), "Easter Monday 2026");
        assert!(
            !h.is_open_at(at("2026-06-02 10:00")),
            "Festa della Repubblica"
        );
        assert!(!h.is_open_at(at("2026-12-08 10:00")), "Immacolata");
        assert!(h.is_open_at(at("2026-04-07 10:00")));
    }

    #[test]
    fn appointment_only_is_unknown_not_open() {
        let h = Hours::parse(r#"Mo-Fr 09:00-12:00 unknown "su appuntamento""#).unwrap();
        assert_eq!(h.state_at(at("2026-11-24 10:00")), OpenState::Unknown);
    }

    #[test]
    fn garbage_is_an_error() {
        assert!(Hours::parse("whenever we feel like it").is_err());
    }
}
