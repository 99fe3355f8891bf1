//! Generators in generated programs: a block that declares a generator
//! (a `for` of yields whose values are sent back, a `yield*` over an
//! array, a string or another generator, `try`/`catch`/`finally` around
//! it), then drives it every way a program does: spread, `next(v)`,
//! `return(v)` and `throw(v)` at a yield, a `for...of` left by `break`,
//! array destructuring (closing it early), `Array.from`, and a
//! `*[Symbol.iterator]()` method delegating to it; the log shows in which
//! order the `finally` and `catch` blocks ran.
//!
//! Termination: every loop in the generator has a constant bound, and
//! every consumer stops at the generator's end or earlier.

use super::super::ast::Stmt;
use super::{Ctx, Gen};

/// The work one generator block is charged.
const BLOCK_COST: u64 = 80;

impl Gen<'_> {
    pub(super) fn generator_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        self.spend(ctx, BLOCK_COST);
        let (g, h, log) = (self.fresh("g"), self.fresh("h"), self.fresh("log"));
        let len = self.rng.range(0, 4);
        let step = self.rng.weighted(&[(3, "acc + b"), (2, "acc * i"), (2, "`${acc}${i}`"), (1, "acc - b")]);
        let inner = match self.rng.below(3) {
            // Named, not written in place: V8 places a `yield*`'s errors at
            // the last property access of its operand, if it has one.
            0 => format!("{g}_items"),
            1 => format!("\"{}\"", ["", "ab", "xyz"][self.rng.below(3) as usize]),
            _ => format!("{h}(b)"),
        };
        let ret = self.rng.weighted(&[(2, "acc"), (1, "b"), (1, "inner")]);
        let catch = if self.rng.chance(50) {
            format!(" catch (e) {{ {log}.push(\"c\" + e); yield \"caught\"; }}")
        } else {
            String::new()
        };
        let mut out = String::from("{\n");
        out.push_str(&format!("const {log} = [];\n"));
        if inner == format!("{g}_items") {
            let items = format!("[{}, {}]", self.expr(ctx, 1), self.expr(ctx, 1));
            out.push_str(&format!("const {g}_items = {items};\n"));
        }
        out.push_str(&format!("function* {h}(x) {{ yield x; return \"h\" + x; }}\n"));
        out.push_str(&format!(
            "function* {g}(a, b) {{\n  let acc = a;\n  try {{\n    for (let i = 0; i < {len}; i++) {{\n      const got = yield acc;\n      if (got !== undefined) acc = got;\n      else acc = {step};\n    }}\n    const inner = yield* {inner};\n    {log}.push(inner);\n    return {ret};\n  }}{catch} finally {{\n    {log}.push(\"f\");\n  }}\n}}\n"
        ));
        let args = |s: &mut Self| format!("{}, {}", s.expr(ctx, 1), s.expr(ctx, 1));
        let p = self.fresh("p");
        let a = args(self);
        out.push_str(&format!("console.log(\"{p}\", [...{g}({a})], {log}.length);\n"));
        let (a, s1, s2) = (args(self), self.expr(ctx, 1), self.expr(ctx, 1));
        let p = self.fresh("p");
        out.push_str(&format!(
            "const it{g} = {g}({a});\nconsole.log(\"{p}\", it{g}.next({s1}), it{g}.next({s2}), it{g}.next());\n"
        ));
        let (r, p) = (self.expr(ctx, 1), self.fresh("p"));
        out.push_str(&format!("console.log(\"{p}\", it{g}.return({r}), it{g}.next(), {log});\n"));
        let (a, t, p) = (args(self), self.expr(ctx, 1), self.fresh("p"));
        out.push_str(&format!(
            "const t{g} = {g}({a});\nt{g}.next();\ntry {{ console.log(\"{p}\", t{g}.throw({t}), t{g}.next()); }} catch (e) {{ console.log(\"{p} thrown\", String(e)); }}\n"
        ));
        let (a, stop, p) = (args(self), self.rng.range(0, 4), self.fresh("p"));
        out.push_str(&format!(
            "let n{g} = 0;\nfor (const v of {g}({a})) {{ if (n{g}++ >= {stop}) break; }}\nconsole.log(\"{p}\", n{g}, {log}.length);\n"
        ));
        let (a, d, p) = (args(self), self.expr(ctx, 1), self.fresh("p"));
        let a2 = args(self);
        out.push_str(&format!(
            "const [x{g}, , y{g} = {d}] = {g}({a});\nconsole.log(\"{p}\", x{g}, y{g}, {log}.length, Array.from({g}({a2}), (v) => typeof v));\n"
        ));
        let (a, p) = (args(self), self.fresh("p"));
        out.push_str(&format!(
            "const o{g} = {{ *[Symbol.iterator]() {{ return yield* {g}({a}); }} }};\nconsole.log(\"{p}\", [...o{g}].length, {g}, o{g}[Symbol.iterator]());\n"
        ));
        out.push_str("}\n");
        vec![Stmt::Raw(out)]
    }
}
