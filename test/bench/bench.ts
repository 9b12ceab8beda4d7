import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { comparedIndicatorCodes, seedCommand, syntheticProvinceCode, syntheticSource } from "../../seeds/synthetic/catalogue.js";
import { openDatabase } from "../../src/db/client.js";
import { repositoryRoot, resolveDatabaseTarget } from "../../src/db/database-url.js";

// `npm run bench`: starts the real server on each synthetic database, drives an analyst query
// mix at it over HTTP, and reports throughput, latency, SQL statements per request and peak
// memory, on stdout and appended to test/bench/RESULTS.md with the targets met or missed.

const defaultDatabases = ["file:prisma/data/synthetic.db", "postgresql://reform:reform@localhost:5432/reform_graph_synthetic"];
const resultsFile = path.join(repositoryRoot, "test/bench/RESULTS.md");
const host = "127.0.0.1";
const targets = { comparisonP50Ms: 50, nestedListRequestsPerSecond: 1_500, peakRssMb: 400 } as const;
/** Requests sent one at a time before each run: they warm the server up and count each one's statements. */
const probeRequests = 3;

class MissingDataSet extends Error {}

interface Settings {
  databases: string[];
  durationSeconds: number;
  connections: number;
}

function readSettings(): Settings {
  const { values } = parseArgs({
    options: {
      database: { type: "string", multiple: true },
      duration: { type: "string", default: "10" },
      connections: { type: "string", default: "10" },
    },
  });
  const positive = (name: "duration" | "connections") => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number of at least 1`);
    return value;
  };
  return { databases: values.database ?? defaultDatabases, durationSeconds: positive("duration"), connections: positive("connections") };
}

interface DataSet {
  databaseUrl: string;
  provider: string;
  prefectureCodes: string[];
  countyCodes: string[];
  persons: number;
  honours: number;
}

/** The synthetic regions of a database filled by seed:synthetic; MissingDataSet when it is not. */
async function readDataSet(databaseUrl: string): Promise<DataSet> {
  const target = resolveDatabaseTarget(databaseUrl);
  const missing = (why: string) => new MissingDataSet(`${databaseUrl} ${why}. Create it with:\n  ${seedCommand(databaseUrl)}`);
  // Opening a missing SQLite file would create an empty one, which the server would then fill with the real seeds.
  if (target.provider === "sqlite" && !fs.existsSync(target.location)) throw missing("does not exist");
  const { db } = openDatabase(target);
  try {
    const source = await db.sourceDocument.findUnique({ where: { key: syntheticSource.key } }).catch((error: unknown) => {
      throw missing(`cannot be read (${error instanceof Error ? error.message.trim().split("\n").pop() : error})`);
    });
    const [persons, honours] = await Promise.all([db.person.count(), db.honour.count()]);
    if (!source || persons === 0) throw missing("holds no synthetic data set");
    const codesAt = async (level: "PREFECTURE" | "COUNTY") =>
      (await db.region.findMany({ where: { level, path: { startsWith: `/${syntheticProvinceCode}/` } }, select: { code: true }, orderBy: { code: "asc" } })).map(
        (region) => region.code,
      );
    return { databaseUrl, provider: target.provider, prefectureCodes: await codesAt("PREFECTURE"), countyCodes: await codesAt("COUNTY"), persons, honours };
  } finally {
    await db.$disconnect();
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The real server (`node --import tsx src/main.ts`) as a child process, on loopback. */
class ServerProcess {
  private exited = false;
  private output = "";

  private constructor(
    private readonly child: ChildProcess,
    readonly baseUrl: string,
  ) {
    child.on("exit", () => (this.exited = true));
    const keepTail = (chunk: Buffer) => (this.output = (this.output + chunk.toString()).slice(-4000));
    child.stdout?.on("data", keepTail);
    child.stderr?.on("data", keepTail);
  }

  static async start(databaseUrl: string): Promise<ServerProcess> {
    const port = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: repositoryRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: host, LOG_LEVEL: "silent", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const server = new ServerProcess(child, `http://${host}:${port}`);
    try {
      await server.waitUntilReady();
      server.assertIsTheServer();
    } catch (error) {
      await server.stop();
      throw error;
    }
    return server;
  }

  get pid(): number {
    return this.child.pid!;
  }

  private async waitUntilReady() {
    for (let attempt = 0; attempt < 240; attempt++) {
      if (this.exited) throw new Error(`the server exited before it was ready:\n${this.output}`);
      const ready = await fetch(`${this.baseUrl}/readyz`).then((response) => response.ok, () => false);
      if (ready) return;
      await sleep(250);
    }
    throw new Error(`the server was not ready within 60 s:\n${this.output}`);
  }

  /** Memory is read from /proc/<pid>: that pid must be node running main.ts, not a wrapper around it. */
  private assertIsTheServer() {
    const commandLine = fs.readFileSync(`/proc/${this.pid}/cmdline`, "utf8").split("\0");
    if (commandLine[0] !== process.execPath || !commandLine.includes("src/main.ts")) {
      throw new Error(`pid ${this.pid} is not the server process: ${commandLine.join(" ")}`);
    }
  }

  /** Starts a new peak (VmHWM) from the current RSS; false where the kernel does not allow it. */
  resetPeakRss(): boolean {
    try {
      fs.writeFileSync(`/proc/${this.pid}/clear_refs`, "5");
      return true;
    } catch {
      return false;
    }
  }

  peakRssMb(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, "utf8");
    const kilobytes = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
    return kilobytes / 1024;
  }

  async stop() {
    if (this.exited) return;
    this.child.kill("SIGTERM");
    for (let attempt = 0; attempt < 100 && !this.exited; attempt++) await sleep(100);
    if (!this.exited) this.child.kill("SIGKILL");
  }
}

