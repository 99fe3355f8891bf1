//! Labelled statements and where `break`/`continue` go.
//!
//! Every jump target is an entry of `FnCompiler::loops` (a `LoopCtx`
//! collecting the jumps to patch). Loops push theirs as before; a
//! `switch` and a labelled statement that is not a loop push one too, and
//! `SyntaxState::kinds` says which entries those are: an unlabelled
//! `break` skips labelled blocks, `continue` skips switches as well.
//! A label on a loop names the entry the loop is about to push.

use super::{CResult, FnCompiler, LoopCtx};
use crate::ast::{Ident, Name, Span, Stmt, StmtKind};

/// What a `loops` entry that is not a loop stands for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Target {
    Switch,
    /// `label: { … }` (or any labelled statement that is not a loop).
    Block,
}

#[derive(Default)]
pub(super) struct SyntaxState {
    /// `loops` indices of switches and labelled blocks.
    pub kinds: Vec<(usize, Target)>,
    /// Labels in scope and the `loops` index each names.
    pub labels: Vec<(Name, usize)>,
    /// For each optional chain being compiled, its `?.` jumps to the end.
    pub chains: Vec<Vec<usize>>,
}

impl FnCompiler<'_> {
    fn target_kind(&self, i: usize) -> Option<Target> {
        self.syntax.kinds.iter().rev().find(|(j, _)| *j == i).map(|(_, k)| *k)
    }

    /// The `loops` entry an unlabelled `break` leaves: a loop or a switch.
    pub(super) fn break_target(&self) -> Option<usize> {
        (0..self.loops.len()).rev().find(|&i| self.target_kind(i) != Some(Target::Block))
    }

    /// The `loops` entry an unlabelled `continue` continues: a loop.
    pub(super) fn continue_target(&self) -> Option<usize> {
        (0..self.loops.len()).rev().find(|&i| self.target_kind(i).is_none())
    }

    /// Pushes a jump target that is not a loop.
    pub(super) fn push_target(&mut self, kind: Target) {
        self.loops.push(LoopCtx { breaks: vec![], continues: vec![] });
        self.syntax.kinds.push((self.loops.len() - 1, kind));
    }

    /// Pops it, patching its `break`s to here.
    pub(super) fn pop_target(&mut self) {
        self.syntax.kinds.pop();
        let ctx = self.loops.pop().expect("a jump target");
        self.patch_all(ctx.breaks);
    }

    /// `label: body`.
    pub(super) fn labelled(&mut self, label: &Ident, body: &Stmt) -> CResult<()> {
        if is_loop(body) {
            // The loop (after any further labels) pushes the next entry.
            self.syntax.labels.push((label.name.clone(), self.loops.len()));
            let r = self.stmt(body);
            self.syntax.labels.pop();
            return r;
        }
        self.push_target(Target::Block);
        self.syntax.labels.push((label.name.clone(), self.loops.len() - 1));
        let r = self.stmt(body);
        self.syntax.labels.pop();
        self.pop_target();
        r
    }

    /// `break label` / `continue label` (the parser checked that the label
    /// exists and, for `continue`, names a loop).
    pub(super) fn jump_to_label(&mut self, label: &Ident, cont: bool, span: Span) -> CResult<()> {
        let Some(&(_, i)) = self.syntax.labels.iter().rev().find(|(n, _)| *n == label.name) else {
            return Err(self.err(format!("Undefined label '{}'", label.name), label.span));
        };
        // Through the finally blocks on the way, like any break/continue.
        let exit = if cont { super::exceptions::Exit::Continue(i) } else { super::exceptions::Exit::Break(i) };
        self.exit(exit, span)
    }
}

fn is_loop(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Labelled(_, body) => is_loop(body),
        StmtKind::While(..) | StmtKind::DoWhile(..) | StmtKind::For(_) | StmtKind::ForIn(_) => true,
        StmtKind::Block(b) => crate::parser::is_pattern_for(b),
        _ => false,
    }
}
