//! `Date` and `performance.now()`: enough of both for the programs that
//! time themselves (`Date.now()`, `new Date() - start`,
//! `performance.now()`) and for the ones that compute with calendar dates.
//!
//! A Date holds one number, milliseconds since 1970 UTC (NaN for an
//! invalid date), in its class (`ObjClass::Date`). stitch has no time-zone
//! database: local time is UTC, so `getHours` equals `getUTCHours` and
//! `toString` ends in `GMT+0000 (Coordinated Universal Time)`, which is
//! what node prints on a machine whose zone is UTC (`TZ=UTC`).
//! `Date.parse` reads the ISO format JavaScript specifies and, as node
//! does, everything V8's legacy parser reads (`date/legacy.rs`).

mod legacy;

use std::cell::Cell;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use super::arg;
use crate::error::{ErrorKind, JsResult};
use crate::heap::shape::HIDDEN;
use crate::heap::{JsObject, ObjClass, ObjKind, PropKey};
use crate::ops::{to_number, Hint};
use crate::property;
use crate::value::Value;
use crate::vm::Vm;

use crate::datetime::{date_text, fields, iso_text, make_date, string_of, time_text, year_text, DAYS, MONTHS};

/// When the process started, for `performance.now()`.
static ORIGIN: OnceLock<(Instant, f64)> = OnceLock::new();

fn origin() -> (Instant, f64) {
    *ORIGIN.get_or_init(|| (Instant::now(), epoch_ms()))
}

fn epoch_ms() -> f64 {
    let d = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    d.as_millis() as f64
}

/// The spec's TimeClip: NaN outside ±8.64e15 ms, else an integer (no -0).
fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > 8.64e15 {
        return f64::NAN;
    }
    t.trunc() + 0.0
}

/// `new Date(y, m, ...)` and `Date.UTC`: the arguments as fields (a
/// two-digit year means 19xx).
fn from_args(vm: &mut Vm, args: &[Value]) -> JsResult<f64> {
    let mut f = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    for (i, slot) in f.iter_mut().enumerate() {
        if i < args.len() {
            *slot = to_number(vm, args[i])?;
        }
    }
    if f[0].is_finite() && (0.0..=99.0).contains(&f[0].trunc()) {
        f[0] = 1900.0 + f[0].trunc();
    }
    Ok(time_clip(make_date(&f)))
}

fn digits(s: &[u8], n: usize) -> Option<f64> {
    if s.len() < n || !s[..n].iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s[..n].iter().fold(0.0, |a, &c| a * 10.0 + f64::from(c - b'0')))
}

/// The date-time string format of ECMA-262 (21.4.1.32):
/// `YYYY[-MM[-DD]][THH:mm[:ss[.sss]]][Z|±HH:mm]`, years also `±YYYYYY`.
/// A date alone is UTC; a date-time without an offset is local (UTC here).
/// What it rejects goes to the legacy parser, as in V8.
pub fn parse(text: &str) -> f64 {
    let t = parse_iso(text);
    if t.is_nan() {
        return time_clip(legacy::parse(text));
    }
    t
}

