//! `switch`: the discriminant in a temporary, one strict-equality test per
//! `case` in source order (each jumping to its clause's body), then a
//! jump to `default` (wherever it stands) or past the end; the bodies
//! follow in source order, so control falls through from one to the next.
//! The case block is one lexical scope; `break` leaves it (a `loops`
//! entry of kind `Switch`), `continue` goes to the enclosing loop.

use super::labels::Target;
use super::{CResult, FnCompiler, Scope};
use crate::ast::{Span, SwitchStmt};
use crate::bytecode::Op;

impl FnCompiler<'_> {
    pub(super) fn switch(&mut self, sw: &SwitchStmt, span: Span) -> CResult<()> {
        let saved_next = self.next_reg;
        let disc = self.alloc_temp(span)?;
        self.expr_into(&sw.discriminant, disc)?;
        self.scopes.push(Scope::default());
        for case in &sw.cases {
            self.declare_lexical(&case.body)?;
        }
        self.capture_skippable(sw);
        // A jump to a later case skips the declarations of earlier ones,
        // whose registers must not show a stale value then.
        let regs: Vec<_> = self.scopes.last().expect("the case block").bindings.iter().map(|b| b.reg).collect();
        for dst in regs {
            let k = self.constant(crate::value::Value::UNDEFINED);
            self.emit(Op::LoadConst { dst, k }, span);
        }
        // Captured bindings live in the case block's context (their dead
        // zone then checked at run time); its functions are hoisted.
        self.enter_scope_context(span, true)?;
        for case in &sw.cases {
            self.hoist_functions(&case.body)?;
        }
        let mut entries = vec![None; sw.cases.len()];
        for (i, case) in sw.cases.iter().enumerate() {
            let Some(test) = &case.test else { continue };
            let mark = self.next_reg;
            let r = self.expr(test)?;
            let miss = self.emit(Op::JumpIfNotStrictEq { a: disc, b: r, target: 0 }, test.span);
            entries[i] = Some(self.emit(Op::Jump { target: 0 }, test.span));
            let next = self.here();
            self.patch(miss, next);
            self.next_reg = mark;
        }
        let otherwise = self.emit(Op::Jump { target: 0 }, span);
        let mut default_seen = false;
        self.push_target(Target::Switch);
        for (i, case) in sw.cases.iter().enumerate() {
            let here = self.here();
            match entries[i] {
                Some(j) => self.patch(j, here),
                None => {
                    self.patch(otherwise, here);
                    default_seen = true;
                }
            }
            for s in &case.body {
                self.stmt(s)?;
            }
        }
        if !default_seen {
            let end = self.here();
            self.patch(otherwise, end);
        }
        self.pop_target();
        self.scopes.pop();
        self.next_reg = saved_next;
        Ok(())
    }

    /// A let/const of one clause that a later clause mentions may be read
    /// after a jump past its declaration: a TDZ ReferenceError in
    /// JavaScript. A local's dead zone is checked at compile time only,
    /// so such a binding goes into the case block's context, whose slots
    /// are checked at run time (as for captured variables).
    fn capture_skippable(&mut self, sw: &SwitchStmt) {
        let mut extra = Vec::new();
        for (i, case) in sw.cases.iter().enumerate() {
            let names = super::closures::lexical_names(&case.body);
            if names.is_empty() || i + 1 == sw.cases.len() {
                continue;
            }
            let later: Vec<_> = sw.cases[i + 1..].iter().flat_map(|c| c.body.iter()).collect();
            let mut used = std::collections::HashSet::new();
            for s in later {
                used.extend(super::closures::mentioned_names(std::slice::from_ref(s)));
            }
            extra.extend(names.into_iter().filter(|n| used.contains(n)));
        }
        for b in self.scopes.last_mut().expect("the case block").bindings.iter_mut() {
            b.skippable = extra.contains(&b.name);
        }
        extra.retain(|n| !self.cl.captured.contains(n));
        if !extra.is_empty() {
            let mut cap = (*self.cl.captured).clone();
            cap.extend(extra);
            self.cl.captured = std::rc::Rc::new(cap);
        }
    }
}
