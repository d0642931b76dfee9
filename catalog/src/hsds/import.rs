//! HSDS tables (plus the Integra extension) -> `CatalogData`.
//!
//! The rules for HSDS data that does not fit Integra's model are listed in
//! `catalog/HSDS.md`; every record or value left out becomes a warning.
//! A row that cannot be imported is kept for the report (`report.rs`) and
//! mapping goes on past it, so that an editor sees every such row at once;
//! so is a service that names no area Integra has.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde_json::Value;

use super::details::{free_of_charge, weekly_hours};
use super::export::{VOCABULARIES, taxonomy_id};
use super::report::{ForeignTerm, Mapped, Remedy, ServiceNeedingArea};
use super::tables::{Origin, Read, Row, Tables};
use super::{HsdsError, ImportOptions, TAXONOMY_PREFIX};
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
use crate::validate::{MAX_SHORT_TEXT, validate_each};

/// A term of one of Integra's vocabularies.
#[derive(Debug, Clone)]
struct TermRef {
    taxonomy: &'static str,
    code: String,
}

/// A required document as Integra keeps it.
enum Document {
    /// An `integra:document` term id.
    Term(String),
    /// The publisher's words, no term matching them.
    Text(String),
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
    /// Rows that cannot be imported; mapping goes on past them so that an
    /// editor sees every one at once.
    bad: Vec<HsdsError>,
    /// Terms of other vocabularies, by the HSDS id of the record they are
    /// linked to.
    foreign: HashMap<&'a str, Vec<ForeignTerm>>,
    needs_area: Vec<ServiceNeedingArea>,
    /// HSDS location id -> the services delivered there, first first.
    location_users: HashMap<&'a str, Vec<&'a str>>,
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

/// A taxonomy term: its id, and the Integra term it is or the foreign term
/// it stays.
fn term<'a>(
    r: &'a Row,
    taxonomy_names: &HashMap<&str, &'a str>,
) -> Result<(&'a str, Result<TermRef, ForeignTerm>), HsdsError> {
    let id = r.required("id")?;
    let taxonomy_ref = r.str("taxonomy_id")?;
    let name = r
        .str("taxonomy")?
        .or_else(|| taxonomy_ref.and_then(|i| taxonomy_names.get(i).copied()));
    let vocabulary = VOCABULARIES.iter().map(|(v, _)| *v).find(|v| {
        name.and_then(|n| n.strip_prefix(TAXONOMY_PREFIX)) == Some(*v)
            || taxonomy_ref == Some(taxonomy_id(v).as_str())
    });
    let code = r.str("code")?;
    let term = match vocabulary {
        Some(taxonomy) => {
            let code = code.ok_or_else(|| {
                r.error(
                    "code",
                    "is missing: a term of Integra's vocabularies needs its code (the term id)",
                )
            })?;
            Ok(TermRef {
                taxonomy,
                code: code.to_string(),
            })
        }
        None => Err(ForeignTerm {
            taxonomy: name.map(str::to_string),
            code: code.map(str::to_string),
            name: r.str("name")?.or(code).unwrap_or(id).to_string(),
        }),
    };
    Ok((id, term))
}

impl<'a> Mapper<'a> {
    fn warn(&mut self, text: impl Into<String>) {
        self.warnings.push(text.into());
    }

