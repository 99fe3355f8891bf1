//! Maps, sets, symbols and the iterator protocol in generated programs: a
//! block that builds a `Map` and a `Set` from generated values (numbers
//! with -0 and NaN, strings: SameValueZero keys), mutates them, iterates
//! while deleting and adding, prints them (node's `Map(n) { k => v }`
//! format), and runs a user iterable whose `return()` logs, left by
//! `break` and by array destructuring (iterator closing); then
//! `Symbol.toPrimitive`, wrapper objects and a mapped `arguments`.
//!
//! Termination: every loop is over a collection that gains at most one
//! entry per pass with a key fixed before the loop, or over an iterable of
//! a fixed length.

use super::super::ast::Stmt;
use super::{Ctx, Gen};

/// The work one collection block is charged.
const BLOCK_COST: u64 = 60;

impl Gen<'_> {
    /// A key: a generated expression or one of the values SameValueZero
    /// treats specially.
    fn coll_key(&mut self, ctx: &Ctx) -> String {
        match self.rng.below(6) {
            0 => "-0".into(),
            1 => "NaN".into(),
            2 => format!("\"k{}\"", self.rng.range(0, 4)),
            3 => self.rng.range(-2, 4).to_string(),
            _ => format!("{}", self.expr(ctx, 1)),
        }
    }

    pub(super) fn collection_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        self.spend(ctx, BLOCK_COST);
        let (m, s, log) = (self.fresh("m"), self.fresh("s"), self.fresh("log"));
        let mut out = String::from("{\n");
        let n = self.rng.range(1, 4);
        let entries: Vec<String> = (0..n)
            .map(|_| {
                let (k, v) = (self.coll_key(ctx), self.expr(ctx, 1));
                format!("[{k}, {v}]")
            })
            .collect();
        out.push_str(&format!("const {m} = new Map([{}]);\n", entries.join(", ")));
        for _ in 0..self.rng.range(0, 3) {
            let (k, v) = (self.coll_key(ctx), self.expr(ctx, 1));
            out.push_str(&format!("{m}.set({k}, {v});\n"));
        }
        if self.rng.chance(50) {
            let k = self.coll_key(ctx);
            out.push_str(&format!("{m}.delete({k});\n"));
        }
        let items: Vec<String> = (0..self.rng.range(0, 5)).map(|_| self.coll_key(ctx)).collect();
        out.push_str(&format!("const {s} = new Set([{}]);\n", items.join(", ")));
        if self.rng.chance(60) {
            let k = self.coll_key(ctx);
            out.push_str(&format!("{s}.add({k});\n"));
        }
        let (k1, k2) = (self.coll_key(ctx), self.coll_key(ctx));
        let p = self.fresh("p");
        out.push_str(&format!(
            "console.log(\"{p}\", {m}.size, {m}.has({k1}), {m}.get({k2}), {s}.size, {s}.has({k1}), [...{s}]);\n"
        ));
        // Iterating while mutating: deletes are skipped, one added key is visited.
        let added = self.coll_key(ctx);
        let p = self.fresh("p");
        out.push_str(&format!(
            "for (const [k, v] of {m}) {{ console.log(\"{p}\", k, v); if ({m}.size > 1) {m}.delete(k); else if (!{m}.has({added})) {m}.set({added}, 1); }}\n"
        ));
        let p = self.fresh("p");
        out.push_str(&format!("console.log(\"{p}\", {m}, {s}, [...{m}.keys()], {s}.entries());\n"));
        // A user iterable whose return() logs; left by break and by a pattern.
        let len = self.rng.range(0, 5);
        let stop = self.rng.range(0, 5);
        out.push_str(&format!(
            "const {log} = [];\nconst it{log} = {{ [Symbol.iterator]() {{ let i = 0; return {{ next: () => ({{ value: i * 2, done: i++ >= {len} }}), return() {{ {log}.push(i); return {{}}; }} }}; }} }};\n"
        ));
        out.push_str(&format!("for (const x of it{log}) {{ if (x >= {}) break; }}\n", stop * 2));
        out.push_str(&format!("const [a{log}, b{log}] = it{log};\n"));
        let p = self.fresh("p");
        out.push_str(&format!(
            "console.log(\"{p}\", {log}, a{log}, b{log}, [...it{log}], Array.from(it{log}, (x) => x + 1), new Set(it{log}).size);\n"
        ));
        self.protocol_hooks(ctx, &mut out);
        out.push_str("}\n");
        vec![Stmt::Raw(out)]
    }

    /// What built-ins call back into: `Symbol.toPrimitive` in
    /// conversions, a wrapper object, and a sloppy function whose
    /// `arguments` is mapped to its parameters.
    fn protocol_hooks(&mut self, ctx: &Ctx, out: &mut String) {
        // (A Map subclass whose `set` the constructor calls belongs here
        // too, but a class declared in this block after the iterable part
        // meets a compiler bug of main that is not fixed yet: the block's
        // later pattern reads undefined.)
        let c = self.fresh("C");
        let (a, b, p) = (self.expr(ctx, 1), self.expr(ctx, 1), self.fresh("p"));
        out.push_str(&format!(
            "const tp{c} = {{ [Symbol.toPrimitive](h) {{ return h === \"number\" ? {a} : h; }} }};\nconsole.log(\"{p}\", +tp{c}, `${{tp{c}}}`, tp{c} + \"\", new String({b}), new Number({a}));\n"
        ));
        let (x, y, p) = (self.expr(ctx, 1), self.expr(ctx, 1), self.fresh("p"));
        let i = self.rng.range(0, 3);
        out.push_str(&format!(
            "function mf{c}(a, b) {{ arguments[{i}] = {x}; b = {y}; return [a, b, arguments.length, ...arguments]; }}\nconsole.log(\"{p}\", mf{c}(1), mf{c}(1, 2), mf{c}(1, 2, 3));\n"
        ));
    }
}
