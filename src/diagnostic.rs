//! Drawing errors: file:line:col, the source line, and a caret under the
//! span. Compile-time errors use ariadne; very long lines (minified code,
//! generated input) are cut to a window around the error first, so a
//! report never repeats a megabyte of source.

use ariadne::{Color, Config, Label, Report, ReportKind};

use crate::ast::Span;
use crate::source::Source;

/// Lines longer than this are shown as a window around the error.
const MAX_LINE: usize = 160;

pub fn render(src: &Source, span: Span, kind: &str, message: &str, color: bool) -> String {
    let (line, _) = src.line_col(span.start as usize);
    if src.line_text(line).chars().count() > MAX_LINE {
        return format!("{}: {}\n{}", kind, message, snippet(src, span));
    }
    let start = src.text[..(span.start as usize).min(src.text.len())].chars().count();
    let len =
        src.text.get(span.start as usize..(span.end as usize).min(src.text.len())).map_or(0, |s| s.chars().count());
    let range = start..start + len.max(1);
    let name = src.name.clone();
    let mut out = Vec::new();
    let report = Report::build(ReportKind::Custom(kind, Color::Red), (name.as_str(), range.clone()))
        .with_config(Config::default().with_color(color))
        .with_message(message)
        .with_label(Label::new((name.as_str(), range)).with_message("here").with_color(Color::Red))
        .finish();
    // Text past the end of input still gets a caret: pad with a space.
    let text = format!("{} ", src.text);
    if report.write((name.as_str(), ariadne::Source::from(text)), &mut out).is_err() {
        return format!("{}: {}\n{}", kind, message, snippet(src, span));
    }
    let mut text = String::from_utf8_lossy(&out).into_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    // ariadne colours a custom kind's name even with colour off.
    if color {
        text
    } else {
        strip_ansi(&text)
    }
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A plain report body: `at file:line:col`, then the line (or a window of
/// it) with carets under the span.
pub fn snippet(src: &Source, span: Span) -> String {
    let (line, col) = src.line_col(span.start as usize);
    let chars: Vec<char> = src.line_text(line).chars().collect();
    let width = src
        .text
        .get(span.start as usize..span.end as usize)
        .map_or(1, |s| s.lines().next().map_or(1, |l| l.chars().count().max(1)));
    // Show at most MAX_LINE characters, keeping the caret in view.
    let first = (col - 1).saturating_sub(MAX_LINE / 2).min(chars.len());
    let last = (first + MAX_LINE).min(chars.len());
    let mut text: String = chars[first..last].iter().collect();
    let mut caret_col = col - 1 - first;
    if first > 0 {
        text.insert(0, '…');
        caret_col += 1;
    }
    if last < chars.len() {
        text.push('…');
    }
    let carets = width.min(last.saturating_sub(col - 1)).max(1);
    let gutter = line.to_string().len();
    format!(
        "    at {}:{}:{}\n{:>g$} |\n{} | {}\n{:>g$} | {}{}\n",
        src.name,
        line,
        col,
        "",
        line,
        text,
        "",
        " ".repeat(caret_col),
        "^".repeat(carets),
        g = gutter
    )
}
