//! `throw` and `try`/`catch`/`finally`: exception-table entries, and
//! JavaScript's completion rules for `finally`.
//!
//! A `try` statement is laid out as
//!
//! ```text
//!   try block                 handler [try block) -> catch pad, or -> throw pad without catch
//!   kind <- NORMAL; jump finally (or past the catch without finally)
//! catch pad:                  the thrown value arrives in `exc`
//!   bind the parameter; catch block     handler [catch) -> throw pad (with finally)
//!   kind <- NORMAL; jump finally
//! throw pad:                  the thrown value arrives in `val`, its place in `val + 1`
//!   kind <- THROW
//! finally:
//!   finally block
//!   dispatch on kind: THROW -> rethrow val (from its place); RETURN -> return val;
//!   BREAK/CONTINUE -> leave again; NORMAL -> fall through
//! ```
//!
//! The finally block is compiled once. Every way out of the try or catch
//! block (a `return`, a `break` or `continue` to a loop outside the
//! statement, a throw) records a completion kind in a register and jumps to
//! it; after it, the dispatch finishes what was interrupted, which may
//! cross the next enclosing `finally` the same way. A `return`, `break` or
//! `continue` inside the finally block itself is compiled as usual: it
//! leaves, and the pending completion (even a throw) is forgotten, which is
//! JavaScript's "a finally that returns overrides".

use super::*;
use crate::bytecode::Handler;

/// Completion kinds, stored as Smis in a `try` statement's kind register.
const NORMAL: i32 = 0;
const THROW: i32 = 1;
const RETURN: i32 = 2;
/// `break` to `loops[i]` is `BREAK + 2 * i`, `continue` to it `CONTINUE + 2 * i`
/// (labels make the target any enclosing loop or block).
const BREAK: i32 = 3;
const CONTINUE: i32 = 4;

/// A way out of a statement that `finally` blocks on the way must see.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Exit {
    /// To the `loops` entry of this index.
    Break(usize),
    Continue(usize),
    /// `return` of the value in the register.
    Return(Reg),
}

/// A `try` statement with a `finally` block whose try or catch block is
/// being compiled.
struct Finally {
    /// `loops.len()` when the statement started: a `break`/`continue`
    /// crosses this finally when its loop is outside (index below this).
    loops_at: usize,
    /// The completion kind (a Smi) and the value (returned or thrown).
    kind: Reg,
    val: Reg,
    /// Jumps to the finally block still to be patched.
    jumps: Vec<usize>,
    /// Which kinds of exit reached it (so the dispatch tests only those).
    exits: Vec<i32>,
}

/// The exception state of one function being compiled.
#[derive(Default)]
pub(super) struct ExcState {
    finallies: Vec<Finally>,
    /// The exception table, innermost first (a nested statement's entries
    /// are pushed before its enclosing one's).
    pub(super) handlers: Vec<Handler>,
    /// The `for...of` loops being compiled (`compiler/iteration.rs`).
    pub(super) closers: Vec<super::iteration::Closer>,
}

impl ExcState {
    pub(super) fn finallies_len(&self) -> usize {
        self.finallies.len()
    }
}

