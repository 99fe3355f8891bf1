//! Closures in the compiler: which bindings are captured, the contexts
//! that hold them, functions as values (function expressions, arrows,
//! nested declarations), parameter lists (defaults, rest, `arguments`).
//!
//! The representation is V8's (ARCHITECTURE.md, "Closures"): a scope whose
//! bindings some nested function uses allocates a *context* when entered
//! (`NewContext`, in a register of the frame); those bindings live in its
//! slots, every other local stays in its register. A closure is a function
//! object holding the context it was made in (`Closure`); a function loads
//! it from the closure it runs as (`LoadEnv`, from `r[-2]`) and reaches a
//! captured variable of an enclosing function by `(depth, slot)`
//! (`GetScoped`, `SetScoped`). The compiler knows statically which register
//! holds the innermost context at every point, so leaving a scope (by
//! `break`, `return` or an exception) needs no instruction.
//!
//! Which bindings are captured is decided per function by a free-variable
//! walk (`inner_names`): a binding is captured when a nested function uses
//! its name without a declaration of its own in scope there. Where the
//! walk is unsure it counts a name as free: that may put a binding in a
//! context that did not need it, never the reverse.

use super::*;

/// One context of an enclosing scope, as a nested function sees it: the
/// names of its slots (in slot order) and their kinds.
#[derive(Clone, Debug)]
pub(super) struct CtxFrame {
    pub names: Vec<(Name, BindKind)>,
    pub args_map: Option<Rc<ArgMapping>>,
}

/// The name of the hidden binding that keeps a sloppy function's mapped
/// `arguments` object (not an identifier: no script can name it).
const MAPPED_ARGS: &str = "%arguments";

/// Where a function with a mapped `arguments` keeps it and its parameters:
/// context slots, all in the function's own context.
#[derive(Debug, Default)]
pub(super) struct ArgMapping {
    /// The slot of `MAPPED_ARGS`.
    margs: u8,
    /// (parameter slot, parameter index).
    params: Vec<(u8, u8)>,
}

impl ArgMapping {
    /// `(margs slot, index)` when context slot `slot` holds a mapped parameter.
    fn lookup(&self, slot: u8) -> Option<(u8, u8)> {
        self.params.iter().find(|p| p.0 == slot).map(|p| (self.margs, p.1))
    }
}

/// The closure state of a function being compiled.
#[derive(Default)]
pub(super) struct ClosureState {
    /// The contexts of the enclosing scopes at the point this function was
    /// created, outermost first (what `env_reg` and its parents hold).
    pub outer: Rc<Vec<CtxFrame>>,
    /// The register holding this function's environment (`LoadEnv`), when
    /// `outer` is not empty.
    pub env_reg: Option<Reg>,
    /// Names the functions nested in this one use free (`inner_names`).
    pub captured: Rc<HashSet<Name>>,
    /// An arrow: `this` and `arguments` come from the enclosing function.
    pub arrow: bool,
    /// The register of the gathered argument array (`FnInfo::args_array`).
    pub args_reg: Option<Reg>,
    /// Names of functions declared in blocks that Annex B also makes
    /// function-level vars (sloppy code, no parameter or top-level
    /// let/const of the name).
    pub annex_b: HashSet<Name>,
}

/// A binding in a context: the register holding the context, the parents
/// to walk, the slot, and what is known about it.
#[derive(Clone)]
pub(super) struct ScopedRef {
    pub ctx: Reg,
    pub depth: u8,
    pub slot: u8,
    pub kind: BindKind,
    pub name: Name,
    /// `(scope, binding)` when it belongs to this function.
    pub own: Option<(usize, usize)>,
    /// Statically initialised (a read needs no TDZ check).
    pub initialized: bool,
    /// A parameter that a mapped `arguments` mirrors: the slot of the
    /// hidden `arguments` binding (same context) and the index.
    pub mapped: Option<(u8, u8)>,
    /// Its dead zone is checked at run time although it is this
    /// function's own (a `switch` clause's binding that a jump can skip).
    pub skippable: bool,
}

/// Most slots a context may have (the `Argc`-sized operand).
const MAX_SLOTS: usize = 255;
/// Most contexts a closure may reach through (the `Depth` operand).
const MAX_DEPTH_CTX: usize = 255;

