// One rule for which DOM text counts, in Rust and in the browser.
//
// The native HTML extractor (src/input/html.rs, used by the CLI) and the
// browser's anchoring (www/src/anchoring.js, reading the live DOM) must give
// the same text for the same markup, or the same article analysed from a
// file and on a page would yield different claims. Each fixture's first
// <article> is read by both and compared character by character.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { root, start } from "./browser.mjs";

const CLI = join(root, "target/debug/faktenlage");
const FIXTURES = ["text-rule.html", "anchoring.html"];
let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

for (const fixture of FIXTURES) {
  test(`Rust and the browser read the same text from ${fixture}`, async (t) => {
    if (!existsSync(CLI)) {
      t.skip("target/debug/faktenlage not built (cargo build)");
      return;
    }
    const file = join(root, "tests/e2e/fixtures", fixture);
    const report = JSON.parse(execFileSync(CLI, ["analyze", file], { encoding: "utf8" }));
    const native = report.articles[0].text;
    const page = await env.browser.newPage();
    await page.goto(pathToFileURL(file).href);
    const dom = await page.evaluate(() => Faktenlage.anchoring.extract(document.querySelector("article")).text);
    await page.close();
    assert.ok(native.length > 100, "the fixture has text");
    assert.equal(native, dom);
  });
}
