//! The wasm binding: a thin layer that turns JavaScript values into core calls and back.
//! No analysis logic lives here.
//!
//! Values cross with serde-wasm-bindgen, in (the options object, the analysis given back to
//! `compare`) and out (the analysis, the comparison), as plain objects equal to what `JSON.parse`
//! of the CLI's JSON gives. Measured on the benchmark's 1 MB of generated news (9,958
//! attributions; medians of 9, one run), building the analysis' objects with
//! `serde_wasm_bindgen` took 58 ms in Node and 57 ms in Chromium, against 82–118 ms and 76 ms
//! for a serde_json string and `JSON.parse`; and it was 2.6 KB gzipped smaller. Reading an
//! analysis back for `compare` took 85 ms and 64 ms, against 84 ms and 76 ms for
//! `JSON.stringify` and serde_json, which cost the module 24 KB gzipped more.
//!
//! A typed error is thrown as an `Error` named `QuotelensError` with a stable `code` (see
//! [`crate::Error::code`]). A panic (a bug) is thrown as a plain `Error` by the hook set in
//! `start`; the instance is then unusable, so the wrapper re-instantiates it
//! (`__wbg_reset_state`) before rethrowing.

use wasm_bindgen::prelude::*;

use crate::compare::{compare_input, compare_inputs, Input};
use crate::{Error, Options};

#[wasm_bindgen(start)]
fn start() {
    // The build aborts on panic (there is no unwinding on wasm32), so the hook is the last code
    // that runs: it throws, which ends the call with a message instead of a bare trap.
    std::panic::set_hook(Box::new(|info| {
        wasm_bindgen::throw_str(&format!("quotelens panicked: {info}"))
    }));
}

/// A typed error as a JavaScript `Error` named `QuotelensError`, with the error's `code`.
fn js_error(e: Error) -> JsValue {
    let error = js_sys::Error::new(&e.message());
    error.set_name("QuotelensError");
    // Setting a property on a fresh Error cannot fail.
    let _ = js_sys::Reflect::set(&error, &"code".into(), &e.code().into());
    error.into()
}

/// A value read from JavaScript, or the error `error` makes of why it could not be read.
fn read<T: serde::de::DeserializeOwned>(
    value: JsValue,
    error: fn(String) -> Error,
) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value).map_err(|e| {
        // The error is a JavaScript `Error`: its message, without the "Error: " of its Display.
        js_error(error(String::from(
            js_sys::Error::from(JsValue::from(e)).message(),
        )))
    })
}

/// serde-wasm-bindgen reads only the fields a struct has, so that `deny_unknown_fields` never
/// sees a misspelt key. What was read, written back, holds every key that was understood: a key
/// of `given` that `read_back` lacks, at any depth, was not. (Reading through a JSON value,
/// whose deserialiser sees every key, cost the module 9.7 KB gzipped.)
fn refuse_unknown_keys(given: &JsValue, read_back: &JsValue, path: &str) -> Result<(), Error> {
    let (list, read_list) = (
        js_sys::Array::is_array(given),
        js_sys::Array::is_array(read_back),
    );
    if list != read_list && given.is_object() && read_back.is_object() {
        // serde reads a struct from a list of its fields in order: `sources: []` would pass.
        let (want, got) = if list {
            ("an object", "a list")
        } else {
            ("a list", "an object")
        };
        return Err(Error::BadOptions(format!(
            "{path} must be {want}, not {got}"
        )));
    }
    if list && read_list {
        let (given, read_back) = (js_sys::Array::from(given), js_sys::Array::from(read_back));
        for i in 0..given.length().min(read_back.length()) {
            let path = format!("{path}[{i}]");
            refuse_unknown_keys(&given.get(i), &read_back.get(i), &path)?;
        }
    } else if given.is_object() && read_back.is_object() {
        for key in js_sys::Object::keys(given.unchecked_ref::<js_sys::Object>()) {
            let get = |from| js_sys::Reflect::get(from, &key).unwrap_or(JsValue::UNDEFINED);
            let (inner, read) = (get(given), get(read_back));
            let name = key.as_string().unwrap_or_default();
            if read.is_undefined() {
                return Err(Error::BadOptions(format!(
                    "unknown field `{name}` in {path}"
                )));
            }
            refuse_unknown_keys(&inner, &read, &format!("{path}.{name}"))?;
        }
    }
    Ok(())
}

/// A result as a plain JavaScript value: objects, arrays, strings, numbers and null, what
/// `JSON.parse` of the CLI's JSON gives.
fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(JsValue::from)
}

// The exports' comments are `//`, not `///`: wasm-bindgen copies doc comments into the glue;
// js/index.d.ts documents the API.

/// The options object, or the defaults for undefined or null.
fn read_options(options: JsValue) -> Result<Options, JsValue> {
    if options.is_null() || options.is_undefined() {
        return Ok(Options::default());
    }
    // "bad options: minConfidence must be …", as the CLI says it.
    let read_back: Options = read(options.clone(), Error::BadOptions)?;
    refuse_unknown_keys(&options, &to_js(&read_back)?, "options").map_err(js_error)?;
    Ok(read_back)
}

// Analyses one article; `options` is the options object, or undefined or null for the defaults.
#[wasm_bindgen]
pub fn analyze(text: &str, options: JsValue) -> Result<JsValue, JsValue> {
    to_js(&crate::analyze(text, &read_options(options)?).map_err(js_error)?)
}

// `analyze`, calling `progress(stage, done, total)` as it goes (for the worker, js/worker.js).
#[wasm_bindgen(js_name = "analyzeWithProgress")]
pub fn analyze_with_progress(
    text: &str,
    options: JsValue,
    progress: &js_sys::Function,
) -> Result<JsValue, JsValue> {
    let options = read_options(options)?;
    let analysis = crate::analyze_with_progress(text, &options, &mut |p| {
        let stage = match p.stage {
            crate::Stage::Attributions => "attributions",
            crate::Stage::Sources => "sources",
        };
        // A callback that throws must not end the analysis: progress is only shown.
        let _ = progress.call3(
            &JsValue::NULL,
            &stage.into(),
            &(p.done as f64).into(),
            &(p.total as f64).into(),
        );
    })
    .map_err(js_error)?;
    to_js(&analysis)
}

// Compares two sources or sides (ids or names) of an analysis that `analyze` returned, or across
// a list of analyses (several documents: each claim then says its document).
#[wasm_bindgen]
pub fn compare(analysis: JsValue, a: &str, b: &str) -> Result<JsValue, JsValue> {
    if js_sys::Array::is_array(&analysis) {
        let analyses: Vec<Input> = read(analysis, Error::BadAnalysis)?;
        return to_js(&compare_inputs(&analyses, a, b).map_err(js_error)?);
    }
    let analysis: Input = read(analysis, Error::BadAnalysis)?;
    to_js(&compare_input(&analysis, a, b).map_err(js_error)?)
}

// Panics on purpose, so that tests can prove a panic becomes an `Error` and the module recovers.
#[wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("deliberate panic for tests");
}