/// Compiles function `f` nested in a scope whose contexts are `outer`.
/// `inferred` names an anonymous function after where it is stored;
/// `member_inferred` is its name in stack frames only (`FuncProto::inferred_name`).
#[allow(clippy::too_many_arguments)]
pub(super) fn compile_closure(
    vm: &mut dyn Linker,
    source: &Rc<Source>,
    f: &Function,
    declared: &Rc<HashSet<Name>>,
    outer: Rc<Vec<CtxFrame>>,
    inferred: Option<Name>,
    member_inferred: Option<Name>,
    is_expression: bool,
    cls: super::classes::ClassState,
) -> CResult<Rc<FuncProto>> {
    let mut c = FnCompiler::new(vm, source, false, declared);
    c.cls = cls;
    c.cl.arrow = f.kind == FnKind::Arrow;
    // A strict function reads `this` raw (no boxing, no global object for
    // undefined) and its `arguments` does not alias its parameters.
    if has_use_strict(&f.body) {
        c.cls.strict_code = true;
    }
    if c.cls.strict_code && !c.cl.arrow {
        c.cls.strict = true;
    }
    c.cl.captured = Rc::new(inner_names(&f.body, &f.defaults));
    let uses_args = !c.cl.arrow && uses_arguments(&f.body, &f.defaults);
    // A plain function's new.target (its arrows' too) comes from `new`.
    let reads_new_target = !c.cl.arrow
        && f.kind == FnKind::Normal
        && c.cls.kind == crate::bytecode::FnKind::Normal
        && uses_new_target(&f.body, &f.defaults);
    // A method's (an accessor's) new.target is undefined; its arrows that
    // read it find that in its context.
    let method_new_target = !c.cl.arrow
        && !reads_new_target
        && !c.cls.is_class_ctor_kind()
        && c.cl.captured.contains(NEW_TARGET)
        && uses_new_target(&f.body, &f.defaults);
    let has_rest = f.rest.is_some();
    let args_array = uses_args || has_rest;
    // Sloppy code with a simple parameter list gets a mapped `arguments`
    // (strict code, class code and any default, rest or pattern: unmapped).
    // Its parameters and the object then live in the function's context,
    // so that a write on one side can reach the other from any closure.
    let sloppy_simple = !c.cls.strict
        && !c.cls.kind.is_class_ctor()
        && f.defaults.iter().all(Option::is_none)
        && !has_rest
        && f.patterns.is_empty();
    let mapped = uses_args
        && !c.cls.strict
        && !c.cls.kind.is_class_ctor()
        && f.defaults.iter().all(Option::is_none)
        && !has_rest
        && f.patterns.is_empty()
        && !f.params.is_empty()
        && f.params.iter().all(|p| &*p.name != "arguments");
    if mapped {
        let mut cap = (*c.cl.captured).clone();
        cap.extend(f.params.iter().map(|p| p.name.clone()));
        cap.insert(MAPPED_ARGS.into());
        c.cl.captured = Rc::new(cap);
    }
    let nparams = f.params.len() + args_array as usize;
    if nparams >= MAX_REGS {
        return Err(JsError::syntax(
            format!("too many parameters (stitch allows {})", MAX_REGS - 2),
            source,
            f.name.span,
        ));
    }
    let mut scope = Scope::default();
    let has_defaults = !f.defaults.is_empty();
    for p in &f.params {
        let reg = c.alloc_reg(p.span)?;
        // A repeated parameter name refers to the last one, as in sloppy mode.
        scope.bindings.retain(|b: &Binding| b.name != p.name);
        scope.bindings.push(Binding::new(p.name.clone(), reg, BindKind::Var, !has_defaults));
    }
    if args_array {
        c.cl.args_reg = Some(c.alloc_reg(f.span)?);
    }
    // The parameter list is the one place parameters are bound (defaults
    // and rest below); everything after is the body.
    if let Some(rest) = &f.rest {
        let reg = c.alloc_reg(rest.span)?;
        scope.bindings.retain(|b: &Binding| b.name != rest.name);
        scope.bindings.push(Binding::new(rest.name.clone(), reg, BindKind::Var, true));
    }
    // The names a destructuring parameter binds (in its dead zone until
    // the pattern is bound, `bind_parameter`).
    for id in f.patterns.iter().flat_map(|(_, p)| super::patterns::names_of(p)) {
        let reg = c.alloc_reg(id.span)?;
        scope.bindings.retain(|b: &Binding| b.name != id.name);
        scope.bindings.push(Binding::new(id.name.clone(), reg, BindKind::Var, false));
    }
    // A named function expression sees its own name (unless something
    // else in the function takes it).
    let self_name = (is_expression && f.kind == FnKind::Normal && !f.name.name.is_empty())
        .then(|| f.name.name.clone())
        .filter(|n| scope.find(n).is_none());
    if let Some(n) = &self_name {
        let reg = c.alloc_reg(f.name.span)?;
        let kind = if c.cls.strict || c.cls.strict_code { BindKind::Const } else { BindKind::FnName };
        scope.bindings.insert(0, Binding::new(n.clone(), reg, kind, true));
    }
    if uses_args && scope.find("arguments").is_none() {
        let reg = c.alloc_reg(f.span)?;
        scope.bindings.push(Binding::new("arguments".into(), reg, BindKind::Var, true));
    }
    if mapped {
        let reg = c.alloc_reg(f.span)?;
        scope.bindings.push(Binding::new(MAPPED_ARGS.into(), reg, BindKind::Var, true));
    }
    // Arrows inside that use `this` read it from this function's context.
    // (A derived constructor's is bound by `super(...)`: until then its
    // arrows find the slot empty, a ReferenceError.)
    let derived_ctor = c.cls.kind == crate::bytecode::FnKind::DerivedCtor;
    if !c.cl.arrow && c.cl.captured.contains("this") {
        let reg = c.alloc_reg(f.span)?;
        let kind = if derived_ctor { BindKind::Let } else { BindKind::Var };
        scope.bindings.push(Binding::new("this".into(), reg, kind, true));
    }
    // A class constructor's arrows that read new.target (or call
    // `super(...)`) find it, and the constructor, in its context; the
    // registers are filled after `class_prologue`.
    let ctor_captures: Vec<&str> = if !c.cl.arrow && c.cls.is_class_ctor_kind() {
        [NEW_TARGET, SUPER_CTOR].into_iter().filter(|n| c.cl.captured.contains(*n)).collect()
    } else {
        Vec::new()
    };
    for &n in &ctor_captures {
        let reg = c.alloc_reg(f.span)?;
        scope.bindings.push(Binding::new(n.into(), reg, BindKind::Const, true));
    }
    if method_new_target {
        let reg = c.alloc_reg(f.span)?;
        scope.bindings.push(Binding::new(NEW_TARGET.into(), reg, BindKind::Const, true));
        let k = c.constant(Value::UNDEFINED);
        c.emit(Op::LoadConst { dst: reg, k }, f.span);
    }
    if reads_new_target {
        let reg = c.alloc_reg(f.span)?;
        scope.bindings.push(Binding::new(NEW_TARGET.into(), reg, BindKind::Const, true));
        // First, before anything can run code that constructs.
        c.emit(Op::LoadNewTarget { dst: reg }, f.span);
    }
    // `var`s (and, Annex B, functions declared in blocks) are
    // function-scoped and start out undefined.
    // Bindings from here on are the body's declarations.
    let body_start = scope.bindings.len();
    let lexical = top_lexical_names(&f.body);
    let mut vars = Vec::new();
    collect_vars_and_block_functions(&f.body, &mut vars, true);
    // Annex B is sloppy code's, and leaves a parameter of the name alone.
    let strict = c.cls.strict || c.cls.strict_code;
    let is_param = |name: &Name| {
        f.params.iter().chain(f.rest.iter()).any(|p| &p.name == name)
            || f.patterns.iter().flat_map(|(_, p)| super::patterns::names_of(p)).any(|id| &id.name == name)
    };
    vars.retain(|(name, _, block_function)| !block_function || !(strict || is_param(name)));
    let mut undef_vars = Vec::new();
    // With defaults or patterns the body's `var`s live in an environment
    // of their own: `var a` naming parameter `a` is a second binding that
    // starts with the parameter's value, so a closure of the parameter
    // list keeps seeing the parameter (`function f(a, g = () => a) { var
    // a = 5; return g() }` gives the argument).
    let separate = !f.defaults.is_empty() || !f.patterns.is_empty();
    let mut param_vars = Vec::new();
    for (name, span, block_function) in vars {
        let shadows_param = separate
            && !block_function
            && !param_vars.contains(&name)
            && (f.params.iter().chain(f.rest.iter()).any(|p| p.name == name)
                || f.patterns.iter().flat_map(|(_, p)| super::patterns::names_of(p)).any(|id| id.name == name))
            && c.cl.captured.contains(&name);
        if shadows_param {
            let reg = c.alloc_reg(span)?;
            scope.bindings.push(Binding::new(name.clone(), reg, BindKind::Var, true));
            param_vars.push(name);
            continue;
        }
        // Annex B: not when a let/const of the function has the name.
        if block_function && !lexical.contains(&name) {
            c.cl.annex_b.insert(name.clone());
        }
        if scope.find(&name).is_none() && !(block_function && lexical.contains(&name)) {
            let reg = c.alloc_reg(span)?;
            scope.bindings.push(Binding::new(name.clone(), reg, BindKind::Var, true));
            undef_vars.push(name);
        }
    }
    c.forward_arguments(f.span)?;
    c.scopes.push(scope);
    c.declare_lexical(&f.body)?;
    if !outer.is_empty() {
        let r = c.alloc_reg(f.span)?;
        c.emit(Op::LoadEnv { dst: r }, f.span);
        c.cl.env_reg = Some(r);
    }
    c.cl.outer = outer;
    c.enter_scope_context(f.span, true)?;
    // Parameters, `arguments`, `this`, the function's own name: into
    // their context slots when captured.
    let at = f.span;
    if let Some(n) = &self_name {
        let reg = c.scopes[0].bindings[0].reg;
        c.emit(Op::LoadCallee { dst: reg }, at);
        c.store_if_captured(0, n, reg, at)?;
    }
    if let Some(args) = c.cl.args_reg {
        if uses_args {
            if let Some(bi) = c.scopes[0].find("arguments") {
                let reg = c.scopes[0].bindings[bi].reg;
                c.emit(Op::Arguments { dst: reg, src: args }, at);
                c.store_if_captured(0, "arguments", reg, at)?;
                if mapped {
                    c.map_parameters(f, reg, at)?;
                }
            }
        }
        if let Some(rest) = &f.rest {
            // The parameter's binding, not a body `var` of the same name
            // (a second binding when the list has defaults).
            if let Some(bi) = c.scopes[0].bindings[..body_start].iter().rposition(|b| b.name == rest.name) {
                let (reg, slot) = (c.scopes[0].bindings[bi].reg, c.scopes[0].bindings[bi].slot);
                c.emit(Op::RestArgs { dst: reg, src: args, from: f.params.len() as u8 }, rest.span);
                if let (Some(slot), Some(ctx)) = (slot, c.scopes[0].ctx) {
                    c.emit(Op::SetScoped { ctx, src: reg, depth: 0, slot }, rest.span);
                }
            }
        }
    }
    if reads_new_target || method_new_target {
        c.store_if_captured(0, NEW_TARGET, c.scopes[0].bindings[c.scopes[0].find(NEW_TARGET).unwrap_or(0)].reg, at)?;
    }
    // Parameter defaults and patterns cannot see the body's declarations
    // (a name there that only the body declares is the enclosing one):
    // those bindings are renamed out of reach while the list is bound.
    let hide = has_defaults || !f.patterns.is_empty();
    let mut hidden = Vec::new();
    if hide {
        for b in &mut c.scopes[0].bindings[body_start..] {
            let renamed: Name = format!("%body {}", b.name).into();
            let name = std::mem::replace(&mut b.name, renamed);
            hidden.push(name);
        }
    }
    // An async generator starts as a generator does, after its parameters.
    if f.is_async && !f.generator {
        c.async_start(f.span)?;
    }
    c.params(f)?;
    if f.is_async {
        c.async_fn = true;
    }
    if hide {
        for (b, name) in c.scopes[0].bindings[body_start..].iter_mut().zip(hidden) {
            b.name = name;
        }
    }
    // Each body `var` of a parameter's name starts as the parameter.
    for name in &param_vars {
        let bindings = &c.scopes[0].bindings;
        let Some(pi) = bindings[..body_start].iter().rposition(|b| b.name == *name) else { continue };
        let Some(vi) = c.scopes[0].find(name) else { continue };
        let (p, v) = ((bindings[pi].reg, bindings[pi].slot), (bindings[vi].reg, bindings[vi].slot));
        let ctx = c.scopes[0].ctx;
        let value = match (p.1, ctx) {
            (Some(slot), Some(ctx)) => {
                c.emit(Op::GetScoped { dst: v.0, ctx, depth: 0, slot }, at);
                v.0
            }
            _ => p.0,
        };
        match (v.1, ctx) {
            (Some(slot), Some(ctx)) => {
                c.emit(Op::SetScoped { ctx, src: value, depth: 0, slot }, at);
            }
            _ => {
                c.emit(Op::Mov { dst: v.0, src: value }, at);
            }
        }
    }
    // A class constructor's `this` and new.target (after the parameters,
    // whose registers come first).
    c.class_prologue(f)?;
    for &n in &ctor_captures {
        if let Some(bi) = c.scopes[0].find(n) {
            let reg = c.scopes[0].bindings[bi].reg;
            match (n, c.cls.nt_reg) {
                (NEW_TARGET, Some(nt)) => c.emit(Op::Mov { dst: reg, src: nt }, at),
                _ => c.emit(Op::LoadCallee { dst: reg }, at),
            };
            c.store_if_captured(0, n, reg, at)?;
        }
    }
    if !c.cl.arrow && !derived_ctor && c.cl.captured.contains("this") {
        if let Some(bi) = c.scopes[0].find("this") {
            let reg = c.scopes[0].bindings[bi].reg;
            c.own_this_into(reg, at);
            c.store_if_captured(0, "this", reg, at)?;
        }
    }
    for name in &undef_vars {
        if let Some(bi) = c.scopes[0].find(name) {
            let b = &c.scopes[0].bindings[bi];
            let (reg, slot) = (b.reg, b.slot);
            let k = c.constant(Value::UNDEFINED);
            match slot {
                Some(slot) => {
                    let t = c.load_const(Value::UNDEFINED, at)?;
                    let ctx = c.scopes[0].ctx.expect("a captured binding's scope has a context");
                    c.emit(Op::SetScoped { ctx, src: t, depth: 0, slot }, at);
                    c.next_reg -= 1;
                }
                None => {
                    c.emit(Op::LoadConst { dst: reg, k }, at);
                }
            }
        }
    }
    c.hoist_functions(&f.body)?;
    if f.generator {
        c.generator_start(f.span)?;
    }
    for s in &f.body {
        c.stmt(s)?;
    }
    let end = Span::new(f.span.end as usize - 1, f.span.end as usize);
    let r = c.load_const(Value::UNDEFINED, end)?;
    c.return_value(r, end);
    let name = if f.name.name.is_empty() || c.cls.kind.is_class_ctor() {
        inferred.unwrap_or_default()
    } else {
        f.name.name.clone()
    };
    let length = f.defaults.iter().position(Option::is_some).unwrap_or(f.params.len());
    let text = c.cls.text.unwrap_or(f.span);
    let mut proto = c.finish(name, nparams as u16, text);
    if let Some(n) = member_inferred {
        proto.inferred_name = n;
    }
    proto.info = FnInfo {
        length: length as u16,
        arrow: f.kind == FnKind::Arrow,
        method: f.kind == FnKind::Method,
        args_array,
        args_object: uses_args && !has_rest,
        args_callee: uses_args && !has_rest && sloppy_simple,
        new_target: reads_new_target,
        generator: f.generator,
        is_async: f.is_async,
    };
    Ok(vm.register(proto))
}

