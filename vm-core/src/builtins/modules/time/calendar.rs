//! Broken-down time: `time.struct_time`, `gmtime`, `localtime`, `mktime`,
//! `asctime` and `strftime` (the C locale's names and formats).
//!
//! The host reports no time zone, so local time is UTC: `localtime` is
//! `gmtime`, `mktime` its inverse, and `%Z` gives `UTC` (a deviation from
//! CPython wherever the machine's zone is another).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::super::structseq::{self, StructSeqDef};
use crate::builtins::{arg_at, arity, no_kwargs};
use crate::runtime::object::{Obj, PyResult};
use crate::runtime::value::{ObjRef, Value};
use crate::vm::Vm;

/// `time.struct_time`.
pub static STRUCT_TIME: StructSeqDef = StructSeqDef {
    module: "time",
    name: "struct_time",
    fields: &[
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ],
    n_sequence: 9,
};

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A broken-down UTC time, fields as in `struct_time` (`mon` 1-12,
/// `wday` 0 = Monday, `yday` 1-366).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tm {
    pub year: i64,
    pub mon: i64,
    pub mday: i64,
    pub hour: i64,
    pub min: i64,
    pub sec: i64,
    pub wday: i64,
    pub yday: i64,
    pub isdst: i64,
}

/// Days from 1970-01-01 to the date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

impl Tm {
    /// The UTC time `secs` seconds after the epoch.
    pub fn from_epoch(secs: i64) -> Tm {
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        // `civil_from_days`.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let mday = doy - (153 * mp + 2) / 5 + 1;
        let mon = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(mon <= 2);
        Tm {
            year,
            mon,
            mday,
            hour: rem / 3600,
            min: rem / 60 % 60,
            sec: rem % 60,
            // 1970-01-01 was a Thursday (3).
            wday: (days + 3).rem_euclid(7),
            yday: days - days_from_civil(year, 1, 1) + 1,
            isdst: 0,
        }
    }

    /// Seconds since the epoch (fields past their ranges carry over, as C's `timegm`).
    pub fn to_epoch(self) -> i64 {
        let mon0 = self.mon - 1;
        let year = self.year + mon0.div_euclid(12);
        let days = days_from_civil(year, mon0.rem_euclid(12) + 1, 1) + self.mday - 1;
        days * 86_400 + self.hour * 3600 + self.min * 60 + self.sec
    }

    fn day_abbr(&self) -> &'static str {
        DAYS.get(self.wday.rem_euclid(7) as usize).map_or("???", |d| &d[..3])
    }

    fn month_abbr(&self) -> &'static str {
        MONTHS.get((self.mon - 1).clamp(0, 11) as usize).map_or("???", |m| &m[..3])
    }

    /// `asctime`'s text: `Thu Jan  1 00:00:00 1970`.
    fn asctime(&self) -> String {
        format!(
            "{} {} {:2} {:02}:{:02}:{:02} {}",
            self.day_abbr(),
            self.month_abbr(),
            self.mday,
            self.hour,
            self.min,
            self.sec,
            self.year
        )
    }

    /// C's `strftime` in the C locale; unknown directives are kept as written.
    fn strftime(&self, fmt: &str, zone: &str) -> String {
        let mut out = String::new();
        let mut chars = fmt.chars();
        // C's weekday: 0 = Sunday.
        let c_wday = (self.wday + 1).rem_euclid(7);
        let yday0 = self.yday - 1;
        while let Some(c) = chars.next() {
            if c != '%' {
                out.push(c);
                continue;
            }
            let Some(d) = chars.next() else {
                out.push('%');
                break;
            };
            let text = match d {
                'a' => String::from(self.day_abbr()),
                'A' => String::from(DAYS.get(self.wday.rem_euclid(7) as usize).copied().unwrap_or("?")),
                'b' | 'h' => String::from(self.month_abbr()),
                'B' => String::from(MONTHS.get((self.mon - 1).clamp(0, 11) as usize).copied().unwrap_or("?")),
                'c' => self.asctime(),
                'd' => format!("{:02}", self.mday),
                'e' => format!("{:2}", self.mday),
                'H' => format!("{:02}", self.hour),
                'I' => format!("{:02}", (self.hour + 11) % 12 + 1),
                'j' => format!("{:03}", self.yday),
                'm' => format!("{:02}", self.mon),
                'M' => format!("{:02}", self.min),
                'p' => String::from(if self.hour < 12 { "AM" } else { "PM" }),
                'S' => format!("{:02}", self.sec),
                'U' => format!("{:02}", (yday0 + 7 - c_wday) / 7),
                'W' => format!("{:02}", (yday0 + 7 - (c_wday + 6) % 7) / 7),
                'w' => format!("{c_wday}"),
                'u' => format!("{}", self.wday + 1),
                'x' => format!("{:02}/{:02}/{:02}", self.mon, self.mday, self.year.rem_euclid(100)),
                'X' | 'T' => format!("{:02}:{:02}:{:02}", self.hour, self.min, self.sec),
                'D' => format!("{:02}/{:02}/{:02}", self.mon, self.mday, self.year.rem_euclid(100)),
                'F' => format!("{}-{:02}-{:02}", self.year, self.mon, self.mday),
                'R' => format!("{:02}:{:02}", self.hour, self.min),
                'y' => format!("{:02}", self.year.rem_euclid(100)),
                'Y' => format!("{}", self.year),
                'C' => format!("{:02}", self.year.div_euclid(100)),
                'n' => String::from("\n"),
                't' => String::from("\t"),
                'Z' => String::from(zone),
                'z' => String::from("+0000"),
                '%' => String::from("%"),
                other => format!("%{other}"),
            };
            out.push_str(&text);
        }
        out
    }
}

