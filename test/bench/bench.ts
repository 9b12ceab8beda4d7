import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { parseCommandLine, runCommand, UsageError } from "../../src/cli/command-line.js";
import { isFinishedDataSet, seedCommand, syntheticProvinceCode, syntheticSource } from "../../src/cli/synthetic/catalogue.js";
import { withoutPassword } from "../../src/cli/synthetic/target-database.js";
import { openDatabase } from "../../src/db/client.js";
import { type DatabaseProvider, repositoryRoot, resolveDatabaseTarget } from "../../src/db/database-url.js";
import { machineDescription, request, ServerProcess, sleep } from "../helpers/server-process.js";
import { type BenchQuery, type QueryId, queryIds, queryMix } from "./queries.js";
import { type FloorMeasurement, measureStackFloor, median } from "./stack-floor.js";

// `npm run bench`: starts the real server on each synthetic database, drives an analyst query
// mix at it over HTTP, and reports throughput, latency, the server's CPU time per request and
// event-loop utilisation, SQL statements per request and peak memory, on stdout and appended to
// test/bench/RESULTS.md with the targets met or missed.

const defaultDatabases = ["file:prisma/data/synthetic.db", "postgresql://reform:reform@localhost:5432/reform_graph_synthetic"];
const resultsFile = path.join(repositoryRoot, "test/bench/RESULTS.md");
const targets = { comparisonP50Ms: 50, cachedComparisonP50Ms: 5, nestedListRequestsPerSecond: 1_500, peakRssMb: 400, entitiesSlowerThanList: 1.5 } as const;
/** Issue #14's targets per query: server CPU per request under load, and latency alone (PostgreSQL, response cache off). */
const cpuTargets: Partial<Record<QueryId, { cpuMs: number; aloneP50Ms: number }>> = {
  nestedList: { cpuMs: 2.5, aloneP50Ms: 6 },
  nestedPersons: { cpuMs: 0.8, aloneP50Ms: 3 },
  nodeLookup: { cpuMs: 0.4, aloneP50Ms: 1.5 },
  aggregates: { cpuMs: 15, aloneP50Ms: 15 },
  comparePrefectures: { cpuMs: 8, aloneP50Ms: 12 },
  compareCounties: { cpuMs: 15, aloneP50Ms: 25 },
};
/**
 * Requests sent one at a time before each run: they warm the server up, count each one's
 * statements, and give the latency of one analyst's question on an otherwise idle server.
 */
const probeRequests = 20;

class MissingDataSet extends Error {}

interface Settings {
  databases: string[];
  durationSeconds: number;
  connections: number;
  /** Only these queries; such a partial run is printed, not recorded. */
  queries?: QueryId[];
  /** Where the server writes its V8 CPU profile (node --cpu-prof), when asked. */
  cpuProfileDirectory?: string;
  /** Also measure the same answers served from memory by Apollo Server and graphql-js alone. */
  stackFloor: boolean;
}

const usage = `Usage: npm run bench -- [--database <url>]... [--duration 10] [--connections 10] [--query <id>]... [--cpu-profile <dir>] [--stack-floor]

--query <id>        only this query (${queryIds.join(", ")}); printed, not recorded
--cpu-profile <dir> the server writes a V8 CPU profile of the whole run there (open it in Chrome DevTools)
--stack-floor       then serve the first database's answers from memory with Apollo Server and graphql-js
                    alone (test/bench/stack-floor-server.ts) and measure that too: the fixed stack's floor`;
const optionSpecs = {
  database: { type: "string", multiple: true },
  duration: { type: "string", default: "10" },
  connections: { type: "string", default: "10" },
  query: { type: "string", multiple: true },
  "cpu-profile": { type: "string" },
  "stack-floor": { type: "boolean", default: false },
} as const;