interface ServerCounters {
  statements: number;
  operations: number;
  failedOperations: number;
}

/** Sums every series of a Prometheus metric (all label combinations), or those matching `labels`. */
function metricTotal(exposition: string, name: string, labels = ""): number {
  let total = 0;
  for (const line of exposition.split("\n")) {
    const match = /^(\w+)(\{[^}]*\})? ([\d.e+-]+)$/.exec(line);
    if (match?.[1] === name && (match[2] ?? "").includes(labels)) total += Number(match[3]);
  }
  return total;
}

async function readCounters(baseUrl: string): Promise<ServerCounters> {
  const exposition = await (await fetch(`${baseUrl}/metrics`)).text();
  return {
    statements: metricTotal(exposition, "reform_graph_sql_statements_total"),
    operations: metricTotal(exposition, "reform_graph_graphql_requests_total"),
    failedOperations: metricTotal(exposition, "reform_graph_graphql_requests_total", 'outcome="error"'),
  };
}

/** Requests autocannon gave up on may still be running in the server; their statements belong to the run. */
async function countersOnceSettled(baseUrl: string): Promise<ServerCounters> {
  let previous = await readCounters(baseUrl);
  for (let attempt = 0; attempt < 50; attempt++) {
    await sleep(100);
    const current = await readCounters(baseUrl);
    if (current.operations === previous.operations) return current;
    previous = current;
  }
  return previous;
}

type QueryId = "nestedList" | "nestedPersons" | "nodeLookup" | "aggregates" | "comparePrefectures" | "compareCounties";

interface BenchQuery {
  id: QueryId;
  name: string;
  query: string;
  /** Variables for the n-th request; a query with varying variables is never answered from a response cache. */
  variables?: (requestNumber: number) => Record<string, unknown>;
}

interface Measurement {
  id: QueryId;
  query: string;
  /** Why the query was not run (the server's GraphQL error), when it was not. */
  unavailable?: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** SQL statements per request over the whole run. */
  statementsPerRequest: number;
  /** SQL statements of each request sent one at a time before the run. */
  statementsOfProbes: number[];
  errors: number;
  non2xx: number;
  peakRssMb: number;
}

