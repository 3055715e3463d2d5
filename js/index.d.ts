// Types of the quotelens analysis. Offsets are UTF-16 code units: text.slice(start, end).
// Names are camelCase throughout, the same in the CLI's JSON. Records refer to each other by
// index (into the analysis' arrays) and, for sources, by id as well.

/** A span of the analysed text, with its text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type Role = 'headline' | 'body' | 'boilerplate';
export type Kind = 'direct' | 'partial' | 'indirect' | 'mixed';
export type CueClass = 'speech' | 'writing' | 'belief' | 'evaluation' | 'action';
export type Sourcing = 'person' | 'organisation' | 'unnamed' | 'media' | 'unattributed';
export type SourceKind = 'person' | 'organisation' | 'media' | 'group';

export interface Sentence {
  start: number;
  end: number;
  /** text.slice(start, end) */
  text: string;
  role: Role;
}

/** A quoted span: start/end include the marks; inner is what they enclose. */
export interface Quotation {
  start: number;
  end: number;
  inner: TextSpan;
  /** Index into sentences of the sentence where it opens. */
  sentence: number;
  /** False when no closing mark was found. */
  closed: boolean;
}

/** A canonical source. */
export interface Source {
  id: string;
  name: string;
  kind: SourceKind;
  /** The side it belongs to ("us", "russia", …), or null. */
  side: string | null;
  /** For a person, the organisation they speak for. */
  affiliation: string | null;
}

export interface Attribution {
  kind: Kind;
  /**
   * What was said, as the article gives it: a direct quote with its marks and the comma before
   * the cue (`"We are ready,"`), reported speech as written.
   */
  content: TextSpan;
  /** A direct or partial quote's words alone, without the marks and that comma (`We are ready`); null otherwise. */
  inner: TextSpan | null;
  /** Index into quotations of the (first) quotation in content, or null. */
  quotation: number | null;
  /** The cue: "said", "according to", "called", … */
  cue: TextSpan | null;
  /** Who said it, as the text names them. */
  speaker: TextSpan | null;
  /** A secondary channel: `"…," Peskov said, Interfax reported` has Interfax here. */
  via: TextSpan | null;
  source: Source | null;
  cueClass: CueClass;
  sourcing: Sourcing;
  /** The probability that the speaker is right, 0..1. */
  confidence: number;
  /** Index into sentences. */
  sentence: number;
  /** Key noun phrases of the claim. */
  topics: Topic[];
  /** Evaluative words and phrases the source used or was quoted using ("very good"). */
  framing: TextSpan[];
}

/** A topic phrase and its normalised name ("safe zones" for "safe, or de-escalation, zones"). */
export interface Topic extends TextSpan {
  name: string;
}

/** A side ("us", "russia", or one the user defined) and its sources (indices into sources). */
export interface Side {
  id: string;
  name: string;
  sources: number[];
  /** The same sources' ids. */
  sourceIds: string[];
}

/** "It made no mention of safe zones": source (index into sources) left out topic. */
export interface Omission {
  sentence: number;
  /** The whole sentence. */
  text: TextSpan;
  /** The words stating the omission ("made no mention of"). */
  cue: TextSpan;
  source: number | null;
  /** The id of that source. */
  sourceId: string | null;
  topic: Topic;
}

/** A sentence where the article sets sources (indices into sources) against each other. */
export interface Contrast {
  sentence: number;
  text: TextSpan;
  cue: TextSpan;
  sources: number[];
  /** The same sources' ids. */
  sourceIds: string[];
}

export interface SourceWithAttributions extends Source {
  /** Indices into attributions. */
  attributions: number[];
}

export interface Analysis {
  schema: number;
  /** ISO 639-1 code, detected or forced. */
  language: string;
  /** Length of the text in UTF-16 code units. */
  length: number;
  sentences: Sentence[];
  quotations: Quotation[];
  attributions: Attribution[];
  sources: SourceWithAttributions[];
  sides: Side[];
  omissions: Omission[];
  contrasts: Contrast[];
}

