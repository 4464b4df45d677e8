// Assembles pkg/ from wasm-bindgen's outputs and the frontend sources.
//
//   node scripts/assemble.mjs --web DIR --no-modules FILE --wasm FILE --out DIR
//
// - OUT/faktenlage.js: one classic script: wasm-bindgen's `no-modules` glue,
//   the optimized wasm deflated and inlined as base64 (no fetch, so it works
//   from file://; www/src/inflate.js unpacks it),
//   a small boot part defining `window.Faktenlage`, and the overlay frontend
//   (www/src/*.js, in pipeline order), all inside one function scope.
// - OUT/esm/: wasm-bindgen's `web` target as esm/faktenlage_core.js, a small
//   wrapper esm/faktenlage.js (init, initSync, analyze over the string
//   boundary of www/src/analyze.js) and, on top of it, OUT/esm/index.js:
//   `init` (which also works in Node), `analyze` and the overlay's `mount`,
//   typed by www/types/faktenlage.d.ts, for bundlers and Node.
// - OUT/package.json describing both.
// Every script is minified with terser (pinned in package-lock.json, so the
// output is the same everywhere): the readable sources are www/src/ and the
// template strings here. Prints each artifact's raw and gzip size. Output
// depends only on the inputs.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { minify } from "terser";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
for (const k of ["web", "no-modules", "wasm", "out"]) {
  if (!args[k]) throw new Error(`missing --${k}`);
}

const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"))[1];
const wasm = readFileSync(args.wasm);
const glue = readFileSync(args["no-modules"], "utf8");
const FRONTEND = ["discovery.js", "anchoring.js", "analysis.js", "highlighting.js", "sidebar.js", "overlay.js"];
/**
 * The frontend without its comments and indentation (a third less gzip; the
 * sources in www/src/ are the readable ones). Drops whole comment lines and
 * comment blocks only, never code: a line is code unless it starts with `//`
 * or lies in a block opened by a line starting with `/*`.
 */
function lean(source) {
  const out = [];
  let inBlock = false;
  for (const line of source.split("\n")) {
    const t = line.trim();
    if (inBlock) {
      inBlock = !t.includes("*/");
      continue;
    }
    if (t.startsWith("/*")) {
      inBlock = !t.includes("*/");
      continue;
    }
    if (t === "" || t.startsWith("//")) continue;
    out.push(t);
  }
  return out.join("\n");
}
// The JS half of the wasm boundary, shared by both builds.
const boundary = lean(readFileSync(join(root, "www/src/analyze.js"), "utf8"));
const frontend = FRONTEND.map((f) => `// ---- www/src/${f} ----\n` + lean(readFileSync(join(root, "www/src", f), "utf8"))).join("\n");

// The wasm for the classic script: deflated, since base64 hides its
// repetitions from the HTTP compression (www/src/inflate.js). Zopfli's
// deflate: 4.6% smaller than GNU gzip -9 (6.2 KB on the wasm), and like it
// the same on every machine (Node's zlib is Chromium's, whose output may
// depend on the CPU's features, and pkg/ must be the same everywhere).
// Checked here against the decoder the script carries.
const inflate = lean(readFileSync(join(root, "www/src/inflate.js"), "utf8"));
const deflated = execFileSync("zopfli", ["--deflate", "-c", args.wasm], { maxBuffer: 1 << 26 });
if (!Buffer.from(new Function(`${inflate}\nreturn inflateRaw;`)()(deflated, wasm.length)).equals(wasm)) {
  throw new Error("www/src/inflate.js does not give back the wasm");
}

