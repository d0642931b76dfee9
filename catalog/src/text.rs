//! Text normalization shared by indexing and querying: NFC, lower case,
//! Arabic letter folding and the article, Han characters one per token,
//! Gurmukhi marks kept inside their words, an ASCII fold for transliteration.
//!
//! Both sides go through [`words`], so what the index holds and what a query
//! asks for are always cut the same way. FTS5 then only splits on the spaces
//! we put in (its token categories include marks, see the schema), which keeps
//! Gurmukhi vowel signs and Devanagari-like scripts inside their words.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A searchable unit: one word, or for Han text a run of characters that the
/// index stores one per token and a query matches as a phrase.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Word {
    pub parts: Vec<String>,
}

impl Word {
    /// The word as one string (Han parts joined without spaces).
    pub fn joined(&self) -> String {
        self.parts.concat()
    }

    /// Number of characters, for typo tolerance thresholds.
    pub fn char_len(&self) -> usize {
        self.parts.iter().map(|p| p.chars().count()).sum()
    }

    pub fn is_han(&self) -> bool {
        self.parts.len() > 1 || self.parts.first().is_some_and(|p| p.chars().all(is_han))
    }
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F | 0x3040..=0x30FF)
}

fn is_arabic_diacritic(c: char) -> bool {
    matches!(c as u32, 0x064B..=0x065F | 0x0670 | 0x0640 | 0x06D6..=0x06ED)
}

fn fold_arabic_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ؤ' => 'و',
        'ئ' => 'ي',
        other => other,
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Lower-cased, NFC, Arabic-folded words of `text`, in order.
pub fn words(text: &str) -> Vec<Word> {
    let normalized: String = text
        .nfc()
        .filter(|c| !is_arabic_diacritic(*c))
        .map(fold_arabic_letter)
        .flat_map(char::to_lowercase)
        .collect();
    let mut out = Vec::new();
    let mut current = String::new();
    let mut han_run: Vec<String> = Vec::new();
    let flush = |current: &mut String, out: &mut Vec<Word>| {
        if !current.is_empty() {
            let word = strip_arabic_article(std::mem::take(current));
            out.push(Word { parts: vec![word] });
        }
    };
    for c in normalized.chars() {
        if is_han(c) {
            flush(&mut current, &mut out);
            han_run.push(c.to_string());
        } else {
            if !han_run.is_empty() {
                out.push(Word {
                    parts: std::mem::take(&mut han_run),
                });
            }
            if is_word_char(c) {
                current.push(c);
            } else {
                flush(&mut current, &mut out);
            }
        }
    }
    flush(&mut current, &mut out);
    if !han_run.is_empty() {
        out.push(Word { parts: han_run });
    }
    out
}

/// "الطبيب" and "طبيب" are the same word to a reader looking for a doctor.
fn strip_arabic_article(word: String) -> String {
    if let Some(rest) = word.strip_prefix("ال")
        && rest.chars().count() >= 3
    {
        return rest.to_string();
    }
    word
}

/// The text as FTS5 should index it: our words, space-separated, Han
/// characters one per token. Same cut as [`words`], written straight into one
/// string because indexing runs over every text of the catalog.
pub fn index_form(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut word = String::new();
    let push_word = |word: &mut String, out: &mut String| {
        if word.is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let stripped = word
            .strip_prefix("ال")
            .filter(|rest| rest.chars().count() >= 3);
        out.push_str(stripped.unwrap_or(word));
        word.clear();
    };
    let feed = |c: char, word: &mut String, out: &mut String| {
        // Most of the catalog's letters are ASCII: they skip the Unicode
        // tables (this loop runs over every text at a first load).
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else {
                push_word(word, out);
            }
        } else if is_han(c) {
            push_word(word, out);
            word.push(c);
            push_word(word, out);
        } else if is_word_char(c) {
            word.extend(c.to_lowercase());
        } else {
            push_word(word, out);
        }
    };
    // Texts arrive in NFC nearly always; the quick check says so without
    // composing, and only the others go through the normalizer.
    if unicode_normalization::is_nfc_quick(text.chars()) == unicode_normalization::IsNormalized::Yes
    {
        for c in text.chars() {
            if c.is_ascii() {
                feed(c, &mut word, &mut out);
            } else if !is_arabic_diacritic(c) {
                feed(fold_arabic_letter(c), &mut word, &mut out);
            }
        }
    } else {
        for c in text
            .nfc()
            .filter(|c| !is_arabic_diacritic(*c))
            .map(fold_arabic_letter)
        {
            feed(c, &mut word, &mut out);
        }
    }
    push_word(&mut word, &mut out);
    out
}