fn parse_iso(text: &str) -> f64 {
    let s = text.trim().as_bytes();
    let mut i;
    let year = match s.first() {
        Some(&sign @ (b'+' | b'-')) => {
            let Some(y) = digits(&s[1..], 6) else { return f64::NAN };
            if sign == b'-' && y == 0.0 {
                return f64::NAN;
            }
            i = 7;
            if sign == b'-' {
                -y
            } else {
                y
            }
        }
        _ => {
            let Some(y) = digits(s, 4) else { return f64::NAN };
            i = 4;
            y
        }
    };
    let mut f = [year, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    // Month (stored 0-based) then day.
    for (slot, bias) in f[1..3].iter_mut().zip([1.0, 0.0]) {
        if s.get(i) != Some(&b'-') {
            break;
        }
        let Some(v) = digits(&s[i + 1..], 2) else { return f64::NAN };
        *slot = v - bias;
        i += 3;
    }
    if f[1] > 11.0 || f[2] < 1.0 || f[2] > 31.0 {
        return f64::NAN;
    }
    let mut offset = 0.0;
    if matches!(s.get(i), Some(b'T' | b't' | b' ')) {
        let (Some(h), Some(b':'), Some(mi)) =
            (digits(&s[i + 1..], 2), s.get(i + 3), digits(&s[(i + 4).min(s.len())..], 2))
        else {
            return f64::NAN;
        };
        f[3] = h;
        f[4] = mi;
        i += 6;
        if s.get(i) == Some(&b':') {
            let Some(sec) = digits(&s[i + 1..], 2) else { return f64::NAN };
            f[5] = sec;
            i += 3;
            if s.get(i) == Some(&b'.') {
                let start = i + 1;
                let mut j = start;
                while j < s.len() && s[j].is_ascii_digit() {
                    j += 1;
                }
                if j == start {
                    return f64::NAN;
                }
                // Milliseconds are the first three digits; more are ignored.
                let frac = &s[start..j.min(start + 3)];
                let scale = [100.0, 10.0, 1.0];
                f[6] = frac.iter().zip(scale).map(|(&c, k)| f64::from(c - b'0') * k).sum();
                i = j;
            }
        }
        if f[3] > 24.0 || f[4] > 59.0 || f[5] > 59.0 || (f[3] == 24.0 && (f[4] + f[5] + f[6]) > 0.0) {
            return f64::NAN;
        }
        match s.get(i) {
            Some(b'Z' | b'z') => i += 1,
            Some(&sign @ (b'+' | b'-')) => {
                let (Some(oh), Some(b':'), Some(om)) =
                    (digits(&s[i + 1..], 2), s.get(i + 3), digits(&s[(i + 4).min(s.len())..], 2))
                else {
                    return f64::NAN;
                };
                offset = (oh * 60.0 + om) * 60_000.0 * if sign == b'+' { 1.0 } else { -1.0 };
                i += 6;
            }
            _ => {}
        }
    }
    if i != s.len() {
        return f64::NAN;
    }
    time_clip(make_date(&f) - offset)
}

/// A Date's time value, or node's TypeError for any other receiver.
fn this_time(vm: &mut Vm, this: Value) -> JsResult<f64> {
    match this.as_object().map(|o| &o.class) {
        Some(ObjClass::Date(t)) => Ok(t.get()),
        _ => Err(vm.throw_error(ErrorKind::TypeError, "this is not a Date object.")),
    }
}

/// A Date's time value for a method V8 checks with its generic receiver
/// test (the setters, formatters, `getYear`): any other receiver is
/// "Method Date.prototype.NAME called on incompatible receiver …".
fn date_receiver(vm: &mut Vm, this: Value, method: &str) -> JsResult<f64> {
    match this.as_object().map(|o| &o.class) {
        Some(ObjClass::Date(t)) => Ok(t.get()),
        _ => {
            let text = property::receiver_text(vm, this);
            let msg = format!("Method Date.prototype.{method} called on incompatible receiver {text}");
            Err(vm.throw_error(ErrorKind::TypeError, &msg))
        }
    }
}

fn set_this_time(this: Value, t: f64) {
    if let Some(ObjClass::Date(c)) = this.as_object().map(|o| &o.class) {
        c.set(t);
    }
}

fn new_date(vm: &mut Vm, t: f64) -> JsResult<Value> {
    let target = std::mem::replace(&mut vm.new_target, Value::UNDEFINED);
    let mut proto = vm.realm.intrinsics.date_proto;
    if target.as_callable().is_some() && target != vm.realm.intrinsics.date_ctor {
        let p = property::get(vm, target, PropKey::Name(vm.realm.prototype))?;
        if p.as_object().is_some() {
            proto = p;
        }
    }
    let shape = vm.shapes.root(proto);
    Ok(vm.alloc(ObjKind::Object(JsObject::new(shape, ObjClass::Date(Cell::new(t))))))
}

fn date_ctor(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    if vm.new_target == Value::UNDEFINED {
        // `Date()` without `new` is the current time as a string.
        let text = string_of(epoch_ms());
        return Ok(vm.string(text));
    }
    let t = match args {
        [] => epoch_ms(),
        [v] => {
            let v = *v;
            if let Some(ObjClass::Date(t)) = v.as_object().map(|o| &o.class) {
                t.get()
            } else {
                let p = crate::ops::to_primitive(vm, v, Hint::Default)?;
                if p.is_string() {
                    parse(&crate::format::to_string(p))
                } else {
                    time_clip(to_number(vm, p)?)
                }
            }
        }
        _ => from_args(vm, args)?,
    };
    new_date(vm, t)
}

fn now(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    Ok(vm.number(epoch_ms()))
}

fn date_parse(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let s = crate::ops::to_js_string(vm, arg(args, 0))?;
    Ok(vm.number(parse(&crate::format::to_string(s))))
}

fn utc(vm: &mut Vm, _this: Value, args: &[Value]) -> JsResult<Value> {
    let t = from_args(vm, args)?;
    Ok(vm.number(t))
}

fn get_time(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    Ok(vm.number(t))
}

fn timezone_offset(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    Ok(vm.number(if t.is_nan() { f64::NAN } else { 0.0 }))
}

/// A getter of one field (local and UTC are the same here).
fn get_field(vm: &mut Vm, this: Value, field: usize) -> JsResult<Value> {
    let t = this_time(vm, this)?;
    if t.is_nan() {
        return Ok(vm.number(f64::NAN));
    }
    let x = fields(t);
    let v = if field == 7 { x.weekday as f64 } else { x.f[field] };
    Ok(vm.number(v))
}

/// A setter that replaces fields `first..first + max` from its arguments
/// (`setHours(h, m, s, ms)`, `setMonth(m, d)`, …); `setFullYear` starts
/// from +0 when the date is invalid, the others stay invalid.
fn set_fields(vm: &mut Vm, this: Value, args: &[Value], first: usize, max: usize, method: &str) -> JsResult<Value> {
    let t = date_receiver(vm, this, method)?;
    let mut given = Vec::with_capacity(max);
    for &a in args.iter().take(max.max(1)) {
        given.push(to_number(vm, a)?);
    }
    if given.is_empty() {
        given.push(f64::NAN);
    }
    let base = if t.is_nan() && first == 0 { 0.0 } else { t };
    let t = if base.is_nan() {
        f64::NAN
    } else {
        let mut f = fields(base).f;
        for (k, v) in given.into_iter().enumerate() {
            f[first + k] = v;
        }
        time_clip(make_date(&f))
    };
    set_this_time(this, t);
    Ok(vm.number(t))
}

fn set_time(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    date_receiver(vm, this, "setTime")?;
    let t = time_clip(to_number(vm, arg(args, 0))?);
    set_this_time(this, t);
    Ok(vm.number(t))
}

macro_rules! getters {
    ($($name:ident $utc:ident => $field:expr),* $(,)?) => {
        $(
            #[allow(non_snake_case)] // named as the JavaScript methods
            fn $name(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
                get_field(vm, this, $field)
            }
        )*
        const GETTERS: &[(&str, &str, crate::vm::NativeFn)] =
            &[$((stringify!($name), stringify!($utc), $name)),*];
    };
}

getters!(
    getFullYear getUTCFullYear => 0,
    getMonth getUTCMonth => 1,
    getDate getUTCDate => 2,
    getHours getUTCHours => 3,
    getMinutes getUTCMinutes => 4,
    getSeconds getUTCSeconds => 5,
    getMilliseconds getUTCMilliseconds => 6,
    getDay getUTCDay => 7,
);

macro_rules! setters {
    ($($name:ident $utc:ident => $first:expr, $max:expr),* $(,)?) => {
        $(
            // One function each: a TypeError names the method.
            #[allow(non_snake_case)] // named as the JavaScript methods
            fn $name(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
                set_fields(vm, this, args, $first, $max, stringify!($name))
            }
            #[allow(non_snake_case)]
            fn $utc(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
                set_fields(vm, this, args, $first, $max, stringify!($utc))
            }
        )*
        const SETTERS: &[(&str, &str, u8, crate::vm::NativeFn, crate::vm::NativeFn)] =
            &[$((stringify!($name), stringify!($utc), $max, $name, $utc)),*];
    };
}

setters!(
    setFullYear setUTCFullYear => 0, 3,
    setMonth setUTCMonth => 1, 2,
    setDate setUTCDate => 2, 1,
    setHours setUTCHours => 3, 4,
    setMinutes setUTCMinutes => 4, 3,
    setSeconds setUTCSeconds => 5, 2,
    setMilliseconds setUTCMilliseconds => 6, 1,
);

/// `getYear`, Annex B's: the year minus 1900.
fn get_year(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    date_receiver(vm, this, "getYear")?;
    let y = get_field(vm, this, 0)?;
    let y = y.as_number().unwrap_or(f64::NAN);
    Ok(vm.number(y - 1900.0))
}

/// `setYear`, Annex B's: a year from 0 to 99 is 1900 plus it; the month,
/// day and time stay (an invalid date starts from +0, as `setFullYear`).
fn set_year(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    date_receiver(vm, this, "setYear")?;
    let y = to_number(vm, arg(args, 0))?;
    if y.is_nan() {
        set_this_time(this, f64::NAN);
        return Ok(vm.number(f64::NAN));
    }
    let y = y.trunc();
    let year = if (0.0..=99.0).contains(&y) { 1900.0 + y } else { y };
    let year = vm.number(year);
    set_fields(vm, this, &[year], 0, 1, "setYear")
}

/// A method that formats the time value (`toISOString` throws for an
/// invalid date, the others print `Invalid Date`).
fn format_with(vm: &mut Vm, this: Value, method: &str, f: fn(f64) -> String) -> JsResult<Value> {
    let t = date_receiver(vm, this, method)?;
    let text = if t.is_nan() { "Invalid Date".into() } else { f(t) };
    Ok(vm.string(text))
}

fn to_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    format_with(vm, this, "toString", string_of)
}

