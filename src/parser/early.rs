//! Early errors the grammar cannot see, found in one walk over the tree
//! once it is parsed: a `var` that meets a `let`/`const`/`class`/block
//! function of a scope it is hoisted through (`let x; { var x }`,
//! `for (let i of a) { var i }`, `catch ([e]) { var e }`), a lexical name
//! declared twice in a block or `switch`, duplicate parameter names where
//! they are not allowed (strict functions, arrows, methods, non-simple
//! parameter lists), duplicate `__proto__: v` in an object literal, and
//! legacy octal literals and escapes in strict code (the lexer records
//! where they are, `crate::lexer::SloppyOnly`).
//!
//! Which of several errors node reports is the one V8 meets first while
//! parsing: each error carries the position at which V8 would see it (a
//! `var` checked against a `let` that follows it in the same block is only
//! seen when V8 finishes the function, `CheckConflictingVarDeclarations`),
//! and the earliest wins. The position reported is V8's too: the `var`,
//! except when the `let` is in the function's own scope and comes second.
//! Recursion is bounded by the parser's nesting limit.

use std::rc::Rc;

use crate::ast::*;

/// An early error: its message, where it is reported, and when V8 meets it.
pub(super) struct Early {
    pub message: String,
    pub span: Span,
    pub seen: u32,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ScopeKind {
    /// A function body, a script, a static block: where `var` stops.
    Function,
    /// A block, a `switch`'s cases, a loop head's `let`/`const`.
    Block,
    /// A catch clause whose parameter is one name (Annex B lets a `var`
    /// of the body redeclare it).
    SimpleCatch,
    /// A catch clause whose parameter is a pattern.
    PatternCatch,
}

struct Scope {
    kind: ScopeKind,
    /// Lexical declarations (at a function's top: `let`/`const`/`class`),
    /// with where they are.
    lexical: Names,
    /// Where the function whose scope this is ends (V8's late check).
    end: u32,
}

struct Walker<'s> {
    text: &'s str,
    scopes: Vec<Scope>,
    strict: bool,
    /// `(start, end)` of every strict region (strict functions and
    /// classes), for the legacy octal literals.
    strict_spans: Vec<(u32, u32)>,
    errors: Vec<Early>,
}

/// The first early error of a parsed program (by V8's order), if any.
pub(super) fn check(text: &str, body: &[Stmt], octals: &[crate::lexer::SloppyOnly]) -> Option<Early> {
    let strict = has_use_strict(body);
    let mut w = Walker { text, scopes: Vec::new(), strict, strict_spans: Vec::new(), errors: Vec::new() };
    if strict {
        w.strict_spans.push((0, u32::MAX));
    }
    w.function_scope(body, &[], text.len() as u32);
    for o in octals {
        if w.strict_spans.iter().any(|&(s, e)| s <= o.span.start && o.span.end <= e) {
            w.errors.push(Early { message: o.message.to_string(), span: o.span, seen: o.span.start });
        }
    }
    w.errors.into_iter().min_by_key(|e| (e.seen, e.span.start))
}

fn already(name: &str, span: Span, seen: u32) -> Early {
    Early { message: format!("Identifier '{}' has already been declared", name), span, seen }
}