function readSettings(): Settings {
  const { values } = parseCommandLine(usage, { options: optionSpecs });
  const positive = (name: "duration" | "connections") => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < 1) throw new UsageError(`--${name} must be a whole number of at least 1.`);
    return value;
  };
  const unknown = (values.query ?? []).filter((id) => !(queryIds as readonly string[]).includes(id));
  if (unknown.length > 0) throw new UsageError(`--query: no query ${unknown.join(", ")}; the queries are ${queryIds.join(", ")}.`);
  return {
    databases: values.database ?? defaultDatabases,
    durationSeconds: positive("duration"),
    connections: positive("connections"),
    ...(values.query ? { queries: values.query as QueryId[] } : {}),
    ...(values["cpu-profile"] ? { cpuProfileDirectory: path.resolve(values["cpu-profile"]) } : {}),
    stackFloor: values["stack-floor"] === true,
  };
}

interface DataSet {
  databaseUrl: string;
  provider: DatabaseProvider;
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
    if (!isFinishedDataSet(source)) throw missing("holds a synthetic data set whose generation did not finish");
    const codesAt = async (level: "PREFECTURE" | "COUNTY") =>
      (
        await db.region.findMany({ where: { level, path: { startsWith: `/${syntheticProvinceCode}/` } }, select: { code: true }, orderBy: { code: "asc" } })
      ).map((region) => region.code);
    return { databaseUrl, provider: target.provider, prefectureCodes: await codesAt("PREFECTURE"), countyCodes: await codesAt("COUNTY"), persons, honours };
  } finally {
    await db.$disconnect();
  }
}

interface ServerCounters {
  statements: number;
  operations: number;
  failedOperations: number;
  cacheHits: number;
  /** The server process's user + system CPU seconds since it started (process.cpuUsage). */
  cpuSeconds: number;
  /** Seconds its event loop was busy, and idle, since it started (performance.eventLoopUtilization). */
  loopActiveSeconds: number;
  loopIdleSeconds: number;
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
  const exposition = (await request(`${baseUrl}/metrics`)).text;
  return {
    statements: metricTotal(exposition, "reform_graph_sql_statements_total"),
    operations: metricTotal(exposition, "reform_graph_graphql_requests_total"),
    failedOperations: metricTotal(exposition, "reform_graph_graphql_requests_total", 'outcome="error"'),
    cacheHits: metricTotal(exposition, "reform_graph_response_cache_total", 'result="hit"'),
    cpuSeconds: metricTotal(exposition, "reform_graph_process_cpu_seconds_total"),
    loopActiveSeconds: metricTotal(exposition, "reform_graph_event_loop_active_seconds_total"),
    loopIdleSeconds: metricTotal(exposition, "reform_graph_event_loop_idle_seconds_total"),
  };
}

/**
 * Requests still unanswered when autocannon stops keep running in the server and their
 * statements belong to the run, so the counters are read once it has executed all that were sent.
 */
async function countersAfter(baseUrl: string, before: ServerCounters, sent: number): Promise<ServerCounters> {
  let counters = await readCounters(baseUrl);
  for (let attempt = 0; attempt < 1200 && counters.operations - before.operations < sent; attempt++) {
    await sleep(100);
    counters = await readCounters(baseUrl);
  }
  return counters;
}

interface Measurement {
  id: QueryId;
  /** Answered from the response cache after the first request: its statements are not the query's. */
  cached?: true;
  query: string;
  /** Why the query has no figures: the server's GraphQL error for it, or no answer within the run. */
  notMeasured?: string;
  requestsPerSecond: number;
  completedRequests: number;
  p50Ms: number;
  p99Ms: number;
  /** SQL statements per request over the whole run. */
  statementsPerRequest: number;
  /** SQL statements of each request sent one at a time before the run. */
  statementsOfProbes: number[];
  /** Median latency of those requests, each alone on the server. */
  aloneP50Ms: number;
  errors: number;
  non2xx: number;
  /** Answers from the server's response cache: none for uncached queries (see requestBody). */
  cacheHits: number;
  /** The server's CPU time over the run (its own process.cpuUsage, read from /metrics) per operation it executed. */
  cpuMsPerRequest: number;
  /** The share of the run the server's event loop was busy. */
  eventLoopUtilisation: number;
  peakRssMb: number;
}

/**
 * Every request carries its own number as an extra variable (GraphQL ignores variables an
 * operation does not declare), so the server's response cache, keyed on the variables, never
 * answers it: the figures are those of the resolvers and the database, as for a stream of
 * different analyst questions.
 */
