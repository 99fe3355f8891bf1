//! Template literals. `` `a${x}b` `` is built left to right in a
//! temporary: each substitution is evaluated, converted with ToString
//! (`ToStr`: an object's `toString` first, as `${o}` does, unlike `+`'s
//! `valueOf`) and appended with `Add` (string + string concatenates).
//! A tagged template calls its tag with the site's strings array (made
//! once at compile time by `Linker::template_object`: frozen, with a
//! frozen `raw`, the same object on every evaluation) and the values.

use super::{CResult, FnCompiler};
use crate::ast::{Expr, Span, Template};
use crate::bytecode::{Op, Reg, MAX_REGS};

impl FnCompiler<'_> {
    pub(super) fn template(&mut self, t: &Template, dst: Reg, span: Span) -> CResult<()> {
        let cooked = |i: usize| t.cooked[i].clone().unwrap_or_else(|| std::rc::Rc::from(Vec::new()));
        if t.exprs.is_empty() {
            let k = self.string_const(&cooked(0));
            self.emit(Op::LoadConst { dst, k }, span);
            return Ok(());
        }
        // Built in a temporary: `s = `${s}x`` reads the old `s` throughout.
        let acc = self.alloc_temp(span)?;
        let mut started = false;
        let first = cooked(0);
        if !first.is_empty() {
            let k = self.string_const(&first);
            self.emit(Op::LoadConst { dst: acc, k }, span);
            started = true;
        }
        for (i, e) in t.exprs.iter().enumerate() {
            let mark = self.next_reg;
            let v = self.expr(e)?;
            if started {
                let s = self.alloc_temp(e.span)?;
                self.emit(Op::ToStr { dst: s, src: v }, e.span);
                self.emit(Op::Add { dst: acc, a: acc, b: s }, e.span);
            } else {
                self.emit(Op::ToStr { dst: acc, src: v }, e.span);
                started = true;
            }
            let text = cooked(i + 1);
            if !text.is_empty() {
                let s = self.alloc_temp(e.span)?;
                let k = self.string_const(&text);
                self.emit(Op::LoadConst { dst: s, k }, span);
                self.emit(Op::Add { dst: acc, a: acc, b: s }, self.position_of(e));
            }
            self.next_reg = mark;
        }
        if acc != dst {
            self.emit(Op::Mov { dst, src: acc }, span);
        }
        Ok(())
    }

    /// `` tag`…` ``: a call of `tag` (a method call when it is `o.f` or
    /// `o[k]`) with the strings array and the substitutions' values.
    pub(super) fn tagged_template(&mut self, tag: &Expr, t: &Template, dst: Reg, span: Span) -> CResult<()> {
        let argc = t.exprs.len() + 1;
        if argc >= MAX_REGS {
            return Err(self.err(format!("too many arguments (stitch allows {})", MAX_REGS - 1), span));
        }
        let func = self.alloc_temp(span)?;
        let this = self.alloc_temp(span)?;
        for _ in 0..argc {
            self.alloc_temp(span)?;
        }
        self.callee_into(tag, func, this, span)?;
        let strings = self.vm.template_object(&t.cooked, &t.raw);
        let k = self.constant(strings);
        self.emit(Op::LoadConst { dst: this + 1, k }, span);
        for (i, e) in t.exprs.iter().enumerate() {
            self.expr_into(e, this + 2 + i as Reg)?;
        }
        // V8 reports a failed tag call at the template.
        let start = tag.span.end as usize;
        let at = Span::new(start, (start + 1).min(span.end as usize));
        self.emit_call(Op::Call { dst, func, argc: argc as u8 }, at, tag);
        Ok(())
    }
}
