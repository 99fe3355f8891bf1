//! Private class members, compiled: `#x` fields (instance and static),
//! private methods, getters and setters, `o.#x` in every place `o.x` may
//! stand (reads, writes, compound assignment, `++`, calls, optional
//! chains), and `#x in o`. The run-time half is `src/private.rs`.
//!
//! Each private name of a class gets a private atom when the class is
//! compiled (`Linker::private_atom`), and `o.#x` is a `GetNamed`/`SetNamed`
//! of a site named by that atom and marked private: the inline caches and
//! compiled code serve it like any property. Names resolve lexically
//! through `PrivEnv`, the chain of the classes around the code, which
//! every nested function inherits; an undeclared name is node's early
//! SyntaxError.
//!
//! Where the members live: fields and static methods and accessors are
//! defined on the object they belong to (`DefinePrivate`,
//! `DefinePrivateAccessor`). An instance method (or accessor half) is made
//! once per class evaluation and kept on the prototype under a *holder*
//! atom that no code names; the constructor, first thing after `this`
//! exists, copies each onto the new object (`LoadHome` finds the
//! prototype), then the fields run. So `this.#m()` is one cached load,
//! and "has the brand" is "has the method".
//!
//! Private names are per class evaluation. A class at the script's top
//! level, outside any loop, runs once: its compiled atoms are its names,
//! and `o.#x` is the plain cached `GetNamed` above. Any other class binds
//! each name in a hidden binding (named `#x`: no identifier can be) of a
//! scope around its body, which `NewPrivateName` fills when the class is
//! evaluated; `o.#x` reads the binding (a register, or a context slot
//! from a method) and runs `GetPrivate`/`SetPrivate`/`HasPrivateKey`/
//! `DefinePrivateKey` with it (`src/private.rs`). The holders stay fixed
//! atoms: they live on the prototype, made anew by each evaluation.

use super::*;
use crate::bytecode::{PrivateInfo, PrivateKind};

/// One private name of a class, as compiled.
#[derive(Clone)]
pub(super) struct PrivName {
    atom: u32,
    is_static: bool,
    kind: PrivateKind,
    /// Instance methods and accessors: the holder atoms on the prototype
    /// (method or getter, setter).
    holders: (Option<u32>, Option<u32>),
    /// The class may run more than once: the name's atom is in the hidden
    /// binding of the same name.
    dynamic: bool,
}

struct PrivScope {
    names: HashMap<Name, PrivName>,
    parent: PrivEnv,
}

/// The private names visible here: innermost class first.
#[derive(Clone, Default)]
pub(super) struct PrivEnv(Option<Rc<PrivScope>>);

impl PrivEnv {
    fn lookup(&self, name: &str) -> Option<&PrivName> {
        let mut cur = self.0.as_ref();
        while let Some(s) = cur {
            if let Some(p) = s.names.get(name) {
                return Some(p);
            }
            cur = s.parent.0.as_ref();
        }
        None
    }
}

