//! The callee of a call or `new` as V8's "is not a function" / "is not a
//! constructor" messages print it. V8 does not quote the source: its
//! `CallPrinter` walks the syntax tree after the parser has folded
//! numeric literals, so `(0, o.f)()` reads `(0 , o.f)`, `(o.f)()` reads
//! `o.f`, `` `${f}`() `` reads `f`, `o[1+1]()` reads `o[2]`, a call inside
//! the callee is `(...)`, and what it cannot print (a function, a
//! conditional, an object literal's values, `new X()` inside a callee) is
//! `(intermediate value)`. Printing the tree here, at compile time, keeps
//! the rules V8's own (a rewrite of the source text could only guess at
//! them); src/callee_text.rs still rewrites the text for the messages that
//! quote other expressions.

use crate::ast::{BinOp, Expr, ExprKind, LogicalOp, MemberKind, PropKey, UnOp};
use crate::value::number_to_string;

/// Deeper callees than this are quoted from the source instead: the
/// printer recurses, and a pathological callee must not exhaust the stack.
const MAX_DEPTH: usize = 100;

/// The callee `e` as V8 prints it, or `None` when it is too deep to print.
pub fn print_callee(e: &Expr) -> Option<String> {
    let mut p = Printer { out: String::new(), prints: 0, depth: 0, too_deep: false };
    p.find(e, true);
    (!p.too_deep).then_some(p.out)
}

/// A literal after V8's parser-time folding.
#[derive(Clone, Copy)]
enum Lit {
    Num(f64),
    Bool(bool),
}

struct Printer {
    out: String,
    /// How many pieces were printed: V8 prints `(intermediate value)` for a
    /// node that printed none.
    prints: usize,
    depth: usize,
    too_deep: bool,
}

impl Printer {
    fn print(&mut self, s: &str) {
        self.prints += 1;
        self.out.push_str(s);
    }

