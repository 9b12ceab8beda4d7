import { afterAll, beforeAll, expect, it } from "vitest";
import { request, ServerProcess } from "../helpers/server-process.js";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database.js";

// SIGTERM (what an orchestrator or a load balancer's rolling restart sends) ends the real server
// promptly and cleanly: Apollo's own signal handler once raced main.ts's and left it hanging.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(async () => {
  await database?.close();
});

it("stops within two seconds of SIGTERM, with exit code 0, after answering", async () => {
  const server = await ServerProcess.start(database.url);
  try {
    const answer = await request(`${server.baseUrl}/graphql`, JSON.stringify({ query: "{ regions(first: 1) { totalCount } }" }));
    expect(answer.status).toBe(200);
  } finally {
    const started = performance.now();
    const ended = await server.stop();
    expect(ended).toBe("exit code 0");
    expect(performance.now() - started).toBeLessThan(2000);
  }
}, 60_000);
