//! The deterministic sample catalog.
//!
//! No registry carries real Italian service records, so the app ships a
//! generated catalog: real comuni (weighted by population), realistic kinds
//! of services and opening hours, texts in 11 languages from
//! `catalog/data/*.json`. Every record is `sample: true`; names say
//! "di esempio", phones use the unassigned `0000` prefix so they reach no
//! real line, web and e-mail addresses use `example.org` (RFC 2606), and
//! report summaries state no figures at all.
//!
//! Seeded, with its own generator (`rng`), so the output never changes with a
//! dependency; it scales to 1,000,000 services for the benches.

mod rng;

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

pub use rng::SampleRng;

use crate::gazetteer::{Comune, Gazetteer};
use crate::lang::Lang;
use crate::model::{
    Address, AssociationProfile, CatalogData, CulturalExperience, LearningResource, Location,
    NewsItem, Organization, Phone, ProtectionProject, ReportSummary, Service, ServiceStatus,
    Translations,
};
use crate::taxonomy::Taxonomy;

const SERVICES_JSON: &str = include_str!("../../data/services.json");
const LEARNING_JSON: &str = include_str!("../../data/learning.json");
const REPORTS_JSON: &str = include_str!("../../data/reports.json");
const NEWS_JSON: &str = include_str!("../../data/news.json");
const CULTURE_JSON: &str = include_str!("../../data/culture.json");
const AREAS_JSON: &str = include_str!("../../data/areas.json");

/// Every generated record carries this timestamp: output depends on the
/// seed only, never on the clock.
pub const SAMPLE_UPDATED_AT: &str = "2026-11-01T00:00:00Z";

type Texts = BTreeMap<Lang, String>;

#[derive(Debug, Deserialize)]
struct ServiceTemplate {
    kind: String,
    area: String,
    target_groups: Vec<String>,
    documents: Vec<String>,
    free: bool,
    provider_it: String,
    name: Texts,
    description: Texts,
    eligibility: Texts,
    application_process: Texts,
    fees: Texts,
}

#[derive(Debug, Deserialize)]
struct LearningTemplate {
    kind: String,
    levels: Vec<String>,
    free: bool,
    offline: bool,
    instruction_languages: Vec<String>,
    title: Texts,
    description: Texts,
}

#[derive(Debug, Deserialize)]
struct ReportEntry {
    id: String,
    topic: String,
    community: Option<String>,
    year: i32,
    title: Texts,
    summary: Texts,
    sections: BTreeMap<Lang, Vec<String>>,
}

#[derive(Debug, Deserialize)]
struct NewsEntry {
    id: String,
    date: String,
    title: Texts,
    body: Texts,
}

#[derive(Debug, Deserialize)]
struct CultureFile {
    sample_label: Texts,
    templates: Vec<CultureTemplate>,
}

#[derive(Debug, Deserialize)]
struct CultureTemplate {
    section: String,
    languages: Vec<String>,
    name: Texts,
    kind: Texts,
    description: Texts,
}

/// The second generations' manifesto, second-generation associations and
/// protection projects (`catalog/data/areas.json`).
#[derive(Debug, Deserialize)]
struct AreasFile {
    manifesto: ManifestoEntry,
    g2_label: Texts,
    protection: Vec<ProtectionTemplate>,
}

#[derive(Debug, Deserialize)]
struct ManifestoEntry {
    id: String,
    title: Texts,
    summary: Texts,
    points: Vec<Texts>,
}

#[derive(Debug, Deserialize)]
struct ProtectionTemplate {
    who: Vec<String>,
    referral: String,
    places: bool,
    name: Texts,
    description: Texts,
    who_text: Texts,
    how_text: Texts,
}

/// The target group a protection status falls in, for the service filters.
fn target_group_of(status: &str) -> &'static str {
    match status {
        "unaccompanied-minor" => "unaccompanied-minors",
        "trafficking-victim" => "victims-of-trafficking",
        _ => "asylum-seekers-refugees",
    }
}

fn capitalized(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().chain(chars).collect::<String>()
    })
}