impl Walker<'_> {
    fn error(&mut self, e: Early) {
        self.errors.push(e);
    }

    /// A function body (or the script, or a static block) with parameters
    /// `params` (already checked among themselves).
    fn function_scope(&mut self, body: &[Stmt], params: &[(Name, Span)], end: u32) {
        // Parameters and function declarations: a `var` may redeclare
        // them, a `let` may not.
        let mut var_like = params.to_vec();
        for s in body {
            if let Some(f) = labelled_function(s) {
                var_like.push((f.name.name.clone(), f.name.span));
            }
        }
        let var_like = first_seen(&var_like).0;
        let lexical = top_lexical(body);
        // A lexical name meets a parameter, a function declaration or an
        // earlier lexical name of the function's own scope: reported at
        // the second of the two.
        let (first, repeats) = first_seen(&lexical);
        for &(i, _) in &repeats {
            let (n, sp) = &lexical[i];
            self.error(already(n, *sp, sp.start));
        }
        for (n, sp) in &lexical {
            if let Some(&other) = var_like.get(n) {
                let at = if other.start < sp.start { *sp } else { other };
                self.error(already(n, at, at.start));
            }
        }
        let scope = Scope { kind: ScopeKind::Function, lexical: first, end };
        self.scopes.push(scope);
        self.stmts(body);
        self.scopes.pop();
    }

    /// A block's statements in a new block scope.
    fn block(&mut self, body: &[Stmt], kind: ScopeKind) {
        let mut lexical = Vec::new();
        for s in body {
            lexical_of(s, &mut lexical, true);
        }
        let sloppy = !self.strict;
        let (first, repeats) = first_seen(&lexical);
        for (i, j) in repeats {
            let (n, sp) = &lexical[i];
            // Sloppy code may declare a function twice in a block (Annex B).
            if sloppy && block_function_at(body, *sp) && block_function_at(body, lexical[j].1) {
                continue;
            }
            self.error(already(n, *sp, sp.start));
        }
        let end = self.scopes.last().map_or(u32::MAX, |s| s.end);
        self.scopes.push(Scope { kind, lexical: first, end });
        self.stmts(body);
        self.scopes.pop();
    }

    /// A `var` named `id` (`for_of`: in a `for...of` head): checked
    /// against every scope it is hoisted through.
    fn var(&mut self, id: &Ident) {
        let mut found = None;
        for scope in self.scopes.iter().rev() {
            if scope.kind == ScopeKind::SimpleCatch {
                continue;
            }
            if let Some(sp) = scope.lexical.get(&id.name) {
                found = Some((scope.kind, *sp, scope.end));
                break;
            }
            if scope.kind == ScopeKind::Function {
                break;
            }
        }
        let Some((kind, lex, end)) = found else { return };
        let e = if lex.start < id.span.start {
            already(&id.name, id.span, id.span.start)
        } else if kind == ScopeKind::Function {
            already(&id.name, lex, lex.start)
        } else {
            already(&id.name, id.span, end)
        };
        self.error(e);
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Throw(e) => self.expr(e),
            StmtKind::Var(v) => {
                for (id, init) in &v.decls {
                    if let Some(e) = init {
                        self.expr(e);
                    }
                    if v.kind == DeclKind::Var {
                        self.var(id);
                    }
                }
            }
            StmtKind::Destructure(p) => {
                for (pat, init) in &p.decls {
                    self.pattern(pat);
                    if let Some(e) = init {
                        self.expr(e);
                    }
                    if p.kind == DeclKind::Var {
                        let mut names = Vec::new();
                        pat.names(&mut names);
                        for id in names {
                            self.var(id);
                        }
                    }
                }
            }
            StmtKind::Function(f) => self.function(f, false),
            StmtKind::Return(e) => {
                if let Some(e) = e {
                    self.expr(e);
                }
            }
            StmtKind::If(c, t, e) => {
                self.expr(c);
                self.stmt(t);
                if let Some(e) = e {
                    self.stmt(e);
                }
            }
            StmtKind::While(c, b) => {
                self.expr(c);
                self.stmt(b);
            }
            StmtKind::DoWhile(b, c) => {
                self.stmt(b);
                self.expr(c);
            }
            StmtKind::For(f) => {
                let mut head = Vec::new();
                match &f.init {
                    Some(ForInit::Decl(v)) => {
                        for (id, init) in &v.decls {
                            if let Some(e) = init {
                                self.expr(e);
                            }
                            if v.kind == DeclKind::Var {
                                self.var(id);
                            } else {
                                head.push((id.name.clone(), id.span));
                            }
                        }
                    }
                    Some(ForInit::Expr(e)) => self.expr(e),
                    None => {}
                }
                let end = self.scopes.last().map_or(u32::MAX, |s| s.end);
                let lexical = first_seen(&head).0;
                self.scopes.push(Scope { kind: ScopeKind::Block, lexical, end });
                if let Some(e) = &f.test {
                    self.expr(e);
                }
                if let Some(e) = &f.update {
                    self.expr(e);
                }
                self.stmt(&f.body);
                self.scopes.pop();
            }
            StmtKind::ForIn(f) => {
                let mut names = Vec::new();
                match &f.target.kind {
                    ExprKind::Ident(n) if f.decl.is_some() => {
                        names.push(Ident { name: n.clone(), span: f.target.span });
                    }
                    ExprKind::Pattern(p) => {
                        self.pattern(p);
                        let mut ids = Vec::new();
                        p.names(&mut ids);
                        if f.decl.is_some() {
                            names.extend(ids.into_iter().cloned());
                        }
                    }
                    _ => self.expr(&f.target),
                }
                self.expr(&f.iter);
                let lexical = match f.decl {
                    Some(DeclKind::Var) => {
                        for id in &names {
                            self.var(id);
                        }
                        Vec::new()
                    }
                    Some(_) => names.into_iter().map(|id| (id.name, id.span)).collect(),
                    None => Vec::new(),
                };
                let lexical = first_seen(&lexical).0;
                let end = self.scopes.last().map_or(u32::MAX, |s| s.end);
                self.scopes.push(Scope { kind: ScopeKind::Block, lexical, end });
                self.stmt(&f.body);
                self.scopes.pop();
            }
            StmtKind::Block(body) => self.block(body, ScopeKind::Block),
            StmtKind::Switch(sw) => {
                self.expr(&sw.discriminant);
                let all: Vec<&Stmt> = sw.cases.iter().flat_map(|c| &c.body).collect();
                let mut lexical = Vec::new();
                for s in &all {
                    lexical_of(s, &mut lexical, true);
                }
                let sloppy = !self.strict;
                let (first, repeats) = first_seen(&lexical);
                for (i, j) in repeats {
                    let (n, sp) = &lexical[i];
                    let is_fn =
                        |at: Span| all.iter().any(|s| matches!(&s.kind, StmtKind::Function(f) if f.name.span == at));
                    if sloppy && is_fn(*sp) && is_fn(lexical[j].1) {
                        continue;
                    }
                    self.error(already(n, *sp, sp.start));
                }
                let end = self.scopes.last().map_or(u32::MAX, |s| s.end);
                self.scopes.push(Scope { kind: ScopeKind::Block, lexical: first, end });
                for c in &sw.cases {
                    if let Some(t) = &c.test {
                        self.expr(t);
                    }
                    self.stmts(&c.body);
                }
                self.scopes.pop();
            }
            StmtKind::Labelled(_, body) => self.stmt(body),
            StmtKind::Try(t) => {
                self.block(&t.block, ScopeKind::Block);
                if let Some(c) = &t.catch {
                    let (kind, params) = match (&c.param, &c.pattern) {
                        (_, Some(p)) => {
                            self.pattern(p);
                            let mut ids = Vec::new();
                            p.names(&mut ids);
                            (ScopeKind::PatternCatch, ids.into_iter().map(|id| (id.name.clone(), id.span)).collect())
                        }
                        (Some(id), None) => (ScopeKind::SimpleCatch, vec![(id.name.clone(), id.span)]),
                        (None, None) => (ScopeKind::Block, Vec::new()),
                    };
                    self.catch_block(&c.body, kind, params);
                }
                if let Some(f) = &t.finally {
                    self.block(f, ScopeKind::Block);
                }
            }
            StmtKind::Class(c) => self.class(c),
            StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Empty
            | StmtKind::BreakLabel(_)
            | StmtKind::ContinueLabel(_) => {}
        }
    }

    /// A catch clause's body: its parameters (`params`) are a scope of
    /// their own around the block, which a lexical name of the block may
    /// not repeat.
    fn catch_block(&mut self, body: &[Stmt], kind: ScopeKind, params: Vec<(Name, Span)>) {
        let mut lexical = Vec::new();
        for s in body {
            lexical_of(s, &mut lexical, true);
        }
        let params = first_seen(&params).0;
        for (n, sp) in &lexical {
            if params.contains_key(n) {
                self.error(already(n, *sp, sp.start));
            }
        }
        let end = self.scopes.last().map_or(u32::MAX, |s| s.end);
        self.scopes.push(Scope { kind, lexical: params, end });
        self.block(body, ScopeKind::Block);
        self.scopes.pop();
    }

    fn class(&mut self, c: &Class) {
        if let Some(h) = &c.heritage {
            self.expr(h);
        }
        let saved = std::mem::replace(&mut self.strict, true);
        self.strict_spans.push((c.span.start, c.span.end));
        if let Some(f) = &c.ctor {
            self.function(f, true);
        }
        for m in &c.members {
            if let PropKey::Computed(k) = &m.key {
                self.expr(k);
            }
            match &m.kind {
                MemberKind::Method(f) | MemberKind::Get(f) | MemberKind::Set(f) => self.function(f, true),
                MemberKind::Field(Some(e)) => self.expr(e),
                MemberKind::Field(None) => {}
                MemberKind::StaticBlock(body) => {
                    let saved_scopes = std::mem::take(&mut self.scopes);
                    self.function_scope(body, &[], m.span.end);
                    self.scopes = saved_scopes;
                }
            }
        }
        self.strict = saved;
    }

    /// A function: its parameters (duplicates where not allowed), its
    /// defaults and patterns, its body in a scope of its own.
    fn function(&mut self, f: &Function, strict_outside: bool) {
        let own_strict = has_use_strict(&f.body);
        let strict = strict_outside || self.strict || own_strict;
        if strict && !self.strict {
            self.strict_spans.push((f.span.start, f.span.end));
        }
        let mut params: Vec<(Name, Span)> = Vec::new();
        for (i, p) in f.params.iter().enumerate() {
            match f.patterns.iter().find(|(at, _)| *at == i) {
                Some((_, pat)) => {
                    let mut ids = Vec::new();
                    pat.names(&mut ids);
                    params.extend(ids.into_iter().map(|id| (id.name.clone(), id.span)));
                }
                None => params.push((p.name.clone(), p.span)),
            }
        }
        match (&f.rest, f.patterns.iter().find(|(at, _)| *at == f.params.len())) {
            (Some(_), Some((_, pat))) => {
                let mut ids = Vec::new();
                pat.names(&mut ids);
                params.extend(ids.into_iter().map(|id| (id.name.clone(), id.span)));
            }
            (Some(r), None) => params.push((r.name.clone(), r.span)),
            _ => {}
        }
        let simple = f.rest.is_none() && f.patterns.is_empty() && f.defaults.iter().all(|d| d.is_none());
        if let Some(sp) = crate::ast::use_strict_directive(&f.body).filter(|_| !simple) {
            self.error(Early {
                message: "Illegal 'use strict' directive in function with non-simple parameter list".into(),
                span: sp,
                seen: sp.start,
            });
        }
        if strict || !simple || f.kind != FnKind::Normal {
            if let Some(&(i, _)) = first_seen(&params).1.first() {
                let sp = params[i].1;
                self.error(Early {
                    message: "Duplicate parameter name not allowed in this context".into(),
                    span: sp,
                    seen: sp.start,
                });
            }
        }
        let saved_strict = std::mem::replace(&mut self.strict, strict);
        let saved_scopes = std::mem::take(&mut self.scopes);
        for d in f.defaults.iter().flatten() {
            self.expr(d);
        }
        for (_, p) in &f.patterns {
            self.pattern(p);
        }
        self.function_scope(&f.body, &params, f.span.end);
        self.scopes = saved_scopes;
        self.strict = saved_strict;
    }

    /// The expressions inside a pattern (defaults, computed keys, targets).
    fn pattern(&mut self, p: &Pattern) {
        match p {
            Pattern::Name(_) => {}
            Pattern::Property(e) => self.expr(e),
            Pattern::Array { items, rest, .. } => {
                for item in items.iter().flatten() {
                    self.pattern(&item.target);
                    if let Some(d) = &item.default {
                        self.expr(d);
                    }
                }
                if let Some(r) = rest {
                    self.pattern(r);
                }
            }
            Pattern::Object { props, rest, .. } => {
                for prop in props {
                    if let PropKey::Computed(k) = &prop.key {
                        self.expr(k);
                    }
                    self.pattern(&prop.target);
                    if let Some(d) = &prop.default {
                        self.expr(d);
                    }
                }
                if let Some(r) = rest {
                    self.pattern(r);
                }
            }
        }
    }

    fn exprs(&mut self, es: &[Expr]) {
        for e in es {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Number(_)
            | ExprKind::BigInt(_)
            | ExprKind::Str(_)
            | ExprKind::Regex(..)
            | ExprKind::Bool(_)
            | ExprKind::Null
            | ExprKind::Ident(_)
            | ExprKind::This
            | ExprKind::SuperMember(_)
            | ExprKind::NewTarget
            | ExprKind::Yield(_, None) => {}
            ExprKind::Unary(_, a)
            | ExprKind::Member(a, _)
            | ExprKind::Spread(a)
            | ExprKind::SuperIndex(a)
            | ExprKind::Update { target: a, .. }
            | ExprKind::Optional(a)
            | ExprKind::OptionalBase(a)
            | ExprKind::Yield(_, Some(a))
            | ExprKind::Await(a) => self.expr(a),
            ExprKind::Binary(..) | ExprKind::Logical(..) => {
                // A left-associative chain adds no nesting along its left
                // spine (the parser allows any length): walked in a loop.
                let mut rights = Vec::new();
                let mut cur = e;
                while let ExprKind::Binary(_, a, b) | ExprKind::Logical(_, a, b) = &cur.kind {
                    rights.push(&**b);
                    cur = a;
                }
                self.expr(cur);
                for b in rights.into_iter().rev() {
                    self.expr(b);
                }
            }
            ExprKind::Assign(_, _, a, b) | ExprKind::LogicalAssign(_, _, a, b) | ExprKind::Index(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Cond(a, b, c) => {
                self.expr(a);
                self.expr(b);
                self.expr(c);
            }
            ExprKind::Call(f, args) | ExprKind::New(f, args) => {
                self.expr(f);
                self.exprs(args);
            }
            ExprKind::SuperCall(args) | ExprKind::Seq(args) => self.exprs(args),
            ExprKind::Array(items) => {
                for item in items.iter().flatten() {
                    self.expr(item);
                }
            }
            ExprKind::Object(props) => self.object(props),
            ExprKind::Function(f) => self.function(f, false),
            ExprKind::Template(t) => self.exprs(&t.exprs),
            ExprKind::TaggedTemplate(tag, t) => {
                self.expr(tag);
                self.exprs(&t.exprs);
            }
            ExprKind::Pattern(p) => self.pattern(p),
            ExprKind::Class(c) => self.class(c),
        }
    }

    /// An object literal: its values, and no second `__proto__: v`.
    fn object(&mut self, props: &[Prop]) {
        let mut proto_seen = false;
        for p in props {
            if let PropKey::Computed(k) = &p.key {
                self.expr(k);
            }
            self.expr(&p.value);
            let is_proto = p.kind == PropKind::Init
                && matches!(&p.key, PropKey::Name(n) if &**n == "__proto__")
                && p.value.span != p.span
                && !matches!(&p.value.kind, ExprKind::Function(f) if f.kind == FnKind::Method);
            if is_proto && std::mem::replace(&mut proto_seen, true) {
                let span = Span::new(p.span.start as usize, self.key_end(p.span.start as usize));
                self.error(Early {
                    message: "Duplicate __proto__ fields are not allowed in object literals".into(),
                    span,
                    seen: span.start,
                });
            }
        }
    }

    /// Where a property key starting at `start` ends (a quoted key with its
    /// quotes).
    fn key_end(&self, start: usize) -> usize {
        let rest = self.text.get(start..).unwrap_or("");
        match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let mut escaped = false;
                for (i, c) in rest.char_indices().skip(1) {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == q {
                        return start + i + 1;
                    }
                }
                start + rest.len()
            }
            _ => start + rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).unwrap_or(rest.len()),
        }
    }
}

