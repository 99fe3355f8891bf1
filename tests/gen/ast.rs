//! The generated program as a tree, printed as JavaScript. The generator
//! builds it, the minimiser edits it (deleting statements, replacing an
//! expression by a part of it), and `Display` writes it out. Expressions
//! print fully parenthesised, so no edit can change what binds to what.

use std::fmt::{self, Write};

#[derive(Clone, Debug)]
pub enum Expr {
    /// A number, string, boolean, `null` or `undefined`, as JavaScript text.
    Lit(String),
    Var(String),
    Unary(&'static str, Box<Expr>),
    /// `++x`, `x--` …: (operator, prefix, variable).
    Update(&'static str, bool, String),
    Binary(&'static str, Box<Expr>, Box<Expr>),
    Cond(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `x = e`, `x += e` …
    Assign(&'static str, String, Box<Expr>),
    Comma(Box<Expr>, Box<Expr>),
    Call(String, Vec<Expr>),
    Length(Box<Expr>),
    /// `a op b op c …` without parentheses: one flat left-associative chain.
    Chain(&'static str, Vec<Expr>),
    /// `o.p` or `o[k]`.
    Prop(Box<Expr>, Access),
    /// `o.p = e`, `o[k] += e` …
    SetProp(&'static str, Box<Expr>, Access, Box<Expr>),
    /// `o.p++`, `--o[k]` …: (operator, prefix, object, key).
    UpdateProp(&'static str, bool, Box<Expr>, Access),
    /// `delete o.p`, `delete o[k]`.
    Delete(Box<Expr>, Access),
    /// `o.name(args)`: a call with `this`.
    Method(Box<Expr>, String, Vec<Expr>),
    /// `new F(args)`.
    New(String, Vec<Expr>),
    /// `{a: 1, "b c": 2, 3: 4, [k]: 5, x}`.
    Object(Vec<(Key, Expr)>),
    /// `[1, , "s"]`: `None` is a hole.
    Array(Vec<Option<Expr>>),
    /// `((a, b) => { BODY })`.
    Arrow(Vec<String>, Vec<Stmt>),
    /// `(CALLEE)(args)`: a call of any expression (a closure).
    CallValue(Box<Expr>, Vec<Expr>),
    /// `` `text${e}text` ``: `parts.len() == exprs.len() + 1` (template-safe text).
    Template(Vec<String>, Vec<Expr>),
    /// `o?.p`, `o?.[k]`.
    OptProp(Box<Expr>, Access),
    /// `(PATTERN = e)`: a destructuring assignment.
    Destructure(Pat, Box<Expr>),
}

/// A destructuring pattern (names only as leaves).
#[derive(Clone, Debug)]
pub enum Pat {
    Name(String),
    /// Items (`None`: a hole) with defaults, and a rest name.
    Array(Vec<Option<(Pat, Option<Expr>)>>, Option<String>),
    /// (key, target, default) and a rest name.
    Object(Vec<(String, Pat, Option<Expr>)>, Option<String>),
}

/// How a property is named in an access.
#[derive(Clone, Debug)]
pub enum Access {
    Dot(String),
    Index(Box<Expr>),
}

/// A property name in an object literal.
#[derive(Clone, Debug)]
pub enum Key {
    Ident(String),
    /// A string literal key (its text, unquoted).
    Str(String),
    /// A numeric literal key (as written).
    Num(String),
    Computed(Box<Expr>),
    /// `{x}`: the value is the variable `x` (printed `x: VALUE` once the
    /// minimiser replaced the value).
    Shorthand(String),
}

#[derive(Clone, Debug)]
pub enum Stmt {
    /// Source text placed as it is (a generated class hierarchy).
    Raw(String),
    Decl(&'static str, String, Option<Expr>),
    Expr(Expr),
    Print(String, Vec<Expr>),
    If(Expr, Vec<Stmt>, Option<Vec<Stmt>>),
    Block(Vec<Stmt>),
    /// `for (KIND VAR = START; VAR < END; VAR += STEP) BODY` (`>` and `-=`
    /// when STEP is negative) running `count` times: the body never writes
    /// VAR, and START, STEP and END are exact doubles.
    For {
        kind: &'static str,
        var: String,
        start: f64,
        step: f64,
        count: u64,
        body: Vec<Stmt>,
    },
    /// `let G = 0; while (G++ < LIMIT && (COND)) BODY`: the guard bounds it.
    While {
        guard: String,
        limit: u32,
        cond: Expr,
        body: Vec<Stmt>,
    },
    /// `let G = 0; for (KIND VAR in/of ITER) { if (G++ >= LIMIT) break; BODY }`:
    /// the guard bounds a loop over a collection the body may grow.
    ForIn {
        of: bool,
        kind: &'static str,
        var: String,
        guard: String,
        limit: u32,
        iter: Expr,
        body: Vec<Stmt>,
    },
    /// `let G = 0; do BODY while (G++ < LIMIT && (COND));`
    DoWhile {
        guard: String,
        limit: u32,
        cond: Expr,
        body: Vec<Stmt>,
    },
    Break,
    Continue,
    /// `switch (e) { case t: body … default: body }` (`None`: default).
    Switch(Expr, Vec<(Option<Expr>, Vec<Stmt>)>),
    /// `label: STMT` (one statement, kept in a list for the minimiser).
    Labelled(String, Vec<Stmt>),
    BreakLabel(String),
    ContinueLabel(String),
    /// `let PATTERN = e;`
    DeclPattern(&'static str, Pat, Expr),
    Return(Option<Expr>),
    /// `throw EXPR;`
    Throw(Expr),
    /// `try BLOCK catch (PARAM) BLOCK finally BLOCK` (at least one of the
    /// two; `catch` without a parameter when PARAM is empty).
    Try {
        block: Vec<Stmt>,
        catch: Option<(String, Vec<Stmt>)>,
        finally: Option<Vec<Stmt>>,
    },
    /// A top-level function. `guard`: recursion stops when its first
    /// parameter is not in `1..=limit` (so too few arguments stop it too).
    Function {
        name: String,
        params: Vec<String>,
        guard: Option<(u32, Expr)>,
        body: Vec<Stmt>,
        /// Starts with a `'use strict'` directive.
        strict: bool,
    },
}

#[derive(Clone, Debug)]
pub struct Program {
    pub header: String,
    pub body: Vec<Stmt>,
}

impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Expr::Lit(s) | Expr::Var(s) => f.write_str(s),
            Expr::Unary(op, e) => {
                // `typeof` needs a space; `- -x` must not become `--x`.
                let sep = if op.chars().all(char::is_alphabetic) { " " } else { "" };
                write!(f, "({}{}{})", op, sep, Paren(e))
            }
            Expr::Update(op, true, v) => write!(f, "({}{})", op, v),
            Expr::Update(op, false, v) => write!(f, "({}{})", v, op),
            Expr::Binary(op, a, b) => write!(f, "({} {} {})", Paren(a), op, Paren(b)),
            Expr::Cond(c, a, b) => write!(f, "({} ? {} : {})", c, a, b),
            Expr::Assign(op, v, e) => write!(f, "({} {} {})", v, op, e),
            Expr::Comma(a, b) => write!(f, "({}, {})", a, b),
            Expr::Call(name, args) => {
                write!(f, "{}(", name)?;
                for (i, a) in args.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}", a)?;
                }
                f.write_char(')')
            }
            Expr::Length(e) => match &**e {
                Expr::Lit(s) if !s.starts_with('"') => write!(f, "({}).length", s),
                e => write!(f, "{}.length", Paren(e)),
            },
            Expr::Chain(op, items) => {
                f.write_char('(')?;
                for (i, e) in items.iter().enumerate() {
                    if i > 0 {
                        write!(f, " {} ", op)?;
                    }
                    write!(f, "{}", Paren(e))?;
                }
                f.write_char(')')
            }
            Expr::Prop(o, a) => write!(f, "{}{}", Target(o), a),
            Expr::SetProp(op, o, a, v) => write!(f, "({}{} {} {})", Target(o), a, op, v),
            Expr::UpdateProp(op, true, o, a) => write!(f, "({}{}{})", op, Target(o), a),
            Expr::UpdateProp(op, false, o, a) => write!(f, "({}{}{})", Target(o), a, op),
            Expr::Delete(o, a) => write!(f, "(delete {}{})", Target(o), a),
            Expr::Method(o, name, args) => {
                write!(f, "{}.{}(", Target(o), name)?;
                list(f, args)?;
                f.write_char(')')
            }
            Expr::New(name, args) => {
                write!(f, "(new {}(", name)?;
                list(f, args)?;
                f.write_str("))")
            }
            Expr::Arrow(params, body) => {
                write!(f, "(({}) => ", params.join(", "))?;
                block(f, body, 0)?;
                f.write_char(')')
            }
            Expr::CallValue(callee, args) => {
                write!(f, "({})(", callee)?;
                list(f, args)?;
                f.write_char(')')
            }
            Expr::Object(props) => {
                if props.is_empty() {
                    return f.write_str("({})");
                }
                f.write_str("({ ")?;
                for (i, (k, v)) in props.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    match k {
                        Key::Ident(n) | Key::Num(n) => write!(f, "{}: {}", n, v)?,
                        Key::Str(s) => write!(f, "{}: {}", string_literal(s), v)?,
                        Key::Computed(e) => write!(f, "[{}]: {}", e, v)?,
                        Key::Shorthand(n) => match v {
                            Expr::Var(x) if x == n => f.write_str(n)?,
                            v => write!(f, "{}: {}", n, v)?,
                        },
                    }
                }
                f.write_str(" })")
            }
            Expr::Template(parts, exprs) => {
                f.write_char('`')?;
                for (i, p) in parts.iter().enumerate() {
                    f.write_str(p)?;
                    if let Some(e) = exprs.get(i) {
                        write!(f, "${{{}}}", e)?;
                    }
                }
                f.write_char('`')
            }
            Expr::OptProp(o, Access::Dot(n)) => write!(f, "{}?.{}", Target(o), n),
            Expr::OptProp(o, Access::Index(k)) => write!(f, "{}?.[{}]", Target(o), k),
            Expr::Destructure(p, e) => write!(f, "({} = {})", p, e),
            Expr::Array(items) => {
                f.write_char('[')?;
                for (i, e) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    if let Some(e) = e {
                        write!(f, "{}", e)?;
                    }
                }
                // A trailing hole needs its own comma: `[1, ,]` has length 2.
                if matches!(items.last(), Some(None)) {
                    f.write_char(',')?;
                }
                f.write_char(']')
            }
        }
    }
}

impl fmt::Display for Pat {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let default = |f: &mut fmt::Formatter, d: &Option<Expr>| match d {
            Some(d) => write!(f, " = {}", d),
            None => Ok(()),
        };
        match self {
            Pat::Name(n) => f.write_str(n),
            Pat::Array(items, rest) => {
                f.write_char('[')?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    if let Some((p, d)) = item {
                        write!(f, "{}", p)?;
                        default(f, d)?;
                    }
                }
                if matches!(items.last(), Some(None)) && rest.is_none() {
                    f.write_char(',')?;
                }
                if let Some(r) = rest {
                    if !items.is_empty() {
                        f.write_str(", ")?;
                    }
                    write!(f, "...{}", r)?;
                }
                f.write_char(']')
            }
            Pat::Object(props, rest) => {
                f.write_char('{')?;
                for (i, (k, p, d)) in props.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{}: {}", k, p)?;
                    default(f, d)?;
                }
                if let Some(r) = rest {
                    if !props.is_empty() {
                        f.write_str(", ")?;
                    }
                    write!(f, "...{}", r)?;
                }
                f.write_char('}')
            }
        }
    }
}

