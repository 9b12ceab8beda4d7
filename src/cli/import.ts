import fs from "node:fs/promises";
import os from "node:os";
import { viewerOf } from "../auth/viewer.js";
import { openDatabase } from "../db/client.js";
import { importReport } from "../store/import-report.js";
import { InvalidInputError } from "../store/write-errors.js";
import { parseCommandLine, runCommand, UsageError } from "./command-line.js";

// `npm run import -- report.json [--text article.txt]`: imports one newsletter report into the
// database DATABASE_URL names, all or nothing, as the importReport mutation does. Whoever runs it
// has the database itself, so it writes as an admin; the audit trail names the OS user.

const usage = "Usage: npm run import -- <report.json> [--text <article text file>]   (into the database DATABASE_URL names)";

/** A file the command line names, or UsageError saying why it cannot be read. */
async function readNamedFile(file: string, what: string): Promise<string> {
  try {
    return await fs.readFile(file, "utf8");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : error instanceof Error ? error.message : String(error);
    throw new UsageError(`Cannot read the ${what} ${file}: ${reason}.`);
  }
}

await runCommand(usage, async () => {
  const { positionals, values } = parseCommandLine(usage, { allowPositionals: true, options: { text: { type: "string" } } });
  if (positionals.length !== 1) throw new UsageError(`Give exactly one report file (got ${positionals.length}).`);
  const file = positionals[0]!;
  const text = await readNamedFile(file, "report");
  let report: Record<string, unknown>;
  try {
    report = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new UsageError(`The report ${file} is not JSON: ${error instanceof Error ? error.message : error}.`);
  }
  if (values.text) report.articleText = await readNamedFile(values.text, "article text");

  const database = openDatabase();
  const started = performance.now();
  let rows = 0;
  // A row is stored or confirmed as it already was: re-importing a report writes every row again
  // and creates nothing, so the progress counts rows and the summary says what they came to.
  const showProgress = () => {
    rows++;
    if (process.stdout.isTTY) process.stdout.write(`\rimporting: ${rows.toLocaleString("en")} rows stored or confirmed`);
  };
  try {
    const imported = await importReport(database.db, viewerOf("admin", `cli:${os.userInfo().username}`), report, {
      onRowWritten: showProgress,
      // Whoever runs this has the database itself: an admin, who may write anywhere.
      mayWrite: async () => true,
    });
    if (process.stdout.isTTY) process.stdout.write("\n");
    console.log(
      `Imported ${imported.articleKey} into ${database.target.provider} in ${Math.round(performance.now() - started)} ms: ` +
        `${imported.records} records (${rows.toLocaleString("en")} rows stored or confirmed): ${imported.created} created, ` +
        `${imported.changed - imported.created} changed, ${imported.records - imported.changed} already stored as given.`,
    );
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    console.error(`Nothing was imported. ${error.problems.length} problem(s):\n  ${error.problems.map((p) => `${p.field}: ${p.message}`).join("\n  ")}`);
    process.exitCode = 1;
  } finally {
    await database.db.$disconnect();
  }
});