const boot = `
// ---- boot: instantiate the inlined wasm (no fetch, works from file://) ----
var root = typeof window !== "undefined" ? window : globalThis;
var script = typeof document !== "undefined" ? document.currentScript : null;
var WASM_DEFLATED = "${deflated.toString("base64")}";
var WASM_SIZE = ${wasm.length};
// ---- www/src/inflate.js ----
${inflate}

/** Base64 to bytes: natively where the engine has Uint8Array.fromBase64, else by hand (no atob either, so it runs anywhere). */
function decodeBase64(s) {
  if (typeof Uint8Array.fromBase64 === "function") return Uint8Array.fromBase64(s);
  var table = new Uint8Array(128);
  var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (var i = 0; i < 64; i++) table[alphabet.charCodeAt(i)] = i;
  var pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0;
  var out = new Uint8Array((s.length * 3) / 4 - pad);
  for (var j = 0, o = 0; j < s.length; j += 4) {
    var n = (table[s.charCodeAt(j)] << 18) | (table[s.charCodeAt(j + 1)] << 12) | (table[s.charCodeAt(j + 2)] << 6) | table[s.charCodeAt(j + 3)];
    if (o < out.length) out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

var Faktenlage = (function (bindgen) {
  var initialised = false;
  var readyPromise = null;
  // The wasm is decoded and compiled on first use, not when the script
  // runs: where the analysis runs in a Worker the page's main thread never
  // pays for it.
  /** The wasm bytes, inflated by inflate.js (synchronous). */
  function bytesNow() {
    return inflateRaw(decodeBase64(WASM_DEFLATED), WASM_SIZE);
  }
  /**
   * The wasm bytes, inflated by the browser's own zlib where it has one
   * (DecompressionStream: in a fresh worker inflate.js takes some 15-20 ms,
   * before the engine has optimized it), else by inflate.js.
   */
  function bytesLater() {
    try {
      if (typeof DecompressionStream === "function" && typeof Response === "function" && typeof Blob === "function") {
        var inflated = new Blob([decodeBase64(WASM_DEFLATED)]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
        return new Response(inflated).arrayBuffer().then(function (b) {
          return b.byteLength === WASM_SIZE ? new Uint8Array(b) : bytesNow();
        }, bytesNow);
      }
    } catch (e) {
      // an older browser without "deflate-raw": inflate.js below
    }
    return Promise.resolve().then(bytesNow);
  }
  /** Compiles and instantiates the bytes; a promise for the API. */
  function instantiate(bytes) {
    if (initialised) return Promise.resolve(api);
    try {
      bindgen.initSync({ module: bytes });
      initialised = true;
      return Promise.resolve(api);
    } catch (e) {
      // A browser may refuse synchronous compilation on the main thread; the
      // asynchronous path has no such limit. A real failure (e.g. a CSP without
      // 'wasm-unsafe-eval') rejects \`ready\`.
      return bindgen({ module_or_path: bytes }).then(function () {
        initialised = true;
        return api;
      });
    }
  }
  /** \`ready\`: the wasm inflated (by the browser where it can), compiled and instantiated. */
  function init() {
    if (!readyPromise) readyPromise = bytesLater().then(instantiate);
    return readyPromise;
  }
  /** For \`analyze\` called before \`ready\` settled: everything now, synchronously. */
  function initNow() {
    if (initialised) return;
    try {
      bindgen.initSync({ module: bytesNow() });
      initialised = true;
    } catch (e) {
      // refused on this thread: \`analyze\` asks the caller to await \`ready\`
    }
  }
  var api = {
    version: ${JSON.stringify(version)},
    /** Analyses articles ({id?, text?, html?, title?, published?, lang?, hints?}[]); returns the report. */
    analyze: function (articles, options) {
      initNow();
      if (!initialised) throw new Error("Faktenlage is not ready yet: await Faktenlage.ready first");
      return analyzeCore(bindgen.analyze_wire, articles, options);
    },
  };
  /** A promise for the API once the wasm is compiled. */
  Object.defineProperty(api, "ready", { get: init, enumerable: true });
  return api;
})(wasm_bindgen);
root.Faktenlage = Faktenlage;
`;

