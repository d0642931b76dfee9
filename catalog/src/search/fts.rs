//! Turning what a person typed into an FTS5 expression.
//!
//! Every token is our own, quoted, so no input can inject FTS5 syntax
//! ("NEAR(", "*", unbalanced quotes, "AND OR"). Each typed word becomes a
//! group of alternatives: the word (as a prefix if it is the last one, the
//! person may still be typing), its ASCII transliteration, words of the
//! vocabulary one typo away, and for common needs the Italian words of the
//! synonym table. Groups are ANDed; the caller retries with OR when AND finds
//! nothing.

use std::collections::BTreeSet;

use super::index::SearchIndex;
use super::synonyms::Synonyms;
use crate::text::{Word, ascii_fold, within_one_edit, words};

/// Limit on the words of a query that take part (a pasted paragraph is not
/// a query).
const MAX_WORDS: usize = 12;
const MAX_TYPO_VARIANTS: usize = 12;

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Alternative {
    /// Tokens that must be adjacent; `prefix` on the last one.
    Phrase { tokens: Vec<String>, prefix: bool },
    /// ASCII transliteration, matched in the `folded` column only.
    Folded { tokens: Vec<String>, prefix: bool },
    /// A taxonomy term named in any language ("الحماية الدولية" is the
    /// international-protection area): its `attrs` token.
    Attr(String),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TextQuery {
    groups: Vec<BTreeSet<Alternative>>,
    /// Per group, the alternatives that rank a record by its name: the
    /// group without single words of a longer phrase that was typed. The
    /// concept "corso di italiano" includes "italiano" (a person who types
    /// only that wants a course), but a hospital named "Istituto ...
    /// Italiano" does not answer "corso di italiano" by its name.
    names_groups: Vec<BTreeSet<Alternative>>,
    /// Per group, the words as typed (no synonyms, no typo variants).
    literals: Vec<Alternative>,
}

fn quote(token: &str) -> String {
    format!("\"{}\"", token.replace('"', "\"\""))
}

fn phrase(tokens: &[String], prefix: bool) -> String {
    let mut s = quote(&tokens.join(" "));
    if prefix {
        s.push('*');
    }
    s
}

/// The text index an expression is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// `search_fts`: a record's own texts and its filter tokens.
    Records,
    /// `search_names`: names alone, for ranking.
    Names,
    /// `search_texts`: the long texts records share.
    LongTexts,
}

impl Alternative {
    /// The alternative as an FTS5 expression over `target`, or `None` when
    /// that index cannot hold it.
    fn render(&self, target: Target) -> Option<String> {
        Some(match (self, target) {
            // Any column: `attrs` holds only `zz…` tokens, and a column
            // filter makes FTS5 sift every position list (it doubled the
            // cost of a query).
            (Alternative::Phrase { tokens, prefix }, _) => phrase(tokens, *prefix),
            (Alternative::Folded { tokens, prefix }, Target::Names) => phrase(tokens, *prefix),
            (Alternative::Folded { tokens, prefix }, Target::Records) => {
                format!("folded : {}", phrase(tokens, *prefix))
            }
            // Transliterations are of names and places, not of texts.
            (Alternative::Folded { .. }, Target::LongTexts) => return None,
            // A taxonomy term ranks nothing: it is no name.
            (Alternative::Attr(_), Target::Names) => "\"zz\"".into(),
            (Alternative::Attr(token), Target::Records) => format!("attrs : {token}"),
            (Alternative::Attr(_), Target::LongTexts) => return None,
        })
    }
}

fn tokens_of(ws: &[Word]) -> Vec<String> {
    ws.iter().flat_map(|w| w.parts.iter().cloned()).collect()
}

