import http from "node:http";
import { type ApolloServerPlugin, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import { createViewerResolver, type ViewerResolver } from "../auth/bearer-token.js";
import type { DatabaseHandle } from "../db/client.js";
import { listenForWrites, watchSqliteCommits } from "../db/write-notifications.js";
import { ErrorCode } from "../errors/error-codes.js";
import { type Context, createContext } from "../graphql/context.js";
import { type ApolloServerSettings, createApolloServer } from "./apollo-server.js";
import { createCorsPolicy } from "./cors.js";
import { createExplorerRoute } from "./explorer/explorer-route.js";
import { exportAnswer, exportedRequest, exportFormatOf, operationNameOf } from "./export/export-route.js";
import { type ConcurrencyGateSettings, createConcurrencyGate, defaultConcurrencyGate } from "./limits/concurrency-gate.js";
import { createCostRateLimiter, defaultCostPerMinute } from "./limits/cost-rate-limiter.js";
import type { RateLimit } from "./limits/limits-plugin.js";
import { logger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { databaseAnswers } from "./readiness.js";
import { createResponseCache } from "./response-cache.js";

export const maxRequestBytes = 1_000_000;

/** A request body the client stopped sending before it ended: nothing to answer, and not our failure. */
class AbortedUpload extends Error {}

/** The request body, undefined when it is over the size limit; AbortedUpload when the client went away mid-body. */
async function readBody(request: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > maxRequestBytes) return undefined;
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (request.destroyed || request.aborted || (error as { code?: unknown }).code === "ECONNRESET") throw new AbortedUpload();
    throw error;
  }
  if (request.aborted) throw new AbortedUpload();
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/**
 * The HTTP surface: /graphql (Apollo Server), /export.xlsx and /export.csv (an answer as a
 * spreadsheet), the explorer at / and at /graphql for browsers,
 * /healthz (the process is up), /readyz (the database answers) and /metrics (Prometheus): the
 * node:http adapter in front of Apollo.
 */
export async function startServer({
  database,
  port,
  host = "0.0.0.0",
  cacheTtlMs = 60_000,
  resolveViewer = createViewerResolver({}),
  costPerMinute = defaultCostPerMinute,
  clientKey = remoteAddress,
  concurrencyGate = defaultConcurrencyGate,
  explorer = true,
  corsOrigins = [],
  ...apolloSettings
}: {
  database: DatabaseHandle;
  port: number;
  host?: string;
  /** How long identical reads are served from the response cache; 0 turns it off. */
  cacheTtlMs?: number;
  /** Who a request's Authorization header names; by default no token is accepted. */
  resolveViewer?: ViewerResolver;
  /** Query cost each client may spend per minute; 0 turns the rate limit off. */
  costPerMinute?: number;
  /** Who an anonymous request comes from, for the rate limit (a signed-in one is its token subject). */
  clientKey?: (request: http.IncomingMessage) => string;
  /** How many expensive operations run and wait at once. */
  concurrencyGate?: ConcurrencyGateSettings;
  /** Serves the GraphiQL explorer at / and to browsers at /graphql. */
  explorer?: boolean;
  /** Origins whose browser pages may call /graphql (CORS); "*" for any. */
  corsOrigins?: readonly string[];
} & Omit<ApolloServerSettings, "plugins" | "rateLimit" | "gate">) {
  // Every instance hears every write committed by another process (README, "Running several instances").
  const notifications =
    cacheTtlMs <= 0
      ? undefined
      : database.target.provider === "postgresql"
        ? await listenForWrites(database.target, { onError: (error) => logger.warn("write notifications lost", { error: error.message }) })
        : watchSqliteCommits(database.target);
  const metrics = createMetrics(database, notifications);
  const cache = cacheTtlMs > 0 ? createResponseCache(database, { ttlMs: cacheTtlMs, onLookup: metrics.cacheLookup, notifications }) : undefined;
  // Plugins see the HTTPGraphQLRequest this server builds, not the socket it came from: the client is filed under it.
  const clients = new WeakMap<HTTPGraphQLRequest, string>();
  const rateLimit: RateLimit | undefined =
    costPerMinute > 0 ? { limiter: createCostRateLimiter({ costPerMinute }), clientOf: (request) => clients.get(request) } : undefined;
  const apollo = createApolloServer({
    ...apolloSettings,
    rateLimit,
    gate: createConcurrencyGate(concurrencyGate),
    plugins: [metrics.plugin as ApolloServerPlugin<Context>, ...(cache ? [cache.plugin] : [])],
  });
  await apollo.start();
  const explorerRoute = createExplorerRoute({ enabled: explorer });
  const cors = createCorsPolicy(corsOrigins);

  const server = http.createServer(async (request, response) => {
    const started = performance.now();
    // The request target is the client's text: an absolute-form one such as "http://[" is no URL,
    // and throwing here, outside the try, would be an unhandled rejection that ends the process.
    const target = request.url ?? "/";
    const url = URL.canParse(target, "http://localhost") ? new URL(target, "http://localhost") : undefined;
    let outcome: "answered" | "aborted" = "answered";
    try {
      if (!url) return send(response, 400, { error: "malformed request target" });
      if (url.pathname === "/healthz") return send(response, 200, { status: "ok" });
      if (url.pathname === "/metrics") {
        response.writeHead(200, { "content-type": metrics.contentType });
        return response.end(await metrics.render());
      }
      if (url.pathname === "/readyz") {
        const ready = await databaseAnswers(database);
        return send(response, ready ? 200 : 503, { status: ready ? "ready" : "database unavailable" });
      }
      if (await explorerRoute.handle(request, response, url)) return;
      const exportFormat = exportFormatOf(url.pathname);
      if (url.pathname !== "/graphql" && !exportFormat) return send(response, 404, { error: "not found" });
      if (cors.apply(request, response)) return;

      const body = request.method === "POST" ? await readBody(request) : "";
      if (body === undefined) {
        // The rest of the body is never read: the connection cannot carry another request, so it closes.
        response.setHeader("connection", "close");
        return send(response, 413, {
          errors: [{ message: `Request body exceeds ${maxRequestBytes} bytes.`, extensions: { code: ErrorCode.requestTooLarge } }],
        });
      }

      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const asked: HTTPGraphQLRequest = {
        method: request.method?.toUpperCase() ?? "GET",
        headers,
        search: url.search,
        body: parseJsonBody(body, headers.get("content-type")),
      };
      const httpGraphQLRequest = exportFormat ? exportedRequest(asked, url.searchParams, asked.body) : asked;
      if (!httpGraphQLRequest) {
        return send(response, 400, {
          errors: [
            { message: "An export's POST body is a JSON object: query, variables, operationName, extensions.", extensions: { code: ErrorCode.badRequest } },
          ],
        });
      }
      // Resolved before Apollo runs so the rate limit can count a signed-in client by its verified
      // subject; a refused token is raised from the context, where Apollo answers it as a 401.
      const viewer = await resolveViewer(headers.get("authorization")).catch((error: unknown) => error as Error);
      clients.set(httpGraphQLRequest, viewer instanceof Error || viewer.subject === null ? clientKey(request) : `subject:${viewer.subject}`);
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => {
          if (viewer instanceof Error) throw viewer;
          return createContext(database.db, viewer, { maxResultItems: apolloSettings.limits?.maxResultItems });
        },
      });
      if (result.body.kind === "complete") cache?.keep(httpGraphQLRequest, result.body.string);
      if (exportFormat) {
        const text = result.body.kind === "complete" ? result.body.string : await collected(result.body.asyncIterator);
        const answer = await exportAnswer(
          exportFormat,
          { operationName: operationNameOf(new URLSearchParams(httpGraphQLRequest.search)), table: url.searchParams.get("table") },
          { status: result.status ?? 200, body: text },
        );
        if (answer.kind === "json") return send(response, answer.status, answer.body);
        response.writeHead(200, { "content-type": answer.contentType, "content-disposition": `attachment; filename="${answer.filename}"` });
        return response.end(answer.body);
      }
      for (const [name, value] of result.headers) response.setHeader(name, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === "complete") response.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    } catch (error) {
      if (error instanceof AbortedUpload) {
        outcome = "aborted";
        return;
      }
      logger.error("request failed", { error: error instanceof Error ? error.stack : String(error) });
      if (!response.headersSent) send(response, 500, { errors: [{ message: "Internal server error" }] });
    } finally {
      logger.info("request", {
        method: request.method,
        path: url?.pathname ?? target,
        ...(outcome === "aborted" ? { outcome } : { status: response.statusCode }),
        durationMs: Math.round((performance.now() - started) * 10) / 10,
      });
    }
  });

  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address();
  const boundPort = typeof address === "object" && address ? address.port : port;

  return {
    port: boundPort,
    url: `http://localhost:${boundPort}/graphql`,
    async stop() {
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeAllConnections();
      await apollo.stop();
      metrics.stop();
      cache?.stop();
      await notifications?.close();
    },
  };
}

/**
 * The default client of a request: its peer address. Once bearer tokens are verified, the
 * token's subject is the better key (one budget per user, wherever they connect from); an
 * unverified subject is not, as anyone could mint a fresh budget per request.
 */
export function remoteAddress(request: http.IncomingMessage): string {
  return request.socket.remoteAddress ?? "unknown";
}

/** A streamed answer's text, whole. */
async function collected(chunks: AsyncIterableIterator<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** Apollo expects a parsed body for JSON requests and leaves other content types to its own checks. */
function parseJsonBody(body: string, contentType: string | undefined): unknown {
  if (!body) return undefined;
  if (!contentType?.includes("json")) return body;
  try {
    return JSON.parse(body);
  } catch {
    return body;
  }
}
