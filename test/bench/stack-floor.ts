import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import { repositoryRoot } from "../../src/db/database-url.js";
import { npmStartNode, request } from "../helpers/server-process.js";
import type { BenchQuery, QueryId } from "./queries.js";

/** What the fixed stack alone costs for one query's answer (see stack-floor-server.ts). */
export interface FloorMeasurement {
  query: BenchQuery;
  /** Why there is no figure: the floor server's answer differed from the platform's, or it failed. */
  notMeasured?: string;
  aloneP50Ms: number;
  requestsPerSecond: number;
  cpuMsPerRequest: number;
}

export function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** User + system CPU milliseconds of a process so far, from /proc (clock ticks of 10 ms). */
function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

async function startFloorServer(answer: unknown): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [...npmStartNode().flags, "--import", "tsx", "test/bench/stack-floor-server.ts"], {
    cwd: repositoryRoot,
    env: { ...process.env, NODE_ENV: "production" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  child.stdin!.end(JSON.stringify(answer));
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /listening (\S+)/.exec(output);
      if (listening) resolve(listening[1]!);
    });
    child.on("exit", (code) => reject(new Error(`the stack-floor server exited (code ${code}) before listening: ${output}`)));
  });
  return { child, url };
}

/**
 * Serves each query's recorded answer from the stack-floor server and measures it as the
 * platform is measured: requests one at a time, then `connections` at once for `durationSeconds`.
 * Each answer is first checked equal to the platform's, so the floor is that of the same work.
 */
export async function measureStackFloor(
  queries: BenchQuery[],
  answers: Map<QueryId, unknown>,
  settings: { durationSeconds: number; connections: number },
  body: (query: BenchQuery, requestNumber: number) => string,
  probes: number,
): Promise<FloorMeasurement[]> {
  const unmeasured = { aloneP50Ms: 0, requestsPerSecond: 0, cpuMsPerRequest: 0 };
  const measurements: FloorMeasurement[] = [];
  for (const query of queries) {
    process.stdout.write(`  ${query.name} … `);
    // A server of its own per query: the two comparisons share a query text and differ in their variables.
    const { child, url } = await startFloorServer(answers.get(query.id));
    try {
      let requestNumber = 0;
      const latencies: number[] = [];
      let notMeasured: string | undefined;
      for (let probe = 0; probe < probes && !notMeasured; probe++) {
        const sentAt = performance.now();
        const answer = JSON.parse((await request(url, body(query, ++requestNumber))).text) as { data?: unknown; errors?: unknown[] };
        latencies.push(performance.now() - sentAt);
        if (answer.errors || !isDeepStrictEqual(answer.data, answers.get(query.id))) notMeasured = "its answer differs from the platform's";
      }
      if (notMeasured) {
        console.log(`not measured: ${notMeasured}`);
        measurements.push({ query, notMeasured, ...unmeasured });
        continue;
      }
      const cpuBefore = cpuMsOf(child.pid!);
      const result = await autocannon({
        url,
        method: "POST",
        headers: { "content-type": "application/json" },
        connections: settings.connections,
        duration: settings.durationSeconds,
        requests: [{ setupRequest: (outgoing) => ({ ...outgoing, body: body(query, ++requestNumber) }) }],
      });
      const completed = result.requests.total;
      const measurement = {
        query,
        aloneP50Ms: median(latencies),
        requestsPerSecond: completed / result.duration,
        cpuMsPerRequest: completed > 0 ? (cpuMsOf(child.pid!) - cpuBefore) / completed : 0,
      };
      console.log(`${Math.round(measurement.requestsPerSecond)} req/s, ${measurement.cpuMsPerRequest.toFixed(2)} ms CPU / request`);
      measurements.push(measurement);
    } finally {
      child.kill("SIGKILL");
    }
  }
  return measurements;
}