fn to_date_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    format_with(vm, this, "toDateString", date_text)
}

fn to_time_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    format_with(vm, this, "toTimeString", time_text)
}

fn to_utc_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    format_with(vm, this, "toUTCString", |t| {
        let x = fields(t);
        let [y, mo, d, h, mi, s, _] = x.f;
        format!("{}, {d:02} {} {} {h:02}:{mi:02}:{s:02} GMT", DAYS[x.weekday], MONTHS[mo as usize], year_text(y))
    })
}

/// node's en-US formats: `12/1/2026` and `7:50:00 PM`.
fn locale_date(t: f64) -> String {
    let x = fields(t);
    format!("{}/{}/{}", x.f[1] + 1.0, x.f[2], x.f[0])
}

fn locale_time(t: f64) -> String {
    let x = fields(t);
    let h = x.f[3];
    let h12 = if h % 12.0 == 0.0 { 12.0 } else { h % 12.0 };
    format!("{h12}:{:02}:{:02} {}", x.f[4], x.f[5], if h < 12.0 { "AM" } else { "PM" })
}

fn to_locale_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    format_with(vm, this, "toLocaleString", |t| format!("{}, {}", locale_date(t), locale_time(t)))
}

fn to_locale_date_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    format_with(vm, this, "toLocaleDateString", locale_date)
}