    /// V8's `Find` once the error's node is found: a node that may not
    /// print (`print` false) or prints nothing is `(intermediate value)`.
    fn find(&mut self, e: &Expr, print: bool) {
        if print {
            let before = self.prints;
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                self.too_deep = true;
            } else {
                self.visit(e);
            }
            self.depth -= 1;
            if self.prints != before {
                return;
            }
        }
        self.print("(intermediate value)");
    }

    fn visit(&mut self, e: &Expr) {
        if let Some(l) = fold(e, 0) {
            let text = match l {
                Lit::Num(n) => number_to_string(n),
                Lit::Bool(b) => b.to_string(),
            };
            return self.print(&text);
        }
        match &e.kind {
            ExprKind::Number(_) | ExprKind::Bool(_) => {} // folded above
            ExprKind::Str(s) => {
                let s = String::from_utf16_lossy(s);
                self.print(&format!("\"{}\"", s));
            }
            ExprKind::Regex(p, f) => {
                let text = format!("/{}/{}", String::from_utf16_lossy(p), crate::regexp::flags_text(*f));
                self.print(&text);
            }
            ExprKind::Null => self.print("null"),
            ExprKind::Ident(name) => self.print(name),
            ExprKind::This => self.print("this"),
            ExprKind::NewTarget => self.print(".new.target"),
            ExprKind::Unary(op, a) => {
                let (text, space) = match op {
                    UnOp::Neg => ("-", false),
                    UnOp::Plus => ("+", false),
                    UnOp::Not => ("!", false),
                    UnOp::BitNot => ("~", false),
                    UnOp::Typeof => ("typeof", true),
                    UnOp::Void => ("void", true),
                    UnOp::Delete => ("delete", true),
                };
                self.print("(");
                self.print(text);
                if space {
                    self.print(" ");
                }
                self.find(a, true);
                self.print(")");
            }
            // V8 parses `a !== b` as `!(a === b)` (and `!=` alike), and
            // prints it so.
            ExprKind::Binary(op @ (BinOp::StrictNe | BinOp::Ne), l, r) => {
                let eq = if *op == BinOp::Ne { BinOp::Eq } else { BinOp::StrictEq };
                self.print("(!");
                self.operation(&[&**l, &**r], bin_text(eq));
                self.print(")");
            }
            ExprKind::Binary(op, l, r) => {
                let mut operands = vec![&**r];
                let mut left = &**l;
                // `a + b + c` is one n-ary node in V8, parenthesised or not;
                // comparisons are never n-ary there.
                while let ExprKind::Binary(op2, l2, r2) = &left.kind {
                    if is_comparison(*op) {
                        break;
                    }
                    if op2 != op || fold(left, 0).is_some() {
                        break;
                    }
                    operands.push(r2);
                    left = l2;
                }
                operands.push(left);
                operands.reverse();
                self.operation(&operands, bin_text(*op));
            }
            ExprKind::Logical(op, l, r) => {
                let mut operands = vec![&**r];
                let mut left = &**l;
                while let ExprKind::Logical(op2, l2, r2) = &left.kind {
                    if op2 != op {
                        break;
                    }
                    operands.push(r2);
                    left = l2;
                }
                operands.push(left);
                operands.reverse();
                let text = match op {
                    LogicalOp::And => "&&",
                    LogicalOp::Or => "||",
                    LogicalOp::Nullish => "??",
                };
                self.operation(&operands, text);
            }
            ExprKind::Seq(items) => {
                let items: Vec<&Expr> = items.iter().collect();
                self.operation(&items, ",");
            }
            // An assignment prints its target.
            ExprKind::Assign(_, _, target, _) | ExprKind::LogicalAssign(_, _, target, _) => self.find(target, true),
            ExprKind::Update { delta, prefix, target } => {
                let op = if *delta > 0 { "++" } else { "--" };
                self.print("(");
                if *prefix {
                    self.print(op);
                }
                self.find(target, true);
                if !*prefix {
                    self.print(op);
                }
                self.print(")");
            }
            ExprKind::Cond(..) => {
                for _ in 0..3 {
                    self.find(e, false);
                }
            }
            ExprKind::Call(callee, _) => {
                self.find(callee, true);
                self.print("(...)");
            }
            ExprKind::TaggedTemplate(tag, _) => {
                self.find(tag, true);
                self.print("(...)");
            }
            // A `new` inside the callee is not the node that failed.
            ExprKind::New(..) => self.find(e, false),
            ExprKind::Member(obj, prop) => {
                let optional = self.object(obj);
                self.print(if optional { "?." } else { "." });
                self.print(&prop.name);
            }
            ExprKind::Index(obj, key) => {
                let optional = self.object(obj);
                if let ExprKind::Str(s) = &key.kind {
                    self.print(if optional { "?." } else { "." });
                    self.print(&String::from_utf16_lossy(s));
                } else {
                    self.print(if optional { "?.[" } else { "[" });
                    self.find(key, true);
                    self.print("]");
                }
            }
            ExprKind::SuperMember(prop) => {
                self.print("super.");
                self.print(&prop.name);
            }
            ExprKind::SuperIndex(key) => {
                self.print("super[");
                self.find(key, true);
                self.print("]");
            }
            ExprKind::SuperCall(_) => self.print("super(...)"),
            ExprKind::Array(items) => {
                self.print("[");
                for (i, item) in items.iter().enumerate() {
                    if i != 0 {
                        self.print(",");
                    }
                    match item {
                        Some(item) => self.find(item, true),
                        None => self.print("(intermediate value)"),
                    }
                }
                self.print("]");
            }
            ExprKind::Object(props) => {
                self.print("{");
                for p in props {
                    self.find(&p.value, false);
                }
                self.print("}");
            }
            ExprKind::Spread(a) => {
                self.print("(...");
                self.find(a, true);
                self.print(")");
            }
            // A template without substitutions is a string literal to V8;
            // with them it prints only the substitutions.
            ExprKind::Template(t) => {
                if t.exprs.is_empty() {
                    let s = t.cooked.first().and_then(|c| c.as_ref()).map(|c| String::from_utf16_lossy(c));
                    self.print(&format!("\"{}\"", s.unwrap_or_default()));
                } else {
                    for x in &t.exprs {
                        self.find(x, true);
                    }
                }
            }
            // `(o?.f)()`: the chain as a whole is a value V8 does not print.
            ExprKind::Optional(_) => self.find(e, false),
            ExprKind::OptionalBase(inner) => self.find(inner, true),
            // V8's VisitClassLiteral: the heritage, then each member kept
            // in its public or private member list (methods and accessors,
            // fields with a computed key, every private member: not the
            // constructor, plain public fields or static blocks) is an
            // unprinted `(intermediate value)`.
            ExprKind::Class(c) => {
                if let Some(h) = &c.heritage {
                    self.find(h, false);
                }
                for m in &c.members {
                    let listed = match &m.kind {
                        MemberKind::Method(_) | MemberKind::Get(_) | MemberKind::Set(_) => true,
                        MemberKind::Field(_) => m.private || matches!(m.key, PropKey::Computed(_)),
                        MemberKind::StaticBlock(_) => false,
                    };
                    if listed {
                        self.print("(intermediate value)");
                    }
                }
            }
            // V8 prints a BigInt literal as `(intermediate value)`.
            ExprKind::Function(_) | ExprKind::Pattern(_) | ExprKind::BigInt(_) => {}
            // V8's CallPrinter looks into a yield's operand without printing it.
            ExprKind::Yield(_, Some(a)) => self.find(a, false),
            ExprKind::Yield(_, None) => {}
            ExprKind::Await(a) => self.find(a, false),
        }
    }

    /// Prints the object of a property access; true when it is the base
    /// of a `?.`.
    fn object(&mut self, obj: &Expr) -> bool {
        match &obj.kind {
            ExprKind::OptionalBase(inner) => {
                self.find(inner, true);
                true
            }
            _ => {
                self.find(obj, true);
                false
            }
        }
    }

    /// `(a op b op c)`, V8's binary and n-ary operations (the comma too).
    fn operation(&mut self, operands: &[&Expr], op: &str) {
        self.print("(");
        for (i, x) in operands.iter().enumerate() {
            if i != 0 {
                self.print(" ");
                self.print(op);
                self.print(" ");
            }
            self.find(x, true);
        }
        self.print(")");
    }
}

