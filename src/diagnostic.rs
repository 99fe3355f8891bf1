//! Compile-time diagnostics drawn with ariadne: file:line:col, the source
//! line, and a caret under the span.

use ariadne::{Color, Config, Label, Report, ReportKind};

use crate::ast::Span;
use crate::source::Source;

pub fn render(src: &Source, span: Span, headline: &str, color: bool) -> String {
    let (line, col) = src.line_col(span.start as usize);
    let start = src.text[..(span.start as usize).min(src.text.len())].chars().count();
    let len =
        src.text.get(span.start as usize..(span.end as usize).min(src.text.len())).map_or(0, |s| s.chars().count());
    let range = start..start + len.max(1);
    let name = src.name.as_str();
    let mut out = Vec::new();
    let report = Report::build(ReportKind::Error, (name, range.clone()))
        .with_config(Config::default().with_color(color))
        .with_message(format!("{}\n   at {}:{}:{}", headline, name, line, col))
        .with_label(Label::new((name, range)).with_message("here").with_color(Color::Red))
        .finish();
    // Text past the end of input still gets a caret: pad with a space.
    let text = format!("{} ", src.text);
    if report.write((name, ariadne::Source::from(text)), &mut out).is_err() {
        return format!("{}\n    at {}:{}:{}\n", headline, name, line, col);
    }
    String::from_utf8_lossy(&out).into_owned()
}
