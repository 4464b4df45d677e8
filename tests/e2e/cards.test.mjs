// The cards say what the comparison found, in the reader's words:
// on the demo, a claim confirmed by two independent parties names both, and
// one that both articles relay from a single party is not marked confirmed;
// on a page of two reports written for this test, a claim whose figure
// differs from the other report's says so, names both figures and sources,
// and offers the jump to the other passage.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { settled, start } from "./browser.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Opens `path` and waits for the overlay; returns the page. */
async function open(path) {
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(env.baseUrl + path);
  await settled(page);
  assert.equal(await page.$eval("faktenlage-overlay", (el) => el.dataset.state), "ready");
  return page;
}

/** Selects a claim through the overlay's list and returns the card's text. */
async function card(page, id) {
  await page.$eval("faktenlage-overlay", (el) => {
    const all = el.shadowRoot.querySelector("details.all");
    if (all) all.open = true;
  });
  await page.$eval("faktenlage-overlay", (el, id) => el.shadowRoot.querySelector(`button[data-claim="${id}"]`).click(), id);
  return page.$eval("faktenlage-overlay", (el) => el.shadowRoot.querySelector(".detail").textContent);
}

test("a claim with two independent sources names both parties", async () => {
  const page = await open("www/index.html");
  const claim = await page.$eval("faktenlage-overlay", (el) =>
    el.report.claims.find((c) => c.independent_sources >= 2 && c.parties.length >= 2 && /Nordkorea/.test(c.text)),
  );
  assert.ok(claim, "the demo has a claim that two parties confirm");
  const text = await card(page, claim.id);
  assert.match(text, /2 unabhängige Quellen: /);
  // The row's label does not say again what its note says.
  const row = await page.$eval("faktenlage-overlay", (el) => {
    const dd = [...el.shadowRoot.querySelectorAll(".detail dd")].find((d) => /unabhängige Quellen/.test(d.textContent));
    return dd && dd.previousElementSibling.textContent;
  });
  assert.equal(row, "Herkunft");
  for (const party of claim.parties) assert.ok(text.includes(party.de), `the card names ${party.de}`);
  assert.match(text, /nordkoreanische Staatsführung/);
  assert.match(text, /russische Staatsführung/);
  await page.close();
});

test("a claim both articles relay from one party is not shown as confirmed", async () => {
  const page = await open("www/index.html");
  // Both articles report what KCNA says: one party behind both.
  const claim = await page.$eval("faktenlage-overlay", (el) =>
    el.report.claims.find((c) => c.evidence.length && c.parties.length === 1 && /KCNA/.test(c.text)),
  );
  assert.ok(claim, "the demo has KCNA's report in both articles");
  assert.equal(claim.verdict, "relayed");
  const text = await card(page, claim.id);
  assert.match(text, /eine Quelle, mehrfach berichtet/);
  assert.doesNotMatch(text, /bestätigt durch andere Quelle/);
  assert.match(text, /1 Quelle: nordkoreanische Staatsführung/);
  // The other article's passage is the same statement, not a confirmation.
  assert.match(text, /gleiche Aussage, gleiche Quelle/);
  assert.doesNotMatch(text, /· bestätigt/);
  // Its mark is not the green of a confirmation.
  const marked = await page.$eval("faktenlage-overlay", (el, id) => {
    const c = el.report.claims.find((x) => x.id === id);
    const norm = (s) => s.replace(/\s+/g, " ").trim();
    const has = (name) => [...(CSS.highlights.get(name) || [])].some((r) => norm(r.toString()) === norm(c.text));
    return { relayed: has("faktenlage-relayed"), corroborated: has("faktenlage-corroborated") };
  }, claim.id);
  assert.deepEqual(marked, { relayed: true, corroborated: false });
  await page.close();
});

test("the card says in plain words how a claim is said", async () => {
  const page = await open("www/index.html");
  const claim = await page.$eval("faktenlage-overlay", (el) => el.report.claims.find((c) => c.modality === "hearsay"));
  assert.ok(claim, "the demo has a `sollen` claim");
  await card(page, claim.id);
  const row = await page.$eval("faktenlage-overlay", (el) => {
    const dt = [...el.shadowRoot.querySelectorAll(".detail dt")].find((d) => d.textContent === "Wie?");
    return dt && dt.nextElementSibling.textContent;
  });
  assert.equal(row, "Hörensagen (sollen)");
  await page.close();
});

test("a claim without a known party says how many sources, not a bare number", async () => {
  const page = await open("www/index.html");
  const claim = await page.$eval("faktenlage-overlay", (el) => el.report.claims.find((c) => !c.parties.length));
  assert.ok(claim, "the demo has a claim whose party is unknown");
  await card(page, claim.id);
  const row = await page.$eval("faktenlage-overlay", (el) => {
    const dt = [...el.shadowRoot.querySelectorAll(".detail dt")].find((d) => d.textContent === "Herkunft");
    return dt && dt.nextElementSibling.textContent;
  });
  assert.equal(row, claim.independent_sources === 1 ? "1 Quelle" : `${claim.independent_sources} unabhängige Quellen`);
  await page.close();
});

test("a claim whose figures differ from the other report's says how", async () => {
  const page = await open("tests/e2e/fixtures/figures.html");
  const claim = await page.$eval("faktenlage-overlay", (el) =>
    el.report.claims.find((c) => c.verdict === "discrepancy" && c.text.includes("1.200")),
  );
  assert.ok(claim, "the 1.200 evacuees are marked as differing");
  const text = await card(page, claim.id);
  assert.match(text, /Zahlen weichen ab/);
  assert.match(text, /1\.200 Menschen/);
  assert.match(text, /800 Menschen/);
  assert.match(text, /Feuerwehr/);
  assert.match(text, /Polizei/);
  // The jump selects the other report's claim.
  await page.$eval("faktenlage-overlay", (el) => el.shadowRoot.querySelector(".evidence .jump").click());
  const selected = await page.$eval("faktenlage-overlay", (el) => el.report.claims.find((c) => c.id === el.dataset.selected).text);
  assert.match(selected, /800 Menschen/);
  await page.close();
});
