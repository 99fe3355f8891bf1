//! The lexer: a logos token enum, hand-written scanners for numbers and
//! strings, and [`Tokens`], the adaptor that feeds lalrpop. `Tokens` also
//! performs automatic semicolon insertion (see its docs).

use std::rc::Rc;

use logos::{Logos, Skip};

use crate::ast::Span;

/// A lexical (or early) syntax error: node's message and where.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub message: String,
    pub span: Span,
}

impl Default for LexError {
    fn default() -> LexError {
        LexError { message: INVALID.to_string(), span: Span::default() }
    }
}

impl LexError {
    pub fn new(message: impl Into<String>, start: usize, end: usize) -> LexError {
        LexError { message: message.into(), span: Span::new(start, end) }
    }

    fn from_lexer(lex: &mut logos::Lexer<'_, Tok>) -> LexError {
        let span = lex.span();
        LexError::new(INVALID, span.start, span.end)
    }
}

/// The text of a reserved word or unsupported punctuator. (An alias, so that
/// logos' derive leaves its lifetime alone.)
pub type Word = &'static str;

pub const INVALID: &str = "Invalid or unexpected token";

/// Identifiers seen so far: every occurrence of a name shares one string
/// (a big program names the same few variables millions of times).
/// With them, the legacy octal literals and escapes lexed (which only
/// strict code rejects, see [`SloppyOnly`]).
#[derive(Default)]
pub struct Names {
    names: std::collections::HashSet<Rc<str>>,
    legacy: Vec<SloppyOnly>,
}

impl Names {
    fn intern(&mut self, name: &str) -> Rc<str> {
        if let Some(n) = self.names.get(name) {
            return n.clone();
        }
        let n: Rc<str> = Rc::from(name);
        self.names.insert(n.clone());
        n
    }
}

// ANCHOR: tok_attributes
#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(extras = Names)]
#[logos(error(LexError, LexError::from_lexer))]
#[logos(skip r"[ \t\n\r\u{000B}\u{000C}\u{00A0}\u{FEFF}\u{1680}\u{2000}-\u{200A}\u{2028}\u{2029}\u{202F}\u{205F}\u{3000}]+")]
#[logos(skip(r"//[^\n\r\u{2028}\u{2029}]*"))]
#[logos(skip(r"/\*", block_comment))]
#[logos(skip(r"#![^\n\r\u{2028}\u{2029}]*", hashbang))]
pub enum Tok {
    // ANCHOR_END: tok_attributes
    // Punctuators.
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(";")]
    Semi,
    #[token(",")]
    Comma,
    #[token(".")]
    Dot,
    #[token("?")]
    Question,
    #[token(":")]
    Colon,
    #[token("=")]
    Assign,
    #[token("+=")]
    PlusAssign,
    #[token("-=")]
    MinusAssign,
    #[token("*=")]
    StarAssign,
    #[token("/=")]
    SlashAssign,
    #[token("%=")]
    PercentAssign,
    #[token("**=")]
    StarStarAssign,
    #[token("&=")]
    AmpAssign,
    #[token("|=")]
    PipeAssign,
    #[token("^=")]
    CaretAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token(">>>=")]
    UShrAssign,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("**")]
    StarStar,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("!")]
    Bang,
    #[token("~")]
    Tilde,
    #[token("&")]
    Amp,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,
    #[token(">>>")]
    UShr,
    #[token("&&")]
    AmpAmp,
    #[token("||")]
    PipePipe,
    #[token("??")]
    QuestionQuestion,
    #[token("<")]
    Lt,
    // ANCHOR: tok_le
    #[token("<=")]
    Le,
    // ANCHOR_END: tok_le
    #[token(">")]
    Gt,
    #[token(">=")]
    Ge,
    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("===")]
    EqEqEq,
    #[token("!==")]
    NotEqEq,

    // Keywords.
    #[token("var")]
    Var,
    // ANCHOR: tok_let
    #[token("let")]
    Let,
    // ANCHOR_END: tok_let
    #[token("const")]
    Const,
    #[token("function")]
    Function,
    #[token("return")]
    Return,
    #[token("if")]
    If,
    #[token("else")]
    Else,
    #[token("while")]
    While,
    #[token("do")]
    Do,
    #[token("for")]
    For,
    #[token("break")]
    Break,
    #[token("continue")]
    Continue,
    #[token("true")]
    True,
    #[token("false")]
    False,
    #[token("null")]
    Null,
    #[token("typeof")]
    Typeof,
    #[token("new")]
    New,
    #[token("this")]
    This,
    #[token("delete")]
    Delete,
    #[token("void")]
    Void,
    #[token("in")]
    In,
    #[token("instanceof")]
    Instanceof,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("...")]
    Ellipsis,
    #[token("=>")]
    Arrow,
    #[token("switch")]
    Switch,
    #[token("case")]
    Case,
    #[token("default")]
    Default,
    /// `?.` (the lexer wrapper splits `?.5` back into `?` and `.5`).
    #[token("?.")]
    OptChain,
    #[token("&&=")]
    AmpAmpAssign,
    #[token("||=")]
    PipePipeAssign,
    #[token("??=")]
    QuestionQuestionAssign,
    /// A template's opening backquote: [`Lexer`] scans the template's text
    /// itself and hands out one of the four template tokens instead.
    #[token("`")]
    Backtick,
    /// `` `text` `` (no substitutions).
    TemplateFull(Rc<TplPart>),
    /// `` `text${ ``
    TemplateHead(Rc<TplPart>),
    /// `}text${`
    TemplateMiddle(Rc<TplPart>),
    /// `` }text` ``
    TemplateTail(Rc<TplPart>),
    /// `/pattern/flags`: [`Lexer`] scans it where a `/` cannot be a
    /// division (see `Lexer::regex_ok`) and checks it (an early error).
    Regex(Rc<RegexLit>),
    /// `10n`, `0xffn`: [`Lexer`] turns a number token followed by the
    /// suffix `n` into this one; the text is the value in decimal.
    BigInt(Rc<str>),
    #[token("throw")]
    Throw,
    #[token("try")]
    Try,
    #[token("catch")]
    Catch,
    #[token("finally")]
    Finally,

    // Contextual tokens: the lexer never makes these; [`Tokens`] turns a
    // `{`, `function` or `of` into one where the grammar needs to know which
    // it is (what JavaScript's grammar decides with lookahead restrictions).
    /// A `{` where an expression starts: an object literal, not a block.
    ObjectOpen,
    /// A `function` where an expression starts: a function expression.
    FunctionExpr,
    /// The `of` of a `for (... of ...)` head.
    Of,
    /// A name followed by `=>`: an arrow function's single parameter.
    ArrowIdent(Rc<str>),
    /// A `(` whose matching `)` is followed by `=>`: an arrow's parameters.
    ArrowParen,

    /// A keyword of JavaScript that stitch does not support. The parser
    /// never accepts it (except as a property name after `.`), so it turns
    /// into a "stitch does not support ..." error.
    #[token("class", |_| "class")]
    #[token("extends", |_| "extends")]
    #[token("with", |_| "with")]
    #[token("yield", |_| "yield")]
    #[token("async", |_| "async")]
    #[token("await", |_| "await")]
    #[token("import", |_| "import")]
    #[token("export", |_| "export")]
    #[token("super", |_| "super")]
    #[token("debugger", |_| "debugger")]
    #[token("enum", |_| "enum")]
    Reserved(Word),

    /// A punctuator of JavaScript that stitch does not support (none
    /// today: kept for the parser's "stitch does not support" message).
    Unsupported(Word),

    // ANCHOR: tok_ident
    #[regex(r"[A-Za-z_$\p{ID_Start}][A-Za-z0-9_$\p{ID_Continue}\u{200C}\u{200D}]*", |lex| lex.extras.intern(lex.slice()))]
    Ident(Rc<str>),
    // ANCHOR_END: tok_ident
    /// A private name, `#x` (class members): the text includes the `#`.
    #[regex(r"#[A-Za-z_$\p{ID_Start}][A-Za-z0-9_$\p{ID_Continue}\u{200C}\u{200D}]*", |lex| lex.extras.intern(lex.slice()))]
    PrivateName(Rc<str>),

    // ANCHOR: tok_num
    #[regex(r"[0-9]", number)]
    #[regex(r"\.[0-9]", number)]
    Num(f64),
    // ANCHOR_END: tok_num
    #[token("\"", string)]
    #[token("'", string)]
    Str(Rc<[u16]>),
}

impl Tok {
    /// Whether this token can be the last token of an expression.
    fn ends_expression(&self) -> bool {
        matches!(
            self,
            Tok::Ident(_)
                | Tok::PrivateName(_)
                | Tok::Num(_)
                | Tok::BigInt(_)
                | Tok::Str(_)
                | Tok::True
                | Tok::False
                | Tok::Null
                | Tok::This
                | Tok::RBracket
                | Tok::TemplateFull(_)
                | Tok::TemplateTail(_)
                | Tok::Regex(_)
        ) || *self == Tok::Reserved("super")
    }

