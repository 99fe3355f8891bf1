//! The strings `Date.parse` accepts beyond the ISO format: V8's legacy
//! date parser (src/date/dateparser*.{h,cc}), ported rule for rule so
//! that `'Dec 25, 1995'`, `'Mon, 25 Dec 1995 13:30:00 GMT'`,
//! `'1995/12/25 10:00 PM'` or `'2020-1-5'` mean what they mean in node,
//! and what node rejects is NaN here too.
//!
//! The text is cut into tokens (numbers, words, signs, whitespace, the
//! rest), an ISO-like prefix is read first (`YYYY[-MM[-DD]]`), and every
//! token after it feeds one of three composers: the day (up to three
//! numbers and perhaps a month name, ordered by heuristics), the time
//! (`h:m[:s[.ms]]`, AM/PM) and the zone (`GMT+2`, `+0100`, `PST`). A word
//! V8 does not know is ignored before the first number and fatal after.

use crate::datetime::make_date;

/// "Not given" in the composers, as V8's `kNone`.
const NONE: i64 = i64::MAX;

#[derive(Clone, Copy, PartialEq, Debug)]
enum Word {
    Month(i64),
    AmPm(i64),
    /// A zone name: its offset in hours.
    Zone(i64),
    TimeSeparator,
    Unknown,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Token {
    /// Value (only its first nine digits count) and digit count.
    Number(i64, usize),
    Symbol(char),
    /// A word: what it names and its length.
    Word(Word, usize),
    WhiteSpace,
    Unknown,
    End,
}

impl Token {
    fn is_sign(self) -> bool {
        matches!(self, Token::Symbol('+' | '-'))
    }
    fn is_fixed(self, n: usize) -> bool {
        matches!(self, Token::Number(_, len) if len == n)
    }
    fn number(self) -> i64 {
        match self {
            Token::Number(v, _) => v,
            _ => 0,
        }
    }
    /// A lone `Z` (a zone word of length one).
    fn is_z(self) -> bool {
        self == Token::Word(Word::Zone(0), 1)
    }
}

/// The words V8 knows, by their first three letters (a longer word
/// matches only a month: `December`, not `Monday` or `utcx`).
fn lookup(prefix: &[char], len: usize) -> Word {
    const TABLE: &[(&str, Word)] = &[
        ("jan", Word::Month(1)),
        ("feb", Word::Month(2)),
        ("mar", Word::Month(3)),
        ("apr", Word::Month(4)),
        ("may", Word::Month(5)),
        ("jun", Word::Month(6)),
        ("jul", Word::Month(7)),
        ("aug", Word::Month(8)),
        ("sep", Word::Month(9)),
        ("oct", Word::Month(10)),
        ("nov", Word::Month(11)),
        ("dec", Word::Month(12)),
        ("am", Word::AmPm(0)),
        ("pm", Word::AmPm(12)),
        ("ut", Word::Zone(0)),
        ("utc", Word::Zone(0)),
        ("z", Word::Zone(0)),
        ("gmt", Word::Zone(0)),
        ("cdt", Word::Zone(-5)),
        ("cst", Word::Zone(-6)),
        ("edt", Word::Zone(-4)),
        ("est", Word::Zone(-5)),
        ("mdt", Word::Zone(-6)),
        ("mst", Word::Zone(-7)),
        ("pdt", Word::Zone(-7)),
        ("pst", Word::Zone(-8)),
        ("t", Word::TimeSeparator),
    ];
    for &(name, word) in TABLE {
        let name: Vec<char> = name.chars().collect();
        let matches = (0..3).all(|j| prefix.get(j).copied().unwrap_or('\0') == name.get(j).copied().unwrap_or('\0'));
        if matches && (len <= 3 || matches!(word, Word::Month(_))) {
            return word;
        }
    }
    Word::Unknown
}

struct Scanner {
    s: Vec<char>,
    pos: usize,
    next: Token,
}

impl Scanner {
    fn new(text: &str) -> Scanner {
        let mut sc = Scanner { s: text.chars().collect(), pos: 0, next: Token::End };
        sc.next = sc.scan();
        sc
    }

