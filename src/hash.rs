//! One small, fast hash for the crate's maps.
//!
//! The standard `HashMap` hashes with SipHash-1-3, which resists crafted
//! collisions at a cost of about a hundred instructions per short key, and
//! its code is a few KiB of the browser build. The maps here are built and
//! dropped within one analysis and keyed by words, ids and small integers:
//! this multiplicative hash (the one rustc itself uses, "FxHash") costs a
//! few instructions per word of key.
//!
//! Untrusted input: the keys come from the page's text, so a page could
//! craft words whose hashes collide. That makes lookups in that page's own
//! analysis slower (probing degrades towards a scan of the colliding
//! entries); it cannot reach any other page, and the sizes these maps
//! reach are bounded by the article size limit.

use std::hash::{BuildHasherDefault, Hasher};

/// A `HashMap` with [`FxHasher`].
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub type HashSet<K> = std::collections::HashSet<K, BuildHasherDefault<FxHasher>>;

/// An empty [`HashMap`] with room for `n` entries.
pub fn map_with_capacity<K, V>(n: usize) -> HashMap<K, V> {
    HashMap::with_capacity_and_hasher(n, Default::default())
}

/// The multiply-rotate hash: per 8 bytes, `h = (h.rotl(5) ^ word) * K`.
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(last));
        }
    }

    #[inline]
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }

    #[inline]
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    /// The multiply leaves the low bits of the hash depending only on the
    /// low bits of the input, and hashbrown picks buckets by the low bits:
    /// keys that differ only in their high bits (the bit patterns of whole
    /// numbers as `f64`) would all land in one probe sequence and make the
    /// map quadratic. Half of MurmurHash3's finalizer folds the high bits
    /// down.
    #[inline]
    fn finish(&self) -> u64 {
        let h = self.hash ^ (self.hash >> 33);
        let h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^ (h >> 33)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_find_what_they_hold() {
        let mut m: HashMap<String, usize> = map_with_capacity(4);
        let words = ["Kursk", "kursk", "Kursk ", "", "Gerassimow", "über", "10.000", "a", "ab"];
        for (i, w) in words.iter().enumerate() {
            m.insert(w.to_string(), i);
        }
        assert_eq!(m.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(*w), Some(&i), "{w:?}");
        }
        assert_eq!(m.get("Kurs"), None);
    }

    #[test]
    fn keys_differing_in_high_bits_spread_over_buckets() {
        use std::hash::BuildHasher;
        // Whole numbers as f64 differ only in their high bits.
        let build = BuildHasherDefault::<FxHasher>::default();
        let mut low: Vec<u64> = (1..=64).map(|n| build.hash_one(f64::from(n).to_bits()) & 63).collect();
        low.sort_unstable();
        low.dedup();
        assert!(low.len() > 32, "{} distinct low bit patterns of 64", low.len());
    }
}
