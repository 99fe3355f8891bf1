//! AST -> bytecode. Resolves every local to a frame register at compile time
//! (no name lookups for locals at run time), hoists `var` and function
//! declarations, detects use-before-initialisation of block-scoped locals
//! statically, and rejects what stitch does not support with a clear error.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

mod closures;

use crate::ast::*;
use crate::bytecode::{FnInfo, FuncProto, GlobalKind, Linker, Op, Reg, MAX_REGS};
use crate::error::{ErrorKind, JsError};
use crate::source::Source;
use crate::value::Value;
use closures::{ClosureState, ScopedRef};

mod labels;
mod logical;
mod optional;
mod patterns;
mod switch;
mod templates;

mod async_fn;
mod exceptions;
mod generators;
mod iteration;

mod callee_print;
mod classes;
mod private;

type CResult<T> = Result<T, JsError>;

/// Compiles a script (file, `-e` string or REPL line). Its top-level
/// declarations become globals once the whole script compiled cleanly.
pub fn compile_script(
    vm: &mut dyn Linker,
    source: &Rc<Source>,
    program: &Program,
    repl: bool,
) -> CResult<Rc<FuncProto>> {
    let mut decls = ScriptDecls::default();
    let strict = closures::has_use_strict(&program.body);
    collect_script_decls(source, &program.body, &mut decls, true, strict)?;
    decls.check_against(vm, source)?;
    let declared: Rc<HashSet<Name>> = Rc::new(
        decls
            .lexical
            .iter()
            .map(|(n, _)| n.clone())
            .chain(decls.vars.iter().cloned())
            .chain(decls.functions().map(|f| f.name.name.clone()))
            .collect(),
    );

    // Functions first: their objects are constants the script installs.
    let mut functions = Vec::new();
    for f in decls.functions() {
        let proto = compile_function(vm, source, f, &declared, strict)?;
        let obj = vm.constant_function(proto);
        functions.push((f.name.name.clone(), obj));
    }

    let mut c = FnCompiler::new(vm, source, true, &declared);
    c.cl.captured = Rc::new(closures::script_captured(&program.body));
    c.cls.strict_code = strict;
    c.completion = if repl { Some(c.alloc_temp(Span::default())?) } else { None };
    if let Some(r) = c.completion {
        let k = c.constant(Value::UNDEFINED);
        c.emit(Op::LoadConst { dst: r, k }, Span::default());
    }
    c.script_this_context()?;
    c.block_body(&program.body, Body::Script)?;
    let result = match c.completion {
        Some(r) => r,
        None => c.load_const(Value::UNDEFINED, Span::default())?,
    };
    let end = Span::new(source.text.len(), source.text.len());
    c.emit(Op::Return { src: result }, end);
    let script = c.finish("<script>".into(), 0, Span::new(0, source.text.len()));

    // Declaration instantiation: only now that nothing can fail.
    for (name, kind) in &decls.lexical {
        let g = vm.global_slot(name).map_err(|m| JsError::syntax(m, source, Span::default()))?;
        vm.set_global_kind(g, *kind);
        vm.set_global_value(g, Value::HOLE);
    }
    for name in &decls.vars {
        let g = vm.global_slot(name).map_err(|m| JsError::syntax(m, source, Span::default()))?;
        if vm.global_kind(g) == GlobalKind::Undeclared {
            vm.set_global_kind(g, GlobalKind::Var);
        }
        if vm.global_value(g) == Value::HOLE {
            vm.set_global_value(g, Value::UNDEFINED);
        }
    }
    for (name, obj) in functions {
        let g = vm.global_slot(&name).map_err(|m| JsError::syntax(m, source, Span::default()))?;
        vm.set_global_kind(g, GlobalKind::Function);
        vm.set_global_value(g, obj);
    }
    Ok(vm.register(script))
}

/// A script's top-level declarations, in declaration order, with hash sets
/// beside the lists so that checking each new name costs O(1): a script of
/// 200,000 functions must not compare every name with every other.
#[derive(Default)]
struct ScriptDecls<'a> {
    lexical: Vec<(Name, GlobalKind)>,
    lexical_spans: Vec<Span>,
    lexical_names: HashSet<Name>,
    vars: Vec<Name>,
    var_names: HashSet<Name>,
    /// `None` where a later declaration of the same name replaced one.
    functions: Vec<Option<&'a Function>>,
    function_index: HashMap<Name, usize>,
}

impl<'a> ScriptDecls<'a> {
    fn add_var(&mut self, name: &Name) {
        if self.var_names.insert(name.clone()) {
            self.vars.push(name.clone());
        }
    }

    fn add_function(&mut self, f: &'a Function) {
        // A later declaration of the same name wins, as in JavaScript.
        if let Some(old) = self.function_index.insert(f.name.name.clone(), self.functions.len()) {
            self.functions[old] = None;
        }
        self.functions.push(Some(f));
    }

    fn functions(&self) -> impl Iterator<Item = &'a Function> + '_ {
        self.functions.iter().flatten().copied()
    }

    /// In a REPL session, earlier lines' declarations are still in force.
    fn check_against(&self, vm: &dyn Linker, source: &Rc<Source>) -> CResult<()> {
        for ((name, _), span) in self.lexical.iter().zip(&self.lexical_spans) {
            if let Some(g) = vm.global_lookup(name) {
                // A built-in global (`Map`, `Symbol`) is a property of the
                // global object in JavaScript: a script's `let` shadows it.
                let builtin = vm.global_kind(g) == GlobalKind::Var && JS_BUILTINS.contains(&&**name);
                if vm.global_kind(g) != GlobalKind::Undeclared && !builtin {
                    return Err(already_declared(name, source, *span));
                }
            }
        }
        let lexical_global = |name: &str| {
            vm.global_lookup(name).is_some_and(|g| matches!(vm.global_kind(g), GlobalKind::Let | GlobalKind::Const))
        };
        for name in self.vars.iter().chain(self.functions().map(|f| &f.name.name)) {
            if lexical_global(name) {
                let span = self.functions().find(|f| &f.name.name == name).map_or(Span::default(), |f| f.name.span);
                return Err(already_declared(name, source, span));
            }
        }
        Ok(())
    }
}

fn already_declared(name: &str, source: &Rc<Source>, span: Span) -> JsError {
    JsError::syntax(format!("Identifier '{}' has already been declared", name), source, span)
}

fn unsupported(what: &str, source: &Rc<Source>, span: Span) -> JsError {
    JsError::syntax(format!("stitch does not support {}", what), source, span)
}

/// A name a script's `var` (anywhere outside functions) or top-level
/// `let`/`const` declares.
fn declare_script_name(source: &Rc<Source>, d: &mut ScriptDecls, id: &Ident, kind: DeclKind, top: bool) -> CResult<()> {
    if kind == DeclKind::Var {
        if top && d.lexical_names.contains(&id.name) {
            return Err(already_declared(&id.name, source, id.span));
        }
        d.add_var(&id.name);
    } else if top {
        let clash = d.lexical_names.contains(&id.name)
            || d.var_names.contains(&id.name)
            || d.function_index.contains_key(&id.name);
        if clash {
            return Err(already_declared(&id.name, source, id.span));
        }
        let kind = if kind == DeclKind::Const { GlobalKind::Const } else { GlobalKind::Let };
        d.lexical.push((id.name.clone(), kind));
        d.lexical_spans.push(id.span);
        d.lexical_names.insert(id.name.clone());
    }
    Ok(())
}

