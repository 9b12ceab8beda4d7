import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { ensureLocalPostgres } from "./test/helpers/local-postgres.js";

const require = createRequire(import.meta.url);
// One copy of graphql, or "Cannot use GraphQLSchema from another module or realm".
const alias = [{ find: /^graphql$/, replacement: require.resolve("graphql") }];

const postgresUrl = ensureLocalPostgres();
if (!postgresUrl) {
  console.warn("\n⚠ No PostgreSQL reachable (set TEST_POSTGRES_URL): running the SQLite half of the suite only.\n");
}

// Timeouts only catch a hang: two files run at once on a 2-core machine, so a test that takes 25 s
// alone (migrating PostgreSQL from scratch) can take well over 30 s beside another.
const project = (name: string, env: Record<string, string>) => ({
  resolve: { alias },
  test: { name, include: ["test/**/*.test.ts"], env, testTimeout: 90_000, hookTimeout: 120_000 },
});

export default defineConfig({
  resolve: { alias },
  test: {
    // Two files at a time even on two cores (Vitest's default is one fewer than the cores): most
    // files wait on a database, a child process or a socket most of the time, and the whole suite
    // takes 760 s instead of 1,390 s on the 2-core CI machine.
    maxWorkers: 2,
    globalSetup: ["test/helpers/build-server.global.ts"],
    projects: [
      project("sqlite", { TEST_DATABASE_PROVIDER: "sqlite", LOG_LEVEL: "silent" }),
      ...(postgresUrl ? [project("postgresql", { TEST_DATABASE_PROVIDER: "postgresql", TEST_POSTGRES_URL: postgresUrl, LOG_LEVEL: "silent" })] : []),
    ],
  },
});
