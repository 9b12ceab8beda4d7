import { defineConfig } from "prisma6/config";
import { resolveDatabaseTarget } from "./src/db/database-url.js";
import { createMigrationAdapterFactory } from "./src/db/migration-adapter.js";

// The Prisma 6.19 CLI (npm alias prisma6, run through src/db/migration-cli.ts with --config
// prisma6.config.ts): migrations only. Prisma 7, the runtime client, generates (prisma.config.ts).
// The JS schema engine with a driver adapter: no native engine download, so the CLI works
// offline and behind proxies. DATABASE_URL picks the provider's schema folder and adapter.
const target = resolveDatabaseTarget();

// The schema folders 6.19 reads (prisma/sqlite/, prisma/postgres/) have no generator any more (Prisma 7
// generates from prisma/client/): without a generator saying `engineType = "client"`, 6.19 would
// download a native query engine first. This says it instead.
process.env.PRISMA_CLIENT_ENGINE_TYPE ??= "client";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: target.schemaFolder,
  adapter: async () => createMigrationAdapterFactory(target),
});
