// The JS half of the wasm boundary: one call, strings both ways.
//
// The core (src/wasm.rs) takes the articles and options in a flat form
// (src/input/wire.rs: counts, and fields with their length in UTF-16 code
// units) and answers with the report as JSON text, or with {error, kind}.
// The input's shape is checked here, not in the wasm: JS has a JSON parser
// of its own, and the core's would be ~6 KiB of the gzipped wasm. The
// messages are the ones the CLI's JSON reader gives (src/input/json.rs);
// tests/data/input-errors.json holds both to the same cases, and
// tests/input_errors.rs checks that the kind names below are the core's.
// The answer turns back into a report object, or a thrown TypeError (the
// input has the wrong shape) / Error (the analysis refused it), and the call
// is measured with performance marks ("faktenlage:analyze") where the
// platform has them.
// Failure modes: JSON.stringify throws its own TypeError for cyclic input;
// a page that replaced `performance` costs the measurement, never the report.
var analyzeCore = (function () {
  var START = "faktenlage:analyze:start";
  var END = "faktenlage:analyze:end";
  var own = Object.prototype.hasOwnProperty;
  var BLOCK_KINDS = ["headline", "kicker", "lede", "body", "subheading", "caption", "media", "credit", "source", "related", "other"];
  var ENTITY_KINDS = ["person", "state", "organization", "place", "other"];

  // What a value is, for messages, as the core's reader says it (a string's
  // own text when short, quoted as `input::quoted` quotes it: control
  // characters escaped, everything else as given).
  function describe(v) {
    if (v === null) return "null";
    if (typeof v === "boolean") return "boolean `" + v + "`";
    if (typeof v === "number") return "a number";
    if (typeof v === "string") {
      var chars = Array.from(v);
      if (chars.length > 40) return "a string";
      var out = '"';
      for (var i = 0; i < chars.length; i++) {
        var c = chars[i];
        var code = c.codePointAt(0);
        var named = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0" }[c];
        out += named || (code < 0x20 || (code >= 0x7f && code < 0xa0) ? "\\u{" + code.toString(16) + "}" : c);
      }
      return "string " + out + '"';
    }
    return Array.isArray(v) ? "an array" : "an object";
  }
  function invalid(v, expected) {
    return "invalid type: " + describe(v) + ", expected " + expected;
  }
  function isObject(v) {
    return v !== null && typeof v === "object" && !Array.isArray(v);
  }
  function get(o, name) {
    return isObject(o) && own.call(o, name) && o[name] !== null ? o[name] : undefined;
  }
  function unknown(name, names) {
    return "unknown variant `" + name + "`, expected one of " + names.map(function (n) { return "`" + n + "`"; }).join(", ");
  }
  function field(s) {
    return s === undefined ? "-" : s.length + ":" + s;
  }
  function string(o, name) {
    var v = get(o, name);
    if (v !== undefined && typeof v !== "string") throw invalid(v, "a string") + " for `" + name + "`";
    return v;
  }
  function strings(o, name) {
    var v = get(o, name);
    if (v === undefined) return "0;";
    if (!Array.isArray(v)) throw invalid(v, "an array of strings") + " for `" + name + "`";
    var out = v.length + ";";
    for (var i = 0; i < v.length; i++) {
      if (typeof v[i] !== "string") throw invalid(v[i], "a string") + " in `" + name + "`";
      out += field(v[i]);
    }
    return out;
  }
  function offset(o, name) {
    if (!isObject(o) || !own.call(o, name)) throw "missing field `" + name + "`";
    var n = o[name];
    if (typeof n !== "number" || n < 0 || n % 1 !== 0 || n > 4294967295) throw invalid(n, "a whole number ≥ 0") + " for `" + name + "`";
    return n + ";";
  }
  // Checked in the order the core's reader checks them, so that an input
  // with several faults gets the same first message.
  function article(a) {
    if (!isObject(a)) throw 'expected an object like {text: "…"}';
    var hints = get(a, "hints");
    var wire = "-";
    if (hints !== undefined) {
      if (!Array.isArray(hints)) throw "hints: " + invalid(hints, "an array");
      wire = hints.length + ";";
      for (var i = 0; i < hints.length; i++) {
        var kind = isObject(hints[i]) && own.call(hints[i], "kind") ? hints[i].kind : undefined;
        if (kind === undefined) throw "hints: missing field `kind`";
        if (typeof kind !== "string") throw "hints: " + invalid(kind, "a block kind");
        if (BLOCK_KINDS.indexOf(kind) < 0) throw "hints: " + unknown(kind, BLOCK_KINDS);
        wire += field(kind) + offset(hints[i], "start") + offset(hints[i], "end");
      }
    }
    var fields = ["id", "text", "html", "title", "published", "lang"].map(function (name) {
      return field(string(a, name));
    });
    return fields.join("") + wire;
  }
  function entry(e) {
    if (!isObject(e)) throw invalid(e, "an object like {id, name}");
    var kind = string(e, "type");
    if (kind !== undefined && ENTITY_KINDS.indexOf(kind) < 0) throw unknown(kind, ENTITY_KINDS);
    var id = string(e, "id");
    if (id === undefined) throw "missing field `id`";
    var name = string(e, "name");
    if (name === undefined) throw "missing field `name`";
    return field(id) + field(name) + field(kind) + strings(e, "aliases") + strings(e, "roles") + strings(e, "adjectives");
  }
  function each(items, what, write) {
    var out = items.length + ";";
    for (var i = 0; i < items.length; i++) {
      try {
        out += write(items[i]);
      } catch (m) {
        throw new TypeError(what + (i + 1) + ": " + m);
      }
    }
    return out;
  }

  // The input as the core reads it. JSON's round trip first: it is what the
  // API has always accepted (toJSON, undefined fields left out, NaN as
  // null), and it leaves plain values only.
  function wire(articles, options) {
    articles = JSON.parse(JSON.stringify(articles === undefined ? null : articles) || "null");
    options = JSON.parse(JSON.stringify(options === undefined ? null : options) || "null");
    if (!Array.isArray(articles)) throw new TypeError("articles: expected an array of articles");
    var out = each(articles, "article ", article);
    if (options !== null && !isObject(options)) throw new TypeError("options: " + invalid(options, "an object"));
    var gazetteer = get(options, "gazetteer");
    if (gazetteer !== undefined && !Array.isArray(gazetteer)) throw new TypeError("options: " + invalid(gazetteer, "an array"));
    return out + each(gazetteer || [], "options: gazetteer entry ", entry);
  }

  return function analyzeCore(analyzeWire, articles, options) {
    var input = wire(articles, options);
    var perf = typeof performance !== "undefined" && performance && typeof performance.measure === "function" ? performance : null;
    if (perf) perf.mark(START);
    var answer;
    try {
      answer = JSON.parse(analyzeWire(input));
    } finally {
      if (perf) {
        try {
          perf.mark(END);
          perf.measure("faktenlage:analyze", START, END);
          perf.clearMarks(START);
          perf.clearMarks(END);
        } catch (e) {
          // measuring is a courtesy
        }
      }
    }
    if (answer && typeof answer.error === "string") {
      throw new (answer.kind === "type" ? TypeError : Error)(answer.error);
    }
    return answer;
  };
})();
