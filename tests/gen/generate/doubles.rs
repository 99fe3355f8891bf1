//! Double-heavy loops: two variables that start as doubles (or as Smis
//! that turn into doubles) updated by `* + - /` with double constants and
//! the loop counter, kept bounded by relational tests, compared with every
//! relational operator (NaN, -0 and Infinity among the constants), then
//! printed. Hot enough to be compiled, so the stencils' double paths, the
//! Smi/double normalisation and inline allocation all run against node.
//! A third variable takes `Math.sqrt`/`abs`/`floor`/`ceil`/`round`/`trunc`
//! of them and `Math.min`/`max` of both, `%` a constant (inline in
//! compiled code), and unary minus; a small array of doubles is written and
//! compared with `==`/`===`/`!=`/`!==` (the double paths of equality and
//! the double elements kinds), sometimes grown past its end (holes) or
//! given a string mid-loop (the raw doubles boxed), then searched.

use super::super::ast::Access;

use super::super::ast::{Expr, Stmt};
use super::{Ctx, Gen};

/// Starting values: doubles, Smis, and the edge cases.
const STARTS: &[&str] = &["0.5", "1.5", "-2.5", "0.1", "1e-7", "3", "0", "-0", "NaN", "Infinity", "2147483647", "0.25"];
/// Multipliers and addends that keep values moving between Smi and double.
const FACTORS: &[&str] = &["1.0001", "0.999", "2", "0.5", "-1.25", "1.5", "3", "0.1", "-1"];
const OPS: &[&str] = &["*", "+", "-", "/"];
const RELS: &[&str] = &["<", "<=", ">", ">="];
const MATH: &[&str] = &["sqrt", "abs", "floor", "ceil", "round", "trunc"];
const MATH2: &[&str] = &["min", "max"];
const EQS: &[&str] = &["==", "===", "!=", "!=="];