impl<'a> FnCompiler<'a> {
    /// Default parameters, left to right at call time: a parameter whose
    /// argument is undefined takes its default, which may use the earlier
    /// parameters (a later one is still in its dead zone); a destructuring
    /// parameter is bound right after its default, so a later default sees
    /// its names (`function f({a}, b = a)`).
    fn params(&mut self, f: &Function) -> CResult<()> {
        for i in 0..f.params.len() {
            self.param(f, i)?;
            self.bind_parameter(f, i)?;
        }
        // `...[a, b]`: the rest array is in place; bind its pattern.
        self.bind_parameter(f, f.params.len())
    }

    fn param(&mut self, f: &Function, i: usize) -> CResult<()> {
        let has_defaults = !f.defaults.is_empty();
        let p = &f.params[i];
        {
            let Some(bi) = self.scopes[0].find(&p.name) else { return Ok(()) };
            if self.scopes[0].bindings[bi].reg != i as Reg {
                return Ok(()); // a repeated name: the last one is the binding
            }
            if let Some(Some(default)) = f.defaults.get(i) {
                let mark = self.next_reg;
                let undef = self.load_const(Value::UNDEFINED, default.span)?;
                let skip = self.emit(Op::JumpIfNotStrictEq { a: i as Reg, b: undef, target: 0 }, default.span);
                self.next_reg = mark;
                self.infer_name(default, &p.name);
                self.assign_local(i as Reg, default)?;
                let t = self.here();
                self.patch(skip, t);
            }
            if has_defaults {
                self.scopes[0].bindings[bi].initialized = true;
            }
            self.store_if_captured(0, &p.name, i as Reg, p.span)?;
        }
        Ok(())
    }

    /// Links a mapped `arguments` object (in `args`) with the parameters'
    /// context slots and keeps it in its hidden binding.
    fn map_parameters(&mut self, f: &Function, args: Reg, at: Span) -> CResult<()> {
        let Some(ctx) = self.scopes[0].ctx else { return Ok(()) };
        let mut map = ArgMapping::default();
        for (i, p) in f.params.iter().enumerate() {
            // A repeated name is the last parameter's.
            if f.params[i + 1..].iter().any(|q| q.name == p.name) {
                continue;
            }
            let Some(bi) = self.scopes[0].find(&p.name) else { continue };
            let Some(slot) = self.scopes[0].bindings[bi].slot else { continue };
            self.emit(Op::MapArgument { args, ctx, slot, index: i as u8 }, at);
            map.params.push((slot, i as u8));
        }
        let Some(bi) = self.scopes[0].find(MAPPED_ARGS) else { return Ok(()) };
        let Some(margs) = self.scopes[0].bindings[bi].slot else { return Ok(()) };
        map.margs = margs;
        self.scopes[0].args_map = Some(Rc::new(map));
        self.store_if_captured(0, MAPPED_ARGS, args, at)
    }

    /// After a store of `src` to `s`: a mapped parameter's `arguments`
    /// element follows.
    fn sync_mapped(&mut self, s: &ScopedRef, src: Reg, span: Span) {
        let Some((margs, index)) = s.mapped else { return };
        let mark = self.next_reg;
        if let Ok(t) = self.alloc_temp(span) {
            self.emit(Op::GetScoped { dst: t, ctx: s.ctx, depth: s.depth, slot: margs }, span);
            self.emit(Op::SyncArgument { args: t, src, index }, span);
        }
        self.next_reg = mark;
    }

    /// Copies a register-held binding of scope `si` into its context slot,
    /// when it has one (parameters and the like, set up at entry).
    pub(super) fn store_if_captured(&mut self, si: usize, name: &str, reg: Reg, span: Span) -> CResult<()> {
        let Some(bi) = self.scopes[si].find(name) else { return Ok(()) };
        if let (Some(slot), Some(ctx)) = (self.scopes[si].bindings[bi].slot, self.scopes[si].ctx) {
            self.emit(Op::SetScoped { ctx, src: reg, depth: 0, slot }, span);
        }
        Ok(())
    }