/// Top-level declarations of a script: let/const and functions at the top
/// level, `var` anywhere outside functions.
fn collect_script_decls<'a>(
    source: &Rc<Source>,
    body: &'a [Stmt],
    d: &mut ScriptDecls<'a>,
    top: bool,
    strict: bool,
) -> CResult<()> {
    for s in body {
        match &s.kind {
            StmtKind::Var(v) => {
                for (id, _) in &v.decls {
                    declare_script_name(source, d, id, v.kind, top)?;
                }
            }
            StmtKind::Destructure(p) => {
                for id in p.decls.iter().flat_map(|(p, _)| patterns::names_of(p)) {
                    declare_script_name(source, d, id, p.kind, top)?;
                }
            }
            StmtKind::Class(c) if top => {
                let id = &c.name;
                let clash = d.lexical_names.contains(&id.name)
                    || d.var_names.contains(&id.name)
                    || d.function_index.contains_key(&id.name);
                if clash {
                    return Err(already_declared(&id.name, source, id.span));
                }
                d.lexical.push((id.name.clone(), GlobalKind::Let));
                d.lexical_spans.push(id.span);
                d.lexical_names.insert(id.name.clone());
            }
            StmtKind::Function(f) => {
                if !top {
                    // Annex B: a function declared in a block is also a
                    // global var (unless a let/const has the name), in
                    // sloppy code.
                    if !strict && !d.lexical_names.contains(&f.name.name) {
                        d.add_var(&f.name.name);
                    }
                    continue;
                }
                if d.lexical_names.contains(&f.name.name) {
                    return Err(already_declared(&f.name.name, source, f.name.span));
                }
                d.add_function(f);
            }
            _ => {
                for_each_child_stmt(s, &mut |child| {
                    collect_script_decls(source, std::slice::from_ref(child), d, false, strict)
                })?;
                if let StmtKind::ForIn(f) = &s.kind {
                    if let (Some(DeclKind::Var), ExprKind::Ident(name)) = (f.decl, &f.target.kind) {
                        d.add_var(name);
                    }
                    if let (Some(DeclKind::Var), ExprKind::Pattern(p)) = (f.decl, &f.target.kind) {
                        for id in patterns::names_of(p) {
                            d.add_var(&id.name);
                        }
                    }
                }
                if let StmtKind::For(f) = &s.kind {
                    let Some(ForInit::Decl(v)) = &f.init else { continue };
                    if v.kind == DeclKind::Var {
                        for (id, _) in &v.decls {
                            d.add_var(&id.name);
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

fn for_each_child_stmt<'a>(s: &'a Stmt, f: &mut dyn FnMut(&'a Stmt) -> CResult<()>) -> CResult<()> {
    match &s.kind {
        StmtKind::If(_, a, b) => {
            f(a)?;
            if let Some(b) = b {
                f(b)?;
            }
        }
        StmtKind::While(_, b) | StmtKind::DoWhile(b, _) => f(b)?,
        StmtKind::For(l) => f(&l.body)?,
        StmtKind::ForIn(l) => f(&l.body)?,
        StmtKind::Block(stmts) => {
            for st in stmts {
                f(st)?;
            }
        }
        StmtKind::Labelled(_, body) => f(body)?,
        StmtKind::Switch(sw) => {
            for st in sw.cases.iter().flat_map(|c| &c.body) {
                f(st)?;
            }
        }
        StmtKind::Try(t) => {
            let catch = t.catch.iter().flat_map(|c| c.body.iter());
            for st in t.block.iter().chain(catch).chain(t.finally.iter().flatten()) {
                f(st)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// A CommonJS module (a file `require` loads): compiled as node runs it,
/// the body of a function whose parameters are `exports, require, module,
/// __filename, __dirname`, so its declarations stay its own.
pub fn compile_module(vm: &mut dyn Linker, source: &Rc<Source>, program: Program) -> CResult<Rc<FuncProto>> {
    let whole = Span::new(0, source.text.len());
    let param = |name: &str| Ident { name: name.into(), span: Span::new(0, 0) };
    let f = Function {
        name: param(""),
        params: ["exports", "require", "module", "__filename", "__dirname"].map(param).into(),
        defaults: Vec::new(),
        rest: None,
        body: program.body,
        span: whole,
        patterns: Vec::new(),
        kind: crate::ast::FnKind::Normal,
        generator: false,
        is_async: false,
    };
    compile_function(vm, source, &f, &Rc::new(HashSet::new()), false)
}

fn compile_function(
    vm: &mut dyn Linker,
    source: &Rc<Source>,
    f: &Function,
    declared: &Rc<HashSet<Name>>,
    strict: bool,
) -> CResult<Rc<FuncProto>> {
    let cls = classes::ClassState { strict_code: strict, ..classes::ClassState::default() };
    closures::compile_closure(vm, source, f, declared, Rc::new(Vec::new()), None, None, false, cls)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Body {
    Script,
    Block,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum BindKind {
    Var,
    Let,
    Const,
    /// A named function expression's own name in sloppy code: read-only,
    /// but a store to it is dropped without an error (strict code makes it
    /// `Const`). The assignment expression still has its value.
    FnName,
}

struct Binding {
    name: Name,
    reg: Reg,
    kind: BindKind,
    /// False until the declaration has been compiled: a use before it in
    /// the same function is a TDZ error found statically (closures check
    /// at run time: `closures::ScopedRef`).
    initialized: bool,
    /// The slot of the scope's context that holds it, when a closure
    /// captures it (then `reg` is unused).
    slot: Option<u8>,
    /// A function declaration's binding.
    func: bool,
    /// A `switch` clause's let/const that a later clause uses: its dead
    /// zone is checked at run time (`switch::capture_skippable`).
    skippable: bool,
}

impl Binding {
    /// A binding in register `reg` (not captured, not a function's).
    fn new(name: Name, reg: Reg, kind: BindKind, initialized: bool) -> Binding {
        Binding { name, reg, kind, initialized, slot: None, func: false, skippable: false }
    }
}

#[derive(Default)]
struct Scope {
    bindings: Vec<Binding>,
    /// The register holding the scope's context, when some of its
    /// bindings are captured, and the context's size.
    ctx: Option<Reg>,
    ctx_size: u8,
    /// A sloppy function's parameters that its `arguments` mirrors.
    args_map: Option<Rc<closures::ArgMapping>>,
}

impl Scope {
    fn find(&self, name: &str) -> Option<usize> {
        self.bindings.iter().rposition(|b| &*b.name == name)
    }
}

struct LoopCtx {
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

/// A property assignment's target, evaluated: object register and site
/// (`o.x`), or object and key registers (`o[k]`), with the span errors
/// point at.
enum PropTarget {
    Named(Reg, u32, Span),
    Keyed(Reg, Reg, Span),
    /// `o.#x` of a class bound per evaluation: object, site, key register.
    Private(Reg, u32, Reg, Span),
    /// `super.x`, `super[k]`: receiver (`this`), key.
    Super(Reg, Reg, Span),
}

/// A left operand: still to be evaluated, or already in a register.
enum Operand<'e> {
    Expr(&'e Expr),
    Reg(Reg),
}

enum Place {
    Local(usize, usize),
    /// A captured variable, in a context slot.
    Scoped(ScopedRef),
    Global(u32),
    /// `undefined`, `NaN`, `Infinity` when no local shadows them.
    Constant(Value),
}

struct FnCompiler<'a> {
    vm: &'a mut dyn Linker,
    source: &'a Rc<Source>,
    /// Names the script declares at its top level.
    declared: Rc<HashSet<Name>>,
    is_script: bool,
    code: Vec<Op>,
    spans: Vec<Span>,
    consts: Vec<Value>,
    const_index: HashMap<ConstKey, u32>,
    scopes: Vec<Scope>,
    next_reg: usize,
    max_reg: usize,
    loops: Vec<LoopCtx>,
    loop_count: usize,
    completion: Option<Reg>,
    depth: usize,
    sites: Vec<crate::bytecode::PropSite>,
    /// Captured variables, contexts, the enclosing functions' contexts.
    cl: ClosureState,
    quotes: Vec<(u32, Span)>,
    /// Where V8 would report an error of the next instruction, while no
    /// instruction has been emitted since a statement began: V8 gives the
    /// first bytecode of a statement the statement's position, so a read
    /// of a name in its dead zone (or undefined) that comes first reports
    /// `if`, `return`, a loop condition's outermost operator… rather than
    /// the name (see `tdz_at`).
    stmt_pos: Option<Span>,
    /// The latest position V8 would have recorded in its source-position
    /// table: a statement's position once its first instruction is out,
    /// else the span of the last instruction that can fail (constant loads,
    /// moves and jumps record none). A read V8 gives no position of its own
    /// (a compound assignment's or `++`'s read of its name) fails there.
    last_pos: Option<Span>,
    callee_texts: Vec<(u32, Rc<str>)>,
    iter_texts: Vec<(u32, crate::bytecode::IterText)>,
    /// `FuncProto::number_only`.
    number_only: Vec<u32>,
    /// The initializer of the object pattern about to be bound, as V8's
    /// CallPrinter prints it: an array pattern that is one of its
    /// properties' targets names it (`patterns::Origin::PropertyOf`).
    pattern_init_text: Option<String>,
    /// The name an anonymous function expression about to be compiled
    /// takes from where it is stored (`let f = function () {}` is `f`).
    inferred_name: Option<Name>,
    /// The stack-frame name of the anonymous function about to be made as
    /// the value of a property assignment (`FuncProto::inferred_name`).
    member_inferred: Option<Name>,
    /// In `a.b = c.d = function () {}`, the path of the outer targets
    /// (`a.b`): V8 joins them all (`a.b.c.d`).
    member_chain: Option<String>,
    /// The stack-frame names of anonymous functions and classes inside a
    /// value being stored (`const arr = [() => {}]`: `arr`), by the address
    /// of their syntax node (`infer_frame_names`).
    frame_names: HashMap<*const (), Name>,
    /// Labels, `switch` jump targets and optional chains being compiled.
    syntax: labels::SyntaxState,
    /// `try` statements: the exception table and the enclosing finallies.
    exc: exceptions::ExcState,
    /// Class code: what kind of function this is, where `this` and
    /// new.target live (`compiler/classes.rs`).
    cls: classes::ClassState,
    /// Sites of private names bound per class evaluation: the hidden
    /// binding holding the atom (`compiler/private.rs`).
    private_keys: HashMap<u32, Name>,
    /// In a generator's body (after its parameters): `yield` is allowed.
    generator: bool,
    /// In an async function's body (after its parameters): `await` is allowed.
    async_fn: bool,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    Bits(u64),
    Double(u64),
    Str(Rc<[u16]>),
    BigInt(Rc<str>),
}

/// How deeply expressions and statements may nest before compiling them
/// would risk the native stack.
const MAX_DEPTH: usize = 2000;

impl<'a> FnCompiler<'a> {
    fn new(
        vm: &'a mut dyn Linker,
        source: &'a Rc<Source>,
        is_script: bool,
        declared: &Rc<HashSet<Name>>,
    ) -> FnCompiler<'a> {
        FnCompiler {
            vm,
            source,
            declared: declared.clone(),
            is_script,
            code: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            const_index: HashMap::new(),
            scopes: Vec::new(),
            next_reg: 0,
            max_reg: 0,
            loops: Vec::new(),
            loop_count: 0,
            completion: None,
            depth: 0,
            sites: Vec::new(),
            cl: ClosureState::default(),
            quotes: Vec::new(),
            stmt_pos: None,
            last_pos: None,
            callee_texts: Vec::new(),
            iter_texts: Vec::new(),
            number_only: Vec::new(),
            pattern_init_text: None,
            inferred_name: None,
            member_inferred: None,
            member_chain: None,
            frame_names: HashMap::new(),
            syntax: Default::default(),
            exc: Default::default(),
            cls: classes::ClassState::default(),
            private_keys: HashMap::new(),
            generator: false,
            async_fn: false,
        }
    }

    fn finish(mut self, name: Rc<str>, nparams: u16, text: Span) -> FuncProto {
        // Code lives as long as the program: without the spare capacity of
        // growing, a program of many small functions needs a third less.
        self.spans.shrink_to_fit();
        FuncProto {
            name,
            inferred_name: "".into(),
            nparams,
            nregs: self.max_reg.max(1) as u16,
            fused: crate::bytecode::fuse(&self.code, &self.exc.handlers),
            code: Box::leak(self.code.into_boxed_slice()),
            consts: Box::leak(self.consts.into_boxed_slice()),
            spans: self.spans,
            handlers: self.exc.handlers,
            source: self.source.clone(),
            text,
            is_script: self.is_script,
            calls: Default::default(),
            loop_counters: (0..self.loop_count).map(|_| Default::default()).collect(),
            jit: Default::default(),
            jit_failed: Default::default(),
            sites: self.sites,
            quotes: self.quotes,
            callee_texts: self.callee_texts,
            iter_texts: self.iter_texts,
            number_only: self.number_only,
            info: Default::default(),
            kind: self.cls.kind,
            strict: self.cls.strict || self.cls.strict_code,
            immortal: Default::default(),
            super_ctor_cache: Default::default(),
        }
    }

    fn err(&self, msg: impl Into<String>, span: Span) -> JsError {
        JsError::syntax(msg, self.source, span)
    }

    fn emit(&mut self, op: Op, span: Span) -> usize {
        match self.stmt_pos.take() {
            Some(p) => self.last_pos = Some(p),
            None if !matches!(
                op,
                Op::LoadConst { .. }
                    | Op::Mov { .. }
                    | Op::Jump { .. }
                    | Op::JumpIfFalse { .. }
                    | Op::JumpIfTrue { .. }
            ) =>
            {
                self.last_pos = Some(span)
            }
            None => {}
        }
        self.code.push(op);
        self.spans.push(span);
        self.code.len() - 1
    }

    fn here(&self) -> u32 {
        self.code.len() as u32
    }

    fn patch(&mut self, at: usize, target: u32) {
        self.code[at].set_target(target);
    }

    fn patch_all(&mut self, sites: Vec<usize>) {
        let t = self.here();
        for s in sites {
            self.patch(s, t);
        }
    }

    fn alloc_reg(&mut self, span: Span) -> CResult<Reg> {
        if self.next_reg >= MAX_REGS {
            return Err(self.err(
                format!("too many local variables and temporaries (stitch allows {} per function)", MAX_REGS),
                span,
            ));
        }
        let r = self.next_reg as Reg;
        self.next_reg += 1;
        self.max_reg = self.max_reg.max(self.next_reg);
        Ok(r)
    }

    fn alloc_temp(&mut self, span: Span) -> CResult<Reg> {
        self.alloc_reg(span)
    }

    fn constant(&mut self, v: Value) -> u32 {
        self.intern(ConstKey::Bits(v.to_bits()), v)
    }

    fn intern(&mut self, key: ConstKey, v: Value) -> u32 {
        if let Some(&k) = self.const_index.get(&key) {
            return k;
        }
        let k = self.consts.len() as u32;
        self.consts.push(v);
        self.const_index.insert(key, k);
        k
    }

    fn number_const(&mut self, d: f64) -> u32 {
        match Value::smi_from_f64(d) {
            Some(v) => self.constant(v),
            None => {
                if let Some(&k) = self.const_index.get(&ConstKey::Double(d.to_bits())) {
                    return k;
                }
                let v = self.vm.constant_number(d);
                self.intern(ConstKey::Double(d.to_bits()), v)
            }
        }
    }

    fn string_const(&mut self, s: &Rc<[u16]>) -> u32 {
        if let Some(&k) = self.const_index.get(&ConstKey::Str(s.clone())) {
            return k;
        }
        let v = self.vm.constant_string(s);
        self.intern(ConstKey::Str(s.clone()), v)
    }

    fn load_const(&mut self, v: Value, span: Span) -> CResult<Reg> {
        let r = self.alloc_temp(span)?;
        let k = self.constant(v);
        self.emit(Op::LoadConst { dst: r, k }, span);
        Ok(r)
    }

    fn throw(&mut self, kind: ErrorKind, msg: String, span: Span) {
        let text: Rc<[u16]> = msg.encode_utf16().collect();
        let k = self.string_const(&text);
        self.emit(Op::Throw { kind, k }, span);
    }

    /// A write to `undefined`, `NaN` or `Infinity` (read-only properties
    /// of the global object): ignored in sloppy code, V8's TypeError in
    /// strict code.
    pub(crate) fn write_read_only_global(&mut self, v: Value, span: Span) {
        if !(self.cls.strict || self.cls.strict_code) {
            return;
        }
        let name = match v.as_number() {
            _ if v == Value::UNDEFINED => "undefined",
            Some(n) if n.is_nan() => "NaN",
            _ => "Infinity",
        };
        let msg = format!("Cannot assign to read only property '{name}' of object '#<Object>'");
        self.throw(ErrorKind::TypeError, msg, span);
    }

    fn enter_depth(&mut self, span: Span) -> CResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.err("code is nested too deeply", span));
        }
        Ok(())
    }

    // ---- names ----

    fn resolve(&mut self, name: &Name, span: Span) -> CResult<Place> {
        for (si, scope) in self.scopes.iter().enumerate().rev() {
            if let Some(bi) = scope.find(name) {
                if let Some(s) = self.own_scoped(si, bi) {
                    return Ok(Place::Scoped(s));
                }
                return Ok(Place::Local(si, bi));
            }
        }
        if let Some(s) = self.resolve_outer(name) {
            return Ok(Place::Scoped(s));
        }
        match &**name {
            "undefined" => return Ok(Place::Constant(Value::UNDEFINED)),
            "NaN" => return Ok(Place::Constant(self.vm.constant_number(f64::NAN))),
            "Infinity" => return Ok(Place::Constant(self.vm.constant_number(f64::INFINITY))),
            _ => {}
        }
        let g = self.vm.global_slot(name).map_err(|m| self.err(m, span))?;
        Ok(Place::Global(g))
    }

    fn binding(&self, si: usize, bi: usize) -> &Binding {
        &self.scopes[si].bindings[bi]
    }

    /// Where a failed read of a name at `span` is reported: the statement's
    /// position when the read is the statement's first instruction.
    fn tdz_at(&self, span: Span) -> Span {
        self.stmt_pos.unwrap_or(span)
    }

    /// A read of a variable at `span`, as V8 records its position: it
    /// takes a pending statement position, else its own position waits for
    /// the next instruction that can fail (`last_pos`).
    fn read_position(&mut self, span: Span) {
        self.last_pos = Some(self.stmt_pos.take().unwrap_or(span));
    }

    /// `null` or `undefined` (V8's `IsUndefinedLiteral` is the global name).
    fn is_nullish_literal(&mut self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Null => true,
            ExprKind::Ident(n) => &**n == "undefined" && matches!(self.resolve(n, e.span), Ok(Place::Constant(_))),
            _ => false,
        }
    }

    /// Where a failed read that V8 gives no position of its own is
    /// reported (a compound assignment's or an update's read of its name):
    /// the statement's position if nothing has been emitted since it
    /// began, else the last position recorded (`last_pos`).
    fn prior_pos(&self, span: Span) -> Span {
        self.stmt_pos.or(self.last_pos).unwrap_or(span)
    }

    /// Where V8 puts the statement position of a loop condition: its
    /// outermost operator (`x > 1` at `>`, `x.a` at `a`, `x[0]` at `[`).
    fn condition_pos(&self, e: &Expr) -> Span {
        match &e.kind {
            ExprKind::Binary(_, l, _) | ExprKind::Logical(_, l, _) => {
                let text = self.source.text.as_bytes();
                let mut i = (l.span.end as usize).min(text.len());
                while i < text.len() && (text[i].is_ascii_whitespace() || text[i] == b')') {
                    i += 1;
                }
                Span::new(i, i + 1)
            }
            ExprKind::Assign(_, op, _, _) | ExprKind::LogicalAssign(_, op, _, _) => *op,
            // `x++` at its operator, `++x` at its operand.
            ExprKind::Update { prefix: true, target, .. } => target.span,
            ExprKind::Update { prefix: false, target, .. } => {
                let text = self.source.text.as_bytes();
                let mut i = (target.span.end as usize).min(text.len());
                while i < text.len() && (text[i].is_ascii_whitespace() || text[i] == b')') {
                    i += 1;
                }
                Span::new(i, (i + 2).min(text.len()))
            }
            ExprKind::Member(_, prop) => prop.span,
            ExprKind::Index(_, key) => self.bracket_before(key.span),
            ExprKind::Cond(c, _, _) => self.condition_pos(c),
            ExprKind::Optional(inner) => self.condition_pos(inner),
            _ => e.span,
        }
    }

    fn tdz(&mut self, name: &str, span: Span) {
        self.throw(ErrorKind::ReferenceError, format!("Cannot access '{}' before initialization", name), span);
    }

    // ---- statements ----

    /// Compiles a statement list. A block gets its own scope; a function
    /// body shares the scope of its parameters and vars; the script's top
    /// level has no scope (its declarations are globals).
    fn block_body(&mut self, body: &[Stmt], kind: Body) -> CResult<()> {
        let saved_next = self.next_reg;
        if kind == Body::Block {
            self.scopes.push(Scope::default());
        }
        if kind != Body::Script {
            self.declare_lexical(body)?;
        }
        if kind == Body::Block {
            let span = body.first().map_or(Span::default(), |s| s.span);
            self.enter_scope_context(span, true)?;
            self.hoist_functions(body)?;
        }
        for s in body {
            self.stmt(s)?;
        }
        if kind == Body::Block {
            self.scopes.pop();
            self.next_reg = saved_next;
        }
        Ok(())
    }

    /// Registers for the block's let/const, in their temporal dead zone.
    fn declare_lexical(&mut self, body: &[Stmt]) -> CResult<()> {
        for s in body {
            match &s.kind {
                StmtKind::Var(v) if v.kind != DeclKind::Var => {
                    let kind = if v.kind == DeclKind::Const { BindKind::Const } else { BindKind::Let };
                    for (id, _) in &v.decls {
                        self.declare_name(id, kind)?;
                    }
                }
                StmtKind::Function(f) => {
                    let in_function_body = !self.is_script && self.scopes.len() == 1;
                    self.declare_function(f, in_function_body)?;
                }
                StmtKind::Destructure(p) if p.kind != DeclKind::Var => self.declare_pattern_names(p)?,
                StmtKind::Class(c) => self.declare_name(&c.name, BindKind::Let)?,
                _ => {}
            }
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> CResult<()> {
        self.enter_depth(s.span)?;
        let mark = self.next_reg;
        let r = self.stmt_inner(s);
        self.next_reg = mark;
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> CResult<()> {
        self.stmt_pos = match &s.kind {
            StmtKind::Expr(_) | StmtKind::Return(_) | StmtKind::If(..) | StmtKind::Throw(_) | StmtKind::Switch(_) => {
                Some(s.span)
            }
            _ => None,
        };
        match &s.kind {
            StmtKind::Expr(e) => {
                if let Some(c) = self.completion.filter(|_| self.is_script) {
                    self.expr_into(e, c)
                } else {
                    self.effect(e)
                }
            }
            StmtKind::Var(v) => self.var_decl(v),
            StmtKind::ForIn(f) => self.for_in(f, s.span),
            StmtKind::Function(f) => {
                if self.is_script && self.scopes.is_empty() {
                    Ok(()) // hoisted by compile_script
                } else {
                    self.function_statement(f) // hoisted by its scope
                }
            }
            StmtKind::Return(e) => {
                if self.is_script {
                    return Err(self.err("Illegal return statement", s.span));
                }
                let r = match e {
                    // An async generator's `return x` awaits `x`.
                    Some(e) if self.generator && self.async_fn => {
                        let r = self.expr(e)?;
                        self.await_reg(r, r, s.span)?;
                        r
                    }
                    Some(e) => self.expr(e)?,
                    None => self.load_const(Value::UNDEFINED, s.span)?,
                };
                self.exit(exceptions::Exit::Return(r), s.span)
            }
            StmtKind::If(cond, then, els) => {
                let skip = self.jump_if_false(cond)?;
                self.stmt(then)?;
                match els {
                    Some(els) => {
                        let over = self.emit(Op::Jump { target: 0 }, s.span);
                        self.patch_all(skip);
                        self.stmt(els)?;
                        let t = self.here();
                        self.patch(over, t);
                    }
                    None => self.patch_all(skip),
                }
                Ok(())
            }
            StmtKind::While(cond, body) => {
                let head = self.here();
                self.stmt_pos = Some(self.condition_pos(cond));
                let exits = self.jump_if_false(cond)?;
                self.loop_body(body, head, exits, s.span)
            }
            StmtKind::DoWhile(body, cond) => {
                let head = self.here();
                self.loops.push(LoopCtx { breaks: vec![], continues: vec![] });
                self.stmt(body)?;
                let ctx = self.loops.pop().expect("loop");
                self.patch_all(ctx.continues);
                self.stmt_pos = Some(self.condition_pos(cond));
                let exits = self.jump_if_false(cond)?;
                let counter = self.next_loop_counter(s.span)?;
                self.emit(Op::Loop { target: head, counter }, cond.span);
                self.patch_all(exits);
                self.patch_all(ctx.breaks);
                Ok(())
            }
            StmtKind::For(f) => {
                let ForStmt { init, test, update, body } = &**f;
                let saved_next = self.next_reg;
                self.scopes.push(Scope::default());
                match init {
                    Some(ForInit::Decl(v)) => {
                        if v.kind != DeclKind::Var {
                            for (id, _) in &v.decls {
                                if self.scopes.last().expect("scope").find(&id.name).is_some() {
                                    return Err(already_declared(&id.name, self.source, id.span));
                                }
                                let reg = self.alloc_reg(id.span)?;
                                let kind = if v.kind == DeclKind::Const { BindKind::Const } else { BindKind::Let };
                                self.scopes.last_mut().expect("scope").bindings.push(Binding::new(
                                    id.name.clone(),
                                    reg,
                                    kind,
                                    false,
                                ));
                            }
                            self.enter_scope_context(s.span, true)?;
                        }
                        self.var_decl(v)?;
                        // Each iteration has its own bindings (a copy).
                        let si = self.scopes.len() - 1;
                        self.copy_scope_context(si, s.span);
                    }
                    Some(ForInit::Expr(e)) => {
                        let mark = self.next_reg;
                        self.effect(e)?;
                        self.next_reg = mark;
                    }
                    None => {}
                }
                let head = self.here();
                let exits = match test {
                    Some(t) => {
                        self.stmt_pos = Some(self.condition_pos(t));
                        self.jump_if_false(t)?
                    }
                    None => vec![],
                };
                self.loops.push(LoopCtx { breaks: vec![], continues: vec![] });
                self.stmt(body)?;
                let ctx = self.loops.pop().expect("loop");
                self.patch_all(ctx.continues);
                let si = self.scopes.len() - 1;
                self.copy_scope_context(si, s.span);
                if let Some(u) = update {
                    let mark = self.next_reg;
                    self.effect(u)?;
                    self.next_reg = mark;
                }
                let counter = self.next_loop_counter(s.span)?;
                self.emit(Op::Loop { target: head, counter }, s.span);
                self.patch_all(exits);
                self.patch_all(ctx.breaks);
                self.scopes.pop();
                self.next_reg = saved_next;
                Ok(())
            }
            StmtKind::Break => {
                let Some(i) = self.break_target() else {
                    return Err(self.err("Illegal break statement", s.span));
                };
                self.exit(exceptions::Exit::Break(i), s.span)
            }
            StmtKind::Continue => {
                let Some(i) = self.continue_target() else {
                    return Err(self.err("Illegal continue statement: no surrounding iteration statement", s.span));
                };
                self.exit(exceptions::Exit::Continue(i), s.span)
            }
            StmtKind::Block(body) => self.block_body(body, Body::Block),
            StmtKind::Empty => Ok(()),
            StmtKind::Switch(sw) => self.switch(sw, s.span),
            StmtKind::Labelled(label, body) => self.labelled(label, body),
            StmtKind::BreakLabel(label) => self.jump_to_label(label, false, s.span),
            StmtKind::ContinueLabel(label) => self.jump_to_label(label, true, s.span),
            StmtKind::Destructure(d) => self.destructure_decl(d),
            StmtKind::Throw(e) => self.throw_stmt(e, s.span),
            StmtKind::Try(t) => self.try_stmt(t, s.span),
            StmtKind::Class(c) => self.class_decl(c),
        }
    }

    /// `for (x in o)` / `for (x of a)`: an iterator in a register, a loop
    /// of `IterNext` (which leaves the loop when done) and the body. A
    /// `let`/`const` head gets a binding scoped to the loop.
    fn for_in(&mut self, f: &crate::ast::ForInStmt, span: Span) -> CResult<()> {
        let saved_next = self.next_reg;
        self.scopes.push(Scope::default());
        // The head's let/const names are in their dead zone while the
        // iterated expression runs (`for (const x of x)` throws).
        let tdz = matches!(f.decl, Some(DeclKind::Let | DeclKind::Const));
        if tdz {
            self.scopes.push(Scope::default());
            let names: Vec<Ident> = match &f.target.kind {
                ExprKind::Ident(n) => vec![Ident { name: n.clone(), span: f.target.span }],
                ExprKind::Pattern(p) => patterns::names_of(p).cloned().collect(),
                _ => Vec::new(),
            };
            for id in &names {
                self.declare_name(id, BindKind::Let)?;
            }
            self.enter_scope_context(span, true)?;
        }
        let src = self.expr(&f.iter);
        if tdz {
            self.scopes.pop();
        }
        let src = src?;
        let iter = self.alloc_temp(span)?;
        if f.is_await {
            if !self.async_fn {
                let at = Span::new(span.start as usize + 4, span.start as usize + 9);
                return Err(self.err("Unexpected reserved word", at));
            }
            let pc = self.emit(Op::AsyncIterValues { dst: iter, src }, f.iter.span);
            if let Some(t) = Self::iterable_text(&f.iter) {
                self.iter_texts.push((pc as u32, crate::bytecode::IterText::Quote(t.into())));
            }
        } else if f.of {
            let pc = self.emit(Op::IterValues { dst: iter, src }, f.iter.span);
            if let Some(t) = Self::iterable_text(&f.iter) {
                self.iter_texts.push((pc as u32, crate::bytecode::IterText::Quote(t.into())));
            }
        } else {
            self.emit(Op::IterKeys { dst: iter, src }, f.iter.span);
        }
        if let (Some(kind @ (DeclKind::Let | DeclKind::Const)), ExprKind::Pattern(p)) = (f.decl, &f.target.kind) {
            self.declare_loop_pattern(p, kind)?;
            self.enter_scope_context(span, false)?;
        }
        if let (Some(kind), ExprKind::Ident(name)) = (f.decl, &f.target.kind) {
            if kind != DeclKind::Var {
                let reg = self.alloc_reg(f.target.span)?;
                let kind = if kind == DeclKind::Const { BindKind::Const } else { BindKind::Let };
                self.scopes.last_mut().expect("scope").bindings.push(Binding::new(name.clone(), reg, kind, true));
                self.enter_scope_context(span, false)?;
            }
        }
        let item = self.alloc_temp(span)?;
        let exc = if f.of { Some(self.alloc_temp(span)?) } else { None };
        if f.of {
            // The thrown value's place, next to it (`Handler::keeps_place`).
            self.alloc_temp(span)?;
        }
        let step = if f.is_await { Some(self.pair(span)?) } else { None };
        let head = self.here();
        let exit = match step {
            // for await: the step's result awaited, then read (src/async_gen.rs).
            Some(step) => {
                self.emit(Op::AsyncIterNext { dst: step, iter }, f.iter.span);
                self.await_reg(step, step, f.iter.span)?;
                self.emit(Op::AsyncIterResult { dst: step, src: step, iter }, f.iter.span);
                let exit = self.emit(Op::JumpIfTrue { src: step + 1, target: 0 }, span);
                self.emit(Op::Mov { dst: item, src: step }, span);
                exit
            }
            None => self.emit(Op::IterNext { dst: item, iter, target: 0 }, span),
        };
        if let Some(exc) = exc {
            self.open_closer(iter, exc, f.is_await);
        }
        // A fresh binding per iteration, for the closures that capture it.
        let si = self.scopes.len() - 1;
        self.new_scope_context(si, span)?;
        // Assign the item to the target.
        match &f.target.kind {
            ExprKind::Ident(name) => match self.resolve(name, f.target.span)? {
                Place::Local(si, bi) => {
                    let b = self.binding(si, bi);
                    if b.kind == BindKind::Const && f.decl.is_none() {
                        self.throw(ErrorKind::TypeError, "Assignment to constant variable.".into(), f.target.span);
                    } else if b.kind == BindKind::FnName {
                        // Dropped (sloppy read-only).
                    } else {
                        let reg = b.reg;
                        self.emit(Op::Mov { dst: reg, src: item }, f.target.span);
                    }
                }
                Place::Global(g) => {
                    if f.decl.is_some() {
                        self.emit(Op::InitGlobal { g, src: item }, f.target.span);
                    } else {
                        self.emit(Op::SetGlobal { g, src: item }, f.target.span);
                    }
                }
                Place::Scoped(sr) => {
                    if f.decl.is_some() {
                        self.init_scoped(&sr, item, f.target.span);
                    } else {
                        self.store_scoped(&sr, item, f.target.span, f.target.span)?;
                    }
                }
                Place::Constant(v) if f.decl.is_none() => self.write_read_only_global(v, f.target.span),
                Place::Constant(_) => {}
            },
            ExprKind::Member(..) | ExprKind::Index(..) => {
                let mark = self.next_reg;
                let t = self.property_target(&f.target)?;
                self.set_property(&t, item, f.target.span);
                self.next_reg = mark;
            }
            ExprKind::Pattern(p) => {
                let mark = self.next_reg;
                self.bind_loop_pattern(p, item, f.decl)?;
                self.next_reg = mark;
            }
            _ => return Err(self.err("Invalid left-hand side in for-loop", f.target.span)),
        }
        self.loops.push(LoopCtx { breaks: vec![], continues: vec![] });
        self.stmt(&f.body)?;
        let ctx = self.loops.pop().expect("loop");
        let counter = self.next_loop_counter(span)?;
        let back = self.emit(Op::Loop { target: head, counter }, span);
        for c in ctx.continues {
            self.patch(c, back as u32);
        }
        if exc.is_some() {
            self.finish_closer(span);
        }
        self.patch(exit, self.here());
        self.patch_all(ctx.breaks);
        self.scopes.pop();
        self.next_reg = saved_next;
        Ok(())
    }

    fn next_loop_counter(&mut self, span: Span) -> CResult<u16> {
        if self.loop_count >= u16::MAX as usize {
            return Err(self.err("too many loops in one function", span));
        }
        self.loop_count += 1;
        Ok((self.loop_count - 1) as u16)
    }

    fn loop_body(&mut self, body: &Stmt, head: u32, exits: Vec<usize>, span: Span) -> CResult<()> {
        self.loops.push(LoopCtx { breaks: vec![], continues: vec![] });
        self.stmt(body)?;
        let ctx = self.loops.pop().expect("loop");
        let counter = self.next_loop_counter(span)?;
        let back = self.emit(Op::Loop { target: head, counter }, span);
        for c in ctx.continues {
            self.patch(c, back as u32);
        }
        self.patch_all(exits);
        self.patch_all(ctx.breaks);
        Ok(())
    }

    fn var_decl(&mut self, v: &VarDecl) -> CResult<()> {
        for (id, init) in &v.decls {
            if v.kind == DeclKind::Const && init.is_none() {
                return Err(self.err("Missing initializer in const declaration", id.span));
            }
            let mark = self.next_reg;
            if let Some(e) = init {
                self.infer_name(e, &id.name);
                self.infer_frame_names(e, &id.name);
            }
            self.stmt_pos = init.as_ref().map(|e| e.span);
            match self.resolve(&id.name, id.span)? {
                Place::Local(si, bi) => {
                    let reg = self.binding(si, bi).reg;
                    match init {
                        Some(e) => self.assign_local(reg, e)?,
                        None if v.kind == DeclKind::Var => {}
                        None => {
                            let k = self.constant(Value::UNDEFINED);
                            self.emit(Op::LoadConst { dst: reg, k }, id.span);
                        }
                    }
                    self.scopes[si].bindings[bi].initialized = true;
                }
                Place::Global(g) => {
                    let r = match init {
                        Some(e) => self.expr(e)?,
                        None if v.kind == DeclKind::Var => continue,
                        None => self.load_const(Value::UNDEFINED, id.span)?,
                    };
                    // A `var`'s binding exists from the script's start, so
                    // its initialiser is an assignment (a read-only global
                    // like `var NaN = 1` keeps its value, as in node), and
                    // SetGlobal has a stencil: `var x = ...` in a top-level
                    // loop stays in compiled code.
                    if v.kind == DeclKind::Var {
                        self.emit(Op::SetGlobal { g, src: r }, id.span);
                    } else {
                        self.emit(Op::InitGlobal { g, src: r }, id.span);
                    }
                }
                Place::Scoped(sr) => {
                    let r = match init {
                        Some(e) => self.expr(e)?,
                        None if v.kind == DeclKind::Var => {
                            self.next_reg = mark;
                            continue;
                        }
                        None => self.load_const(Value::UNDEFINED, id.span)?,
                    };
                    self.init_scoped(&sr, r, id.span);
                }
                Place::Constant(_) => {
                    // `var undefined;` at the top level: harmless, like in JS.
                    if let Some(e) = init {
                        self.effect(e)?;
                    }
                }
            }
            self.next_reg = mark;
        }
        Ok(())
    }

    // ---- expressions ----

    /// Evaluates `e` for its side effects only.
    fn effect(&mut self, e: &Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Update { delta, target, .. } => {
                if let ExprKind::Ident(name) = &target.kind {
                    if let Place::Local(si, bi) = self.resolve(name, target.span)? {
                        let b = self.binding(si, bi);
                        if b.initialized && matches!(b.kind, BindKind::Var | BindKind::Let) {
                            let reg = b.reg;
                            self.emit(Op::AddImm { dst: reg, a: reg, imm: *delta as i16 }, e.span);
                            return Ok(());
                        }
                    }
                }
                self.expr(e).map(|_| ())
            }
            // An assignment whose value no one reads: no copy of it into a
            // temporary (a dispatch per statement in the interpreter).
            ExprKind::Assign(op, op_span, target, value) => {
                self.enter_depth(e.span)?;
                let r = self.assign(*op, target, value, None, e.span, *op_span);
                self.depth -= 1;
                r
            }
            ExprKind::Call(..) => self.expr(e).map(|_| ()),
            ExprKind::Seq(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        // V8 gives each later operand of a comma a statement
                        // position.
                        self.stmt_pos = Some(self.condition_pos(item));
                    }
                    let mark = self.next_reg;
                    self.effect(item)?;
                    self.next_reg = mark;
                }
                Ok(())
            }
            _ => self.expr(e).map(|_| ()),
        }
    }

    /// A register holding the value of `e`: a local's own register when `e`
    /// is a plain local, otherwise a fresh temporary.
    fn expr(&mut self, e: &Expr) -> CResult<Reg> {
        if let ExprKind::Ident(name) = &e.kind {
            if let Place::Local(si, bi) = self.resolve(name, e.span)? {
                let b = self.binding(si, bi);
                if b.initialized {
                    // V8 reads a register with an instruction of its own,
                    // which takes a pending statement position; else the
                    // read leaves its own position pending for the next
                    // instruction that can fail.
                    let reg = b.reg;
                    self.read_position(e.span);
                    return Ok(reg);
                }
            }
        }
        let r = self.alloc_temp(e.span)?;
        self.expr_into(e, r)?;
        Ok(r)
    }

    /// Like `expr`, but copies a local into a temporary when `later` might
    /// assign to it before the value is used (`a + (a = 1)`).
    fn operand(&mut self, e: &Expr, later: &Expr) -> CResult<Reg> {
        let r = self.expr(e)?;
        if r < self.first_temp_reg() && has_assignment(later) {
            let t = self.alloc_temp(e.span)?;
            self.emit(Op::Mov { dst: t, src: r }, e.span);
            return Ok(t);
        }
        Ok(r)
    }

    /// Registers below this belong to named locals.
    fn first_temp_reg(&self) -> Reg {
        self.scopes.iter().flat_map(|s| s.bindings.iter().map(|b| b.reg + 1)).max().unwrap_or(0)
    }

    fn assign_local(&mut self, reg: Reg, e: &Expr) -> CResult<()> {
        // Evaluating straight into the variable is safe only when the last
        // instruction is the only write to it.
        let direct = matches!(
            e.kind,
            ExprKind::Number(_)
                | ExprKind::BigInt(_)
                | ExprKind::Str(_)
                | ExprKind::Bool(_)
                | ExprKind::Null
                | ExprKind::Ident(_)
                | ExprKind::Binary(..)
                | ExprKind::Unary(..)
                | ExprKind::Call(..)
                | ExprKind::Member(..)
                | ExprKind::Index(..)
        );
        if direct {
            self.expr_into(e, reg)
        } else {
            let mark = self.next_reg;
            let t = self.alloc_temp(e.span)?;
            self.expr_into(e, t)?;
            self.emit(Op::Mov { dst: reg, src: t }, e.span);
            self.next_reg = mark;
            Ok(())
        }
    }

    fn expr_into(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        self.enter_depth(e.span)?;
        let mark = self.next_reg.max(dst as usize + 1);
        self.next_reg = mark;
        let r = self.expr_into_inner(e, dst);
        self.next_reg = mark;
        self.depth -= 1;
        r
    }

    fn expr_into_inner(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        let span = e.span;
        match &e.kind {
            ExprKind::Number(d) => {
                let k = self.number_const(*d);
                self.emit(Op::LoadConst { dst, k }, span);
            }
            ExprKind::Str(s) => {
                let k = self.string_const(s);
                self.emit(Op::LoadConst { dst, k }, span);
            }
            ExprKind::BigInt(text) => {
                let v = self.vm.constant_bigint(text);
                let k = self.intern(ConstKey::BigInt(text.clone()), v);
                self.emit(Op::LoadConst { dst, k }, span);
            }
            ExprKind::Regex(pattern, flags) => {
                let k = self.string_const(pattern);
                self.emit(Op::NewRegExp { dst, k, flags: *flags as i16 }, span);
            }
            ExprKind::Bool(b) => {
                let k = self.constant(Value::bool(*b));
                self.emit(Op::LoadConst { dst, k }, span);
            }
            ExprKind::Null => {
                let k = self.constant(Value::NULL);
                self.emit(Op::LoadConst { dst, k }, span);
            }
            ExprKind::Ident(name) => match self.resolve(name, span)? {
                Place::Local(si, bi) => {
                    let b = self.binding(si, bi);
                    if !b.initialized {
                        let n = b.name.clone();
                        let at = self.tdz_at(span);
                        self.tdz(&n, at);
                    } else if b.reg != dst {
                        let src = b.reg;
                        self.read_position(span);
                        self.emit(Op::Mov { dst, src }, span);
                    } else {
                        self.read_position(span);
                    }
                }
                Place::Global(g) => {
                    let at = self.tdz_at(span);
                    self.emit(Op::GetGlobal { dst, g }, at);
                }
                Place::Scoped(s) => {
                    let at = self.tdz_at(span);
                    self.load_scoped(&s, dst, at)
                }
                Place::Constant(v) => {
                    let k = self.constant(v);
                    self.emit(Op::LoadConst { dst, k }, span);
                }
            },
            ExprKind::Unary(op, a) => {
                if *op == UnOp::Typeof {
                    if let ExprKind::Ident(name) = &a.kind {
                        if let Place::Global(g) = self.resolve(name, a.span)? {
                            let at = self.tdz_at(span);
                            self.emit(Op::TypeofGlobal { dst, g }, at);
                            return Ok(());
                        }
                    }
                }
                match op {
                    UnOp::Delete => return self.delete(a, dst, span),
                    UnOp::Void => {
                        self.effect(a)?;
                        let k = self.constant(Value::UNDEFINED);
                        self.emit(Op::LoadConst { dst, k }, span);
                        return Ok(());
                    }
                    _ => {}
                }
                let src = self.expr(a)?;
                if *op == UnOp::Plus {
                    let pc = self.emit(Op::ToNumber { dst, src }, span);
                    self.number_only.push(pc as u32);
                    return Ok(());
                }
                let op = match op {
                    UnOp::Neg => Op::Neg { dst, src },
                    UnOp::Plus => Op::ToNumber { dst, src },
                    UnOp::Not => Op::Not { dst, src },
                    UnOp::BitNot => Op::BitNot { dst, src },
                    UnOp::Typeof => Op::Typeof { dst, src },
                    UnOp::Void | UnOp::Delete => unreachable!("handled above"),
                };
                self.emit(op, span);
            }
            ExprKind::Binary(..) => self.binary_chain(e, dst)?,
            ExprKind::Logical(..) => {
                // `a || b || …` is a left spine too: the leftmost operand,
                // then one jump and one operand per level, innermost first.
                let mut spine = Vec::new();
                let mut left = e;
                while let ExprKind::Logical(op, a, b) = &left.kind {
                    spine.push((*op, &**b, left.span));
                    left = a;
                }
                // A literal V8 knows to be passed over (`0 || x`, `1 && x`,
                // `null ?? x`) emits nothing there: the statement's
                // position still applies to what follows.
                let pending = self.stmt_pos;
                let passed_over = pending.is_some()
                    && match spine.last().map(|(op, ..)| *op) {
                        Some(LogicalOp::Or) => literal_truth(left) == Some(false),
                        Some(LogicalOp::And) => literal_truth(left) == Some(true),
                        Some(LogicalOp::Nullish) => self.is_nullish_literal(left),
                        None => false,
                    };
                self.expr_into(left, dst)?;
                for (i, (op, b, span)) in spine.into_iter().rev().enumerate() {
                    let j = self.skip_unless_needed(op, dst, span);
                    if i == 0 && passed_over {
                        self.stmt_pos = pending;
                    }
                    self.expr_into(b, dst)?;
                    let t = self.here();
                    self.patch(j, t);
                }
            }
            ExprKind::Cond(c, t, f) => {
                // A literal condition: V8 compiles only the branch taken,
                // so the statement's position still applies to it.
                let pending = self.stmt_pos;
                let known = if pending.is_some() { literal_truth(c) } else { None };
                let skip = self.jump_if_false(c)?;
                if known == Some(true) {
                    self.stmt_pos = pending;
                }
                self.expr_into(t, dst)?;
                let over = self.emit(Op::Jump { target: 0 }, span);
                self.patch_all(skip);
                if known == Some(false) {
                    self.stmt_pos = pending;
                }
                self.expr_into(f, dst)?;
                let end = self.here();
                self.patch(over, end);
            }
            ExprKind::Assign(op, op_span, target, value) => {
                self.assign(*op, target, value, Some(dst), span, *op_span)?
            }
            ExprKind::Update { delta, prefix, target } => self.update(*delta, *prefix, target, dst, span)?,
            ExprKind::Call(callee, args) => self.call(callee, args, dst, span)?,
            ExprKind::Member(obj, prop) => {
                let o = self.expr(obj)?;
                let site = self.member_site(prop)?;
                self.get_member(dst, o, site, prop.span)?;
            }
            ExprKind::Index(obj, key) => {
                let o = self.operand(obj, key)?;
                let k = self.expr(key)?;
                let at = self.bracket_before(key.span);
                self.emit(Op::GetIndex { dst, obj: o, key: k }, at);
            }
            ExprKind::This => self.this_into(dst, span)?,
            ExprKind::Array(items) => {
                // V8 creates the array before its elements are evaluated.
                self.last_pos = self.stmt_pos.take().or(self.last_pos);
                self.array_literal(items, dst, span)?
            }
            ExprKind::Object(props) => self.object_literal(props, dst, span)?,
            ExprKind::Spread(_) => return Err(self.err("Unexpected token '...'", span)),
            ExprKind::New(callee, args) => self.new_expr(callee, args, dst, span)?,
            ExprKind::Function(f) => self.closure_into(f, dst, span, true)?,
            ExprKind::Class(c) => self.class_value(c, dst, None, span)?,
            ExprKind::SuperCall(args) => self.super_call(args, dst, span)?,
            ExprKind::SuperMember(_) | ExprKind::SuperIndex(_) => self.super_get(e, dst)?,
            ExprKind::NewTarget => self.new_target(dst, span)?,
            ExprKind::Seq(items) => {
                let (last, init) = items.split_last().expect("non-empty sequence");
                for (i, item) in init.iter().enumerate() {
                    if i > 0 {
                        self.stmt_pos = Some(self.condition_pos(item));
                    }
                    let mark = self.next_reg;
                    self.effect(item)?;
                    self.next_reg = mark;
                }
                self.stmt_pos = Some(self.condition_pos(last));
                self.expr_into(last, dst)?;
            }
            ExprKind::Template(t) => self.template(t, dst, span)?,
            ExprKind::TaggedTemplate(tag, t) => self.tagged_template(tag, t, dst, span)?,
            ExprKind::Optional(chain) => self.optional_chain(chain, dst, span)?,
            ExprKind::OptionalBase(base) => self.optional_base(base, dst)?,
            ExprKind::LogicalAssign(op, op_span, target, value) => {
                self.logical_assign(*op, target, value, dst, span, *op_span)?
            }
            ExprKind::Pattern(_) => return Err(self.err("Invalid destructuring assignment target", span)),
            ExprKind::Yield(delegate, arg) => self.yield_expr(*delegate, arg.as_deref(), dst, span)?,
            ExprKind::Await(arg) => self.await_expr(arg, dst, span)?,
        }
        Ok(())
    }

    /// `a - b - c - …` parses as a left spine of Binary nodes, as deep as
    /// the chain is long. It is walked with a list, not recursion, and every
    /// intermediate result goes to one temporary: only the last operation
    /// writes `dst` (which may be a variable the operands still read).
    fn binary_chain(&mut self, e: &Expr, dst: Reg) -> CResult<()> {
        let mut spine = Vec::new();
        let mut left = e;
        while let ExprKind::Binary(op, a, b) = &left.kind {
            spine.push((*op, &**b, left.span));
            left = a;
        }
        let acc = if spine.len() > 1 { Some(self.alloc_temp(left.span)?) } else { None };
        let mark = self.next_reg;
        let last = spine.len() - 1;
        let swap = if self.stmt_pos.is_some() { smi_literal_first(left, &spine) } else { None };
        for (i, (op, b, span)) in spine.into_iter().rev().enumerate() {
            let into = if i == last { dst } else { acc.expect("a chain") };
            match swap {
                Some((k, _)) if i < k => continue,
                Some((k, v)) if i == k => {
                    // V8 folds the literals and, for a commutative
                    // operator, puts the Smi on the right: the other
                    // operand is evaluated first (where a dead-zone read
                    // in it is reported). A literal has no effects, so
                    // the order is the only difference.
                    let rb = self.expr(b)?;
                    let ra = self.alloc_temp(span)?;
                    let kc = self.number_const(v);
                    self.emit(Op::LoadConst { dst: ra, k: kc }, span);
                    self.emit(binary_op(op, into, ra, rb), self.operator_before(b.span));
                }
                _ => {
                    let a = if i == 0 { Operand::Expr(left) } else { Operand::Reg(acc.expect("a chain")) };
                    self.binary(op, a, b, into, span)?;
                }
            }
            self.next_reg = mark;
        }
        Ok(())
    }

    /// One binary operation whose left operand is an expression or a
    /// register that already holds the value.
    fn binary(&mut self, op: BinOp, a: Operand, b: &Expr, dst: Reg, span: Span) -> CResult<()> {
        if let (BinOp::In, Operand::Expr(Expr { kind: ExprKind::Ident(n), span: at })) = (op, &a) {
            if n.starts_with('#') {
                return self.private_in(n, *at, b, dst, span);
            }
        }
        if let (BinOp::Sub, ExprKind::Number(n)) = (op, &b.kind) {
            if let Some(imm) = small_int(-*n) {
                let a = match a {
                    Operand::Expr(a) => self.expr(a)?,
                    Operand::Reg(r) => r,
                };
                let pc = self.emit(Op::AddImm { dst, a, imm }, span);
                self.number_only.push(pc as u32);
                return Ok(());
            }
        }
        // A bitwise operator uses its number literal as ToInt32 makes it
        // (a shift count's five low bits are the same): loaded as that
        // Smi, `x & 0xffffffff` (a seeded random's step) stays on the Smi
        // fast paths instead of meeting a double. A literal has no
        // conversion to observe, so this changes no order of effects.
        let folded;
        let b = match (op, &b.kind) {
            (
                BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Shr | BinOp::UShr,
                ExprKind::Number(n),
            ) if (crate::numconv::to_int32(*n) as f64).to_bits() != n.to_bits() => {
                folded = Expr { kind: ExprKind::Number(crate::numconv::to_int32(*n) as f64), span: b.span };
                &folded
            }
            _ => b,
        };
        let ra = match a {
            Operand::Expr(a) => self.operand(a, b)?,
            Operand::Reg(r) => r,
        };
        let rb = self.expr(b)?;
        self.emit(binary_op(op, dst, ra, rb), self.operator_before(b.span));
        Ok(())
    }

    /// The operator token just before `operand` (a binary operator is
    /// found from its right operand, which every form of `binary` has):
    /// where V8 reports an error the operation raises.
    fn operator_before(&self, operand: Span) -> Span {
        let text = self.source.text.as_bytes();
        let mut end = (operand.start as usize).min(text.len());
        while end > 0 && text[end - 1].is_ascii_whitespace() {
            end -= 1;
        }
        let mut start = end;
        while start > 0 && b"+-*/%<>=!&|^?".contains(&text[start - 1]) {
            start -= 1;
        }
        if start == end {
            // `in` and `instanceof` are words: V8 reports their errors there too.
            for word in [&b"instanceof"[..], b"in"] {
                let at = end.saturating_sub(word.len());
                let before_ok = at == 0 || !(text[at - 1].is_ascii_alphanumeric() || b"_$".contains(&text[at - 1]));
                if end >= word.len() && &text[at..end] == word && before_ok {
                    return Span::new(at, end);
                }
            }
            return operand;
        }
        Span::new(start, end)
    }

    /// Where V8 puts expression `e`'s position, which is where it reports
    /// an error of a compound assignment's operation on `e`: the operator
    /// of a binary or assignment expression, else where `e` starts inside
    /// its parentheses.
    fn position_of(&self, e: &Expr) -> Span {
        match &e.kind {
            ExprKind::Binary(_, _, b) | ExprKind::Logical(_, _, b) => self.operator_before(b.span),
            ExprKind::Assign(_, op_span, _, _) => *op_span,
            ExprKind::Seq(items) if !items.is_empty() => self.position_of(&items[items.len() - 1]),
            ExprKind::Index(_, key) => self.bracket_before(key.span),
            ExprKind::Member(_, prop) => prop.span,
            // V8 marks a template's substitutions, not its literal parts:
            // an error after the last one is reported there.
            ExprKind::Template(t) if !t.exprs.is_empty() => self.position_of(&t.exprs[t.exprs.len() - 1]),
            _ => {
                let text = self.source.text.as_bytes();
                let mut start = e.span.start as usize;
                while start < text.len() && (text[start] == b'(' || text[start].is_ascii_whitespace()) {
                    start += 1;
                }
                Span { start: start as u32, end: e.span.end.max(start as u32) }
            }
        }
    }

    /// A call's callee into `func` and its receiver into `this`: the
    /// object for `o.m(...)`, `o[k](...)` and `super.m(...)` (then `this`),
    /// else undefined.
    fn callee_into(&mut self, callee: &Expr, func: Reg, this: Reg, span: Span) -> CResult<()> {
        match &callee.kind {
            ExprKind::Member(obj, prop) => {
                self.expr_into(obj, this)?;
                let site = self.member_site(prop)?;
                // The key waits in `func` (a temporary would take the
                // first argument's register).
                match self.private_key(site, Some(func), prop.span)? {
                    Some(key) => self.emit(Op::GetPrivate { dst: func, obj: this, key, site }, prop.span),
                    None => self.emit(Op::GetNamed { dst: func, obj: this, site }, prop.span),
                };
            }
            ExprKind::Index(obj, key) => {
                self.expr_into(obj, this)?;
                let k = self.expr(key)?;
                let at = self.bracket_before(key.span);
                self.emit(Op::GetIndex { dst: func, obj: this, key: k }, at);
            }
            ExprKind::SuperMember(_) | ExprKind::SuperIndex(_) => {
                // `super.m(...)`: the method of the home object's prototype,
                // called on `this`.
                self.this_into(this, callee.span)?;
                self.super_get(callee, func)?;
            }
            _ => {
                self.expr_into(callee, func)?;
                let k = self.constant(Value::UNDEFINED);
                self.emit(Op::LoadConst { dst: this, k }, span);
            }
        }
        Ok(())
    }

    fn call(&mut self, callee: &Expr, args: &[Expr], dst: Reg, span: Span) -> CResult<()> {
        if args.len() >= MAX_REGS {
            return Err(self.err(format!("too many arguments (stitch allows {})", MAX_REGS - 1), span));
        }
        if let ExprKind::Member(obj, prop) = &callee.kind {
            // `console.log(a, b)` prints straight from registers; a spread
            // argument, and the other console methods, take the ordinary call
            // path to the native functions.
            let spread = args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_)));
            if is_console(obj) && &*prop.name == "log" && !spread {
                let base = self.next_reg as Reg;
                for _ in args {
                    self.alloc_temp(span)?;
                }
                // V8 reads `console` and `log` first: they take the
                // statement's position, then `log`'s is the last recorded.
                self.stmt_pos = None;
                self.last_pos = Some(prop.span);
                for (i, a) in args.iter().enumerate() {
                    self.expr_into(a, base + i as Reg)?;
                }
                self.emit(Op::Print { base, argc: args.len() as u8 }, span);
                let k = self.constant(Value::UNDEFINED);
                self.emit(Op::LoadConst { dst, k }, span);
                return Ok(());
            }
        }
        let func = self.alloc_temp(span)?;
        let this = self.alloc_temp(span)?;
        let spread = args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_)));
        if !spread {
            for _ in args {
                self.alloc_temp(span)?;
            }
        }
        match &callee.kind {
            ExprKind::OptionalBase(inner) => self.optional_callee(inner, func, this)?,
            _ => self.callee_into(callee, func, this, span)?,
        }
        if spread {
            let list = self.alloc_temp(span)?;
            self.spread_args(args, list, span)?;
            let at = self.call_position(callee);
            self.emit_call(Op::CallSpread { dst, func, args: list }, at, callee);
            return Ok(());
        }
        for (i, a) in args.iter().enumerate() {
            self.expr_into(a, this + 1 + i as Reg)?;
        }
        // "x is not a function" quotes the callee; V8 points at a method's
        // name (`o.f`), or the callee itself.
        let at = self.call_position(callee);
        self.emit_call(Op::Call { dst, func, argc: args.len() as u8 }, at, callee);
        Ok(())
    }

    /// Emits `op` at `at`; its errors quote the text at `text`.
    fn emit_quoting(&mut self, op: Op, at: Span, text: Span) -> usize {
        let pc = self.emit(op, at);
        if at != text {
            self.quotes.push((pc as u32, text));
        }
        pc
    }

    /// Emits a call or `new` at `at` whose "is not a function" quotes
    /// `callee` the way V8 prints it (src/compiler/callee_print.rs).
    fn emit_call(&mut self, op: Op, at: Span, callee: &Expr) -> usize {
        let pc = self.emit_quoting(op, at, callee.span);
        // Most callees are a name, which prints as written: no text to keep.
        if matches!(callee.kind, ExprKind::Ident(_)) {
            return pc;
        }
        if let Some(printed) = callee_print::print_callee(callee) {
            let raw = self.source.text.get(callee.span.start as usize..callee.span.end as usize).unwrap_or("");
            if printed != crate::callee_text::call_printer(raw) {
                self.callee_texts.push((pc as u32, printed.into()));
            }
        }
        pc
    }

    /// Where V8 reports a failed call: a method's name, an index's `[`, or
    /// the callee.
    fn call_position(&self, callee: &Expr) -> Span {
        // V8's parser places a call whose callee ends in a name at that
        // name (`f()`, `o.m()`), any other (`f()()`, `(0, f)()`, `(f)()`,
        // `o[k]()`) at the `(`.
        let text = &self.source.text;
        let unparenthesised = !text.get(..callee.span.end as usize).is_some_and(|t| t.ends_with(')'))
            && text.get(callee.span.end as usize..).is_some_and(|t| t.trim_start().starts_with('('));
        match &callee.kind {
            // A reserved word as a method name (`it.throw(e)`, `o.new()`):
            // V8 reports at the `(`.
            ExprKind::Member(_, prop) if RESERVED_WORDS.contains(&&*prop.name) => self.paren_after(callee.span),
            ExprKind::Member(_, prop) if unparenthesised => prop.span,
            ExprKind::Ident(_) if unparenthesised => callee.span,
            // `f?.()` and the rest: at the `(`.
            _ => self.paren_after(callee.span),
        }
    }

    /// The `(` after `callee`.
    fn paren_after(&self, callee: Span) -> Span {
        let text = self.source.text.as_bytes();
        let mut i = callee.end as usize;
        while i < text.len() && text[i] != b'(' {
            i += 1;
        }
        Span::new(i, (i + 1).min(text.len()))
    }

    /// The `[` before an index expression (V8 reports indexed access there).
    fn bracket_before(&self, key: Span) -> Span {
        let text = self.source.text.as_bytes();
        let mut i = (key.start as usize).min(text.len());
        while i > 0 && (text[i - 1].is_ascii_whitespace() || text[i - 1] == b'(') {
            i -= 1;
        }
        if i > 0 && text[i - 1] == b'[' {
            Span::new(i - 1, i)
        } else {
            key
        }
    }

    /// `new callee(args)`.
    fn new_expr(&mut self, callee: &Expr, args: &[Expr], dst: Reg, span: Span) -> CResult<()> {
        if args.len() >= MAX_REGS {
            return Err(self.err(format!("too many arguments (stitch allows {})", MAX_REGS - 1), span));
        }
        let func = self.alloc_temp(span)?;
        let this = self.alloc_temp(span)?;
        let spread = args.iter().any(|a| matches!(a.kind, ExprKind::Spread(_)));
        if !spread {
            for _ in args {
                self.alloc_temp(span)?;
            }
        }
        self.expr_into(callee, func)?;
        let k = self.constant(Value::UNDEFINED);
        self.emit(Op::LoadConst { dst: this, k }, span);
        if spread {
            let list = self.alloc_temp(span)?;
            self.spread_args(args, list, span)?;
            self.emit_call(Op::NewSpread { dst, func, args: list }, span, callee);
            return Ok(());
        }
        for (i, a) in args.iter().enumerate() {
            self.expr_into(a, this + 1 + i as Reg)?;
        }
        self.emit_call(Op::New { dst, func, argc: args.len() as u8 }, span, callee);
        Ok(())
    }

    /// The object (and key) of a property target, evaluated into registers.
    fn property_target(&mut self, target: &Expr) -> CResult<PropTarget> {
        self.property_target_before(target, None)
    }

    /// The same, for a target whose assigned value `later` is evaluated
    /// after it: a local the value reassigns (`o[k] = (k = 1)`) is copied
    /// first, as JavaScript reads the object and key before the value.
    fn property_target_before(&mut self, target: &Expr, later: Option<&Expr>) -> CResult<PropTarget> {
        let later_writes = later.is_some_and(has_assignment);
        Ok(match &target.kind {
            ExprKind::Member(obj, prop) => {
                let o = self.expr(obj)?;
                let o = self.pin_local(o, obj.span, later_writes)?;
                let site = self.member_site(prop)?;
                match self.private_key(site, None, prop.span)? {
                    Some(key) => PropTarget::Private(o, site, key, prop.span),
                    None => PropTarget::Named(o, site, prop.span),
                }
            }
            ExprKind::Index(obj, key) => {
                let o = self.expr(obj)?;
                let o = self.pin_local(o, obj.span, later_writes || has_assignment(key))?;
                let k = self.expr(key)?;
                let k = self.pin_local(k, key.span, later_writes)?;
                PropTarget::Keyed(o, k, self.bracket_before(key.span))
            }
            ExprKind::SuperMember(_) | ExprKind::SuperIndex(_) => {
                let (this, key) = self.super_target(target)?;
                PropTarget::Super(this, key, target.span)
            }
            _ => unreachable!("only property targets"),
        })
    }

    /// `r`, or a temporary copy of it when it is a named local that code
    /// evaluated later may write.
    fn pin_local(&mut self, r: Reg, span: Span, written_later: bool) -> CResult<Reg> {
        if written_later && r < self.first_temp_reg() {
            let t = self.alloc_temp(span)?;
            self.emit(Op::Mov { dst: t, src: r }, span);
            return Ok(t);
        }
        Ok(r)
    }

    fn get_property_at(&mut self, t: &PropTarget, dst: Reg, at: Span) {
        match *t {
            PropTarget::Named(obj, site, _) => self.emit(Op::GetNamed { dst, obj, site }, at),
            PropTarget::Private(obj, site, key, _) => self.emit(Op::GetPrivate { dst, obj, key, site }, at),
            PropTarget::Super(this, key, _) => {
                self.emit_get_super(dst, this, key, at);
                0
            }
            PropTarget::Keyed(obj, key, _) => self.emit(Op::GetIndex { dst, obj, key }, at),
        };
    }

    fn get_property(&mut self, t: &PropTarget, dst: Reg) {
        match *t {
            PropTarget::Named(obj, site, span) => self.emit(Op::GetNamed { dst, obj, site }, span),
            PropTarget::Private(obj, site, key, span) => self.emit(Op::GetPrivate { dst, obj, key, site }, span),
            PropTarget::Super(this, key, span) => {
                self.emit_get_super(dst, this, key, span);
                0
            }
            PropTarget::Keyed(obj, key, span) => self.emit(Op::GetIndex { dst, obj, key }, span),
        };
    }

    fn set_property(&mut self, t: &PropTarget, src: Reg, span: Span) {
        match *t {
            PropTarget::Named(obj, site, _) => {
                let site = self.store_site(site);
                self.emit(Op::SetNamed { obj, src, site }, span)
            }
            PropTarget::Private(obj, site, key, _) => {
                let site = self.store_site(site);
                self.emit(Op::SetPrivate { obj, src, key, site }, span)
            }
            PropTarget::Keyed(obj, key, _) => self.emit(Op::SetIndex { obj, key, src }, span),
            PropTarget::Super(this, key, _) => {
                self.emit_set_super(this, key, src, span);
                0
            }
        };
    }

    /// `o.x = v`, `o[k] op= v`.
    fn assign_property(
        &mut self,
        op: Option<BinOp>,
        target: &Expr,
        value: &Expr,
        dst: Option<Reg>,
        span: Span,
        op_span: Span,
    ) -> CResult<()> {
        let chain = self.member_chain.take();
        let t = self.property_target_before(target, Some(value))?;
        if op.is_none() {
            self.infer_member_name(target, value, chain);
        }
        let v = match (op, dst) {
            // A statement: the value may stay in its own register (a local's).
            (None, None) => self.expr(value)?,
            _ => self.alloc_temp(span)?,
        };
        match op {
            None if dst.is_none() => {}
            None => self.expr_into(value, v)?,
            Some(op) => {
                let cur = self.alloc_temp(span)?;
                let read_at = Span::new(target.span.start as usize, target.span.start as usize + 1);
                self.get_property_at(&t, cur, read_at);
                let rv = self.expr(value)?;
                self.emit(binary_op(op, v, cur, rv), self.position_of(value));
            }
        }
        self.set_property(&t, v, op_span);
        match dst {
            Some(dst) if dst != v => {
                self.emit(Op::Mov { dst, src: v }, span);
            }
            _ => {}
        }
        Ok(())
    }

    /// V8's name inferrer for `target = value`: an anonymous function
    /// value gets the target's path (`obj.m`, `F.m` for `F.prototype.m`,
    /// `obj.<computed>` for `obj[k]`) as its frames' name; an assignment
    /// value passes the path on to its own target.
    fn infer_member_name(&mut self, target: &Expr, value: &Expr, chain: Option<String>) {
        let Some(path) = member_path(target, 0) else { return };
        let full = match chain {
            Some(pre) if !path.is_empty() => format!("{pre}.{path}"),
            Some(pre) => pre,
            None => path,
        };
        if full.is_empty() {
            return;
        }
        match &value.kind {
            ExprKind::Function(f) if f.name.name.is_empty() => self.member_inferred = Some(full.into()),
            ExprKind::Class(c) if c.name.name.is_empty() => self.member_inferred = Some(full.into()),
            ExprKind::Assign(None, _, t, _) if matches!(t.kind, ExprKind::Member(..) | ExprKind::Index(..)) => {
                self.member_chain = Some(full)
            }
            _ => self.infer_frame_names(value, &full),
        }
    }

    /// V8's name inferrer for the functions and classes nested in a value
    /// stored under `path` (a variable, `obj.m`): an anonymous one among
    /// the value's array items, object literal values (whose keys extend
    /// the path: `o.list` for `const o = { list: [() => {}] }`), branches
    /// of `?:`, `&&`, `||`, `??` and operands gets `path` as its name in
    /// stack frames (`at Array.arr`). Call arguments, function bodies and
    /// nested assignments (which infer for themselves) are left alone; the
    /// value itself, when a function, is named by `infer_name`.
    fn infer_frame_names(&mut self, value: &Expr, path: &str) {
        let mut work: Vec<(&Expr, Rc<str>, bool)> = vec![(value, path.into(), true)];
        while let Some((e, path, top)) = work.pop() {
            if work.len() > 10_000 {
                return;
            }
            match &e.kind {
                ExprKind::Function(f) if !top && f.name.name.is_empty() => {
                    self.frame_names.insert(Rc::as_ptr(f) as *const (), path);
                }
                ExprKind::Class(c) if !top && c.name.name.is_empty() => {
                    self.frame_names.insert(Rc::as_ptr(c) as *const (), path);
                }
                ExprKind::Array(items) => {
                    work.extend(items.iter().flatten().map(|i| (i, path.clone(), false)));
                }
                ExprKind::Spread(x) | ExprKind::Unary(_, x) | ExprKind::Member(x, _) | ExprKind::Index(x, _) => {
                    work.push((x, path, false))
                }
                ExprKind::Cond(_, a, b) | ExprKind::Logical(_, a, b) | ExprKind::Binary(_, a, b) => {
                    work.push((a, path.clone(), false));
                    work.push((b, path, false));
                }
                ExprKind::Seq(items) => work.extend(items.iter().map(|i| (i, path.clone(), false))),
                ExprKind::Object(props) => {
                    for p in props {
                        let key: Rc<str> = match (&p.kind, &p.key) {
                            (PropKind::Init, PropKey::Name(n)) => format!("{path}.{n}").into(),
                            (PropKind::Init, PropKey::Number(n)) => {
                                format!("{path}.{}", crate::value::number_to_string(*n)).into()
                            }
                            (PropKind::Init | PropKind::Spread, _) => path.clone(),
                            _ => continue,
                        };
                        work.push((&p.value, key, false));
                    }
                }
                _ => {}
            }
        }
    }

    /// `o.x++`, `--o[k]`.
    fn update_property(&mut self, delta: i32, prefix: bool, target: &Expr, dst: Reg, span: Span) -> CResult<()> {
        let t = self.property_target(target)?;
        let old = self.alloc_temp(span)?;
        self.get_property(&t, old);
        let num = self.alloc_temp(span)?;
        self.emit(Op::ToNumber { dst: num, src: old }, span);
        let new = self.alloc_temp(span)?;
        self.emit(Op::AddImm { dst: new, a: num, imm: delta as i16 }, span);
        self.set_property(&t, new, span);
        let result = if prefix { new } else { num };
        self.emit(Op::Mov { dst, src: result }, span);
        Ok(())
    }

    /// A property site for `name`.
    fn site(&mut self, name: &Rc<str>) -> u32 {
        let atom = self.vm.atom(name);
        self.sites.push(crate::bytecode::PropSite::new(name.clone(), atom));
        (self.sites.len() - 1) as u32
    }

    fn array_literal(&mut self, items: &[Option<Expr>], dst: Reg, span: Span) -> CResult<()> {
        self.array_literal_opt(items.iter().map(Option::as_ref), dst, span)
    }

    /// `[a, , ...b, c]`: the first run of plain items in registers for
    /// `NewArray`, then appends and spreads.
    fn array_literal_opt<'e>(
        &mut self,
        items: impl Iterator<Item = Option<&'e Expr>>,
        dst: Reg,
        span: Span,
    ) -> CResult<()> {
        self.array_items(items.collect(), dst, span, false)
    }

    /// A call's or `new`'s arguments with a spread among them, as an array
    /// in `dst` (their "is not iterable" reads as V8's CallWithSpread's
    /// when the spread is the only one and last).
    fn spread_args(&mut self, args: &[Expr], dst: Reg, span: Span) -> CResult<()> {
        self.array_items(args.iter().map(Some).collect(), dst, span, true)
    }

    /// How V8's "is not iterable" names the expression `e` (its
    /// CallPrinter): as printed, a call or `new` by its callee (`f is not
    /// a function or its return value`). None where V8 prints nothing.
    pub(crate) fn iterable_text(e: &Expr) -> Option<String> {
        match &e.kind {
            ExprKind::Call(callee, _) | ExprKind::New(callee, _) => {
                callee_print::print_callee(callee).map(|c| format!("{c} is not a function or its return value"))
            }
            _ => callee_print::print_callee(e),
        }
    }

    fn array_items(&mut self, items: Vec<Option<&Expr>>, dst: Reg, span: Span, call: bool) -> CResult<()> {
        use crate::bytecode::IterText;
        let spreads = items.iter().filter(|e| matches!(e, Some(Expr { kind: ExprKind::Spread(_), .. }))).count();
        let last_spreads = matches!(items.last(), Some(Some(Expr { kind: ExprKind::Spread(_), .. })));
        const CHUNK: usize = 32;
        let mut created = false;
        let mut i = 0;
        while i < items.len() || !created {
            if let Some(Some(Expr { kind: ExprKind::Spread(src), .. })) = items.get(i) {
                if !created {
                    self.emit(Op::NewArray { dst, base: dst, argc: 0 }, span);
                    created = true;
                }
                let mark = self.next_reg;
                let r = self.expr(src)?;
                let pc = self.emit(Op::ArraySpread { arr: dst, src: r }, src.span);
                let text = match (call, spreads == 1 && last_spreads) {
                    (false, _) => Self::iterable_text(src).map(|t| IterText::Quote(t.into())),
                    (true, true) => callee_print::print_callee(src).map(|t| IterText::CallSpread(t.into())),
                    (true, false) => Some(IterText::Describe),
                };
                if let Some(t) = text {
                    self.iter_texts.push((pc as u32, t));
                }
                self.next_reg = mark;
                i += 1;
                continue;
            }
            let run: Vec<Option<&Expr>> = items[i..]
                .iter()
                .take_while(|e| !matches!(e, Some(Expr { kind: ExprKind::Spread(_), .. })))
                .take(CHUNK)
                .copied()
                .collect();
            let mark = self.next_reg;
            let base = self.next_reg as Reg;
            for _ in &run {
                self.alloc_temp(span)?;
            }
            for (j, e) in run.iter().enumerate() {
                match e {
                    Some(e) => self.expr_into(e, base + j as Reg)?,
                    None => {
                        let k = self.constant(Value::HOLE);
                        self.emit(Op::LoadConst { dst: base + j as Reg, k }, span);
                    }
                }
            }
            let argc = run.len() as u8;
            if created {
                self.emit(Op::ArrayAppend { arr: dst, base, argc }, span);
            } else {
                self.emit(Op::NewArray { dst, base, argc }, span);
                created = true;
            }
            self.next_reg = mark;
            i += run.len();
        }
        Ok(())
    }

    fn object_literal(&mut self, props: &[crate::ast::Prop], dst: Reg, span: Span) -> CResult<()> {
        use crate::ast::{PropKey, PropKind};
        // Built in a temporary: `o = {a: o}` reads the old `o`.
        let obj = self.alloc_temp(span)?;
        // The named properties it will have, as V8 sizes a literal's
        // boilerplate: more than fit an object's usual cell get a wider one.
        let named = props
            .iter()
            .filter(|p| {
                matches!(p.kind, PropKind::Init | PropKind::Get | PropKind::Set)
                    && matches!(&p.key, PropKey::Name(n) if &**n != "__proto__" && crate::heap::shape::array_index(n).is_none())
            })
            .count();
        self.emit(Op::NewObject { dst: obj, size: named.min(u8::MAX as usize) as u8 }, span);
        for p in props {
            let mark = self.next_reg;
            match p.kind {
                PropKind::Spread => {
                    let r = self.expr(&p.value)?;
                    self.emit(Op::ObjectSpread { obj, src: r }, p.span);
                }
                PropKind::Get | PropKind::Set => self.literal_accessor(obj, p)?,
                PropKind::Init => match &p.key {
                    // `{"0": v}` names an element, as `{0: v}` does.
                    PropKey::Name(name) if crate::heap::shape::array_index(name).is_some() => {
                        let index = crate::heap::shape::array_index(name).unwrap_or(0);
                        let k = self.alloc_temp(p.span)?;
                        let kk = self.number_const(index as f64);
                        self.emit(Op::LoadConst { dst: k, k: kk }, p.span);
                        self.infer_name(&p.value, name);
                        let v = self.expr(&p.value)?;
                        self.emit(Op::SetIndex { obj, key: k, src: v }, p.span);
                    }
                    PropKey::Name(name) if &**name != "__proto__" && classes::after_accessor(props, p, name) => {
                        self.infer_name(&p.value, name);
                        self.literal_data_after_accessor(obj, name, p)?;
                    }
                    PropKey::Name(name) if &**name != "__proto__" && self.literal_super_method(obj, p)? => {}
                    PropKey::Name(name) if &**name != "__proto__" => {
                        self.infer_name(&p.value, name);
                        let v = self.expr(&p.value)?;
                        let site = self.site(name);
                        // Defined, not assigned: no setter of a prototype sees it.
                        self.sites[site as usize].define = true;
                        self.emit(Op::SetNamed { obj, src: v, site }, p.span);
                    }
                    // Only `__proto__: x` sets the prototype: shorthand
                    // `{ __proto__ }` and a method `__proto__() {}` (whose
                    // value's span starts at the key, not after a colon)
                    // define an own property, as a computed key does.
                    PropKey::Name(name) if p.value.span.start == p.span.start => {
                        if !self.literal_super_method(obj, p)? {
                            self.literal_data_after_accessor(obj, name, p)?;
                        }
                    }
                    PropKey::Name(_) => {
                        // `__proto__: x` sets the literal's prototype.
                        let v = self.expr(&p.value)?;
                        self.emit(Op::SetProto { obj, src: v }, p.span);
                    }
                    PropKey::Number(n) => {
                        let k = self.alloc_temp(p.span)?;
                        let kk = self.number_const(*n);
                        self.emit(Op::LoadConst { dst: k, k: kk }, p.span);
                        // `{1.5: function () {}}` names the function "1.5".
                        self.infer_name(&p.value, &Name::from(crate::value::number_to_string(*n)));
                        let v = self.expr(&p.value)?;
                        self.emit(Op::SetIndex { obj, key: k, src: v }, p.span);
                    }
                    PropKey::Computed(e) => {
                        let k = self.expr(e)?;
                        let v = self.expr(&p.value)?;
                        // Defined, not assigned: `{["__proto__"]: v}` is an own
                        // property, and no inherited setter sees the value.
                        // An anonymous function is named after the key.
                        let kind = define_kind(Some(&p.value));
                        self.emit(Op::DefineMethod { obj, key: k, func: v, kind }, p.span);
                    }
                },
            }
            self.next_reg = mark;
        }
        if obj != dst {
            self.emit(Op::Mov { dst, src: obj }, span);
        }
        Ok(())
    }

    /// `delete target`.
    fn delete(&mut self, target: &Expr, dst: Reg, span: Span) -> CResult<()> {
        match &target.kind {
            ExprKind::Optional(chain) => self.delete_optional(chain, dst, span)?,
            ExprKind::Member(obj, prop) => {
                if prop.name.starts_with('#') {
                    return Err(self.err("Private fields can not be deleted", prop.span));
                }
                // V8's delete has no position of its own: a failure (strict
                // mode) is reported at the last one recorded.
                let o = self.expr(obj)?;
                let site = self.site(&prop.name);
                let at = self.prior_pos(span);
                self.emit(Op::DeleteNamed { dst, obj: o, site }, at);
            }
            ExprKind::Index(obj, key) => {
                let o = self.operand(obj, key)?;
                let k = self.expr(key)?;
                let at = self.prior_pos(span);
                self.emit(Op::DeleteIndex { dst, obj: o, key: k }, at);
            }
            ExprKind::Ident(name)
                if !self.declared.contains(name)
                    && matches!(self.resolve(name, target.span)?, Place::Global(_))
                    && !matches!(
                        self.resolve(&Name::from("globalThis"), target.span)?,
                        Place::Local(..) | Place::Scoped(_)
                    ) =>
            {
                // A name no declaration binds is a property of the global
                // object (an implicit global, a built-in): deleting it
                // deletes the property.
                let g = Expr { kind: ExprKind::Ident("globalThis".into()), span: target.span };
                let o = self.expr(&g)?;
                let site = self.site(name);
                self.emit(Op::DeleteNamed { dst, obj: o, site }, span);
            }
            ExprKind::Ident(_) => {
                // Deleting a variable fails (false) in sloppy mode.
                let k = self.constant(Value::FALSE);
                self.emit(Op::LoadConst { dst, k }, span);
            }
            _ => {
                self.effect(target)?;
                let k = self.constant(Value::TRUE);
                self.emit(Op::LoadConst { dst, k }, span);
            }
        }
        Ok(())
    }

    /// Names `value` after `name` if it is an anonymous function expression.
    fn infer_name(&mut self, value: &Expr, name: &Name) {
        self.inferred_name = match &value.kind {
            ExprKind::Function(f) if f.name.name.is_empty() => Some(name.clone()),
            ExprKind::Class(c) if c.name.name.is_empty() => Some(name.clone()),
            _ => None,
        };
    }

    /// `op_span` is the operator's: V8 reports a const assignment there.
    #[allow(clippy::too_many_arguments)]
    fn assign(
        &mut self,
        op: Option<BinOp>,
        target: &Expr,
        value: &Expr,
        dst: Option<Reg>,
        span: Span,
        op_span: Span,
    ) -> CResult<()> {
        let name = match &target.kind {
            ExprKind::Ident(name) => name,
            ExprKind::Member(..) | ExprKind::Index(..) | ExprKind::SuperMember(_) | ExprKind::SuperIndex(_) => {
                return self.assign_property(op, target, value, dst, span, op_span);
            }
            ExprKind::Pattern(p) => {
                let dst = match dst {
                    Some(dst) => dst,
                    None => self.alloc_temp(span)?,
                };
                return self.assign_pattern(p, value, dst, op_span);
            }
            _ => return Err(self.err("Invalid left-hand side in assignment", target.span)),
        };
        if op.is_none() {
            self.infer_name(value, name);
            self.infer_frame_names(value, name);
        }
        match self.resolve(name, target.span)? {
            Place::Local(si, bi) => {
                let (reg, kind, init) = {
                    let b = self.binding(si, bi);
                    (b.reg, b.kind, b.initialized)
                };
                if !init {
                    // `x op= v` reads first (so a statement's position can
                    // apply); `x = v` fails at the store, which V8 reports
                    // at the `=`.
                    if let Some(_op) = op {
                        let at = self.prior_pos(target.span);
                        self.tdz(name, at);
                        return Ok(());
                    }
                    self.expr(value)?;
                    self.tdz(name, op_span);
                    return Ok(());
                }
                if kind == BindKind::Const {
                    match (op, dst) {
                        (None, Some(dst)) => self.expr_into(value, dst)?,
                        _ => {
                            self.expr(value)?;
                        }
                    }
                    self.throw(ErrorKind::TypeError, "Assignment to constant variable.".into(), op_span);
                    return Ok(());
                }
                if kind == BindKind::FnName {
                    // The store is dropped; the expression keeps the value
                    // it would have stored.
                    match (op, dst) {
                        (None, Some(dst)) => self.expr_into(value, dst)?,
                        (None, None) => {
                            self.expr(value)?;
                        }
                        (Some(op), dst) => {
                            let rv = self.expr(value)?;
                            let dst = match dst {
                                Some(dst) => dst,
                                None => self.alloc_temp(span)?,
                            };
                            self.emit(binary_op(op, dst, reg, rv), self.position_of(value));
                        }
                    }
                    return Ok(());
                }
                match op {
                    None => self.assign_local(reg, value)?,
                    // JavaScript reads the variable before evaluating the
                    // right side; reading the register afterwards is the same
                    // only when the right side cannot assign the variable.
                    Some(op) if assigns_name(value, name) => {
                        let cur = self.alloc_temp(span)?;
                        self.emit(Op::Mov { dst: cur, src: reg }, target.span);
                        let rv = self.expr(value)?;
                        self.emit(binary_op(op, reg, cur, rv), self.position_of(value));
                    }
                    Some(op) => {
                        let rv = self.expr(value)?;
                        self.emit(binary_op(op, reg, reg, rv), self.position_of(value));
                    }
                }
                match dst {
                    Some(dst) if dst != reg => {
                        self.emit(Op::Mov { dst, src: reg }, span);
                    }
                    _ => {}
                }
            }
            Place::Global(g) => {
                let src = match (op, dst) {
                    (None, Some(dst)) => {
                        self.expr_into(value, dst)?;
                        dst
                    }
                    // A statement: the value may stay in its own register.
                    (None, None) => self.expr(value)?,
                    (Some(op), dst) => {
                        let dst = match dst {
                            Some(dst) => dst,
                            None => self.alloc_temp(span)?,
                        };
                        let cur = self.alloc_temp(span)?;
                        let at = self.prior_pos(target.span);
                        self.emit(Op::GetGlobal { dst: cur, g }, at);
                        let rv = self.expr(value)?;
                        self.emit(binary_op(op, dst, cur, rv), self.position_of(value));
                        dst
                    }
                };
                self.emit(Op::SetGlobal { g, src }, op_span);
            }
            Place::Scoped(s) => self.assign_scoped(&s, op, value, dst, span, op_span, target.span)?,
            Place::Constant(v) => {
                // Assigning to `undefined`, `NaN` or `Infinity` is silently
                // ignored in sloppy-mode JavaScript; the value is still the result.
                match dst {
                    Some(dst) => self.expr_into(value, dst)?,
                    None => {
                        self.expr(value)?;
                    }
                }
                self.write_read_only_global(v, op_span);
            }
        }
        Ok(())
    }

    fn update(&mut self, delta: i32, prefix: bool, target: &Expr, dst: Reg, span: Span) -> CResult<()> {
        let name = match &target.kind {
            ExprKind::Ident(name) => name,
            ExprKind::Member(..) | ExprKind::Index(..) | ExprKind::SuperMember(_) | ExprKind::SuperIndex(_) => {
                return self.update_property(delta, prefix, target, dst, span);
            }
            _ => {
                let what = if prefix { "prefix" } else { "postfix" };
                return Err(self.err(format!("Invalid left-hand side expression in {} operation", what), target.span));
            }
        };
        let imm = delta as i16;
        // Where V8 reports a const assignment: a postfix operator, or the
        // operand of a prefix one.
        // (the span of a parenthesised update includes its parentheses, so the
        // operator is found from the operand's end).
        let store_span = if prefix { target.span } else { Span { start: target.span.end, end: target.span.end + 2 } };
        match self.resolve(name, target.span)? {
            Place::Local(si, bi) => {
                let (reg, kind, init) = {
                    let b = self.binding(si, bi);
                    (b.reg, b.kind, b.initialized)
                };
                if !init {
                    let at = self.prior_pos(target.span);
                    self.tdz(name, at);
                } else if kind == BindKind::Const {
                    self.emit(Op::ToNumber { dst, src: reg }, span);
                    self.throw(ErrorKind::TypeError, "Assignment to constant variable.".into(), store_span);
                } else if kind == BindKind::FnName {
                    // The store is dropped; only the numeric result remains.
                    if prefix {
                        self.emit(Op::AddImm { dst, a: reg, imm }, span);
                    } else {
                        self.emit(Op::ToNumber { dst, src: reg }, span);
                    }
                } else if prefix {
                    self.emit(Op::AddImm { dst: reg, a: reg, imm }, span);
                    if reg != dst {
                        self.emit(Op::Mov { dst, src: reg }, span);
                    }
                } else {
                    self.emit(Op::ToNumber { dst, src: reg }, span);
                    self.emit(Op::AddImm { dst: reg, a: dst, imm }, span);
                }
            }
            Place::Global(g) => {
                let at = self.prior_pos(target.span);
                let old = self.alloc_temp(span)?;
                self.emit(Op::GetGlobal { dst: old, g }, at);
                if prefix {
                    self.emit(Op::AddImm { dst, a: old, imm }, span);
                    self.emit(Op::SetGlobal { g, src: dst }, store_span);
                } else {
                    self.emit(Op::ToNumber { dst, src: old }, span);
                    let new = self.alloc_temp(span)?;
                    self.emit(Op::AddImm { dst: new, a: dst, imm }, span);
                    self.emit(Op::SetGlobal { g, src: new }, store_span);
                }
            }
            Place::Scoped(s) => {
                let at = self.prior_pos(target.span);
                self.update_scoped(&s, delta, prefix, dst, span, at, store_span)?
            }
            Place::Constant(v) => {
                // `undefined++` and friends: the binding is read-only, so only
                // the numeric result remains.
                let k = self.constant(v);
                self.emit(Op::LoadConst { dst, k }, span);
                self.emit(Op::ToNumber { dst, src: dst }, span);
                if prefix {
                    self.emit(Op::AddImm { dst, a: dst, imm }, span);
                }
                self.write_read_only_global(v, store_span);
            }
        }
        Ok(())
    }

    // ---- conditions ----

    /// Emits jumps taken when `e` is falsy; returns them for patching.
    fn jump_if_false(&mut self, e: &Expr) -> CResult<Vec<usize>> {
        self.enter_depth(e.span)?;
        let mark = self.next_reg;
        let r = self.jump_if_false_inner(e);
        self.next_reg = mark;
        self.depth -= 1;
        r
    }

    fn jump_if_false_inner(&mut self, e: &Expr) -> CResult<Vec<usize>> {
        match &e.kind {
            ExprKind::Binary(op, a, b) if fused_jump(*op, 0, 0).is_some() => {
                let ra = self.operand(a, b)?;
                let rb = self.expr(b)?;
                let j = fused_jump(*op, ra, rb).expect("fusable");
                Ok(vec![self.emit(j, e.span)])
            }
            ExprKind::Unary(UnOp::Not, a) => self.jump_if_true(a),
            ExprKind::Logical(LogicalOp::And, ..) => {
                let (first, rest) = same_op_spine(e, LogicalOp::And);
                let mut f = self.jump_if_false(first)?;
                for b in rest {
                    f.extend(self.jump_if_false(b)?);
                }
                Ok(f)
            }
            ExprKind::Logical(LogicalOp::Or, a, b) => {
                let t = self.jump_if_true(a)?;
                let f = self.jump_if_false(b)?;
                self.patch_all(t);
                Ok(f)
            }
            ExprKind::Bool(true) => Ok(vec![]),
            _ => {
                let r = self.expr(e)?;
                Ok(vec![self.emit(Op::JumpIfFalse { src: r, target: 0 }, e.span)])
            }
        }
    }

    /// Emits jumps taken when `e` is truthy.
    fn jump_if_true(&mut self, e: &Expr) -> CResult<Vec<usize>> {
        self.enter_depth(e.span)?;
        let mark = self.next_reg;
        let r = match &e.kind {
            ExprKind::Unary(UnOp::Not, a) => self.jump_if_false(a),
            ExprKind::Logical(LogicalOp::Or, ..) => {
                let (first, rest) = same_op_spine(e, LogicalOp::Or);
                let mut t = self.jump_if_true(first)?;
                for b in rest {
                    t.extend(self.jump_if_true(b)?);
                }
                Ok(t)
            }
            ExprKind::Logical(LogicalOp::And, a, b) => {
                let f = self.jump_if_false(a)?;
                let t = self.jump_if_true(b)?;
                self.patch_all(f);
                Ok(t)
            }
            _ => {
                let r = self.expr(e)?;
                Ok(vec![self.emit(Op::JumpIfTrue { src: r, target: 0 }, e.span)])
            }
        };
        self.next_reg = mark;
        self.depth -= 1;
        r
    }
}

/// Global names every JavaScript environment (and node) provides. Those stitch lacks are not
/// refused at compile time: a program may test for one (`typeof Proxy`,
/// as feature detection does) and take another path, so only reading it
/// fails, with a message that says why (`exec::unbound_global`).
pub const JS_BUILTINS: &[&str] = &[
    "Array",
    "ArrayBuffer",
    "BigInt",
    "Boolean",
    "DataView",
    "Date",
    "Error",
    "EvalError",
    "Float32Array",
    "Float64Array",
    "Function",
    "Int16Array",
    "Int32Array",
    "Int8Array",
    "Intl",
    "JSON",
    "Map",
    "Math",
    "Number",
    "Object",
    "Promise",
    "Proxy",
    "RangeError",
    "ReferenceError",
    "Reflect",
    "RegExp",
    "Set",
    "String",
    "Symbol",
    "SyntaxError",
    "TypeError",
    "URIError",
    "Uint16Array",
    "Uint32Array",
    "Uint8Array",
    "WeakMap",
    "WeakSet",
    "decodeURI",
    "decodeURIComponent",
    "encodeURI",
    "encodeURIComponent",
    "escape",
    "eval",
    "globalThis",
    "isFinite",
    "isNaN",
    "parseFloat",
    "parseInt",
    "performance",
    "unescape",
    "require",
    "module",
    "exports",
    "setTimeout",
    "setInterval",
    "clearTimeout",
    "clearInterval",
    "queueMicrotask",
    "structuredClone",
    "Buffer",
    "global",
    "__dirname",
    "__filename",
];

/// `a && b && c` as its leftmost operand and the right operands in order
/// (without recursion: the chain may be very long).
fn same_op_spine(e: &Expr, op: LogicalOp) -> (&Expr, Vec<&Expr>) {
    let mut rest = Vec::new();
    let mut left = e;
    while let ExprKind::Logical(o, a, b) = &left.kind {
        if *o != op {
            break;
        }
        rest.push(&**b);
        left = a;
    }
    rest.reverse();
    (left, rest)
}

/// An anonymous function or class expression: what a binding or key names.
fn is_anonymous_function(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Function(f) => f.name.name.is_empty(),
        ExprKind::Class(c) => c.name.name.is_empty(),
        _ => false,
    }
}

