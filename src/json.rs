//! JSON in and out for the wasm binding and the CLI, small enough for the wasm build.
//!
//! Out: [`to_string`] writes a [`ToJson`] type, the same from Rust, the CLI and JavaScript; it is
//! byte for byte what serde_json writes from the type's serde derive. In: [`parse`] reads a [`Value`],
//! from which the few input types (options, the comparison's input) are read by hand: serde's
//! derived deserialisers cost the wasm build tens of KB.
//!
//! Neither side uses `core::fmt` for numbers: float formatting and parsing alone would add
//! about 20 KB to the wasm build.

use crate::prelude::*;
use alloc::borrow::Cow;
use core::fmt;

use crate::Error;

/// The JSON of `value` on one line. Writing never fails: the `Result` is kept for callers.
pub fn to_string<T: ToJson + ?Sized>(value: &T) -> Result<String, SerError> {
    Ok(write(value, false))
}

/// The JSON of `value`, indented by two spaces (the CLI's output).
pub fn to_string_pretty<T: ToJson + ?Sized>(value: &T) -> Result<String, SerError> {
    Ok(write(value, true))
}

fn write<T: ToJson + ?Sized>(value: &T, pretty: bool) -> String {
    let mut w = Writer {
        out: String::new(),
        pretty,
        depth: 0,
    };
    value.write_json(&mut w);
    w.out
}

/// A value that could not be written as JSON (kept for the signature of [`to_string`]: the crate's
/// types always are).
#[derive(Debug)]
pub struct SerError;

impl fmt::Display for SerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value could not be written as JSON")
    }
}

impl core::error::Error for SerError {}

/// A type with a JSON form.
///
/// The crate's output types list their fields with [`json_object!`] (and their enums name their
/// variants with [`json_names!`]), in the order and spelling of their serde derive, which stays for
/// Rust callers using serde. Written by hand because a `serde::Serializer` cost the wasm build
/// about 0.5 KB more; the tests check that both write the same bytes.
pub trait ToJson {
    fn write_json(&self, w: &mut Writer);
}

/// `ToJson` for a struct: the listed fields, as an object with the fields' names as keys.
macro_rules! json_object {
    ($t:ident { $($field:ident),* $(,)? }) => {
        impl $crate::json::ToJson for $t {
            fn write_json(&self, w: &mut $crate::json::Writer) {
                let mut o = w.object();
                $(o.field(stringify!($field), &self.$field);)*
                o.end();
            }
        }
    };
}

/// `ToJson` for an enum of unit variants: each as its name, a string.
macro_rules! json_names {
    ($t:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $crate::json::ToJson for $t {
            fn write_json(&self, w: &mut $crate::json::Writer) {
                w.raw(match self {
                    $($t::$variant => concat!("\"", $name, "\""),)*
                });
            }
        }
    };
}

/// Where JSON is being written.
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
}

impl Writer {
    /// Starts an object: add its fields with [`Object::field`], then [`Object::end`] it.
    pub fn object(&mut self) -> Object<'_> {
        Object(self.open('{'))
    }

    /// Appends `json`, already written.
    pub fn raw(&mut self, json: &str) {
        self.out.push_str(json);
    }

    fn open(&mut self, mark: char) -> Compound<'_> {
        self.out.push(mark);
        self.depth += 1;
        Compound {
            w: self,
            first: true,
        }
    }

    /// The separator and, when pretty, the line break and indent before an element or a key.
    fn next(&mut self, first: bool) {
        if !first {
            self.out.push(',');
        }
        self.newline();
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    fn key(&mut self, first: bool, key: &str) {
        self.next(first);
        write_str(&mut self.out, key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }
}

/// An object being written.
pub struct Object<'a>(Compound<'a>);

impl Object<'_> {
    pub fn field<T: ToJson + ?Sized>(&mut self, key: &str, value: &T) -> &mut Self {
        self.0.field(key, value);
        self
    }

    pub fn end(self) {
        self.0.close('}');
    }
}

/// An array or object being written.
struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn element<T: ToJson + ?Sized>(&mut self, value: &T) {
        self.w.next(self.first);
        self.first = false;
        value.write_json(self.w);
    }

    fn field<T: ToJson + ?Sized>(&mut self, key: &str, value: &T) {
        self.w.key(self.first, key);
        self.first = false;
        value.write_json(self.w);
    }

    fn close(self, mark: char) {
        self.w.depth -= 1;
        if !self.first {
            self.w.newline();
        }
        self.w.out.push(mark);
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, w: &mut Writer) {
        (**self).write_json(w);
    }
}

