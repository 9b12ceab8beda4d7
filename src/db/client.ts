import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "../generated/postgres/index.js";
import { type Prisma, PrismaClient as SqliteClient } from "../generated/sqlite/index.js";
import { type DatabaseTarget, resolveDatabaseTarget } from "./database-url.js";
import { EventLoopYieldingSqlite } from "./yielding-sqlite-adapter.js";

/**
 * The Prisma client the application talks to. The two generated clients (one per provider,
 * because the query compiler is provider-specific) have identical model APIs, so the code is
 * typed against one of them.
 */
export type Database = SqliteClient;

/**
 * Either generated client, typed as the one the code is written against. Their model APIs are
 * generated from the same datamodel and agree; they differ in provider details the code does not
 * use (PostgreSQL's four isolation levels, `mode: "insensitive"`). This is the one place that says so.
 */
function asDatabase(client: SqliteClient | PostgresClient): Database {
  return client as Database;
}

/** Which database each opened client talks to, for the statements that differ (advisory locks, hand-written SQL). */
const targets = new WeakMap<Database, DatabaseTarget>();

/** The database a client opened by openDatabase talks to. */
export function targetOf(db: Database): DatabaseTarget {
  const target = targets.get(db);
  if (!target) throw new Error("targetOf: a client not opened by openDatabase");
  return target;
}

/** The provider of a client opened by openDatabase. */
export function providerOf(db: Database): DatabaseTarget["provider"] {
  return targetOf(db).provider;
}

export interface DatabaseHandle {
  db: Database;
  target: DatabaseTarget;
  /** Subscribes to every SQL statement sent to the database; returns the unsubscribe function. */
  onStatement(listener: (sql: string) => void): () => void;
}

const queryEvents = [{ emit: "event", level: "query" }] as const satisfies Prisma.LogDefinition[];

/**
 * The one place that opens a database: SQLite by default, PostgreSQL for postgresql:// URLs.
 * `statementTimeoutMs` bounds how long one statement may hold a connection: PostgreSQL cancels
 * statements running longer; SQLite, where a running statement cannot be cancelled, waits at
 * most that long for another process's write lock before failing instead of hanging. Without it
 * (seed loads, migrations) statements run as long as they need.
 */
export function openDatabase(target: DatabaseTarget = resolveDatabaseTarget(), { statementTimeoutMs }: { statementTimeoutMs?: number } = {}): DatabaseHandle {
  const postgresOptions = statementTimeoutMs === undefined ? {} : { options: `-c statement_timeout=${statementTimeoutMs}` };
  const sqliteOptions = statementTimeoutMs === undefined ? {} : { timeout: statementTimeoutMs };
  const client =
    target.provider === "postgresql"
      ? new PostgresClient({
          adapter: new PrismaPg({ connectionString: target.location, ...postgresOptions }, { schema: target.postgresSchema }),
          log: [...queryEvents],
        })
      : new SqliteClient({ adapter: new EventLoopYieldingSqlite({ url: target.location, ...sqliteOptions }), log: [...queryEvents] });

  const listeners = new Set<(sql: string) => void>();
  (client as SqliteClient<{ log: typeof queryEvents }>).$on("query", (event) => {
    for (const listener of listeners) listener(event.query);
  });

  const db = asDatabase(client);
  targets.set(db, target);
  return {
    db,
    target,
    onStatement(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