impl LearningTemplate {
    /// The resource this template describes; `place` (" — Prato") is
    /// appended to the title in every language.
    fn resource(
        &self,
        id: String,
        place: &str,
        location: Option<Location>,
        hours: Option<&str>,
    ) -> LearningResource {
        let mut translations = translations_of(&[("description", &self.description)], "");
        translations.extend(translations_of(&[("title", &self.title)], place));
        LearningResource {
            source: None,
            url: Some(format!("https://example.org/integra-sample/{id}")),
            id,
            kind: self.kind.clone(),
            title: format!("{}{place}", italian(&self.title)),
            description: italian(&self.description),
            levels: self.levels.clone(),
            instruction_languages: self.instruction_languages.clone(),
            free: self.free,
            works_offline: self.offline,
            organization_id: None,
            location,
            opening_hours: hours.map(str::to_string),
            translations,
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
        }
    }
}

/// How big a catalog to generate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SampleOptions {
    pub seed: u64,
    pub services: usize,
    pub associations: usize,
    /// Share of services whose long texts (description, eligibility, how
    /// to apply, fees) carry all 10 translations. Most records of the portal
    /// are in Italian only; the rest of the sample shows the Italian
    /// fallback, as the real catalog will.
    pub translated_share: f64,
    /// Whether names of services and associations come in all 11 languages.
    pub names_translated: bool,
    /// Entries of the Cultural Area, spread evenly over its five sections.
    pub cultural_experiences: usize,
    /// Associations of the second generations (with themes).
    pub second_generation_associations: usize,
    /// International-protection projects (services with a project profile).
    pub protection_projects: usize,
}

impl Default for SampleOptions {
    fn default() -> Self {
        SampleOptions {
            seed: 20_261_124,
            services: 8_000,
            associations: 1_150,
            translated_share: 0.25,
            names_translated: true,
            cultural_experiences: 400,
            second_generation_associations: 40,
            protection_projects: 60,
        }
    }
}

/// Opening-hours patterns seen at Italian public offices and desks, with
/// weights (shelters get theirs by kind).
pub const OPENING_HOURS: &[(&str, u64)] = &[
    ("Mo-Fr 09:00-13:00,14:30-17:30; PH off", 20),
    ("Mo-Fr 08:30-13:30; Tu,Th 14:30-17:00; PH off", 14),
    ("Mo,We,Fr 09:00-12:30; Tu,Th 14:00-18:00; PH off", 10),
    ("Mo-Fr 09:00-13:00; Sa 09:00-12:00; PH off", 10),
    (
        "Mo-Fr 09:00-12:00 unknown \"solo su appuntamento\"; PH off",
        6,
    ),
    ("Tu,Th 15:00-18:00; PH off", 6),
    ("Jan-Jul,Sep-Dec Mo-Fr 09:00-13:00; Aug off; PH off", 6),
    ("Mo-Th 18:00-20:30; Jul-Aug off; PH off", 6),
    ("Mo-Fr 08:00-19:00; Sa 08:00-13:00; PH off", 6),
    ("Mo-Sa 08:00-20:00; Su 09:00-13:00", 4),
    ("We 09:30-12:30; Sa 10:00-12:00; PH off", 5),
];

const AREA_WEIGHTS: &[(&str, u64)] = &[
    ("italian-language", 16),
    ("work", 18),
    ("housing", 12),
    ("health-services", 20),
    ("minors-second-generations", 12),
    ("intercultural-mediation", 10),
    ("international-protection", 12),
];

/// Languages spoken at desks besides Italian, roughly as often as met.
const SPOKEN: &[(&str, u64)] = &[
    ("en", 30),
    ("fr", 16),
    ("ar", 16),
    ("es", 10),
    ("sq", 6),
    ("zh", 5),
    ("ru", 5),
    ("uk", 6),
    ("ro", 6),
    ("pa", 3),
    ("tl", 3),
    ("bn", 3),
    ("ur", 3),
    ("wo", 2),
];

