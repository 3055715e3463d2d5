//! JSON in and out for the wasm binding and the CLI, small enough for the wasm build.
//!
//! Out: [`to_string`] is a `serde::Serializer`, so the JSON of every type is the one its serde
//! derive describes, from Rust, the CLI and JavaScript alike. In: [`parse`] reads a [`Value`],
//! from which the few input types (options, the comparison's input) are read by hand: serde's
//! derived deserialisers cost the wasm build tens of KB.
//!
//! Neither side uses `core::fmt` for numbers: float formatting and parsing alone would add
//! about 20 KB to the wasm build.

use std::borrow::Cow;
use std::fmt;

use serde::ser::{self, Serialize};

use crate::Error;

/// The JSON of `value` on one line.
pub fn to_string<T: Serialize + ?Sized>(value: &T) -> Result<String, SerError> {
    write(value, false)
}

/// The JSON of `value`, indented by two spaces (the CLI's output).
pub fn to_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String, SerError> {
    write(value, true)
}

fn write<T: Serialize + ?Sized>(value: &T, pretty: bool) -> Result<String, SerError> {
    let mut w = Writer {
        out: String::new(),
        pretty,
        depth: 0,
    };
    value.serialize(&mut w)?;
    Ok(w.out)
}

/// A `Serialize` impl that failed on its own (the crate's types never do).
#[derive(Debug)]
pub struct SerError;

impl fmt::Display for SerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a value could not be written as JSON")
    }
}

impl std::error::Error for SerError {}

impl ser::Error for SerError {
    // The message is dropped: formatting it would link `core::fmt` into the wasm build.
    fn custom<T: fmt::Display>(_: T) -> SerError {
        SerError
    }
}

struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
}

impl Writer {
    fn open(&mut self, mark: char) -> Compound<'_> {
        self.out.push(mark);
        self.depth += 1;
        Compound {
            w: self,
            first: true,
        }
    }

    /// `{"variant": ` and the opening `mark` of its content.
    fn open_variant(&mut self, variant: &str, mark: char) -> Compound<'_> {
        self.open('{');
        self.key(true, variant);
        self.open(mark)
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

/// An array or object being written.
struct Compound<'a> {
    w: &'a mut Writer,
    first: bool,
}

impl Compound<'_> {
    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.w.next(self.first);
        self.first = false;
        value.serialize(&mut *self.w)
    }

    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result<(), SerError> {
        self.w.key(self.first, key);
        self.first = false;
        value.serialize(&mut *self.w)
    }

    fn close(self, mark: char) -> Result<(), SerError> {
        self.w.depth -= 1;
        if !self.first {
            self.w.newline();
        }
        self.w.out.push(mark);
        Ok(())
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
        out.push_str(&s[run..i]);
        run = i + 1;
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        } else {
            out.push_str(esc);
        }
    }
    out.push_str(&s[run..]);
    out.push('"');
}

/// Appends the decimal digits of `n`.
pub fn write_u64(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits[i..].iter().for_each(|&d| out.push(d as char));
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
        let scale = 10f64.powi(places);
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
        let (int, frac) = digits.split_at(digits.len() - places);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    }
}

impl<'a> ser::Serializer for &'a mut Writer {
    type Ok = ();
    type Error = SerError;
    type SerializeSeq = Compound<'a>;
    type SerializeTuple = Compound<'a>;
    type SerializeTupleStruct = Compound<'a>;
    type SerializeTupleVariant = Compound<'a>;
    type SerializeMap = Compound<'a>;
    type SerializeStruct = Compound<'a>;
    type SerializeStructVariant = Compound<'a>;

