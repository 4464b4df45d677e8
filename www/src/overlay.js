// Overlay: the glue. Finds the page's <article> elements, reads them
// (anchoring), runs the analysis (the wasm core), draws the claims
// (highlighting) and hands the report to the <faktenlage-overlay> element
// (sidebar). It also keeps the readiness contract for embedders and tests:
// data-state="ready" | "error", data-claims, data-analyze-ms, data-draw-ms,
// `.report` on the element and a `faktenlage:ready` event on the document.
var overlay = (function () {
  "use strict";

  /** Block kinds the analysis does not take claims from; drawn dimmed. */
  var NOT_ANALYSED = new Set(["caption", "media", "credit", "source", "related", "other"]);

  var state = null; // {host, anchors, painter, ranges: Map(claimId → Range[])}

  function now() {
    return typeof performance !== "undefined" ? performance.now() : Date.now();
  }

  function ensureHost() {
    var host = document.querySelector("faktenlage-overlay");
    if (!host) {
      host = document.createElement("faktenlage-overlay");
      document.body.appendChild(host);
    }
    return host;
  }

  /** Top-level <article> elements (an article nested in another is part of it). */
  function findArticles() {
    return Array.prototype.filter.call(document.querySelectorAll("article"), function (el) {
      return !el.parentElement || !el.parentElement.closest("article");
    });
  }

  function inputsOf(anchors) {
    var used = new Set();
    return anchors.map(function (a, i) {
      var id = a.element.id || "a" + (i + 1);
      while (used.has(id)) id += "-" + (i + 1);
      used.add(id);
      a.id = id;
      var input = { id: id, text: a.text, hints: a.hints.map(function (h) { return { kind: h.kind, start: h.start, end: h.end }; }) };
      if (a.title) input.title = a.title;
      if (a.published) input.published = a.published;
      if (a.lang) input.lang = a.lang;
      return input;
    });
  }

  function draw(report, anchors, painter) {
    var byId = new Map();
    anchors.forEach(function (a) { byId.set(a.id, a); });
    var groups = {};
    var ranges = new Map();
    function add(name, range, claim) {
      (groups[name] = groups[name] || []).push({ range: range, claim: claim });
    }
    report.claims.forEach(function (c) {
      var anchor = byId.get(c.article);
      var range = anchor && anchoring.toRange(anchor, c.start, c.end);
      if (!range) return;
      ranges.set(c.id, [range]);
      add(c.verdict, range, c.id);
    });
    var noise = 0;
    report.articles.forEach(function (art) {
      var anchor = byId.get(art.id);
      art.blocks.forEach(function (b) {
        if (!NOT_ANALYSED.has(b.kind)) return;
        var range = anchor && anchoring.toRange(anchor, b.start, b.end);
        if (!range) return;
        add("noise", range, null);
        noise += 1;
      });
    });
    painter.draw(groups);
    return { ranges: ranges, noise: noise };
  }

  /** The claim under a click, through the caret position at the point. */
  function claimAtPoint(x, y) {
    var node, offset;
    if (document.caretPositionFromPoint) {
      var p = document.caretPositionFromPoint(x, y);
      if (!p) return null;
      node = p.offsetNode;
      offset = p.offset;
    } else if (document.caretRangeFromPoint) {
      var r = document.caretRangeFromPoint(x, y);
      if (!r) return null;
      node = r.startContainer;
      offset = r.startOffset;
    } else {
      return null;
    }
    if (!node || node.nodeType !== 3) return null;
    var anchor = state.anchors.find(function (a) { return a.element.contains(node); });
    if (!anchor) return null;
    var at = anchoring.offsetOf(anchor, node, offset);
    if (at < 0) return null;
    var claim = state.host.report.claims.find(function (c) { return c.article === anchor.id && c.start <= at && at < c.end; });
    if (!claim) return null;
    // The caret snaps to the nearest text; only a click on the claim's own
    // line boxes counts.
    var hit = (state.ranges.get(claim.id) || []).some(function (range) {
      return Array.prototype.some.call(range.getClientRects(), function (rect) {
        return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
      });
    });
    return hit ? claim.id : null;
  }

  function select(id, reveal) {
    var ranges = state.ranges.get(id) || [];
    state.painter.select(ranges, id);
    state.host.showClaim(id);
    if (reveal) state.painter.reveal(ranges, id);
  }

  function onClick(e) {
    if (!state || e.defaultPrevented || e.button !== 0) return;
    if (e.target && e.target.closest && e.target.closest("faktenlage-overlay")) return;
    // Selecting text is not a click on a claim.
    var sel = document.getSelection && document.getSelection();
    if (sel && !sel.isCollapsed) return;
    var id = state.painter.claimAt(e.target) || claimAtPoint(e.clientX, e.clientY);
    if (id) select(id, false);
  }

  /**
   * Runs the overlay on the page: reads the articles, analyses, draws.
   * Returns a promise for the report (rejects on failure, after showing it).
   */
  function run() {
    sidebar.define();
    var host = ensureHost();
    host.showLoading();
    if (state) {
      state.painter.clear();
      document.removeEventListener("click", onClick);
      state = null;
    }
    return root.Faktenlage.ready
      .then(function () {
        // An article with no text (an image teaser, say) has nothing to check.
        var anchors = findArticles().map(anchoring.extract).filter(function (a) { return a.text.trim() !== ""; });
        var inputs = inputsOf(anchors);
        var t0 = now();
        var report = inputs.length ? root.Faktenlage.analyze(inputs) : { version: 1, articles: [], claims: [], links: [] };
        var t1 = now();
        var painter = highlighting.painter(document);
        var drawn = draw(report, anchors, painter);
        state = { host: host, anchors: anchors, painter: painter, ranges: drawn.ranges };
        host.setHandlers({
          jump: function (id) { select(id, true); },
          close: function () { painter.select([], null); },
        });
        var t2 = now();
        host.showReport(report, { analyze: t1 - t0, draw: t2 - t1, noise: drawn.noise });
        document.addEventListener("click", onClick);
        host.setAttribute("data-claims", String(report.claims.length));
        host.setAttribute("data-analyze-ms", (t1 - t0).toFixed(2));
        host.setAttribute("data-draw-ms", (t2 - t1).toFixed(2));
        host.setAttribute("data-highlighting", painter.mode);
        host.setAttribute("data-state", "ready");
        document.dispatchEvent(new CustomEvent("faktenlage:ready", { detail: report }));
        return report;
      })
      .catch(function (err) {
        host.showError(err && err.message ? err.message : String(err));
        document.dispatchEvent(new CustomEvent("faktenlage:error", { detail: err }));
        throw err;
      });
  }

  /** Starts automatically unless the script tag says data-auto="false". */
  function autostart(script) {
    if (typeof document === "undefined" || typeof customElements === "undefined") return;
    if (script && script.getAttribute("data-auto") === "false") return;
    var go = function () {
      run().catch(function (err) {
        if (typeof console !== "undefined") console.warn("faktenlage:", err);
      });
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", go);
    else go();
  }

  return { run: run, autostart: autostart };
})();
