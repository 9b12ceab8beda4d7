import { afterAll, beforeAll } from "vitest";
import { startServer } from "../../src/server.js";
import { createTestDatabase, type TestDatabase } from "./test-database.js";
import { resolveTestViewer } from "./tokens.js";

/**
 * For a test file that talks HTTP: the real server on a free localhost port over a fresh
 * database (seeded unless told otherwise), started before its tests and stopped after.
 */
export function useTestServer({ seed = true }: { seed?: boolean } = {}) {
  const state = {} as { database: TestDatabase; server: Awaited<ReturnType<typeof startServer>> };
  beforeAll(async () => {
    state.database = await createTestDatabase();
    if (seed) await state.database.seed();
    state.server = await startServer({ database: state.database.handle, port: 0, host: "127.0.0.1", resolveViewer: resolveTestViewer });
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
