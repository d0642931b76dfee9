//! Real records from official open data: the derived TSVs of
//! `assets/data/official/` (written by `assets/data/build/build_official.py`,
//! described in that folder's `SOURCES.md`) turned into catalog records.
//!
//! - each CPIA, the Aosta CRIA and each school institute an [`Organization`]
//!   with its seat; each adult-education site a [`Service`] of the
//!   Italian-language area (and, on request, a `cpia-course`
//!   [`LearningResource`]);
//! - each state school site a school-enrolment [`Service`] of the minors
//!   area, by level;
//! - each ASL an [`Organization`]; each hospital a [`Service`] of the health
//!   area, belonging to the ASL that runs it or to an organization of its own.
//!
//! Not yet the app's catalog: the app still starts from the sample starter
//! feed; besides this file's own tests, only `tests/official.rs` calls
//! [`build`] (every record validates and imports; the derivation reruns to
//! the same bytes).
//!
//! Each record names its source (`source`, a key of
//! [`crate::provenance::SOURCES`]) and each location how it was placed
//! (`precision`). The texts are passed in (tests feed fixtures);
//! [`OfficialTexts::read_dir`] reads the committed folder.

use std::collections::BTreeMap;
use std::path::Path;

use crate::gazetteer::Gazetteer;
use crate::model::{
    Address, CatalogData, LearningResource, Location, Organization, Service, ServiceStatus,
    Translations,
};
use crate::provenance::ServiceKind;
use crate::record::RecordRef;

/// What a row of the derived files did wrong, naming the file and line.
#[derive(Debug, thiserror::Error)]
pub enum OfficialError {
    #[error("I/O error on {path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}: header is {found:?}, expected {expected:?}")]
    Header {
        file: &'static str,
        expected: String,
        found: String,
    },
    #[error("{file} line {line}: {reason}")]
    Row {
        file: &'static str,
        line: usize,
        reason: String,
    },
}

pub use crate::provenance::{GEONAMES as GEONAMES_ATTRIBUTION, Precision, SOURCES, Source, source};

/// The derived files' texts, as committed in `assets/data/official/`.
#[derive(Debug, Clone, Copy, Default)]
pub struct OfficialTexts<'a> {
    pub institutes: &'a str,
    pub cpia_sites: &'a str,
    pub schools: &'a str,
    pub asl: &'a str,
    pub hospitals: &'a str,
}

/// Owned texts read from a folder; [`OwnedTexts::texts`] borrows them.
#[derive(Debug, Clone, Default)]
pub struct OwnedTexts {
    pub institutes: String,
    pub cpia_sites: String,
    pub schools: String,
    pub asl: String,
    pub hospitals: String,
}

impl OwnedTexts {
    pub fn texts(&self) -> OfficialTexts<'_> {
        OfficialTexts {
            institutes: &self.institutes,
            cpia_sites: &self.cpia_sites,
            schools: &self.schools,
            asl: &self.asl,
            hospitals: &self.hospitals,
        }
    }
}

