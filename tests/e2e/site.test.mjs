// End-to-end: the published demo site (scripts/site.mjs) is self-contained,
// opened from disk it loads nothing outside its folder; and the demo's paste
// form adds an article and the comparison updates.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { start, root, settled } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("the Pages site is self-contained: from disk it loads only its own files", async () => {
  const dir = mkdtempSync(join(tmpdir(), "faktenlage-site-"));
  execFileSync("node", [join(root, "scripts/site.mjs"), dir]);
  const files = readdirSync(dir).sort();
  assert.deepEqual(files, ["demo.css", "demo.js", "faktenlage.js", "favicon.svg", "index.html"]);
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  try {
    await page.goto(pathToFileURL(join(dir, "index.html")).href);
    await settled(page);
    assert.equal(await page.$eval("faktenlage-overlay", (el) => el.dataset.state), "ready");
    const base = pathToFileURL(dir).href + "/";
    assert.deepEqual(requests.filter((u) => !u.startsWith(base)), []);
  } finally {
    await context.close();
  }
});

test("demo: a pasted article joins the comparison", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  try {
    await page.goto(env.baseUrl + "www/index.html");
    await settled(page);
    const before = await page.$eval("faktenlage-overlay", (el) => ({ articles: el.report.articles.length }));
    await page.click(".paste summary");
    await page.fill("input[name=title]", "Geheimdienst: 11.000 Nordkoreaner in Kursk");
    await page.fill("input[name=published]", "2025-04-28");
    await page.fill("textarea[name=text]", "Nach Angaben von Geheimdienstmitarbeitern aus den USA und Südkorea hat Nordkorea im vergangenen Herbst etwa 10.000 bis 12.000 Soldaten nach Russland entsandt.\nDas ukrainische Militär bestritt die Darstellung des Kremls.");
    const next = page.evaluate(() => new Promise((resolve) => document.addEventListener("faktenlage:ready", (e) => resolve(e.detail.articles.length), { once: true })));
    await page.click("#paste-form button[type=submit]");
    assert.equal(await next, before.articles + 1);
    const after = await page.$eval("faktenlage-overlay", (el) => ({
      titles: el.report.articles.map((a) => a.title),
      pastedLinks: el.report.links.filter((l) => l.from.startsWith("a3") || l.to.startsWith("a3")).length,
    }));
    assert.equal(after.titles[2], "Geheimdienst: 11.000 Nordkoreaner in Kursk");
    assert.ok(after.pastedLinks > 0, "the pasted article is compared with the others");
    // And removed again.
    const back = page.evaluate(() => new Promise((resolve) => document.addEventListener("faktenlage:ready", (e) => resolve(e.detail.articles.length), { once: true })));
    await page.click("#paste-clear");
    assert.equal(await back, before.articles);
  } finally {
    await context.close();
  }
});
