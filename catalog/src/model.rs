//! The catalog's records: HSDS 3.0-shaped aggregates (`Service`,
//! `Organization`, `LearningResource`, `ReportSummary`, `NewsItem`,
//! `CulturalExperience`, gathered in `CatalogData`) with HSDS field names,
//! plus Integra's Italy profile (translations, ISTAT territory, areas, opening
//! hours, associations, learning resources, report summaries, news, cultural
//! experiences, protection projects).
//!
//! [`Translations`] map field → language → text; the Italian text lives in the
//! record itself, and [`localized`] picks the reader's language with the
//! Italian fallback flagged. New fields are left out of the canonical JSON
//! when empty, so the content hashes of records without them do not change.
//!
//! An aggregate is the unit of import, export, sync and display; the store
//! keeps it in normalized HSDS tables.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::provenance::{Precision, ServiceKind};

/// `field -> lang -> text`. Italian is kept in the record itself; this map
/// holds the other languages (DESIGN §2: HSDS has no translations).
pub type Translations = BTreeMap<String, BTreeMap<Lang, String>>;

/// HSDS `service.status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum ServiceStatus {
    #[default]
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "inactive")]
    Inactive,
    #[serde(rename = "defunct")]
    Defunct,
    #[serde(rename = "temporarily closed")]
    TemporarilyClosed,
}

