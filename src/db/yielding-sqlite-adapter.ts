import { setImmediate as nextEventLoopTurn } from "node:timers/promises";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSqlite3["connect"]>>;
type SqliteTransaction = Awaited<ReturnType<SqliteAdapter["startTransaction"]>>;
type SqliteQuery = Parameters<SqliteAdapter["queryRaw"]>[0];

/**
 * better-sqlite3 runs every statement synchronously, and the adapter answers with already-resolved
 * promises, so a request's whole chain of statements (and the query compilation between them) runs
 * in one stretch of microtasks: the event loop never gets a turn, and `/healthz`, `/readyz` and
 * every other connection wait until the heaviest request in flight is done (measured: 180–360 ms
 * under a flood of deep-list reads on a 200k-honour database). Waiting for the next event-loop turn
 * before each statement bounds that stretch to one statement. It costs one macrotask per statement
 * (a few microseconds), and changes nothing about what runs: the statements still go to the one
 * connection in the order they were issued.
 */
export class EventLoopYieldingSqlite extends PrismaBetterSqlite3 {
  override async connect(): Promise<SqliteAdapter> {
    return yieldingAdapter(await super.connect());
  }

  override async connectToShadowDb(): Promise<SqliteAdapter> {
    return yieldingAdapter(await super.connectToShadowDb());
  }
}

/** The queryable's two statement calls, each waiting for the next event-loop turn first. */
function yieldingStatements(queryable: Pick<SqliteAdapter, "queryRaw" | "executeRaw">): Pick<SqliteAdapter, "queryRaw" | "executeRaw"> {
  return {
    queryRaw: async (query: SqliteQuery) => {
      await nextEventLoopTurn();
      return queryable.queryRaw(query);
    },
    executeRaw: async (query: SqliteQuery) => {
      await nextEventLoopTurn();
      return queryable.executeRaw(query);
    },
  };
}

function yieldingAdapter(adapter: SqliteAdapter): SqliteAdapter {
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    ...yieldingStatements(adapter),
    executeScript: (script) => adapter.executeScript(script),
    ...(adapter.getConnectionInfo && { getConnectionInfo: () => adapter.getConnectionInfo!() }),
    startTransaction: async (isolationLevel) => yieldingTransaction(await adapter.startTransaction(isolationLevel)),
    dispose: () => adapter.dispose(),
  };
}

function yieldingTransaction(transaction: SqliteTransaction): SqliteTransaction {
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    ...yieldingStatements(transaction),
    commit: () => transaction.commit(),
    rollback: () => transaction.rollback(),
    // Prisma 7's nested transactions (driver-adapter-utils 7): savepoints, when the adapter has them.
    ...(transaction.createSavepoint && { createSavepoint: (name: string) => transaction.createSavepoint!(name) }),
    ...(transaction.rollbackToSavepoint && { rollbackToSavepoint: (name: string) => transaction.rollbackToSavepoint!(name) }),
    ...(transaction.releaseSavepoint && { releaseSavepoint: (name: string) => transaction.releaseSavepoint!(name) }),
  };
}
