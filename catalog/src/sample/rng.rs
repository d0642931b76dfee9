//! A tiny seeded generator (SplitMix64): the sample catalog must come out
//! byte-identical on every machine and every version of every dependency,
//! so it owns its randomness.

#[derive(Debug, Clone)]
pub struct SampleRng(u64);

impl SampleRng {
    pub fn new(seed: u64) -> SampleRng {
        SampleRng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 * n as f64) as usize % n.max(1)
    }

    /// Uniform in `[0, 1)`.
    pub fn unit(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    pub fn chance(&mut self, p: f64) -> bool {
        self.unit() < p
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// Index drawn with probability proportional to `cumulative` weights
    /// (a running sum, last element the total).
    pub fn weighted(&mut self, cumulative: &[u64]) -> usize {
        let total = *cumulative.last().unwrap_or(&1);
        let target = self.next_u64() % total.max(1);
        cumulative.partition_point(|&c| c <= target)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_stream() {
        let a: Vec<u64> = (0..5)
            .scan(SampleRng::new(7), |r, _| Some(r.next_u64()))
            .collect();
        let b: Vec<u64> = (0..5)
            .scan(SampleRng::new(7), |r, _| Some(r.next_u64()))
            .collect();
        assert_eq!(a, b);
        // Pinned: a change here changes every generated catalog.
        assert_eq!(SampleRng::new(0).next_u64(), 0xE220_A839_7B1D_CDAF);
    }

    #[test]
    fn weighted_follows_weights() {
        let mut r = SampleRng::new(1);
        let cumulative = [1, 1, 101];
        let hits = (0..1000).filter(|_| r.weighted(&cumulative) == 2).count();
        assert!(hits > 950);
    }
}
