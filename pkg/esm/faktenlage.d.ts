/* tslint:disable */
/* eslint-disable */

/** One article to analyse. Give `text` or `html`. */
export interface ArticleInput {
    id?: string;
    text?: string;
    html?: string;
    title?: string;
    /** `YYYY-MM-DD` */
    published?: string;
    lang?: "de" | "en";
    /** Block kinds known from markup, as UTF-16 spans into `text`. */
    hints?: { kind: string; start: number; end: number }[];
}

/** Options for an analysis run. */
export interface AnalyzeOptions {
    gazetteer?: { id: string; name: string; type?: string; aliases?: string[] }[];
}

/**
 * The analysis report (see docs/report.schema.json). Offsets are UTF-16 code
 * units into each article's `text`.
 */
export type Report = {
    version: number;
    articles: any[];
    claims: any[];
    links: any[];
};



/**
 * Analyses `articles` (an array of article objects) and returns the report.
 *
 * Throws a `TypeError` when the input does not have the expected shape and
 * an `Error` when the analysis refuses the input (e.g. an empty article).
 */
export function analyze(articles: ArticleInput[], options: AnalyzeOptions | undefined): Report;

export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

export interface InitOutput {
    readonly memory: WebAssembly.Memory;
    readonly analyze: (a: any, b: any) => [number, number, number];
    readonly __wbindgen_malloc: (a: number, b: number) => number;
    readonly __wbindgen_realloc: (a: number, b: number, c: number, d: number) => number;
    readonly __wbindgen_free: (a: number, b: number, c: number) => void;
    readonly __wbindgen_exn_store: (a: number) => void;
    readonly __externref_table_alloc: () => number;
    readonly __wbindgen_externrefs: WebAssembly.Table;
    readonly __externref_table_dealloc: (a: number) => void;
    readonly __wbindgen_start: () => void;
}

export type SyncInitInput = BufferSource | WebAssembly.Module;

/**
 * Instantiates the given `module`, which can either be bytes or
 * a precompiled `WebAssembly.Module`.
 *
 * @param {{ module: SyncInitInput }} module - Passing `SyncInitInput` directly is deprecated.
 *
 * @returns {InitOutput}
 */
export function initSync(module: { module: SyncInitInput } | SyncInitInput): InitOutput;

/**
 * If `module_or_path` is {RequestInfo} or {URL}, makes a request and
 * for everything else, calls `WebAssembly.instantiate` directly.
 *
 * @param {{ module_or_path: InitInput | Promise<InitInput> }} module_or_path - Passing `InitInput` directly is deprecated.
 *
 * @returns {Promise<InitOutput>}
 */
export default function __wbg_init (module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>): Promise<InitOutput>;
