// The JS API of both builds in Node: the ES module (pkg/esm/) and the classic
// script (pkg/faktenlage.js, evaluated in a vm context with a fake window).
//
// Checks that every offset in the report is a UTF-16 index into the
// article's text (the substring equals the item's `text`), also around
// umlauts, „“ quotes and emoji; that errors are readable JS exceptions; that
// the native CLI and the wasm build give the same report; and that the report
// matches docs/report.schema.json. Also runs the worker's `serve` from
// www/src/analysis.js against the real wasm: its warm-up texts must keep
// exercising the extractors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";
import { initSync, analyze } from "../../pkg/esm/faktenlage.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const wasm = initSync({ module: readFileSync(join(root, "pkg/esm/faktenlage_bg.wasm")) });

const seedDir = join(root, "tests/data/seeds");
const seedFiles = readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort();
const seeds = seedFiles.map((f) => readFileSync(join(seedDir, f), "utf8"));
const EMOJI_TEXT = "🙂 Nordkorea hat am Montag „erstmals“ 10.000 Soldaten bestätigt. Grüße aus Pjöngjang 🇰🇵.";

/** Whether offset `i` falls between the two halves of a surrogate pair. */
function splitsSurrogate(text, i) {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/** Asserts that every span in the report indexes its article's text in UTF-16 units. */
function assertSpans(report, inputs) {
  assert.equal(report.articles.length, inputs.length);
  const texts = new Map();
  report.articles.forEach((a, i) => {
    assert.equal(a.text, inputs[i].text, "the report echoes the text exactly");
    texts.set(a.id, a.text);
    const bare = (what, s) => {
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
      assert.ok(0 <= s.start && s.start < s.end && s.end <= a.text.length, `${what} [${s.start}, ${s.end}) outside the text (${a.text.length})`);
      assert.ok(!splitsSurrogate(a.text, s.start) && !splitsSurrogate(a.text, s.end), `${what} splits a surrogate pair`);
    };
    a.blocks.forEach((b, j) => bare(`${a.id} block ${j}`, b));
    a.sentences.forEach((s, j) => {
      bare(`${a.id} sentence ${j}`, s);
      assert.ok(s.block < a.blocks.length, "sentence names an existing block");
    });
  });
  let checked = 0;
  const spanned = (what, text, item) => {
    assert.equal(text.slice(item.start, item.end), item.text, `${what}: text at [${item.start}, ${item.end})`);
    assert.ok(!splitsSurrogate(text, item.start) && !splitsSurrogate(text, item.end), `${what} splits a surrogate pair`);
    checked++;
  };
  for (const c of report.claims) {
    const text = texts.get(c.article);
    assert.ok(text !== undefined, `claim ${c.id} names a known article`);
    spanned(`claim ${c.id}`, text, c);
    c.quantities.forEach((q, j) => spanned(`${c.id} quantity ${j}`, text, q));
    c.times.forEach((t, j) => spanned(`${c.id} time ${j}`, text, t));
    c.entities.forEach((e, j) => spanned(`${c.id} entity ${j}`, text, e));
  }
  return checked;
}

test("the overlay's own empty report (a page without articles) has the core's version", () => {
  // The overlay answers a page without articles itself, without loading the
  // wasm; its report must be the one the core gives for no articles.
  const src = readFileSync(join(root, "www/src/overlay.js"), "utf8");
  const own = src.match(/report: (\{ version: \d+, articles: \[\], claims: \[\], links: \[\] \})/);
  assert.ok(own, "overlay.js builds an empty report");
  const overlays = JSON.parse(JSON.stringify(vm.runInNewContext("(" + own[1] + ")")));
  assert.deepEqual(overlays, JSON.parse(JSON.stringify(analyze([]))));
});

test("analyze finds claims in the seeds, with UTF-16 spans", () => {
  const inputs = seeds.map((text) => ({ text, published: "2025-04-28" }));
  const report = analyze(inputs);
  assert.equal(report.version, 2);
  assert.ok(report.claims.length > 0, "no claims in the seeds");
  for (const a of report.articles) assert.ok(report.claims.some((c) => c.article === a.id), `no claims in ${a.id}`);
  assert.ok(assertSpans(report, inputs) >= report.claims.length);
  // Options become null, not undefined: the report is plain JSON data.
  assert.deepEqual(JSON.parse(JSON.stringify(report)), report);
});

test("spans stay right around umlauts, „“ quotes and emoji", () => {
  const inputs = [{ text: EMOJI_TEXT, published: "2025-04-28", lang: "de" }];
  const report = analyze(inputs);
  assertSpans(report, inputs);
  const claim = report.claims.find((c) => c.text.includes("10.000 Soldaten"));
  assert.ok(claim, "the sentence with the figure is a claim");
  // The second sentence starts after an emoji (2 units), „“ and umlauts
  // (1 unit each, but 2–3 bytes): only UTF-16 offsets land on "Grüße".
  const second = report.articles[0].sentences.find((s) => EMOJI_TEXT.slice(s.start, s.end).includes("Pjöngjang"));
  assert.ok(second, "the greeting is a sentence");
  assert.equal(second.start, EMOJI_TEXT.indexOf("Grüße"));
  assert.ok(EMOJI_TEXT.slice(second.start, second.end).includes("🇰🇵"), "the flag (4 units) is inside the sentence");
});

test("ids, titles and dates come back as given", () => {
  const report = analyze([
    { id: "x", text: "Die Armee meldete am Montag 300 Gefangene.", title: "T", published: "2025-04-28", lang: "de" },
    { text: "Russia said on Monday that 300 soldiers were captured.", lang: "en" },
  ]);
  assert.deepEqual(report.articles.map((a) => [a.id, a.title, a.published, a.language]), [
    ["x", "T", "2025-04-28", "de"],
    ["a2", null, null, "en"],
  ]);
});

test("bad input throws readable errors", () => {
  assert.throws(() => analyze([{ text: "" }]), (e) => e instanceof Error && e.message === "article 1: no text (give `text` or `html`)");
  assert.throws(() => analyze([{ text: "Ein Satz." }, { title: "nur Titel" }]), /^Error: article 2: no text/);
  assert.throws(() => analyze([{ text: "Ein Satz.", published: "28.04.2025" }]), /article 1: publication date "28.04.2025" is not YYYY-MM-DD/);
  assert.throws(() => analyze([{ text: "A sentence.", lang: "fr" }]), /article 1: language "fr" is not supported/);
  assert.throws(() => analyze([{ id: "a", text: "Eins." }, { id: "a", text: "Zwei." }]), /two articles have the id "a"/);
  assert.throws(() => analyze("Nordkorea"), (e) => e instanceof TypeError && /expected an array/.test(e.message));
  assert.throws(() => analyze([{ text: 5 }]), (e) => e instanceof TypeError && /^article 1: invalid type/.test(e.message));
  assert.throws(() => analyze(["Nordkorea"]), (e) => e instanceof TypeError && /^article 1: expected an object/.test(e.message));
  assert.throws(() => analyze([{ text: "x", hints: [{ kind: "banner", start: 0, end: 1 }] }]), (e) => e instanceof TypeError && /unknown variant `banner`/.test(e.message));
  assert.throws(() => analyze([{ text: "x" }], { gazetteer: 3 }), (e) => e instanceof TypeError && /^options: /.test(e.message));
  // The module still works after errors.
  assert.ok(analyze([{ text: EMOJI_TEXT }]).claims.length > 0);
});

test("faulty input gets the CLI's messages (tests/data/input-errors.json)", () => {
  // The same cases tests/input_errors.rs runs through the CLI's JSON reader:
  // the shape is checked in JS here (www/src/analyze.js), in Rust there.
  const { cases } = JSON.parse(readFileSync(join(root, "tests/data/input-errors.json"), "utf8"));
  assert.ok(cases.length >= 40);
  for (const c of cases) {
    const run = () => analyze(c.articles, c.options);
    if (c.valid) {
      assert.ok(run().articles.length > 0, JSON.stringify(c));
      continue;
    }
    assert.throws(run, (e) => e.constructor.name === c.type && e.message === c.error, JSON.stringify(c));
  }
});

test("input is taken as JSON.stringify gives it, never from the prototype", () => {
  // undefined fields are left out, NaN is null, toJSON is asked.
  assert.throws(() => analyze([{ text: undefined }]), (e) => e.message === "article 1: no text (give `text` or `html`)");
  assert.throws(
    () => analyze([{ text: "Ein Satz.", hints: [{ kind: "body", start: NaN, end: 3 }] }]),
    (e) => e instanceof TypeError && e.message === "article 1: invalid type: null, expected a whole number ≥ 0 for `start`",
  );
  const dated = { toJSON: () => ({ id: "t", text: EMOJI_TEXT, published: "2025-04-28" }) };
  assert.equal(analyze([dated]).articles[0].published, "2025-04-28");
  // A page that polluted Object.prototype does not change what is read.
  Object.prototype.hints = "banner";
  Object.prototype.text = 5;
  try {
    assert.throws(() => analyze([{ title: "nur Titel" }]), (e) => e.message === "article 1: no text (give `text` or `html`)");
    assert.ok(analyze([{ text: EMOJI_TEXT }]).claims.length > 0);
  } finally {
    delete Object.prototype.hints;
    delete Object.prototype.text;
  }
});

test("the core refuses input not in its form with a clear message", async () => {
  const core = await import("../../pkg/esm/faktenlage_core.js");
  for (const input of ["", "x", "1;", "1;5:ab", "1;1:🙂-----", "0;0;trailing"]) {
    const answer = JSON.parse(core.analyze_wire(input));
    assert.equal(answer.kind, "type");
    assert.match(answer.error, /^malformed input for the core at byte \d+$/);
  }
  // Lengths count UTF-16 code units: an emoji is two.
  const text = "Grüße 🙂 „Nordkorea“ hat 10.000 Soldaten entsandt.";
  const answer = JSON.parse(core.analyze_wire(`1;-${text.length}:${text}-----0;`));
  assert.equal(answer.articles[0].text, text);
});

test("repeated analyses do not grow the wasm memory", () => {
  // The wasm's arena allocator (src/arena.rs) is emptied after each call;
  // anything an analysis (or a refused input) left alive would keep it from
  // being emptied, and the memory would grow with every call.
  const inputs = [
    seeds.map((text, i) => ({ id: `s${i}`, text, published: "2025-04-28" })),
    [{ text: EMOJI_TEXT, lang: "de" }],
    [{ text: "Police said 800 people were evacuated on Tuesday.", lang: "en", published: "2025-03-04" }],
  ];
  const round = () => {
    for (const articles of inputs) analyze(articles);
    assert.throws(() => analyze([{ text: "Ein Satz.", published: "28.04.2025" }]));
    assert.throws(() => analyze([{ text: 5 }]));
  };
  round();
  const size = wasm.memory.buffer.byteLength;
  for (let i = 0; i < 40; i++) round();
  assert.equal(wasm.memory.buffer.byteLength, size, "40 more rounds of the same inputs need no more memory");
});

test("analysis is measured with performance marks", () => {
  performance.clearMeasures("faktenlage:analyze");
  analyze([{ text: EMOJI_TEXT }]);
  assert.equal(performance.getEntriesByName("faktenlage:analyze", "measure").length, 1);
  assert.equal(performance.getEntriesByName("faktenlage:analyze:start").length, 0, "marks are cleared");
});

test("the classic script defines window.Faktenlage without a DOM", async () => {
  const source = readFileSync(join(root, "pkg/faktenlage.js"), "utf8");
  assert.ok(!/\bimport\s*\(|\bimport\.meta\b|^\s*export\s/m.test(source), "classic script must not use module syntax");
  const window = {};
  const context = vm.createContext({ window, TextDecoder, TextEncoder, console });
  vm.runInContext(source, context, { filename: "faktenlage.js" });
  const F = window.Faktenlage;
  assert.equal(typeof F.analyze, "function");
  assert.equal(typeof F.overlay.run, "function");
  await F.ready;
  const inputs = seeds.map((text) => ({ text, published: "2025-04-28" }));
  const viaClassic = JSON.parse(JSON.stringify(F.analyze(inputs)));
  const viaEsm = JSON.parse(JSON.stringify(analyze(inputs)));
  assert.deepEqual(viaClassic, viaEsm, "both builds give the same report");
  assert.throws(() => F.analyze([{ text: "  " }]), (e) => /article 1: no text/.test(e.message));
});

test("the native CLI gives the same report as the wasm build", (t) => {
  const bin = join(root, "target/debug/faktenlage");
  if (!existsSync(bin)) {
    t.skip("target/debug/faktenlage not built (cargo build)");
    return;
  }
  const files = seedFiles.map((f) => join(seedDir, f));
  const cli = JSON.parse(execFileSync(bin, ["analyze", "--published", "2025-04-28", ...files], { encoding: "utf8" }));
  const wasm = JSON.parse(JSON.stringify(analyze(seeds.map((text) => ({ text, published: "2025-04-28" })))));
  assert.deepEqual(wasm, cli);
});

test("the report matches docs/report.schema.json", async (t) => {
  const schemaFile = join(root, "docs/report.schema.json");
  if (!existsSync(schemaFile)) {
    t.skip("docs/report.schema.json is not there yet");
    return;
  }
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  const draft2020 = /2020-12/.test(schema.$schema || "");
  const { default: Ajv } = await import(draft2020 ? "ajv/dist/2020.js" : "ajv");
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);
  for (const inputs of [seeds.map((text) => ({ text, published: "2025-04-28" })), [{ text: EMOJI_TEXT }]]) {
    const report = analyze(inputs);
    assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  }
});

test("the worker's warm-up analysis runs once and exercises the extractors", async () => {
  // The worker analyses two short reports of its own before the first
  // request (www/src/analysis.js, `serve`), so that V8 has compiled the wasm
  // functions a real page needs. Its failure is swallowed there (it only
  // costs speed), so this is where a warm-up text that stops yielding
  // figures, dates, attribution, a quote or a denial is noticed.
  const source = readFileSync(join(root, "www/src/analysis.js"), "utf8");
  const context = vm.createContext({ console, Map, Promise });
  vm.runInContext(`${source}\nthis.analysis = analysis;`, context, { filename: "analysis.js" });
  const reports = [];
  const api = {
    ready: Promise.resolve(),
    analyze: (inputs, options) => {
      const report = analyze(JSON.parse(JSON.stringify(inputs)), options);
      reports.push(report);
      return report;
    },
  };
  const scope = { postMessage: () => {} };
  context.analysis.serve(scope, api);
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(reports.length, 1, "one warm-up analysis while no request waits");
  const [report] = reports;
  assert.deepEqual(report.articles.map((a) => a.language), ["de", "en"]);
  const claims = report.claims;
  assert.ok(claims.some((c) => c.times.some((t) => t.from)), "a date resolved against the publication date");
  for (const modality of ["reported", "quoted", "denied"]) {
    assert.ok(claims.some((c) => c.modality === modality), `a claim of modality ${modality}`);
  }
  assert.ok(claims.some((c) => c.attribution), "an attributed claim");
  for (const lang of ["de", "en"]) {
    const article = report.articles.find((a) => a.language === lang).id;
    assert.ok(claims.some((c) => c.article === article && c.quantities.length), `a figure in the ${lang} report`);
  }

  // A request that arrives before the wasm is ready skips the warm-up.
  const seen = [];
  const posted = [];
  const busy = { ready: Promise.resolve(), analyze: (inputs) => (seen.push(inputs), { claims: [] }) };
  const waiting = { postMessage: (m) => posted.push(m) };
  context.analysis.serve(waiting, busy);
  waiting.onmessage({ data: { id: 7, inputs: [{ text: "Ein Satz." }] } });
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(seen.length, 1, "only the request is analysed");
  assert.deepEqual(posted.map((m) => m.id), [7], "and answered");
});