/// `secs` as `gmtime`/`localtime` take it: `None` (now), an int or a float
/// (rounded toward minus infinity).
fn seconds_arg(vm: &mut Vm, args: &[Value]) -> PyResult<i64> {
    match arg_at(args, 0) {
        Value::None | Value::Null => Ok(libm::floor(vm.host.time().unwrap_or(0.0)) as i64),
        Value::Float(f) if f.is_nan() => Err(vm.value_error("Invalid value NaN (not a number)")),
        Value::Float(f) if f.abs() < 9.0e15 => Ok(libm::floor(f) as i64),
        Value::Float(_) => Err(vm.overflow_error("timestamp out of range for platform time_t")),
        v => {
            if !vm.is_int(v) {
                return Err(vm.not_integer_error(v));
            }
            match vm.to_i64(v) {
                Some(n) if n.abs() < 67_767_976_233_316_800 => Ok(n),
                _ => Err(vm.overflow_error("timestamp out of range for platform time_t")),
            }
        }
    }
}

/// The `struct_time` class, from the `time` module's namespace.
fn struct_time_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = vm.intern("time");
    let ns = match vm.dict_get_str(vm.modules, module) {
        Some(Value::Obj(m)) => match vm.heap.get(m) {
            Obj::Module { dict, .. } => Some(*dict),
            _ => None,
        },
        _ => None,
    };
    let key = vm.intern("struct_time");
    match ns.and_then(|d| vm.dict_get_str(d, key)) {
        Some(Value::Obj(c)) => Ok(c),
        _ => Err(vm.type_error("time.struct_time is not available")),
    }
}

/// A `struct_time` for `tm` in zone `zone` (`GMT` for `gmtime`, `UTC`
/// for `localtime`, as glibc names them).
fn new_struct_time(vm: &mut Vm, tm: &Tm, zone: &str) -> PyResult<Value> {
    let class = struct_time_class(vm)?;
    let zone = vm.new_str(zone);
    let i = Value::Int;
    let items = alloc::vec![
        i(tm.year),
        i(tm.mon),
        i(tm.mday),
        i(tm.hour),
        i(tm.min),
        i(tm.sec),
        i(tm.wday),
        i(tm.yday),
        i(tm.isdst),
        zone,
        i(0),
    ];
    structseq::new_instance(vm, class, &STRUCT_TIME, items)
}

/// `time.struct_time(sequence)`: a sequence of 9 to 11 items.
pub fn struct_time_new(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "time.struct_time", kw)?;
    arity(vm, "time.struct_time", args, 1, 1)?;
    let items = vm.collect_iterable(arg_at(args, 0))?;
    let n = items.len();
    if n < 9 {
        return Err(vm.type_error(format!("time.struct_time() takes an at least 9-sequence ({n}-sequence given)")));
    }
    if n > 11 {
        return Err(vm.type_error(format!("time.struct_time() takes an at most 11-sequence ({n}-sequence given)")));
    }
    let mut items = items;
    items.resize(11, Value::None);
    let class = struct_time_class(vm)?;
    structseq::new_instance(vm, class, &STRUCT_TIME, items)
}

/// `time.gmtime([secs])`.
pub fn gmtime(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "time.gmtime", kw)?;
    arity(vm, "time.gmtime", args, 0, 1)?;
    let secs = seconds_arg(vm, args)?;
    new_struct_time(vm, &Tm::from_epoch(secs), "GMT")
}

/// `time.localtime([secs])`: UTC (the host has no time zone).
pub fn localtime(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "time.localtime", kw)?;
    arity(vm, "time.localtime", args, 0, 1)?;
    let secs = seconds_arg(vm, args)?;
    new_struct_time(vm, &Tm::from_epoch(secs), "UTC")
}

