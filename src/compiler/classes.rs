//! Classes and accessors, compiled: class declarations and expressions,
//! constructors (with instance fields), `super(...)`, `super.x`,
//! `new.target`, static members, and getters/setters of object literals.
//! The run-time half is `src/classes.rs`.
//!
//! A class evaluates to `NewClass` (a fresh constructor function copied
//! from a compiled constant, and its prototype object), then one
//! `DefineMethod` per method, getter and setter (each a fresh copy whose
//! home object is the prototype, or the class for static members), then
//! the class's name is bound, then the static fields and blocks run in
//! order with `this` being the class. Evaluating a class twice makes two
//! classes.
//!
//! A class constructor receives new.target in its `this` slot (see
//! `src/classes.rs`) and keeps `this` in a register: made at entry in a
//! base class (then the instance fields are initialised), bound by
//! `super(...)` in a derived one (which initialises the fields after it).
//! Methods and field initialisers are strict code: `this` is not boxed.

use super::*;
use crate::bytecode::FnKind;

/// What the function being compiled is, as far as classes go.
#[derive(Clone, Default)]
pub(super) struct ClassState {
    pub kind: FnKind,
    /// Strict code (a class member): `this` is read raw.
    pub strict: bool,
    /// `this` lives in this register (a class constructor; a static
    /// initialiser in the code evaluating the class).
    pub this_reg: Option<Reg>,
    /// new.target's register (a class constructor).
    pub nt_reg: Option<Reg>,
    /// An implicit derived constructor's `this`, already made by its
    /// first instruction (`forward_arguments`).
    pub forwarded: Option<Reg>,
    /// The class whose constructor this is (its instance fields).
    pub class: Option<Rc<Class>>,
    /// The function's text when it is not its own span (`String(C)` is
    /// the whole class).
    pub text: Option<Span>,
    /// The private names of the classes around the code.
    pub privates: super::private::PrivEnv,
    /// An arrow inside a method or constructor: `super.x` reads the home
    /// object it was given when made (`closure_with`).
    pub super_home: bool,
    /// An arrow in a derived constructor that calls `super(...)`: the
    /// constructor's class (its fields, initialised after the call).
    pub super_call_class: Option<Rc<Class>>,
    /// Strict code (a `'use strict'` directive here or around, or a class
    /// body): the functions made in it are strict too.
    pub strict_code: bool,
    /// Instance field initialisers, compiled into the constructor (or an
    /// arrow of it calling `super(...)`): `super.x` reads through the
    /// running function's home object, the class's prototype.
    pub field_init: bool,
    /// Static field initialisers and static blocks, compiled inline in the
    /// code evaluating the class: the class's register, their home object
    /// (`super.x` starts at the class's prototype, the parent class) and
    /// their `this`.
    pub static_home: Option<Reg>,
}

impl ClassState {
    pub(super) fn member() -> ClassState {
        ClassState { kind: FnKind::Method, strict: true, ..ClassState::default() }
    }

    fn is_ctor(&self) -> bool {
        self.kind.is_class_ctor()
    }

    pub(super) fn is_class_ctor_kind(&self) -> bool {
        self.is_ctor()
    }

    fn derived(&self) -> bool {
        matches!(self.kind, FnKind::DerivedCtor | FnKind::DerivedDefault)
    }
}

/// Whether data property `p` (named `name`) of an object literal comes
/// after an accessor of the same name in `props`: it must then be defined,
/// not assigned (assigning would call the accessor's setter).
pub(super) fn after_accessor(props: &[crate::ast::Prop], p: &crate::ast::Prop, name: &str) -> bool {
    props
        .iter()
        .take_while(|q| !std::ptr::eq(*q, p))
        .any(|q| matches!(q.kind, PropKind::Get | PropKind::Set) && matches!(&q.key, PropKey::Name(n) if &**n == name))
}

