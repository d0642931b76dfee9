//! `CatalogData` -> HSDS tables (plus the Integra extension).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde_json::Value;

use super::tables::{Origin, Row, Tables};
use super::{HsdsError, TAXONOMY_PREFIX, derived_id, hsds_id};
use crate::gazetteer::{Gazetteer, Territory};
use crate::lang::Lang;
use crate::model::{CatalogData, Location, Phone, Translations};
use crate::taxonomy::Taxonomy;

/// The vocabularies HSDS attributes point into, with their Italian titles.
pub(crate) const VOCABULARIES: [(&str, &str); 5] = [
    ("area", "Aree del Portale Integrazione Migranti"),
    ("target_group", "Destinatari"),
    ("document", "Documenti richiesti"),
    ("community", "Comunità"),
    ("activity", "Attività delle associazioni"),
];

pub(crate) fn taxonomy_id(taxonomy: &str) -> String {
    derived_id(&["taxonomy", taxonomy])
}

pub(crate) fn term_id(taxonomy: &str, term: &str) -> String {
    derived_id(&["taxonomy_term", taxonomy, term])
}

/// Names of ISTAT territories (region, province, comune) by code.
static TERRITORY_NAMES: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut names = HashMap::new();
    for c in Gazetteer::bundled().all() {
        names.insert(c.istat.clone(), c.name.clone());
        names
            .entry(c.province_code.clone())
            .or_insert_with(|| c.province_name.clone());
        names
            .entry(c.region_code.clone())
            .or_insert_with(|| c.region_name.clone());
    }
    names
});

fn row(table: &'static str) -> Row {
    Row::new(table, Origin::generated())
}

fn float(entity: &'static str, id: &str, field: &str, x: f64) -> Result<Value, HsdsError> {
    serde_json::Number::from_f64(x)
        .map(Value::Number)
        .ok_or_else(|| HsdsError::Export {
            entity,
            id: id.to_string(),
            field: field.to_string(),
            reason: format!("{x} is not a finite number"),
        })
}

fn list(items: &[String]) -> Value {
    Value::Array(items.iter().cloned().map(Value::String).collect())
}

struct Exporter<'a> {
    t: Tables,
    tax: &'a Taxonomy,
    /// HSDS location id -> (the location, owning organization's HSDS id).
    locations: HashMap<String, (&'a Location, usize)>,
    phones: HashSet<String>,
    unknown_terms: Vec<(String, String)>,
}

impl<'a> Exporter<'a> {
    fn translations(&mut self, record_type: &str, record_id: &str, translations: &Translations) {
        for (field, by_lang) in translations {
            for (lang, text) in by_lang {
                let mut r = row("x_integra_translations");
                r.set("record_type", record_type)
                    .set("record_id", record_id)
                    .set("field", field.as_str())
                    .set("language", lang.code())
                    .set_text("text", text);
                self.t.push(r);
            }
        }
    }

    fn attribute(&mut self, link_entity: &str, link_id: &str, taxonomy: &str, term: &str) {
        if !self.tax.is(taxonomy, term) {
            let key = (taxonomy.to_string(), term.to_string());
            if !self.unknown_terms.contains(&key) {
                self.unknown_terms.push(key);
            }
        }
        let mut r = row("attribute");
        r.set(
            "id",
            derived_id(&["attribute", link_entity, link_id, taxonomy, term]),
        )
        .set("link_id", link_id)
        .set("taxonomy_term_id", term_id(taxonomy, term))
        .set("link_type", taxonomy)
        .set("link_entity", link_entity);
        self.t.push(r);
    }

    fn phone(&mut self, owner_column: &str, owner: &str, p: &'a Phone) -> Result<(), HsdsError> {
        let id = hsds_id("phone", &p.id);
        if !self.phones.insert(id.clone()) {
            return Err(HsdsError::Export {
                entity: "phone",
                id: p.id.clone(),
                field: "id".into(),
                reason: "the same phone id is used by two records".into(),
            });
        }
        let mut r = row("phone");
        r.set("id", id.as_str())
            .set(owner_column, owner)
            .set_text("number", &p.number)
            .set("description", p.description.clone());
        self.t.push(r);
        if id != p.id {
            let mut x = row("x_integra_phones");
            x.set("phone_id", id).set("integra_id", p.id.as_str());
            self.t.push(x);
        }
        Ok(())
    }