impl ToJson for bool {
    fn write_json(&self, w: &mut Writer) {
        w.raw(if *self { "true" } else { "false" });
    }
}

impl ToJson for u32 {
    fn write_json(&self, w: &mut Writer) {
        write_u64(&mut w.out, (*self).into());
    }
}

impl ToJson for usize {
    fn write_json(&self, w: &mut Writer) {
        write_u64(&mut w.out, *self as u64);
    }
}

impl ToJson for f32 {
    fn write_json(&self, w: &mut Writer) {
        let v = *self;
        write_float(&mut w.out, v.into(), 9, |y| y as f32 == v);
    }
}

impl ToJson for f64 {
    fn write_json(&self, w: &mut Writer) {
        let v = *self;
        write_float(&mut w.out, v, 17, |y| y == v);
    }
}

impl ToJson for str {
    fn write_json(&self, w: &mut Writer) {
        write_str(&mut w.out, self);
    }
}

impl ToJson for String {
    fn write_json(&self, w: &mut Writer) {
        write_str(&mut w.out, self);
    }
}

/// None is null.
impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Some(v) => v.write_json(w),
            None => w.raw("null"),
        }
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut Writer) {
        let mut seq = w.open('[');
        for v in self {
            seq.element(v);
        }
        seq.close(']');
    }
}

/// Appends `s` as a JSON string, escaped as serde_json does (quotes, backslashes, controls).
pub fn write_str(out: &mut String, s: &str) {
    out.push('"');
    let mut run = 0;
    for (i, b) in s.bytes().enumerate() {
        let esc = match b {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(s.at(run..i));
        run = i + 1;
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(*HEX.at(usize::from(b >> 4)) as char);
            out.push(*HEX.at(usize::from(b & 15)) as char);
        } else {
            out.push_str(esc);
        }
    }
    out.push_str(s.at(run..));
    out.push('"');
}

/// Appends the decimal digits of `n`.
pub fn write_u64(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        *digits.at_mut(i) = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.at(i..).iter().for_each(|&d| out.push(d as char));
}

/// Appends `x` with the fewest decimal places (at least one, at most `max_places`) that read back
/// as the same value, as `same` judges: "0.85" for the f32 nearest 0.85, as serde_json writes it.
/// Non-finite numbers are null. Plain fixed-point notation: the crate's floats are confidences in
/// [0, 1]; below 10^-`max_places`, a number is written as its nearest fixed-point value.
fn write_float(out: &mut String, x: f64, max_places: i32, same: impl Fn(f64) -> bool) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    let negative = x.is_sign_negative();
    if negative {
        out.push('-');
    }
    let x = x.abs();
    let mut places = 1;
    let mut scaled;
    loop {
        let scale = crate::float::powi(10.0, places);
        // x * scale + 0.5 stays below 2^64 until the loop stops (the cast saturates beyond).
        scaled = (x * scale + 0.5) as u64;
        let exact = scaled < 1 << 53;
        let back = scaled as f64 / scale;
        if places >= max_places || !exact || same(if negative { -back } else { back }) {
            break;
        }
        places += 1;
    }
    let mut digits = String::new();
    write_u64(&mut digits, scaled);
    let places = places as usize;
    if digits.len() <= places {
        out.push_str("0.");
        (digits.len()..places).for_each(|_| out.push('0'));
        out.push_str(&digits);
    } else {
        let (int, frac) = (
            digits.at(..digits.len() - places),
            digits.at(digits.len() - places..),
        );
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    }
}

// ---- In ----

/// A parsed JSON value. Objects keep their keys in order (and duplicates: the first one wins).
/// Strings borrow from the input unless they hold escapes: an analysis read back for `compare`
/// is mostly strings, and an allocation for each made reading it ten times slower.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    Null,
    Bool(bool),
    Number(f64),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Vec<(Cow<'a, str>, Value<'a>)>),
}

