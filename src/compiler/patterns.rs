//! Destructuring: one function binds a pattern to a value in a register,
//! for every place a pattern may stand.
//!
//! `bind_pattern(pattern, value, mode, origin)`:
//! * `mode` is `Bind::Declare(kind)` for a declaration (`var`/`let`/`const`,
//!   and what parameters and `catch (…)` bindings are: their names were
//!   registered beforehand, in their temporal dead zone for `let`/`const`;
//!   binding initialises them) or `Bind::Assign` for an assignment
//!   (`[a, o.x] = …`, `for ([k, v] of …)`: names are assigned as by `=`,
//!   const and TDZ checks included; properties are set).
//! * `origin` says how V8 words the errors of the outermost pattern: a
//!   declaration quotes its initializer's source (`o is not iterable`,
//!   `Cannot destructure property 'a' of 'o' as it is undefined.`),
//!   otherwise the value is described (`number 5 is not iterable (cannot
//!   read property Symbol(Symbol.iterator))`). Nested patterns read their
//!   value's properties as usual (`Cannot read properties of undefined`).
//!
//! Array patterns take an iterator (`DestructureIter`) and one `IterNext`
//! per element (an exhausted iterator leaves the preloaded undefined);
//! a rest element collects the remainder in a loop. Object patterns check
//! the value (`DestructureCheck`), read each property, and a rest element
//! copies the object (`ObjectSpread`) and deletes the keys already taken.
//! A default applies when the value is undefined; an anonymous function
//! default takes the target's name.

use super::{already_declared, callee_print, BindKind, Binding, CResult, FnCompiler, Place};
use crate::ast::{DeclKind, Expr, ExprKind, Ident, Pattern, PatternDecl, PropKey, Span};
use crate::bytecode::{Op, Reg};
use crate::error::ErrorKind;
use crate::value::Value;

/// How a pattern's names are bound.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Bind {
    Declare(DeclKind),
    Assign,
}

/// How the outermost pattern's errors read (see the module comment).
#[derive(Clone, Debug)]
pub(super) enum Origin {
    /// A declaration's initializer (its source text): both kinds of
    /// pattern quote it. The span is where V8 reports an array pattern's
    /// error (the initializer); an object pattern's is its first property.
    Declaration(String, Span),
    /// An assignment's value: an object pattern quotes it, an array
    /// pattern describes the value (reported at the `=`).
    Assignment(String, Span),
    /// A parameter: both kinds of pattern describe the value (an array
    /// pattern's error is reported at the parameter list's `(`).
    Parameter(Span),
    /// A parameter with a default value: V8's object pattern prints the
    /// value as the conditional it compiled the default to,
    /// `(intermediate value)` thrice.
    DefaultParameter(Span),
    /// Nested patterns, loop heads: describe the value.
    Value,
    /// An array pattern that is a property's target in the outermost
    /// object pattern of a declaration or assignment: V8 quotes the
    /// initializer, with the words of a property read (`o is not iterable
    /// (cannot read property Symbol(Symbol.iterator))`, `Cannot destructure
    /// property 'Symbol(Symbol.iterator)' of 'o' as it is undefined.`).
    PropertyOf(String),
}

/// The names a pattern binds.
pub(super) fn names_of(p: &Pattern) -> impl Iterator<Item = &Ident> {
    let mut out = Vec::new();
    p.names(&mut out);
    out.into_iter()
}

/// The expressions inside a pattern (defaults, computed keys, property
/// targets), for the compiler's walks over expressions.
pub(super) fn push_pattern_exprs<'a>(p: &'a Pattern, work: &mut Vec<&'a Expr>) {
    match p {
        Pattern::Name(_) => {}
        Pattern::Property(e) => work.push(e),
        Pattern::Array { items, rest, .. } => {
            for item in items.iter().flatten() {
                push_pattern_exprs(&item.target, work);
                work.extend(&item.default);
            }
            if let Some(r) = rest {
                push_pattern_exprs(r, work);
            }
        }
        Pattern::Object { props, rest, .. } => {
            for prop in props {
                if let PropKey::Computed(k) = &prop.key {
                    work.push(k);
                }
                push_pattern_exprs(&prop.target, work);
                work.extend(&prop.default);
            }
            if let Some(r) = rest {
                push_pattern_exprs(r, work);
            }
        }
    }
}