impl FnCompiler<'_> {
    /// A property site for `o.name`; `#x` names the innermost class's
    /// private name (a SyntaxError when no enclosing class declares it).
    pub(super) fn member_site(&mut self, prop: &Ident) -> CResult<u32> {
        if !prop.name.starts_with('#') {
            return Ok(self.site(&prop.name));
        }
        self.private_site(&prop.name, prop.span)
    }

    fn private_site(&mut self, name: &Name, span: Span) -> CResult<u32> {
        let Some(p) = self.cls.privates.lookup(name) else {
            return Err(self.err(format!("Private field '{}' must be declared in an enclosing class", name), span));
        };
        let p = p.clone();
        Ok(self.name_site(name, &p))
    }

    /// A site for private name `p` (`name`), its key recorded when the
    /// name is bound per evaluation.
    fn name_site(&mut self, name: &Name, p: &PrivName) -> u32 {
        let site = self.site_of_atom(name, p.atom);
        if p.dynamic {
            self.private_keys.insert(site, name.clone());
        }
        site
    }

    /// The register holding the atom of dynamic private site `site`'s name
    /// (None: the site's atom is the name): the binding's own register, or
    /// `into` (a new temporary when None) loaded from its context slot.
    pub(super) fn private_key(&mut self, site: u32, into: Option<Reg>, span: Span) -> CResult<Option<Reg>> {
        let Some(name) = self.private_keys.get(&site).cloned() else { return Ok(None) };
        match self.resolve(&name, span)? {
            Place::Local(si, bi) => Ok(Some(self.binding(si, bi).reg)),
            Place::Scoped(s) => {
                let r = match into {
                    Some(r) => r,
                    None => self.alloc_temp(span)?,
                };
                self.load_scoped(&s, r, span);
                Ok(Some(r))
            }
            _ => Err(self.err(format!("internal error: private name {} has no binding", name), span)),
        }
    }

    /// `dst = obj.name` at `site` (a private name's read when it is one).
    pub(super) fn get_member(&mut self, dst: Reg, obj: Reg, site: u32, span: Span) -> CResult<()> {
        match self.private_key(site, None, span)? {
            Some(key) => self.emit(Op::GetPrivate { dst, obj, key, site }, span),
            None => self.emit(Op::GetNamed { dst, obj, site }, span),
        };
        Ok(())
    }

    /// Defines private name `site` of `obj` as `src`.
    fn define_private(&mut self, obj: Reg, src: Reg, site: u32, span: Span) -> CResult<()> {
        let mark = self.next_reg;
        match self.private_key(site, None, span)? {
            Some(key) => self.emit(Op::DefinePrivateKey { obj, src, key, site }, span),
            None => self.emit(Op::DefinePrivate { obj, src, site }, span),
        };
        self.next_reg = mark;
        Ok(())
    }

    /// Defines private accessor `site` of `obj` (getter `get`, setter `set`).
    fn define_private_accessor(&mut self, obj: Reg, get: Reg, set: Reg, site: u32, span: Span) -> CResult<()> {
        let mark = self.next_reg;
        match self.private_key(site, None, span)? {
            Some(key) => {
                let pair = self.alloc_temp(span)?;
                let second = self.alloc_temp(span)?;
                self.emit(Op::Mov { dst: pair, src: get }, span);
                self.emit(Op::Mov { dst: second, src: set }, span);
                self.emit(Op::DefinePrivateAccessorKey { obj, pair, key, site }, span)
            }
            None => self.emit(Op::DefinePrivateAccessor { obj, get, set, site }, span),
        };
        self.next_reg = mark;
        Ok(())
    }

    /// Declares the hidden bindings of class `c`'s per-evaluation private
    /// names in a new scope (the caller pops it) and fills them; false when
    /// the class has none (no scope was pushed).
    pub(super) fn bind_private_names(&mut self, outer: &PrivEnv, span: Span) -> CResult<bool> {
        let Some(scope) = self.cls.privates.0.clone() else { return Ok(false) };
        if outer.0.as_ref().is_some_and(|o| Rc::ptr_eq(o, &scope)) {
            // The class declares none: these are an enclosing class's.
            return Ok(false);
        }
        let mut names: Vec<(Name, u32)> =
            scope.names.iter().filter(|(_, p)| p.dynamic).map(|(n, p)| (n.clone(), p.atom)).collect();
        if names.is_empty() {
            return Ok(false);
        }
        names.sort_by_key(|(_, a)| *a);
        self.scopes.push(Scope::default());
        for (n, _) in &names {
            self.declare_name(&Ident { name: n.clone(), span }, BindKind::Var)?;
        }
        self.enter_scope_context(span, true)?;
        for (n, atom) in &names {
            let k = self.constant(Value::smi(*atom as i32));
            match self.resolve(n, span)? {
                Place::Local(si, bi) => {
                    let dst = self.binding(si, bi).reg;
                    self.emit(Op::NewPrivateName { dst, k }, span);
                    self.scopes[si].bindings[bi].initialized = true;
                }
                Place::Scoped(s) => {
                    let t = self.alloc_temp(span)?;
                    self.emit(Op::NewPrivateName { dst: t, k }, span);
                    self.init_scoped(&s, t, span);
                    self.next_reg = t as usize;
                }
                _ => return Err(self.err("internal error: a private name's binding", span)),
            }
        }
        Ok(true)
    }

    fn site_of_atom(&mut self, name: &Name, atom: u32) -> u32 {
        let mut site = crate::bytecode::PropSite::new(name.clone(), atom);
        site.private = true;
        self.sites.push(site);
        (self.sites.len() - 1) as u32
    }

    /// The site a store through read site `site` uses: its own for a
    /// private method, whose store always throws. (A shared site would
    /// cache the read, which a store would then hit: the caches take
    /// every slot of a shape to be writable.)
    pub(super) fn store_site(&mut self, site: u32) -> u32 {
        let s = &self.sites[site as usize];
        if !s.private || !matches!(self.cls.privates.lookup(&s.name), Some(p) if p.kind == PrivateKind::Method) {
            return site;
        }
        let name = s.name.clone();
        let atom = s.atom;
        let copy = self.site_of_atom(&name, atom);
        if let Some(key) = self.private_keys.get(&site).cloned() {
            self.private_keys.insert(copy, key);
        }
        copy
    }

    /// `#x in obj` into `dst`.
    pub(super) fn private_in(&mut self, name: &Name, at: Span, obj: &Expr, dst: Reg, span: Span) -> CResult<()> {
        let site = self.private_site(name, at)?;
        let o = self.expr(obj)?;
        match self.private_key(site, None, span)? {
            Some(key) => self.emit(Op::HasPrivateKey { dst, obj: o, key, site }, span),
            None => self.emit(Op::HasPrivate { dst, obj: o, site }, span),
        };
        Ok(())
    }

    /// Declares the private names of class `c` (named `class_name` in
    /// messages) for the code inside it; returns the environment to restore
    /// after it.
    pub(super) fn declare_privates(&mut self, c: &Class) -> CResult<PrivEnv> {
        let outer = self.cls.privates.clone();
        let computed_field = |m: &ClassMember| -> bool {
            !m.is_static && matches!((&m.kind, &m.key), (MemberKind::Field(_), PropKey::Computed(_)))
        };
        if !c.members.iter().any(|m| m.private || computed_field(m)) {
            return Ok(outer);
        }
        let class: Rc<str> = if !c.name.name.is_empty() {
            c.name.name.clone()
        } else if self.static_private_method_used(c) {
            // V8 then gives the class a hidden variable, which its
            // messages name `.`.
            Rc::from(".")
        } else {
            Rc::from("anonymous")
        };
        // Only the script's own code outside loops runs once.
        let dynamic = !(self.is_script && self.loops.is_empty());
        let mut names: HashMap<Name, PrivName> = HashMap::new();
        for m in c.members.iter().filter(|m| m.private) {
            let PropKey::Name(n) = &m.key else { continue };
            if &**n == "#constructor" {
                let msg = match m.kind {
                    MemberKind::Field(_) => "Classes may not have a private field named '#constructor'",
                    _ => "Class constructor may not be a private method",
                };
                return Err(self.err(msg, m.span));
            }
            let (get, set) = match m.kind {
                MemberKind::Get(_) => (true, false),
                MemberKind::Set(_) => (false, true),
                _ => (false, false),
            };
            let kind = match m.kind {
                MemberKind::Method(_) => PrivateKind::Method,
                MemberKind::Get(_) | MemberKind::Set(_) => PrivateKind::Accessor { get, set },
                _ => PrivateKind::Field,
            };
            if let Some(prev) = names.get_mut(n) {
                // A getter and a setter of one name (both static or not) pair up.
                match (prev.kind, kind) {
                    (PrivateKind::Accessor { get: g1, set: s1 }, PrivateKind::Accessor { get: g2, set: s2 })
                        if prev.is_static == m.is_static && !(g1 && g2) && !(s1 && s2) =>
                    {
                        prev.kind = PrivateKind::Accessor { get: g1 || g2, set: s1 || s2 };
                        continue;
                    }
                    _ => return Err(self.err(format!("Identifier '{}' has already been declared", n), m.span)),
                }
            }
            names.insert(n.clone(), PrivName { atom: 0, is_static: m.is_static, kind, holders: (None, None), dynamic });
        }
        for (n, p) in names.iter_mut() {
            let info = PrivateInfo { kind: p.kind, is_static: p.is_static, class: class.clone() };
            p.atom = self.vm.private_atom(n, info);
            if !p.is_static {
                let holder = |vm: &mut dyn Linker| {
                    let info = PrivateInfo { kind: PrivateKind::Holder, is_static: false, class: class.clone() };
                    vm.private_atom(n, info)
                };
                p.holders = match p.kind {
                    PrivateKind::Method => (Some(holder(self.vm)), None),
                    PrivateKind::Accessor { get, set } => (get.then(|| holder(self.vm)), set.then(|| holder(self.vm))),
                    _ => (None, None),
                };
            }
        }
        // An instance field's computed key is evaluated once, with the
        // class; it waits on the prototype under a holder for the
        // constructor (`keep_field_key`, `field_key`).
        for (i, _) in c.members.iter().enumerate().filter(|(_, m)| computed_field(m)) {
            let name: Name = field_key_name(i).into();
            let info = PrivateInfo { kind: PrivateKind::Holder, is_static: false, class: class.clone() };
            let atom = self.vm.private_atom(&name, info);
            let p =
                PrivName { atom, is_static: false, kind: PrivateKind::Holder, holders: (None, None), dynamic: false };
            names.insert(name, p);
        }
        self.cls.privates = PrivEnv(Some(Rc::new(PrivScope { names, parent: outer.clone() })));
        Ok(outer)
    }

    /// Whether the body of class `c` names one of its static private
    /// methods or accessors other than where it is declared.
    fn static_private_method_used(&self, c: &Class) -> bool {
        let text = self.source.text.get(c.span.start as usize..c.span.end as usize).unwrap_or("");
        c.members.iter().filter(|m| m.private && m.is_static && !matches!(m.kind, MemberKind::Field(_))).any(|m| {
            let PropKey::Name(n) = &m.key else { return false };
            let uses = text.match_indices(&**n).filter(|(i, _)| {
                let next = text.as_bytes().get(i + n.len()).copied().unwrap_or(b' ');
                !(next.is_ascii_alphanumeric() || next == b'_' || next == b'$' || next >= 0x80)
            });
            uses.count() > c.members.iter().filter(|x| matches!(&x.key, PropKey::Name(k) if k == n)).count()
        })
    }

    fn own_private(&self, m: &ClassMember) -> Option<(Name, PrivName)> {
        let PropKey::Name(n) = &m.key else { return None };
        self.cls.privates.lookup(n).map(|p| (n.clone(), p.clone()))
    }

    /// A private method, getter or setter of the class being evaluated
    /// (`cls` the class, `proto` its prototype), `func` its closure: a
    /// static one goes on the class (an accessor once both halves are
    /// made: at its first half, which makes the other too), an instance
    /// one on the prototype's holder.
    pub(super) fn private_method(
        &mut self,
        c: &Class,
        m: &ClassMember,
        cls: Reg,
        proto: Reg,
        func: Reg,
    ) -> CResult<()> {
        let Some((name, p)) = self.own_private(m) else { return Ok(()) };
        let home = if m.is_static { cls } else { proto };
        let method = self.alloc_temp(m.span)?;
        self.emit(Op::MakeMethod { dst: method, func, home }, m.span);
        let is_set = matches!(m.kind, MemberKind::Set(_));
        match (p.kind, m.is_static) {
            (PrivateKind::Method, true) => {
                let site = self.name_site(&name, &p);
                self.define_private(cls, method, site, m.span)?;
            }
            (PrivateKind::Accessor { .. }, true) => {
                // The other half, if any, comes later in the class: make it
                // now, then define the pair.
                let first = c.members.iter().position(|x| std::ptr::eq(x, m)).unwrap_or(0);
                let other = c.members[first + 1..].iter().find(|x| {
                    x.private
                        && x.is_static
                        && matches!(&x.key, PropKey::Name(n) if *n == name)
                        && matches!(x.kind, MemberKind::Get(_) | MemberKind::Set(_))
                });
                let earlier = c.members[..first]
                    .iter()
                    .any(|x| x.private && x.is_static && matches!(&x.key, PropKey::Name(n) if *n == name));
                if earlier {
                    return Ok(());
                }
                let undef = self.load_const(Value::UNDEFINED, m.span)?;
                let (mut g, mut s) = if is_set { (undef, method) } else { (method, undef) };
                if let Some(o) = other {
                    let (MemberKind::Get(f) | MemberKind::Set(f)) = &o.kind else { unreachable!() };
                    let t = self.alloc_temp(o.span)?;
                    self.closure_with(f, None, classes::ClassState::member(), t, o.span, false)?;
                    let om = self.alloc_temp(o.span)?;
                    self.emit(Op::MakeMethod { dst: om, func: t, home: cls }, o.span);
                    if matches!(o.kind, MemberKind::Set(_)) {
                        s = om;
                    } else {
                        g = om;
                    }
                }
                let site = self.name_site(&name, &p);
                self.define_private_accessor(cls, g, s, site, m.span)?;
            }
            (_, false) => {
                let holder = if is_set { p.holders.1 } else { p.holders.0 };
                if let Some(h) = holder {
                    let site = self.site_of_atom(&name, h);
                    self.emit(Op::DefinePrivate { obj: proto, src: method, site }, m.span);
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Whether static accessor member `m` is the later half of a pair
    /// (already made with the first).
    pub(super) fn is_later_static_half(c: &Class, m: &ClassMember) -> bool {
        let PropKey::Name(name) = &m.key else { return false };
        let at = c.members.iter().position(|x| std::ptr::eq(x, m)).unwrap_or(0);
        m.private
            && m.is_static
            && matches!(m.kind, MemberKind::Get(_) | MemberKind::Set(_))
            && c.members[..at]
                .iter()
                .any(|x| x.private && x.is_static && matches!(&x.key, PropKey::Name(n) if n == name))
    }

    /// In a constructor, once `this` exists: the class's instance private
    /// methods and accessors, copied from the prototype's holders.
    pub(super) fn install_private_methods(&mut self, c: &Class, this: Reg, span: Span) -> CResult<()> {
        let mut done: Vec<Name> = Vec::new();
        let mut home = None;
        for m in c.members.iter().filter(|m| m.private && !m.is_static) {
            if matches!(m.kind, MemberKind::Field(_)) {
                continue;
            }
            let Some((name, p)) = self.own_private(m) else { continue };
            if done.contains(&name) {
                continue;
            }
            done.push(name.clone());
            let h = match home {
                Some(h) => h,
                None => {
                    let h = self.alloc_temp(span)?;
                    self.emit(Op::LoadHome { dst: h }, span);
                    home = Some(h);
                    h
                }
            };
            let mark = self.next_reg;
            let load = |this: &mut Self, holder: Option<u32>| -> CResult<Reg> {
                let r = this.alloc_temp(span)?;
                match holder {
                    Some(a) => {
                        let site = this.site_of_atom(&name, a);
                        this.emit(Op::GetNamed { dst: r, obj: h, site }, span);
                    }
                    None => {
                        let k = this.constant(Value::UNDEFINED);
                        this.emit(Op::LoadConst { dst: r, k }, span);
                    }
                }
                Ok(r)
            };
            let a = load(self, p.holders.0)?;
            let site = self.name_site(&name, &p);
            if let PrivateKind::Accessor { .. } = p.kind {
                let b = load(self, p.holders.1)?;
                self.define_private_accessor(this, a, b, site, span)?;
            } else {
                self.define_private(this, a, site, span)?;
            }
            self.next_reg = mark;
        }
        Ok(())
    }

    /// Keeps the key of computed instance field `index` (in `key`) on the
    /// prototype `proto`.
    pub(super) fn keep_field_key(&mut self, index: usize, proto: Reg, key: Reg, span: Span) -> CResult<()> {
        let name: Name = field_key_name(index).into();
        let site = self.private_site(&name, span)?;
        self.emit(Op::DefinePrivate { obj: proto, src: key, site }, span);
        Ok(())
    }

    /// In a constructor: the key of computed instance field `index`, into
    /// a new register.
    pub(super) fn field_key(&mut self, index: usize, span: Span) -> CResult<Reg> {
        let name: Name = field_key_name(index).into();
        let site = self.private_site(&name, span)?;
        let r = self.alloc_temp(span)?;
        self.emit(Op::LoadHome { dst: r }, span);
        self.emit(Op::GetNamed { dst: r, obj: r, site }, span);
        Ok(r)
    }

    /// A private field's initial value `v` on `obj`.
    pub(super) fn define_private_field(&mut self, m: &ClassMember, obj: Reg, v: Reg) -> CResult<()> {
        let Some((name, p)) = self.own_private(m) else { return Ok(()) };
        let site = self.name_site(&name, &p);
        self.define_private(obj, v, site, m.span)
    }
}

/// The holder name of computed instance field `index` (no code can name it).
fn field_key_name(index: usize) -> String {
    format!("[computed field {}]", index)
}