fn to_locale_time_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    format_with(vm, this, "toLocaleTimeString", locale_time)
}

fn to_iso_string(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let t = date_receiver(vm, this, "toISOString")?;
    match iso_text(t) {
        Some(text) => Ok(vm.string(text)),
        None => Err(vm.throw_error(ErrorKind::RangeError, "Invalid time value")),
    }
}

/// `toJSON`: null for an invalid date, else `this.toISOString()` (looked
/// up, as the spec says, so an override is honoured).
fn to_json(vm: &mut Vm, this: Value, _args: &[Value]) -> JsResult<Value> {
    let p = crate::ops::to_primitive(vm, this, Hint::Number)?;
    if p.is_number() && !p.as_number().is_some_and(f64::is_finite) {
        return Ok(Value::NULL);
    }
    let key = property::key_of_str(vm, "toISOString");
    let f = property::get(vm, this, key)?;
    if f.as_callable().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "toISOString is not a function"));
    }
    crate::calls::call_function(vm, f, this, &[])
}

/// `Date.prototype[Symbol.toPrimitive]`: a Date converts to its string
/// unless a number is asked for (`date - start` subtracts times, `"" +
/// date` prints it).
fn to_primitive(vm: &mut Vm, this: Value, args: &[Value]) -> JsResult<Value> {
    if this.as_object().is_none() {
        return Err(vm.throw_error(ErrorKind::TypeError, "Date.prototype [ @@toPrimitive ] called on non-object"));
    }
    let h = arg(args, 0);
    let hint = match h.is_string().then(|| crate::format::to_string(h)).as_deref() {
        Some("number") => Hint::Number,
        Some("string" | "default") => Hint::String,
        _ => {
            let msg = format!("Invalid hint: {}", crate::format::debug(h));
            return Err(vm.throw_error(ErrorKind::TypeError, &msg));
        }
    };
    crate::ops::ordinary_to_primitive(vm, this, hint)
}

/// Milliseconds since the process started (`performance.now()`).
pub fn process_ms() -> f64 {
    origin().0.elapsed().as_secs_f64() * 1000.0
}

fn performance_now(vm: &mut Vm, _this: Value, _args: &[Value]) -> JsResult<Value> {
    let ms = origin().0.elapsed().as_secs_f64() * 1000.0;
    Ok(vm.number(ms))
}