const requestBody = (query: BenchQuery, requestNumber: number) =>
  JSON.stringify({ query: query.query, variables: query.cached ? query.variables : { ...query.variables, requestNumber } });

async function postGraphQL(baseUrl: string, body: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  return JSON.parse((await request(`${baseUrl}/graphql`, body)).text) as { data?: unknown; errors?: { message: string }[] };
}

async function measure(server: ServerProcess, query: BenchQuery, settings: Settings): Promise<Measurement> {
  const unmeasured = {
    requestsPerSecond: 0,
    completedRequests: 0,
    p50Ms: 0,
    p99Ms: 0,
    statementsPerRequest: 0,
    statementsOfProbes: [],
    aloneP50Ms: 0,
    errors: 0,
    non2xx: 0,
    cacheHits: 0,
    cpuMsPerRequest: 0,
    eventLoopUtilisation: 0,
    peakRssMb: 0,
  };
  let requestNumber = 0;
  const statementsOfProbes: number[] = [];
  const probeLatencies: number[] = [];
  for (let probe = 0; probe < probeRequests; probe++) {
    const before = await readCounters(server.baseUrl);
    const sentAt = performance.now();
    const answer = await postGraphQL(server.baseUrl, requestBody(query, ++requestNumber));
    probeLatencies.push(performance.now() - sentAt);
    if (answer.errors?.length) return { id: query.id, query: query.name, notMeasured: answer.errors[0]!.message, ...unmeasured };
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
    // Slow queries queue behind each other; they are measured rather than cut off as errors.
    timeout: 120,
    requests: [{ setupRequest: (outgoing) => ({ ...outgoing, body: requestBody(query, ++requestNumber) }) }],
  });
  const after = await countersAfter(server.baseUrl, before, result.requests.sent);
  const operations = after.operations - before.operations;
  if (!peakIsPerRun) console.warn("  (peak RSS is the process's lifetime peak: /proc/<pid>/clear_refs is not writable)");
  if (result.requests.total === 0) {
    const notMeasured = `no answer within the ${settings.durationSeconds} s run at ${settings.connections} connections`;
    return { id: query.id, query: query.name, notMeasured, ...unmeasured };
  }
  return {
    id: query.id,
    ...(query.cached ? { cached: query.cached } : {}),
    query: query.name,
    requestsPerSecond: result.requests.total / result.duration,
    completedRequests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    statementsPerRequest: operations > 0 ? (after.statements - before.statements) / operations : 0,
    statementsOfProbes,
    aloneP50Ms: median(probeLatencies),
    errors: result.errors + (after.failedOperations - before.failedOperations),
    non2xx: result.non2xx,
    cacheHits: after.cacheHits - before.cacheHits,
    // The scrapes of /metrics itself cost a little CPU too; a run executes thousands of operations.
    cpuMsPerRequest: operations > 0 ? ((after.cpuSeconds - before.cpuSeconds) * 1000) / operations : 0,
    eventLoopUtilisation: busyShare(before, after),
    peakRssMb: server.peakRssMb(),
  };
}

interface DatabaseReport {
  dataSet: DataSet;
  measurements: Measurement[];
  /** The queries run, and each one's answer (data): what the stack floor serves. */
  queries: BenchQuery[];
  answers: Map<QueryId, unknown>;
}

