//! The abstract syntax tree the parser builds and the compiler walks.
//!
//! Every node carries a byte-offset [`Span`] into the source so that both
//! compile-time and run-time errors can point at `file:line:col`.

use std::rc::Rc;

/// Byte offsets `[start, end)` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

pub type Name = Rc<str>;

#[derive(Clone, Debug)]
pub struct Ident {
    pub name: Name,
    pub span: Span,
}

// Statements and expressions are what a big program is made of: keep them
// small (measured: a 50 MB program's tree is most of its peak memory).
const _: () = assert!(std::mem::size_of::<Expr>() <= 48);
const _: () = assert!(std::mem::size_of::<Stmt>() <= 72);

#[derive(Debug)]
pub struct Program {
    pub body: Vec<Stmt>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeclKind {
    Var,
    Let,
    Const,
}

#[derive(Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Debug)]
pub struct VarDecl {
    pub kind: DeclKind,
    pub decls: Vec<(Ident, Option<Expr>)>,
}

#[derive(Debug)]
pub enum ForInit {
    Decl(VarDecl),
    Expr(Expr),
}

#[derive(Debug)]
pub struct Function {
    /// Empty for an anonymous function expression.
    pub name: Ident,
    pub params: Vec<Ident>,
    /// Each parameter's default value (`a = 1`), parallel to `params`;
    /// empty when no parameter has one.
    pub defaults: Vec<Option<Expr>>,
    /// `...rest`, after the parameters.
    pub rest: Option<Ident>,
    pub body: Vec<Stmt>,
    /// The whole declaration, `function` to `}`: `String(f)` prints it.
    pub span: Span,
    /// Destructuring parameters: (position, pattern); the parameter at
    /// that position has a hidden name and the pattern is bound to it when
    /// the body starts (src/compiler/patterns.rs, `bind_parameters`).
    /// Position `params.len()` is a rest pattern (`...[a, b]`), bound
    /// from the rest array (`rest`, hidden name).
    pub patterns: Vec<(usize, Pattern)>,
    pub kind: FnKind,
    /// `function*`, `*m()`: calling it makes a generator object.
    pub generator: bool,
    /// `async function`, `async m()`, `async () => …`: calling it runs
    /// the body to its first `await` and returns a promise.
    pub is_async: bool,
}

/// What kind of function: arrows have lexical `this`/`arguments`;
/// neither arrows nor methods are constructors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FnKind {
    Normal,
    Arrow,
    Method,
}

#[derive(Debug)]
pub struct ForStmt {
    pub init: Option<ForInit>,
    pub test: Option<Expr>,
    pub update: Option<Expr>,
    pub body: Stmt,
}

/// `for (HEAD in|of EXPR) BODY`.
#[derive(Debug)]
pub struct ForInStmt {
    /// `of` when true, `in` when false.
    pub of: bool,
    /// `for await (x of it)`: over an async iterator, each step awaited.
    pub is_await: bool,
    /// `var x` / `let x` / `const x` (the kind), or `None` for a bare target.
    pub decl: Option<DeclKind>,
    /// The target: an identifier when declared; any assignment target
    /// (identifier, member, index) otherwise.
    pub target: Expr,
    pub iter: Expr,
    pub body: Stmt,
}

#[derive(Debug)]
pub enum StmtKind {
    Expr(Expr),
    Var(VarDecl),
    Function(Rc<Function>),
    Return(Option<Expr>),
    If(Expr, Box<Stmt>, Option<Box<Stmt>>),
    While(Expr, Box<Stmt>),
    DoWhile(Box<Stmt>, Expr),
    /// Boxed: inline, its header would make every statement twice as big.
    For(Box<ForStmt>),
    Break,
    Continue,
    Block(Vec<Stmt>),
    /// `for (x in o)` / `for (x of a)`: boxed like `For`.
    ForIn(Box<ForInStmt>),
    Empty,
    /// `switch (d) { case …: … default: … }` (src/compiler/switch.rs).
    Switch(Box<SwitchStmt>),
    /// `label: statement`.
    Labelled(Ident, Box<Stmt>),
    /// `break label`.
    BreakLabel(Ident),
    /// `continue label`.
    ContinueLabel(Ident),
    /// A `var`/`let`/`const` declaration with at least one destructuring
    /// pattern (every declarator as a pattern, a plain name as
    /// `Pattern::Name`); see src/compiler/patterns.rs.
    Destructure(Box<PatternDecl>),
    /// `throw e;`
    Throw(Expr),
    /// `try { } catch (e) { } finally { }`: boxed like `For`.
    Try(Box<TryStmt>),
    /// `class Name ... {}` (a declaration: a `let`-like binding).
    Class(Rc<Class>),
}

