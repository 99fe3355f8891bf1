//! What generators compile to (their run time is src/generators.rs).
//!
//! A generator function's code is an ordinary function's with one
//! instruction more: once its parameters are bound, `GenStart` makes the
//! generator object (a copy of the frame) and the `Return` after it hands
//! the object to the caller; `next()` resumes after that `Return`.
//!
//! `yield v` is `Yield` followed by a dispatch on how the generator was
//! resumed (the register after the received value): `next(x)` goes on with
//! `x`, `throw(e)` throws `e` from the `yield`, `return(x)` leaves as a
//! `return x` statement at the `yield` would, so the `finally` blocks and
//! `for...of` closings around it run. `yield* it` is a loop of
//! `DelegateStep` (send to the inner iterator) and raw `Yield`s (its
//! results are passed on untouched, as the specification says).

use super::exceptions::Exit;
use super::{CResult, FnCompiler};
use crate::ast::{Expr, Span};
use crate::bytecode::{Op, Reg};
use crate::value::Value;

impl FnCompiler<'_> {
    /// The generator's entry, after its parameters: from here on `yield`
    /// is allowed (a `yield` in a parameter default is not).
    pub(super) fn generator_start(&mut self, span: Span) -> CResult<()> {
        let r = self.alloc_temp(span)?;
        self.emit(Op::GenStart { dst: r }, span);
        self.emit(Op::Return { src: r }, span);
        self.next_reg -= 1;
        self.generator = true;
        Ok(())
    }

    /// `yield arg` (`yield* arg` when `delegate`) into `dst`.
    pub(super) fn yield_expr(&mut self, delegate: bool, arg: Option<&Expr>, dst: Reg, span: Span) -> CResult<()> {
        if !self.generator {
            return Err(self.err("stitch supports `yield` only in generator functions", span));
        }
        if delegate {
            let Some(arg) = arg else { return Err(self.err("Unexpected token '*'", span)) };
            if self.async_fn {
                return self.async_yield_star(arg, dst, span);
            }
            return self.yield_star(arg, dst, span);
        }
        let v = match arg {
            Some(e) => self.expr(e)?,
            None => self.load_const(Value::UNDEFINED, span)?,
        };
        if self.async_fn {
            return self.async_yield(v, dst, span);
        }
        let pair = self.pair(span)?;
        self.emit(Op::Yield { dst: pair, src: v, raw: 0 }, span);
        self.resume_dispatch(pair, span)?;
        self.emit(Op::Mov { dst, src: pair }, span);
        Ok(())
    }

    /// An async generator's `yield v` (src/async_gen.rs): `v` is awaited,
    /// then yielded (`Yield` kind 2); a `return(x)` resumption awaits `x`
    /// and returns it (AsyncGeneratorUnwrapYieldResumption), a rejection
    /// of that await throwing at the `yield`.
    fn async_yield(&mut self, v: Reg, dst: Reg, span: Span) -> CResult<()> {
        let mark = self.next_reg;
        let pair = self.pair(span)?;
        self.await_reg(v, pair, span)?;
        self.emit(Op::Yield { dst: pair, src: pair, raw: 2 }, span);
        let mode = pair + 1;
        let go_on = self.emit(Op::JumpIfFalse { src: mode, target: 0 }, span);
        let one = self.load_const(Value::smi(1), span)?;
        let returning = self.emit(Op::JumpIfNotStrictEq { a: mode, b: one, target: 0 }, span);
        self.emit(Op::ThrowValue { src: pair }, span);
        let t = self.here();
        self.patch(returning, t);
        self.await_reg(pair, pair, span)?;
        self.exit(Exit::Return(pair), span)?;
        let t = self.here();
        self.patch(go_on, t);
        self.emit(Op::Mov { dst, src: pair }, span);
        self.next_reg = mark;
        Ok(())
    }

    /// Two consecutive registers: the value a resume sends, and how.
    pub(super) fn pair(&mut self, span: Span) -> CResult<Reg> {
        let pair = self.alloc_temp(span)?;
        self.alloc_temp(span)?;
        Ok(pair)
    }

    /// After a `Yield` whose received value is in `pair`: `throw` throws
    /// it, `return` returns it (through the enclosing `finally` blocks),
    /// `next` falls through.
    pub(super) fn resume_dispatch(&mut self, pair: Reg, span: Span) -> CResult<()> {
        let mode = pair + 1;
        let go_on = self.emit(Op::JumpIfFalse { src: mode, target: 0 }, span);
        let mark = self.next_reg;
        let one = self.load_const(Value::smi(1), span)?;
        let returning = self.emit(Op::JumpIfNotStrictEq { a: mode, b: one, target: 0 }, span);
        self.next_reg = mark;
        self.emit(Op::ThrowValue { src: pair }, span);
        let t = self.here();
        self.patch(returning, t);
        self.exit(Exit::Return(pair), span)?;
        let t = self.here();
        self.patch(go_on, t);
        Ok(())
    }

    /// An async generator's `yield* arg` (ECMA-262's YieldExpression
    /// evaluation for an async generator): each inner result is awaited,
    /// its value yielded as it is, a `return(x)` resumption awaits `x` (a
    /// rejection is sent on as a `throw`), and the final value of a
    /// `return` is awaited before the generator returns it.
    fn async_yield_star(&mut self, arg: &Expr, dst: Reg, span: Span) -> CResult<()> {
        let mark = self.next_reg;
        let src = self.expr(arg)?;
        let it = self.alloc_temp(span)?;
        self.emit(Op::AsyncIterValues { dst: it, src }, span);
        let pair = self.pair(span)?;
        let k = self.constant(Value::UNDEFINED);
        self.emit(Op::LoadConst { dst: pair, k }, span);
        let k = self.constant(Value::smi(0));
        self.emit(Op::LoadConst { dst: pair + 1, k }, span);
        let res = self.pair(span)?;
        let two = self.load_const(Value::smi(2), span)?;
        let one = self.load_const(Value::smi(1), span)?;
        let head = self.here();
        self.emit(Op::AsyncDelegateCall { dst: res, iter: it, pair }, span);
        let call = self.emit(Op::JumpIfNotStrictEq { a: pair + 1, b: two, target: 0 }, span);
        // No `return` method: return the sent value, awaited.
        self.await_reg(res, res, span)?;
        self.exit(Exit::Return(res), span)?;
        let t = self.here();
        self.patch(call, t);
        self.await_reg(res, res, span)?;
        self.emit(Op::AsyncDelegateResult { dst: res, src: res }, span);
        let not_done = self.emit(Op::JumpIfFalse { src: res + 1, target: 0 }, span);
        let finished = self.emit(Op::JumpIfNotStrictEq { a: pair + 1, b: one, target: 0 }, span);
        // The inner `return` is done: the generator returns its value, awaited.
        self.await_reg(res, res, span)?;
        self.exit(Exit::Return(res), span)?;
        let t = self.here();
        self.patch(not_done, t);
        self.emit(Op::Yield { dst: pair, src: res, raw: 2 }, span);
        self.emit(Op::JumpIfNotStrictEq { a: pair + 1, b: two, target: head }, span);
        let start = self.here();
        self.await_reg(pair, pair, span)?;
        let end = self.here();
        self.emit(Op::Jump { target: head }, span);
        // The awaited `return` value rejected: that is sent on as a throw.
        let caught = self.here();
        self.exc.handlers.push(crate::bytecode::Handler {
            start,
            end,
            target: caught,
            depth: pair,
            keeps_place: false,
        });
        self.emit(Op::Mov { dst: pair + 1, src: one }, span);
        self.emit(Op::Jump { target: head }, span);
        let t = self.here();
        self.patch(finished, t);
        self.emit(Op::Mov { dst, src: res }, span);
        self.next_reg = mark;
        Ok(())
    }

    /// `yield* arg`: passes everything sent on to the inner iterator and
    /// its results back out, until it is done; its final value is the
    /// expression's.
    fn yield_star(&mut self, arg: &Expr, dst: Reg, span: Span) -> CResult<()> {
        let src = self.expr(arg)?;
        let it = self.pair(span)?;
        self.emit(Op::DelegateIter { dst: it, src }, span);
        let pair = self.pair(span)?;
        let k = self.constant(Value::UNDEFINED);
        self.emit(Op::LoadConst { dst: pair, k }, span);
        let k = self.constant(Value::smi(0));
        self.emit(Op::LoadConst { dst: pair + 1, k }, span);
        let res = self.alloc_temp(span)?;
        let yielding = self.load_const(Value::TRUE, span)?;
        let head = self.here();
        self.emit(Op::DelegateStep { dst: res, iter: it, pair }, span);
        let finished = self.emit(Op::JumpIfNotStrictEq { a: pair + 1, b: yielding, target: 0 }, span);
        self.emit(Op::Yield { dst: pair, src: res, raw: 1 }, span);
        self.emit(Op::Jump { target: head }, span);
        let t = self.here();
        self.patch(finished, t);
        let done = self.emit(Op::JumpIfFalse { src: pair + 1, target: 0 }, span);
        self.exit(Exit::Return(res), span)?;
        let t = self.here();
        self.patch(done, t);
        self.emit(Op::Mov { dst, src: res }, span);
        Ok(())
    }
}
