// The JS half of the wasm boundary: one call, strings both ways.
//
// The core (src/wasm.rs) takes the articles and options as JSON text and
// answers with the report as JSON text, or with {error, kind}. This turns
// that answer back into a report object or a thrown TypeError (the input has
// the wrong shape) / Error (the analysis refused it), and measures the call
// with performance marks ("faktenlage:analyze") where the platform has them.
// Failure modes: JSON.stringify throws its own TypeError for cyclic input;
// a page that replaced `performance` costs the measurement, never the report.
var analyzeCore = (function () {
  var START = "faktenlage:analyze:start";
  var END = "faktenlage:analyze:end";

  function json(value) {
    var s = JSON.stringify(value === undefined ? null : value);
    return s === undefined ? "null" : s;
  }

  return function analyzeCore(analyzeJson, articles, options) {
    var perf = typeof performance !== "undefined" && performance && typeof performance.measure === "function" ? performance : null;
    if (perf) perf.mark(START);
    var answer;
    try {
      answer = JSON.parse(analyzeJson(json(articles), json(options)));
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
