//! The line editor's helper (rustyline): when an entry is complete (asked
//! of the real parser), syntax highlighting from the logos lexer, completion
//! of keywords, globals and meta-commands, and hints.

use std::borrow::Cow;
use std::rc::Rc;

use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Helper};

use super::commands::COMMANDS;
use crate::error::ErrorKind;
use crate::lexer::{Lexer, Tok};
use crate::source::Source;

/// Whether an entry can run as it is, or needs more lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Completeness {
    /// It parses, or it has an error more input cannot fix (that error is
    /// reported when it runs).
    Complete,
    /// The parser reached the end of input in the middle of a statement,
    /// a bracket or a block comment.
    Incomplete,
}

/// Asks the parser whether `text` is a whole entry.
pub fn completeness(text: &str) -> Completeness {
    let source = Rc::new(Source::new("", text));
    match crate::parser::parse(&source) {
        Err(e) if e.kind == ErrorKind::SyntaxError => {
            let at = e.at.as_ref().map(|(_, span)| *span);
            let at_end = at.is_some_and(|s| s.start as usize == text.len());
            let open_comment = at.is_some_and(|s| {
                s.end as usize == text.len() && text.get(s.start as usize..).is_some_and(|t| t.starts_with("/*"))
            });
            // A template literal may span lines: an open one continues.
            let open_template =
                e.message == "Unterminated template literal" && at.is_some_and(|s| s.end as usize == text.len());
            if (at_end && e.message == "Unexpected end of input") || open_comment || open_template {
                Completeness::Incomplete
            } else {
                Completeness::Complete
            }
        }
        _ => Completeness::Complete,
    }
}

/// Words completed anywhere in code.
const KEYWORDS: &[&str] = &[
    "break",
    "console",
    "const",
    "continue",
    "do",
    "else",
    "false",
    "for",
    "function",
    "if",
    "let",
    "null",
    "return",
    "true",
    "typeof",
    "undefined",
    "var",
    "while",
];

/// `:set` options and their values (shared with `commands`).
pub const SET_OPTIONS: &[(&str, &[&str])] = &[
    ("jit", &["off", "on", "eager"]),
    ("threshold", &[]),
    ("smi-fast-paths", &["on", "off"]),
    ("call-patching", &["on", "off"]),
    ("fall-through", &["on", "off"]),
    ("osr", &["on", "off"]),
    ("inline-caches", &["on", "off"]),
    ("double-fast-paths", &["on", "off"]),
    ("inline-math", &["on", "off"]),
    ("inline-alloc", &["on", "off"]),
    ("reuse-doubles", &["on", "off"]),
    ("const-operands", &["on", "off"]),
    ("print-bytecode", &["on", "off"]),
];

mod style {
    pub const KEYWORD: &str = "\x1b[35m";
    pub const LITERAL: &str = "\x1b[33m";
    pub const STRING: &str = "\x1b[32m";
    pub const FUNCTION: &str = "\x1b[36m";
    pub const COMMENT: &str = "\x1b[90m";
    pub const ERROR: &str = "\x1b[31m";
    pub const COMMAND: &str = "\x1b[1;34m";
    pub const DIM: &str = "\x1b[2m";
    pub const RESET: &str = "\x1b[0m";
}

/// The rustyline helper. The REPL refreshes `globals`/`functions` after
/// each entry and sets `pending` to the lines of an unfinished entry.
pub struct StitchHelper {
    pub color: bool,
    /// Declared global names, sorted.
    pub globals: Vec<String>,
    /// Globals that hold a function (highlighted, offered to `:asm`).
    pub functions: Vec<String>,
    /// Earlier lines of the entry being typed (after a `... ` prompt).
    pub pending: String,
    files: FilenameCompleter,
}

impl StitchHelper {
    pub fn new(color: bool) -> StitchHelper {
        StitchHelper {
            color,
            globals: Vec::new(),
            functions: Vec::new(),
            pending: String::new(),
            files: FilenameCompleter::new(),
        }
    }

