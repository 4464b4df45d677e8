// End-to-end: the reader's side of the overlay. Keyboard only (next/previous
// claim, Enter opens, Escape closes only from inside the overlay, focus
// returns), ARIA names, roles and the live region, English UI strings and
// explanations, and the screenshots reviewed by hand (dark mode, print,
// 390×844 phone with the tapped claim above the bottom sheet, 200% zoom)
// in tests/artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { start, root, settled } from "./browser.mjs";

let env;
const artifacts = join(root, "tests", "artifacts");

before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function demo(contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(env.baseUrl + "www/index.html");
  await settled(page);
  return { context, page, problems };
}

/** What has the focus: "page:<tag>" or "overlay:<class or tag>", and the selected claim. */
function focusState(page) {
  return page.evaluate(() => {
    const host = document.querySelector("faktenlage-overlay");
    const inner = host.shadowRoot.activeElement;
    return {
      focus: document.activeElement === host && inner ? `overlay:${inner.className || inner.tagName.toLowerCase()}` : `page:${document.activeElement.tagName.toLowerCase()}`,
      claim: inner && inner.dataset ? inner.dataset.claim || null : null,
      selected: host.dataset.selected || null,
      open: !host.shadowRoot.querySelector(".detail").hidden,
      live: host.shadowRoot.querySelector("[role=status]").textContent,
    };
  });
}

test("keyboard only: reach a claim in the text, open its card, close it, focus returns", async () => {
  const { context, page, problems } = await demo();
  try {
    const order = await page.evaluate(() => {
      const r = document.querySelector("faktenlage-overlay").report;
      return r.claims.map((c) => c.id);
    });
    await page.keyboard.press("Alt+ArrowDown");
    let s = await focusState(page);
    assert.equal(s.focus, "overlay:current");
    assert.equal(s.claim, order[0], "first claim in reading order");
    assert.match(s.live, /^Aussage 1 von \d+ · (bestätigt|passt|nur eine Quelle|Zahlen|bestritten)/, "verdict in words in the live region");
    assert.equal(await page.evaluate(() => CSS.highlights.get("faktenlage-active").size), 1, "the claim is marked in the text");
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Alt+ArrowUp");
    s = await focusState(page);
    assert.equal(s.claim, order[1]);

    await page.evaluate(() => document.addEventListener("faktenlage:select", (e) => (window.__selected = e.detail.claim.id), { once: true }));
    await page.keyboard.press("Enter");
    s = await focusState(page);
    assert.ok(s.open, "Enter opens the card");
    assert.equal(await page.evaluate(() => window.__selected), order[1], "faktenlage:select carries the claim");
    assert.equal(s.selected, order[1]);
    assert.equal(s.focus, "overlay:h2", "focus moves into the card");

    await page.keyboard.press("Escape");
    s = await focusState(page);
    assert.ok(!s.open, "Escape closes the card");
    assert.equal(s.focus, "overlay:current", "focus returns to where it was");
    assert.equal(s.claim, order[1]);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("Escape while typing in the page's own field leaves the card open", async () => {
  const { context, page } = await demo();
  try {
    await page.evaluate(() => {
      const field = document.createElement("textarea");
      field.id = "leserbrief";
      document.querySelector(".intro").appendChild(field);
    });
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Enter");
    await page.focus("#leserbrief");
    await page.keyboard.type("Mein Kommentar");
    await page.keyboard.press("Alt+ArrowDown"); // typing: not a claim step either
    await page.keyboard.press("Escape");
    const s = await focusState(page);
    assert.ok(s.open, "the card stays open");
    assert.equal(s.focus, "page:textarea");
  } finally {
    await context.close();
  }
});

test("ARIA: names, roles, the live region, the verdict in words", async () => {
  const { context, page } = await demo();
  try {
    const aria = await page.evaluate(() => {
      const sr = document.querySelector("faktenlage-overlay").shadowRoot;
      const unnamed = [...sr.querySelectorAll("button")].filter((b) => !b.hidden && !(b.getAttribute("aria-label") || b.textContent.trim()));
      const first = sr.querySelector(".item");
      first.click();
      const detail = sr.querySelector(".detail");
      return {
        panel: sr.querySelector(".panel").getAttribute("aria-label"),
        live: [sr.querySelector("[role=status]").getAttribute("aria-live")],
        unnamed: unnamed.length,
        prev: sr.querySelector(".bar button[aria-label^=Vorherige]") !== null,
        item: first.textContent,
        detailRole: detail.getAttribute("role"),
        detailName: sr.getElementById(detail.getAttribute("aria-labelledby")).textContent,
        legend: [...sr.querySelectorAll(".legend li")].map((li) => li.textContent),
      };
    });
    assert.equal(aria.panel, "Faktenlage: Aussagen prüfen");
    assert.deepEqual(aria.live, ["polite"]);
    assert.equal(aria.unnamed, 0, "every button has a name");
    assert.ok(aria.prev);
    assert.match(aria.item, /^(bestätigt durch andere Quelle|passt zu anderem Bericht|nur eine Quelle|Zahlen weichen ab|bestritten):/, "list items say the verdict in words");
    assert.equal(aria.detailRole, "region");
    assert.match(aria.detailName, /^Aussage · /);
    assert.ok(aria.legend.every((l) => /[a-zä]/.test(l)));
  } finally {
    await context.close();
  }
});

test("WCAG AA contrast of the panel's text, light and dark", async () => {
  for (const colorScheme of ["light", "dark"]) {
    const { context, page } = await demo({ colorScheme });
    try {
      await page.keyboard.press("Alt+ArrowDown");
      await page.keyboard.press("Enter");
      const low = await page.evaluate(() => {
        const rgb = (c) => c.match(/[\d.]+/g).slice(0, 4).map(Number);
        const lum = ([r, g, b]) => {
          const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        /** The first opaque background from the element up. */
        const background = (el) => {
          for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
            const c = rgb(getComputedStyle(e).backgroundColor);
            if (c.length < 4 || c[3] === 1) return c;
          }
          return [255, 255, 255];
        };
        const sr = document.querySelector("faktenlage-overlay").shadowRoot;
        const out = [];
        for (const el of sr.querySelectorAll("*")) {
          const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
          if (!own || !el.getClientRects().length || el.closest(".live")) continue;
          const a = lum(rgb(getComputedStyle(el).color));
          const b = lum(background(el));
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < 4.5) out.push(`${el.className || el.tagName}: ${ratio.toFixed(2)} "${el.textContent.slice(0, 30)}"`);
        }
        return out;
      });
      assert.deepEqual(low, [], `${colorScheme}: text below 4.5:1`);
    } finally {
      await context.close();
    }
  }
});

test("English UI: strings and explanations in English", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(env.baseUrl + "tests/e2e/fixtures/news.html");
    await page.evaluate(() => Faktenlage.ready);
    const en = await page.evaluate(async () => {
      const handle = Faktenlage.mount({ ui: "en", articles: "#haupt, #comments article" });
      const report = await handle.ready;
      const sr = handle.element.shadowRoot;
      const link = report.links.find((l) => l.explanation && l.explanation.en);
      if (link) sr.querySelector(`button[data-claim="${link.from}"]`).click();
      return {
        legend: sr.querySelector(".legend").textContent,
        summary: sr.querySelector("summary").textContent,
        why: link ? sr.querySelector(".why") && sr.querySelector(".why").textContent : null,
        expected: link ? link.explanation.en : null,
      };
    });
    assert.match(en.legend, /confirmed by another source/);
    assert.match(en.summary, /^All claims \(\d+\)$/);
    assert.ok(en.expected, "the report links the comment to the article");
    assert.equal(en.why, en.expected);
  } finally {
    await context.close();
  }
});

