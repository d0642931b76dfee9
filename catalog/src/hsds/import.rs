//! HSDS tables (plus the Integra extension) -> `CatalogData`.
//!
//! The rules for HSDS data that does not fit Integra's model are listed in
//! `catalog/HSDS.md`; every record or value left out becomes a warning.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use super::export::{VOCABULARIES, taxonomy_id};
use super::tables::{Origin, Row, Tables};
use super::{HsdsError, ImportOptions, Imported, TAXONOMY_PREFIX};
use crate::gazetteer::Territory;
use crate::geo_math::valid_coordinates;
use crate::hours::Hours;
use crate::lang::Lang;
use crate::model::{
    Address, AssociationProfile, CatalogData, CulturalExperience, LearningResource, Location,
    NewsItem, Organization, Phone, ProtectionProject, ReportSummary, Service, ServiceStatus,
    Translations,
};
use crate::provenance::ServiceKind;
use crate::taxonomy::Taxonomy;
use crate::validate::{MAX_SHORT_TEXT, validate};

/// A term of one of Integra's vocabularies.
#[derive(Debug, Clone)]
struct TermRef {
    taxonomy: &'static str,
    code: String,
}

/// An attribute linking a record to an Integra term.
struct Link<'a> {
    entity: Option<&'a str>,
    term: TermRef,
    row: &'a Row,
}

struct Mapper<'a> {
    t: &'a Tables,
    opts: &'a ImportOptions,
    /// Italy bounds off: unplaceable locations are warnings, not errors.
    lenient: bool,
    warnings: Vec<String>,
    links: HashMap<&'a str, Vec<Link<'a>>>,
    ext: HashMap<(&'static str, &'a str), &'a Row>,
    translations: HashMap<(String, String), Translations>,
    /// HSDS location id -> the location, None when it was left out.
    locations: HashMap<&'a str, Option<Location>>,
    /// Where each record came from, to place validation errors.
    origins: HashMap<(&'static str, String), Origin>,
    /// Whether a schedule description is OSM opening_hours, by text: a
    /// catalog repeats a few dozen patterns thousands of times.
    osm: HashMap<&'a str, bool>,
}

fn rows_by<'a>(rows: &'a [Row], column: &str) -> HashMap<&'a str, Vec<&'a Row>> {
    let mut out: HashMap<&str, Vec<&Row>> = HashMap::new();
    for r in rows {
        if let Some(v) = r.values.get(column).and_then(Value::as_str) {
            out.entry(v).or_default().push(r);
        }
    }
    out
}

