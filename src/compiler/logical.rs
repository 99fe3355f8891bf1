//! Logical assignment: `a &&= v`, `a ||= v`, `a ??= v` read the target,
//! and only when the test fails evaluate `v` and assign it (no write at
//! all otherwise, so a const is only an error when it would be written).
//! A property target's object and key are evaluated once.

use super::{CResult, FnCompiler};
use crate::ast::{Expr, ExprKind, LogicalOp, Span};
use crate::bytecode::{Op, Reg};

impl FnCompiler<'_> {
    /// The jump that skips the right operand of `op` when `r` decides it
    /// (`&&`, `||`, `??` and their assignments).
    pub(super) fn skip_unless_needed(&mut self, op: LogicalOp, r: Reg, span: Span) -> usize {
        let j = match op {
            LogicalOp::And => Op::JumpIfFalse { src: r, target: 0 },
            LogicalOp::Or => Op::JumpIfTrue { src: r, target: 0 },
            LogicalOp::Nullish => Op::JumpIfNotNullish { src: r, target: 0 },
        };
        self.emit(j, span)
    }

    pub(super) fn logical_assign(
        &mut self,
        op: LogicalOp,
        target: &Expr,
        value: &Expr,
        dst: Reg,
        span: Span,
        op_span: Span,
    ) -> CResult<()> {
        if let ExprKind::Ident(_) = &target.kind {
            let cur = self.alloc_temp(span)?;
            self.expr_into(target, cur)?;
            let skip = self.skip_unless_needed(op, cur, op_span);
            self.assign(None, target, value, Some(cur), span, op_span)?;
            let end = self.here();
            self.patch(skip, end);
            if cur != dst {
                self.emit(Op::Mov { dst, src: cur }, span);
            }
            return Ok(());
        }
        let t = self.property_target_before(target, Some(value))?;
        let cur = self.alloc_temp(span)?;
        let read_at = Span::new(target.span.start as usize, target.span.start as usize + 1);
        self.get_property_at(&t, cur, read_at);
        let skip = self.skip_unless_needed(op, cur, op_span);
        self.expr_into(value, cur)?;
        self.set_property(&t, cur, op_span);
        let end = self.here();
        self.patch(skip, end);
        if cur != dst {
            self.emit(Op::Mov { dst, src: cur }, span);
        }
        Ok(())
    }
}
