//! Side bitmaps: every chunk keeps its cells' mark bits (and two more
//! bits per cell) out of the cells, at the chunk's start.
//!
//! Most objects die young: in a Mandelbrot loop a collection finds a few
//! live doubles among 65,000 dead ones, and binarytrees drops trees of
//! two-property objects by the million. A sweep that visits every cell
//! reads the whole heap, dead cells included, each collection. But most
//! dead objects own nothing: a double, a plain object with no boxed
//! store. Freeing one needs no drop and no write to its cell. So each
//! chunk (aligned to its size, so a cell finds its chunk by masking its
//! address) begins with three bitmaps, one bit per cell:
//!
//! * **marks**, set by the marker;
//! * **permanent** cells (constants), never freed;
//! * **owners**: cells whose payload owns memory (a string's buffer, an
//!   object's boxed store, a function's code): set when the payload is
//!   placed, or when an object makes its store, and cleared when the
//!   sweeper drops it.
//!
//! The sweeper reads the bitmaps a word at a time: the free runs are the
//! zero bits of `marks | permanent`; of those, it visits only the cells
//! that are owners, to drop their payloads. The marks stay set after the
//! sweep (they say "old" to the next minor collection, see `heap`); a major
//! collection clears them first, a store per word. A collection's cost is then the live
//! data it marks plus a word per 64 cells of the rest, plus the dead
//! owners. A dead non-owner's cell stays as it was until a LAB hands it
//! out again; a stale stack slot that still names it only keeps it (and
//! what its payload names) one more cycle.

use super::CHUNK_BYTES;

/// The smallest cell, and so the most cells a chunk has.
pub(super) const CELL: usize = 16;
const BITS: usize = CHUNK_BYTES / CELL;
const WORDS: usize = BITS / 64;
const MARKS: usize = 0;
const PERMANENT: usize = 1;
const OWNERS: usize = 2;
/// The chunk's "dirty" byte, after the bitmaps: set by the write barrier
/// when an old object in the chunk is remembered, so that a minor
/// collection looks for remembered objects only in dirty chunks.
pub(super) const DIRTY: usize = 3 * WORDS * 8;
/// Bytes at the start of every chunk taken by its three bitmaps and the
/// dirty word.
pub(super) const RESERVED: usize = 3 * WORDS * 8 + 8;

/// The first cell index of a chunk of `size`-byte cells that holds an
/// object (the ones before overlap the bitmaps).
pub(super) const fn first_cell(size: usize) -> usize {
    RESERVED.div_ceil(size)
}

/// The chunk of a cell, and the cell's bit: (chunk address, word, mask).
#[inline(always)]
fn locate(cell: usize, size: usize) -> (usize, usize, u64) {
    let chunk = cell & !(CHUNK_BYTES - 1);
    let i = (cell - chunk) / size;
    (chunk, i / 64, 1 << (i % 64))
}

/// The words of one of a chunk's bitmaps.
///
/// # Safety
/// `chunk` is a live, CHUNK_BYTES-aligned chunk of the heap.
#[inline(always)]
unsafe fn words(chunk: usize, which: usize) -> *mut u64 {
    std::ptr::with_exposed_provenance_mut::<u64>(chunk + which * WORDS * 8)
}

/// Per size class, 2^32 / size rounded up: `offset * RECIP >> 32` is
/// `offset / size` for every offset in a chunk (the error, below
/// CHUNK_BYTES / 2^32, never reaches the 1 / size a quotient needs to
/// change), without the division the marker paid per object.
const RECIP: [u64; super::CLASSES.len()] = {
    let mut r = [0; super::CLASSES.len()];
    let mut i = 0;
    while i < r.len() {
        r[i] = (1u64 << 32).div_ceil(super::CLASSES[i] as u64);
        i += 1;
    }
    r
};
const _: () = {
    // Check the claim above on every offset of every class.
    let mut c = 0;
    while c < super::CLASSES.len() {
        let mut off = 0;
        while off < CHUNK_BYTES {
            assert!((off as u64 * RECIP[c]) >> 32 == (off / super::CLASSES[c]) as u64);
            off += 8;
        }
        c += 1;
    }
};

/// Sets the mark bit of the cell at `cell`, of size class `class`; false
/// if it was set already.
///
/// # Safety
/// `cell` is a cell of a chunk of that class.
#[inline(always)]
pub(super) unsafe fn mark(cell: usize, class: usize) -> bool {
    let chunk = cell & !(CHUNK_BYTES - 1);
    let i = (((cell - chunk) as u64 * RECIP[class % RECIP.len()]) >> 32) as usize;
    // SAFETY: by the caller's contract the chunk is ours and its first
    // RESERVED bytes are the bitmaps, which nothing else reads or writes.
    unsafe {
        let p = words(chunk, MARKS).add(i / 64);
        let old = *p;
        let m = 1 << (i % 64);
        *p = old | m;
        old & m == 0
    }
}

/// Records the cell as permanent (never freed).
///
/// # Safety
/// As `mark`.
pub(super) unsafe fn set_permanent(cell: usize, size: usize) {
    let (chunk, w, m) = locate(cell, size);
    // SAFETY: as in `mark`.
    unsafe { *words(chunk, PERMANENT).add(w) |= m };
}

