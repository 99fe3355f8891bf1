//! The object model's corners in generated programs: a sealed and a
//! frozen array under `pop`, `push`, `shift` and `length` writes (V8's
//! TypeErrors, or the sloppy write ignored), accessors with index keys in
//! an object literal (read in a loop, written, listed), array elements
//! given attributes of their own by `Object.defineProperty`, `Reflect`'s
//! operations on the same objects, globals made and read through
//! `globalThis`, and `Date.parse` of the non-ISO formats node reads.
//!
//! Termination: every loop has a constant bound.

use super::super::ast::Stmt;
use super::{Ctx, Gen};

/// The work one block is charged.
const BLOCK_COST: u64 = 80;

/// Date strings for `Date.parse`: the legacy formats, valid and not.
const DATES: &[&str] = &[
    "Dec 25, 1995",
    "Mon, 25 Dec 1995 13:30:00 GMT",
    "25 December 1995 10:00 PM",
    "1995/12/25 13:30:15.25",
    "12/25/95 1:30 am +0100",
    "2020-1-5",
    "2020-01-05 10:30",
    "Jan 1 2000 (note) UTC-0830",
    "Feb 30 2020",
    "13/1/2000",
    "Dec 25, 1995 junk",
    "2020-01-01T10:00 GMT",
    "Tue Mar 01 2022 10:00:00 GMT+0000 (Coordinated Universal Time)",
];

impl Gen<'_> {
    pub(super) fn reflection_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        self.spend(ctx, BLOCK_COST);
        let (a, o, p) = (self.fresh("sa"), self.fresh("io"), self.fresh("p"));
        let mut out = String::from("{\n");
        let items: Vec<String> = (0..self.rng.range(0, 4)).map(|_| format!("{}", self.expr(ctx, 1))).collect();
        let how = if self.rng.chance(50) { "seal" } else { "freeze" };
        out.push_str(&format!("const {a} = Object.{how}([{}]);\n", items.join(", ")));
        let ops =
            ["pop()", "push(1)", "shift()", "unshift(0)", "length = 0", "length = 9", "reverse()", "splice(0, 1)"];
        for _ in 0..self.rng.range(1, 4) {
            let op = *self.rng.pick(&ops);
            let q = self.fresh("p");
            out.push_str(&format!(
                "try {{ console.log(\"{q}\", {a}.{op}, {a}.length); }} catch (e) {{ console.log(\"{q}\", e.name, e.message); }}\n"
            ));
        }
        out.push_str(&format!(
            "console.log(\"{p}\", {a}, Object.isSealed({a}), Object.isFrozen({a}), Reflect.set({a}, 0, 5), Reflect.deleteProperty({a}, 0), Reflect.ownKeys({a}));\n"
        ));
        let (i, j, v) = (self.rng.range(0, 3), self.rng.range(0, 3), self.expr(ctx, 1));
        out.push_str(&format!(
            "const {o} = {{ n: 0, get {i}() {{ return ++this.n; }}, set {j}(x) {{ this.last = x; }}, 5: {v} }};\n"
        ));
        let n = self.rng.range(1, 40);
        let q = self.fresh("p");
        out.push_str(&format!(
            "let s{o} = 0;\nfor (let k = 0; k < {n}; k++) s{o} += {o}[{i}];\n{o}[{j}] = s{o};\nconsole.log(\"{q}\", s{o}, {o}, Object.keys({o}), {i} in {o}, Reflect.has({o}, {j}), JSON.stringify({o}));\n"
        ));
        // An element with attributes of its own, written in a loop (which
        // gets compiled), through an Array method, and listed.
        let (ea, idx) = (self.fresh("ea"), self.rng.range(0, 4));
        let attrs = [
            "{ writable: false }",
            "{ enumerable: false }",
            "{ configurable: false }",
            "{ value: 9 }",
            "{ get() { return 7; }, configurable: true }",
            "{ get() { return 8; }, set(x) { this.seen = x; }, enumerable: true }",
        ];
        let attr = *self.rng.pick(&attrs);
        let elems: Vec<String> = (0..self.rng.range(0, 4)).map(|_| format!("{}", self.expr(ctx, 1))).collect();
        let n = self.rng.range(1, 40);
        out.push_str(&format!(
            "const {ea} = [{}];\nObject.defineProperty({ea}, {idx}, {attr});\nfor (let k = 0; k < {n}; k++) {{ try {{ {ea}[k % 4] = k; }} catch (e) {{}} }}\n",
            elems.join(", ")
        ));
        let ops = [
            "reverse()",
            "fill(0)",
            "pop()",
            "shift()",
            "sort()",
            "length = 1",
            "join()",
            "indexOf(7)",
            "splice(1, 1)",
        ];
        let op = *self.rng.pick(&ops);
        let (q, q2) = (self.fresh("p"), self.fresh("p"));
        out.push_str(&format!(
            "try {{ console.log(\"{q}\", {ea}.{op}, {ea}.length); }} catch (e) {{ console.log(\"{q}\", e.name, e.message); }}\n\
             console.log(\"{q2}\", {ea}, Object.keys({ea}), JSON.stringify({ea}), JSON.stringify(Object.getOwnPropertyDescriptor({ea}, {idx})));\n"
        ));
        let (g, w) = (self.fresh("gt"), self.expr(ctx, 1));
        let q = self.fresh("p");
        out.push_str(&format!(
            "globalThis.{g} = {w};\n{g} = typeof {g} === \"number\" ? {g} + 1 : {g};\nconsole.log(\"{q}\", {g}, globalThis.{g}, \"{g}\" in globalThis, Reflect.get(globalThis, \"{g}\") === {g});\n"
        ));
        let d = *self.rng.pick(DATES);
        let q = self.fresh("p");
        out.push_str(&format!("console.log(\"{q}\", Date.parse({d:?}), new Date({d:?}).getTime());\n"));
        out.push_str("}\n");
        vec![Stmt::Raw(out)]
    }
}
