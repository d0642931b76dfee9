//! A set of small numbers (document positions, `long_text` ids) as one bit
//! each: a search intersects sets of up to a million documents.

#[derive(Debug, Clone, Default)]
pub(crate) struct Bits {
    words: Vec<u64>,
}

impl Bits {
    /// An empty set for numbers below `len`.
    pub(crate) fn new(len: usize) -> Bits {
        Bits {
            words: vec![0; len.div_ceil(64)],
        }
    }

    /// The set of `positions`.
    pub(crate) fn from_positions(positions: &[u32]) -> Bits {
        let len = positions.iter().max().map_or(0, |&m| m as usize + 1);
        let mut bits = Bits::new(len);
        for &p in positions {
            bits.insert(p);
        }
        bits
    }

    pub(crate) fn insert(&mut self, n: u32) {
        let (word, bit) = (n as usize / 64, n % 64);
        if word >= self.words.len() {
            self.words.resize(word + 1, 0);
        }
        self.words[word] |= 1 << bit;
    }

    pub(crate) fn contains(&self, n: u32) -> bool {
        self.words
            .get(n as usize / 64)
            .is_some_and(|w| w & (1 << (n % 64)) != 0)
    }

    /// The numbers in the set, smallest first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let mut w = w;
            std::iter::from_fn(move || {
                (w != 0).then(|| {
                    let bit = w.trailing_zeros();
                    w &= w - 1;
                    i as u32 * 64 + bit
                })
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_what_was_put_in_and_lists_it_in_order() {
        let mut b = Bits::from_positions(&[130, 3, 64, 63, 0]);
        b.insert(1000);
        b.insert(3);
        assert_eq!(b.iter().collect::<Vec<_>>(), [0, 3, 63, 64, 130, 1000]);
        for n in [0, 3, 63, 64, 130, 1000] {
            assert!(b.contains(n), "{n}");
        }
        for n in [1, 62, 65, 129, 999, 1001, 5000] {
            assert!(!b.contains(n), "{n}");
        }
        assert_eq!(Bits::new(10).iter().count(), 0);
        assert!(!Bits::default().contains(0));
    }
}
