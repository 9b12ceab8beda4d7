import path from "node:path";
import { defineConfig } from "prisma/config";
import { repositoryRoot } from "./src/db/database-url.js";

// Prisma 7's CLI: `prisma generate` (and format/validate) of the runtime clients, from
// prisma/client/sqlite/ and prisma/client/postgres/ (the postinstall names the folder).
// Prisma 7 has no JavaScript schema engine: every command, generate included, first downloads the
// native one, which cannot be done offline. Generating never runs it, so an existing path in
// PRISMA_SCHEMA_ENGINE_BINARY (a stub that explains itself) skips the download. Migrations go
// through the Prisma 6.19 CLI with prisma6.config.ts (src/db/migration-cli.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(repositoryRoot, "prisma/client/no-schema-engine.sh");

export default defineConfig({
  schema: path.join(repositoryRoot, "prisma/client/sqlite"),
});