    /// Class code compiled inline (instance field initialisers in the
    /// constructor, static fields and blocks in the enclosing function) has
    /// its own `this`, in register `this`: arrows made there that use it
    /// find it as a binding of the innermost scope (which the caller pushed
    /// and pops), kept in a context of its own.
    pub(super) fn bind_class_this(
        &mut self,
        this: Reg,
        exprs: &[&Expr],
        blocks: &[&[Stmt]],
        span: Span,
    ) -> CResult<()> {
        if !arrows_use_this(exprs, blocks) {
            return Ok(());
        }
        let si = self.scopes.len() - 1;
        self.scopes[si].bindings.push(Binding::new("this".into(), this, BindKind::Var, true));
        // The scope's context is made for the names the function's closures
        // capture: `this` of class code is one only while it compiles.
        let saved = self.cl.captured.clone();
        let mut cap = (*saved).clone();
        cap.insert("this".into());
        self.cl.captured = Rc::new(cap);
        let r = self.enter_scope_context(span, true);
        self.cl.captured = saved;
        r?;
        self.store_if_captured(si, "this", this, span)
    }

    /// Gives the captured bindings of the innermost scope context slots
    /// and, when there are any, a register for the scope's context, which
    /// is created now when `emit` (else by `new_scope_context`, e.g. at
    /// each iteration of a `for...of`).
    pub(super) fn enter_scope_context(&mut self, span: Span, emit: bool) -> CResult<Option<Reg>> {
        let si = self.scopes.len() - 1;
        let captured = self.cl.captured.clone();
        let mut n = 0usize;
        for b in self.scopes[si].bindings.iter_mut() {
            if captured.contains(&b.name) {
                if n >= MAX_SLOTS {
                    return Err(JsError::syntax(
                        format!("too many captured variables in one scope (stitch allows {})", MAX_SLOTS),
                        self.source,
                        span,
                    ));
                }
                b.slot = Some(n as u8);
                n += 1;
            }
        }
        if n == 0 {
            return Ok(None);
        }
        let reg = self.alloc_reg(span)?;
        self.scopes[si].ctx = Some(reg);
        self.scopes[si].ctx_size = n as u8;
        if emit {
            self.new_scope_context(si, span)?;
        }
        Ok(Some(reg))
    }

    /// Emits the creation of scope `si`'s context (slots in their dead zone).
    pub(super) fn new_scope_context(&mut self, si: usize, span: Span) -> CResult<()> {
        let Some(reg) = self.scopes[si].ctx else { return Ok(()) };
        let size = self.scopes[si].ctx_size;
        let parent = self.context_below(si, span)?;
        self.emit(Op::NewContext { dst: reg, parent, size }, span);
        Ok(())
    }

    /// A fresh copy of scope `si`'s context: the next iteration of a
    /// `for (let …)` loop (its closures keep the bindings of theirs).
    pub(super) fn copy_scope_context(&mut self, si: usize, span: Span) {
        if let Some(reg) = self.scopes[si].ctx {
            self.emit(Op::CopyContext { dst: reg, src: reg }, span);
        }
    }

    /// The register of the innermost context outside scope `si` (a
    /// register holding undefined when there is none).
    fn context_below(&mut self, si: usize, span: Span) -> CResult<Reg> {
        if let Some(r) = self.scopes[..si].iter().rev().find_map(|s| s.ctx) {
            return Ok(r);
        }
        if let Some(r) = self.cl.env_reg {
            return Ok(r);
        }
        self.load_const(Value::UNDEFINED, span)
    }

    /// The register of the innermost context in force (what a closure made
    /// here captures).
    fn current_context(&mut self, span: Span) -> CResult<Reg> {
        let n = self.scopes.len();
        self.context_below(n, span)
    }

    /// What nested functions made here see: the enclosing contexts, then
    /// this function's scopes that have one.
    fn chain_here(&self) -> Rc<Vec<CtxFrame>> {
        let mut chain: Vec<CtxFrame> = (*self.cl.outer).clone();
        for s in &self.scopes {
            if s.ctx.is_some() {
                let mut names: Vec<(u8, Name, BindKind)> =
                    s.bindings.iter().filter_map(|b| b.slot.map(|sl| (sl, b.name.clone(), b.kind))).collect();
                names.sort_by_key(|x| x.0);
                let names = names.into_iter().map(|(_, n, k)| (n, k)).collect();
                chain.push(CtxFrame { names, args_map: s.args_map.clone() });
            }
        }
        Rc::new(chain)
    }

    /// Resolves `name` in the enclosing functions' contexts.
    pub(super) fn resolve_outer(&self, name: &str) -> Option<ScopedRef> {
        let env = self.cl.env_reg?;
        for (depth, frame) in self.cl.outer.iter().rev().enumerate() {
            if let Some(i) = frame.names.iter().rposition(|(n, _)| &**n == name) {
                if depth > MAX_DEPTH_CTX {
                    return None;
                }
                let (n, kind) = &frame.names[i];
                return Some(ScopedRef {
                    ctx: env,
                    depth: depth as u8,
                    slot: i as u8,
                    kind: *kind,
                    name: n.clone(),
                    own: None,
                    initialized: *kind == BindKind::Var,
                    mapped: frame.args_map.as_ref().and_then(|m| m.lookup(i as u8)),
                    skippable: false,
                });
            }
        }
        None
    }

    /// The scoped reference of a captured binding of this function.
    pub(super) fn own_scoped(&self, si: usize, bi: usize) -> Option<ScopedRef> {
        let b = &self.scopes[si].bindings[bi];
        let slot = b.slot?;
        Some(ScopedRef {
            ctx: self.scopes[si].ctx?,
            depth: 0,
            slot,
            kind: b.kind,
            name: b.name.clone(),
            own: Some((si, bi)),
            initialized: b.initialized,
            mapped: self.scopes[si].args_map.as_ref().and_then(|m| m.lookup(slot)),
            skippable: b.skippable,
        })
    }

    /// Reads a captured variable into `dst`, checking its dead zone at run
    /// time when it may still be in it (a `let`/`const` read by a closure).
    pub(super) fn load_scoped(&mut self, s: &ScopedRef, dst: Reg, span: Span) {
        if s.own.is_some() && !s.initialized {
            self.tdz(&s.name, span);
            return;
        }
        self.emit(Op::GetScoped { dst, ctx: s.ctx, depth: s.depth, slot: s.slot }, span);
        if (s.own.is_none() || s.skippable) && s.kind != BindKind::Var {
            self.check_hole(dst, &s.name, span);
        }
    }

    fn check_hole(&mut self, r: Reg, name: &str, span: Span) {
        let text: Rc<[u16]> = name.encode_utf16().collect();
        let k = self.string_const(&text);
        self.emit(Op::CheckHole { src: r, k }, span);
    }

    /// Writes `src` to a captured variable: a `const` throws, a binding in
    /// its dead zone throws ReferenceError first.
    pub(super) fn store_scoped(&mut self, s: &ScopedRef, src: Reg, span: Span, op_span: Span) -> CResult<()> {
        self.store_scoped_after(s, src, span, op_span, false)
    }

    /// `store_scoped`, where `read` says the binding was just read (and
    /// its dead zone checked) by the same expression (`x += v`, `x++`).
    fn store_scoped_after(&mut self, s: &ScopedRef, src: Reg, span: Span, op_span: Span, read: bool) -> CResult<()> {
        if s.own.is_some() && !s.initialized {
            self.tdz(&s.name, span);
            return Ok(());
        }
        if !read && (s.own.is_none() || s.skippable) && s.kind != BindKind::Var {
            let mark = self.next_reg;
            let t = self.alloc_temp(span)?;
            self.emit(Op::GetScoped { dst: t, ctx: s.ctx, depth: s.depth, slot: s.slot }, span);
            self.check_hole(t, &s.name, span);
            self.next_reg = mark;
        }
        if s.kind == BindKind::Const {
            self.throw(ErrorKind::TypeError, "Assignment to constant variable.".into(), op_span);
            return Ok(());
        }
        if s.kind == BindKind::FnName {
            return Ok(());
        }
        self.emit(Op::SetScoped { ctx: s.ctx, src, depth: s.depth, slot: s.slot }, span);
        self.sync_mapped(s, src, span);
        Ok(())
    }

