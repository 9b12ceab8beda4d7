import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { resolveDatabaseTarget } from "../../src/db/database-url.js";
import { startServer } from "../../src/http/server.js";
import { freePort } from "../helpers/server-process.js";

// The fail-fast half of `npm run fault:database` without stopping the shared cluster: a server
// whose PostgreSQL is not there answers at once, with a code clients can act on.

/** A PostgreSQL address where something accepts connections and hangs up at once. */
async function hangingUpServer() {
  const server = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => new Promise((resolve) => server.close(resolve)) };
}

const hangingUp = await hangingUpServer();
afterAll(() => hangingUp.close());

const scenarios = [
  { name: "nothing listens on the database port", port: await freePort() },
  { name: "the database port accepts and hangs up", port: hangingUp.port },
];

describe.each(scenarios)("when $name", ({ port }) => {
  const database = openDatabase(resolveDatabaseTarget(`postgresql://reform:reform@127.0.0.1:${port}/reform_graph`));
  const started = startServer({ database, port: 0, host: "127.0.0.1", cacheTtlMs: 0 });
  afterAll(async () => {
    await (await started).stop();
    await database.db.$disconnect();
  });

  it("a read fails fast with 503 and DATABASE_UNAVAILABLE, without internals", async () => {
    const { url } = await started;
    const before = performance.now();
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ regions { totalCount } }` }),
    });
    const elapsedMs = performance.now() - before;
    const body = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
    expect(response.status).toBe(503);
    expect(body.errors[0]).toMatchObject({ message: "The database is unavailable; try again shortly.", extensions: { code: "DATABASE_UNAVAILABLE" } });
    expect(JSON.stringify(body)).not.toMatch(/prisma|127\.0\.0\.1|ECONN/i);
    expect(elapsedMs).toBeLessThan(3_000);
  });

  it("/readyz answers 503 while /healthz still answers 200", async () => {
    const { url } = await started;
    expect((await fetch(new URL("/readyz", url))).status).toBe(503);
    expect((await fetch(new URL("/healthz", url))).status).toBe(200);
  });
});
