//! Checks every record before it reaches the store: what an import, a feed
//! or a user submission carries is untrusted. Nothing is committed until the
//! whole batch has passed (a feed's rows are checked on a second thread while
//! the writes go on, and a failed check rolls them back).
//!
//! The checks: required fields; lengths ([`MAX_LONG_TEXT`], 20,000 characters
//! for long texts, so a hostile 10 MB string never reaches the index); control
//! characters; coordinates (finite; inside Italy unless switched off for
//! foreign example data); ISTAT codes; taxonomy terms; phone numbers; dates;
//! opening-hours syntax; duplicate ids. A [`ValidationError`] names the record
//! and the field.

use std::collections::HashSet;

use crate::geo_math::{in_italy, valid_coordinates};
use crate::model::{
    CatalogData, CulturalExperience, LearningResource, Location, NewsItem, Organization, Phone,
    ReportSummary, Service, Translations,
};
use crate::record::RecordRef;
use crate::taxonomy::Taxonomy;

/// A record that cannot be stored, naming the record and the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{entity} {id:?}: field `{field}`: {reason}")]
pub struct ValidationError {
    pub entity: &'static str,
    pub id: String,
    pub field: String,
    pub reason: String,
}

/// Bounds for one record; long enough for any real text, short enough that a
/// hostile 10 MB string never reaches the index.
pub const MAX_ID: usize = 200;
pub const MAX_SHORT_TEXT: usize = 1_000;
pub const MAX_LONG_TEXT: usize = 20_000;

#[derive(Debug, Clone, Copy)]
pub struct ValidationOptions {
    /// Reject coordinates outside Italy (off only for foreign example data).
    pub italy_bounds: bool,
}

impl Default for ValidationOptions {
    fn default() -> Self {
        ValidationOptions { italy_bounds: true }
    }
}

struct Check<'a> {
    entity: &'static str,
    id: &'a str,
    opts: ValidationOptions,
}

