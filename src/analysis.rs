//! The analysis: the one value that every stage adds to and that the wasm binding, the npm package
//! and the CLI all return as JSON.
//!
//! Inside the core every span is a byte range into the original text. [`Analysis`] is the public,
//! serialised form: its offsets are UTF-16 code units, so that JavaScript's `text.slice(start, end)`
//! is the span. The conversion happens once, at the end of the pipeline (see [`crate::offsets`]).

use serde::{Deserialize, Serialize};

/// A half-open byte range into the analysed text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// What a sentence is in the page: the title, the article, or furniture around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Headline,
    Body,
    Boilerplate,
}

/// A sentence, as found by [`crate::segment`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub role: Role,
}

/// A quoted span: `outer` includes the quotation marks, `inner` is what they enclose.
/// A quotation that runs over several paragraphs (each reopening it) is one quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    pub outer: Span,
    pub inner: Span,
    /// The index of the sentence where the quotation opens.
    pub sentence: usize,
    /// False when the closing mark was never found (the quotation runs to its paragraph's end).
    pub closed: bool,
}

/// How the attributed content is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// The words are quoted whole.
    Direct,
    /// A quoted fragment inside the writer's own sentence: `called it "very good"`.
    Partial,
    /// Reported speech with no quotation marks.
    Indirect,
    /// Reported speech that carries quoted words.
    Mixed,
}

/// What kind of act the cue names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CueClass {
    Speech,
    Writing,
    Belief,
    Evaluation,
    /// A deed, not a statement ("ordered strikes", "discussed the crisis", "released a plan"):
    /// PolNeAR annotates such relations, but no one said or wrote the content.
    Action,
}

impl CueClass {
    /// Every variant.
    pub const ALL: [CueClass; 5] = [
        CueClass::Speech,
        CueClass::Writing,
        CueClass::Belief,
        CueClass::Evaluation,
        CueClass::Action,
    ];
}

/// A set of cue classes (which attributions to keep, [`crate::Options::classes`]): one bit per
/// class, so that the filter adds next to nothing to the wasm build.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct CueClasses(u8);

impl CueClasses {
    pub const NONE: CueClasses = CueClasses(0);
    pub const ALL: CueClasses = CueClasses::of(&CueClass::ALL);

    /// The set of the classes listed.
    pub const fn of(classes: &[CueClass]) -> CueClasses {
        let mut set = CueClasses::NONE;
        let mut i = 0;
        while i < classes.len() {
            set = set.with(classes[i]);
            i += 1;
        }
        set
    }

    /// This set and `class`.
    pub const fn with(self, class: CueClass) -> CueClasses {
        CueClasses(self.0 | 1 << class as u8)
    }

    pub const fn contains(self, class: CueClass) -> bool {
        self.0 & 1 << class as u8 != 0
    }

    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl Default for CueClasses {
    fn default() -> CueClasses {
        CueClasses::ALL
    }
}

/// As the list of the classes' names, as the `classes` option gives them.
impl Serialize for CueClasses {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(CueClass::ALL.into_iter().filter(|&c| self.contains(c)))
    }
}

/// Who stands behind the attribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Sourcing {
    Person,
    Organisation,
    Unnamed,
    Media,
    Unattributed,
}

/// What a source is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    Person,
    Organisation,
    Media,
    Group,
}

/// One attribution, with byte spans (the core's internal form).
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub kind: Kind,
    pub content: Span,
    pub cue: Option<Span>,
    pub speaker: Option<Span>,
    /// The noun phrase the speaker stands for: the speaker itself when it names someone, the
    /// antecedent of a pronoun or nominal ("he", "the spokesman"), or the speaker carried over
    /// from the quote before. [`crate::sources`] resolves this span, not `speaker`.
    pub resolved: Option<Span>,
    /// A secondary channel: `"…," Peskov said, Interfax reported` has Interfax here.
    pub via: Option<Span>,
    /// Index into the analysis' sources, set by [`crate::sources`].
    pub source: Option<usize>,
    pub cue_class: CueClass,
    pub sourcing: Sourcing,
    pub confidence: f32,
    pub sentence: usize,
}

/// A canonical source (set by [`crate::sources`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    pub id: String,
    pub name: String,
    pub kind: SourceKind,
    /// The side it belongs to ("us", "russia", …), or null.
    pub side: Option<String>,
    /// For a person: the organisation they speak for ("Kremlin" for Dmitry Peskov).
    pub affiliation: Option<String>,
}

