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
    pub body: Vec<Stmt>,
    /// The whole declaration, `function` to `}`: `String(f)` prints it.
    pub span: Span,
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
    /// `class Name ... {}` (a declaration: a `let`-like binding).
    Class(Rc<Class>),
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
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::Ident(_)
            | ExprKind::This
            | ExprKind::Function(_)
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
        ExprKind::Number(_) | ExprKind::Str(_) | ExprKind::Bool(_) | ExprKind::Null | ExprKind::Ident(_) => {}
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
    }
}

#[derive(Debug)]
pub enum ExprKind {
    Number(f64),
    Str(Rc<[u16]>),
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
