// Highlighting: paints DOM Ranges without touching the page's text.
//
// With the CSS Custom Highlight API there is one `Highlight` per name
// (`faktenlage-<verdict>`, `faktenlage-noise` for blocks that were not
// analysed, `faktenlage-active` for the selected claim, `faktenlage-flash`
// for a jump target), styled by one constructed stylesheet adopted by the
// document that holds only `::highlight(faktenlage-…)` rules, so the page's
// own styles are never affected and the strict CSP (no inline styles) holds.
//
// Without the API (older browsers) the ranges are wrapped in <mark> elements
// styled through the CSSOM (`element.style`, with !important, so a page's
// own `mark { … !important }` rules cannot erase the colours); the page's
// text content stays the same, only inline wrappers are added, and clear()
// removes them and merges the text nodes it split.
var highlighting = (function () {
  "use strict";

  /** Colours per highlight name: [background, underline]. */
  var STYLES = {
    corroborated: ["rgba(46, 160, 67, 0.20)", "rgb(46, 160, 67)"],
    // Reported twice, but by one party: not the green of a confirmation.
    relayed: ["rgba(137, 87, 229, 0.16)", "rgb(137, 87, 229)"],
    consistent: ["rgba(56, 139, 253, 0.18)", "rgb(56, 139, 253)"],
    single_source: ["rgba(240, 185, 0, 0.20)", "rgb(200, 150, 0)"],
    discrepancy: ["rgba(230, 110, 20, 0.28)", "rgb(230, 110, 20)"],
    disputed: ["rgba(215, 40, 50, 0.22)", "rgb(215, 40, 50)"],
    noise: ["rgba(120, 120, 120, 0.12)", null],
  };
  var PREFIX = "faktenlage-";

  /** Scrolls the element holding `node` to the middle of the viewport (instantly for reduced motion). */
  function scrollTo(node, reduced) {
    var el = node.nodeType === 1 ? node : node.parentElement;
    if (el && el.scrollIntoView) el.scrollIntoView({ block: "center", behavior: reduced ? "auto" : "smooth" });
  }

  function supported(doc) {
    var win = doc.defaultView;
    return !!(win && win.CSS && win.CSS.highlights && typeof win.Highlight === "function");
  }

  function css() {
    var rules = [];
    Object.keys(STYLES).forEach(function (name) {
      var s = STYLES[name];
      var rule = "::highlight(" + PREFIX + name + ") { background-color: " + s[0] + ";";
      // A single source is the common case: a quieter, dotted line.
      var line = name === "single_source" ? "underline dotted 1px " : "underline 2px ";
      // Text colours stay the page's own, so its contrast holds in light and dark pages.
      if (s[1]) rule += " text-decoration: " + line + s[1] + "; text-underline-offset: 3px;";
      rules.push(rule + " }");
    });
    rules.push("::highlight(" + PREFIX + "active) { background-color: rgba(255, 214, 0, 0.55); }");
    rules.push("::highlight(" + PREFIX + "flash) { background-color: rgba(255, 170, 0, 0.85); color: black; }");
    return rules.join("\n");
  }

  /**
   * A painter for one document: `draw(groups)` with `groups` a map from
   * name (verdict or `noise`) to an array of `{range, claim}` (adds to what
   * is drawn; the <mark> fallback only queues, and `flush(until)` wraps
   * until a deadline, true when done; it wants StaticRanges: `staticRanges`);
   * `box(ranges, claimId)` the on-screen box of a claim; `select(ranges, claimId)`
   * marks the selected claim; `reveal(ranges, claimId)` scrolls to a passage
   * and flashes it; `claimAt(element)` (mark mode) names the claim under a
   * clicked element; `clear()` removes everything.
   */
  function painter(doc) {
    return supported(doc) ? highlightPainter(doc) : markPainter(doc);
  }

  function highlightPainter(doc) {
    var win = doc.defaultView;
    var sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css());
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.concat([sheet]);
    var names = [];
    var flashTimer = null;

    function set(name, ranges) {
      var h = new win.Highlight();
      ranges.forEach(function (r) { h.add(r); });
      // The transient ones paint over the verdict colours.
      if (name === "active") h.priority = 1;
      if (name === "flash") h.priority = 2;
      win.CSS.highlights.set(PREFIX + name, h);
      if (names.indexOf(name) < 0) names.push(name);
    }

    return {
      mode: "highlight-api",
      staticRanges: false,
      flush: function () { return true; },
      box: function (ranges) { return ranges.length ? ranges[0].getBoundingClientRect() : null; },
      // Additive, so the overlay can draw a long page in batches.
      draw: function (groups) {
        Object.keys(groups).forEach(function (name) {
          var h = win.CSS.highlights.get(PREFIX + name);
          if (!h || names.indexOf(name) < 0) set(name, []);
          h = win.CSS.highlights.get(PREFIX + name);
          groups[name].forEach(function (g) { h.add(g.range); });
        });
      },
      select: function (ranges) { set("active", ranges); },
      reveal: function (ranges, claim, reduced) {
        if (!ranges.length) return;
        scrollTo(ranges[0].startContainer, reduced);
        set("flash", ranges);
        clearTimeout(flashTimer);
        flashTimer = setTimeout(function () { set("flash", []); }, 1200);
      },
      // Clicks are resolved by the caller through caret positions.
      claimAt: function () { return null; },
      clear: function () {
        names.forEach(function (n) { win.CSS.highlights.delete(PREFIX + n); });
        names = [];
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter(function (s) { return s !== sheet; });
      },
    };
  }

  function markPainter(doc) {
    var marks = []; // {el, claim}
    var styled = []; // elements with a temporary style

    function set(el, prop, value) {
      el.style.setProperty(prop, value, "important");
    }

    function paint(el, name) {
      var s = STYLES[name];
      set(el, "background-color", s[0]);
      set(el, "color", "inherit");
      set(el, "padding", "0");
      set(el, "display", "inline");
      if (s[1]) {
        set(el, "text-decoration", "underline 2px " + s[1]);
        set(el, "text-underline-offset", "3px");
      }
    }

    /**
     * Splits the text nodes a range covers into (node, start, end) pieces.
     * Works for StaticRanges (whose ends are text nodes) as well as Ranges.
     */
    function pieces(range) {
      var first = range.startContainer;
      var last = range.endContainer;
      if (first === last) return range.endOffset > range.startOffset ? [{ node: first, start: range.startOffset, end: range.endOffset }] : [];
      var out = [];
      var walker = doc.createTreeWalker(doc.documentElement, 4);
      walker.currentNode = first;
      for (var n = first; n; n = walker.nextNode()) {
        var s = n === first ? range.startOffset : 0;
        var e = n === last ? range.endOffset : n.data.length;
        if (e > s) out.push({ node: n, start: s, end: e });
        if (n === last) break;
      }
      return out;
    }

    /** Wraps every queued piece of one text node, from its end backwards so earlier offsets stay valid. */
    function wrapNode(node, list) {
      list.sort(function (a, b) { return b.start - a.start; });
      var limit = Infinity;
      list.forEach(function (p) {
        if (p.end > limit) return; // overlaps one already wrapped
        var target = node;
        if (p.end < target.data.length) target.splitText(p.end);
        if (p.start > 0) target = target.splitText(p.start);
        var mark = doc.createElement("mark");
        mark.className = PREFIX + "mark";
        if (p.claim) mark.setAttribute("data-faktenlage-claim", p.claim);
        paint(mark, p.name);
        target.parentNode.insertBefore(mark, target);
        mark.appendChild(target);
        marks.push({ el: mark, claim: p.claim });
        limit = p.start;
      });
    }

    var queue = new Map(); // text node → pieces still to wrap

    return {
      mode: "mark",
      // Static ranges: live ones would all be updated on every splitText (quadratic on a long page).
      staticRanges: true,
      /** Queues the pieces; flush() wraps them. Every piece of a node is wrapped in the same step. */
      draw: function (groups) {
        Object.keys(groups).forEach(function (name) {
          groups[name].forEach(function (g) {
            pieces(g.range).forEach(function (p) {
              p.name = name;
              p.claim = g.claim;
              if (!queue.has(p.node)) queue.set(p.node, []);
              queue.get(p.node).push(p);
            });
          });
        });
      },
      /** Wraps queued pieces until performance time `until`; true when none are left. */
      flush: function (until) {
        var it = queue.entries();
        for (var e = it.next(); !e.done; e = it.next()) {
          queue.delete(e.value[0]);
          wrapNode(e.value[0], e.value[1]);
          if (performance.now() > until) return queue.size === 0;
        }
        return true;
      },
      /** The on-screen box of a claim's first mark. */
      box: function (ranges, claim) {
        for (var i = 0; i < marks.length; i++) if (marks[i].claim === claim) return marks[i].el.getBoundingClientRect();
        return null;
      },
      select: function (ranges, claim) {
        styled.forEach(function (el) { el.style.removeProperty("outline"); });
        styled = marks.filter(function (m) { return claim && m.claim === claim; }).map(function (m) { return m.el; });
        styled.forEach(function (el) { set(el, "outline", "2px solid rgba(255, 170, 0, 0.9)"); });
      },
      reveal: function (ranges, claim, reduced) {
        var first = true;
        marks.forEach(function (m) {
          if (m.claim !== claim) return;
          if (first) scrollTo(m.el, reduced);
          first = false;
          var el = m.el;
          var before = el.style.backgroundColor;
          set(el, "background-color", "rgba(255, 170, 0, 0.85)");
          setTimeout(function () { set(el, "background-color", before); }, 1200);
        });
      },
      /** The claim id under a clicked element, if it is one of our marks. */
      claimAt: function (target) {
        var m = target && target.closest ? target.closest("mark[data-faktenlage-claim]") : null;
        return m ? m.getAttribute("data-faktenlage-claim") : null;
      },
      clear: function () {
        var parents = new Set();
        marks.forEach(function (m) {
          var el = m.el;
          var parent = el.parentNode;
          if (!parent) return;
          while (el.firstChild) parent.insertBefore(el.firstChild, el);
          el.remove();
          parents.add(parent);
        });
        // Merge the text nodes draw() split, so the DOM is as it was.
        parents.forEach(function (p) { p.normalize(); });
        marks = [];
        queue.clear();
      },
    };
  }

  return { painter: painter, supported: supported, styles: STYLES };
})();
