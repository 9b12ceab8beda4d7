import { defineConfig } from "prisma/config";
import { resolveDatabaseTarget } from "./src/db/database-url.js";
import { createMigrationAdapterFactory } from "./src/db/migration-adapter.js";

// The JS schema engine with a driver adapter: no native engine download, so the CLI works
// offline and behind proxies. DATABASE_URL picks the provider's schema folder and adapter.
const target = resolveDatabaseTarget();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.schemaFolder,
  adapter: async () => createMigrationAdapterFactory(target),
});