/// Records that the cell's payload owns memory: the sweeper must drop it.
///
/// # Safety
/// As `mark`.
pub(super) unsafe fn set_owner(cell: usize, size: usize) {
    let (chunk, w, m) = locate(cell, size);
    // SAFETY: as in `mark`.
    unsafe { *words(chunk, OWNERS).add(w) |= m };
}

/// Sweeps one chunk of `size`-byte cells: calls `free`
/// on every dead owner (and clears its owner bit), and hands `run` every
/// maximal sequence of free cells (neither marked nor permanent) as
/// `(start, end)` addresses. Returns how many cells stay (marked or
/// permanent).
///
/// # Safety
/// `chunk` is a chunk of the class of `size`-byte cells, no LAB is
/// bumping in it, and `free` may drop the payload of the cell it is given.
pub(super) unsafe fn sweep(
    chunk: usize,
    size: usize,
    mut free: impl FnMut(usize),
    mut run: impl FnMut(usize, usize),
) -> usize {
    let bits = CHUNK_BYTES / size;
    let words_used = bits.div_ceil(64);
    let mut used = [0u64; WORDS];
    // SAFETY: as in `mark`.
    unsafe {
        let (marks, perm, owners) = (words(chunk, MARKS), words(chunk, PERMANENT), words(chunk, OWNERS));
        for (w, u) in used.iter_mut().enumerate().take(words_used) {
            // The marks stay: a survivor is old from now on (sticky mark
            // bits), until a major collection clears them (`clear_marks`).
            *u = *marks.add(w) | *perm.add(w);
            let mut dead = *owners.add(w) & !*u;
            if dead != 0 {
                *owners.add(w) &= *u;
                while dead != 0 {
                    let i = w * 64 + dead.trailing_zeros() as usize;
                    dead &= dead - 1;
                    free(chunk + i * size);
                }
            }
        }
    }
    let survivors = used.iter().map(|w| w.count_ones() as usize).sum();
    // The bitmaps' own cells are never free.
    let first = first_cell(size);
    for (i, u) in used.iter_mut().enumerate().take(first.div_ceil(64)) {
        let below = first.saturating_sub(i * 64).min(64);
        *u |= if below == 64 { u64::MAX } else { (1u64 << below) - 1 };
    }
    // A run starts at the lowest clear bit at or past `i` and ends at the
    // next set bit: each is found a word at a time (`trailing_zeros`), so
    // a chunk of mixed live and dead cells costs a few steps per run, not
    // one per cell. Bits past `bits` are clear, and a run that reaches
    // them ends at `bits`.
    let mut i = first;
    while i < bits {
        let free = !used[i / 64] & (u64::MAX << (i % 64));
        if free == 0 {
            i = (i / 64 + 1) * 64;
            continue;
        }
        let start = (i / 64) * 64 + free.trailing_zeros() as usize;
        if start >= bits {
            break;
        }
        let mut j = start;
        let end = loop {
            let w = j / 64;
            if w >= words_used {
                break bits;
            }
            let live = used[w] & (u64::MAX << (j % 64));
            if live != 0 {
                break (w * 64 + live.trailing_zeros() as usize).min(bits);
            }
            j = (w + 1) * 64;
        };
        run(chunk + start * size, chunk + end * size);
        i = end;
    }
    survivors
}

/// Clears a chunk's marks and its dirty byte (a major collection starts:
/// every object is presumed dead until marked).
///
/// # Safety
/// `chunk` is a live, CHUNK_BYTES-aligned chunk of the heap.
pub(super) unsafe fn clear_marks(chunk: usize) {
    // SAFETY: as in `mark`.
    unsafe {
        std::ptr::write_bytes(words(chunk, MARKS), 0, WORDS);
        *std::ptr::with_exposed_provenance_mut::<u8>(chunk + DIRTY) = 0;
    }
}

/// Whether the barrier remembered an object of the chunk since the last
/// collection; clears the flag.
///
/// # Safety
/// As `clear_marks`.
pub(super) unsafe fn take_dirty(chunk: usize) -> bool {
    // SAFETY: as in `mark`.
    unsafe {
        let p = std::ptr::with_exposed_provenance_mut::<u8>(chunk + DIRTY);
        std::mem::replace(&mut *p, 0) != 0
    }
}

/// Calls `f` on every marked (old) cell of a chunk of `size`-byte cells.
///
/// # Safety
/// As `sweep`.
pub(super) unsafe fn marked(chunk: usize, size: usize, mut f: impl FnMut(usize)) {
    let words_used = (CHUNK_BYTES / size).div_ceil(64);
    for w in 0..words_used {
        // SAFETY: as in `mark`.
        let mut o = unsafe { *words(chunk, MARKS).add(w) };
        while o != 0 {
            let i = w * 64 + o.trailing_zeros() as usize;
            o &= o - 1;
            f(chunk + i * size);
        }
    }
}

/// Calls `f` on every owner cell of a chunk (the heap is being dropped).
///
/// # Safety
/// As `sweep`.
pub(super) unsafe fn owners(chunk: usize, size: usize, mut f: impl FnMut(usize)) {
    let words_used = (CHUNK_BYTES / size).div_ceil(64);
    for w in 0..words_used {
        // SAFETY: as in `mark`.
        let mut o = unsafe { *words(chunk, OWNERS).add(w) };
        while o != 0 {
            let i = w * 64 + o.trailing_zeros() as usize;
            o &= o - 1;
            f(chunk + i * size);
        }
    }
}
