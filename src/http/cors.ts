import type http from "node:http";
import { SettingError } from "../errors/setting-error.js";

// Cross-origin reads for the browser apps of the origins an operator names (CORS_ORIGINS). Apollo's
// CSRF prevention stays on for everyone: a listed origin's JSON POST is preflighted like any other,
// and a page of an unlisted origin gets no CORS headers, so its browser keeps the answer from it.

/** The request headers GraphQL clients send: JSON bodies, bearer tokens, Apollo's CSRF and client-awareness headers. */
const allowedRequestHeaders = [
  "content-type",
  "authorization",
  "apollo-require-preflight",
  "x-apollo-operation-name",
  "apollographql-client-name",
  "apollographql-client-version",
].join(", ");

/** What a cross-origin client may read besides the safelisted headers: how long to wait after a refusal. */
const exposedResponseHeaders = "retry-after";

/** An origin as a browser sends it: scheme, host and port, nothing else. A typo stops the start. */
export function parseAllowedOrigin(text: string): string {
  const trimmed = text.trim();
  if (trimmed === "*") return trimmed;
  const url = URL.canParse(trimmed) ? new URL(trimmed) : undefined;
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || url.origin !== trimmed.replace(/\/$/, "")) {
    throw new SettingError(`CORS_ORIGINS lists "${text}", which is not an origin such as https://analytics.example.gov.cn (scheme, host and port only)`);
  }
  return url.origin;
}

export interface CorsPolicy {
  /** Sets the CORS headers of an answer to `request`; answers a preflight itself and returns true. */
  apply(request: http.IncomingMessage, response: http.ServerResponse): boolean;
}

/** `origins` are exact origins, or "*" for any (bearer tokens, not cookies, carry the viewer). */
export function createCorsPolicy(origins: readonly string[]): CorsPolicy {
  const anyOrigin = origins.includes("*");
  const listed = new Set(origins);
  return {
    apply(request, response) {
      const origin = request.headers.origin;
      const preflight = request.method === "OPTIONS" && request.headers["access-control-request-method"] !== undefined;
      // The answer depends on the Origin header whenever any origin is allowed: caches must keep them apart.
      if (listed.size > 0) response.setHeader("vary", "origin");
      const allowed = origin !== undefined && (anyOrigin || listed.has(origin));
      if (allowed) {
        response.setHeader("access-control-allow-origin", anyOrigin ? "*" : origin);
        response.setHeader("access-control-expose-headers", exposedResponseHeaders);
      }
      if (!preflight) return false;
      if (allowed) {
        response.writeHead(204, {
          "access-control-allow-methods": "GET, POST, OPTIONS",
          "access-control-allow-headers": allowedRequestHeaders,
          "access-control-max-age": "600",
          "content-length": "0",
        });
      } else {
        response.writeHead(403, { "content-type": "application/json; charset=utf-8" });
        response.write(JSON.stringify({ error: "this origin is not allowed: the server's CORS_ORIGINS does not list it" }));
      }
      response.end();
      return true;
    },
  };
}