const comparisonQuery = `query Compare($regionCodes: [String!]!, $metrics: [ComparisonMetricInput!]!) {
  compareRegions(regionCodes: $regionCodes, metrics: $metrics) {
    rows { region { code } cells { metric value { qualifier value valueMax } basis rank } }
    totals { metric value { value } }
  }
}`;

/** The eight columns; the first one's label changes with every request so no response cache can answer it. */
const comparisonMetrics = (requestNumber: number) => [
  ...comparedIndicatorCodes.map((indicatorCode, index) => ({ indicatorCode, ...(index === 0 ? { label: `${indicatorCode} #${requestNumber}` } : {}) })),
  { records: "HONOURS", honourLevel: "CITY" },
  { records: "FUNDING" },
  { records: "CRAFTSMAN_STUDIOS" },
  { records: "DEMONSTRATION_POINTS" },
];

function queryMix(dataSet: DataSet, countyId: string): BenchQuery[] {
  return [
    {
      id: "nestedList",
      name: "nested list: regions → organisations → honours",
      query: `{ regions(first: 20, filter: { within: "${syntheticProvinceCode}" }) { nodes { code nameZh organisations(first: 20) { totalCount nodes { nameZh honours(first: 20) { nodes { status honourTitle { nameZh level } source { excerpt } } } } } } } }`,
    },
    {
      id: "nestedPersons",
      name: "nested list: persons → honours, employer",
      query: "{ persons(first: 20) { nodes { nameZh honours { status honourTitle { level } } employer { nameZh region { code } } } } }",
    },
    {
      id: "nodeLookup",
      name: "node lookup (a county)",
      query: "query($id: ID!) { node(id: $id) { ... on Region { code nameZh parent { code } } } }",
      variables: () => ({ id: countyId }),
    },
    {
      id: "aggregates",
      name: `aggregates of ${dataSet.prefectureCodes.length} prefectures`,
      query: `{ regions(first: 20, filter: { level: PREFECTURE, within: "${syntheticProvinceCode}" }) { nodes { code aggregates { honoursByLevel { level status count } fundingByPurpose { purpose amount { value } } } } } }`,
    },
    {
      id: "comparePrefectures",
      name: `compareRegions: ${dataSet.prefectureCodes.length} prefectures × 8 metrics`,
      query: comparisonQuery,
      variables: (n) => ({ regionCodes: dataSet.prefectureCodes, metrics: comparisonMetrics(n) }),
    },
    {
      id: "compareCounties",
      name: `compareRegions: ${dataSet.countyCodes.length} counties × 8 metrics`,
      query: comparisonQuery,
      variables: (n) => ({ regionCodes: dataSet.countyCodes, metrics: comparisonMetrics(n) }),
    },
  ];
}

const requestBody = (query: BenchQuery, requestNumber: number) => JSON.stringify({ query: query.query, variables: query.variables?.(requestNumber) ?? {} });