    /// Whether this is a keyword (a name where a property name may come).
    fn is_keyword(&self) -> bool {
        use Tok::*;
        matches!(
            self,
            Var | Let
                | Const
                | Function
                | Return
                | If
                | Else
                | While
                | Do
                | For
                | Break
                | Continue
                | True
                | False
                | Null
                | Typeof
                | New
                | This
                | Delete
                | Void
                | In
                | Instanceof
                | Switch
                | Case
                | Default
                | Reserved(_)
                | Throw
                | Try
                | Catch
                | Finally
        )
    }

    /// Whether this token, at the start of a line, may continue the
    /// expression on the previous line (then no semicolon is inserted).
    fn continues_expression(&self) -> bool {
        use Tok::*;
        // Binary operators (`in` and `instanceof` too), `(`, `[`, `.`, `?`,
        // `,`, `=` and the like continue it; what can only start an
        // expression or a statement does not.
        !matches!(
            self,
            LBrace
                | ObjectOpen
                | RBrace
                | Semi
                | Bang
                | Tilde
                | PlusPlus
                | MinusMinus
                | Ellipsis
                | Var
                | Let
                | Const
                | Function
                | FunctionExpr
                | Return
                | If
                | Else
                | While
                | Do
                | For
                | Break
                | Continue
                | True
                | False
                | Null
                | Typeof
                | New
                | This
                | Delete
                | Void
                | Ident(_)
                | PrivateName(_)
                | Num(_)
                | BigInt(_)
                | Str(_)
                | Of
                | Switch
                | Case
                | Default
                | Reserved(_)
                | Throw
                | Try
                | Catch
                | Finally
        )
    }
}

fn block_comment(lex: &mut logos::Lexer<'_, Tok>) -> Result<Skip, LexError> {
    match lex.remainder().find("*/") {
        Some(i) => {
            lex.bump(i + 2);
            Ok(Skip)
        }
        None => {
            let start = lex.span().start;
            let end = lex.source().len();
            lex.bump(lex.remainder().len());
            Err(LexError::new(INVALID, start, end))
        }
    }
}

fn hashbang(lex: &mut logos::Lexer<'_, Tok>) -> Result<Skip, LexError> {
    let span = lex.span();
    if span.start == 0 {
        Ok(Skip)
    } else {
        Err(LexError::new(INVALID, span.start, span.start + 1))
    }
}

fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$' || (!c.is_ascii() && c.is_alphanumeric())
}

fn number(lex: &mut logos::Lexer<'_, Tok>) -> Result<f64, LexError> {
    let start = lex.span().start;
    let (value, end) = scan_number(lex.source(), start)?;
    let text = &lex.source().as_bytes()[start..end];
    if text.len() > 1 && text[0] == b'0' && text[1].is_ascii_digit() {
        let message = if text.iter().all(|d| (b'0'..=b'7').contains(d)) {
            "Octal literals are not allowed in strict mode."
        } else {
            "Decimals with leading zeros are not allowed in strict mode."
        };
        lex.extras.legacy.push(legacy(message, start, end));
    }
    lex.bump(end - lex.span().end);
    Ok(value)
}

/// Scans the digits of one radix with numeric separators, from `i`.
/// Returns the index after them; `digits` receives the digit values.
fn scan_digits(s: &[u8], mut i: usize, radix: u32, digits: &mut Vec<u8>, start: usize) -> Result<usize, LexError> {
    let digit = |b: u8| (b as char).to_digit(radix);
    while i < s.len() {
        if let Some(d) = digit(s[i]) {
            digits.push(d as u8);
            i += 1;
        } else if s[i] == b'_' {
            let prev_ok = i > 0 && digit(s[i - 1]).is_some() && !digits.is_empty();
            let next = s.get(i + 1).copied();
            if next == Some(b'_') {
                return Err(LexError::new(
                    "Only one underscore is allowed as numeric separator",
                    start + i + 1,
                    start + i + 2,
                ));
            }
            // After a prefix, a point or an `e` (no digit of this run
            // before it): V8's plain "Invalid or unexpected token".
            if i == 0 || digit(s[i - 1]).is_none() {
                return Err(LexError::new(INVALID, start, start + i + 1));
            }
            if !prev_ok || next.and_then(digit).is_none() {
                return Err(LexError::new(
                    "Numeric separators are not allowed at the end of numeric literals",
                    start + i,
                    start + i + 1,
                ));
            }
            i += 1;
        } else {
            break;
        }
    }
    Ok(i)
}

/// Scans a numeric literal starting at byte `start` of `src`: its value
/// and the byte offset just past it.
pub fn scan_number(src: &str, start: usize) -> Result<(f64, usize), LexError> {
    let s = &src.as_bytes()[start..];
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut digits = Vec::new();
    let invalid_from = |i: usize| {
        // The rest of the would-be token, for the error span.
        let rest = &src[start + i..];
        let len = rest.find(|c: char| !is_id_char(c)).unwrap_or(rest.len());
        LexError::new(INVALID, start, start + i + len)
    };
    let check_end = |i: usize, integer: bool| -> Result<(), LexError> {
        let next = src[start + i..].chars().next();
        match next {
            // A BigInt's suffix (the Lexer makes the token): an integer
            // in any radix, without an exponent or a legacy leading zero.
            Some('n') if integer => match src[start + i + 1..].chars().next() {
                Some(c) if is_id_char(c) || c == '\\' => Err(invalid_from(i)),
                _ => Ok(()),
            },
            Some(c) if is_id_char(c) || c == '\\' => Err(invalid_from(i)),
            _ => Ok(()),
        }
    };

    if at(0) == b'0' {
        let radix = match at(1) | 0x20 {
            b'x' => 16,
            b'o' => 8,
            b'b' => 2,
            _ => 0,
        };
        if radix != 0 {
            let end = scan_digits(s, 2, radix, &mut digits, start)?;
            if digits.is_empty() {
                return Err(invalid_from(end));
            }
            check_end(end, true)?;
            return Ok((radix_value(&digits, radix), start + end));
        }
        if at(1).is_ascii_digit() {
            return legacy_number(src, start);
        }
        if at(1) == b'_' {
            return Err(LexError::new("Numeric separator can not be used after leading 0.", start + 1, start + 2));
        }
    }

    let mut text = String::new();
    let mut i = scan_digits(s, 0, 10, &mut digits, start)?;
    let mut integer = true;
    if at(i) == b'.' {
        integer = false;
        digits.push(10); // marks the point
        i = scan_digits(s, i + 1, 10, &mut digits, start)?;
    }
    if at(i) | 0x20 == b'e' {
        let mut j = i + 1;
        let mut exp = Vec::new();
        if at(j) == b'+' || at(j) == b'-' {
            exp.push(at(j));
            j += 1;
        }
        let mut exp_digits = Vec::new();
        let end = scan_digits(s, j, 10, &mut exp_digits, start)?;
        if exp_digits.is_empty() {
            return Err(invalid_from(i));
        }
        integer = false;
        for d in digits.iter() {
            text.push(if *d == 10 { '.' } else { (b'0' + d) as char });
        }
        text.push('e');
        if let Some(&sign) = exp.first() {
            text.push(sign as char);
        }
        for d in exp_digits {
            text.push((b'0' + d) as char);
        }
        i = end;
    } else {
        for d in digits.iter() {
            text.push(if *d == 10 { '.' } else { (b'0' + d) as char });
        }
    }
    check_end(i, integer)?;
    if text.starts_with('.') {
        text.insert(0, '0');
    }
    if text.ends_with('.') {
        text.push('0');
    }
    let value = text.parse::<f64>().map_err(|_| invalid_from(i))?;
    Ok((value, start + i))
}

/// The decimal digits of a BigInt literal's text (without its `n`):
/// separators dropped, a `0x`/`0o`/`0b` prefix read in its radix.
fn bigint_text(text: &str) -> String {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let (radix, body) = match digits.get(..2).map(|p| p.to_ascii_lowercase()) {
        Some(p) if p == "0x" => (16, &digits[2..]),
        Some(p) if p == "0o" => (8, &digits[2..]),
        Some(p) if p == "0b" => (2, &digits[2..]),
        _ => (10, &digits[..]),
    };
    num_bigint::BigUint::parse_bytes(body.as_bytes(), radix).unwrap_or_default().to_string()
}

/// What only sloppy code may write (a legacy octal number or escape, `let`
/// as a name): the lexer cannot know whether the code is strict (a
/// function's `'use strict'` comes after its name and parameters), so it
/// notes each one here and `parser::early` reports those in strict code.
#[derive(Clone, Debug)]
pub struct SloppyOnly {
    pub message: &'static str,
    pub span: Span,
}

fn legacy(message: &'static str, start: usize, end: usize) -> SloppyOnly {
    SloppyOnly { message, span: Span::new(start, end) }
}

