import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ServerProcess, sleep } from "../helpers/server-process.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";

// A client that starts an upload and goes away is not the server's failure: the server logs the
// request as aborted, answers nothing, and goes on serving. Read from the real process's log.

let database: TestDatabase;
let server: ServerProcess;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await ServerProcess.start(database.url, { LOG_LEVEL: "info" });
}, 90_000);
afterAll(async () => {
  await server?.stop();
  await database?.close();
});

function abandonUpload(baseUrl: string) {
  const { hostname, port } = new URL(baseUrl);
  return new Promise<void>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      socket.write(`POST /graphql HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\ncontent-length: 50000\r\n\r\n{"query":"{ regions`);
      setTimeout(() => {
        socket.destroy();
        resolve();
      }, 200);
    });
    socket.on("error", reject);
  });
}

const requestLines = (output: string) =>
  output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => entry.message === "request" || entry.message === "request failed");

describe("an upload the client abandons", () => {
  it("is logged as aborted, not as a failed request answered 500, and the server goes on", async () => {
    await abandonUpload(server.baseUrl);
    let lines: Record<string, unknown>[] = [];
    for (let attempt = 0; attempt < 50; attempt++) {
      lines = requestLines(server.recentOutput).filter((entry) => entry.path === "/graphql" || entry.message === "request failed");
      if (lines.length > 0) break;
      await sleep(100);
    }
    expect(lines).toEqual([expect.objectContaining({ level: "info", message: "request", method: "POST", path: "/graphql", outcome: "aborted" })]);
    expect(lines[0]).not.toHaveProperty("status");
    const health = await fetch(`${server.baseUrl}/healthz`);
    expect(health.status).toBe(200);
  });
});
