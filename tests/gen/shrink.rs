//! Minimising a mismatching program: delete statements, unwrap `if`s and
//! blocks, run loops fewer times, replace an expression by one of its
//! operands or by `0`, drop `console.log` arguments, each edit kept while
//! the mismatch persists (`still_fails`), until no edit helps or time is up.

use std::time::Instant;

use super::ast::{Access, Expr, Key, Program, Stmt};

/// The smallest program found (by repeated single edits) for which
/// `still_fails` holds; `p` must be one.
pub fn shrink(p: &Program, still_fails: &mut dyn FnMut(&Program) -> bool, deadline: Instant) -> Program {
    let mut best = p.clone();
    loop {
        let mut progress = false;
        // Deletions first (they shrink most), from the end backwards so
        // that the numbering of what is still to try stays put.
        let mut n = count_stmts(&best.body);
        while n > 0 && Instant::now() < deadline {
            n -= 1;
            let mut c = best.clone();
            if remove_stmt(&mut c.body, &mut n.clone()) && still_fails(&c) {
                best = c;
                progress = true;
            }
        }
        let mut n = 0;
        while n < count_stmts(&best.body) && Instant::now() < deadline {
            for variant in 0..4 {
                let mut c = best.clone();
                if simplify_stmt(&mut c.body, &mut n.clone(), variant) && still_fails(&c) {
                    best = c;
                    progress = true;
                    break;
                }
            }
            n += 1;
        }
        let mut n = 0;
        while n < count_exprs(&best.body) && Instant::now() < deadline {
            for variant in 0..5 {
                let mut c = best.clone();
                if simplify_expr(&mut c.body, &mut n.clone(), variant) && still_fails(&c) {
                    best = c;
                    progress = true;
                    break;
                }
            }
            n += 1;
        }
        if !progress || Instant::now() >= deadline {
            return best;
        }
    }
}

fn child_lists(s: &mut Stmt) -> Vec<&mut Vec<Stmt>> {
    match s {
        Stmt::If(_, a, Some(b)) => vec![a, b],
        Stmt::If(_, a, None) => vec![a],
        Stmt::Block(b)
        | Stmt::For { body: b, .. }
        | Stmt::While { body: b, .. }
        | Stmt::DoWhile { body: b, .. }
        | Stmt::ForIn { body: b, .. }
        | Stmt::Function { body: b, .. }
        | Stmt::Labelled(_, b) => vec![b],
        Stmt::Switch(_, cases) => cases.iter_mut().map(|(_, b)| b).collect(),
        Stmt::Try { block, catch, finally } => {
            let mut lists = vec![block];
            if let Some((_, c)) = catch {
                lists.push(c);
            }
            if let Some(f) = finally {
                lists.push(f);
            }
            lists
        }
        _ => vec![],
    }
}

fn count_stmts(list: &[Stmt]) -> usize {
    let mut list = list.to_vec();
    let mut n = 0;
    visit_lists(&mut list, &mut |l| {
        n += l.len();
        false
    });
    n
}

/// Calls `f` on `list` and every nested statement list, pre-order, until
/// `f` returns true.
fn visit_lists(list: &mut Vec<Stmt>, f: &mut dyn FnMut(&mut Vec<Stmt>) -> bool) -> bool {
    if f(list) {
        return true;
    }
    for s in list.iter_mut() {
        for l in child_lists(s) {
            if visit_lists(l, f) {
                return true;
            }
        }
    }
    false
}

/// Applies `f` to the statement numbered `n` (in `visit_lists` order).
fn at_stmt(list: &mut Vec<Stmt>, n: &mut usize, f: &mut dyn FnMut(&mut Vec<Stmt>, usize) -> bool) -> bool {
    let mut applied = false;
    visit_lists(list, &mut |l| {
        if *n < l.len() {
            applied = f(l, *n);
            true
        } else {
            *n -= l.len();
            false
        }
    });
    applied
}

