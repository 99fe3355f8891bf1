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
    Return(Option<Expr>),
    /// A top-level function. `guard`: recursion stops when its first
    /// parameter is not in `1..=limit` (so too few arguments stop it too).
    Function {
        name: String,
        params: Vec<String>,
        guard: Option<(u32, Expr)>,
        body: Vec<Stmt>,
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
        Stmt::Raw(text) => f.write_str(text),
        Stmt::Break => writeln!(f, "break;"),
        Stmt::Continue => writeln!(f, "continue;"),
        Stmt::Return(None) => writeln!(f, "return;"),
        Stmt::Return(Some(e)) => writeln!(f, "return {};", e),
        Stmt::Function { name, params, guard, body } => {
            write!(f, "function {}({}) ", name, params.join(", "))?;
            f.write_str("{\n")?;
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
