import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { type DatabaseHandle, openDatabase } from "../../db/client.js";
import { type DatabaseTarget, defaultDatabaseUrl, repositoryRoot, resolveDatabaseTarget, tableInSql } from "../../db/database-url.js";
import { migrationCli } from "../../db/migration-cli.js";
import { Prisma } from "../../generated/sqlite/index.js";
import { syntheticSource } from "./catalogue.js";

/** A reason not to touch the database, said to the user as is. */
export class RefusedTarget extends Error {}

/**
 * Opens the database the synthetic data set goes into, migrated and emptied, after making sure
 * it is not one that real data lives in: not the embedded default, and nothing sourced from a
 * real newsletter. A database holding only an earlier synthetic data set is emptied.
 */
export async function prepareTargetDatabase(databaseUrl: string): Promise<DatabaseHandle> {
  const target = targetOf(databaseUrl);
  if (target.provider === "sqlite") {
    if (target.location === resolveDatabaseTarget(defaultDatabaseUrl).location) {
      throw new RefusedTarget(
        `${databaseUrl} is the embedded default database of the real data; give the synthetic data set its own file, e.g. file:prisma/data/synthetic.db`,
      );
    }
    if (target.location === ":memory:")
      throw new RefusedTarget("an in-memory database would be gone when the generator exits; give a file or a PostgreSQL URL");
  } else {
    await createPostgresDatabaseIfMissing(target);
  }

  const existed = target.provider === "postgresql" || fs.existsSync(target.location);
  applyMigrations(databaseUrl);
  const database = openDatabase(target);
  if (!existed) return database;

  try {
    await refuseRealData(database, databaseUrl);
  } catch (error) {
    await database.db.$disconnect();
    throw error;
  }
  if (target.provider === "postgresql") {
    await truncateAllTables(database, target);
    return database;
  }
  // A fresh file is quicker than deleting millions of rows and leaves no free pages behind.
  await database.db.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${target.location}${suffix}`, { force: true });
  applyMigrations(databaseUrl);
  return openDatabase(target);
}

function targetOf(databaseUrl: string): DatabaseTarget {
  try {
    return resolveDatabaseTarget(databaseUrl);
  } catch (error) {
    throw new RefusedTarget(error instanceof Error ? error.message.replace("DATABASE_URL", "--database") : String(error));
  }
}

async function refuseRealData({ db }: DatabaseHandle, databaseUrl: string) {
  const realSources = await db.sourceDocument.findMany({ where: { key: { not: syntheticSource.key } }, select: { key: true }, take: 3 });
  const realArticles = await db.article.count({ where: { sourceDocument: { key: { not: syntheticSource.key } } } });
  if (realSources.length > 0 || realArticles > 0) {
    const sample = realSources.map((source) => source.key).join(", ");
    throw new RefusedTarget(
      `${databaseUrl} holds real data (${realArticles} articles from non-synthetic sources${sample ? `, e.g. ${sample}` : ""}); synthetic data is never mixed with it. Give another database.`,
    );
  }
}

/** The role may create databases (.ci/run gives it CREATEDB); it does so from the `postgres` database. */
async function createPostgresDatabaseIfMissing(target: DatabaseTarget) {
  const url = new URL(target.location);
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!name) throw new RefusedTarget(`${target.location} names no database`);
  url.pathname = "/postgres";
  url.search = "";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** `prisma migrate deploy` on the target, as `npm start` does; its output is shown only on failure. */
function applyMigrations(databaseUrl: string) {
  const run = spawnSync(...migrationCli(["migrate", "deploy"]), {
    cwd: repositoryRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (run.status !== 0) {
    throw new Error(`prisma migrate deploy failed on ${databaseUrl}:\n${run.stdout}${run.stderr}${run.error ?? ""}`);
  }
}

/** Every model table at once, so foreign keys between them never stand in the way. */
async function truncateAllTables({ db }: DatabaseHandle, target: DatabaseTarget) {
  const tables = Object.values(Prisma.ModelName).map((table) => tableInSql(target, table));
  await db.$executeRawUnsafe(`TRUNCATE TABLE ${tables.join(", ")} RESTART IDENTITY`);
}

/** A database URL fit to print: a PostgreSQL password is masked. */
export const withoutPassword = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
