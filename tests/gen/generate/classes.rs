//! Classes in generated programs: a small hierarchy (2 to 5 classes, each
//! extending an earlier one or none) with constructors that call
//! `super(...)`, instance fields, methods that call `super.m()`, getters
//! and setters, static methods; then one loop whose method and getter
//! sites see instances of every class (polymorphic sites, inherited
//! methods), and prints of instances and classes (node's inspect format).
//!
//! Some classes also get a private field, a private method, a getter
//! that updates the field, a `#t in o` check and a computed method name;
//! one method is called through `bind`.
//!
//! Now and then the hierarchy is made by a factory function called twice:
//! the second evaluation's private names are other names (`#t in o` is
//! false across them). A subclass's setter may assign through `super.v`,
//! and the methods' results are sorted with a comparator that is not a
//! consistent order (`a > b`), whose result depends on V8's TimSort.
//!
//! Termination: methods call only `super` methods (up the hierarchy) and
//! read fields, so every call ends; the loop has a fixed count.

use super::super::ast::Stmt;
use super::Gen;

/// Field names the classes use (`this.NAME`); kept apart from the
/// generator's other names.
const FIELDS: &[&str] = &["p", "q", "r", "s"];
const METHODS: &[&str] = &["m", "n"];

impl Gen<'_> {
    /// An expression over `this`'s fields and small constants.
    fn class_arith(&mut self, fields: &[&str]) -> String {
        let mut e = format!("this.{}", self.rng.pick(fields));
        for _ in 0..self.rng.range(0, 3) {
            let op = *self.rng.pick(&["+", "-", "*"]);
            let rhs = if self.rng.chance(50) {
                format!("this.{}", self.rng.pick(fields))
            } else {
                self.rng.range(0, 9).to_string()
            };
            e = format!("({} {} {})", e, op, rhs);
        }
        e
    }

    /// The class declarations and the statements that use them (raw text).
    pub(super) fn class_block(&mut self) -> (Vec<Stmt>, Vec<Stmt>) {
        let n = self.rng.range(2, 6) as usize;
        let mut defs = String::new();
        // For each class: its parent (index) and the fields it sets.
        let mut parents: Vec<Option<usize>> = Vec::new();
        for i in 0..n {
            let parent =
                if i > 0 && self.rng.chance(70) { Some(self.rng.range(0, i as i64 - 1) as usize) } else { None };
            parents.push(parent);
            let mut body = String::new();
            // A root class sets every field, so that arithmetic on them
            // stays numbers; subclasses overwrite some.
            let own: Vec<&str> = FIELDS.iter().copied().filter(|_| parent.is_none() || self.rng.chance(60)).collect();
            let all = FIELDS;
            if self.rng.chance(40) {
                let f = *self.rng.pick(FIELDS);
                body.push_str(&format!("  {} = {};\n", f, self.rng.range(-3, 9)));
            }
            if !own.is_empty() || parent.is_some() || self.rng.chance(50) {
                let mut ctor = String::new();
                if parent.is_some() {
                    ctor.push_str(&format!("    super(a + {}, b);\n", self.rng.range(0, 4)));
                }
                for f in &own {
                    let v = *self.rng.pick(&["a", "b", "a * b", "a - b", "b + 1"]);
                    ctor.push_str(&format!("    this.{} = {};\n", f, v));
                }
                body.push_str(&format!("  constructor(a, b) {{\n{}  }}\n", ctor));
            }
            for m in METHODS {
                if self.rng.chance(60) {
                    let mut e = self.class_arith(all);
                    if parent.is_some() && self.rng.chance(50) {
                        e = format!("super.{}() + {}", m, e);
                    }
                    body.push_str(&format!("  {}() {{ return {}; }}\n", m, e));
                }
            }
            if self.rng.chance(60) {
                let e = self.class_arith(all);
                let e = if parent.is_some() && self.rng.chance(40) { format!("super.g + {}", e) } else { e };
                body.push_str(&format!("  get g() {{ return {}; }}\n", e));
            }
            if parent.is_some() && self.rng.chance(25) {
                // Every class with `v` has its setter: `super.v = x` calls the
                // nearest one, or makes an own data property.
                let f = *self.rng.pick(FIELDS);
                body.push_str(&format!("  set v(x) {{ super.v = x + 1; this.{} = x; }}\n", f));
            } else if self.rng.chance(40) {
                let f = *self.rng.pick(FIELDS);
                body.push_str(&format!("  set v(x) {{ this.{} = x * 2; }}\n", f));
                if self.rng.chance(50) {
                    body.push_str(&format!("  get v() {{ return this.{}; }}\n", f));
                }
            }
            if self.rng.chance(30) {
                body.push_str(&format!(
                    "  static k(x) {{ return x * {} + this.name.length; }}\n",
                    self.rng.range(1, 5)
                ));
            }
            if self.rng.chance(20) {
                body.push_str("  toString() { return \"K\" + this.p; }\n");
            }
            if self.rng.chance(40) {
                body.push_str(&format!("  #t = {};\n", self.rng.range(-3, 9)));
                body.push_str("  #pm(x) { return x + this.#t; }\n");
                let e = self.class_arith(all);
                body.push_str(&format!("  get w() {{ this.#t += 1; return this.#pm({}); }}\n", e));
                body.push_str("  static hasT(o) { return #t in o; }\n");
            }
            if self.rng.chance(30) {
                let e = self.class_arith(all);
                body.push_str(&format!("  [\"q\" + \"m\"]() {{ return {}; }}\n", e));
            }
            let ext = parent.map_or(String::new(), |p| format!(" extends K{}", p));
            defs.push_str(&format!("class K{}{} {{\n{}}}\n", i, ext, body));
        }
        // Every method name ends somewhere: the root classes define both.
        let mut roots = String::new();
        for (i, p) in parents.iter().enumerate() {
            if p.is_none() {
                roots.push_str(&format!(
                    "if (!K{i}.prototype.hasOwnProperty(\"m\")) K{i}.prototype.m = function () {{ return 1; }};\n\
                     if (!K{i}.prototype.hasOwnProperty(\"n\")) K{i}.prototype.n = function () {{ return 2; }};\n"
                ));
            }
        }
        let objs: Vec<String> =
            (0..n).map(|i| format!("new K{}({}, {})", i, self.rng.range(-5, 10), self.rng.range(-5, 10))).collect();
        let count = self.rng.range(1, 300);
        let mut uses = format!(
            "const kobjs = [{}];\nlet kacc = 0;\nfor (let ki = 0; ki < {}; ki++) {{\n  const ko = kobjs[ki % kobjs.length];\n  kacc = kacc + ko.m() - ko.n() + (ko.g === undefined ? 0 : ko.g) + (ko.w === undefined ? 0 : ko.w) + (ko.qm ? ko.qm() : 0);\n  if (ki % 7 === 3) ko.v = ki;\n}}\n",
            objs.join(", "),
            count
        );
        uses.push_str("console.log(\"classes\", kacc);\n");
        uses.push_str(
            "const kbound = kobjs[0].m.bind(kobjs[kobjs.length - 1]);\nconsole.log(kbound(), kbound.name);\n",
        );
        for i in 0..n {
            uses.push_str(&format!(
                "if (typeof K{i}.hasT === \"function\") console.log(K{i}.hasT(kobjs[{i}]), K{i}.hasT(kobjs[0]), kobjs[{i}].w);\n"
            ));
        }
        for i in 0..n {
            if self.rng.chance(50) {
                uses.push_str(&format!(
                    "console.log(kobjs[{i}], K{i}, kobjs[{i}] instanceof K0, String(kobjs[{i}]).length);\n"
                ));
            }
            if self.rng.chance(30) {
                uses.push_str(&format!("console.log(typeof K{i}.k === \"function\" ? K{i}.k({i}) : \"no k\");\n"));
            }
        }
        uses.push_str("console.log(kobjs.map((o) => o.m()).sort((a, b) => a > b).join());\n");
        defs.push_str(&roots);
        if self.rng.chance(35) {
            let names: Vec<String> = (0..n).map(|i| format!("K{}", i)).collect();
            let list = names.join(", ");
            defs = format!("function kmake() {{\n{}return [{}];\n}}\nconst [{}] = kmake();\n", defs, list, list);
            uses.push_str("const kother = kmake();\n");
            for i in 0..n {
                uses.push_str(&format!(
                    "console.log(kother[{i}] === K{i}, typeof K{i}.hasT === \"function\" ? [K{i}.hasT(new kother[{i}](1, 2)), kother[{i}].hasT(new kother[{i}](1, 2))] : \"-\");\n"
                ));
                // The second evaluation's private names through its own
                // methods, warm (`private::get_with_key`'s cache), and a
                // brand check across the evaluations.
                uses.push_str(&format!(
                    "if (typeof K{i}.hasT === \"function\") {{\n  const ko2 = new kother[{i}](2, 3);\n  let kw = 0;\n  for (let kj = 0; kj < {n}; kj++) kw = kw + ko2.w;\n  console.log(kw);\n  try {{ console.log(Object.getOwnPropertyDescriptor(K{i}.prototype, \"w\").get.call(ko2)); }} catch (e) {{ console.log(e.message); }}\n}}\n",
                    n = self.rng.range(1, 40)
                ));
            }
        }
        (vec![Stmt::Raw(defs)], vec![Stmt::Raw(uses)])
    }
}

