import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { GraphQLError, type GraphQLFormattedError, type ValidationRule } from "graphql";
import { ErrorCode, userError } from "../errors/error-codes.js";
import type { Context } from "../graphql/context.js";
import { withPartnerNodeTypes } from "../graphql/partner-nodes.js";
import { assertEntityRepresentations } from "../graphql/schema/common/entity-representations.js";
import { assertItemCounts } from "../graphql/schema/common/page-size.js";
import { assertWellFormedText } from "../graphql/schema/common/well-formed-text.js";
import { schema } from "../graphql/schema.js";
import { formatError } from "./format-error.js";
import type { ConcurrencyGate } from "./limits/concurrency-gate.js";
import { queryLimitsPlugin, type RateLimit } from "./limits/limits-plugin.js";
import { type PersistedOperationManifest, registeredOperationsOnly } from "./limits/persisted-operations.js";
import { asTokenLimitError, defaultQueryLimits, type QueryLimits } from "./limits/query-limits.js";
import { logger } from "./logger.js";

// Apollo Server as this API runs it: the schema, the error policy, the query limits and the
// checks that need a resolved operation. In-process tests use it directly; server.ts serves it.

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
      async didResolveOperation({ document, operation, request, schema }) {
        // Apollo leaves a request whose document names no operation to run to later stages, which
        // assume there is one and answer 500.
        if (!operation) {
          throw userError(
            ErrorCode.badUserInput,
            request.operationName
              ? `The document has no operation named "${request.operationName}".`
              : "The document has several operations: name the one to run in operationName.",
            { argument: "operationName" },
          );
        }
        // First, on the variables as sent: ten thousand items are refused before any check reads each one.
        assertItemCounts(schema, document, operation, request.variables);
        assertWellFormedText(document, request.variables);
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

/**
 * An answer stopped by the result budget is answered as that one error, without the partial data
 * (which could be most of the heap) and without the errors of every list cut off after it.
 */
const responseTooLargeAlone: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, operation }) {
        // A mutation's answer keeps what was written: dropping it could make a client write twice.
        if (response.body.kind !== "single" || operation?.operation !== "query") return;
        const result = response.body.singleResult;
        const stopped = result.errors?.find((error) => error.extensions?.code === ErrorCode.responseTooLarge);
        if (!stopped) return;
        const { path: _path, locations: _locations, ...error } = stopped;
        response.body.singleResult = { ...result, data: null, errors: [error] };
      },
    };
  },
};

export interface ApolloServerSettings {
  plugins?: ApolloServerPlugin<Context>[];
  limits?: QueryLimits;
  /** A per-client budget of cost per minute; without it (in-process) operations are only held to `limits`. */
  rateLimit?: RateLimit;
  /** How many expensive operations run and wait at once; without it, no operation waits. */
  gate?: ConcurrencyGate;
  introspection?: boolean;
  /** Leaves "Did you mean …?" suggestions out of validation errors, so they do not reveal the schema. */
  hideSchemaDetails?: boolean;
  /** When given, only the operations in this manifest run. */
  persistedOperations?: PersistedOperationManifest;
  /** A Relay-style partner subgraph's Node types, known here as stand-ins (graphql/partner-nodes.ts). */
  partnerNodeTypes?: readonly string[];
}

/**
 * A message without graphql-js's "Did you mean …?" hints. Apollo's hideSchemaDetailsFromClientErrors
 * removes them from validation errors only; variable and literal coercion errors name enum values
 * and fields too, which tell a stranger the schema that introspection is turned off to keep.
 */
function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(/ ?Did you mean [^?]*\?/g, "");
  return message === formatted.message ? formatted : { ...formatted, message };
}

export function createApolloServer({
  plugins = [],
  limits = defaultQueryLimits,
  rateLimit,
  gate,
  introspection = true,
  hideSchemaDetails = false,
  persistedOperations,
  partnerNodeTypes = [],
}: ApolloServerSettings = {}) {
  const registeredOnly = persistedOperations && registeredOperationsOnly(persistedOperations);
  return new ApolloServer<Context>({
    schema: withPartnerNodeTypes(schema, partnerNodeTypes),
    formatError: (formatted, error) => {
      const answered = asTokenLimitError(formatted, limits.maxTokens) ?? formatError(formatted, error);
      return hideSchemaDetails ? withoutSuggestions(answered) : answered;
    },
    includeStacktraceInErrorResponses: false,
    // main.ts stops the whole server on SIGTERM and SIGINT; Apollo's own handler stopped Apollo
    // alone, then sent the signal again to a process whose handler was already running, and a
    // stop took 5 s to forever (seen as the benchmark's CPU profile never being written).
    stopOnTerminationSignals: false,
    logger: apolloLogger,
    parseOptions: { maxTokens: limits.maxTokens },
    introspection,
    hideSchemaDetailsFromClientErrors: hideSchemaDetails,
    ...(registeredOnly ? { persistedQueries: { cache: registeredOnly.cache } } : {}),
    validationRules: [knownOperationTypes],
    plugins: [
      ...(registeredOnly ? [registeredOnly.plugin] : []),
      inputChecks,
      queryLimitsPlugin(limits, rateLimit, gate),
      databaseUnavailableStatus,
      responseTooLargeAlone,
      // No field carries @cacheControl hints (caching is the response cache's, keyed on the viewer's
      // scope), so Apollo's per-field cache-policy bookkeeping would only cost time on large answers.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads Sandbox from a CDN; the explorer (http/explorer/) is served instead.
      ApolloServerPluginLandingPageDisabled(),
      ...plugins,
    ],
  });
}
