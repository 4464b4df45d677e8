//! The wasm build's allocator: a bump arena that is emptied whenever nothing
//! allocated in it is alive any more, which is after every analysis.
//!
//! Why: one call of the wasm boundary is one request. The JS side allocates
//! the input strings, the analysis makes some 140 allocations per claim, and
//! the answer string is freed by the JS side once it has read it; then the
//! count of live allocations is back where it was before the call, and the
//! whole arena is free again in one step. Between those points an
//! allocation is a pointer bump and a free is a counter decrement, where a
//! general allocator (talc, dlmalloc) keeps free lists: in Node that upkeep
//! was 7–8% of the analysis. The code is also a fraction of talc's.
//!
//! What it costs: memory freed in the middle of an analysis is reused only
//! when it was the last block handed out (a vector growing at the top grows
//! in place), so one analysis needs up to about twice the memory a free-list
//! allocator would at its peak (`docs/benchmarks.md` has the figures for
//! megabyte pages). Like any wasm allocator it never hands memory back to
//! the browser.
//!
//! **Permanent allocations.** Blocks that stay alive across calls (the
//! gazetteer's index, built on first use) would keep the live count from ever
//! returning to its resting value, and the arena would never be emptied
//! again: memory would grow with every analysis. So the wasm start function
//! builds them all first ([`crate::lexicon::warm_up`]) and then calls
//! [`Arena::settle`], which makes everything allocated so far the arena's
//! floor. A permanent allocation made later would show as growth across
//! repeated analyses, which `tests/js/api.test.mjs` checks.
//!
//! **A call that traps** leaves its blocks counted as alive; the next call
//! says how many blocks it brought ([`Arena::begin_call`]) and the rest are
//! forgotten, so the arena is emptied again after it.
//!
//! The logic is generic over where its memory comes from ([`Memory`]), so
//! the tests run it natively over a fixed buffer.

use core::alloc::{GlobalAlloc, Layout};
use core::cell::Cell;
use core::ptr;

/// Where the arena's memory comes from: one contiguous region that can only
/// grow, like a wasm linear memory.
pub trait Memory {
    /// Address of the first byte the arena may use.
    fn base(&self) -> usize;
    /// Makes the region reach at least `end` (an address); false when no
    /// more memory can be had.
    fn grow_to(&self, end: usize) -> bool;
}

/// A bump arena over `M`, emptied when its live count returns to the floor.
pub struct Arena<M> {
    memory: M,
    /// The next free address (0 until the first allocation reads the base).
    top: Cell<usize>,
    /// Where the arena goes back to when it is emptied.
    floor: Cell<usize>,
    /// Allocations alive now.
    live: Cell<usize>,
    /// Allocations alive at the floor (made before [`Arena::settle`]).
    floor_live: Cell<usize>,
}

// SAFETY: the wasm build is single-threaded; the native tests use one arena
// per test and never share it across threads.
unsafe impl<M> Sync for Arena<M> {}

impl<M: Memory> Arena<M> {
    /// An arena over `memory`; nothing is allocated until first use.
    pub const fn new(memory: M) -> Arena<M> {
        Arena { memory, top: Cell::new(0), floor: Cell::new(0), live: Cell::new(0), floor_live: Cell::new(0) }
    }

    /// Makes everything allocated so far permanent: the arena is emptied
    /// back to here from now on.
    pub fn settle(&self) {
        self.start();
        self.floor.set(self.top.get());
        self.floor_live.set(self.live.get());
    }

    /// Starts a call of the boundary: `inputs` allocations (the call's
    /// argument strings, the newest blocks) are alive besides the permanent
    /// ones, and nothing else may be.
    ///
    /// Why: a call that traps (memory exhausted, an abort) never frees what
    /// it had allocated, and its blocks would keep the live count from ever
    /// returning to the floor: from then on every analysis would take fresh
    /// memory. The JS side holds no block across calls (it frees the answer
    /// before the call returns), so at the start of the next call anything
    /// beyond the arguments is such a leftover; forgetting it lets the arena
    /// be emptied again, leftovers included, once this call is done.
    pub fn begin_call(&self, inputs: usize) {
        self.start();
        self.live.set(self.floor_live.get() + inputs);
    }

