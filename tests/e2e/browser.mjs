// Shared setup of the browser tests: Debian's Chromium through playwright-core
// with the flags that keep it off the network, and the repository served on
// 127.0.0.1 (www/, pkg/ and tests/e2e/fixtures/ side by side).
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { listen, staticServer } from "../../scripts/serve.mjs";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
export const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync"];

/** Starts Chromium and the static server; returns {browser, baseUrl, close()}. */
export async function start() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const server = staticServer(root);
  await listen(server, 0, 0);
  return {
    browser,
    baseUrl: `http://127.0.0.1:${server.address().port}/`,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Waits until the overlay is ready (or failed). */
export function settled(page, timeout = 20000) {
  return page.waitForSelector('faktenlage-overlay[data-state="ready"], faktenlage-overlay[data-state="error"]', { state: "attached", timeout });
}
