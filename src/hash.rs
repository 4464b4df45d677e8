//! One small, fast hash and one small map for the whole crate.
//!
//! The standard `HashMap` hashes with SipHash-1-3, which resists crafted
//! collisions at a cost of about a hundred instructions per short key, and
//! every key type gets its own copy of hashbrown's table code (about 1.5 KiB
//! each in the browser build). The maps of an analysis are built and dropped
//! within it, keyed by words, ids and small integers, and what they do is
//! give each distinct key a number. So there is one map, [`IdMap`]: keys get
//! dense ids in order of first insertion, the caller keeps any values in a
//! vector indexed by id, and the table code ([`Ids`]) is one copy for all key
//! types, reaching the keys through a `dyn` comparison, as the crate's sort
//! does (`src/sort.rs`). The hash is the multiplicative one rustc itself uses
//! ("FxHash"): a few instructions per word of key.
//!
//! Untrusted input: the keys come from the page's text, so a page could
//! craft words whose hashes collide. That makes lookups in that page's own
//! analysis slower (probing degrades towards a scan of the colliding
//! entries); it cannot reach any other page, and the sizes these maps
//! reach are bounded by the article size limit.

use std::borrow::Borrow;
use std::hash::{Hash, Hasher};

/// The [`FxHasher`] hash of a key.
pub fn hash_of<K: Hash + ?Sized>(key: &K) -> u64 {
    let mut h = FxHasher::default();
    key.hash(&mut h);
    h.finish()
}

/// The table of an [`IdMap`], without its keys: open addressing with
/// linear probing over slots that hold `id + 1` (0 is empty), at most half
/// full, and each id's hash, so that growing never looks at a key.
#[derive(Debug, Default, Clone)]
pub struct Ids {
    slots: Vec<u32>,
    hashes: Vec<u64>,
}

impl Ids {
    /// Room for `n` ids before the table grows.
    pub fn with_capacity(n: usize) -> Ids {
        let mut ids = Ids { slots: Vec::new(), hashes: Vec::with_capacity(n) };
        ids.resize((2 * n).next_power_of_two().max(8));
        ids
    }

    /// How many ids have been given out.
    fn len(&self) -> usize {
        self.hashes.len()
    }

    /// The id whose key has hash `hash` and for which `same(id)` holds.
    pub fn find(&self, hash: u64, same: &mut dyn FnMut(u32) -> bool) -> Option<u32> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut at = hash as usize & mask;
        loop {
            let slot = *self.slots.get(at)?;
            if slot == 0 {
                return None;
            }
            let id = slot - 1;
            if self.hashes[id as usize] == hash && same(id) {
                return Some(id);
            }
            at = (at + 1) & mask;
        }
    }

    /// The id as [`Ids::find`] finds it, and `false`; else the next id,
    /// now taken for this key, and `true` (the caller stores the key).
    pub fn find_or_insert(&mut self, hash: u64, same: &mut dyn FnMut(u32) -> bool) -> (u32, bool) {
        if let Some(id) = self.find(hash, same) {
            return (id, false);
        }
        if 2 * (self.len() + 1) > self.slots.len() {
            self.resize((2 * self.slots.len()).max(8));
        }
        let id = self.len() as u32;
        self.hashes.push(hash);
        self.place(id);
        (id, true)
    }

    fn place(&mut self, id: u32) {
        let mask = self.slots.len() - 1;
        let mut at = self.hashes[id as usize] as usize & mask;
        while self.slots[at] != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = id + 1;
    }

    fn resize(&mut self, slots: usize) {
        self.slots = vec![0; slots];
        for id in 0..self.len() as u32 {
            self.place(id);
        }
    }
}

/// Keys numbered 0, 1, 2, … in order of first insertion: a set, or a map
/// whose values live in a vector indexed by id.
#[derive(Debug, Clone)]
pub struct IdMap<K> {
    ids: Ids,
    keys: Vec<K>,
}

impl<K> Default for IdMap<K> {
    fn default() -> Self {
        IdMap { ids: Ids::default(), keys: Vec::new() }
    }
}

impl<K: Hash + Eq> IdMap<K> {
    /// An empty map with room for `n` keys.
    pub fn with_capacity(n: usize) -> IdMap<K> {
        IdMap { ids: Ids::with_capacity(n), keys: Vec::with_capacity(n) }
    }

    /// The id of `key`, and whether it is new (then it is the next id).
    pub fn insert(&mut self, key: K) -> (u32, bool) {
        let keys = &self.keys;
        let found = self.ids.find_or_insert(hash_of(&key), &mut |id| keys[id as usize] == key);
        if found.1 {
            self.keys.push(key);
        }
        found
    }

    /// The id of `key`, if it has one.
    pub fn get<Q: Hash + Eq + ?Sized>(&self, key: &Q) -> Option<u32>
    where
        K: Borrow<Q>,
    {
        self.ids.find(hash_of(key), &mut |id| self.keys[id as usize].borrow() == key)
    }
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
    /// low bits of the input, and [`Ids`] picks slots by the low bits:
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
        let mut m: IdMap<String> = IdMap::with_capacity(2);
        let words = ["Kursk", "kursk", "Kursk ", "", "Gerassimow", "über", "10.000", "a", "ab"];
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.insert(w.to_string()), (i as u32, true));
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(*w), Some(i as u32), "{w:?}");
            assert_eq!(m.insert(w.to_string()), (i as u32, false), "{w:?}");
        }
        assert_eq!(m.get("Kurs"), None);
        assert_eq!(m.keys[4], "Gerassimow");
        assert_eq!(IdMap::<String>::default().get("a"), None);
    }

    #[test]
    fn ids_survive_growth_and_collisions() {
        // Every key of the same hash: each lookup probes past the others.
        let mut ids = Ids::default();
        for k in 0..100u32 {
            assert_eq!(ids.find_or_insert(42, &mut |id| id == k), (k, true));
        }
        for k in 0..100u32 {
            assert_eq!(ids.find(42, &mut |id| id == k), Some(k));
        }
        assert_eq!(ids.find(42, &mut |_| false), None);
        let mut m: IdMap<(usize, usize)> = IdMap::default();
        for i in 0..1000 {
            assert_eq!(m.insert((i % 300, i / 300)).0 as usize, i);
        }
        assert_eq!(m.get(&(99, 3)), Some(999));
        assert_eq!(m.get(&(100, 3)), None);
    }

    #[test]
    fn keys_differing_in_high_bits_spread_over_buckets() {
        // Whole numbers as f64 differ only in their high bits.
        let mut low: Vec<u64> = (1..=64).map(|n| hash_of(&f64::from(n).to_bits()) & 63).collect();
        low.sort_unstable();
        low.dedup();
        assert!(low.len() > 32, "{} distinct low bit patterns of 64", low.len());
    }
}
