// Anchoring: the correspondence between an <article> element's DOM and the
// plain text the analysis reads.
//
// `extract(element)` walks the element's text nodes once and builds the
// analysed text together with a list of runs mapping text offsets (UTF-16
// code units, as the report gives them) back to (text node, offset). The
// rule, also in docs/architecture.md:
//   - block-level elements (p, h1–h6, li, figcaption, blockquote, div, …)
//     are separated by "\n\n", a <p> right after a </p> by "\n", a <br>
//     by "\n";
//   - in text nodes every run of the whitespace CSS collapses (space, tab,
//     line breaks; not NBSP) becomes one space, and whitespace at the start
//     or end of a block is dropped;
//   - src/input/html.rs follows the same rule (tests/e2e/text-rule.test.mjs);
//   - script, style, template, form controls, [hidden] and [aria-hidden]
//     content is skipped, and so is every element `options.skip(el)` names
//     (the overlay passes discovery.skip: comments, author boxes, navigation,
//     link lists and text that is not rendered).
// It also reports block hints from markup (h1 → headline, h2–h4 →
// subheading, figcaption → caption, aside → related, nav/footer → other,
// time inside a header → other), the title (first h1) and the publication
// date (first time[datetime]).
var anchoring = (function () {
  "use strict";

  var BLOCK = new Set([
    "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT",
    "FIELDSET", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1", "H2", "H3", "H4",
    "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION",
    "SUMMARY", "TABLE", "TD", "TH", "TR", "UL",
  ]);
  var SKIP = new Set([
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "BUTTON", "INPUT", "SELECT",
    "TEXTAREA", "IFRAME", "OBJECT", "SVG", "CANVAS", "FAKTENLAGE-OVERLAY", "MATH", "TITLE",
  ]);
  var HINTS = {
    H1: "headline", H2: "subheading", H3: "subheading", H4: "subheading",
    FIGCAPTION: "caption", ASIDE: "related", NAV: "other", FOOTER: "other",
  };

  function hintFor(el) {
    var tag = el.tagName;
    if (tag === "TIME" && el.parentElement && el.parentElement.closest("header")) return "other";
    return HINTS[tag] || null;
  }

  function isBlock(el) {
    return BLOCK.has(el.tagName) || (el.tagName === "TIME" && hintFor(el) !== null);
  }

  /** Reads an <article> element at once; see reader(). */
  function extract(element, options) {
    var r = reader(element, options);
    r.step(Infinity);
    return r.result();
  }

  /**
   * Reads an <article> element in steps: `step(until)` reads until done
   * (true) or a deadline (false); `result()` then gives the anchor: `{element, text, runs,
   * hints, title, published, lang}`; `runs` are `{start, len, node, offset,
   * nodeLen}`: text[start, start+len) comes from node.data[offset,
   * offset+nodeLen) (len ≠ nodeLen only for collapsed whitespace).
   */
  function reader(element, options) {
    var skip = (options && options.skip) || null;
    var text = "";
    var runs = [];
    var hints = [];
    var pendingBreak = ""; // "", "\n" or "\n\n": owed before the next visible text
    var pendingSpace = null; // {node, offset, nodeLen} of a collapsed whitespace run
    var afterParagraph = false; // the last block boundary was the end of a <p>
    var open = []; // hints whose start is not known yet

    function breakBefore(sep) {
      if (sep.length > pendingBreak.length) pendingBreak = sep;
      pendingSpace = null;
    }

    function emit(node, offset, chunk) {
      if (text.length > 0 && pendingBreak) {
        text += pendingBreak;
      } else if (text.length > 0 && pendingSpace) {
        runs.push({ start: text.length, len: 1, node: pendingSpace.node, offset: pendingSpace.offset, nodeLen: pendingSpace.nodeLen });
        text += " ";
      }
      pendingBreak = "";
      pendingSpace = null;
      afterParagraph = false;
      for (var i = 0; i < open.length; i++) {
        if (open[i].start === null) open[i].start = text.length;
      }
      runs.push({ start: text.length, len: chunk.length, node: node, offset: offset, nodeLen: chunk.length });
      text += chunk;
    }

    function textNode(node) {
      var data = node.data;
      // Only the whitespace CSS collapses (not NBSP): the same rule as src/input/html.rs.
      var re = /[ \t\n\r\f]+/g;
      var last = 0;
      var m;
      while ((m = re.exec(data)) !== null) {
        if (m.index > last) emit(node, last, data.slice(last, m.index));
        if (!pendingBreak && !pendingSpace) pendingSpace = { node: node, offset: m.index, nodeLen: m[0].length };
        last = m.index + m[0].length;
      }
      if (last < data.length) emit(node, last, data.slice(last));
    }

    /** Opens an element: separators, hint; returns its stack frame, or null when it is skipped or empty. */
    function enter(child) {
      var tag = child.tagName.toUpperCase();
      if (SKIP.has(tag) || child.hidden || child.getAttribute("aria-hidden") === "true" || (skip && skip(child))) return null;
      if (tag === "BR") {
        breakBefore("\n");
        return null;
      }
      var block = isBlock(child);
      var kind = hintFor(child);
      var hint = kind ? { kind: kind, start: null, end: null } : null;
      if (tag === "P" && afterParagraph && pendingBreak === "\n\n") pendingBreak = "\n";
      else if (block) breakBefore("\n\n");
      if (block) afterParagraph = false;
      if (hint) open.push(hint);
      return { child: child.firstChild, tag: tag, block: block, hint: hint };
    }

    function leave(frame) {
      var hint = frame.hint;
      if (hint) {
        open.splice(open.indexOf(hint), 1);
        if (hint.start !== null && text.length > hint.start) {
          hint.end = text.length;
          hints.push(hint);
        }
      }
      if (frame.block) {
        breakBefore("\n\n");
        afterParagraph = frame.tag === "P";
      }
    }

    // Depth-first walk with an explicit stack, so it can stop at a deadline
    // and go on later (a long article is read in slices between frames).
    var stack = [{ child: element.firstChild, tag: null, block: false, hint: null }];

    /** Reads until done (returns true) or until performance time `until` has passed (false). */
    function step(until) {
      var count = 0;
      while (stack.length) {
        var top = stack[stack.length - 1];
        var child = top.child;
        if (!child) {
          stack.pop();
          if (stack.length) leave(top);
          continue;
        }
        top.child = child.nextSibling;
        if (child.nodeType === 3) {
          textNode(child);
        } else if (child.nodeType === 1) {
          var frame = enter(child);
          if (frame) stack.push(frame);
        }
        if (++count % 64 === 0 && until !== Infinity && performance.now() > until) return false;
      }
      return true;
    }

    function result() {
      hints.sort(function (a, b) { return a.start - b.start; });
      var title = null;
      for (var i = 0; i < hints.length; i++) {
        if (hints[i].kind === "headline") {
          title = text.slice(hints[i].start, hints[i].end);
          break;
        }
      }
      // The first <time datetime> that is a real date (as the CLI reads it).
      var published = null;
      var times = element.querySelectorAll("time[datetime]");
      for (var t = 0; !published && t < times.length; t++) published = discovery.isoDate(times[t].getAttribute("datetime"));
      var langEl = element.closest("[lang]");
      var lang = langEl ? langEl.getAttribute("lang").slice(0, 2).toLowerCase() : null;
      if (lang !== "de" && lang !== "en") lang = null;
      return { element: element, text: text, runs: runs, hints: hints, title: title, published: published, lang: lang };
    }

    return { step: step, result: result };
  }

  /** Index of the last run starting at or before `offset` (-1 if none). */
  function runAt(runs, offset) {
    var lo = 0;
    var hi = runs.length - 1;
    var found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (runs[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** The DOM position of a text offset; offsets in separators snap forward for a start, back for an end. */
  function position(anchor, offset, isEnd) {
    var runs = anchor.runs;
    var i = runAt(runs, isEnd ? offset - 1 : offset);
    if (i < 0) i = 0;
    var r = runs[i];
    if (!r) return null;
    if (isEnd) {
      if (offset >= r.start + r.len) return { node: r.node, offset: r.offset + r.nodeLen };
      return { node: r.node, offset: r.offset + (r.len === r.nodeLen ? offset - r.start : 0) };
    }
    if (offset >= r.start + r.len) {
      r = runs[i + 1];
      if (!r) return null;
      return { node: r.node, offset: r.offset };
    }
    if (offset < r.start) return { node: r.node, offset: r.offset };
    return { node: r.node, offset: r.offset + (r.len === r.nodeLen ? offset - r.start : 0) };
  }

  /**
   * A DOM Range for text[start, end), or null when it cannot be placed;
   * with `asStatic` a StaticRange (not updated when the DOM changes, and so
   * free of the cost live ranges add to every DOM change) where there is one.
   */
  function toRange(anchor, start, end, asStatic) {
    if (!(end > start)) return null;
    var a = position(anchor, start, false);
    var b = position(anchor, end, true);
    if (!a || !b) return null;
    var win = anchor.element.ownerDocument.defaultView;
    if (asStatic && win && typeof win.StaticRange === "function") {
      if (a.node === b.node && a.offset >= b.offset) return null;
      return new win.StaticRange({ startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset });
    }
    var range = anchor.element.ownerDocument.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch (e) {
      return null;
    }
    return range.collapsed ? null : range;
  }

  /** The text offset of a DOM position inside the anchor, or -1. */
  function offsetOf(anchor, node, offset) {
    var runs = anchor.runs;
    for (var i = 0; i < runs.length; i++) {
      var r = runs[i];
      if (r.node === node && offset >= r.offset && offset <= r.offset + r.nodeLen) {
        if (offset === r.offset + r.nodeLen && i + 1 < runs.length && runs[i + 1].node === node) continue;
        return r.start + (r.len === r.nodeLen ? offset - r.offset : 0);
      }
    }
    return -1;
  }

  return { extract: extract, reader: reader, toRange: toRange, offsetOf: offsetOf };
})();