    /// The declaration of a captured binding (`let x = v`, `var x = v`):
    /// stores without checks and ends its dead zone.
    pub(super) fn init_scoped(&mut self, s: &ScopedRef, src: Reg, span: Span) {
        self.emit(Op::SetScoped { ctx: s.ctx, src, depth: s.depth, slot: s.slot }, span);
        self.sync_mapped(s, src, span);
        if let Some((si, bi)) = s.own {
            self.scopes[si].bindings[bi].initialized = true;
        }
    }

    /// `x = v`, `x op= v` on a captured variable; the result in `dst`, if
    /// the value is used.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn assign_scoped(
        &mut self,
        s: &ScopedRef,
        op: Option<BinOp>,
        value: &Expr,
        dst: Option<Reg>,
        span: Span,
        op_span: Span,
        target_span: Span,
    ) -> CResult<()> {
        if s.own.is_some() && !s.initialized {
            // As for a local (`Compiler::assign`): a store fails at the `=`.
            let at = match op {
                None => {
                    self.expr(value)?;
                    op_span
                }
                Some(_) => self.prior_pos(target_span),
            };
            self.tdz(&s.name, at);
            return Ok(());
        }
        let dst = match (op, dst) {
            (None, Some(dst)) => {
                self.expr_into(value, dst)?;
                dst
            }
            // A statement: the value may stay in its own register.
            (None, None) => self.expr(value)?,
            (Some(_), Some(dst)) => dst,
            (Some(_), None) => self.alloc_temp(span)?,
        };
        match op {
            None => {}
            Some(op) => {
                let cur = self.alloc_temp(span)?;
                let at = self.prior_pos(target_span);
                self.load_scoped(s, cur, at);
                let rv = self.expr(value)?;
                self.emit(binary_op(op, dst, cur, rv), self.position_of(value));
                return self.store_scoped_after(s, dst, target_span, op_span, true);
            }
        }
        self.store_scoped(s, dst, target_span, op_span)
    }

    /// `x++`, `--x` on a captured variable.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn update_scoped(
        &mut self,
        s: &ScopedRef,
        delta: i32,
        prefix: bool,
        dst: Reg,
        span: Span,
        target_span: Span,
        store_span: Span,
    ) -> CResult<()> {
        let old = self.alloc_temp(span)?;
        self.load_scoped(s, old, target_span);
        if s.own.is_some() && !s.initialized {
            return Ok(());
        }
        let imm = delta as i16;
        if prefix {
            self.emit(Op::AddImm { dst, a: old, imm }, span);
            self.store_scoped_after(s, dst, store_span, store_span, true)
        } else {
            self.emit(Op::ToNumber { dst, src: old }, span);
            let new = self.alloc_temp(span)?;
            self.emit(Op::AddImm { dst: new, a: dst, imm }, span);
            self.store_scoped_after(s, new, store_span, store_span, true)
        }
    }

    /// `this`: the receiver, or in an arrow the enclosing function's.
    pub(super) fn this_into(&mut self, dst: Reg, span: Span) -> CResult<()> {
        // (Class code compiled inline -- field initialisers, static blocks --
        // has its `this` in a register even inside an arrow's body.)
        if self.cl.arrow && self.cls.this_reg.is_none() {
            if let Some(s) = self.resolve_outer("this") {
                if s.kind == BindKind::Var {
                    self.load_scoped(&s, dst, span);
                } else {
                    // A derived constructor's `this`, bound by `super(...)`.
                    self.emit(Op::GetScoped { dst, ctx: s.ctx, depth: s.depth, slot: s.slot }, span);
                    self.emit(Op::CheckThis { src: dst }, span);
                }
                return Ok(());
            }
            // (Unreachable: an arrow always has an enclosing function or
            // the script's `this` context.)
        }
        self.own_this_into(dst, span);
        Ok(())
    }

    /// Arrows at a script's top level see the script's `this`: when one
    /// uses it, the script keeps it in a context of its own, which its
    /// closures get as their environment.
    pub(super) fn script_this_context(&mut self) -> CResult<()> {
        if !self.cl.captured.contains("this") {
            return Ok(());
        }
        let span = Span::default();
        let this = self.alloc_reg(span)?;
        self.emit(Op::LoadThis { dst: this }, span);
        let parent = self.load_const(Value::UNDEFINED, span)?;
        let ctx = self.alloc_reg(span)?;
        self.emit(Op::NewContext { dst: ctx, parent, size: 1 }, span);
        self.emit(Op::SetScoped { ctx, src: this, depth: 0, slot: 0 }, span);
        self.cl.env_reg = Some(ctx);
        self.cl.outer = Rc::new(vec![CtxFrame { names: vec![("this".into(), BindKind::Var)], args_map: None }]);
        Ok(())
    }

    /// A function value: a template constant compiled now, and a fresh
    /// closure of it over the innermost context on every evaluation. The
    /// one way the compiler makes function objects (methods too).
    pub(super) fn closure_into(&mut self, f: &Function, dst: Reg, span: Span, is_expression: bool) -> CResult<()> {
        let inferred = self.inferred_name.take();
        let cls = super::classes::ClassState::default();
        self.closure_with(f, inferred, cls, dst, span, is_expression)
    }

    /// THE place a function's object is made (function expressions and
    /// declarations, object-literal methods, every class member): its code
    /// compiled now, a fresh closure over the current context made at run
    /// time (class members are then copied with their home object by
    /// `NewClass`/`DefineMethod`, environment included).
    pub(super) fn closure_with(
        &mut self,
        f: &Function,
        inferred: Option<Name>,
        cls: super::classes::ClassState,
        dst: Reg,
        span: Span,
        is_expression: bool,
    ) -> CResult<()> {
        let chain = self.chain_here();
        let mut cls = cls;
        cls.privates = self.cls.privates.clone();
        // An arrow in a method or constructor that uses `super.x` gets
        // the home object of the function it is made in.
        let in_method = self.cls.super_home
            || self.cls.field_init
            || self.cls.static_home.is_some()
            || self.cls.is_class_ctor_kind()
            || (self.cls.kind == crate::bytecode::FnKind::Method && self.cls.this_reg.is_none());
        let super_home = f.kind == FnKind::Arrow && in_method && uses_super(&f.body, &f.defaults);
        // An arrow that calls `super(...)` runs the constructor's field
        // initialisers after it, so it gets the class (and the home object
        // the private methods and computed field keys are kept on).
        let super_call = f.kind == FnKind::Arrow
            && (self.cls.kind == crate::bytecode::FnKind::DerivedCtor || self.cls.super_call_class.is_some())
            && uses_super_call(&f.body, &f.defaults);
        let super_home = super_home || super_call;
        if super_call {
            cls.super_call_class = self.cls.super_call_class.clone().or_else(|| self.cls.class.clone());
        }
        cls.super_home = super_home;
        cls.strict_code |= self.cls.strict_code || self.cls.strict;
        let member_inferred =
            self.member_inferred.take().or_else(|| self.frame_names.get(&(f as *const Function as *const ())).cloned());
        let proto = compile_closure(
            self.vm,
            self.source,
            f,
            &self.declared,
            chain,
            inferred,
            member_inferred,
            is_expression,
            cls,
        )?;
        let template = self.vm.constant_function(proto);
        let k = self.constant(template);
        let ctx = self.current_context(span)?;
        self.emit(Op::Closure { dst, k, ctx }, span);
        if let (true, Some(home)) = (super_home, self.cls.static_home) {
            // An arrow in a static initialiser: its home object is the class.
            self.emit(Op::MakeMethod { dst, func: dst, home }, span);
        } else if super_home {
            let home = self.alloc_temp(span)?;
            self.emit(Op::LoadHome { dst: home }, span);
            self.emit(Op::MakeMethod { dst, func: dst, home }, span);
            self.next_reg -= 1;
        }
        Ok(())
    }

    /// Function declarations of a statement list, hoisted: their closures
    /// are made on entry to the list's scope, before any of its statements.
    pub(super) fn hoist_functions(&mut self, body: &[Stmt]) -> CResult<()> {
        // A later declaration of the same name wins.
        let mut last: HashMap<Name, &Function> = HashMap::new();
        for s in body {
            if let StmtKind::Function(f) = &s.kind {
                last.insert(f.name.name.clone(), f);
            }
        }
        for s in body {
            let StmtKind::Function(f) = &s.kind else { continue };
            if !last.get(&f.name.name).is_some_and(|g| std::ptr::eq(*g, &**f)) {
                continue;
            }
            let si = self.scopes.len() - 1;
            let Some(bi) = self.scopes[si].find(&f.name.name) else { continue };
            let mark = self.next_reg;
            let t = self.alloc_temp(f.span)?;
            self.closure_into(f, t, f.name.span, false)?;
            match self.own_scoped(si, bi) {
                Some(sr) => self.init_scoped(&sr, t, f.name.span),
                None => {
                    let reg = self.scopes[si].bindings[bi].reg;
                    self.emit(Op::Mov { dst: reg, src: t }, f.name.span);
                    self.scopes[si].bindings[bi].initialized = true;
                }
            }
            self.next_reg = mark;
        }
        Ok(())
    }

    /// Declares a function of a statement list in the innermost scope (a
    /// function body's binding may already exist as a `var` or parameter).
    pub(super) fn declare_function(&mut self, f: &Function, in_function_body: bool) -> CResult<()> {
        let si = self.scopes.len() - 1;
        if let Some(bi) = self.scopes[si].find(&f.name.name) {
            let b = &self.scopes[si].bindings[bi];
            // A function body's function may share its name with a var or
            // parameter; two functions of one name in a block are allowed
            // in sloppy mode (the last wins); a let/const of the name is not.
            if (in_function_body && b.kind == BindKind::Var) || b.func {
                return Ok(());
            }
            return Err(already_declared(&f.name.name, self.source, f.name.span));
        }
        let reg = self.alloc_reg(f.name.span)?;
        let kind = if in_function_body { BindKind::Var } else { BindKind::Let };
        self.scopes[si].bindings.push(Binding {
            name: f.name.name.clone(),
            reg,
            kind,
            initialized: true,
            slot: None,
            func: true,
            skippable: false,
        });
        Ok(())
    }

    /// A function declaration reached in a block: Annex B copies its value
    /// to the function-level `var` of the same name (a global in a script).
    pub(super) fn function_statement(&mut self, f: &Function) -> CResult<()> {
        let name = &f.name.name;
        let si = self.scopes.len() - 1;
        let Some(bi) = self.scopes[si].find(name) else { return Ok(()) };
        let block_level = self.scopes[si].bindings[bi].kind == BindKind::Let;
        if !block_level {
            return Ok(());
        }
        let mark = self.next_reg;
        let t = self.alloc_temp(f.name.span)?;
        match self.own_scoped(si, bi) {
            Some(s) => self.load_scoped(&s, t, f.name.span),
            None => {
                let reg = self.scopes[si].bindings[bi].reg;
                self.emit(Op::Mov { dst: t, src: reg }, f.name.span);
            }
        }
        if self.is_script {
            // Unless a lexical binding of the name is in between (or the
            // script is strict: no Annex B).
            if self.cls.strict_code {
                self.next_reg = mark;
                return Ok(());
            }
            let shadowed = self.scopes[..si].iter().any(|s| s.find(name).is_some());
            if !shadowed {
                if let Ok(g) = self.vm.global_slot(name) {
                    if !matches!(self.vm.global_kind(g), GlobalKind::Let | GlobalKind::Const) {
                        self.emit(Op::InitGlobal { g, src: t }, f.name.span);
                    }
                }
            }
        } else if let Some(vi) = self.scopes[0].find(name).filter(|_| self.cl.annex_b.contains(name)) {
            let shadowed = self.scopes[1..si].iter().any(|s| s.find(name).is_some());
            if self.scopes[0].bindings[vi].kind == BindKind::Var && !shadowed {
                match self.own_scoped(0, vi) {
                    Some(s) => self.init_scoped(&s, t, f.name.span),
                    None => {
                        let reg = self.scopes[0].bindings[vi].reg;
                        self.emit(Op::Mov { dst: reg, src: t }, f.name.span);
                    }
                }
            }
        }
        self.next_reg = mark;
        Ok(())
    }
}