/// A number starting with `0` and a digit (sloppy code's legacy forms):
/// `010` is octal (8) when every digit is below 8, and `08`, `09.5`,
/// `08e1` are decimals with a leading zero. Neither takes separators.
fn legacy_number(src: &str, start: usize) -> Result<(f64, usize), LexError> {
    let s = &src.as_bytes()[start..];
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut i = 1;
    while at(i).is_ascii_digit() {
        i += 1;
    }
    let invalid = |i: usize| {
        let rest = &src[start + i..];
        let len = rest.find(|c: char| !is_id_char(c)).unwrap_or(rest.len());
        LexError::new(INVALID, start, start + i + len)
    };
    if s[..i].iter().all(|d| (b'0'..=b'7').contains(d)) {
        let next = src[start + i..].chars().next();
        if next.is_some_and(|c| is_id_char(c) || c == '\\') {
            return Err(invalid(i));
        }
        let value = s[1..i].iter().fold(0f64, |v, d| v * 8.0 + (d - b'0') as f64);
        return Ok((value, start + i));
    }
    // A decimal: the digits, a fraction, an exponent.
    if at(i) == b'.' {
        i += 1;
        while at(i).is_ascii_digit() {
            i += 1;
        }
    }
    if at(i) | 0x20 == b'e' {
        let mut j = i + 1;
        if at(j) == b'+' || at(j) == b'-' {
            j += 1;
        }
        if at(j).is_ascii_digit() {
            while at(j).is_ascii_digit() {
                j += 1;
            }
            i = j;
        }
    }
    let next = src[start + i..].chars().next();
    if next.is_some_and(|c| is_id_char(c) || c == '\\') {
        return Err(invalid(i));
    }
    let mut text = src[start..start + i].to_string();
    if text.ends_with('.') {
        text.push('0');
    }
    let value = text.parse::<f64>().map_err(|_| invalid(i))?;
    Ok((value, start + i))
}

/// The value of digits in a power-of-two radix, correctly rounded.
fn radix_value(digits: &[u8], radix: u32) -> f64 {
    let bits = radix.trailing_zeros();
    let mut v: u128 = 0;
    let mut extra_bits: i32 = 0;
    let mut sticky = false;
    for &d in digits {
        if extra_bits > 0 || v > (u128::MAX >> bits) {
            extra_bits += bits as i32;
            sticky |= d != 0;
        } else {
            v = (v << bits) | d as u128;
        }
    }
    if extra_bits == 0 {
        return v as f64;
    }
    // `v` has well over 53 significant bits here, so a sticky bit in its
    // lowest position makes the single rounding below exact.
    let v = if sticky { v | 1 } else { v };
    let mut f = v as f64;
    while extra_bits > 0 {
        let step = extra_bits.min(1000);
        f *= 2f64.powi(step);
        extra_bits -= step;
    }
    f
}

fn string(lex: &mut logos::Lexer<'_, Tok>) -> Result<Rc<[u16]>, LexError> {
    let start = lex.span().start;
    let (value, end) = scan_string(lex.source(), start, &mut lex.extras.legacy)?;
    lex.bump(end - lex.span().end);
    Ok(value)
}

fn hex_value(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(s, 16).ok()
}

/// Scans a string literal whose quote is at byte `start` of `src`: its
/// value as UTF-16 code units and the byte offset just past the closing
/// quote. A `\u` escape may name a lone surrogate, as in JavaScript.
/// Legacy octal escapes are noted in `legacy`.
pub fn scan_string(
    src: &str,
    start: usize,
    legacy_notes: &mut Vec<SloppyOnly>,
) -> Result<(Rc<[u16]>, usize), LexError> {
    let quote = src.as_bytes()[start] as char;
    let mut out: Vec<u16> = Vec::new();
    let mut chars = src[start + 1..].char_indices().map(|(i, c)| (start + 1 + i, c)).peekable();
    let unterminated = |end: usize| LexError::new(INVALID, start, end);
    let push = |out: &mut Vec<u16>, c: char| out.extend_from_slice(c.encode_utf16(&mut [0; 2]));
    loop {
        let Some((i, c)) = chars.next() else {
            return Err(unterminated(src.len()));
        };
        match c {
            c if c == quote => return Ok((Rc::from(out), i + 1)),
            '\n' | '\r' => return Err(unterminated(i)),
            '\\' => {
                let Some((j, e)) = chars.next() else {
                    return Err(unterminated(src.len()));
                };
                let mut after = j + e.len_utf8();
                let code: Option<u32> = match e {
                    'n' => Some(10),
                    't' => Some(9),
                    'r' => Some(13),
                    'b' => Some(8),
                    'f' => Some(12),
                    'v' => Some(11),
                    '0' if !matches!(chars.peek(), Some((_, '0'..='9'))) => Some(0),
                    '0'..='7' => {
                        // A legacy octal escape: up to three digits, at most \377.
                        let first = e as u32 - '0' as u32;
                        let mut v = first;
                        let most = if first <= 3 { 2 } else { 1 };
                        for _ in 0..most {
                            let Some(&(k, d @ '0'..='7')) = chars.peek() else { break };
                            v = v * 8 + (d as u32 - '0' as u32);
                            after = k + 1;
                            chars.next();
                        }
                        // V8 points from the first digit to before the last.
                        legacy_notes.push(legacy(
                            "Octal escape sequences are not allowed in strict mode.",
                            j,
                            (after - 1).max(j + 1),
                        ));
                        Some(v)
                    }
                    '8' | '9' => {
                        legacy_notes.push(legacy("\\8 and \\9 are not allowed in strict mode.", i, i + 1));
                        Some(e as u32)
                    }
                    '\r' => {
                        if let Some((_, '\n')) = chars.peek() {
                            chars.next();
                        }
                        None
                    }
                    '\n' | '\u{2028}' | '\u{2029}' => None,
                    'x' => {
                        let hex = src.get(after..after + 2).and_then(hex_value);
                        let Some(v) = hex else {
                            return Err(LexError::new(
                                "Invalid hexadecimal escape sequence",
                                i,
                                (after + 2).min(src.len()),
                            ));
                        };
                        chars.next();
                        chars.next();
                        Some(v)
                    }
                    'u' => {
                        let bad = |end: usize| LexError::new("Invalid Unicode escape sequence", i, end.min(src.len()));
                        let v = if src[after..].starts_with('{') {
                            let Some(close) = src[after..].find('}') else {
                                return Err(bad(after + 1));
                            };
                            let v = hex_value(&src[after + 1..after + close]).ok_or_else(|| bad(after + close + 1))?;
                            if v > 0x10FFFF {
                                return Err(LexError::new("Undefined Unicode code-point", i, after + close + 1));
                            }
                            after += close + 1;
                            v
                        } else {
                            let v = src.get(after..after + 4).and_then(hex_value);
                            let Some(v) = v else {
                                return Err(bad(after + 4));
                            };
                            after += 4;
                            v
                        };
                        while chars.peek().is_some_and(|&(k, _)| k < after) {
                            chars.next();
                        }
                        Some(v)
                    }
                    other => Some(other as u32),
                };
                match code {
                    // A surrogate code point is one unit (`\u{D800}` too):
                    // two escapes of a pair's halves make the pair.
                    Some(code @ 0xD800..=0xDFFF) => out.push(code as u16),
                    Some(code) => push(&mut out, char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)),
                    None => {}
                }
            }
            c => push(&mut out, c),
        }
    }
}

/// One piece of a template literal's text: its cooked value (what an
/// untagged template uses; an error for an invalid escape, which only a
/// tagged template may contain) and its raw text (`strings.raw`).
#[derive(Clone, Debug, PartialEq)]
pub struct TplPart {
    pub cooked: Result<Rc<[u16]>, LexError>,
    pub raw: Rc<[u16]>,
}

/// A regular expression literal: its pattern (between the slashes, as
/// written) and its flag bits (`crate::regexp`).
#[derive(Clone, Debug, PartialEq)]
pub struct RegexLit {
    pub pattern: Rc<[u16]>,
    pub flags: u8,
}

/// Scans a regex literal whose `/` is at byte `at`: the literal and the
/// offset after its flags, or node's SyntaxError (an unterminated literal,
/// unknown or repeated flags, an invalid pattern) with its location.
fn scan_regex(src: &str, at: usize) -> Result<(RegexLit, usize), LexError> {
    let body = at + 1;
    let (mut class, mut escaped) = (false, false);
    let mut end = None;
    for (i, c) in src[body..].char_indices() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            break;
        }
        if escaped {
            escaped = false;
            continue;
        }
        match c {
            '\\' => escaped = true,
            '[' => class = true,
            ']' => class = false,
            '/' if !class => {
                end = Some(body + i);
                break;
            }
            _ => {}
        }
    }
    let Some(close) = end else {
        return Err(LexError::new("Invalid regular expression: missing /", at, at + 1));
    };
    let flags_len = src[close + 1..]
        .char_indices()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .map_or(src.len() - close - 1, |(i, _)| i);
    let after = close + 1 + flags_len;
    let (pattern, flags) = (&src[body..close], &src[close + 1..after]);
    match crate::regexp::check(pattern, flags) {
        Ok(()) => {}
        Err((message, true)) => return Err(LexError::new(message, at, at + 1)),
        Err((message, false)) => return Err(LexError::new(message, at, after)),
    }
    let units: Vec<u16> = flags.encode_utf16().collect();
    let bits = crate::regexp::parse_flags(&units).unwrap_or(0);
    Ok((RegexLit { pattern: pattern.encode_utf16().collect::<Vec<_>>().into(), flags: bits }, after))
}