#[derive(Debug)]
pub struct SwitchStmt {
    pub discriminant: Expr,
    pub cases: Vec<SwitchCase>,
}

/// `case test: body` (`test` is `None` for `default:`).
#[derive(Debug)]
pub struct SwitchCase {
    pub test: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Debug)]
pub struct PatternDecl {
    pub kind: DeclKind,
    pub decls: Vec<(Pattern, Option<Expr>)>,
}

/// A binding or assignment target: a name, a property (assignment only),
/// or a destructuring pattern. One type for declarations, assignments,
/// `for...in/of` heads and (after the merge) parameters and `catch`.
#[derive(Debug)]
pub enum Pattern {
    Name(Ident),
    /// `o.x` or `o[k]` (only in assignment patterns).
    Property(Box<Expr>),
    /// `[a, , b = 1, ...rest]`: `None` is a hole.
    Array {
        items: Vec<Option<PatternItem>>,
        rest: Option<Box<Pattern>>,
        span: Span,
    },
    /// `{a, b: c = 1, [k]: d, ...rest}`.
    Object {
        props: Vec<PatternProp>,
        rest: Option<Box<Pattern>>,
        span: Span,
    },
}

#[derive(Debug)]
pub struct PatternItem {
    pub target: Pattern,
    pub default: Option<Expr>,
}

#[derive(Debug)]
pub struct PatternProp {
    pub key: PropKey,
    pub target: Pattern,
    pub default: Option<Expr>,
    pub span: Span,
}

impl Pattern {
    /// The names a declaration with this pattern binds, in source order.
    pub fn names<'a>(&'a self, out: &mut Vec<&'a Ident>) {
        match self {
            Pattern::Name(id) => out.push(id),
            Pattern::Property(_) => {}
            Pattern::Array { items, rest, .. } => {
                for item in items.iter().flatten() {
                    item.target.names(out);
                }
                if let Some(r) = rest {
                    r.names(out);
                }
            }
            Pattern::Object { props, rest, .. } => {
                for p in props {
                    p.target.names(out);
                }
                if let Some(r) = rest {
                    r.names(out);
                }
            }
        }
    }

    pub fn span(&self) -> Span {
        match self {
            Pattern::Name(id) => id.span,
            Pattern::Property(e) => e.span,
            Pattern::Array { span, .. } | Pattern::Object { span, .. } => *span,
        }
    }
}

/// A template literal: `strings.len() == exprs.len() + 1`.
#[derive(Debug)]
pub struct Template {
    /// The cooked strings (`None`: an invalid escape, allowed only in a
    /// tagged template, whose strings array then holds undefined).
    pub cooked: Vec<Option<Rc<[u16]>>>,
    pub raw: Vec<Rc<[u16]>>,
    pub exprs: Vec<Expr>,
}

/// `try BLOCK catch (PARAM) BLOCK finally BLOCK`: at least one of the
/// catch and finally parts is present.
#[derive(Debug)]
pub struct TryStmt {
    pub block: Vec<Stmt>,
    pub catch: Option<CatchClause>,
    pub finally: Option<Vec<Stmt>>,
}

