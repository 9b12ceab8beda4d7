import { fork } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { SignJWT } from "jose";
import { parseCommandLine, usageExitCode } from "../../src/cli/command-line.js";
import { repositoryRoot } from "../../src/db/database-url.js";
import { ServerProcess, sleep } from "../helpers/server-process.js";

// `npm run attack -- <url>` or `npm run attack -- --database <url>`: replays the attacks issue #11
// found against a running server on this machine, family by family, and prints what each did to
// it: requests, refused, answered, INTERNAL_SERVER_ERROR, crashes, writes outside the editor's
// city, peak RSS and /healthz latency while the family ran. Bounded: every family sends a fixed
// number of requests, and the whole run stops after --max-seconds.
//
// With --database it starts the server itself (as `npm start` runs it: compiled, heap
// capped alike, the rate limit off so the deeper defences are what is met) with a token secret,
// so the write families run as real editors. Against a URL, give the server's JWT_SECRET with
// --secret (or in the environment) for the write families; without it they are skipped.

const usage = "Usage: npm run attack -- <http://127.0.0.1:PORT/graphql> [--secret S] | --database <file:… | postgresql://…> [--max-seconds 900]";

interface Outcome {
  status: number;
  codes: string[];
  /** The mutation's result type, for write families. */
  typename?: string;
  networkError?: string;
}

interface FamilyReport {
  family: string;
  requests: number;
  refused: number;
  answered: number;
  internal: number;
  crashes: number;
  writesOutside?: number;
  peakRssMb: number;
  healthzP99Ms: number;
  loopDelayP99Ms: number;
  codes: Record<string, number>;
}