test("screenshots: dark mode, print, 390×844 phone, 200% zoom", async () => {
  // Dark mode: the panel follows prefers-color-scheme.
  let { context, page } = await demo({ colorScheme: "dark" });
  try {
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector("faktenlage-overlay").shadowRoot.querySelector(".panel")).backgroundColor);
    assert.equal(bg, "rgb(31, 32, 38)");
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Enter");
    await page.screenshot({ path: join(artifacts, "dark.png") });
    // Print: no panel.
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("faktenlage-overlay")).display), "none");
    await page.screenshot({ path: join(artifacts, "print.png") });
  } finally {
    await context.close();
  }

  // Phone: the tapped claim stays above the bottom sheet.
  ({ context, page } = await demo({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }));
  try {
    const point = await page.evaluate(() => {
      const host = document.querySelector("faktenlage-overlay");
      const claim = host.report.claims.find((c) => c.verdict === "corroborated") || host.report.claims[0];
      const range = [...CSS.highlights.get(`faktenlage-${claim.verdict}`)].find((r) => r.toString().replace(/\s+/g, " ").trim() === claim.text.replace(/\s+/g, " ").trim());
      // Put the claim low on the screen, where the sheet will open.
      window.scrollBy(0, range.getBoundingClientRect().top - innerHeight + 120);
      const rect = [...range.getClientRects()].pop();
      return { x: rect.left + 5, y: rect.top + rect.height / 2, id: claim.id };
    });
    await page.touchscreen.tap(point.x, point.y);
    await page.waitForTimeout(900); // smooth scroll
    const after = await page.evaluate((id) => {
      const host = document.querySelector("faktenlage-overlay");
      const sheet = host.shadowRoot.querySelector(".panel").getBoundingClientRect();
      const claim = host.report.claims.find((c) => c.id === id);
      const range = [...CSS.highlights.get(`faktenlage-${claim.verdict}`)].find((r) => r.toString().replace(/\s+/g, " ").trim() === claim.text.replace(/\s+/g, " ").trim());
      return { selected: host.dataset.selected, sheetTop: sheet.top, sheetHeight: sheet.height, claimBottom: range.getBoundingClientRect().bottom };
    }, point.id);
    assert.equal(after.selected, point.id);
    assert.ok(after.sheetHeight <= 844 * 0.46, `sheet covers ${after.sheetHeight}px`);
    assert.ok(after.claimBottom <= after.sheetTop, `claim (bottom ${after.claimBottom}) under the sheet (top ${after.sheetTop})`);
    await page.screenshot({ path: join(artifacts, "phone-sheet.png") });
  } finally {
    await context.close();
  }

  // 200% zoom: half the CSS pixels at twice the density; an opened card is in view.
  ({ context, page } = await demo({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }));
  try {
    await page.keyboard.press("Alt+ArrowDown");
    await page.keyboard.press("Enter");
    const inView = await page.evaluate(() => {
      const sr = document.querySelector("faktenlage-overlay").shadowRoot;
      const title = sr.querySelector(".detail h2").getBoundingClientRect();
      const body = sr.querySelector(".body").getBoundingClientRect();
      return title.top >= body.top - 1 && title.bottom <= body.bottom + 1 && body.bottom <= innerHeight;
    });
    assert.ok(inView, "the opened card is scrolled into view in the panel");
    await page.screenshot({ path: join(artifacts, "zoom-200.png") });
  } finally {
    await context.close();
  }
});