async function benchDatabase(dataSet: DataSet, settings: Settings): Promise<DatabaseReport> {
  console.log(
    `\n${dataSet.provider}: ${withoutPassword(dataSet.databaseUrl)} (${dataSet.persons.toLocaleString("en-US")} persons, ${dataSet.honours.toLocaleString("en-US")} honours)`,
  );
  // One load generator is one client: the per-client cost budget would throttle the benchmark itself.
  const profiling = settings.cpuProfileDirectory ? ["--cpu-prof", `--cpu-prof-dir=${settings.cpuProfileDirectory}`] : [];
  const server = await ServerProcess.start(dataSet.databaseUrl, { RATE_LIMIT_COST_PER_MINUTE: "0" }, profiling);
  try {
    const county = dataSet.countyCodes[0]!;
    const lookup = (await postGraphQL(server.baseUrl, JSON.stringify({ query: `{ region(code: "${county}") { id } }` }))) as {
      data?: { region?: { id: string } };
    };
    const countyId = lookup.data?.region?.id;
    if (!countyId) throw new Error(`the server does not know region ${county}: ${JSON.stringify(lookup)}`);

    const measurements: Measurement[] = [];
    const queries = queryMix(dataSet, countyId).filter((candidate) => !settings.queries || settings.queries.includes(candidate.id));
    const answers = new Map<QueryId, unknown>();
    for (const query of queries) {
      process.stdout.write(`  ${query.name} … `);
      const measurement = await measure(server, query, settings);
      console.log(
        measurement.notMeasured
          ? `not measured: ${measurement.notMeasured}`
          : `${Math.round(measurement.requestsPerSecond)} req/s, p50 ${measurement.p50Ms} ms`,
      );
      measurements.push(measurement);
      if (settings.stackFloor && !query.cached) answers.set(query.id, (await postGraphQL(server.baseUrl, requestBody(query, 0))).data);
    }
    return { dataSet, measurements, queries, answers };
  } catch (error) {
    throw server.exitReport ? new Error(server.exitReport, { cause: error }) : error;
  } finally {
    await server.stop();
  }
}

/** Busy / (busy + idle) of the event loop between two readings. */
function busyShare(before: ServerCounters, after: ServerCounters) {
  const active = after.loopActiveSeconds - before.loopActiveSeconds;
  const idle = after.loopIdleSeconds - before.loopIdleSeconds;
  return active + idle > 0 ? active / (active + idle) : 0;
}

const whole = (n: number) => Math.round(n).toLocaleString("en-US");
const statementsLabel = (m: Measurement) =>
  `${Number.isInteger(m.statementsPerRequest) ? m.statementsPerRequest : m.statementsPerRequest.toFixed(2)} (each of ${m.statementsOfProbes.length} alone: ${[...new Set(m.statementsOfProbes)].join(" or ")})`;

function measurementTable(measurements: Measurement[]): string[] {
  const lines = [
    "| Query | p50 ms alone | req/s | requests | p50 ms | p99 ms | server CPU ms / request | event loop busy | SQL statements / request | errors / non-2xx | cache hits | peak RSS MB |",
    "|---|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|--:|",
  ];
  for (const m of measurements) {
    lines.push(
      m.notMeasured
        ? `| ${m.query} | not measured: ${m.notMeasured.replace(/\|/g, "\\|")} | | | | | | | | | | |`
        : `| ${m.query} | ${m.aloneP50Ms.toFixed(1)} | ${whole(m.requestsPerSecond)} | ${whole(m.completedRequests)} | ${m.p50Ms} | ${m.p99Ms} | ${m.cpuMsPerRequest.toFixed(2)} | ${(m.eventLoopUtilisation * 100).toFixed(0)} % | ${statementsLabel(m)} | ${m.errors} / ${m.non2xx} | ${m.cacheHits} | ${m.peakRssMb.toFixed(0)} |`,
    );
  }
  return lines;
}

/** Constant: each request of a query sends the same number of statements, and as many for 130 regions as for 16. */
function statementsAreConstant(measurements: Measurement[]) {
  const measured = measurements.filter((m) => !m.notMeasured && !m.cached);
  const steady = measured.every((m) =>
    m.statementsOfProbes.every((count) => count === m.statementsOfProbes[0] && Math.abs(m.statementsPerRequest - count) < 0.01),
  );
  const prefectures = measured.find((m) => m.id === "comparePrefectures");
  const counties = measured.find((m) => m.id === "compareCounties");
  return steady && prefectures !== undefined && counties !== undefined && prefectures.statementsPerRequest === counties.statementsPerRequest;
}

