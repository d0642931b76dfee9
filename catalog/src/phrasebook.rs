//! The offline phrasebook: 171 phrases in 14 topics to say at the places the
//! catalog lists (doctor, hospital, questura, job centre, school, …), each in
//! Italian (what to say) and the ten other languages (what it means).
//!
//! The phrases are bundled with the app (`data/phrasebook.json`, written for
//! Integra, embedded with `include_str!`), not carried by the feed: they do not
//! change with the catalog, so they stay out of the catalog file and its
//! migrations (no FTS rows). Search finds them in memory through the same
//! [`crate::Catalog::search`] entry point as everything else (see
//! [`SearchResults::phrases`](crate::SearchResults)): every typed word within
//! one language of a phrase (whole word, word start, ASCII fold, Han
//! substring), the reader's language and Italian first, then phrases reached
//! through their topic's Italian keywords. Each query scans the ~1,900 short
//! pre-cut texts; the cost is not yet measured in the search bench.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;
use crate::text::{ascii_fold, words};

const DATA: &str = include_str!("../data/phrasebook.json");

/// The most phrase hits a search returns: they sit beside the records, not
/// instead of them.
pub const MAX_PHRASE_HITS: usize = 8;

/// A query word shorter than this must match a whole word: "di" must not
/// find every phrase with "dice", "diritto", ….
const MIN_PREFIX_CHARS: usize = 3;

#[derive(Debug, thiserror::Error)]
pub enum PhrasebookError {
    #[error("phrasebook data: {0}")]
    Json(#[from] serde_json::Error),
    #[error("phrase {id}: no text in {lang}")]
    MissingLanguage { id: String, lang: &'static str },
    #[error("phrase {id}: unknown topic {topic}")]
    UnknownTopic { id: String, topic: String },
}

#[derive(Deserialize)]
struct RawBook {
    topics: Vec<String>,
    #[serde(default)]
    topic_keywords: HashMap<String, String>,
    phrases: Vec<RawPhrase>,
}

#[derive(Deserialize)]
struct RawPhrase {
    id: String,
    topic: String,
    #[serde(flatten)]
    texts: HashMap<String, String>,
}

/// One phrase: the Italian to say and its meaning in every language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Phrase {
    pub id: String,
    pub topic: String,
    /// In [`Lang::ALL`] order; index 0 is Italian.
    texts: Vec<String>,
}

impl Phrase {
    /// The phrase in `lang` (Italian: the phrase itself; others: its meaning).
    pub fn text(&self, lang: Lang) -> &str {
        &self.texts[lang_index(lang)]
    }

    pub fn italian(&self) -> &str {
        self.text(Lang::It)
    }
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL
        .iter()
        .position(|l| *l == lang)
        .expect("every language is in Lang::ALL")
}

/// What a phrase offers to search, cut once: per language, its words (and
/// their ASCII folds) and its Han runs.
#[derive(Debug)]
struct PhraseTerms {
    /// Per language: the words, lower-cased and folded like the index's.
    words: Vec<Vec<String>>,
    /// Per language: ASCII transliteration of the words ("città" → "citta").
    folded: Vec<Vec<String>>,
    /// Per language: runs of Han characters, for substring matches.
    han: Vec<String>,
    /// The topic's Italian keywords ("questura", "CPIA", …).
    topic_words: Vec<String>,
}

#[derive(Debug)]
pub struct Phrasebook {
    topics: Vec<String>,
    phrases: Vec<Phrase>,
    terms: Vec<PhraseTerms>,
}

/// A phrase found by a search.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PhraseHit {
    pub id: String,
    pub topic: String,
    pub italian: String,
    /// The meaning in the reader's language (Italian readers: the phrase).
    pub meaning: String,
    pub meaning_lang: Lang,
    pub score: f64,
}