/// Whether a `/` after `prev` (None: the start of the input) starts a
/// regex literal rather than being a division: the classic rule, by the
/// previous token. After something that ends an operand (a name, a
/// literal, `)`, `]`, a postfix `++`) it divides; after an operator, a
/// punctuator that opens or separates, or a keyword, an operand comes.
fn regex_ok(prev: Option<&Tok>) -> bool {
    match prev {
        None => true,
        Some(t) => !(t.ends_expression() || matches!(t, Tok::RParen | Tok::PlusPlus | Tok::MinusMinus)),
    }
}

/// Scans a template's text from byte `at` (just after its backquote or
/// the `}` closing a substitution) up to and including the closing
/// backquote or `${`. Returns the part, the offset after it and whether a
/// substitution follows. Carriage returns (`\r\n`, `\r`) read as `\n` in
/// both the cooked and the raw text, as JavaScript specifies.
pub fn scan_template(src: &str, at: usize) -> Result<(TplPart, usize, bool), LexError> {
    let b = src.as_bytes();
    let mut cooked: Vec<u16> = Vec::new();
    let mut raw: Vec<u16> = Vec::new();
    let mut bad: Option<LexError> = None;
    let push = |out: &mut Vec<u16>, c: char| out.extend_from_slice(c.encode_utf16(&mut [0; 2]));
    let mut i = at;
    loop {
        let Some(c) = src[i..].chars().next() else {
            return Err(LexError::new("Unterminated template literal", at.saturating_sub(1), src.len()));
        };
        match c {
            '`' => {
                let cooked = bad.map_or_else(|| Ok(Rc::from(cooked)), Err);
                return Ok((TplPart { cooked, raw: Rc::from(raw) }, i + 1, false));
            }
            '$' if b.get(i + 1) == Some(&b'{') => {
                let cooked = bad.map_or_else(|| Ok(Rc::from(cooked)), Err);
                return Ok((TplPart { cooked, raw: Rc::from(raw) }, i + 2, true));
            }
            '\r' => {
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                cooked.push(10);
                raw.push(10);
            }
            '\\' => {
                let start = i;
                let Some(e) = src[i + 1..].chars().next() else {
                    return Err(LexError::new("Unterminated template literal", at.saturating_sub(1), src.len()));
                };
                let mut after = i + 1 + e.len_utf8();
                let code: Result<Option<u32>, LexError> = match e {
                    'n' => Ok(Some(10)),
                    't' => Ok(Some(9)),
                    'r' => Ok(Some(13)),
                    'b' => Ok(Some(8)),
                    'f' => Ok(Some(12)),
                    'v' => Ok(Some(11)),
                    '0' if !b.get(after).is_some_and(|d| d.is_ascii_digit()) => Ok(Some(0)),
                    '0'..='7' => {
                        let first = e as u32 - '0' as u32;
                        let mut end = after;
                        let most = if first <= 3 { 2 } else { 1 };
                        for _ in 0..most {
                            if b.get(end).is_some_and(|d| (b'0'..=b'7').contains(d)) {
                                end += 1;
                            }
                        }
                        // V8 points from the first digit to before the last.
                        Err(LexError::new(
                            "Octal escape sequences are not allowed in template strings.",
                            start + 1,
                            (end - 1).max(start + 2),
                        ))
                    }
                    '8' | '9' => Err(LexError::new("\\8 and \\9 are not allowed in template strings.", start, after)),
                    '\r' => {
                        if b.get(after) == Some(&b'\n') {
                            after += 1;
                        }
                        Ok(None)
                    }
                    '\n' | '\u{2028}' | '\u{2029}' => Ok(None),
                    'x' => match src.get(after..after + 2).and_then(hex_value) {
                        Some(v) => {
                            after += 2;
                            Ok(Some(v))
                        }
                        None => {
                            Err(LexError::new("Invalid hexadecimal escape sequence", start, (after + 2).min(src.len())))
                        }
                    },
                    'u' => {
                        let bad_u =
                            |end: usize| LexError::new("Invalid Unicode escape sequence", start, end.min(src.len()));
                        if src[after..].starts_with('{') {
                            let close = src[after..].find(['}', '`']);
                            match close.filter(|&k| src.as_bytes()[after + k] == b'}') {
                                Some(close) => match hex_value(&src[after + 1..after + close]) {
                                    Some(v) if v <= 0x10FFFF => {
                                        after += close + 1;
                                        Ok(Some(v))
                                    }
                                    Some(_) => {
                                        Err(LexError::new("Undefined Unicode code-point", start, after + close + 1))
                                    }
                                    None => Err(bad_u(after + close + 1)),
                                },
                                None => Err(bad_u(after + 1)),
                            }
                        } else {
                            match src.get(after..after + 4).and_then(hex_value) {
                                Some(v) => {
                                    after += 4;
                                    Ok(Some(v))
                                }
                                None => Err(bad_u(after + 4)),
                            }
                        }
                    }
                    other => Ok(Some(other as u32)),
                };
                match code {
                    Ok(Some(code @ 0xD800..=0xDFFF)) => cooked.push(code as u16),
                    Ok(Some(code)) => push(&mut cooked, char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER)),
                    Ok(None) => {}
                    Err(e) => {
                        // A tagged template gets undefined for this part;
                        // the raw text goes on (up to the next `\`, `$` or `` ` ``).
                        if bad.is_none() {
                            bad = Some(e);
                        }
                        after = start + 2;
                    }
                }
                // The raw text is the source, line terminators normalised.
                let text = &src[start..after];
                let text = text.replace("\r\n", "\n").replace('\r', "\n");
                raw.extend(text.encode_utf16());
                i = after;
            }
            c => {
                push(&mut cooked, c);
                push(&mut raw, c);
                i += c.len_utf8();
            }
        }
    }
}

/// Whether `s` holds a line terminator (so a newline separates two tokens).
fn has_newline(s: &str) -> bool {
    s.contains(['\n', '\r', '\u{2028}', '\u{2029}'])
}

/// The raw token stream: logos tokens with their byte offsets. It scans
/// template literals itself: a backquote starts one, and the `}` that
/// closes a substitution (`templates` counts the braces opened inside each
/// open substitution) continues it.
pub struct Lexer<'a> {
    inner: logos::Lexer<'a, Tok>,
    templates: Vec<u32>,
    /// A token to hand out next (the `.5` after a `?` of `a?.5:b`).
    pending: Option<(usize, Tok, usize)>,
    /// Whether a `/` here starts a regex literal (see `regex_ok`).
    regex_ok: bool,
    /// The last token was `.` or `?.`: a keyword after it is a property
    /// name (`a.return / 2` divides).
    after_dot: bool,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Lexer<'a> {
        Lexer { inner: Tok::lexer(src), templates: Vec::new(), pending: None, regex_ok: true, after_dot: false }
    }

    /// The template part after byte `at`, as the token of its kind.
    fn template(&mut self, start: usize, at: usize, head: bool) -> Result<(usize, Tok, usize), LexError> {
        let (part, end, open) = scan_template(self.inner.source(), at)?;
        self.inner.bump(end - at);
        let part = Rc::new(part);
        let tok = match (head, open) {
            (true, false) => Tok::TemplateFull(part),
            (true, true) => Tok::TemplateHead(part),
            (false, true) => Tok::TemplateMiddle(part),
            (false, false) => Tok::TemplateTail(part),
        };
        if open {
            self.templates.push(0);
        }
        Ok((start, tok, end))
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<(usize, Tok, usize), LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        let item = self.next_raw();
        if let Some(Ok((_, t, _))) = &item {
            self.regex_ok = regex_ok(Some(t)) && !(self.after_dot && t.is_keyword());
            self.after_dot = matches!(t, Tok::Dot | Tok::OptChain);
        }
        item
    }
}

