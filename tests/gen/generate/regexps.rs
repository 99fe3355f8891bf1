//! Regular expressions in generated programs: a literal or `new RegExp`
//! from a pool of patterns (captures, named groups, classes, anchors,
//! alternation, lazy and empty matches) with random flags, applied to a
//! generated value made a string: `test`, `exec`, a `lastIndex` loop,
//! `match`, `matchAll`, `replace` with a pattern or a function, `split`
//! with a limit, `search`; now and then an invalid pattern or flags
//! caught as a SyntaxError.
//!
//! Termination: the exec loop stops after a constant number of rounds
//! (an empty match with `g` would otherwise repeat forever).

use super::super::ast::Stmt;
use super::{Ctx, Gen};

/// The work one block is charged.
const BLOCK_COST: u64 = 60;

/// Patterns as a literal's body (also valid as a string with `\` doubled).
const PATTERNS: &[&str] = &[
    r"\d+",
    r"(\w)(\d)?",
    r"(?<word>[a-z]+)",
    r"^-?\d+(\.\d+)?$",
    r"[aeiou]",
    r"a|b|",
    r"(.)\1",
    r"\s*,\s*",
    r"x*",
    r"[^\d\s]+?",
    r"(?:ab)+",
    r"\bt\w*",
    r"n(?=u)",
    r"(?<!e)l",
    r".",
    r"[A-Z]",
];

const FLAGS: &[&str] = &["", "g", "i", "gi", "y", "m", "gu", "s", "gy", "d"];

const REPLACEMENTS: &[&str] = &["<$&>", "$1$1", "[$`|$']", "$$", "$<word>!", "-", "$2$10"];

/// Strings that the patterns find things in.
const SUBJECTS: &[&str] = &["undefined", "a1b22 c", "tea, tell,  nut", "-3.25", "NaN null", "", "aabbx", "😀x1"];

impl Gen<'_> {
    pub(super) fn regexp_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        self.spend(ctx, BLOCK_COST);
        let (r, s) = (self.fresh("re"), self.fresh("rs"));
        let pattern = *self.rng.pick(PATTERNS);
        let flags = *self.rng.pick(FLAGS);
        let mut out = String::from("{\n");
        if self.rng.chance(50) {
            out.push_str(&format!("const {r} = /{pattern}/{flags};\n"));
        } else {
            out.push_str(&format!("const {r} = new RegExp({pattern:?}, {flags:?});\n"));
        }
        let subject = if self.rng.chance(50) {
            format!("{:?}", self.rng.pick(SUBJECTS))
        } else {
            format!("String({})", self.expr(ctx, 1))
        };
        out.push_str(&format!("const {s} = {subject};\n"));
        for _ in 0..self.rng.range(2, 5) {
            let q = self.fresh("p");
            let rep = *self.rng.pick(REPLACEMENTS);
            let line = match self.rng.range(0, 9) {
                0 => format!("console.log(\"{q}\", {r}.test({s}), {r}.lastIndex, {r}.exec({s}), {r}.lastIndex);"),
                1 => format!(
                    "let m{q}, n{q} = 0;\nwhile ((m{q} = {r}.exec({s})) && n{q}++ < 5) console.log(\"{q}\", m{q}[0], m{q}.index, {r}.lastIndex);"
                ),
                2 => format!("console.log(\"{q}\", {s}.match({r}));"),
                3 if flags.contains('g') => {
                    format!("console.log(\"{q}\", [...{s}.matchAll({r})].map((m) => m.index + ':' + m[0]));")
                }
                4 => format!("console.log(\"{q}\", {s}.replace({r}, {rep:?}));"),
                5 => format!("console.log(\"{q}\", {s}.replace({r}, (m, ...rest) => `(${{m}}:${{rest.length}})`));"),
                6 => format!("console.log(\"{q}\", {s}.split({r}, {}), {s}.search({r}));", self.rng.range(0, 4)),
                7 => format!("console.log(\"{q}\", {r}, String({r}), {r}.source, {r}.flags, [{r}]);"),
                _ => {
                    let bad = *self.rng.pick(&["(", "[a", "a**", "x", "(?<n>a)(?<n>b)"]);
                    let bad_flags = *self.rng.pick(&["", "gg", "q", "i"]);
                    format!(
                        "try {{ console.log(\"{q}\", new RegExp({bad:?}, {bad_flags:?})); }} catch (e) {{ console.log(\"{q}\", e.name, e.message); }}"
                    )
                }
            };
            out.push_str(&line);
            out.push('\n');
        }
        out.push_str("}\n");
        vec![Stmt::Raw(out)]
    }
}
