import path from "node:path";
import { createViewerResolver, tokenSettingsFromEnv } from "./auth/bearer-token.js";
import { repositoryRoot } from "./db/database-url.js";
import { SettingError } from "./errors/setting-error.js";
import { assertPartnerNodeTypeNames } from "./graphql/partner-nodes.js";
import { parseAllowedOrigin } from "./http/cors.js";
import { defaultConcurrencyGate } from "./http/limits/concurrency-gate.js";
import { defaultCostPerMinute } from "./http/limits/cost-rate-limiter.js";
import { defaultManifestFile, readManifest } from "./http/limits/persisted-operations.js";
import { defaultQueryLimits } from "./http/limits/query-limits.js";

type Env = Record<string, string | undefined>;

/** A whole, non-negative number from the environment, or `fallback` when unset; a typo stops the start. */
function numberFrom(env: Env, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new SettingError(`${name} must be a whole number of at least 0, not "${text}"`);
  return value;
}

function booleanFrom(env: Env, name: string, fallback: boolean): boolean {
  const text = env[name];
  if (text === undefined || text === "") return fallback;
  if (text !== "true" && text !== "false") throw new SettingError(`${name} must be true or false, not "${text}"`);
  return text === "true";
}

/** A comma-separated list from the environment, each entry trimmed; empty entries are dropped. */
function listFrom(env: Env, name: string): string[] {
  return (env[name] ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
}

function partnerNodeTypesFrom(env: Env) {
  const names = listFrom(env, "FEDERATION_PARTNER_NODE_TYPES");
  assertPartnerNodeTypeNames(names);
  return names;
}

function persistedOperationsFrom(env: Env) {
  const mode = env.PERSISTED_OPERATIONS;
  if (mode === undefined || mode === "" || mode === "off") return undefined;
  if (mode !== "only") throw new SettingError(`PERSISTED_OPERATIONS must be "only" or "off", not "${mode}"`);
  return readManifest(path.resolve(repositoryRoot, env.PERSISTED_OPERATIONS_MANIFEST ?? defaultManifestFile));
}

/**
 * How `npm start` runs, from environment variables (README, "Operating it"). In production
 * (NODE_ENV=production) introspection is off unless GRAPHQL_INTROSPECTION=true, and validation
 * errors do not suggest field names.
 */
export function settingsFromEnv(env: Env = process.env) {
  const production = env.NODE_ENV === "production";
  const introspection = booleanFrom(env, "GRAPHQL_INTROSPECTION", !production);
  const persistedOperations = persistedOperationsFrom(env);
  return {
    statementTimeoutMs: numberFrom(env, "DATABASE_STATEMENT_TIMEOUT_MS", 10_000),
    server: {
      port: numberFrom(env, "PORT", 4000),
      host: env.HOST ?? "0.0.0.0",
      cacheTtlMs: numberFrom(env, "RESPONSE_CACHE_TTL_MS", 60_000),
      limits: {
        maxDepth: numberFrom(env, "LIMIT_DEPTH", defaultQueryLimits.maxDepth),
        maxAliases: numberFrom(env, "LIMIT_ALIASES", defaultQueryLimits.maxAliases),
        maxTokens: numberFrom(env, "LIMIT_TOKENS", defaultQueryLimits.maxTokens),
        maxDirectives: numberFrom(env, "LIMIT_DIRECTIVES", defaultQueryLimits.maxDirectives),
        maxCost: numberFrom(env, "LIMIT_COST", defaultQueryLimits.maxCost),
        maxResultItems: numberFrom(env, "LIMIT_RESULT_ITEMS", defaultQueryLimits.maxResultItems),
      },
      concurrencyGate: {
        expensiveCost: numberFrom(env, "EXPENSIVE_COST", defaultConcurrencyGate.expensiveCost),
        running: numberFrom(env, "EXPENSIVE_RUNNING", defaultConcurrencyGate.running),
        waiting: numberFrom(env, "EXPENSIVE_WAITING", defaultConcurrencyGate.waiting),
        maxWaitMs: numberFrom(env, "EXPENSIVE_MAX_WAIT_MS", defaultConcurrencyGate.maxWaitMs),
      },
      costPerMinute: numberFrom(env, "RATE_LIMIT_COST_PER_MINUTE", defaultCostPerMinute),
      introspection,
      // The explorer reads the schema by introspection and sends operations of its user's writing:
      // with either refused there is nothing to explore.
      explorer: booleanFrom(env, "GRAPHQL_EXPLORER", introspection && persistedOperations === undefined),
      corsOrigins: listFrom(env, "CORS_ORIGINS").map(parseAllowedOrigin),
      // Checked here as names, and against the schema's own types when the server builds it.
      partnerNodeTypes: partnerNodeTypesFrom(env),
      hideSchemaDetails: production,
      persistedOperations,
      resolveViewer: createViewerResolver(tokenSettingsFromEnv(env)),
    },
  };
}
