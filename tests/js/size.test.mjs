// Size ratchet: the built artifacts may not grow past the budget in
// tests/data/size-budget.json. Byte counts are deterministic (the build is),
// so this is a test, not a benchmark; lower the budget when a change saves
// bytes, and never raise it without saying why in the commit.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const budget = JSON.parse(readFileSync(join(root, "tests/data/size-budget.json"), "utf8"));

for (const [file, max] of Object.entries(budget.gzip)) {
  test(`${file} stays within ${max} bytes gzipped`, () => {
    const size = gzipSync(readFileSync(join(root, file)), { level: 9 }).length;
    console.log(`${file}: ${size} bytes gzip (budget ${max}, ${((100 * size) / max).toFixed(1)}%)`);
    assert.ok(size <= max, `${file} is ${size} bytes gzipped, over its budget of ${max}`);
  });
}
