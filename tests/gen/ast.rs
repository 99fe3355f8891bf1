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
}

#[derive(Clone, Debug)]
pub enum Stmt {
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
        Stmt::DoWhile { guard, limit, cond, body } => {
            writeln!(f, "let {} = 0;", guard)?;
            write!(f, "{:w$}do ", "", w = pad)?;
            block(f, body, depth)?;
            writeln!(f, " while ({}++ < {} && {});", guard, limit, cond)
        }
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
