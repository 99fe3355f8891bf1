//! What async functions compile to (their run time is src/async_fn.rs).
//!
//! An async function's code is a generator's: `GenStart` (which, in an
//! async function, runs the body and returns its promise) and the `Return`
//! that hands the promise to the caller, then the body, where `await v` is
//! a `Yield` of `v` followed by the generator's resume dispatch. The
//! reaction to the awaited promise resumes it with `next(value)` or
//! `throw(reason)`, so a rejection is a throw at the `await`. Reusing the
//! generator's instructions keeps the frame saving, the exception table
//! and `finally` exactly as they are for `yield`.

use super::{CResult, FnCompiler};
use crate::ast::{Expr, Span};
use crate::bytecode::{Op, Reg};

/// node's message for `await` outside an async function (in a CommonJS
/// script, where the top level is not a module's).
pub const AWAIT_OUTSIDE: &str = "await is only valid in async functions and the top level bodies of modules";

impl FnCompiler<'_> {
    /// The async function's entry, before its parameters are bound (a
    /// default that throws rejects the promise, as in node).
    pub(super) fn async_start(&mut self, span: Span) -> CResult<()> {
        let r = self.alloc_temp(span)?;
        self.emit(Op::GenStart { dst: r }, span);
        self.emit(Op::Return { src: r }, span);
        self.next_reg -= 1;
        Ok(())
    }

    /// `await arg` into `dst`.
    pub(super) fn await_expr(&mut self, arg: &Expr, dst: Reg, span: Span) -> CResult<()> {
        if !self.async_fn {
            let at = Span::new(span.start as usize, span.start as usize + "await".len());
            return Err(self.err(AWAIT_OUTSIDE, at));
        }
        let v = self.expr(arg)?;
        self.await_reg(v, dst, span)
    }

    /// Awaits the value in `v` into `dst` (registers above `next_reg` are
    /// used and given back).
    pub(super) fn await_reg(&mut self, v: Reg, dst: Reg, span: Span) -> CResult<()> {
        let mark = self.next_reg;
        let pair = self.pair(span)?;
        self.emit(Op::Yield { dst: pair, src: v, raw: 0 }, span);
        // An await is resumed by `next` (fulfilled) or `throw` (rejected),
        // never by `return`.
        let go_on = self.emit(Op::JumpIfFalse { src: pair + 1, target: 0 }, span);
        self.emit(Op::ThrowValue { src: pair }, span);
        let t = self.here();
        self.patch(go_on, t);
        self.emit(Op::Mov { dst, src: pair }, span);
        self.next_reg = mark;
        Ok(())
    }
}
