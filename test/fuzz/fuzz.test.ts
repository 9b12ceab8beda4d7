import http from "node:http";
import v8 from "node:v8";
import vm from "node:vm";
import { expect, it } from "vitest";
import { schema } from "../../src/graphql/schema.js";
import { useTestServer } from "../helpers/test-server.js";
import { signToken } from "../helpers/tokens.js";
import { collectSamples, OperationGenerator, sampleQuery } from "./operations.js";
import { FuzzRandom, fuzzSeed } from "./random.js";
import { type FuzzRequest, garbageRequest, graphQLRequest } from "./requests.js";
import { send } from "./send.js";
import { Tally } from "./tally.js";

// Sends generated operations, valid and broken, to the real HTTP server on the seeded database:
// none may answer 5xx or INTERNAL_SERVER_ERROR, the server must still be alive afterwards, and its
// memory must not grow with the number of requests. FUZZ_SEED replays a run, FUZZ_OPERATIONS sizes it.

// The per-client rate limit has its own tests; here it would turn most of the run into RATE_LIMITED.
const server = useTestServer({ costPerMinute: 0 });

const operationCount = Number(process.env.FUZZ_OPERATIONS ?? 10_000);
const concurrency = 8;
/**
 * Requests before the first memory reading, while bounded caches fill up. The largest is Apollo's
 * store of parsed documents (30 MiB by its own estimate, about 120 MB of heap): a few thousand
 * generated documents, among them some with 20,000 aliases, are needed to fill it.
 */
const warmUpCount = Math.floor(operationCount * 0.3);
const validShare = 0.6;
/**
 * Growth allowed from the end of the warm-up to the end of the run, after a full collection. Heap
 * and external memory (buffers, WebAssembly) hold what is still referenced, so a leak of a few kB
 * per request shows there; Apollo's document store still fills by some 60 MB after the warm-up.
 * RSS also keeps what the allocator freed but did not return: it grew 15–190 MB in runs whose
 * heap grew alike, so its bound only catches runaway growth.
 */
const maxGrowthMb = { heapAndExternal: 100, rss: 300 };

// The server runs in this process, so its memory is this process's. A full collection before each
// reading leaves only what is still referenced; vitest does not start Node with --expose-gc.
v8.setFlagsFromString("--expose-gc");
const collectGarbage = vm.runInNewContext("gc") as () => void;

function memoryMb() {
  collectGarbage();
  const { rss, heapUsed, external } = process.memoryUsage();
  return { rss: rss / 2 ** 20, heapUsed: heapUsed / 2 ** 20, external: external / 2 ** 20 };
}

async function sendAll(count: number, next: () => FuzzRequest, tally: Tally, agent: http.Agent) {
  const origin = new URL(server.url);
  let remaining = count;
  const worker = async () => {
    while (remaining > 0) {
      remaining--;
      // Requests are made in one sequence whichever worker asks, so a seed always yields the same ones.
      const request = next();
      tally.record(request, await send(origin, request, agent));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

it(`answers ${operationCount} generated operations without a 5xx, a crash or growing memory`, async () => {
  const seed = fuzzSeed();
  console.log(`fuzz seed ${seed} (${server.database.provider}): replay with FUZZ_SEED=${seed}`);
  // Sampled as an admin, so lists only admins may read (the audit trail) have their samples too.
  const admin = await signToken({ sub: "fuzz-sampler", role: "admin" });
  const sampled = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${admin}` },
    body: JSON.stringify({ query: sampleQuery(schema) }),
  });
  const random = new FuzzRandom(seed);
  const operations = new OperationGenerator(schema, random, collectSamples(((await sampled.json()) as { data: never }).data));
  // A third of the valid operations run as an admin, so mutations reach their validation and the
  // write path instead of stopping at UNAUTHENTICATED.
  const asAdmin = (request: FuzzRequest): FuzzRequest => ({
    ...request,
    kind: `${request.kind} as admin`,
    headers: { ...request.headers, authorization: `Bearer ${admin}` },
  });
  const validRequest = () => graphQLRequest("valid operation", operations.operation());
  const next = () => (random.chance(validShare) ? (random.chance(1 / 3) ? asAdmin(validRequest()) : validRequest()) : garbageRequest(random, operations));

  const tally = new Tally();
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const started = performance.now();
  try {
    await sendAll(warmUpCount, next, tally, agent);
    const afterWarmUp = memoryMb();
    await sendAll(operationCount - warmUpCount, next, tally, agent);
    const afterRun = memoryMb();
    const seconds = (performance.now() - started) / 1000;

    const health = await fetch(new URL("/healthz", server.url));
    console.log(
      [
        `fuzz ${server.database.provider}, seed ${seed}: ${tally.sent} requests in ${seconds.toFixed(1)} s at concurrency ${concurrency}`,
        tally.report(),
        `memory after ${warmUpCount} warm-up requests: RSS ${afterWarmUp.rss.toFixed(0)} MB, heap ${afterWarmUp.heapUsed.toFixed(0)} MB, external ${afterWarmUp.external.toFixed(0)} MB; ` +
          `after all: RSS ${afterRun.rss.toFixed(0)} MB, heap ${afterRun.heapUsed.toFixed(0)} MB, external ${afterRun.external.toFixed(0)} MB`,
      ].join("\n"),
    );

    expect(tally.sent).toBe(operationCount);
    expect(tally.serverErrors).toEqual([]);
    expect(tally.unexpectedErrors).toEqual([]);
    expect(tally.timeouts).toEqual([]);
    expect(health.status).toBe(200);
    expect(afterRun.heapUsed + afterRun.external - (afterWarmUp.heapUsed + afterWarmUp.external)).toBeLessThan(maxGrowthMb.heapAndExternal);
    expect(afterRun.rss - afterWarmUp.rss).toBeLessThan(maxGrowthMb.rss);
  } finally {
    agent.destroy();
  }
}, 600_000);