/// The broken-down time a `struct_time` or 9-tuple argument holds, or now
/// when it is absent (CPython's `gettmarg`).
fn tm_arg(vm: &mut Vm, args: &[Value], at: usize, name: &str) -> PyResult<(Tm, String)> {
    let Some(&t) = args.get(at) else {
        let now = libm::floor(vm.host.time().unwrap_or(0.0)) as i64;
        return Ok((Tm::from_epoch(now), String::from("UTC")));
    };
    let unwrapped = vm.unwrap_native(t);
    let items: Vec<Value> = match unwrapped {
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Tuple(items) => items.to_vec(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    };
    if !matches!(unwrapped, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Tuple(_))) {
        return Err(vm.type_error("Tuple or struct_time argument required"));
    }
    if items.len() != 9 {
        return Err(vm.type_error(format!("{name}(): illegal time tuple argument")));
    }
    let mut f = [0i64; 9];
    for (slot, &v) in f.iter_mut().zip(&items) {
        if !vm.is_int(v) {
            return Err(vm.not_integer_error(v));
        }
        *slot = vm.to_i64(v).ok_or_else(|| vm.overflow_error("Python int too large to convert to C int"))?;
    }
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = f;
    let zone_key = vm.intern("tm_zone");
    let zone = match vm.get_attr_opt(t, zone_key) {
        Ok(Some(z)) if vm.as_str(z).is_some() => vm.str_text_v(z),
        _ => String::from("UTC"),
    };
    Ok((Tm { year, mon, mday, hour, min, sec, wday, yday, isdst }, zone))
}

/// CPython's `checktm` (after `strftime`'s and `asctime`'s adjustments:
/// a zero month, day or day of the year counts as the first).
fn check_tm(vm: &mut Vm, tm: &mut Tm) -> PyResult<()> {
    if tm.mon == 0 {
        tm.mon = 1;
    }
    if tm.mday == 0 {
        tm.mday = 1;
    }
    if tm.yday == 0 {
        tm.yday = 1;
    }
    let checks: [(bool, &str); 7] = [
        (!(1..=12).contains(&tm.mon), "month out of range"),
        (!(1..=31).contains(&tm.mday), "day of month out of range"),
        (!(0..=23).contains(&tm.hour), "hour out of range"),
        (!(0..=59).contains(&tm.min), "minute out of range"),
        (!(0..=61).contains(&tm.sec), "seconds out of range"),
        // (Checked on C's weekday, Sunday = 0, which CPython computes
        // with C's truncating remainder.)
        ((tm.wday + 1) % 7 < 0, "day of week out of range"),
        (!(1..=366).contains(&tm.yday), "day of year out of range"),
    ];
    if let Some((_, msg)) = checks.iter().find(|(bad, _)| *bad) {
        return Err(vm.value_error(*msg));
    }
    tm.wday = ((tm.wday + 1) % 7 + 6) % 7;
    Ok(())
}

/// `time.strftime(format[, t])`.
pub fn strftime(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "time.strftime", kw)?;
    arity(vm, "strftime", args, 1, 2)?;
    let format = arg_at(args, 0);
    let Some(fmt) = vm.as_str(format).map(String::from) else {
        let tn = vm.type_name(format);
        return Err(vm.type_error(format!("strftime() argument 1 must be str, not {tn}")));
    };
    let (mut tm, zone) = tm_arg(vm, args, 1, "strftime")?;
    check_tm(vm, &mut tm)?;
    let text = tm.strftime(&fmt, &zone);
    Ok(vm.new_str(&text))
}

/// `time.asctime([t])`.
pub fn asctime(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "time.asctime", kw)?;
    arity(vm, "asctime", args, 0, 1)?;
    let (mut tm, _) = tm_arg(vm, args, 0, "asctime")?;
    check_tm(vm, &mut tm)?;
    let text = tm.asctime();
    Ok(vm.new_str(&text))
}

/// `time.mktime(t)`: the inverse of `localtime` (UTC here).
pub fn mktime(vm: &mut Vm, args: &[Value], kw: &[(ObjRef, Value)]) -> PyResult<Value> {
    no_kwargs(vm, "time.mktime", kw)?;
    arity(vm, "mktime", args, 1, 1)?;
    let (tm, _) = tm_arg(vm, args, 0, "mktime")?;
    Ok(Value::Float(tm.to_epoch() as f64))
}

#[cfg(test)]
mod tests {
    use super::Tm;

    #[test]
    fn civil_dates_round_trip() {
        let mut secs = -80_000_000_000i64;
        while secs < 80_000_000_000 {
            let tm = Tm::from_epoch(secs);
            assert_eq!(tm.to_epoch(), secs, "{tm:?}");
            assert!((1..=12).contains(&tm.mon) && (1..=31).contains(&tm.mday) && (1..=366).contains(&tm.yday));
            secs += 86_399 * 37 + 11;
        }
    }

    #[test]
    fn known_dates() {
        let tm = Tm::from_epoch(951_782_400);
        assert_eq!((tm.year, tm.mon, tm.mday, tm.wday, tm.yday), (2000, 2, 29, 1, 60));
        let tm = Tm::from_epoch(-1);
        assert_eq!((tm.year, tm.mon, tm.mday, tm.hour, tm.wday, tm.yday), (1969, 12, 31, 23, 2, 365));
        assert_eq!(tm.strftime("%c|%U|%W|%j|%I%p", "UTC"), "Wed Dec 31 23:59:59 1969|52|52|365|11PM");
    }
}