impl ServiceStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceStatus::Active => "active",
            ServiceStatus::Inactive => "inactive",
            ServiceStatus::Defunct => "defunct",
            ServiceStatus::TemporarilyClosed => "temporarily closed",
        }
    }

    pub fn parse(s: &str) -> Option<ServiceStatus> {
        [
            ServiceStatus::Active,
            ServiceStatus::Inactive,
            ServiceStatus::Defunct,
            ServiceStatus::TemporarilyClosed,
        ]
        .into_iter()
        .find(|st| st.as_str() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Address {
    pub address_1: String,
    pub city: String,
    pub postal_code: Option<String>,
    /// Province abbreviation (e.g. `PO`).
    pub state_province: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: String,
    pub name: Option<String>,
    pub latitude: f64,
    pub longitude: f64,
    /// ISTAT code of the comune the location lies in.
    pub comune_istat: Option<String>,
    pub address: Option<Address>,
    /// How the point was placed. Left out of the canonical JSON at its
    /// default (`address`), so older records kept their content hashes.
    #[serde(default, skip_serializing_if = "Precision::is_address")]
    pub precision: Precision,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Phone {
    pub id: String,
    pub number: String,
    pub description: Option<String>,
}

/// The profile of an organization that is a migrant association.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct AssociationProfile {
    /// Community id from the taxonomy (e.g. `moroccan`).
    pub community: Option<String>,
    /// ISO 3166-1 alpha-2 countries of origin of the members.
    pub nationalities: Vec<String>,
    /// Activity ids from the taxonomy.
    pub activities: Vec<String>,
    /// ISTAT region code where it is active.
    pub region_code: Option<String>,
    /// An association of the second generations (young people of foreign
    /// origin; the portal's "Filo diretto con le seconde generazioni").
    /// Left out of the canonical JSON when false, so the content hashes of
    /// records without it did not change when it was added.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub second_generation: bool,
    /// Second-generation themes (taxonomy `g2_theme`: school, work, culture,
    /// sport, participation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Organization {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub phones: Vec<Phone>,
    pub locations: Vec<Location>,
    pub association: Option<AssociationProfile>,
    pub translations: Translations,
    /// Generated sample data, never an official record.
    pub sample: bool,
    /// RFC 3339.
    pub updated_at: String,
    /// Key of the official source the record was derived from
    /// ([`crate::provenance::SOURCES`]); None for the portal's own records.
    /// Left out of the canonical JSON when None.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    pub organization_id: String,
    pub name: String,
    pub alternate_name: Option<String>,
    pub description: String,
    pub url: Option<String>,
    pub email: Option<String>,
    pub status: ServiceStatus,
    pub eligibility_description: Option<String>,
    pub fees_description: Option<String>,
    pub application_process: Option<String>,
    /// Last verified (HSDS `assured_date`, `YYYY-MM-DD`).
    pub assured_date: Option<String>,
    /// One of the portal's seven areas (taxonomy id).
    pub area: String,
    pub target_groups: Vec<String>,
    pub free: bool,
    /// OSM `opening_hours` syntax, evaluated in Europe/Rome with Italian holidays.
    pub opening_hours: Option<String>,
    /// ISO 639-1 codes of the languages spoken.
    pub languages: Vec<String>,
    /// Document ids from the taxonomy. With `other_documents` empty too, no
    /// document is required, except for a record with an official
    /// `source`, whose source says nothing of documents (not stated).
    pub required_documents: Vec<String>,
    /// Documents no term names, in the words of whoever published the
    /// record ("Copia del contratto di affitto"), in Italian. Left out of
    /// the canonical JSON when empty, so older records kept their content
    /// hashes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_documents: Vec<String>,
    pub phones: Vec<Phone>,
    pub locations: Vec<Location>,
    /// ISTAT codes (region, province or comune) the service covers.
    pub service_areas: Vec<String>,
    pub translations: Translations,
    pub sample: bool,
    pub updated_at: String,
    /// An international-protection project (area `international-protection`):
    /// its own fields. Left out of the canonical JSON when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub protection_project: Option<ProtectionProject>,
    /// Key of the official source the record was derived from
    /// ([`crate::provenance::SOURCES`]); None for the portal's own records.
    /// Left out of the canonical JSON when None.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// What kind of place this is, where the source says so (official
    /// records); None for the portal's own records, whose description says
    /// it. Left out of the canonical JSON when None.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ServiceKind>,
}

impl Service {
    /// The record names some document a person must bring.
    pub fn asks_for_documents(&self) -> bool {
        !self.required_documents.is_empty() || !self.other_documents.is_empty()
    }

    /// The record says no document is needed. An official source that
    /// lists none says nothing about them, so its records never do.
    pub fn needs_no_documents(&self) -> bool {
        !self.asks_for_documents() && self.source.is_none()
    }

    /// How precisely the location a distance from `near` (latitude,
    /// longitude) is measured to was placed: the nearest location's (the
    /// first without a point; `Address` without any location).
    pub fn precision_near(&self, near: Option<(f64, f64)>) -> Precision {
        let nearest = match near {
            Some((lat, lon)) => self.locations.iter().min_by(|a, b| {
                let d =
                    |l: &Location| crate::geo_math::distance_km(lat, lon, l.latitude, l.longitude);
                d(a).total_cmp(&d(b))
            }),
            None => self.locations.first(),
        };
        nearest.map_or(Precision::Address, |l| l.precision)
    }
}

/// What an international-protection project (reception, legal guidance,
/// integration of protected people) adds to its service. The long texts
/// stay in HSDS fields: who may apply in `eligibility_description`, how to
/// be referred in `application_process`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ProtectionProject {
    /// Who may apply: taxonomy `protection_status` ids (asylum seekers,
    /// refugees, subsidiary or special protection, unaccompanied minors…).
    pub who_may_apply: Vec<String>,
    /// How a person is referred: taxonomy `referral` id (prefecture,
    /// social services, self-referral, …).
    pub referral: String,
    /// Reception places, when the project hosts people.
    pub places: Option<u32>,
}

/// One entry of the portal's Cultural Area: the cultural work of people with
/// a migrant background (publishing houses, festivals, orchestras, theatre
/// companies, archives…). Not an HSDS record: it travels in the `x-integra`
/// extension (see `catalog/HSDS.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CulturalExperience {
    pub id: String,
    /// Taxonomy `culture_section`: literature, cinema, theatre, music,
    /// visual-art-heritage.
    pub section: String,
    pub name: String,
    pub description: String,
    /// What kind of work it is ("casa editrice", "festival"…), in Italian;
    /// other languages in `translations["kind_of_work"]`.
    pub kind_of_work: String,
    /// ISTAT code of the comune.
    pub comune_istat: String,
    pub latitude: f64,
    pub longitude: f64,
    pub address: Option<String>,
    /// ISO 639-1 codes of the languages the work is in.
    pub languages: Vec<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub translations: Translations,
    pub sample: bool,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LearningResource {
    pub id: String,
    /// Resource kind id from the taxonomy (`cpia-course`, `online-course`, ...).
    pub kind: String,
    pub title: String,
    pub description: String,
    /// CEFR levels: `pre-A1`, `A1` … `C2`.
    pub levels: Vec<String>,
    pub instruction_languages: Vec<String>,
    pub free: bool,
    pub works_offline: bool,
    pub url: Option<String>,
    pub organization_id: Option<String>,
    pub location: Option<Location>,
    pub opening_hours: Option<String>,
    pub translations: Translations,
    pub sample: bool,
    pub updated_at: String,
    /// Key of the official source the record was derived from
    /// ([`crate::provenance::SOURCES`]); None for the portal's own records.
    /// Left out of the canonical JSON when None.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportSummary {
    pub id: String,
    /// `community` or `labour-market`.
    pub topic: String,
    pub community: Option<String>,
    pub year: i32,
    pub title: String,
    pub summary: String,
    pub sections: Vec<String>,
    pub translations: Translations,
    pub sample: bool,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NewsItem {
    pub id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    pub title: String,
    pub body: String,
    pub translations: Translations,
    pub sample: bool,
    pub updated_at: String,
}

/// A whole catalog (or a batch of records) as one value: what an import
/// writes, an export reads and a feed snapshot carries.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct CatalogData {
    pub organizations: Vec<Organization>,
    pub services: Vec<Service>,
    pub learning_resources: Vec<LearningResource>,
    pub reports: Vec<ReportSummary>,
    pub news: Vec<NewsItem>,
    #[serde(default)]
    pub cultural_experiences: Vec<CulturalExperience>,
}

/// Text of `field` in `lang`, or the Italian original.
pub fn localized<'a>(
    translations: &'a Translations,
    italian: &'a str,
    field: &str,
    lang: Lang,
) -> Localized<'a> {
    if lang != Lang::It
        && let Some(text) = translations.get(field).and_then(|m| m.get(&lang))
    {
        return Localized {
            text,
            lang,
            italian_fallback: false,
        };
    }
    Localized {
        text: italian,
        lang: Lang::It,
        italian_fallback: lang != Lang::It,
    }
}

/// A text with the language it is actually in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Localized<'a> {
    pub text: &'a str,
    pub lang: Lang,
    /// True when the user's language was missing and Italian is shown.
    pub italian_fallback: bool,
}
