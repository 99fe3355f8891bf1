//! Everyday syntax in generated programs: `switch` (fall-through, default
//! anywhere, `break`), labelled loops and blocks with labelled
//! `break`/`continue`, destructuring declarations and assignments (array
//! and object patterns, defaults, holes, rest), template literals and
//! `?.` reads. (`??` and the logical assignments are operators of
//! generate.rs's tables.)
//!
//! Termination: a labelled `continue` only targets a `for` loop (whose
//! update still runs); a `switch` body is straight-line code.

use super::super::ast::{string_literal, Access, Expr, Pat, Stmt};
use super::{Ctx, Gen, Kind};

/// Template text without `` ` ``, `\` or `${`.
const TEMPLATE_TEXT: &[&str] = &["", "", "a", " ", "x=", "-", "é", "line\nbreak", "$", "{}", "0"];

impl Gen<'_> {
    pub(super) fn syntax_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let nested = ctx.block_depth < self.cfg.max_block_depth;
        let loops = nested && !self.over_budget(ctx);
        match self.rng.weighted(&[
            (4, 0),
            (if loops { 2 } else { 0 }, 1),
            (if nested { 1 } else { 0 }, 2),
            (5, 3),
            (2, 4),
        ]) {
            0 => self.switch_stmt(ctx),
            1 => self.labelled_loop(ctx),
            2 => self.labelled_block(ctx),
            3 => self.pattern_decl(ctx),
            _ => self.pattern_assign(ctx),
        }
    }

    pub(super) fn syntax_expr(&mut self, ctx: &Ctx, d: u32) -> Option<Expr> {
        match self.rng.below(3) {
            0 => {
                let n = self.rng.range(0, 3) as usize;
                let parts = (0..=n).map(|_| self.rng.pick(TEMPLATE_TEXT).replace('\n', "\\n")).collect();
                let exprs = (0..n).map(|_| self.expr(ctx, d)).collect();
                Some(Expr::Template(parts, exprs))
            }
            _ => {
                // On any value: primitives have properties, null and
                // undefined stop the chain.
                let o = if self.rng.chance(30) {
                    Expr::Lit(self.rng.pick(&["null", "undefined"]).to_string())
                } else {
                    self.leaf(ctx)
                };
                let p = *self.rng.pick(&["length", "x", "a", "b"]);
                let access = if self.rng.chance(70) {
                    Access::Dot(p.to_string())
                } else {
                    Access::Index(Box::new(Expr::Lit(string_literal(p))))
                };
                let read = Expr::OptProp(Box::new(o), access);
                if self.rng.chance(50) {
                    Some(Expr::Binary("??", Box::new(read), Box::new(self.literal())))
                } else {
                    Some(read)
                }
            }
        }
    }

    fn switch_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let disc = if self.rng.chance(50) { self.leaf(ctx) } else { self.expr(ctx, 2) };
        let n = self.rng.range(1, 5) as usize;
        let default_at = if self.rng.chance(60) { Some(self.rng.below(n as u64 + 1) as usize) } else { None };
        let inner = Ctx { block_depth: ctx.block_depth + 1, ..ctx.clone() };
        let mut cases = Vec::new();
        for i in 0..=n {
            let test = if Some(i) == default_at {
                None
            } else if i == n {
                continue;
            } else if self.rng.chance(60) {
                Some(self.literal())
            } else {
                Some(self.leaf(ctx))
            };
            // A scope per clause body keeps its declarations to itself (a
            // `let` in the case block is shared by all clauses in JavaScript).
            self.scopes.push(vec![]);
            let mut body = Vec::new();
            for _ in 0..self.rng.range(0, 3) {
                body.extend(self.stmt_no_decl(&inner));
            }
            self.scopes.pop();
            if self.rng.chance(60) {
                body.push(Stmt::Break);
            }
            cases.push((test, body));
        }
        vec![Stmt::Switch(disc, cases)]
    }

    /// A statement for a `switch` clause: no declarations (they would be
    /// shared by every clause, and a jump past one is a TDZ error).
    fn stmt_no_decl(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        for _ in 0..4 {
            let declared = self.scopes.last().map_or(0, |s| s.len());
            let s = self.stmt(ctx);
            // What a discarded statement declared must not be used later.
            if let Some(scope) = self.scopes.last_mut() {
                scope.truncate(declared);
            }
            if !s.iter().any(|s| {
                matches!(
                    s,
                    Stmt::Decl(..)
                        | Stmt::DeclPattern(..)
                        | Stmt::While { .. }
                        | Stmt::DoWhile { .. }
                        | Stmt::ForIn { .. }
                )
            }) {
                return s;
            }
        }
        vec![self.print(ctx)]
    }

    fn labelled_loop(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let label = self.fresh("L");
        let mut out = self.for_loop(ctx);
        if let Some(Stmt::For { body, .. }) = out.first_mut() {
            let cond = {
                let c = Ctx { in_loop: true, ..ctx.clone() };
                self.expr(&c, 2)
            };
            let jump =
                if self.rng.chance(60) { Stmt::ContinueLabel(label.clone()) } else { Stmt::BreakLabel(label.clone()) };
            let at = self.rng.below(body.len() as u64 + 1) as usize;
            // Inside an inner block when there is one, to jump out of it.
            match body.get_mut(at.saturating_sub(1)) {
                Some(Stmt::Block(inner)) => inner.push(Stmt::If(cond, vec![jump], None)),
                _ => body.insert(at, Stmt::If(cond, vec![jump], None)),
            }
            let first = out.remove(0);
            out.insert(0, Stmt::Labelled(label, vec![first]));
        }
        out
    }

    fn labelled_block(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let label = self.fresh("B");
        let inner = Ctx { block_depth: ctx.block_depth + 1, ..ctx.clone() };
        // Before the body: the test may go before the body's declarations.
        let cond = self.expr(&inner, 2);
        self.scopes.push(vec![]);
        let mut body = Vec::new();
        for _ in 0..self.rng.range(1, 3) {
            body.extend(self.stmt(&inner));
        }
        let at = self.rng.below(body.len() as u64 + 1) as usize;
        body.insert(at, Stmt::If(cond, vec![Stmt::BreakLabel(label.clone())], None));
        self.scopes.pop();
        vec![Stmt::Labelled(label, vec![Stmt::Block(body)])]
    }

    /// A pattern whose names are fresh; `names` collects them.
    fn pattern(&mut self, ctx: &Ctx, depth: u32, names: &mut Vec<String>) -> (Pat, Expr) {
        let default = |g: &mut Gen, ctx: &Ctx| if g.rng.chance(30) { Some(g.expr(ctx, 3)) } else { None };
        if depth >= 2 || self.rng.chance(40) {
            let name = self.fresh("v");
            names.push(name.clone());
            return (Pat::Name(name), self.expr(ctx, 2));
        }
        if self.rng.chance(50) {
            let n = self.rng.range(0, 4) as usize;
            let mut items = Vec::new();
            let mut values = Vec::new();
            for _ in 0..n {
                if self.rng.chance(15) {
                    items.push(None);
                    values.push(Some(self.literal()));
                    continue;
                }
                let (p, v) = self.pattern(ctx, depth + 1, names);
                let d = default(self, ctx);
                items.push(Some((p, d)));
                values.push(Some(v));
            }
            // Sometimes fewer values than items (defaults, undefined).
            if self.rng.chance(20) {
                let keep = self.rng.below(values.len() as u64 + 1) as usize;
                values.truncate(keep);
            }
            let rest = if self.rng.chance(25) {
                let r = self.fresh("v");
                names.push(r.clone());
                for _ in 0..self.rng.range(0, 3) {
                    values.push(Some(self.literal()));
                }
                Some(r)
            } else {
                None
            };
            (Pat::Array(items, rest), Expr::Array(values))
        } else {
            let n = self.rng.range(0, 4) as usize;
            let mut props = Vec::new();
            let mut values = Vec::new();
            for i in 0..n {
                let key = format!("k{}", i);
                let (p, v) = self.pattern(ctx, depth + 1, names);
                let d = default(self, ctx);
                props.push((key.clone(), p, d));
                if self.rng.chance(85) {
                    values.push((super::super::ast::Key::Ident(key), v));
                }
            }
            let rest = if self.rng.chance(25) {
                let r = self.fresh("v");
                names.push(r.clone());
                values.push((super::super::ast::Key::Ident("extra".into()), self.literal()));
                Some(r)
            } else {
                None
            };
            (Pat::Object(props, rest), Expr::Object(values))
        }
    }

    fn pattern_decl(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let kind = self.rng.weighted(&[(5, "let"), (3, "const"), (2, "var")]);
        let mut names = Vec::new();
        let (p, v) = self.pattern(ctx, 1, &mut names);
        let (p, v) = match p {
            Pat::Name(n) => (Pat::Array(vec![Some((Pat::Name(n), None))], None), Expr::Array(vec![Some(v)])),
            p => (p, v),
        };
        for n in &names {
            self.declare(n, if kind == "const" { Kind::Const } else { Kind::Let });
        }
        let mut out = vec![Stmt::DeclPattern(kind, p, v)];
        if ctx.sample.is_none() && !names.is_empty() {
            let args = names.iter().take(3).map(|n| Expr::Var(n.clone())).collect();
            out.push(Stmt::Print(self.fresh("p"), args));
        }
        out
    }

    /// `[a, b] = [b, a]` on writable variables, or a pattern of them.
    fn pattern_assign(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let targets: Vec<String> = self.writable().into_iter().map(|b| b.name).collect();
        if targets.len() < 2 {
            return vec![self.print(ctx)];
        }
        let a = self.rng.pick(&targets).clone();
        let b = self.rng.pick(&targets).clone();
        let e = if self.rng.chance(50) {
            let p = Pat::Array(vec![Some((Pat::Name(a.clone()), None)), Some((Pat::Name(b.clone()), None))], None);
            Expr::Destructure(p, Box::new(Expr::Array(vec![Some(Expr::Var(b)), Some(Expr::Var(a))])))
        } else {
            let d = if self.rng.chance(50) { Some(self.literal()) } else { None };
            let p = Pat::Object(vec![("x".into(), Pat::Name(a), d), ("y".into(), Pat::Name(b), None)], None);
            let v = self.expr(ctx, 2);
            let obj = Expr::Object(vec![(super::super::ast::Key::Ident("y".into()), v)]);
            Expr::Destructure(p, Box::new(obj))
        };
        vec![Stmt::Expr(e)]
    }
}
