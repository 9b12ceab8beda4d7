import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import type { DatabaseTarget } from "./database-url.js";

/**
 * The channel the PostgreSQL trigger of every table notifies when a transaction that wrote it
 * commits (migration 20261203000000_write_notifications); the payload is the table's schema.
 */
export const writeNotificationChannel = "reform_graph_writes";

export interface WriteNotifications {
  /**
   * Calls `listener` for every write committed to this database's schema, by any process, and
   * whenever notifications may have been missed (the connection was lost, or has just been
   * made again): either way, what was read before may be out of date.
   */
  onWrite(listener: () => void): () => void;
  /** True while notifications arrive; while it is false, a write by another process goes unseen. */
  isListening(): boolean;
  /**
   * Hears now what has been committed until now, where commits are asked for rather than pushed
   * (SQLite); PostgreSQL's notifications arrive by themselves.
   */
  catchUp(): void;
  /** How many notifications have arrived so far. */
  received(): number;
  /** Resolves true once more than `count` notifications have arrived, false after `timeoutMs` without. */
  arrivedAfter(count: number, timeoutMs: number): Promise<boolean>;
  close(): Promise<void>;
}

/** The application_name of a listening connection, followed by ":" and the schema it listens for. */
export const listenerApplicationName = "reform-graph-write-notifications";

// A second at least: the cache is off meanwhile, which costs only speed; a database that went away
// is not asked again at once.
const retryDelaysMs = [1000, 2000, 5000, 15_000];

/**
 * LISTENs on a connection of its own (the pool's connections are lent to one statement at a time,
 * so none can hold a LISTEN) and connects again after losing it, at growing intervals. Resolves
 * once the first attempt has either listened or failed: a server whose listener cannot connect
 * still answers, uncached, until it can.
 */
export async function listenForWrites(target: DatabaseTarget, { onError }: { onError?: (error: Error) => void } = {}): Promise<WriteNotifications> {
  if (target.provider !== "postgresql") throw new Error("listenForWrites: PostgreSQL only");
  const schema = target.postgresSchema ?? "public";
  const listeners = new Set<() => void>();
  const waiting = new Set<() => void>();
  let client: pg.Client | undefined;
  let listening = false;
  let count = 0;
  let closed = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;

  const announce = () => {
    for (const listener of listeners) listener();
  };
  const arrived = () => {
    count++;
    announce();
    for (const wake of waiting) wake();
  };

  const lost = (connection: pg.Client, error?: Error) => {
    if (client !== connection) return;
    client = undefined;
    connection.removeAllListeners();
    connection.on("error", () => {});
    void connection.end().catch(() => {});
    if (error) onError?.(error);
    if (listening) {
      listening = false;
      announce();
    }
    if (closed) return;
    const delay = retryDelaysMs[Math.min(failures, retryDelaysMs.length - 1)];
    failures++;
    retry = setTimeout(() => void connect(), delay);
    retry.unref();
  };

  const connect = async () => {
    // Named so an operator (and the test that cuts it) can find it in pg_stat_activity.
    const connection = new pg.Client({ connectionString: target.location, application_name: `${listenerApplicationName}:${schema}` });
    client = connection;
    connection.on("error", (error) => lost(connection, error));
    connection.on("end", () => lost(connection));
    connection.on("notification", (message) => {
      if (message.channel === writeNotificationChannel && message.payload === schema) arrived();
    });
    try {
      await connection.connect();
      await connection.query(`LISTEN "${writeNotificationChannel}"`);
    } catch (error) {
      lost(connection, error as Error);
      return;
    }
    if (client !== connection) return;
    failures = 0;
    listening = true;
    // Anything may have been written while no one listened.
    announce();
  };

  await connect();

  return {
    onWrite(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    catchUp() {},
    isListening: () => listening,
    received: () => count,
    arrivedAfter(after, timeoutMs) {
      if (count > after) return Promise.resolve(true);
      return new Promise((resolve) => {
        const done = (answer: boolean) => {
          clearTimeout(timer);
          waiting.delete(wake);
          resolve(answer);
        };
        const wake = () => {
          if (count > after) done(true);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        waiting.add(wake);
      });
    },
    async close() {
      closed = true;
      clearTimeout(retry);
      const connection = client;
      client = undefined;
      listening = false;
      if (connection) {
        connection.removeAllListeners();
        connection.on("error", () => {});
        await connection.end().catch(() => {});
      }
    },
  };
}

/**
 * SQLite's counterpart, for a file other processes write too (a CLI import beside the server):
 * `PRAGMA data_version` on a connection of its own, which never writes, changes whenever any
 * other connection to the file commits. Asked at each catchUp (a synchronous call of a few
 * microseconds), so a cache that catches up before each lookup never serves what a commit changed.
 * An in-memory database has no other process to hear.
 */
export function watchSqliteCommits(target: DatabaseTarget): WriteNotifications | undefined {
  if (target.provider !== "sqlite") throw new Error("watchSqliteCommits: SQLite only");
  if (target.location === ":memory:") return undefined;
  const connection = new BetterSqlite3(target.location, { readonly: true, fileMustExist: true });
  const dataVersion = () => connection.pragma("data_version", { simple: true }) as number;
  const listeners = new Set<() => void>();
  let seen = dataVersion();
  let count = 0;
  let open = true;
  const catchUp = () => {
    if (!open) return;
    const version = dataVersion();
    if (version === seen) return;
    seen = version;
    count++;
    for (const listener of listeners) listener();
  };
  return {
    onWrite(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    catchUp,
    isListening: () => open,
    received: () => count,
    async arrivedAfter(after) {
      catchUp();
      return count > after;
    },
    async close() {
      open = false;
      connection.close();
    },
  };
}