impl OfficialTexts<'_> {
    /// Reads the five files from `dir` (normally `assets/data/official`).
    pub fn read_dir(dir: impl AsRef<Path>) -> Result<OwnedTexts, OfficialError> {
        let read = |name: &str| {
            let path = dir.as_ref().join(name);
            std::fs::read_to_string(&path).map_err(|source| OfficialError::Io {
                path: path.display().to_string(),
                source,
            })
        };
        Ok(OwnedTexts {
            institutes: read("institutes.tsv")?,
            cpia_sites: read("cpia_sites.tsv")?,
            schools: read("schools.tsv")?,
            asl: read("asl.tsv")?,
            hospitals: read("hospitals.tsv")?,
        })
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct OfficialOptions {
    /// Also list each CPIA site as a `cpia-course` learning resource (the
    /// "Learn Italian" screen reads learning resources). Off by default: the
    /// same site would otherwise show twice in a search over every kind.
    pub cpia_courses: bool,
}

/// The records, each with its source key and its locations' precision.
#[derive(Debug, Clone, Default)]
pub struct Official {
    pub data: CatalogData,
}

impl Official {
    /// The precision of the first location of the record with this id
    /// (organizations, services, learning resources; for tests and reports).
    pub fn precision(&self, id: &str) -> Option<Precision> {
        self.data
            .records()
            .find(|r| r.id() == id)
            .and_then(|r| match r {
                RecordRef::Organization(o) => o.locations.first().map(|l| l.precision),
                RecordRef::Service(s) => s.locations.first().map(|l| l.precision),
                RecordRef::LearningResource(l) => l.location.as_ref().map(|l| l.precision),
                _ => None,
            })
    }

    /// The source of the record with this id.
    pub fn provenance(&self, id: &str) -> Option<&'static Source> {
        let key = self
            .data
            .records()
            .find(|r| r.id() == id)
            .and_then(|r| match r {
                RecordRef::Organization(o) => o.source.as_deref(),
                RecordRef::Service(s) => s.source.as_deref(),
                RecordRef::LearningResource(l) => l.source.as_deref(),
                _ => None,
            })?;
        source(key)
    }
}

pub const INSTITUTE_COLUMNS: &str =
    "id\tkind\tname\taddress\tcap\tistat\tlat\tlon\tprecision\temail\tpec\twebsite\tsource";
pub const SCHOOL_COLUMNS: &str =
    "id\tinstitute\tname\tlevel\taddress\tcap\tistat\tlat\tlon\tprecision\temail\twebsite";
pub const SITE_COLUMNS: &str =
    "id\tinstitute\tname\tlevel\taddress\tcap\tistat\tlat\tlon\tprecision\temail\twebsite\tsource";
pub const ASL_COLUMNS: &str = "id\tname\tistat\tlat\tlon\tprecision\tsource";
pub const HOSPITAL_COLUMNS: &str = "id\torganization\tterritorial_asl\tname\tname_cut\ttype\townership\tistat\tlat\tlon\tprecision\tsource";

/// Rows of one file: header checked, each row split into exactly as many
/// fields as the header has, with its line number for errors.
struct Table<'a> {
    file: &'static str,
    rows: Vec<(usize, Vec<&'a str>)>,
}

impl<'a> Table<'a> {
    fn parse(file: &'static str, text: &'a str, header: &str) -> Result<Table<'a>, OfficialError> {
        let mut lines = text.lines();
        let found = lines.next().unwrap_or_default();
        if found != header {
            return Err(OfficialError::Header {
                file,
                expected: header.to_string(),
                found: found.to_string(),
            });
        }
        let width = header.split('\t').count();
        let mut rows = Vec::new();
        for (i, line) in lines.enumerate() {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() != width {
                return Err(OfficialError::Row {
                    file,
                    line: i + 2,
                    reason: format!("{} fields, expected {width}", fields.len()),
                });
            }
            rows.push((i + 2, fields));
        }
        Ok(Table { file, rows })
    }

    fn fail(&self, line: usize, reason: impl Into<String>) -> OfficialError {
        OfficialError::Row {
            file: self.file,
            line,
            reason: reason.into(),
        }
    }
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

