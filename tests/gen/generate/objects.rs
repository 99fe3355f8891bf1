//! Objects and arrays in generated programs: literals (computed, shorthand
//! and numeric keys, holes), property reads and writes with `.` and `[]`,
//! `delete`, `in`, `push`, `length` writes, `for…in`/`for…of`, methods
//! using `this`, constructors, and sites that see objects of 1 to 8
//! shapes. Printing them exercises node's util.inspect format.
//!
//! Termination: methods and constructors are called only from the top
//! level (never from a function, a method or a constructor), sites call
//! nothing, and every `for…in`/`for…of` has a guard counter.

use super::super::ast::{string_literal, Access, Expr, Key, Stmt};
use super::super::pools::*;
use super::{Ctx, Func, Gen, Kind, KnownBug};

fn var(name: &str) -> Box<Expr> {
    Box::new(Expr::Var(name.to_string()))
}

fn lit<S: AsRef<str> + ?Sized>(s: &S) -> Expr {
    Expr::Lit(s.as_ref().to_string())
}

impl Gen<'_> {
    fn objects_ok(&self) -> bool {
        !self.avoid(KnownBug::ObjectToPrimitive)
    }

    /// Constructors, methods and sites (top-level functions of their own).
    pub(super) fn object_functions(&mut self) -> Vec<Stmt> {
        let mut out = Vec::new();
        for _ in 0..self.rng.range(0, 2) {
            out.push(self.this_function(true));
        }
        for _ in 0..self.rng.range(0, 2) {
            out.push(self.this_function(false));
        }
        for _ in 0..self.rng.range(1, 3) {
            out.push(self.site_function());
        }
        out
    }

    /// `function CN(a, b) { this.x = a; … }` or `function mN(a) { … return this.x + a; }`.
    fn this_function(&mut self, ctor: bool) -> Stmt {
        let name = if ctor { format!("C{}", self.ctors.len()) } else { format!("m{}", self.methods.len()) };
        let nparams = self.rng.range(0, 3) as usize;
        let params: Vec<String> = (0..nparams).map(|p| format!("{}_{}", name, (b'a' + p as u8) as char)).collect();
        let saved_work = std::mem::replace(&mut self.work, 0);
        self.scopes.push(vec![]);
        for p in &params {
            self.declare(p, Kind::Param);
        }
        let ctx = Ctx {
            func: Some(self.funcs.len()),
            in_loop: false,
            block_depth: 1,
            mult: 1,
            sample: None,
            counter: None,
            budget: self.cfg.budget / 12,
            this_ok: true,
        };
        let mut body = Vec::new();
        if ctor {
            // The shape depends on the arguments: a conditional property.
            for _ in 0..self.rng.range(1, 4) {
                let p = self.rng.pick(PROPS).to_string();
                let v = self.expr(&ctx, 2);
                body.push(Stmt::Expr(Expr::SetProp("=", Box::new(lit("this")), Access::Dot(p), Box::new(v))));
            }
            if self.rng.chance(60) {
                let p = self.rng.pick(PROPS).to_string();
                let cond = self.expr(&ctx, 2);
                let v = self.expr(&ctx, 2);
                let set = Stmt::Expr(Expr::SetProp("=", Box::new(lit("this")), Access::Dot(p), Box::new(v)));
                body.push(Stmt::If(cond, vec![set], None));
            }
        }
        for _ in 0..self.rng.range(0, 3) {
            body.extend(self.stmt(&ctx));
        }
        if !ctor {
            let p = self.rng.pick(PROPS).to_string();
            let read = Expr::Prop(Box::new(lit("this")), Access::Dot(p));
            let other = self.expr(&ctx, 2);
            body.push(Stmt::Return(Some(Expr::Binary("+", Box::new(read), Box::new(other)))));
        } else if self.rng.chance(25) {
            // A primitive returned from a constructor is ignored.
            let v = self.literal();
            body.push(Stmt::Return(Some(v)));
        } else if self.rng.chance(8) {
            // An object returned from a constructor replaces `this`.
            let p = self.rng.pick(PROPS).to_string();
            let v = self.literal();
            body.push(Stmt::Return(Some(Expr::Object(vec![(Key::Ident(p), v)]))));
        }
        self.scopes.pop();
        let cost = self.work.max(1) + 4;
        self.work = saved_work;
        let f = Func { name: name.clone(), params: nparams, cost };
        if ctor {
            self.ctors.push(f);
        } else {
            self.methods.push(f);
        }
        Stmt::Function { name, params, guard: None, body, strict: false }
    }

    /// `function sN(o, k) { o.y = k; return o.x + o.z; }`: a site.
    fn site_function(&mut self) -> Stmt {
        let name = format!("s{}", self.sites.len());
        let (o, k) = (format!("{}_o", name), format!("{}_k", name));
        let mut body = Vec::new();
        for _ in 0..self.rng.range(0, 3) {
            let p = self.rng.pick(SITE_PROPS).to_string();
            // No `+=`: a string property would grow on every call (quadratic output).
            let op = *self.rng.pick(&["=", "=", "-=", "|="]);
            let arith = *self.rng.pick::<&str>(&["+", "*", "-"]);
            let v = Expr::Binary(arith, var(&k), Box::new(lit(self.rng.pick(SMALL_INTS))));
            let set = Stmt::Expr(Expr::SetProp(op, var(&o), Access::Dot(p), Box::new(v)));
            body.push(set);
        }
        let read = |g: &mut Gen| {
            let p = g.rng.pick(SITE_PROPS).to_string();
            if g.rng.chance(80) {
                Expr::Prop(var(&o), Access::Dot(p))
            } else {
                Expr::Prop(var(&o), Access::Index(Box::new(lit(&string_literal(&p)))))
            }
        };
        let a = read(self);
        let b = if self.rng.chance(50) { read(self) } else { Expr::Var(k.clone()) };
        let op = *self.rng.pick(&["+", "+", "-", "*", "|", "==="]);
        body.push(Stmt::Return(Some(Expr::Binary(op, Box::new(a), Box::new(b)))));
        self.sites.push(name.clone());
        Stmt::Function { name, params: vec![o, k], guard: None, body, strict: false }
    }

    pub(super) fn site_loop_ok(&self, ctx: &Ctx) -> bool {
        ctx.func.is_none() && !ctx.in_loop && ctx.mult == 1 && !self.sites.is_empty() && !self.over_budget(ctx)
    }

    /// An object for a site: its properties in some order, some missing,
    /// one extra; now and then an instance, an array or a dictionary.
    fn site_object(&mut self, ctx: &Ctx) -> Expr {
        match self.rng.weighted(&[(12, 0), (if self.ctors.is_empty() { 0 } else { 2 }, 1), (1, 2), (1, 3)]) {
            1 => {
                let c = self.rng.below(self.ctors.len() as u64) as usize;
                let args = (0..self.ctors[c].params).map(|_| self.literal()).collect();
                Expr::New(self.ctors[c].name.clone(), args)
            }
            2 => Expr::Array((0..self.rng.range(0, 4)).map(|_| Some(self.literal())).collect()),
            3 => Expr::Object(vec![]),
            _ => {
                let mut props: Vec<&str> = SITE_PROPS.to_vec();
                self.rng.shuffle(&mut props);
                props.truncate(self.rng.range(1, SITE_PROPS.len() as i64) as usize);
                let mut out: Vec<(Key, Expr)> = props
                    .into_iter()
                    .map(|p| {
                        let v = self.element(ctx);
                        (Key::Ident(p.to_string()), v)
                    })
                    .collect();
                if self.rng.chance(20) {
                    let p = self.rng.pick(PROPS).to_string();
                    out.insert(self.rng.below(out.len() as u64 + 1) as usize, (Key::Ident(p), self.literal()));
                }
                Expr::Object(out)
            }
        }
    }

    /// `const sN = [objects]; for (…) acc = acc + site(sN[i % K], i);`
    pub(super) fn site_loop(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let shapes = *self.rng.pick(&[1u64, 2, 3, 5, 8]);
        let objects = (0..shapes).map(|_| Some(self.site_object(ctx))).collect();
        let arr = self.fresh("q");
        let acc = self.fresh("v");
        let mut out = vec![Stmt::Decl("const", arr.clone(), Some(Expr::Array(objects)))];
        self.declare(&arr, Kind::Site);
        if self.rng.chance(30) {
            // A dictionary-mode object (or a hole) among them.
            let j = lit(&self.rng.below(shapes).to_string());
            let p = self.rng.pick(SITE_PROPS).to_string();
            let elem = Box::new(Expr::Prop(var(&arr), Access::Index(Box::new(j))));
            out.push(Stmt::Expr(Expr::Delete(elem, Access::Dot(p))));
        }
        out.push(Stmt::Decl("let", acc.clone(), Some(lit("0"))));
        self.declare(&acc, Kind::Let);
        let left = ctx.budget.saturating_sub(self.work);
        let count = if left > 40_000 { self.rng.range(1001, 1600) as u64 } else { self.rng.range(2, 30) as u64 };
        self.spend(ctx, count * 8);
        let i = self.fresh("i");
        let pick = Expr::Prop(
            var(&arr),
            Access::Index(Box::new(Expr::Binary("%", var(&i), Box::new(lit(&shapes.to_string()))))),
        );
        let value = if self.rng.chance(70) {
            let site = self.rng.pick(&self.sites).clone();
            Expr::Call(site, vec![pick, Expr::Var(i.clone())])
        } else {
            let p = self.rng.pick(SITE_PROPS).to_string();
            Expr::Prop(Box::new(pick), Access::Dot(p))
        };
        let mut body =
            vec![Stmt::Expr(Expr::Assign("=", acc.clone(), Box::new(Expr::Binary("+", var(&acc), Box::new(value)))))];
        if self.rng.chance(40) {
            // Midway, one object changes shape (a transition the site meets late).
            let at = Expr::Binary("===", var(&i), Box::new(lit(&(count / 2).to_string())));
            let j = lit(&self.rng.below(shapes).to_string());
            let p = self.rng.pick(SITE_PROPS).to_string();
            let elem = Box::new(Expr::Prop(var(&arr), Access::Index(Box::new(j))));
            let change = if self.rng.chance(50) {
                Expr::Delete(elem, Access::Dot(p))
            } else {
                Expr::SetProp("=", elem, Access::Dot(self.rng.pick(PROPS).to_string()), Box::new(self.literal()))
            };
            body.push(Stmt::If(at, vec![Stmt::Expr(change)], None));
        }
        out.push(Stmt::For { kind: "let", var: i, start: 0.0, step: 1.0, count, body });
        let mut args = vec![Expr::Var(acc)];
        if self.rng.chance(50) {
            args.push(Expr::Var(arr));
        }
        out.push(Stmt::Print(self.fresh("p"), args));
        out
    }

    // ---- values ----

    /// Objects and arrays the expression may use as a target: (expression, is an array).
    fn targets(&self, ctx: &Ctx) -> Vec<(Expr, bool)> {
        let mut out: Vec<(Expr, bool)> = self
            .visible()
            .filter(|b| matches!(b.kind, Kind::Obj | Kind::Arr))
            .map(|b| (Expr::Var(b.name.clone()), b.kind == Kind::Arr))
            .collect();
        if ctx.this_ok {
            out.push((lit("this"), false));
            out.push((lit("this"), false));
        }
        out
    }

    fn target(&mut self, ctx: &Ctx) -> Option<(Expr, bool)> {
        let t = self.targets(ctx);
        if t.is_empty() {
            return None;
        }
        Some(self.rng.pick(&t).clone())
    }

    /// An array element or property value: a primitive, now and then an
    /// object (once objects may meet operators).
    fn element(&mut self, ctx: &Ctx) -> Expr {
        if self.objects_ok() && self.rng.chance(10) {
            let depth = self.rng.range(1, 3) as u32;
            return self.nested(depth);
        }
        if self.rng.chance(70) {
            self.literal()
        } else {
            self.leaf(ctx)
        }
    }

    /// A key for `o[k]` or an access `.p`.
    fn access(&mut self, ctx: &Ctx, array: bool, read: bool) -> Access {
        if array {
            if read && self.rng.chance(20) {
                return Access::Dot("length".into());
            }
            if self.rng.chance(10) {
                return Access::Dot(self.rng.pick(PROPS).to_string());
            }
            return Access::Index(Box::new(self.index(ctx)));
        }
        if self.rng.chance(65) {
            return Access::Dot(self.rng.pick(PROPS).to_string());
        }
        let k = match self.rng.below(10) {
            0 => self.expr(ctx, self.max_depth.saturating_sub(1)),
            _ => lit(self.rng.pick(OBJECT_KEYS)),
        };
        Access::Index(Box::new(k))
    }

    fn index(&mut self, ctx: &Ctx) -> Expr {
        if let Some((i, ..)) = &ctx.counter {
            if self.rng.chance(40) {
                let mask = lit(self.rng.pick(&["7", "15", "3"]));
                return Expr::Binary("&", var(i), Box::new(mask));
            }
        }
        match self.rng.below(40) {
            0 => {
                let far = self.rng.pick(FAR_INDICES);
                // The largest index makes the length 2**32 - 1: a push then throws.
                if *far == "4294967294" && self.avoid(KnownBug::PushPastMaxLength) {
                    lit("65536")
                } else {
                    lit(far)
                }
            }
            1..=3 => {
                // An index of 2**31 or more makes a sparse array whose
                // string (`a + ""`, a join) node takes minutes to build:
                // avoided with the push past 2**32 - 1, for the same reason.
                let e = self.leaf(ctx);
                let huge = matches!(&e, Expr::Lit(t) if t.parse::<f64>().is_ok_and(|n| n.abs() >= 2147483648.0));
                if huge && self.avoid(KnownBug::PushPastMaxLength) {
                    lit("100")
                } else {
                    e
                }
            }
            _ => lit(self.rng.pick(INDEX_KEYS)),
        }
    }

    /// An object or array literal nested `depth` deep.
    fn nested(&mut self, depth: u32) -> Expr {
        if depth == 0 {
            return self.literal();
        }
        let n = self.rng.range(1, 3) as usize;
        let deep = self.rng.below(n as u64) as usize;
        if self.rng.chance(50) {
            Expr::Array((0..n).map(|i| Some(if i == deep { self.nested(depth - 1) } else { self.literal() })).collect())
        } else {
            let mut props: Vec<&str> = PROPS.to_vec();
            self.rng.shuffle(&mut props);
            Expr::Object(
                (0..n)
                    .map(|i| {
                        let v = if i == deep { self.nested(depth - 1) } else { self.literal() };
                        (Key::Ident(props[i].to_string()), v)
                    })
                    .collect(),
            )
        }
    }

    fn array_literal(&mut self, ctx: &Ctx) -> Expr {
        let n = match self.rng.weighted(&[(10, 0), (3, 1), (1, 2)]) {
            0 => self.rng.range(0, 6),
            1 => self.rng.range(7, 30),
            _ => self.rng.range(101, 130),
        } as usize;
        // Elements kinds: small integers, doubles, anything.
        let mode = self.rng.below(3);
        let holes = if self.rng.chance(30) { 15 } else { 0 };
        let items = (0..n)
            .map(|_| {
                if self.rng.chance(holes) {
                    return None;
                }
                Some(match mode {
                    0 => lit(self.rng.pick(SMALL_INTS)),
                    1 if self.rng.chance(70) => lit(self.rng.pick(EDGE_NUMBERS)),
                    _ if n > 30 => self.literal(),
                    _ => self.element(ctx),
                })
            })
            .collect();
        Expr::Array(items)
    }

    fn object_literal(&mut self, ctx: &Ctx) -> Expr {
        let n = self.rng.range(0, 6);
        let shorthand: Vec<String> = self
            .visible()
            .filter(|b| matches!(b.kind, Kind::Let | Kind::Const | Kind::Var | Kind::Param))
            .filter(|b| !self.no_read.contains(&b.name))
            .map(|b| b.name.clone())
            .collect();
        let props = (0..n)
            .map(|_| {
                let key = match self.rng.weighted(&[
                    (10, 0),
                    (2, 1),
                    (2, 2),
                    (2, 3),
                    (if shorthand.is_empty() { 0 } else { 2 }, 4),
                ]) {
                    0 => Key::Ident(self.rng.pick(PROPS).to_string()),
                    1 => Key::Str(self.rng.pick(STRING_KEYS).to_string()),
                    2 => Key::Num(self.rng.pick(NUMERIC_KEYS).to_string()),
                    3 => Key::Computed(Box::new(if self.rng.chance(60) {
                        lit(self.rng.pick(OBJECT_KEYS))
                    } else {
                        self.expr(ctx, self.max_depth.saturating_sub(2))
                    })),
                    _ => {
                        let v = self.rng.pick(&shorthand).clone();
                        return (Key::Shorthand(v.clone()), Expr::Var(v));
                    }
                };
                (key, self.element(ctx))
            })
            .collect();
        Expr::Object(props)
    }

    /// `const oN = {…}`, `[…]` or `new C(…)`.
    pub(super) fn object_decl(&mut self, ctx: &Ctx) -> Stmt {
        let top = ctx.func.is_none() && !ctx.this_ok;
        let left = ctx.budget.saturating_sub(self.work) / 2;
        let affordable: Vec<usize> =
            (0..self.ctors.len()).filter(|&c| self.ctors[c].cost.saturating_mul(ctx.mult) <= left).collect();
        let kind = self.rng.weighted(&[(5, 0), (5, 1), (if top && !affordable.is_empty() { 3 } else { 0 }, 2)]);
        let mut method = false;
        let (init, k) = match kind {
            0 => {
                let mut o = self.object_literal(ctx);
                if top && !self.methods.is_empty() && self.rng.chance(40) {
                    let m = self.rng.pick(&self.methods).name.clone();
                    if let Expr::Object(props) = &mut o {
                        let at = self.rng.below(props.len() as u64 + 1) as usize;
                        props.insert(at, (Key::Ident("m".into()), Expr::Var(m)));
                    }
                    method = true;
                }
                (o, Kind::Obj)
            }
            1 => (self.array_literal(ctx), Kind::Arr),
            _ => {
                let c = *self.rng.pick(&affordable);
                self.spend(ctx, self.ctors[c].cost);
                let argc = self.rng.range(0, self.ctors[c].params as i64 + 1);
                let args = (0..argc).map(|_| self.expr(ctx, 2)).collect();
                (Expr::New(self.ctors[c].name.clone(), args), Kind::Obj)
            }
        };
        let name = self.fresh("o");
        let decl = if self.rng.chance(60) { "const" } else { "let" };
        self.declare(&name, k);
        if let Some(b) = self.scopes.last_mut().and_then(|s| s.last_mut()) {
            b.method = method;
        }
        Stmt::Decl(decl, name, Some(init))
    }

    /// What console.log gets: an object variable, or a literal nested
    /// past inspect's depth, or a long array.
    pub(super) fn printable_object(&mut self, ctx: &Ctx) -> Expr {
        self.spend(ctx, super::PRINT_OBJECT_COST);
        let vars: Vec<String> = self
            .visible()
            .filter(|b| matches!(b.kind, Kind::Obj | Kind::Arr | Kind::Site))
            .map(|b| b.name.clone())
            .collect();
        if !vars.is_empty() && self.rng.chance(70) {
            return Expr::Var(self.rng.pick(&vars).clone());
        }
        match self.rng.below(3) {
            0 => {
                let depth = self.rng.range(1, 6) as u32;
                self.nested(depth)
            }
            1 => self.array_literal(ctx),
            _ => self.object_literal(ctx),
        }
    }

    fn method_call(&mut self, ctx: &Ctx, d: u32) -> Option<Expr> {
        if ctx.func.is_some() || ctx.this_ok {
            return None;
        }
        let with: Vec<String> = self.visible().filter(|b| b.method).map(|b| b.name.clone()).collect();
        if with.is_empty() || self.methods.is_empty() {
            return None;
        }
        let cost = self.methods.iter().map(|m| m.cost).max().unwrap_or(1);
        if cost.saturating_mul(ctx.mult) > ctx.budget.saturating_sub(self.work) / 2 {
            return None;
        }
        self.spend(ctx, cost);
        let o = self.rng.pick(&with).clone();
        let argc = self.rng.range(0, 3);
        let args = (0..argc).map(|_| self.expr(ctx, d + 1)).collect();
        Some(Expr::Method(var(&o), "m".into(), args))
    }

    fn push(&mut self, ctx: &Ctx, d: u32) -> Option<Expr> {
        // A function pushes only onto its own arrays: one called from a hot
        // loop would grow a global array by thousands of items, and each
        // conversion of it to a primitive (`g ^= arr`) costs its length
        // (quadratic, minutes under --gc-stress).
        let in_function = ctx.func.is_some();
        let arrays: Vec<String> = self
            .visible()
            .filter(|b| b.kind == Kind::Arr && !(in_function && b.global))
            .map(|b| b.name.clone())
            .collect();
        if arrays.is_empty() {
            return None;
        }
        self.spend(ctx, 2);
        let a = self.rng.pick(&arrays).clone();
        let n = self.rng.weighted(&[(1, 0), (8, 1), (2, 2), (1, 3)]);
        let args =
            (0..n).map(|_| if self.rng.chance(50) { self.element(ctx) } else { self.expr(ctx, d + 1) }).collect();
        Some(Expr::Method(var(&a), "push".into(), args))
    }

    fn write(&mut self, ctx: &Ctx, d: u32) -> Option<Expr> {
        let (t, array) = self.target(ctx)?;
        self.spend(ctx, 2);
        let a = self.access(ctx, array, false);
        if self.rng.chance(25) {
            let op = if self.rng.chance(50) { "++" } else { "--" };
            return Some(Expr::UpdateProp(op, self.rng.chance(50), Box::new(t), a));
        }
        let op = self.rng.weighted(&[(8, "="), (3, "+="), (1, "-="), (1, "*="), (1, "|="), (1, "&&="), (1, "??=")]);
        let op = if matches!(op, "&&=" | "??=") { "=" } else { op };
        // `a[i & 15] += a[0]` in a loop doubles strings in many elements:
        // node's ropes take it, stitch's flat strings run out of memory
        // before the length limit. A growing write's value reads no property.
        let grows = matches!(op, "=" | "+=");
        let v = if grows || self.rng.chance(30) { self.element(ctx) } else { self.expr(ctx, d) };
        Some(Expr::SetProp(op, Box::new(t), a, Box::new(v)))
    }

    pub(super) fn object_expr(&mut self, ctx: &Ctx, d: u32) -> Option<Expr> {
        let n_targets = self.targets(ctx).len();
        let has = if n_targets > 0 { 1 } else { 0 };
        let lits = if self.objects_ok() { 2 } else { 0 };
        let kind = self.rng.weighted(&[
            (12 * has, 0),
            (1, 1),
            (3 * has, 2),
            (2 * has, 3),
            (has, 4),
            (2, 5),
            (2, 6),
            (lits, 7),
        ]);
        match kind {
            0 => {
                let (t, array) = self.target(ctx)?;
                self.spend(ctx, 1);
                let a = self.access(ctx, array, true);
                Some(Expr::Prop(Box::new(t), a))
            }
            1 => {
                // A property of a primitive: `"abc"[1]`, `(5).x`.
                let t = if self.rng.chance(70) {
                    lit(&string_literal(self.rng.pick::<&str>(STRINGS)))
                } else {
                    lit(self.rng.pick(SMALL_INTS))
                };
                let a = if self.rng.chance(50) {
                    Access::Index(Box::new(lit(self.rng.pick(INDEX_KEYS))))
                } else {
                    Access::Dot(self.rng.pick(PROPS).to_string())
                };
                Some(Expr::Prop(Box::new(t), a))
            }
            2 => self.write(ctx, d),
            3 => {
                let (t, array) = self.target(ctx)?;
                let k = match self.access(ctx, array, true) {
                    Access::Dot(p) => lit(&string_literal(&p)),
                    Access::Index(k) => *k,
                };
                Some(Expr::Binary("in", Box::new(k), Box::new(t)))
            }
            4 => {
                let (t, array) = self.target(ctx)?;
                let a = match self.access(ctx, array, false) {
                    // `delete a.length` is false (and no error in sloppy code).
                    Access::Dot(p) if p == "length" => Access::Index(Box::new(lit("0"))),
                    a => a,
                };
                Some(Expr::Delete(Box::new(t), a))
            }
            5 => self.method_call(ctx, d),
            6 => self.push(ctx, d),
            _ => Some(if self.rng.chance(50) { self.object_literal(ctx) } else { self.array_literal(ctx) }),
        }
    }

    /// A statement on objects: a declaration, a write, `delete`, `push`, `length = n`, a method call.
    pub(super) fn object_stmt(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let has = !self.targets(ctx).is_empty();
        let kind = self.rng.weighted(&[(4, 0), (if has { 8 } else { 0 }, 1), (3, 2), (3, 3), (2, 4), (3, 5)]);
        let e = match kind {
            0 => return vec![self.object_decl(ctx)],
            1 => self.write(ctx, 0),
            2 => self.push(ctx, 0),
            3 => {
                let arrays: Vec<String> =
                    self.visible().filter(|b| b.kind == Kind::Arr).map(|b| b.name.clone()).collect();
                if arrays.is_empty() {
                    None
                } else {
                    let a = self.rng.pick(&arrays).clone();
                    let n = lit(self.rng.pick(LENGTHS));
                    Some(Expr::SetProp("=", var(&a), Access::Dot("length".into()), Box::new(n)))
                }
            }
            4 => self.object_expr(ctx, 1),
            _ => self.method_call(ctx, 0),
        };
        match e {
            Some(e) => vec![Stmt::Expr(e)],
            None => vec![self.object_decl(ctx)],
        }
    }

    /// `for (k in o)` / `for (v of a)` over an object, an array or a string, guarded.
    pub(super) fn for_in(&mut self, ctx: &Ctx) -> Vec<Stmt> {
        let of = self.rng.chance(50);
        let want = if of { Kind::Arr } else { Kind::Obj };
        let vars: Vec<(String, Kind)> = self
            .visible()
            .filter(|b| b.kind == want || (!of && b.kind == Kind::Arr) || (of && b.kind == Kind::Site))
            .map(|b| (b.name.clone(), b.kind))
            .collect();
        // The elements of a site's array are objects: targets, not operands.
        let mut var_kind = Kind::Counter;
        let iter = match self.rng.below(10) {
            0..=5 if !vars.is_empty() => {
                let (v, k) = self.rng.pick(&vars).clone();
                if of && k == Kind::Site {
                    var_kind = Kind::Obj;
                }
                Expr::Var(v)
            }
            0..=1 => lit(&string_literal(self.rng.pick::<&str>(&["abc", "", "héllo", "0x1f"]))),
            _ if of => self.array_literal(ctx),
            _ => self.object_literal(ctx),
        };
        let left = ctx.budget.saturating_sub(self.work) / ctx.mult.max(1);
        let limit = (self.rng.range(1, 40) as u64).min(left / 40) as u32;
        let guard = self.fresh("w");
        let name = self.fresh("k");
        let kind = *self.rng.pick(&["let", "const", "var"]);
        let inner = Ctx {
            in_loop: true,
            block_depth: ctx.block_depth + 1,
            mult: ctx.mult.saturating_mul(limit.max(1) as u64),
            counter: None,
            ..ctx.clone()
        };
        self.declare(&guard, Kind::Counter);
        self.scopes.push(vec![]);
        self.declare(&name, var_kind);
        let n = self.rng.range(1, 4);
        let mut body = self.block(&inner, n);
        if self.rng.chance(50) {
            let p = Stmt::Print(self.fresh("p"), vec![Expr::Var(name.clone())]);
            body.insert(
                0,
                match &ctx.sample {
                    Some(cond) => Stmt::If(cond.clone(), vec![p], None),
                    None => p,
                },
            );
        }
        self.scopes.pop();
        let mut out = vec![Stmt::ForIn { of, kind, var: name, guard, limit, iter, body }];
        if ctx.sample.is_none() && self.rng.chance(40) {
            out.extend(self.print_vars());
        }
        out
    }

    /// An uncaught error of property access (node's wording must match).
    pub(super) fn object_error(&mut self, ctx: &Ctx, label: String) -> Vec<Stmt> {
        let t = self.target(ctx).map(|(t, _)| t).unwrap_or_else(|| Expr::Object(vec![]));
        let missing = || Box::new(Expr::Prop(Box::new(t.clone()), Access::Dot("nothere".into())));
        match self.rng.below(8) {
            0 => {
                let what = lit(self.rng.pick(&["null", "undefined"]));
                let a = self.access(ctx, false, true);
                vec![Stmt::Print(label, vec![Expr::Prop(Box::new(what), a)])]
            }
            1 => vec![Stmt::Print(label, vec![Expr::Prop(missing(), Access::Dot("x".into()))])],
            2 => {
                let v = self.literal();
                vec![Stmt::Expr(Expr::SetProp("=", missing(), Access::Index(Box::new(lit("0"))), Box::new(v)))]
            }
            // V8 quotes the callee as it prints the syntax tree (`({}).f()`
            // is `{}.f`): only through a variable.
            3 if matches!(t, Expr::Var(_)) => vec![Stmt::Expr(Expr::Method(Box::new(t), "nothere".into(), vec![]))],
            4 => {
                let arrays: Vec<String> =
                    self.visible().filter(|b| b.kind == Kind::Arr).map(|b| b.name.clone()).collect();
                let a = if arrays.is_empty() { Expr::Array(vec![]) } else { Expr::Var(self.rng.pick(&arrays).clone()) };
                let n = lit(self.rng.pick(&["-1", "1.5", "4294967296", "NaN"]));
                vec![Stmt::Expr(Expr::SetProp("=", Box::new(a), Access::Dot("length".into()), Box::new(n)))]
            }
            5 => {
                let prim = lit(self.rng.pick(&["5", "\"str\"", "null", "undefined", "true"]));
                vec![Stmt::Print(label, vec![Expr::Binary("in", Box::new(lit("\"x\"")), Box::new(prim))])]
            }
            6 => {
                // Through a variable: V8 quotes `({})` as `{}` (it prints the syntax tree).
                let iter = match &t {
                    Expr::Var(_) if self.rng.chance(50) => t.clone(),
                    _ => lit(self.rng.pick(&["5", "null"])),
                };
                let guard = self.fresh("w");
                let var = self.fresh("k");
                vec![Stmt::ForIn { of: true, kind: "const", var, guard, limit: 1, iter, body: vec![] }]
            }
            _ => {
                let what = lit(self.rng.pick(&["null", "undefined"]));
                let v = self.literal();
                vec![Stmt::Expr(Expr::SetProp("=", Box::new(what), Access::Dot("x".into()), Box::new(v)))]
            }
        }
    }
}