    fn peek(&self) -> Token {
        self.next
    }

    fn advance(&mut self) -> Token {
        let t = self.next;
        self.next = self.scan();
        t
    }

    fn skip_symbol(&mut self, c: char) -> bool {
        if self.next == Token::Symbol(c) {
            self.advance();
            return true;
        }
        false
    }

    fn scan(&mut self) -> Token {
        let s = &self.s;
        let Some(&c) = s.get(self.pos) else { return Token::End };
        if c.is_ascii_digit() {
            let (mut n, start) = (0i64, self.pos);
            while let Some(d) = s.get(self.pos).and_then(|c| c.to_digit(10)) {
                if self.pos - start < 9 {
                    n = n * 10 + i64::from(d);
                }
                self.pos += 1;
            }
            return Token::Number(n, self.pos - start);
        }
        if matches!(c, ':' | '-' | '+' | '.' | ')') {
            self.pos += 1;
            return Token::Symbol(c);
        }
        let space = crate::numconv::is_js_whitespace;
        if c >= 'A' && !space(c) {
            let start = self.pos;
            let mut prefix = Vec::new();
            while let Some(&w) = s.get(self.pos).filter(|&&w| w >= 'A' && !space(w)) {
                if prefix.len() < 3 {
                    prefix.push(w.to_ascii_lowercase());
                }
                self.pos += 1;
            }
            let len = self.pos - start;
            return Token::Word(lookup(&prefix, len), len);
        }
        if space(c) {
            while s.get(self.pos).is_some_and(|&w| space(w)) {
                self.pos += 1;
            }
            return Token::WhiteSpace;
        }
        if c == '(' {
            let mut depth = 0;
            while let Some(&w) = s.get(self.pos) {
                self.pos += 1;
                match w {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
            }
            return Token::Unknown;
        }
        self.pos += 1;
        Token::Unknown
    }
}

fn between(x: i64, lo: i64, hi: i64) -> bool {
    (lo..=hi).contains(&x)
}

struct Day {
    comp: [i64; 3],
    index: usize,
    named_month: i64,
    iso: bool,
}

impl Day {
    fn add(&mut self, n: i64) -> bool {
        if self.index == 3 {
            return false;
        }
        self.comp[self.index] = n;
        self.index += 1;
        true
    }

