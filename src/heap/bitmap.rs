//! Side mark bitmaps for the 16-byte class, where every heap double lives
//! (and nothing else: `heap/mod.rs` asserts it).
//!
//! Doubles are most of what numeric code allocates and almost all of them
//! die young: in a Mandelbrot loop a collection finds a few live doubles
//! among 65,000 dead ones. A dead double owns nothing, so freeing it needs
//! no drop and no write to its cell. So this class keeps its mark bits out
//! of the cells, one bit per 16-byte cell in a bitmap at the start of each
//! chunk (chunks are aligned to their size, so a cell finds its chunk by
//! masking its address), and the sweeper reads 16 words per chunk instead
//! of visiting 1,008 cells: the free runs are the zero bits of `marks |
//! permanent`, and clearing the marks for the next cycle is 16 stores. A
//! collection's cost is then the live data it marks plus a word per 64
//! cells of the rest -- what makes short-lived doubles cheap to collect
//! without moving them (they cannot move: machine code holds addresses).
//! A dead double's header stays as it was until its cell is allocated
//! again; a stale stack slot that still names it only keeps it one more
//! cycle.

use super::CHUNK_BYTES;

/// The class these bitmaps serve, its cell size and the words of a bitmap.
pub(super) const CELL: usize = 16;
const BITS: usize = CHUNK_BYTES / CELL;
const WORDS: usize = BITS / 64;
/// Bytes at the start of a chunk taken by its two bitmaps (marks, then
/// permanent cells), and so the first cell index that holds an object.
pub(super) const RESERVED: usize = 2 * WORDS * 8;
const FIRST: usize = RESERVED / CELL;

/// The chunk of a cell, and the cell's bit: (chunk address, word, mask).
#[inline(always)]
fn locate(cell: usize) -> (usize, usize, u64) {
    let chunk = cell & !(CHUNK_BYTES - 1);
    let i = (cell - chunk) / CELL;
    (chunk, i / 64, 1 << (i % 64))
}

/// The words of one of a chunk's bitmaps (0: marks, 1: permanent).
///
/// # Safety
/// `chunk` is a live, CHUNK_BYTES-aligned chunk of the 16-byte class.
#[inline(always)]
unsafe fn words(chunk: usize, which: usize) -> *mut u64 {
    std::ptr::with_exposed_provenance_mut::<u64>(chunk + which * WORDS * 8)
}

/// Sets the mark bit of the cell at `cell`; false if it was set already.
///
/// # Safety
/// `cell` is a cell of a chunk of the 16-byte class.
#[inline(always)]
pub(super) unsafe fn mark(cell: usize) -> bool {
    let (chunk, w, m) = locate(cell);
    // SAFETY: by the caller's contract the chunk is ours and its first
    // RESERVED bytes are the bitmaps, which nothing else reads or writes.
    unsafe {
        let p = words(chunk, 0).add(w);
        let old = *p;
        *p = old | m;
        old & m == 0
    }
}

/// Records the cell at `cell` as permanent (never freed).
///
/// # Safety
/// As `mark`.
pub(super) unsafe fn set_permanent(cell: usize) {
    let (chunk, w, m) = locate(cell);
    // SAFETY: as in `mark`.
    unsafe { *words(chunk, 1).add(w) |= m };
}

/// Sweeps one chunk: clears its marks and hands `run` every maximal
/// sequence of free cells (neither marked nor permanent) as `(start,
/// end)` addresses. Returns how many cells stay (marked or permanent).
///
/// # Safety
/// `chunk` is a chunk of the 16-byte class, and no LAB is bumping in it.
pub(super) unsafe fn sweep(chunk: usize, mut run: impl FnMut(usize, usize)) -> usize {
    let mut used = [0u64; WORDS];
    // SAFETY: as in `mark`.
    unsafe {
        let (marks, perm) = (words(chunk, 0), words(chunk, 1));
        for (w, u) in used.iter_mut().enumerate() {
            *u = *marks.add(w) | *perm.add(w);
            *marks.add(w) = 0;
        }
    }
    let survivors = used.iter().map(|w| w.count_ones() as usize).sum();
    // The bitmaps' own cells are never free.
    for (i, u) in used.iter_mut().enumerate().take(FIRST.div_ceil(64)) {
        let below = FIRST.saturating_sub(i * 64).min(64);
        *u |= if below == 64 { u64::MAX } else { (1u64 << below) - 1 };
    }
    let bit = |i: usize| used[i / 64] >> (i % 64) & 1 == 1;
    let mut i = FIRST;
    while i < BITS {
        // Skip whole words of live cells, then find the run's ends.
        if i.is_multiple_of(64) && used[i / 64] == u64::MAX {
            i += 64;
            continue;
        }
        if bit(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < BITS && !bit(i) {
            if i.is_multiple_of(64) && used[i / 64] == 0 {
                i += 64;
            } else {
                i += 1;
            }
        }
        run(chunk + start * CELL, chunk + i.min(BITS) * CELL);
    }
    survivors
}
