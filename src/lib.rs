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

pub mod analysis;
pub mod attribution;
pub mod compare;
pub mod lang;
pub mod offsets;
mod order;
pub mod quotes;
pub mod roles;
pub mod segment;
pub mod sources;
pub mod text;

mod error;
mod output;

#[cfg(target_arch = "wasm32")]
mod wasm;

use serde::{de, Deserialize, Deserializer, Serialize};

pub use analysis::{Analysis, CueClass, CueClasses};
pub use compare::{compare, compare_documents, Comparison};
pub use error::Error;

/// The largest text accepted: beyond it the answer is [`Error::TooLarge`], not an out-of-memory.
pub const MAX_TEXT_BYTES: usize = 64 * 1024 * 1024;

/// What the caller may set. Everything has a default.
///
/// Read from the npm package's options object (or its JSON, [`Options::from_json`]):
/// `{"lang": "en", "sources": {…}, "minConfidence": 0.5, "classes": ["speech"]}`, every key
/// optional, null as if absent. Unknown keys are refused, so that a misspelt option is an error
/// rather than ignored.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct Options {
    /// Force the language (ISO 639-1, e.g. "en") instead of detecting it.
    pub lang: Option<String>,
    /// Extra or overriding source aliases and sides (see [`sources::Gazetteer`]).
    #[serde(deserialize_with = "checked_gazetteer")]
    pub sources: Option<sources::Gazetteer>,
    /// Attributions less likely than this to be right are left out (0 keeps them all); partial
    /// quotes are always kept. Of what is kept, a report inside another's content is left out
    /// ([`attribution::drop_nested`]).
    #[serde(deserialize_with = "min_confidence_or_default")]
    pub min_confidence: f32,
    /// Only attributions whose cue is of one of these classes are kept (by default all five), so
    /// that a reader can see speech and writing alone, without beliefs, evaluations and actions.
    #[serde(deserialize_with = "classes_or_all")]
    pub classes: CueClasses,
}

/// The default [`Options::min_confidence`]. The confidence is the chance that a reader finds the
/// statement and its source right (fitted on real articles: `src/attribution/scoring.rs`), so an
/// attribution under 0.25 is wrong at least three times in four: shown by default, such guesses
/// cost a reader more than the few right ones give. (PolNeAR, which counts every relation and a
/// pronoun speaker as right, is scored from a lower minimum, where the engine's own 0.25 lands:
/// see `scripts/eval_attribution.py`.)
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.25;

impl Default for Options {
    fn default() -> Options {
        Options {
            lang: None,
            sources: None,
            min_confidence: DEFAULT_MIN_CONFIDENCE,
            classes: CueClasses::ALL,
        }
    }
}

impl Options {
    /// Reads the options from the JSON of the npm package's options object.
    pub fn from_json(json: &str) -> Result<Options, Error> {
        Ok(serde_json::from_str(json)?)
    }
}

/// A minimum confidence, which is a probability.
pub fn min_confidence(p: f64) -> Result<f32, Error> {
    if (0.0..=1.0).contains(&p) {
        Ok(p as f32)
    } else {
        Err(Error::BadOptions(
            "minConfidence must be a number from 0 to 1".into(),
        ))
    }
}

/// The cue classes named ("speech", "writing", "belief", "evaluation", "action"): at least one,
/// each known.
pub fn classes<'n>(names: impl IntoIterator<Item = &'n str>) -> Result<CueClasses, Error> {
    const KNOWN: &str = "speech, writing, belief, evaluation or action";
    let mut set = CueClasses::NONE;
    for name in names {
        set = set.with(match name {
            "speech" => CueClass::Speech,
            "writing" => CueClass::Writing,
            "belief" => CueClass::Belief,
            "evaluation" => CueClass::Evaluation,
            "action" => CueClass::Action,
            _ => {
                return Err(Error::BadOptions(format!(
                    "unknown cue class {name:?}, expected {KNOWN}"
                )))
            }
        });
    }
    if set.is_empty() {
        return Err(Error::BadOptions(format!(
            "classes must name at least one of {KNOWN}"
        )));
    }
    Ok(set)
}

// The options' fields that are checked as they are read; null is as if absent.

fn checked_gazetteer<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<sources::Gazetteer>, D::Error> {
    let g = Option::<sources::Gazetteer>::deserialize(d)?;
    if let Some(g) = &g {
        g.validate().map_err(|e| de::Error::custom(why(e)))?;
    }
    Ok(g)
}