impl Gen<'_> {
    pub(super) fn double_loop(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let left = ctx.budget.saturating_sub(self.work) / ctx.mult.max(1);
        let hot = ctx.mult == 1 && !ctx.in_loop && left > 40_000 && self.rng.chance(60);
        let count = if hot { self.rng.range(1001, 1500) as u64 } else { (self.rng.range(1, 12) as u64).min(left / 40) };
        self.spend(ctx, count.max(1) * 20);
        let (a, b, i) = (self.fresh("d"), self.fresh("d"), self.fresh("i"));
        let (c, arr) = (self.fresh("d"), self.fresh("ds"));
        let var = |n: &str| Box::new(Expr::Var(n.to_string()));
        let lit = |s: &str| Box::new(Expr::Lit(s.to_string()));
        let bin = |op: &'static str, l: Box<Expr>, r: Box<Expr>| Box::new(Expr::Binary(op, l, r));
        let set = |n: &str, e: Box<Expr>| Stmt::Expr(Expr::Assign("=", n.to_string(), e));
        let (op1, op2) = (*self.rng.pick(OPS), *self.rng.pick(OPS));
        let (f1, f2, f3) = (*self.rng.pick(FACTORS), *self.rng.pick(FACTORS), *self.rng.pick(FACTORS));
        let (r1, r2) = (*self.rng.pick(RELS), *self.rng.pick(RELS));
        let (m1, m2) = (*self.rng.pick(MATH), *self.rng.pick(MATH));
        let (e1, e2) = (*self.rng.pick(EQS), *self.rng.pick(EQS));
        let (mm, f4) = (*self.rng.pick(MATH2), *self.rng.pick(FACTORS));
        let math = |f: &str, e: Box<Expr>| Box::new(Expr::Method(var("Math"), f.to_string(), vec![*e]));
        let math2 =
            |f: &str, x: Box<Expr>, y: Box<Expr>| Box::new(Expr::Method(var("Math"), f.to_string(), vec![*x, *y]));
        let at = |k: Box<Expr>| Box::new(Expr::Prop(var(&arr), Access::Index(k)));
        let body = vec![
            // c = Math.M1(a) - -Math.M2(b)
            set(&c, bin("-", math(m1, var(&a)), Box::new(Expr::Unary("-", math(m2, var(&b)))))),
            // c = c + Math.MM(a, b) % F4
            set(&c, bin("+", var(&c), bin("%", math2(mm, var(&a), var(&b)), lit(f4)))),
            // arr[i % 3] = a * F2; c += arr[(i + 1) % 3] EQ1 b ? 1 : 0.5
            Stmt::Expr(Expr::SetProp(
                "=",
                var(&arr),
                Access::Index(bin("%", var(&i), lit("3"))),
                bin("*", var(&a), lit(f2)),
            )),
            Stmt::If(
                *bin(e1, at(bin("%", bin("+", var(&i), lit("1")), lit("3"))), var(&b)),
                vec![set(&c, bin("+", var(&c), lit("1")))],
                Some(vec![set(&c, bin("+", var(&c), lit("0.5")))]),
            ),
            // a = a OP1 F1 + b
            set(&a, bin("+", bin(op1, var(&a), lit(f1)), var(&b))),
            // Bounded: |a| > 1e6 is scaled back (NaN stays NaN).
            Stmt::If(*bin(">", var(&a), lit("1e6")), vec![set(&a, bin("/", var(&a), lit("1e6")))], None),
            Stmt::If(*bin("<", var(&a), lit("-1e6")), vec![set(&a, bin("/", var(&a), lit("-1e6")))], None),
            // b = b OP2 (i * F2): a Smi/double mix.
            set(&b, bin(op2, var(&b), bin("*", var(&i), lit(f2)))),
            Stmt::If(*bin(">", var(&b), lit("1e6")), vec![set(&b, bin("-", var(&b), lit("1e6")))], None),
            Stmt::If(*bin("<", var(&b), lit("-1e6")), vec![set(&b, bin("+", var(&b), lit("1e6")))], None),
            Stmt::If(
                *bin(r1, var(&a), var(&b)),
                vec![set(&b, bin("+", var(&b), lit(f3)))],
                Some(vec![set(&a, bin("-", var(&a), lit(f3)))]),
            ),
        ];
        let mut body = body;
        // Mid-loop transitions of the double array in compiled code: a
        // store past the end (holes: HOLEY_DOUBLE), a NaN or -0 stored raw,
        // a string (every element boxed: HOLEY/PACKED_ELEMENTS).
        let when = |k: u64| *bin("===", var(&i), lit(&(k % count.max(1)).to_string()));
        if self.rng.chance(40) {
            let k = self.rng.below(count.max(1));
            let v = *self.rng.pick(&["a", "b", "NaN", "-0", "0 / 0 * a"]);
            let v = if v == "a" || v == "b" { var(if v == "a" { &a } else { &b }) } else { lit(v) };
            body.push(Stmt::If(
                when(k),
                vec![Stmt::Expr(Expr::SetProp("=", var(&arr), Access::Index(lit("5")), v))],
                None,
            ));
        }
        if self.rng.chance(25) {
            let k = self.rng.below(count.max(1));
            let set1 = Stmt::Expr(Expr::SetProp("=", var(&arr), Access::Index(lit("1")), lit("\"s\"")));
            body.push(Stmt::If(when(k), vec![set1], None));
        }
        let (s1, s2) = (*self.rng.pick(STARTS), *self.rng.pick(STARTS));
        let label = self.fresh("p");
        let shown = vec![
            Expr::Var(a.clone()),
            Expr::Var(b.clone()),
            *bin(r2, var(&a), var(&b)),
            *bin("-", var(&a), var(&b)),
            *bin("===", var(&a), var(&b)),
            Expr::Var(c.clone()),
            *bin(e2, var(&c), at(lit("0"))),
            *bin("%", var(&a), lit(f1)),
            *bin("%", var(&b), var(&a)),
            Expr::Var(arr.clone()),
            // The search built-ins over raw doubles (NaN, -0 and holes).
            Expr::Method(var(&arr), "indexOf".to_string(), vec![Expr::Var(a.clone())]),
            Expr::Method(var(&arr), "includes".to_string(), vec![Expr::Lit("NaN".to_string())]),
            Expr::Method(var(&arr), "lastIndexOf".to_string(), vec![Expr::Lit("-0".to_string())]),
            Expr::Method(var(&arr), "includes".to_string(), vec![Expr::Var(b.clone())]),
        ];
        let print = match &ctx.sample {
            // Inside a hot loop: only on its sampled iterations.
            Some(cond) => Stmt::If(cond.clone(), vec![Stmt::Print(label, shown)], None),
            None => Stmt::Print(label, shown),
        };
        vec![Stmt::Block(vec![
            Stmt::Decl("let", a.clone(), Some(Expr::Lit(s1.to_string()))),
            Stmt::Decl("let", b.clone(), Some(Expr::Lit(s2.to_string()))),
            Stmt::Decl("let", c.clone(), Some(Expr::Lit("0".to_string()))),
            Stmt::Decl(
                "const",
                arr.clone(),
                Some(Expr::Array(vec![
                    Some(Expr::Lit(s1.to_string())),
                    Some(Expr::Lit(f1.to_string())),
                    Some(Expr::Lit("-0.5".to_string())),
                ])),
            ),
            Stmt::For { kind: "let", var: i, start: 0.0, step: 1.0, count, body },
            print,
        ])]
    }
}
