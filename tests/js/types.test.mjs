// The ES module entry (pkg/esm/index.js) in Node: init() without arguments
// finds the wasm on disk, analyze works with and without options, mount is
// exported; and its TypeScript declarations are real: the README's usage
// compiles under `tsc --strict`, and misuse (a verdict that does not exist,
// a missing field) does not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import init, { analyze, mount } from "../../pkg/esm/index.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const TSC = join(root, "node_modules", ".bin", "tsc");
const TSC_ARGS = ["--noEmit", "--strict", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", "--lib", "es2022,dom", "--skipLibCheck", "false"];

function tsc(file) {
  try {
    execFileSync(TSC, [...TSC_ARGS, file], { cwd: root, encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (e) {
    return (e.stdout || "") + (e.stderr || "") || String(e);
  }
}

test("ES module in Node: await init() loads the wasm; analyze with and without options", async () => {
  const first = init();
  assert.equal(init(), first, "a second init() is the same promise");
  await first;
  const text = "Nordkorea hat am Montag 10.000 Soldaten nach Russland geschickt.";
  const report = analyze([{ text, published: "2025-04-28" }]);
  assert.equal(report.claims.length, 1);
  assert.equal(report.articles[0].text.slice(report.claims[0].start, report.claims[0].end), report.claims[0].text);
  assert.deepEqual(analyze([{ text, published: "2025-04-28" }], {}).claims.map((c) => c.text), report.claims.map((c) => c.text));
  assert.equal(typeof mount, "function");
});

test("the README's usage type-checks with tsc --strict", () => {
  assert.equal(tsc("tests/js/types/usage.ts"), "");
});

test("the types are not `any`: misuse fails to type-check", () => {
  const dir = mkdtempSync(join(tmpdir(), "faktenlage-types-"));
  const index = join(root, "pkg", "esm", "index.js");
  const bad = join(dir, "bad.ts");
  writeFileSync(
    bad,
    `import { analyze } from ${JSON.stringify(index)};
const r = analyze([{ text: "x" }]);
const wrong: boolean = r.claims[0].verdict === "bogus";
const missing: number = r.claims[0].confidence;
`,
  );
  const out = tsc(bad);
  assert.match(out, /"bogus"/, out);
  assert.match(out, /confidence/, out);
});
