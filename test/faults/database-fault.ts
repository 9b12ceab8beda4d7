import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { parseCommandLineOrExit } from "../../src/cli/command-line.js";
import { repositoryRoot } from "../../src/db/database-url.js";
import { migrationCli } from "../../src/db/migration-cli.js";
import { localPostgres } from "../helpers/local-postgres.js";
import { machineDescription, request, ServerProcess, sleep } from "../helpers/server-process.js";
import { signToken, testTokenSecret } from "../helpers/tokens.js";

// `npm run fault:database`: the real server on PostgreSQL under steady read load, while the
// PostgreSQL cluster is stopped for a few seconds and started again. Measures how fast requests
// fail and with which code, what /readyz says meanwhile, and how long the server takes to answer
// again on its own. Stops the machine's shared cluster: run it when no test run is going.

// Asked before anything else: this stops the machine's PostgreSQL cluster.
parseCommandLineOrExit(
  `Usage: npm run fault:database

Stops the local PostgreSQL cluster (15/main) for 5 s under read and import load against the real
server, and records how requests fail and recover in test/faults/RESULTS.md. Takes no arguments.`,
  { options: {} },
);

const databaseName = "reform_graph_fault";
const databaseUrl = localPostgres.url(databaseName);
const cluster = ["15", "main"] as const;
/** How long PostgreSQL stays down; other engineers' test runs share the cluster. */
const outageMs = 5_000;
const baselineMs = 3_000;
/** Failing requests must fail faster than this: a client should not wait for a dead database. */
const failFastTargetMs = 3_000;
const loadConnections = 8;
const resultsFile = path.join(repositoryRoot, "test/faults/RESULTS.md");

const readQuery = JSON.stringify({
  query: `query FaultRead { regions(first: 20) { totalCount nodes { code nameZh organisations(first: 5) { totalCount } } } }`,
});

interface Sample {
  startedAt: number;
  durationMs: number;
  status: number | "no answer";
  /** The first GraphQL error code, or "ok". */
  outcome: string;
}

/** A load that runs against the server through the outage. */
interface Workload {
  name: string;
  /** Runs until `stopped()` turns true; the samples it took. */
  run(server: ServerProcess, stopped: () => boolean): Promise<Sample[]>;
}