const { values, positionals } = (() => {
  try {
    return parseCommandLine(usage, {
      allowPositionals: true,
      options: { database: { type: "string" }, secret: { type: "string" }, "max-seconds": { type: "string", default: "900" } },
    });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n${usage}`);
    process.exit(usageExitCode);
  }
})();

const deadline = Date.now() + Number(values["max-seconds"]) * 1000;

const attackSecret = "attack-script-secret-of-at-least-32-bytes!";

let server: ServerProcess | undefined;
let graphqlUrl: string;
let secret: string | undefined = values.secret ?? process.env.JWT_SECRET;
if (values.database) {
  secret = attackSecret;
  server = await ServerProcess.start(values.database, {
    JWT_SECRET: attackSecret,
    RATE_LIMIT_COST_PER_MINUTE: "0",
    RESPONSE_CACHE_TTL_MS: "0",
    GRAPHQL_INTROSPECTION: "true",
  });
  graphqlUrl = `${server.baseUrl}/graphql`;
} else if (positionals[0]) {
  graphqlUrl = positionals[0];
} else {
  console.error(usage);
  process.exit(2);
}
// The attack shares this machine's cores with the server it attacks, which a remote attacker would
// not: it runs at a lower CPU priority (nice 10) than the server (started above, so at the
// priority this script was given), so the server's figures are not the attacker's own load. Its
// clients wait for each answer, so the pressure on the server stays what their number makes it.
os.setPriority(process.pid, 10);
const base = new URL(graphqlUrl);
if (!["127.0.0.1", "localhost", "[::1]"].includes(base.hostname)) {
  console.error(`${base.hostname} is not this machine: the attack runs against loopback only.`);
  process.exit(2);
}
const origin = base.origin;

const token = (claims: Record<string, string>) =>
  secret
    ? new SignJWT(claims)
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(claims.sub!)
        .setIssuedAt()
        .setExpirationTime("2h")
        .sign(new TextEncoder().encode(secret))
    : Promise.resolve(undefined);

async function post(query: string, variables: Record<string, unknown> = {}, bearer?: string): Promise<Outcome> {
  try {
    const response = await fetch(graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let body: { data?: Record<string, { __typename?: string; code?: string } | null> | null; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text);
    } catch {
      return { status: response.status, codes: [`unparsable answer (HTTP ${response.status})`] };
    }
    const codes = (body.errors ?? []).map((error) => error.extensions?.code ?? "no code");
    const first = body.data ? Object.values(body.data)[0] : undefined;
    if (first?.code) codes.push(first.code);
    return { status: response.status, codes, ...(first?.__typename ? { typename: first.__typename } : {}) };
  } catch (error) {
    return { status: 0, codes: [], networkError: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** Runs `tasks` `concurrency` at a time. */
async function inParallel<T>(tasks: (() => Promise<T>)[], concurrency: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, tasks.length) }, async () => {
      while (next < tasks.length && Date.now() < deadline) {
        const index = next++;
        results[index] = await tasks[index]!();
      }
    }),
  );
  return results.filter((result) => result !== undefined);
}

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function residentMb(): Promise<number> {
  const text = await fetch(`${origin}/metrics`, { signal: AbortSignal.timeout(10_000) })
    .then((response) => response.text())
    .catch(() => "");
  return Number(/^reform_graph_process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? Number.NaN) / 2 ** 20;
}

/**
 * Times /healthz every 25 ms from a process of its own, given a higher CPU priority than this
 * one where the system allows it: the attack's own work (building ten thousand representations,
 * parsing large answers) shares this machine's two cores with the server, and must not delay the
 * probe, or the figure would be the attacker's load rather than the server's answer time.
 */
const probeSource = `
const latencies = [];
let running = true;
process.on("message", () => { running = false; });
(async () => {
  // One untimed request first: a new process's first fetch pays for setting up its HTTP client.
  await fetch(process.env.PROBE_URL).catch(() => {});
  process.send("ready");
  while (running) {
    const started = performance.now();
    const ok = await fetch(process.env.PROBE_URL, { signal: AbortSignal.timeout(10000) }).then((r) => r.ok, () => false);
    latencies.push(ok ? performance.now() - started : 10000);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  process.send(latencies, () => process.exit(0));
})();
`;

/** Whether the probe runs at a higher priority than the attack (needs the right to raise one: root, or CAP_SYS_NICE). */
let probePriorityRaised = false;

async function startHealthProbe() {
  const probe = fork("-e", [probeSource], {
    execArgv: [],
    env: { ...process.env, PROBE_URL: `${origin}/healthz` },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  try {
    os.setPriority(probe.pid!, -10);
    probePriorityRaised = true;
  } catch {
    probePriorityRaised = false;
  }
  await new Promise((resolve) => probe.once("message", resolve));
  const done = new Promise<number[]>((resolve) => probe.once("message", (latencies) => resolve(latencies as number[])));
  return async () => {
    probe.send("stop");
    return done;
  };
}

/**
 * The server's own event-loop delay, from its /metrics (prom-client's monitor, which starts
 * afresh at each read): the worst one-second p99 while the family ran. Beside the /healthz
 * timings it tells a server that kept its loop free from one the machine could not schedule.
 */
async function eventLoopDelayP99Ms(): Promise<number> {
  const text = await fetch(`${origin}/metrics`, { signal: AbortSignal.timeout(10_000) })
    .then((response) => response.text())
    .catch(() => "");
  return Number(/^reform_graph_nodejs_eventloop_lag_p99_seconds ([\d.e+-]+)/m.exec(text)?.[1] ?? Number.NaN) * 1000;
}

/** Runs one family while /healthz is timed and memory watched. */
async function family(name: string, run: () => Promise<Outcome[]>, countWritesOutside = false): Promise<FamilyReport> {
  let sampledRss = 0;
  let loopDelayMs = 0;
  let running = true;
  server?.resetPeakRss();
  const stopProbe = await startHealthProbe();
  await eventLoopDelayP99Ms();
  const memory = (async () => {
    while (running) {
      if (!server) sampledRss = Math.max(sampledRss, await residentMb());
      await sleep(1000);
      loopDelayMs = Math.max(loopDelayMs, await eventLoopDelayP99Ms());
    }
  })();
  const outcomes: Outcome[] = [];
  const started = performance.now();
  for (repetition = 0; repetition === 0 || (performance.now() - started < minFamilySeconds * 1000 && Date.now() < deadline); repetition++) {
    outcomes.push(...(await run()));
  }
  running = false;
  await memory;
  const healthz = await stopProbe();
  const alive = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(10_000) }).then(
    (response) => response.ok,
    () => false,
  );
  const codes: Record<string, number> = {};
  for (const outcome of outcomes) for (const code of outcome.codes) codes[code] = (codes[code] ?? 0) + 1;
  const internal = outcomes.filter((outcome) => outcome.status === 500 || outcome.codes.includes("INTERNAL_SERVER_ERROR")).length;
  const refused = outcomes.filter((outcome) => outcome.status !== 0 && (outcome.codes.length > 0 || outcome.status >= 400)).length;
  const crashes = outcomes.filter((outcome) => outcome.networkError).length + (alive && !server?.exitReport ? 0 : 1);
  return {
    family: name,
    requests: outcomes.length,
    refused,
    answered: outcomes.length - refused - outcomes.filter((outcome) => outcome.networkError).length,
    internal,
    crashes,
    ...(countWritesOutside ? { writesOutside: outcomes.filter((outcome) => outcome.typename?.endsWith("Success")).length } : {}),
    peakRssMb: Math.round(server ? server.peakRssMb() : sampledRss),
    loopDelayP99Ms: Math.round(loopDelayMs * 10) / 10,
    healthzP99Ms:
      Math.round(
        percentile(
          [...healthz].sort((a, b) => a - b),
          99,
        ) * 10,
      ) / 10,
    codes,
  };
}

// What the families aim at, found in the database served: two prefectures with figures, the
// union of the second, and a figure of the first to restate.
interface Target {
  own: string;
  foreign: string;
  foreignUnion: string;
  figure: { indicator: string; statedAs: string; qualifier: string; value: number; period: string | null; article: string; excerpt: string };
  regionCodes: string[];
  regionIds: string[];
}

async function findTarget(): Promise<Target> {
  const read = async (query: string) => {
    const response = await fetch(graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    if (!body.data) throw new Error(`the server would not answer ${query}: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const regions = (await read(`{ regions(first: 100) { nodes { id code level organisations(first: 5) { nodes { nameZh kind } } } } }`)).regions.nodes;
  const withUnion = regions.filter((region: any) => region.level === "PREFECTURE" && region.organisations.nodes.some((o: any) => o.kind === "TRADE_UNION"));
  for (const own of withUnion) {
    const figures = (
      await read(`{ reportedFigures(first: 50, filter: { regionCode: "${own.code}" }) { nodes { indicator { code } period
        quantity { statedAs qualifier value } region { code } source { excerpt article { key } } } } }`)
    ).reportedFigures.nodes;
    const foreign = withUnion.find((region: any) => region.code !== own.code);
    if (figures.length === 0 || !foreign) continue;
    // One whose excerpt states its number can be restated (synthetic excerpts state none: those
    // writes are refused as BAD_USER_INPUT after the scope check, which is what is attacked).
    const figure = figures.find((candidate: any) => candidate.source.excerpt.includes(candidate.quantity.statedAs)) ?? figures[0];
    return {
      own: own.code,
      foreign: foreign.code,
      foreignUnion: foreign.organisations.nodes.find((o: any) => o.kind === "TRADE_UNION").nameZh,
      figure: {
        indicator: figure.indicator.code,
        statedAs: figure.quantity.statedAs,
        qualifier: figure.quantity.qualifier,
        value: figure.quantity.value,
        period: figure.period,
        article: figure.source.article.key,
        excerpt: figure.source.excerpt,
      },
      regionCodes: regions.map((region: any) => region.code),
      regionIds: regions.map((region: any) => region.id),
    };
  }
  throw new Error("no two prefectures with a union each and a reported figure: nothing to aim the write families at");
}

const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
const createFigure = `mutation($input: CreateReportedFigureInput!) { createReportedFigure(input: $input) {
  __typename ... on MutationError { code } } }`;
const createDocument = `mutation($input: CreatePolicyDocumentInput!) { createPolicyDocument(input: $input) {
  __typename ... on MutationError { code } } }`;
const spellings = (name: string) => [name, `${name} `, ` ${name}`, `\u3000${name}`, `${name}\u00a0\t`, `${name}\u200b`, `\u202e${name}`, name.normalize("NFD")];
const runId = Date.now().toString(36);

const target = await findTarget();
const editor = await token({ sub: `attack-editor-${target.own}`, role: "editor", region: target.own });
const otherEditor = await token({ sub: `attack-editor-2-${target.own}`, role: "editor", region: target.own });
const figureInput = (key: string, subject: Record<string, string>) => ({
  key,
  indicator: target.figure.indicator,
  ...subject,
  statedAs: target.figure.statedAs,
  qualifier: target.figure.qualifier,
  value: target.figure.value,
  ...(target.figure.period ? { period: target.figure.period } : {}),
  source: { article: target.figure.article, excerpt: target.figure.excerpt },
});

/** Each family repeats its requests for at least this long, so /healthz is timed about 200 times. */
const minFamilySeconds = 5;
let repetition = 0;

const families: [string, () => Promise<Outcome[]>, boolean?][] = [
  [
    "padded cross-city writes",
    async () => {
      if (!editor) return [];
      const outcomes: Outcome[] = [];
      for (const [index, name] of spellings(target.foreignUnion).entries()) {
        outcomes.push(await post(createFigure, { input: figureInput(`attack/${runId}/cross-${index}`, { organisation: name }) }, editor));
        const document = { titleZh: `攻击测试文件${runId}${index}`, titleEn: "Attack test", kind: "NOTICE", status: "IN_FORCE", issuers: [name] };
        outcomes.push(
          await post(createDocument, { input: { ...document, source: { article: target.figure.article, excerpt: target.figure.excerpt } } }, editor),
        );
      }
      for (const [index, code] of [target.foreign, ` ${target.foreign}`, `${target.foreign}\u3000`].entries()) {
        outcomes.push(await post(createFigure, { input: figureInput(`attack/${runId}/cross-region-${index}`, { region: code }) }, editor));
      }
      return outcomes;
    },
    true,
  ],
  [
    "alias, introspection and _service bombs",
    async () => [
      ...(await inParallel(
        Array.from({ length: 12 }, () => () => post(aliases(29, "__schema { types { name fields { name type { name ofType { name } } } } }"))),
        12,
      )),
      ...(await inParallel(
        Array.from({ length: 40 }, () => () => post(aliases(29, "_service { sdl }"))),
        40,
      )),
      ...(await inParallel(
        Array.from({ length: 20 }, () => () => post(aliases(31, "__typename"))),
        20,
      )),
      ...(await inParallel(
        Array.from({ length: 12 }, () => () => post(`{ __schema { types { name } } }`)),
        12,
      )),
    ],
  ],
  [
    "wide comparisons",
    async () => {
      const codes = Array.from({ length: 200 }, (_, i) => target.regionCodes[i % target.regionCodes.length]);
      const metrics = (count: number) =>
        Array.from({ length: count }, (_, i) => ({ label: `m${i}`, records: "HONOURS", honourKind: "MODEL_WORKER", honourStatus: "AWARDED" }));
      // Codes and metrics as variables, so the document stays under the token limit and the cost model is what meets it.
      const compare = `compareRegions(regionCodes: $codes, metrics: $metrics) { rows { cells { value { value } sourceCount sources(first: 100) { excerpt } } } }`;
      const wide = `query($codes: [String!]!, $metrics: [ComparisonMetricInput!]!) ${aliases(30, compare)}`;
      const fitting = `query($codes: [String!]!, $metrics: [ComparisonMetricInput!]!) { compareRegions(regionCodes: $codes, metrics: $metrics) { rows { cells { value { value } sourceCount } } } }`;
      const series = `query($codes: [String!]!) { regionSeries(regionCodes: $codes, metric: { label: "h", records: HONOURS, honourKind: MODEL_WORKER, honourStatus: AWARDED }, years: { from: 1, to: 9999 }) { rows { points { year } } } }`;
      return [
        ...(await inParallel(
          Array.from({ length: 24 }, () => () => post(wide, { codes, metrics: metrics(20) })),
          8,
        )),
        ...(await inParallel(
          Array.from({ length: 24 }, () => () => post(fitting, { codes: codes.slice(0, 16), metrics: metrics(8) })),
          8,
        )),
        ...(await inParallel(
          Array.from({ length: 8 }, () => () => post(series, { codes })),
          8,
        )),
      ];
    },
  ],
  [
    "deep plain lists",
    async () => {
      const deep = aliases(10, "organisations(first: 100) { nodes { employees { honours { source { excerpt } } } } }");
      const paged = "{ organisations(first: 100) { nodes { persons(first: 100) { nodes { honours { source { excerpt } } } } } } }";
      const heaviestAccepted = "{ persons(first: 100) { nodes { nameZh honours { key source { excerpt } } employer { children { nameZh } } } } }";
      return [
        ...(await inParallel(
          Array.from({ length: 20 }, () => () => post(deep)),
          10,
        )),
        ...(await inParallel(
          Array.from({ length: 20 }, () => () => post(paged)),
          10,
        )),
        ...(await inParallel(
          Array.from({ length: 60 }, () => () => post(heaviestAccepted)),
          20,
        )),
      ];
    },
  ],
  [
    "mass _entities and nodes",
    async () => {
      // Over the per-request limits (100 IDs, 1,000 representations), then at them.
      const representations = Array.from({ length: 10_000 }, (_, i) => ({ __typename: "Region", code: target.regionCodes[i % target.regionCodes.length] }));
      const ids = Array.from({ length: 10_000 }, (_, i) => target.regionIds[i % target.regionIds.length]);
      const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code nameZh } } }`;
      const nodes = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
      return [
        ...(await inParallel(
          Array.from({ length: 8 }, () => () => post(entities, { r: representations })),
          8,
        )),
        ...(await inParallel(
          Array.from({ length: 8 }, () => () => post(nodes, { ids })),
          8,
        )),
        ...(await inParallel(
          Array.from({ length: 24 }, () => () => post(entities, { r: representations.slice(0, 1_000) })),
          8,
        )),
        ...(await inParallel(
          Array.from({ length: 24 }, () => () => post(nodes, { ids: ids.slice(0, 100) })),
          8,
        )),
      ];
    },
  ],
  [
    "lone surrogates",
    async () => {
      const bad = "x\ud800y";
      const probes: [string, Record<string, unknown>][] = [
        [`query($v: String!) { region(code: $v) { code } }`, { v: bad }],
        [`query($v: String!) { organisation(nameZh: $v) { nameZh } }`, { v: bad }],
        [`query($v: String!) { policyDocument(titleZh: $v) { titleZh } }`, { v: bad }],
        [`query($v: String!) { person(key: $v) { key } }`, { v: bad }],
        [`query($v: String) { honours(filter: { regionCode: $v }) { totalCount } }`, { v: bad }],
        [`query($v: [String!]) { reportedFigures(filter: { indicatorCodes: $v }) { totalCount } }`, { v: [bad] }],
        [`query($v: String) { persons(filter: { nameZh: $v }) { totalCount } }`, { v: bad }],
        [`query($v: String) { regions(after: $v) { totalCount } }`, { v: bad }],
        [createFigure, { input: figureInput(`attack/${runId}/surrogate`, { organisation: `${target.foreignUnion}\ud800` }) }],
        [`query($v: String!) { region(code: "530500") { nameZh @skip(if: false) } article(key: $v) { key } }`, { v: bad }],
      ];
      return inParallel(
        probes.flatMap(([query, variables]) => Array.from({ length: 5 }, () => () => post(query, variables, editor))),
        10,
      );
    },
  ],
  [
    "crafted cursors",
    async () => {
      const crafted = ["GPC:S:abc", 'GPC:J:{"id":1}', "GPC:N:1e309", "GPC:N:-1", "GPC:N:99999999999", "GPC:D:notadate", "GPC:N:1.5", "garbage"];
      const lists = ["regions", "persons", "honours", "organisations", "reportedFigures"];
      // Each list's cursors are tagged with it: another list's (here the next one's) is foreign.
      const foreign = (list: string) => Buffer.from(`Query.${lists[(lists.indexOf(list) + 1) % lists.length]}:1`, "utf8").toString("base64url");
      const encoded = [...crafted.map((cursor) => Buffer.from(cursor).toString("base64")), "!!!", "", "a".repeat(5000)];
      return inParallel(
        lists.flatMap((list) =>
          [...encoded, foreign(list)].flatMap((cursor) => [
            () => post(`query($c: String) { ${list}(after: $c) { totalCount } }`, { c: cursor }),
            () => post(`query($c: String) { ${list}(last: 2, before: $c) { totalCount } }`, { c: cursor }),
          ]),
        ),
        10,
      );
    },
  ],
  [
    "concurrent same-key writes",
    async () => {
      if (!editor || !otherEditor) return [];
      const outcomes: Outcome[] = [];
      for (let round = 0; round < 5; round++) {
        const key = `attack/${runId}/same-key-${repetition}-${round}`;
        const input = figureInput(key, { region: target.own });
        outcomes.push(...(await Promise.all(Array.from({ length: 8 }, (_, i) => post(createFigure, { input }, i % 2 ? editor : otherEditor)))));
      }
      return outcomes;
    },
  ],
];

console.log(`Attacking ${graphqlUrl} (own city ${target.own}, foreign ${target.foreign}, ${target.foreignUnion})${server ? `, server pid ${server.pid}` : ""}`);
const reports: FamilyReport[] = [];
try {
  for (const [name, run, countWrites] of families) {
    if (Date.now() >= deadline) {
      console.log(`stopped at --max-seconds before "${name}"`);
      break;
    }
    const report = await family(name, run, countWrites);
    reports.push(report);
    console.log(`${report.family}: ${JSON.stringify(report.codes)}`);
  }
} finally {
  // An exit before this stop is a crash; report it.
  const exitedEarly = server?.exitReport;
  if (exitedEarly) console.log(exitedEarly);
  await server?.stop();
}

const heapCapMb = 256;
const verdict = (r: FamilyReport) => {
  const missed = [
    r.internal > 0 && "internal errors",
    r.crashes > 0 && "crashes",
    (r.writesOutside ?? 0) > 0 && "writes outside",
    r.peakRssMb >= heapCapMb + 150 && `RSS ≥ ${heapCapMb + 150} MB`,
    !(r.healthzP99Ms < 100) && "/healthz p99 ≥ 100 ms",
  ].filter(Boolean);
  return missed.length === 0 ? "met" : `missed: ${missed.join(", ")}`;
};
const lines = [
  "| family | requests | refused | answered | INTERNAL_SERVER_ERROR | crashes | writes outside | peak RSS MB | /healthz p99 ms | server loop delay p99 ms | targets |",
  "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
  ...reports.map(
    (r) =>
      `| ${r.family} | ${r.requests} | ${r.refused} | ${r.answered} | ${r.internal} | ${r.crashes} | ${r.writesOutside ?? "–"} | ${r.peakRssMb} | ${r.healthzP99Ms} | ${r.loopDelayP99Ms} | ${verdict(r)} |`,
  ),
];
console.log(`\n${lines.join("\n")}`);

const served = values.database ? values.database.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@") : graphqlUrl;
const section = [
  `## Attack ${new Date().toISOString()}`,
  "",
  `Machine: ${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}. Server: ${
    values.database ? `started by the script on ${served} (heap cap ${heapCapMb} MB as npm start, rate limit and response cache off)` : served
  }. Own city ${target.own}, foreign ${target.foreign} (${target.foreignUnion}). Targets: 0 internal errors, 0 crashes, 0 writes outside the editor's city, peak RSS below the heap cap + 150 MB, /healthz p99 under 100 ms. The attack runs at nice 10${server ? ", the server it started at 0" : ""}; /healthz is timed from a process of its own${probePriorityRaised ? " at nice −10" : " (its priority could not be raised)"}.`,
  "",
  ...lines,
  "",
  `Codes: ${reports
    .map(
      (r) =>
        `${r.family}: ${
          Object.entries(r.codes)
            .map(([code, n]) => `${code} × ${n}`)
            .join(", ") || "none"
        }`,
    )
    .join("; ")}.`,
  "",
];
fs.appendFileSync(path.join(repositoryRoot, "test/faults/RESULTS.md"), `\n${section.join("\n")}`);
const bad = reports.filter((r) => r.internal > 0 || r.crashes > 0 || (r.writesOutside ?? 0) > 0);
process.exitCode = bad.length > 0 ? 1 : 0;
