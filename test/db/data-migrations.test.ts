import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { remarkAllLatestFigures } from "../../src/store/latest-figures.js";
import { useSeededApi } from "../helpers/seeded-api.js";
import { testProvider } from "../helpers/test-database.js";

// Migrations that bring derived data of existing databases up to date must derive it exactly as
// the write path does: competition tallies (store/record-tallies.ts), disputed reports
// (store/latest-figures.ts).

const api = useSeededApi();
const migrationFile = (name: string) =>
  path.join(repositoryRoot, `prisma/${testProvider === "sqlite" ? "sqlite" : "postgres"}/migrations/${name}/migration.sql`);
const migration = migrationFile("20261202180000_held_competitions_counted");

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

describe(`data migrations (${testProvider})`, () => {
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

  it("marks disputed reports as the write path marks them", async () => {
    const db = api.database.handle.db;
    const medals = await db.reportedFigure.findFirstOrThrow({ where: { statedAs: "6名", honourTitle: { nameZh: "云南省五一劳动奖章" } } });
    const { id: _id, key: _key, ...same } = medals;
    // Written behind the write path's back, as an old database holds it: 9 beside 6, a 6 beside 6, and a retired 8.
    await db.reportedFigure.createMany({
      data: [
        { ...same, key: "test/disputed/nine", value: 9n, statedAs: "9名", latestOfFacet: false, disputed: false },
        { ...same, key: "test/disputed/six", latestOfFacet: false, disputed: false },
        { ...same, key: "test/disputed/retired", value: 8n, statedAs: "8名", latestOfFacet: false, disputed: false, retiredAt: new Date() },
      ],
    });
    const sql = fs.readFileSync(migrationFile("20261202200000_disputed_figures"), "utf8");
    const backfill = sql.slice(sql.indexOf("-- Reports of one fact"));
    expect(backfill).toMatch(/^-- Reports of one fact/);
    await applyMigrationFile(api.database.url, backfill);
    const marked = async () =>
      (await db.reportedFigure.findMany({ where: { disputed: true }, select: { key: true }, orderBy: { key: "asc" } })).map((f) => f.key);
    const byMigration = await marked();
    expect(byMigration).toEqual([medals.key, "test/disputed/nine", "test/disputed/six"].sort());
    await db.reportedFigure.updateMany({ data: { disputed: false } });
    await db.$transaction((tx) => remarkAllLatestFigures(tx));
    expect(await marked()).toEqual(byMigration);
  });
});
