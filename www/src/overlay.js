// Overlay: the embed API and the glue. `mount(options)` finds the articles
// (discovery), reads them (anchoring), has them analysed (analysis: a worker
// where the page allows one), draws the claims in batches (highlighting) and
// hands the report to a <faktenlage-overlay> element (sidebar). It returns a
// handle with `update()` and `unmount()`; unmount removes everything it added
// (highlights, marks, listeners, stylesheets, the element it created).
//
// Readiness contract for embedders and tests, on the element:
// data-state="loading" | "ready" | "error", data-claims, data-analyze-ms,
// data-draw-ms, data-analysis (worker | blob-worker | main-thread),
// data-highlighting, `.report`; events (bubbling from the element, so they
// reach `document`): `faktenlage:ready` (detail: report), `faktenlage:select`
// (detail: {id, claim}), `faktenlage:error` (detail: the Error).
//
// Failure modes: an analysis error shows in the panel and rejects `ready`;
// the page's text is never changed (the <mark> fallback only wraps it).
// With `watch`, changes inside the articles (not our own) re-run the
// analysis after a pause; changes that replace the article elements are
// seen because discovery runs again on every update.
var overlay = (function () {
  "use strict";

  /** Block kinds the analysis does not take claims from; drawn dimmed. */
  var NOT_ANALYSED = new Set(["caption", "media", "credit", "source", "related", "other"]);
  var SLICE_MS = 8; // main-thread work per slice while drawing
  var WATCH_DELAY_MS = 400;

  var mounted = []; // live handles
  var source = null; // {url, code(), api}: how analysis.js can start a worker

  function now() {
    return typeof performance !== "undefined" ? performance.now() : Date.now();
  }

  /** Resolves after the browser had a chance to handle input and paint. */
  function yieldToPage() {
    if (typeof scheduler !== "undefined" && scheduler.yield) return scheduler.yield();
    return new Promise(function (resolve) { setTimeout(resolve, 0); });
  }

  /** Calls fn(item, i) for every item, yielding whenever a slice has taken SLICE_MS. */
  function inSlices(items, fn, alive) {
    var i = 0;
    function step() {
      if (!alive()) return null;
      var until = now() + SLICE_MS;
      while (i < items.length) {
        fn(items[i], i);
        i++;
        if (now() > until && i < items.length) return yieldToPage().then(step);
      }
      return null;
    }
    return Promise.resolve().then(step);
  }

  function uiLanguage(options, root) {
    if (options.ui === "de" || options.ui === "en") return options.ui;
    var el = root && root.nodeType === 1 ? root.closest("[lang]") : document.documentElement;
    var lang = (options.lang || (el && el.getAttribute("lang")) || "de").slice(0, 2).toLowerCase();
    return lang === "en" ? "en" : "de";
  }

  /**
   * Analysis inputs for the anchors. Dates: the page's own date
   * (`options.pageDate`: JSON-LD, meta) describes the page's article, so a
   * page with one article takes it before the article's `<time datetime>`;
   * with several, each article's own time comes first. `options.published`
   * (`data-published`) is the default for articles that say nothing.
   */
  function inputsOf(anchors, options) {
    var used = new Set();
    var single = anchors.length === 1;
    return anchors.map(function (a, i) {
      var id = a.element.id || "a" + (i + 1);
      while (used.has(id)) id += "-" + (i + 1);
      used.add(id);
      a.id = id;
      var input = { id: id, text: a.text, hints: a.hints.map(function (h) { return { kind: h.kind, start: h.start, end: h.end }; }) };
      if (a.title) input.title = a.title;
      var published = single
        ? options.pageDate || a.published || options.published
        : a.published || options.published || options.pageDate;
      if (published) input.published = published;
      if (a.lang || options.lang) input.lang = a.lang || options.lang;
      return input;
    });
  }

  /** Reads the article elements (anchoring) in slices; resolves to their anchors. */
  function readAll(elements, alive) {
    var out = [];
    var i = 0;
    var reader = null;
    function step() {
      if (!alive()) return null;
      var until = now() + SLICE_MS;
      while (i < elements.length) {
        if (!reader) reader = anchoring.reader(elements[i], { skip: discovery.skip });
        if (!reader.step(until)) return yieldToPage().then(step);
        out.push(reader.result());
        reader = null;
        i++;
      }
      return out;
    }
    return Promise.resolve().then(step);
  }

  /** Paints the groups, then lets the painter finish its queue in slices (the <mark> fallback). */
  function paint(painter, groups, alive, pause) {
    pause(function () { painter.draw(groups); });
    function step() {
      if (!alive()) return null;
      var done = false;
      pause(function () { done = painter.flush(now() + SLICE_MS); });
      return done ? null : yieldToPage().then(step);
    }
    return Promise.resolve().then(step);
  }

  /** Ranges per claim and per verdict (`groups`, for the painter), computed in slices. */
  function rangesOf(report, anchors, alive, asStatic) {
    var byId = new Map();
    anchors.forEach(function (a) { byId.set(a.id, a); });
    var groups = {};
    var ranges = new Map();
    var noise = 0;
    function add(name, range, claim) {
      (groups[name] = groups[name] || []).push({ range: range, claim: claim });
    }
    var blocks = [];
    report.articles.forEach(function (art) {
      art.blocks.forEach(function (b) { if (NOT_ANALYSED.has(b.kind)) blocks.push({ article: art.id, start: b.start, end: b.end }); });
    });
    return inSlices(report.claims, function (c) {
      var anchor = byId.get(c.article);
      var range = anchor && anchoring.toRange(anchor, c.start, c.end, asStatic);
      if (!range) return;
      ranges.set(c.id, [range]);
      add(c.verdict, range, c.id);
    }, alive)
      .then(function () {
        return inSlices(blocks, function (b) {
          var anchor = byId.get(b.article);
          var range = anchor && anchoring.toRange(anchor, b.start, b.end, asStatic);
          if (!range) return;
          add("noise", range, null);
          noise += 1;
        }, alive);
      })
      .then(function () {
        return { ranges: ranges, noise: noise, groups: groups };
      });
  }

  function caretAt(doc, x, y) {
    if (doc.caretPositionFromPoint) {
      var p = doc.caretPositionFromPoint(x, y);
      return p ? { node: p.offsetNode, offset: p.offset } : null;
    }
    if (doc.caretRangeFromPoint) {
      var r = doc.caretRangeFromPoint(x, y);
      return r ? { node: r.startContainer, offset: r.startOffset } : null;
    }
    return null;
  }

  function reducedMotion() {
    return !!(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  }

  /** Whether the keyboard event comes from a place where the reader types. */
  function typing(e) {
    var t = e.composedPath ? e.composedPath()[0] : e.target;
    return !!(t && t.nodeType === 1 && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)));
  }

  /**
   * Mounts the overlay. Options (all optional): root (Element or Document to
   * search), articles (selector or list of elements), lang and published
   * (defaults for articles without), ui ("de" | "en"), theme ("auto" |
   * "light" | "dark"), watch (re-analyse on changes). Returns the handle.
   * A second mount in the same document unmounts the first.
   */
  function mount(options) {
    options = options || {};
    var root = options.root || document;
    var doc = root.ownerDocument || root;
    // One overlay per document: mounting again replaces the earlier one.
    mounted.filter(function (m) { return m.element.ownerDocument === doc; }).forEach(function (m) { m.unmount(); });
    sidebar.define();
    var host = doc.querySelector("faktenlage-overlay");
    var created = !host;
    if (created) {
      host = doc.createElement("faktenlage-overlay");
      // Where a transformed <body> cannot become its containing block when
      // there is no top layer (see sidebar.js).
      (sidebar.topLayer(host) ? doc.body : doc.documentElement).appendChild(host);
    }
    host.configure({ ui: uiLanguage(options, root), theme: options.theme || "auto" });

    var generation = 0;
    var state = null; // {anchors, painter, ranges, order: claim ids in reading order, cursor}
    var observer = null;
    var watchTimer = null;
    var handle;

    function emit(name, detail) {
      host.dispatchEvent(new CustomEvent("faktenlage:" + name, { detail: detail, bubbles: true, composed: true }));
    }

    function clearDrawing() {
      if (!state) return;
      pauseWatch(function () { state.painter.clear(); });
      state = null;
    }

    function select(id, reveal) {
      if (!state) return;
      var ranges = state.ranges.get(id) || [];
      state.cursor = state.order.indexOf(id);
      state.painter.select(ranges, id);
      host.showClaim(id);
      if (reveal) state.painter.reveal(ranges, id, reducedMotion());
      keepVisible(ranges, id);
      emit("select", { id: id, claim: host.claim(id) });
    }

    /** On a phone the panel is a bottom sheet: scroll so it does not cover the claim. */
    function keepVisible(ranges, id) {
      requestAnimationFrame(function () {
        if (!state) return;
        var sheet = host.panelRect();
        var rect = state.painter.box(ranges, id);
        if (!rect || !sheet || sheet.top <= 0 || rect.bottom <= sheet.top - 8) return;
        if (sheet.left > rect.right || sheet.right < rect.left) return; // side by side
        var by = Math.min(rect.bottom - sheet.top + 16, rect.top - 8);
        if (by > 0) window.scrollBy({ top: by, behavior: reducedMotion() ? "auto" : "smooth" });
      });
    }

    /** Folds the panel to its bar when it would cover article text (it opens again with a card). */
    function foldIfCovering(anchors) {
      var panel = host.panelRect();
      var covers = anchors.some(function (a) {
        var r = a.element.getBoundingClientRect();
        return r.left < panel.right && r.right > panel.left && r.top < panel.bottom && r.bottom > panel.top;
      });
      if (covers) host.setExpanded(false);
    }

    function step(delta) {
      if (!state || !state.order.length) return;
      var n = state.order.length;
      var next = state.cursor < 0 ? (delta > 0 ? 0 : n - 1) : (state.cursor + delta + n) % n;
      var id = state.order[next];
      state.cursor = next;
      var ranges = state.ranges.get(id) || [];
      state.painter.select(ranges, id);
      state.painter.reveal(ranges, id, reducedMotion());
      host.pointAt(id, next, n);
    }

    function onClick(e) {
      if (!state || e.defaultPrevented || e.button !== 0) return;
      if (e.target && e.target.closest && e.target.closest("faktenlage-overlay")) return;
      // Selecting text is not a click on a claim.
      var sel = doc.getSelection && doc.getSelection();
      if (sel && !sel.isCollapsed) return;
      var id = state.painter.claimAt(e.target) || claimAtPoint(e.clientX, e.clientY);
      if (id) select(id, false);
    }

    function onKey(e) {
      if (!state || !e.altKey || e.ctrlKey || e.metaKey || typing(e)) return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        step(e.key === "ArrowDown" ? 1 : -1);
      }
    }

    /** The claim under a click, through the caret position at the point. */
    function claimAtPoint(x, y) {
      var caret = caretAt(doc, x, y);
      if (!caret || !caret.node || caret.node.nodeType !== 3) return null;
      var anchor = state.anchors.find(function (a) { return a.element.contains(caret.node); });
      if (!anchor) return null;
      var at = anchoring.offsetOf(anchor, caret.node, caret.offset);
      if (at < 0) return null;
      var claim = host.report.claims.find(function (c) { return c.article === anchor.id && c.start <= at && at < c.end; });
      if (!claim) return null;
      // The caret snaps to the nearest text; only a click on the claim's own
      // line boxes counts.
      var hit = (state.ranges.get(claim.id) || []).some(function (range) {
        return range.getClientRects && Array.prototype.some.call(range.getClientRects(), function (rect) {
          return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
        });
      });
      return hit ? claim.id : null;
    }

    function pauseWatch(fn) {
      if (observer) observer.disconnect();
      try {
        fn();
      } finally {
        if (observer) {
          observer.takeRecords();
          observer.observe(root, { childList: true, subtree: true, characterData: true });
        }
      }
    }

    function watch() {
      if (!options.watch || typeof MutationObserver === "undefined") return;
      observer = new MutationObserver(function (records) {
        var ours = records.every(function (r) { return host.contains(r.target) || r.target === host; });
        if (ours) return;
        clearTimeout(watchTimer);
        watchTimer = setTimeout(function () { handle.update(); }, WATCH_DELAY_MS);
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }

    function update() {
      var gen = ++generation;
      var alive = function () { return gen === generation; };
      clearDrawing();
      host.showLoading();
      var t0, t1;
      var anchors, mode;
      var result = yieldToPage()
        .then(function () {
          if (!alive()) return null;
          var found = discovery.find(root, options.articles);
          // The worker boots while the articles are read (not on a page without any).
          if (found.length) analysis.prepare(source);
          return readAll(found, alive);
        })
        .then(function (read) {
          if (!read || !alive()) return null;
          anchors = read.filter(function (a) { return a.text.trim() !== ""; }); // an image teaser has nothing to check
          t0 = now();
          var inputs = inputsOf(anchors, { lang: options.lang, published: options.published, pageDate: discovery.published(root) });
          if (!inputs.length) return { report: { version: 2, articles: [], claims: [], links: [] }, mode: "none" };
          return analysis.run(inputs, undefined, source);
        })
        .then(function (res) {
          if (!res || !alive()) return null;
          t1 = now();
          mode = res.mode;
          var report = res.report;
          var painter = highlighting.painter(doc);
          var drawn = null;
          return rangesOf(report, anchors, alive, painter.staticRanges).then(function (d) {
            if (!alive()) return null;
            drawn = d;
            // Cleared by unmount/update even while the painter is still at work.
            state = { anchors: anchors, painter: painter, ranges: drawn.ranges, order: readingOrder(report, anchors), cursor: -1 };
            return paint(painter, drawn.groups, alive, pauseWatch);
          }).then(function () {
            if (!alive() || !drawn) return null;
            var t2 = now();
            host.showReport(report, {
              analyze: t1 - t0,
              draw: t2 - t1,
              noise: drawn.noise,
              jump: function (id) { select(id, true); },
              open: function (id) { select(id, false); },
              step: step,
              close: function () { if (state) state.painter.select([], null); },
            });
            foldIfCovering(anchors);
            host.setAttribute("data-claims", String(report.claims.length));
            host.setAttribute("data-analyze-ms", (t1 - t0).toFixed(2));
            host.setAttribute("data-draw-ms", (t2 - t1).toFixed(2));
            host.setAttribute("data-analysis", mode);
            host.setAttribute("data-highlighting", painter.mode);
            host.setAttribute("data-state", "ready");
            emit("ready", report);
            return report;
          });
        })
        .catch(function (err) {
          if (!alive()) return null;
          host.showError(err && err.message ? err.message : String(err));
          emit("error", err);
          throw err;
        });
      handle.ready = result;
      return result;
    }

    function unmount() {
      generation++;
      clearTimeout(watchTimer);
      if (observer) observer.disconnect();
      observer = null;
      clearDrawing();
      doc.removeEventListener("click", onClick);
      doc.removeEventListener("keydown", onKey, true);
      if (created) host.remove();
      else host.reset();
      mounted.splice(mounted.indexOf(handle), 1);
      if (!mounted.length) analysis.stop();
    }

    handle = { element: host, ready: null, update: update, unmount: unmount };
    Object.defineProperty(handle, "report", { get: function () { return host.report; } });
    mounted.push(handle);
    doc.addEventListener("click", onClick);
    doc.addEventListener("keydown", onKey, true);
    watch();
    update().catch(function () {}); // shown in the panel and as an event; `handle.ready` rejects
    return handle;
  }

  /** Claim ids ordered by article (page order) and position. */
  function readingOrder(report, anchors) {
    var rank = new Map();
    anchors.forEach(function (a, i) { rank.set(a.id, i); });
    return report.claims.slice().sort(function (a, b) {
      return (rank.get(a.article) - rank.get(b.article)) || a.start - b.start;
    }).map(function (c) { return c.id; });
  }

  /** The first mount's readiness, for the classic `overlay.run()`: (re)runs it. */
  function run() {
    return mounted[0] ? mounted[0].update() : mount({}).ready;
  }

  /** Starts automatically unless the script tag says data-auto="false"; reads data-* options. */
  function autostart(script, src) {
    source = src;
    if (typeof document === "undefined" || typeof customElements === "undefined") return;
    var data = script ? script.dataset : {};
    if (data.auto === "false") return;
    var go = function () {
      var h = mount({
        articles: data.articles || undefined,
        lang: data.lang || undefined,
        published: data.published || undefined,
        ui: data.ui || undefined,
        theme: data.theme || undefined,
        watch: data.watch === "true",
      });
      h.ready.catch(function (err) {
        if (typeof console !== "undefined") console.warn("faktenlage:", err);
      });
    };
    // In a task of its own, not in the one that evaluated the script: two
    // short tasks instead of one long one.
    var later = function () { setTimeout(go, 0); };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", later);
    else later();
  }

  return { mount: mount, run: run, autostart: autostart, setSource: function (s) { source = s; } };
})();