impl FnCompiler<'_> {
    fn source_text(&self, span: Span) -> String {
        self.source.text.get(span.start as usize..span.end as usize).unwrap_or("expression").to_string()
    }

    /// Registers a `let`/`const` pattern declaration's names in the
    /// current scope, in their temporal dead zone.
    pub(super) fn declare_pattern_names(&mut self, d: &PatternDecl) -> CResult<()> {
        let kind = if d.kind == DeclKind::Const { BindKind::Const } else { BindKind::Let };
        for id in d.decls.iter().flat_map(|(p, _)| names_of(p)) {
            self.declare_name(id, kind)?;
        }
        Ok(())
    }

    /// A let/const/class name of the innermost scope, in its dead zone.
    pub(super) fn declare_name(&mut self, id: &Ident, kind: BindKind) -> CResult<()> {
        if self.scopes.last().expect("a scope").find(&id.name).is_some() {
            return Err(already_declared(&id.name, self.source, id.span));
        }
        let reg = self.alloc_reg(id.span)?;
        self.scopes.last_mut().expect("a scope").bindings.push(Binding::new(id.name.clone(), reg, kind, false));
        Ok(())
    }

    /// `for (const [k, v] of …)`: the names, scoped to the loop.
    pub(super) fn declare_loop_pattern(&mut self, p: &Pattern, kind: DeclKind) -> CResult<()> {
        let kind = if kind == DeclKind::Const { BindKind::Const } else { BindKind::Let };
        for id in names_of(p) {
            self.declare_name(id, kind)?;
        }
        Ok(())
    }

    /// Binds a `for...in/of` head's pattern to the item in `item`.
    pub(super) fn bind_loop_pattern(&mut self, p: &Pattern, item: Reg, decl: Option<DeclKind>) -> CResult<()> {
        match decl {
            // V8 names the loop's item `.for` in its messages (and reports
            // an array pattern's error at its last character).
            Some(kind) => {
                let end = p.span().end as usize;
                let at = Span::new(end.saturating_sub(1), end);
                self.pattern_init_text = Some(".for".into());
                self.bind_pattern(p, item, Bind::Declare(kind), Origin::Declaration(".for".into(), at))
            }
            None => self.bind_pattern(p, item, Bind::Assign, Origin::Value),
        }
    }

    /// Destructuring parameter `index` (if it is one), bound from its hidden
    /// parameter register once its default is applied.
    pub(super) fn bind_parameter(&mut self, f: &crate::ast::Function, index: usize) -> CResult<()> {
        for (i, p) in f.patterns.iter().filter(|(i, _)| *i == index) {
            // One past the parameters: the rest pattern's hidden array.
            let Some(param) = f.params.get(*i).or(f.rest.as_ref()) else { continue };
            let reg = match self.resolve(&param.name, param.span)? {
                Place::Local(si, bi) => self.binding(si, bi).reg,
                _ => unreachable!("a parameter is a local"),
            };
            // V8 reports an array parameter's error at the list's `(`.
            let text = self.source.text.as_bytes();
            let mut open = f.params.first().unwrap_or(param).span.start as usize;
            while open > 0 && text.get(open) != Some(&b'(') {
                open -= 1;
            }
            let mark = self.next_reg;
            let at = Span::new(open, open + 1);
            let origin = match f.defaults.get(*i) {
                Some(Some(_)) => Origin::DefaultParameter(at),
                _ => Origin::Parameter(at),
            };
            self.bind_pattern(p, reg, Bind::Declare(DeclKind::Let), origin)?;
            self.next_reg = mark;
        }
        Ok(())
    }

    /// `var`/`let`/`const` with patterns: each declarator in order.
    pub(super) fn destructure_decl(&mut self, d: &PatternDecl) -> CResult<()> {
        for (p, init) in &d.decls {
            let mark = self.next_reg;
            let value = match init {
                Some(e) => {
                    if let Pattern::Name(id) = p {
                        self.infer_name(e, &id.name);
                    }
                    let t = self.alloc_temp(e.span)?;
                    self.expr_into(e, t)?;
                    t
                }
                // `var x;` keeps x's value.
                None if d.kind == DeclKind::Var => continue,
                None => self.load_const(Value::UNDEFINED, p.span())?,
            };
            let origin = match init {
                // An array pattern's "is not iterable" prints the value's
                // expression as V8 does. V8 looks for an expression that
                // starts where the initializer does, so it finds none (and
                // describes the value) for an operation, a property read,
                // a method call or a parenthesised expression, whose
                // positions are their operators'.
                Some(e) if matches!(p, Pattern::Array { .. }) => {
                    let wrapped = match &e.kind {
                        ExprKind::Call(callee, _) => !matches!(callee.kind, ExprKind::Ident(_)),
                        ExprKind::Member(..)
                        | ExprKind::Index(..)
                        | ExprKind::Binary(..)
                        | ExprKind::Logical(..)
                        | ExprKind::Cond(..)
                        | ExprKind::Seq(..)
                        | ExprKind::Assign(..)
                        | ExprKind::LogicalAssign(..) => true,
                        _ => false,
                    } || self.source_text(e.span).starts_with('(');
                    match Self::iterable_text(e).filter(|_| !wrapped) {
                        Some(t) => Origin::Declaration(t, e.span),
                        None => Origin::Parameter(e.span),
                    }
                }
                Some(e) => {
                    self.pattern_init_text = callee_print::print_callee(e);
                    Origin::Declaration(self.source_text(e.span), e.span)
                }
                None => Origin::Value,
            };
            self.bind_pattern(p, value, Bind::Declare(d.kind), origin)?;
            self.next_reg = mark;
        }
        Ok(())
    }

    /// `pattern = value` as an expression: the value is the result.
    pub(super) fn assign_pattern(&mut self, p: &Pattern, value: &Expr, dst: Reg, op_span: Span) -> CResult<()> {
        let v = self.alloc_temp(value.span)?;
        self.expr_into(value, v)?;
        let text = self.source_text(value.span);
        self.pattern_init_text = callee_print::print_callee(value);
        self.bind_pattern(p, v, Bind::Assign, Origin::Assignment(text, op_span))?;
        if v != dst {
            self.emit(Op::Mov { dst, src: v }, value.span);
        }
        Ok(())
    }

    /// Binds `p` to the value in register `value` (which it does not write).
    pub(super) fn bind_pattern(&mut self, p: &Pattern, value: Reg, mode: Bind, origin: Origin) -> CResult<()> {
        self.enter_depth(p.span())?;
        let mark = self.next_reg;
        let r = match p {
            Pattern::Name(id) => self.bind_name(id, value, mode),
            Pattern::Property(e) => {
                let t = self.property_target(e)?;
                self.set_property(&t, value, e.span);
                Ok(())
            }
            Pattern::Array { items, rest, span } => self.bind_array(items, rest.as_deref(), *span, value, mode, origin),
            Pattern::Object { props, rest, span } => {
                self.bind_object(props, rest.as_deref(), *span, value, mode, origin)
            }
        };
        self.next_reg = mark;
        self.depth -= 1;
        r
    }

    fn bind_name(&mut self, id: &Ident, value: Reg, mode: Bind) -> CResult<()> {
        match self.resolve(&id.name, id.span)? {
            Place::Local(si, bi) => {
                let (reg, kind, init) = {
                    let b = self.binding(si, bi);
                    (b.reg, b.kind, b.initialized)
                };
                if let Bind::Declare(_) = mode {
                    self.emit(Op::Mov { dst: reg, src: value }, id.span);
                    self.scopes[si].bindings[bi].initialized = true;
                } else if !init {
                    self.tdz(&id.name, id.span);
                } else if kind == BindKind::Const {
                    self.throw(ErrorKind::TypeError, "Assignment to constant variable.".into(), id.span);
                } else if kind == BindKind::FnName {
                    // Dropped (sloppy read-only).
                } else {
                    self.emit(Op::Mov { dst: reg, src: value }, id.span);
                }
            }
            Place::Global(g) => {
                if let Bind::Declare(_) = mode {
                    self.emit(Op::InitGlobal { g, src: value }, id.span);
                } else {
                    self.emit(Op::SetGlobal { g, src: value }, id.span);
                }
            }
            Place::Scoped(s) => {
                if let Bind::Declare(_) = mode {
                    self.init_scoped(&s, value, id.span);
                } else {
                    self.store_scoped(&s, value, id.span, id.span)?;
                }
            }
            // `undefined`, `NaN`, `Infinity`: read-only (silently, in
            // sloppy code).
            Place::Constant(v) if !matches!(mode, Bind::Declare(_)) => self.write_read_only_global(v, id.span),
            Place::Constant(_) => {}
        }
        Ok(())
    }

    /// `v = default` when `v` is undefined; the default of a name target
    /// is named after it.
    fn apply_default(&mut self, target: &Pattern, default: &Expr, v: Reg) -> CResult<()> {
        let undef = self.load_const(Value::UNDEFINED, default.span)?;
        let skip = self.emit(Op::JumpIfNotStrictEq { a: v, b: undef, target: 0 }, default.span);
        if let Pattern::Name(id) = target {
            self.infer_name(default, &id.name);
        }
        self.expr_into(default, v)?;
        let end = self.here();
        self.patch(skip, end);
        Ok(())
    }

    fn bind_array(
        &mut self,
        items: &[Option<crate::ast::PatternItem>],
        rest: Option<&Pattern>,
        span: Span,
        value: Reg,
        mode: Bind,
        origin: Origin,
    ) -> CResult<()> {
        let (text, at) = match origin {
            Origin::Declaration(t, at) => {
                let units: std::rc::Rc<[u16]> = t.encode_utf16().collect();
                (self.string_const(&units), at)
            }
            Origin::Assignment(_, at) | Origin::Parameter(at) | Origin::DefaultParameter(at) => {
                (self.constant(Value::UNDEFINED), at)
            }
            Origin::Value => (self.constant(Value::UNDEFINED), span),
            Origin::PropertyOf(t) => {
                const ITER: &str = "Symbol(Symbol.iterator)";
                let what: std::rc::Rc<[u16]> = format!("property '{ITER}' of '{t}'").encode_utf16().collect();
                let k = self.string_const(&what);
                self.emit(Op::DestructureCheck { src: value, k }, span);
                let msg = format!("\0{t}");
                let units: std::rc::Rc<[u16]> = msg.encode_utf16().collect();
                (self.string_const(&units), span)
            }
        };
        let iter = self.alloc_temp(span)?;
        self.emit(Op::DestructureIter { dst: iter, src: value, k: text }, at);
        for item in items {
            let mark = self.next_reg;
            let v = self.alloc_temp(span)?;
            let k = self.constant(Value::UNDEFINED);
            let at = item.as_ref().map_or(span, |i| i.target.span());
            self.emit(Op::LoadConst { dst: v, k }, at);
            // Done or not, the next instruction follows: when done, `v`
            // keeps the undefined just loaded.
            let next = self.here() + 1;
            self.emit(Op::IterNext { dst: v, iter, target: next }, at);
            if let Some(item) = item {
                if let Some(d) = &item.default {
                    self.apply_default(&item.target, d, v)?;
                }
                self.bind_pattern(&item.target, v, mode, Origin::Value)?;
            }
            self.next_reg = mark;
        }
        if let Some(rest) = rest {
            let arr = self.alloc_temp(span)?;
            self.emit(Op::NewArray { dst: arr, base: arr, argc: 0 }, rest.span());
            let v = self.alloc_temp(span)?;
            let head = self.here();
            let exit = self.emit(Op::IterNext { dst: v, iter, target: 0 }, rest.span());
            self.emit(Op::ArrayAppend { arr, base: v, argc: 1 }, rest.span());
            let counter = self.next_loop_counter(span)?;
            self.emit(Op::Loop { target: head, counter }, rest.span());
            let end = self.here();
            self.patch(exit, end);
            self.bind_pattern(rest, arr, mode, Origin::Value)?;
        } else {
            // An iterator with items left is closed (IteratorClose).
            self.emit(Op::IterClose { iter, throwing: 0 }, span);
        }
        Ok(())
    }

    fn bind_object(
        &mut self,
        props: &[crate::ast::PatternProp],
        rest: Option<&Pattern>,
        span: Span,
        value: Reg,
        mode: Bind,
        origin: Origin,
    ) -> CResult<()> {
        let init_text = self.pattern_init_text.take();
        let nested = match origin {
            Origin::Declaration(..) | Origin::Assignment(..) => init_text,
            _ => None,
        };
        let text = match origin {
            Origin::Declaration(t, _) | Origin::Assignment(t, _) => Some(t),
            // `%v` stands for the value's description (`undefined`, `object null`).
            Origin::Parameter(_) => Some("%v".to_string()),
            Origin::DefaultParameter(_) => Some("(intermediate value)".repeat(3)),
            Origin::Value | Origin::PropertyOf(_) => None,
        };
        // A first property with a default value is read without the check:
        // V8 then reports the read (`Cannot read properties of null
        // (reading 'a')`), not the destructuring.
        let text = match props.first() {
            Some(p) if p.default.is_some() && !matches!(p.key, PropKey::Computed(_)) => None,
            _ => text,
        };
        // V8 reports it at the first property.
        let span = match props.first() {
            Some(p) if !matches!(p.key, PropKey::Computed(_)) => p.target.span(),
            _ => span,
        };
        if let Some(text) = text {
            let what = match props.first().map(|p| &p.key) {
                Some(PropKey::Name(n)) => format!("property '{n}' of '{text}'"),
                Some(PropKey::Number(n)) => format!("property '{}' of '{text}'", crate::value::number_to_string(*n)),
                _ => format!("'{text}'"),
            };
            let units: std::rc::Rc<[u16]> = what.encode_utf16().collect();
            let k = self.string_const(&units);
            self.emit(Op::DestructureCheck { src: value, k }, span);
        }
        // Keys taken, for a rest element to leave out.
        let mut taken: Vec<Reg> = Vec::new();
        for prop in props {
            let mark = self.next_reg;
            let key = match &prop.key {
                PropKey::Name(n) if crate::heap::shape::array_index(n).is_none() => None,
                PropKey::Name(n) => {
                    let r = self.alloc_temp(prop.span)?;
                    let k = self.number_const(crate::heap::shape::array_index(n).unwrap_or(0) as f64);
                    self.emit(Op::LoadConst { dst: r, k }, prop.span);
                    Some(r)
                }
                PropKey::Number(n) => {
                    let r = self.alloc_temp(prop.span)?;
                    let k = self.number_const(*n);
                    self.emit(Op::LoadConst { dst: r, k }, prop.span);
                    Some(r)
                }
                PropKey::Computed(e) => {
                    let r = self.alloc_temp(e.span)?;
                    self.expr_into(e, r)?;
                    // ToPropertyKey once, as the spec does.
                    self.emit(Op::ToKey { dst: r, src: r }, e.span);
                    Some(r)
                }
            };
            let v = self.alloc_temp(prop.span)?;
            match (&prop.key, key) {
                (PropKey::Name(n), None) => {
                    let site = self.site(n);
                    self.emit(Op::GetNamed { dst: v, obj: value, site }, prop.span);
                }
                (_, Some(k)) => {
                    self.emit(Op::GetIndex { dst: v, obj: value, key: k }, prop.span);
                }
                _ => unreachable!("a key register for every key but a plain name"),
            }
            if let Some(d) = &prop.default {
                self.apply_default(&prop.target, d, v)?;
            }
            let inner = match (&prop.target, &nested) {
                (Pattern::Array { .. }, Some(t)) if prop.default.is_none() => Origin::PropertyOf(t.clone()),
                _ => Origin::Value,
            };
            self.bind_pattern(&prop.target, v, mode, inner)?;
            if rest.is_some() {
                // Keep the key register for the rest element.
                if let Some(k) = key {
                    taken.push(k);
                    continue;
                }
            }
            self.next_reg = mark;
        }
        if let Some(rest) = rest {
            let obj = self.alloc_temp(span)?;
            self.emit(Op::NewObject { dst: obj, size: 0 }, rest.span());
            // The keys taken, in a row of registers, for `ObjectRest` to leave out.
            let base = self.next_reg;
            let mut keyed = taken.into_iter();
            for prop in props {
                let r = self.alloc_temp(rest.span())?;
                match &prop.key {
                    PropKey::Name(n) if crate::heap::shape::array_index(n).is_none() => {
                        let units: std::rc::Rc<[u16]> = n.encode_utf16().collect();
                        let k = self.string_const(&units);
                        self.emit(Op::LoadConst { dst: r, k }, rest.span());
                    }
                    _ => {
                        let key = keyed.next().expect("a key register");
                        self.emit(Op::Mov { dst: r, src: key }, rest.span());
                    }
                }
            }
            let argc =
                u8::try_from(props.len()).map_err(|_| self.err("too many properties before a rest element", span))?;
            self.emit(Op::ObjectRest { obj, src: value, base: base as Reg, argc }, rest.span());
            self.next_reg = base;
            self.bind_pattern(rest, obj, mode, Origin::Value)?;
        }
        Ok(())
    }
}