/// The subexpressions of a class that run where it is evaluated.
pub(super) fn push_children<'a>(c: &'a Class, work: &mut Vec<&'a Expr>) {
    if let Some(h) = &c.heritage {
        work.push(h);
    }
    for m in &c.members {
        if let PropKey::Computed(k) = &m.key {
            work.push(k);
        }
        if let (true, MemberKind::Field(Some(v))) = (m.is_static, &m.kind) {
            work.push(v);
        }
    }
}

impl FnCompiler<'_> {
    /// `this` into `dst`.
    /// `this` of a non-arrow function: in a register (class constructors,
    /// static initialisers), raw (strict class code) or sloppy.
    /// A derived constructor whose arrows call `super(...)`: its `this` is
    /// bound in the context slot, which the register must be refreshed from
    /// before each use.
    fn refresh_this(&mut self, span: Span) {
        let (FnKind::DerivedCtor, Some(t)) = (self.cls.kind, self.cls.this_reg) else { return };
        if self.cl.arrow || !self.cl.captured.contains(closures::SUPER_CTOR) {
            return;
        }
        let Some(scope) = self.scopes.first() else { return };
        let Some(bi) = scope.find("this") else { return };
        if let (Some(slot), Some(ctx)) = (scope.bindings[bi].slot, scope.ctx) {
            self.emit(Op::GetScoped { dst: t, ctx, depth: 0, slot }, span);
        }
    }

    pub(super) fn own_this_into(&mut self, dst: Reg, span: Span) {
        self.refresh_this(span);
        if let Some(t) = self.cls.this_reg {
            if self.cls.derived() {
                self.emit(Op::CheckThis { src: t }, span);
            }
            if t != dst {
                self.emit(Op::Mov { dst, src: t }, span);
            }
        } else if self.cls.strict {
            self.emit(Op::LoadReceiver { dst }, span);
        } else {
            self.emit(Op::LoadThis { dst }, span);
        }
    }

    /// An implicit derived constructor's `super(...arguments)`, emitted
    /// before any other instruction: the arguments sit in the registers
    /// that the environment, a context and `this` are about to take.
    pub(super) fn forward_arguments(&mut self, span: Span) -> CResult<()> {
        if self.cls.kind == FnKind::DerivedDefault {
            let this = self.alloc_reg(span)?;
            self.emit(Op::SuperForward { dst: this }, span);
            self.cls.forwarded = Some(this);
        }
        Ok(())
    }

    /// `return r`: a class constructor's result goes through `CtorResult`.
    pub(super) fn return_value(&mut self, r: Reg, span: Span) {
        if let (true, Some(this)) = (self.cls.is_ctor(), self.cls.this_reg) {
            self.refresh_this(span);
            let derived = self.cls.derived() as i16;
            self.emit(Op::CtorResult { dst: r, this, derived }, span);
        }
        self.emit(Op::Return { src: r }, span);
    }

    /// A class constructor's entry: new.target and `this` in registers,
    /// then (a base class) the instance fields, or (an implicit derived
    /// constructor) `super(...arguments)`.
    pub(super) fn class_prologue(&mut self, f: &Function) -> CResult<()> {
        if !self.cls.is_ctor() {
            return Ok(());
        }
        let nt = self.alloc_reg(f.span)?;
        let this = match self.cls.forwarded {
            Some(r) => r,
            None => self.alloc_reg(f.span)?,
        };
        match self.cls.kind {
            FnKind::DerivedDefault => {
                self.emit(Op::LoadReceiver { dst: nt }, f.span);
            }
            FnKind::DerivedCtor => {
                self.emit(Op::LoadReceiver { dst: nt }, f.span);
                let k = self.constant(Value::HOLE);
                self.emit(Op::LoadConst { dst: this, k }, f.span);
            }
            _ => {
                self.emit(Op::LoadReceiver { dst: nt }, f.span);
                self.emit(Op::AllocThis { dst: this, nt }, f.span);
            }
        }
        self.cls.nt_reg = Some(nt);
        self.cls.this_reg = Some(this);
        if self.cls.kind != FnKind::DerivedCtor {
            self.init_fields(f.span)?;
        }
        Ok(())
    }

    /// The instance fields, in order, on `this` (`x = v;` / `x;`). Their
    /// initialisers see no local of the constructor.
    fn init_fields(&mut self, span: Span) -> CResult<()> {
        let Some(class) = self.cls.class.clone() else { return Ok(()) };
        let Some(this) = self.cls.this_reg else { return Ok(()) };
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_kind = std::mem::replace(&mut self.cls.kind, FnKind::Method);
        let saved_field_init = std::mem::replace(&mut self.cls.field_init, true);
        self.scopes.push(Scope::default());
        let r = (|| {
            let inits: Vec<&Expr> = class
                .members
                .iter()
                .filter(|m| !m.is_static)
                .filter_map(|m| match &m.kind {
                    MemberKind::Field(Some(e)) => Some(e),
                    _ => None,
                })
                .collect();
            self.bind_class_this(this, &inits, &[], span)?;
            self.install_private_methods(&class, this, span)?;
            for (index, m) in class.members.iter().enumerate().filter(|(_, m)| !m.is_static) {
                let MemberKind::Field(value) = &m.kind else { continue };
                let mark = self.next_reg;
                let computed = match m.key {
                    PropKey::Computed(_) => Some(self.field_key(index, m.span)?),
                    _ => None,
                };
                let v = self.field_value(m, value)?;
                if m.private {
                    self.define_private_field(m, this, v)?;
                } else if let Some(k) = computed {
                    let kind = define_kind(value.as_ref());
                    self.emit(Op::DefineMethod { obj: this, key: k, func: v, kind }, m.span);
                } else {
                    self.store_member(this, &m.key, v, m.span)?;
                }
                self.next_reg = mark;
            }
            Ok(())
        })();
        self.scopes = saved_scopes;
        self.cls.kind = saved_kind;
        self.cls.field_init = saved_field_init;
        r
    }

    /// `obj[key] = v` for a field's key.
    /// A field's initial value (instance or static): its initializer, named
    /// after the field when it makes a function, or undefined.
    fn field_value(&mut self, m: &ClassMember, value: &Option<Expr>) -> CResult<Reg> {
        match value {
            Some(e) => {
                if let PropKey::Name(n) = &m.key {
                    self.infer_name(e, n);
                }
                self.expr(e)
            }
            None => self.load_const(Value::UNDEFINED, m.span),
        }
    }

    /// Fields are defined, not assigned (CreateDataPropertyOrThrow): a
    /// setter or read-only property of a prototype has no say, and a
    /// static `name` or `length` replaces the class's own.
    fn store_member(&mut self, obj: Reg, key: &PropKey, v: Reg, span: Span) -> CResult<()> {
        match key {
            PropKey::Name(n) if crate::heap::shape::array_index(n).is_none() => {
                let site = self.site(n);
                self.sites[site as usize].define = true;
                self.emit(Op::SetNamed { obj, src: v, site }, span);
            }
            PropKey::Computed(_) => {
                return Err(unsupported("computed field names yet", self.source, span));
            }
            _ => {
                let k = self.member_key(key, span)?;
                self.emit(Op::DefineMethod { obj, key: k, func: v, kind: 8 }, span);
            }
        }
        Ok(())
    }

    /// A member's key into a new register (computed keys evaluated now).
    fn member_key(&mut self, key: &PropKey, span: Span) -> CResult<Reg> {
        match key {
            PropKey::Name(n) => {
                let units: Rc<[u16]> = n.encode_utf16().collect::<Vec<u16>>().into();
                let r = self.alloc_temp(span)?;
                let k = self.string_const(&units);
                self.emit(Op::LoadConst { dst: r, k }, span);
                Ok(r)
            }
            PropKey::Number(d) => {
                let r = self.alloc_temp(span)?;
                let k = self.number_const(*d);
                self.emit(Op::LoadConst { dst: r, k }, span);
                Ok(r)
            }
            PropKey::Computed(e) => {
                // Converted once, now (a key object's toString runs here).
                let r = self.alloc_temp(span)?;
                self.expr_into(e, r)?;
                self.emit(Op::ToKey { dst: r, src: r }, e.span);
                Ok(r)
            }
        }
    }

    /// `class Name ... {}` as a statement: binds `Name` like `let`.
    pub(super) fn class_decl(&mut self, c: &Rc<Class>) -> CResult<()> {
        let span = c.name.span;
        let tmp = self.alloc_temp(span)?;
        self.class_value(c, tmp, Some(&c.name), c.span)
    }

    /// Initialises the binding `name` declares to `r[src]`.
    fn bind_declared(&mut self, name: &Ident, src: Reg) -> CResult<()> {
        match self.resolve(&name.name, name.span)? {
            Place::Local(si, bi) => {
                let reg = self.binding(si, bi).reg;
                self.emit(Op::Mov { dst: reg, src }, name.span);
                self.scopes[si].bindings[bi].initialized = true;
            }
            Place::Global(g) => {
                self.emit(Op::InitGlobal { g, src }, name.span);
            }
            Place::Scoped(s) => self.init_scoped(&s, src, name.span),
            Place::Constant(_) => {}
        }
        Ok(())
    }

    /// A class into `dst`; `declared`: the name a declaration binds (bound
    /// before the static initialisers run, which may use it).
    pub(super) fn class_value(&mut self, c: &Rc<Class>, dst: Reg, declared: Option<&Ident>, span: Span) -> CResult<()> {
        let name: Name =
            if c.name.name.is_empty() { self.inferred_name.take().unwrap_or_default() } else { c.name.name.clone() };
        self.inferred_name = None;
        // The constructor's name in stack frames (`obj.C = class {}`:
        // `new obj.C`, `obj.C.m` for a static method), taken now: the
        // heritage may make functions of its own.
        let frame_name =
            self.member_inferred.take().or_else(|| self.frame_names.get(&(Rc::as_ptr(c) as *const ())).cloned());
        let mark = self.next_reg;
        // A named class's own name is a `const` of a scope around the class
        // (heritage, methods, static initialisers see it), in a context when
        // the methods capture it. A declaration binds its name a second
        // time, outside, like `let`, once the class is complete: so
        // `C = 1` in a method throws while `C = 1` outside reassigns, and a
        // method keeps the class even then.
        let outer = declared;
        let own_scope = !c.name.name.is_empty();
        if own_scope {
            self.scopes.push(Scope::default());
            self.declare_name(&c.name, BindKind::Const)?;
            self.enter_scope_context(span, true)?;
        }
        let declared = if own_scope { Some(&c.name) } else { declared };
        let parent = self.alloc_temp(span)?;
        match &c.heritage {
            Some(h) => self.expr_into(h, parent)?,
            None => {
                let k = self.constant(Value::HOLE);
                self.emit(Op::LoadConst { dst: parent, k }, span);
            }
        }
        let outer_privates = self.declare_privates(c)?;
        let r = match self.bind_private_names(&outer_privates, span) {
            Ok(pushed) => {
                // (The constructor is the first function `class_body` makes.)
                self.member_inferred = frame_name;
                let r = self.class_body(c, &name, parent, dst, declared, span);
                if pushed {
                    self.scopes.pop();
                }
                r
            }
            Err(e) => Err(e),
        };
        self.cls.privates = outer_privates;
        if own_scope {
            self.scopes.pop();
        }
        r?;
        if let Some(id) = outer.filter(|_| own_scope) {
            self.bind_declared(id, dst)?;
        }
        self.next_reg = mark;
        Ok(())
    }

    /// What `class_value` makes once the heritage is in `parent` and the
    /// private names are declared.
    fn class_body(
        &mut self,
        c: &Rc<Class>,
        name: &Name,
        parent: Reg,
        dst: Reg,
        declared: Option<&Ident>,
        span: Span,
    ) -> CResult<()> {
        let ctor = self.alloc_temp(span)?;
        self.constructor_into(c, name, ctor, span)?;
        let cls = self.alloc_temp(span)?;
        let at = c.heritage.as_ref().map_or(span, |h| h.span);
        self.emit(Op::NewClass { dst: cls, ctor, parent }, at);
        let proto = self.alloc_temp(span)?;
        let site = self.site(&Rc::from("prototype"));
        self.emit(Op::GetNamed { dst: proto, obj: cls, site }, span);

        // Methods, getters and setters, in order, and the computed keys of
        // fields (each evaluated once, here: a static field's waits in a
        // register, an instance field's on the prototype for the
        // constructor).
        let mut static_keys: Vec<(usize, Reg)> = Vec::new();
        for (index, m) in c.members.iter().enumerate() {
            let (f, kind) = match &m.kind {
                MemberKind::Method(f) => (f, 0),
                MemberKind::Get(f) => (f, 1),
                MemberKind::Set(f) => (f, 2),
                MemberKind::Field(_) => {
                    if let PropKey::Computed(k) = &m.key {
                        let r = self.alloc_temp(m.span)?;
                        self.expr_into(k, r)?;
                        self.emit(Op::ToKey { dst: r, src: r }, k.span);
                        if m.is_static {
                            static_keys.push((index, r));
                        } else {
                            self.keep_field_key(index, proto, r, m.span)?;
                            self.next_reg = r as usize;
                        }
                    }
                    continue;
                }
                _ => continue,
            };
            let inner = self.next_reg;
            if m.private {
                if !Self::is_later_static_half(c, m) {
                    let func = self.alloc_temp(m.span)?;
                    let state = ClassState { text: self.static_member_text(m, f), ..ClassState::member() };
                    self.closure_with(f, None, state, func, m.span, false)?;
                    self.private_method(c, m, cls, proto, func)?;
                }
                self.next_reg = inner;
                continue;
            }
            let key = self.member_key(&m.key, m.span)?;
            let func = self.alloc_temp(m.span)?;
            let state = ClassState { text: self.static_member_text(m, f), ..ClassState::member() };
            self.closure_with(f, None, state, func, m.span, false)?;
            let obj = if m.is_static { cls } else { proto };
            let kind = kind | computed_name(&m.key);
            self.emit(Op::DefineMethod { obj, key, func, kind }, m.span);
            self.next_reg = inner;
        }

        if let Some(id) = declared {
            self.bind_declared(id, cls)?;
        }

        // Static fields and blocks, with `this` the class.
        let saved = self.cls.clone();
        self.cls = ClassState {
            kind: FnKind::Method,
            strict: true,
            this_reg: Some(cls),
            static_home: Some(cls),
            privates: saved.privates.clone(),
            ..ClassState::default()
        };
        self.scopes.push(Scope::default());
        let r = (|| {
            let statics = c.members.iter().filter(|m| m.is_static);
            let inits: Vec<&Expr> = statics
                .clone()
                .filter_map(|m| match &m.kind {
                    MemberKind::Field(Some(e)) => Some(e),
                    _ => None,
                })
                .collect();
            let blocks: Vec<&[Stmt]> = statics
                .filter_map(|m| match &m.kind {
                    MemberKind::StaticBlock(b) => Some(&b[..]),
                    _ => None,
                })
                .collect();
            self.bind_class_this(cls, &inits, &blocks, span)?;
            for (index, m) in c.members.iter().enumerate().filter(|(_, m)| m.is_static) {
                let inner = self.next_reg;
                match &m.kind {
                    MemberKind::Field(value) => {
                        let v = self.field_value(m, value)?;
                        if m.private {
                            self.define_private_field(m, cls, v)?;
                        } else if let PropKey::Computed(_) = &m.key {
                            let Some(&(_, kr)) = static_keys.iter().find(|(i, _)| *i == index) else {
                                return Err(self.err("internal error: a computed key not evaluated", m.span));
                            };
                            // An anonymous function is named after the key.
                            let kind = define_kind(value.as_ref());
                            self.emit(Op::DefineMethod { obj: cls, key: kr, func: v, kind }, m.span);
                        } else {
                            self.store_member(cls, &m.key, v, m.span)?;
                        }
                    }
                    MemberKind::StaticBlock(body) => {
                        let loops = std::mem::take(&mut self.loops);
                        let r = self.block_body(body, Body::Block);
                        self.loops = loops;
                        r?;
                    }
                    _ => {}
                }
                self.next_reg = inner;
            }
            Ok(())
        })();
        self.scopes.pop();
        self.cls = saved;
        r?;
        if cls != dst {
            self.emit(Op::Mov { dst, src: cls }, span);
        }
        Ok(())
    }

    /// The class's constructor, compiled (the explicit one, or the
    /// implicit `constructor() {}` / `constructor(...a) { super(...a) }`).
    fn constructor_into(&mut self, c: &Rc<Class>, name: &Name, dst: Reg, span: Span) -> CResult<()> {
        let derived = c.heritage.is_some();
        let kind = match (&c.ctor, derived) {
            (Some(_), true) => FnKind::DerivedCtor,
            (None, true) => FnKind::DerivedDefault,
            (_, false) => FnKind::BaseCtor,
        };
        let cls =
            ClassState { kind, strict: true, class: Some(c.clone()), text: Some(c.span), ..ClassState::default() };
        match &c.ctor {
            Some(f) => self.closure_with(f, Some(name.clone()), cls, dst, span, false),
            None => {
                let f = Function {
                    name: Ident { name: Rc::from(""), span: c.name.span },
                    params: Vec::new(),
                    defaults: Vec::new(),
                    rest: None,
                    body: Vec::new(),
                    span: c.span,
                    patterns: Vec::new(),
                    kind: crate::ast::FnKind::Normal,
                    generator: false,
                    is_async: false,
                };
                self.closure_with(&f, Some(name.clone()), cls, dst, span, false)
            }
        }
    }

    /// `super(args)` in a derived constructor.
    pub(super) fn super_call(&mut self, args: &[Expr], dst: Reg, span: Span) -> CResult<()> {
        if self.cl.arrow {
            if let Some(class) = self.cls.super_call_class.clone() {
                return self.arrow_super_call(args, dst, span, class);
            }
        }
        self.refresh_this(span);
        let (FnKind::DerivedCtor, Some(this), Some(nt)) = (self.cls.kind, self.cls.this_reg, self.cls.nt_reg) else {
            return Err(self.err("'super' keyword unexpected here", span));
        };
        if args.len() >= MAX_REGS {
            return Err(self.err(format!("too many arguments (stitch allows {})", MAX_REGS - 1), span));
        }
        let spread = args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_)));
        let func = self.alloc_temp(span)?;
        let target = self.alloc_temp(span)?;
        if !spread {
            for _ in args {
                self.alloc_temp(span)?;
            }
        }
        self.emit(Op::SuperCtor { dst: func }, span);
        self.emit(Op::Mov { dst: target, src: nt }, span);
        if spread {
            let list = self.alloc_temp(span)?;
            self.spread_args(args, list, span)?;
            self.emit(Op::SuperCallSpread { dst: func, func, args: list }, span);
        } else {
            for (i, a) in args.iter().enumerate() {
                self.expr_into(a, target + 1 + i as Reg)?;
            }
            self.emit(Op::SuperCall { dst: func, func, argc: args.len() as u8 }, span);
        }
        self.emit(Op::BindThis { dst: this, src: func }, span);
        // Arrows of the constructor see `this` from now on.
        self.store_if_captured(0, "this", this, span)?;
        self.init_fields(span)?;
        if dst != this {
            self.emit(Op::Mov { dst, src: this }, span);
        }
        Ok(())
    }

    /// `super(args)` in an arrow of a derived constructor: the parent of
    /// the constructor (which the arrow finds in the constructor's
    /// context, with new.target) constructs `this`, bound in the
    /// constructor's context slot, then the class's fields run.
    fn arrow_super_call(&mut self, args: &[Expr], dst: Reg, span: Span, class: Rc<Class>) -> CResult<()> {
        let (Some(ctor), Some(nt), Some(this)) = (
            self.resolve_outer(closures::SUPER_CTOR),
            self.resolve_outer(closures::NEW_TARGET),
            self.resolve_outer("this"),
        ) else {
            return Err(self.err("'super' keyword unexpected here", span));
        };
        if args.len() >= MAX_REGS {
            return Err(self.err(format!("too many arguments (stitch allows {})", MAX_REGS - 1), span));
        }
        let spread = args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_)));
        let func = self.alloc_temp(span)?;
        let target = self.alloc_temp(span)?;
        if !spread {
            for _ in args {
                self.alloc_temp(span)?;
            }
        }
        self.load_scoped(&ctor, func, span);
        self.emit(Op::SuperCtorOf { dst: func, src: func }, span);
        self.load_scoped(&nt, target, span);
        if spread {
            let list = self.alloc_temp(span)?;
            self.spread_args(args, list, span)?;
            self.emit(Op::SuperCallSpread { dst: func, func, args: list }, span);
        } else {
            for (i, a) in args.iter().enumerate() {
                self.expr_into(a, target + 1 + i as Reg)?;
            }
            self.emit(Op::SuperCall { dst: func, func, argc: args.len() as u8 }, span);
        }
        let t = self.alloc_temp(span)?;
        self.emit(Op::GetScoped { dst: t, ctx: this.ctx, depth: this.depth, slot: this.slot }, span);
        self.emit(Op::BindThis { dst: t, src: func }, span);
        self.emit(Op::SetScoped { ctx: this.ctx, src: t, depth: this.depth, slot: this.slot }, span);
        let saved = (self.cls.this_reg.replace(t), self.cls.class.replace(class));
        let r = self.init_fields(span);
        (self.cls.this_reg, self.cls.class) = saved;
        r?;
        if dst != t {
            self.emit(Op::Mov { dst, src: t }, span);
        }
        Ok(())
    }

    /// The source text of a static method (`toString`): V8's starts after
    /// the `static` word (`static s() {}` is `s() {}`).
    fn static_member_text(&self, m: &ClassMember, f: &crate::ast::Function) -> Option<Span> {
        if !m.is_static {
            return None;
        }
        let start = f.span.start as usize;
        let rest = self.source.text.get(start..f.span.end as usize)?.strip_prefix("static")?;
        let skipped = rest.len() - rest.trim_start().len();
        Some(Span::new(start + "static".len() + skipped, f.span.end as usize))
    }

    /// `super.name` / `super[key]` into `dst`.
    pub(super) fn super_get(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        let mark = self.next_reg;
        let (this, key) = self.super_target(e)?;
        self.emit_get_super(dst, this, key, e.span);
        self.next_reg = mark;
        Ok(())
    }

    /// `dst = super[key]` with receiver `this`: in a static initialiser
    /// (which runs in the code evaluating the class, no method of its own)
    /// the home object is the class in `this`, elsewhere the running
    /// function's.
    pub(super) fn emit_get_super(&mut self, dst: Reg, this: Reg, key: Reg, span: Span) {
        match self.cls.static_home {
            Some(home) if home == this => self.emit(Op::GetSuperStatic { dst, home, key }, span),
            _ => self.emit(Op::GetSuper { dst, this, key }, span),
        };
    }

    /// `super[key] = src` with receiver `this` (see `emit_get_super`).
    pub(super) fn emit_set_super(&mut self, this: Reg, key: Reg, src: Reg, span: Span) {
        match self.cls.static_home {
            Some(home) if home == this => self.emit(Op::SetSuperStatic { home, key, src }, span),
            _ => self.emit(Op::SetSuper { this, key, src }, span),
        };
    }

    /// The receiver and key registers of `super.name` / `super[key]` (a
    /// read or an assignment's target).
    pub(super) fn super_target(&mut self, e: &Expr) -> CResult<(Reg, Reg)> {
        if let Some(home) = self.cls.static_home {
            let key = match &e.kind {
                ExprKind::SuperMember(name) => {
                    self.member_key(&PropKey::Name(name.name.to_string().into()), name.span)?
                }
                ExprKind::SuperIndex(k) => self.expr(k)?,
                _ => return Err(self.err("'super' keyword unexpected here", e.span)),
            };
            return Ok((home, key));
        }
        if !self.cls.super_home
            && !self.cls.field_init
            && (!(self.cls.kind == FnKind::Method || self.cls.is_ctor())
                || self.cls.this_reg.is_some() && !self.cls.is_ctor())
        {
            return Err(self.err("'super' keyword unexpected here", e.span));
        }
        let key = match &e.kind {
            ExprKind::SuperMember(name) => self.member_key(&PropKey::Name(name.name.to_string().into()), name.span)?,
            ExprKind::SuperIndex(k) => self.expr(k)?,
            _ => return Err(self.err("'super' keyword unexpected here", e.span)),
        };
        let this = self.alloc_temp(e.span)?;
        self.this_into(this, e.span)?;
        Ok((this, key))
    }

    /// `new.target`.
    pub(super) fn new_target(&mut self, dst: Reg, span: Span) -> CResult<()> {
        if let (true, Some(nt)) = (self.cls.is_ctor(), self.cls.nt_reg) {
            self.emit(Op::Mov { dst, src: nt }, span);
            return Ok(());
        }
        if self.cls.kind == FnKind::Method {
            let k = self.constant(Value::UNDEFINED);
            self.emit(Op::LoadConst { dst, k }, span);
            return Ok(());
        }
        // A plain function's (`LoadNewTarget` put it in a binding), or in
        // an arrow the enclosing function's.
        let name: Name = closures::NEW_TARGET.into();
        let own = self.scopes.iter().any(|s| s.find(&name).is_some());
        if own || self.resolve_outer(&name).is_some() {
            let e = Expr { kind: ExprKind::Ident(name), span };
            return self.expr_into(&e, dst);
        }
        Err(self.err("new.target expression is not allowed here", span))
    }

    /// `name: value` after an accessor `name` in object literal `obj`.
    pub(super) fn literal_data_after_accessor(&mut self, obj: Reg, name: &Name, p: &crate::ast::Prop) -> CResult<()> {
        let key = self.member_key(&PropKey::Name(name.clone()), p.span)?;
        let v = self.expr(&p.value)?;
        self.emit(Op::DefineMethod { obj, key, func: v, kind: 8 }, p.span);
        Ok(())
    }

    /// `key() { ... super.x ... }` in object literal `obj`: a method whose
    /// home object is `obj` (false, nothing emitted, for any other property).
    pub(super) fn literal_super_method(&mut self, obj: Reg, p: &crate::ast::Prop) -> CResult<bool> {
        let ExprKind::Function(f) = &p.value.kind else { return Ok(false) };
        if f.kind != crate::ast::FnKind::Method || !closures::uses_super(&f.body, &f.defaults) {
            return Ok(false);
        }
        let key = self.member_key(&p.key, p.span)?;
        let cls = ClassState { kind: FnKind::Method, ..ClassState::default() };
        let func = self.alloc_temp(p.span)?;
        self.closure_with(f, None, cls, func, p.span, false)?;
        self.emit(Op::DefineMethod { obj, key, func, kind: 4 | computed_name(&p.key) }, p.span);
        Ok(true)
    }

    /// `get key() {}` / `set key(v) {}` in an object literal `obj`.
    pub(super) fn literal_accessor(&mut self, obj: Reg, p: &crate::ast::Prop) -> CResult<()> {
        let ExprKind::Function(f) = &p.value.kind else {
            return Err(self.err("internal error: an accessor without a function", p.span));
        };
        let key = self.member_key(&p.key, p.span)?;
        let cls = ClassState { kind: FnKind::Method, ..ClassState::default() };
        let func = self.alloc_temp(p.span)?;
        self.closure_with(f, None, cls, func, p.span, false)?;
        let kind = if p.kind == PropKind::Get { 1 } else { 2 } | 4 | computed_name(&p.key);
        self.emit(Op::DefineMethod { obj, key, func, kind }, p.span);
        Ok(())
    }
}

/// `DefineMethod`'s flag that names the function after a computed key at
/// run time (the key's value is only known then).
pub(super) fn computed_name(key: &PropKey) -> i16 {
    if matches!(key, PropKey::Computed(_)) {
        16
    } else {
        0
    }
}
