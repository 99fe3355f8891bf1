//! Calendar arithmetic and the text of dates, apart from the `Date`
//! built-in (`builtins/date.rs`) so that the printer (`inspect`) can show
//! a Date without importing the built-ins. Time values are milliseconds
//! since 1970 UTC; stitch's local time is UTC.

pub const MS_PER_DAY: f64 = 86_400_000.0;
pub const DAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
pub const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// Days since 1970-01-01 of a proleptic Gregorian date (month 1..=12).
pub fn days_from_civil(y: f64, m: f64, d: f64) -> f64 {
    let y = if m <= 2.0 { y - 1.0 } else { y };
    let era = (y / 400.0).floor();
    let yoe = y - era * 400.0;
    let mp = if m > 2.0 { m - 3.0 } else { m + 9.0 };
    let doy = ((153.0 * mp + 2.0) / 5.0).floor() + d - 1.0;
    let doe = yoe * 365.0 + (yoe / 4.0).floor() - (yoe / 100.0).floor() + doy;
    era * 146_097.0 + doe - 719_468.0
}

/// (year, month 1..=12, day 1..=31) of a day number.
pub fn civil_from_days(z: f64) -> (f64, f64, f64) {
    let z = z + 719_468.0;
    let era = (z / 146_097.0).floor();
    let doe = z - era * 146_097.0;
    let yoe = ((doe - (doe / 1460.0).floor() + (doe / 36_524.0).floor() - (doe / 146_096.0).floor()) / 365.0).floor();
    let doy = doe - (365.0 * yoe + (yoe / 4.0).floor() - (yoe / 100.0).floor());
    let mp = ((5.0 * doy + 2.0) / 153.0).floor();
    let d = doy - ((153.0 * mp + 2.0) / 5.0).floor() + 1.0;
    let m = if mp < 10.0 { mp + 3.0 } else { mp - 9.0 };
    (era * 400.0 + yoe + if m <= 2.0 { 1.0 } else { 0.0 }, m, d)
}

/// A time value's fields: year, month (0-based), day, hours, minutes,
/// seconds, milliseconds, and the weekday (0 = Sunday).
pub struct Fields {
    pub f: [f64; 7],
    pub weekday: usize,
}

pub fn fields(t: f64) -> Fields {
    let day = (t / MS_PER_DAY).floor();
    let ms = t - day * MS_PER_DAY;
    let (y, m, d) = civil_from_days(day);
    let weekday = (day + 4.0).rem_euclid(7.0) as usize;
    let f = [
        y,
        m - 1.0,
        d,
        (ms / 3_600_000.0).floor(),
        (ms / 60_000.0).floor() % 60.0,
        (ms / 1000.0).floor() % 60.0,
        ms % 1000.0,
    ];
    Fields { f, weekday }
}

/// MakeDate(MakeDay(y, m, d), MakeTime(h, mi, s, ms)), unclipped.
pub fn make_date(f: &[f64; 7]) -> f64 {
    if f.iter().any(|x| !x.is_finite()) {
        return f64::NAN;
    }
    let f = f.map(f64::trunc);
    let y = f[0] + (f[1] / 12.0).floor();
    let m = f[1].rem_euclid(12.0);
    let day = days_from_civil(y, m + 1.0, 1.0) + f[2] - 1.0;
    day * MS_PER_DAY + f[3] * 3_600_000.0 + f[4] * 60_000.0 + f[5] * 1000.0 + f[6]
}

pub fn year_text(y: f64) -> String {
    if y < 0.0 {
        format!("-{:04}", -y)
    } else {
        format!("{y:04}")
    }
}

/// `Tue Dec 01 2026` (toDateString).
pub fn date_text(t: f64) -> String {
    let x = fields(t);
    format!("{} {} {:02} {}", DAYS[x.weekday], MONTHS[x.f[1] as usize], x.f[2], year_text(x.f[0]))
}

/// `19:50:00 GMT+0000 (Coordinated Universal Time)` (toTimeString).
pub fn time_text(t: f64) -> String {
    let x = fields(t);
    format!("{:02}:{:02}:{:02} GMT+0000 (Coordinated Universal Time)", x.f[3], x.f[4], x.f[5])
}

/// What console.log shows for a Date: its ISO string, or `Invalid Date`.
pub fn inspect_text(t: f64) -> String {
    iso_text(t).unwrap_or_else(|| "Invalid Date".into())
}

pub fn iso_text(t: f64) -> Option<String> {
    if t.is_nan() {
        return None;
    }
    let x = fields(t);
    let y = x.f[0];
    let year = if (0.0..=9999.0).contains(&y) {
        format!("{y:04}")
    } else if y < 0.0 {
        format!("-{:06}", -y)
    } else {
        format!("+{y:06}")
    };
    let [_, mo, d, h, mi, s, ms] = x.f;
    Some(format!("{year}-{:02}-{d:02}T{h:02}:{mi:02}:{s:02}.{ms:03}Z", mo + 1.0))
}

/// `String(date)`: `Tue Dec 01 2026 19:50:00 GMT+0000 (…)`.
pub fn string_of(t: f64) -> String {
    if t.is_nan() {
        return "Invalid Date".into();
    }
    format!("{} {}", date_text(t), time_text(t))
}