/** A source the user defines or overrides. */
export interface UserSource {
  id?: string;
  name: string;
  kind?: SourceKind;
  side?: string;
  affiliation?: string;
  aliases?: string[];
}

/** The user's own sources, aliases and sides, on top of (or instead of) the built-in gazetteer. */
export interface UserSources {
  sources?: UserSource[];
  /** alias → source id or name */
  aliases?: Record<string, string>;
  /** side id → its members, or {name, members, words} */
  sides?: Record<string, string[] | { name?: string; members: string[]; words?: string[] }>;
  /** false drops the built-in gazetteer */
  builtin?: boolean;
}

export interface Options {
  /** Force the language (ISO 639-1) instead of detecting it. */
  lang?: string;
  /** Extra or overriding sources, aliases and sides. */
  sources?: UserSources;
  /**
   * Leave out attributions whose confidence (a calibrated probability that a reader finds the
   * content and its source right) is below this; 0 keeps them all. Partial quotes are always kept.
   * Default 0.25.
   * Of what is kept, a report inside another's content is left out (a claim is reported once).
   */
  minConfidence?: number;
  /**
   * Keep only attributions whose cue is of these classes (at least one; an unknown name throws a
   * QuotelensError with code "bad_options"). Default: all five. `['speech', 'writing']` keeps what
   * sources said or wrote, without what they believe, how they judged or what they did.
   */
  classes?: CueClass[];
}

/** One attribution of a compared party. */
export interface PartyAttribution {
  /** Index into the analysis' attributions. */
  index: number;
  kind: Kind;
  confidence: number;
  sentence: number;
  /** The name of the source that spoke. */
  source: string;
  content: TextSpan;
  /** Across several documents: the document (its index in the list given to compare). */
  document?: number;
}

export interface Framing {
  text: string;
  attributions: number[];
  spans: TextSpan[];
}

export interface PartyTopic {
  /** The grouping key: lowercase, singular, synonyms folded. */
  key: string;
  name: string;
  /** The names it was raised under. */
  forms: string[];
  attributions: number[];
  /** True when the other party did not raise it. */
  only: boolean;
  spans: TextSpan[];
}

/** One side of a comparison: a source (with the persons affiliated to it) or a whole side. */
export interface Party {
  /** What the caller asked for. */
  query: string;
  id: string;
  name: string;
  kind: 'source' | 'side';
  side: string | null;
  /** Indices into the analysis' sources. */
  sources: number[];
  /** The same sources' ids. */
  sourceIds: string[];
  attributions: PartyAttribution[];
  framing: Framing[];
  topics: PartyTopic[];
}

export interface Comparison {
  a: Party;
  b: Party;
  sharedTopics: {
    key: string;
    name: string;
    formsA: string[];
    formsB: string[];
    attributionsA: number[];
    attributionsB: number[];
  }[];
  /** Names of the topics only a raised. */
  onlyA: string[];
  onlyB: string[];
  omissions: {
    sentence: number;
    text: TextSpan;
    /** "a" or "b" */
    party: 'a' | 'b';
    about: string;
    topic: string;
    topicKey: string;
    raisedByOther: boolean;
    /** Across several documents: the document it comes from. */
    document?: number;
  }[];
  contrasts: {
    sentence: number;
    text: TextSpan;
    cue: string;
    sourcesA: string[];
    sourcesB: string[];
    /** Across several documents: the document it comes from. */
    document?: number;
  }[];
  /**
   * Across several documents: where each starts in the numbering the comparison uses (a number
   * minus its document's start is its number in that document; offsets as if the texts were laid
   * end to end). Absent for one analysis.
   */
  documents?: { attribution: number; sentence: number; offset: number }[];
}