impl Phrasebook {
    /// The phrasebook bundled with the app (checked by its unit test).
    pub fn bundled() -> &'static Phrasebook {
        static BOOK: OnceLock<Phrasebook> = OnceLock::new();
        BOOK.get_or_init(|| {
            Phrasebook::parse(DATA).expect("the bundled phrasebook is checked by its unit test")
        })
    }

    pub fn parse(json: &str) -> Result<Phrasebook, PhrasebookError> {
        let raw: RawBook = serde_json::from_str(json)?;
        let mut phrases = Vec::with_capacity(raw.phrases.len());
        for p in raw.phrases {
            if !raw.topics.contains(&p.topic) {
                return Err(PhrasebookError::UnknownTopic {
                    id: p.id,
                    topic: p.topic,
                });
            }
            let mut texts = Vec::with_capacity(Lang::ALL.len());
            for lang in Lang::ALL {
                match p.texts.get(lang.code()).map(|t| t.trim()) {
                    Some(t) if !t.is_empty() => texts.push(t.to_string()),
                    _ => {
                        return Err(PhrasebookError::MissingLanguage {
                            id: p.id,
                            lang: lang.code(),
                        });
                    }
                }
            }
            phrases.push(Phrase {
                id: p.id,
                topic: p.topic,
                texts,
            });
        }
        let terms = phrases
            .iter()
            .map(|p| terms_of(p, raw.topic_keywords.get(&p.topic)))
            .collect();
        Ok(Phrasebook {
            topics: raw.topics,
            phrases,
            terms,
        })
    }

    /// Topic ids, in the order the phrasebook presents them.
    pub fn topics(&self) -> &[String] {
        &self.topics
    }

    pub fn phrases(&self) -> &[Phrase] {
        &self.phrases
    }

    pub fn in_topic<'a>(&'a self, topic: &'a str) -> impl Iterator<Item = &'a Phrase> + 'a {
        self.phrases.iter().filter(move |p| p.topic == topic)
    }

    pub fn phrase(&self, id: &str) -> Option<&Phrase> {
        self.phrases.iter().find(|p| p.id == id)
    }

    /// Phrases matching `text`, best first, at most [`MAX_PHRASE_HITS`].
    ///
    /// Every typed word must match within one language of the phrase (a
    /// whole word, the start of a word, its accent-free form, or for Chinese
    /// a run of characters); the reader's language and Italian count more
    /// than the others, and the topic's Italian keywords ("questura") find
    /// its phrases after those that say the words themselves.
    pub fn search(&self, text: &str, reader: Lang) -> Vec<PhraseHit> {
        let query = QueryWords::new(text);
        if query.is_empty() {
            return Vec::new();
        }
        let reader_index = lang_index(reader);
        let mut scored: Vec<(f64, usize)> = Vec::new();
        for (i, terms) in self.terms.iter().enumerate() {
            let mut best = 0.0f64;
            for l in 0..Lang::ALL.len() {
                if query.all_match(terms, l) {
                    let weight = if l == reader_index || l == 0 {
                        3.0
                    } else {
                        2.0
                    };
                    best = best.max(weight);
                }
            }
            if best == 0.0 && query.all_match_topic(terms) {
                best = 1.0;
            }
            if best > 0.0 {
                scored.push((best, i));
            }
        }
        // Stable: equal scores keep the phrasebook's own order.
        scored.sort_by(|a, b| b.0.total_cmp(&a.0));
        scored
            .into_iter()
            .take(MAX_PHRASE_HITS)
            .map(|(score, i)| {
                let p = &self.phrases[i];
                PhraseHit {
                    id: p.id.clone(),
                    topic: p.topic.clone(),
                    italian: p.italian().to_string(),
                    meaning: p.text(reader).to_string(),
                    meaning_lang: reader,
                    score,
                }
            })
            .collect()
    }
}

fn terms_of(p: &Phrase, topic_keywords: Option<&String>) -> PhraseTerms {
    let mut out = PhraseTerms {
        words: Vec::new(),
        folded: Vec::new(),
        han: Vec::new(),
        topic_words: Vec::new(),
    };
    for text in &p.texts {
        let mut ws = Vec::new();
        let mut han = String::new();
        for w in words(text) {
            if w.is_han() {
                han.push_str(&w.joined());
                han.push(' ');
            } else {
                ws.push(w.joined());
            }
        }
        out.folded.push(
            ascii_fold(text)
                .split(' ')
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect(),
        );
        out.words.push(ws);
        out.han.push(han);
    }
    if let Some(k) = topic_keywords {
        out.topic_words = words(k).iter().map(|w| w.joined()).collect();
        out.topic_words
            .extend(ascii_fold(k).split(' ').map(str::to_string));
    }
    out
}

