import http from "node:http";
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { PothosValidationError } from "@pothos/core";
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from "graphql";
import { createViewerResolver, type ViewerResolver } from "../auth/bearer-token.js";
import type { DatabaseHandle } from "../db/client.js";
import { isDatabaseUnavailable, isUnstorableText } from "../db/database-errors.js";
import { isWriteConflict } from "../db/database-errors.js";
import { createContext, type Context } from "../graphql/context.js";
import { createCostRateLimiter, defaultCostPerMinute } from "./limits/cost-rate-limiter.js";
import { queryLimitsPlugin, type RateLimit } from "./limits/limits-plugin.js";
import { registeredOperationsOnly, type PersistedOperationManifest } from "./limits/persisted-operations.js";
import { asTokenLimitError, defaultQueryLimits, type QueryLimits } from "./limits/query-limits.js";
import { logger } from "./logger.js";
import { createMetrics } from "./metrics.js";
import { createResponseCache } from "./response-cache.js";
import { schema } from "../graphql/schema.js";
import { ErrorCode, userError } from "../errors/error-codes.js";
import { assertEntityRepresentations } from "../graphql/schema/common/entity-representations.js";

export const maxRequestBytes = 1_000_000;

/** Apollo's own messages go into the same JSON log lines as ours. */
const apolloLogger = {
  debug: () => {},
  info: (message: string) => logger.info(message),
  warn: (message: string) => logger.warn(message),
  error: (message: string) => logger.error(message),
};

/** Checks that need the resolved operation and its variables, before anything runs. */
const inputChecks: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request }) {
        // Apollo leaves a request whose document names no operation to run to later stages, which
        // assume there is one and answer 500.
        if (!operation) {
          throw userError(
            ErrorCode.badUserInput,
            request.operationName ? `The document has no operation named "${request.operationName}".` : "The document has several operations: name the one to run in operationName.",
            { argument: "operationName" },
          );
        }
        assertEntityRepresentations(schema, document, operation, request.variables);
      },
    };
  },
};

/**
 * graphql 16 validates no operation against a root type the schema lacks (a subscription, a
 * mutation before there are any); its executor then throws an error without a code, which would be
 * answered as INTERNAL_SERVER_ERROR. Refused here, it is the client's GRAPHQL_VALIDATION_FAILED.
 */
const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }));
    }
  },
});

/**
 * Errors clients may see are GraphQLErrors with a stable code; anything else (a bug, a database
 * failure) is logged in full and answered as INTERNAL_SERVER_ERROR without details.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof PothosValidationError && isConnectionArgumentProblem(original.message)) {
    return { ...formatted, message: original.message, extensions: { code: ErrorCode.badUserInput } };
  }
  // An input's global ID of another type than the field takes (the Relay plugin checks `for:`).
  const wrongType = original instanceof PothosValidationError ? /^ID: (\S+) is not of type: (\w+)$/.exec(original.message) : null;
  if (wrongType) {
    return { ...formatted, message: `"${wrongType[1]}" is not the ID of a ${wrongType[2]}.`, extensions: { code: ErrorCode.invalidId, id: wrongType[1] } };
  }
  if (isUnstorableText(original)) {
    return { ...formatted, message: "Text arguments may not contain the NUL character (U+0000).", extensions: { code: ErrorCode.badUserInput } };
  }
  if (isWriteConflict(original)) {
    return {
      message: "Other writes to the same records kept getting in first; nothing was written. Send the write again.",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.writeConflict },
    };
  }
  if (isDatabaseUnavailable(original)) {
    logger.warn("database unavailable", { error: original instanceof Error ? original.message : String(original), path: formatted.path });
    return {
      message: "The database is unavailable; try again shortly.",
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: ErrorCode.databaseUnavailable },
    };
  }
  // Apollo refuses some malformed requests (a persisted-query version it does not know, a hash that
  // does not match the query) with a 400 GraphQLError that has no code: the client's mistake.
  if (original instanceof GraphQLError && original.extensions.code === undefined && isClientErrorStatus(original.extensions.http)) {
    return { ...formatted, extensions: { code: ErrorCode.badRequest } };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && code && code !== ErrorCode.internal) {
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  logger.error("unexpected error", { error: original instanceof Error ? original.stack : String(original), path: formatted.path });
  return { message: "Internal server error", ...(formatted.path ? { path: formatted.path } : {}), extensions: { code: ErrorCode.internal } };
}

function isClientErrorStatus(http: unknown): boolean {
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}

/**
 * Pothos raises PothosValidationError both for a client's bad cursor or page arguments and for
 * faults of our own; only the first kind is the client's to see.
 */
function isConnectionArgumentProblem(message: string) {
  return /cursor|Argument "?(first|last|before|after)"?|Arguments "(before|after|first|last)"/i.test(message);
}

/**
 * A request the database could not serve is answered 503, so load balancers and clients retry it
 * elsewhere or later. formatError cannot set the status: Apollo reads it from the errors before.
 */
const databaseUnavailableStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === ErrorCode.databaseUnavailable)) response.http.status = 503;
      },
    };
  },
};