fn min_confidence_or_default<'de, D: Deserializer<'de>>(d: D) -> Result<f32, D::Error> {
    match Option::<f64>::deserialize(d)? {
        Some(p) => min_confidence(p).map_err(|e| de::Error::custom(why(e))),
        None => Ok(DEFAULT_MIN_CONFIDENCE),
    }
}

fn classes_or_all<'de, D: Deserializer<'de>>(d: D) -> Result<CueClasses, D::Error> {
    match Option::<Vec<String>>::deserialize(d)? {
        Some(names) => {
            classes(names.iter().map(String::as_str)).map_err(|e| de::Error::custom(why(e)))
        }
        None => Ok(CueClasses::ALL),
    }
}

/// What a `BadOptions` says, without its "bad options: " (the error it becomes adds that again).
fn why(e: Error) -> String {
    match e {
        Error::BadOptions(why) => why,
        e => e.to_string(),
    }
}

/// How far an analysis has got, for [`analyze_with_progress`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub stage: Stage,
    /// Sentences read for attributions so far, of the article's `total`.
    pub done: usize,
    pub total: usize,
}

/// The stages that take time, in order (sentences are found first, in a few percent of it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Each sentence read for quotations and reported speech: `done` rises to `total`.
    Attributions,
    /// The speakers tied to sources and sides, and the output built (`done` is `total`).
    Sources,
}

/// Analyses one article.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_with_progress(text, options, &mut |_| {})
}

