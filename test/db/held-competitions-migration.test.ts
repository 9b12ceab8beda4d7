import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { useSeededApi } from "../helpers/seeded-api.js";
import { testProvider } from "../helpers/test-database.js";

// Databases tallied before planned competitions stopped counting as held are recounted by a
// migration: its SQL must count exactly as the write path (store/record-tallies.ts) does.

const api = useSeededApi();
const migration = path.join(
  repositoryRoot,
  `prisma/${testProvider === "sqlite" ? "sqlite" : "postgres"}/migrations/20261202180000_held_competitions_counted/migration.sql`,
);

/** Runs a migration file whole on the test database, as prisma migrate deploy runs it. */
async function applyMigrationFile(url: string, sql: string) {
  if (testProvider === "sqlite") {
    const sqlite = new BetterSqlite3(url.replace(/^file:/, ""));
    sqlite.exec(sql);
    sqlite.close();
    return;
  }
  const schema = new URL(url).searchParams.get("schema")!;
  const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await client.connect();
  await client.query(`SET search_path TO "${schema}"; ${sql}`);
  await client.end();
}

const competitionTallies = async () => {
  const db = api.database.handle.db;
  const tallies = await db.recordTally.findMany({
    where: { kind: "SKILL_COMPETITIONS" },
    select: { regionId: true, citationId: true, recordCount: true, year: true, honourTitleId: true, honourStatus: true },
    orderBy: [{ regionId: "asc" }, { citationId: "asc" }],
  });
  const totals = await db.recordTotal.findMany({
    where: { kind: "SKILL_COMPETITIONS" },
    select: { regionId: true, recordCount: true },
    orderBy: { regionId: "asc" },
  });
  return { tallies, totals };
};

describe(`the held-competitions migration (${testProvider})`, () => {
  it("recounts an old database's competition tallies exactly as the write path counts them", async () => {
    const db = api.database.handle.db;
    const counted = await competitionTallies();
    const shuifu = await db.region.findUniqueOrThrow({ where: { code: "530681" } });
    // The seeded tallies count Shuifu's 2020 competition, held, and not the one planned for 2021.
    expect(counted.totals).toEqual([{ regionId: shuifu.id, recordCount: 1 }]);
    // As an old database tallied it: the planned one counted too.
    await db.recordTotal.updateMany({ where: { kind: "SKILL_COMPETITIONS" }, data: { recordCount: 2 } });
    await db.recordTally.updateMany({ where: { kind: "SKILL_COMPETITIONS" }, data: { recordCount: 2 } });
    await applyMigrationFile(api.database.url, fs.readFileSync(migration, "utf8"));
    expect(await competitionTallies()).toEqual(counted);
  });
});
