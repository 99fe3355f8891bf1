//! BigInts in generated programs: one block, drawn after everything else
//! (so the fixed seeds' other programs stay as they were), that computes
//! with BigInts of every size in a hot loop (compiled code's Smi and double
//! paths must send them to the runtime), compares them with numbers and
//! strings, uses them as Map/Set keys, and mixes them with numbers inside
//! `try` (the TypeErrors). Divisors are never 0n, exponents and shift
//! counts small, so only the mixes throw.
//!
//! Termination: the one loop has a fixed count.

use super::super::ast::Stmt;
use super::Gen;

const LITERALS: &[&str] = &[
    "0n",
    "1n",
    "-1n",
    "7n",
    "-12n",
    "0xffn",
    "0b1011n",
    "0o777n",
    "1_000_000n",
    "(2n ** 64n)",
    "(-(2n ** 63n))",
    "123456789012345678901234567890n",
    "(2n ** 31n)",
    "(-(2n ** 31n) - 1n)",
];

const OPS: &[&str] = &["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "**"];

/// What a BigInt is compared with.
const OTHERS: &[&str] =
    &["0", "1", "-1", "1.5", "2147483648", "1e30", "NaN", "\"12\"", "\"0x10\"", "\"x\"", "true", "7n"];

impl Gen<'_> {
    fn bigint_literal(&mut self) -> String {
        self.rng.pick(LITERALS).to_string()
    }

    /// `a OP b` on two BigInt expressions, kept in range: a divisor is
    /// never 0n, an exponent is 0n to 4n, a shift count -70n to 70n.
    fn bigint_op(&mut self, a: &str, b: &str) -> String {
        match *self.rng.pick(OPS) {
            op @ ("/" | "%") => format!("({a} {op} (({b}) || 3n))"),
            "**" => format!("({a} ** {}n)", self.rng.range(0, 4)),
            op @ ("<<" | ">>") => format!("({a} {op} {}n)", self.rng.range(-70, 70)),
            op => format!("({a} {op} {b})"),
        }
    }

    pub(super) fn bigint_block(&mut self) -> Vec<Stmt> {
        let mut s = String::from("{\n");
        let (x, y) = (self.bigint_literal(), self.bigint_literal());
        s.push_str(&format!("  let ba = {x}, bb = {y}, bacc = 0n;\n"));
        let step = self.bigint_op("bacc", "ba");
        let mix = self.bigint_op("bb", "BigInt(bi)");
        let n = self.rng.range(1000, 1400);
        s.push_str(&format!(
            "  for (let bi = 0; bi < {n}; bi++) {{\n    bacc = {step} % 1000000000000000000000007n;\n    if (bi % 7 === 3) bb = {mix} % 1000000000000000000000007n;\n    if (bi % 400 === 5) console.log(bi, bacc, bb);\n  }}\n"
        ));
        s.push_str("  console.log(bacc, bb, typeof bacc, String(ba), `${bb}`, [ba, bb], { ba });\n");
        for _ in 0..self.rng.range(1, 4) {
            let other = *self.rng.pick(OTHERS);
            let op = *self.rng.pick(&["<", "<=", ">", ">=", "==", "!=", "==="]);
            let v = *self.rng.pick(&["ba", "bb", "bacc"]);
            s.push_str(&format!("  console.log({v} {op} {other}, {other} {op} {v});\n"));
        }
        let e = self.bigint_op("ba", "bb");
        s.push_str(&format!(
            "  const bset = new Set([ba, bb, {e}, ba + 0n, Number(bb)]);\n  console.log(bset.size, bset.has({x}), [...bset].map((v) => typeof v));\n"
        ));
        let other = *self.rng.pick(&["1", "1.5", "null", "undefined", "\"s\"", "{}"]);
        let op = *self.rng.pick(&["+", "-", "*", "/", ">>>", "|"]);
        s.push_str(&format!(
            "  try {{ console.log(ba {op} {other}); }} catch (e) {{ console.log(e.name, e.message); }}\n"
        ));
        s.push_str("  try { console.log(+bb); } catch (e) { console.log(e.name, e.message); }\n");
        s.push_str("}\n");
        vec![Stmt::Raw(s)]
    }
}
