//! Optional chains. `a?.b.c()` parses as
//! `Optional(Call(Member(Member(OptionalBase(a), b), c)))`: the chain is
//! compiled into its destination as usual, and each `OptionalBase`, once
//! its value is in a register, jumps to the chain's end when that value is
//! null or undefined; there the chain's value is undefined. A method call
//! keeps its receiver (`o?.m()`, `o.m?.()`: the callee is read with the
//! object in the call's `this` slot).

use super::{CResult, FnCompiler};
use crate::ast::{Expr, Span};
use crate::bytecode::{Op, Reg};
use crate::value::Value;

impl FnCompiler<'_> {
    /// Compiles `body` with a fresh list of `?.` exits, then lands them on
    /// code that puts `short` into `dst`.
    fn chain_scope(
        &mut self,
        dst: Reg,
        span: Span,
        short: Value,
        body: impl FnOnce(&mut Self) -> CResult<()>,
    ) -> CResult<()> {
        self.syntax.chains.push(Vec::new());
        let r = body(self);
        let exits = self.syntax.chains.pop().unwrap_or_default();
        r?;
        if !exits.is_empty() {
            let over = self.emit(Op::Jump { target: 0 }, span);
            self.patch_all(exits);
            let k = self.constant(short);
            self.emit(Op::LoadConst { dst, k }, span);
            let end = self.here();
            self.patch(over, end);
        }
        Ok(())
    }

    pub(super) fn optional_chain(&mut self, chain: &Expr, dst: Reg, span: Span) -> CResult<()> {
        self.chain_scope(dst, span, Value::UNDEFINED, |c| c.expr_into(chain, dst))
    }

    /// `delete a?.b`: true when the chain stops early.
    pub(super) fn delete_optional(&mut self, chain: &Expr, dst: Reg, span: Span) -> CResult<()> {
        self.chain_scope(dst, span, Value::TRUE, |c| c.delete(chain, dst, span))
    }

    /// Leaves the chain when `r` is null or undefined.
    fn exit_if_nullish(&mut self, r: Reg, span: Span) -> CResult<()> {
        let keep = self.emit(Op::JumpIfNotNullish { src: r, target: 0 }, span);
        let exit = self.emit(Op::Jump { target: 0 }, span);
        let next = self.here();
        self.patch(keep, next);
        match self.syntax.chains.last_mut() {
            Some(exits) => exits.push(exit),
            None => return Err(self.err("Unexpected token '?.'", span)),
        }
        Ok(())
    }

    pub(super) fn optional_base(&mut self, base: &Expr, dst: Reg) -> CResult<()> {
        self.expr_into(base, dst)?;
        self.exit_if_nullish(dst, base.span)
    }

    /// The callee of `f?.()` / `o.m?.()` into `func`, its receiver into `this`.
    pub(super) fn optional_callee(&mut self, callee: &Expr, func: Reg, this: Reg) -> CResult<()> {
        self.callee_into(callee, func, this, callee.span)?;
        self.exit_if_nullish(func, callee.span)
    }
}