/// `catch (param) { body }`; `catch { body }` has no parameter.
#[derive(Debug)]
pub struct CatchClause {
    pub param: Option<Ident>,
    /// `catch ({ message })`: a destructuring parameter (then `param` is None).
    pub pattern: Option<Pattern>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Plus,
    Not,
    BitNot,
    Typeof,
    Void,
    /// `delete target` (target: a member or index expression; anything
    /// else evaluates and yields true, as in sloppy JavaScript).
    Delete,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Mod,
    Pow,
    BitAnd,
    BitOr,
    BitXor,
    Shl,
    Shr,
    UShr,
    Eq,
    Ne,
    StrictEq,
    StrictNe,
    Lt,
    Le,
    Gt,
    Ge,
    /// `key in object`
    In,
    InstanceOf,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogicalOp {
    And,
    Or,
    Nullish,
}

#[derive(Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

/// Dropping is iterative: a left-associative chain of 100,000 operands is a
/// tree 100,000 levels deep, and the default recursive drop would overflow
/// the stack. Children are moved onto a list before their parent goes.
impl Drop for Expr {
    fn drop(&mut self) {
        if !has_children(&self.kind) {
            return;
        }
        let mut work = Vec::new();
        take_children(&mut self.kind, &mut work);
        while let Some(mut e) = work.pop() {
            take_children(&mut e.kind, &mut work);
        }
    }
}

fn has_children(kind: &ExprKind) -> bool {
    !matches!(
        kind,
        ExprKind::Number(_)
            | ExprKind::BigInt(_)
            | ExprKind::Str(_)
            | ExprKind::Regex(..)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::Ident(_)
            | ExprKind::This
            | ExprKind::Function(_)
            | ExprKind::Pattern(_)
            | ExprKind::Class(_)
            | ExprKind::SuperMember(_)
            | ExprKind::NewTarget
    )
}

fn take_children(kind: &mut ExprKind, work: &mut Vec<Expr>) {
    let mut take = |b: &mut Box<Expr>| {
        if has_children(&b.kind) {
            work.push(std::mem::replace(&mut **b, Expr { kind: ExprKind::Null, span: Span::default() }));
        }
    };
    match kind {
        ExprKind::Number(_)
        | ExprKind::BigInt(_)
        | ExprKind::Str(_)
        | ExprKind::Regex(..)
        | ExprKind::Bool(_)
        | ExprKind::Null
        | ExprKind::Ident(_) => {}
        ExprKind::Unary(_, a) | ExprKind::Member(a, _) | ExprKind::Spread(a) => take(a),
        ExprKind::Index(a, b) => {
            take(a);
            take(b);
        }
        ExprKind::Array(items) => work.extend(items.drain(..).flatten()),
        ExprKind::Object(props) => {
            for p in props.drain(..) {
                work.push(p.value);
                if let PropKey::Computed(k) = p.key {
                    work.push(k);
                }
            }
        }
        ExprKind::New(f, args) => {
            take(f);
            work.append(args);
        }
        ExprKind::This
        | ExprKind::Function(_)
        | ExprKind::Class(_)
        | ExprKind::SuperMember(_)
        | ExprKind::NewTarget => {}
        ExprKind::SuperIndex(a) => take(a),
        ExprKind::SuperCall(args) => work.append(args),
        ExprKind::Update { target, .. } => take(target),
        ExprKind::Binary(_, a, b) | ExprKind::Logical(_, a, b) | ExprKind::Assign(_, _, a, b) => {
            take(a);
            take(b);
        }
        ExprKind::Cond(a, b, c) => {
            take(a);
            take(b);
            take(c);
        }
        ExprKind::Call(f, args) => {
            take(f);
            work.append(args);
        }
        ExprKind::Seq(items) => work.append(items),
        ExprKind::Template(t) => work.append(&mut t.exprs),
        ExprKind::TaggedTemplate(tag, t) => {
            take(tag);
            work.append(&mut t.exprs);
        }
        ExprKind::Optional(a) | ExprKind::OptionalBase(a) => take(a),
        ExprKind::Yield(_, Some(a)) => take(a),
        ExprKind::Yield(_, None) => {}
        ExprKind::Await(a) => take(a),
        ExprKind::LogicalAssign(_, _, a, b) => {
            take(a);
            take(b);
        }
        // Patterns nest no deeper than the literals they were parsed as.
        ExprKind::Pattern(_) => {}
    }
}

#[derive(Debug)]
pub enum ExprKind {
    Number(f64),
    /// `10n`: the value in decimal.
    BigInt(Rc<str>),
    Str(Rc<[u16]>),
    /// `/pattern/flags` (flag bits as in `crate::regexp`): a new RegExp
    /// each evaluation.
    Regex(Rc<[u16]>, u8),
    Bool(bool),
    Null,
    Ident(Name),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Logical(LogicalOp, Box<Expr>, Box<Expr>),
    /// `target = value`, or `target op= value` when the op is present; the
    /// span is the operator's (where V8 reports a const assignment).
    Assign(Option<BinOp>, Span, Box<Expr>, Box<Expr>),
    /// `++x`, `x--`, ...: `delta` is +1 or -1.
    Update {
        delta: i32,
        prefix: bool,
        target: Box<Expr>,
    },
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Expr>),
    /// `object.property`; the compiler decides which properties exist.
    Member(Box<Expr>, Ident),
    /// `a, b, c`: evaluates each, yields the last.
    Seq(Vec<Expr>),
    /// `object[key]`
    Index(Box<Expr>, Box<Expr>),
    /// `[a, , ...b]`: `None` is a hole; spread items are `Spread`.
    Array(Vec<Option<Expr>>),
    /// `{ a, b: 1, [k]: 2, m() {}, ...o }`
    Object(Vec<Prop>),
    /// `...e` in an array literal or an argument list (nowhere else).
    Spread(Box<Expr>),
    This,
    /// `new callee(args)` (`new callee` has no arguments).
    New(Box<Expr>, Vec<Expr>),
    /// A function expression, or an object literal's method: `function
    /// name?(params) { body }`.
    Function(Rc<Function>),
    /// `` `a${x}b` `` (src/compiler/templates.rs).
    Template(Box<Template>),
    /// `` tag`a${x}b` ``.
    TaggedTemplate(Box<Expr>, Box<Template>),
    /// An optional chain, `a?.b.c()`: where its `?.` tests jump to when
    /// they meet null or undefined (the whole chain is then undefined).
    Optional(Box<Expr>),
    /// The object (or callee) before a `?.`: evaluated, then tested.
    OptionalBase(Box<Expr>),
    /// `yield e` (`yield*` when true) in a generator (src/compiler/generators.rs).
    Yield(bool, Option<Box<Expr>>),
    /// `await e` in an async function (src/compiler/async_fn.rs).
    Await(Box<Expr>),
    /// `target &&= value`, `||=`, `??=` (the span is the operator's).
    LogicalAssign(LogicalOp, Span, Box<Expr>, Box<Expr>),
    /// A destructuring assignment's target: `[a, b] = …`, `({a} = …)`.
    Pattern(Box<Pattern>),
    /// A class expression.
    Class(Rc<Class>),
    /// `super(args)` in a derived class's constructor.
    SuperCall(Vec<Expr>),
    /// `super.name` in a method.
    SuperMember(Ident),
    /// `super[key]` in a method.
    SuperIndex(Box<Expr>),
    /// `new.target`.
    NewTarget,
}