impl FnCompiler<'_> {
    /// `throw e`.
    pub(super) fn throw_stmt(&mut self, e: &Expr, span: Span) -> CResult<()> {
        let r = self.expr(e)?;
        self.emit(Op::ThrowValue { src: r }, span);
        Ok(())
    }

    /// Leaves through `exit`, running the finally blocks it crosses first.
    pub(super) fn exit(&mut self, exit: Exit, span: Span) -> CResult<()> {
        self.close_crossed(exit, span);
        let crosses = match (exit, self.exc.finallies.last()) {
            (_, None) => false,
            (Exit::Return(_), Some(_)) => true,
            (Exit::Break(i) | Exit::Continue(i), Some(f)) => i < f.loops_at,
        };
        if !crosses {
            match exit {
                Exit::Return(src) => self.return_value(src, span),
                Exit::Break(i) => {
                    let j = self.emit(Op::Jump { target: 0 }, span);
                    self.loops[i].breaks.push(j);
                }
                Exit::Continue(i) => {
                    let j = self.emit(Op::Jump { target: 0 }, span);
                    self.loops[i].continues.push(j);
                }
            }
            return Ok(());
        }
        let f = self.exc.finallies.last().expect("a finally");
        let (kind_reg, val) = (f.kind, f.val);
        let kind = match exit {
            Exit::Return(src) => {
                if src != val {
                    self.emit(Op::Mov { dst: val, src }, span);
                }
                RETURN
            }
            Exit::Break(i) => BREAK + 2 * i as i32,
            Exit::Continue(i) => CONTINUE + 2 * i as i32,
        };
        self.set_kind(kind_reg, kind, span);
        let j = self.emit(Op::Jump { target: 0 }, span);
        let f = self.exc.finallies.last_mut().expect("a finally");
        f.jumps.push(j);
        if !f.exits.contains(&kind) {
            f.exits.push(kind);
        }
        Ok(())
    }

    fn set_kind(&mut self, reg: Reg, kind: i32, span: Span) {
        let k = self.constant(Value::smi(kind));
        self.emit(Op::LoadConst { dst: reg, k }, span);
    }

    /// The one place a catch parameter is bound: `exc` holds the caught
    /// value; the parameter becomes a `let` of the catch block's scope
    /// (which the caller has pushed). Destructuring patterns go here.
    fn bind_catch_param(&mut self, param: &Option<Ident>, exc: Reg) -> CResult<()> {
        if let Some(id) = param {
            let reg = self.alloc_reg(id.span)?;
            self.emit(Op::Mov { dst: reg, src: exc }, id.span);
            self.scopes.last_mut().expect("scope").bindings.push(Binding::new(
                id.name.clone(),
                reg,
                BindKind::Let,
                true,
            ));
            // A closure in the catch block may capture the parameter.
            self.enter_scope_context(id.span, true)?;
            let si = self.scopes.len() - 1;
            self.store_if_captured(si, &id.name, reg, id.span)?;
        }
        Ok(())
    }

    /// A `try` statement (see the module comment for its layout).
    pub(super) fn try_stmt(&mut self, t: &TryStmt, span: Span) -> CResult<()> {
        let exc = self.alloc_reg(span)?;
        let fin = match &t.finally {
            Some(_) => {
                let kind = self.alloc_reg(span)?;
                let val = self.alloc_reg(span)?;
                // The thrown value's place, next to it (`Handler::keeps_place`).
                self.alloc_reg(span)?;
                self.exc.finallies.push(Finally {
                    loops_at: self.loops.len(),
                    kind,
                    val,
                    jumps: Vec::new(),
                    exits: Vec::new(),
                });
                Some((kind, val))
            }
            None => None,
        };

        // The try block.
        let start = self.here();
        self.block_body(&t.block, Body::Block)?;
        let end = self.here();
        if let Some((kind, _)) = fin {
            self.set_kind(kind, NORMAL, span);
        }
        let over_catch = self.emit(Op::Jump { target: 0 }, span);
        let mut to_finally = vec![over_catch];

        // The catch block.
        let mut catch_range = None;
        if let Some(c) = &t.catch {
            let pad = self.here();
            self.exc.handlers.push(Handler { start, end, target: pad, depth: exc, keeps_place: false });
            let saved_next = self.next_reg;
            self.scopes.push(Scope::default());
            self.bind_catch_param(&c.param, exc)?;
            if let Some(p) = &c.pattern {
                self.declare_loop_pattern(p, DeclKind::Let)?;
                self.enter_scope_context(c.span, true)?;
                let mark = self.next_reg;
                // V8 names the caught value `.catch` in an object
                // pattern's messages; an array pattern describes it.
                let origin = match p {
                    crate::ast::Pattern::Array { .. } => super::patterns::Origin::Value,
                    _ => {
                        self.pattern_init_text = Some(".catch".into());
                        super::patterns::Origin::Declaration(".catch".into(), c.span)
                    }
                };
                self.bind_pattern(p, exc, super::patterns::Bind::Declare(DeclKind::Let), origin)?;
                self.next_reg = mark;
            }
            self.block_body(&c.body, Body::Block)?;
            self.scopes.pop();
            self.next_reg = saved_next;
            catch_range = Some((pad, self.here()));
            if let Some((kind, _)) = fin {
                self.set_kind(kind, NORMAL, c.span);
                to_finally.push(self.emit(Op::Jump { target: 0 }, c.span));
            }
        }

        let Some((kind, val)) = fin else {
            self.patch_all(to_finally);
            return Ok(());
        };
        // The throw pad: an exception from the try block (without a catch)
        // or from the catch block runs the finally block, then goes on.
        let pad = self.here();
        let (s, e) = catch_range.unwrap_or((start, end));
        self.exc.handlers.push(Handler { start: s, end: e, target: pad, depth: val, keeps_place: true });
        self.set_kind(kind, THROW, span);
        let f = self.exc.finallies.pop().expect("this finally");
        self.patch_all(to_finally);
        self.patch_all(f.jumps);

        let body = t.finally.as_deref().unwrap_or(&[]);
        self.block_body(body, Body::Block)?;

        // The dispatch: finish what the finally block interrupted.
        let mut kinds = vec![THROW];
        kinds.extend(f.exits);
        let probe = self.alloc_temp(span)?;
        for k in kinds {
            self.set_kind(probe, k, span);
            let skip = self.emit(Op::JumpIfNotStrictEq { a: kind, b: probe, target: 0 }, span);
            match k {
                THROW => {
                    self.emit(Op::Rethrow { src: val }, span);
                }
                RETURN => self.exit(Exit::Return(val), span)?,
                _ if (k - BREAK) % 2 == 0 => self.exit(Exit::Break(((k - BREAK) / 2) as usize), span)?,
                _ => self.exit(Exit::Continue(((k - CONTINUE) / 2) as usize), span)?,
            }
            let t = self.here();
            self.patch(skip, t);
        }
        Ok(())
    }
}
