import { openDatabase } from "../db/client.js";
import { loadSeeds, readSeeds, SeedValidationError } from "../store/seed-loader.js";

// `npm run db:seed`: validates every seed file, then writes them all in one transaction.
const database = openDatabase();
try {
  const started = performance.now();
  const summary = await loadSeeds(database.db, await readSeeds());
  console.log(
    `Seeded ${database.target.provider} in ${Math.round(performance.now() - started)} ms: ${summary.regions} regions, ${summary.indicators} indicators`,
  );
  for (const article of summary.articles) {
    console.log(`  ${article.article}: ${article.records} records, of which ${article.reportedFigures} reported figures`);
  }
} catch (error) {
  if (!(error instanceof SeedValidationError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await database.db.$disconnect();
}