/// ASCII transliteration ("Forlì" → "forli", "Прато" → "prato"), so a name
/// typed in another script or without accents still finds its record.
pub fn ascii_fold(text: &str) -> String {
    index_form(&deunicode::deunicode_with_tofu(text, " ").to_lowercase())
}

/// Damerau-Levenshtein distance at most one (one insertion, deletion,
/// substitution or transposition).
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (la, lb) = (a.len(), b.len());
    if la.abs_diff(lb) > 1 {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if prefix == la && prefix == lb {
        return true;
    }
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    if la == lb {
        // substitution, or transposition of two neighbours
        ra[1..] == rb[1..]
            || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..])
    } else if la > lb {
        ra[1..] == *rb
    } else {
        *ra == rb[1..]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(text: &str) -> Vec<String> {
        words(text).iter().map(Word::joined).collect()
    }

    #[test]
    fn latin_words_are_lowercased_and_split_on_punctuation() {
        assert_eq!(
            flat("Corso d'Italiano, Forlì!"),
            ["corso", "d", "italiano", "forlì"]
        );
    }

    #[test]
    fn gurmukhi_vowel_signs_stay_inside_the_word() {
        assert_eq!(flat("ਡਾਕਟਰ ਦੀ ਲੋੜ"), ["ਡਾਕਟਰ", "ਦੀ", "ਲੋੜ"]);
    }

    #[test]
    fn arabic_is_folded_and_loses_its_article() {
        assert_eq!(flat("الطَّبِيب"), flat("طبيب"));
        assert_eq!(flat("أطباء"), flat("اطباء"));
    }

    #[test]
    fn han_runs_become_one_word_of_single_characters() {
        let w = words("找医生 Prato");
        assert_eq!(w[0].parts, ["找", "医", "生"]);
        assert!(w[0].is_han());
        assert_eq!(w[1].joined(), "prato");
        assert_eq!(index_form("意大利语课程"), "意 大 利 语 课 程");
        for text in [
            "الطَّبِيب في Forlì, 找医生!",
            "ਡਾਕਟਰ ਦੀ ਲੋੜ",
            "Corso d'Italiano A2",
            "Прато",
            // Decomposed (NFD) accents after ASCII letters, and Arabic marks.
            "Forli\u{300} caffe\u{301} Citta\u{300}",
            "ا\u{653}لطبيب",
        ] {
            let from_words: Vec<String> = words(text).into_iter().flat_map(|w| w.parts).collect();
            assert_eq!(index_form(text), from_words.join(" "), "{text}");
        }
    }

    proptest::proptest! {
        /// The indexing shortcut (ASCII, text already in NFC) cuts every
        /// text exactly as queries are cut.
        #[test]
        fn index_form_agrees_with_words(text in "(?s)[a-zA-Z0-9 ,'àèìòùé\u{300}\u{301}\u{64b}\u{653}اأىةلطبي找医生ਡਾਲੋПрато\n.-]{0,40}") {
            let from_words: Vec<String> = words(&text).into_iter().flat_map(|w| w.parts).collect();
            proptest::prop_assert_eq!(index_form(&text), from_words.join(" "));
        }
    }

    #[test]
    fn ascii_fold_transliterates() {
        assert_eq!(ascii_fold("Forlì"), "forli");
        assert_eq!(ascii_fold("Прато"), "prato");
    }

    #[test]
    fn one_edit() {
        assert!(within_one_edit("ospedalle", "ospedale"));
        assert!(within_one_edit("ospedael", "ospedale"));
        assert!(within_one_edit("ospedake", "ospedale"));
        assert!(within_one_edit("ospedal", "ospedale"));
        assert!(!within_one_edit("osbedalle", "ospedale"));
        assert!(within_one_edit("prato", "prato"));
    }
}
