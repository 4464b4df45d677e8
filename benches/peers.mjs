// Benchmark in Node: the wasm build against JavaScript peers, and the size
// of what pkg/ ships. Run with `node benches/peers.mjs` (scripts/bench.sh
// runs it after the native benchmark). It prints figures and ratios, never
// verdicts:
//
// 1. wasm (pkg/esm/, initSync) on the two seed texts: module compile, first
//    analysis, steady state (median);
// 2. the peers on the same two texts, same run: chrono-node's German parser
//    (`chrono.de`, dates only), compromise and de-compromise (numbers and
//    names), each first call and steady state, with the ratio ours / peer;
// 3. how many of the corpus' gold dates and figures (tests/data/
//    benchmark-gold.json: values only, per corpus file) each finds, the
//    corpus read at run time from $FAKTENLAGE_CORPUS or ../shared/corpus;
// 4. the size table of pkg/ (or of $FAKTENLAGE_PKG, another build): raw, gzip -9, brotli -11 (Node's zlib).
//
// The peers do much less than the analysis (chrono only dates; compromise
// tags words), so a ratio below 1 means the whole analysis is faster than
// that one pass of a peer.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { performance } from "node:perf_hooks";
import * as chrono from "chrono-node";
import nlp from "compromise";
import deNlp from "de-compromise";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const RUNS = Number(process.env.BENCH_RUNS || 101);
// The build to measure: pkg/ by default, or another directory scripts/build.sh wrote.
const pkg = process.env.FAKTENLAGE_PKG ? resolve(process.env.FAKTENLAGE_PKG) : join(root, "pkg");
const SEED_DATE = "2025-04-28";

const seedDir = join(root, "tests/data/seeds");
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(seedDir, f), "utf8"));
const seedBytes = seeds.reduce((n, s) => n + Buffer.byteLength(s), 0);

/** Median of `runs` timings of `f`, in milliseconds. */
function median(runs, f) {
  const ms = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    f();
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return ms[runs >> 1];
}

