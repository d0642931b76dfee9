//! Whether a record lies inside an editor's territory: an editor's token is
//! scoped to an ISTAT territory (comune, province or region).

use catalog::model::{Location, Organization, Service};
use catalog::{Gazetteer, Territory};

/// True when the ISTAT `code` (region, province or comune) lies inside
/// `grant`.
pub fn code_within(grant: &Territory, code: &str) -> bool {
    let gaz = Gazetteer::bundled();
    match code.len() {
        6 => gaz.by_istat(code).is_some_and(|c| grant.contains(c)),
        3 => match grant {
            Territory::Province(p) => p == code,
            Territory::Region(r) => gaz
                .all()
                .iter()
                .find(|c| c.province_code == code)
                .is_some_and(|c| &c.region_code == r),
            Territory::Comune(_) => false,
        },
        2 => matches!(grant, Territory::Region(r) if r == code),
        _ => false,
    }
}

fn location_codes(l: &Location) -> Option<String> {
    l.comune_istat.clone().or_else(|| {
        Gazetteer::bundled()
            .nearest(l.latitude, l.longitude)
            .map(|c| c.istat.clone())
    })
}

/// Every territory code a service touches: its locations' comuni and its
/// service areas.
pub fn service_codes(s: &Service) -> Vec<String> {
    let mut codes: Vec<String> = s.locations.iter().filter_map(location_codes).collect();
    codes.extend(s.service_areas.iter().cloned());
    codes
}

/// Every territory code an organization touches: its locations' comuni,
/// or, for an association with no place, the region it is active in (with
/// a place, the region is where that place is: counting it too would put
/// the association outside a comune's or province's territory).
pub fn organization_codes(o: &Organization) -> Vec<String> {
    let mut codes: Vec<String> = o.locations.iter().filter_map(location_codes).collect();
    if codes.is_empty()
        && let Some(r) = o.association.as_ref().and_then(|a| a.region_code.clone())
    {
        codes.push(r);
    }
    codes
}

/// A record is inside a territory when it touches at least one place and
/// every place it touches is inside. `None` (all of Italy) allows all.
pub fn allows(grant: Option<&Territory>, codes: &[String]) -> bool {
    match grant {
        None => true,
        Some(t) => !codes.is_empty() && codes.iter().all(|c| code_within(t, c)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lazio_contains_rome_not_milan() {
        let lazio = Territory::Region("12".into());
        assert!(code_within(&lazio, "058091")); // Roma
        assert!(code_within(&lazio, "258")); // metropolitan city of Roma
        assert!(!code_within(&lazio, "015146")); // Milano
        assert!(!code_within(&lazio, "03"));
        assert!(allows(None, &[]));
        assert!(!allows(Some(&lazio), &[]));
    }
}
