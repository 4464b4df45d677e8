// Analysis: runs the wasm core off the main thread where the page allows it.
//
// `run(inputs, options)` returns a promise for the report. It tries, in order:
//   1. a Worker from the script's own URL (same origin, so the strict CSP
//      `script-src 'self'` allows it; the bundle notices it runs in a worker
//      and serves analyses instead of drawing an overlay); the ES module
//      build starts pkg/esm/worker.js as a module worker instead;
//   2. a Worker from a Blob of the bundle's own source (for a script from
//      another origin, or file:// pages, where (1) is refused; a CSP without
//      `blob:` refuses this one);
//   3. the main thread, after yielding once so the page can paint the
//      loading state. The wasm call itself cannot be sliced: on a page where
//      neither worker is allowed (file:// under the strict CSP) a very long
//      article blocks the page for the duration of its analysis.
// Which one ran is `mode` ("worker", "blob-worker", "main-thread").
//
// Failure modes: an analysis error (bad input) rejects with the core's
// message, whichever path ran; a worker that fails to start or dies falls
// back to the next path silently.
var analysis = (function () {
  "use strict";

  var pending = new Map(); // request id → {resolve, reject}
  // What the worker analyses once while the page reads its articles: a
  // figure, a date, attribution, a quote, a denial, in German and English.
  var WARM_UP = [
    {
      id: "w1",
      published: "2025-03-04",
      text: "Hochwasser: 1.200 Menschen evakuiert\nNach Angaben der Feuerwehr wurden am Montag rund 1.200 Menschen in Sicherheit gebracht. \u201eDie Lage bleibt ernst\u201c, sagte der Bürgermeister. Die Stadt bestritt, dass der Damm gebrochen sei.",
    },
    {
      id: "w2",
      lang: "en",
      published: "2025-03-04",
      text: "Floods: 800 evacuated\nPolice said about 800 people were evacuated on Monday, the mayor told reporters.",
    },
  ];
  var worker = null; // {w, mode}
  var broken = {}; // modes that failed to start on this page
  var nextId = 1;

  /** In a worker: answer analysis requests. Called by the bundle's boot part. */
  function serve(scope, api) {
    // Decode and compile the wasm at once, not on the first request: a page
    // starts its worker (prepare) while it is still reading its articles.
    // Then one small analysis, of two short reports in our own words: V8
    // compiles each wasm function on its first call, so the page's first
    // request finds most of them compiled. Its result is dropped; it is
    // skipped when a request is already waiting.
    var requested = false;
    api.ready.then(function () {
      if (requested) return;
      try {
        api.analyze(WARM_UP);
      } catch (e) {
        // a warm-up that fails costs nothing but itself
      }
    }, function () {
      // a failure rejects each request's `ready` below, with its message
    });
    scope.onmessage = function (e) {
      requested = true;
      var msg = e.data || {};
      var fail = function (err) {
        scope.postMessage({ id: msg.id, error: err && err.message ? err.message : String(err) });
      };
      api.ready.then(function () {
        var report;
        try {
          report = api.analyze(msg.inputs, msg.options);
        } catch (err) {
          fail(err);
          return;
        }
        scope.postMessage({ id: msg.id, report: report });
      }, fail); // the wasm did not compile here: the request fails with why
    };
  }

  /**
   * Whether a CSP given in a <meta> tag lets a worker load from blob: (one
   * sent as a header cannot be read; refusing then only costs a console
   * message and the fallback).
   */
  function metaCspAllowsBlob() {
    var metas = typeof document !== "undefined" ? document.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]') : [];
    return Array.prototype.every.call(metas, function (m) {
      var directives = {};
      m.content.split(";").forEach(function (d) {
        var parts = d.trim().split(/\s+/);
        if (parts[0]) directives[parts[0].toLowerCase()] = parts.slice(1);
      });
      var rule = directives["worker-src"] || directives["script-src"] || directives["default-src"];
      return !rule || rule.indexOf("blob:") >= 0;
    });
  }

  function start(source) {
    var modes = [];
    if (source.url && /^https?:/.test(source.url)) modes.push("worker");
    if (source.code && metaCspAllowsBlob()) modes.push("blob-worker");
    for (var i = 0; i < modes.length; i++) {
      var mode = modes[i];
      if (broken[mode]) continue;
      var url = mode === "worker" ? source.url : null;
      try {
        if (!url) url = URL.createObjectURL(new Blob([source.code()], { type: "text/javascript" }));
        // The ES module build starts its worker as a module (pkg/esm/worker.js).
        var w = mode === "worker" && source.module ? new Worker(url, { type: "module" }) : new Worker(url);
        if (mode === "blob-worker") URL.revokeObjectURL(url);
        return { w: w, mode: mode };
      } catch (e) {
        broken[mode] = true; // refused synchronously (CSP, origin)
      }
    }
    return null;
  }

  function onMessage(e, mode) {
    var p = pending.get(e.data && e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.error) p.reject(new Error(e.data.error));
    else p.resolve({ report: e.data.report, mode: mode });
  }

  function viaWorker(entry, inputs, options) {
    return new Promise(function (resolve, reject) {
      var id = nextId++;
      pending.set(id, { resolve: resolve, reject: reject, inputs: inputs, options: options });
      entry.w.postMessage({ id: id, inputs: inputs, options: options });
    });
  }

  /** {report, mode} for `inputs`; `source` = {url, module?, code(), api} (see the module comment). */
  function run(inputs, options, source) {
    prepare(source);
    if (worker) return viaWorker(worker, inputs, options);
    return source.api.ready.then(function () {
      return new Promise(function (resolve) { setTimeout(resolve, 0); });
    }).then(function () {
      return { report: source.api.analyze(inputs, options), mode: "main-thread" };
    });
  }

  /**
   * Starts the worker if none is running and one can start; called ahead of
   * the first request too, so that the worker decodes and compiles the wasm
   * while the page is still reading its articles. Where no worker can start
   * the main thread compiles on the first request, as before.
   */
  function prepare(source) {
    if (!worker && typeof Worker === "function") {
      worker = start(source);
      if (worker) {
        var failed = worker;
        worker.w.onmessage = function (e) { onMessage(e, failed.mode); };
        // A worker refused asynchronously (CSP report, load error) or crashed:
        // mark its mode broken and redo its requests on the next path.
        worker.w.onerror = function (e) {
          if (e && e.preventDefault) e.preventDefault();
          broken[failed.mode] = true;
          failed.w.terminate();
          if (worker === failed) worker = null;
          var redo = Array.from(pending.values());
          pending.clear();
          redo.forEach(function (p) { run(p.inputs, p.options, source).then(p.resolve, p.reject); });
        };
      }
    }
  }

  /** Ends the worker (unmount of the last overlay). */
  function stop() {
    if (worker) worker.w.terminate();
    worker = null;
    pending.clear();
  }

  return { run: run, prepare: prepare, serve: serve, stop: stop };
})();
