//! The portal's classifications: the 7 areas, target groups, documents,
//! learning-resource kinds, association activities and the 16 communities of
//! the reports, the Cultural Area's sections, the second generations' themes,
//! the statuses and referral routes of protection projects, each named in the
//! 11 languages (`catalog/data/taxonomy.json`).

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use serde::Deserialize;

use crate::lang::Lang;

const TAXONOMY_JSON: &str = include_str!("../data/taxonomy.json");

pub const CEFR_LEVELS: [&str; 7] = ["pre-A1", "A1", "A2", "B1", "B2", "C1", "C2"];

/// The taxonomies, by the name used in the store's `taxonomy_term.taxonomy`.
pub const TAXONOMIES: [&str; 10] = [
    "area",
    "target_group",
    "document",
    "resource_kind",
    "activity",
    "community",
    "culture_section",
    "g2_theme",
    "protection_status",
    "referral",
];

#[derive(Debug, Clone, Deserialize)]
pub struct Term {
    pub id: String,
    #[serde(default)]
    pub country: Option<String>,
    pub names: BTreeMap<Lang, String>,
}

impl Term {
    pub fn name(&self, lang: Lang) -> &str {
        self.names
            .get(&lang)
            .or_else(|| self.names.get(&Lang::It))
            .map_or(self.id.as_str(), String::as_str)
    }
}

#[derive(Debug, Deserialize)]
struct TaxonomyFile {
    areas: Vec<Term>,
    target_groups: Vec<Term>,
    documents: Vec<Term>,
    resource_kinds: Vec<Term>,
    activities: Vec<Term>,
    communities: Vec<Term>,
    culture_sections: Vec<Term>,
    g2_themes: Vec<Term>,
    protection_statuses: Vec<Term>,
    referrals: Vec<Term>,
}

#[derive(Debug)]
pub struct Taxonomy {
    lists: HashMap<&'static str, Vec<Term>>,
}

static BUNDLED: LazyLock<Taxonomy> = LazyLock::new(|| {
    let file: TaxonomyFile =
        serde_json::from_str(TAXONOMY_JSON).expect("taxonomy.json is checked by tests");
    let lists = HashMap::from([
        ("area", file.areas),
        ("target_group", file.target_groups),
        ("document", file.documents),
        ("resource_kind", file.resource_kinds),
        ("activity", file.activities),
        ("community", file.communities),
        ("culture_section", file.culture_sections),
        ("g2_theme", file.g2_themes),
        ("protection_status", file.protection_statuses),
        ("referral", file.referrals),
    ]);
    Taxonomy { lists }
});

impl Taxonomy {
    pub fn bundled() -> &'static Taxonomy {
        &BUNDLED
    }

    /// The terms of one taxonomy, in their canonical order.
    pub fn terms(&self, taxonomy: &str) -> &[Term] {
        self.lists.get(taxonomy).map_or(&[], Vec::as_slice)
    }

    pub fn term(&self, taxonomy: &str, id: &str) -> Option<&Term> {
        self.terms(taxonomy).iter().find(|t| t.id == id)
    }

    pub fn is(&self, taxonomy: &str, id: &str) -> bool {
        self.term(taxonomy, id).is_some()
    }

    /// Position of a term in its taxonomy: areas and target groups become
    /// bits in the search index.
    pub fn position(&self, taxonomy: &str, id: &str) -> Option<usize> {
        self.terms(taxonomy).iter().position(|t| t.id == id)
    }

    pub fn label(&self, taxonomy: &str, id: &str, lang: Lang) -> String {
        self.term(taxonomy, id)
            .map_or_else(|| id.to_string(), |t| t.name(lang).to_string())
    }

    /// The term of `taxonomy` that a text names: its id, or its name in
    /// any of the 11 languages, compared without case, accents or
    /// punctuation ("CARTA D'IDENTITA" is `identity-card`). How data from
    /// other publishers is matched to the vocabularies.
    pub fn named(&self, taxonomy: &str, text: &str) -> Option<&Term> {
        if let Some(t) = self.term(taxonomy, text) {
            return Some(t);
        }
        let folded = crate::text::ascii_fold(text);
        if folded.is_empty() {
            return None;
        }
        let index = FOLDED_NAMES.get(taxonomy)?.get(&folded)?;
        self.terms(taxonomy).get(*index)
    }
}

/// Per taxonomy, each term's names folded as [`Taxonomy::named`] compares
/// them → the term's position. Built on first use only: the app itself
/// never matches names, and folding every name costs at start-up.
static FOLDED_NAMES: LazyLock<HashMap<&'static str, HashMap<String, usize>>> =
    LazyLock::new(|| {
        let tax = Taxonomy::bundled();
        TAXONOMIES
            .iter()
            .map(|name| {
                let mut names = HashMap::new();
                for (i, term) in tax.terms(name).iter().enumerate() {
                    for n in term.names.values() {
                        names.entry(crate::text::ascii_fold(n)).or_insert(i);
                    }
                }
                (*name, names)
            })
            .collect()
    });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_term_is_named_by_its_id_or_any_name_whatever_the_case_and_accents() {
        let tax = Taxonomy::bundled();
        let named = |text: &str| tax.named("document", text).map(|t| t.id.as_str());
        assert_eq!(named("identity-card"), Some("identity-card"));
        assert_eq!(named("CARTA D’IDENTITA"), Some("identity-card"));
        assert_eq!(named(" codice  fiscale "), Some("tax-code"));
        assert_eq!(
            named("Residence permit (permesso di soggiorno)"),
            Some("residence-permit")
        );
        assert_eq!(named("Copia del contratto di affitto"), None);
        assert_eq!(named(""), None);
        assert_eq!(
            tax.named("area", "Lavoro").map(|t| t.id.as_str()),
            Some("work")
        );
    }

    #[test]
    fn every_term_is_named_in_every_language() {
        let tax = Taxonomy::bundled();
        for name in TAXONOMIES {
            assert!(!tax.terms(name).is_empty(), "{name}");
            for term in tax.terms(name) {
                for lang in Lang::ALL {
                    assert!(
                        term.names.get(&lang).is_some_and(|n| !n.trim().is_empty()),
                        "{name}/{} lacks {lang}",
                        term.id
                    );
                }
            }
        }
        assert_eq!(tax.terms("area").len(), 7);
        assert_eq!(tax.terms("community").len(), 16);
        assert_eq!(tax.terms("culture_section").len(), 5);
        assert_eq!(tax.terms("g2_theme").len(), 5);
        assert!(
            tax.terms("target_group").len() <= 16,
            "target groups are bits in a u16"
        );
    }
}