    /// Code words that start with `prefix`: keywords, then globals.
    fn words(&self, prefix: &str) -> Vec<String> {
        let mut out: Vec<String> = KEYWORDS
            .iter()
            .map(|s| s.to_string())
            .chain(self.globals.iter().cloned())
            .filter(|w| w.starts_with(prefix))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Completions for a meta-command line: `(start, candidates)`.
    fn complete_command(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let upto = &line[..pos];
        let Some(space) = upto.find(' ') else {
            // The command name itself.
            let names = COMMANDS.iter().map(|c| format!(":{}", c.name)).filter(|n| n.starts_with(upto)).collect();
            return (0, names);
        };
        let cmd = &upto[1..space];
        let args = &upto[space + 1..];
        let word_start = upto.rfind(' ').map_or(0, |i| i + 1);
        let word = &upto[word_start..];
        let pick = |list: Vec<String>| list.into_iter().filter(|w| w.starts_with(word)).collect::<Vec<_>>();
        let list = match cmd {
            "asm" | "bytecode" => pick(self.functions.clone()),
            "stencils" => pick(crate::jit::stencils::ALL.iter().map(|s| s.name.to_string()).collect()),
            "trace" => pick(vec!["on".into(), "off".into()]),
            "set" => match args.split(' ').collect::<Vec<_>>().as_slice() {
                [_] => pick(SET_OPTIONS.iter().map(|(n, _)| n.to_string()).collect()),
                [opt, _] => pick(
                    SET_OPTIONS
                        .iter()
                        .find(|(n, _)| n == opt)
                        .map(|(_, vals)| vals.iter().map(|v| v.to_string()).collect())
                        .unwrap_or_default(),
                ),
                _ => Vec::new(),
            },
            "time" => return self.complete_code(line, pos),
            _ => Vec::new(),
        };
        (word_start, list)
    }

    /// Completions for code: the identifier before the cursor.
    fn complete_code(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let upto = &line[..pos];
        let start = upto
            .rfind(|c: char| !is_ident_char(c))
            .map_or(0, |i| i + upto[i..].chars().next().map_or(1, char::len_utf8));
        let word = &upto[start..];
        if upto[..start].ends_with("console.") {
            return (start, if "log".starts_with(word) { vec!["log".to_string()] } else { Vec::new() });
        }
        if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) || upto[..start].ends_with('.') {
            return (start, Vec::new());
        }
        (start, self.words(word))
    }

    fn paint(&self, out: &mut String, style: &str, text: &str) {
        out.push_str(style);
        out.push_str(text);
        out.push_str(style::RESET);
    }

    fn highlight_code(&self, line: &str) -> String {
        let mut out = String::with_capacity(line.len() * 2);
        let mut at = 0;
        let gap = |out: &mut String, this: &Self, text: &str| {
            // Between tokens: whitespace and comments.
            if text.trim().is_empty() {
                out.push_str(text);
            } else {
                this.paint(out, style::COMMENT, text);
            }
        };
        for item in Lexer::new(line) {
            let (start, end, style) = match item {
                Ok((start, tok, end)) => (start, end, token_style(&tok, &line[start..end], self)),
                Err(e) => (e.span.start as usize, e.span.end as usize, Some(style::ERROR)),
            };
            if start < at || end > line.len() || start > end {
                continue;
            }
            gap(&mut out, self, &line[at..start]);
            match style {
                Some(s) => self.paint(&mut out, s, &line[start..end]),
                None => out.push_str(&line[start..end]),
            }
            at = end;
        }
        gap(&mut out, self, &line[at..]);
        out
    }
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

fn token_style(tok: &Tok, text: &str, helper: &StitchHelper) -> Option<&'static str> {
    use Tok::*;
    match tok {
        Var | Let | Const | Function | Return | If | Else | While | Do | For | Break | Continue | Typeof | New
        | This | Delete | Void | In | Instanceof | Switch | Case | Default => Some(style::KEYWORD),
        True | False | Null | Num(_) => Some(style::LITERAL),
        Str(_) | TemplateFull(_) | TemplateHead(_) | TemplateMiddle(_) | TemplateTail(_) => Some(style::STRING),
        Reserved(_) | Unsupported(_) => Some(style::ERROR),
        Ident(_) if text == "undefined" => Some(style::LITERAL),
        Ident(_) if helper.functions.iter().any(|f| f == text) => Some(style::FUNCTION),
        _ => None,
    }
}

impl Completer for StitchHelper {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        if self.pending.is_empty() && line.starts_with(":load ") {
            return self.files.complete(line, pos, ctx);
        }
        let (start, words) = if self.pending.is_empty() && line.starts_with(':') {
            self.complete_command(line, pos)
        } else {
            self.complete_code(line, pos)
        };
        Ok((start, words.into_iter().map(|w| Pair { display: w.clone(), replacement: w }).collect()))
    }
}

impl Hinter for StitchHelper {
    type Hint = String;

    /// At the end of the line: the rest of a meta-command and its
    /// arguments, or the rest of the one global that completes the
    /// identifier being typed (keywords complete with Tab, unhinted).
    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<String> {
        if pos < line.len() || line.is_empty() {
            return None;
        }
        if self.pending.is_empty() && line.starts_with(':') {
            let typed = &line[1..];
            if let Some(name) = typed.strip_suffix(' ') {
                let c = COMMANDS.iter().find(|c| c.name == name && !c.args.is_empty())?;
                return Some(c.args.to_string());
            }
            if typed.contains(' ') {
                return None;
            }
            let mut matches = COMMANDS.iter().filter(|c| c.name.starts_with(typed));
            let c = matches.next()?;
            if matches.next().is_some() {
                return None;
            }
            let rest = &c.name[typed.len()..];
            return Some(if c.args.is_empty() { rest.to_string() } else { format!("{} {}", rest, c.args) });
        }
        let (start, words) = self.complete_code(line, pos);
        let word = &line[start..pos];
        match words.as_slice() {
            [only] if only.len() > word.len() && self.globals.contains(only) => Some(only[word.len()..].to_string()),
            _ => None,
        }
    }
}