function targetTable(measurements: Measurement[]): string[] {
  const measured = measurements.filter((m) => !m.notMeasured);
  const comparison = measured.find((m) => m.id === "compareCounties");
  const cachedComparison = measured.find((m) => m.id === "compareCountiesCached");
  const nested = measured.find((m) => m.id === "nestedList");
  const cachedNested = measured.find((m) => m.id === "nestedListCached");
  const list = measured.find((m) => m.id === "regionsList");
  const entities = measured.find((m) => m.id === "regionEntities");
  const entitiesRatio = list && entities && entities.requestsPerSecond > 0 ? list.requestsPerSecond / entities.requestsPerSecond : undefined;
  const peak = measured.reduce<Measurement | undefined>((highest, m) => (highest && highest.peakRssMb >= m.peakRssMb ? highest : m), undefined);
  const verdict = (met: boolean | undefined) => (met === undefined ? "not measured" : met ? "met" : "missed");
  return [
    "| Target | Measured | Verdict |",
    "|---|---|---|",
    `| compareRegions, all counties × 8 metrics: p50 < ${targets.comparisonP50Ms} ms, uncached, one request at a time | ${comparison ? `${comparison.aloneP50Ms.toFixed(0)} ms (under the load above: ${comparison.p50Ms} ms)` : "—"} | ${verdict(comparison && comparison.aloneP50Ms < targets.comparisonP50Ms)} |`,
    `| compareRegions, all counties × 8 metrics: p50 < ${targets.cachedComparisonP50Ms} ms, cached, one request at a time | ${cachedComparison ? `${cachedComparison.aloneP50Ms.toFixed(1)} ms (under the load above: ${cachedComparison.p50Ms} ms)` : "—"} | ${verdict(cachedComparison && cachedComparison.aloneP50Ms < targets.cachedComparisonP50Ms)} |`,
    `| nested list (regions → organisations → honours): ≥ ${whole(targets.nestedListRequestsPerSecond)} req/s, uncached | ${nested ? `${whole(nested.requestsPerSecond)} req/s` : "—"} | ${verdict(nested && nested.requestsPerSecond >= targets.nestedListRequestsPerSecond)} |`,
    `| nested list, repeated (response cache) | ${cachedNested ? `${whole(cachedNested.requestsPerSecond)} req/s` : "—"} | ${verdict(cachedNested && cachedNested.requestsPerSecond >= targets.nestedListRequestsPerSecond)} |`,
    `| _entities for 100 regions within ${targets.entitiesSlowerThanList}× of regions(first: 100), same selection, uncached | ${list && entities && entitiesRatio ? `${whole(entities.requestsPerSecond)} vs ${whole(list.requestsPerSecond)} req/s (${entitiesRatio.toFixed(2)}×; p50 alone ${entities.aloneP50Ms.toFixed(1)} vs ${list.aloneP50Ms.toFixed(1)} ms)` : "—"} | ${verdict(entitiesRatio === undefined ? undefined : entitiesRatio <= targets.entitiesSlowerThanList)} |`,
    `| Peak RSS < ${targets.peakRssMb} MB | ${peak ? `${peak.peakRssMb.toFixed(0)} MB (${peak.query})` : "—"} | ${verdict(peak && peak.peakRssMb < targets.peakRssMb)} |`,
    ...Object.entries(cpuTargets).map(([id, target]) => {
      const m = measured.find((candidate) => candidate.id === id && !candidate.cached);
      const met = m && m.cpuMsPerRequest <= target.cpuMs && m.aloneP50Ms <= target.aloneP50Ms;
      return `| ${m?.query ?? id}: server CPU ≤ ${target.cpuMs} ms / request, p50 alone ≤ ${target.aloneP50Ms} ms (#14) | ${m ? `${m.cpuMsPerRequest.toFixed(2)} ms, ${m.aloneP50Ms.toFixed(1)} ms` : "—"} | ${verdict(m && met)} |`;
    }),
    `| SQL statements per request constant | ${measured
      .filter((m) => !m.cached)
      .map((m) => `${m.id} ${+m.statementsPerRequest.toFixed(2)}`)
      .join(", ")} | ${verdict(statementsAreConstant(measurements))} |`,
  ];
}

