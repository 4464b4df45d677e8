import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { start, root } from "../tests/e2e/browser.mjs";
const pkg = process.argv[2];
const seedsDir = join(root, "tests/data/seeds");
const articles = ["000_f1b10fb3713ca5b6.txt", "001_603facece05b4bf3.txt"].map((f, i) => ({ id: `s${i}`, text: readFileSync(join(seedsDir, f), "utf8"), published: "2025-04-28" }));
const { browser, baseUrl, close } = await start();
const types = { ".js": "text/javascript", ".wasm": "application/wasm" };
try {
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext();
    await context.route(`${baseUrl}bench-pkg/**`, (route) => {
      if (route.request().url().endsWith("/blank.html")) return route.fulfill({ status: 200, contentType: "text/html", body: "<!doctype html><title>b</title>" });
      const file = join(pkg, new URL(route.request().url()).pathname.replace(/^\/bench-pkg\//, ""));
      route.fulfill({ status: 200, contentType: types[file.slice(file.lastIndexOf("."))] || "application/octet-stream", body: readFileSync(file) });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}bench-pkg/blank.html`);
    await page.evaluate(async () => { window.api = await import("/bench-pkg/esm/faktenlage.js"); window.bytes = await (await fetch("/bench-pkg/esm/faktenlage_bg.wasm")).arrayBuffer(); });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 50 });
    await cdp.send("Profiler.start");
    const t = await page.evaluate(async (input) => {
      const t0 = performance.now();
      const module = await WebAssembly.compile(window.bytes);
      window.api.initSync({ module });
      const t1 = performance.now();
      window.api.analyze(input);
      const t2 = performance.now();
      return { compile: t1 - t0, first: t2 - t1 };
    }, articles);
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(`/tmp/chrome-first-${run}.cpuprofile`, JSON.stringify(profile));
    console.log(JSON.stringify(t));
    await context.close();
  }
} finally { await close(); }