    /// (year, month 1-based, day), V8's guesses at the order included.
    fn write(&mut self) -> Option<(i64, i64, i64)> {
        if self.index < 1 {
            return None;
        }
        while self.index < 3 {
            self.comp[self.index] = 1;
            self.index += 1;
        }
        let is_day = |x| between(x, 1, 31);
        let c = self.comp;
        let (mut year, month, day) = if self.named_month == NONE {
            if self.iso || !is_day(c[0]) {
                (c[0], c[1], c[2])
            } else {
                (c[2], c[0], c[1])
            }
        } else if !is_day(c[0]) {
            (c[0], self.named_month, c[1])
        } else {
            (c[1], self.named_month, c[0])
        };
        if !self.iso {
            if between(year, 0, 49) {
                year += 2000;
            } else if between(year, 50, 99) {
                year += 1900;
            }
        }
        let smi = between(year, -(1 << 30), (1 << 30) - 1);
        (smi && between(month, 1, 12) && is_day(day)).then_some((year, month, day))
    }
}

struct Time {
    comp: [i64; 4],
    index: usize,
    hour_offset: i64,
}

impl Time {
    fn is_empty(&self) -> bool {
        self.index == 0
    }
    fn expecting(&self, n: i64) -> bool {
        (self.index == 1 || self.index == 2) && between(n, 0, 59) || self.index == 3 && between(n, 0, 999)
    }
    fn add(&mut self, n: i64) -> bool {
        if self.index == 4 {
            return false;
        }
        self.comp[self.index] = n;
        self.index += 1;
        true
    }
    fn add_final(&mut self, n: i64) -> bool {
        if !self.add(n) {
            return false;
        }
        while self.index < 4 {
            self.add(0);
        }
        true
    }
    fn write(&mut self) -> Option<[i64; 4]> {
        while self.index < 4 {
            self.add(0);
        }
        let [mut h, m, s, ms] = self.comp;
        if self.hour_offset != NONE {
            if !between(h, 0, 12) {
                return None;
            }
            h = h % 12 + self.hour_offset;
        }
        let valid = between(h, 0, 23) && between(m, 0, 59) && between(s, 0, 59) && between(ms, 0, 999);
        (valid || h == 24 && m == 0 && s == 0 && ms == 0).then_some([h, m, s, ms])
    }
}

struct Zone {
    sign: i64,
    hour: i64,
    minute: i64,
}

impl Zone {
    fn set(&mut self, hours: i64) {
        self.sign = if hours < 0 { -1 } else { 1 };
        self.hour = hours * self.sign;
        self.minute = 0;
    }
    fn expecting(&self, n: i64) -> bool {
        self.hour != NONE && self.minute == NONE && between(n, 0, 59)
    }
    fn is_utc(&self) -> bool {
        self.hour == 0 && self.minute == 0
    }
    /// The offset in seconds, None for local time, Err for out of range.
    fn write(&self) -> Result<Option<i64>, ()> {
        if self.sign == NONE {
            return Ok(None);
        }
        let h = if self.hour == NONE { 0 } else { self.hour };
        let m = if self.minute == NONE { 0 } else { self.minute };
        let total = h * 3600 + m * 60;
        if total > (1 << 30) - 1 {
            return Err(());
        }
        Ok(Some(total * self.sign))
    }
}

/// The first three significant digits of a fraction, as milliseconds.
fn milliseconds(t: Token) -> i64 {
    let Token::Number(mut n, len) = t else { return 0 };
    match len {
        1 => n *= 100,
        2 => n *= 10,
        3 => {}
        _ => {
            for _ in 3..len.min(9) {
                n /= 10;
            }
        }
    }
    n
}

/// V8's `ParseES5DateTime` as far as the legacy parser continues from it:
/// the date part, then the first token it could not take. Only called on
/// strings the ISO parser rejected, so a time part (`T…`) is an error.
fn iso_prefix(sc: &mut Scanner, day: &mut Day) -> Option<Token> {
    if sc.peek().is_sign() {
        let sign = sc.advance();
        if !sc.peek().is_fixed(6) {
            return Some(sign);
        }
        let y = sc.advance().number();
        if sign == Token::Symbol('-') && y == 0 {
            return Some(sign);
        }
        day.add(if sign == Token::Symbol('-') { -y } else { y });
    } else if sc.peek().is_fixed(4) {
        let y = sc.advance().number();
        day.add(y);
    } else {
        return Some(sc.advance());
    }
    if sc.skip_symbol('-') {
        if !sc.peek().is_fixed(2) || !between(sc.peek().number(), 1, 12) {
            return Some(sc.advance());
        }
        let m = sc.advance().number();
        day.add(m);
        if sc.skip_symbol('-') {
            if !sc.peek().is_fixed(2) || !between(sc.peek().number(), 1, 31) {
                return Some(sc.advance());
            }
            let d = sc.advance().number();
            day.add(d);
        }
    }
    if matches!(sc.peek(), Token::Word(Word::TimeSeparator, _)) {
        return None;
    }
    if sc.peek() == Token::End {
        day.iso = true;
    }
    Some(sc.advance())
}

/// The time value `text` denotes, NaN when V8 would not read it.
pub fn parse(text: &str) -> f64 {
    read(text).unwrap_or(f64::NAN)
}

fn read(text: &str) -> Option<f64> {
    let mut sc = Scanner::new(text);
    let mut day = Day { comp: [0; 3], index: 0, named_month: NONE, iso: false };
    let mut time = Time { comp: [0; 4], index: 0, hour_offset: NONE };
    let mut tz = Zone { sign: NONE, hour: NONE, minute: NONE };
    let mut token = iso_prefix(&mut sc, &mut day)?;
    let mut has_read_number = day.index > 0;
    while token != Token::End {
        match token {
            Token::Number(n, _) => {
                has_read_number = true;
                if sc.skip_symbol(':') {
                    if sc.skip_symbol(':') {
                        if !time.is_empty() {
                            return None;
                        }
                        time.add(n);
                        time.add(0);
                    } else {
                        if !time.add(n) {
                            return None;
                        }
                        if sc.peek() == Token::Symbol('.') {
                            sc.advance();
                        }
                    }
                } else if sc.skip_symbol('.') && time.expecting(n) {
                    time.add(n);
                    if !matches!(sc.peek(), Token::Number(..)) {
                        return None;
                    }
                    let ms = milliseconds(sc.advance());
                    time.add_final(ms);
                } else if tz.expecting(n) {
                    tz.minute = n;
                } else if time.expecting(n) {
                    time.add_final(n);
                    let p = sc.peek();
                    if !(p == Token::End || p == Token::WhiteSpace || p.is_z() || p.is_sign()) {
                        return None;
                    }
                } else {
                    if !day.add(n) {
                        return None;
                    }
                    sc.skip_symbol('-');
                }
            }
            Token::Word(Word::AmPm(h), _) if !time.is_empty() => time.hour_offset = h,
            Token::Word(Word::Month(m), _) => {
                day.named_month = m;
                sc.skip_symbol('-');
            }
            Token::Word(Word::Zone(h), _) if has_read_number => tz.set(h),
            // Garbage words are illegal once a number has been read, and
            // must be separated from the first one.
            Token::Word(..) if has_read_number || matches!(sc.peek(), Token::Number(..)) => return None,
            Token::Word(..) => {}
            t if t.is_sign() && (tz.is_utc() || !time.is_empty()) => {
                // A UTC offset, after `UTC` or a time.
                tz.sign = if t == Token::Symbol('-') { -1 } else { 1 };
                let (mut n, mut len) = (0, 0);
                if let Token::Number(v, l) = sc.peek() {
                    sc.advance();
                    (n, len) = (v, l);
                }
                has_read_number = true;
                if sc.peek() == Token::Symbol(':') {
                    tz.hour = n;
                    tz.minute = NONE;
                } else if len == 1 || len == 2 {
                    tz.hour = n;
                    tz.minute = 0;
                } else if len == 3 || len == 4 {
                    tz.hour = n / 100;
                    tz.minute = n % 100;
                } else {
                    return None;
                }
            }
            t if (t.is_sign() || t == Token::Symbol(')')) && has_read_number => return None,
            _ => {}
        }
        token = sc.advance();
    }
    let (y, m, d) = day.write()?;
    let [h, mi, s, ms] = time.write()?;
    let offset = tz.write().ok()?;
    let f = [y, m - 1, d, h, mi, s, ms].map(|x| x as f64);
    let t = make_date(&f) - offset.unwrap_or(0) as f64 * 1000.0;
    Some(t)
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn node_examples() {
        assert_eq!(parse("Dec 25, 1995"), 819_849_600_000.0);
        assert_eq!(parse("Mon, 25 Dec 1995 13:30:00 GMT"), 819_898_200_000.0);
        assert_eq!(parse("Mon, 25 Dec 1995 13:30:00 +0430"), 819_882_000_000.0);
        assert_eq!(parse("1995/12/25 10:00 PM"), 819_928_800_000.0);
        assert!(parse("Dec 25, 1995 foo").is_nan());
        assert!(parse("hello").is_nan());
    }
}
