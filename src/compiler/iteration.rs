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
    /// A `for await` loop: closing awaits what `return()` gives.
    is_await: bool,
}

impl FnCompiler<'_> {
    /// Starts a closer for the loop over `iter` whose body begins here.
    pub(super) fn open_closer(&mut self, iter: Reg, exc: Reg, is_await: bool) {
        let c = Closer {
            loops_at: self.loops.len(),
            iter,
            fin_depth: self.exc.finallies_len(),
            start: self.here(),
            exc,
            is_await,
        };
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
            closes.push((c.iter, c.is_await));
        }
        for (iter, is_await) in closes {
            if is_await {
                self.async_close(iter, span);
            } else {
                self.emit(Op::IterClose { iter, throwing: 0 }, span);
            }
        }
    }

    /// AsyncIteratorClose of a `for await` loop left by a jump: its
    /// `return()`'s result is awaited and must be an object.
    fn async_close(&mut self, iter: Reg, span: Span) {
        let mark = self.next_reg;
        let Ok(r) = self.pair(span) else { return };
        self.emit(Op::AsyncIterClose { dst: r, iter }, span);
        let skip = self.emit(Op::JumpIfFalse { src: r + 1, target: 0 }, span);
        if self.await_reg(r, r, span).is_ok() {
            self.emit(Op::CheckResultObject { src: r }, span);
        }
        let t = self.here();
        self.patch(skip, t);
        self.next_reg = mark;
    }

    /// Ends the innermost closer after its loop's back edge: the handler
    /// that closes the iterator when the body throws. Returns nothing; the
    /// loop's exits must be patched to after it.
    pub(super) fn finish_closer(&mut self, span: Span) {
        let c = self.exc.closers.pop().expect("a closer");
        let end = self.here();
        let pad = self.here();
        self.exc.handlers.push(Handler { start: c.start, end, target: pad, depth: c.exc, keeps_place: true });
        if c.is_await {
            // AsyncIteratorClose with a throw completion: `return()` is
            // called and its result awaited, but whatever either throws
            // gives way to the body's exception.
            let mark = self.next_reg;
            if let (Ok(r), Ok(swallowed)) = (self.pair(span), self.pair(span)) {
                let start = self.here();
                self.emit(Op::AsyncIterClose { dst: r, iter: c.iter }, span);
                let skip = self.emit(Op::JumpIfFalse { src: r + 1, target: 0 }, span);
                let _ = self.await_reg(r, r, span);
                let end = self.here();
                let t = self.here();
                self.patch(skip, t);
                let target = self.here();
                self.exc.handlers.push(Handler { start, end, target, depth: swallowed, keeps_place: false });
            }
            self.next_reg = mark;
        } else {
            self.emit(Op::IterClose { iter: c.iter, throwing: 1 }, span);
        }
        self.emit(Op::Rethrow { src: c.exc }, span);
    }
}
