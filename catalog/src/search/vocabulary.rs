//! Every word of the full-text indexes, for typo tolerance and parts of
//! names: is a typed word known, is it the start of a known word, which
//! known words have a given length, which contain a given piece. One sorted string of all the words and their end offsets, and
//! the words' positions grouped by length: 8 bytes a word besides its
//! letters, where a hash set of `String`s and a second copy of every word
//! by length took each word twice, with a heap block and a 24-byte header
//! per copy.

use std::ops::Range;

#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    /// The words, sorted, one after the other.
    text: String,
    /// Where each word ends in `text`.
    ends: Vec<u32>,
    /// Word positions ordered by the word's length in characters (then
    /// alphabetically), and where each length's run starts.
    by_len: Vec<u32>,
    len_starts: Vec<u32>,
}

impl Vocabulary {
    /// Builds the vocabulary of `words` (any order; duplicates kept once).
    pub(crate) fn new(mut words: Vec<String>) -> Vocabulary {
        words.sort_unstable();
        words.dedup();
        let mut v = Vocabulary {
            text: String::with_capacity(words.iter().map(String::len).sum()),
            ends: Vec::with_capacity(words.len()),
            ..Vocabulary::default()
        };
        let mut lens: Vec<(u32, u32)> = Vec::with_capacity(words.len());
        for (i, w) in words.iter().enumerate() {
            v.text.push_str(w);
            v.ends.push(v.text.len() as u32);
            lens.push((w.chars().count() as u32, i as u32));
        }
        lens.sort_unstable();
        let longest = lens.last().map_or(0, |(l, _)| *l as usize);
        v.len_starts = vec![0; longest + 2];
        for &(l, _) in &lens {
            v.len_starts[l as usize + 1] += 1;
        }
        for i in 1..v.len_starts.len() {
            v.len_starts[i] += v.len_starts[i - 1];
        }
        v.by_len = lens.into_iter().map(|(_, i)| i).collect();
        v.text.shrink_to_fit();
        v
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// The position of the first word not before `probe`.
    fn lower_bound(&self, probe: &str) -> usize {
        let (mut lo, mut hi) = (0, self.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.word(mid) < probe {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        let i = self.lower_bound(word);
        i < self.len() && self.word(i) == word
    }

    /// Whether a known word starts with `prefix` (the word being typed).
    pub(crate) fn has_prefix(&self, prefix: &str) -> bool {
        let i = self.lower_bound(prefix);
        i < self.len() && self.word(i).starts_with(prefix)
    }

    /// The words of `chars` characters.
    pub(crate) fn of_len(&self, chars: usize) -> impl Iterator<Item = &str> {
        let run: Range<usize> = match (self.len_starts.get(chars), self.len_starts.get(chars + 1)) {
            (Some(&a), Some(&b)) => a as usize..b as usize,
            _ => 0..0,
        };
        self.by_len[run].iter().map(|&i| self.word(i as usize))
    }

    /// The words that contain `piece`, in order, at most `limit` of them
    /// (`None`: more than `limit` do). One pass over the words' text: a
    /// match that runs from one word into the next is no word's.
    pub(crate) fn containing(&self, piece: &str, limit: usize) -> Option<Vec<&str>> {
        let mut out: Vec<&str> = Vec::new();
        if piece.is_empty() {
            return Some(out);
        }
        let mut from = 0;
        while let Some(found) = self.text[from..].find(piece) {
            let offset = from + found;
            let i = self.ends.partition_point(|&end| end as usize <= offset);
            let end = self.ends[i] as usize;
            if offset + piece.len() > end {
                // Runs into the next word: look again from the next
                // character, which may start a match inside that word.
                from = offset + self.text[offset..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
            if out.len() == limit {
                return None;
            }
            out.push(self.word(i));
            from = end;
        }
        Some(out)
    }

    /// What it holds on the heap.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + 4 * (self.ends.capacity() + self.by_len.capacity() + self.len_starts.capacity())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(words: &[&str]) -> Vocabulary {
        Vocabulary::new(words.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn answers_as_a_set_of_words_would() {
        let v = vocabulary(&[
            "scuola", "corso", "città", "corsi", "a", "scuola", "ospedale",
        ]);
        assert_eq!(v.len(), 6, "a word given twice is kept once");
        for w in ["a", "città", "corsi", "corso", "ospedale", "scuola"] {
            assert!(v.contains(w), "{w}");
        }
        for w in ["", "b", "cors", "scuolaa", "zz", "citta"] {
            assert!(!v.contains(w), "{w}");
        }
        assert!(v.has_prefix("cors") && v.has_prefix("osp") && v.has_prefix("città"));
        assert!(!v.has_prefix("cx") && !v.has_prefix("scuolab") && !v.has_prefix("zz"));
        let mut five: Vec<&str> = v.of_len(5).collect();
        five.sort();
        assert_eq!(
            five,
            ["città", "corsi", "corso"],
            "by characters, not bytes"
        );
        assert_eq!(v.of_len(1).collect::<Vec<_>>(), ["a"]);
        assert_eq!(v.of_len(2).count(), 0);
        assert_eq!(v.of_len(99).count(), 0);
    }

    #[test]
    fn an_empty_vocabulary_knows_nothing() {
        let v = Vocabulary::default();
        assert!(!v.contains("a") && !v.has_prefix("") && v.of_len(0).count() == 0);
        assert_eq!(v.containing("osp", 10), Some(vec![]));
    }

    #[test]
    fn finds_the_words_a_piece_is_part_of() {
        let v = vocabulary(&["ospedale", "ospedaliera", "pedaggio", "sala", "città"]);
        assert_eq!(
            v.containing("peda", 10),
            Some(vec!["ospedale", "ospedaliera", "pedaggio"])
        );
        // "ale" + "ospedaliera" joined would hold "eosp": no word does.
        assert_eq!(v.containing("eosp", 10), Some(vec![]));
        assert_eq!(v.containing("ale", 10), Some(vec!["ospedale"]));
        assert_eq!(v.containing("ttà", 10), Some(vec!["città"]));
        assert_eq!(v.containing("a", 3), None, "more words than the limit");
        // A match across two words must not hide one just after it.
        let v = vocabulary(&["xa", "aay"]);
        assert_eq!(v.containing("aa", 10), Some(vec!["aay"]));
    }
}
