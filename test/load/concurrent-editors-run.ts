import fs from "node:fs";
import path from "node:path";
import { parseCommandLineOrExit } from "../../src/cli/command-line.js";
import { repositoryRoot } from "../../src/db/database-url.js";
import { startServer } from "../../src/http/server.js";
import { ensureLocalPostgres } from "../helpers/local-postgres.js";
import { machineDescription } from "../helpers/server-process.js";
import { createTestDatabase, testProvider } from "../helpers/test-database.js";
import { resolveTestViewer } from "../helpers/tokens.js";
import { checkStoredFigures, prepareLoadTestArticle, runConcurrentEditors } from "./concurrent-editors.js";

// `npm run load:editors`: 20 editors write figures for their own cities for 30 s against the real
// server on a fresh, seeded database (SQLite, then PostgreSQL: TEST_DATABASE_PROVIDER), then the
// database is checked against every acknowledgement. Figures go to test/load/RESULTS.md.

parseCommandLineOrExit(
  `Usage: npm run load:editors

20 editors write figures for their own cities for 30 s (LOAD_DURATION_MS) on a fresh seeded
database, on SQLite and then on PostgreSQL; figures to test/load/RESULTS.md. Takes no arguments.`,
  { options: {} },
);

const durationMs = Number(process.env.LOAD_DURATION_MS ?? 30_000);
if (testProvider === "postgresql") process.env.TEST_POSTGRES_URL ??= ensureLocalPostgres();
const database = await createTestDatabase();
await database.seed();
const server = await startServer({ database: database.handle, port: 0, host: "127.0.0.1", resolveViewer: resolveTestViewer, costPerMinute: 0 });
try {
  await prepareLoadTestArticle(server.url);
  const run = await runConcurrentEditors(server.url, { editors: 20, durationMs });
  const stored = await checkStoredFigures(database.handle.db, run);
  const sorted = [...run.latenciesMs].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN);
  const passed =
    stored.missing.length === 0 &&
    stored.unacknowledged.length === 0 &&
    stored.wrongValue.length === 0 &&
    stored.crossedCity.length === 0 &&
    run.crossCityRefused === run.crossCityAttempts &&
    Object.keys(run.otherAnswers).length === 0;
  const report = [
    `### ${testProvider}, ${new Date().toISOString()}`,
    "",
    `Machine: ${machineDescription()}. ${run.editors} editors, ${durationMs / 1000} s.`,
    "",
    `- writes acknowledged: ${run.acknowledged.length} (${(run.acknowledged.length / (durationMs / 1000)).toFixed(1)}/s); latency p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`,
    `- figures stored: ${stored.stored}; acknowledged but missing: ${stored.missing.length}; stored but never acknowledged: ${stored.unacknowledged.length}; wrong value: ${stored.wrongValue.length}`,
    `- writes into another city: ${run.crossCityAttempts}, refused FORBIDDEN: ${run.crossCityRefused}; stored figures outside their writer's city: ${stored.crossedCity.length}`,
    `- other answers: ${JSON.stringify(run.otherAnswers)}`,
    `- verdict: ${passed ? "every acknowledged write is stored, none crossed a city boundary" : "FAILED"}`,
    "",
  ].join("\n");
  console.log(report);
  fs.appendFileSync(path.join(repositoryRoot, "test/load/RESULTS.md"), `${report}\n`);
  if (!passed) process.exitCode = 1;
} finally {
  await server.stop();
  await database.close();
}
