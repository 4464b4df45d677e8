// End-to-end: the demo page in Debian's Chromium, driven by playwright-core.
//
// Opens www/index.html from file:// and from a static server on 127.0.0.1,
// and checks the readiness contract, that the page's text is untouched, that
// nothing but the page's own files is loaded, that the strict CSP holds, that
// clicking a highlighted claim opens its panel (and the keyboard path works),
// and that a phone-sized viewport renders. Screenshots go to tests/artifacts/;
// with UPDATE_SCREENSHOT=1 the desktop one is copied to docs/screenshot.png.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { start, root } from "./browser.mjs";

const artifacts = join(root, "tests", "artifacts");
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const OWN_FILES = ["www/index.html", "www/demo.css", "www/demo.js", "www/favicon.svg", "pkg/faktenlage.js"];

let browser;
let baseUrl;
let env;

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  env = await start();
  ({ browser, baseUrl } = env);
});

after(async () => {
  await env?.close();
});

/** Opens the demo with a watch on console errors, requests and CSP violations. */
async function open(url, viewport = { width: 1400, height: 1000 }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (m) => {
    if (m.type() === "error" || /Content Security Policy/i.test(m.text())) problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  await page.waitForSelector('faktenlage-overlay[data-state="ready"], faktenlage-overlay[data-state="error"]', { state: "attached", timeout: 20000 });
  return { context, page, problems, requests };
}

/** textContent of every <article>, read with JavaScript off (the page as written). */
async function pristineTexts(url) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url);
  const texts = await page.$$eval("article", (els) => els.map((e) => e.textContent));
  await context.close();
  return texts;
}

/** Centre of the first line box of the first range of the first verdict highlight with one. */
async function firstClaimPoint(page) {
  return page.evaluate(() => {
    const host = document.querySelector("faktenlage-overlay");
    for (const claim of host.report.claims) {
      const h = CSS.highlights.get(`faktenlage-${claim.verdict}`);
      for (const range of h || []) {
        const rect = [...range.getClientRects()].find((r) => r.width > 20 && r.height > 0);
        if (rect) {
          range.startContainer.parentElement.scrollIntoView({ block: "center" });
          const r2 = [...range.getClientRects()].find((r) => r.width > 20 && r.height > 0);
          return { x: r2.left + Math.min(10, r2.width / 2), y: r2.top + r2.height / 2 };
        }
      }
    }
    return null;
  });
}

async function checkPage(name, url) {
  const before = await pristineTexts(url);
  const { context, page, problems, requests } = await open(url);
  try {
    const state = await page.$eval("faktenlage-overlay", (el) => ({
      state: el.dataset.state,
      claims: Number(el.dataset.claims),
      analyzeMs: Number(el.dataset.analyzeMs),
      drawMs: Number(el.dataset.drawMs),
      reportClaims: el.report && el.report.claims.length,
      mode: el.dataset.highlighting,
    }));
    assert.equal(state.state, "ready", `${name}: overlay not ready`);
    assert.ok(state.claims > 0, `${name}: no claims`);
    assert.equal(state.reportClaims, state.claims, `${name}: .report and data-claims disagree`);
    assert.ok(state.analyzeMs >= 0 && state.drawMs >= 0, `${name}: timings missing`);
    assert.equal(state.mode, "highlight-api");

    // The page's own text is untouched.
    const after = await page.$$eval("article", (els) => els.map((e) => e.textContent));
    assert.equal(after.length, 2);
    assert.deepEqual(after, before, `${name}: article text changed`);

    // Strict CSP, and nothing violated it.
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
    assert.equal(csp, STRICT_CSP);
    assert.deepEqual(await page.evaluate(() => window.__csp), [], `${name}: CSP violations`);

    // Click a highlighted claim: the panel shows its text.
    const point = await firstClaimPoint(page);
    assert.ok(point, `${name}: no highlighted claim on screen`);
    await page.mouse.click(point.x, point.y);
    const shown = await page.$eval("faktenlage-overlay", (el) => {
      const id = el.dataset.selected;
      const claim = el.report.claims.find((c) => c.id === id);
      const quote = el.shadowRoot.querySelector(".detail blockquote");
      return { id, claimText: claim && claim.text, shown: quote && quote.textContent, visible: !el.shadowRoot.querySelector(".detail").hidden };
    });
    assert.ok(shown.id, `${name}: click selected no claim`);
    assert.ok(shown.visible, `${name}: panel not shown`);
    assert.equal(shown.shown, shown.claimText);
    await page.screenshot({ path: join(artifacts, `${name}-desktop.png`) });

    // Escape closes the panel.
    await page.keyboard.press("Escape");
    assert.equal(await page.$eval("faktenlage-overlay", (el) => el.shadowRoot.querySelector(".detail").hidden), true);

    // Keyboard path: the list of all claims in the panel.
    await page.$eval("faktenlage-overlay", (el) => el.shadowRoot.querySelector("details.all summary").focus());
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const focused = await page.$eval("faktenlage-overlay", (el) => el.shadowRoot.activeElement && el.shadowRoot.activeElement.dataset.claim);
    assert.ok(focused, `${name}: Tab did not reach a claim in the list`);
    await page.keyboard.press("Enter");
    assert.equal(await page.$eval("faktenlage-overlay", (el) => el.dataset.selected), focused);

    assert.deepEqual(problems, [], `${name}: console errors`);
    const base = url.slice(0, url.lastIndexOf("www/index.html"));
    const foreign = requests.filter((r) => !OWN_FILES.some((f) => r === base + f));
    assert.deepEqual(foreign, [], `${name}: requests other than the page's own files`);
  } finally {
    await context.close();
  }
}

