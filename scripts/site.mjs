// Builds the self-contained demo site that GitHub Pages publishes:
//
//   node scripts/site.mjs OUT_DIR
//
// Copies the demo (www/index.html, demo.css, demo.js, favicon.svg) and the
// widget (pkg/faktenlage.js) into OUT_DIR, pointing the page's script tag at
// the copy, so nothing outside OUT_DIR is loaded (www/index.html itself loads
// ../pkg/, which a published www/ would not have). Fails when the page would
// still reference a file outside the folder.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2];
if (!out) throw new Error("usage: node scripts/site.mjs OUT_DIR");
mkdirSync(out, { recursive: true });

const page = readFileSync(join(root, "www/index.html"), "utf8").replace('src="../pkg/faktenlage.js"', 'src="faktenlage.js"');
const outside = page.match(/(?:src|href)="\.\.\/[^"]*"/g);
if (outside) throw new Error(`the site page still references files outside it: ${outside.join(", ")}`);
writeFileSync(join(out, "index.html"), page);
for (const f of ["demo.css", "demo.js", "favicon.svg"]) copyFileSync(join(root, "www", f), join(out, f));
copyFileSync(join(root, "pkg/faktenlage.js"), join(out, "faktenlage.js"));
console.log(`site: wrote ${out}/ (index.html, demo.css, demo.js, favicon.svg, faktenlage.js)`);
