import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { npmStartNode } from "../helpers/server-process.js";
import { testProvider } from "../helpers/test-database.js";

// Every command that takes arguments answers --help with its usage (exit 0) and refuses a bad
// argument with one line and the usage (exit 2), never a Node stack trace. Run as `npm run` runs them.

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: repositoryRoot,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: "file:./prisma/data/command-line-test-never-opened.db" },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const commands = [
  { script: "src/cli/import.ts", usage: "Usage: npm run import" },
  { script: "src/cli/synthetic/generate.ts", usage: "Usage: npm run seed:synthetic" },
  { script: "src/cli/seed.ts", usage: "Usage: npm run db:seed" },
  { script: "src/cli/build-explorer.ts", usage: "Usage: npm run build:explorer" },
  { script: "src/cli/build-server.ts", usage: "Usage: npm run build:server" },
  { script: "src/cli/migrate.ts", usage: "Usage: npm run db:migrate" },
  { script: "src/cli/print-schema.ts", usage: "Usage: npm run schema" },
  { script: "src/cli/build-divisions.ts", usage: "Usage: npm run divisions" },
  { script: "src/cli/write-persisted-operations.ts", usage: "Usage: npm run persisted-operations" },
  { script: "test/client/analyst-report.ts", usage: "Usage: npm run example:client" },
  // Refused before anything runs: these two stop the PostgreSQL cluster or load it for 30 s.
  { script: "test/faults/database-fault.ts", usage: "Usage: npm run fault:database" },
  { script: "test/load/concurrent-editors-run.ts", usage: "Usage: npm run load:editors" },
  { script: "test/bench/bench.ts", usage: "Usage: npm run bench" },
  { script: "test/faults/attack.ts", usage: "Usage: npm run attack" },
];

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);