const classic = `/*! Faktenlage ${version}: fact-check overlay for news pages. MIT OR Apache-2.0.
 * Generated by scripts/build.sh from src/ (Rust, compiled to WebAssembly) and www/src/; do not edit.
 * One script tag gives window.Faktenlage = {analyze, ready, mount, overlay, version} and the overlay.
 * The same file, started as a Worker, answers analysis requests (www/src/analysis.js). */
(function faktenlageBundle() {
"use strict";
// A second include of the script is a no-op.
if (typeof self !== "undefined" && self.Faktenlage && self.Faktenlage.mount) return;
// ---- wasm-bindgen glue (--target no-modules) ----
${glue.trimEnd()}
// ---- www/src/analyze.js ----
${boundary}
${lean(boot)}
${frontend}

Faktenlage.mount = overlay.mount;
Faktenlage.overlay = { run: overlay.run, mount: overlay.mount };
Faktenlage.anchoring = { extract: anchoring.extract, toRange: anchoring.toRange, offsetOf: anchoring.offsetOf };
Faktenlage.discovery = { find: discovery.find };
if (typeof document === "undefined" && typeof importScripts === "function") {
  analysis.serve(self, Faktenlage); // started as a Worker by analysis.js
} else {
  overlay.autostart(script, {
    url: script && script.src,
    code: function () { return "(" + faktenlageBundle.toString() + ")();"; },
    api: Faktenlage,
  });
}
})();
`;

// The ES module entry: the wasm-bindgen module plus the frontend. The
// overlay analyses in a module worker (esm/worker.js, found with
// \`new URL(…, import.meta.url)\`, which bundlers understand) and falls back
// to the main thread where it cannot start one.
const esmIndex = `/*! Faktenlage ${version}: fact-check overlay for news pages. MIT OR Apache-2.0.
 * Generated by scripts/build.sh; do not edit. Types: index.d.ts. */
import wasmInit, { initSync, analyze as wasmAnalyze } from "./faktenlage.js";

export { initSync };
let loading = null;

/** Loads the wasm: next to this module in browsers, from the file system in Node. */
export default function init(input) {
  if (input !== undefined) return wasmInit({ module_or_path: input });
  if (!loading) {
    const node = typeof process !== "undefined" && process.versions && process.versions.node;
    const url = new URL("./faktenlage_bg.wasm", import.meta.url);
    loading = node
      ? import(/* webpackIgnore: true */ "node:fs/promises").then((fs) => fs.readFile(url)).then((bytes) => wasmInit({ module_or_path: bytes }))
      : wasmInit({ module_or_path: url });
  }
  return loading;
}

/** Analyses articles; see index.d.ts. */
export function analyze(articles, options) {
  return wasmAnalyze(articles, options);
}

${frontend}

const api = {
  get ready() { return init().then(() => api); },
  analyze,
};
overlay.setSource({ url: new URL("./worker.js", import.meta.url).href, module: true, code: null, api });

/** In a module worker (worker.js): answer analysis requests. */
export function serveWorker(scope) {
  analysis.serve(scope, api);
}

/** Draws the overlay on the page; see index.d.ts. */
export function mount(options) {
  return overlay.mount(options);
}
`;

/**
 * Minifies one script: a fifth less gzip than the lean sources (measured
 * on esm/index.js: 18.9 → 15.2 KB). Keeps the `/*!` headers (licence) and
 * bundlers' magic comments; names are mangled only inside the scripts, so
 * every exported or global name (`Faktenlage`, `wasm_bindgen`'s exports,
 * the ES module exports) stays. Terser's defaults: more compress passes,
 * `ecma: 2020` or `toplevel` move the gzip by less than 10 B.
 */
async function minified(code, module) {
  const result = await minify(code, {
    module,
    compress: true,
    mangle: true,
    format: { comments: /^!|webpackIgnore/ },
  });
  return result.code + "\n";
}