/// "sample association" in the 11 languages (data, shown inside names).
const SAMPLE_ASSOCIATION: [(Lang, &str); 11] = [
    (Lang::It, "associazione di esempio"),
    (Lang::En, "sample association"),
    (Lang::Fr, "association d'exemple"),
    (Lang::Es, "asociación de ejemplo"),
    (Lang::Sq, "shoqatë shembull"),
    (Lang::Ar, "جمعية نموذجية"),
    (Lang::Zh, "示例协会"),
    (Lang::Pa, "ਨਮੂਨਾ ਸੰਸਥਾ"),
    (Lang::Ru, "пример ассоциации"),
    (Lang::Tl, "halimbawang samahan"),
    (Lang::Uk, "приклад асоціації"),
];

fn cumulative(weights: impl Iterator<Item = u64>) -> Vec<u64> {
    weights
        .scan(0u64, |acc, w| {
            *acc += w;
            Some(*acc)
        })
        .collect()
}

fn translations_of(fields: &[(&str, &Texts)], suffix: &str) -> Translations {
    let mut t = Translations::new();
    for (field, texts) in fields {
        for (lang, text) in texts.iter() {
            if *lang != Lang::It {
                t.entry((*field).to_string())
                    .or_default()
                    .insert(*lang, format!("{text}{suffix}"));
            }
        }
    }
    t
}

fn italian(texts: &Texts) -> String {
    texts.get(&Lang::It).cloned().unwrap_or_default()
}

fn slug(s: &str) -> String {
    crate::text::ascii_fold(s).replace(' ', "-")
}

struct Generator<'a> {
    rng: SampleRng,
    comuni: &'a [Comune],
    by_population: Vec<u64>,
}

impl Generator<'_> {
    fn comune(&mut self) -> &Comune {
        let i = self.rng.weighted(&self.by_population);
        &self.comuni[i]
    }

    fn location(&mut self, id: String, comune: &Comune) -> Location {
        // Within about a kilometre of the comune's inner point.
        let lat = comune.latitude + (self.rng.unit() - 0.5) * 0.016;
        let lon = comune.longitude + (self.rng.unit() - 0.5) * 0.02;
        let street = self.rng.below(120) + 1;
        Location {
            precision: crate::Precision::Address,
            id,
            name: None,
            latitude: (lat * 1e5).round() / 1e5,
            longitude: (lon * 1e5).round() / 1e5,
            comune_istat: Some(comune.istat.clone()),
            address: Some(Address {
                address_1: format!("Via dell'Esempio {street}"),
                city: comune.name.clone(),
                postal_code: None,
                state_province: Some(comune.province_abbr.clone()),
                country: "IT".into(),
            }),
        }
    }

    fn phone(&mut self, id: String) -> Phone {
        Phone {
            id,
            number: format!("+39 0000 {:06}", self.rng.below(1_000_000)),
            description: None,
        }
    }
}