/// `DefineMethod`'s kind for a data property defined under a computed
/// key (a literal's or a class field's): 8, plus 16 (name the function
/// after the key) when the value is an anonymous function.
fn define_kind(value: Option<&Expr>) -> i16 {
    if value.is_some_and(is_anonymous_function) {
        8 | 16
    } else {
        8
    }
}

fn is_console(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Ident(n) if &**n == "console")
}

/// The value of a number literal as V8's parser folds it (`-1`, `3 * 4`).
fn const_number(e: &Expr) -> Option<f64> {
    use crate::numconv::to_int32;
    match &e.kind {
        ExprKind::Number(n) => Some(*n),
        ExprKind::Unary(UnOp::Neg, a) => const_number(a).map(|n| -n),
        ExprKind::Unary(UnOp::Plus, a) => const_number(a),
        ExprKind::Unary(UnOp::BitNot, a) => const_number(a).map(|n| !to_int32(n) as f64),
        ExprKind::Binary(op, a, b) => fold_number(*op, const_number(a)?, const_number(b)?),
        _ => None,
    }
}

fn fold_number(op: BinOp, x: f64, y: f64) -> Option<f64> {
    use crate::numconv::to_int32;
    let u = |n: f64| to_int32(n) as u32;
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => x / y,
        BinOp::Mod => x % y,
        BinOp::BitAnd => (to_int32(x) & to_int32(y)) as f64,
        BinOp::BitOr => (to_int32(x) | to_int32(y)) as f64,
        BinOp::BitXor => (to_int32(x) ^ to_int32(y)) as f64,
        BinOp::Shl => to_int32(x).wrapping_shl(u(y) & 31) as f64,
        BinOp::Shr => (to_int32(x) >> (u(y) & 31)) as f64,
        BinOp::UShr => (u(x) >> (u(y) & 31)) as f64,
        _ => return None,
    })
}