/// The typed words, cut like the phrases'.
struct QueryWords {
    /// (word, its ASCII fold)
    plain: Vec<(String, String)>,
    han: Vec<String>,
}

impl QueryWords {
    fn new(text: &str) -> QueryWords {
        let mut plain = Vec::new();
        let mut han = Vec::new();
        for w in words(text) {
            if w.is_han() {
                han.push(w.joined());
            } else {
                let joined = w.joined();
                let folded = ascii_fold(&joined);
                plain.push((joined, folded));
            }
        }
        QueryWords { plain, han }
    }

    fn is_empty(&self) -> bool {
        self.plain.is_empty() && self.han.is_empty()
    }

    fn all_match(&self, terms: &PhraseTerms, lang: usize) -> bool {
        self.han
            .iter()
            .all(|h| terms.han[lang].contains(h.as_str()))
            && self.plain.iter().all(|(w, folded)| {
                terms.words[lang].iter().any(|t| word_matches(w, t))
                    || (!folded.is_empty()
                        && terms.folded[lang].iter().any(|t| word_matches(folded, t)))
            })
    }

    fn all_match_topic(&self, terms: &PhraseTerms) -> bool {
        self.han.is_empty()
            && !terms.topic_words.is_empty()
            && self.plain.iter().all(|(w, folded)| {
                terms
                    .topic_words
                    .iter()
                    .any(|t| word_matches(w, t) || word_matches(folded, t))
            })
    }
}