/// The text of a value, whatever its JSON type (phone extensions are
/// numbers in HSDS, text in CSV).
fn plain(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `"+44 1234"` (quotes included, as in the official example) -> `+44 1234`.
pub(crate) fn unquote(number: &str) -> &str {
    let t = number.trim();
    if t.len() >= 2 && t.starts_with('"') && t.ends_with('"') {
        t[1..t.len() - 1].trim()
    } else {
        number
    }
}

/// ISO 639 code as Integra keeps it: lower case, primary subtag only.
fn language_code(code: &str) -> String {
    code.trim()
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

impl<'a> Mapper<'a> {
    fn warn(&mut self, text: impl Into<String>) {
        self.warnings.push(text.into());
    }

    fn ext_row(&self, table: &'static str, hsds_id: &str) -> Option<&'a Row> {
        self.ext.get(&(table, hsds_id)).copied()
    }

    fn integra_id(&self, table: &'static str, hsds_id: &str) -> Result<String, HsdsError> {
        Ok(match self.ext_row(table, hsds_id) {
            Some(x) => x.text("integra_id")?.unwrap_or_else(|| hsds_id.to_string()),
            None => hsds_id.to_string(),
        })
    }

    fn translations_of(&mut self, record_type: &str, id: &str) -> Translations {
        self.translations
            .remove(&(record_type.to_string(), id.to_string()))
            .unwrap_or_default()
    }

    fn updated_at(&self, r: &Row, value: Option<String>, field: &str) -> Result<String, HsdsError> {
        value
            .or_else(|| self.opts.default_updated_at.clone())
            .ok_or_else(|| {
                r.error(
                field,
                "is missing: the record has no date of last change (HSDS gives one to services, \
                 as last_modified, and none to organizations); choose the date to record for \
                 undated records (--default-updated-at)",
            )
            })
    }

    // ------------------------------------------------------------ terms

    fn read_terms(&mut self) -> Result<(), HsdsError> {
        let t = self.t;
        let taxonomy_names: HashMap<&str, &str> = t
            .rows("taxonomy")
            .iter()
            .filter_map(|r| {
                Some((
                    r.values.get("id")?.as_str()?,
                    r.values.get("name")?.as_str()?,
                ))
            })
            .collect();
        let mut terms: HashMap<&str, Result<TermRef, String>> = HashMap::new();
        for r in t.rows("taxonomy_term") {
            let id = r.required("id")?;
            let taxonomy_ref = r.str("taxonomy_id")?;
            let name = r
                .str("taxonomy")?
                .or_else(|| taxonomy_ref.and_then(|i| taxonomy_names.get(i).copied()));
            let vocabulary = VOCABULARIES.iter().map(|(v, _)| *v).find(|v| {
                name.and_then(|n| n.strip_prefix(TAXONOMY_PREFIX)) == Some(*v)
                    || taxonomy_ref == Some(taxonomy_id(v).as_str())
            });
            let term = match vocabulary {
                Some(taxonomy) => {
                    let code = r.str("code")?.ok_or_else(|| {
                        r.error(
                            "code",
                            "is required for terms of Integra's vocabularies (the term id)",
                        )
                    })?;
                    Ok(TermRef {
                        taxonomy,
                        code: code.to_string(),
                    })
                }
                None => Err(name.unwrap_or("(unnamed taxonomy)").to_string()),
            };
            terms.insert(id, term);
        }
        let mut foreign: BTreeMap<String, usize> = BTreeMap::new();
        for r in t.rows("attribute") {
            let Some(term_id) = r.str("taxonomy_term_id")? else {
                *foreign.entry("(no taxonomy term)".into()).or_default() += 1;
                continue;
            };
            let Some(link_id) = r.str("link_id")? else {
                *foreign.entry("(no link_id)".into()).or_default() += 1;
                continue;
            };
            match terms.get(term_id) {
                Some(Ok(term)) => self.links.entry(link_id).or_default().push(Link {
                    entity: r.str("link_entity")?,
                    term: term.clone(),
                    row: r,
                }),
                Some(Err(taxonomy)) => *foreign.entry(taxonomy.clone()).or_default() += 1,
                None => *foreign.entry("(term not in the data)".into()).or_default() += 1,
            }
        }
        for (taxonomy, n) in foreign {
            self.warn(format!(
                "{n} attribute(s) of taxonomy {taxonomy:?} are not Integra terms; ignored"
            ));
        }
        Ok(())
    }

    /// The Integra terms of `taxonomy` linked to a record, in order.
    fn terms(&mut self, link_id: &str, entity: &str, taxonomy: &str) -> Vec<(String, &'a Row)> {
        let Some(links) = self.links.get(link_id) else {
            return Vec::new();
        };
        links
            .iter()
            .filter(|l| l.term.taxonomy == taxonomy && l.entity.is_none_or(|e| e == entity))
            .map(|l| (l.term.code.clone(), l.row))
            .collect()
    }

    // ------------------------------------------------------------ extension

    fn read_extension(&mut self) -> Result<(), HsdsError> {
        let t = self.t;
        for (table, key) in [
            ("x_integra_organizations", "organization_id"),
            ("x_integra_services", "service_id"),
            ("x_integra_locations", "location_id"),
            ("x_integra_phones", "phone_id"),
        ] {
            for r in t.rows(table) {
                let k = r.required(key)?;
                self.ext.insert((table, k), r);
            }
        }
        for r in t.rows("x_integra_translations") {
            let record_type = r.required("record_type")?.to_string();
            let record_id = r.required("record_id")?.to_string();
            let field = r.required("field")?.to_string();
            let code = r.required("language")?;
            let lang = Lang::from_code(code)
                .filter(|l| *l != Lang::It)
                .ok_or_else(|| {
                    r.error(
                        "language",
                        format!("{code:?} is not one of Integra's translation languages"),
                    )
                })?;
            let text = r.text("text")?.unwrap_or_default();
            let by_lang = self
                .translations
                .entry((record_type, record_id))
                .or_default()
                .entry(field)
                .or_default();
            if by_lang.insert(lang, text).is_some() {
                return Err(r.error("language", format!("a second translation into {lang}")));
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ locations

    fn address(&mut self, rows: &[&'a Row]) -> Result<Option<Address>, HsdsError> {
        let Some(a) = rows
            .iter()
            .find(|r| r.str("address_type").ok().flatten() != Some("postal"))
            .or(rows.first())
        else {
            return Ok(None);
        };
        if rows.len() > 1 {
            let at = a.origin.to_string();
            self.warn(format!(
                "{at}: location {:?} has {} addresses; only this one is kept",
                a.str("location_id")?.unwrap_or_default(),
                rows.len()
            ));
        }
        let mut address_1 = a.text("address_1")?.unwrap_or_default();
        if let Some(extra) = a.str("address_2")? {
            if !address_1.is_empty() {
                address_1.push_str(", ");
            }
            address_1.push_str(extra);
        }
        Ok(Some(Address {
            address_1,
            city: a.text("city")?.unwrap_or_default(),
            postal_code: a.text("postal_code")?,
            state_province: a.text("state_province")?,
            country: a.text("country")?.unwrap_or_default(),
        }))
    }

    /// A location, or None (with a warning) when it cannot be placed and
    /// the Italy bounds are off.
    fn location(
        &mut self,
        r: &'a Row,
        addresses: &[&'a Row],
    ) -> Result<Option<Location>, HsdsError> {
        let hid = r.required("id")?;
        if r.str("location_type")? == Some("virtual") {
            self.warn(format!(
                "{}: location {hid:?} is virtual: Integra keeps only places on the map; left out",
                r.origin
            ));
            return Ok(None);
        }
        let (lat, lon) = (r.f64("latitude")?, r.f64("longitude")?);
        let problem = match (lat, lon) {
            (None, _) => Some((
                "latitude",
                "is missing: Integra needs a point for every location".to_string(),
            )),
            (_, None) => Some((
                "longitude",
                "is missing: Integra needs a point for every location".to_string(),
            )),
            (Some(la), Some(lo)) if !valid_coordinates(la, lo) => {
                let field = if la.is_finite() && (-90.0..=90.0).contains(&la) {
                    "longitude"
                } else {
                    "latitude"
                };
                Some((
                    field,
                    format!(
                        "({la}, {lo}) is not a WGS84 point (latitude -90..90, longitude -180..180)"
                    ),
                ))
            }
            _ => None,
        };
        if let Some((field, reason)) = problem {
            if !self.lenient {
                return Err(r.error(field, reason));
            }
            self.warn(format!(
                "{}: location {hid:?}: {field} {reason}; left out (Italy bounds off)",
                r.origin
            ));
            return Ok(None);
        }
        let ext = self.ext_row("x_integra_locations", hid);
        let precision = match ext.map(|x| x.text("precision")).transpose()?.flatten() {
            None => crate::Precision::Address,
            Some(p) => crate::Precision::parse(&p).ok_or_else(|| {
                ext.expect("read from it").error(
                    "precision",
                    format!("{p:?} is not address, postcode or comune"),
                )
            })?,
        };
        Ok(Some(Location {
            precision,
            id: self.integra_id("x_integra_locations", hid)?,
            name: r.text("name")?,
            latitude: lat.unwrap_or_default(),
            longitude: lon.unwrap_or_default(),
            comune_istat: match ext {
                Some(x) => x.text("comune_istat")?,
                None => None,
            },
            address: self.address(addresses)?,
        }))
    }

    fn read_locations(&mut self) -> Result<(), HsdsError> {
        let t = self.t;
        let addresses = rows_by(t.rows("address"), "location_id");
        for r in t.rows("location") {
            let hid = r.required("id")?;
            let l = self.location(r, addresses.get(hid).map_or(&[], Vec::as_slice))?;
            self.locations.insert(hid, l);
        }
        Ok(())
    }

    fn location_ref(&self, r: &Row, field: &str, hid: &str) -> Result<Option<Location>, HsdsError> {
        match self.locations.get(hid) {
            Some(l) => Ok(l.clone()),
            None => Err(r.error(field, format!("no location with id {hid:?}"))),
        }
    }

    // ------------------------------------------------------------ details

    fn phone(&mut self, r: &Row) -> Result<Phone, HsdsError> {
        let hid = r.required("id")?;
        let number = unquote(r.required("number")?).to_string();
        let mut description = Vec::new();
        if let Some(kind) = r.str("type")?
            && !matches!(kind.to_ascii_lowercase().as_str(), "voice" | "cell")
        {
            description.push(kind.to_string());
        }
        if let Some(ext) = plain(r.values.get("extension")) {
            description.push(format!("interno {ext}"));
        }
        if let Some(d) = r.str("description")? {
            description.push(d.to_string());
        }
        Ok(Phone {
            id: self.integra_id("x_integra_phones", hid)?,
            number,
            description: (!description.is_empty()).then(|| description.join(" — ")),
        })
    }

    fn document(&mut self, r: &'a Row) -> Result<Option<String>, HsdsError> {
        let hid = r.required("id")?;
        if let Some((code, _)) = self
            .terms(hid, "required_document", "document")
            .into_iter()
            .next()
        {
            return Ok(Some(code));
        }
        let text = r.str("document")?.unwrap_or_default().trim();
        let tax = Taxonomy::bundled();
        let folded = text.to_lowercase();
        if let Some(term) = tax
            .terms("document")
            .iter()
            .find(|t| t.id == text || t.names.values().any(|n| n.to_lowercase() == folded))
        {
            return Ok(Some(term.id.clone()));
        }
        match &self.opts.default_document {
            Some(d) => {
                self.warn(format!(
                    "{}: the required document {:?} is not one Integra knows; recorded as {d:?}, as asked (--default-document)",
                    r.origin,
                    clip(text)
                ));
                Ok(Some(d.clone()))
            }
            None => Err(r.error(
                "document",
                format!(
                    "{:?} is not a document Integra knows (such as an identity card or a residence \
                     permit): link it to an integra:document term, or choose the document to \
                     record in its place (--default-document)",
                    clip(text)
                ),
            )),
        }
    }

    fn service_area(&mut self, r: &Row) -> Result<Option<String>, HsdsError> {
        let from_uri = r
            .str("uri")?
            .and_then(|u| u.strip_prefix("urn:istat:"))
            .filter(|c| Territory::from_code(c).is_some());
        let from_name = r
            .str("name")?
            .map(str::trim)
            .filter(|c| Territory::from_code(c).is_some());
        match from_uri.or(from_name) {
            Some(code) => Ok(Some(code.to_string())),
            None => {
                self.warn(format!(
                    "{}: service area {:?} names no ISTAT territory (uri urn:istat:<code>); left out",
                    r.origin,
                    clip(r.str("name")?.unwrap_or_default())
                ));
                Ok(None)
            }
        }
    }

    fn opening_hours(
        &mut self,
        service: &Row,
        schedules: &[&'a Row],
    ) -> Result<Option<String>, HsdsError> {
        if schedules.is_empty() {
            return Ok(None);
        }
        for s in schedules {
            if let Some(d) = s.str("description")? {
                let osm = *self.osm.entry(d).or_insert_with(|| {
                    d.chars().count() <= MAX_SHORT_TEXT && Hours::parse(d).is_ok()
                });
                if osm {
                    return Ok(Some(d.to_string()));
                }
            }
        }
        if let Some(oh) = weekly_hours(schedules)? {
            return Ok(Some(oh));
        }
        self.warn(format!(
            "{}: the schedules of service {:?} are neither OpenStreetMap opening_hours nor simple \
             weekly hours; no opening hours kept",
            service.origin,
            service.str("id")?.unwrap_or_default()
        ));
        Ok(None)
    }
}

fn clip(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(60).collect();
        t.push('…');
        t
    }
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

/// `HH:MM` or `HH:MM:SS` (local time, no zone) -> `HH:MM`.
fn clock(t: &str) -> Option<String> {
    let parts: Vec<&str> = t.trim().split(':').collect();
    let ok = |p: &str, max: u32| p.len() == 2 && p.parse::<u32>().is_ok_and(|n| n <= max);
    match parts.as_slice() {
        [h, m] | [h, m, "00"] if ok(h, 24) && ok(m, 59) => Some(format!("{h}:{m}")),
        _ => None,
    }
}

/// Whether a service's HSDS cost options make it free of charge: at least
/// one option costs 0 and none costs more (an option without an amount
/// says nothing). No options: not known to be free.
pub(crate) fn free_of_charge(options: &[&Row]) -> Result<bool, HsdsError> {
    let mut free = false;
    for o in options {
        match o.f64("amount")? {
            Some(a) if a > 0.0 => return Ok(false),
            Some(0.0) => free = true,
            Some(_) => return Err(o.error("amount", "is negative; a cost cannot be")),
            None => {}
        }
    }
    Ok(free)
}

/// HSDS weekly schedules (`freq` WEEKLY, `byday`, `opens_at`, `closes_at`
/// and nothing narrowing them) as an OpenStreetMap opening_hours string;
/// None when any schedule is more than that.
pub(crate) fn weekly_hours(schedules: &[&Row]) -> Result<Option<String>, HsdsError> {
    let mut days: [Vec<(String, String)>; 7] = Default::default();
    for s in schedules {
        let narrowing = [
            "valid_from",
            "valid_to",
            "until",
            "count",
            "byweekno",
            "bymonthday",
            "byyearday",
            "timezone",
        ];
        let mut narrowed = false;
        for f in narrowing {
            narrowed |= s.values.get(f).is_some_and(|v| !v.is_null() && v != "");
        }
        let interval_one = match s.f64("interval") {
            Ok(None) => true,
            Ok(Some(i)) => i == 1.0,
            Err(_) => false,
        };
        let freq = s.str("freq")?.map(str::to_ascii_uppercase);
        let (Some(byday), Some(opens), Some(closes)) =
            (s.str("byday")?, s.str("opens_at")?, s.str("closes_at")?)
        else {
            return Ok(None);
        };
        if narrowed || !interval_one || freq.as_deref() != Some("WEEKLY") {
            return Ok(None);
        }
        let (Some(opens), Some(closes)) = (clock(opens), clock(closes)) else {
            return Ok(None);
        };
        for d in byday.split(',') {
            let d = d.trim().to_ascii_uppercase();
            let Some(i) = WEEKDAYS.iter().position(|(ical, _)| *ical == d) else {
                return Ok(None);
            };
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
        return Ok(None);
    }
    let rules: Vec<String> = groups
        .iter()
        .map(|(ds, hours)| {
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
            format!("{} {hours}", parts.join(","))
        })
        .collect();
    let oh = rules.join("; ");
    Ok(Hours::parse(&oh).is_ok().then_some(oh))
}

/// How the HSDS records refer to each other, resolved once.
struct Graph<'a> {
    /// Organization HSDS id -> Integra id.
    org_ids: HashMap<&'a str, String>,
    sal_by_service: HashMap<&'a str, Vec<&'a Row>>,
    /// Locations some service is delivered at.
    used_locations: HashSet<&'a str>,
    service_phones: HashMap<&'a str, Vec<Phone>>,
    org_phones: HashMap<&'a str, Vec<Phone>>,
    languages: HashMap<&'a str, Vec<&'a Row>>,
    documents: HashMap<&'a str, Vec<&'a Row>>,
    areas: HashMap<&'a str, Vec<&'a Row>>,
    schedules: HashMap<&'a str, Vec<&'a Row>>,
    cost_options: HashMap<&'a str, Vec<&'a Row>>,
}

fn of<'r, 'a>(map: &'r HashMap<&'a str, Vec<&'a Row>>, id: &str) -> &'r [&'a Row] {
    map.get(id).map_or(&[], Vec::as_slice)
}

impl<'a> Mapper<'a> {
    fn graph(&mut self) -> Result<Graph<'a>, HsdsError> {
        let t = self.t;
        let mut org_ids = HashMap::new();
        for r in t.rows("organization") {
            let hid = r.required("id")?;
            org_ids.insert(hid, self.integra_id("x_integra_organizations", hid)?);
        }
        let service_ids: HashSet<&str> = t.rows("service").iter().filter_map(Row::key).collect();

        let mut sal_by_service: HashMap<&str, Vec<&Row>> = HashMap::new();
        let mut sal_service: HashMap<&str, &str> = HashMap::new();
        let mut used_locations = HashSet::new();
        for r in t.rows("service_at_location") {
            let sid = r.required("service_id")?;
            let lid = r.required("location_id")?;
            if !service_ids.contains(sid) {
                return Err(r.error("service_id", format!("no service with id {sid:?}")));
            }
            if !self.locations.contains_key(lid) {
                return Err(r.error("location_id", format!("no location with id {lid:?}")));
            }
            sal_by_service.entry(sid).or_default().push(r);
            sal_service.insert(r.required("id")?, sid);
            used_locations.insert(lid);
        }

        // Phones go to their service, else the service of their
        // service_at_location, else their organization.
        let mut service_phones: HashMap<&str, Vec<Phone>> = HashMap::new();
        let mut org_phones: HashMap<&str, Vec<Phone>> = HashMap::new();
        for r in t.rows("phone") {
            let sid = match (r.str("service_id")?, r.str("service_at_location_id")?) {
                (Some(s), _) => Some(s),
                (None, Some(sal)) => Some(*sal_service.get(sal).ok_or_else(|| {
                    r.error(
                        "service_at_location_id",
                        format!("no service_at_location with id {sal:?}"),
                    )
                })?),
                (None, None) => None,
            };
            if let Some(sid) = sid {
                if !service_ids.contains(sid) {
                    return Err(r.error("service_id", format!("no service with id {sid:?}")));
                }
                let p = self.phone(r)?;
                service_phones.entry(sid).or_default().push(p);
            } else if let Some(oid) = r.str("organization_id")? {
                if !org_ids.contains_key(oid) {
                    return Err(r.error(
                        "organization_id",
                        format!("no organization with id {oid:?}"),
                    ));
                }
                let p = self.phone(r)?;
                org_phones.entry(oid).or_default().push(p);
            } else {
                self.warn(format!(
                    "{}: phone {:?} belongs to no service or organization; left out",
                    r.origin,
                    r.key().unwrap_or_default()
                ));
            }
        }

        Ok(Graph {
            languages: self.by_service("language", &sal_service),
            documents: self.by_service("required_document", &sal_service),
            areas: self.by_service("service_area", &sal_service),
            schedules: self.by_service("schedule", &sal_service),
            cost_options: self.by_service("cost_option", &sal_service),
            org_ids,
            sal_by_service,
            used_locations,
            service_phones,
            org_phones,
        })
    }

    /// Rows of `table` by the service they belong to (directly or through
    /// a service_at_location).
    fn by_service(
        &mut self,
        table: &str,
        sal_service: &HashMap<&str, &'a str>,
    ) -> HashMap<&'a str, Vec<&'a Row>> {
        let mut out: HashMap<&str, Vec<&Row>> = HashMap::new();
        let mut orphans = 0;
        for r in self.t.rows(table) {
            let sid = r
                .values
                .get("service_id")
                .and_then(Value::as_str)
                .or_else(|| {
                    let sal = r.values.get("service_at_location_id")?.as_str()?;
                    sal_service.get(sal).copied()
                });
            match sid {
                Some(s) => out.entry(s).or_default().push(r),
                None => orphans += 1,
            }
        }
        if orphans > 0 {
            self.warn(format!(
                "{orphans} row(s) of {table} belong to no service (Integra keeps them per \
                 service only); ignored"
            ));
        }
        out
    }

    fn service(&mut self, g: &mut Graph<'a>, r: &'a Row) -> Result<Service, HsdsError> {
        let hid = r.required("id")?;
        let id = self.integra_id("x_integra_services", hid)?;
        let name = r.required("name")?.to_string();
        let status_text = r.required("status")?;
        let status = ServiceStatus::parse(&status_text.trim().to_lowercase()).ok_or_else(|| {
            r.error(
                "status",
                format!(
                    "{status_text:?} is not an HSDS status \
                     (active, inactive, defunct, temporarily closed)"
                ),
            )
        })?;
        let org = r.required("organization_id")?;
        let organization_id = g.org_ids.get(org).cloned().ok_or_else(|| {
            r.error(
                "organization_id",
                format!("no organization with id {org:?}"),
            )
        })?;
        let area = match self.terms(hid, "service", "area").as_slice() {
            [] => self.opts.default_area.clone().ok_or_else(|| {
                r.error(
                    "area",
                    "the service names none of Integra's seven areas (no attribute links it to \
                     an integra:area term): link it to one, or choose the area of the services \
                     of this file that name none (--default-area)",
                )
            })?,
            [(a, _)] => a.clone(),
            [_, (_, second), ..] => {
                return Err(second.error(
                    "taxonomy_term_id",
                    format!("a second integra:area term for service {hid:?}"),
                ));
            }
        };
        let mut target_groups = Vec::new();
        for (group, _) in self.terms(hid, "service", "target_group") {
            if !target_groups.contains(&group) {
                target_groups.push(group);
            }
        }
        let (free, sample) = match self.ext_row("x_integra_services", hid) {
            Some(x) => (x.bool("free")?, x.bool("sample")?.unwrap_or(false)),
            None => (None, false),
        };
        // Integra's own flag, else what the publisher's cost options say.
        let free = match free {
            Some(free) => free,
            None => free_of_charge(of(&g.cost_options, hid))?,
        };
        let protection_project = match self.ext_row("x_integra_services", hid) {
            Some(x) => match x.text("protection_referral")? {
                Some(referral) => Some(ProtectionProject {
                    who_may_apply: x.list("protection_who_may_apply")?,
                    referral,
                    places: match x.int("protection_places")? {
                        Some(n) => Some(u32::try_from(n).map_err(|_| {
                            x.error("protection_places", format!("{n} is out of range"))
                        })?),
                        None => None,
                    },
                }),
                None => None,
            },
            None => None,
        };
        let mut locations: Vec<Location> = Vec::new();
        for sal in of(&g.sal_by_service, hid) {
            let lid = sal.required("location_id")?;
            if let Some(l) = self.location_ref(sal, "location_id", lid)?
                && !locations.iter().any(|x| x.id == l.id)
            {
                locations.push(l);
            }
        }
        let mut languages = Vec::new();
        for l in of(&g.languages, hid) {
            match l.str("code")? {
                Some(code) => {
                    let code = language_code(code);
                    if !languages.contains(&code) {
                        languages.push(code);
                    }
                }
                None => self.warn(format!("{}: language without a code; left out", l.origin)),
            }
        }
        let mut required_documents = Vec::new();
        for d in of(&g.documents, hid) {
            if let Some(doc) = self.document(d)?
                && !required_documents.contains(&doc)
            {
                required_documents.push(doc);
            }
        }
        let mut service_areas = Vec::new();
        for a in of(&g.areas, hid) {
            if let Some(code) = self.service_area(a)?
                && !service_areas.contains(&code)
            {
                service_areas.push(code);
            }
        }
        let opening_hours = self.opening_hours(r, of(&g.schedules, hid))?;
        // A date-time is cut to its date.
        let assured_date = r.text("assured_date")?.map(|d| match d.split_once('T') {
            Some((date, _)) => date.to_string(),
            None => d,
        });
        let updated_at = self.updated_at(r, r.text("last_modified")?, "last_modified")?;
        let (source, kind) = match self.ext_row("x_integra_services", hid) {
            Some(x) => (
                x.text("source")?,
                match x.text("kind")? {
                    Some(k) => Some(ServiceKind::parse(&k).ok_or_else(|| {
                        x.error("kind", format!("{:?} is not a known kind of service", k))
                    })?),
                    None => None,
                },
            ),
            None => (None, None),
        };
        self.origins
            .insert(("service", id.clone()), r.origin.clone());
        Ok(Service {
            source,
            kind,
            translations: self.translations_of("service", hid),
            id,
            organization_id,
            name,
            alternate_name: r.text("alternate_name")?,
            description: r.text("description")?.unwrap_or_default(),
            url: r.text("url")?,
            email: r.text("email")?,
            status,
            eligibility_description: r.text("eligibility_description")?,
            fees_description: r.text("fees_description")?,
            application_process: r.text("application_process")?,
            assured_date,
            area,
            target_groups,
            free,
            opening_hours,
            languages,
            required_documents,
            other_documents: Vec::new(),
            phones: g.service_phones.remove(hid).unwrap_or_default(),
            locations,
            service_areas,
            sample,
            updated_at,
            protection_project,
        })
    }

    /// Each organization's own locations: those with its `organization_id`
    /// that no service is delivered at (as the store reads them back).
    fn own_locations(
        &mut self,
        g: &Graph<'a>,
    ) -> Result<HashMap<&'a str, Vec<Location>>, HsdsError> {
        let t = self.t;
        // Learning resources' locations are theirs, not an organization's.
        let resource_locations: HashSet<&str> = t
            .rows("x_integra_learning_resources")
            .iter()
            .filter_map(|r| r.values.get("location_id").and_then(Value::as_str))
            .collect();
        let mut own: HashMap<&str, Vec<Location>> = HashMap::new();
        for r in t.rows("location") {
            let lid = r.required("id")?;
            if g.used_locations.contains(lid) {
                continue;
            }
            match r.str("organization_id")? {
                Some(oid) if g.org_ids.contains_key(oid) => {
                    if let Some(l) = self.locations.get(lid).cloned().flatten() {
                        own.entry(oid).or_default().push(l);
                    }
                }
                _ if resource_locations.contains(lid) => {}
                _ => self.warn(format!(
                    "{}: location {lid:?} is used by no service, organization or learning \
                     resource; ignored",
                    r.origin
                )),
            }
        }
        Ok(own)
    }

    fn organization(
        &mut self,
        g: &mut Graph<'a>,
        own_locations: &mut HashMap<&'a str, Vec<Location>>,
        r: &'a Row,
    ) -> Result<Organization, HsdsError> {
        let hid = r.required("id")?;
        let id = g.org_ids[hid].clone();
        let name = r.required("name")?.to_string();
        let ext = self.ext_row("x_integra_organizations", hid);
        let communities = self.terms(hid, "organization", "community");
        if let [_, (_, second), ..] = communities.as_slice() {
            return Err(second.error(
                "taxonomy_term_id",
                format!("a second integra:community term for organization {hid:?}"),
            ));
        }
        let activities: Vec<String> = self
            .terms(hid, "organization", "activity")
            .into_iter()
            .map(|(a, _)| a)
            .collect();
        let flagged = match ext {
            Some(x) => x.bool("association")?.unwrap_or(false),
            None => false,
        };
        let association = if flagged || !communities.is_empty() || !activities.is_empty() {
            Some(AssociationProfile {
                community: communities.into_iter().next().map(|(c, _)| c),
                nationalities: match ext {
                    Some(x) => x.list("nationalities")?,
                    None => Vec::new(),
                },
                activities,
                region_code: match ext {
                    Some(x) => x.text("region_code")?,
                    None => None,
                },
                second_generation: match ext {
                    Some(x) => x.bool("second_generation")?.unwrap_or(false),
                    None => false,
                },
                themes: match ext {
                    Some(x) => x.list("themes")?,
                    None => Vec::new(),
                },
            })
        } else {
            None
        };
        let (sample, updated_at, source) = match ext {
            Some(x) => (
                x.bool("sample")?.unwrap_or(false),
                x.text("updated_at")?,
                x.text("source")?,
            ),
            None => (false, None, None),
        };
        let updated_at = self.updated_at(ext.unwrap_or(r), updated_at, "updated_at")?;
        self.origins
            .insert(("organization", id.clone()), r.origin.clone());
        Ok(Organization {
            source,
            translations: self.translations_of("organization", hid),
            id,
            name,
            description: r.text("description")?,
            email: r.text("email")?,
            website: r.text("website")?,
            phones: g.org_phones.remove(hid).unwrap_or_default(),
            locations: own_locations.remove(hid).unwrap_or_default(),
            association,
            sample,
            updated_at,
        })
    }

    fn learning_resource(&mut self, r: &Row) -> Result<LearningResource, HsdsError> {
        let id = r.required("id")?.to_string();
        let location = match r.str("location_id")? {
            Some(lid) => self.location_ref(r, "location_id", lid)?,
            None => None,
        };
        self.origins
            .insert(("learning_resource", id.clone()), r.origin.clone());
        Ok(LearningResource {
            source: r.text("source")?,
            translations: self.translations_of("learning_resource", &id),
            kind: r.required("kind")?.to_string(),
            title: r.required("title")?.to_string(),
            description: r.text("description")?.unwrap_or_default(),
            levels: r.list("levels")?,
            instruction_languages: r.list("instruction_languages")?,
            free: r.bool("free")?.unwrap_or(false),
            works_offline: r.bool("works_offline")?.unwrap_or(false),
            url: r.text("url")?,
            organization_id: r.text("organization_id")?,
            location,
            opening_hours: r.text("opening_hours")?,
            sample: r.bool("sample")?.unwrap_or(false),
            updated_at: self.updated_at(r, r.text("updated_at")?, "updated_at")?,
            id,
        })
    }

    fn report(&mut self, r: &Row) -> Result<ReportSummary, HsdsError> {
        let id = r.required("id")?.to_string();
        let year = r
            .int("year")?
            .ok_or_else(|| r.error("year", "is required and missing"))?;
        let year =
            i32::try_from(year).map_err(|_| r.error("year", format!("{year} is out of range")))?;
        self.origins
            .insert(("report_summary", id.clone()), r.origin.clone());
        Ok(ReportSummary {
            translations: self.translations_of("report_summary", &id),
            topic: r.required("topic")?.to_string(),
            community: r.text("community")?,
            year,
            title: r.required("title")?.to_string(),
            summary: r.text("summary")?.unwrap_or_default(),
            sections: r.list("sections")?,
            sample: r.bool("sample")?.unwrap_or(false),
            updated_at: self.updated_at(r, r.text("updated_at")?, "updated_at")?,
            id,
        })
    }

    fn news_item(&mut self, r: &Row) -> Result<NewsItem, HsdsError> {
        let id = r.required("id")?.to_string();
        self.origins
            .insert(("news_item", id.clone()), r.origin.clone());
        Ok(NewsItem {
            translations: self.translations_of("news_item", &id),
            date: r.required("date")?.to_string(),
            title: r.required("title")?.to_string(),
            body: r.text("body")?.unwrap_or_default(),
            sample: r.bool("sample")?.unwrap_or(false),
            updated_at: self.updated_at(r, r.text("updated_at")?, "updated_at")?,
            id,
        })
    }
}

impl Mapper<'_> {
    fn cultural_experience(&mut self, r: &Row) -> Result<CulturalExperience, HsdsError> {
        let id = r.required("id")?.to_string();
        let coordinate = |field: &str| -> Result<f64, HsdsError> {
            r.f64(field)?
                .ok_or_else(|| r.error(field, "is required and missing"))
        };
        self.origins
            .insert(("cultural_experience", id.clone()), r.origin.clone());
        Ok(CulturalExperience {
            translations: self.translations_of("cultural_experience", &id),
            section: r.required("section")?.to_string(),
            name: r.required("name")?.to_string(),
            description: r.text("description")?.unwrap_or_default(),
            kind_of_work: r.required("kind_of_work")?.to_string(),
            comune_istat: r.required("comune_istat")?.to_string(),
            latitude: coordinate("latitude")?,
            longitude: coordinate("longitude")?,
            address: r.text("address")?,
            languages: r.list("languages")?,
            website: r.text("website")?,
            email: r.text("email")?,
            phone: r.text("phone")?,
            sample: r.bool("sample")?.unwrap_or(false),
            updated_at: self.updated_at(r, r.text("updated_at")?, "updated_at")?,
            id,
        })
    }
}

pub(crate) fn to_catalog(t: &Tables, opts: &ImportOptions) -> Result<Imported, HsdsError> {
    let mut m = Mapper {
        t,
        opts,
        lenient: !opts.validation.italy_bounds,
        warnings: Vec::new(),
        links: HashMap::new(),
        ext: HashMap::new(),
        translations: HashMap::new(),
        locations: HashMap::new(),
        origins: HashMap::new(),
        osm: HashMap::new(),
    };
    // Every HSDS record has an id (HSDS requires it): check them first so
    // that a record without one is named before anything refers to it.
    for def in super::tables::HSDS_TABLES {
        for r in t.rows(def.name) {
            r.required("id")?;
        }
    }
    m.read_terms()?;
    m.read_extension()?;
    m.read_locations()?;
    let mut g = m.graph()?;

    let mut data = CatalogData::default();
    for r in t.rows("service") {
        let s = m.service(&mut g, r)?;
        data.services.push(s);
    }
    let mut own_locations = m.own_locations(&g)?;
    for r in t.rows("organization") {
        let o = m.organization(&mut g, &mut own_locations, r)?;
        data.organizations.push(o);
    }
    data.organizations.sort_by(|a, b| a.id.cmp(&b.id));
    for r in t.rows("x_integra_learning_resources") {
        let l = m.learning_resource(r)?;
        data.learning_resources.push(l);
    }
    for r in t.rows("x_integra_reports") {
        let s = m.report(r)?;
        data.reports.push(s);
    }
    for r in t.rows("x_integra_news") {
        let n = m.news_item(r)?;
        data.news.push(n);
    }
    for r in t.rows("x_integra_cultural_experiences") {
        let c = m.cultural_experience(r)?;
        data.cultural_experiences.push(c);
    }

    if !m.translations.is_empty() {
        let mut left: Vec<String> = m
            .translations
            .keys()
            .map(|(ty, id)| format!("{ty} {id:?}"))
            .collect();
        left.sort();
        m.warn(format!(
            "translations of records not in the data ({}); ignored",
            left.join(", ")
        ));
    }
    validate(&data, opts.validation).map_err(|source| {
        let at = m
            .origins
            .get(&(source.entity, source.id.clone()))
            .map_or_else(|| "HSDS data".to_string(), ToString::to_string);
        HsdsError::Invalid { at, source }
    })?;
    Ok(Imported {
        data,
        warnings: m.warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hsds::tables::At;
    use std::sync::Arc;

    fn schedule(fields: &[(&str, &str)]) -> Row {
        let mut r = Row::new(
            "schedule",
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
            weekly_hours(&[&a, &b]).unwrap().as_deref(),
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
            weekly_hours(&[&c, &d]).unwrap().as_deref(),
            Some("Mo-We,Sa,Su 10:00-12:00")
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
        let second_monday = schedule(&[
            ("freq", "WEEKLY"),
            ("byday", "2MO"),
            ("opens_at", "09:00"),
            ("closes_at", "12:00"),
        ]);
        for s in [monthly, weeks, zoned, second_monday] {
            assert_eq!(weekly_hours(&[&s]).unwrap(), None, "{:?}", s.values);
        }
    }

    #[test]
    fn phone_numbers_lose_only_surrounding_quotes() {
        assert_eq!(unquote("\"+44 1234 234567\""), "+44 1234 234567");
        assert_eq!(unquote(" 0574 123456 "), " 0574 123456 ");
        assert_eq!(language_code("en-GB"), "en");
        assert_eq!(language_code(" UR "), "ur");
    }
}
