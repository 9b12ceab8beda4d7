import fs from "node:fs/promises";
import os from "node:os";
import { parseArgs } from "node:util";
import { viewerOf } from "../auth/viewer.js";
import { openDatabase } from "../db/client.js";
import { importReport } from "../store/import-report.js";
import { InvalidInputError } from "../store/write-errors.js";

// `npm run import -- report.json [--text article.txt]`: imports one newsletter report into the
// database DATABASE_URL names, all or nothing, as the importReport mutation does. Whoever runs it
// has the database itself, so it writes as an admin; the audit trail names the OS user.

const { positionals, values } = parseArgs({ allowPositionals: true, options: { text: { type: "string" } } });
if (positionals.length !== 1) {
  console.error("usage: npm run import -- <report.json> [--text <article text file>]");
  process.exit(2);
}

const report = JSON.parse(await fs.readFile(positionals[0]!, "utf8")) as Record<string, unknown>;
if (values.text) report.articleText = await fs.readFile(values.text, "utf8");

const database = openDatabase();
const started = performance.now();
let rows = 0;
const showProgress = () => process.stdout.isTTY && process.stdout.write(`\rimporting: ${(++rows).toLocaleString("en")} rows written`);
try {
  const imported = await importReport(database.db, viewerOf("admin", `cli:${os.userInfo().username}`), report, {
    onRowWritten: showProgress,
    // Whoever runs this has the database itself: an admin, who may write anywhere.
    mayWrite: async () => true,
  });
  if (process.stdout.isTTY) process.stdout.write("\n");
  console.log(
    `Imported ${imported.articleKey} into ${database.target.provider} in ${Math.round(performance.now() - started)} ms: ` +
      `${imported.records} records, ${imported.created} created, ${imported.changed - imported.created} changed.`,
  );
} catch (error) {
  if (!(error instanceof InvalidInputError)) throw error;
  console.error(`Nothing was imported. ${error.problems.length} problem(s):\n  ${error.problems.map((p) => `${p.field}: ${p.message}`).join("\n  ")}`);
  process.exitCode = 1;
} finally {
  await database.db.$disconnect();
}