impl Lexer<'_> {
    fn next_raw(&mut self) -> Option<Result<(usize, Tok, usize), LexError>> {
        if let Some(t) = self.pending.take() {
            return Some(Ok(t));
        }
        let tok = self.inner.next()?;
        let span = self.inner.span();
        Some(match tok {
            Ok(Tok::Slash | Tok::SlashAssign) if self.regex_ok => match scan_regex(self.inner.source(), span.start) {
                Ok((lit, end)) => {
                    self.inner.bump(end - span.end);
                    Ok((span.start, Tok::Regex(Rc::new(lit)), end))
                }
                Err(e) => Err(e),
            },
            Ok(Tok::Backtick) => self.template(span.start, span.end, true),
            Ok(Tok::Num(_)) if self.inner.remainder().starts_with('n') => {
                let text = bigint_text(&self.inner.source()[span.start..span.end]);
                self.inner.bump(1);
                Ok((span.start, Tok::BigInt(text.into()), span.end + 1))
            }
            Ok(Tok::LBrace) => {
                if let Some(n) = self.templates.last_mut() {
                    *n += 1;
                }
                Ok((span.start, Tok::LBrace, span.end))
            }
            Ok(Tok::RBrace) => match self.templates.last_mut() {
                Some(0) => {
                    self.templates.pop();
                    self.template(span.start, span.end, false)
                }
                Some(n) => {
                    *n -= 1;
                    Ok((span.start, Tok::RBrace, span.end))
                }
                None => Ok((span.start, Tok::RBrace, span.end)),
            },
            // `a?.5:b` is a conditional: `?.` never precedes a digit.
            Ok(Tok::OptChain) if self.inner.remainder().starts_with(|c: char| c.is_ascii_digit()) => {
                match scan_number(self.inner.source(), span.start + 1) {
                    Ok((n, end)) => {
                        self.inner.bump(end - span.end);
                        self.pending = Some((span.start + 1, Tok::Num(n), end));
                        Ok((span.start, Tok::Question, span.start + 1))
                    }
                    Err(e) => Err(e),
                }
            }
            Ok(tok) => Ok((span.start, tok, span.end)),
            Err(mut e) => {
                if e.span == Span::default() && span.start != 0 {
                    e.span = Span::new(span.start, span.end);
                }
                Err(e)
            }
        })
    }
}

/// What an open bracket is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    /// `{` of a block statement.
    Block,
    /// `{` of a function's body: `true` for a function expression or a
    /// method, whose `}` ends an expression.
    Body(bool),
    /// `{` of an object literal; `value` from a property's `:` (or `...`)
    /// to the next `,`, false where a property's key may come.
    Object {
        value: bool,
    },
    Bracket,
    /// `(` of a call or a parenthesized expression.
    Paren,
    /// `{` of a class body; `value` from a field's `=` to the end of the
    /// member, false where a member's key may come; `expr` for a class
    /// expression (its `}` ends an expression).
    Class {
        value: bool,
        expr: bool,
    },
    /// `(` after `if` or a loop `while`.
    Head,
    /// `(` after `for`, with how many `;` it has seen.
    ForHead(u8),
    /// `(` after the `while` of a `do ... while`.
    DoWhileHead,
    /// `(` of a parameter list: `true` for a function expression or a method.
    Params(bool),
    /// A template's substitution, `${` to `}`.
    Template,
}

/// What the previous token means for semicolon insertion.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prev {
    /// Cannot end a statement (an operator, `(`, `{`, `}`, `;`, ...).
    Other,
    /// Can end an expression statement.
    EndsExpr,
    /// `return`, `break` or `continue`: a newline after it ends the statement.
    Restricted,
    /// The `)` of `do ... while (...)`: a `;` always follows.
    DoWhileEnd,
}

/// Where the token stream is, for error messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    Other,
    /// Inside a function's parameter list.
    Params,
    /// In an object literal, where a property's key may come.
    ObjectKey,
}

/// The token stream lalrpop reads: [`Lexer`]'s tokens with automatic
/// semicolon insertion, and the contextual tokens the grammar needs.
///
/// A virtual `;` (a zero-width `Tok::Semi` at the end of the previous
/// token) is inserted, outside parentheses, brackets and object literals
/// only, when
/// - the previous token can end an expression and the next token is `}`,
///   the end of input, or starts a new line and cannot continue the
///   expression (it is not a binary operator, `(`, `[`, `.`, `?`, `,`, ...),
///   or it is `++`/`--` (which then become prefix operators of the next
///   statement);
/// - the previous token is `return`, `break` or `continue` and a newline,
///   `}` or the end of input follows;
/// - the previous token is the `)` of a `do ... while (...)`, and no `;`
///   follows.
///
/// No `;` is ever inserted after the `}` of a block or of a function
/// declaration, nor after the `)` of the head of an `if`, `while` or `for`,
/// or of a parameter list.
///
/// Where a statement starts, `{` opens a block and `function` declares a
/// function (JavaScript's lookahead restriction on expression statements);
/// anywhere else an expression starts, they become [`Tok::ObjectOpen`] and
/// [`Tok::FunctionExpr`]. An `of` after the target of a `for` head becomes
/// [`Tok::Of`].
pub struct Tokens<'a> {
    src: &'a str,
    lexer: Lexer<'a>,
    /// A token held back while a virtual `;` goes out first.
    pending: Option<(usize, Tok, usize)>,
    prev: Prev,
    prev_end: usize,
    open: Vec<Open>,
    /// For each `do` whose `while` has not come yet: `open.len()` at the `do`.
    pending_do: Vec<usize>,
    /// The `while` just seen belongs to a `do`.
    do_while: bool,
    /// The last token was a property name (after `.`, or an object literal's key).
    property: bool,
    /// The next token starts a statement.
    stmt_start: bool,
    /// The last token was an `async` where a statement starts: a
    /// `function` after it declares one (`async function f() {}`).
    async_decl: bool,
    /// The `)` of a parameter list was the last token: a body's `{` comes
    /// next (`true`: of a function expression or a method).
    body_next: Option<bool>,
    /// The last three tokens handed out, newest last.
    history: [Option<(usize, Tok, usize)>; 3],
    /// Each `class` whose body's `{` has not come yet: `open.len()` at the
    /// `class`, and whether it is an expression.
    class_heads: Vec<(usize, bool)>,
    done: bool,
    /// For each `(` scanned ahead (by its offset): whether its matching
    /// `)` is followed by `=>`. One scan answers for every `(` inside, so
    /// deep nesting costs linear time.
    arrow_parens: std::collections::HashMap<usize, bool>,
    /// The last token was a name where a statement starts (a label, if `:` follows).
    label_start: bool,
    /// For each `case`/`default` whose `:` has not come: `open.len()` there
    /// and how many `?` of a conditional await their `:`.
    cases: Vec<(usize, u32)>,
    /// Each `let` made a name (an error in strict code).
    let_names: Vec<SloppyOnly>,
}

