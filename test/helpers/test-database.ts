import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../../src/db/client.js";
import { type DatabaseProvider, repositoryRoot, resolveDatabaseTarget } from "../../src/db/database-url.js";
import type { SeedBundle } from "../../src/records/seed-bundle.js";
import { loadSeeds, readSeeds, type SeedSummary } from "../../src/store/seed-loader.js";

export const testProvider = (process.env.TEST_DATABASE_PROVIDER ?? "sqlite") as DatabaseProvider;

export interface TestDatabase {
  handle: DatabaseHandle;
  /** Its DATABASE_URL, for a server process of its own. */
  url: string;
  provider: DatabaseProvider;
  /** Loads the real seed data (the five articles of the source newsletter). */
  seed(): Promise<SeedSummary>;
  /** Runs `work` and counts the SQL statements it sent. */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }>;
  close(): Promise<void>;
}

function migrationSql(provider: DatabaseProvider): string {
  const folder = path.join(repositoryRoot, "prisma", provider === "sqlite" ? "sqlite" : "postgres", "migrations");
  return fs
    .readdirSync(folder)
    .filter((name) => fs.existsSync(path.join(folder, name, "migration.sql")))
    .sort()
    .map((name) => fs.readFileSync(path.join(folder, name, "migration.sql"), "utf8"))
    .join("\n");
}

let seedBundle: Promise<SeedBundle> | undefined;

/**
 * A fresh, empty, migrated database for one test file: a temporary SQLite file, or a new
 * schema in the PostgreSQL test database. The committed migrations are applied as they are.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `test_${crypto.randomBytes(6).toString("hex")}`;
  let url: string;
  let dispose: () => Promise<void>;

  if (testProvider === "sqlite") {
    const file = path.join(os.tmpdir(), `reform-graph-${name}.db`);
    const sqlite = new BetterSqlite3(file);
    sqlite.exec(migrationSql("sqlite"));
    sqlite.close();
    url = `file:${file}`;
    dispose = async () => fs.rmSync(file, { force: true });
  } else {
    const base = process.env.TEST_POSTGRES_URL;
    if (!base) throw new Error("TEST_POSTGRES_URL is not set");
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${name}"; SET search_path TO "${name}"; ${migrationSql("postgresql")}`);
    await admin.end();
    const withSchema = new URL(base);
    withSchema.searchParams.set("schema", name);
    url = withSchema.toString();
    dispose = async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      await client.query(`DROP SCHEMA "${name}" CASCADE`);
      await client.end();
    };
  }

  const handle = openDatabase(resolveDatabaseTarget(url));
  return {
    handle,
    url,
    provider: testProvider,
    async seed() {
      seedBundle ??= readSeeds();
      return loadSeeds(handle.db, await seedBundle);
    },
    async countStatements(work) {
      let statements = 0;
      const stop = handle.onStatement(() => statements++);
      try {
        return { result: await work(), statements };
      } finally {
        stop();
      }
    },
    async close() {
      await handle.db.$disconnect();
      await dispose();
    },
  };
}