impl Check<'_> {
    fn fail(&self, field: &str, reason: impl Into<String>) -> ValidationError {
        ValidationError {
            entity: self.entity,
            id: truncate(self.id, 80),
            field: field.to_string(),
            reason: reason.into(),
        }
    }

    fn text(
        &self,
        field: &str,
        value: &str,
        max: usize,
        required: bool,
    ) -> Result<(), ValidationError> {
        if required && value.trim().is_empty() {
            return Err(self.fail(field, "is required and empty"));
        }
        let len = value.chars().count();
        if len > max {
            return Err(self.fail(
                field,
                format!("is {len} characters long, at most {max} allowed"),
            ));
        }
        if value
            .chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r')
        {
            return Err(self.fail(field, "contains control characters"));
        }
        Ok(())
    }

    fn opt(&self, field: &str, value: &Option<String>, max: usize) -> Result<(), ValidationError> {
        value
            .as_deref()
            .map_or(Ok(()), |v| self.text(field, v, max, false))
    }

    /// A web address people can open, and HSDS can carry as a `uri`:
    /// http(s), a host, and only the characters RFC 3986 allows (others
    /// percent-encoded).
    fn web(&self, field: &str, value: &Option<String>) -> Result<(), ValidationError> {
        self.opt(field, value, MAX_SHORT_TEXT)?;
        let Some(v) = value.as_deref() else {
            return Ok(());
        };
        let rest = v
            .strip_prefix("https://")
            .or_else(|| v.strip_prefix("http://"));
        let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#@!$&'()*+,;=%".contains(c);
        match host {
            Some(h) if !h.is_empty() && v.chars().all(allowed) => Ok(()),
            _ => Err(self.fail(
                field,
                format!(
                    "{:?} is not a web address (http or https, no spaces or brackets)",
                    truncate(v, 60)
                ),
            )),
        }
    }

    fn id(&self) -> Result<(), ValidationError> {
        self.text("id", self.id, MAX_ID, true)
    }

    /// A source names one of the official sources; a sample record claims
    /// none (it would pass generated data off as official).
    fn source(&self, source: &Option<String>, sample: bool) -> Result<(), ValidationError> {
        let Some(key) = source else {
            return Ok(());
        };
        if crate::provenance::source(key).is_none() {
            return Err(self.fail(
                "source",
                format!("{:?} is not a known source", truncate(key, 40)),
            ));
        }
        if sample {
            return Err(self.fail("source", "a sample record names an official source"));
        }
        Ok(())
    }

    fn translations(
        &self,
        translations: &Translations,
        allowed: &[&str],
    ) -> Result<(), ValidationError> {
        for (field, by_lang) in translations {
            if !allowed.contains(&field.as_str()) {
                return Err(self.fail(
                    &format!("translations.{field}"),
                    "is not a translatable field",
                ));
            }
            for (lang, text) in by_lang {
                self.text(
                    &format!("translations.{field}.{lang}"),
                    text,
                    MAX_LONG_TEXT,
                    true,
                )?;
            }
        }
        Ok(())
    }

    fn location(&self, field: &str, loc: &Location) -> Result<(), ValidationError> {
        self.text(&format!("{field}.id"), &loc.id, MAX_ID, true)?;
        if !valid_coordinates(loc.latitude, loc.longitude) {
            return Err(self.fail(
                &format!("{field}.latitude"),
                format!(
                    "({}, {}) is not a valid coordinate",
                    loc.latitude, loc.longitude
                ),
            ));
        }
        if self.opts.italy_bounds && !in_italy(loc.latitude, loc.longitude) {
            return Err(self.fail(
                &format!("{field}.latitude"),
                format!("({}, {}) is outside Italy", loc.latitude, loc.longitude),
            ));
        }
        if let Some(code) = &loc.comune_istat
            && crate::gazetteer::Gazetteer::bundled()
                .by_istat(code)
                .is_none()
        {
            return Err(self.fail(
                &format!("{field}.comune_istat"),
                format!("{code:?} is not an ISTAT comune code"),
            ));
        }
        self.opt(&format!("{field}.name"), &loc.name, MAX_SHORT_TEXT)?;
        if let Some(a) = &loc.address {
            self.text(
                &format!("{field}.address.address_1"),
                &a.address_1,
                MAX_SHORT_TEXT,
                false,
            )?;
            self.text(
                &format!("{field}.address.city"),
                &a.city,
                MAX_SHORT_TEXT,
                false,
            )?;
        }
        Ok(())
    }

    fn phones(&self, phones: &[Phone]) -> Result<(), ValidationError> {
        for (i, p) in phones.iter().enumerate() {
            self.text(&format!("phones[{i}].id"), &p.id, MAX_ID, true)?;
            if !valid_phone(&p.number) {
                return Err(self.fail(
                    &format!("phones[{i}].number"),
                    format!("{:?} is not a phone number", truncate(&p.number, 40)),
                ));
            }
        }
        Ok(())
    }

    /// A list (languages, documents, ...) names each value once.
    fn distinct(&self, field: &str, values: &[String]) -> Result<(), ValidationError> {
        let mut seen = HashSet::new();
        for v in values {
            if !seen.insert(v.as_str()) {
                return Err(self.fail(field, format!("lists {:?} twice", truncate(v, 60))));
            }
        }
        Ok(())
    }

    /// Documents in a publisher's own words: each named once, trimmed,
    /// short, and none that is one of Integra's documents (that one is
    /// listed by its term, which every language can show).
    fn other_documents(&self, documents: &[String]) -> Result<(), ValidationError> {
        self.distinct("other_documents", documents)?;
        for (i, d) in documents.iter().enumerate() {
            let field = format!("other_documents[{i}]");
            self.text(&field, d, MAX_SHORT_TEXT, true)?;
            if d.trim() != d {
                return Err(self.fail(&field, "begins or ends with spaces"));
            }
            if let Some(term) = Taxonomy::bundled().named("document", d) {
                return Err(self.fail(
                    &field,
                    format!(
                        "{:?} is a document Integra knows ({}): list it among the required \
                         documents instead",
                        truncate(d, 60),
                        term.id
                    ),
                ));
            }
        }
        Ok(())
    }

    fn terms(
        &self,
        field: &str,
        values: &[String],
        known: impl Fn(&str) -> bool,
    ) -> Result<(), ValidationError> {
        self.distinct(field, values)?;
        for v in values {
            if !known(v) {
                return Err(self.fail(
                    field,
                    format!("unknown taxonomy term {:?}", truncate(v, 60)),
                ));
            }
        }
        Ok(())
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max).collect();
        t.push('…');
        t
    }
}