/// Generates the sample catalog. Same options, same catalog, always.
pub fn generate(opts: SampleOptions) -> CatalogData {
    let gazetteer = Gazetteer::bundled();
    let tax = Taxonomy::bundled();
    let templates: Vec<ServiceTemplate> =
        serde_json::from_str(SERVICES_JSON).expect("services.json is checked by tests");
    let learning: Vec<LearningTemplate> =
        serde_json::from_str(LEARNING_JSON).expect("learning.json is checked by tests");
    let mut g = Generator {
        rng: SampleRng::new(opts.seed),
        comuni: gazetteer.all(),
        by_population: cumulative(gazetteer.all().iter().map(|c| u64::from(c.population))),
    };
    let area_weights = cumulative(AREA_WEIGHTS.iter().map(|(_, w)| *w));
    let hours_weights = cumulative(OPENING_HOURS.iter().map(|(_, w)| *w));
    let spoken_weights = cumulative(SPOKEN.iter().map(|(_, w)| *w));
    let by_area: HashMap<&str, Vec<&ServiceTemplate>> = AREA_WEIGHTS
        .iter()
        .map(|(a, _)| (*a, templates.iter().filter(|t| t.area == *a).collect()))
        .collect();

    let mut data = CatalogData::default();
    let mut providers: BTreeMap<String, Organization> = BTreeMap::new();
    for n in 0..opts.services {
        let area = AREA_WEIGHTS[g.rng.weighted(&area_weights)].0;
        let options = &by_area[area];
        let t = *g.rng.pick(options);
        let comune = g.comune().clone();
        let org_id = format!("sample-org-{}-{}", slug(&t.provider_it), comune.istat);
        providers
            .entry(org_id.clone())
            .or_insert_with(|| Organization {
                source: None,
                id: org_id.clone(),
                name: format!("{} di esempio — {}", t.provider_it, comune.name),
                description: None,
                email: None,
                website: None,
                phones: Vec::new(),
                locations: Vec::new(),
                association: None,
                translations: Translations::new(),
                sample: true,
                updated_at: SAMPLE_UPDATED_AT.into(),
            });
        let id = format!("sample-svc-{n:07}");
        // Round the clock only where people sleep or are in danger; desks
        // keep office hours.
        let hours = match t.kind.as_str() {
            k if k.contains("night-shelter") => "Mo-Su 19:00-08:00",
            k if k.contains("shelter")
                || k.contains("emergency")
                || k == "anti-trafficking-help" =>
            {
                "24/7"
            }
            _ => OPENING_HOURS[g.rng.weighted(&hours_weights)].0,
        };
        let mut languages = vec!["it".to_string()];
        for _ in 0..g.rng.below(4) {
            let l = SPOKEN[g.rng.weighted(&spoken_weights)].0.to_string();
            if !languages.contains(&l) {
                languages.push(l);
            }
        }
        let mut target_groups: Vec<String> = t
            .target_groups
            .iter()
            .filter(|_| g.rng.chance(0.7))
            .cloned()
            .collect();
        if target_groups.is_empty() {
            target_groups.push(t.target_groups[0].clone());
        }
        let required_documents: Vec<String> = if g.rng.chance(0.3) {
            Vec::new()
        } else {
            t.documents
                .iter()
                .filter(|_| g.rng.chance(0.8))
                .cloned()
                .collect()
        };
        let status = match g.rng.below(100) {
            0..=2 => ServiceStatus::TemporarilyClosed,
            3 => ServiceStatus::Inactive,
            _ => ServiceStatus::Active,
        };
        let day = g.rng.below(660);
        let assured = chrono::NaiveDate::from_ymd_opt(2025, 1, 1).expect("valid date")
            + chrono::Duration::days(day as i64);
        let translated = g.rng.chance(opts.translated_share);
        let place = format!(" — {}", comune.name);
        let mut translations = if translated {
            translations_of(
                &[
                    ("description", &t.description),
                    ("eligibility_description", &t.eligibility),
                    ("application_process", &t.application_process),
                    ("fees_description", &t.fees),
                ],
                "",
            )
        } else {
            Translations::new()
        };
        if opts.names_translated {
            translations.extend(translations_of(&[("name", &t.name)], &place));
        }
        let location = g.location(format!("sample-loc-{n:07}"), &comune);
        let phone = g.phone(format!("sample-tel-{n:07}"));
        data.services.push(Service {
            kind: None,
            source: None,
            id: id.clone(),
            organization_id: org_id,
            name: format!("{}{place}", italian(&t.name)),
            alternate_name: None,
            description: italian(&t.description),
            url: Some(format!("https://example.org/integra-sample/{id}")),
            email: Some(format!("{}@example.org", slug(&t.kind))),
            status,
            eligibility_description: Some(italian(&t.eligibility)),
            fees_description: Some(italian(&t.fees)),
            application_process: Some(italian(&t.application_process)),
            assured_date: Some(assured.format("%Y-%m-%d").to_string()),
            area: t.area.clone(),
            target_groups,
            free: t.free,
            opening_hours: Some(hours.to_string()),
            languages,
            required_documents,
            other_documents: Vec::new(),
            phones: vec![phone],
            locations: vec![location],
            service_areas: vec![if g.rng.chance(0.8) {
                comune.istat.clone()
            } else {
                comune.province_code.clone()
            }],
            translations,
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
            protection_project: None,
        });
    }
    data.organizations.extend(providers.into_values());

    let communities = tax.terms("community");
    let activities = tax.terms("activity");
    for n in 0..opts.associations {
        let community = g.rng.pick(communities);
        let comune = g.comune().clone();
        let mut chosen: Vec<String> = Vec::new();
        for _ in 0..1 + g.rng.below(3) {
            let a = g.rng.pick(activities).id.clone();
            if !chosen.contains(&a) {
                chosen.push(a);
            }
        }
        let names: Texts = SAMPLE_ASSOCIATION
            .iter()
            .map(|(lang, label)| {
                (
                    *lang,
                    format!("{} — {label}, {}", community.name(*lang), comune.name),
                )
            })
            .collect();
        let descriptions: Texts = Lang::ALL
            .iter()
            .map(|lang| {
                let acts: Vec<&str> = chosen
                    .iter()
                    .filter_map(|a| tax.term("activity", a))
                    .map(|t| t.name(*lang))
                    .collect();
                (*lang, acts.join(" · "))
            })
            .collect();
        let id = format!("sample-assoc-{n:05}");
        let location = g.location(format!("sample-assoc-loc-{n:05}"), &comune);
        let phone = g.phone(format!("sample-assoc-tel-{n:05}"));
        data.organizations.push(Organization {
            source: None,
            id: id.clone(),
            name: italian(&names),
            description: Some(italian(&descriptions)),
            email: Some(format!("{id}@example.org")),
            website: None,
            phones: vec![phone],
            locations: vec![location],
            association: Some(AssociationProfile {
                community: Some(community.id.clone()),
                nationalities: community.country.iter().cloned().collect(),
                activities: chosen,
                region_code: Some(comune.region_code.clone()),
                second_generation: false,
                themes: Vec::new(),
            }),
            translations: if opts.names_translated {
                translations_of(&[("name", &names), ("description", &descriptions)], "")
            } else {
                Translations::new()
            },
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
        });
    }
    data.organizations.sort_by(|a, b| a.id.cmp(&b.id));

    // CPIA-style courses: one per province at its most populous comune, and
    // a second level in the 30 most populous provinces.
    let cpia: Vec<&LearningTemplate> = learning
        .iter()
        .filter(|t| t.kind == "cpia-course")
        .collect();
    let online: Vec<&LearningTemplate> = learning
        .iter()
        .filter(|t| t.kind != "cpia-course")
        .collect();
    let mut provinces: BTreeMap<&str, (&Comune, u64)> = BTreeMap::new();
    for c in gazetteer.all() {
        let e = provinces.entry(c.province_code.as_str()).or_insert((c, 0));
        e.1 += u64::from(c.population);
        if c.population > e.0.population {
            e.0 = c;
        }
    }
    let mut by_population: Vec<(&str, u64)> =
        provinces.iter().map(|(p, (_, n))| (*p, *n)).collect();
    by_population.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let second: Vec<&str> = by_population.iter().take(30).map(|(p, _)| *p).collect();
    for (province, (comune, _)) in &provinces {
        let first = g.rng.below(cpia.len());
        let mut courses = vec![first];
        if second.contains(province) {
            courses.push((first + 1) % cpia.len());
        }
        for (n, &template) in courses.iter().enumerate() {
            let t = cpia[template];
            let id = format!("sample-cpia-{province}-{}", n + 1);
            let place = format!(" — {}", comune.name);
            let location = g.location(format!("{id}-loc"), comune);
            data.learning_resources.push(t.resource(
                id,
                &place,
                Some(location),
                Some("Mo-Th 18:00-20:30; Jul-Aug off; PH off"),
            ));
        }
    }
    for (n, t) in online.iter().enumerate() {
        let id = format!("sample-learn-{n:03}-{}", slug(&t.kind));
        data.learning_resources.push(t.resource(id, "", None, None));
    }

    let reports: Vec<ReportEntry> =
        serde_json::from_str(REPORTS_JSON).expect("reports.json is checked by tests");
    for r in reports {
        let sections: Texts = r.sections.iter().map(|(l, s)| (*l, s.join("\n"))).collect();
        data.reports.push(ReportSummary {
            id: r.id,
            topic: r.topic,
            community: r.community,
            year: r.year,
            title: italian(&r.title),
            summary: italian(&r.summary),
            sections: r.sections.get(&Lang::It).cloned().unwrap_or_default(),
            translations: translations_of(
                &[
                    ("title", &r.title),
                    ("summary", &r.summary),
                    ("sections", &sections),
                ],
                "",
            ),
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
        });
    }
    let news: Vec<NewsEntry> =
        serde_json::from_str(NEWS_JSON).expect("news.json is checked by tests");
    for n in news {
        data.news.push(NewsItem {
            id: n.id,
            date: n.date,
            title: italian(&n.title),
            body: italian(&n.body),
            translations: translations_of(&[("title", &n.title), ("body", &n.body)], ""),
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
        });
    }
    // The portal's other areas come last, so the records above stay the
    // same whatever their counts.
    other_areas(&mut g, opts, &mut data);
    data
}

