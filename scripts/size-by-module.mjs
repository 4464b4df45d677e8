// The wasm's bytes by module of the core: reads `twiggy top --format csv`
// of a build with function names (scripts/size.sh makes one) on stdin and
// prints, per module of src/ (`compare::statement`, `doc::blocks`, …) and
// per other crate (`core`, `alloc`, `wasm_bindgen`, …), the shallow bytes of
// its functions, its share of the code and data that ship, and how much of
// it is generic library code instantiated for it (iterator adapters, `Vec`
// methods and sorts with the module's closures and types inlined: the
// module's code too, but written by the standard library).
//
// Names are what the shipped build strips; everything else in the file is
// what ships, so the total equals the size of pkg/esm/faktenlage_bg.wasm
// up to the names section's header.
import { readFileSync } from "node:fs";

/** The fields of one CSV line (twiggy quotes names with commas or quotes). */
function fields(line) {
  const out = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** The module an item belongs to, and whether it is library code made for it. */
function owner(name) {
  if (/^"?(function|data|local|global|type|table|memory|module)\b.*names"? subsection$/.test(name)) return null;
  if (/^data segment|^data\[/.test(name)) return { module: "(data: word lists, tables, strings)", generic: false };
  const ours = name.indexOf("faktenlage[");
  if (ours >= 0) {
    const path = name.slice(name.indexOf("]::", ours) + 3).match(/^[A-Za-z_][A-Za-z0-9_]*(::[A-Za-z_][A-Za-z0-9_]*)*/);
    const parts = path ? path[0].split("::") : [];
    const module = parts.length <= 1 ? "(crate root: lib.rs)" : parts.slice(0, Math.min(2, parts.length - 1)).join("::");
    return { module, generic: ours > 2 };
  }
  // Methods of primitive types (`<str>::to_lowercase`, `<[u8]>::…`): core's.
  if (/^<(str|char|bool|[iuf](8|16|32|64|128|size)|\[)/.test(name)) return { module: "[core]", generic: false };
  // twiggy's own rows for the module's sections and unnamed functions.
  if (/^(type|elem|global|table|memory|import|export|code|start)\[\d+\]/.test(name)) {
    return { module: "(wasm sections, unnamed functions)", generic: false };
  }
  const crate = name.match(/^<?([A-Za-z_][A-Za-z0-9_]*)\[/);
  if (crate) return { module: `[${crate[1]}]`, generic: false };
  return { module: "(other: JS glue imports, intrinsics)", generic: false };
}

const lines = readFileSync(0, "utf8").split("\n").slice(1).filter(Boolean);
const rows = new Map();
let total = 0;
for (const line of lines) {
  const f = fields(line);
  const name = f[0];
  const bytes = Number(f[1]);
  if (!Number.isFinite(bytes) || name.startsWith("Σ") || name.startsWith("...")) continue;
  const o = owner(name);
  if (!o) continue;
  const r = rows.get(o.module) || { bytes: 0, generic: 0, items: 0 };
  r.bytes += bytes;
  r.items += 1;
  if (o.generic) r.generic += bytes;
  rows.set(o.module, r);
  total += bytes;
}
const sorted = [...rows].sort((a, b) => b[1].bytes - a[1].bytes);
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
console.log(`${"module".padEnd(40)} ${"KiB".padStart(6)} ${"share".padStart(6)} ${"generic".padStart(8)} items`);
for (const [module, r] of sorted) {
  const share = ((100 * r.bytes) / total).toFixed(1).padStart(5) + "%";
  console.log(`${module.padEnd(40)} ${kb(r.bytes)} ${share} ${kb(r.generic)}   ${r.items}`);
}
console.log(`${"total (code and data that ship)".padEnd(40)} ${kb(total)}`);
