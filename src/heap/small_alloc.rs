//! The process's allocator: size-classed free lists for small blocks in
//! front of the system allocator.
//!
//! Arrays, strings and maps keep their variable-sized parts in malloc'd
//! memory (an object's boxed `Store`, its element buffer, a string
//! buffer), which the sweeper frees when their cell dies. A minor
//! collection frees thousands of them at once, and glibc's malloc keeps
//! only seven freed blocks per size in its per-thread cache: the rest go
//! to its fast bins, which the next large request consolidates, and
//! later mallocs dig them out again through `_int_malloc`. On deltablue
//! (an array literal or two per constraint, dead by the next collection)
//! `perf` put 28% of the run in malloc, free and `malloc_consolidate`.
//!
//! Here a block of at most `MAX_SMALL` bytes is rounded up to a multiple
//! of 16 and freed onto its class's list (LIFO, a pointer in the block
//! itself); allocating pops the list and asks the system allocator only
//! when it is empty. Both are a few instructions whatever the number of
//! blocks a sweep frees, and a block freed by a sweep is the next one
//! allocated, still in cache. Freed small blocks are never given back
//! to the system (nor were most of glibc's: they sat in its bins); they
//! serve the next allocation of their class.
//!
//! The lists are per thread (the Ctrl-C handler's thread allocates too),
//! and a block freed on another thread than the one that made it joins
//! that thread's lists: blocks of a class are interchangeable.
//!
//! `--no-small-alloc` (`set_enabled(false)`) sends frees to the system
//! allocator instead, for measuring. Every small block is allocated with
//! its rounded size in both modes, so a block may be freed either way
//! whichever mode allocated it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::atomic::{AtomicBool, Ordering};

/// The largest block kept on a free list: an object's `Store` (32 bytes),
/// the elements of an array of up to 64 values, a short string's buffer.
/// (256 left the 400-byte buffer of every `new Array(50)` -- AWFY's
/// `Vector` -- to glibc: 12% of havlak.js in malloc and free.)
const MAX_SMALL: usize = 512;
const GRAIN: usize = 16;
const LISTS: usize = MAX_SMALL / GRAIN;

static ENABLED: AtomicBool = AtomicBool::new(true);

/// Whether freed small blocks go on the free lists (the default) or back
/// to the system allocator (`--no-small-alloc`).
pub fn set_enabled(on: bool) {
    ENABLED.store(on, Ordering::Relaxed);
}

thread_local! {
    // Const-initialised and without a destructor: reading it never
    // allocates, which an allocator must not.
    static FREE: [Cell<*mut u8>; LISTS] = const { [const { Cell::new(std::ptr::null_mut()) }; LISTS] };
}

/// The free list a layout's blocks belong to, if it is small (the system
/// allocator's malloc aligns to 16, which covers every small class).
#[inline(always)]
fn list_of(layout: Layout) -> Option<usize> {
    let size = layout.size();
    (size <= MAX_SMALL && layout.align() <= GRAIN).then(|| size.max(1).div_ceil(GRAIN) - 1)
}

/// The layout a block of `list` is allocated with.
#[inline(always)]
fn class_layout(list: usize) -> Layout {
    // SAFETY (of the unchecked constructor's contract): a nonzero multiple
    // of 16 no larger than MAX_SMALL, with a power-of-two alignment.
    unsafe { Layout::from_size_align_unchecked((list + 1) * GRAIN, GRAIN) }
}