/// Cultural experiences, second-generation associations and their
/// manifesto (sample text, labelled as such in every language),
/// international-protection projects.
fn other_areas(g: &mut Generator<'_>, opts: SampleOptions, data: &mut CatalogData) {
    let tax = Taxonomy::bundled();
    let culture: CultureFile =
        serde_json::from_str(CULTURE_JSON).expect("culture.json is checked by tests");
    let areas: AreasFile =
        serde_json::from_str(AREAS_JSON).expect("areas.json is checked by tests");
    let sections = tax.terms("culture_section");
    for n in 0..opts.cultural_experiences {
        let section = &sections[n % sections.len()].id;
        let options: Vec<&CultureTemplate> = culture
            .templates
            .iter()
            .filter(|t| &t.section == section)
            .collect();
        let t = *g.rng.pick(&options);
        let comune = g.comune().clone();
        let id = format!("sample-culture-{n:04}");
        let location = g.location(id.clone(), &comune);
        let phone = g.phone(id.clone());
        let names: Texts = t
            .name
            .iter()
            .map(|(lang, name)| {
                let label = culture.sample_label.get(lang).map_or("", String::as_str);
                (*lang, format!("{name} — {label}, {}", comune.name))
            })
            .collect();
        data.cultural_experiences.push(CulturalExperience {
            section: section.clone(),
            name: italian(&names),
            description: italian(&t.description),
            kind_of_work: italian(&t.kind),
            comune_istat: comune.istat.clone(),
            latitude: location.latitude,
            longitude: location.longitude,
            address: location.address.map(|a| a.address_1),
            languages: t.languages.clone(),
            website: Some(format!("https://example.org/integra-sample/{id}")),
            email: Some(format!("{id}@example.org")),
            phone: Some(phone.number),
            translations: translations_of(
                &[
                    ("name", &names),
                    ("description", &t.description),
                    ("kind_of_work", &t.kind),
                ],
                "",
            ),
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
            id,
        });
    }

    let themes = tax.terms("g2_theme");
    for n in 0..opts.second_generation_associations {
        let comune = g.comune().clone();
        let mut chosen: Vec<String> = Vec::new();
        for _ in 0..1 + g.rng.below(3) {
            let t = g.rng.pick(themes).id.clone();
            if !chosen.contains(&t) {
                chosen.push(t);
            }
        }
        let names: Texts = areas
            .g2_label
            .iter()
            .map(|(lang, label)| (*lang, format!("{}, {}", capitalized(label), comune.name)))
            .collect();
        let descriptions: Texts = Lang::ALL
            .iter()
            .map(|lang| {
                let named: Vec<&str> = chosen
                    .iter()
                    .filter_map(|t| tax.term("g2_theme", t))
                    .map(|t| t.name(*lang))
                    .collect();
                (*lang, named.join(" · "))
            })
            .collect();
        let id = format!("sample-g2-{n:03}");
        let location = g.location(format!("{id}-loc"), &comune);
        let phone = g.phone(format!("{id}-tel"));
        data.organizations.push(Organization {
            source: None,
            name: italian(&names),
            description: Some(italian(&descriptions)),
            email: Some(format!("{id}@example.org")),
            website: None,
            phones: vec![phone],
            locations: vec![location],
            association: Some(AssociationProfile {
                community: None,
                nationalities: Vec::new(),
                activities: Vec::new(),
                region_code: Some(comune.region_code.clone()),
                second_generation: true,
                themes: chosen,
            }),
            translations: translations_of(&[("name", &names), ("description", &descriptions)], ""),
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
            id,
        });
    }

    for n in 0..opts.protection_projects {
        let t = &areas.protection[n % areas.protection.len()];
        let comune = g.comune().clone();
        let org_id = format!("sample-prot-org-{n:03}");
        data.organizations.push(Organization {
            source: None,
            id: org_id.clone(),
            name: format!("Ente gestore di esempio — {}", comune.name),
            description: None,
            email: None,
            website: None,
            phones: Vec::new(),
            locations: Vec::new(),
            association: None,
            translations: Translations::new(),
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
        });
        let id = format!("sample-prot-{n:03}");
        let place = format!(" — {}", comune.name);
        let mut translations = translations_of(
            &[
                ("description", &t.description),
                ("eligibility_description", &t.who_text),
                ("application_process", &t.how_text),
            ],
            "",
        );
        translations.extend(translations_of(&[("name", &t.name)], &place));
        let mut target_groups: Vec<String> = Vec::new();
        for w in &t.who {
            let group = target_group_of(w).to_string();
            if !target_groups.contains(&group) {
                target_groups.push(group);
            }
        }
        let mut languages = vec!["it".to_string(), "en".to_string()];
        for l in ["fr", "ar", "uk", "pa"] {
            if g.rng.chance(0.4) {
                languages.push(l.to_string());
            }
        }
        let location = g.location(format!("{id}-loc"), &comune);
        let phone = g.phone(format!("{id}-tel"));
        data.services.push(Service {
            kind: None,
            source: None,
            organization_id: org_id,
            name: format!("{}{place}", italian(&t.name)),
            alternate_name: None,
            description: italian(&t.description),
            url: Some(format!("https://example.org/integra-sample/{id}")),
            email: Some(format!("{id}@example.org")),
            status: ServiceStatus::Active,
            eligibility_description: Some(italian(&t.who_text)),
            fees_description: None,
            application_process: Some(italian(&t.how_text)),
            assured_date: Some("2026-10-01".into()),
            area: "international-protection".into(),
            target_groups,
            free: true,
            opening_hours: Some("Mo-Fr 09:00-13:00,14:30-17:30; PH off".into()),
            languages,
            required_documents: Vec::new(),
            other_documents: Vec::new(),
            phones: vec![phone],
            locations: vec![location],
            service_areas: vec![comune.istat.clone()],
            translations,
            sample: true,
            updated_at: SAMPLE_UPDATED_AT.into(),
            protection_project: Some(ProtectionProject {
                who_may_apply: t.who.clone(),
                referral: t.referral.clone(),
                places: t.places.then(|| 8 + g.rng.below(40) as u32),
            }),
            id,
        });
    }
    data.organizations.sort_by(|a, b| a.id.cmp(&b.id));

    let m = areas.manifesto;
    let points: Texts = Lang::ALL
        .iter()
        .map(|lang| {
            let lines: Vec<String> = m
                .points
                .iter()
                .map(|p| p.get(lang).cloned().unwrap_or_default())
                .collect();
            (*lang, lines.join("\n"))
        })
        .collect();
    data.reports.push(ReportSummary {
        topic: crate::store::MANIFESTO_TOPIC.into(),
        community: None,
        year: 2026,
        title: italian(&m.title),
        summary: italian(&m.summary),
        sections: m.points.iter().map(italian).collect(),
        translations: translations_of(
            &[
                ("title", &m.title),
                ("summary", &m.summary),
                ("sections", &points),
            ],
            "",
        ),
        sample: true,
        updated_at: SAMPLE_UPDATED_AT.into(),
        id: m.id,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::Hours;

    #[test]
    fn every_opening_hours_pattern_parses() {
        let round_the_clock = [("24/7", 0), ("Mo-Su 19:00-08:00", 0)];
        for (oh, _) in OPENING_HOURS.iter().chain(&round_the_clock) {
            Hours::parse(oh).unwrap_or_else(|e| panic!("{oh}: {e}"));
        }
    }

    #[test]
    fn small_catalogs_are_deterministic_and_marked_sample() {
        let opts = SampleOptions {
            services: 300,
            associations: 50,
            ..SampleOptions::default()
        };
        let a = generate(opts);
        let b = generate(opts);
        assert_eq!(a, b);
        assert!(
            a.services
                .iter()
                .all(|s| s.sample && s.name.contains(" — "))
        );
        assert!(a.organizations.iter().all(|o| o.sample));
        assert!(
            a.services
                .iter()
                .all(|s| s.phones.iter().all(|p| p.number.starts_with("+39 0000 ")))
        );
        crate::validate::validate(&a, Default::default()).unwrap();
        let learning = a.learning_resources.len();
        assert!(
            (140..=170).contains(&learning),
            "{learning} learning resources"
        );
        // 17 report summaries and the second generations' manifesto.
        assert_eq!(a.reports.len(), 18);
        assert_eq!(a.news.len(), 12);
        let areas: std::collections::BTreeSet<&str> =
            a.services.iter().map(|s| s.area.as_str()).collect();
        assert_eq!(areas.len(), 7, "every area has services");
    }

    #[test]
    fn the_other_areas_are_sample_records_at_real_comuni() {
        let data = generate(SampleOptions {
            services: 50,
            associations: 10,
            ..SampleOptions::default()
        });
        crate::validate::validate(&data, Default::default()).unwrap();
        let gazetteer = Gazetteer::bundled();
        assert_eq!(data.cultural_experiences.len(), 400);
        let mut by_section: BTreeMap<&str, usize> = BTreeMap::new();
        for c in &data.cultural_experiences {
            assert!(c.sample && gazetteer.by_istat(&c.comune_istat).is_some());
            assert_eq!(c.translations["name"].len(), 10, "{}", c.id);
            *by_section.entry(c.section.as_str()).or_default() += 1;
        }
        assert_eq!(by_section.len(), 5);
        assert!(by_section.values().all(|&n| n == 80), "{by_section:?}");
        let g2: Vec<&Organization> = data
            .organizations
            .iter()
            .filter(|o| o.association.as_ref().is_some_and(|a| a.second_generation))
            .collect();
        assert_eq!(g2.len(), 40);
        assert!(
            g2.iter()
                .all(|o| o.sample && !o.association.as_ref().unwrap().themes.is_empty())
        );
        let projects: Vec<&Service> = data
            .services
            .iter()
            .filter(|s| s.protection_project.is_some())
            .collect();
        assert_eq!(projects.len(), 60);
        assert!(
            projects
                .iter()
                .all(|s| s.sample && s.area == "international-protection")
        );
        let manifesto: Vec<&ReportSummary> = data
            .reports
            .iter()
            .filter(|r| r.topic == crate::store::MANIFESTO_TOPIC)
            .collect();
        assert_eq!(manifesto.len(), 1);
        let m = manifesto[0];
        assert_eq!(m.sections.len(), 10);
        assert!(m.title.contains("testo di esempio"));
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::It) {
            let points = &m.translations["sections"][&lang];
            assert_eq!(points.lines().count(), 10, "{lang}");
            assert!(m.translations["title"].contains_key(&lang), "{lang}");
        }
    }
}