impl Gen<'_> {
    /// Constructors the pre-class way: plain functions whose prototypes
    /// are object literals, some made by a Prototype.js-style factory whose
    /// one shared closure forwards `arguments` to `init` through `apply`
    /// (so `.init` and the methods are read at sites every constructor's
    /// instances pass through: past four, the megamorphic cache), some
    /// returning an object instead of `this` or a primitive (ignored); then
    /// a loop that makes instances with `new` from a table (plain
    /// functions constructed from compiled code), compares them with `==`
    /// against each other and null, and tests double fields for
    /// truthiness.
    pub(super) fn proto_block(&mut self) -> Vec<Stmt> {
        let n = self.rng.range(2, 7) as usize;
        let mut s = String::from(
            "const PClass = { create: function () { return function () { this.init.apply(this, arguments); }; } };\n",
        );
        for i in 0..n {
            let scale = self.rng.range(-3, 4);
            let frac = *self.rng.pick(&["0.5", "0", "-0", "NaN", "1.25", "0.1"]);
            let method = format!(
                "get: function () {{ return this.a * {scale} + (this.b ? 1 : 2) + (this.f ? 4 : 8); }}, f: {frac}"
            );
            if self.rng.chance(50) {
                s.push_str(&format!(
                    "const P{i} = PClass.create();\nP{i}.prototype = {{ init: function (a, b) {{ this.a = a; this.b = b === undefined ? {frac} : b * 0.5; this.n = arguments.length; }}, {method} }};\n"
                ));
            } else {
                let ret = match self.rng.range(0, 3) {
                    0 => format!(
                        "if (a % {} === 1) return {{ a: -a, b: 0, n: 0, get: function () {{ return 7; }} }};",
                        self.rng.range(2, 5)
                    ),
                    1 => "return a;".to_string(),
                    _ => String::new(),
                };
                s.push_str(&format!(
                    "function P{i}(a, b) {{ this.a = a; this.b = b === undefined ? {frac} : b * 0.5; this.n = arguments.length; {ret} }}\nP{i}.prototype = {{ {method} }};\n"
                ));
            }
        }
        let list: Vec<String> = (0..n).map(|i| format!("P{}", i)).collect();
        let count = self.rng.range(1, 400);
        s.push_str(&format!(
            "const ptab = [{}];\nlet pacc = 0, peq = 0, plast = null;\nfor (let pi = 0; pi < {count}; pi++) {{\n  const C = ptab[pi % ptab.length];\n  const o = pi % 3 === 0 ? new C(pi) : new C(pi, pi % 5);\n  pacc = pacc + o.get() + o.n;\n  if (o == plast) peq++;\n  if (o != null && plast == undefined) peq += 10;\n  if (o.b) pacc = pacc + 0.5;\n  plast = pi % 4 === 0 ? null : o;\n}}\nconsole.log(\"protos\", pacc, peq, ptab.map((C) => new C(3, 4)));\n",
            list.join(", ")
        ));
        vec![Stmt::Raw(s)]
    }
}
