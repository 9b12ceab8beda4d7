import BetterSqlite3 from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { createTestDatabase, type TestDatabase, testProvider } from "../helpers/test-database.js";

// A handle of the test's own with a short statement timeout over the test database: a statement
// that would run (or wait) longer fails with the database's own error instead of holding on.

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.close());

const shortTimeoutMs = 200;

describe.runIf(testProvider === "postgresql")("statement timeout on PostgreSQL", () => {
  it("cancels a statement that runs longer than the timeout", async () => {
    const { db } = openDatabase(database.handle.target, { statementTimeoutMs: shortTimeoutMs });
    try {
      await expect(db.$queryRawUnsafe("SELECT pg_sleep(30)")).rejects.toThrow(/statement timeout/);
      expect(await db.$queryRawUnsafe<{ statement_timeout: string }[]>("SHOW statement_timeout")).toEqual([{ statement_timeout: `${shortTimeoutMs}ms` }]);
    } finally {
      await db.$disconnect();
    }
  });
});

describe.runIf(testProvider === "sqlite")("busy timeout on SQLite", () => {
  it("gives up waiting for another connection's write lock instead of hanging", async () => {
    const { db } = openDatabase(database.handle.target, { statementTimeoutMs: shortTimeoutMs });
    const other = new BetterSqlite3(database.handle.target.location);
    try {
      other.exec("BEGIN EXCLUSIVE");
      await expect(db.$executeRawUnsafe(`DELETE FROM "Region"`)).rejects.toThrow(/locked|busy/i);
    } finally {
      other.exec("ROLLBACK");
      other.close();
      await db.$disconnect();
    }
  });
});