test("demo works opened from disk (file://)", async () => {
  await checkPage("file", pathToFileURL(join(root, "www", "index.html")).href);
});

test("demo works served over http on 127.0.0.1", async () => {
  await checkPage("http", baseUrl + "www/index.html");
});

test("ready event carries the report", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__ready = null;
    document.addEventListener("faktenlage:ready", (e) => (window.__ready = e.detail.claims.length));
  });
  await page.goto(baseUrl + "www/index.html");
  await page.waitForFunction(() => window.__ready !== null, null, { timeout: 20000 });
  const [fromEvent, fromAttr] = await page.evaluate(() => [window.__ready, Number(document.querySelector("faktenlage-overlay").dataset.claims)]);
  assert.equal(fromEvent, fromAttr);
  await context.close();
});

test("phone-sized viewport renders without horizontal overflow", async () => {
  const { context, page, problems } = await open(baseUrl + "www/index.html", { width: 390, height: 844 });
  try {
    assert.equal(await page.$eval("faktenlage-overlay", (el) => el.dataset.state), "ready");
    const layout = await page.evaluate(() => {
      const host = document.querySelector("faktenlage-overlay").getBoundingClientRect();
      return { scrollWidth: document.documentElement.scrollWidth, hostLeft: host.left, hostRight: host.right, hostHeight: host.height };
    });
    assert.ok(layout.scrollWidth <= 390, `page is ${layout.scrollWidth}px wide`);
    assert.ok(layout.hostLeft >= 0 && layout.hostRight <= 390, "panel sticks out of the viewport");
    assert.ok(layout.hostHeight < 844 / 2, "folded panel covers half the screen");
    const point = await firstClaimPoint(page);
    await page.mouse.click(point.x, point.y);
    assert.ok(await page.$eval("faktenlage-overlay", (el) => el.dataset.selected));
    await page.screenshot({ path: join(artifacts, "phone.png") });
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("screenshot for the README", async () => {
  const { context, page } = await open(baseUrl + "www/index.html", { width: 1400, height: 900 });
  try {
    // Select a claim with a figure or a source if there is one: it shows more of the panel.
    const id = await page.$eval("faktenlage-overlay", (el) => {
      const cs = el.report.claims;
      const best = cs.find((c) => c.evidence.length) || cs.find((c) => c.attribution && c.quantities.length) || cs.find((c) => c.attribution) || cs[3] || cs[0];
      return best.id;
    });
    await page.$eval("faktenlage-overlay", (el, id) => el.shadowRoot.querySelector(`button[data-claim="${id}"]`).click(), id);
    await page.waitForTimeout(1500); // smooth scroll and flash settle
    const file = join(artifacts, "screenshot.png");
    await page.screenshot({ path: file });
    if (process.env.UPDATE_SCREENSHOT === "1") {
      copyFileSync(file, join(root, "docs", "screenshot.png"));
    }
  } finally {
    await context.close();
  }
});

test("anchoring: DOM text to analysed text and back", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(baseUrl + "tests/e2e/fixtures/anchoring.html");
  const result = await page.evaluate(() => {
    const el = document.getElementById("t1");
    const a = Faktenlage.anchoring.extract(el);
    // Every word maps to a Range whose text is that word, and back.
    const words = [];
    const re = /\S+/g;
    let m;
    while ((m = re.exec(a.text))) {
      const range = Faktenlage.anchoring.toRange(a, m.index, m.index + m[0].length);
      const back = Faktenlage.anchoring.offsetOf(a, range.startContainer, range.startOffset);
      words.push([m[0], range.toString(), back === m.index]);
    }
    // Whole lines too (they may span several text nodes).
    const lines = [];
    let at = 0;
    for (const line of a.text.split("\n")) {
      if (line) lines.push([line, Faktenlage.anchoring.toRange(a, at, at + line.length).toString().replace(/\s+/g, " ").trim()]);
      at += line.length + 1;
    }
    return { text: a.text, hints: a.hints, title: a.title, published: a.published, lang: a.lang, words, lines };
  });
  assert.equal(
    result.text,
    "Krieg\n\nNordkorea bestätigt Einsatz\n\n28. April 2025\n\n🙂 Nordkorea hat am Montag „erstmals“ 10.000 Soldaten bestätigt.\nGrüße aus Pjöngjang 🇰🇵.\n\nKim Jong Un bei einem Besuch.\n\nMehr zum Thema\n\nEins\n\nZwei\n\nZwischen\u00adtitel\n\nVorletzter Satz.\nLetzter Satz."
  );
  const span = (kind, s) => ({ kind, start: result.text.indexOf(s), end: result.text.indexOf(s) + s.length });
  assert.deepEqual(result.hints, [
    span("headline", "Nordkorea bestätigt Einsatz"),
    span("other", "28. April 2025"),
    span("caption", "Kim Jong Un bei einem Besuch."),
    span("related", "Mehr zum Thema"),
    span("subheading", "Zwischen\u00adtitel"),
  ]);
  assert.equal(result.title, "Nordkorea bestätigt Einsatz");
  assert.equal(result.published, "2025-04-28");
  assert.equal(result.lang, "de");
  for (const [word, ranged, roundTrip] of result.words) {
    assert.equal(ranged, word);
    assert.ok(roundTrip, `offset of ${word} maps back`);
  }
  for (const [line, ranged] of result.lines) assert.equal(ranged, line);
  assert.deepEqual(problems, []);
  await context.close();
});

test("every claim on the demo page maps to the DOM text it quotes", async () => {
  const { context, page } = await open(baseUrl + "www/index.html");
  const mismatches = await page.evaluate(() => {
    const host = document.querySelector("faktenlage-overlay");
    const anchors = new Map([...document.querySelectorAll("article")].map((el) => [el.id, Faktenlage.anchoring.extract(el)]));
    const squash = (s) => s.replace(/\s+/g, " ").trim();
    return host.report.claims
      .map((c) => {
        const range = Faktenlage.anchoring.toRange(anchors.get(c.article), c.start, c.end);
        return range && squash(range.toString()) === squash(c.text) ? null : `${c.id}: ${c.text}`;
      })
      .filter(Boolean);
  });
  assert.deepEqual(mismatches, []);
  await context.close();
});

test("without the Highlight API, <mark> fallback keeps the text and the CSP", async () => {
  const url = baseUrl + "www/index.html";
  const before = await pristineTexts(url);
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective));
    window.Highlight = undefined; // as in a browser without the CSS Custom Highlight API
  });
  await page.goto(url);
  await page.waitForSelector('faktenlage-overlay[data-state="ready"]', { state: "attached", timeout: 20000 });
  assert.equal(await page.$eval("faktenlage-overlay", (el) => el.dataset.highlighting), "mark");
  assert.deepEqual(await page.$$eval("article", (els) => els.map((e) => e.textContent)), before);
  const marks = await page.$$eval("mark[data-faktenlage-claim]", (ms) => ms.length);
  assert.ok(marks > 0);
  const mark = page.locator("mark[data-faktenlage-claim]").nth(5);
  const id = await mark.getAttribute("data-faktenlage-claim");
  await mark.click();
  assert.equal(await page.$eval("faktenlage-overlay", (el) => el.dataset.selected), id);
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a failed analysis shows an error and leaves the page alone", async () => {
  const url = baseUrl + "tests/e2e/fixtures/error.html";
  const before = await pristineTexts(url);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('faktenlage-overlay[data-state="error"]', { state: "attached", timeout: 20000 });
  const message = await page.$eval("faktenlage-overlay", (el) => el.shadowRoot.querySelector(".message").textContent);
  assert.match(message, /article 1: publication date "2025-13-45" is not YYYY-MM-DD/);
  assert.deepEqual(await page.$$eval("article", (els) => els.map((e) => e.textContent)), before);
  await context.close();
});