/** The platform's CPU and latency beside the floor's, for the first database (whose answers the floor served). */
function floorTable(floor: FloorMeasurement[], platform: Measurement[]): string[] {
  const lines = [
    "| Query | floor: server CPU ms / request | floor: p50 ms alone | floor: req/s | platform: server CPU ms / request | platform ÷ floor | #14 target CPU ms |",
    "|---|--:|--:|--:|--:|--:|--:|",
  ];
  for (const f of floor) {
    const m = platform.find((candidate) => candidate.id === f.query.id);
    const target = cpuTargets[f.query.id]?.cpuMs;
    lines.push(
      f.notMeasured
        ? `| ${f.query.name} | not measured: ${f.notMeasured} | | | | | |`
        : `| ${f.query.name} | ${f.cpuMsPerRequest.toFixed(2)} | ${f.aloneP50Ms.toFixed(1)} | ${whole(f.requestsPerSecond)} | ${m ? m.cpuMsPerRequest.toFixed(2) : "—"} | ${m && f.cpuMsPerRequest > 0 ? `${(m.cpuMsPerRequest / f.cpuMsPerRequest).toFixed(1)}×` : "—"} | ${target ?? "—"} |`,
    );
  }
  return lines;
}

function resultsSection(reports: DatabaseReport[], settings: Settings, date: Date, floor?: FloorMeasurement[]): string {
  const lines = [
    `## ${date.toISOString()}`,
    "",
    `Machine: ${machineDescription()}.`,
    `Load: autocannon, ${settings.connections} connections, ${settings.durationSeconds} s per query, on the same machine as the server. ` +
      "Every request carries its own number as an unused variable, so the server's response cache never answers it (see the cache hits column). " +
      `Before each run, ${probeRequests} requests are sent one at a time: "p50 ms alone" is their median latency, one analyst on an idle server. ` +
      "SQL statements per request: the server's reform_graph_sql_statements_total over its GraphQL operations in the run, and for each of those requests. " +
      "Server CPU ms / request: the server process's own user + system CPU time (process.cpuUsage, from /metrics) over the run, per GraphQL operation it executed; " +
      "event loop busy: the share of the run its event loop was running callbacks (performance.eventLoopUtilization). " +
      "Peak RSS: VmHWM of the server process, reset before each query.",
  ];
  for (const { dataSet, measurements } of reports) {
    lines.push(
      "",
      `### ${dataSet.provider === "postgresql" ? "PostgreSQL" : "SQLite"}: ${withoutPassword(dataSet.databaseUrl)}`,
      "",
      `Data set: ${whole(dataSet.persons)} persons, ${whole(dataSet.honours)} honours, ${dataSet.prefectureCodes.length} prefectures, ${dataSet.countyCodes.length} counties.`,
      "",
      ...measurementTable(measurements),
      "",
      ...targetTable(measurements),
    );
  }
  if (floor && reports[0]) {
    const { dataSet } = reports[0];
    lines.push(
      "",
      "### The fixed stack's floor: the same answers from memory",
      "",
      `Apollo Server 5 and graphql-js 16 executing schema/schema.graphql with default resolvers over the answers ${dataSet.provider === "postgresql" ? "PostgreSQL" : "SQLite"} gave above ` +
        "(test/bench/stack-floor-server.ts: no database, Pothos, Prisma, limits, cache or metrics; each answer checked equal to the platform's), " +
        "measured the same way; CPU from /proc/<pid>/stat. No server on this stack answers these queries for less.",
      "",
      ...floorTable(floor, reports[0].measurements),
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
  let floor: FloorMeasurement[] | undefined;
  if (settings.stackFloor && reports[0]) {
    console.log("\nstack floor: the same answers from memory (Apollo Server + graphql-js alone)");
    const { queries, answers } = reports[0];
    floor = await measureStackFloor(
      queries.filter((query) => !query.cached),
      answers,
      settings,
      requestBody,
      probeRequests,
    );
  }

  const section = resultsSection(reports, settings, date, floor);
  console.log(`\n${section}`);
  if (settings.cpuProfileDirectory) console.log(`The server's CPU profile is in ${settings.cpuProfileDirectory}`);
  if (settings.queries) {
    console.log(`Not appended to ${path.relative(repositoryRoot, resultsFile)}: a run of some queries only (--query).`);
    return;
  }
  const heading = fs.existsSync(resultsFile)
    ? ""
    : "# Benchmark results\n\nWritten by `npm run bench` (test/bench/bench.ts) against databases filled by `npm run seed:synthetic`; newest last.\n\n";
  fs.appendFileSync(resultsFile, `${heading}${section}\n`);
  console.log(`Appended to ${path.relative(repositoryRoot, resultsFile)}`);
}

await runCommand(usage, main);
