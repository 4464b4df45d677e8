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
import { root, settled, start } from "./browser.mjs";

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

// And which of a page's dates is its article's: JSON-LD, a date meta tag and
// the article's own <time datetime>, in that order, each its first real date
// (the CLI's HTML reader, and the overlay on a page with one article).
const DATE_PAGES = [
  ["JSON-LD before the article's time", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-04-27T06:00:00Z"}</script>`, `<time datetime="2025-04-28T09:00">aktualisiert</time>`, "2025-04-27"],
  ["any JSON-LD type ending in Article", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"datePublished":"2025-04-26"}]}</script>`, `<time datetime="2025-04-28">x</time>`, "2025-04-26"],
  ["a JSON-LD item that is no article says nothing", `<script type="application/ld+json">{"@type":"WebPage","datePublished":"2020-01-01"}</script>`, `<time datetime="2025-04-28">x</time>`, "2025-04-28"],
  ["a broken JSON-LD date is passed over", `<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2025-02-30"},{"@type":"Article","datePublished":"2025-04-25"}]</script>`, `<time datetime="2025-04-28">x</time>`, "2025-04-25"],
  ["the first real date of the meta tags", `<meta name="date" content="gestern"><meta property="article:published_time" content="2025-04-24T06:00:00+02:00">`, `<time datetime="2025-04-28">x</time>`, "2025-04-24"],
  ["the article's first real <time>", ``, `<time datetime="">x</time><time datetime="2025-04-23">y</time>`, "2025-04-23"],
  ["no date at all", `<meta name="date" content="2025-13-01">`, `<time datetime="28.04.2025">x</time>`, null],
];

test("Rust and the browser take the same publication date from a page", async (t) => {
  if (!existsSync(CLI)) {
    t.skip("target/debug/faktenlage not built (cargo build)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "faktenlage-page-dates-"));
  const script = pathToFileURL(join(root, "pkg/faktenlage.js")).href;
  try {
    for (const [what, head, time, expected] of DATE_PAGES) {
      const file = join(dir, "page.html");
      writeFileSync(
        file,
        `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><script src="${script}" defer></script>${head}</head>` +
          `<body><header><time datetime="2026-01-01">Heute</time></header>` +
          `<article><h1>Pegel steigen</h1>${time}<p>Die Feuerwehr meldete am Montag rund 1.200 Evakuierte.</p></article></body></html>`,
      );
      const native = JSON.parse(execFileSync(CLI, ["analyze", file], { encoding: "utf8" })).articles[0].published ?? null;
      const page = await env.browser.newPage();
      try {
        await page.goto(pathToFileURL(file).href);
        await settled(page);
        const dom = await page.$eval("faktenlage-overlay", (el) => el.report.articles.map((a) => a.published ?? null));
        assert.deepEqual({ what, native, dom }, { what, native: expected, dom: [expected] });
      } finally {
        await page.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
