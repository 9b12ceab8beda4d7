import { createHash } from "node:crypto";
import { type ApolloServerPlugin, type GraphQLResponse, HeaderMap, type HTTPGraphQLRequest } from "@apollo/server";
import type { DatabaseHandle } from "../db/client.js";
import type { WriteNotifications } from "../db/write-notifications.js";
import type { Context } from "../graphql/context.js";
import { routerWantsTrace } from "./federated-trace.js";

/** A statement that changes data, or makes changes visible (the COMMIT of a write transaction). */
type SingleResult = Extract<GraphQLResponse["body"], { kind: "single" }>["singleResult"];

const writeStatement = /^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|TRUNCATE|COMMIT)\b/i;
const commitStatement = /^\s*COMMIT\b/i;

/** How long a mutation's answer waits for the notification of its own commit to come back. */
const ownNotificationWaitMs = 1000;

export interface ResponseCacheOptions {
  /** Most responses kept; the least recently used go first. */
  maxEntries?: number;
  /** Most characters of response JSON kept, all entries together; the least recently used go first. */
  maxCharacters?: number;
  /** How long a response may be served, in ms: bounds staleness after writes by other processes. */
  ttlMs?: number;
  onLookup?: (result: "hit" | "miss") => void;
  /**
   * Writes committed by other processes: each empties the cache; while they cannot be heard,
   * nothing is served from the cache or stored in it.
   */
  notifications?: WriteNotifications;
}

/**
 * Serves identical read operations — same document, operation, variables and viewer scope —
 * from memory. Any write this process sends to the database empties the cache at once; so does
 * any write another process commits (db/write-notifications.ts): on PostgreSQL each commit is
 * notified to every instance, and a mutation's answer waits (up to a second) until the
 * notification of its own commit has come back, so the instances have been told before the writer
 * hears "done"; on SQLite the file's data version is compared before each lookup and each store.
 * The TTL bounds what nothing else does: while notifications cannot be heard, the cache is not
 * used at all. The viewer's scope is
 * part of the key, so one viewer's scoped data is never served to another. Each response says
 * `extensions.cache`: "HIT" or "MISS".
 */
export function createResponseCache(
  database: DatabaseHandle,
  { maxEntries = 1000, maxCharacters = 16_000_000, ttlMs = 60_000, onLookup, notifications }: ResponseCacheOptions = {},
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
  const invalidate = () => {
    entries.clear();
    characters = 0;
    generation++;
  };
  // Commits after writes by this process: a mutation that made one waits for its notification.
  let committedWrites = 0;
  let wroteSinceCommit = false;
  const stopWatching = database.onStatement((sql) => {
    if (!writeStatement.test(sql)) return;
    invalidate();
    if (!commitStatement.test(sql)) wroteSinceCommit = true;
    else if (wroteSinceCommit) {
      committedWrites++;
      wroteSinceCommit = false;
    }
  });
  const stopHearing = notifications?.onWrite(invalidate);
  const usable = () => notifications?.isListening() ?? true;

  const keyOf = (context: Context, queryHash: string, operationName: string | null | undefined, variables: unknown) =>
    createHash("sha256")
      .update(JSON.stringify([context.viewer.scope, queryHash, operationName ?? null, variables ?? {}]))
      .digest("hex");

  /** Stores an answer's JSON, unless a write came between the start of its request and now. */
  const store = (key: string, startedIn: number, json: string) => {
    notifications?.catchUp();
    if (generation !== startedIn || !usable() || json.length > maxCharacters) return;
    forget(key);
    entries.set(key, { storedAt: Date.now(), json });
    characters += json.length;
    while (entries.size > maxEntries || characters > maxCharacters) forget(entries.keys().next().value!);
  };
  // Answers to keep once Apollo has written their text, by the HTTP request they answer.
  const awaitingText = new WeakMap<HTTPGraphQLRequest, { key: string; startedIn: number }>();

  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      let key: string | undefined;
      // What other processes committed until now empties the cache before this request looks in it.
      notifications?.catchUp();
      const startedIn = generation;
      const committedBefore = committedWrites;
      const heardBefore = notifications?.received() ?? 0;
      return {
        async responseForOperation({ contextValue, queryHash, operation, request, operationName }) {
          if (operation.operation !== "query" || routerWantsTrace(request) || queryHash === undefined) return null;
          try {
            // Apollo's hash of the operation's text (registered ones included), not the document
            // printed again: printing walked the whole document on every request.
            key = keyOf(contextValue, queryHash, operationName, request.variables);
          } catch (error) {
            // Variables nested thousands deep overflow JSON.stringify's stack. Such a request is not
            // worth caching: it runs uncached, and coercion refuses the variables as BAD_USER_INPUT.
            if (error instanceof RangeError) return null;
            throw error;
          }
          // Deaf to other processes' writes, the cache may hold what they changed: it is not read.
          const entry = usable() ? entries.get(key) : undefined;
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
        async willSendResponse({ response, operation, request }) {
          if (operation?.operation === "mutation" && notifications?.isListening() && committedWrites > committedBefore) {
            await notifications.arrivedAfter(heardBefore, ownNotificationWaitMs);
          }
          if (!key || response.body.kind !== "single" || response.body.singleResult.errors?.length) return;
          const { singleResult } = response.body;
          // Over HTTP, the text Apollo is about to write is kept (keep, from the HTTP layer): one
          // stringify of each answer, not two. In-process operations have no such text.
          if (request.http) awaitingText.set(request.http, { key, startedIn });
          else store(key, startedIn, JSON.stringify(singleResult));
          singleResult.extensions = { ...singleResult.extensions, cache: "MISS" };
        },
      };
    },
  };
  return {
    plugin,
    /** The text Apollo answered an HTTP request with: kept if the cache chose to keep that answer. */
    keep(request: HTTPGraphQLRequest, text: string) {
      const waiting = awaitingText.get(request);
      if (!waiting) return;
      awaitingText.delete(request);
      store(waiting.key, waiting.startedIn, text);
    },
    clear: () => {
      entries.clear();
      characters = 0;
    },
    stop: () => {
      stopWatching();
      stopHearing?.();
    },
  };
}