impl Highlighter for StitchHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        if self.pending.is_empty() && line.starts_with(':') {
            let end = line.find(' ').unwrap_or(line.len());
            let mut out = String::new();
            self.paint(&mut out, style::COMMAND, &line[..end]);
            let rest = &line[end..];
            if line.starts_with(":time ") {
                out.push_str(&self.highlight_code(rest));
            } else {
                out.push_str(rest);
            }
            return Cow::Owned(out);
        }
        Cow::Owned(self.highlight_code(line))
    }

    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(&'s self, prompt: &'p str, _default: bool) -> Cow<'b, str> {
        if self.color {
            Cow::Owned(format!("{}{}{}", style::DIM, prompt, style::RESET))
        } else {
            Cow::Borrowed(prompt)
        }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(format!("{}{}{}", style::DIM, hint, style::RESET))
        } else {
            Cow::Borrowed(hint)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.color && kind != CmdKind::MoveCursor
    }
}

impl Validator for StitchHelper {
    /// Enter on one typed line always hands it to the REPL, which shows a
    /// `... ` prompt while the parser says the entry is unfinished (node's
    /// way). A buffer that already spans lines (pasted, or a multi-line
    /// entry recalled from history) is edited as a block: Enter adds a line
    /// while the parser says it is unfinished.
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        let input = ctx.input();
        if !input.contains('\n') || (self.pending.is_empty() && input.starts_with(':')) {
            return Ok(ValidationResult::Valid(None));
        }
        let text = if self.pending.is_empty() { input.to_string() } else { format!("{}\n{}", self.pending, input) };
        Ok(match completeness(&text) {
            Completeness::Incomplete => ValidationResult::Incomplete,
            Completeness::Complete => ValidationResult::Valid(None),
        })
    }
}

impl Helper for StitchHelper {}

#[cfg(test)]
mod tests {
    use super::{completeness, Completeness::*, StitchHelper};

    #[test]
    fn the_parser_decides_when_an_entry_is_complete() {
        assert_eq!(completeness("1 + 2"), Complete);
        assert_eq!(completeness("function f(n) {"), Incomplete);
        assert_eq!(completeness("function f(n) {\n  return n"), Incomplete);
        assert_eq!(completeness("function f(n) {\n  return n\n}"), Complete);
        assert_eq!(completeness("let x ="), Incomplete);
        assert_eq!(completeness("if (x)"), Incomplete);
        assert_eq!(completeness("foo(1,"), Incomplete);
        assert_eq!(completeness("/* a comment"), Incomplete);
        // Errors more input cannot fix run (and are reported) at once.
        assert_eq!(completeness("let = 3"), Complete);
        assert_eq!(completeness("'abc"), Complete);
        assert_eq!(completeness("1 +* 2"), Complete);
        assert_eq!(completeness(")"), Complete);
        // Bracket counting alone would get these wrong.
        assert_eq!(completeness("'{'"), Complete);
        assert_eq!(completeness("x = 1 +"), Incomplete);
        // Object and array literals, function expressions.
        assert_eq!(completeness("let o = {"), Incomplete);
        assert_eq!(completeness("let o = {\n  a: 1,"), Incomplete);
        assert_eq!(completeness("let o = {\n  a: 1,\n}"), Complete);
        assert_eq!(completeness("let a = ["), Incomplete);
        assert_eq!(completeness("let a = [1,\n2"), Incomplete);
        assert_eq!(completeness("let a = [1, 2]"), Complete);
        assert_eq!(completeness("o.m({"), Incomplete);
        assert_eq!(completeness("x = {m() {"), Incomplete);
        assert_eq!(completeness("f(function () {"), Incomplete);
        assert_eq!(completeness("for (const k in o) {"), Incomplete);
        assert_eq!(completeness("{"), Incomplete);
        assert_eq!(completeness("x = {a b}"), Complete);
    }

    #[test]
    fn hints_and_completions() {
        use rustyline::hint::Hinter;
        let mut h = StitchHelper::new(false);
        h.globals = vec!["fib".into(), "total".into()];
        h.functions = vec!["fib".into()];
        let history = rustyline::history::MemHistory::new();
        let ctx = rustyline::Context::new(&history);
        assert_eq!(h.hint("fi", 2, &ctx).as_deref(), Some("b"));
        assert_eq!(h.hint("f", 1, &ctx), None);
        assert_eq!(h.hint("n", 1, &ctx), None);
        assert_eq!(h.hint("to", 2, &ctx).as_deref(), Some("tal"));
        assert_eq!(h.hint(":as", 3, &ctx).as_deref(), Some("m NAME"));
        assert_eq!(h.hint(":asm ", 5, &ctx).as_deref(), Some("NAME"));
        assert_eq!(h.complete_code("console.l", 9), (8, vec!["log".to_string()]));
        assert_eq!(h.complete_command(":asm f", 6), (5, vec!["fib".to_string()]));
        assert_eq!(h.complete_command(":set j", 6), (5, vec!["jit".to_string()]));
        assert_eq!(h.complete_command(":set jit e", 10), (9, vec!["eager".to_string()]));
        assert_eq!(h.complete_command(":st", 3).1, vec![":stencils".to_string(), ":stats".to_string()]);
    }
}