/// A class declaration or expression.
#[derive(Debug)]
pub struct Class {
    /// Empty for an anonymous class expression.
    pub name: Ident,
    pub heritage: Option<Expr>,
    /// The explicit `constructor(...) {...}`, if any.
    pub ctor: Option<Rc<Function>>,
    pub members: Vec<ClassMember>,
    /// `class` to `}`: what `String(C)` prints.
    pub span: Span,
}

#[derive(Debug)]
pub struct ClassMember {
    pub is_static: bool,
    /// A private member (`#x`): the key is `PropKey::Name("#x")`.
    pub private: bool,
    pub key: PropKey,
    pub kind: MemberKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum MemberKind {
    Method(Rc<Function>),
    Get(Rc<Function>),
    Set(Rc<Function>),
    /// `key = value;` or `key;`.
    Field(Option<Expr>),
    /// `static { ... }` (the key is unused).
    StaticBlock(Vec<Stmt>),
}

/// A property of an object literal.
#[derive(Debug)]
pub struct Prop {
    pub key: PropKey,
    pub value: Expr,
    pub kind: PropKind,
    pub span: Span,
}

#[derive(Debug)]
pub enum PropKey {
    /// `a: …`, `'a': …`, `1: …` (number keys are kept as written's value:
    /// the compiler converts with ToString), and shorthand `a`.
    Name(Rc<str>),
    Number(f64),
    /// `[expr]: …`
    Computed(Expr),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PropKind {
    /// `key: value`, `key` (shorthand: value is the identifier) and
    /// `key() {}` (value is a Function expression).
    Init,
    Get,
    Set,
    /// `...value` (the key is ignored).
    Spread,
}

/// Whether a body's directive prologue (its leading string-literal
/// statements) holds `'use strict'`.
pub fn has_use_strict(body: &[Stmt]) -> bool {
    use_strict_directive(body).is_some()
}

/// Where the body's `'use strict'` directive is, if it has one.
pub fn use_strict_directive(body: &[Stmt]) -> Option<Span> {
    const USE_STRICT: &[u16] = &[117, 115, 101, 32, 115, 116, 114, 105, 99, 116];
    for s in body {
        let StmtKind::Expr(e) = &s.kind else { return None };
        let ExprKind::Str(units) = &e.kind else { return None };
        // A directive is the literal exactly as written: `'use strict'`,
        // not an escaped spelling; the span covers the quotes.
        if &**units == USE_STRICT && (e.span.end - e.span.start) as usize == USE_STRICT.len() + 2 {
            return Some(e.span);
        }
    }
    None
}