/**
 * Why a call got no answer. Every bad argument, of any type, to any function of the package is a
 * QuotelensError with one of these codes:
 * - `bad_text`: analyze's text is not a string;
 * - `bad_options`: options that are not a plain object, or hold an unknown key, a value of the
 *   wrong type, a number out of range, NaN, a Map, a BigInt, a function…;
 * - `unknown_language`: `lang` names a language quotelens does not know;
 * - `too_large`: the text is over 64 MB;
 * - `bad_analysis`: compare's first argument is not what analyze returned;
 * - `bad_query`: compare's a or b is not a non-blank string;
 * - `unknown_source`: a or b names no source, side or organisation of the analysis;
 * - `not_initialised`: a call before `await init()` (browsers and bundlers);
 * - `init_failed`: init could not fetch, compile or instantiate the .wasm.
 */
export type ErrorCode =
  | 'bad_text'
  | 'bad_options'
  | 'unknown_language'
  | 'too_large'
  | 'bad_analysis'
  | 'bad_query'
  | 'unknown_source'
  | 'not_initialised'
  | 'init_failed';

/** Thrown for every call that gets no answer but a bug; `code` is stable. `instanceof QuotelensError` works. */
export class QuotelensError extends Error {
  name: 'QuotelensError';
  code: ErrorCode;
  constructor(message: string, code: ErrorCode);
}

/** Analyses one article. Throws a QuotelensError (see ErrorCode). */
export function analyze(text: string, options?: Options): Analysis;

/**
 * Puts two sources or sides of an analysis side by side. a and b are source or side ids or names
 * ("Peskov", "russia"), or an organisation whose people speak for it ("Kremlin" finds Peskov when
 * the Kremlin itself says nothing), matched case-insensitively. Given a list of analyses (several
 * documents: two accounts of one event), it compares across them: a source met in several is one
 * party, and every claim, omission and contrast says its `document`. Throws a QuotelensError:
 * "bad_analysis" when analysis is not what analyze returned (or a list of those), "bad_query"
 * when a or b is not a non-blank string, "unknown_source" when it names nothing in the analysis.
 */
export function compare(analysis: Analysis | Analysis[], a: string, b: string): Comparison;

/**
 * How far analyzeAsync has got: `done` of the article's `total` sentences read for attributions
 * (stage "attributions", about a hundred calls at most, whatever the length), then once stage
 * "sources" (done = total), while the speakers are tied to sources and the result is made.
 */
export interface Progress {
  stage: 'attributions' | 'sources';
  done: number;
  total: number;
}

/**
 * An AbortSignal (browsers' and Node's alike), declared by shape so that these types need
 * neither the DOM lib nor Node's.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

/** analyzeAsync's options: analyze's, and a signal that cancels it and a progress callback. */
export interface AsyncOptions extends Options {
  /** Aborting it ends the worker; the promise rejects with signal.reason (an AbortError DOMException by default). */
  signal?: AbortSignalLike;
  /** Called on the calling thread as the analysis goes; `done` never goes down. */
  onProgress?: (progress: Progress) => void;
}

/**
 * Where init finds the .wasm: a URL (a string or a URL object), a fetch Response (or Request),
 * its bytes, or a compiled WebAssembly.Module. Declared by shape, so that these types need
 * neither the DOM lib nor Node's: a URL, Response, Uint8Array or WebAssembly.Module fits.
 */
export type InitInput =
  | string
  | { readonly href: string }
  | { arrayBuffer(): Promise<ArrayBuffer> }
  | ArrayBuffer
  | ArrayBufferView
  | WebAssemblyModule;

/** A WebAssembly.Module (an opaque object; named here so that the DOM lib is not needed). */
export type WebAssemblyModule = object;

/**
 * Loads the .wasm (by default from beside the module, compiled while it streams). Browsers and
 * bundlers call it once before analyze; in Node it is already done and resolves at once.
 */
export default function init(input?: { moduleOrPath?: InitInput | Promise<InitInput> }): Promise<unknown>;

