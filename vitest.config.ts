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

const project = (name: string, env: Record<string, string>) => ({
  resolve: { alias },
  test: { name, include: ["test/**/*.test.ts"], env, testTimeout: 30_000, hookTimeout: 60_000 },
});

export default defineConfig({
  resolve: { alias },
  test: {
    globalSetup: ["test/helpers/build-server.global.ts"],
    projects: [
      project("sqlite", { TEST_DATABASE_PROVIDER: "sqlite", LOG_LEVEL: "silent" }),
      ...(postgresUrl ? [project("postgresql", { TEST_DATABASE_PROVIDER: "postgresql", TEST_POSTGRES_URL: postgresUrl, LOG_LEVEL: "silent" })] : []),
    ],
  },
});