/// Asks for the cache line at `p` (a hint: never faults, null included).
#[inline(always)]
fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults, whatever the address.
    unsafe {
        use std::arch::x86_64::{_mm_prefetch, _MM_HINT_T0};
        _mm_prefetch::<_MM_HINT_T0>(p as *const i8);
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

pub struct SmallAlloc;

// SAFETY: every block handed out is either the system allocator's (for
// the layout asked, or the larger class layout) or a block of the same
// class taken off a free list, which no one else holds: `dealloc` pushed
// it when its owner gave it up. A block is at least 16 bytes and aligned
// to 16, so it has room for the list's next pointer.
unsafe impl GlobalAlloc for SmallAlloc {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some(list) = list_of(layout) else {
            // SAFETY: the caller's layout, passed on.
            return unsafe { System.alloc(layout) };
        };
        let popped = FREE
            .try_with(|free| {
                let head = free[list].get();
                if !head.is_null() {
                    // SAFETY: a block on the list holds the next pointer in
                    // its first word (written by `dealloc`).
                    let next = unsafe { *(head as *mut *mut u8) };
                    free[list].set(next);
                    // The next pop reads that block's first word: blocks a
                    // sweep freed are cold, and on json.js that read was
                    // the allocator's one cache miss per block.
                    prefetch(next);
                }
                head
            })
            .unwrap_or(std::ptr::null_mut());
        if !popped.is_null() {
            return popped;
        }
        // SAFETY: a valid nonzero layout.
        unsafe { System.alloc(class_layout(list)) }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if list_of(layout).is_none() {
            // SAFETY: the caller's layout, passed on: large zeroed blocks
            // (the heap's segments) come as untouched pages.
            return unsafe { System.alloc_zeroed(layout) };
        }
        // SAFETY: a small block of at least `layout.size()` bytes.
        unsafe {
            let p = self.alloc(layout);
            if !p.is_null() {
                std::ptr::write_bytes(p, 0, layout.size());
            }
            p
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some(list) = list_of(layout) else {
            // SAFETY: allocated by the system allocator with this layout.
            return unsafe { System.dealloc(ptr, layout) };
        };
        if ENABLED.load(Ordering::Relaxed)
            && FREE
                .try_with(|free| {
                    // SAFETY: the block is ours now and at least one word.
                    unsafe { *(ptr as *mut *mut u8) = free[list].get() };
                    free[list].set(ptr);
                })
                .is_ok()
        {
            return;
        }
        // SAFETY: small blocks are always made with their class layout.
        unsafe { System.dealloc(ptr, class_layout(list)) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY (of the unchecked constructor's contract): the caller
        // guarantees `new_size` with the old alignment is a valid layout.
        let new = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
        let (from, to) = (list_of(layout), list_of(new));
        if from.is_some() && from == to {
            return ptr;
        }
        // A growing (or shrinking) block goes to the system allocator's
        // realloc, which may extend it in place: a vector pushed to from
        // 4 to 32 elements was three copies into cold blocks off the
        // lists, and json.js ran slower with the lists than without.
        // Every small block, wherever it came from, is a system block of
        // its class's size; sizes stay rounded to the class on both
        // sides, so the result can be freed onto a list or to the system.
        let old_layout = from.map_or(layout, class_layout);
        let size = to.map_or(new_size, |l| class_layout(l).size());
        // SAFETY: `ptr` is a system block of `old_layout` (above), and
        // `size` is nonzero and valid with its alignment.
        unsafe { System.realloc(ptr, old_layout, size) }
    }
}

#[global_allocator]
static GLOBAL: SmallAlloc = SmallAlloc;

#[cfg(test)]
mod tests {
    /// Blocks move between classes and to the system allocator as a
    /// vector grows and shrinks, keeping their contents.
    #[test]
    fn realloc_across_classes_keeps_contents() {
        let mut v: Vec<u64> = Vec::new();
        for i in 0..200 {
            v.push(i);
        }
        v.truncate(5);
        v.shrink_to_fit();
        assert_eq!(v, [0, 1, 2, 3, 4]);
        v.extend(5..40);
        assert!(v.iter().copied().eq(0..40));
    }

    /// A zeroed small block is zero even when it comes off a free list
    /// holding a freed block's old contents.
    #[test]
    fn zeroed_blocks_reused_are_zero() {
        let layout = std::alloc::Layout::from_size_align(48, 8).unwrap();
        for _ in 0..4 {
            // SAFETY: a nonzero layout; the block is written within its
            // size, freed once with the layout it was made with.
            unsafe {
                let dirty = std::alloc::alloc(layout);
                assert!(!dirty.is_null());
                std::ptr::write_bytes(dirty, 0xff, 48);
                std::alloc::dealloc(dirty, layout);
                let clean = std::alloc::alloc_zeroed(layout);
                assert!(std::slice::from_raw_parts(clean, 48).iter().all(|&b| b == 0));
                std::alloc::dealloc(clean, layout);
            }
        }
    }
}
