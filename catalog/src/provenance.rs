//! How much a record's data can be trusted, as data: where a location's
//! point comes from ([`Precision`]) and which official source a record was
//! derived from ([`Source`], one list: [`SOURCES`]). Records of the portal's
//! own editors carry no source key; generated records say `sample`.

use serde::{Deserialize, Serialize};

/// How a location's point was placed. The app never shows more precision
/// than this: a point placed at the comune reads "in Prato", not "1.2 km".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// At its street address (geocoded, or placed by an editor). The default:
    /// every record before precision was recorded was placed this way.
    #[default]
    Address,
    /// At the GeoNames point of its postcode's place (a frazione or
    /// locality of the same comune).
    Postcode,
    /// At the comune's point in the gazetteer: the comune is all that is
    /// known.
    Comune,
}

impl Precision {
    pub const ALL: [Precision; 3] = [Precision::Address, Precision::Postcode, Precision::Comune];

    pub fn parse(s: &str) -> Option<Precision> {
        Precision::ALL.into_iter().find(|p| p.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Address => "address",
            Precision::Postcode => "postcode",
            Precision::Comune => "comune",
        }
    }

    /// Whether a distance to this point means anything to a person on
    /// foot: only for an address. A postcode's point can be kilometres off
    /// in a large comune.
    pub fn is_exact(self) -> bool {
        self == Precision::Address
    }

    /// For serde: the default is left out of the canonical JSON, so the
    /// content hashes of records placed at their address did not change
    /// when precision was added.
    pub(crate) fn is_address(&self) -> bool {
        *self == Precision::Address
    }
}

/// What kind of place a service is, where its source says so: the app
/// explains each kind in the reader's language (fluent `kind-<as_str>`),
/// since the official files give only Italian names. One list; the store
/// keeps `as_str`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ServiceKind {
    /// A teaching site of a CPIA (adult education, Italian for foreigners).
    #[serde(rename = "cpia-site")]
    CpiaSite,
    #[serde(rename = "school-infanzia")]
    SchoolInfanzia,
    #[serde(rename = "school-primaria")]
    SchoolPrimaria,
    #[serde(rename = "school-secondaria-1")]
    SchoolSecondaria1,
    #[serde(rename = "school-secondaria-2")]
    SchoolSecondaria2,
    /// Evening upper-secondary courses for adults (second-level courses).
    #[serde(rename = "adult-secondary")]
    AdultSecondary,
    /// A hospital of the National Health Service: public, or private with
    /// a public role (Ministero della Salute's "equiparato al pubblico").
    #[serde(rename = "hospital")]
    Hospital,
    /// A private clinic (casa di cura), which may or may not be accredited.
    #[serde(rename = "private-clinic")]
    PrivateClinic,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 8] = [
        ServiceKind::CpiaSite,
        ServiceKind::SchoolInfanzia,
        ServiceKind::SchoolPrimaria,
        ServiceKind::SchoolSecondaria1,
        ServiceKind::SchoolSecondaria2,
        ServiceKind::AdultSecondary,
        ServiceKind::Hospital,
        ServiceKind::PrivateClinic,
    ];

    pub fn parse(s: &str) -> Option<ServiceKind> {
        ServiceKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// The stored and serialized name (as serde's).
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceKind::CpiaSite => "cpia-site",
            ServiceKind::SchoolInfanzia => "school-infanzia",
            ServiceKind::SchoolPrimaria => "school-primaria",
            ServiceKind::SchoolSecondaria1 => "school-secondaria-1",
            ServiceKind::SchoolSecondaria2 => "school-secondaria-2",
            ServiceKind::AdultSecondary => "adult-secondary",
            ServiceKind::Hospital => "hospital",
            ServiceKind::PrivateClinic => "private-clinic",
        }
    }

    /// What the place is, in the Italian words people search by: search
    /// ranks a record whose type names the need with those whose names do
    /// (a CPIA site answers "corso di italiano" whatever its name).
    pub fn italian_words(self) -> &'static str {
        match self {
            ServiceKind::CpiaSite => {
                "CPIA centro per l'istruzione degli adulti corso di italiano per stranieri"
            }
            ServiceKind::SchoolInfanzia => "scuola dell'infanzia",
            ServiceKind::SchoolPrimaria => "scuola primaria elementare",
            ServiceKind::SchoolSecondaria1 => "scuola secondaria di primo grado scuola media",
            ServiceKind::SchoolSecondaria2 => "scuola secondaria di secondo grado scuola superiore",
            ServiceKind::AdultSecondary => "corso serale scuola superiore per adulti",
            ServiceKind::Hospital => "ospedale",
            ServiceKind::PrivateClinic => "casa di cura clinica privata",
        }
    }

    /// A school children enrol in, where the law on minors' schooling
    /// applies (enrolment any time of the year, with or without a permit).
    pub fn is_school_for_minors(self) -> bool {
        matches!(
            self,
            ServiceKind::SchoolInfanzia
                | ServiceKind::SchoolPrimaria
                | ServiceKind::SchoolSecondaria1
                | ServiceKind::SchoolSecondaria2
        )
    }
}

