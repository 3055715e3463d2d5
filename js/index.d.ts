// Types of the quotelens analysis. Offsets are UTF-16 code units: text.slice(start, end).

/** A span of the analysed text, with its text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export type Role = 'headline' | 'body' | 'boilerplate';
export type Kind = 'direct' | 'partial' | 'indirect' | 'mixed';
export type CueClass = 'speech' | 'writing' | 'belief' | 'evaluation';
export type Sourcing = 'person' | 'organisation' | 'unnamed' | 'media' | 'unattributed';
export type SourceKind = 'person' | 'organisation' | 'media' | 'group';

export interface Sentence {
  start: number;
  end: number;
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
  /** What was said: the quote's words or the reported content. */
  content: TextSpan;
  /** The cue: "said", "according to", "called", … */
  cue: TextSpan | null;
  /** Who said it, as the text names them. */
  speaker: TextSpan | null;
  /** A secondary channel: `"…," Peskov said, Interfax reported` has Interfax here. */
  via: TextSpan | null;
  source: Source | null;
  cue_class: CueClass;
  sourcing: Sourcing;
  /** The probability that the speaker is right, 0..1. */
  confidence: number;
  /** Index into sentences. */
  sentence: number;
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
}

export interface Options {
  /** Force the language (ISO 639-1) instead of detecting it. */
  lang?: string;
}

/** Thrown for inputs that get no analysis; `code` is stable. */
export interface QuotelensError extends Error {
  name: 'QuotelensError';
  code: 'too_large' | 'unknown_language' | 'bad_options' | 'unknown_source';
}

/** Analyses one article. Throws a QuotelensError, or a TypeError when text is not a string. */
export function analyze(text: string, options?: Options): Analysis;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the .wasm (by default from beside the module, compiled while it streams). Browsers and
 * bundlers call it once before analyze; in Node it is already done and resolves at once.
 */
export default function init(input?: { module_or_path?: InitInput | Promise<InitInput> }): Promise<unknown>;

/** @internal For tests only. */
export function __panicForTests(): void;
