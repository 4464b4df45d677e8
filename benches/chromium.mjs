// Benchmark: the first analysis in Chromium, wasm compile included (issue 8's
// goal: ≤ 20 ms on the demo's two seed articles).
//
//   node benches/chromium.mjs                    # measures pkg/
//   FAKTENLAGE_PKG=/tmp/other node benches/chromium.mjs   # another build
//   BENCH_RUNS=5 node benches/chromium.mjs       # fresh pages (default 9)
//
// Each run opens a fresh browser context (no compiled-code cache carried
// over), loads the ES module glue and the wasm bytes (not timed: network),
// then times, in the page: compiling and instantiating the wasm, the first
// analysis of the two seeds, and the second one (V8 runs new wasm code in its
// baseline tier first, so the first analysis is the one a reader waits for).
// Prints medians and the range; never fails on a timing.
import { readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { start, root } from "../tests/e2e/browser.mjs";

const RUNS = Number(process.env.BENCH_RUNS || 9);
const pkg = process.env.FAKTENLAGE_PKG ? resolve(process.env.FAKTENLAGE_PKG) : join(root, "pkg");
const seedsDir = join(root, "tests/data/seeds");
const articles = ["000_f1b10fb3713ca5b6.txt", "001_603facece05b4bf3.txt"].map((f, i) => ({
  id: `s${i}`,
  text: readFileSync(join(seedsDir, f), "utf8"),
  published: "2025-04-28",
}));
if (!existsSync(join(pkg, "esm/faktenlage_core.js"))) {
  console.log(`chromium: no build at ${pkg}/esm (run scripts/build.sh)`);
  process.exit(0);
}

const types = { ".js": "text/javascript", ".wasm": "application/wasm" };
const { browser, baseUrl, close } = await start();
const rows = [];
const workerRows = [];

/** A fresh browser context on a blank page, serving the build under test from its directory, whatever it is. */
async function freshPage() {
  const context = await browser.newContext();
  await context.route(`${baseUrl}bench-pkg/**`, (route) => {
    if (route.request().url().endsWith("/blank.html")) {
      return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>bench</title>" });
    }
    const file = join(pkg, new URL(route.request().url()).pathname.replace(/^\/bench-pkg\//, ""));
    const ext = file.slice(file.lastIndexOf("."));
    route.fulfill({ status: 200, contentType: types[ext] || "application/octet-stream", body: readFileSync(file) });
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}bench-pkg/blank.html`);
  return { context, page };
}

try {
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await freshPage();
    const t = await page.evaluate(async (input) => {
      // The ES module build's `analyze`: the JS half of the boundary (the
      // input checked and written for the core, the answer parsed) counts.
      const api = await import("/bench-pkg/esm/faktenlage.js");
      const bytes = await (await fetch("/bench-pkg/esm/faktenlage_bg.wasm")).arrayBuffer();
      const t0 = performance.now();
      const module = await WebAssembly.compile(bytes);
      api.initSync({ module });
      const t1 = performance.now();
      const report = api.analyze(input);
      const t2 = performance.now();
      api.analyze(input);
      const t3 = performance.now();
      return { compile: t1 - t0, first: t2 - t1, second: t3 - t2, claims: report.claims.length };
    }, articles);
    rows.push(t);
    await context.close();
  }
  // The overlay's own path, in fresh pages too: the classic script started
  // as a Worker (as www/src/analysis.js starts it), which decodes and
  // inflates its inlined wasm, compiles it and answers the first request.
  for (let run = 0; run < RUNS; run++) {
    const { context, page } = await freshPage();
    // Fetched once first, so the worker's start reads it from the cache as
    // it would on a page that has just run the script.
    await page.evaluate(() => fetch("/bench-pkg/faktenlage.js").then((r) => r.text()));
    workerRows.push(
      await page.evaluate(
        (inputs) =>
          new Promise((resolve, reject) => {
            const t0 = performance.now();
            const w = new Worker("/bench-pkg/faktenlage.js");
            w.onmessage = (e) => {
              const t1 = performance.now();
              w.onmessage = () => resolve({ worker: t1 - t0, second: performance.now() - t1, claims: e.data.report.claims.length });
              w.postMessage({ id: 2, inputs });
            };
            w.onerror = (e) => reject(new Error(e.message));
            w.postMessage({ id: 1, inputs });
          }),
        articles,
      ),
    );
    await context.close();
  }
} finally {
  await close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (key) => {
  const xs = rows.map((r) => r[key]);
  return `${median(xs).toFixed(1).padStart(6)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
};
const version = browser.version ? browser.version() : "";
console.log(`Chromium ${version}, ${pkg === join(root, "pkg") ? "pkg/" : pkg}, two seeds, ${rows[0].claims} claims, median of ${RUNS} fresh pages:`);
console.log(`  compile + instantiate  ${fmt("compile")}`);
console.log(`  first analysis         ${fmt("first")}`);
console.log(`  second analysis        ${fmt("second")}`);
const total = median(rows.map((r) => r.compile + r.first));
console.log(`  compile + first        ${total.toFixed(1).padStart(6)} ms   (goal ≤ 20 ms: ${(total / 20).toFixed(2)}x of it)`);
const wmedian = (key) => median(workerRows.map((r) => r[key]));
console.log(
  `  as the overlay runs it: a Worker from faktenlage.js, start to first report ${wmedian("worker").toFixed(1)} ms, the next report ${wmedian("second").toFixed(1)} ms (medians of ${RUNS})`,
);
