// Sidebar: the <faktenlage-overlay> custom element. All UI lives in its
// Shadow DOM: a bar with the state and previous/next claim buttons, a legend
// with counts per verdict, the card for a selected claim (who says it, how,
// figures, dates, verdict, and the evidence from the other articles), and a
// paged, keyboard-reachable list of all claims. UI strings in German and
// English (`configure({ui})`).
//
// No stylesheet of the page can move or restyle it: the element is shown in
// the top layer (Popover API) where there is one, so no transformed or
// positioned ancestor becomes its containing block; every :host rule is
// !important (inside a shadow tree that beats the page's !important rules
// for the host); `all: initial` stops inherited fonts and colours at the
// host. Styles come from a constructed stylesheet adopted by the shadow
// root (no <style> element, so the strict CSP holds); text is always set
// with textContent. Dark mode follows prefers-color-scheme unless
// `theme` says otherwise; the panel is hidden in print.
//
// Failure modes: without the Popover API the host is fixed-positioned from
// <html> (the overlay puts it there), which a transform on <html> itself
// would still move; without constructable stylesheets (very old browsers)
// the panel is unstyled but works.
var sidebar = (function () {
  "use strict";

  var VERDICT_ORDER = ["corroborated", "relayed", "consistent", "single_source", "discrepancy", "disputed"];
  var STRINGS = {
    de: {
      verdict: { corroborated: "bestätigt durch andere Quelle", relayed: "eine Quelle, mehrfach berichtet", consistent: "passt zu anderem Bericht", single_source: "nur eine Quelle", discrepancy: "Zahlen weichen ab", disputed: "bestritten", noise: "nicht analysiert" },
      modality: { asserted: "Behauptung", reported: "indirekte Rede", hearsay: "Hörensagen (sollen)", hedged: "vorsichtig (offenbar)", quoted: "Zitat", denied: "Dementi" },
      kind: { official: "Regierung/Behörde", state_media: "Staatsmedien", military: "Militär", intelligence: "Geheimdienst", media: "Medien", observer: "Beobachter", anonymous: "anonym", person: "Person", other: "sonstige Quelle" },
      relation: { corroborates: "bestätigt", relays: "gleiche Aussage, gleiche Quelle", consistent: "passt dazu", conflicts: "widerspricht", disputes: "bestreitet", updates: "neuere Angabe" },
      qualifier: { approx: "etwa ", more_than: "mehr als ", at_least: "mindestens ", at_most: "höchstens ", less_than: "weniger als ", vague: "unbestimmt: " },
      locale: "de-DE", loading: "lädt …", analysing: "analysiert …", error: "Fehler", failed: "Die Analyse ist fehlgeschlagen: ",
      claims: function (n) { return n + (n === 1 ? " Aussage" : " Aussagen"); }, articles: function (n) { return n + " Artikel"; },
      hint: "Markierte Aussagen anklicken oder mit Alt+↓/Alt+↑ durchgehen, um Quelle, Zahlen und Belege zu sehen.",
      none: "Keine prüfbaren Aussagen gefunden.", noArticles: "Kein Artikel auf dieser Seite gefunden.",
      panel: "Faktenlage: Aussagen prüfen", toggle: "Faktenlage ein- oder ausklappen", legend: "Legende",
      prev: "Vorherige Aussage (Alt+↑)", next: "Nächste Aussage (Alt+↓)", claim: "Aussage", of: " von ",
      who: "Wer sagt das?", how: "Wie?", figures: "Zahlen", time: "Zeit", entities: "Wer/was", verdictRow: "Bewertung", sources: "Herkunft", oneSource: "1 Quelle", manySources: " unabhängige Quellen",
      noSource: "keine Quelle genannt (der Artikel selbst)", inherited: " (aus dem Satz davor)", unresolved: "nicht aufgelöst", to: " bis ", from: "ab ", until: "bis ",
      others: "Was die anderen Artikel sagen", noOthers: "Kein anderer Artikel berichtet darüber.", jump: "Zur Stelle springen", close: "Schließen (Esc)",
      all: "Alle Aussagen", more: "Weitere anzeigen", article: "Artikel ",
      foot: function (a, d) { return "Analyse im Browser: " + a + " ms, Darstellung: " + d + " ms. Es wird nichts gesendet."; },
    },
    en: {
      verdict: { corroborated: "confirmed by another source", relayed: "one source, several reports", consistent: "consistent with another report", single_source: "single source", discrepancy: "figures differ", disputed: "disputed", noise: "not analysed" },
      modality: { asserted: "assertion", reported: "reported speech", hearsay: "hearsay", hedged: "hedged", quoted: "quote", denied: "denial" },
      kind: { official: "government/authority", state_media: "state media", military: "military", intelligence: "intelligence", media: "media", observer: "observer", anonymous: "anonymous", person: "person", other: "other source" },
      relation: { corroborates: "confirms", relays: "same statement, same source", consistent: "consistent", conflicts: "contradicts", disputes: "disputes", updates: "newer figure" },
      qualifier: { approx: "about ", more_than: "more than ", at_least: "at least ", at_most: "at most ", less_than: "less than ", vague: "vague: " },
      locale: "en-GB", loading: "loading …", analysing: "analysing …", error: "Error", failed: "The analysis failed: ",
      claims: function (n) { return n + (n === 1 ? " claim" : " claims"); }, articles: function (n) { return n + (n === 1 ? " article" : " articles"); },
      hint: "Click a marked claim, or step through them with Alt+↓/Alt+↑, to see its source, figures and evidence.",
      none: "No checkable claims found.", noArticles: "No article found on this page.",
      panel: "Faktenlage: check the claims", toggle: "Expand or collapse Faktenlage", legend: "Legend",
      prev: "Previous claim (Alt+↑)", next: "Next claim (Alt+↓)", claim: "Claim", of: " of ",
      who: "Who says it?", how: "How?", figures: "Figures", time: "Time", entities: "Who/what", verdictRow: "Verdict", sources: "Origin", oneSource: "1 source", manySources: " independent sources",
      noSource: "no source named (the article itself)", inherited: " (from the sentence before)", unresolved: "unresolved", to: " to ", from: "from ", until: "until ",
      others: "What the other articles say", noOthers: "No other article reports it.", jump: "Go to the passage", close: "Close (Esc)",
      all: "All claims", more: "Show more", article: "Article ",
      foot: function (a, d) { return "Analysed in the browser: " + a + " ms, drawn: " + d + " ms. Nothing is sent."; },
    },
  };
  var PAGE = 100; // list items rendered per "show more"
  var DARK = "--fg: #ececf0; --muted: #b4b7c0; --bg: #1f2026; --line: #3d3f48; --soft: #2b2d35; --quote: #272930; --accent: #0f1626; --focus: #8ab4ff; --err: #ff9c9c; color-scheme: dark !important;";

  var CSS = [
    // The host: !important so that page rules for the element (even `* { all: revert }`) lose.
    ":host { all: initial !important; position: fixed !important; z-index: 2147483000 !important; inset: auto 12px 12px auto !important;",
    "  margin: 0 !important; padding: 0 !important; border: 0 !important; background: transparent !important; overflow: visible !important;",
    "  width: min(380px, calc(100vw - 24px)) !important; height: auto !important; max-height: calc(100vh - 24px) !important; max-width: none !important;",
    "  display: flex !important; visibility: visible !important; opacity: 1 !important; transform: none !important; contain: layout style !important;",
    "  font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif !important; color: var(--fg) !important; text-align: left !important;",
    "  --fg: #1d1d1f; --muted: #4f5159; --bg: #fff; --line: #d0d0d7; --soft: #f3f5fa; --quote: #f7f7f9; --accent: #1d2a44; --focus: #2f6fed; --err: #a4000f; color-scheme: light !important; }",
    ":host([data-theme=dark]) { " + DARK + " }",
    "@media (prefers-color-scheme: dark) { :host(:not([data-theme=light])) { " + DARK + " } }",
    "@media print { :host { display: none !important; } }",
    "*, *::before, *::after { box-sizing: border-box; }",
    "[hidden] { display: none !important; }",
    ".panel { display: flex; flex-direction: column; width: 100%; max-height: inherit; background: var(--bg); color: var(--fg); border: 1px solid var(--line); border-radius: 10px;",
    "  box-shadow: 0 6px 24px rgba(0,0,0,.16); overflow: hidden; }",
    ".bar { display: flex; align-items: center; gap: 6px; padding: 8px 10px; background: var(--accent); color: #fff; }",
    ".logo { font-weight: 700; letter-spacing: .02em; }",
    ".status { flex: 1; font-size: 12.5px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }",
    "button { font: inherit; color: inherit; cursor: pointer; margin: 0; text-transform: none; }",
    ".bar button { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.5); border-radius: 6px; padding: 1px 8px; min-width: 28px; }",
    ".body { overflow: auto; padding: 10px 12px 12px; }",
    ".panel.collapsed .body { display: none; }",
    ".message, .live { margin: 0 0 8px; }",
    // The live region is for screen readers; sighted readers see the same in the .current button.
    ".live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }",
    ".message.error { color: var(--err); font-weight: 600; }",
    ".legend { list-style: none; margin: 0 0 8px; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 12px; font-size: 12.5px; }",
    ".legend li { display: flex; align-items: center; gap: 6px; }",
    ".n { margin-left: auto; font-variant-numeric: tabular-nums; color: var(--muted); }",
    ".sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px; flex: none; border-bottom: 2px solid transparent; }",
    ".current { display: block; width: 100%; text-align: left; margin: 0 0 8px; padding: 6px 8px; border: 1px solid var(--line); border-radius: 8px; background: var(--soft); }",
    ".detail { border-top: 1px solid var(--line); padding-top: 8px; margin-top: 4px; }",
    ".detail-head { display: flex; align-items: center; gap: 8px; }",
    ".detail-head h2 { font-size: 13px; margin: 0; flex: 1; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); outline: none; }",
    ".close { border: none; background: var(--soft); border-radius: 6px; padding: 0 8px; font-size: 16px; }",
    "blockquote { margin: 6px 0; padding: 6px 8px; border-left: 4px solid var(--line); background: var(--quote); }",
    "dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0; font-size: 13px; }",
    "dt { color: var(--muted); } dd { margin: 0; }",
    "h3 { font-size: 13px; margin: 10px 0 4px; }",
    "ul, ol { list-style: none; margin: 0; padding: 0; }",
    ".evidence li { border: 1px solid var(--line); border-radius: 8px; padding: 6px 8px; margin: 0 0 6px; }",
    ".meta { font-size: 12px; color: var(--muted); margin: 0; }",
    ".why { font-size: 13px; margin: 2px 0 4px; }",
    ".jump, .item, .more { border: 1px solid var(--line); background: var(--soft); border-radius: 6px; padding: 2px 8px; font-size: 12.5px; }",
    ":focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }",
    "details { margin-top: 8px; } summary { cursor: pointer; font-weight: 600; }",
    ".list { margin: 6px 0 0; }",
    ".list li { margin: 0 0 3px; }",
    ".item { display: flex; gap: 6px; align-items: baseline; width: 100%; text-align: left; background: var(--bg); }",
    ".item .t { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }",
    ".v { flex: none; font-size: 11.5px; color: var(--muted); }",
    ".art { font-size: 12px; color: var(--muted); margin: 6px 0 2px; }",
    ".foot { font-size: 11.5px; color: var(--muted); margin: 8px 0 0; }",
    // Phones: a bottom sheet, at most 45% of the screen; the overlay scrolls the tapped claim above it.
    "@media (max-width: 700px) { :host { inset: auto 0 0 0 !important; width: auto !important; max-height: 45vh !important; }",
    "  .panel { border-radius: 10px 10px 0 0; } }",
    "@media (prefers-reduced-motion: reduce) { * { transition: none !important; animation: none !important; scroll-behavior: auto !important; } }",
  ].join("\n");

  /** Creates an element with attributes and children (strings become text). */
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        if (k === "text") el.textContent = attrs[k];
        else if (k === "class") el.className = attrs[k];
        else if (attrs[k] !== null && attrs[k] !== undefined) el.setAttribute(k, attrs[k]);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      el.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return el;
  }

  function swatch(name) {
    var s = h("span", { class: "sw", "aria-hidden": "true" });
    var st = highlighting.styles[name];
    s.style.background = st[0];
    if (st[1]) s.style.borderBottomColor = st[1];
    return s;
  }

  /** Whether the element can be shown in the top layer (Popover API). */
  function topLayer(el) {
    return typeof el.showPopover === "function";
  }

  function defineElement() {
    if (typeof customElements === "undefined" || customElements.get("faktenlage-overlay")) return;

    class FaktenlageOverlay extends HTMLElement {
      constructor() {
        super();
        this.report = null;
        this._t = STRINGS.de;
        this._handlers = {};
        this._claims = new Map();
        this._articleNames = new Map();
        this._returnFocus = null;
        var root = this.attachShadow({ mode: "open" });
        if (typeof CSSStyleSheet === "function" && "adoptedStyleSheets" in root) {
          var sheet = new CSSStyleSheet();
          sheet.replaceSync(CSS);
          root.adoptedStyleSheets = [sheet];
        }
        this._status = h("span", { class: "status" });
        this._prev = h("button", { type: "button", text: "‹" });
        this._next = h("button", { type: "button", text: "›" });
        this._toggle = h("button", { type: "button", "aria-expanded": "true", text: "–" });
        this._message = h("p", { class: "message" });
        this._live = h("p", { class: "live", role: "status", "aria-live": "polite" });
        this._current = h("button", { class: "current", type: "button", hidden: "" });
        this._legend = h("ul", { class: "legend" });
        this._detail = h("div", { class: "detail", role: "region", hidden: "" });
        this._list = h("details", { class: "all" });
        this._foot = h("p", { class: "foot" });
        this._panel = h("section", { class: "panel" }, [
          h("div", { class: "bar" }, [h("span", { class: "logo", text: "Faktenlage" }), this._status, this._prev, this._next, this._toggle]),
          h("div", { class: "body" }, [this._live, this._message, this._current, this._legend, this._detail, this._list, this._foot]),
        ]);
        root.appendChild(this._panel);
        var self = this;
        this._toggle.addEventListener("click", function () { self.setExpanded(self._panel.classList.contains("collapsed")); });
        this._prev.addEventListener("click", function () { if (self._handlers.step) self._handlers.step(-1); });
        this._next.addEventListener("click", function () { if (self._handlers.step) self._handlers.step(1); });
        this._current.addEventListener("click", function () {
          var id = self._current.getAttribute("data-claim");
          self._returnFocus = self._current;
          if (id && self._handlers.open) self._handlers.open(id);
        });
        // Escape closes the card only when the reader is in the overlay, not
        // while typing in the page's own fields.
        this._onKey = function (e) {
          if (e.key === "Escape" && !self._detail.hidden && document.activeElement === self) self.closeDetail();
        };
        this.configure({});
      }

      connectedCallback() {
        document.addEventListener("keydown", this._onKey);
        if (topLayer(this)) {
          if (!this.hasAttribute("popover")) this.setAttribute("popover", "manual");
          try {
            this.showPopover();
          } catch (e) {
            // already open, or not allowed here: stays a fixed element
          }
        }
        // Phones start with the panel folded so the article stays readable.
        if (window.matchMedia && window.matchMedia("(max-width: 700px)").matches) this.setExpanded(false);
      }

      disconnectedCallback() {
        document.removeEventListener("keydown", this._onKey);
      }

      /** {ui: "de" | "en", theme: "auto" | "light" | "dark"} */
      configure(opts) {
        this._t = STRINGS[opts.ui] || STRINGS.de;
        if (opts.theme === "dark" || opts.theme === "light") this.setAttribute("data-theme", opts.theme);
        else this.removeAttribute("data-theme");
        var t = this._t;
        this._panel.setAttribute("aria-label", t.panel);
        this._toggle.setAttribute("aria-label", t.toggle);
        this._prev.setAttribute("aria-label", t.prev);
        this._next.setAttribute("aria-label", t.next);
        this._legend.setAttribute("aria-label", t.legend);
        this._status.textContent = t.loading;
      }

      /** Back to the empty state (unmount of an element the page owns). */
      reset() {
        this.report = null;
        this._handlers = {};
        this._detail.hidden = true;
        this._detail.replaceChildren();
        this._legend.replaceChildren();
        this._list.replaceChildren();
        this._current.hidden = true;
        ["data-state", "data-claims", "data-analyze-ms", "data-draw-ms", "data-analysis", "data-highlighting", "data-selected", "data-theme"].forEach(function (a) { this.removeAttribute(a); }, this);
      }

      setExpanded(open) {
        this._panel.classList.toggle("collapsed", !open);
        this._toggle.setAttribute("aria-expanded", String(open));
        this._toggle.textContent = open ? "–" : "+";
      }

      /** The panel's box on screen (for keeping the selected claim uncovered). */
      panelRect() {
        return this._panel.getBoundingClientRect();
      }

      claim(id) {
        return this._claims.get(id) || null;
      }

      showLoading() {
        this.setAttribute("data-state", "loading");
        this._status.textContent = this._t.analysing;
      }

      showError(message) {
        this.setAttribute("data-state", "error");
        this._status.textContent = this._t.error;
        this._message.className = "message error";
        this._message.textContent = this._t.failed + message;
        this._live.textContent = this._message.textContent;
        this.setExpanded(true);
      }

      _verdictWords(v) {
        return this._t.verdict[v] || v;
      }

      /** Shows a report; opts: {analyze, draw, noise} timings and handlers {jump, open, step, close}. */
      showReport(report, opts) {
        var self = this;
        var t = this._t;
        this.report = report;
        this._handlers = opts;
        this._claims = new Map();
        report.claims.forEach(function (c) { self._claims.set(c.id, c); });
        this._articleNames = new Map();
        report.articles.forEach(function (a, i) {
          self._articleNames.set(a.id, t.article + (i + 1) + (a.title ? ": " + a.title : ""));
        });
        var n = report.claims.length;
        this._status.textContent = t.claims(n) + " · " + t.articles(report.articles.length);
        this._message.className = "message";
        this._message.textContent = n ? t.hint : report.articles.length ? t.none : t.noArticles;
        this._current.hidden = true;

        var counts = { noise: opts.noise || 0 };
        report.claims.forEach(function (c) { counts[c.verdict] = (counts[c.verdict] || 0) + 1; });
        this._legend.replaceChildren();
        VERDICT_ORDER.concat(["noise"]).forEach(function (v) {
          self._legend.appendChild(h("li", null, [swatch(v), h("span", { text: self._verdictWords(v) }), h("span", { class: "n", text: String(counts[v] || 0) })]));
        });
        // The list is built a page at a time (a long article has thousands of claims).
        this._shown = 0;
        this._listEl = h("ol", { class: "list" });
        this._more = h("button", { class: "more", type: "button", text: t.more });
        this._more.addEventListener("click", function () { self._renderList(); });
        this._list.replaceChildren(h("summary", { text: t.all + " (" + n + ")" }), this._listEl);
        this._renderList();
        this._foot.textContent = t.foot(opts.analyze.toFixed(1), opts.draw.toFixed(1));
      }

      _renderList() {
        var self = this;
        var claims = this.report ? this.report.claims : [];
        var end = Math.min(claims.length, this._shown + PAGE);
        if (this._shown >= end) return;
        var last = this._shown ? claims[this._shown - 1].article : null;
        for (var i = this._shown; i < end; i++) {
          var c = claims[i];
          if (c.article !== last) {
            last = c.article;
            this._listEl.appendChild(h("li", { class: "art", text: this._articleNames.get(c.article) || c.article }));
          }
          this._listEl.appendChild(h("li", null, [this._itemButton(c)]));
        }
        this._shown = end;
        this._more.remove();
        if (end < claims.length) this._list.appendChild(this._more);
      }

      _itemButton(c) {
        var self = this;
        var button = h("button", { class: "item", type: "button", "data-claim": c.id }, [
          swatch(c.verdict), h("span", { class: "v", text: this._verdictWords(c.verdict) + ":" }), h("span", { class: "t", text: c.text }),
        ]);
        button.addEventListener("click", function () {
          self._returnFocus = button;
          if (self._handlers.jump) self._handlers.jump(c.id);
        });
        return button;
      }

      /** Keyboard cursor on claim `index` of `total`: announced, and focused so Enter opens it. */
      pointAt(id, index, total) {
        var c = this._claims.get(id);
        if (!c) return;
        var text = this._t.claim + " " + (index + 1) + this._t.of + total + " · " + this._verdictWords(c.verdict) + ": " + c.text;
        this._current.textContent = text;
        this._current.setAttribute("data-claim", id);
        this._current.hidden = false;
        this._live.textContent = text;
        this.setExpanded(true);
        this._current.focus({ preventScroll: true });
      }

      _figure(q) {
        var t = this._t;
        var num = function (x) { return typeof x === "number" ? x.toLocaleString(t.locale) : "?"; };
        var v;
        // A vague figure (`Tausende`) stands for no bounds a reader would
        // recognise: it is shown as written.
        if (q.qualifier === "vague") return t.qualifier.vague + "„" + q.text + "“";
        if (q.value_min !== null && q.value_max !== null && q.value_min !== q.value_max) v = num(q.value_min) + "–" + num(q.value_max);
        else if (q.value_min !== null || q.value_max !== null) v = num(q.value_min !== null ? q.value_min : q.value_max);
        else v = q.text;
        return (t.qualifier[q.qualifier] || "") + v + (q.unit ? " " + q.unit : "") + " („" + q.text + "“)";
      }

      _time(x) {
        var t = this._t;
        var span = x.from && x.to ? (x.from === x.to ? x.from : x.from + t.to + x.to) : x.from ? t.from + x.from : x.to ? t.until + x.to : t.unresolved;
        return span + " („" + x.text + "“)";
      }

      /**
       * Shows the card for one claim and moves the focus into it (so Escape
       * closes it); closing returns the focus to where it was.
       */
      showClaim(id) {
        var self = this;
        var t = this._t;
        var c = this._claims.get(id);
        if (!c || !this.report) return;
        if (!this._returnFocus) {
          var active = this.shadowRoot.activeElement;
          this._returnFocus = active && !this._detail.contains(active) ? active : document.activeElement !== this ? document.activeElement : null;
        }
        var rows = [];
        var a = c.attribution;
        rows.push([t.who, a ? a.source + " — " + (t.kind[a.kind] || a.kind) + (a.cue ? ", „" + a.cue + "“" : "") + (a.inherited ? t.inherited : "") : t.noSource]);
        rows.push([t.how, t.modality[c.modality] || c.modality]);
        if (c.quantities.length) rows.push([t.figures, c.quantities.map(this._figure, this).join("; ")]);
        if (c.times.length) rows.push([t.time, c.times.map(this._time, this).join("; ")]);
        if (c.entities.length) {
          var names = [];
          c.entities.forEach(function (e) { if (names.indexOf(e.name) < 0) names.push(e.name); });
          rows.push([t.entities, names.join(", ")]);
        }
        rows.push([t.verdictRow, this._verdictWords(c.verdict)]);
        // Who stands behind it, by origin party ("Herkunft: 2 unabhängige
        // Quellen: …"; the label does not repeat the note's own words), or
        // the bare count where no party is known.
        var note = c.sources_note && (c.sources_note[this._t === STRINGS.en ? "en" : "de"] || "");
        if (note) rows.push([t.sources, note]);
        else if (c.independent_sources) {
          var n = c.independent_sources;
          rows.push([t.sources, n === 1 ? t.oneSource : n + t.manySources]);
        }
        var dl = h("dl");
        rows.forEach(function (r) {
          dl.appendChild(h("dt", { text: r[0] }));
          dl.appendChild(h("dd", { text: r[1] }));
        });

        var evidence = this._evidence(c);
        var evList = h("ul", { class: "evidence" });
        evidence.forEach(function (ev) {
          var jump = h("button", { class: "jump", type: "button", text: t.jump });
          jump.addEventListener("click", function () {
            if (self._handlers.jump) self._handlers.jump(ev.claim.id);
          });
          evList.appendChild(h("li", null, [
            h("p", { class: "meta", text: (self._articleNames.get(ev.claim.article) || ev.claim.article) + (ev.relation ? " · " + (t.relation[ev.relation] || ev.relation) : "") }),
            h("blockquote", { text: ev.claim.text }),
            ev.why ? h("p", { class: "why", text: ev.why }) : null,
            jump,
          ]));
        });

        var title = h("h2", { tabindex: "-1", id: "faktenlage-card", text: t.claim + " · " + this._verdictWords(c.verdict) });
        var close = h("button", { class: "close", type: "button", "aria-label": t.close, text: "×" });
        close.addEventListener("click", function () { self.closeDetail(); });
        this._detail.setAttribute("aria-labelledby", "faktenlage-card");
        this._detail.replaceChildren(
          h("div", { class: "detail-head" }, [swatch(c.verdict), title, close]),
          h("blockquote", { text: c.text }),
          dl,
          h("h3", { text: t.others }),
          evidence.length ? evList : h("p", { text: t.noOthers })
        );
        this._detail.hidden = false;
        this.setAttribute("data-selected", id);
        this.setExpanded(true);
        // Bring the card into view inside the panel (at high zoom the panel scrolls).
        if (this._detail.scrollIntoView) this._detail.scrollIntoView({ block: "nearest" });
        title.focus({ preventScroll: true });
      }

      /** Linked claims with the link's explanation (in the UI language), then remaining evidence ids. */
      _evidence(c) {
        var self = this;
        var lang = this._t === STRINGS.en ? "en" : "de";
        var out = [];
        var seen = new Set();
        this.report.links.forEach(function (l) {
          var other = l.from === c.id ? l.to : l.to === c.id ? l.from : null;
          if (!other || seen.has(other) || !self._claims.has(other)) return;
          seen.add(other);
          // The same statement from the same party repeats it; it does not confirm it.
          var relation = l.relation === "corroborates" && (l.same_source || c.verdict === "relayed") ? "relays" : l.relation;
          out.push({ claim: self._claims.get(other), relation: relation, why: l.explanation && (l.explanation[lang] || l.explanation.de) });
        });
        (c.evidence || []).forEach(function (id) {
          if (seen.has(id) || !self._claims.has(id)) return;
          seen.add(id);
          out.push({ claim: self._claims.get(id), relation: null, why: null });
        });
        return out;
      }

      closeDetail() {
        this._detail.hidden = true;
        this._detail.replaceChildren();
        this.removeAttribute("data-selected");
        if (this._handlers.close) this._handlers.close();
        if (this._returnFocus && this._returnFocus.isConnected) this._returnFocus.focus();
        this._returnFocus = null;
      }
    }

    customElements.define("faktenlage-overlay", FaktenlageOverlay);
  }

  return { define: defineElement, topLayer: topLayer, strings: STRINGS };
})();
