// Type-checked by tests/js/types.test.mjs (tsc --strict): the README's
// examples and ordinary use of the report must compile against
// pkg/esm/index.d.ts without casts.
import init, { analyze, mount, type Report, type Claim, type Verdict, type FaktenlageEventMap } from "../../../pkg/esm/index.js";

export async function readme(): Promise<number> {
  await init();
  const report: Report = analyze([
    { id: "a", text: "…", title: "…", published: "2025-04-28", lang: "de" },
    { id: "b", text: "…" },
  ]);
  const disputed: Claim[] = report.claims.filter((c) => c.verdict === "disputed");
  const figures = report.claims.flatMap((c) => c.quantities.map((q) => q.value_min ?? q.value_max ?? 0));
  const who = report.claims.map((c) => (c.attribution ? `${c.attribution.source} (${c.attribution.kind})` : "the article"));
  const why = report.links.map((l) => l.explanation.en);
  const article = report.articles[0];
  const quoted = article.text.slice(report.claims[0].start, report.claims[0].end);
  const sources: string[] = report.claims.map((c) => c.sources_note.en || c.parties.map((p) => p.en).join(", "));
  const relayed = report.links.filter((l) => l.same_source).length;
  return disputed.length + figures.length + who.length + why.length + quoted.length + sources.length + relayed;
}

export function embed(): void {
  const handle = mount({ ui: "en", theme: "dark", articles: "main article", watch: true });
  handle.ready.then((report) => report?.claims.length);
  const v: Verdict | undefined = handle.report?.claims[0]?.verdict;
  void v;
  document.addEventListener("faktenlage:select", ((e: FaktenlageEventMap["faktenlage:select"]) => e.detail.claim?.text) as EventListener);
  handle.update().then(() => handle.unmount());
  mount();
}

// The bindgen entry (pkg/esm/faktenlage.js) shares the same types.
import initCore, { analyze as analyzeCore, type Report as CoreReport } from "../../../pkg/esm/faktenlage.js";

export async function core(): Promise<number> {
  await initCore();
  const report: CoreReport = analyzeCore([{ text: "…" }]);
  return report.claims.filter((c) => c.parties.length > 1).length;
}