export interface ApolloServerSettings {
  plugins?: ApolloServerPlugin<Context>[];
  limits?: QueryLimits;
  /** A per-client budget of cost per minute; without it (in-process) operations are only held to `limits`. */
  rateLimit?: RateLimit;
  introspection?: boolean;
  /** Leaves "Did you mean …?" suggestions out of validation errors, so they do not reveal the schema. */
  hideSchemaDetails?: boolean;
  /** When given, only the operations in this manifest run. */
  persistedOperations?: PersistedOperationManifest;
}

export function createApolloServer({
  plugins = [],
  limits = defaultQueryLimits,
  rateLimit,
  introspection = true,
  hideSchemaDetails = false,
  persistedOperations,
}: ApolloServerSettings = {}) {
  const registeredOnly = persistedOperations && registeredOperationsOnly(persistedOperations);
  return new ApolloServer<Context>({
    schema,
    formatError: (formatted, error) => asTokenLimitError(formatted, limits.maxTokens) ?? formatError(formatted, error),
    includeStacktraceInErrorResponses: false,
    logger: apolloLogger,
    parseOptions: { maxTokens: limits.maxTokens },
    introspection,
    hideSchemaDetailsFromClientErrors: hideSchemaDetails,
    ...(registeredOnly ? { persistedQueries: { cache: registeredOnly.cache } } : {}),
    validationRules: [knownOperationTypes],
    plugins: [
      ...(registeredOnly ? [registeredOnly.plugin] : []),
      inputChecks,
      queryLimitsPlugin(limits, rateLimit),
      databaseUnavailableStatus,
      // No field carries @cacheControl hints (caching is the response cache's, keyed on the viewer's
      // scope), so Apollo's per-field cache-policy bookkeeping would only cost time on large answers.
      ApolloServerPluginCacheControlDisabled(),
      ...plugins,
    ],
  });
}

async function readBody(request: http.IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxRequestBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function send(response: http.ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  response.end(JSON.stringify(body));
}

/**
 * The HTTP surface: /graphql (Apollo Server), /healthz (the process is up), /readyz (the
 * database answers) and /metrics (Prometheus). Nothing else in the code base knows about HTTP.
 */
export async function startServer({
  database,
  port,
  host = "0.0.0.0",
  cacheTtlMs = 60_000,
  resolveViewer = createViewerResolver({}),
  costPerMinute = defaultCostPerMinute,
  clientKey = remoteAddress,
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
} & Omit<ApolloServerSettings, "plugins" | "rateLimit">) {
  const metrics = createMetrics(database);
  const cache = cacheTtlMs > 0 ? createResponseCache(database, { ttlMs: cacheTtlMs, onLookup: metrics.cacheLookup }) : undefined;
  // Plugins see the HTTPGraphQLRequest this server builds, not the socket it came from: the client is filed under it.
  const clients = new WeakMap<HTTPGraphQLRequest, string>();
  const rateLimit: RateLimit | undefined = costPerMinute > 0 ? { limiter: createCostRateLimiter({ costPerMinute }), clientOf: (request) => clients.get(request) } : undefined;
  const apollo = createApolloServer({ ...apolloSettings, rateLimit, plugins: [metrics.plugin as ApolloServerPlugin<Context>, ...(cache ? [cache.plugin] : [])] });
  await apollo.start();

  const server = http.createServer(async (request, response) => {
    const started = performance.now();
    // The request target is the client's text: an absolute-form one such as "http://[" is no URL,
    // and throwing here, outside the try, would be an unhandled rejection that ends the process.
    const target = request.url ?? "/";
    const url = URL.canParse(target, "http://localhost") ? new URL(target, "http://localhost") : undefined;
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
      if (url.pathname !== "/graphql") return send(response, 404, { error: "not found" });

      const body = request.method === "POST" ? await readBody(request) : "";
      if (body === undefined) {
        return send(response, 413, { errors: [{ message: `Request body exceeds ${maxRequestBytes} bytes.`, extensions: { code: ErrorCode.requestTooLarge } }] });
      }

      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const httpGraphQLRequest: HTTPGraphQLRequest = {
        method: request.method?.toUpperCase() ?? "GET",
        headers,
        search: url.search,
        body: parseJsonBody(body, headers.get("content-type")),
      };
      // Resolved before Apollo runs so the rate limit can count a signed-in client by its verified
      // subject; a refused token is raised from the context, where Apollo answers it as a 401.
      const viewer = await resolveViewer(headers.get("authorization")).catch((error: unknown) => error as Error);
      clients.set(httpGraphQLRequest, viewer instanceof Error || viewer.subject === null ? clientKey(request) : `subject:${viewer.subject}`);
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => {
          if (viewer instanceof Error) throw viewer;
          return createContext(database.db, viewer);
        },
      });
      for (const [name, value] of result.headers) response.setHeader(name, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === "complete") response.end(result.body.string);
      else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    } catch (error) {
      logger.error("request failed", { error: error instanceof Error ? error.stack : String(error) });
      if (!response.headersSent) send(response, 500, { errors: [{ message: "Internal server error" }] });
    } finally {
      logger.info("request", {
        method: request.method,
        path: url?.pathname ?? target,
        status: response.statusCode,
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

/** Whether the database answers a trivial query within two seconds. */
async function databaseAnswers(database: DatabaseHandle): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 2000)));
  const probe = database.db.$queryRawUnsafe("SELECT 1").then(() => true, () => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
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