    /// Whether `block` lies in the arena's memory (an empty string's pointer
    /// does not: it was never allocated).
    pub fn owns(&self, block: *const u8) -> bool {
        self.start();
        (self.floor.get()..self.top.get()).contains(&(block as usize))
    }

    /// The end of the memory in use (for the tests).
    #[cfg(test)]
    pub fn top(&self) -> usize {
        self.start();
        self.top.get()
    }

    fn start(&self) {
        if self.top.get() == 0 {
            self.top.set(self.memory.base());
            self.floor.set(self.memory.base());
        }
    }

    /// A block of `size` bytes at `align`, or null when memory is exhausted.
    fn bump(&self, size: usize, align: usize) -> *mut u8 {
        self.start();
        let Some(begin) = self.top.get().checked_add(align - 1).map(|a| a & !(align - 1)) else {
            return ptr::null_mut();
        };
        let Some(end) = begin.checked_add(size) else { return ptr::null_mut() };
        if !self.memory.grow_to(end) {
            return ptr::null_mut();
        }
        self.top.set(end);
        self.live.set(self.live.get() + 1);
        begin as *mut u8
    }

    fn release(&self, at: usize, size: usize) {
        // The last block handed out gives its bytes back at once, so a
        // temporary freed before the next allocation costs nothing.
        if at + size == self.top.get() {
            self.top.set(at);
        }
        let live = self.live.get() - 1;
        self.live.set(live);
        if live == self.floor_live.get() {
            self.top.set(self.floor.get());
        }
    }
}

unsafe impl<M: Memory> GlobalAlloc for Arena<M> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        self.bump(layout.size(), layout.align())
    }

    unsafe fn dealloc(&self, block: *mut u8, layout: Layout) {
        self.release(block as usize, layout.size());
    }

    unsafe fn realloc(&self, block: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let at = block as usize;
        if at + layout.size() == self.top.get() {
            // The top block grows or shrinks where it is.
            let Some(end) = at.checked_add(new_size) else { return ptr::null_mut() };
            if !self.memory.grow_to(end) {
                return ptr::null_mut();
            }
            self.top.set(end);
            return block;
        }
        if new_size <= layout.size() {
            return block;
        }
        let moved = self.bump(new_size, layout.align());
        if !moved.is_null() {
            // SAFETY: both blocks are valid for `layout.size()` bytes and do
            // not overlap (the new one lies above the old one's end).
            unsafe { ptr::copy_nonoverlapping(block, moved, layout.size()) };
            self.release(at, layout.size());
        }
        moved
    }
}

/// The wasm linear memory: the arena starts at the linker's `__heap_base`
/// and grows the memory by whole pages.
#[cfg(target_arch = "wasm32")]
pub struct WasmMemory;

#[cfg(target_arch = "wasm32")]
impl Memory for WasmMemory {
    fn base(&self) -> usize {
        extern "C" {
            static __heap_base: u8;
        }
        // Only the symbol's address is taken, never its value: safe.
        ptr::addr_of!(__heap_base) as usize
    }

