import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { isFinishedDataSet, syntheticSource } from "../../src/cli/synthetic/catalogue.js";
import { openDatabase } from "../../src/db/client.js";
import { repositoryRoot, resolveDatabaseTarget } from "../../src/db/database-url.js";
import { testProvider } from "../helpers/test-database.js";

// `npm run seed:synthetic` into a database of its own: a finished run says so, and a run that
// dies half-way leaves a database that says it is incomplete, which the benchmark refuses.

// A database the generator migrates itself: a new file, or a new schema of the test database.
const name = `synthetic_test_${process.pid}_${Date.now()}`;
const postgresUrl = process.env.TEST_POSTGRES_URL;
const databaseUrl =
  testProvider === "sqlite" ? `file:${path.join(os.tmpdir(), `${name}.db`)}` : `${postgresUrl}${postgresUrl?.includes("?") ? "&" : "?"}schema=${name}`;

afterAll(async () => {
  if (testProvider === "sqlite") {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(`${resolveDatabaseTarget(databaseUrl).location}${suffix}`, { force: true });
    return;
  }
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
  await client.end();
});

function generate(args: string[]): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", "src/cli/synthetic/generate.ts", "--database", databaseUrl, ...args], {
    cwd: repositoryRoot,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output, exited: new Promise((resolve) => child.on("exit", (code) => resolve(code))) };
}

async function syntheticSourceOnRecord() {
  const { db } = openDatabase(resolveDatabaseTarget(databaseUrl));
  try {
    const source = await db.sourceDocument.findUnique({ where: { key: syntheticSource.key } });
    return { source, persons: await db.person.count() };
  } finally {
    await db.$disconnect();
  }
}

const tiny = ["--prefectures", "1", "--counties", "5", "--honourees", "500", "--funding", "50", "--figures", "50"];

describe("seed:synthetic", () => {
  it("marks a finished data set with the synthetic source's own titles", async () => {
    const run = generate(tiny);
    expect(await run.exited, run.output()).toBe(0);
    // Written to a pipe, progress is one plain line per table: no carriage returns to garble a log.
    expect(run.output()).not.toContain("\r");
    expect(
      run
        .output()
        .split("\n")
        .filter((line) => /^Person\s/.test(line)),
    ).toHaveLength(1);
    const { source, persons } = await syntheticSourceOnRecord();
    expect(source).toMatchObject({ titleZh: syntheticSource.titleZh, titleEn: syntheticSource.titleEn });
    expect(isFinishedDataSet(source!)).toBe(true);
    expect(persons).toBe(500);
  }, 120_000);

  it("leaves a run killed half-way marked INCOMPLETE, so it is never taken for a finished one", async () => {
    const run = generate(["--prefectures", "2", "--counties", "10", "--honourees", "5000000", "--funding", "50", "--figures", "50"]);
    // Killed once the table before the people is done, so while it writes five million people, long
    // before the honours, tallies and statistics. (To a pipe, a table's line comes when it is done.)
    for (let waited = 0; !/HonourTitle/.test(run.output()) && waited < 60_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(run.output()).toMatch(/HonourTitle/);
    expect(run.output()).not.toMatch(/Person/);
    run.child.kill("SIGKILL");
    await run.exited;
    const { source } = await syntheticSourceOnRecord();
    expect(source?.titleEn).toMatch(/INCOMPLETE/);
    expect(isFinishedDataSet(source!)).toBe(false);
  }, 120_000);
});
