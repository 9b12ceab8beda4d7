import { createHash } from "node:crypto";
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap } from "@apollo/server";
import { print } from "graphql";
import type { DatabaseHandle } from "../db/client.js";
import type { Context } from "../graphql/context.js";
import { routerWantsTrace } from "./federated-trace.js";

/** A statement that changes data, or makes changes visible (the COMMIT of a write transaction). */
type SingleResult = Extract<GraphQLResponse["body"], { kind: "single" }>["singleResult"];

const writeStatement = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|TRUNCATE|COMMIT)\b/i;

export interface ResponseCacheOptions {
  /** Most responses kept; the least recently used go first. */
  maxEntries?: number;
  /** Most characters of response JSON kept, all entries together; the least recently used go first. */
  maxCharacters?: number;
  /** How long a response may be served, in ms: bounds staleness after writes by other processes. */
  ttlMs?: number;
  onLookup?: (result: "hit" | "miss") => void;
}

/**
 * Serves identical read operations — same document, operation, variables and viewer scope —
 * from memory. Any write this process sends to the database empties the cache at once; the TTL
 * bounds how long a write by another process (a CLI import) can go unseen. The viewer's scope is
 * part of the key, so one viewer's scoped data is never served to another. Each response says
 * `extensions.cache`: "HIT" or "MISS".
 */
export function createResponseCache(
  database: DatabaseHandle,
  { maxEntries = 1000, maxCharacters = 16_000_000, ttlMs = 60_000, onLookup }: ResponseCacheOptions = {},
) {
  // Responses are kept as JSON text: one string per entry, where the answer's object graph would be
  // thousands of objects that every garbage collection of a 256 MB heap walks again.
  const entries = new Map<string, { storedAt: number; json: string }>();
  let characters = 0;
  const forget = (key: string) => {
    characters -= entries.get(key)?.json.length ?? 0;
    entries.delete(key);
  };
  // Raised by every write: a response computed while a write ran (an import's transaction can
  // stay open for seconds) may hold data from before it, so it is not stored.
  let generation = 0;
  const stopWatching = database.onStatement((sql) => {
    if (!writeStatement.test(sql)) return;
    entries.clear();
    characters = 0;
    generation++;
  });

  const keyOf = (context: Context, document: string, operationName: string | null | undefined, variables: unknown) =>
    createHash("sha256")
      .update(JSON.stringify([context.viewer.scope, document, operationName ?? null, variables ?? {}]))
      .digest("hex");

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      let key: string | undefined;
      const startedIn = generation;
      return {
        async responseForOperation({ contextValue, document, operation, request, operationName }) {
          if (operation.operation !== "query" || routerWantsTrace(request)) return null;
          try {
            key = keyOf(contextValue, print(document), operationName, request.variables);
          } catch (error) {
            // Variables nested thousands deep overflow JSON.stringify's stack. Such a request is not
            // worth caching: it runs uncached, and coercion refuses the variables as BAD_USER_INPUT.
            if (error instanceof RangeError) return null;
            throw error;
          }
          const entry = entries.get(key);
          if (!entry || Date.now() - entry.storedAt > ttlMs) {
            onLookup?.("miss");
            return null;
          }
          entries.delete(key);
          entries.set(key, entry);
          onLookup?.("hit");
          const stored = JSON.parse(entry.json) as SingleResult;
          const singleResult = { ...stored, extensions: { ...stored.extensions, cache: "HIT" } };
          key = undefined;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single", singleResult } };
        },
        async willSendResponse({ response }) {
          if (!key || response.body.kind !== "single" || response.body.singleResult.errors?.length) return;
          const { singleResult } = response.body;
          if (generation === startedIn) {
            const json = JSON.stringify(singleResult);
            if (json.length <= maxCharacters) {
              forget(key);
              entries.set(key, { storedAt: Date.now(), json });
              characters += json.length;
              while (entries.size > maxEntries || characters > maxCharacters) forget(entries.keys().next().value!);
            }
          }
          singleResult.extensions = { ...singleResult.extensions, cache: "MISS" };
        },
      };
    },
  };
  return {
    plugin,
    clear: () => {
      entries.clear();
      characters = 0;
    },
    stop: stopWatching,
  };
}