function firstErrorCode(body: string): string {
  try {
    return (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? "ok";
  } catch {
    return "not JSON";
  }
}

const readLoad: Workload = {
  name: "reads",
  async run(server, stopped) {
    const samples: Sample[] = [];
    const connection = async () => {
      while (!stopped()) {
        const startedAt = performance.now();
        const answer = await request(`${server.baseUrl}/graphql`, readQuery).catch(() => undefined);
        const durationMs = performance.now() - startedAt;
        const outcome = answer ? firstErrorCode(answer.text) : "no answer";
        samples.push({ startedAt, durationMs, status: answer?.status ?? "no answer", outcome });
      }
    };
    await Promise.all(Array.from({ length: loadConnections }, connection));
    return samples;
  },
};

/** Figures per imported report: enough rows that an outage lands inside some import's transaction. */
const figuresPerReport = 200;
const importExcerpt = "故障测试：开展测试培训12场次";

/** A made-up report for this script only, one new article per attempt, each with its own figures. */
function faultReport(attempt: number) {
  const article = `fault-test/import-${attempt}`;
  return {
    ...(attempt === 1 ? { sourceDocument: { key: "fault-test", titleZh: "故障测试通讯", titleEn: "Fault-test newsletter", fileName: "fault-test.txt" } } : {}),
    articleText: `故障测试通讯（测试数据）。${importExcerpt}。`,
    article: {
      key: article,
      sourceDocument: "fault-test",
      ordinal: attempt,
      section: "NEWS_BRIEFS",
      titleZh: `故障测试${attempt}`,
      titleEn: `Fault test ${attempt}`,
    },
    figures: Array.from({ length: figuresPerReport }, (_, index) => ({
      key: `${article}/figure-${index}`,
      indicator: "propaganda.sessions",
      region: "530500",
      statedAs: "12场次",
      qualifier: "EXACT",
      value: 12,
      excerpt: importExcerpt,
    })),
  };
}

/** Every import attempt and whether the server acknowledged it, for the all-or-nothing check. */
const importAttempts: { attempt: number; acknowledged: boolean }[] = [];

const importLoad: Workload = {
  name: "imports",
  async run(server, stopped) {
    const samples: Sample[] = [];
    const token = await signToken({ sub: "fault-importer", role: "admin" });
    const mutation = `mutation($report: JSONObject!) { importReport(input: { report: $report }) { __typename } }`;
    const firstAttempt = (await countStoredArticles()) + 1;
    for (let attempt = firstAttempt; !stopped(); attempt++) {
      const startedAt = performance.now();
      const answer = await request(`${server.baseUrl}/graphql`, JSON.stringify({ query: mutation, variables: { report: faultReport(attempt) } }), {
        authorization: `Bearer ${token}`,
      }).catch(() => undefined);
      const outcome = answer ? firstErrorCode(answer.text) : "no answer";
      samples.push({ startedAt, durationMs: performance.now() - startedAt, status: answer?.status ?? "no answer", outcome });
      importAttempts.push({ attempt, acknowledged: outcome === "ok" && answer?.text.includes("MutationImportReportSuccess") === true });
      if (outcome !== "ok") await sleep(250);
    }
    return samples;
  },
};

const workloads: Workload[] = [readLoad, importLoad];

async function countStoredArticles(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(`SELECT count(*)::int AS n FROM "Article" WHERE key LIKE 'fault-test/%'`)).rows[0].n as number;
  } finally {
    await client.end();
  }
}

/** Per import attempt: the figures stored. An import is whole (all figures) or absent (none). */
async function importIntegrity() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = (
      await client.query(`SELECT split_part(key, '/figure-', 1) AS article, count(*)::int AS n FROM "ReportedFigure" WHERE key LIKE 'fault-test/%' GROUP BY 1`)
    ).rows as { article: string; n: number }[];
    const stored = new Map(rows.map((row) => [row.article, row.n]));
    const figuresOf = (attempt: number) => stored.get(`fault-test/import-${attempt}`) ?? 0;
    return {
      attempted: importAttempts.length,
      acknowledged: importAttempts.filter((a) => a.acknowledged).length,
      acknowledgedWhole: importAttempts.filter((a) => a.acknowledged && figuresOf(a.attempt) === figuresPerReport).length,
      refusedAbsent: importAttempts.filter((a) => !a.acknowledged && figuresOf(a.attempt) === 0).length,
      refusedWhole: importAttempts.filter((a) => !a.acknowledged && figuresOf(a.attempt) === figuresPerReport).length,
      halfWritten: importAttempts.filter((a) => figuresOf(a.attempt) !== 0 && figuresOf(a.attempt) !== figuresPerReport).length,
    };
  } finally {
    await client.end();
  }
}

function pgCluster(action: "stop" | "start") {
  execFileSync("pg_ctlcluster", action === "stop" ? [...cluster, "stop", "-m", "fast"] : [...cluster, "start"], { stdio: "inherit" });
}