/// Written back as read (the CLI echoes the `id` of a JSON line); integral numbers as integers.
impl ToJson for Value<'_> {
    fn write_json(&self, w: &mut Writer) {
        match self {
            Value::Null => w.raw("null"),
            Value::Bool(b) => b.write_json(w),
            Value::Number(x)
                if crate::float::fract(*x) == 0.0 && x.abs() < 9.007_199_254_740_992e15 =>
            {
                if *x < 0.0 {
                    w.raw("-");
                }
                write_u64(&mut w.out, x.abs() as u64);
            }
            Value::Number(x) => x.write_json(w),
            Value::String(v) => v.write_json(w),
            Value::Array(items) => items.write_json(w),
            Value::Object(fields) => {
                let mut map = w.open('{');
                for (k, v) in fields {
                    map.field(k, v);
                }
                map.close('}');
            }
        }
    }
}

/// Reads one JSON value (with nothing but whitespace after it).
pub fn parse(json: &str) -> Result<Value<'_>, Error> {
    let mut p = Parser {
        src: json,
        s: json.as_bytes(),
        i: 0,
        depth: 0,
    };
    let v = p.value()?;
    p.space();
    if p.i < p.s.len() {
        return Err(p.fail("trailing characters"));
    }
    Ok(v)
}

/// Nesting deeper than this is refused rather than risking the stack.
const MAX_DEPTH: usize = 128;

struct Parser<'s> {
    src: &'s str,
    s: &'s [u8],
    i: usize,
    depth: usize,
}

impl<'s> Parser<'s> {
    fn fail(&self, why: &str) -> Error {
        let mut msg = String::from("not JSON: ");
        msg.push_str(why);
        msg.push_str(" at byte ");
        write_u64(&mut msg, self.i as u64);
        Error::BadOptions(msg)
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.s.get(self.i) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.space();
        let hit = self.s.get(self.i) == Some(&b);
        self.i += usize::from(hit);
        hit
    }

    fn word(&mut self, w: &str, v: Value<'s>) -> Result<Value<'s>, Error> {
        if self.s.at(self.i..).starts_with(w.as_bytes()) {
            self.i += w.len();
            Ok(v)
        } else {
            Err(self.fail("unexpected character"))
        }
    }

    fn value(&mut self) -> Result<Value<'s>, Error> {
        self.space();
        match self.s.get(self.i) {
            Some(b'{' | b'[') => {
                if self.depth == MAX_DEPTH {
                    return Err(self.fail("too deeply nested"));
                }
                self.depth += 1;
                let v = self.collection();
                self.depth -= 1;
                v
            }
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.word("true", Value::Bool(true)),
            Some(b'f') => self.word("false", Value::Bool(false)),
            Some(b'n') => self.word("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.fail("expected a value")),
        }
    }

    fn collection(&mut self) -> Result<Value<'s>, Error> {
        let object = *self.s.at(self.i) == b'{';
        let close = if object { b'}' } else { b']' };
        self.i += 1;
        let (mut items, mut fields) = (Vec::new(), Vec::new());
        if !self.eat(close) {
            loop {
                if object {
                    self.space();
                    if self.s.get(self.i) != Some(&b'"') {
                        return Err(self.fail("expected a key"));
                    }
                    let key = self.string()?;
                    if !self.eat(b':') {
                        return Err(self.fail("expected ':'"));
                    }
                    fields.push((key, self.value()?));
                } else {
                    items.push(self.value()?);
                }
                if self.eat(close) {
                    break;
                }
                if !self.eat(b',') {
                    return Err(self.fail("expected ',' or a closing bracket"));
                }
            }
        }
        Ok(if object {
            Value::Object(fields)
        } else {
            Value::Array(items)
        })
    }