/// Digits with optional `+`, spaces, dots, dashes, slashes and parentheses;
/// 3 to 20 digits (803.001 is a real six-digit helpline).
pub fn valid_phone(number: &str) -> bool {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    (3..=20).contains(&digits)
        && number.len() <= 40
        && number
            .chars()
            .enumerate()
            .all(|(i, c)| c.is_ascii_digit() || " .-/()".contains(c) || (c == '+' && i == 0))
}

fn valid_date(s: &str) -> bool {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok()
}

fn valid_lang(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Parses each distinct opening-hours string once: a catalog repeats a
/// few dozen patterns thousands of times.
#[derive(Default)]
struct HoursChecker(std::collections::HashMap<String, Result<(), String>>);

impl HoursChecker {
    fn check(&mut self, expression: &str) -> Result<(), String> {
        if let Some(known) = self.0.get(expression) {
            return known.clone();
        }
        let result = crate::hours::Hours::parse(expression).map(|_| ());
        self.0.insert(expression.to_string(), result.clone());
        result
    }
}

/// Validates a batch; ids must be unique per kind within it. Stops at the
/// first problem: what the store and the feed need.
pub fn validate(data: &CatalogData, opts: ValidationOptions) -> Result<(), ValidationError> {
    match check(data, opts, true).into_iter().next() {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// Every record's first problem, in the order of the batch: what an editor
/// importing a file needs to see at once, not one correction at a time.
pub fn validate_each(data: &CatalogData, opts: ValidationOptions) -> Vec<ValidationError> {
    check(data, opts, false)
}

/// What the checks of a batch share.
struct Batch {
    opts: ValidationOptions,
    tax: &'static Taxonomy,
    hours: HoursChecker,
    /// (kind, id) of the records seen: ids are unique per kind.
    seen: HashSet<(&'static str, String)>,
}

impl Batch {
    fn check<'a>(
        &mut self,
        entity: &'static str,
        id: &'a str,
    ) -> Result<Check<'a>, ValidationError> {
        let c = Check {
            entity,
            id,
            opts: self.opts,
        };
        c.id()?;
        if !self.seen.insert((entity, id.to_string())) {
            return Err(c.fail("id", "duplicate id"));
        }
        Ok(c)
    }
}

fn check(data: &CatalogData, opts: ValidationOptions, first_only: bool) -> Vec<ValidationError> {
    let mut b = Batch {
        opts,
        tax: Taxonomy::bundled(),
        hours: HoursChecker::default(),
        seen: HashSet::new(),
    };
    let mut errors = Vec::new();
    // Each record (every kind by name: a new one is a compile error here
    // until handled), then who owns which phone and location.
    for r in data.records() {
        let checked = match r {
            RecordRef::Organization(o) => organization(&mut b, o),
            RecordRef::Service(s) => service(&mut b, s),
            RecordRef::LearningResource(l) => learning_resource(&mut b, l),
            RecordRef::ReportSummary(r) => report(&mut b, r),
            RecordRef::NewsItem(n) => news_item(&mut b, n),
            RecordRef::CulturalExperience(e) => cultural_experience(&mut b, e),
        };
        if let Err(e) = checked {
            errors.push(e);
            if first_only {
                return errors;
            }
        }
    }
    errors.extend(ownership(data));
    if first_only {
        errors.truncate(1);
    }
    errors
}

fn organization(b: &mut Batch, o: &Organization) -> Result<(), ValidationError> {
    let c = b.check("organization", &o.id)?;
    let tax = b.tax;
    c.text("name", &o.name, MAX_SHORT_TEXT, true)?;
    c.opt("description", &o.description, MAX_LONG_TEXT)?;
    c.opt("email", &o.email, MAX_SHORT_TEXT)?;
    c.web("website", &o.website)?;
    c.phones(&o.phones)?;
    for (i, l) in o.locations.iter().enumerate() {
        c.location(&format!("locations[{i}]"), l)?;
    }
    if let Some(a) = &o.association {
        c.distinct("association.nationalities", &a.nationalities)?;
        c.terms("association.community", a.community.as_slice(), |t| {
            tax.is("community", t)
        })?;
        c.terms("association.activities", &a.activities, |t| {
            tax.is("activity", t)
        })?;
        c.terms("association.themes", &a.themes, |t| tax.is("g2_theme", t))?;
    }
    c.translations(&o.translations, &["name", "description"])?;
    c.text("updated_at", &o.updated_at, 64, true)?;
    c.source(&o.source, o.sample)
}

fn service(b: &mut Batch, s: &Service) -> Result<(), ValidationError> {
    let c = b.check("service", &s.id)?;
    let tax = b.tax;
    c.text("name", &s.name, MAX_SHORT_TEXT, true)?;
    c.text("organization_id", &s.organization_id, MAX_ID, true)?;
    c.text("description", &s.description, MAX_LONG_TEXT, false)?;
    c.opt("alternate_name", &s.alternate_name, MAX_SHORT_TEXT)?;
    c.web("url", &s.url)?;
    c.opt("email", &s.email, MAX_SHORT_TEXT)?;
    c.opt(
        "eligibility_description",
        &s.eligibility_description,
        MAX_LONG_TEXT,
    )?;
    c.opt("fees_description", &s.fees_description, MAX_LONG_TEXT)?;
    c.opt("application_process", &s.application_process, MAX_LONG_TEXT)?;
    if let Some(d) = &s.assured_date
        && !valid_date(d)
    {
        return Err(c.fail(
            "assured_date",
            format!("{:?} is not a YYYY-MM-DD date", truncate(d, 40)),
        ));
    }
    if !tax.is("area", &s.area) {
        return Err(c.fail(
            "area",
            format!("unknown taxonomy term {:?}", truncate(&s.area, 60)),
        ));
    }
    c.terms("target_groups", &s.target_groups, |t| {
        tax.is("target_group", t)
    })?;
    c.terms("required_documents", &s.required_documents, |t| {
        tax.is("document", t)
    })?;
    c.other_documents(&s.other_documents)?;
    c.distinct("languages", &s.languages)?;
    c.distinct("service_areas", &s.service_areas)?;
    for l in &s.languages {
        if !valid_lang(l) {
            return Err(c.fail(
                "languages",
                format!("{:?} is not an ISO 639 code", truncate(l, 20)),
            ));
        }
    }
    if let Some(oh) = &s.opening_hours {
        c.text("opening_hours", oh, MAX_SHORT_TEXT, true)?;
        b.hours.check(oh).map_err(|e| c.fail("opening_hours", e))?;
    }
    for a in &s.service_areas {
        if crate::gazetteer::Territory::from_code(a).is_none() {
            return Err(c.fail(
                "service_areas",
                format!("{:?} is not an ISTAT territory code", truncate(a, 20)),
            ));
        }
    }
    if let Some(p) = &s.protection_project {
        if s.area != "international-protection" {
            return Err(c.fail(
                "protection_project",
                "only services of the international-protection area are projects",
            ));
        }
        c.terms("protection_project.who_may_apply", &p.who_may_apply, |t| {
            tax.is("protection_status", t)
        })?;
        if !tax.is("referral", &p.referral) {
            return Err(c.fail(
                "protection_project.referral",
                format!("unknown taxonomy term {:?}", truncate(&p.referral, 60)),
            ));
        }
    }
    c.phones(&s.phones)?;
    for (i, l) in s.locations.iter().enumerate() {
        c.location(&format!("locations[{i}]"), l)?;
    }
    c.translations(
        &s.translations,
        &[
            "name",
            "description",
            "eligibility_description",
            "fees_description",
            "application_process",
        ],
    )?;
    c.text("updated_at", &s.updated_at, 64, true)?;
    c.source(&s.source, s.sample)
}

fn learning_resource(b: &mut Batch, r: &LearningResource) -> Result<(), ValidationError> {
    let c = b.check("learning_resource", &r.id)?;
    c.text("title", &r.title, MAX_SHORT_TEXT, true)?;
    c.text("description", &r.description, MAX_LONG_TEXT, false)?;
    c.web("url", &r.url)?;
    if !b.tax.is("resource_kind", &r.kind) {
        return Err(c.fail(
            "kind",
            format!("unknown taxonomy term {:?}", truncate(&r.kind, 60)),
        ));
    }
    for l in &r.levels {
        if !crate::taxonomy::CEFR_LEVELS.contains(&l.as_str()) {
            return Err(c.fail(
                "levels",
                format!("{:?} is not a CEFR level", truncate(l, 20)),
            ));
        }
    }
    if let Some(l) = &r.location {
        c.location("location", l)?;
    }
    if let Some(oh) = &r.opening_hours {
        b.hours.check(oh).map_err(|e| c.fail("opening_hours", e))?;
    }
    c.distinct("levels", &r.levels)?;
    c.translations(&r.translations, &["title", "description"])?;
    c.text("updated_at", &r.updated_at, 64, true)?;
    c.source(&r.source, r.sample)
}

fn report(b: &mut Batch, r: &ReportSummary) -> Result<(), ValidationError> {
    let c = b.check("report_summary", &r.id)?;
    c.text("title", &r.title, MAX_SHORT_TEXT, true)?;
    c.text("summary", &r.summary, MAX_LONG_TEXT, true)?;
    c.translations(&r.translations, &["title", "summary", "sections"])?;
    c.text("updated_at", &r.updated_at, 64, true)
}

fn news_item(b: &mut Batch, n: &NewsItem) -> Result<(), ValidationError> {
    let c = b.check("news_item", &n.id)?;
    c.text("title", &n.title, MAX_SHORT_TEXT, true)?;
    c.text("body", &n.body, MAX_LONG_TEXT, true)?;
    if !valid_date(&n.date) {
        return Err(c.fail(
            "date",
            format!("{:?} is not a YYYY-MM-DD date", truncate(&n.date, 40)),
        ));
    }
    c.translations(&n.translations, &["title", "body"])?;
    c.text("updated_at", &n.updated_at, 64, true)
}

fn cultural_experience(b: &mut Batch, e: &CulturalExperience) -> Result<(), ValidationError> {
    let c = b.check("cultural_experience", &e.id)?;
    c.text("name", &e.name, MAX_SHORT_TEXT, true)?;
    c.text("description", &e.description, MAX_LONG_TEXT, false)?;
    c.text("kind_of_work", &e.kind_of_work, MAX_SHORT_TEXT, true)?;
    if !b.tax.is("culture_section", &e.section) {
        return Err(c.fail(
            "section",
            format!("unknown taxonomy term {:?}", truncate(&e.section, 60)),
        ));
    }
    // The comune and coordinates are checked as a location is.
    c.location(
        "location",
        &Location {
            precision: crate::Precision::Address,
            id: e.id.clone(),
            name: None,
            latitude: e.latitude,
            longitude: e.longitude,
            comune_istat: Some(e.comune_istat.clone()),
            address: None,
        },
    )?;
    c.opt("address", &e.address, MAX_SHORT_TEXT)?;
    c.distinct("languages", &e.languages)?;
    for l in &e.languages {
        if !valid_lang(l) {
            return Err(c.fail(
                "languages",
                format!("{:?} is not an ISO 639 code", truncate(l, 20)),
            ));
        }
    }
    c.web("website", &e.website)?;
    c.opt("email", &e.email, MAX_SHORT_TEXT)?;
    if let Some(p) = &e.phone
        && !valid_phone(p)
    {
        return Err(c.fail(
            "phone",
            format!("{:?} is not a phone number", truncate(p, 40)),
        ));
    }
    c.translations(&e.translations, &["name", "description", "kind_of_work"])?;
    c.text("updated_at", &e.updated_at, 64, true)
}

/// Phones and locations belong to one record each.
fn ownership(data: &CatalogData) -> Vec<ValidationError> {
    let mut owned = HashSet::new();
    let mut errors = Vec::new();
    let mut owns =
        |entity: &'static str, id: &str, phones: &[Phone], locations: &[&Location]| {
            let children =
                phones
                    .iter()
                    .enumerate()
                    .map(|(i, p)| (format!("phones[{i}].id"), format!("phone:{}", p.id)))
                    .chain(locations.iter().enumerate().map(|(i, l)| {
                        (format!("locations[{i}].id"), format!("location:{}", l.id))
                    }));
            for (field, child) in children {
                if !owned.insert(child.clone()) {
                    errors.push(ValidationError {
                        entity,
                        id: truncate(id, 80),
                        field,
                        reason: format!(
                            "id {:?} is used by another record too",
                            truncate(&child, 80)
                        ),
                    });
                    // One problem a record, as for the other checks.
                    return;
                }
            }
        };
    for o in &data.organizations {
        owns(
            "organization",
            &o.id,
            &o.phones,
            &o.locations.iter().collect::<Vec<_>>(),
        );
    }
    for s in &data.services {
        owns(
            "service",
            &s.id,
            &s.phones,
            &s.locations.iter().collect::<Vec<_>>(),
        );
    }
    for r in &data.learning_resources {
        owns(
            "learning_resource",
            &r.id,
            &[],
            &r.location.iter().collect::<Vec<_>>(),
        );
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An editor importing a file sees every record's problem at once; the
    /// store and the feed stop at the first.
    #[test]
    fn every_records_problem_is_reported_when_asked() {
        let mut data = crate::sample::generate(crate::sample::SampleOptions {
            services: 4,
            associations: 1,
            ..Default::default()
        });
        data.services[0].name.clear();
        data.services[2].languages = vec!["italiano".into()];
        data.services[3].other_documents = vec!["Passaporto".into()];
        let all = validate_each(&data, ValidationOptions::default());
        let fields: Vec<&str> = all.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "languages", "other_documents[0]"]);
        assert_eq!(
            validate(&data, ValidationOptions::default()).unwrap_err(),
            all[0]
        );
        data.services[0].name = "Sportello".into();
        data.services[2].languages.clear();
        data.services[3].other_documents = vec!["Busta paga".into()];
        assert_eq!(validate_each(&data, ValidationOptions::default()), []);
    }

    #[test]
    fn phone_numbers() {
        assert!(valid_phone("803.001"));
        assert!(valid_phone("+39 0574 123456"));
        assert!(!valid_phone("call me"));
        assert!(!valid_phone("12"));
        assert!(!valid_phone("+39 0574 12+3456"));
    }

    #[test]
    fn web_addresses_are_http_uris() {
        let c = Check {
            entity: "service",
            id: "s",
            opts: ValidationOptions::default(),
        };
        let web = |v: &str| c.web("url", &Some(v.to_string()));
        assert!(web("https://www.cpiaprato.edu.it/").is_ok());
        assert!(web("http://4.icudine.it/a#photo%5Bgallery%5D").is_ok());
        assert!(c.web("url", &None).is_ok());
        for bad in [
            "http://4.icudine.it/a#photo[gallery]",
            "javascript:alert(1)",
            "www.scuola.it",
            "https://",
            "https://scuola.it/caffè",
            "https://scuola.it/a b",
        ] {
            let e = web(bad).unwrap_err().to_string();
            assert!(e.contains("url"), "{bad}: {e}");
        }
    }
}
