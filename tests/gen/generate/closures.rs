//! Closures in generated programs: counters made by a maker function,
//! closures created in a loop (each capturing that iteration's counter),
//! callbacks passed to `forEach`/`map` that read and update captured
//! variables, and immediately invoked arrows.
//!
//! Termination: closures are called a bounded number of times where they
//! are made (never stored where later code finds them), and their bodies
//! are expressions of the enclosing context, whose calls already respect
//! the work budget.

use super::super::ast::{number, Expr, Stmt};
use super::{Ctx, Gen, Kind};

fn var(name: &str) -> Box<Expr> {
    Box::new(Expr::Var(name.to_string()))
}

fn lit(s: &str) -> Expr {
    Expr::Lit(s.to_string())
}

impl Gen<'_> {
    /// One closure pattern, in a block of its own.
    pub(super) fn closure_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let inner = Ctx { block_depth: ctx.block_depth + 1, ..ctx.clone() };
        let body = match self.rng.range(0, 4) {
            0 => self.counter(&inner),
            1 => self.closures_in_loop(&inner),
            2 => self.callback(&inner),
            _ => self.iife(&inner),
        };
        vec![Stmt::Block(body)]
    }

    /// An arrow `(params) => { return BODY; }` whose body is an expression
    /// of `ctx` that may use the parameters (and so whatever it captures).
    fn arrow(&mut self, ctx: &Ctx, params: &[String], calls: u64) -> Expr {
        let inner = Ctx { mult: ctx.mult.saturating_mul(calls.max(1)), ..ctx.clone() };
        self.scopes.push(vec![]);
        for p in params {
            self.declare(p, Kind::Param);
        }
        let e = self.expr(&inner, 1);
        self.scopes.pop();
        Expr::Arrow(params.to_vec(), vec![Stmt::Return(Some(e))])
    }

    /// `const mk = (s) => { let c = s; return (d) => { c = c + d; return c; }; };`
    /// then a counter from it, bumped a few times and printed.
    fn counter(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let mk = self.fresh("mk");
        let c = self.fresh("c");
        let s = self.fresh("s");
        let d = self.fresh("d");
        let op = *self.rng.pick(&["+", "-", "*", "|", "+"]);
        let bump = Expr::Arrow(
            vec![d.clone()],
            vec![
                Stmt::Expr(Expr::Assign("=", c.clone(), Box::new(Expr::Binary(op, var(&c), var(&d))))),
                Stmt::Return(Some(Expr::Var(c.clone()))),
            ],
        );
        let maker = Expr::Arrow(
            vec![s.clone()],
            vec![Stmt::Decl("let", c.clone(), Some(Expr::Var(s))), Stmt::Return(Some(bump))],
        );
        let k = self.fresh("k");
        let start = self.leaf(ctx);
        let mut out = vec![
            Stmt::Decl("const", mk.clone(), Some(maker)),
            Stmt::Decl("const", k.clone(), Some(Expr::Call(mk.clone(), vec![start]))),
        ];
        let times = self.rng.range(1, 5);
        for _ in 0..times {
            let step = self.literal();
            out.push(Stmt::Expr(Expr::CallValue(var(&k), vec![step])));
        }
        // A second counter of the same maker: its own variable.
        let k2 = self.fresh("k");
        let start2 = self.leaf(ctx);
        out.push(Stmt::Decl("const", k2.clone(), Some(Expr::Call(mk, vec![start2]))));
        let label = self.fresh("p");
        out.push(Stmt::Print(
            label,
            vec![Expr::CallValue(var(&k), vec![lit("1")]), Expr::CallValue(var(&k2), vec![lit("2")])],
        ));
        self.spend(ctx, 10 * times as u64);
        out
    }

    /// `const fs = []; for (KIND i = …) fs.push((x) => …i…);` then calls
    /// some of them: a `let` counter gives each closure its own.
    fn closures_in_loop(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let fs = self.fresh("fs");
        let i = self.fresh("i");
        let x = self.fresh("x");
        let count = self.rng.range(1, 6) as u64;
        let start = *self.rng.pick(&[0.0, 1.0, -2.0, 2147483646.0]);
        let kind = self.rng.weighted(&[(7, "let"), (3, "var")]);
        self.scopes.push(vec![]);
        self.declare(&i, Kind::Counter);
        let f = self.arrow(ctx, std::slice::from_ref(&x), 1);
        self.scopes.pop();
        let push = Stmt::Expr(Expr::Method(var(&fs), "push".into(), vec![f]));
        let mut out = vec![
            Stmt::Decl("const", fs.clone(), Some(Expr::Array(vec![]))),
            Stmt::For { kind, var: i, start, step: 1.0, count, body: vec![push] },
        ];
        let label = self.fresh("p");
        let mut args = vec![Expr::Length(var(&fs))];
        for _ in 0..self.rng.range(1, 3) {
            let j = self.rng.range(0, count as i64 - 1);
            let item = Expr::Prop(var(&fs), super::super::ast::Access::Index(Box::new(lit(&number(j as f64)))));
            let arg = self.leaf(ctx);
            args.push(Expr::CallValue(Box::new(item), vec![arg]));
        }
        out.push(Stmt::Print(label, args));
        self.spend(ctx, 20 * count);
        out
    }

    /// A callback over an array literal: `forEach` updating a captured
    /// accumulator, or `map` reading captured variables.
    fn callback(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let n = self.rng.range(1, 5);
        let items: Vec<Option<Expr>> = (0..n).map(|_| Some(self.literal())).collect();
        let x = self.fresh("x");
        let label = self.fresh("p");
        if self.rng.chance(50) {
            let acc = self.fresh("acc");
            let init = self.leaf(ctx);
            let op = *self.rng.pick(&["+", "-", "^", "+"]);
            let update = Expr::Arrow(
                vec![x.clone()],
                vec![Stmt::Expr(Expr::Assign("=", acc.clone(), Box::new(Expr::Binary(op, var(&acc), var(&x)))))],
            );
            self.spend(ctx, 5 * n as u64);
            vec![
                Stmt::Decl("let", acc.clone(), Some(init)),
                Stmt::Expr(Expr::Method(Box::new(Expr::Array(items)), "forEach".into(), vec![update])),
                Stmt::Print(label, vec![Expr::Var(acc)]),
            ]
        } else {
            let f = self.arrow(ctx, std::slice::from_ref(&x), n as u64);
            self.spend(ctx, 5 * n as u64);
            vec![Stmt::Print(label, vec![Expr::Method(Box::new(Expr::Array(items)), "map".into(), vec![f])])]
        }
    }

    /// `((a) => { return …a…; })(v)`, or an arrow printed as a value.
    fn iife(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let a = self.fresh("a");
        let f = self.arrow(ctx, std::slice::from_ref(&a), 1);
        let label = self.fresh("p");
        if self.rng.chance(20) {
            let name = self.fresh("fn");
            return vec![Stmt::Decl("const", name.clone(), Some(f)), Stmt::Print(label, vec![Expr::Var(name)])];
        }
        let arg = self.leaf(ctx);
        vec![Stmt::Print(label, vec![Expr::CallValue(Box::new(f), vec![arg])])]
    }
}