    /// A string, from its opening quote. Lone surrogates become U+FFFD.
    fn string(&mut self) -> Result<Cow<'s, str>, Error> {
        // Runs between escapes are whole characters: both their ends sit at ASCII bytes.
        let src = self.src;
        self.i += 1;
        let mut escaped: Option<String> = None;
        let mut run = self.i;
        loop {
            match self.s.get(self.i) {
                None => return Err(self.fail("unterminated string")),
                Some(b'"') => break,
                Some(b'\\') => {
                    escaped
                        .get_or_insert_with(String::new)
                        .push_str(src.at(run..self.i));
                    self.i += 1;
                    let c = match self.s.get(self.i) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape()?,
                        _ => return Err(self.fail("bad escape")),
                    };
                    escaped.get_or_insert_with(String::new).push(c);
                    self.i += 1;
                    run = self.i;
                }
                Some(_) => self.i += 1,
            }
        }
        let tail = src.at(run..self.i);
        self.i += 1;
        Ok(match escaped {
            None => Cow::Borrowed(tail),
            Some(mut out) => {
                out.push_str(tail);
                Cow::Owned(out)
            }
        })
    }

    /// `\uXXXX` (and its pair, for a surrogate), with `i` on the `u`; leaves `i` on the last digit.
    fn unicode_escape(&mut self) -> Result<char, Error> {
        let hi = self.hex4()?;
        if (0xd800..0xdc00).contains(&hi) && self.s.at(self.i + 1..).starts_with(b"\\u") {
            let save = self.i;
            self.i += 2;
            let lo = self.hex4()?;
            if (0xdc00..0xe000).contains(&lo) {
                return Ok(
                    char::from_u32(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00))
                        .unwrap_or('\u{fffd}'),
                );
            }
            self.i = save;
        }
        Ok(char::from_u32(hi).unwrap_or('\u{fffd}'))
    }

    fn hex4(&mut self) -> Result<u32, Error> {
        let mut n = 0;
        for _ in 0..4 {
            self.i += 1;
            let d = match self.s.get(self.i) {
                Some(&b) if b.is_ascii_digit() => b - b'0',
                Some(&b) if (b'a'..=b'f').contains(&(b | 0x20)) => (b | 0x20) - b'a' + 10,
                _ => return Err(self.fail("bad \\u escape")),
            };
            n = n * 16 + u32::from(d);
        }
        Ok(n)
    }

    /// A number as the nearest f64 for up to 19 significant digits and exponents within ±22 (every
    /// offset, and every confidence this crate writes); beyond, within an ulp or so.
    fn number(&mut self) -> Result<Value<'s>, Error> {
        let negative = self.eat(b'-');
        let (mut mantissa, mut exp, mut digits) = (0u64, 0i32, 0);
        let mut fraction = false;
        loop {
            match self.s.get(self.i) {
                Some(&b) if b.is_ascii_digit() => {
                    if mantissa < 1_000_000_000_000_000_000 {
                        mantissa = mantissa * 10 + u64::from(b - b'0');
                        exp -= i32::from(fraction);
                    } else {
                        exp += i32::from(!fraction);
                    }
                    digits += 1;
                }
                Some(b'.') if !fraction => fraction = true,
                _ => break,
            }
            self.i += 1;
        }
        if digits == 0 {
            return Err(self.fail("bad number"));
        }
        if let Some(b'e' | b'E') = self.s.get(self.i) {
            self.i += 1;
            let minus = self.s.get(self.i) == Some(&b'-');
            if let Some(b'+' | b'-') = self.s.get(self.i) {
                self.i += 1;
            }
            let mut e = 0i32;
            let start = self.i;
            while let Some(&b) = self.s.get(self.i).filter(|b| b.is_ascii_digit()) {
                e = (e * 10 + i32::from(b - b'0')).min(1000);
                self.i += 1;
            }
            if self.i == start {
                return Err(self.fail("bad number"));
            }
            exp += if minus { -e } else { e };
        }
        let m = mantissa as f64;
        let x = if exp < 0 {
            m / crate::float::powi(10.0, -exp)
        } else {
            m * crate::float::powi(10.0, exp)
        };
        Ok(Value::Number(if negative { -x } else { x }))
    }
}