    /// Writes a location once; the same id must always carry the same
    /// location. `organization` is set on the row the first time one is known.
    fn location(
        &mut self,
        l: &'a Location,
        organization: Option<&str>,
    ) -> Result<String, HsdsError> {
        let id = hsds_id("location", &l.id);
        if let Some((seen, index)) = self.locations.get(&id) {
            if *seen != l {
                return Err(HsdsError::Export {
                    entity: "location",
                    id: l.id.clone(),
                    field: "id".into(),
                    reason: "two records carry different locations with this id".into(),
                });
            }
            let index = *index;
            let r = self.t.row_mut("location", index);
            if !r.values.contains_key("organization_id")
                && let Some(o) = organization
            {
                r.set("organization_id", o);
            }
            return Ok(id);
        }
        let mut r = row("location");
        r.set("id", id.as_str())
            .set("location_type", "physical")
            .set("organization_id", organization)
            .set("name", l.name.clone())
            .set(
                "latitude",
                float("location", &l.id, "latitude", l.latitude)?,
            )
            .set(
                "longitude",
                float("location", &l.id, "longitude", l.longitude)?,
            );
        let index = self.t.push(r);
        self.locations.insert(id.clone(), (l, index));
        if let Some(a) = &l.address {
            let mut r = row("address");
            r.set("id", derived_id(&["address", &id]))
                .set("location_id", id.as_str())
                .set_text("address_1", &a.address_1)
                .set_text("city", &a.city)
                .set_text("state_province", a.state_province.as_deref().unwrap_or(""))
                .set_text("postal_code", a.postal_code.as_deref().unwrap_or(""))
                .set_text("country", &a.country)
                .set("address_type", "physical");
            self.t.push(r);
        }
        if id != l.id || l.comune_istat.is_some() || !l.precision.is_exact() {
            let mut x = row("x_integra_locations");
            x.set("location_id", id.as_str())
                .set("comune_istat", l.comune_istat.clone());
            if !l.precision.is_exact() {
                x.set("precision", l.precision.as_str());
            }
            if id != l.id {
                x.set("integra_id", l.id.as_str());
            }
            self.t.push(x);
        }
        Ok(id)
    }
}