async function postGraphQL(baseUrl: string, body: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  const response = await fetch(`${baseUrl}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
  return (await response.json()) as { data?: unknown; errors?: { message: string }[] };
}

async function measure(server: ServerProcess, query: BenchQuery, settings: Settings): Promise<Measurement> {
  const unmeasured = { requestsPerSecond: 0, p50Ms: 0, p99Ms: 0, statementsPerRequest: 0, statementsOfProbes: [], errors: 0, non2xx: 0, peakRssMb: 0 };
  let requestNumber = 0;
  const statementsOfProbes: number[] = [];
  for (let probe = 0; probe < probeRequests; probe++) {
    const before = await readCounters(server.baseUrl);
    const answer = await postGraphQL(server.baseUrl, requestBody(query, ++requestNumber));
    if (answer.errors?.length) return { id: query.id, query: query.name, unavailable: answer.errors[0]!.message, ...unmeasured };
    statementsOfProbes.push((await readCounters(server.baseUrl)).statements - before.statements);
  }

  const peakIsPerRun = server.resetPeakRss();
  const before = await readCounters(server.baseUrl);
  const result = await autocannon({
    url: `${server.baseUrl}/graphql`,
    method: "POST",
    headers: { "content-type": "application/json" },
    connections: settings.connections,
    duration: settings.durationSeconds,
    requests: [{ setupRequest: (request) => ({ ...request, body: requestBody(query, ++requestNumber) }) }],
  });
  const after = await countersOnceSettled(server.baseUrl);
  const operations = after.operations - before.operations;
  if (!peakIsPerRun) console.warn("  (peak RSS is the process's lifetime peak: /proc/<pid>/clear_refs is not writable)");
  return {
    id: query.id,
    query: query.name,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statementsPerRequest: operations > 0 ? (after.statements - before.statements) / operations : 0,
    statementsOfProbes,
    errors: result.errors + (after.failedOperations - before.failedOperations),
    non2xx: result.non2xx,
    peakRssMb: server.peakRssMb(),
  };
}

interface DatabaseReport {
  dataSet: DataSet;
  measurements: Measurement[];
}

async function benchDatabase(dataSet: DataSet, settings: Settings): Promise<DatabaseReport> {
  console.log(`\n${dataSet.provider}: ${dataSet.databaseUrl} (${dataSet.persons.toLocaleString("en-US")} persons, ${dataSet.honours.toLocaleString("en-US")} honours)`);
  const server = await ServerProcess.start(dataSet.databaseUrl);
  try {
    const county = dataSet.countyCodes[0]!;
    const lookup = (await postGraphQL(server.baseUrl, JSON.stringify({ query: `{ region(code: "${county}") { id } }` }))) as { data?: { region?: { id: string } } };
    const countyId = lookup.data?.region?.id;
    if (!countyId) throw new Error(`the server does not know region ${county}: ${JSON.stringify(lookup)}`);

    const measurements: Measurement[] = [];
    for (const query of queryMix(dataSet, countyId)) {
      process.stdout.write(`  ${query.name} … `);
      const measurement = await measure(server, query, settings);
      console.log(measurement.unavailable ? `not available (${measurement.unavailable})` : `${Math.round(measurement.requestsPerSecond)} req/s, p50 ${measurement.p50Ms} ms`);
      measurements.push(measurement);
    }
    return { dataSet, measurements };
  } finally {
    await server.stop();
  }
}

const whole = (n: number) => Math.round(n).toLocaleString("en-US");
const statementsLabel = (m: Measurement) =>
  `${Number.isInteger(m.statementsPerRequest) ? m.statementsPerRequest : m.statementsPerRequest.toFixed(2)} (one at a time: ${m.statementsOfProbes.join(", ")})`;

function measurementTable(measurements: Measurement[]): string[] {
  const lines = ["| Query | req/s | p50 ms | p99 ms | SQL statements / request | errors / non-2xx | peak RSS MB |", "|---|--:|--:|--:|---|--:|--:|"];
  for (const m of measurements) {
    lines.push(
      m.unavailable
        ? `| ${m.query} | not available: ${m.unavailable.replace(/\|/g, "\\|")} | | | | | |`
        : `| ${m.query} | ${whole(m.requestsPerSecond)} | ${m.p50Ms} | ${m.p99Ms} | ${statementsLabel(m)} | ${m.errors} / ${m.non2xx} | ${m.peakRssMb.toFixed(0)} |`,
    );
  }
  return lines;
}

/** Constant: each request of a query sends the same number of statements, and as many for 130 regions as for 16. */
function statementsAreConstant(measurements: Measurement[]) {
  const measured = measurements.filter((m) => !m.unavailable);
  const steady = measured.every((m) => m.statementsOfProbes.every((count) => count === m.statementsOfProbes[0] && Math.abs(m.statementsPerRequest - count) < 0.01));
  const prefectures = measured.find((m) => m.id === "comparePrefectures");
  const counties = measured.find((m) => m.id === "compareCounties");
  return steady && prefectures !== undefined && counties !== undefined && prefectures.statementsPerRequest === counties.statementsPerRequest;
}

function targetTable(measurements: Measurement[]): string[] {
  const measured = measurements.filter((m) => !m.unavailable);
  const comparison = measured.find((m) => m.id === "compareCounties");
  const nested = measured.find((m) => m.id === "nestedList");
  const peak = Math.max(...measured.map((m) => m.peakRssMb));
  const verdict = (met: boolean | undefined) => (met === undefined ? "not measured" : met ? "met" : "missed");
  return [
    "| Target | Measured | Verdict |",
    "|---|---|---|",
    `| compareRegions, all counties × 8 metrics: p50 < ${targets.comparisonP50Ms} ms, uncached | ${comparison ? `${comparison.p50Ms} ms` : "—"} | ${verdict(comparison && comparison.p50Ms < targets.comparisonP50Ms)} |`,
    `| nested list (regions → organisations → honours): ≥ ${whole(targets.nestedListRequestsPerSecond)} req/s | ${nested ? `${whole(nested.requestsPerSecond)} req/s` : "—"} | ${verdict(nested && nested.requestsPerSecond >= targets.nestedListRequestsPerSecond)} |`,
    `| Peak RSS < ${targets.peakRssMb} MB | ${measured.length ? `${peak.toFixed(0)} MB` : "—"} | ${verdict(measured.length ? peak < targets.peakRssMb : undefined)} |`,
    `| SQL statements per request constant | ${measured.map((m) => `${m.id} ${statementsLabel(m)}`).join("; ")} | ${verdict(statementsAreConstant(measurements))} |`,
  ];
}

function machineDescription() {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  return `${os.availableParallelism()} CPUs (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`;
}

function resultsSection(reports: DatabaseReport[], settings: Settings, date: Date): string {
  const lines = [
    `## ${date.toISOString()}`,
    "",
    `Machine: ${machineDescription()}.`,
    `Load: autocannon, ${settings.connections} connections, ${settings.durationSeconds} s per query, on the same machine as the server. ` +
      "Comparisons vary a metric label per request, so no response cache can answer them. " +
      "SQL statements per request: the server's reform_graph_sql_statements_total over its GraphQL operations in the run, and for each of three requests sent one at a time first. " +
      "Peak RSS: VmHWM of the server process, reset before each query.",
  ];
  for (const { dataSet, measurements } of reports) {
    lines.push(
      "",
      `### ${dataSet.provider === "postgresql" ? "PostgreSQL" : "SQLite"}: ${dataSet.databaseUrl.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@")}`,
      "",
      `Data set: ${whole(dataSet.persons)} persons, ${whole(dataSet.honours)} honours, ${dataSet.prefectureCodes.length} prefectures, ${dataSet.countyCodes.length} counties.`,
      "",
      ...measurementTable(measurements),
      "",
      ...targetTable(measurements),
    );
  }
  return `${lines.join("\n")}\n`;
}

async function main() {
  const settings = readSettings();
  const dataSets: DataSet[] = [];
  const missing: string[] = [];
  for (const databaseUrl of settings.databases) {
    try {
      dataSets.push(await readDataSet(databaseUrl));
    } catch (error) {
      if (!(error instanceof MissingDataSet)) throw error;
      missing.push(error.message);
    }
  }
  if (missing.length > 0) {
    console.error(missing.join("\n"));
    process.exitCode = 1;
    return;
  }

  const date = new Date();
  console.log(`Reform Graph benchmark, ${date.toISOString()}\nMachine: ${machineDescription()}`);
  const reports: DatabaseReport[] = [];
  for (const dataSet of dataSets) reports.push(await benchDatabase(dataSet, settings));

  const section = resultsSection(reports, settings, date);
  console.log(`\n${section}`);
  const heading = fs.existsSync(resultsFile)
    ? ""
    : "# Benchmark results\n\nWritten by `npm run bench` (test/bench/bench.ts) against databases filled by `npm run seed:synthetic`; newest last.\n\n";
  fs.appendFileSync(resultsFile, `${heading}${section}\n`);
  console.log(`Appended to ${path.relative(repositoryRoot, resultsFile)}`);
}

await main();