test("broken dates in the page's markup leave their article undated, not the page unanalysed", async () => {
  const { context, page, problems } = await open(baseUrl + "tests/e2e/fixtures/broken-dates.html");
  try {
    const articles = await page.$eval("faktenlage-overlay", (el) =>
      el.report.articles.map((a) => ({ id: a.id, published: a.published || null })),
    );
    assert.deepEqual(articles, [
      { id: "monat", published: null },
      { id: "ziffer", published: null },
      { id: "zeit", published: "2025-04-28" },
    ]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("the evidence button jumps to the passage in the other article", async (t) => {
  const { context, page, problems } = await open(baseUrl + "www/index.html");
  try {
    const id = await page.$eval("faktenlage-overlay", (el) => (el.report.claims.find((c) => c.evidence.length) || {}).id);
    if (!id) {
      t.skip("the analysis linked no claims across the articles");
      return;
    }
    await page.$eval("faktenlage-overlay", (el, id) => el.shadowRoot.querySelector(`button[data-claim="${id}"]`).click(), id);
    const target = await page.$eval("faktenlage-overlay", (el) => {
      const selected = el.report.claims.find((c) => c.id === el.dataset.selected);
      return { evidence: selected.evidence, shown: el.shadowRoot.querySelectorAll(".evidence .jump").length };
    });
    assert.ok(target.shown >= 1, "the panel lists the evidence with a jump button");
    await page.locator("faktenlage-overlay .evidence .jump").first().click();
    const after = await page.$eval("faktenlage-overlay", (el) => ({
      selected: el.dataset.selected,
      flash: CSS.highlights.get("faktenlage-flash").size,
    }));
    assert.notEqual(after.selected, id, "the jump selects the linked claim");
    assert.ok(after.flash >= 1, "the passage flashes");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