/// Whether `n` is a Smi in V8 (a 32-bit integer, not -0).
fn is_smi(n: f64) -> bool {
    n == n as i32 as f64 && !(n == 0.0 && n.is_sign_negative())
}

/// In a left spine of binary operations (`spine` outermost first), the
/// first step whose left side folds to a Smi literal and whose operator
/// is commutative (`*`, `&`, `|`, `^`) while its right side is not a
/// literal: V8 evaluates that right side before anything else. Gives the
/// step (innermost first) and the folded literal.
fn smi_literal_first(left: &Expr, spine: &[(BinOp, &Expr, Span)]) -> Option<(usize, f64)> {
    let mut v = const_number(left)?;
    for (i, (op, b, _)) in spine.iter().rev().enumerate() {
        match const_number(b) {
            Some(w) => v = fold_number(*op, v, w)?,
            None => {
                let commutative = matches!(op, BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
                return (commutative && is_smi(v)).then_some((i, v));
            }
        }
    }
    None
}

/// The truthiness of a literal V8 decides at compile time (its
/// `ToBooleanIsTrue`/`ToBooleanIsFalse`): a number, string, boolean or
/// null literal.
fn literal_truth(e: &Expr) -> Option<bool> {
    match &e.kind {
        ExprKind::Str(s) => Some(!s.is_empty()),
        ExprKind::Bool(b) => Some(*b),
        ExprKind::Null => Some(false),
        _ => const_number(e).map(|n| n != 0.0 && !n.is_nan()),
    }
}

fn small_int(d: f64) -> Option<i16> {
    let i = d as i16;
    if i as f64 == d && !(d == 0.0 && d.is_sign_negative()) {
        Some(i)
    } else {
        None
    }
}

fn has_assignment(e: &Expr) -> bool {
    if is_leaf(e) {
        return false; // the common case, without allocating a worklist
    }
    let mut work = vec![e];
    while let Some(e) = work.pop() {
        if matches!(e.kind, ExprKind::Assign(..) | ExprKind::Update { .. } | ExprKind::LogicalAssign(..)) {
            return true;
        }
        push_children(e, &mut work);
    }
    false
}

/// Whether evaluating `e` may assign the variable `name` (an assignment or
/// `++`/`--` on that name; without closures, nothing else can). Expressions
/// open no scopes, so the name means the same binding throughout `e`.
fn assigns_name(e: &Expr, name: &str) -> bool {
    if is_leaf(e) {
        return false;
    }
    let mut work = vec![e];
    while let Some(e) = work.pop() {
        match &e.kind {
            ExprKind::Assign(_, _, t, v) => {
                if matches!(&t.kind, ExprKind::Ident(n) if &**n == name) {
                    return true;
                }
                work.push(t);
                work.push(v);
            }
            ExprKind::Update { target, .. } | ExprKind::LogicalAssign(_, _, target, _) => {
                if matches!(&target.kind, ExprKind::Ident(n) if &**n == name) {
                    return true;
                }
                push_children(e, &mut work);
            }
            ExprKind::Pattern(p) => {
                let mut names = Vec::new();
                p.names(&mut names);
                if names.iter().any(|n| &*n.name == name) {
                    return true;
                }
                push_children(e, &mut work);
            }
            _ => push_children(e, &mut work),
        }
    }
    false
}

fn is_leaf(e: &Expr) -> bool {
    matches!(
        e.kind,
        ExprKind::Number(_)
            | ExprKind::BigInt(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::Ident(_)
    )
}

/// Pushes the direct subexpressions of `e` (for walks that must not recurse:
/// a flat chain of 100,000 operands is 100,000 levels deep).
fn push_children<'a>(e: &'a Expr, work: &mut Vec<&'a Expr>) {
    match &e.kind {
        ExprKind::Number(_)
        | ExprKind::BigInt(_)
        | ExprKind::Str(_)
        | ExprKind::Regex(..)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Ident(_) => {}
        ExprKind::Unary(_, a) | ExprKind::Member(a, _) | ExprKind::Spread(a) => work.push(a),
        ExprKind::Update { target, .. } => work.push(target),
        ExprKind::Index(a, b) => {
            work.push(a);
            work.push(b);
        }
        ExprKind::Array(items) => work.extend(items.iter().flatten()),
        ExprKind::Object(props) => {
            for p in props {
                work.push(&p.value);
                if let crate::ast::PropKey::Computed(k) = &p.key {
                    work.push(k);
                }
            }
        }
        ExprKind::New(f, args) => {
            work.push(f);
            work.extend(args);
        }
        ExprKind::This | ExprKind::Function(_) | ExprKind::SuperMember(_) | ExprKind::NewTarget => {}
        ExprKind::SuperIndex(a) => work.push(a),
        ExprKind::SuperCall(args) => work.extend(args),
        ExprKind::Class(c) => classes::push_children(c, work),
        ExprKind::Binary(_, a, b) | ExprKind::Logical(_, a, b) | ExprKind::Assign(_, _, a, b) => {
            work.push(a);
            work.push(b);
        }
        ExprKind::Cond(a, b, c) => {
            work.push(a);
            work.push(b);
            work.push(c);
        }
        ExprKind::Call(f, args) => {
            work.push(f);
            work.extend(args);
        }
        ExprKind::Seq(items) => work.extend(items),
        ExprKind::Template(t) => work.extend(&t.exprs),
        ExprKind::TaggedTemplate(tag, t) => {
            work.push(tag);
            work.extend(&t.exprs);
        }
        ExprKind::Optional(a) | ExprKind::OptionalBase(a) => work.push(a),
        ExprKind::Yield(_, a) => work.extend(a.as_deref()),
        ExprKind::Await(a) => work.push(a),
        ExprKind::LogicalAssign(_, _, a, b) => {
            work.push(a);
            work.push(b);
        }
        ExprKind::Pattern(p) => patterns::push_pattern_exprs(p, work),
    }
}

fn binary_op(op: BinOp, dst: Reg, a: Reg, b: Reg) -> Op {
    match op {
        BinOp::Add => Op::Add { dst, a, b },
        BinOp::Sub => Op::Sub { dst, a, b },
        BinOp::Mul => Op::Mul { dst, a, b },
        BinOp::Div => Op::Div { dst, a, b },
        BinOp::Mod => Op::Mod { dst, a, b },
        BinOp::Pow => Op::Pow { dst, a, b },
        BinOp::BitAnd => Op::BitAnd { dst, a, b },
        BinOp::BitOr => Op::BitOr { dst, a, b },
        BinOp::BitXor => Op::BitXor { dst, a, b },
        BinOp::Shl => Op::Shl { dst, a, b },
        BinOp::Shr => Op::Shr { dst, a, b },
        BinOp::UShr => Op::UShr { dst, a, b },
        BinOp::Eq => Op::Eq { dst, a, b },
        BinOp::Ne => Op::Ne { dst, a, b },
        BinOp::StrictEq => Op::StrictEq { dst, a, b },
        BinOp::StrictNe => Op::StrictNe { dst, a, b },
        BinOp::Lt => Op::Lt { dst, a, b },
        BinOp::Le => Op::Le { dst, a, b },
        BinOp::Gt => Op::Gt { dst, a, b },
        BinOp::Ge => Op::Ge { dst, a, b },
        BinOp::In => Op::In { dst, a, b },
        BinOp::InstanceOf => Op::InstanceOf { dst, a, b },
    }
}

fn fused_jump(op: BinOp, a: Reg, b: Reg) -> Option<Op> {
    Some(match op {
        BinOp::Lt => Op::JumpIfNotLt { a, b, target: 0 },
        BinOp::Le => Op::JumpIfNotLe { a, b, target: 0 },
        BinOp::Gt => Op::JumpIfNotGt { a, b, target: 0 },
        BinOp::Ge => Op::JumpIfNotGe { a, b, target: 0 },
        BinOp::Eq => Op::JumpIfNotEq { a, b, target: 0 },
        BinOp::Ne => Op::JumpIfNotNe { a, b, target: 0 },
        BinOp::StrictEq => Op::JumpIfNotStrictEq { a, b, target: 0 },
        BinOp::StrictNe => Op::JumpIfNotStrictNe { a, b, target: 0 },
        _ => return None,
    })
}

/// JavaScript's reserved words (not the contextual ones such as `let`,
/// `yield` or `of`, nor `super`, which V8 positions like any name).
const RESERVED_WORDS: [&str; 35] = [
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
];

/// The names V8's name inferrer collects from an assignment target:
/// identifiers and property names joined by `.`, `prototype` left out,
/// `this` as nothing, a computed key as `<computed>`; None for any other
/// expression.
fn member_path(e: &Expr, depth: usize) -> Option<String> {
    if depth > 32 {
        return None;
    }
    let join = |obj: &Expr, key: &str| -> Option<String> {
        let base = member_path(obj, depth + 1)?;
        Some(match (base.is_empty(), key == "prototype") {
            (_, true) => base,
            (true, false) => key.to_string(),
            (false, false) => format!("{base}.{key}"),
        })
    };
    match &e.kind {
        ExprKind::Ident(n) => Some(n.to_string()),
        ExprKind::This => Some(String::new()),
        ExprKind::Member(obj, prop) => join(obj, &prop.name),
        ExprKind::Index(obj, key) => match &key.kind {
            ExprKind::Str(s) => join(obj, &String::from_utf16_lossy(s)),
            _ => join(obj, "<computed>"),
        },
        _ => None,
    }
}