fn word_matches(query: &str, word: &str) -> bool {
    if query.chars().count() < MIN_PREFIX_CHARS {
        query == word
    } else {
        word.starts_with(query)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    /// Scripts that must not be left in Latin letters only.
    const NON_LATIN: [Lang; 5] = [Lang::Ar, Lang::Zh, Lang::Pa, Lang::Ru, Lang::Uk];

    fn in_script(lang: Lang, c: char) -> bool {
        let u = c as u32;
        match lang {
            Lang::Ar => (0x0600..=0x06FF).contains(&u),
            Lang::Zh => crate::text::is_han(c),
            Lang::Pa => (0x0A00..=0x0A7F).contains(&u),
            Lang::Ru | Lang::Uk => (0x0400..=0x04FF).contains(&u),
            _ => c.is_alphabetic(),
        }
    }

    #[test]
    fn bundled_phrasebook_is_complete() {
        let book = Phrasebook::parse(DATA).expect("the bundled phrasebook parses");
        assert!(
            book.phrases().len() >= 140,
            "{} phrases",
            book.phrases().len()
        );
        let ids: HashSet<&str> = book.phrases().iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids.len(), book.phrases().len(), "phrase ids are unique");
        let known_topics = [
            "basics",
            "appointments",
            "emergency",
            "doctor",
            "hospital",
            "pharmacy",
            "questura",
            "prefecture",
            "jobs",
            "school",
            "cpia",
            "housing",
            "post-bank",
            "registry",
        ];
        assert_eq!(book.topics(), known_topics, "topics the UI has names for");
        for topic in book.topics() {
            assert!(
                book.in_topic(topic).count() >= 8,
                "{topic}: a topic worth a tile"
            );
        }
        for p in book.phrases() {
            assert!(known_topics.contains(&p.topic.as_str()), "{}", p.id);
            for lang in Lang::ALL {
                let t = p.text(lang);
                assert!(!t.trim().is_empty(), "{} in {lang}", p.id);
                assert!(
                    !t.contains("TODO") && !t.contains("TBD"),
                    "{} in {lang}",
                    p.id
                );
            }
            for lang in NON_LATIN {
                let t = p.text(lang);
                assert!(
                    t.chars().any(|c| in_script(lang, c)),
                    "{} in {lang} has no text in its own script: {t}",
                    p.id
                );
            }
            // A translation copied from another language is a gap, not a
            // translation (short shared forms like "IBAN?" aside).
            for lang in [Lang::En, Lang::Fr, Lang::Es, Lang::Sq, Lang::Tl] {
                if p.text(lang).chars().count() > 12 {
                    assert_ne!(p.text(lang), p.italian(), "{} in {lang}", p.id);
                }
            }
        }
    }

    #[test]
    fn broken_data_is_refused() {
        let missing =
            r#"{"topics":["basics"],"phrases":[{"id":"a","topic":"basics","it":"Ciao"}]}"#;
        assert!(matches!(
            Phrasebook::parse(missing),
            Err(PhrasebookError::MissingLanguage { .. })
        ));
        let codes: String = Lang::ALL
            .iter()
            .map(|l| format!(r#","{}":"x""#, l.code()))
            .collect();
        let unknown =
            format!(r#"{{"topics":["basics"],"phrases":[{{"id":"a","topic":"nope"{codes}}}]}}"#);
        assert!(matches!(
            Phrasebook::parse(&unknown),
            Err(PhrasebookError::UnknownTopic { .. })
        ));
    }

    fn ids(hits: &[PhraseHit]) -> Vec<&str> {
        hits.iter().map(|h| h.id.as_str()).collect()
    }

    #[test]
    fn search_in_italian() {
        let book = Phrasebook::bundled();
        let hits = book.search("medico", Lang::It);
        assert!(ids(&hits).contains(&"doctor-need"), "{:?}", ids(&hits));
        assert!(hits.iter().all(|h| h.meaning == h.italian));
        let hits = book.search("permesso di soggiorno", Lang::It);
        assert!(!hits.is_empty());
        for h in &hits {
            assert!(
                h.italian.to_lowercase().contains("permesso di soggiorno"),
                "{}",
                h.italian
            );
        }
        // Without accents, as typed on a foreign keyboard.
        assert!(ids(&book.search("piu lentamente", Lang::It)).contains(&"basics-speak-slowly"));
        // The topic's keywords find its phrases.
        let questura = book.search("questura", Lang::It);
        assert!(!questura.is_empty());
        assert!(questura.iter().all(|h| h.topic == "questura"));
        assert!(book.search("zzzz", Lang::It).is_empty());
        assert!(book.search("  ", Lang::It).is_empty());
    }

    #[test]
    fn search_in_english_gives_english_meaning() {
        let hits = Phrasebook::bundled().search("doctor", Lang::En);
        assert!(ids(&hits).contains(&"doctor-need"), "{:?}", ids(&hits));
        let need = hits.iter().find(|h| h.id == "doctor-need").unwrap();
        assert_eq!(need.meaning, "I need a doctor.");
        assert_eq!(need.italian, "Ho bisogno di un medico.");
        assert_eq!(need.meaning_lang, Lang::En);
        // Typed in English while reading Arabic: still found, meaning in Arabic.
        let hits = Phrasebook::bundled().search("residence permit", Lang::Ar);
        assert!(ids(&hits).contains(&"questura-renew-permit"));
        assert!(hits.iter().all(|h| h.meaning_lang == Lang::Ar));
    }

    #[test]
    fn search_in_arabic_with_and_without_article() {
        let book = Phrasebook::bundled();
        for q in ["طبيب", "الطبيب"] {
            let hits = book.search(q, Lang::Ar);
            assert!(ids(&hits).contains(&"doctor-need"), "{q}: {:?}", ids(&hits));
            let need = hits.iter().find(|h| h.id == "doctor-need").unwrap();
            assert_eq!(need.meaning, "أحتاج إلى طبيب.");
        }
        assert!(ids(&book.search("صيدلية", Lang::Ar)).contains(&"pharmacy-nearby"));
    }

    #[test]
    fn search_in_chinese_by_characters() {
        let book = Phrasebook::bundled();
        let hits = book.search("医生", Lang::Zh);
        assert!(ids(&hits).contains(&"doctor-need"), "{:?}", ids(&hits));
        assert!(hits.iter().all(|h| h.meaning_lang == Lang::Zh));
        let hits = book.search("居留许可", Lang::Zh);
        assert!(ids(&hits).contains(&"questura-renew-permit"));
        // Characters that appear in no phrase find nothing.
        assert!(book.search("龍龜", Lang::Zh).is_empty());
    }

    #[test]
    fn reader_language_and_italian_rank_first() {
        // "farmacia" is Italian and Spanish: both rank the same, above
        // matches through the topic alone.
        let hits = Phrasebook::bundled().search("farmacia", Lang::Es);
        assert!(!hits.is_empty());
        assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
        assert_eq!(hits[0].score, 3.0);
        assert!(hits.len() <= MAX_PHRASE_HITS);
    }
}
