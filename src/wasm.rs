//! The wasm binding: a thin layer that turns JavaScript values into core calls and back.
//! No analysis logic lives here.
//!
//! Errors are JS `Error`s named `QuotelensError` with a stable `code` (see [`crate::Error::code`]).
//! A panic (a bug) is thrown as a JS `Error` by the panic hook; the instance is then unusable, so
//! the package's wrapper re-instantiates it (`__wbg_reset_state`) before rethrowing.

use crate::compare::{compare_input, Input};
use crate::sources::Gazetteer;
use crate::{analyze as analyze_text, Error, Options};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let message = match info.payload().downcast_ref::<&str>() {
            Some(s) => s.to_string(),
            None => info.payload().downcast_ref::<String>().cloned().unwrap_or_default(),
        };
        wasm_bindgen::throw_str(&format!("quotelens panicked: {message}"));
    }));
}

/// The options object JavaScript passes; every field may be missing.
// serde-wasm-bindgen reads only the fields a struct declares, so unknown keys are refused by the
// package's wrapper (js/api.js), where the keys can be listed.
#[derive(Deserialize, Default)]
struct JsOptions {
    lang: Option<String>,
    sources: Option<Gazetteer>,
}

fn js_error(e: &Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("QuotelensError");
    let _ = js_sys::Reflect::set(&err, &"code".into(), &e.code().into());
    err.into()
}

fn options(value: JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    let o: JsOptions =
        serde_wasm_bindgen::from_value(value).map_err(|e| js_error(&Error::BadOptions(e.to_string())))?;
    if let Some(g) = &o.sources {
        g.validate().map_err(|e| js_error(&e))?;
    }
    Ok(Options { lang: o.lang, sources: o.sources })
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // json_compatible: maps become plain objects and None becomes null, as in the CLI's JSON.
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| js_error(&Error::BadOptions(e.to_string())))
}

/// Analyses one article; see the crate docs for the shape of the result.
#[wasm_bindgen]
pub fn analyze(text: &str, options_value: JsValue) -> Result<JsValue, JsValue> {
    let analysis = analyze_text(text, &options(options_value)?).map_err(|e| js_error(&e))?;
    to_js(&analysis)
}

/// Compares two sources or sides (ids or names) of an analysis that `analyze` returned.
#[wasm_bindgen]
pub fn compare(analysis: JsValue, a: &str, b: &str) -> Result<JsValue, JsValue> {
    let input: Input = serde_wasm_bindgen::from_value(analysis)
        .map_err(|e| js_error(&Error::BadOptions(format!("not an analysis: {e}"))))?;
    to_js(&compare_input(&input, a, b).map_err(|e| js_error(&e))?)
}

/// Panics on purpose, so that tests can prove a panic becomes an `Error` and the module recovers.
#[wasm_bindgen(js_name = "__panicForTests")]
pub fn panic_for_tests() {
    panic!("deliberate panic for tests");
}
