//! Errors, two ways.
//!
//! Inside the VM a thrown error is a JavaScript value: an `Error` heap
//! object (`ErrorObj`) for the errors the runtime raises. Every operation
//! that can throw returns `JsResult<T>`, whose error is the zero-sized
//! marker `Thrown`: the value itself waits in the VM's exception slot
//! (`Vm::throw_error`, `Vm::take_exception`), where the collector sees it.
//!
//! At the boundary (an uncaught error printed by the CLI or the REPL, and
//! syntax errors, which never become values) the report type is `JsError`:
//! a name, node's message and a location, made from the thrown value by
//! `Vm::take_report`.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::ast::Span;
use crate::source::Source;
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum ErrorKind {
    SyntaxError,
    TypeError,
    ReferenceError,
    RangeError,
    /// Ctrl-C in the REPL (not a JavaScript error).
    Interrupted,
    Error,
    EvalError,
    URIError,
}

/// How many kinds there are (the realm has a prototype per kind).
pub const ERROR_KINDS: usize = 8;

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::Interrupted => "Interrupted",
            ErrorKind::Error => "Error",
            ErrorKind::EvalError => "EvalError",
            ErrorKind::URIError => "URIError",
        }
    }
}

/// "An exception is pending": the error side of `JsResult`. Only the VM
/// makes one (`Vm::throw_error`, `Vm::throw_value`, `Vm::rethrow`), when it
/// has stored the thrown value in its exception slot, so holding a `Thrown`
/// means the value is there and rooted. It carries no value itself: a value
/// in a Rust `Result` travelling up through frames would be invisible to
/// the collector, and compiled code signals the same state with the
/// EXCEPTION word, so both tiers agree on where a thrown value lives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[must_use]
pub struct Thrown(());

impl Thrown {
    /// Only for the VM, right after it stored the thrown value.
    pub(crate) fn pending() -> Thrown {
        Thrown(())
    }
}

/// The result of anything that can throw (or, later, call user code).
pub type JsResult<T> = Result<T, Thrown>;

/// An `Error` object: what the runtime throws for a TypeError,
/// ReferenceError, RangeError (and an interrupt). Lives on the heap
/// (`ObjKind::Error`); the collector traces `message`.
pub struct ErrorObj {
    pub kind: ErrorKind,
    /// A string value.
    pub message: Value,
    /// Where it was raised: set once, by the first instruction the error
    /// leaves (`Vm::locate_exception`). Boxed so that an error object is
    /// no bigger than a string's heap slot (every slot is as big as the
    /// biggest object kind).
    pub at: OnceCell<Box<(Rc<Source>, Span)>>,
}

impl ErrorObj {
    pub fn new(kind: ErrorKind, message: Value) -> ErrorObj {
        ErrorObj { kind, message, at: OnceCell::new() }
    }

    /// The report for the CLI and the REPL.
    pub fn report(&self) -> JsError {
        JsError {
            kind: self.kind,
            message: crate::format::lossy(self.message).into_owned(),
            at: self.at.get().map(|at| (**at).clone()),
            headline: None,
            details: None,
        }
    }
}

#[derive(Clone)]
pub struct JsError {
    pub kind: ErrorKind,
    pub message: String,
    pub at: Option<(Rc<Source>, Span)>,
    /// The headline when it is not `kind: message`: an error object of
    /// another name (`MyError: m`), or a thrown non-error as node's REPL
    /// shows it (`'text'`, `{ code: 3 }`), printed after "Uncaught ".
    pub headline: Option<String>,
    /// What node prints after an error's stack: its own properties,
    /// `[cause]` and `[errors]` as a block (`{\n  code: 'E1'\n}`), shown
    /// under the place it was thrown.
    pub details: Option<String>,
}

impl std::fmt::Debug for JsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl JsError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> JsError {
        JsError { kind, message: message.into(), at: None, headline: None, details: None }
    }

    pub fn at(mut self, source: &Rc<Source>, span: Span) -> JsError {
        if self.at.is_none() {
            self.at = Some((source.clone(), span));
        }
        self
    }

    pub fn syntax(message: impl Into<String>, source: &Rc<Source>, span: Span) -> JsError {
        JsError::new(ErrorKind::SyntaxError, message).at(source, span)
    }

    /// `Name: message`, as node prints it on the last line of an uncaught error.
    pub fn headline(&self) -> String {
        match &self.headline {
            Some(h) => h.clone(),
            None => format!("{}: {}", self.kind.name(), self.message),
        }
    }

    /// `file:line:col`, when the error has a location.
    pub fn location(&self) -> Option<String> {
        self.at.as_ref().map(|(src, span)| {
            let (line, col) = src.line_col(span.start as usize);
            format!("{}:{}:{}", src.name, line, col)
        })
    }

    /// The full report for stderr: the headline, the location, the source
    /// line with a caret under the offending code. Uncaught run-time errors
    /// start with "Uncaught", as in node's REPL.
    pub fn render(&self, color: bool) -> String {
        match &self.at {
            Some((src, span)) if self.kind == ErrorKind::SyntaxError => {
                crate::diagnostic::render(src, *span, self.kind.name(), &self.message, color)
            }
            _ => format!("Uncaught {}\n{}{}", self.headline(), self.snippet(), self.details_text()),
        }
    }

    /// The details block as lines for the end of a report (empty without).
    pub fn details_text(&self) -> String {
        match &self.details {
            Some(d) => format!("{d}\n"),
            None => String::new(),
        }
    }

    /// Where the error happened, as the lines under the headline: the
    /// location, then the source line with a caret under the offending
    /// code (empty without a location). The REPL prints it under its own
    /// headline.
    pub fn snippet(&self) -> String {
        match &self.at {
            Some((src, span)) => crate::diagnostic::snippet(src, *span),
            None => String::new(),
        }
    }
}