async function prepareDatabase() {
  const admin = new pg.Client({ connectionString: localPostgres.url("postgres") });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [databaseName]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${databaseName}`);
    // Other sessions are other people's test runs: the outage will fail their statements.
    const others = await admin.query(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname IS NOT NULL AND datname <> $1 AND pid <> pg_backend_pid()",
      [databaseName],
    );
    console.log(`other client sessions on the cluster right now: ${others.rows[0].n}`);
  } finally {
    await admin.end();
  }
  execFileSync(...migrationCli(["migrate", "deploy"]), { cwd: repositoryRoot, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "ignore" });
}

/** /readyz every 250 ms until stopped: the statuses seen, with their times. */
async function watchReadiness(server: ServerProcess, stopped: () => boolean) {
  const seen: { at: number; status: number | "no answer"; durationMs: number }[] = [];
  while (!stopped()) {
    const startedAt = performance.now();
    const answer = await request(`${server.baseUrl}/readyz`).catch(() => undefined);
    seen.push({ at: startedAt, status: answer?.status ?? "no answer", durationMs: performance.now() - startedAt });
    await sleep(250);
  }
  return seen;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([name, count]) => `${name} × ${count}`).join(", ");
};

async function main() {
  await prepareDatabase();
  const server = await ServerProcess.start(databaseUrl, { RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_COST_PER_MINUTE: "0", JWT_SECRET: testTokenSecret });
  let clusterDown = false;
  // Whatever happens, the shared cluster comes back up.
  const restoreCluster = () => {
    if (clusterDown) pgCluster("start");
    clusterDown = false;
  };
  process.once("SIGINT", () => {
    restoreCluster();
    process.exit(130);
  });

  try {
    let stopped = false;
    const loads = workloads.map((workload) => workload.run(server, () => stopped));
    const readiness = watchReadiness(server, () => stopped);
    await sleep(baselineMs);

    const stopStarted = performance.now();
    pgCluster("stop");
    clusterDown = true;
    const down = performance.now();
    await sleep(outageMs);
    const startStarted = performance.now();
    restoreCluster();
    const up = performance.now();

    let recoveredAt: number | undefined;
    for (let attempt = 0; attempt < 600 && recoveredAt === undefined; attempt++) {
      const answer = await request(`${server.baseUrl}/graphql`, readQuery).catch(() => undefined);
      if (answer?.status === 200 && firstErrorCode(answer.text) === "ok") recoveredAt = performance.now();
      else await sleep(50);
    }
    await sleep(1_000);
    stopped = true;
    const samples = (await Promise.all(loads)).flat();
    const readySeen = await readiness;

    const during = samples.filter((sample) => sample.startedAt >= down && sample.startedAt + sample.durationMs <= startStarted);
    const failing = during.filter((sample) => sample.outcome !== "ok");
    const afterRecovery = samples.filter((sample) => recoveredAt !== undefined && sample.startedAt >= recoveredAt);
    const readyDuring = readySeen.filter((probe) => probe.at >= down && probe.at + probe.durationMs <= startStarted);
    const figures = {
      date: new Date().toISOString(),
      machine: machineDescription(),
      outageSeconds: (startStarted - stopStarted) / 1000,
      stopSeconds: (down - stopStarted) / 1000,
      startSeconds: (up - startStarted) / 1000,
      baseline: samples.filter((sample) => sample.startedAt + sample.durationMs < stopStarted),
      stopping: samples.filter((sample) => sample.startedAt < down && sample.startedAt + sample.durationMs >= stopStarted),
      during,
      failing,
      failingP50: percentile(
        failing.map((sample) => sample.durationMs),
        50,
      ),
      failingP99: percentile(
        failing.map((sample) => sample.durationMs),
        99,
      ),
      readyDuring,
      recoverySeconds: recoveredAt === undefined ? undefined : (recoveredAt - up) / 1000,
      afterRecovery,
      imports: await importIntegrity(),
    };
    const report = resultsSection(figures);
    console.log(`\n${report}`);
    const heading = fs.existsSync(resultsFile)
      ? ""
      : "# Database fault results\n\nWritten by `npm run fault:database` (test/faults/database-fault.ts); newest last.\n\n";
    fs.appendFileSync(resultsFile, `${heading}${report}\n`);
    console.log(`Appended to ${path.relative(repositoryRoot, resultsFile)}`);
    if (server.exitReport) throw new Error(server.exitReport);
  } finally {
    restoreCluster();
    await server.stop();
  }
}

function resultsSection(f: {
  date: string;
  machine: string;
  outageSeconds: number;
  stopSeconds: number;
  startSeconds: number;
  baseline: Sample[];
  stopping: Sample[];
  during: Sample[];
  failing: Sample[];
  failingP50: number;
  failingP99: number;
  readyDuring: { status: number | "no answer" }[];
  recoverySeconds: number | undefined;
  afterRecovery: Sample[];
  imports: Awaited<ReturnType<typeof importIntegrity>>;
}): string {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const verdict = (met: boolean) => (met ? "met" : "missed");
  const allUnavailable = f.failing.length > 0 && f.failing.every((sample) => sample.status === 503 && sample.outcome === "DATABASE_UNAVAILABLE");
  return `${[
    `## ${f.date}`,
    "",
    `Machine: ${f.machine}.`,
    `Load: ${loadConnections} connections sending a nested read (regions → organisations) one after another, response cache off, and one admin importing reports one after another. ` +
      `PostgreSQL 15 stopped with \`pg_ctlcluster ${cluster.join(" ")} stop -m fast\` (took ${f.stopSeconds.toFixed(1)} s), down for ${f.outageSeconds.toFixed(1)} s, started again (took ${f.startSeconds.toFixed(1)} s).`,
    "",
    "| Measure | Figure | Target | Verdict |",
    "|---|---|---|---|",
    `| requests before the outage | ${f.baseline.length}: ${countBy(f.baseline, (s) => `${s.status} ${s.outcome}`)} | all ok | ${verdict(f.baseline.length > 0 && f.baseline.every((s) => s.outcome === "ok"))} |`,
    `| requests while PostgreSQL was shutting down | ${f.stopping.length}: ${countBy(f.stopping, (s) => `${s.status} ${s.outcome}`)} | ok or 503 DATABASE_UNAVAILABLE | ${verdict(f.stopping.every((s) => s.outcome === "ok" || (s.status === 503 && s.outcome === "DATABASE_UNAVAILABLE")))} |`,
    `| requests while PostgreSQL was down | ${f.during.length}: ${countBy(f.during, (s) => `${s.status} ${s.outcome}`)} | 503 DATABASE_UNAVAILABLE | ${verdict(allUnavailable && f.failing.length === f.during.length)} |`,
    `| latency of failing requests, p50 / p99 | ${ms(f.failingP50)} / ${ms(f.failingP99)} | p99 < ${ms(failFastTargetMs)} | ${verdict(f.failingP99 < failFastTargetMs)} |`,
    `| /readyz while down | ${countBy(f.readyDuring, (probe) => String(probe.status))} | 503 | ${verdict(f.readyDuring.length > 0 && f.readyDuring.every((probe) => probe.status === 503))} |`,
    `| from PostgreSQL started to the first successful read, no server restart | ${f.recoverySeconds === undefined ? "never (30 s)" : `${f.recoverySeconds.toFixed(2)} s`} | answers again | ${verdict(f.recoverySeconds !== undefined)} |`,
    `| requests after recovery | ${f.afterRecovery.length}: ${countBy(f.afterRecovery, (s) => `${s.status} ${s.outcome}`)} | all ok | ${verdict(f.afterRecovery.every((s) => s.outcome === "ok"))} |`,
    `| imports of ${figuresPerReport} figures each, one after another through the outage | ${f.imports.attempted} attempted: ${f.imports.acknowledged} acknowledged (${f.imports.acknowledgedWhole} stored whole), ${f.imports.attempted - f.imports.acknowledged} refused (${f.imports.refusedAbsent} absent, ${f.imports.refusedWhole} stored whole), ${f.imports.halfWritten} half-written | every acknowledged import whole, none half-written | ${verdict(f.imports.acknowledgedWhole === f.imports.acknowledged && f.imports.halfWritten === 0)} |`,
  ].join("\n")}\n`;
}

await main();
