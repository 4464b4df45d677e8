// Discovery: which elements of a page are the articles the reader is reading,
// and which parts of them are not article prose.
//
// `find(root, selector)` returns the article elements, in document order,
// none inside another. With a selector (the embedder's `articles` option) it
// takes exactly what the selector matches. Otherwise the first rule that
// finds something wins:
//   1. explicit markup: [data-faktenlage-article], [itemprop="articleBody"]
//      (its enclosing item, so the headline comes along);
//   2. <article> elements in <main> (or [role=main]) that have an <h1>;
//   3. the <article> whose <h1> is the JSON-LD NewsArticle/Article headline;
//   4. <article> elements with an <h1> (teaser cards have h2/h3 at most);
//   5. <article> elements that read as prose (scored below), not teasers;
//   6. no <article> at all: the element holding most paragraph text
//      (a small cousin of Readability's scoring).
// Articles inside comments, navigation, asides, footers, or not rendered are
// never candidates.
//
// `skip(el)` says whether an element inside an article is page furniture the
// analysis must not read: comments, author boxes, navigation, share bars,
// link lists ("Weitere Artikel": mostly link text), and text that is not
// rendered (display:none, visibility:hidden, visually-hidden 1px boxes).
//
// `published(root)` is the page's publication date (JSON-LD datePublished,
// else a date meta tag): a page with one article takes it before the
// article's <time datetime>, a page with several after each one's own.
//
// Failure modes: a page whose main article is none of the above and shorter
// than the prose threshold yields no article (the overlay then says so);
// class-name heuristics (comment, author, teaser) can leave out a real block
// that happens to be named like furniture — embedders fix both with the
// selector option or data-faktenlage-article / data-faktenlage-ignore.
var discovery = (function () {
  "use strict";

  /** Never article prose, whatever they hold. */
  var FURNITURE = [
    "[data-faktenlage-ignore]", "nav", "[role=navigation]", "[role=complementary]", "[role=contentinfo]",
    "[itemtype*=Comment]", "[itemprop=comment]", "#comments", "[id^=comment]", "[class*=comments]",
    "[class*=kommentar]", "[itemprop=author]", "[rel=author]", "dialog",
  ].join(",");
  /**
   * Named like furniture: a box only while it holds little prose, since a
   * site may also call the container of the whole body "share-scope" or
   * "teaser-wrapper".
   */
  var NAMED = [
    "[class*=author-box]", "[class*=authorbox]", "[class*=author-info]", "[class*=share]", "[class*=teaser]",
    "[class*=related]", "[class*=newsletter]", "[class*=cookie]",
  ].join(",");
  /** Elements that can be a box of links; paragraphs are prose even when linked. */
  var LINK_BOX = new Set(["UL", "OL", "SECTION", "DIV", "ASIDE", "FOOTER", "DL", "TABLE"]);
  var MIN_PROSE = 400; // characters of paragraph text an unmarked <article> needs

  /** Whether the element is rendered (checkVisibility where there is one). */
  function rendered(el) {
    if (el.checkVisibility) {
      if (!el.checkVisibility({ visibilityProperty: true })) {
        // display: contents has no box of its own but its children do.
        var view = el.ownerDocument.defaultView;
        return !!view && view.getComputedStyle(el).display === "contents";
      }
    } else if (!el.getClientRects().length) {
      return false;
    }
    // Visually hidden (the sr-only pattern): a 1px clipped box.
    return !(el.offsetWidth <= 1 && el.offsetHeight <= 1 && el.firstChild && el.tagName !== "BR");
  }

  function linkDensity(el) {
    var all = el.textContent.replace(/\s+/g, "").length;
    if (!all) return 0;
    var linked = 0;
    Array.prototype.forEach.call(el.querySelectorAll("a"), function (a) {
      linked += a.textContent.replace(/\s+/g, "").length;
    });
    return linked / all;
  }

  function furniture(el) {
    return el.matches(FURNITURE) || (el.matches(NAMED) && proseScore(el) < MIN_PROSE);
  }

  /** Whether an ancestor of `el` is furniture or page chrome (aside, header, footer). */
  function insideFurniture(el) {
    for (var a = el.parentElement; a; a = a.parentElement) {
      if (a.matches("aside, footer, header") || furniture(a)) return true;
    }
    return false;
  }

  /** Page furniture inside an article (see the module comment). */
  function skip(el) {
    if (furniture(el)) return true;
    if (!rendered(el)) return true;
    if (LINK_BOX.has(el.tagName) && el.querySelector("a") && linkDensity(el) > 0.5) return true;
    return false;
  }

  /** Characters of paragraph text, not counting links and furniture. */
  function proseScore(el) {
    var n = 0;
    Array.prototype.forEach.call(el.querySelectorAll("p"), function (p) {
      if (p.closest(FURNITURE)) return;
      var len = p.textContent.replace(/\s+/g, " ").trim().length;
      if (len >= 25) n += len;
    });
    return n * (1 - linkDensity(el));
  }

  /** Drops elements inside another of the list; keeps document order. */
  function outermost(list) {
    var els = Array.prototype.slice.call(list);
    return els.filter(function (el) {
      return !els.some(function (other) { return other !== el && other.contains(el); });
    });
  }

  function scope(root) {
    return root && root.querySelectorAll ? root : document;
  }

  /**
   * Headlines and the first publication date (YYYY-MM-DD) of JSON-LD
   * NewsArticle/Article items on the page; unparsable blocks are ignored.
   */
  function jsonLd(root) {
    var out = { headlines: [], published: null };
    Array.prototype.forEach.call(scope(root).querySelectorAll('script[type="application/ld+json"]'), function (s) {
      var data;
      try {
        data = JSON.parse(s.textContent);
      } catch (e) {
        return;
      }
      (function visit(d) {
        if (!d || typeof d !== "object") return;
        if (Array.isArray(d)) return d.forEach(visit);
        if (d["@graph"]) visit(d["@graph"]);
        // Any type ending in `Article` (NewsArticle, ReportageNewsArticle, …), as in the CLI.
        var article = [].concat(d["@type"] || []).some(function (t) { return typeof t === "string" && /Article$/.test(t); });
        if (!article) return;
        if (typeof d.headline === "string") out.headlines.push(d.headline.trim());
        if (!out.published && typeof d.datePublished === "string") out.published = isoDate(d.datePublished);
      })(data);
    });
    return out;
  }

  function headlineOf(el) {
    var h1 = el.querySelector("h1");
    return h1 ? h1.textContent.replace(/\s+/g, " ").trim() : "";
  }

  /** The article elements to analyse (see the module comment). */
  function find(root, selector) {
    var base = scope(root);
    if (selector) {
      var chosen = typeof selector === "string" ? base.querySelectorAll(selector) : selector;
      return outermost(chosen);
    }
    var explicit = base.querySelectorAll("[data-faktenlage-article]");
    if (explicit.length) return outermost(explicit);
    var bodies = base.querySelectorAll('[itemprop="articleBody"]');
    if (bodies.length) {
      return outermost(Array.prototype.map.call(bodies, function (b) {
        var item = b.parentElement && b.parentElement.closest("[itemscope]");
        return item && item !== document.body && item !== document.documentElement ? item : b;
      }));
    }

    var candidates = outermost(Array.prototype.filter.call(base.querySelectorAll("article"), function (a) {
      return !insideFurniture(a) && !furniture(a) && rendered(a);
    }));
    var inMain = candidates.filter(function (a) { return a.closest("main, [role=main]") && a.querySelector("h1"); });
    if (inMain.length) return inMain;
    var headlines = jsonLd(base).headlines;
    var named = candidates.filter(function (a) { return headlines.indexOf(headlineOf(a)) >= 0; });
    if (named.length) return named;
    var headed = candidates.filter(function (a) { return a.querySelector("h1"); });
    if (headed.length) return headed;
    var prose = candidates.filter(function (a) { return proseScore(a) >= MIN_PROSE; });
    if (prose.length || candidates.length) return prose;

    // No <article>: the parent of most paragraph text.
    var best = null;
    var bestScore = MIN_PROSE - 1;
    var seen = new Set();
    Array.prototype.forEach.call(base.querySelectorAll("p"), function (p) {
      var parent = p.parentElement;
      if (!parent || seen.has(parent) || parent.closest(FURNITURE)) return;
      seen.add(parent);
      var score = proseScore(parent);
      if (score > bestScore) {
        best = parent;
        bestScore = score;
      }
    });
    return best ? [best] : [];
  }

  /**
   * `s` as a publication date `YYYY-MM-DD`, or null: a real calendar date,
   * alone or starting an ISO timestamp (`…T08:00:00+02:00`, or a space
   * before the time), as the core's `Date::parse_iso` reads it. A page's
   * broken `<time datetime>` or JSON-LD date is left out like this (the
   * article is analysed undated, as the CLI's HTML reader does), where a
   * date the embedding page passes itself (`data-published`) is refused
   * with the core's message.
   */
  function isoDate(s) {
    var m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[Tt ])/.exec(String(s).trim());
    if (!m) return null;
    var y = +m[1], month = +m[2], day = +m[3];
    var leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    var days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return days && day >= 1 && day <= days ? m[1] + "-" + m[2] + "-" + m[3] : null;
  }

  /** Meta tags that carry a page's publication date, as the CLI reads them. */
  var DATE_META = ["article:published_time", "datePublished", "date"];

  /**
   * The page's own publication date, or null: the first real date of a
   * JSON-LD Article item's `datePublished`, else of a `meta` whose
   * `property` (else `name`) is one of DATE_META. These say *published*;
   * an article's `<time datetime>` may mark an update or a date in the text,
   * so a page with one article takes this first (the CLI's HTML reader does
   * the same), a page with several takes each article's own time first.
   */
  function published(root) {
    var base = scope(root);
    var date = jsonLd(base).published;
    var metas = base.querySelectorAll("meta[content]");
    for (var i = 0; !date && i < metas.length; i++) {
      var m = metas[i];
      var key = m.hasAttribute("property") ? m.getAttribute("property").trim() : (m.getAttribute("name") || "").trim();
      if (DATE_META.indexOf(key) >= 0) date = isoDate(m.getAttribute("content"));
    }
    return date;
  }

  return { find: find, skip: skip, rendered: rendered, published: published, isoDate: isoDate };
})();