pub fn install(vm: &mut Vm) {
    origin();
    let object_proto = vm.realm.object_proto;
    let shape = vm.shapes.root(object_proto);
    let proto = vm.pin(JsObject::new(shape, ObjClass::Plain));
    vm.realm.intrinsics.date_proto = proto;
    let ctor = vm.native_constructor("Date", 7, date_ctor);
    vm.realm.intrinsics.date_ctor = ctor;
    super::constant(vm, ctor, "prototype", proto);
    property::define_named(vm, proto, "constructor", HIDDEN, ctor);
    super::method(vm, ctor, "now", 0, now);
    super::method(vm, ctor, "parse", 1, date_parse);
    super::method(vm, ctor, "UTC", 7, utc);
    super::method(vm, proto, "getTime", 0, get_time);
    super::method(vm, proto, "valueOf", 0, get_time);
    super::method(vm, proto, "getTimezoneOffset", 0, timezone_offset);
    super::method(vm, proto, "setTime", 1, set_time);
    super::method(vm, proto, "getYear", 0, get_year);
    super::method(vm, proto, "setYear", 1, set_year);
    for &(local, utc, f) in GETTERS {
        super::method(vm, proto, local, 0, f);
        super::method(vm, proto, utc, 0, f);
    }
    for &(local, utc, n, f, g) in SETTERS {
        super::method(vm, proto, local, n, f);
        super::method(vm, proto, utc, n, g);
    }
    let formats: [(&str, crate::vm::NativeFn); 9] = [
        ("toString", to_string),
        ("toDateString", to_date_string),
        ("toTimeString", to_time_string),
        ("toUTCString", to_utc_string),
        ("toISOString", to_iso_string),
        ("toJSON", to_json),
        ("toLocaleString", to_locale_string),
        ("toLocaleDateString", to_locale_date_string),
        ("toLocaleTimeString", to_locale_time_string),
    ];
    for (name, f) in formats {
        super::method(vm, proto, name, if name == "toJSON" { 1 } else { 0 }, f);
    }
    // The same function as toUTCString (its errors name that method).
    if let Some(p) = proto.as_object() {
        let key = property::key_of_str(vm, "toUTCString");
        let f = property::get_own(vm, p, key).unwrap_or(Value::UNDEFINED);
        property::define_named(vm, proto, "toGMTString", HIDDEN, f);
    }
    let tp = vm.native_function("[Symbol.toPrimitive]", 1, to_primitive);
    if let Some(o) = proto.as_object() {
        let key = PropKey::Name(vm.realm.intrinsics.to_primitive);
        property::define(vm, o, key, crate::heap::shape::CONFIGURABLE, tp);
    }
    super::global(vm, "Date", ctor);

    let perf = super::namespace(vm);
    super::method(vm, perf, "now", 0, performance_now);
    let t0 = vm.number(origin().1);
    super::constant(vm, perf, "timeOrigin", t0);
    super::global(vm, "performance", perf);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::datetime::{civil_from_days, days_from_civil};

    #[test]
    fn civil_round_trip() {
        for day in [-719_468.0, -1.0, 0.0, 59.0, 10_957.0, 20_423.0, 2_932_896.0] {
            let (y, m, d) = civil_from_days(day);
            assert_eq!(days_from_civil(y, m, d), day);
        }
        assert_eq!(civil_from_days(0.0), (1970.0, 1.0, 1.0));
        assert_eq!(civil_from_days(11_016.0), (2000.0, 2.0, 29.0));
    }

    #[test]
    fn iso_parse_and_print() {
        assert_eq!(parse("1970-01-01T00:00:00.000Z"), 0.0);
        assert_eq!(parse("2000-02-29"), 951_782_400_000.0);
        assert_eq!(parse("2020-06-15T12:30:00+02:00"), 1_592_217_000_000.0);
        assert_eq!(iso_text(1_592_217_000_123.0).as_deref(), Some("2020-06-15T10:30:00.123Z"));
        assert_eq!(iso_text(-62_198_755_200_000.0).as_deref(), Some("-000001-01-01T00:00:00.000Z"));
        assert!(parse("2020-13-01").is_nan());
        assert!(parse("hello").is_nan());
        // Not ISO (year -0 is refused), but V8's legacy parser, which
        // takes over, reads it as 2001-01-01, as node prints.
        assert_eq!(parse("-000000-01-01"), 978_307_200_000.0);
    }
}