/// [`analyze`], calling `progress` as it goes: about a hundred times at most whatever the length
/// (every 1% of the sentences), then once as the sources stage starts. The analysis is the same
/// whatever the callback.
pub fn analyze_with_progress(
    text: &str,
    options: &Options,
    progress: &mut dyn FnMut(Progress),
) -> Result<Analysis, Error> {
    analyze_with(text, options, |text, lang, sentences, quotations| {
        let total = sentences.len();
        let mut found =
            attribution::attribute_with_progress(text, lang, sentences, quotations, &mut |done| {
                progress(Progress {
                    stage: Stage::Attributions,
                    done,
                    total,
                })
            });
        progress(Progress {
            stage: Stage::Sources,
            done: total,
            total,
        });
        // The engine's rate (PolNeAR's measure) becomes the confidence a reader is shown, for the
        // statements real articles measure it on; beliefs, evaluations and deeds keep PolNeAR's,
        // the only measure of them there is.
        for a in &mut found {
            if matches!(a.cue_class, CueClass::Speech | CueClass::Writing) {
                a.confidence = attribution::scoring::reader_confidence(a.confidence);
            }
        }
        // A partial quote is kept whatever its confidence: its words are the writer's own
        // quotation after a naming cue. PolNeAR marks the clause around it instead, which is
        // why its measured rate is low (≈ 0.25), not doubt about who said the words.
        // Filtered here, before the sources stage, so that sources and compare see only what is kept.
        found.retain(|a| {
            options.classes.contains(a.cue_class)
                && (a.confidence >= options.min_confidence || a.kind == analysis::Kind::Partial)
        });
        // After the filter: a report left out must not take the one inside it along.
        attribution::drop_nested(&mut found);
        // What is kept lives to the end of the analysis: without the room of every reading.
        found.shrink_to_fit();
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
    let findings = sources::find(
        text,
        &sentences,
        &mut attributions,
        options.sources.as_ref(),
    );
    Ok(output::build(
        text,
        lang,
        &sentences,
        &quotations,
        &attributions,
        &findings,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use analysis::CueClass::{Belief, Evaluation, Speech, Writing};

    const TEXT: &str = "\"We will win,\" the mayor said. The governor believes the plan will fail. \
                        Critics criticized the budget as reckless. The ministry wrote that talks would resume.";

    fn classes_of(options: &Options) -> Vec<CueClass> {
        analyze(TEXT, options)
            .unwrap()
            .attributions
            .iter()
            .map(|a| a.cue_class)
            .collect()
    }

    #[test]
    fn a_set_of_cue_classes_holds_what_it_was_given() {
        let statements = CueClasses::of(&[Speech, Writing]);
        assert!(statements.contains(Speech) && statements.contains(Writing));
        assert!(!statements.contains(Belief) && !statements.contains(Evaluation));
        assert_eq!(statements, CueClasses::NONE.with(Writing).with(Speech));
        assert!(CueClass::ALL.iter().all(|&c| CueClasses::ALL.contains(c)));
        assert!(CueClasses::NONE.is_empty() && !CueClasses::ALL.is_empty());
        assert_eq!(Options::default().classes, CueClasses::ALL);
    }

    #[test]
    fn only_the_chosen_classes_are_kept() {
        // The text has one attribution of each class: the default keeps all four.
        assert_eq!(
            classes_of(&Options::default()),
            [Speech, Belief, Evaluation, Writing]
        );
        let statements = Options {
            classes: CueClasses::of(&[Speech, Writing]),
            ..Options::default()
        };
        assert_eq!(classes_of(&statements), [Speech, Writing]);
        let beliefs = Options {
            classes: CueClasses::of(&[Belief]),
            ..Options::default()
        };
        assert_eq!(classes_of(&beliefs), [Belief]);
    }

    #[test]
    fn sources_see_only_the_kept_attributions() {
        let text =
            "\"We will win,\" Vladimir Putin said. Donald Trump believes the plan will fail.";
        let names = |classes: &[CueClass]| -> Vec<String> {
            let options = Options {
                classes: CueClasses::of(classes),
                ..Options::default()
            };
            let analysis = analyze(text, &options).unwrap();
            for s in &analysis.sources {
                assert!(s
                    .attributions
                    .iter()
                    .all(|&i| i < analysis.attributions.len()));
            }
            analysis
                .sources
                .iter()
                .map(|s| s.source.name.clone())
                .collect()
        };
        assert_eq!(
            names(&CueClass::ALL).len(),
            2,
            "{:?}",
            names(&CueClass::ALL)
        );
        assert_eq!(names(&[Speech]), ["Vladimir Putin"]);
    }

    #[test]
    fn classes_are_read_from_the_options_json() {
        let read = |json: &str| Options::from_json(json).map(|o| o.classes);
        assert_eq!(
            read(r#"{"classes": ["speech", "writing"]}"#),
            Ok(CueClasses::of(&[Speech, Writing]))
        );
        assert_eq!(
            read(r#"{"classes": ["evaluation", "evaluation"]}"#),
            Ok(CueClasses::of(&[Evaluation]))
        );
        assert_eq!(read(r#"{"classes": null}"#), Ok(CueClasses::ALL));
        assert_eq!(read("{}"), Ok(CueClasses::ALL));
        for bad in [
            r#"{"classes": []}"#,
            r#"{"classes": ["speech", "rumour"]}"#,
            r#"{"classes": ["Speech"]}"#,
            r#"{"classes": "speech"}"#,
            r#"{"classes": [1]}"#,
            r#"{"class": ["speech"]}"#,
        ] {
            let err = read(bad).unwrap_err();
            assert_eq!(err.code(), "bad_options", "{bad}");
        }
        // The names read are the names written, for every class.
        for c in CueClass::ALL {
            let name = serde_json::to_string(&c).unwrap();
            assert_eq!(classes([name.trim_matches('"')]), Ok(CueClasses::of(&[c])));
        }
        let unknown = read(r#"{"classes": ["rumour"]}"#).unwrap_err().message();
        assert!(
            unknown.contains("\"rumour\"")
                && unknown.contains("speech, writing, belief, evaluation or action"),
            "{unknown}"
        );
    }

    #[test]
    fn progress_rises_by_sentence_and_leaves_the_analysis_alone() {
        let text = TEXT.repeat(150);
        let mut seen = Vec::new();
        let analysis =
            analyze_with_progress(&text, &Options::default(), &mut |p| seen.push(p)).unwrap();
        assert_eq!(analysis, analyze(&text, &Options::default()).unwrap());
        let total = analysis.sentences.len();
        assert!(total > 400, "{total} sentences");
        // Every 1% of the sentences, then the sources stage: bounded, whatever the length.
        assert!((90..=101).contains(&seen.len()), "{} calls", seen.len());
        assert!(seen.iter().all(|p| p.total == total && p.done <= total));
        assert!(seen.windows(2).all(|w| w[0].done < w[1].done));
        assert_eq!(seen[0].done, 0);
        let last = seen.pop().unwrap();
        assert_eq!((last.stage, last.done), (Stage::Sources, total));
        assert!(seen.iter().all(|p| p.stage == Stage::Attributions));
    }
}