    fn serialize_bool(self, v: bool) -> Result<(), SerError> {
        self.out.push_str(if v { "true" } else { "false" });
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<(), SerError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Result<(), SerError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Result<(), SerError> {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Result<(), SerError> {
        if v < 0 {
            self.out.push('-');
        }
        write_u64(&mut self.out, v.unsigned_abs());
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<(), SerError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Result<(), SerError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Result<(), SerError> {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Result<(), SerError> {
        write_u64(&mut self.out, v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<(), SerError> {
        write_float(&mut self.out, v.into(), 9, |y| y as f32 == v);
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<(), SerError> {
        write_float(&mut self.out, v, 17, |y| y == v);
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<(), SerError> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), SerError> {
        write_str(&mut self.out, v);
        Ok(())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<(), SerError> {
        let mut seq = self.open('[');
        for b in v {
            seq.element(b)?;
        }
        seq.close(']')
    }
    fn serialize_none(self) -> Result<(), SerError> {
        self.serialize_unit()
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<(), SerError> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), SerError> {
        self.out.push_str("null");
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), SerError> {
        self.serialize_unit()
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), SerError> {
        self.serialize_str(variant)
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<(), SerError> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<(), SerError> {
        let mut map = self.open('{');
        map.field(variant, value)?;
        map.close('}')
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Compound<'a>, SerError> {
        Ok(self.open('['))
    }
    fn serialize_tuple(self, _: usize) -> Result<Compound<'a>, SerError> {
        Ok(self.open('['))
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, SerError> {
        Ok(self.open('['))
    }
    /// `{"variant": [...]}`: the object is closed by `SerializeTupleVariant::end`.
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, SerError> {
        Ok(self.open_variant(variant, '['))
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Compound<'a>, SerError> {
        Ok(self.open('{'))
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Compound<'a>, SerError> {
        Ok(self.open('{'))
    }
    /// `{"variant": {...}}`: the outer object is closed by `SerializeStructVariant::end`.
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<Compound<'a>, SerError> {
        Ok(self.open_variant(variant, '{'))
    }
}

impl ser::SerializeSeq for Compound<'_> {
    type Ok = ();
    type Error = SerError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.element(value)
    }
    fn end(self) -> Result<(), SerError> {
        self.close(']')
    }
}

impl ser::SerializeTuple for Compound<'_> {
    type Ok = ();
    type Error = SerError;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.element(value)
    }
    fn end(self) -> Result<(), SerError> {
        self.close(']')
    }
}

impl ser::SerializeTupleStruct for Compound<'_> {
    type Ok = ();
    type Error = SerError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.element(value)
    }
    fn end(self) -> Result<(), SerError> {
        self.close(']')
    }
}

impl ser::SerializeTupleVariant for Compound<'_> {
    type Ok = ();
    type Error = SerError;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        self.element(value)
    }
    fn end(self) -> Result<(), SerError> {
        let Compound { w, first } = self;
        Compound { w: &mut *w, first }.close(']')?;
        Compound { w, first: false }.close('}')
    }
}

impl ser::SerializeMap for Compound<'_> {
    type Ok = ();
    type Error = SerError;
    /// Keys are written as they serialise: the crate's maps have string keys.
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), SerError> {
        self.element(key)?;
        self.w.out.push_str(if self.w.pretty { ": " } else { ":" });
        Ok(())
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), SerError> {
        value.serialize(&mut *self.w)
    }
    fn end(self) -> Result<(), SerError> {
        self.close('}')
    }
}

impl ser::SerializeStruct for Compound<'_> {
    type Ok = ();
    type Error = SerError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), SerError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), SerError> {
        self.close('}')
    }
}

impl ser::SerializeStructVariant for Compound<'_> {
    type Ok = ();
    type Error = SerError;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), SerError> {
        self.field(key, value)
    }
    fn end(self) -> Result<(), SerError> {
        let Compound { w, first } = self;
        Compound { w: &mut *w, first }.close('}')?;
        Compound { w, first: false }.close('}')
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
impl Serialize for Value<'_> {
    fn serialize<S: ser::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use ser::{SerializeMap, SerializeSeq};
        match self {
            Value::Null => s.serialize_unit(),
            Value::Bool(b) => s.serialize_bool(*b),
            Value::Number(x) if x.fract() == 0.0 && x.abs() < 9.007_199_254_740_992e15 => {
                s.serialize_i64(*x as i64)
            }
            Value::Number(x) => s.serialize_f64(*x),
            Value::String(v) => s.serialize_str(v),
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                items.iter().try_for_each(|v| seq.serialize_element(v))?;
                seq.end()
            }
            Value::Object(fields) => {
                let mut map = s.serialize_map(Some(fields.len()))?;
                fields
                    .iter()
                    .try_for_each(|(k, v)| map.serialize_entry(k, v))?;
                map.end()
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
        if self.s[self.i..].starts_with(w.as_bytes()) {
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
        let object = self.s[self.i] == b'{';
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
                        .push_str(&src[run..self.i]);
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
        let tail = &src[run..self.i];
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
        if (0xd800..0xdc00).contains(&hi) && self.s[self.i + 1..].starts_with(b"\\u") {
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
            m / 10f64.powi(-exp)
        } else {
            m * 10f64.powi(exp)
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
            x if x >= 0.0 && x.fract() == 0.0 && x <= usize::MAX as f64 => Ok(x as usize),
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
    /// `"name"`. The names live in the serde derive only, and serde's deserialisers (with their
    /// error messages) stay out of the wasm build.
    pub fn variant<T: Serialize + Copy>(&self, what: &str, all: &[T]) -> Result<T, Error> {
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
        use crate::analysis::{Kind, SourceKind};
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
        for (i, k) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(kind_index(k), i);
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(parse(&json).unwrap().variant("kind", &Kind::ALL), Ok(k));
        }
        for (i, k) in SourceKind::ALL.into_iter().enumerate() {
            assert_eq!(source_index(k), i);
            let json = serde_json::to_string(&k).unwrap();
            assert_eq!(parse(&json).unwrap().variant("kind", &SourceKind::ALL), Ok(k));
        }
        let err = parse("\"Direct\"").unwrap().variant("attribution kind", &Kind::ALL);
        assert_eq!(err.unwrap_err().message(), "bad options: unknown attribution kind \"Direct\"");
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