/// Reading typed fields out of parsed objects, with `bad_options` errors that say where.
impl<'a> Value<'a> {
    /// The fields of an object, refusing any key not in `known`; `what` names it in errors.
    pub fn fields<'v>(
        &'v self,
        what: &str,
        known: &[&str],
    ) -> Result<&'v [(Cow<'a, str>, Value<'a>)], Error> {
        let Value::Object(fields) = self else {
            return Err(expected(what, "an object"));
        };
        if let Some((key, _)) = fields.iter().find(|(k, _)| !known.contains(&&**k)) {
            let mut msg = String::from("unknown field ");
            write_str(&mut msg, key);
            msg.push_str(" in ");
            msg.push_str(what);
            msg.push_str(", expected one of ");
            msg.push_str(&crate::text::join(known, ", "));
            return Err(Error::BadOptions(msg));
        }
        Ok(fields)
    }

    /// The fields of an object, ignoring unknown keys.
    pub fn object<'v>(&'v self, what: &str) -> Result<&'v [(Cow<'a, str>, Value<'a>)], Error> {
        match self {
            Value::Object(fields) => Ok(fields),
            _ => Err(expected(what, "an object")),
        }
    }

    pub fn array<'v>(&'v self, what: &str) -> Result<&'v [Value<'a>], Error> {
        match self {
            Value::Array(items) => Ok(items),
            _ => Err(expected(what, "an array")),
        }
    }

    pub fn str<'v>(&'v self, what: &str) -> Result<&'v str, Error> {
        match self {
            Value::String(s) => Ok(s),
            _ => Err(expected(what, "a string")),
        }
    }

    pub fn string(&self, what: &str) -> Result<String, Error> {
        self.str(what).map(str::to_string)
    }

    pub fn bool(&self, what: &str) -> Result<bool, Error> {
        match self {
            Value::Bool(b) => Ok(*b),
            _ => Err(expected(what, "true or false")),
        }
    }

    pub fn number(&self, what: &str) -> Result<f64, Error> {
        match self {
            Value::Number(x) => Ok(*x),
            _ => Err(expected(what, "a number")),
        }
    }

    /// A non-negative integer (an offset, an index).
    pub fn index(&self, what: &str) -> Result<usize, Error> {
        match self.number(what)? {
            x if x >= 0.0 && crate::float::fract(x) == 0.0 && x <= usize::MAX as f64 => {
                Ok(x as usize)
            }
            _ => Err(expected(what, "a non-negative integer")),
        }
    }

    /// None for null.
    pub fn nullable(&self) -> Option<&Value<'a>> {
        (*self != Value::Null).then_some(self)
    }

    /// An array of items read by `item`.
    pub fn list<T>(
        &self,
        what: &str,
        item: impl Fn(&Value<'a>, &str) -> Result<T, Error>,
    ) -> Result<Vec<T>, Error> {
        // A loop, not `collect::<Result<_, _>>()`, whose adapter costs about 1.5 KB per type.
        let items = self.array(what)?;
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            out.push(item(v, what)?);
        }
        Ok(out)
    }

    /// A unit variant of an enum, by its serialised name: the one of `all` that serialises as
    /// `"name"`. The names are written once, for output ([`json_names!`]), and serde's deserialisers
    /// (with their error messages) stay out of the wasm build.
    pub fn variant<T: ToJson + Copy>(&self, what: &str, all: &[T]) -> Result<T, Error> {
        let name = self.str(what)?;
        let mut quoted = String::new();
        write_str(&mut quoted, name);
        all.iter()
            .copied()
            .find(|v| to_string(v).is_ok_and(|s| s == quoted))
            .ok_or_else(|| {
                let mut msg = String::from("unknown ");
                msg.push_str(what);
                msg.push(' ');
                msg.push_str(&quoted);
                Error::BadOptions(msg)
            })
    }
}

