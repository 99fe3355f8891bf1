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
/// multiple of the class size long.
#[derive(Default)]
pub(super) struct Runs {
    runs: Vec<(usize, usize)>,
}

impl Runs {
    pub(super) fn clear(&mut self) {
        self.runs.clear();
    }

    pub(super) fn push(&mut self, start: usize, end: usize) {
        if end > start {
            self.runs.push((start, end));
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }

    /// The next run to bump through, if any.
    pub(super) fn pop(&mut self) -> Option<(usize, usize)> {
        self.runs.pop()
    }

    /// Takes one cell of `size` bytes off the next run (`--gc-stress`
    /// hands out single cells, so compiled code never bumps and every
    /// allocation reaches the collector).
    pub(super) fn take_one(&mut self, size: usize) -> Option<usize> {
        let last = self.runs.last_mut()?;
        let p = last.0;
        last.0 += size;
        if last.0 >= last.1 {
            self.runs.pop();
        }
        Some(p)
    }
}
