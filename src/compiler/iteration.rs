//! Iterator closing for `for...of` and array patterns (ECMAScript
//! IteratorClose): a loop that is left early — `break`, `return`, a
//! `continue` or `break` to an outer loop, or an exception — calls its
//! iterator's `return` method.
//!
//! Each `for...of` loop being compiled is a *closer*: its iterator
//! register and where it sits among loops and `finally` blocks. A jump
//! that leaves the loop (`FnCompiler::exit`) first emits `IterClose` for
//! every closer it crosses before the next `finally` (that finally's
//! dispatch leaves again through `exit`, which closes the rest). An
//! exception from the loop's body reaches a handler (an exception-table
//! entry over the body) that closes the iterator, keeping the exception,
//! and rethrows. At run time `IterClose` does nothing for arrays and
//! strings walked directly, for an iterator already done, or closed once.

use super::exceptions::Exit;
use super::*;
use crate::bytecode::Handler;

/// A `for...of` loop whose body is being compiled.
pub(super) struct Closer {
    /// `loops.len()` when the loop started: its own `LoopCtx` index.
    loops_at: usize,
    iter: Reg,
    /// How many `finally` blocks enclosed the loop.
    fin_depth: usize,
    /// Where the body starts (the handler's range).
    start: u32,
    /// Where an exception from the body arrives.
    exc: Reg,
}

impl FnCompiler<'_> {
    /// Starts a closer for the loop over `iter` whose body begins here.
    pub(super) fn open_closer(&mut self, iter: Reg, exc: Reg) {
        let c =
            Closer { loops_at: self.loops.len(), iter, fin_depth: self.exc.finallies_len(), start: self.here(), exc };
        self.exc.closers.push(c);
    }

    /// Emits `IterClose` for the loops `exit` leaves before it reaches a
    /// `finally` block, innermost first.
    pub(super) fn close_crossed(&mut self, exit: Exit, span: Span) {
        let depth = self.exc.finallies_len();
        let mut closes = Vec::new();
        for c in self.exc.closers.iter().rev() {
            if c.fin_depth != depth {
                break;
            }
            let crosses = match exit {
                Exit::Return(_) => true,
                Exit::Break(i) => i <= c.loops_at,
                Exit::Continue(i) => i < c.loops_at,
            };
            if !crosses {
                break;
            }
            closes.push(c.iter);
        }
        for iter in closes {
            self.emit(Op::IterClose { iter, throwing: 0 }, span);
        }
    }

    /// Ends the innermost closer after its loop's back edge: the handler
    /// that closes the iterator when the body throws. Returns nothing; the
    /// loop's exits must be patched to after it.
    pub(super) fn finish_closer(&mut self, span: Span) {
        let c = self.exc.closers.pop().expect("a closer");
        let end = self.here();
        let pad = self.here();
        self.exc.handlers.push(Handler { start: c.start, end, target: pad, depth: c.exc, keeps_place: true });
        self.emit(Op::IterClose { iter: c.iter, throwing: 1 }, span);
        self.emit(Op::Rethrow { src: c.exc }, span);
    }
}