/** Milliseconds of one call of `f`. */
function once(f) {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/** A local calendar day as YYYY-MM-DD (chrono gives Dates in local time). */
function day(d) {
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Noon of an ISO day, as the reference date for chrono. */
const refDate = (iso) => new Date(`${iso}T12:00:00`);

// --- 1. wasm --------------------------------------------------------------
const t0 = performance.now();
const esm = await import(join(pkg, "esm/faktenlage.js"));
const wasmBytes = readFileSync(join(pkg, "esm/faktenlage_bg.wasm"));
esm.initSync({ module: wasmBytes });
const initMs = performance.now() - t0;
const seedArticles = seeds.map((text, i) => ({ id: `s${i}`, text, published: SEED_DATE }));
let report;
const oursFirst = once(() => {
  report = esm.analyze(seedArticles);
});
const oursSteady = median(RUNS, () => esm.analyze(seedArticles));

// --- 2. peers on the same two texts ----------------------------------------
const peers = [
  {
    name: "chrono-node (chrono.de, dates)",
    run: (text, published) => chrono.de.parse(text, refDate(published)),
  },
  {
    name: "compromise (numbers, names)",
    run: (text) => {
      const doc = nlp(text);
      return [doc.numbers().get(), doc.people().out("array"), doc.places().out("array")];
    },
  },
  {
    name: "de-compromise (numbers, names)",
    run: (text) => {
      const doc = deNlp(text);
      return [doc.numbers().json(), doc.match("#ProperNoun").out("array")];
    },
  },
];
const bothSeeds = (peer) => () => seeds.forEach((s) => peer.run(s, SEED_DATE));
for (const peer of peers) {
  peer.first = once(bothSeeds(peer));
  peer.steady = median(RUNS, bothSeeds(peer));
}

const fmt = (ms) => `${ms.toFixed(3).padStart(9)} ms`;
const mbps = (bytes, ms) => `${(bytes / 1e6 / (ms / 1e3)).toFixed(2).padStart(7)} MB/s`;
console.log(`wasm in Node ${process.version} on the two seeds (${seedBytes} bytes, ${report.claims.length} claims, ${report.links.length} links):`);
console.log(`  module load + initSync ${fmt(initMs)}`);
console.log(`  first analysis         ${fmt(oursFirst)}`);
console.log(`  steady (median of ${RUNS}) ${fmt(oursSteady)}  ${mbps(seedBytes, oursSteady)}`);
console.log(`peers on the same two texts (first call, steady median of ${RUNS}; ratio = ours / peer, below 1 = ours faster):`);
for (const p of peers) {
  console.log(
    `  ${p.name.padEnd(32)} first ${fmt(p.first)}  steady ${fmt(p.steady)}  ratio first ${(oursFirst / p.first).toFixed(2).padStart(6)}x  steady ${(oursSteady / p.steady).toFixed(2).padStart(6)}x`,
  );
}

// --- 3. gold dates and figures on the corpus -------------------------------
const corpusDir = process.env.FAKTENLAGE_CORPUS || join(root, "../shared/corpus");
if (!existsSync(join(corpusDir, "README.md"))) {
  console.log(`corpus gold: skipped (${corpusDir} is absent)`);
} else {
  const gold = JSON.parse(readFileSync(join(root, "tests/data/benchmark-gold.json"), "utf8"));
  // A corpus file: URL, language, date (`~` = inferred), blank line, text.
  const read = (file) => {
    const [, lang, date, , ...rest] = readFileSync(join(corpusDir, file), "utf8").split("\n");
    const published = date.replace(/^~/, "").split(/\s/)[0];
    return { file, lang: lang.trim(), published, text: rest.join("\n") };
  };
  const corpus = [...new Set(gold.map((g) => g.file))].map(read);
  const sameNumber = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
  // What each finds, per file: a set of ISO days and a list of numbers.
  const finders = {
    ours: (c) => {
      const r = esm.analyze([{ text: c.text, published: c.published, lang: c.lang }]);
      const days = r.claims.flatMap((cl) => cl.times.filter((t) => t.from && t.from === t.to).map((t) => t.from));
      const nums = r.claims.flatMap((cl) => cl.quantities.flatMap((q) => [q.value_min, q.value_max]).filter((v) => v != null));
      return { days, nums };
    },
    "chrono.de": (c) => ({ days: chrono.de.parse(c.text, refDate(c.published)).map((x) => day(x.start.date())), nums: [] }),
    compromise: (c) => ({ days: [], nums: nlp(c.text).numbers().get().filter((v) => typeof v === "number") }),
    "de-compromise": (c) => ({
      days: [],
      nums: deNlp(c.text)
        .numbers()
        .json()
        .map((n) => n.number?.num)
        .filter((v) => typeof v === "number"),
    }),
  };
  const golds = { date: gold.filter((g) => g.kind === "date"), figure: gold.filter((g) => g.kind === "figure") };
  console.log(`corpus gold (${corpus.length} files; ${golds.date.length} dates, ${golds.figure.length} figures; tests/data/benchmark-gold.json):`);
  for (const [name, find] of Object.entries(finders)) {
    const found = new Map(corpus.map((c) => [c.file, find(c)]));
    const dates = golds.date.filter((g) => found.get(g.file).days.includes(g.value)).length;
    const figures = golds.figure.filter((g) => found.get(g.file).nums.some((n) => sameNumber(n, g.value))).length;
    const d = name === "compromise" || name === "de-compromise" ? "    -" : `${String(dates).padStart(2)}/${golds.date.length}`;
    const f = name === "chrono.de" ? "    -" : `${String(figures).padStart(2)}/${golds.figure.length}`;
    console.log(`  ${name.padEnd(14)} dates ${d}   figures ${f}`);
  }
  // Native throughput is printed by `cargo bench --bench scaling`; this is the wasm's.
  const all = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map(read);
  const articles = all.map((c, i) => ({ id: `c${i}`, text: c.text, published: c.published, lang: c.lang }));
  const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text), 0);
  const ms = median(Math.max(5, RUNS >> 2), () => esm.analyze(articles));
  console.log(`wasm on the corpus (${articles.length} texts, ${bytes} bytes, together): ${fmt(ms)}  ${mbps(bytes, ms)}`);
}

// --- 4. size table ---------------------------------------------------------
function walk(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));
}
const kib = (n) => `${(n / 1024).toFixed(1).padStart(7)} KiB`;
console.log(`size of ${relative(root, pkg) || pkg}/ (raw, gzip -9, brotli -11):`);
for (const file of walk(pkg)) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  const br = brotliCompressSync(raw, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  console.log(`  ${relative(pkg, file).padEnd(30)} ${kib(raw.length)} ${kib(gz)} ${kib(br)}`);
}