fn remove_stmt(list: &mut Vec<Stmt>, n: &mut usize) -> bool {
    at_stmt(list, n, &mut |l, i| {
        l.remove(i);
        true
    })
}

fn simplify_stmt(list: &mut Vec<Stmt>, n: &mut usize, variant: u32) -> bool {
    at_stmt(list, n, &mut |l, i| {
        let new = match (&l[i], variant) {
            (Stmt::If(_, a, _), 0) => Stmt::Block(a.clone()),
            (Stmt::If(_, _, Some(b)), 1) => Stmt::Block(b.clone()),
            (Stmt::If(c, a, Some(_)), 2) => Stmt::If(c.clone(), a.clone(), None),
            (Stmt::Block(b), 0) if b.len() == 1 && !matches!(b[0], Stmt::Decl(..)) => b[0].clone(),
            // A try statement becomes its block, or loses a part.
            (Stmt::Try { block, .. }, 0) => Stmt::Block(block.clone()),
            (Stmt::Try { block, catch: Some(c), finally: Some(_) }, 1) => {
                Stmt::Try { block: block.clone(), catch: Some(c.clone()), finally: None }
            }
            (Stmt::For { kind, var, start, step, count, body }, v) if *count > 1 && v < 2 => Stmt::For {
                kind,
                var: var.clone(),
                start: *start,
                step: *step,
                count: if v == 0 { count / 2 } else { count - 1 },
                body: body.clone(),
            },
            (Stmt::While { guard, limit, cond, body }, v) if *limit > 1 && v < 2 => Stmt::While {
                guard: guard.clone(),
                limit: if v == 0 { limit / 2 } else { limit - 1 },
                cond: cond.clone(),
                body: body.clone(),
            },
            (Stmt::ForIn { of, kind, var, guard, limit, iter, body }, v) if *limit > 1 && v < 2 => Stmt::ForIn {
                of: *of,
                kind,
                var: var.clone(),
                guard: guard.clone(),
                limit: if v == 0 { limit / 2 } else { limit - 1 },
                iter: iter.clone(),
                body: body.clone(),
            },
            (Stmt::DoWhile { guard, limit, cond, body }, v) if *limit > 1 && v < 2 => Stmt::DoWhile {
                guard: guard.clone(),
                limit: if v == 0 { limit / 2 } else { limit - 1 },
                cond: cond.clone(),
                body: body.clone(),
            },
            (Stmt::Print(label, args), v) if args.len() > 1 && (v as usize) < args.len() => {
                Stmt::Print(label.clone(), vec![args[v as usize].clone()])
            }
            (Stmt::Decl(k, name, Some(_)), 0) if *k != "const" => Stmt::Decl(k, name.clone(), None),
            _ => return false,
        };
        l[i] = new;
        true
    })
}

fn stmt_exprs(s: &mut Stmt) -> Vec<&mut Expr> {
    match s {
        Stmt::Decl(_, _, Some(e)) | Stmt::Expr(e) | Stmt::Return(Some(e)) | Stmt::If(e, _, _) | Stmt::Throw(e) => {
            vec![e]
        }
        Stmt::Print(_, args) => args.iter_mut().collect(),
        Stmt::While { cond, .. } | Stmt::DoWhile { cond, .. } => vec![cond],
        Stmt::ForIn { iter, .. } => vec![iter],
        Stmt::Function { guard: Some((_, e)), .. } => vec![e],
        Stmt::DeclPattern(_, _, e) => vec![e],
        Stmt::Switch(d, cases) => std::iter::once(d).chain(cases.iter_mut().filter_map(|(t, _)| t.as_mut())).collect(),
        _ => vec![],
    }
}