// ---- what a function's body mentions ----

/// Where a walk is: in the function being compiled, inside a nested
/// function that is an arrow (all the way out), or inside a nested
/// function with its own `this` and `arguments`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Within {
    Own,
    Arrow,
    Function,
}

/// Names the functions nested in a body (and in its parameters' defaults)
/// use free, i.e. not bound by their own declarations; `this` when an
/// arrow of it uses `this`.
fn inner_names(body: &[Stmt], defaults: &[Option<Expr>]) -> HashSet<Name> {
    let mut out = HashSet::new();
    let mut w = Walk { out: &mut out, scopes: Vec::new(), want: Want::Inner };
    for d in defaults.iter().flatten() {
        w.expr(d, Within::Own);
    }
    w.stmts(body, Within::Own);
    out
}

/// Whether an arrow uses `super.x` (itself or in its arrows).
pub(super) fn uses_super(body: &[Stmt], defaults: &[Option<Expr>]) -> bool {
    let mut out = HashSet::new();
    let mut w = Walk { out: &mut out, scopes: Vec::new(), want: Want::Super };
    for d in defaults.iter().flatten() {
        w.expr(d, Within::Own);
    }
    w.stmts(body, Within::Own);
    !out.is_empty()
}

/// Whether a body's directive prologue holds `'use strict'`.
pub(super) fn has_use_strict(body: &[Stmt]) -> bool {
    crate::ast::has_use_strict(body)
}

/// Whether a function (an arrow) or its arrows call `super(...)`.
pub(super) fn uses_super_call(body: &[Stmt], defaults: &[Option<Expr>]) -> bool {
    let mut out = HashSet::new();
    let mut w = Walk { out: &mut out, scopes: Vec::new(), want: Want::SuperCall };
    for d in defaults.iter().flatten() {
        w.expr(d, Within::Own);
    }
    w.stmts(body, Within::Own);
    !out.is_empty()
}

/// The pseudo-binding of a derived constructor's own function object,
/// which its arrows that call `super(...)` find the parent class by.
pub(super) const SUPER_CTOR: &str = "%constructor";

/// The pseudo-binding of a plain function's `new.target`.
pub(super) const NEW_TARGET: &str = "new.target";

/// Whether a function reads `new.target` (itself or in its arrows).
fn uses_new_target(body: &[Stmt], defaults: &[Option<Expr>]) -> bool {
    let mut out = HashSet::new();
    let mut w = Walk { out: &mut out, scopes: Vec::new(), want: Want::NewTarget };
    for d in defaults.iter().flatten() {
        w.expr(d, Within::Own);
    }
    w.stmts(body, Within::Own);
    !out.is_empty()
}

/// Whether an arrow among these expressions and statement lists (a
/// class's field initialisers, its static blocks) uses `this`.
pub(super) fn arrows_use_this(exprs: &[&Expr], blocks: &[&[Stmt]]) -> bool {
    let mut out = HashSet::new();
    let mut w = Walk { out: &mut out, scopes: Vec::new(), want: Want::Inner };
    for e in exprs {
        w.expr(e, Within::Own);
    }
    for b in blocks {
        w.stmts(b, Within::Own);
    }
    out.contains("this")
}

/// Every identifier a statement list mentions, in nested functions too.
pub(super) fn mentioned_names(body: &[Stmt]) -> HashSet<Name> {
    let mut out = HashSet::new();
    let mut w = Walk { out: &mut out, scopes: Vec::new(), want: Want::All };
    w.stmts(body, Within::Own);
    out
}