    /// The value, or None with the problem kept for the report.
    fn keep<T>(&mut self, result: Result<T, HsdsError>) -> Option<T> {
        match result {
            Ok(v) => Some(v),
            Err(e) => {
                self.bad.push(e);
                None
            }
        }
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
                    "is missing: the record has no date of its last change (HSDS gives \
                     services one, last_modified, and organizations none); add it, or choose \
                     the date to record for the records of this file that have none",
                )
                .with_remedy(Remedy::ChooseUpdatedAt)
            })
    }

    // ------------------------------------------------------------ terms

    fn read_terms(&mut self) {
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
        let mut terms: HashMap<&str, Result<TermRef, ForeignTerm>> = HashMap::new();
        for r in t.rows("taxonomy_term") {
            if let Some((id, term)) = self.keep(term(r, &taxonomy_names)) {
                terms.insert(id, term);
            }
        }
        let mut foreign: BTreeMap<String, usize> = BTreeMap::new();
        for r in t.rows("attribute") {
            let link = r
                .str("taxonomy_term_id")
                .and_then(|term| Ok((term, r.str("link_id")?, r.str("link_entity")?)));
            let Some((term_id, link_id, entity)) = self.keep(link) else {
                continue;
            };
            let (Some(term_id), Some(link_id)) = (term_id, link_id) else {
                *foreign.entry("(linking to nothing)".into()).or_default() += 1;
                continue;
            };
            match terms.get(term_id) {
                Some(Ok(term)) => self.links.entry(link_id).or_default().push(Link {
                    entity,
                    term: term.clone(),
                    row: r,
                }),
                Some(Err(term)) => {
                    let name = term.taxonomy.as_deref().unwrap_or("(unnamed taxonomy)");
                    *foreign.entry(format!("{name:?}")).or_default() += 1;
                    self.foreign.entry(link_id).or_default().push(term.clone());
                }
                None => *foreign.entry("(term not in the data)".into()).or_default() += 1,
            }
        }
        for (taxonomy, n) in foreign {
            self.warn(format!(
                "{n} attribute(s) of taxonomy {taxonomy} are not Integra terms; ignored \
                 (Integra classifies by its own areas and target groups)"
            ));
        }
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

    fn read_extension(&mut self) {
        let t = self.t;
        for (table, key) in [
            ("x_integra_organizations", "organization_id"),
            ("x_integra_services", "service_id"),
            ("x_integra_locations", "location_id"),
            ("x_integra_phones", "phone_id"),
        ] {
            for r in t.rows(table) {
                if let Some(k) = self.keep(r.required(key)) {
                    self.ext.insert((table, k), r);
                }
            }
        }
        for r in t.rows("x_integra_translations") {
            let result = self.translation(r);
            self.keep(result);
        }
    }

    fn translation(&mut self, r: &Row) -> Result<(), HsdsError> {
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
                "is missing: Integra shows every place on the map; add the location's latitude \
                 and longitude"
                    .to_string(),
            )),
            (_, None) => Some((
                "longitude",
                "is missing: Integra shows every place on the map; add the location's latitude \
                 and longitude"
                    .to_string(),
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
                "{}: location {hid:?}: {field} {reason}; left out, as asked for data from \
                 outside Italy (a place without a point cannot be shown on the map)",
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

    fn read_locations(&mut self) {
        let t = self.t;
        let addresses = rows_by(t.rows("address"), "location_id");
        for r in t.rows("location") {
            let Some(hid) = self.keep(r.required("id")) else {
                continue;
            };
            let l = self.location(r, addresses.get(hid).map_or(&[], Vec::as_slice));
            // A bad location is reported once, not again by each service
            // delivered there.
            let l = self.keep(l).flatten();
            self.locations.insert(hid, l);
        }
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

    /// A required document: the Integra term it is linked to or names, else
    /// the publisher's own words; None (with a warning) when it says nothing.
    fn document(&mut self, r: &'a Row) -> Result<Option<Document>, HsdsError> {
        let hid = r.required("id")?;
        if let Some((code, _)) = self
            .terms(hid, "required_document", "document")
            .into_iter()
            .next()
        {
            return Ok(Some(Document::Term(code)));
        }
        let text = r.str("document")?.unwrap_or_default().trim();
        if text.is_empty() {
            self.warn(format!(
                "{}: required document {hid:?} names no document; left out",
                r.origin
            ));
            return Ok(None);
        }
        Ok(Some(match Taxonomy::bundled().named("document", text) {
            Some(term) => Document::Term(term.id.clone()),
            None => Document::Text(text.to_string()),
        }))
    }

    /// A service's opening hours from its schedules: its own, else those of
    /// its first place with hours that can be read (Integra keeps one set
    /// per service). Hours that cannot be read, or that differ from place
    /// to place, are a warning, never an error.
    fn opening_hours(&mut self, service: &Row, schedules: &[&'a Row]) -> Option<String> {
        // The service's own schedules first, then each place's, in order.
        let mut groups: Vec<(Option<&str>, Vec<&'a Row>)> = Vec::new();
        for s in schedules {
            let place = s
                .values
                .get("service_at_location_id")
                .and_then(Value::as_str);
            match groups.iter_mut().find(|(p, _)| *p == place) {
                Some((_, g)) => g.push(s),
                None => groups.push((place, vec![s])),
            }
        }
        groups.sort_by_key(|(place, _)| place.is_some());
        let hours: Vec<Option<String>> = groups.iter().map(|(_, g)| self.hours_of(g)).collect();
        let kept = hours.iter().flatten().next().cloned();
        let service_id = service.key().unwrap_or_default();
        if hours.iter().any(Option::is_none) {
            let outcome = match &kept {
                Some(k) => format!("the hours kept are {k:?}"),
                None => "no opening hours kept".to_string(),
            };
            self.warn(format!(
                "{}: schedules of service {service_id:?} are neither OpenStreetMap \
                 opening_hours nor simple weekly hours (WEEKLY, with days, opening and closing \
                 times and no dates); {outcome}: write them in OpenStreetMap syntax in the \
                 schedule's description, or add the hours in Integra",
                service.origin
            ));
        }
        if let Some(k) = &kept
            && hours.iter().flatten().any(|h| h != k)
        {
            self.warn(format!(
                "{}: service {service_id:?} has different hours at its places; Integra keeps \
                 one set per service: {k:?}",
                service.origin
            ));
        }
        kept
    }

    /// One set of schedules as OpenStreetMap opening_hours: the first
    /// description in that syntax, else the weekly rules.
    fn hours_of(&mut self, schedules: &[&'a Row]) -> Option<String> {
        for s in schedules {
            if let Ok(Some(d)) = s.str("description") {
                let osm = *self.osm.entry(d).or_insert_with(|| {
                    d.chars().count() <= MAX_SHORT_TEXT && Hours::parse(d).is_ok()
                });
                if osm {
                    return Some(d.to_string());
                }
            }
        }
        weekly_hours(schedules)
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
                    "{}: service area {:?} names no ISTAT territory; left out (to keep it, give its \
                     ISTAT code as uri urn:istat:<code>)",
                    r.origin,
                    clip(r.str("name")?.unwrap_or_default())
                ));
                Ok(None)
            }
        }
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

/// Whose a phone is (HSDS ids).
enum Owner<'a> {
    Service(&'a str),
    Organization(&'a str),
    Nobody,
}

fn of<'r, 'a>(map: &'r HashMap<&'a str, Vec<&'a Row>>, id: &str) -> &'r [&'a Row] {
    map.get(id).map_or(&[], Vec::as_slice)
}

impl<'a> Mapper<'a> {
    fn graph(&mut self) -> Graph<'a> {
        let t = self.t;
        let mut org_ids = HashMap::new();
        for r in t.rows("organization") {
            let id = r
                .required("id")
                .and_then(|hid| Ok((hid, self.integra_id("x_integra_organizations", hid)?)));
            if let Some((hid, id)) = self.keep(id) {
                org_ids.insert(hid, id);
            }
        }
        let service_ids: HashSet<&str> = t.rows("service").iter().filter_map(Row::key).collect();

        let mut sal_by_service: HashMap<&str, Vec<&Row>> = HashMap::new();
        let mut sal_service: HashMap<&str, &str> = HashMap::new();
        let mut used_locations = HashSet::new();
        for r in t.rows("service_at_location") {
            let link = self.service_at_location(r, &service_ids);
            let Some((id, sid, lid)) = self.keep(link) else {
                continue;
            };
            sal_by_service.entry(sid).or_default().push(r);
            sal_service.insert(id, sid);
            used_locations.insert(lid);
        }

        // Phones go to their service, else the service of their
        // service_at_location, else their organization.
        let mut service_phones: HashMap<&str, Vec<Phone>> = HashMap::new();
        let mut org_phones: HashMap<&str, Vec<Phone>> = HashMap::new();
        for r in t.rows("phone") {
            let owner = self.phone_owner(r, &service_ids, &sal_service, &org_ids);
            let owned = owner.and_then(|o| Ok((o, self.phone(r)?)));
            match self.keep(owned) {
                Some((Owner::Service(sid), p)) => service_phones.entry(sid).or_default().push(p),
                Some((Owner::Organization(oid), p)) => org_phones.entry(oid).or_default().push(p),
                Some((Owner::Nobody, _)) => self.warn(format!(
                    "{}: phone {:?} belongs to no service or organization; left out",
                    r.origin,
                    r.key().unwrap_or_default()
                )),
                None => {}
            }
        }

        Graph {
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
        }
    }

    /// A service_at_location's id, service and location, both known.
    fn service_at_location(
        &self,
        r: &'a Row,
        service_ids: &HashSet<&str>,
    ) -> Result<(&'a str, &'a str, &'a str), HsdsError> {
        let sid = r.required("service_id")?;
        let lid = r.required("location_id")?;
        if !service_ids.contains(sid) {
            return Err(r.error(
                "service_id",
                format!("no service with id {sid:?} in the data"),
            ));
        }
        if !self.locations.contains_key(lid) {
            return Err(r.error(
                "location_id",
                format!("no location with id {lid:?} in the data"),
            ));
        }
        Ok((r.required("id")?, sid, lid))
    }

    fn phone_owner(
        &self,
        r: &'a Row,
        service_ids: &HashSet<&str>,
        sal_service: &HashMap<&str, &'a str>,
        org_ids: &HashMap<&str, String>,
    ) -> Result<Owner<'a>, HsdsError> {
        let sid = match (r.str("service_id")?, r.str("service_at_location_id")?) {
            (Some(s), _) => Some(s),
            (None, Some(sal)) => Some(*sal_service.get(sal).ok_or_else(|| {
                r.error(
                    "service_at_location_id",
                    format!("no service_at_location with id {sal:?} in the data"),
                )
            })?),
            (None, None) => None,
        };
        if let Some(sid) = sid {
            if !service_ids.contains(sid) {
                return Err(r.error(
                    "service_id",
                    format!("no service with id {sid:?} in the data"),
                ));
            }
            return Ok(Owner::Service(sid));
        }
        match r.str("organization_id")? {
            Some(oid) if org_ids.contains_key(oid) => Ok(Owner::Organization(oid)),
            Some(oid) => Err(r.error(
                "organization_id",
                format!("no organization with id {oid:?} in the data"),
            )),
            None => Ok(Owner::Nobody),
        }
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

    /// A location as one service's: in Integra a place belongs to one
    /// record, so the first service delivered there keeps the publisher's
    /// location and each other one a copy, under an id derived from both
    /// (the same file always gives the same ids).
    fn place_of(
        &mut self,
        mut l: Location,
        lid: &'a str,
        hid: &'a str,
        service_id: &str,
    ) -> Location {
        let users = self.location_users.entry(lid).or_default();
        if !users.contains(&hid) {
            users.push(hid);
        }
        if users[0] != hid {
            l.id = super::derived_id(&["location", &l.id, service_id]);
        }
        l
    }

    /// A service's area: the one an editor chose for it, else the one its
    /// attributes name, else the one chosen for the file; None: it needs
    /// one.
    fn area(&mut self, hid: &str) -> Result<Option<String>, HsdsError> {
        if let Some(a) = self.opts.area_by_service.get(hid) {
            return Ok(Some(a.clone()));
        }
        match self.terms(hid, "service", "area").as_slice() {
            [] => Ok(self.opts.default_area.clone()),
            [(a, _)] => Ok(Some(a.clone())),
            [_, (_, second), ..] => Err(second.error(
                "taxonomy_term_id",
                format!(
                    "a second integra:area term for service {hid:?}: a service belongs to one \
                     area; keep one of its area attributes"
                ),
            )),
        }
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
                    "{status_text:?} is not an HSDS status: write active, inactive, defunct \
                     or temporarily closed"
                ),
            )
        })?;
        let org = r.required("organization_id")?;
        let organization_id = g.org_ids.get(org).cloned().ok_or_else(|| {
            r.error(
                "organization_id",
                format!("no organization with id {org:?} in the data"),
            )
        })?;
        let area = self.area(hid)?;
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
        // Integra's own flag, else what the publisher's cost options say
        // (a bad option is reported, and the service's other rows still read).
        let free = match free {
            Some(free) => free,
            None => {
                let free = free_of_charge(of(&g.cost_options, hid));
                self.keep(free).unwrap_or(false)
            }
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
        let mut places = HashSet::new();
        for sal in of(&g.sal_by_service, hid) {
            let lid = sal.required("location_id")?;
            if places.insert(lid)
                && let Some(l) = self.location_ref(sal, "location_id", lid)?
            {
                locations.push(self.place_of(l, lid, hid, &id));
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
        let mut other_documents = Vec::new();
        for d in of(&g.documents, hid) {
            let (list, doc) = match self.document(d)? {
                Some(Document::Term(id)) => (&mut required_documents, id),
                Some(Document::Text(text)) => (&mut other_documents, text),
                None => continue,
            };
            if !list.contains(&doc) {
                list.push(doc);
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
        let opening_hours = self.opening_hours(r, of(&g.schedules, hid));
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
        let area = area.unwrap_or_else(|| {
            self.needs_area.push(ServiceNeedingArea {
                id: hid.to_string(),
                name: name.clone(),
                at: r.origin.to_string(),
                terms: self.foreign.get(hid).cloned().unwrap_or_default(),
            });
            // A stand-in, so that validation finds the service's other
            // problems too; never imported (the import refuses while a
            // service needs an area).
            match protection_project {
                Some(_) => "international-protection".to_string(),
                None => "italian-language".to_string(),
            }
        });
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
            other_documents,
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
    fn own_locations(&mut self, g: &Graph<'a>) -> HashMap<&'a str, Vec<Location>> {
        let t = self.t;
        // Learning resources' locations are theirs, not an organization's.
        let resource_locations: HashSet<&str> = t
            .rows("x_integra_learning_resources")
            .iter()
            .filter_map(|r| r.values.get("location_id").and_then(Value::as_str))
            .collect();
        let mut own: HashMap<&str, Vec<Location>> = HashMap::new();
        for r in t.rows("location") {
            // A row without an id was reported when the locations were read.
            let Ok(lid) = r.required("id") else {
                continue;
            };
            let organization = r.str("organization_id");
            let Some(organization) = self.keep(organization) else {
                continue;
            };
            if g.used_locations.contains(lid) {
                continue;
            }
            match organization {
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
        own
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

/// The areas chosen for an import must be Integra's: a console offers
/// only those, a command line may be mistyped.
fn check_chosen_areas(t: &Tables, opts: &ImportOptions) -> Result<Vec<String>, HsdsError> {
    let tax = Taxonomy::bundled();
    let areas = || {
        let ids: Vec<&str> = tax.terms("area").iter().map(|a| a.id.as_str()).collect();
        ids.join(", ")
    };
    if let Some(a) = opts.default_area.as_deref().filter(|a| !tax.is("area", a)) {
        return Err(HsdsError::Choice {
            reason: format!(
                "the area chosen for the file, {a:?}, is not one of Integra's areas: {}",
                areas()
            ),
        });
    }
    for (service, a) in &opts.area_by_service {
        if !tax.is("area", a) {
            return Err(HsdsError::Choice {
                reason: format!(
                    "the area chosen for service {service:?}, {a:?}, is not one of Integra's \
                     areas: {}",
                    areas()
                ),
            });
        }
    }
    let ids: HashSet<&str> = t.rows("service").iter().filter_map(Row::key).collect();
    Ok(opts
        .area_by_service
        .keys()
        .filter(|s| !ids.contains(s.as_str()))
        .map(|s| {
            format!("an area was chosen for service {s:?}, which is not in this file; ignored")
        })
        .collect())
}

/// Maps a file's tables to records. Every row that cannot be imported is
/// collected, not only the first; fails only when the choices made for
/// the import are not Integra's.
pub(crate) fn to_catalog(read: Read, opts: &ImportOptions) -> Result<Mapped, HsdsError> {
    let Read {
        tables,
        mut warnings,
        problems,
    } = read;
    let t = &tables;
    warnings.extend(check_chosen_areas(t, opts)?);
    let mut m = Mapper {
        t,
        opts,
        lenient: !opts.validation.italy_bounds,
        warnings,
        links: HashMap::new(),
        ext: HashMap::new(),
        translations: HashMap::new(),
        locations: HashMap::new(),
        origins: HashMap::new(),
        osm: HashMap::new(),
        bad: problems,
        foreign: HashMap::new(),
        needs_area: Vec::new(),
        location_users: HashMap::new(),
    };
    // Every HSDS record has an id (HSDS requires it): check them first so
    // that a record without one is named before anything refers to it.
    for def in super::tables::HSDS_TABLES {
        for r in t.rows(def.name) {
            m.keep(r.required("id"));
        }
    }
    m.read_terms();
    m.read_extension();
    m.read_locations();
    let mut g = m.graph();

    let mut data = CatalogData::default();
    for r in t.rows("service") {
        let s = m.service(&mut g, r);
        data.services.extend(m.keep(s));
    }
    let mut shared: Vec<(&str, usize)> = m
        .location_users
        .iter()
        .filter(|(_, users)| users.len() > 1)
        .map(|(lid, users)| (*lid, users.len()))
        .collect();
    shared.sort();
    for (lid, n) in shared {
        m.warn(format!(
            "location {lid:?} is where {n} services are delivered; each keeps its own copy of it \
             (in Integra a place belongs to one record)"
        ));
    }
    let mut own_locations = m.own_locations(&g);
    for r in t.rows("organization") {
        let o = m.organization(&mut g, &mut own_locations, r);
        data.organizations.extend(m.keep(o));
    }
    data.organizations.sort_by(|a, b| a.id.cmp(&b.id));
    for r in t.rows("x_integra_learning_resources") {
        let l = m.learning_resource(r);
        data.learning_resources.extend(m.keep(l));
    }
    for r in t.rows("x_integra_reports") {
        let s = m.report(r);
        data.reports.extend(m.keep(s));
    }
    for r in t.rows("x_integra_news") {
        let n = m.news_item(r);
        data.news.extend(m.keep(n));
    }
    for r in t.rows("x_integra_cultural_experiences") {
        let c = m.cultural_experience(r);
        data.cultural_experiences.extend(m.keep(c));
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
    for source in validate_each(&data, opts.validation) {
        let at = m
            .origins
            .get(&(source.entity, source.id.clone()))
            .map_or_else(|| "HSDS data".to_string(), ToString::to_string);
        m.bad.push(HsdsError::Invalid { at, source });
    }
    Ok(Mapped {
        data,
        warnings: m.warnings,
        problems: m.bad,
        needs_area: m.needs_area,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_lose_only_surrounding_quotes() {
        assert_eq!(unquote("\"+44 1234 234567\""), "+44 1234 234567");
        assert_eq!(unquote(" 0574 123456 "), " 0574 123456 ");
        assert_eq!(language_code("en-GB"), "en");
        assert_eq!(language_code(" UR "), "ur");
    }
}