fn expected(what: &str, kind: &str) -> Error {
    let mut msg = String::from(what);
    msg.push_str(" must be ");
    msg.push_str(kind);
    Error::BadOptions(msg)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_are_shortest_fixed_point() {
        let f32s = |x: f32| to_string(&x).unwrap();
        assert_eq!(f32s(0.85), "0.85");
        assert_eq!(f32s(0.0), "0.0");
        assert_eq!(f32s(1.0), "1.0");
        assert_eq!(f32s(0.123_456_79), "0.12345679");
        assert_eq!(f32s(-2.5), "-2.5");
        assert_eq!(to_string(&f64::NAN).unwrap(), "null");
        assert_eq!(to_string(&0.1f64).unwrap(), "0.1");
        for i in 0..=1000 {
            let x = i as f32 / 1000.0;
            let back = match parse(&f32s(x)).unwrap() {
                Value::Number(y) => y as f32,
                v => panic!("{v:?}"),
            };
            assert_eq!(back, x);
        }
    }

    #[test]
    fn strings_escape_as_serde_json_does() {
        let s = "a\"b\\c\nd\u{1}e\u{2028}é😀";
        assert_eq!(to_string(s).unwrap(), serde_json::to_string(s).unwrap());
        assert_eq!(
            parse(&to_string(s).unwrap()).unwrap(),
            Value::String(s.into())
        );
        assert_eq!(
            parse(r#""\ud83d\ude00 \ud800 \u00e9""#).unwrap(),
            Value::String("😀 \u{fffd} é".into())
        );
    }

    #[test]
    fn variants_are_read_by_their_serialised_names() {
        use crate::analysis::{CueClass, Kind, SourceKind};
        // Each match stops compiling when a variant is added, until it is listed in ALL.
        let kind_index = |k: Kind| match k {
            Kind::Direct => 0,
            Kind::Partial => 1,
            Kind::Indirect => 2,
            Kind::Mixed => 3,
        };
        let source_index = |k: SourceKind| match k {
            SourceKind::Person => 0,
            SourceKind::Organisation => 1,
            SourceKind::Media => 2,
            SourceKind::Group => 3,
        };
        let class_index = |c: CueClass| match c {
            CueClass::Speech => 0,
            CueClass::Writing => 1,
            CueClass::Belief => 2,
            CueClass::Evaluation => 3,
        };
        for (i, c) in CueClass::ALL.into_iter().enumerate() {
            assert_eq!(class_index(c), i);
            let json = serde_json::to_string(&c).unwrap();
            assert_eq!(
                parse(&json).unwrap().variant("cue class", &CueClass::ALL),
                Ok(c)
            );
        }
        for (i, k) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(kind_index(k), i);
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(parse(&json).unwrap().variant("kind", &Kind::ALL), Ok(k));
        }
        for (i, k) in SourceKind::ALL.into_iter().enumerate() {
            assert_eq!(source_index(k), i);
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(
                parse(&json).unwrap().variant("kind", &SourceKind::ALL),
                Ok(k)
            );
        }
        let err = parse("\"Direct\"")
            .unwrap()
            .variant("attribution kind", &Kind::ALL);
        assert_eq!(
            err.unwrap_err().message(),
            "bad options: unknown attribution kind \"Direct\""
        );
    }

    #[test]
    fn parses_what_json_stringify_writes() {
        let v = parse(r#" {"a": [1, -2.5e1, true, null, {}], "b": "x", "c": []} "#).unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "a".into(),
                    Value::Array(vec![
                        Value::Number(1.0),
                        Value::Number(-25.0),
                        Value::Bool(true),
                        Value::Null,
                        Value::Object(vec![]),
                    ])
                ),
                ("b".into(), Value::String("x".into())),
                ("c".into(), Value::Array(vec![])),
            ])
        );
        for bad in [
            "",
            "{",
            "[1,]",
            "{\"a\" 1}",
            "\"abc",
            "01x",
            "[1] 2",
            "tru",
            "-",
            "1e",
        ] {
            assert!(matches!(parse(bad), Err(Error::BadOptions(_))), "{bad}");
        }
        assert!(parse(&"[".repeat(10_000)).is_err());
    }

    /// The comparison fixtures: sources, sides, omissions, contrasts, non-ASCII text.
    fn fixtures() -> Vec<(crate::Analysis, crate::Comparison)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare");
        let mut out = Vec::new();
        for name in [
            "person-vs-organisation",
            "two-persons-one-side",
            "user-sides",
        ] {
            let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
            let text = format!("{text}\n\n“Très bien,” the Kremlin said 😀 \u{1}.");
            let a = crate::analyze(&text, &crate::Options::default()).unwrap();
            let first = |i: usize| {
                a.sources
                    .get(i)
                    .map_or("kremlin".into(), |s| s.source.id.clone())
            };
            let c = crate::compare(&a, &first(0), &first(1)).unwrap();
            out.push((a, c));
        }
        out
    }

    #[test]
    fn output_is_serde_json_output() {
        for (a, c) in fixtures() {
            assert_eq!(
                to_string_pretty(&a).unwrap(),
                serde_json::to_string_pretty(&a).unwrap()
            );
            assert_eq!(to_string(&a).unwrap(), serde_json::to_string(&a).unwrap());
            assert_eq!(to_string(&c).unwrap(), serde_json::to_string(&c).unwrap());
        }
    }

    #[test]
    fn the_analysis_json_compares_as_the_analysis_does() {
        for (a, c) in fixtures() {
            let input = crate::compare::Input::from_json(&to_string(&a).unwrap()).unwrap();
            let (pa, pb) = (c.a.query.as_str(), c.b.query.as_str());
            assert_eq!(crate::compare::compare_input(&input, pa, pb).unwrap(), c);
        }
    }
}
