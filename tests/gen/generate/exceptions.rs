//! `throw` and `try`/`catch`/`finally` in generated programs: a try block
//! of ordinary statements that may throw (a value, an Error, or a runtime
//! ReferenceError), a catch that prints what it caught, and a finally that
//! may run `break`/`continue`/`return` from the statements around it (the
//! completion rules: a finally's jump overrides a pending throw).
//!
//! Every throw is inside a try block with a catch clause, so a generated
//! program ends with an uncaught error only as before (`Gen::error`).

use super::super::ast::{Expr, Stmt};
use super::{Ctx, Gen};

/// The work a possible throw is charged (see `Gen::spend`).
const THROW_COST: u64 = 40;

impl Gen<'_> {
    pub(super) fn try_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let inner = Ctx { block_depth: ctx.block_depth + 1, ..ctx.clone() };
        let has_catch = self.rng.chance(75);
        let has_finally = !has_catch || self.rng.chance(40);

        self.scopes.push(vec![]);
        let mut block = Vec::new();
        for _ in 0..self.rng.range(1, 3) {
            if self.over_budget(ctx) {
                break;
            }
            block.extend(self.stmt(&inner));
        }
        if has_catch {
            // A throw makes an error object and walks the stack: charged
            // like many operations, so hot loops do not throw on every
            // iteration of programs meant to stay cheap under --gc-stress.
            self.spend(ctx, THROW_COST);
            let throw = self.throwing(&inner);
            let at = self.rng.range(0, block.len() as i64) as usize;
            block.insert(at, throw);
        }
        self.scopes.pop();

        let catch = has_catch.then(|| {
            let param = if self.rng.chance(85) { self.fresh("e") } else { String::new() };
            self.scopes.push(vec![]);
            let mut body = Vec::new();
            if !param.is_empty() {
                // The parameter is not declared for the rest of the
                // generator: printed as it is, an error would show its
                // stack, whose file path differs from node's run.
                // What was caught: an error by its name and message (its
                // stack names the file, which differs from node's run), any
                // other value as console.log prints it.
                let what =
                    Expr::Lit(format!("({p} instanceof Error ? {p}.name + \": \" + {p}.message : {p})", p = param));
                let print = Stmt::Print(self.fresh("p"), vec![what]);
                body.push(match &ctx.sample {
                    Some(cond) => Stmt::If(cond.clone(), vec![print], None),
                    None => print,
                });
            }
            for _ in 0..self.rng.range(0, 2) {
                if self.over_budget(ctx) {
                    break;
                }
                body.extend(self.stmt(&inner));
            }
            self.scopes.pop();
            (param, body)
        });
        let finally = has_finally.then(|| {
            let n = self.rng.range(1, 3);
            self.block(&inner, n)
        });
        vec![Stmt::Try { block, catch, finally }]
    }

    /// `if (COND) throw VALUE;`, or an unconditional throw, or a read of
    /// an undeclared name (a ReferenceError from the runtime), or a call
    /// of a number through a comma expression, whose TypeError prints the
    /// callee as V8 prints its syntax tree (src/compiler/callee_print.rs:
    /// `(x + 1 , 7) is not a function`).
    fn throwing(&mut self, ctx: &Ctx) -> Stmt {
        if self.rng.chance(15) {
            let cond = self.expr(ctx, 2);
            let callee = self.expr(ctx, 2);
            let call =
                if self.rng.chance(50) { format!("({}, 7)()", callee) } else { format!("new ({}, 7)()", callee) };
            return Stmt::If(cond, vec![Stmt::Expr(Expr::Lit(call))], None);
        }
        let value = match self.rng.below(4) {
            0 => Expr::New("Error".into(), vec![self.expr(ctx, 1)]),
            1 => Expr::New("RangeError".into(), vec![Expr::Lit("\"range\"".into())]),
            _ => self.expr(ctx, 1),
        };
        match self.rng.below(5) {
            0 => Stmt::Throw(value),
            1 => {
                let name = self.fresh("undeclared");
                let cond = self.expr(ctx, 2);
                Stmt::If(cond, vec![Stmt::Expr(Expr::Var(name))], None)
            }
            _ => {
                let cond = self.expr(ctx, 2);
                Stmt::If(cond, vec![Stmt::Throw(value)], None)
            }
        }
    }
}
