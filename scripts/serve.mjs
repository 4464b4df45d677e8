// A tiny static file server for the demo: serves the repository root (so
// www/ and pkg/ sit side by side, as on GitHub Pages) on 127.0.0.1 only.
//
//   node scripts/serve.mjs          # port $PORT, or the first free one from 8000
//
// The end-to-end tests import `staticServer` from here.
import { createServer } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** An http.Server for the files under `root`; "/" redirects to the demo. */
export function staticServer(root) {
  return createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405).end();
      return;
    }
    const pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    if (pathname === "/") {
      res.writeHead(302, { location: "/www/index.html" }).end();
      return;
    }
    const file = join(root, normalize(pathname).replace(/^[/\\]+/, ""));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream", "cache-control": "no-cache" });
    res.end(req.method === "HEAD" ? undefined : readFileSync(file));
  });
}

/** Listens on the first free port from `port` on; resolves to the port. */
export function listen(server, port, tries = 20) {
  return new Promise((resolve, reject) => {
    const attempt = (p, left) => {
      server.once("error", (e) => {
        if (e.code === "EADDRINUSE" && left > 0) attempt(p + 1, left - 1);
        else reject(e);
      });
      server.listen(p, "127.0.0.1", () => resolve(server.address().port));
    };
    attempt(port, tries);
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const port = await listen(staticServer(root), Number(process.env.PORT || 8000));
  console.log(`Faktenlage demo: http://127.0.0.1:${port}/www/index.html`);
  console.log("(www/index.html also opens straight from disk; Ctrl-C stops the server)");
}