// ---- The public, serialised form (UTF-16 offsets) ----

/// The analysis of one text. Offsets are UTF-16 code units.
///
/// Field names are JavaScript's camelCase (`cueClass`, `sourceIds`) in every form: the npm
/// package's objects, the CLI's JSON and this type's serde form.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    /// The schema version: bumped when a field changes meaning (2: camelCase names; sentences'
    /// `text`, attributions' `quotation` and `inner`, `sourceIds` beside source indices).
    pub schema: u32,
    /// The ISO 639-1 code of the language (detected, or forced by the options).
    pub language: String,
    /// The length of the text in UTF-16 code units.
    pub length: usize,
    pub sentences: Vec<SentenceOut>,
    pub quotations: Vec<QuotationOut>,
    pub attributions: Vec<AttributionOut>,
    pub sources: Vec<SourceOut>,
    /// The sides of the sources, in order of first appearance (see [`crate::sources`]).
    #[serde(default)]
    pub sides: Vec<SideOut>,
    /// Statements that a source left something out ("It made no mention of safe zones").
    #[serde(default)]
    pub omissions: Vec<OmissionOut>,
    /// Sentences where the article itself sets sources against each other.
    #[serde(default)]
    pub contrasts: Vec<ContrastOut>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub role: Role,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuotationOut {
    /// The quotation including its marks.
    pub start: usize,
    pub end: usize,
    /// What the marks enclose.
    pub inner: TextSpan,
    pub sentence: usize,
    pub closed: bool,
}

/// A span with its text, so that readers of the JSON need not slice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AttributionOut {
    pub kind: Kind,
    /// What was said, as the article gives it: a direct quote with its marks and the comma that
    /// hands over to the cue (`"We are ready,"`), reported speech as written.
    pub content: TextSpan,
    /// For a direct or partial quote, the quoted words alone: `content` without its marks and
    /// that comma (`We are ready`); None for indirect and mixed.
    #[serde(default)]
    pub inner: Option<TextSpan>,
    /// Index into `quotations` of the (first) quotation in `content`; None when it has none.
    #[serde(default)]
    pub quotation: Option<usize>,
    pub cue: Option<TextSpan>,
    pub speaker: Option<TextSpan>,
    pub via: Option<TextSpan>,
    pub source: Option<Source>,
    pub cue_class: CueClass,
    pub sourcing: Sourcing,
    /// The core's f32 confidence as the f64 of its shortest decimal form (0.972549, not the
    /// f32 widened to 0.9725490212440491), so that JSON and JavaScript objects carry one number.
    pub confidence: f64,
    pub sentence: usize,
    /// Key noun phrases of the claim (for a partial quote: of the writer's words around it).
    #[serde(default)]
    pub topics: Vec<TopicOut>,
    /// Evaluative words and phrases the source used or was quoted using ("very good").
    #[serde(default)]
    pub framing: Vec<TextSpan>,
}

/// A topic phrase: where it is, and its normalised name ("safe zones" for
/// "safe, or de-escalation, zones").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct TopicOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub name: String,
}

/// A side ("us", "russia", or one the user defined) and its sources (indices into `sources`,
/// and the same sources' ids).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SideOut {
    pub id: String,
    pub name: String,
    pub sources: Vec<usize>,
    #[serde(default)]
    pub source_ids: Vec<String>,
}

/// "It made no mention of safe zones": `source` (index into `sources`) left out `topic`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OmissionOut {
    pub sentence: usize,
    /// The whole sentence.
    pub text: TextSpan,
    /// The words stating the omission ("made no mention of").
    pub cue: TextSpan,
    pub source: Option<usize>,
    /// The id of that source.
    #[serde(default)]
    pub source_id: Option<String>,
    pub topic: TopicOut,
}

/// A sentence that contrasts sources: the marker ("while", "but") and the sources it sets apart.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ContrastOut {
    pub sentence: usize,
    pub text: TextSpan,
    pub cue: TextSpan,
    pub sources: Vec<usize>,
    #[serde(default)]
    pub source_ids: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SourceOut {
    #[serde(flatten)]
    pub source: Source,
    /// Indices into `attributions`.
    pub attributions: Vec<usize>,
}