/// The let/const/class names a statement list declares (not its functions,
/// which are initialized on entry to their block).
pub(super) fn lexical_names(body: &[Stmt]) -> Vec<Name> {
    let mut out = block_lexicals(body);
    for s in body {
        if let StmtKind::Function(f) = &s.kind {
            out.retain(|n| *n != f.name.name);
        }
    }
    out
}

/// Whether a function's own `arguments` is used (by it or its arrows).
fn uses_arguments(body: &[Stmt], defaults: &[Option<Expr>]) -> bool {
    let mut out = HashSet::new();
    let mut w = Walk { out: &mut out, scopes: Vec::new(), want: Want::Arguments };
    for d in defaults.iter().flatten() {
        w.expr(d, Within::Own);
    }
    w.stmts(body, Within::Own);
    !out.is_empty()
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Want {
    /// Names inside nested functions.
    Inner,
    /// `arguments` meaning this function's.
    Arguments,
    /// `new.target` meaning this function's.
    NewTarget,
    /// `super.x` meaning this function's home's.
    Super,
    /// `super(...)` meaning this function's constructor's.
    SuperCall,
    /// Every identifier, wherever it stands (a superset of the uses).
    All,
}

struct Walk<'o> {
    out: &'o mut HashSet<Name>,
    /// For `Want::Inner`: the names bound by the nested functions (and
    /// their blocks) around the point of the walk, innermost last. A name
    /// bound there is the nested function's own, not a capture. Scopes of
    /// the function being compiled stay empty: its names are the ones
    /// that may be captured.
    scopes: Vec<HashSet<Name>>,
    want: Want,
}

impl Walk<'_> {
    fn stmts(&mut self, body: &[Stmt], w: Within) {
        for s in body {
            self.stmt(s, w);
        }
    }

    /// Enters a scope binding `names` (recorded only inside a nested
    /// function, and only when collecting captures).
    fn push(&mut self, names: impl IntoIterator<Item = Name>, w: Within) {
        let set =
            if self.want == Want::Inner && w != Within::Own { names.into_iter().collect() } else { HashSet::new() };
        self.scopes.push(set);
    }

    fn pop(&mut self) {
        self.scopes.pop();
    }

    /// A block statement list: its own scope for its let/const/class and
    /// function declarations.
    fn block(&mut self, body: &[Stmt], w: Within) {
        self.push(block_lexicals(body), w);
        self.stmts(body, w);
        self.pop();
    }

    fn stmt(&mut self, s: &Stmt, w: Within) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e, w),
            StmtKind::Var(v) => {
                for (id, init) in &v.decls {
                    self.name(&id.name, w);
                    if let Some(e) = init {
                        self.expr(e, w);
                    }
                }
            }
            StmtKind::Function(f) => {
                self.name(&f.name.name, w);
                self.function(f, w, false);
            }
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e, w);
                }
            }
            StmtKind::If(c, a, b) => {
                self.expr(c, w);
                self.stmt(a, w);
                if let Some(b) = b {
                    self.stmt(b, w);
                }
            }
            StmtKind::While(c, b) | StmtKind::DoWhile(b, c) => {
                self.expr(c, w);
                self.stmt(b, w);
            }
            StmtKind::For(f) => {
                let head: Vec<Name> = match &f.init {
                    Some(ForInit::Decl(v)) if v.kind != DeclKind::Var => {
                        v.decls.iter().map(|(id, _)| id.name.clone()).collect()
                    }
                    _ => Vec::new(),
                };
                self.push(head, w);
                match &f.init {
                    Some(ForInit::Decl(v)) => {
                        for (id, init) in &v.decls {
                            self.name(&id.name, w);
                            if let Some(e) = init {
                                self.expr(e, w);
                            }
                        }
                    }
                    Some(ForInit::Expr(e)) => self.expr(e, w),
                    None => {}
                }
                if let Some(t) = &f.test {
                    self.expr(t, w);
                }
                if let Some(u) = &f.update {
                    self.expr(u, w);
                }
                self.stmt(&f.body, w);
                self.pop();
            }
            StmtKind::ForIn(f) => {
                // The iterated expression is walked outside the head's
                // bindings (conservative: a name there counts as free).
                self.expr(&f.iter, w);
                let head: Vec<Name> = match (f.decl, &f.target.kind) {
                    (Some(DeclKind::Let | DeclKind::Const), ExprKind::Ident(n)) => vec![n.clone()],
                    (Some(DeclKind::Let | DeclKind::Const), ExprKind::Pattern(p)) => {
                        super::patterns::names_of(p).map(|id| id.name.clone()).collect()
                    }
                    _ => Vec::new(),
                };
                self.push(head, w);
                self.expr(&f.target, w);
                self.stmt(&f.body, w);
                self.pop();
            }
            StmtKind::Block(b) => self.block(b, w),
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Empty
            | StmtKind::BreakLabel(_)
            | StmtKind::ContinueLabel(_) => {}
            StmtKind::Labelled(_, body) => self.stmt(body, w),
            StmtKind::Throw(e) => self.expr(e, w),
            StmtKind::Class(c) => {
                self.name(&c.name.name, w);
                self.class(c, w);
            }
            StmtKind::Try(t) => {
                self.block(&t.block, w);
                if let Some(c) = &t.catch {
                    let mut names: Vec<Name> = c.param.iter().map(|p| p.name.clone()).collect();
                    if let Some(p) = &c.pattern {
                        names.extend(super::patterns::names_of(p).map(|id| id.name.clone()));
                    }
                    self.push(names, w);
                    if let Some(p) = &c.param {
                        self.name(&p.name, w);
                    }
                    if let Some(p) = &c.pattern {
                        self.pattern(p, w);
                    }
                    self.block(&c.body, w);
                    self.pop();
                }
                if let Some(f) = &t.finally {
                    self.block(f, w);
                }
            }
            StmtKind::Switch(sw) => {
                // The case tests are walked outside the cases' block
                // (conservative: a name there counts as free).
                self.expr(&sw.discriminant, w);
                for case in &sw.cases {
                    if let Some(t) = &case.test {
                        self.expr(t, w);
                    }
                }
                self.push(sw.cases.iter().flat_map(|c| block_lexicals(&c.body)).collect::<Vec<_>>(), w);
                for case in &sw.cases {
                    self.stmts(&case.body, w);
                }
                self.pop();
            }
            StmtKind::Destructure(d) => {
                for (p, init) in &d.decls {
                    self.pattern(p, w);
                    if let Some(e) = init {
                        self.expr(e, w);
                    }
                }
            }
        }
    }

    /// A class: its heritage is evaluated here; its members are functions
    /// (field initialisers and static blocks run as the class's own code,
    /// so they count as nested too).
    fn class(&mut self, c: &crate::ast::Class, w: Within) {
        use crate::ast::MemberKind;
        if let Some(h) = &c.heritage {
            self.expr(h, w);
        }
        // Inside its body a class sees its own name, and its private
        // names (hidden bindings: `compiler/private.rs`), which its
        // constructor uses to define them (counted as used by a nested
        // function, though not written in one).
        self.push(std::iter::once(c.name.name.clone()).filter(|n| !n.is_empty()), w);
        let privates: Vec<Name> = c
            .members
            .iter()
            .filter(|m| m.private)
            .filter_map(|m| match &m.key {
                crate::ast::PropKey::Name(n) => Some(n.clone()),
                _ => None,
            })
            .collect();
        self.push(privates.iter().cloned(), w);
        for n in &privates {
            self.name(n, Within::Function);
        }
        if let Some(f) = &c.ctor {
            self.function(f, w, false);
        }
        for m in &c.members {
            if let crate::ast::PropKey::Computed(k) = &m.key {
                self.expr(k, w);
            }
            match &m.kind {
                MemberKind::Method(f) | MemberKind::Get(f) | MemberKind::Set(f) => self.function(f, w, false),
                MemberKind::Field(Some(e)) => self.expr(e, Within::Function),
                MemberKind::Field(None) => {}
                MemberKind::StaticBlock(b) => self.block(b, Within::Function),
            }
        }
        self.pop();
        self.pop();
    }

    /// A pattern's names (declared or assigned) and the expressions in it.
    fn pattern(&mut self, p: &crate::ast::Pattern, w: Within) {
        for id in super::patterns::names_of(p) {
            self.name(&id.name, w);
        }
        let mut exprs = Vec::new();
        super::patterns::push_pattern_exprs(p, &mut exprs);
        for e in exprs {
            self.expr(e, w);
        }
    }

    /// A nested function: its parameters (and a function expression's own
    /// name) are bound for its defaults and body; its vars, Annex B block
    /// functions and top-level declarations only for its body (parameter
    /// defaults cannot see them).
    fn function(&mut self, f: &Function, w: Within, expression: bool) {
        let inner = match (w, f.kind) {
            (Within::Own | Within::Arrow, FnKind::Arrow) => Within::Arrow,
            _ => Within::Function,
        };
        let mut params: Vec<Name> = f.params.iter().chain(f.rest.iter()).map(|p| p.name.clone()).collect();
        params.extend(f.patterns.iter().flat_map(|(_, p)| super::patterns::names_of(p)).map(|id| id.name.clone()));
        if expression && f.kind == FnKind::Normal && !f.name.name.is_empty() {
            params.push(f.name.name.clone());
        }
        self.push(params, inner);
        for p in f.params.iter().chain(f.rest.iter()) {
            self.name(&p.name, inner);
        }
        for d in f.defaults.iter().flatten() {
            self.expr(d, inner);
        }
        for (_, p) in &f.patterns {
            self.pattern(p, inner);
        }
        let mut vars = Vec::new();
        collect_vars_and_block_functions(&f.body, &mut vars, true);
        let body = vars.into_iter().map(|(n, _, _)| n).chain(block_lexicals(&f.body));
        self.push(body, inner);
        self.stmts(&f.body, inner);
        self.pop();
        self.pop();
    }

    fn name(&mut self, n: &Name, w: Within) {
        match self.want {
            Want::Inner if w != Within::Own => {
                if &**n == "arguments" && w == Within::Function {
                    return;
                }
                // `arguments` keeps its own rules (above); any other name
                // a nested function binds itself is not a capture.
                if &**n != "arguments" && self.scopes.iter().any(|s| s.contains(n)) {
                    return;
                }
                self.out.insert(n.clone());
            }
            Want::Arguments if w != Within::Function && &**n == "arguments" => {
                self.out.insert(n.clone());
            }
            Want::All => {
                self.out.insert(n.clone());
            }
            _ => {}
        }
    }

    /// Expressions are walked with a list (a chain of 100,000 operands is
    /// that deep); functions inside recurse (their nesting is bounded by
    /// the parser).
    fn expr(&mut self, e: &Expr, w: Within) {
        let mut work = vec![e];
        while let Some(e) = work.pop() {
            match &e.kind {
                ExprKind::Ident(n) => self.name(n, w),
                ExprKind::This => {
                    if self.want == Want::Inner && w == Within::Arrow {
                        self.out.insert("this".into());
                    }
                }
                ExprKind::SuperMember(_) | ExprKind::SuperIndex(_) => {
                    if self.want == Want::Super && w != Within::Function {
                        self.out.insert("super".into());
                    }
                    // `super.x` reads with `this` as the receiver.
                    if self.want == Want::Inner && w == Within::Arrow {
                        self.out.insert("this".into());
                    }
                    push_children(e, &mut work);
                }
                ExprKind::SuperCall(args) => {
                    match (self.want, w) {
                        // `super(...)` in an arrow binds the constructor's
                        // `this`: the arrow needs it, new.target and the
                        // constructor itself (whose parent it calls).
                        (Want::Inner, Within::Arrow) => {
                            self.out.insert("this".into());
                            self.out.insert(NEW_TARGET.into());
                            self.out.insert(SUPER_CTOR.into());
                        }
                        (Want::SuperCall, Within::Own | Within::Arrow) => {
                            self.out.insert(SUPER_CTOR.into());
                        }
                        _ => {}
                    }
                    work.extend(args);
                }
                ExprKind::NewTarget => match (self.want, w) {
                    (Want::Inner, Within::Arrow) | (Want::NewTarget, Within::Own | Within::Arrow) => {
                        self.out.insert(NEW_TARGET.into());
                    }
                    _ => {}
                },
                ExprKind::Function(f) => self.function(f, w, true),
                // `o.#x` reads the binding of private name `#x`.
                ExprKind::Member(o, prop) if prop.name.starts_with('#') => {
                    self.name(&prop.name, w);
                    work.push(o);
                }
                ExprKind::Pattern(p) => self.pattern(p, w),
                ExprKind::Class(c) => self.class(c, w),
                _ => push_children(e, &mut work),
            }
        }
    }
}