const out = args.out;
mkdirSync(join(out, "esm"), { recursive: true });
writeFileSync(join(out, "esm", "index.js"), await minified(esmIndex, true));
writeFileSync(
  join(out, "esm", "worker.js"),
  `// Faktenlage's analysis worker for the ES module build (started by index.js). Generated; do not edit.
import { serveWorker } from "./index.js";
serveWorker(self);
`,
);
copyFileSync(join(root, "www/types/faktenlage.d.ts"), join(out, "esm", "index.d.ts"));
writeFileSync(join(out, "faktenlage.js"), await minified(classic, false));
writeFileSync(join(out, "esm", "faktenlage_core.js"), await minified(readFileSync(join(args.web, "faktenlage.js"), "utf8"), true));
copyFileSync(join(args.web, "faktenlage.d.ts"), join(out, "esm", "faktenlage_core.d.ts"));
copyFileSync(join(args.web, "faktenlage_bg.wasm.d.ts"), join(out, "esm", "faktenlage_bg.wasm.d.ts"));
writeFileSync(
  join(out, "esm", "faktenlage.js"),
  await minified(`/*! Faktenlage ${version}, ES module build. Generated by scripts/build.sh; do not edit. */
import init, { initSync, analyze_wire } from "./faktenlage_core.js";

${boundary}

/** Analyses articles ({id?, text?, title?, published?, lang?, hints?}[]); returns the report. */
export function analyze(articles, options) {
  return analyzeCore(analyze_wire, articles, options);
}

export { initSync };
export default init;
`, true),
);
writeFileSync(
  join(out, "esm", "faktenlage.d.ts"),
  `// Faktenlage ${version}, ES module build. Generated by scripts/build.sh; do not edit.
// The types are those of index.d.ts (www/types/faktenlage.d.ts).
import type { AnalyzeOptions, ArticleInput, Report } from "./index.js";
export type { AnalyzeOptions, ArticleInput, Report } from "./index.js";
export { default, initSync } from "./faktenlage_core.js";

/** Analyses the articles; throws TypeError on input of the wrong shape, Error when the input is refused. */
export function analyze(articles: ArticleInput[], options?: AnalyzeOptions): Report;
`,
);
copyFileSync(args.wasm, join(out, "esm", "faktenlage_bg.wasm"));
// npm shows the README and wants the licence texts next to the package.
const DOCS = ["README.md", "LICENSE-MIT", "LICENSE-APACHE"];
for (const f of DOCS) copyFileSync(join(root, f), join(out, f));
const repository = /^repository\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, "Cargo.toml"), "utf8"));
const pkgJson = {
  name: "faktenlage",
  version,
  description: "Fact-check overlay for news pages: finds check-worthy claims and compares them across articles, in the browser.",
  keywords: ["fact-checking", "news", "claims", "overlay", "webassembly", "german"],
  license: "MIT OR Apache-2.0",
  ...(repository ? { repository: { type: "git", url: `git+${repository[1]}.git` }, homepage: repository[1] } : {}),
  type: "module",
  main: "./esm/index.js",
  types: "./esm/index.d.ts",
  exports: {
    // One entry for browsers, bundlers and Node: init() finds the wasm in each.
    ".": { types: "./esm/index.d.ts", default: "./esm/index.js" },
    // The one-tag embed (wasm inlined, the overlay starts itself).
    "./classic": "./faktenlage.js",
    "./faktenlage.js": "./faktenlage.js",
    // wasm-bindgen's module alone, for callers that manage the wasm themselves.
    "./bindgen": { types: "./esm/faktenlage.d.ts", default: "./esm/faktenlage.js" },
    "./faktenlage_bg.wasm": "./esm/faktenlage_bg.wasm",
    "./package.json": "./package.json",
  },
  // Only the classic script does something when loaded (it starts the overlay).
  sideEffects: ["./faktenlage.js"],
  files: ["faktenlage.js", "esm/", ...DOCS],
};
writeFileSync(join(out, "package.json"), JSON.stringify(pkgJson, null, 2) + "\n");

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + " KiB";
console.log("artifact                     raw          gzip");
for (const f of ["faktenlage.js", "esm/index.js", "esm/faktenlage.js", "esm/faktenlage_core.js", "esm/faktenlage_bg.wasm"]) {
  const data = readFileSync(join(out, f));
  console.log(`${f.padEnd(28)} ${kb(statSync(join(out, f)).size)} ${kb(gzipSync(data, { level: 9 }).length)}`);
}
