// The demo page's own script (not part of the widget): paste another article
// (text, optional headline and date) and see the comparison update.
//
// The pasted text becomes an <article> like the generated ones (a <p> per
// line, a <section> per blank-line group, so the overlay reads it as the
// text path would), then the overlay runs again over all articles. Pasted
// articles can be removed again. Nothing leaves the browser.
(function () {
  "use strict";

  function pastedArticle(title, published, text) {
    var article = document.createElement("article");
    article.className = "pasted";
    article.lang = "de";
    var header = document.createElement("header");
    var h1 = document.createElement("h1");
    h1.textContent = title || "Eingefügter Artikel";
    header.appendChild(h1);
    if (published) {
      var time = document.createElement("time");
      time.dateTime = published;
      time.textContent = published;
      header.appendChild(time);
    }
    article.appendChild(header);
    text.split(/\r?\n\s*\r?\n/).forEach(function (group) {
      var lines = group.split(/\r?\n/).map(function (l) { return l.trim(); }).filter(Boolean);
      if (!lines.length) return;
      var section = document.createElement("section");
      lines.forEach(function (line) {
        var p = document.createElement("p");
        p.textContent = line;
        section.appendChild(p);
      });
      article.appendChild(section);
    });
    return article;
  }

  function rerun() {
    if (window.Faktenlage && window.Faktenlage.overlay) window.Faktenlage.overlay.run().catch(function () {});
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.getElementById("paste-form");
    if (!form) return;
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var text = form.elements.text.value.trim();
      if (!text) return;
      document.querySelector("main.articles").appendChild(pastedArticle(form.elements.title.value.trim(), form.elements.published.value, text));
      form.reset();
      rerun();
    });
    document.getElementById("paste-clear").addEventListener("click", function () {
      document.querySelectorAll("article.pasted").forEach(function (a) { a.remove(); });
      rerun();
    });
  });
})();
