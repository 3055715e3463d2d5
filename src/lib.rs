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
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Force the language (ISO 639-1, e.g. "en") instead of detecting it.
    pub lang: Option<String>,
    /// Extra or overriding source aliases and sides (see [`sources::Gazetteer`]).
    pub sources: Option<sources::Gazetteer>,
}

impl Options {
    /// Reads the options from the JSON of the npm package's options object
    /// (`{"lang": "en", "sources": {…}}`, every key optional). Unknown keys are refused, so that a
    /// misspelt option is an error rather than ignored.
    pub fn from_json(json: &str) -> Result<Options, Error> {
        let mut options = Options::default();
        for (key, v) in json::parse(json)?.fields("options", &["lang", "sources"])? {
            let v = v.nullable();
            match &**key {
                "lang" => options.lang = v.map(|v| v.string("options.lang")).transpose()?,
                _ => options.sources = v.map(sources::Gazetteer::from_value).transpose()?,
            }
        }
        Ok(options)
    }
}

/// Analyses one article.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_with(text, options, attribution::attribute)
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
