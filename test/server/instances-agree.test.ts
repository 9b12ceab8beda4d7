import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listenerApplicationName } from "../../src/db/write-notifications.js";
import { fixtureCitation } from "../helpers/fixtures.js";
import { baoshanMedalsFigure } from "../helpers/seeded-api.js";
import { request, ServerProcess, sleep } from "../helpers/server-process.js";
import { createTestDatabase, type TestDatabase, testProvider } from "../helpers/test-database.js";
import { editorOf, regionCodes, testTokenSecret } from "../helpers/tokens.js";

// Several server instances on one database, as behind a load balancer (PostgreSQL), or a server
// beside a CLI import (either): a write through any of them, or by any other process, empties
// every instance's response cache, so the next read anywhere sees it. Two real server processes,
// response cache on (its 60 s default TTL).

const baoshanFigures = `{ reportedFigures(filter: { regionCode: "530500" }) { totalCount } }`;
const create = `mutation($input: CreateReportedFigureInput!) {
  createReportedFigure(input: $input) { __typename ... on MutationCreateReportedFigureSuccess { data { key } } }
}`;

describe(`several instances on one ${testProvider} database`, () => {
  let database: TestDatabase;
  let first: ServerProcess;
  let second: ServerProcess;
  let schema: string;
  const onPostgres = testProvider === "postgresql";

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.seed();
    schema = onPostgres ? new URL(database.url).searchParams.get("schema")! : "";
    [first, second] = await Promise.all([
      ServerProcess.start(database.url, { JWT_SECRET: testTokenSecret }),
      ServerProcess.start(database.url, { JWT_SECRET: testTokenSecret }),
    ]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await database?.close();
  });

  async function ask(server: ServerProcess, query: string, variables?: unknown, token?: string) {
    const { status, text } = await request(
      `${server.baseUrl}/graphql`,
      JSON.stringify({ query, variables }),
      token ? { authorization: `Bearer ${token}` } : {},
    );
    expect(status, text).toBe(200);
    return JSON.parse(text) as { data: any; errors?: unknown[]; extensions?: { cache?: string } };
  }
  const countThrough = async (server: ServerProcess) => {
    const answer = await ask(server, baoshanFigures);
    return { cache: answer.extensions?.cache, totalCount: answer.data.reportedFigures.totalCount as number };
  };

  it.skipIf(!onPostgres)("gives every table of the schema the trigger that notifies its writes", async () => {
    const client = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await client.connect();
    const { rows } = await client.query(
      `SELECT t.table_name FROM information_schema.tables t
       WHERE t.table_schema = $1 AND t.table_type = 'BASE TABLE' AND t.table_name <> '_prisma_migrations'
         AND NOT EXISTS (SELECT 1 FROM information_schema.triggers g
           WHERE g.event_object_schema = t.table_schema AND g.event_object_table = t.table_name AND g.trigger_name = 'notify_write')`,
      [schema],
    );
    const { rows: tables } = await client.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'`,
      [schema],
    );
    await client.end();
    expect(tables[0].n).toBeGreaterThan(30);
    expect(rows.map((row) => row.table_name)).toEqual([]);
  });

  it("shows a write through one instance on the next read through the other, whose cached answer is dropped", async () => {
    const before = await countThrough(second);
    expect(await countThrough(second)).toEqual({ ...before, cache: "HIT" });
    expect((await countThrough(first)).totalCount).toBe(before.totalCount);

    const written = await ask(first, create, { input: baoshanMedalsFigure("test/instances/medals") }, await editorOf(regionCodes.baoshan));
    expect(written.data.createReportedFigure.__typename).toBe("MutationCreateReportedFigureSuccess");

    // No pause: on PostgreSQL the writer's answer came after its own commit's notification had come
    // back; on SQLite the other instance compares the file's data version before it looks up.
    expect(await countThrough(second)).toEqual({ cache: "MISS", totalCount: before.totalCount + 1 });
    expect(await countThrough(first)).toEqual({ cache: "MISS", totalCount: before.totalCount + 1 });
    expect(await countThrough(second)).toEqual({ cache: "HIT", totalCount: before.totalCount + 1 });
  });

  it("hears a write by another process (an import, psql) too", async () => {
    const { totalCount } = await countThrough(second);
    expect((await countThrough(second)).cache).toBe("HIT");
    const db = database.handle.db;
    const [indicator, baoshan, citation] = await Promise.all([
      db.indicator.findUniqueOrThrow({ where: { code: "demonstration_points.created" } }),
      db.region.findUniqueOrThrow({ where: { code: regionCodes.baoshan } }),
      fixtureCitation(db),
    ]);
    await db.reportedFigure.create({
      data: {
        key: "fixture/instances-points",
        indicatorId: indicator.id,
        regionId: baoshan.id,
        qualifier: "EXACT",
        value: 5n,
        statedAs: "5个",
        citationId: citation.id,
      },
    });
    // This process waits for no notification: on PostgreSQL the instance hears it within moments.
    let seen = await countThrough(second);
    for (let attempt = 0; onPostgres && attempt < 50 && seen.totalCount === totalCount; attempt++) {
      await sleep(20);
      seen = await countThrough(second);
    }
    expect(seen).toEqual({ cache: "MISS", totalCount: totalCount + 1 });
  });

  it.skipIf(!onPostgres)("neither serves nor stores cached answers while it cannot hear writes, and caches again once it listens", async () => {
    const listening = async (server: ServerProcess) => {
      const { text } = await request(`${server.baseUrl}/metrics`);
      return Number(/^reform_graph_write_notifications_listening (\d)$/m.exec(text)?.[1]);
    };
    const until = async (server: ServerProcess, state: number) => {
      for (let attempt = 0; attempt < 200 && (await listening(server)) !== state; attempt++) await sleep(5);
      return listening(server);
    };
    expect([await listening(first), await listening(second)]).toEqual([1, 1]);
    const { totalCount } = await countThrough(second);
    expect((await countThrough(second)).cache).toBe("HIT");

    // Cut the second instance's listening connection, as a network fault or a restart would.
    const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
    await admin.connect();
    try {
      const { rows } = await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND pid <> pg_backend_pid()`, [
        `${listenerApplicationName}:${schema}`,
      ]);
      expect(rows).toHaveLength(2);
    } finally {
      await admin.end();
    }
    expect(await until(second, 0)).toBe(0);
    // Deaf, it answers from the database and keeps nothing: a write it cannot hear shows at once.
    expect(await countThrough(second)).toEqual({ cache: "MISS", totalCount });
    const db = database.handle.db;
    await db.reportedFigure.update({ where: { key: "fixture/instances-points" }, data: { retiredAt: new Date() } });
    expect(await countThrough(second)).toEqual({ cache: "MISS", totalCount: totalCount - 1 });
    expect((await countThrough(second)).cache).toBe("MISS");

    // It connects again by itself (after a second) and caches once more.
    expect(await until(second, 1)).toBe(1);
    expect(await countThrough(second)).toEqual({ cache: "MISS", totalCount: totalCount - 1 });
    expect(await countThrough(second)).toEqual({ cache: "HIT", totalCount: totalCount - 1 });
  });
});
