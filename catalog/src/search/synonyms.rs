//! Cross-language reach: a word for a common need in any of the 11
//! languages ("طبيب", "doctor", "医生") leads to the Italian words records use
//! (`catalog/data/synonyms.json`).

use std::collections::HashMap;
use std::sync::LazyLock;

use serde::Deserialize;

use crate::lang::Lang;
use crate::text::{Word, words};

const SYNONYMS_JSON: &str = include_str!("../../data/synonyms.json");

#[derive(Debug, Deserialize)]
struct ConceptEntry {
    concept: String,
    #[serde(default)]
    area: Option<String>,
    #[serde(flatten)]
    terms: HashMap<String, serde_json::Value>,
}

#[derive(Debug)]
pub struct Concept {
    pub name: String,
    pub area: Option<String>,
    /// The Italian terms, as word sequences.
    pub italian: Vec<Vec<Word>>,
}

#[derive(Debug)]
pub struct Synonyms {
    pub concepts: Vec<Concept>,
    /// Normalized phrase (words joined by a space) → concept indexes.
    phrases: HashMap<String, Vec<usize>>,
    /// The same phrases as words, for inflected queries.
    phrase_words: Vec<(Vec<String>, usize)>,
    /// Normalized taxonomy label in any language → `attrs` tokens.
    labels: HashMap<String, Vec<String>>,
    pub longest_phrase: usize,
}

fn key(ws: &[Word]) -> String {
    ws.iter().map(Word::joined).collect::<Vec<_>>().join(" ")
}

static BUNDLED: LazyLock<Synonyms> = LazyLock::new(|| {
    let entries: Vec<ConceptEntry> =
        serde_json::from_str(SYNONYMS_JSON).expect("synonyms.json is checked by tests");
    let mut concepts = Vec::new();
    let mut phrases: HashMap<String, Vec<usize>> = HashMap::new();
    let mut phrase_words = Vec::new();
    let mut longest_phrase = 1;
    for (i, e) in entries.into_iter().enumerate() {
        let mut italian = Vec::new();
        for lang in Lang::ALL {
            let list: Vec<String> = e
                .terms
                .get(lang.code())
                .and_then(|v| serde_json::from_value(v.clone()).ok())
                .unwrap_or_default();
            for term in list {
                let ws = words(&term);
                if ws.is_empty() {
                    continue;
                }
                longest_phrase = longest_phrase.max(ws.len());
                let entry = phrases.entry(key(&ws)).or_default();
                if !entry.contains(&i) {
                    entry.push(i);
                }
                phrase_words.push((ws.iter().map(Word::joined).collect(), i));
                if lang == Lang::It {
                    italian.push(ws);
                }
            }
        }
        concepts.push(Concept {
            name: e.concept,
            area: e.area,
            italian,
        });
    }
    let mut labels: HashMap<String, Vec<String>> = HashMap::new();
    let tax = crate::taxonomy::Taxonomy::bundled();
    for taxonomy in crate::taxonomy::TAXONOMIES {
        for term in tax.terms(taxonomy) {
            let Some(token) = crate::search::doc::term_token(taxonomy, &term.id) else {
                continue;
            };
            for name in term.names.values() {
                let ws = words(name);
                if ws.is_empty() {
                    continue;
                }
                longest_phrase = longest_phrase.max(ws.len());
                let entry = labels.entry(key(&ws)).or_default();
                if !entry.contains(&token) {
                    entry.push(token.clone());
                }
            }
        }
    }
    Synonyms {
        concepts,
        phrases,
        phrase_words,
        labels,
        longest_phrase,
    }
});

impl Synonyms {
    pub fn bundled() -> &'static Synonyms {
        &BUNDLED
    }

    /// `attrs` tokens of the taxonomy terms named by exactly these words.
    pub fn labels(&self, ws: &[Word]) -> &[String] {
        self.labels.get(&key(ws)).map_or(&[], Vec::as_slice)
    }

    /// Concepts named by this word sequence, exactly or inflected
    /// ("курс італійської" for "курси італійської", "medici" for "medico").
    pub fn lookup(&self, ws: &[Word]) -> Vec<usize> {
        if let Some(exact) = self.phrases.get(&key(ws)) {
            return exact.clone();
        }
        let typed: Vec<String> = ws.iter().map(Word::joined).collect();
        let mut found: Vec<usize> = self
            .phrase_words
            .iter()
            .filter(|(words, _)| {
                words.len() == typed.len() && words.iter().zip(&typed).all(|(a, b)| same_stem(a, b))
            })
            .map(|(_, concept)| *concept)
            .collect();
        found.sort_unstable();
        found.dedup();
        found
    }
}

/// Two forms of one word: equal, or sharing all but the last two letters
/// of the longer one (and at least four). Plurals and case endings in
/// Italian, Spanish, Russian, Ukrainian, Albanian differ there.
fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 4 && common + 2 >= la.max(lb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_concept_has_italian_terms_and_all_languages() {
        let s = Synonyms::bundled();
        assert!(s.concepts.len() >= 20);
        for c in &s.concepts {
            assert!(!c.italian.is_empty(), "{}", c.name);
        }
        let entries: Vec<serde_json::Value> = serde_json::from_str(SYNONYMS_JSON).unwrap();
        for e in entries {
            for lang in Lang::ALL {
                let terms = e[lang.code()].as_array().map_or(0, Vec::len);
                assert!(terms > 0, "{} lacks {lang}", e["concept"]);
            }
        }
    }

    #[test]
    fn inflected_forms_reach_the_concept() {
        let s = Synonyms::bundled();
        let italian_course = s.lookup(&words("курси італійської"));
        assert!(!italian_course.is_empty());
        assert_eq!(s.lookup(&words("курс італійської")), italian_course);
        assert!(same_stem("medico", "medici"));
        assert!(!same_stem("casa", "caso"), "too short to guess");
        assert!(!same_stem("lavoro", "lavatrice"));
    }

    #[test]
    fn doctor_in_arabic_chinese_punjabi_is_one_concept() {
        let s = Synonyms::bundled();
        let doctor = |q: &str| {
            s.lookup(&words(q))
                .iter()
                .map(|&i| s.concepts[i].name.clone())
                .collect::<Vec<_>>()
        };
        assert!(doctor("طبيب").contains(&"doctor".to_string()));
        assert!(doctor("医生").contains(&"doctor".to_string()));
        assert!(doctor("doctor").contains(&"doctor".to_string()));
    }
}