// The columns of a row that make a location, in file order.
#[allow(clippy::too_many_arguments)]
fn place(
    t: &Table<'_>,
    line: usize,
    id: String,
    name: &str,
    address: &str,
    cap: &str,
    istat: &str,
    lat: &str,
    lon: &str,
    precision: &str,
) -> Result<Location, OfficialError> {
    let comune = Gazetteer::bundled()
        .by_istat(istat)
        .ok_or_else(|| t.fail(line, format!("{istat:?} is not an ISTAT comune")))?;
    let coord = |s: &str| {
        s.parse::<f64>()
            .map_err(|_| t.fail(line, format!("{s:?} is not a coordinate")))
    };
    let precision = Precision::parse(precision)
        .ok_or_else(|| t.fail(line, format!("precision {precision:?}")))?;
    // Without a street the record claims no address: the comune is shown
    // through `comune_istat`.
    let address = (!address.is_empty()).then(|| Address {
        address_1: address.to_string(),
        city: comune.name.clone(),
        postal_code: opt(cap),
        state_province: Some(comune.province_abbr.clone()),
        country: "IT".into(),
    });
    Ok(Location {
        id,
        name: Some(name.to_string()),
        latitude: coord(lat)?,
        longitude: coord(lon)?,
        comune_istat: Some(istat.to_string()),
        address,
        precision,
    })
}

fn source_of(t: &Table<'_>, line: usize, key: &str) -> Result<&'static Source, OfficialError> {
    source(key).ok_or_else(|| t.fail(line, format!("unknown source {key:?}")))
}

/// A school level's area, what it is called, who it is for and its kind.
type Level = (
    &'static str,
    &'static str,
    &'static [&'static str],
    ServiceKind,
);

fn level(level: &str) -> Option<Level> {
    const MINORS: &[&str] = &["minors", "families"];
    Some(match level {
        "infanzia" => (
            "minors-second-generations",
            "Scuola dell'infanzia statale",
            MINORS,
            ServiceKind::SchoolInfanzia,
        ),
        "primaria" => (
            "minors-second-generations",
            "Scuola primaria statale",
            MINORS,
            ServiceKind::SchoolPrimaria,
        ),
        "secondaria-1" => (
            "minors-second-generations",
            "Scuola secondaria di primo grado statale",
            MINORS,
            ServiceKind::SchoolSecondaria1,
        ),
        "secondaria-2" => (
            "minors-second-generations",
            "Scuola secondaria di secondo grado statale",
            &["minors", "students", "families"],
            ServiceKind::SchoolSecondaria2,
        ),
        // Evening upper-secondary courses for adults belong, by law
        // (DPR 263/2012), to the adult-education system the CPIA lead: the
        // portal files adult education under the Italian-language area.
        "serale" => (
            "italian-language",
            "Corso serale di istruzione secondaria di secondo grado per adulti \
             (percorso di secondo livello)",
            &["all-foreign-nationals", "workers", "students"],
            ServiceKind::AdultSecondary,
        ),
        _ => return None,
    })
}

// One argument per field a derived service fills; a struct would only
// rename them.
#[allow(clippy::too_many_arguments)]
fn service(
    id: String,
    organization_id: String,
    name: String,
    description: String,
    area: &str,
    target_groups: &[&str],
    contact: (Option<String>, Option<String>),
    free: bool,
    location: Location,
    source: &Source,
    kind: ServiceKind,
) -> Service {
    Service {
        kind: Some(kind),
        id,
        organization_id,
        name,
        alternate_name: None,
        description,
        url: contact.1,
        email: contact.0,
        status: ServiceStatus::Active,
        eligibility_description: None,
        fees_description: None,
        application_process: None,
        // Not verified by anyone since the source's data date: the date is
        // provenance (`source`), not an assurance.
        assured_date: None,
        area: area.to_string(),
        target_groups: target_groups.iter().map(|s| s.to_string()).collect(),
        free,
        opening_hours: None,
        languages: Vec::new(),
        required_documents: Vec::new(),
        other_documents: Vec::new(),
        phones: Vec::new(),
        locations: vec![location],
        service_areas: Vec::new(),
        translations: Translations::new(),
        sample: false,
        updated_at: source.updated_at.to_string(),
        protection_project: None,
        source: Some(source.key.to_string()),
    }
}