/// Names and where each was declared first.
type Names = std::collections::HashMap<Name, Span>;

/// The first place of each name in `list`, and each later repeat as
/// `(index, index of the first)`.
fn first_seen(list: &[(Name, Span)]) -> (Names, Vec<(usize, usize)>) {
    let mut first: std::collections::HashMap<Name, (usize, Span)> = std::collections::HashMap::new();
    let mut repeats = Vec::new();
    for (i, (n, sp)) in list.iter().enumerate() {
        match first.get(n) {
            Some(&(j, _)) => repeats.push((i, j)),
            None => {
                first.insert(n.clone(), (i, *sp));
            }
        }
    }
    (first.into_iter().map(|(n, (_, sp))| (n, sp)).collect(), repeats)
}

/// The lexical names statement `s` declares in its block.
fn lexical_of(s: &Stmt, out: &mut Vec<(Name, Span)>, functions: bool) {
    match &s.kind {
        StmtKind::Var(v) if v.kind != DeclKind::Var => {
            out.extend(v.decls.iter().map(|(id, _)| (id.name.clone(), id.span)));
        }
        StmtKind::Destructure(p) if p.kind != DeclKind::Var => {
            let mut names = Vec::new();
            for (p, _) in &p.decls {
                p.names(&mut names);
            }
            out.extend(names.into_iter().map(|id| (id.name.clone(), id.span)));
        }
        StmtKind::Class(c) => out.push((c.name.name.clone(), c.name.span)),
        StmtKind::Function(f) if functions => out.push((f.name.name.clone(), f.name.span)),
        StmtKind::Labelled(..) if functions => {
            if let Some(f) = labelled_function(s) {
                out.push((f.name.name.clone(), f.name.span));
            }
        }
        _ => {}
    }
}

/// The lexical names at a function's top level: `let`, `const`, `class`
/// (its functions are var-like there).
fn top_lexical(body: &[Stmt]) -> Vec<(Name, Span)> {
    let mut out = Vec::new();
    for s in body {
        lexical_of(s, &mut out, false);
    }
    out
}

/// The function a labelled statement declares (`l: function f() {}`).
fn labelled_function(s: &Stmt) -> Option<&Rc<Function>> {
    match &s.kind {
        StmtKind::Labelled(_, body) => labelled_function(body),
        StmtKind::Function(f) => Some(f),
        _ => None,
    }
}

/// Whether the name at `at` is a function declared in `body`.
fn block_function_at(body: &[Stmt], at: Span) -> bool {
    body.iter().any(|s| labelled_function(s).is_some_and(|f| f.name.span == at))
}
