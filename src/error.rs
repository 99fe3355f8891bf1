//! Errors as values: a JavaScript error name, node's message, and where.

use std::rc::Rc;

use crate::ast::Span;
use crate::source::Source;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    TypeError,
    ReferenceError,
    RangeError,
    /// Ctrl-C in the REPL (not a JavaScript error).
    Interrupted,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::ReferenceError => "ReferenceError",
            ErrorKind::RangeError => "RangeError",
            ErrorKind::Interrupted => "Interrupted",
        }
    }

    pub fn from_name(name: &str) -> Option<ErrorKind> {
        Some(match name {
            "SyntaxError" => ErrorKind::SyntaxError,
            "TypeError" => ErrorKind::TypeError,
            "ReferenceError" => ErrorKind::ReferenceError,
            "RangeError" => ErrorKind::RangeError,
            _ => return None,
        })
    }
}

#[derive(Clone)]
pub struct JsError {
    pub kind: ErrorKind,
    pub message: String,
    pub at: Option<(Rc<Source>, Span)>,
}

impl std::fmt::Debug for JsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl JsError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> JsError {
        JsError { kind, message: message.into(), at: None }
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
        format!("{}: {}", self.kind.name(), self.message)
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
            _ => format!("Uncaught {}\n{}", self.headline(), self.snippet()),
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