/// An official source records are derived from (`assets/data/official/
/// SOURCES.md` gives the derivation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    /// The key records carry in `source`.
    pub key: &'static str,
    /// Who publishes it (a fluent-free proper name, shown as is).
    pub publisher: &'static str,
    /// The dataset, in the publisher's words.
    pub dataset: &'static str,
    /// Where it is published.
    pub url: &'static str,
    /// The period the data describes, as the publisher names it.
    pub data_date: &'static str,
    pub licence: &'static str,
    /// `updated_at` of its records: the data date as RFC 3339 (the first
    /// day of the year when only the year is known).
    pub updated_at: &'static str,
}

/// Every source a record may name.
pub const SOURCES: [Source; 3] = [
    Source {
        key: "mim-2025",
        publisher: "Ministero dell'Istruzione e del Merito",
        dataset: "Informazioni anagrafiche scuole statali",
        url: "https://dati.istruzione.it/opendata/",
        data_date: "2025/26",
        licence: "IODL 2.0",
        updated_at: "2025-09-01T00:00:00Z",
    },
    Source {
        key: "mim-aut-2023",
        publisher: "Ministero dell'Istruzione e del Merito",
        dataset: "Informazioni anagrafiche scuole statali delle province autonome",
        url: "https://dati.istruzione.it/opendata/",
        data_date: "2023/24",
        licence: "IODL 2.0",
        updated_at: "2023-09-01T00:00:00Z",
    },
    Source {
        key: "salute-2024",
        publisher: "Ministero della Salute",
        dataset: "Strutture di ricovero e Aziende sanitarie locali (via HL7 Italia)",
        url: "https://github.com/hl7-it/terminology",
        data_date: "2024",
        licence: "IODL 2.0",
        updated_at: "2024-01-01T00:00:00Z",
    },
];

/// The attribution GeoNames asks for, due wherever a point placed at a
/// postcode shows.
pub const GEONAMES: &str = "GeoNames (www.geonames.org), CC BY 4.0";

/// The source with this key.
pub fn source(key: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precision_round_trips_and_only_address_is_exact() {
        for p in Precision::ALL {
            assert_eq!(Precision::parse(p.as_str()), Some(p));
            assert_eq!(
                serde_json::to_string(&p).unwrap(),
                format!("\"{}\"", p.as_str())
            );
        }
        assert_eq!(Precision::parse("street"), None);
        assert!(Precision::Address.is_exact());
        assert!(!Precision::Postcode.is_exact() && !Precision::Comune.is_exact());
    }

    #[test]
    fn source_keys_are_unique() {
        for (i, s) in SOURCES.iter().enumerate() {
            assert_eq!(source(s.key).map(|f| f.key), Some(s.key));
            assert!(SOURCES[i + 1..].iter().all(|o| o.key != s.key));
        }
    }
}
