//! The wasm binding: a thin layer that turns JavaScript values into core calls and back.
//! No analysis logic lives here.
//!
//! Values cross the boundary as JSON text, written and read by [`crate::json`]: the package's
//! wrapper (js/api.js) calls `JSON.stringify` on the way in and `JSON.parse` on the way out. This
//! keeps serde's deserialisers and a JS-value serialiser out of the wasm build, and makes the
//! JSON the same as the CLI's by construction.
//!
//! Errors reach JavaScript as `Error`s named `QuotelensError` with a stable `code` (see
//! [`crate::Error::code`]); they leave the module as returned strings that start with a NUL,
//! made into errors by js/api.js.
//! A panic (a bug) is thrown as a JS `Error` by the panic handler below; the instance is then
//! unusable, so the package's wrapper re-instantiates it (`__wbg_reset_state`) before rethrowing.

use crate::compare::{compare_input, Input};
use crate::prelude::*;
use crate::{analyze as analyze_text, json, Error, Options};
use core::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::prelude::*;

/// The wasm build is no_std (src/lib.rs), so a panic ends here. Only a literal message is kept
/// (`panic!("…")`): one with arguments would need core's formatting machinery, which this build
/// leaves out; its message is then empty.
#[panic_handler]
fn panic(info: &core::panic::PanicInfo) -> ! {
    // A panic while building the message (allocation failure) must not recurse.
    static PANICKING: AtomicBool = AtomicBool::new(false);
    if PANICKING.swap(true, Ordering::Relaxed) {
        core::arch::wasm32::unreachable()
    }
    let message = info.message().as_str().unwrap_or_default();
    wasm_bindgen::throw_str(&(String::from("quotelens panicked: ") + message))
}

/// A typed error is returned, not thrown, as `\0code:message`, which the package's wrapper
/// (js/api.js) turns into a `QuotelensError`; no JSON starts with a NUL. Building the `Error`
/// here through js-sys cost the wasm and its glue about 1 KB gzipped, and a `Result<String,
/// JsValue>` return (a thrown string) 0.7 KB more: its error crossed through wasm-bindgen's
/// externref table, in the module and in the glue.
fn js_error(e: Error) -> String {
    String::from("\0") + e.code() + ":" + &e.message()
}

/// The JSON of a result. The crate's types always serialise, so a failure is a bug: thrown as a
/// plain `Error`, after which the wrapper re-instantiates the module.
fn to_json<T: json::ToJson>(value: &T) -> String {
    json::to_string(value).unwrap_or_else(|_| {
        wasm_bindgen::throw_str("quotelens: a result could not be written as JSON")
    })
}

// The exports' comments are `//`, not `///`: wasm-bindgen copies doc comments, with JSDoc types,
// into the glue that every reader downloads (0.2 KB gzipped); js/index.d.ts documents the API.

// Analyses one article; `options` is the JSON of the options object, or "" for the defaults
// (not an `Option<String>`: a borrowed string costs the module and its glue 0.2 KB gzipped less).
// Returns the analysis' JSON, or a typed error (see `js_error`).
#[wasm_bindgen]
pub fn analyze(text: &str, options: &str) -> String {
    let options = match Some(options).filter(|o| !o.is_empty()) {
        Some(json) => match Options::from_json(json) {
            Ok(o) => o,
            Err(e) => return js_error(e),
        },
        None => Options::default(),
    };
    match analyze_text(text, &options) {
        Ok(a) => to_json(&a),
        Err(e) => js_error(e),
    }
}

// Compares two sources or sides (ids or names) of an analysis, given as the JSON that
// `analyze` returned. Returns the comparison's JSON, or a typed error (see `js_error`).
#[wasm_bindgen]
pub fn compare(analysis: &str, a: &str, b: &str) -> String {
    match Input::from_json(analysis).and_then(|input| compare_input(&input, a, b)) {
        Ok(c) => to_json(&c),
        Err(e) => js_error(e),
    }
}

// Panics on purpose, so that tests can prove a panic becomes an `Error` and the module recovers.
#[wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("deliberate panic for tests");
}
