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
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

// The same for an article's publication date: which `<time datetime>`
// values are a date (and which date), from a file and on a page.
const DATETIMES = [
  "2025-04-28",
  "2025-04-28T08:00:00+02:00",
  "2025-04-28 08:00",
  " 2024-02-29 ",
  "2025-02-29",
  "2025-13-45",
  "2025-04-280",
  "2025-04-28x",
  "28.04.2025",
  "",
];

test("Rust and the browser take the same publication date from <time datetime>", async (t) => {
  if (!existsSync(CLI)) {
    t.skip("target/debug/faktenlage not built (cargo build)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "faktenlage-dates-"));
  const page = await env.browser.newPage();
  try {
    await page.goto(pathToFileURL(join(root, "tests/e2e/fixtures/text-rule.html")).href);
    for (const datetime of DATETIMES) {
      const markup = `<article><h1>Pegel steigen</h1><time datetime="${datetime}">heute</time><p>Die Feuerwehr meldete rund 1.200 Evakuierte.</p></article>`;
      const file = join(dir, "a.html");
      writeFileSync(file, `<!DOCTYPE html><html lang="de"><body>${markup}</body></html>`);
      const native = JSON.parse(execFileSync(CLI, ["analyze", file], { encoding: "utf8" })).articles[0].published ?? null;
      const dom = await page.evaluate((markup) => {
        const box = document.createElement("div");
        box.innerHTML = markup;
        return Faktenlage.anchoring.extract(box.firstElementChild).published;
      }, markup);
      assert.equal(dom, native, JSON.stringify(datetime));
    }
  } finally {
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
