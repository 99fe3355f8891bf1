//! Typed arrays in generated programs: a block that fills a typed array of
//! a random element type with numbers each type converts differently
//! (fractions, -0, NaN, values past the type's range), writes in and out
//! of range in a loop (the tiers' element paths), looks at its bytes
//! through a second view of the same buffer, and prints it with the
//! methods that make new typed arrays.
//!
//! Termination: the one loop runs a fixed number of passes.

use super::super::ast::Stmt;
use super::Gen;

const BLOCK_COST: u64 = 40;

const KINDS: &[&str] = &[
    "Int8Array",
    "Uint8Array",
    "Uint8ClampedArray",
    "Int16Array",
    "Uint16Array",
    "Int32Array",
    "Uint32Array",
    "Float32Array",
    "Float64Array",
];

impl Gen<'_> {
    /// A number literal some element type converts.
    fn typed_number(&mut self) -> String {
        match self.rng.below(8) {
            0 => "-0".into(),
            1 => "NaN".into(),
            2 => format!("{}.5", self.rng.range(-3, 3)),
            3 => self.rng.pick(&["300", "-129", "65536", "2147483648", "1e10", "0.1"]).to_string(),
            _ => self.rng.range(-5, 9).to_string(),
        }
    }

    pub(super) fn typed_stmt(&mut self, ctx: &super::Ctx) -> Vec<Stmt> {
        self.spend(ctx, BLOCK_COST);
        let t = self.fresh("ta");
        let kind = *self.rng.pick(KINDS);
        let n = self.rng.range(1, 6);
        let items: Vec<String> = (0..n).map(|_| self.typed_number()).collect();
        let mut out = format!("{{\nconst {t} = new {kind}([{}]);\n", items.join(", "));
        let (a, b) = (self.typed_number(), self.typed_number());
        let i = self.rng.range(0, n + 2);
        out.push_str(&format!("{t}[{i}] = {a};\n"));
        let (k, c) = (self.rng.range(-3, 4), self.typed_number());
        let passes = self.rng.range(1, 4);
        out.push_str(&format!(
            "for (let r = 0; r < {passes}; r++) for (let i = 0; i <= {t}.length; i++) {t}[i] = {t}[i] * {k} + {c};\n"
        ));
        let p = self.fresh("p");
        out.push_str(&format!(
            "console.log(\"{p}\", {t}, {t}.length, {t}[{n}], new Uint8Array({t}.buffer).join(), [...{t}.subarray(1)], {t}.slice(-2));\n"
        ));
        let p = self.fresh("p");
        out.push_str(&format!(
            "console.log(\"{p}\", {t}.map((x) => x * 2), {t}.filter((x) => x > 0), {t}.reduce((s, x) => s + x, 0), {t}.indexOf({b}), {t}.includes({b}));\n"
        ));
        let p = self.fresh("p");
        out.push_str(&format!(
            "console.log(\"{p}\", {t}.sort(), {t}.fill({b}, 1).join(), Array.from({t}), Object.keys({t}));\n"
        ));
        out.push_str("}\n");
        vec![Stmt::Raw(out)]
    }
}