fn expr_children(e: &mut Expr) -> Vec<&mut Expr> {
    match e {
        Expr::Lit(_) | Expr::Var(_) | Expr::Update(..) | Expr::Arrow(..) => vec![],
        Expr::CallValue(callee, args) => std::iter::once(&mut **callee).chain(args.iter_mut()).collect(),
        Expr::Unary(_, a) | Expr::Assign(_, _, a) | Expr::Length(a) => vec![a],
        Expr::Binary(_, a, b) | Expr::Comma(a, b) => vec![a, b],
        Expr::Cond(a, b, c) => vec![a, b, c],
        Expr::Call(_, args) | Expr::Chain(_, args) | Expr::New(_, args) => args.iter_mut().collect(),
        Expr::Prop(o, a) | Expr::Delete(o, a) | Expr::UpdateProp(_, _, o, a) => {
            let mut v = vec![&mut **o];
            if let Access::Index(k) = a {
                v.push(k);
            }
            v
        }
        Expr::SetProp(_, o, a, e) => {
            let mut v = vec![&mut **o];
            if let Access::Index(k) = a {
                v.push(k);
            }
            v.push(e);
            v
        }
        Expr::Method(o, _, args) => std::iter::once(&mut **o).chain(args.iter_mut()).collect(),
        Expr::Object(props) => props
            .iter_mut()
            .flat_map(|(k, v)| {
                let key = match k {
                    Key::Computed(e) => Some(&mut **e),
                    _ => None,
                };
                key.into_iter().chain(std::iter::once(v))
            })
            .collect(),
        Expr::Array(items) => items.iter_mut().flatten().collect(),
        Expr::Template(_, exprs) => exprs.iter_mut().collect(),
        Expr::OptProp(o, a) => {
            let mut v = vec![&mut **o];
            if let Access::Index(k) = a {
                v.push(k);
            }
            v
        }
        Expr::Destructure(_, e) => vec![e],
    }
}

/// Calls `f` on every expression, pre-order, until it returns true.
fn visit_exprs(list: &mut Vec<Stmt>, f: &mut dyn FnMut(&mut Expr) -> bool) -> bool {
    fn walk(e: &mut Expr, f: &mut dyn FnMut(&mut Expr) -> bool) -> bool {
        if f(e) {
            return true;
        }
        expr_children(e).into_iter().any(|c| walk(c, f))
    }
    visit_lists(list, &mut |l| l.iter_mut().any(|s| stmt_exprs(s).into_iter().any(|e| walk(e, f))))
}

fn count_exprs(list: &[Stmt]) -> usize {
    let mut list = list.to_vec();
    let mut n = 0;
    visit_exprs(&mut list, &mut |_| {
        n += 1;
        false
    });
    n
}

fn simplify_expr(list: &mut Vec<Stmt>, n: &mut usize, variant: u32) -> bool {
    let mut applied = false;
    visit_exprs(list, &mut |e| {
        if *n > 0 {
            *n -= 1;
            return false;
        }
        let new = match (&*e, variant) {
            (Expr::Lit(s), _) if s == "0" => None,
            (Expr::Lit(_) | Expr::Var(_), 0) => Some(Expr::Lit("0".into())),
            (Expr::Chain(op, items), 4) if items.len() > 2 => {
                Some(Expr::Chain(op, items[..items.len() / 2 + 1].to_vec()))
            }
            (Expr::Call(name, args), 4) if !args.is_empty() => {
                Some(Expr::Call(name.clone(), args[..args.len() - 1].to_vec()))
            }
            (Expr::Object(props), 4) if !props.is_empty() => Some(Expr::Object(props[..props.len() - 1].to_vec())),
            (Expr::Array(items), 4) if !items.is_empty() => Some(Expr::Array(items[..items.len() / 2].to_vec())),
            (Expr::SetProp(_, o, a, v), 2) => Some(Expr::SetProp("=", o.clone(), a.clone(), v.clone())),
            (Expr::Update(_, _, v), 0) => Some(Expr::Var(v.clone())),
            (_, 3) => Some(Expr::Lit("0".into())),
            (_, v) => {
                let mut c = e.clone();
                expr_children(&mut c).into_iter().nth(v as usize).map(|x| x.clone())
            }
        };
        if let Some(new) = new {
            *e = new;
            applied = true;
        }
        true
    });
    applied
}
