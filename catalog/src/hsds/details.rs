//! HSDS detail rows that become one Integra value: a service's weekly
//! `schedule` rows its OpenStreetMap opening hours, its `cost_option` rows
//! whether it is free of charge. The rules are in `catalog/HSDS.md`
//! ("Importing HSDS data from other publishers").

use super::HsdsError;
use super::tables::Row;
use crate::hours::Hours;
use crate::text::ascii_fold;

/// Whether a service's HSDS cost options make it free of charge: at least
/// one option costs 0 (or, without an amount, says only that it is free)
/// and none costs more. An option without an amount or such words says
/// nothing. No options: not known to be free.
pub(crate) fn free_of_charge(options: &[&Row]) -> Result<bool, HsdsError> {
    let mut free = false;
    for o in options {
        match o.f64("amount")? {
            Some(a) if a > 0.0 => return Ok(false),
            Some(0.0) => free = true,
            Some(_) => {
                return Err(o.error(
                    "amount",
                    "is negative; a cost cannot be (write 0 for an option that is free)",
                ));
            }
            None => free |= says_free(o),
        }
    }
    Ok(free)
}

/// Words that say an option is free and nothing more, compared without
/// case, accents or punctuation: "Gratuito" is free, "Gratuito per i
/// minori di 18 anni" says nothing of the others.
const FREE_WORDS: [&str; 11] = [
    "gratuito",
    "gratuita",
    "gratuiti",
    "gratuite",
    "gratis",
    "servizio gratuito",
    "nessun costo",
    "senza costi",
    "free",
    "free of charge",
    "0",
];

fn says_free(option: &Row) -> bool {
    ["option", "amount_description"].iter().any(|field| {
        option
            .str(field)
            .ok()
            .flatten()
            .is_some_and(|t| FREE_WORDS.contains(&ascii_fold(t).as_str()))
    })
}

const WEEKDAYS: [(&str, &str); 7] = [
    ("MO", "Mo"),
    ("TU", "Tu"),
    ("WE", "We"),
    ("TH", "Th"),
    ("FR", "Fr"),
    ("SA", "Sa"),
    ("SU", "Su"),
];

/// Offsets of Italian time (CET, CEST): a weekly time written with one is
/// the local time of the place. UTC (`Z`) or any other offset is not: its
/// local time moves with the seasons, which opening hours cannot say.
const ITALIAN_OFFSETS: [&str; 4] = ["+01:00", "+02:00", "+0100", "+0200"];

/// `HH:MM` or `HH:MM:SS`, local or with an Italian offset -> `HH:MM`.
fn clock(t: &str) -> Option<String> {
    let t = t.trim();
    let local = ITALIAN_OFFSETS
        .iter()
        .find_map(|z| t.strip_suffix(z))
        .unwrap_or(t);
    let parts: Vec<&str> = local.split(':').collect();
    let ok = |p: &str, max: u32| p.len() == 2 && p.parse::<u32>().is_ok_and(|n| n <= max);
    match parts.as_slice() {
        [h, m] | [h, m, "00"] if ok(h, 24) && ok(m, 59) => Some(format!("{h}:{m}")),
        _ => None,
    }
}

/// One weekly schedule: its days (indexes into [`WEEKDAYS`]) and its
/// hours, or None when it is more than "these days, these hours, every
/// week" (or a value has the wrong type).
fn weekly(s: &Row) -> Option<(Vec<usize>, String, String)> {
    let narrowing = [
        "valid_from",
        "valid_to",
        "until",
        "count",
        "byweekno",
        "bymonthday",
        "byyearday",
    ];
    if narrowing
        .iter()
        .any(|f| s.values.get(*f).is_some_and(|v| !v.is_null() && v != ""))
    {
        return None;
    }
    // A UTC offset in hours: Italian time only (see ITALIAN_OFFSETS).
    if !matches!(s.f64("timezone"), Ok(None | Some(1.0 | 2.0))) {
        return None;
    }
    if !matches!(s.f64("interval"), Ok(None | Some(1.0))) {
        return None;
    }
    let freq = s.str("freq").ok()??;
    if !freq.eq_ignore_ascii_case("WEEKLY") {
        return None;
    }
    let opens = clock(s.str("opens_at").ok()??)?;
    let closes = clock(s.str("closes_at").ok()??)?;
    let mut days = Vec::new();
    for d in s.str("byday").ok()??.split(',') {
        let d = d.trim().to_ascii_uppercase();
        days.push(WEEKDAYS.iter().position(|(ical, _)| *ical == d)?);
    }
    Some((days, opens, closes))
}