fn list(f: &mut fmt::Formatter, args: &[Expr]) -> fmt::Result {
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{}", a)?;
    }
    Ok(())
}

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Access::Dot(n) => write!(f, ".{}", n),
            Access::Index(k) => write!(f, "[{}]", k),
        }
    }
}

/// The object of an access: a number literal needs parentheses (`(5).x`).
struct Target<'a>(&'a Expr);

impl fmt::Display for Target<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            Expr::Lit(s) if !s.starts_with('"') && s != "this" => write!(f, "({})", s),
            e => write!(f, "{}", e),
        }
    }
}

/// An operand: a negative literal gets parentheses (`-1 ** 2` is a
/// SyntaxError, `x - -1` reads badly); everything else already has them.
struct Paren<'a>(&'a Expr);

impl fmt::Display for Paren<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self.0 {
            Expr::Lit(s) if s.starts_with('-') => write!(f, "({})", s),
            e => write!(f, "{}", e),
        }
    }
}

fn block(f: &mut fmt::Formatter, body: &[Stmt], depth: usize) -> fmt::Result {
    f.write_str("{\n")?;
    for s in body {
        stmt(f, s, depth + 1)?;
    }
    write!(f, "{:w$}}}", "", w = depth * 2)
}

fn stmt(f: &mut fmt::Formatter, s: &Stmt, depth: usize) -> fmt::Result {
    let pad = depth * 2;
    write!(f, "{:w$}", "", w = pad)?;
    match s {
        Stmt::Decl(kind, name, None) => writeln!(f, "{} {};", kind, name),
        Stmt::Decl(kind, name, Some(e)) => writeln!(f, "{} {} = {};", kind, name, e),
        Stmt::Expr(e) => writeln!(f, "{};", e),
        Stmt::Print(label, args) => {
            write!(f, "console.log(\"{}\"", label)?;
            for a in args {
                write!(f, ", {}", a)?;
            }
            writeln!(f, ");")
        }
        Stmt::If(c, then, els) => {
            write!(f, "if ({}) ", c)?;
            block(f, then, depth)?;
            if let Some(els) = els {
                f.write_str(" else ")?;
                block(f, els, depth)?;
            }
            writeln!(f)
        }
        Stmt::Block(body) => {
            block(f, body, depth)?;
            writeln!(f)
        }
        Stmt::For { kind, var, start, step, count, body } => {
            let end = start + step * *count as f64;
            let (cmp, step) = match *step {
                1.0 => ("<", "++".to_string()),
                -1.0 => (">", "--".to_string()),
                s if s > 0.0 => ("<", format!(" += {}", number(s))),
                s => (">", format!(" -= {}", number(-s))),
            };
            let (start, end) = (number(*start), number(end));
            write!(f, "for ({} {} = {}; {} {} {}; {}{}) ", kind, var, start, var, cmp, end, var, step)?;
            block(f, body, depth)?;
            writeln!(f)
        }
        Stmt::While { guard, limit, cond, body } => {
            writeln!(f, "let {} = 0;", guard)?;
            write!(f, "{:w$}while ({}++ < {} && {}) ", "", guard, limit, cond, w = pad)?;
            block(f, body, depth)?;
            writeln!(f)
        }
        Stmt::ForIn { of, kind, var, guard, limit, iter, body } => {
            writeln!(f, "let {} = 0;", guard)?;
            let word = if *of { "of" } else { "in" };
            writeln!(f, "{:w$}for ({} {} {} {}) {{", "", kind, var, word, iter, w = pad)?;
            writeln!(f, "{:w$}if ({}++ >= {}) break;", "", guard, limit, w = pad + 2)?;
            for s in body {
                stmt(f, s, depth + 1)?;
            }
            writeln!(f, "{:w$}}}", "", w = pad)
        }
        Stmt::DoWhile { guard, limit, cond, body } => {
            writeln!(f, "let {} = 0;", guard)?;
            write!(f, "{:w$}do ", "", w = pad)?;
            block(f, body, depth)?;
            writeln!(f, " while ({}++ < {} && {});", guard, limit, cond)
        }
        Stmt::Switch(d, cases) => {
            writeln!(f, "switch ({}) {{", d)?;
            for (test, body) in cases {
                match test {
                    Some(t) => writeln!(f, "{:w$}case {}:", "", t, w = pad + 2)?,
                    None => writeln!(f, "{:w$}default:", "", w = pad + 2)?,
                }
                for s in body {
                    stmt(f, s, depth + 2)?;
                }
            }
            writeln!(f, "{:w$}}}", "", w = pad)
        }
        Stmt::Labelled(label, body) => {
            write!(f, "{}: ", label)?;
            match body.as_slice() {
                [s] => {
                    // The statement prints its own indentation: drop it.
                    let mut text = String::new();
                    write!(text, "{}", Indented(s, depth))?;
                    f.write_str(text.trim_start())
                }
                body => {
                    block(f, body, depth)?;
                    writeln!(f)
                }
            }
        }
        Stmt::BreakLabel(l) => writeln!(f, "break {};", l),
        Stmt::ContinueLabel(l) => writeln!(f, "continue {};", l),
        Stmt::DeclPattern(kind, p, e) => writeln!(f, "{} {} = {};", kind, p, e),
        Stmt::Throw(e) => writeln!(f, "throw {};", e),
        Stmt::Try { block: b, catch, finally } => {
            f.write_str("try ")?;
            block(f, b, depth)?;
            if let Some((param, body)) = catch {
                if param.is_empty() {
                    f.write_str(" catch ")?;
                } else {
                    write!(f, " catch ({}) ", param)?;
                }
                block(f, body, depth)?;
            }
            if let Some(body) = finally {
                f.write_str(" finally ")?;
                block(f, body, depth)?;
            }
            writeln!(f)
        }
        Stmt::Raw(text) => f.write_str(text),
        Stmt::Break => writeln!(f, "break;"),
        Stmt::Continue => writeln!(f, "continue;"),
        Stmt::Return(None) => writeln!(f, "return;"),
        Stmt::Return(Some(e)) => writeln!(f, "return {};", e),
        Stmt::Function { name, params, guard, body, strict } => {
            write!(f, "function {}({}) ", name, params.join(", "))?;
            f.write_str("{\n")?;
            if *strict {
                writeln!(f, "{:w$}'use strict';", "", w = pad + 2)?;
            }
            if let (Some((limit, base)), Some(p)) = (guard, params.first()) {
                writeln!(f, "{:w$}if (!({} >= 1 && {} <= {})) return {};", "", p, p, limit, base, w = pad + 2)?;
            }
            for s in body {
                stmt(f, s, depth + 1)?;
            }
            writeln!(f, "{:w$}}}", "", w = pad)
        }
    }
}

/// A statement printed at a depth (for a labelled statement's body).
struct Indented<'a>(&'a Stmt, usize);

impl fmt::Display for Indented<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        stmt(f, self.0, self.1)
    }
}

impl fmt::Display for Program {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(&self.header)?;
        for s in &self.body {
            stmt(f, s, 0)?;
        }
        Ok(())
    }
}

/// A JavaScript string literal for `s` (double quotes, escapes for the few
/// characters the generator uses).
pub fn string_literal(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number as JavaScript source (the generator only makes integers below
/// 2**53 and halves here).
pub fn number(x: f64) -> String {
    if x == x.trunc() && x.abs() < 1e21 {
        format!("{}", x as i64)
    } else {
        format!("{}", x)
    }
}
