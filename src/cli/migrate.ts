import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { openDatabase } from "../db/client.js";
import { resolveDatabaseTarget } from "../db/database-url.js";
import { migrationCli } from "../db/migration-cli.js";
import { fillEmptyNameKeys } from "../store/name-keys-backfill.js";
import { parseCommandLine, runCommand, UsageError } from "./command-line.js";

// `npm run db:migrate` (and the first step of `npm start`): `prisma migrate deploy` for the database
// DATABASE_URL names, with Prisma's lines about the schema's placeholder url left out. The CLI
// needs a url in the datasource to take its JavaScript engine path, then connects through
// prisma.config.ts's adapter, so it announces a "placeholder.db" it never opens and warns that the
// schema's values "will NOT be used": true, and misleading to whoever reads a start log. This names
// the database migrated instead.

const usage = `Usage: npm run db:migrate

Applies the committed migrations (prisma/sqlite/ or prisma/postgres/) to the database DATABASE_URL
names (default: the embedded SQLite file prisma/data/reform-graph.db), as \`prisma migrate deploy\`,
then fills the sort and search keys of names stored before they existed.`;

/** Prisma's lines about the datasource url, which prisma.config.ts's adapter replaces. */
const placeholderNoise = [
  /^Datasource "db": .*placeholder/,
  /^WARNING: Your schema specifies the following datasource properties but you are using a Driver Adapter/,
  /^- url$/,
  /^The values from your schema will NOT be used!$/,
  /^We recommend you to remove those properties from your schema/,
  /^Prisma config detected, skipping environment variable loading\.$/,
];

/** The database as a log may show it: a PostgreSQL URL without its password. */
function shown(location: string): string {
  if (!/^postgres(ql)?:\/\//.test(location)) return location;
  const url = new URL(location);
  if (url.password) url.password = "***";
  return url.toString();
}

await runCommand(usage, async () => {
  parseCommandLine(usage, { options: {} });
  let target: ReturnType<typeof resolveDatabaseTarget>;
  try {
    target = resolveDatabaseTarget();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  console.log(`Migrating the ${target.provider === "sqlite" ? "SQLite" : "PostgreSQL"} database ${shown(target.location)}`);
  const prisma = spawn(...migrationCli(["migrate", "deploy"]), { stdio: ["ignore", "pipe", "pipe"], env: process.env });
  // Blank lines the left-out ones framed are left out with them: one at most in a row.
  let blank = false;
  const relay = (stream: NodeJS.ReadableStream, write: (line: string) => void) =>
    createInterface({ input: stream }).on("line", (line) => {
      if (placeholderNoise.some((pattern) => pattern.test(line)) || (blank && line.trim() === "")) return;
      blank = line.trim() === "";
      write(line);
    });
  relay(prisma.stdout, (line) => console.log(line));
  relay(prisma.stderr, (line) => console.error(line));
  const status = await new Promise<number>((resolve) => prisma.on("close", (code) => resolve(code ?? 1)));
  if (status !== 0) {
    process.exitCode = status;
    return;
  }
  // Data a migration cannot compute in SQL: the pinyin keys of names stored before they existed.
  const database = openDatabase(target);
  try {
    const filled = await fillEmptyNameKeys(database);
    const total = Object.values(filled).reduce((sum, count) => sum + count, 0);
    if (total > 0) console.log(`Filled the sort and search keys of ${total} stored names.`);
  } finally {
    await database.db.$disconnect();
  }
});