fn organization(
    id: String,
    name: String,
    description: Option<String>,
    email: Option<String>,
    website: Option<String>,
    location: Location,
    source: &Source,
) -> Organization {
    Organization {
        id,
        name,
        description,
        email,
        website,
        phones: Vec::new(),
        locations: vec![location],
        association: None,
        translations: Translations::new(),
        sample: false,
        updated_at: source.updated_at.to_string(),
        source: Some(source.key.to_string()),
    }
}

/// Builds the records from the derived texts.
pub fn build(texts: &OfficialTexts<'_>, opts: OfficialOptions) -> Result<Official, OfficialError> {
    let mut out = Official::default();
    let mut institutes: BTreeMap<&str, (Option<String>, Option<String>, String)> = BTreeMap::new();

    let t = Table::parse("institutes.tsv", texts.institutes, INSTITUTE_COLUMNS)?;
    for (line, f) in &t.rows {
        let [
            id,
            kind,
            name,
            address,
            cap,
            istat,
            lat,
            lon,
            precision,
            email,
            _pec,
            website,
            src,
        ] = f[..]
        else {
            unreachable!("width checked")
        };
        let source = source_of(&t, *line, src)?;
        let p = place(
            &t,
            *line,
            format!("{id}/seat"),
            name,
            address,
            cap,
            istat,
            lat,
            lon,
            precision,
        )?;
        let description = match kind {
            "cpia" => {
                "Centro provinciale per l'istruzione degli adulti (CPIA): corsi di lingua \
                       italiana per stranieri e percorsi di istruzione per adulti. Sede \
                       amministrativa."
            }
            "cria" => {
                "Centro regionale per l'istruzione degli adulti della Valle d'Aosta: corsi \
                       di lingua italiana per stranieri e percorsi di istruzione per adulti."
            }
            "istituto" => {
                "Istituzione scolastica statale. La segreteria gestisce le iscrizioni \
                           delle sue scuole."
            }
            other => return Err(t.fail(*line, format!("unknown institute kind {other:?}"))),
        };
        institutes.insert(id, (opt(email), opt(website), name.to_string()));
        out.data.organizations.push(organization(
            id.to_string(),
            name.to_string(),
            Some(description.to_string()),
            opt(email),
            opt(website),
            p,
            source,
        ));
    }

    let sites = |file: &'static str,
                 text: &str,
                 header: &str,
                 out: &mut Official|
     -> Result<(), OfficialError> {
        let t = Table::parse(file, text, header)?;
        for (line, f) in &t.rows {
            let (id, inst, name, lvl, address, cap, istat, lat, lon, precision, email, website) = (
                f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11],
            );
            let source = match f.get(12) {
                Some(key) => source_of(&t, *line, key)?,
                None => &SOURCES[0],
            };
            let (i_email, i_web, i_name) = institutes.get(inst).ok_or_else(|| {
                t.fail(
                    *line,
                    format!("institute {inst:?} is not in institutes.tsv"),
                )
            })?;
            // `=`: the same as the institute's (it keeps the files small).
            let email = if email == "=" {
                i_email.clone()
            } else {
                opt(email)
            };
            let website = if website == "=" {
                i_web.clone()
            } else {
                opt(website)
            };
            let p = place(
                &t,
                *line,
                format!("{id}/site"),
                name,
                address,
                cap,
                istat,
                lat,
                lon,
                precision,
            )?;
            let svc = if lvl == "cpia" {
                if opts.cpia_courses {
                    let mut location = p.clone();
                    location.id = format!("{id}/course-site");
                    out.data.learning_resources.push(LearningResource {
                        id: format!("{id}/course"),
                        kind: "cpia-course".into(),
                        title: format!("Corsi di italiano per stranieri - {name}"),
                        description: format!(
                            "Corsi di alfabetizzazione e di apprendimento della lingua italiana \
                             per adulti stranieri nella sede «{name}» ({i_name})."
                        ),
                        levels: ["pre-A1", "A1", "A2"].map(String::from).to_vec(),
                        instruction_languages: vec!["it".into()],
                        free: true,
                        works_offline: false,
                        url: website.clone(),
                        organization_id: Some(inst.to_string()),
                        location: Some(location),
                        opening_hours: None,
                        translations: Translations::new(),
                        sample: false,
                        updated_at: source.updated_at.to_string(),
                        source: Some(source.key.to_string()),
                    });
                }
                service(
                    id.to_string(),
                    inst.to_string(),
                    name.to_string(),
                    format!(
                        "Sede di «{i_name}», istruzione pubblica per adulti: corsi di lingua \
                         italiana per stranieri (alfabetizzazione, livelli A1 e A2) e percorsi \
                         di primo livello (licenza media). L'iscrizione si fa al CPIA."
                    ),
                    "italian-language",
                    &["all-foreign-nationals"],
                    (email, website),
                    true,
                    p,
                    source,
                    ServiceKind::CpiaSite,
                )
            } else {
                let (area, what, groups, kind) =
                    level(lvl).ok_or_else(|| t.fail(*line, format!("unknown level {lvl:?}")))?;
                service(
                    id.to_string(),
                    inst.to_string(),
                    name.to_string(),
                    format!(
                        "{what} dell'istituto «{i_name}». Per l'iscrizione ci si rivolge alla \
                         segreteria dell'istituto."
                    ),
                    area,
                    groups,
                    (email, website),
                    true,
                    p,
                    source,
                    kind,
                )
            };
            out.data.services.push(svc);
        }
        Ok(())
    };
    sites("cpia_sites.tsv", texts.cpia_sites, SITE_COLUMNS, &mut out)?;
    sites("schools.tsv", texts.schools, SCHOOL_COLUMNS, &mut out)?;

    let t = Table::parse("asl.tsv", texts.asl, ASL_COLUMNS)?;
    for (line, f) in &t.rows {
        let [id, name, istat, lat, lon, precision, src] = f[..] else {
            unreachable!("width checked")
        };
        let source = source_of(&t, *line, src)?;
        let p = place(
            &t,
            *line,
            format!("{id}/seat"),
            name,
            "",
            "",
            istat,
            lat,
            lon,
            precision,
        )?;
        out.data.organizations.push(organization(
            id.to_string(),
            name.to_string(),
            Some("Azienda sanitaria locale: servizio sanitario pubblico del territorio.".into()),
            None,
            None,
            p,
            source,
        ));
    }
    let asl: std::collections::HashSet<String> =
        t.rows.iter().map(|(_, f)| f[0].to_string()).collect();

    let t = Table::parse("hospitals.tsv", texts.hospitals, HOSPITAL_COLUMNS)?;
    for (line, f) in &t.rows {
        let [
            id,
            org,
            _territorial,
            name,
            name_cut,
            _kind,
            ownership,
            istat,
            lat,
            lon,
            precision,
            src,
        ] = f[..]
        else {
            unreachable!("width checked")
        };
        let source = source_of(&t, *line, src)?;
        let p = place(
            &t,
            *line,
            format!("{id}/site"),
            name,
            "",
            "",
            istat,
            lat,
            lon,
            precision,
        )?;
        let (what, kind) = match ownership {
            "public" => (
                "Struttura di ricovero pubblica (ospedale).",
                ServiceKind::Hospital,
            ),
            "private" => (
                "Struttura di ricovero privata (casa di cura).",
                ServiceKind::PrivateClinic,
            ),
            "private-as-public" => (
                "Struttura di ricovero privata equiparata alla pubblica.",
                ServiceKind::Hospital,
            ),
            other => return Err(t.fail(*line, format!("unknown ownership {other:?}"))),
        };
        // The source cuts names at 40 characters: say so rather than guess.
        let cut = if name_cut == "1" {
            " Il nome è quello dell'elenco del Ministero della Salute, che lo tronca a 40 caratteri."
        } else {
            ""
        };
        let organization_id = if org.is_empty() {
            // Not run by an ASL: its own organization, same id (organizations
            // and services are separate kinds).
            let mut seat = p.clone();
            seat.id = format!("{id}/seat");
            out.data.organizations.push(organization(
                id.to_string(),
                name.to_string(),
                Some(format!("{what}{cut}")),
                None,
                None,
                seat,
                source,
            ));
            id.to_string()
        } else if asl.contains(org) {
            org.to_string()
        } else {
            return Err(t.fail(*line, format!("organization {org:?} is not in asl.tsv")));
        };
        out.data.services.push(service(
            id.to_string(),
            organization_id,
            name.to_string(),
            format!("{what}{cut}"),
            "health-services",
            &["all-foreign-nationals"],
            (None, None),
            false,
            p,
            source,
            kind,
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::{ValidationOptions, validate};

    fn fixture() -> OwnedTexts {
        OwnedTexts {
            institutes: format!(
                "{INSTITUTE_COLUMNS}\n\
                 mim:POMM03700T\tcpia\tCPIA Prato\tVia Reggiana 26\t59100\t100005\t43.88000\t11.09000\tcomune\tpomm03700t@istruzione.it\t\thttp://www.cpiaprato.edu.it\tmim-2025\n\
                 mim:POIC81000X\tistituto\tIC Prato Uno\tVia Roma 1\t59100\t100005\t43.88000\t11.09000\tcomune\tpoic81000x@istruzione.it\t\t\tmim-2025\n"
            ),
            cpia_sites: format!(
                "{SITE_COLUMNS}\n\
                 mim:POCT70000A\tmim:POMM03700T\tCTP Prato\tcpia\tVia Reggiana 26\t59100\t100005\t43.88000\t11.09000\tcomune\t=\t=\tmim-2025\n"
            ),
            schools: format!(
                "{SCHOOL_COLUMNS}\n\
                 mim:POEE81001Y\tmim:POIC81000X\tScuola Primaria Uno\tprimaria\t\t59100\t100005\t43.90000\t11.10000\tpostcode\t=\thttp://x.it\n\
                 mim:POEE81002Y\tmim:POIC81000X\tSerale\tserale\tVia Roma 2\t\t100005\t43.88000\t11.09000\tcomune\t\t\n"
            ),
            asl: format!(
                "{ASL_COLUMNS}\nsalute:asl:090201\tAzienda USL Toscana Centro\t048017\t43.77\t11.25\tcomune\tsalute-2024\n"
            ),
            hospitals: format!(
                "{HOSPITAL_COLUMNS}\n\
                 salute:090001\tsalute:asl:090201\tsalute:asl:090201\tOspedale Santo Stefano\t0\t1\tpublic\t100005\t43.88\t11.09\tcomune\tsalute-2024\n\
                 salute:090002\t\tsalute:asl:090201\tCasa di Cura Villa Fiorita Prato S.R.L. X\t1\t5.1\tprivate\t100005\t43.88\t11.09\tcomune\tsalute-2024\n"
            ),
        }
    }

    #[test]
    fn fixture_builds_valid_records_with_sources_and_precision() {
        let owned = fixture();
        let off = build(&owned.texts(), OfficialOptions { cpia_courses: true }).unwrap();
        validate(&off.data, ValidationOptions::default()).unwrap();
        assert_eq!(
            off.data.organizations.len(),
            4,
            "2 institutes, 1 ASL, 1 private clinic"
        );
        assert_eq!(off.data.services.len(), 5);
        assert_eq!(off.data.learning_resources.len(), 1);
        let site = off
            .data
            .services
            .iter()
            .find(|s| s.id == "mim:POCT70000A")
            .unwrap();
        assert_eq!(site.area, "italian-language");
        assert_eq!(site.organization_id, "mim:POMM03700T");
        // `=` takes the institute's contacts
        assert_eq!(site.email.as_deref(), Some("pomm03700t@istruzione.it"));
        assert_eq!(site.url.as_deref(), Some("http://www.cpiaprato.edu.it"));
        let school = off
            .data
            .services
            .iter()
            .find(|s| s.id == "mim:POEE81001Y")
            .unwrap();
        assert_eq!(school.area, "minors-second-generations");
        assert_eq!(school.url.as_deref(), Some("http://x.it"));
        assert!(
            school.locations[0].address.is_none(),
            "no street, no address"
        );
        assert_eq!(off.precision("mim:POEE81001Y"), Some(Precision::Postcode));
        assert_eq!(off.precision("mim:POCT70000A"), Some(Precision::Comune));
        assert_eq!(off.provenance("salute:090001").unwrap().data_date, "2024");
        let clinic = off
            .data
            .services
            .iter()
            .find(|s| s.id == "salute:090002")
            .unwrap();
        assert_eq!(clinic.organization_id, "salute:090002");
        assert!(clinic.description.contains("40 caratteri"));
        let public = off
            .data
            .services
            .iter()
            .find(|s| s.id == "salute:090001")
            .unwrap();
        assert_eq!(public.organization_id, "salute:asl:090201");
    }

    #[test]
    fn sources_and_precision_survive_both_hsds_forms() {
        let owned = fixture();
        let off = build(&owned.texts(), OfficialOptions { cpia_courses: true }).unwrap();
        let hashes = |d: &CatalogData| {
            let mut h: Vec<(String, String)> = d
                .records()
                .map(|r| (r.id().to_string(), r.hash()))
                .collect();
            h.sort();
            h
        };
        let opts = crate::hsds::ImportOptions::default();
        let package = crate::hsds::export_package(&off.data).unwrap();
        let back = crate::hsds::import_package(&package, &opts).unwrap().data;
        assert_eq!(hashes(&back), hashes(&off.data));
        let json = serde_json::to_vec(&crate::hsds::export_json(&off.data).unwrap()).unwrap();
        let back = crate::hsds::import_json("t.json", &json, &opts)
            .unwrap()
            .data;
        assert_eq!(hashes(&back), hashes(&off.data));
        assert!(
            back.services
                .iter()
                .any(|s| s.locations[0].precision == Precision::Comune)
        );
    }

    #[test]
    fn an_unknown_source_or_a_sample_claiming_one_is_refused() {
        let owned = fixture();
        let mut off = build(&owned.texts(), OfficialOptions::default()).unwrap();
        off.data.services[0].source = Some("wikipedia".into());
        let e = validate(&off.data, ValidationOptions::default()).unwrap_err();
        assert_eq!(e.field, "source");
        off.data.services[0].source = Some("mim-2025".into());
        off.data.services[0].sample = true;
        let e = validate(&off.data, ValidationOptions::default()).unwrap_err();
        assert!(e.reason.contains("sample"), "{e}");
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let mut owned = fixture();
        owned.schools = owned
            .schools
            .replace("\t100005\t43.90000", "\t999999\t43.90000");
        let err = build(&owned.texts(), OfficialOptions::default()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "schools.tsv line 2: \"999999\" is not an ISTAT comune"
        );

        let mut owned = fixture();
        owned.cpia_sites = owned
            .cpia_sites
            .replace("mim:POMM03700T\tCTP", "mim:NOPE\tCTP");
        let err = build(&owned.texts(), OfficialOptions::default()).unwrap_err();
        assert!(err.to_string().contains("institute \"mim:NOPE\""), "{err}");

        let mut owned = fixture();
        owned.asl = owned.asl.replace("precision", "prec");
        assert!(matches!(
            build(&owned.texts(), OfficialOptions::default()),
            Err(OfficialError::Header {
                file: "asl.tsv",
                ..
            })
        ));

        let mut owned = fixture();
        owned.schools = owned.schools.replace("\tpostcode\t", "\tnearby\t");
        assert!(build(&owned.texts(), OfficialOptions::default()).is_err());
    }
}