/// HSDS weekly schedules (`freq` WEEKLY, `byday`, `opens_at`, `closes_at`
/// and nothing narrowing them) as an OpenStreetMap opening_hours string;
/// None when any schedule is more than that.
pub(crate) fn weekly_hours(schedules: &[&Row]) -> Option<String> {
    let mut days: [Vec<(String, String)>; 7] = Default::default();
    for s in schedules {
        let (on, opens, closes) = weekly(s)?;
        for i in on {
            days[i].push((opens.clone(), closes.clone()));
        }
    }
    // Days with the same hours share one rule: "Mo-We,Fr 09:00-13:00".
    let mut groups: Vec<(Vec<usize>, String)> = Vec::new();
    for (i, ranges) in days.iter_mut().enumerate() {
        if ranges.is_empty() {
            continue;
        }
        ranges.sort();
        ranges.dedup();
        let hours: Vec<String> = ranges.iter().map(|(o, c)| format!("{o}-{c}")).collect();
        let hours = hours.join(",");
        match groups.iter_mut().find(|(_, h)| *h == hours) {
            Some((ds, _)) => ds.push(i),
            None => groups.push((vec![i], hours)),
        }
    }
    if groups.is_empty() {
        return None;
    }
    let rules: Vec<String> = groups
        .iter()
        .map(|(ds, hours)| format!("{} {hours}", day_ranges(ds)))
        .collect();
    let oh = rules.join("; ");
    Hours::parse(&oh).is_ok().then_some(oh)
}

/// Sorted day indexes as OSM day ranges: `Mo-We,Fr`.
fn day_ranges(ds: &[usize]) -> String {
    let mut parts = Vec::new();
    let mut k = 0;
    while k < ds.len() {
        let mut end = k;
        while end + 1 < ds.len() && ds[end + 1] == ds[end] + 1 {
            end += 1;
        }
        let (a, b) = (WEEKDAYS[ds[k]].1, WEEKDAYS[ds[end]].1);
        match end - k {
            0 => parts.push(a.to_string()),
            1 => parts.push(format!("{a},{b}")),
            _ => parts.push(format!("{a}-{b}")),
        }
        k = end + 1;
    }
    parts.join(",")
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use serde_json::Value;

    use super::*;
    use crate::hsds::tables::{At, Origin};

    fn row(table: &'static str, fields: &[(&str, &str)]) -> Row {
        let mut r = Row::new(
            table,
            Origin {
                file: Arc::from("schedules.csv"),
                at: At::Row(2),
            },
        );
        for (k, v) in fields {
            r.values.insert((*k).into(), Value::String((*v).into()));
        }
        r
    }

    fn schedule(fields: &[(&str, &str)]) -> Row {
        row("schedule", fields)
    }

    #[test]
    fn simple_weekly_schedules_become_opening_hours() {
        let a = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "MO,TU,WE,FR"),
            ("opens_at", "09:00"),
            ("closes_at", "13:00:00"),
        ]);
        let b = schedule(&[
            ("freq", "weekly"),
            ("interval", "1"),
            ("byday", "TU"),
            ("opens_at", "14:30"),
            ("closes_at", "17:00"),
        ]);
        assert_eq!(
            weekly_hours(&[&a, &b]).as_deref(),
            Some("Mo,We,Fr 09:00-13:00; Tu 09:00-13:00,14:30-17:00")
        );
        let c = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "SA,SU"),
            ("opens_at", "10:00"),
            ("closes_at", "12:00"),
        ]);
        let d = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "MO,TU,WE"),
            ("opens_at", "10:00"),
            ("closes_at", "12:00"),
        ]);
        assert_eq!(
            weekly_hours(&[&c, &d]).as_deref(),
            Some("Mo-We,Sa,Su 10:00-12:00")
        );
    }

    /// HSDS asks for times with their zone: Italian time's offsets (and
    /// `timezone` 1 or 2) are the place's local time.
    #[test]
    fn italian_offsets_are_local_time() {
        let zoned = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "MO,TH"),
            ("opens_at", "08:30:00+01:00"),
            ("closes_at", "12:30+0200"),
            ("timezone", "1"),
        ]);
        assert_eq!(
            weekly_hours(&[&zoned]).as_deref(),
            Some("Mo,Th 08:30-12:30")
        );
    }

    #[test]
    fn narrowed_or_zoned_schedules_are_not_converted() {
        let monthly = schedule(&[
            ("freq", "MONTHLY"),
            ("byday", "MO"),
            ("opens_at", "09:00"),
            ("closes_at", "12:00"),
        ]);
        let weeks = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "MO"),
            ("byweekno", "41"),
            ("opens_at", "09:00"),
            ("closes_at", "12:00"),
        ]);
        let zoned = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "MO"),
            ("opens_at", "09:00Z"),
            ("closes_at", "12:00Z"),
        ]);
        let elsewhere = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "MO"),
            ("timezone", "-5"),
            ("opens_at", "09:00"),
            ("closes_at", "12:00"),
        ]);
        let second_monday = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "2MO"),
            ("opens_at", "09:00"),
            ("closes_at", "12:00"),
        ]);
        for s in [monthly, weeks, zoned, elsewhere, second_monday] {
            assert_eq!(weekly_hours(&[&s]), None, "{:?}", s.values);
        }
    }

    #[test]
    fn an_option_free_in_words_only_is_free() {
        let free = |fields: &[(&str, &str)]| {
            let o = row("cost_option", fields);
            free_of_charge(&[&o]).unwrap()
        };
        assert!(free(&[("amount", "0")]));
        assert!(free(&[("option", "Gratuito")]));
        assert!(free(&[("amount_description", "Servizio GRATUITO.")]));
        assert!(!free(&[("option", "Gratuito per i minori di 18 anni")]));
        assert!(!free(&[("option", "Colloquio")]));
        let paid = row("cost_option", &[("amount", "25")]);
        let words = row("cost_option", &[("option", "gratis")]);
        assert!(!free_of_charge(&[&words, &paid]).unwrap());
    }
}