    fn grow_to(&self, end: usize) -> bool {
        const PAGE: usize = 65536;
        let have = core::arch::wasm32::memory_size(0) * PAGE;
        if end <= have {
            return true;
        }
        // At least 1 MiB at a time: fewer grow calls on large inputs.
        let pages = (end - have).div_ceil(PAGE).max(16);
        core::arch::wasm32::memory_grow(0, pages) != usize::MAX
            || core::arch::wasm32::memory_grow(0, (end - have).div_ceil(PAGE)) != usize::MAX
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    /// A fixed region of `cap` bytes, aligned to 64, standing in for the
    /// wasm memory.
    struct Fixed {
        buffer: RefCell<Vec<u64>>,
        cap: usize,
    }

    impl Fixed {
        fn new(cap: usize) -> Fixed {
            Fixed { buffer: RefCell::new(vec![0; cap / 8 + 8]), cap }
        }
    }

    impl Memory for Fixed {
        fn base(&self) -> usize {
            (self.buffer.borrow().as_ptr() as usize + 63) & !63
        }
        fn grow_to(&self, end: usize) -> bool {
            end <= self.base() + self.cap
        }
    }

    fn layout(size: usize, align: usize) -> Layout {
        Layout::from_size_align(size, align).unwrap()
    }

    #[test]
    fn empties_when_nothing_is_alive() {
        let arena = Arena::new(Fixed::new(4096));
        let base = arena.top();
        unsafe {
            let a = arena.alloc(layout(10, 1));
            let b = arena.alloc(layout(8, 8));
            assert_eq!(b as usize % 8, 0);
            assert!(b as usize >= a as usize + 10);
            arena.dealloc(a, layout(10, 1));
            assert!(arena.top() > base, "b is still alive");
            arena.dealloc(b, layout(8, 8));
            assert_eq!(arena.top(), base);
        }
    }

    #[test]
    fn the_top_block_grows_and_shrinks_in_place() {
        let arena = Arena::new(Fixed::new(4096));
        unsafe {
            let a = arena.alloc(layout(16, 4));
            a.write(7);
            let grown = arena.realloc(a, layout(16, 4), 100);
            assert_eq!(grown, a);
            assert_eq!(arena.top(), a as usize + 100);
            let b = arena.alloc(layout(4, 4));
            // Not at the top any more: growing moves it and keeps its bytes.
            let moved = arena.realloc(a, layout(100, 4), 200);
            assert_ne!(moved, a);
            assert_eq!(moved.read(), 7);
            assert!(moved as usize > b as usize);
            // Shrinking a block below the top keeps it where it is.
            assert_eq!(arena.realloc(b, layout(4, 4), 2), b);
            arena.dealloc(b, layout(2, 4));
            arena.dealloc(moved, layout(200, 4));
            assert_eq!(arena.top(), a as usize, "nothing alive: back to the base");
        }
    }

    #[test]
    fn settled_blocks_stay_and_the_rest_is_emptied_down_to_them() {
        let arena = Arena::new(Fixed::new(4096));
        unsafe {
            let permanent = arena.alloc(layout(32, 8));
            arena.settle();
            let floor = arena.top();
            let a = arena.alloc(layout(64, 8));
            let b = arena.alloc(layout(64, 8));
            arena.dealloc(a, layout(64, 8));
            arena.dealloc(b, layout(64, 8));
            assert_eq!(arena.top(), floor);
            assert!(floor >= permanent as usize + 32);
        }
    }

    #[test]
    fn a_call_after_a_trapped_one_empties_the_arena_again() {
        let arena = Arena::new(Fixed::new(4096));
        unsafe {
            arena.settle();
            let floor = arena.top();
            // A call that trapped: its blocks are never freed.
            let _lost = (arena.alloc(layout(100, 8)), arena.alloc(layout(50, 1)));
            // The next call: its two argument strings, then its own work.
            let (a, b) = (arena.alloc(layout(20, 1)), arena.alloc(layout(4, 1)));
            assert!(arena.owns(a) && arena.owns(b) && !arena.owns(std::ptr::dangling()));
            arena.begin_call(2);
            let work = arena.alloc(layout(64, 8));
            arena.dealloc(work, layout(64, 8));
            arena.dealloc(a, layout(20, 1));
            arena.dealloc(b, layout(4, 1));
            assert_eq!(arena.top(), floor, "emptied, the trapped call's blocks too");
        }
    }

    #[test]
    fn exhausted_memory_gives_null_and_loses_nothing() {
        let arena = Arena::new(Fixed::new(256));
        unsafe {
            let a = arena.alloc(layout(200, 8));
            assert!(!a.is_null());
            assert!(arena.alloc(layout(100, 8)).is_null());
            assert!(arena.realloc(a, layout(200, 8), 1000).is_null());
            assert!(arena.alloc(layout(isize::MAX as usize - 64, 8)).is_null());
            arena.dealloc(a, layout(200, 8));
            assert!(!arena.alloc(layout(250, 8)).is_null(), "emptied, the whole region is free again");
        }
    }
}
