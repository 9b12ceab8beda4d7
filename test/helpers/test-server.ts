import { afterAll, beforeAll } from "vitest";
import { startServer } from "../../src/http/server.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";
import { resolveTestViewer } from "./tokens.js";

type ServerOptions = Omit<Parameters<typeof startServer>[0], "database" | "port" | "host">;

/**
 * For a test file that talks HTTP: the real server on a free localhost port over a fresh
 * database (seeded unless told otherwise), started before its tests and stopped after.
 */
export function useTestServer({ seed = true, ...options }: { seed?: boolean } & ServerOptions = {}) {
  const state = {} as { database: TestDatabase; server: Awaited<ReturnType<typeof startServer>> };
  beforeAll(async () => {
    state.database = await createTestDatabase();
    if (seed) await state.database.seed();
    state.server = await startServer({ resolveViewer: resolveTestViewer, ...options, database: state.database.handle, port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await state.server?.stop();
    await state.database?.close();
  });
  return {
    get url() {
      return state.server.url;
    },
    get database() {
      return state.database;
    },
  };
}

/** POSTs a GraphQL request as JSON, as browsers and most clients do. */
export function postGraphQL(url: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
}
