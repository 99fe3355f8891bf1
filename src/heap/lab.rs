//! Linear allocation buffers: bump allocation in a non-moving heap.
//!
//! Each size class allocates from one *LAB*, a run of contiguous free cells
//! `[top, limit)`: allocating is `p = top; top += size` and a compare, in
//! Rust (`Heap::alloc`) and in compiled code alike (the double stencils
//! reach the 16-byte class's LAB through `JitCtx::lab`). When a LAB is used
//! up the heap takes the next *run* of free cells its class has: a fresh
//! chunk is one run; after a collection the sweeper records every maximal
//! sequence of free cells of a chunk as a run (as V8's old space turns its
//! free lists into LABs, and Immix recycles free lines). Objects never
//! move, so a pointer compiled into machine code stays valid.
//!
//! Accounting: the heap charges an allocation when it sees it. Rust
//! allocations are charged as they happen; cells compiled code bumped are
//! charged at the next Rust allocation from that LAB, at its retirement, or
//! when a collection starts (`Heap::account_lab`), from `top - start`.

/// The bump region of one size class. Compiled code reads and writes `top`
/// and reads `limit` (offsets `jit::abi::LAB_TOP`, `LAB_LIMIT`, checked by
/// `jit/layout.rs`), so the layout is fixed.
#[repr(C)]
#[derive(Default, Clone, Copy, Debug)]
pub struct Lab {
    pub top: usize,
    pub limit: usize,
}

/// A LAB that is always full: what compiled code sees when it runs without
/// a heap (the JIT's unit tests) — every inline allocation takes the slow
/// path. Never written: a bump only happens when `limit - top` has room.
pub static EMPTY_LAB: Lab = Lab { top: 0, limit: 0 };

/// Runs of free cells of one class: `(start, end)` addresses, each a
/// multiple of the class size long, with the index of their chunk. They are
/// kept in ascending chunk order and taken from the end, so the chunks a
/// LAB has bumped through since the last sweep are those from `touched` on:
/// the only ones a minor collection sweeps (the rest hold old objects and
/// free cells only).
pub(super) struct Runs {
    runs: Vec<(usize, usize, u32)>,
    /// The first chunk whose runs were taken from since the last sweep.
    pub(super) touched: u32,
}

impl Default for Runs {
    fn default() -> Runs {
        Runs { runs: Vec::new(), touched: u32::MAX }
    }
}

impl Runs {
    pub(super) fn clear(&mut self) {
        self.runs.clear();
        self.touched = u32::MAX;
    }

    /// Drops the runs of chunks `from` on (they are about to be swept
    /// again) and returns the first chunk to sweep.
    pub(super) fn drop_touched(&mut self) -> usize {
        let from = self.touched;
        while self.runs.last().is_some_and(|r| r.2 >= from) {
            self.runs.pop();
        }
        self.touched = u32::MAX;
        from as usize
    }

    pub(super) fn push(&mut self, start: usize, end: usize, chunk: usize) {
        if end > start {
            debug_assert!(self.runs.last().is_none_or(|r| r.2 <= chunk as u32));
            self.runs.push((start, end, chunk as u32));
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// The next run to bump through, if any.
    pub(super) fn pop(&mut self) -> Option<(usize, usize)> {
        let (s, e, c) = self.runs.pop()?;
        self.touched = self.touched.min(c);
        Some((s, e))
    }

    /// Takes one cell of `size` bytes off the next run (`--gc-stress`
    /// hands out single cells, so compiled code never bumps and every
    /// allocation reaches the collector).
    pub(super) fn take_one(&mut self, size: usize) -> Option<usize> {
        let last = self.runs.last_mut()?;
        self.touched = self.touched.min(last.2);
        let p = last.0;
        last.0 += size;
        if last.0 >= last.1 {
            self.runs.pop();
        }
        Some(p)
    }
}