pub(crate) fn to_tables(data: &CatalogData) -> Result<Tables, HsdsError> {
    // Every kind by name: a new one is a compile error here until handled.
    let CatalogData {
        organizations,
        services,
        learning_resources,
        reports,
        news,
        cultural_experiences,
    } = data;
    let tax = Taxonomy::bundled();
    let mut e = Exporter {
        t: Tables::default(),
        tax,
        locations: HashMap::new(),
        phones: HashSet::new(),
        unknown_terms: Vec::new(),
    };
    let org_ids: HashSet<&str> = organizations.iter().map(|o| o.id.as_str()).collect();

    for o in organizations {
        let oid = hsds_id("organization", &o.id);
        let mut r = row("organization");
        r.set("id", oid.as_str())
            .set_text("name", &o.name)
            // Required by HSDS; empty when Integra has none.
            .set_text("description", o.description.as_deref().unwrap_or(""))
            .set("email", o.email.clone())
            .set("website", o.website.clone());
        e.t.push(r);
        for p in &o.phones {
            e.phone("organization_id", &oid, p)?;
        }
        for l in &o.locations {
            e.location(l, Some(&oid))?;
        }
        let mut x = row("x_integra_organizations");
        x.set("organization_id", oid.as_str())
            .set("sample", o.sample)
            .set_text("updated_at", &o.updated_at)
            .set("association", o.association.is_some())
            .set("source", o.source.clone());
        if oid != o.id {
            x.set("integra_id", o.id.as_str());
        }
        if let Some(a) = &o.association {
            if let Some(c) = &a.community {
                e.attribute("organization", &oid, "community", c);
            }
            for act in &a.activities {
                e.attribute("organization", &oid, "activity", act);
            }
            x.set("nationalities", list(&a.nationalities))
                .set("region_code", a.region_code.clone());
            if a.second_generation || !a.themes.is_empty() {
                x.set("second_generation", a.second_generation)
                    .set("themes", list(&a.themes));
            }
        }
        e.t.push(x);
        e.translations("organization", &oid, &o.translations);
    }

    for s in services {
        if !org_ids.contains(s.organization_id.as_str()) {
            return Err(HsdsError::Export {
                entity: "service",
                id: s.id.clone(),
                field: "organization_id".into(),
                reason: format!(
                    "organization {:?} is not part of the exported data",
                    s.organization_id
                ),
            });
        }
        let sid = hsds_id("service", &s.id);
        let oid = hsds_id("organization", &s.organization_id);
        let mut r = row("service");
        r.set("id", sid.as_str())
            .set("organization_id", oid.as_str())
            .set_text("name", &s.name)
            .set("alternate_name", s.alternate_name.clone())
            .set("description", s.description.as_str())
            .set("url", s.url.clone())
            .set("email", s.email.clone())
            .set("status", s.status.as_str())
            .set("application_process", s.application_process.clone())
            .set("fees_description", s.fees_description.clone())
            .set("eligibility_description", s.eligibility_description.clone())
            .set("assured_date", s.assured_date.clone())
            .set_text("last_modified", &s.updated_at);
        e.t.push(r);
        e.attribute("service", &sid, "area", &s.area);
        for g in &s.target_groups {
            e.attribute("service", &sid, "target_group", g);
        }
        for p in &s.phones {
            e.phone("service_id", &sid, p)?;
        }
        for l in &s.locations {
            let lid = e.location(l, Some(&oid))?;
            let mut r = row("service_at_location");
            r.set("id", derived_id(&["service_at_location", &sid, &lid]))
                .set("service_id", sid.as_str())
                .set("location_id", lid);
            e.t.push(r);
        }
        for code in &s.languages {
            let mut r = row("language");
            r.set("id", derived_id(&["language", &sid, code]))
                .set("service_id", sid.as_str())
                .set_text("code", code);
            e.t.push(r);
        }
        // A term's Italian name with an attribute to the term; then the
        // publisher's own words, with none (validation keeps them from
        // naming a term, so they read back as they are).
        let terms = s.required_documents.iter().map(|d| {
            let id = derived_id(&["required_document", &sid, d]);
            (id, tax.label("document", d, Lang::It), Some(d))
        });
        let words = s.other_documents.iter().map(|text| {
            let id = derived_id(&["other_document", &sid, text]);
            (id, text.clone(), None)
        });
        for (id, text, term) in terms.chain(words) {
            let mut r = row("required_document");
            r.set("id", id.as_str())
                .set("service_id", sid.as_str())
                .set_text("document", &text);
            e.t.push(r);
            if let Some(d) = term {
                e.attribute("required_document", &id, "document", d);
            }
        }
        for code in &s.service_areas {
            let mut r = row("service_area");
            let kind = match Territory::from_code(code) {
                Some(Territory::Region(_)) => "regione",
                Some(Territory::Province(_)) => "provincia",
                Some(Territory::Comune(_)) => "comune",
                None => "territorio",
            };
            let name = TERRITORY_NAMES
                .get(code)
                .cloned()
                .unwrap_or_else(|| code.clone());
            r.set("id", derived_id(&["service_area", &sid, code]))
                .set("service_id", sid.as_str())
                .set("name", name)
                .set("description", format!("{kind} (ISTAT {code})"))
                .set_text("uri", &format!("urn:istat:{code}"));
            e.t.push(r);
        }
        if s.free {
            // What other HSDS readers understand as "free", beside
            // Integra's own flag.
            let mut r = row("cost_option");
            r.set("id", derived_id(&["cost_option", &sid]))
                .set("service_id", sid.as_str())
                .set("option", "Gratuito")
                .set("currency", "EUR")
                .set("amount", 0);
            e.t.push(r);
        }
        if let Some(oh) = &s.opening_hours {
            let mut r = row("schedule");
            r.set("id", derived_id(&["schedule", &sid]))
                .set("service_id", sid.as_str())
                .set_text("description", oh);
            e.t.push(r);
        }
        if sid != s.id
            || s.free
            || s.sample
            || s.protection_project.is_some()
            || s.source.is_some()
            || s.kind.is_some()
        {
            let mut x = row("x_integra_services");
            x.set("service_id", sid.as_str())
                .set("free", s.free)
                .set("sample", s.sample)
                .set("source", s.source.clone())
                .set("kind", s.kind.map(|k| k.as_str().to_string()));
            if sid != s.id {
                x.set("integra_id", s.id.as_str());
            }
            if let Some(p) = &s.protection_project {
                x.set("protection_who_may_apply", list(&p.who_may_apply))
                    .set_text("protection_referral", &p.referral)
                    .set("protection_places", p.places);
            }
            e.t.push(x);
        }
        e.translations("service", &sid, &s.translations);
    }

    for r in learning_resources {
        let location = match &r.location {
            Some(l) => Some(e.location(l, None)?),
            None => None,
        };
        let mut x = row("x_integra_learning_resources");
        x.set("id", r.id.as_str())
            .set("kind", r.kind.as_str())
            .set_text("title", &r.title)
            .set("description", r.description.as_str())
            .set("levels", list(&r.levels))
            .set("instruction_languages", list(&r.instruction_languages))
            .set("free", r.free)
            .set("works_offline", r.works_offline)
            .set("url", r.url.clone())
            .set("organization_id", r.organization_id.clone())
            .set("location_id", location)
            .set("opening_hours", r.opening_hours.clone())
            .set("sample", r.sample)
            .set_text("updated_at", &r.updated_at)
            .set("source", r.source.clone());
        e.t.push(x);
        e.translations("learning_resource", &r.id, &r.translations);
    }
    for r in reports {
        let mut x = row("x_integra_reports");
        x.set("id", r.id.as_str())
            .set("topic", r.topic.as_str())
            .set("community", r.community.clone())
            .set("year", r.year)
            .set_text("title", &r.title)
            .set("summary", r.summary.as_str())
            .set("sections", list(&r.sections))
            .set("sample", r.sample)
            .set_text("updated_at", &r.updated_at);
        e.t.push(x);
        e.translations("report_summary", &r.id, &r.translations);
    }
    for n in news {
        let mut x = row("x_integra_news");
        x.set("id", n.id.as_str())
            .set("date", n.date.as_str())
            .set_text("title", &n.title)
            .set("body", n.body.as_str())
            .set("sample", n.sample)
            .set_text("updated_at", &n.updated_at);
        e.t.push(x);
        e.translations("news_item", &n.id, &n.translations);
    }

    for c in cultural_experiences {
        let mut x = row("x_integra_cultural_experiences");
        x.set("id", c.id.as_str())
            .set("section", c.section.as_str())
            .set_text("name", &c.name)
            .set("description", c.description.as_str())
            .set_text("kind_of_work", &c.kind_of_work)
            .set("comune_istat", c.comune_istat.as_str())
            .set(
                "latitude",
                float("cultural_experience", &c.id, "latitude", c.latitude)?,
            )
            .set(
                "longitude",
                float("cultural_experience", &c.id, "longitude", c.longitude)?,
            )
            .set("address", c.address.clone())
            .set("languages", list(&c.languages))
            .set("website", c.website.clone())
            .set("email", c.email.clone())
            .set("phone", c.phone.clone())
            .set("sample", c.sample)
            .set_text("updated_at", &c.updated_at);
        e.t.push(x);
        e.translations("cultural_experience", &c.id, &c.translations);
    }

    // The vocabularies, whole, plus any term the data uses that they lack
    // (validation reports those on import).
    for (taxonomy, title) in VOCABULARIES {
        let mut r = row("taxonomy");
        r.set("id", taxonomy_id(taxonomy))
            .set("name", format!("{TAXONOMY_PREFIX}{taxonomy}"))
            .set("description", title)
            .set("version", "1");
        e.t.push(r);
        let mut terms: Vec<(String, String)> = tax
            .terms(taxonomy)
            .iter()
            .map(|t| (t.id.clone(), t.name(Lang::It).to_string()))
            .collect();
        terms.extend(
            e.unknown_terms
                .iter()
                .filter(|(tx, _)| tx == taxonomy)
                .map(|(_, term)| (term.clone(), term.clone())),
        );
        for (code, name) in terms {
            let mut r = row("taxonomy_term");
            r.set("id", term_id(taxonomy, &code))
                .set_text("code", &code)
                .set_text("name", &name)
                .set_text("description", &format!("{title}: {name}"))
                .set("taxonomy", format!("{TAXONOMY_PREFIX}{taxonomy}"))
                .set("language", "it")
                .set("taxonomy_id", taxonomy_id(taxonomy));
            e.t.push(r);
        }
    }
    Ok(e.t)
}