impl TextQuery {
    pub(crate) fn parse(text: &str, index: &SearchIndex) -> TextQuery {
        let mut ws = words(text);
        ws.truncate(MAX_WORDS);
        let synonyms = Synonyms::bundled();
        let mut query = TextQuery::default();
        let mut i = 0;
        while i < ws.len() {
            // Longest synonym phrase starting here.
            let mut matched = None;
            for len in (1..=synonyms.longest_phrase.min(ws.len() - i)).rev() {
                let concepts = synonyms.lookup(&ws[i..i + len]);
                let labels = synonyms.labels(&ws[i..i + len]);
                if !concepts.is_empty() || !labels.is_empty() {
                    matched = Some((len, concepts, labels));
                    break;
                }
            }
            let last = |end: usize| end == ws.len();
            match matched {
                Some((len, concepts, labels)) => {
                    let span = &ws[i..i + len];
                    let mut group = BTreeSet::new();
                    let literal = Alternative::Phrase {
                        tokens: tokens_of(span),
                        prefix: false,
                    };
                    query.literals.push(literal.clone());
                    group.insert(literal);
                    for &c in &concepts {
                        let concept = &synonyms.concepts[c];
                        for it in &concept.italian {
                            group.insert(Alternative::Phrase {
                                tokens: tokens_of(it),
                                prefix: false,
                            });
                        }
                    }
                    for token in labels {
                        group.insert(Alternative::Attr(token.clone()));
                    }
                    if len == 1 {
                        // The word itself still gets its prefix, folding and typos.
                        group.extend(word_group(&ws[i], last(i + 1), index));
                    }
                    let typed = tokens_of(span);
                    let names_group = group
                        .iter()
                        .filter(|a| {
                            len == 1
                                || !matches!(a, Alternative::Phrase { tokens, .. }
                                    if tokens.len() == 1 && typed.contains(&tokens[0]))
                        })
                        .cloned()
                        .collect();
                    query.names_groups.push(prune(names_group));
                    query.groups.push(prune(group));
                    i += len;
                }
                None => {
                    let prefix = last(i + 1) && !ws[i].is_han() && ws[i].char_len() >= 2;
                    query.literals.push(Alternative::Phrase {
                        tokens: ws[i].parts.clone(),
                        prefix,
                    });
                    let group = word_group(&ws[i], last(i + 1), index);
                    query.names_groups.push(group.clone());
                    query.groups.push(group);
                    i += 1;
                }
            }
        }
        query
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// The expression over a record's own texts (`search_fts`); `all`
    /// ANDs the groups, otherwise any group may match.
    #[cfg(test)]
    pub(crate) fn render(&self, all: bool) -> Option<String> {
        let groups: Vec<usize> = (0..self.groups.len()).collect();
        self.render_groups(&groups, all)
    }

    /// The same for some of the groups only (by position).
    pub(crate) fn render_groups(&self, groups: &[usize], all: bool) -> Option<String> {
        let joiner = if all { " AND " } else { " OR " };
        let parts: Vec<String> = groups
            .iter()
            .filter_map(|&g| render_group(&self.groups[g], Target::Records))
            .collect();
        (!parts.is_empty()).then(|| parts.join(joiner))
    }

    /// Group `g` over the shared long texts (`search_texts`), or `None`
    /// when none of its alternatives can be in a text.
    pub(crate) fn render_long_texts(&self, g: usize) -> Option<String> {
        render_group(&self.groups[g], Target::LongTexts)
    }

    /// The same for the `search_names` table: how results are ranked.
    pub(crate) fn render_names(&self, all: bool) -> Option<String> {
        if self.groups.is_empty() {
            return None;
        }
        let joiner = if all { " AND " } else { " OR " };
        let groups: Vec<String> = self
            .names_groups
            .iter()
            .map(|g| render_group(g, Target::Names).unwrap_or_else(|| "(\"zz\")".into()))
            .collect();
        Some(groups.join(joiner))
    }

    /// The typed words themselves, in names: ranks a record whose name says
    /// what was typed above one reached through a synonym.
    pub(crate) fn render_literal_names(&self, all: bool) -> Option<String> {
        if self.literals.is_empty() {
            return None;
        }
        let joiner = if all { " AND " } else { " OR " };
        let parts: Vec<String> = self
            .literals
            .iter()
            .filter_map(|a| a.render(Target::Names))
            .map(|a| format!("({a})"))
            .collect();
        Some(parts.join(joiner))
    }

    pub(crate) fn group_count(&self) -> usize {
        self.groups.len()
    }
}

/// A group's alternatives that `target` can hold, ORed (`None`: none).
fn render_group(group: &BTreeSet<Alternative>, target: Target) -> Option<String> {
    let alts: Vec<String> = group.iter().filter_map(|a| a.render(target)).collect();
    (!alts.is_empty()).then(|| format!("({})", alts.join(" OR ")))
}

/// Drops alternatives another one already covers: with "italiano" in the
/// group, the phrase "corso di italiano" adds no match but makes FTS5 check
/// positions in every document that has both words.
fn prune(group: BTreeSet<Alternative>) -> BTreeSet<Alternative> {
    let singles: Vec<(String, bool)> = group
        .iter()
        .filter_map(|a| match a {
            Alternative::Phrase { tokens, prefix } if tokens.len() == 1 => {
                Some((tokens[0].clone(), *prefix))
            }
            _ => None,
        })
        .collect();
    let covers = |token: &str| {
        singles
            .iter()
            .any(|(s, prefix)| s == token || (*prefix && token.starts_with(s.as_str())))
    };
    group
        .into_iter()
        .filter(|a| match a {
            Alternative::Phrase { tokens, prefix } if tokens.len() > 1 => !tokens
                .iter()
                .enumerate()
                .any(|(i, t)| (i + 1 < tokens.len() || !prefix) && covers(t)),
            Alternative::Phrase {
                tokens,
                prefix: false,
            } => {
                // Covered by a different, shorter prefix.
                !singles
                    .iter()
                    .any(|(s, p)| *p && s != &tokens[0] && tokens[0].starts_with(s.as_str()))
            }
            _ => true,
        })
        .collect()
}

fn word_group(word: &Word, last: bool, index: &SearchIndex) -> BTreeSet<Alternative> {
    let mut group = BTreeSet::new();
    // Han text has no prefix semantics per character; a Latin/Cyrillic/...
    // word is a prefix while the person is still typing it.
    let prefix = last && !word.is_han() && word.char_len() >= 2;
    group.insert(Alternative::Phrase {
        tokens: word.parts.clone(),
        prefix,
    });
    let joined = word.joined();
    let folded = ascii_fold(&joined);
    if !folded.is_empty() && folded != joined && !word.is_han() {
        group.insert(Alternative::Folded {
            tokens: folded.split(' ').map(str::to_string).collect(),
            prefix,
        });
    }
    let len = word.char_len();
    if !word.is_han() && len >= 5 && !index.vocabulary.contains(&joined) {
        let known_prefix = last && index.vocabulary.has_prefix(&joined);
        if !known_prefix {
            let mut variants = Vec::new();
            for l in len - 1..=len + 1 {
                for candidate in index.vocabulary.of_len(l) {
                    if within_one_edit(&joined, candidate) {
                        variants.push(candidate.to_string());
                    }
                }
            }
            variants.sort();
            for v in variants.into_iter().take(MAX_TYPO_VARIANTS) {
                group.insert(Alternative::Phrase {
                    tokens: vec![v],
                    prefix: false,
                });
            }
        }
    }
    group
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_input_stays_inside_quotes() {
        let index = SearchIndex::default();
        for q in [
            r#"" OR 1=1 --"#,
            "NEAR(a b)",
            "a* AND OR NOT",
            "\"unbalanced",
            "col:x ^ {}",
        ] {
            let tq = TextQuery::parse(q, &index);
            if let Some(expr) = tq.render(true) {
                assert!(!expr.contains("NEAR("), "{expr}");
                assert_eq!(expr.matches('"').count() % 2, 0, "{expr}");
            }
        }
        assert!(TextQuery::parse("  ,;!? ", &index).is_empty());
    }

    #[test]
    fn alternatives_covered_by_another_are_dropped() {
        let phrase = |t: &[&str], prefix| Alternative::Phrase {
            tokens: t.iter().map(|s| s.to_string()).collect(),
            prefix,
        };
        let group: BTreeSet<_> = [
            phrase(&["corso", "di", "italiano"], false),
            phrase(&["italiano"], false),
            phrase(&["cpia"], false),
            phrase(&["medic"], true),
            phrase(&["medico"], false),
        ]
        .into_iter()
        .collect();
        let kept: Vec<_> = prune(group).into_iter().collect();
        assert_eq!(
            kept,
            [
                phrase(&["cpia"], false),
                phrase(&["italiano"], false),
                phrase(&["medic"], true)
            ]
        );
    }

    #[test]
    fn a_word_of_a_typed_phrase_does_not_rank_names_alone() {
        let index = SearchIndex::default();
        let q = TextQuery::parse("corso di italiano", &index);
        // Found by the word alone, ranked by the phrase and the concept's
        // other names.
        assert!(q.render(true).unwrap().contains("\"italiano\""));
        let names = q.render_names(true).unwrap();
        assert!(!names.contains(" \"italiano\""), "{names}");
        assert!(!names.contains("(\"italiano\""), "{names}");
        assert!(names.contains("\"corso di italiano\""), "{names}");
        assert!(names.contains("\"cpia\""), "{names}");
        // Typed alone, the word ranks names as it always did.
        let alone = TextQuery::parse("italiano", &index)
            .render_names(true)
            .unwrap();
        assert!(alone.contains("\"italiano\""), "{alone}");
    }

    #[test]
    fn each_index_gets_what_it_can_hold() {
        let index = SearchIndex::default();
        let q = TextQuery::parse("corso di italiano", &index);
        let records = q.render(true).unwrap();
        assert!(records.contains("\"corso lingua italiana\""), "{records}");
        // Names are ranked by their phrases.
        let names = q.render_names(true).unwrap();
        assert!(names.contains("\"corso di italiano\""), "{names}");
        let texts = q.render_long_texts(0).unwrap();
        assert!(texts.contains("\"corso lingua italiana\""), "{texts}");
        assert!(!texts.contains("attrs"), "{texts}");
        // A transliteration is of a name or a place, never of a text.
        let folded = TextQuery::parse("Прато", &index);
        assert!(folded.render(true).unwrap().contains("folded : "));
        assert!(!folded.render_long_texts(0).unwrap().contains("prato"));
    }

    #[test]
    fn last_word_is_a_prefix_and_folded() {
        let index = SearchIndex::default();
        let expr = TextQuery::parse("corso forlì", &index)
            .render(true)
            .unwrap();
        assert!(expr.starts_with("(\"corso\""), "{expr}");
        assert!(expr.contains("\"forlì\"*"), "{expr}");
        assert!(expr.contains("folded : \"forli\"*"), "{expr}");
    }
}
