import fs from "node:fs";
import type http from "node:http";
import path from "node:path";
import { type ExplorerManifest, explorerBundleDirectory, readExplorerManifest } from "./bundle.js";

// GET / and GET /graphql from a browser: the GraphiQL explorer, every file of it from this server.

/** Only the bundle's own files are served, by exact name: nothing else under the directory, no `..`. */
const assetPrefix = "/explorer/";

// The page reaches nothing but this origin; the test in a real browser checks it, and a browser
// enforces it for everyone. Monaco sets styles from script, so inline styles are allowed.
const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "worker-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

const contentTypes: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
};

/** JSON that can stand inside a <script> element: no "</script>" or "<!--" can end or open anything. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

/** The page. Its URLs are relative, so it works at / and at /graphql, and behind a proxy's path prefix. */
function explorerPage(manifest: ExplorerManifest): string {
  const settings = {
    endpoint: "graphql",
    workers: Object.fromEntries(Object.entries(manifest.workers).map(([name, file]) => [name, `explorer/${file}`])),
    tabs: manifest.examples.map((query) => ({ query })),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reform Graph</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="explorer/${manifest.stylesheet}">
</head>
<body style="margin: 0">
<div id="explorer" style="height: 100vh"></div>
<script id="explorer-settings" type="application/json">${scriptJson(settings)}</script>
<script type="module" src="explorer/${manifest.script}"></script>
</body>
</html>
`;
}

export interface ExplorerRoute {
  /** Answers the request when it is the explorer's (true), or leaves it to the API (false). */
  handle(request: http.IncomingMessage, response: http.ServerResponse, url: URL): Promise<boolean>;
}

/**
 * A GET of /graphql that carries no operation (no `query`, and no `extensions`, in which a persisted
 * operation's hash comes) from a client that prefers a page: a browser opening the API's address
 * lists text/html first; a client that merely accepts it (`application/json, text/html;q=0.1`) does not.
 */
function wantsPage(request: http.IncomingMessage, url: URL): boolean {
  if (url.pathname === "/") return true;
  if (url.pathname !== "/graphql" || url.searchParams.has("query") || url.searchParams.has("extensions")) return false;
  const preferred = (request.headers.accept ?? "").split(",")[0]?.split(";")[0]?.trim().toLowerCase();
  return preferred === "text/html";
}

export function createExplorerRoute({ enabled, directory = explorerBundleDirectory }: { enabled: boolean; directory?: string }): ExplorerRoute {
  const manifest = enabled ? readExplorerManifest(directory) : undefined;
  const page = manifest && explorerPage(manifest);
  const assets = new Set(manifest ? fs.readdirSync(directory).filter((file) => !file.endsWith(".gz") && file !== "manifest.json") : []);

  return {
    async handle(request, response, url) {
      const method = request.method ?? "GET";
      if (method !== "GET" && method !== "HEAD") return false;
      if (url.pathname.startsWith(assetPrefix)) {
        const name = url.pathname.slice(assetPrefix.length);
        if (!assets.has(name)) return false;
        const gzip = fs.existsSync(path.join(directory, `${name}.gz`)) && /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
        const body = await fs.promises.readFile(path.join(directory, gzip ? `${name}.gz` : name));
        response.writeHead(200, {
          "content-type": contentTypes[path.extname(name)] ?? "application/octet-stream",
          // Every name carries its content's hash: a new build is a new name.
          "cache-control": "public, max-age=31536000, immutable",
          vary: "accept-encoding",
          "x-content-type-options": "nosniff",
          ...(gzip ? { "content-encoding": "gzip" } : {}),
        });
        response.end(method === "HEAD" ? undefined : body);
        return true;
      }
      if (!wantsPage(request, url)) return false;
      if (!enabled) return false;
      if (!page) {
        response.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
        response.end("The explorer has not been built on this installation: run `npm run build:explorer` (npm install does it).\n");
        return true;
      }
      response.writeHead(200, {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "no-cache",
        // At /graphql the same URL answers a page or JSON by the Accept header.
        vary: "accept",
        "content-security-policy": contentSecurityPolicy,
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
      });
      response.end(method === "HEAD" ? undefined : page);
      return true;
    },
  };
}
