// Sidebar: the <faktenlage-overlay> custom element. All UI lives in its
// Shadow DOM: a bar with the state, a legend with counts per verdict, the
// panel for a selected claim (who says it, how, figures, dates, verdict, and
// the evidence from the other articles), and a keyboard-reachable list of all
// claims. Styles come from a constructed stylesheet adopted by the shadow
// root (no <style> element, so the strict CSP holds); text is always set with
// textContent.
var sidebar = (function () {
  "use strict";

  var VERDICTS = [
    ["corroborated", "bestätigt durch andere Quelle"],
    ["consistent", "passt zu anderem Bericht"],
    ["single_source", "nur eine Quelle"],
    ["discrepancy", "Zahlen weichen ab"],
    ["disputed", "bestritten"],
  ];
  var VERDICT_LABEL = {};
  VERDICTS.forEach(function (v) { VERDICT_LABEL[v[0]] = v[1]; });
  var MODALITY = {
    asserted: "„Behauptung“",
    reported: "„indirekte Rede“",
    hearsay: "„Hörensagen (sollen)“",
    hedged: "„vorsichtig (offenbar)“",
    quoted: "„Zitat“",
    denied: "„Dementi“",
  };
  var SOURCE_KIND = {
    official: "Regierung/Behörde", state_media: "Staatsmedien", military: "Militär",
    intelligence: "Geheimdienst", media: "Medien", observer: "Beobachter",
    anonymous: "anonym", person: "Person", other: "sonstige Quelle",
  };
  var RELATION = {
    corroborates: "bestätigt", consistent: "passt dazu", conflicts: "widerspricht",
    disputes: "bestreitet", updates: "neuere Angabe",
  };
  var QUALIFIER = { approx: "etwa ", more_than: "mehr als ", at_least: "mindestens ", at_most: "höchstens ", less_than: "weniger als ", vague: "unbestimmt: " };

  var CSS = [
    ":host { all: initial; position: fixed; z-index: 2147483000; right: 12px; bottom: 12px; width: min(380px, calc(100vw - 24px));",
    "  max-height: calc(100vh - 24px); display: flex; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1d1d1f; }",
    ".panel { display: flex; flex-direction: column; width: 100%; background: #fff; border: 1px solid #d0d0d7; border-radius: 10px;",
    "  box-shadow: 0 6px 24px rgba(0,0,0,.16); overflow: hidden; }",
    ".bar { display: flex; align-items: center; gap: 8px; padding: 8px 10px; background: #1d2a44; color: #fff; }",
    ".logo { font-weight: 700; letter-spacing: .02em; }",
    ".status { flex: 1; font-size: 12.5px; opacity: .9; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }",
    "button { font: inherit; cursor: pointer; }",
    ".toggle { background: transparent; color: #fff; border: 1px solid rgba(255,255,255,.4); border-radius: 6px; padding: 1px 8px; }",
    ".body { overflow: auto; padding: 10px 12px 12px; }",
    ".panel.collapsed .body { display: none; }",
    ".message { margin: 0 0 8px; }",
    ".message.error { color: #a4000f; font-weight: 600; }",
    ".legend { list-style: none; margin: 0 0 8px; padding: 0; display: grid; grid-template-columns: 1fr 1fr; gap: 2px 12px; font-size: 12.5px; }",
    ".legend li { display: flex; align-items: center; gap: 6px; }",
    ".legend .n { margin-left: auto; font-variant-numeric: tabular-nums; color: #555; }",
    ".sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px; flex: none; border-bottom: 2px solid transparent; }",
    ".detail { border-top: 1px solid #e4e4ea; padding-top: 8px; margin-top: 4px; }",
    ".detail-head { display: flex; align-items: center; gap: 8px; }",
    ".detail-head h2 { font-size: 13px; margin: 0; flex: 1; text-transform: uppercase; letter-spacing: .04em; color: #555; outline: none; }",
    ".close { border: none; background: #eee; border-radius: 6px; padding: 0 8px; font-size: 16px; }",
    "blockquote { margin: 6px 0; padding: 6px 8px; border-left: 4px solid #ccc; background: #f7f7f9; }",
    "dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0; font-size: 13px; }",
    "dt { color: #555; } dd { margin: 0; }",
    "h3 { font-size: 13px; margin: 10px 0 4px; }",
    ".evidence { list-style: none; margin: 0; padding: 0; }",
    ".evidence li { border: 1px solid #e4e4ea; border-radius: 8px; padding: 6px 8px; margin: 0 0 6px; }",
    ".evidence .meta { font-size: 12px; color: #555; margin: 0; }",
    ".evidence .why { font-size: 13px; margin: 2px 0 4px; }",
    ".jump, .item { border: 1px solid #c4c8d4; background: #f3f5fa; border-radius: 6px; padding: 2px 8px; font-size: 12.5px; }",
    ".jump:hover, .item:hover { background: #e6ebf7; }",
    ":focus-visible { outline: 2px solid #2f6fed; outline-offset: 1px; }",
    "details { margin-top: 8px; } summary { cursor: pointer; font-weight: 600; }",
    ".list { list-style: none; padding: 0; margin: 6px 0 0; }",
    ".list li { margin: 0 0 3px; }",
    ".item { display: flex; gap: 6px; align-items: baseline; width: 100%; text-align: left; background: #fff; }",
    ".item .t { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }",
    ".art { font-size: 12px; color: #555; margin: 6px 0 2px; }",
    ".foot { font-size: 11.5px; color: #666; margin: 8px 0 0; }",
    "@media (max-width: 600px) { :host { right: 0; left: 0; bottom: 0; width: auto; max-height: 60vh; }",
    "  .panel { border-radius: 10px 10px 0 0; } }",
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

  function num(x) {
    return typeof x === "number" ? x.toLocaleString("de-DE") : "?";
  }

  function figure(q) {
    var v;
    if (q.value_min !== null && q.value_max !== null && q.value_min !== q.value_max) v = num(q.value_min) + "–" + num(q.value_max);
    else if (q.value_min !== null || q.value_max !== null) v = num(q.value_min !== null ? q.value_min : q.value_max);
    else v = q.text;
    return (QUALIFIER[q.qualifier] || "") + v + (q.unit ? " " + q.unit : "") + " („" + q.text + "“)";
  }

  function time(t) {
    var span = t.from && t.to ? (t.from === t.to ? t.from : t.from + " bis " + t.to) : t.from ? "ab " + t.from : t.to ? "bis " + t.to : "nicht aufgelöst";
    return span + " („" + t.text + "“)";
  }

  function defineElement() {
    if (typeof customElements === "undefined" || customElements.get("faktenlage-overlay")) return;

    class FaktenlageOverlay extends HTMLElement {
      constructor() {
        super();
        this.report = null;
        this._handlers = {};
        this._claims = new Map();
        this._articleNames = new Map();
        this._returnFocus = null;
        var root = this.attachShadow({ mode: "open" });
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
        this._status = h("span", { class: "status", text: "lädt …" });
        this._toggle = h("button", { class: "toggle", type: "button", "aria-expanded": "true", "aria-label": "Faktenlage ein- oder ausklappen", text: "–" });
        this._message = h("p", { class: "message", role: "status" });
        this._legend = h("ul", { class: "legend", "aria-label": "Legende" });
        this._detail = h("div", { class: "detail", hidden: "" });
        this._list = h("details", { class: "all" });
        this._foot = h("p", { class: "foot" });
        this._panel = h("section", { class: "panel", "aria-label": "Faktenlage: Aussagen prüfen" }, [
          h("div", { class: "bar" }, [h("span", { class: "logo", text: "Faktenlage" }), this._status, this._toggle]),
          h("div", { class: "body" }, [this._message, this._legend, this._detail, this._list, this._foot]),
        ]);
        root.appendChild(this._panel);
        var self = this;
        this._toggle.addEventListener("click", function () { self.setExpanded(self._panel.classList.contains("collapsed")); });
        this._onKey = function (e) {
          if (e.key === "Escape" && !self._detail.hidden) {
            self.closeDetail();
          }
        };
      }

      connectedCallback() {
        document.addEventListener("keydown", this._onKey);
        // Phones start with the panel folded so the article stays readable.
        if (window.matchMedia && window.matchMedia("(max-width: 600px)").matches) this.setExpanded(false);
      }

      disconnectedCallback() {
        document.removeEventListener("keydown", this._onKey);
      }

      setExpanded(open) {
        this._panel.classList.toggle("collapsed", !open);
        this._toggle.setAttribute("aria-expanded", String(open));
        this._toggle.textContent = open ? "–" : "+";
      }

      /** Handlers: {select(claimId), jump(claimId)}. */
      setHandlers(handlers) {
        this._handlers = handlers || {};
      }

      showLoading() {
        this.setAttribute("data-state", "loading");
        this._status.textContent = "analysiert …";
      }

      showError(message) {
        this.setAttribute("data-state", "error");
        this._status.textContent = "Fehler";
        this._message.className = "message error";
        this._message.textContent = "Die Analyse ist fehlgeschlagen: " + message;
        this.setExpanded(true);
      }

      showReport(report, timings) {
        var self = this;
        this.report = report;
        this._claims = new Map();
        report.claims.forEach(function (c) { self._claims.set(c.id, c); });
        report.articles.forEach(function (a, i) {
          self._articleNames.set(a.id, "Artikel " + (i + 1) + (a.title ? ": " + a.title : ""));
        });
        var n = report.claims.length;
        this._status.textContent = n + (n === 1 ? " Aussage" : " Aussagen") + " · " + report.articles.length + (report.articles.length === 1 ? " Artikel" : " Artikel");
        this._message.className = "message";
        this._message.textContent = n
          ? "Markierte Aussagen anklicken, um Quelle, Zahlen und Belege zu sehen."
          : report.articles.length ? "Keine prüfbaren Aussagen gefunden." : "Keine <article>-Elemente auf dieser Seite.";

        var counts = {};
        report.claims.forEach(function (c) { counts[c.verdict] = (counts[c.verdict] || 0) + 1; });
        this._legend.replaceChildren();
        VERDICTS.forEach(function (v) {
          self._legend.appendChild(h("li", null, [swatch(v[0]), h("span", { text: v[1] }), h("span", { class: "n", text: String(counts[v[0]] || 0) })]));
        });
        this._legend.appendChild(h("li", null, [swatch("noise"), h("span", { text: "nicht analysiert" }), h("span", { class: "n", text: String(timings.noise || 0) })]));

        var list = h("ol", { class: "list" });
        var lastArticle = null;
        report.claims.forEach(function (c) {
          if (c.article !== lastArticle) {
            lastArticle = c.article;
            list.appendChild(h("li", { class: "art", text: self._articleNames.get(c.article) || c.article }));
          }
          var button = h("button", { class: "item", type: "button", "data-claim": c.id }, [swatch(c.verdict), h("span", { class: "t", text: c.text })]);
          button.addEventListener("click", function () {
            self._returnFocus = button;
            if (self._handlers.jump) self._handlers.jump(c.id);
          });
          list.appendChild(h("li", null, [button]));
        });
        this._list.replaceChildren(h("summary", { text: "Alle Aussagen (" + n + ")" }), list);
        this._foot.textContent = "Analyse im Browser: " + timings.analyze.toFixed(1) + " ms, Darstellung: " + timings.draw.toFixed(1) + " ms. Es wird nichts gesendet.";
      }

      /** Shows the panel for one claim. */
      showClaim(id) {
        var self = this;
        var c = this._claims.get(id);
        if (!c || !this.report) return;
        var rows = [];
        var a = c.attribution;
        rows.push(["Wer sagt das?", a ? a.source + " — " + (SOURCE_KIND[a.kind] || a.kind) + (a.cue ? ", „" + a.cue + "“" : "") + (a.inherited ? " (aus dem Satz davor)" : "") : "keine Quelle genannt (der Artikel selbst)"]);
        rows.push(["Wie?", MODALITY[c.modality] || c.modality]);
        if (c.quantities.length) rows.push(["Zahlen", c.quantities.map(figure).join("; ")]);
        if (c.times.length) rows.push(["Zeit", c.times.map(time).join("; ")]);
        if (c.entities.length) {
          var names = [];
          c.entities.forEach(function (e) { if (names.indexOf(e.name) < 0) names.push(e.name); });
          rows.push(["Wer/was", names.join(", ")]);
        }
        rows.push(["Bewertung", VERDICT_LABEL[c.verdict] || c.verdict]);
        if (c.independent_sources) rows.push(["Unabhängige Quellen", String(c.independent_sources)]);
        var dl = h("dl");
        rows.forEach(function (r) {
          dl.appendChild(h("dt", { text: r[0] }));
          dl.appendChild(h("dd", { text: r[1] }));
        });

        var evidence = this._evidence(c);
        var evList = h("ul", { class: "evidence" });
        evidence.forEach(function (ev) {
          var jump = h("button", { class: "jump", type: "button", text: "Zur Stelle springen" });
          jump.addEventListener("click", function () {
            if (self._handlers.jump) self._handlers.jump(ev.claim.id);
          });
          evList.appendChild(h("li", null, [
            h("p", { class: "meta", text: (self._articleNames.get(ev.claim.article) || ev.claim.article) + (ev.relation ? " · " + (RELATION[ev.relation] || ev.relation) : "") }),
            h("blockquote", { text: ev.claim.text }),
            ev.why ? h("p", { class: "why", text: ev.why }) : null,
            jump,
          ]));
        });

        var title = h("h2", { tabindex: "-1", text: "Aussage" });
        var close = h("button", { class: "close", type: "button", "aria-label": "Schließen (Esc)", text: "×" });
        close.addEventListener("click", function () { self.closeDetail(); });
        this._detail.replaceChildren(
          h("div", { class: "detail-head" }, [swatch(c.verdict), title, close]),
          h("blockquote", { text: c.text }),
          dl,
          h("h3", { text: "Was die anderen Artikel sagen" }),
          evidence.length ? evList : h("p", { text: "Kein anderer Artikel berichtet darüber." })
        );
        this._detail.hidden = false;
        this.setAttribute("data-selected", id);
        this.setExpanded(true);
        title.focus({ preventScroll: true });
      }

      /** Linked claims with the link's explanation, then remaining evidence ids. */
      _evidence(c) {
        var self = this;
        var out = [];
        var seen = new Set();
        this.report.links.forEach(function (l) {
          var other = l.from === c.id ? l.to : l.to === c.id ? l.from : null;
          if (!other || seen.has(other) || !self._claims.has(other)) return;
          seen.add(other);
          out.push({ claim: self._claims.get(other), relation: l.relation, why: l.explanation && l.explanation.de });
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

  return { define: defineElement, verdicts: VERDICTS };
})();