/// The names a statement list binds for itself: let/const/class (also
/// destructured) and function declarations.
fn block_lexicals(body: &[Stmt]) -> Vec<Name> {
    let mut out = Vec::new();
    for s in body {
        match &s.kind {
            StmtKind::Var(v) if v.kind != DeclKind::Var => out.extend(v.decls.iter().map(|(id, _)| id.name.clone())),
            StmtKind::Destructure(d) if d.kind != DeclKind::Var => {
                out.extend(d.decls.iter().flat_map(|(p, _)| super::patterns::names_of(p)).map(|id| id.name.clone()))
            }
            StmtKind::Function(f) => out.push(f.name.name.clone()),
            StmtKind::Class(c) => out.push(c.name.name.clone()),
            _ => {}
        }
    }
    out
}

/// The let/const/class names declared directly in a function body.
fn top_lexical_names(body: &[Stmt]) -> HashSet<Name> {
    let mut out = HashSet::new();
    for s in body {
        if let StmtKind::Var(v) = &s.kind {
            if v.kind != DeclKind::Var {
                out.extend(v.decls.iter().map(|(id, _)| id.name.clone()));
            }
        }
    }
    out
}

/// `var` names of a function body, and (Annex B) the names of functions
/// declared in its blocks, which also become function-level vars.
fn collect_vars_and_block_functions(body: &[Stmt], out: &mut Vec<(Name, Span, bool)>, top: bool) {
    for s in body {
        match &s.kind {
            StmtKind::Var(v) if v.kind == DeclKind::Var => {
                out.extend(v.decls.iter().map(|(id, _)| (id.name.clone(), id.span, false)));
            }
            StmtKind::Function(f) if !top => out.push((f.name.name.clone(), f.name.span, true)),
            StmtKind::For(f) => {
                if let Some(ForInit::Decl(v)) = &f.init {
                    if v.kind == DeclKind::Var {
                        out.extend(v.decls.iter().map(|(id, _)| (id.name.clone(), id.span, false)));
                    }
                }
                collect_vars_and_block_functions(std::slice::from_ref(&f.body), out, false);
            }
            StmtKind::ForIn(f) => {
                if let (Some(DeclKind::Var), ExprKind::Ident(name)) = (f.decl, &f.target.kind) {
                    out.push((name.clone(), f.target.span, false));
                }
                if let (Some(DeclKind::Var), ExprKind::Pattern(p)) = (f.decl, &f.target.kind) {
                    out.extend(super::patterns::names_of(p).map(|id| (id.name.clone(), id.span, false)));
                }
                collect_vars_and_block_functions(std::slice::from_ref(&f.body), out, false);
            }
            StmtKind::Destructure(p) if p.kind == DeclKind::Var => {
                out.extend(
                    p.decls
                        .iter()
                        .flat_map(|(p, _)| super::patterns::names_of(p))
                        .map(|id| (id.name.clone(), id.span, false)),
                );
            }
            _ => {
                let _ = for_each_child_stmt(s, &mut |child| {
                    collect_vars_and_block_functions(std::slice::from_ref(child), out, false);
                    Ok(())
                });
            }
        }
    }
}

/// Names a script's blocks declare functions with (Annex B: they are also
/// global vars), for `compile_script`.
pub(super) fn script_captured(body: &[Stmt]) -> HashSet<Name> {
    inner_names(body, &[])
}
