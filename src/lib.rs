//! quotelens: who said what in a news article, and how sure we are.
//!
//! The data flow is one way, each stage a pure function of the text and the stages before it:
//!
//! ```text
//! text → segment (sentences, roles, language) → quotes → attribution → sources → compare
//! ```
//!
//! [`analyze`] runs the pipeline and returns an [`Analysis`], whose JSON form is the same from the
//! Rust API, the wasm binding, the npm package and the CLI. Offsets in it are UTF-16 code units.
//!
//! ```
//! let text = "\"We are ready,\" Lavrov said.";
//! let analysis = quotelens::analyze(text, &quotelens::Options::default()).unwrap();
//! assert_eq!(analysis.quotations[0].inner.text, "We are ready,");
//! ```

// The wasm build is no_std: std's panic machinery (the hook, the payload, the message
// formatting through core::fmt) cannot be left out of a build that links std, and cost the .wasm
// about 3 KB gzipped. There a panic ends in src/wasm.rs' handler; the native build, the CLI and
// the tests keep std.
#![cfg_attr(target_arch = "wasm32", no_std)]

extern crate alloc;

/// What std's prelude would give every module, imported by each (`use crate::prelude::*`), so
/// that the same code compiles with and without std.
#[allow(unused_imports)]
mod prelude {
    pub use alloc::borrow::ToOwned;
    pub use alloc::boxed::Box;
    pub use alloc::string::{String, ToString};
    pub use alloc::vec;
    pub use alloc::vec::Vec;
}

pub(crate) mod float;
pub(crate) mod sync;

use prelude::*;

// First: its `words!` macro is used by the modules below.
#[macro_use]
pub(crate) mod wordlist;
// Second: its `json_object!` and `json_names!` macros are used by the modules below.
#[macro_use]
pub mod json;

pub mod analysis;
pub mod attribution;
pub mod compare;
pub mod lang;
pub mod offsets;
pub mod quotes;
pub mod roles;
pub mod segment;
pub mod sources;
pub mod text;

mod error;
mod output;
mod sort;

#[cfg(target_arch = "wasm32")]
mod wasm;
#[cfg(target_arch = "wasm32")]
mod wasm_alloc;

/// Size classes instead of std's dlmalloc in the wasm build (src/wasm_alloc.rs).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: wasm_alloc::Classes = wasm_alloc::Classes::new();

pub use analysis::Analysis;
pub use compare::{compare, Comparison};
pub use error::Error;

/// The largest text accepted: beyond it the answer is [`Error::TooLarge`], not an out-of-memory.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// What the caller may set. Everything has a default.
#[derive(Clone, Debug)]
pub struct Options {
    /// Force the language (ISO 639-1, e.g. "en") instead of detecting it.
    pub lang: Option<String>,
    /// Extra or overriding source aliases and sides (see [`sources::Gazetteer`]).
    pub sources: Option<sources::Gazetteer>,
    /// Attributions less likely than this to be right are left out (0 keeps them all); partial
    /// quotes are always kept.
    pub min_confidence: f32,
}

/// The default [`Options::min_confidence`]. Confidence is calibrated, so an attribution under it
/// is wrong at least three times in four: shown by default, such guesses cost a reader more than
/// the few right ones give (on PolNeAR train, attribution F1 0.605 with all, 0.627 without).
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.25;

impl Default for Options {
    fn default() -> Options {
        Options { lang: None, sources: None, min_confidence: DEFAULT_MIN_CONFIDENCE }
    }
}

impl Options {
    /// Reads the options from the JSON of the npm package's options object
    /// (`{"lang": "en", "sources": {…}, "minConfidence": 0.5}`, every key optional). Unknown keys
    /// are refused, so that a misspelt option is an error rather than ignored.
    pub fn from_json(json: &str) -> Result<Options, Error> {
        let mut options = Options::default();
        for (key, v) in json::parse(json)?.fields("options", &["lang", "minConfidence", "sources"])? {
            let v = v.nullable();
            match &**key {
                "lang" => options.lang = v.map(|v| v.string("options.lang")).transpose()?,
                "minConfidence" => {
                    if let Some(v) = v {
                        options.min_confidence = min_confidence(v.number("options.minConfidence")?)?;
                    }
                }
                _ => options.sources = v.map(sources::Gazetteer::from_value).transpose()?,
            }
        }
        Ok(options)
    }
}

/// A minimum confidence, which is a probability.
pub fn min_confidence(p: f64) -> Result<f32, Error> {
    if (0.0..=1.0).contains(&p) {
        Ok(p as f32)
    } else {
        Err(Error::BadOptions("minConfidence must be a number from 0 to 1".into()))
    }
}

/// Analyses one article.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_with(text, options, |text, lang, sentences, quotations| {
        let mut found = attribution::attribute(text, lang, sentences, quotations);
        // A partial quote is kept whatever its confidence: its words are the writer's own
        // quotation after a naming cue. PolNeAR marks the clause around it instead, which is
        // why its measured rate is low (≈ 0.25), not doubt about who said the words.
        found.retain(|a| a.confidence >= options.min_confidence || a.kind == analysis::Kind::Partial);
        found
    })
}

/// [`analyze`] with the attributions given by `attribute` instead of the attribution engine: for
/// tests of the later stages (sources, comparison) on hand-made attributions.
#[doc(hidden)]
pub fn analyze_with(
    text: &str,
    options: &Options,
    attribute: impl FnOnce(
        &str,
        lang::Lang,
        &[analysis::Sentence],
        &[analysis::Quotation],
    ) -> Vec<analysis::Attribution>,
) -> Result<Analysis, Error> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(Error::TooLarge {
            bytes: text.len(),
            limit: MAX_TEXT_BYTES,
        });
    }
    let lang = match &options.lang {
        Some(code) => {
            lang::Lang::from_code(code).ok_or_else(|| Error::UnknownLanguage(code.clone()))?
        }
        None => lang::detect(text),
    };
    let mut sentences = segment::sentences(text, lang);
    roles::assign(text, &mut sentences);
    let quotations = quotes::find(text, &sentences);
    let mut attributions = attribute(text, lang, &sentences, &quotations);
    let findings = sources::find(text, &sentences, &mut attributions, options.sources.as_ref());
    Ok(output::build(
        text,
        lang,
        &sentences,
        &quotations,
        &attributions,
        &findings,
    ))
}
