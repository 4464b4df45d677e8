// Types of the ES module build (pkg/esm/index.js): the analysis and the
// overlay. The report's shape follows docs/report.md and
// docs/report.schema.json; tests/js/types.test.mjs checks real usage against
// these declarations with `tsc --strict`.

/** One article to analyse. Give `text` (the browser build reads no `html`: use anchoring.extract on the DOM). */
export interface ArticleInput {
  id?: string;
  text?: string;
  html?: string;
  title?: string;
  /** `YYYY-MM-DD` */
  published?: string;
  lang?: Language;
  /** Block kinds known from markup, as UTF-16 spans into `text`. */
  hints?: { kind: BlockKind; start: number; end: number }[];
}

/** Options for an analysis run. */
export interface AnalyzeOptions {
  /** Extra entities: people, states, organizations the built-in gazetteer does not know. */
  gazetteer?: { id: string; name: string; type?: EntityType; aliases?: string[] }[];
}

export type Language = "de" | "en";
export type BlockKind = "headline" | "kicker" | "lede" | "body" | "subheading" | "caption" | "media" | "credit" | "source" | "related" | "other";
export type Verdict = "corroborated" | "relayed" | "consistent" | "single_source" | "discrepancy" | "disputed";
export type Modality = "asserted" | "reported" | "hearsay" | "hedged" | "quoted" | "denied";
export type SourceKind = "official" | "state_media" | "military" | "intelligence" | "media" | "observer" | "anonymous" | "person" | "other";
export type EntityType = "person" | "state" | "organization" | "place" | "other";
export type Relation = "corroborates" | "consistent" | "conflicts" | "disputes" | "updates";

/** A span of an article's text: UTF-16 offsets, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  kind: BlockKind;
}

export interface Sentence extends Span {
  /** Index into the article's `blocks`. */
  block: number;
}

export interface Article {
  id: string;
  /** The analysed text, exactly as given (or as extracted from `html`). */
  text: string;
  title: string | null;
  kicker: string | null;
  /** `YYYY-MM-DD` */
  published: string | null;
  language: Language;
  agencies: string[];
  dateline: string[];
  blocks: Block[];
  sentences: Sentence[];
}

export interface Attribution {
  source: string;
  kind: SourceKind;
  cue: string;
  entities: string[];
  /** Carried over from the sentence before (reported speech continues). */
  inherited: boolean;
}

export interface Quantity extends Span {
  text: string;
  value_min: number | null;
  value_max: number | null;
  qualifier: "exact" | "approx" | "more_than" | "at_least" | "at_most" | "less_than" | "range" | "vague";
  unit: string | null;
}

export interface TimeExpression extends Span {
  text: string;
  /** ISO day, or null when unresolved. */
  from: string | null;
  to: string | null;
  granularity: "day" | "week" | "month" | "season" | "year" | "open";
  relative: boolean;
}

export interface Entity extends Span {
  text: string;
  /** The same referent has the same id in every article. */
  id: string;
  type: EntityType;
  name: string;
}

export interface Claim extends Span {
  /** `<article>-c<n>`, unique in the report. */
  id: string;
  article: string;
  text: string;
  checkworthiness: { score: number; reasons: string[] };
  modality: Modality;
  attribution: Attribution | null;
  quantities: Quantity[];
  times: TimeExpression[];
  entities: Entity[];
  verdict: Verdict;
  /** Ids of related claims in other articles. */
  evidence: string[];
  /** Origin parties behind the claim and its corroboration (outlets that relay are none). */
  independent_sources: number;
  parties: OriginParty[];
  /** `2 unabhängige Quellen: …` / `2 independent sources: …` (empty when no party is known). */
  sources_note: { de: string; en: string };
}

/** A party behind a claim: a state (its agency, army and leader are one), a service, an authority. */
export interface OriginParty {
  id: string;
  de: string;
  en: string;
  /** How the texts name it (`KCNA`, `Gerassimow`). */
  named: string[];
}

export interface Link {
  from: string;
  to: string;
  relation: Relation;
  score: number;
  explanation: { de: string; en: string };
  /** Both claims rest on the same origin party: confirmed is that it was said. */
  same_source: boolean;
}

/** The analysis report. Offsets are UTF-16 code units into each article's `text`. */
export interface Report {
  version: number;
  articles: Article[];
  claims: Claim[];
  links: Link[];
}

/**
 * Analyses `articles` and returns the report. Call `init()` (or
 * `initSync()`) first. Throws a `TypeError` when the input does not have the
 * expected shape and an `Error` when the analysis refuses it.
 */
export function analyze(articles: ArticleInput[], options?: AnalyzeOptions): Report;

/**
 * Loads the wasm: in browsers from `faktenlage_bg.wasm` next to the module
 * (or what `input` names), in Node from the file system. Resolves when
 * `analyze` can be called; a second call returns the same promise.
 */
export default function init(input?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<unknown>;

/** Loads the wasm synchronously from its bytes or a compiled module. */
export function initSync(module: { module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module): unknown;

/** Options of `mount`; all optional. */
export interface MountOptions {
  /** Where to look for articles (default: the document). */
  root?: Document | Element;
  /** Exactly which elements are articles: a selector or a list. Default: the page's main article(s). */
  articles?: string | ArrayLike<Element>;
  /** Default language of articles that do not say (`lang` attribute). */
  lang?: Language;
  /** Default publication date (`YYYY-MM-DD`) of articles whose page gives none (JSON-LD, date meta, `<time datetime>`). */
  published?: string;
  /** UI language; default: from `lang` or the page's `lang`. */
  ui?: Language;
  theme?: "auto" | "light" | "dark";
  /** Re-analyse (debounced) when the articles change, e.g. in a single-page app. */
  watch?: boolean;
}

/** The <faktenlage-overlay> element. */
export interface OverlayElement extends HTMLElement {
  readonly report: Report | null;
}

/** What `mount` returns. */
export interface MountHandle {
  /** The <faktenlage-overlay> element. */
  readonly element: OverlayElement;
  /** The report of the latest run (rejects when it failed). */
  readonly ready: Promise<Report | null>;
  readonly report: Report | null;
  /** Finds, reads and analyses the articles again. */
  update(): Promise<Report | null>;
  /** Removes highlights, listeners, styles and the element it created. */
  unmount(): void;
}

/** Draws the overlay on the page (browser only). */
export function mount(options?: MountOptions): MountHandle;

/** Events the overlay dispatches (they bubble from the element to the document). */
export interface FaktenlageEventMap {
  "faktenlage:ready": CustomEvent<Report>;
  "faktenlage:select": CustomEvent<{ id: string; claim: Claim | null }>;
  "faktenlage:error": CustomEvent<Error>;
}

/** Used by worker.js (the module worker `mount` starts); not needed otherwise. */
export function serveWorker(scope: { onmessage: ((event: MessageEvent) => void) | null; postMessage(message: unknown): void }): void;