impl<'a> Tokens<'a> {
    pub fn new(src: &'a str) -> Tokens<'a> {
        Tokens {
            src,
            lexer: Lexer::new(src),
            pending: None,
            prev: Prev::Other,
            prev_end: 0,
            open: Vec::new(),
            pending_do: Vec::new(),
            do_while: false,
            property: false,
            stmt_start: true,
            async_decl: false,
            body_next: None,
            history: [None, None, None],
            class_heads: Vec::new(),
            done: false,
            arrow_parens: std::collections::HashMap::new(),
            label_start: false,
            cases: Vec::new(),
            let_names: Vec::new(),
        }
    }

    /// The legacy octal literals and escapes lexed so far, and `let` used
    /// as a name (for `parser::early`, which rejects those in strict code).
    pub fn take_legacy(&mut self) -> Vec<SloppyOnly> {
        let mut all = std::mem::take(&mut self.lexer.inner.extras.legacy);
        all.append(&mut self.let_names);
        all
    }

    /// Whether the `let` ending at byte `at` declares: a name, `[` or `{`
    /// follows. Anywhere else sloppy code's `let` is a name (`var let`,
    /// `let = 1`, `for (let in o)`).
    fn let_declares(&self, at: usize) -> bool {
        matches!(
            Lexer::new(&self.src[at..]).next(),
            Some(Ok((
                _,
                Tok::Ident(_) | Tok::Let | Tok::LBracket | Tok::LBrace | Tok::Reserved("yield" | "await" | "async"),
                _
            )))
        )
    }

    /// Whether the `(` at byte `at` opens an arrow function's parameters:
    /// its matching `)` is followed by `=>`.
    fn paren_starts_arrow(&mut self, at: usize) -> bool {
        if let Some(&known) = self.arrow_parens.get(&at) {
            return known;
        }
        let mut open: Vec<usize> = Vec::new();
        let mut closed: Option<usize> = None;
        for t in Lexer::new(&self.src[at..]) {
            let Ok((l, tok, _)) = t else { break };
            if let Some(q) = closed.take() {
                self.arrow_parens.insert(q, tok == Tok::Arrow);
                if open.is_empty() {
                    break;
                }
            }
            match tok {
                Tok::LParen => open.push(at + l),
                Tok::RParen => match open.pop() {
                    Some(q) => closed = Some(q),
                    None => break,
                },
                _ => {}
            }
        }
        if let Some(q) = closed {
            self.arrow_parens.insert(q, false);
        }
        // Parentheses still open where the scan stopped are not followed by
        // `=>` either; recording them keeps `((((…` linear, not quadratic.
        for q in open {
            self.arrow_parens.insert(q, false);
        }
        *self.arrow_parens.entry(at).or_insert(false)
    }

    /// Whether the token after byte `at` is `=>`.
    fn arrow_after(&self, at: usize) -> bool {
        matches!(Lexer::new(&self.src[at..]).next(), Some(Ok((_, Tok::Arrow, _))))
    }

    /// The `n`th most recent token handed out (0 is the last one).
    pub fn recent(&self, n: usize) -> Option<&(usize, Tok, usize)> {
        self.history.get(2usize.checked_sub(n)?)?.as_ref()
    }

    /// The real token held back while a virtual `;` went out before it.
    pub fn held_back(&self) -> Option<&(usize, Tok, usize)> {
        self.pending.as_ref()
    }

    /// Where the stream is now, for error messages.
    pub fn context(&self) -> Context {
        match self.open.last() {
            Some(Open::Params(_)) => Context::Params,
            Some(Open::Object { value: false }) => Context::ObjectKey,
            _ => Context::Other,
        }
    }

    fn statement_level(&self) -> bool {
        matches!(self.open.last(), None | Some(Open::Block | Open::Body(_) | Open::Class { .. }))
    }

    /// Where an object literal's property key (or a class member's) may
    /// come: keywords are names there.
    fn key_position(&self) -> bool {
        matches!(self.open.last(), Some(Open::Object { value: false } | Open::Class { value: false, .. }))
    }

    /// The `{` about to come opens the body of the innermost pending class.
    fn class_body_next(&self) -> bool {
        self.class_heads.last().is_some_and(|&(depth, _)| depth == self.open.len())
    }

    /// Whether a virtual `;` goes before `next` (`None`: end of input).
    fn insert_before(&self, next: Option<&(usize, Tok, usize)>) -> bool {
        if !self.statement_level() {
            return false;
        }
        let Some((start, tok, _)) = next else {
            return self.prev != Prev::Other;
        };
        if *tok == Tok::Semi {
            return false;
        }
        let newline = has_newline(&self.src[self.prev_end..*start]);
        match self.prev {
            Prev::Other => false,
            Prev::DoWhileEnd => true,
            Prev::Restricted => newline || *tok == Tok::RBrace,
            Prev::EndsExpr => {
                *tok == Tok::RBrace
                    || (newline && (matches!(tok, Tok::PlusPlus | Tok::MinusMinus) || !tok.continues_expression()))
            }
        }
    }

    fn push_history(&mut self, t: (usize, Tok, usize)) {
        self.history.rotate_left(1);
        self.history[2] = Some(t);
    }

    fn virtual_semi(&mut self) -> (usize, Tok, usize) {
        let t = (self.prev_end, Tok::Semi, self.prev_end);
        self.note(&t);
        self.push_history(t.clone());
        t
    }

    /// The contextual token for `tok` at `l..r` where the stream is.
    fn classify(&mut self, tok: Tok, l: usize, r: usize) -> Tok {
        let name = self.key_position() || matches!(self.recent(0), Some((_, Tok::Dot | Tok::OptChain, _)));
        let in_class_keys = matches!(self.open.last(), Some(Open::Class { value: false, .. }));
        let tok = match tok {
            Tok::Let if !name && !self.let_declares(r) => {
                self.let_names.push(legacy("Unexpected strict mode reserved word", l, r));
                Tok::Ident(Rc::from("let"))
            }
            tok => tok,
        };
        match tok {
            // A class body, and a `static { ... }` block in one, are not objects.
            Tok::LBrace if self.class_body_next() || in_class_keys => Tok::LBrace,
            Tok::Ident(n) if !name && self.arrow_after(r) => Tok::ArrowIdent(n),
            Tok::LParen if self.prev != Prev::EndsExpr && !name && self.paren_starts_arrow(l) => Tok::ArrowParen,
            Tok::LBrace if self.body_next.is_none() && !self.stmt_start => Tok::ObjectOpen,
            Tok::Reserved("class") if !self.stmt_start && !name => Tok::Reserved("class-expression"),
            Tok::Function if !self.stmt_start && !self.async_decl && !name => Tok::FunctionExpr,
            Tok::Ident(n)
                if &*n == "of" && self.prev == Prev::EndsExpr && matches!(self.open.last(), Some(Open::ForHead(0))) =>
            {
                Tok::Of
            }
            tok => tok,
        }
    }

    /// Updates the bracket and statement state for a token handed out.
    fn note(&mut self, (_, tok, end): &(usize, Tok, usize)) {
        let prev_tok = self.recent(0).map(|t| t.1.clone());
        let prev_prev_tok = self.recent(1).map(|t| t.1.clone());
        let body_next = self.body_next.take();
        self.async_decl = *tok == Tok::Reserved("async") && self.stmt_start;
        let was_stmt_start = std::mem::take(&mut self.stmt_start);
        let label_start = std::mem::take(&mut self.label_start);
        let after_opt_chain = prev_tok == Some(Tok::OptChain) && (tok.is_keyword() || matches!(tok, Tok::Ident(_)));
        if prev_tok == Some(Tok::Dot) || after_opt_chain || (self.key_position() && tok.is_keyword()) {
            // A property name: `a.if`, `a.return`, `{ do: 1 }` are just names.
            self.prev = Prev::EndsExpr;
            self.prev_end = *end;
            self.property = true;
            return;
        }
        // After a property name, a keyword-like previous token means nothing.
        let prev_tok = if std::mem::take(&mut self.property) { None } else { prev_tok };
        let mut prev = Prev::Other;
        match tok {
            Tok::Reserved("class") | Tok::Reserved("class-expression") => {
                self.class_heads.push((self.open.len(), *tok != Tok::Reserved("class")));
            }
            Tok::LBrace if body_next.is_none() && self.class_body_next() => {
                let expr = self.class_heads.pop().is_some_and(|(_, e)| e);
                self.open.push(Open::Class { value: false, expr });
                self.stmt_start = true;
            }
            Tok::LBrace => {
                self.open.push(body_next.map_or(Open::Block, Open::Body));
                self.stmt_start = true;
            }
            Tok::Assign if matches!(self.open.last(), Some(Open::Class { value: false, .. })) => {
                if let Some(Open::Class { value, .. }) = self.open.last_mut() {
                    *value = true;
                }
            }
            Tok::ObjectOpen => self.open.push(Open::Object { value: false }),
            Tok::ArrowParen => self.open.push(Open::Params(true)),
            Tok::LBracket => self.open.push(Open::Bracket),
            Tok::LParen => {
                let kind = match prev_tok {
                    // A method's parameters: `{ m() {} }`, `{ get [k]() {} }`.
                    _ if self.key_position() => Open::Params(true),
                    Some(Tok::If | Tok::Switch) => Open::Head,
                    // `catch (e) {`: the block follows the head.
                    Some(Tok::Catch) => Open::Head,
                    Some(Tok::While) if self.do_while => Open::DoWhileHead,
                    Some(Tok::While) => Open::Head,
                    Some(Tok::For) => Open::ForHead(0),
                    // `for await (`
                    Some(Tok::Reserved("await")) if prev_prev_tok == Some(Tok::For) => Open::ForHead(0),
                    Some(Tok::Function) => Open::Params(false),
                    Some(Tok::FunctionExpr) => Open::Params(true),
                    Some(Tok::Ident(_)) if prev_prev_tok == Some(Tok::Function) => Open::Params(false),
                    Some(Tok::Ident(_)) if prev_prev_tok == Some(Tok::FunctionExpr) => Open::Params(true),
                    // `function* (`, `function* g(`: a generator's parameters.
                    Some(Tok::Star) if prev_prev_tok == Some(Tok::Function) => Open::Params(false),
                    Some(Tok::Star) if prev_prev_tok == Some(Tok::FunctionExpr) => Open::Params(true),
                    Some(Tok::Ident(_)) if prev_prev_tok == Some(Tok::Star) => match self.recent(2) {
                        Some((_, Tok::Function, _)) => Open::Params(false),
                        Some((_, Tok::FunctionExpr, _)) => Open::Params(true),
                        _ => Open::Paren,
                    },
                    _ => Open::Paren,
                };
                self.open.push(kind);
            }
            Tok::RParen => match self.open.pop() {
                Some(Open::Paren) | None => prev = Prev::EndsExpr,
                Some(Open::DoWhileHead) => prev = Prev::DoWhileEnd,
                Some(Open::Head | Open::ForHead(_)) => self.stmt_start = true,
                Some(Open::Params(expr)) => self.body_next = Some(expr),
                Some(_) => {}
            },
            Tok::RBrace => match self.open.pop() {
                Some(Open::Object { .. } | Open::Body(true) | Open::Class { expr: true, .. }) => prev = Prev::EndsExpr,
                _ => self.stmt_start = true,
            },
            Tok::RBracket => {
                self.open.pop();
                prev = Prev::EndsExpr;
            }
            Tok::Semi => match self.open.last_mut() {
                Some(Open::ForHead(n)) => *n = n.saturating_add(1),
                Some(Open::Class { value, .. }) => {
                    *value = false;
                    self.stmt_start = true;
                }
                _ => self.stmt_start = true,
            },
            Tok::Colon | Tok::Ellipsis | Tok::Comma => {
                if let Some(Open::Object { value }) = self.open.last_mut() {
                    *value = *tok != Tok::Comma;
                }
                // The `:` of a label or of a `case`/`default` clause: a statement follows.
                if *tok == Tok::Colon {
                    if label_start {
                        self.stmt_start = true;
                    } else if let Some((depth, questions)) = self.cases.last_mut() {
                        if *depth == self.open.len() {
                            if *questions == 0 {
                                self.cases.pop();
                                self.stmt_start = true;
                            } else {
                                *questions -= 1;
                            }
                        }
                    }
                }
            }
            // `{ a = v }` (a pattern's default): a value follows, not a key.
            Tok::Assign => {
                if let Some(Open::Object { value }) = self.open.last_mut() {
                    *value = true;
                }
            }
            Tok::Question => {
                if let Some((depth, questions)) = self.cases.last_mut() {
                    if *depth == self.open.len() {
                        *questions += 1;
                    }
                }
            }
            Tok::Case | Tok::Default => self.cases.push((self.open.len(), 0)),
            Tok::TemplateHead(_) => self.open.push(Open::Template),
            Tok::TemplateTail(_) => {
                self.open.pop();
                prev = Prev::EndsExpr;
            }
            Tok::Ident(_) if was_stmt_start => {
                self.label_start = true;
                prev = Prev::EndsExpr;
            }
            Tok::Else => self.stmt_start = true,
            // A `{` right after `=>` is the arrow's body, not an object.
            Tok::Arrow => self.body_next = Some(true),
            // `try {`, `finally {` and `catch {` open blocks.
            Tok::Try | Tok::Finally | Tok::Catch => self.stmt_start = true,
            Tok::Do => {
                self.pending_do.push(self.open.len());
                self.stmt_start = true;
            }
            Tok::While => {
                // The `while` that ends a `do` comes right after the end of
                // its body statement, at the `do`'s bracket depth.
                self.do_while = self.pending_do.last() == Some(&self.open.len())
                    && matches!(prev_tok, Some(Tok::Semi | Tok::RBrace));
                if self.do_while {
                    self.pending_do.pop();
                }
            }
            // `yield` takes no operand from the next line (`yield\nx` is `yield; x`).
            Tok::Return | Tok::Break | Tok::Continue | Tok::Reserved("yield") => prev = Prev::Restricted,
            // Postfix when it directly follows an operand on the same line
            // (insertion has already split it off otherwise).
            Tok::PlusPlus | Tok::MinusMinus if self.prev == Prev::EndsExpr => {
                prev = Prev::EndsExpr;
            }
            Tok::PlusPlus | Tok::MinusMinus => {}
            t if t.ends_expression() => prev = Prev::EndsExpr,
            _ => {}
        }
        self.prev = prev;
        self.prev_end = *end;
        // Where a statement starts (after an `if (...)` head or a block's
        // `}`), a `/` opens a regex even though the token before it, `)` or
        // `}`, would end an operand elsewhere.
        if self.stmt_start {
            self.lexer.regex_ok = true;
        }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Result<(usize, Tok, usize), LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done {
            return None;
        }
        let next = match self.pending.take() {
            Some(t) => Some(t),
            None => match self.lexer.next() {
                Some(Ok(t)) => Some(t),
                Some(Err(e)) => {
                    self.done = true;
                    return Some(Err(e));
                }
                None => None,
            },
        };
        if self.insert_before(next.as_ref()) {
            self.pending = next;
            if self.pending.is_none() {
                // End of input: after this `;`, nothing more.
                let semi = self.virtual_semi();
                self.prev = Prev::Other;
                return Some(Ok(semi));
            }
            return Some(Ok(self.virtual_semi()));
        }
        let (l, tok, r) = next?;
        // `throw` is a restricted production with no insertion: a line
        // break before its expression is an error.
        let throw_end = match self.recent(0) {
            Some((_, Tok::Throw, end)) => Some(*end),
            _ => None,
        };
        if let Some(throw_end) = throw_end {
            if has_newline(&self.src[throw_end..l]) {
                self.done = true;
                let span = Span::new(throw_end, throw_end);
                return Some(Err(LexError { message: "Illegal newline after throw".into(), span }));
            }
        }
        let next = (l, self.classify(tok, l, r), r);
        self.note(&next);
        self.push_history(next.clone());
        Some(Ok(next))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Tok> {
        Lexer::new(src).map(|t| t.unwrap().1).collect()
    }

    fn num(src: &str) -> f64 {
        match toks(src).as_slice() {
            [Tok::Num(n)] => *n,
            other => panic!("{src}: {other:?}"),
        }
    }

    fn num_err(src: &str) -> String {
        match Lexer::new(src).find_map(|t| t.err()) {
            Some(e) => e.message,
            None => panic!("{src}: no error"),
        }
    }

    fn string(src: &str) -> String {
        match toks(src).as_slice() {
            [Tok::Str(s)] => String::from_utf16_lossy(s),
            other => panic!("{src}: {other:?}"),
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(num("0"), 0.0);
        assert_eq!(num("42"), 42.0);
        assert_eq!(num("1.5"), 1.5);
        assert_eq!(num(".5"), 0.5);
        assert_eq!(num("5."), 5.0);
        assert_eq!(num("1e3"), 1000.0);
        assert_eq!(num("2E-7"), 2e-7);
        assert_eq!(num("1.5e+2"), 150.0);
        assert_eq!(num("0x1F"), 31.0);
        assert_eq!(num("0XFF"), 255.0);
        assert_eq!(num("0o17"), 15.0);
        assert_eq!(num("0b101"), 5.0);
        assert_eq!(num("1_000_000"), 1e6);
        assert_eq!(num("0x1_F"), 31.0);
        assert_eq!(num("1_0.2_5e1_0"), 10.25e10);
        assert_eq!(num("0.1"), 0.1);
        assert_eq!(num("9007199254740993"), 9007199254740992.0);
        assert_eq!(num("1e400"), f64::INFINITY);
        assert_eq!(num("0x20000000000001"), 9007199254740992.0);
        assert_eq!(num("0x20000000000003"), 9007199254740996.0);
        assert_eq!(num("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"), 2f64.powi(144));
        assert_eq!(num("0x100000000000008000000000000000000001"), 2f64.powi(140) * (1.0 + 2f64.powi(-52)));
        assert_eq!(toks("1..a").len(), 3);
        assert_eq!(toks("a.5"), vec![Tok::Ident("a".into()), Tok::Num(0.5)]);
    }

    #[test]
    fn number_errors() {
        assert_eq!(num("010"), 8.0);
        assert_eq!(num("08"), 8.0);
        assert_eq!(num("09.5"), 9.5);
        assert_eq!(num("08e1"), 80.0);
        assert_eq!(num_err("010e1"), INVALID);
        assert_eq!(num_err("08_1"), INVALID);
        assert_eq!(num_err("3in"), INVALID);
        assert_eq!(num_err("1x"), INVALID);
        assert_eq!(num_err("0x"), INVALID);
        assert_eq!(num_err("0xG"), INVALID);
        assert_eq!(num_err("1e"), INVALID);
        assert_eq!(num_err("1e+"), INVALID);
        assert_eq!(num_err("1.toString()"), INVALID);
        assert_eq!(num_err("1_"), "Numeric separators are not allowed at the end of numeric literals");
        assert_eq!(num_err("1__0"), "Only one underscore is allowed as numeric separator");
        assert_eq!(num_err("0_1"), "Numeric separator can not be used after leading 0.");
        assert_eq!(num_err("1_.5"), "Numeric separators are not allowed at the end of numeric literals");
        assert_eq!(num_err("1.5n"), INVALID);
        assert_eq!(num_err("1e3n"), INVALID);
        assert_eq!(num_err("010n"), INVALID);
        assert_eq!(num_err("1nx"), INVALID);
        assert_eq!(num_err("0x_1n"), INVALID);
        assert_eq!(num_err("0x_1"), INVALID);
        assert_eq!(num_err("1._5"), INVALID);
        assert_eq!(num_err("1e_5"), INVALID);
        let big = |src: &str| toks(src);
        assert_eq!(big("10n"), vec![Tok::BigInt("10".into())]);
        assert_eq!(big("0xffn"), vec![Tok::BigInt("255".into())]);
        assert_eq!(big("0b1_01n"), vec![Tok::BigInt("5".into())]);
        assert_eq!(big("0O17n"), vec![Tok::BigInt("15".into())]);
        assert_eq!(big("1_000_000_000_000_000_000_000n"), vec![Tok::BigInt("1000000000000000000000".into())]);
        assert_eq!(big("0n"), vec![Tok::BigInt("0".into())]);
        let e = Lexer::new("x = 3in").find_map(|t| t.err()).unwrap();
        assert_eq!(e.span, Span::new(4, 7));
    }

    #[test]
    fn strings() {
        assert_eq!(string(r#""abc""#), "abc");
        assert_eq!(string("'it''s'".split_at(4).0), "it");
        assert_eq!(string(r#"'a"b'"#), "a\"b");
        assert_eq!(string(r#""a'b""#), "a'b");
        assert_eq!(string(r#""\n\t\r\b\f\v\0""#), "\n\t\r\u{8}\u{c}\u{b}\0");
        assert_eq!(string(r#""\'\"\\""#), "'\"\\");
        assert_eq!(string(r#""\x41\u0042\u{43}\u{1F600}""#), "ABC\u{1F600}");
        assert_eq!(string(r#""\uD83D\uDE00""#), "\u{1F600}");
        assert_eq!(string("\"a\\\nb\""), "ab");
        assert_eq!(string("\"a\\\r\nb\""), "ab");
        assert_eq!(string(r#""\q\8\9""#), "q89");
        assert_eq!(string("\"é\u{2028}\""), "é\u{2028}");
        assert_eq!(string("''"), "");
    }

    fn units(src: &str) -> Vec<u16> {
        match toks(src).as_slice() {
            [Tok::Str(s)] => s.to_vec(),
            other => panic!("{src}: {other:?}"),
        }
    }

    #[test]
    fn lone_surrogates_are_units() {
        assert_eq!(units(r#""\uD83D""#), [0xD83D]);
        assert_eq!(units(r#""\uD83Dx""#), [0xD83D, 0x78]);
        assert_eq!(units(r#""\uDE00\uD83D""#), [0xDE00, 0xD83D]);
        assert_eq!(units(r#""\u{D800}\u{DC00}""#), [0xD800, 0xDC00]);
        assert_eq!(units(r#""\u{1F600}""#), [0xD83D, 0xDE00]);
        assert_eq!(units("'😀é'"), [0xD83D, 0xDE00, 0xE9]);
    }

    #[test]
    fn string_errors() {
        assert_eq!(num_err("\"abc"), INVALID);
        assert_eq!(num_err("\"ab\ncd\""), INVALID);
        assert_eq!(num_err("'ab\\"), INVALID);
        assert_eq!(num_err(r#""\xZ1""#), "Invalid hexadecimal escape sequence");
        assert_eq!(num_err(r#""\x4""#), "Invalid hexadecimal escape sequence");
        assert_eq!(num_err(r#""\u12""#), "Invalid Unicode escape sequence");
        assert_eq!(num_err(r#""\u{}""#), "Invalid Unicode escape sequence");
        assert_eq!(num_err(r#""\u{110000}""#), "Undefined Unicode code-point");
        assert_eq!(string(r#""\01\123\400\8""#), "\u{1}S\u{20}08");
    }

    #[test]
    fn tokens_and_trivia() {
        use Tok::*;
        assert_eq!(
            toks("#!/usr/bin/env node\na >>>= b // c\n/* d\n */ !== ?? ?. ... => x1 $_ é"),
            vec![
                Ident("a".into()),
                UShrAssign,
                Ident("b".into()),
                NotEqEq,
                QuestionQuestion,
                OptChain,
                Ellipsis,
                Arrow,
                Ident("x1".into()),
                Ident("$_".into()),
                Ident("é".into()),
            ]
        );
        assert_eq!(toks("class of variable"), vec![Reserved("class"), Ident("of".into()), Ident("variable".into())]);
        assert_eq!(num_err("a /* b"), INVALID);
        assert_eq!(num_err("a #!b"), INVALID);
        assert_eq!(num_err("a # b"), INVALID);
        assert_eq!(num_err("a @ b"), INVALID);
        assert_eq!(
            toks("new this delete void in instanceof [ ]"),
            vec![New, This, Delete, Void, In, Instanceof, LBracket, RBracket]
        );
    }

    /// The token stream's contextual tokens, `;` for virtual semicolons.
    fn stream(src: &str) -> String {
        let words: Vec<String> = Tokens::new(src)
            .map(|t| match t.unwrap() {
                (l, Tok::Semi, r) if l == r => "\\n;".to_string(),
                (_, Tok::ObjectOpen, _) => "{obj".to_string(),
                (_, Tok::FunctionExpr, _) => "fn-expr".to_string(),
                (_, Tok::Of, _) => "OF".to_string(),
                (l, _, r) => src[l..r].to_string(),
            })
            .collect();
        words.join(" ")
    }

    #[test]
    fn contextual_tokens() {
        assert_eq!(stream("{} x = {}"), "{ } x = {obj } \\n;");
        assert_eq!(stream("f({a: {}}, [{}])"), "f ( {obj a : {obj } } , [ {obj } ] ) \\n;");
        assert_eq!(stream("if (a) {} else {}"), "if ( a ) { } else { }");
        assert_eq!(stream("do {} while (a)"), "do { } while ( a ) \\n;");
        assert_eq!(stream("function f() {}"), "function f ( ) { }");
        assert_eq!(stream("x = function () { {} }"), "x = fn-expr ( ) { { } } \\n;");
        assert_eq!(stream("(function f() {})"), "( fn-expr f ( ) { } ) \\n;");
        assert_eq!(stream("x = {m() {}, function: 1}"), "x = {obj m ( ) { } , function : 1 } \\n;");
        assert_eq!(stream("x = {a: function () {}}"), "x = {obj a : fn-expr ( ) { } } \\n;");
        assert_eq!(stream("a.function"), "a . function \\n;");
        assert_eq!(stream("for (x of of) {}"), "for ( x OF of ) { }");
        assert_eq!(stream("for (let of of y) {}"), "for ( let of OF y ) { }");
        assert_eq!(stream("for (;{};) {}"), "for ( ; {obj } ; ) { }");
        assert_eq!(stream("x = {do: 1, while: 2}\nwhile (a) {}"), "x = {obj do : 1 , while : 2 } \\n; while ( a ) { }");
        assert_eq!(stream("x = {if() {}}"), "x = {obj if ( ) { } } \\n;");
        assert_eq!(stream("x = {a: 1\n}"), "x = {obj a : 1 } \\n;");
        assert_eq!(stream("x = function () { return 1\n}\ny"), "x = fn-expr ( ) { return 1 \\n; } \\n; y \\n;");
        assert_eq!(stream("a\n[1]"), "a [ 1 ] \\n;");
        assert_eq!(stream("return {}"), "return {obj } \\n;");
    }

    #[test]
    fn everyday_syntax_contexts() {
        // After a label's or a case's `:`, a statement starts (`{` is a block).
        assert_eq!(stream("a: {}"), "a : { }");
        assert_eq!(stream("switch (x) { case 1: {} default: {} }"), "switch ( x ) { case 1 : { } default : { } }");
        assert_eq!(stream("switch (x) { case a ? {} : {}: {} }"), "switch ( x ) { case a ? {obj } : {obj } : { } }");
        assert_eq!(stream("x = a ? {} : {}"), "x = a ? {obj } : {obj } \\n;");
        // Templates: a substitution's braces, and a template continues a line.
        assert_eq!(stream("`a${ {b: 1}.b }c`"), "`a${ {obj b : 1 } . b }c` \\n;");
        assert_eq!(stream("f\n`x`"), "f `x` \\n;");
        assert_eq!(stream("a\n?.b"), "a ?. b \\n;");
        assert_eq!(stream("a?.5:1"), "a ? .5 : 1 \\n;");
        assert_eq!(stream("x ??= {}"), "x ??= {obj } \\n;");
        // `{ a = {} }` in a pattern: a value follows the `=`.
        assert_eq!(stream("({ a = {} } = b)"), "( {obj a = {obj } } = b ) \\n;");
    }

    #[test]
    fn templates() {
        let part = |src: &str| match toks(src).as_slice() {
            [Tok::TemplateFull(p)] => {
                (p.cooked.clone().map(|c| String::from_utf16_lossy(&c)), String::from_utf16_lossy(&p.raw))
            }
            other => panic!("{src}: {other:?}"),
        };
        assert_eq!(part("`a\\nb`"), (Ok("a\nb".into()), "a\\nb".into()));
        assert_eq!(part("`a\r\nb`"), (Ok("a\nb".into()), "a\nb".into()));
        assert_eq!(part("`a\\\nb`"), (Ok("ab".into()), "a\\\nb".into()));
        assert_eq!(part("`\\u{41}\\x42`"), (Ok("AB".into()), "\\u{41}\\x42".into()));
        assert!(part("`\\xg`").0.is_err());
        assert_eq!(part("`\\xg`").1, "\\xg");
        assert_eq!(num_err("`abc"), "Unterminated template literal");
        assert_eq!(num_err("`${a}"), "Unterminated template literal");
        let kinds: Vec<&str> = toks("`a${b}c${d}e`")
            .iter()
            .map(|t| match t {
                Tok::TemplateHead(_) => "head",
                Tok::TemplateMiddle(_) => "middle",
                Tok::TemplateTail(_) => "tail",
                Tok::Ident(_) => "id",
                _ => "?",
            })
            .collect();
        assert_eq!(kinds, ["head", "id", "middle", "id", "tail"]);
    }
}