/// V8's CompareOperation nodes: printed two operands at a time.
fn is_comparison(op: BinOp) -> bool {
    use BinOp::*;
    matches!(op, Eq | Ne | StrictEq | StrictNe | Lt | Le | Gt | Ge | In | InstanceOf)
}

fn bin_text(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::Div => "/",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::Shl => "<<",
        BinOp::Shr => ">>",
        BinOp::UShr => ">>>",
        BinOp::Eq => "==",
        BinOp::Ne => "!=",
        BinOp::StrictEq => "===",
        BinOp::StrictNe => "!==",
        BinOp::Lt => "<",
        BinOp::Le => "<=",
        BinOp::Gt => ">",
        BinOp::Ge => ">=",
        BinOp::In => "in",
        BinOp::InstanceOf => "instanceof",
    }
}

fn to_int32(n: f64) -> i32 {
    crate::numconv::to_int32(n)
}

/// The literal V8's parser makes of `e`: numbers, booleans, `!` of any
/// literal, unary `-`/`+`/`~` and arithmetic or bitwise operators on
/// number literals (`(1 + 2)()` reads `3 is not a function`).
fn fold(e: &Expr, depth: usize) -> Option<Lit> {
    if depth > MAX_DEPTH {
        return None;
    }
    match &e.kind {
        ExprKind::Number(n) => Some(Lit::Num(*n)),
        ExprKind::Bool(b) => Some(Lit::Bool(*b)),
        ExprKind::Unary(UnOp::Not, a) => match &a.kind {
            ExprKind::Str(s) => Some(Lit::Bool(s.is_empty())),
            ExprKind::Null => Some(Lit::Bool(true)),
            _ => match fold(a, depth + 1)? {
                Lit::Num(n) => Some(Lit::Bool(n == 0.0 || n.is_nan())),
                Lit::Bool(b) => Some(Lit::Bool(!b)),
            },
        },
        ExprKind::Unary(op @ (UnOp::Neg | UnOp::Plus | UnOp::BitNot), a) => match fold(a, depth + 1)? {
            Lit::Num(n) => Some(Lit::Num(match op {
                UnOp::Neg => -n,
                UnOp::Plus => n,
                _ => !to_int32(n) as f64,
            })),
            Lit::Bool(_) => None,
        },
        ExprKind::Binary(op, l, r) => {
            let (Lit::Num(a), Lit::Num(b)) = (fold(l, depth + 1)?, fold(r, depth + 1)?) else {
                return None;
            };
            let (ia, ib) = (to_int32(a), to_int32(b));
            let n = match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mul => a * b,
                BinOp::Div => a / b,
                BinOp::Mod => a % b,
                BinOp::Pow => crate::pow::pow(a, b),
                BinOp::BitAnd => (ia & ib) as f64,
                BinOp::BitOr => (ia | ib) as f64,
                BinOp::BitXor => (ia ^ ib) as f64,
                BinOp::Shl => ia.wrapping_shl(ib as u32 & 31) as f64,
                BinOp::Shr => (ia >> (ib as u32 & 31)) as f64,
                BinOp::UShr => ((ia as u32) >> (ib as u32 & 31)) as f64,
                _ => return None,
            };
            Some(Lit::Num(n))
        }
        _ => None,
    }
}