// No database is opened: once, in the SQLite run, is enough.
describe.runIf(testProvider === "sqlite")("command lines", () => {
  it.each(commands)("$script answers --help with its usage and exit 0", ({ script, usage }) => {
    const { status, stdout, stderr } = run(script, "--help");
    expect(status, stderr).toBe(0);
    expect(stdout.split("\n")[0]).toContain(usage);
  });

  it.each(commands)("$script refuses an unknown option with one line, the usage and exit 2", ({ script, usage }) => {
    const { status, stderr } = run(script, "--no-such-option");
    expect(status, stderr).toBe(2);
    expect(stderr.split("\n")[0]).toMatch(/no-such-option/);
    expect(stderr).toContain(usage);
    noStackTrace(stderr);
  });

  it("import names a missing file or a report that is no JSON in one line, exit 2", () => {
    const missing = run("src/cli/import.ts", "no/such/report.json");
    expect(missing.status).toBe(2);
    expect(missing.stderr.split("\n")[0]).toBe("Cannot read the report no/such/report.json: no such file.");
    noStackTrace(missing.stderr);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "reform-import-")), "report.json");
    fs.writeFileSync(file, "{ not json");
    const broken = run("src/cli/import.ts", file);
    expect(broken.status).toBe(2);
    expect(broken.stderr.split("\n")[0]).toMatch(/^The report .+ is not JSON: /);
    noStackTrace(broken.stderr);
    const two = run("src/cli/import.ts", file, file);
    expect(two.status).toBe(2);
    expect(two.stderr.split("\n")[0]).toBe("Give exactly one report file (got 2).");
  });

  it("seed:synthetic and bench refuse bad numbers the same way", () => {
    const generator = run("src/cli/synthetic/generate.ts", "--database", "file:/tmp/never.db", "--honourees", "many");
    expect(generator.status).toBe(2);
    expect(generator.stderr.split("\n")[0]).toBe("--honourees must be a whole number from 0 to 50000000.");
    const bench = run("test/bench/bench.ts", "--duration", "0");
    expect(bench.status).toBe(2);
    expect(bench.stderr.split("\n")[0]).toBe("--duration must be a whole number of at least 1.");
  });

  it("db:migrate names the database it migrates and none of Prisma's placeholder url", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "reform-migrate-")), "fresh.db");
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli/migrate.ts"], {
      cwd: repositoryRoot,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: `file:${file}` },
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split("\n")[0]).toBe(`Migrating the SQLite database ${file}`);
    expect(result.stdout).toMatch(/migrations found/);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/placeholder|will NOT be used/);
    expect(fs.existsSync(file)).toBe(true);
  });

  it("import's summary says what its rows came to: re-importing a seeded article creates and changes nothing", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "reform-import-again-")), "seeded.db");
    const env = { ...process.env, DATABASE_URL: `file:${file}` };
    const step = (script: string, ...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd: repositoryRoot, encoding: "utf8", env, timeout: 120_000 });
    expect(step("src/cli/migrate.ts").status).toBe(0);
    expect(step("src/cli/seed.ts").status).toBe(0);
    const imported = step("src/cli/import.ts", "seeds/articles/yunnan-baoshan-federation-of-trade-unions.json");
    expect(imported.status, imported.stderr).toBe(0);
    // Not a terminal: no progress line, only the summary.
    expect(imported.stdout).not.toMatch(/\r/);
    const summary = /(\d+) records \(([\d,]+) rows stored or confirmed\): 0 created, 0 changed, (\d+) already stored as given\./.exec(imported.stdout);
    expect(summary, imported.stdout).not.toBeNull();
    expect(summary![1]).toBe(summary![3]);
    expect(Number(summary![2]!.replace(/,/g, ""))).toBeGreaterThanOrEqual(Number(summary![1]));
  });

  it("npm start refuses a setting it cannot run with in one line, exit 2, before opening the database", () => {
    for (const [name, value, message] of [
      ["LIMIT_DEPTH", "deep", 'reform-graph: LIMIT_DEPTH must be a whole number of at least 0, not "deep"'],
      ["CORS_ORIGINS", "https://a.example/path", 'reform-graph: CORS_ORIGINS lists "https://a.example/path", which is not an origin'],
      ["PERSISTED_OPERATIONS_MANIFEST", "no/such/manifest.json", "no/such/manifest.json: no persisted operation manifest there"],
      ["FEDERATION_PARTNER_NODE_TYPES", "TrainingCourse,link__Import", 'reform-graph: FEDERATION_PARTNER_NODE_TYPES: "link__Import" is not a type name'],
    ] as const) {
      const result = spawnSync(process.execPath, [npmStartNode().entry], {
        cwd: repositoryRoot,
        encoding: "utf8",
        env: { ...process.env, DATABASE_URL: "file:./prisma/data/command-line-test-never-opened.db", PERSISTED_OPERATIONS: "only", [name]: value },
        timeout: 60_000,
      });
      expect(result.status, result.stderr).toBe(2);
      expect(result.stderr.split("\n")[0]).toContain(message);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
    }
    expect(fs.existsSync(path.join(repositoryRoot, "prisma/data/command-line-test-never-opened.db"))).toBe(false);
  });

  it("example:client and persisted-operations refuse what they cannot use in one line, exit 2 or 1", () => {
    const notUrl = run("test/client/analyst-report.ts", "localhost:4000");
    expect([notUrl.status, notUrl.stderr.split("\n")[0]]).toEqual([2, '"localhost:4000" is not an http(s) URL.']);
    const nobody = run("test/client/analyst-report.ts", "http://127.0.0.1:59999/graphql");
    expect(nobody.status).toBe(1);
    expect(nobody.stderr.trim()).toMatch(/^Cannot get the answers from http:\/\/127\.0\.0\.1:59999\/graphql: fetch failed: connect ECONNREFUSED/);
    noStackTrace(nobody.stderr);
    const folder = run("src/cli/write-persisted-operations.ts", "no/such/folder");
    expect([folder.status, folder.stderr.split("\n")[0]]).toEqual([2, "Cannot read the folder no/such/folder: no such folder."]);
  });
});
