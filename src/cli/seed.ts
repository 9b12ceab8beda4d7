import { openDatabase } from "../db/client.js";
import { loadSeeds, readSeeds, SeedValidationError } from "../store/seed-loader.js";
import { parseCommandLine, runCommand } from "./command-line.js";

// `npm run db:seed`: validates every seed file, then writes them all in one transaction.
const usage = "Usage: npm run db:seed   (loads seeds/ into the database DATABASE_URL names; takes no arguments)";
await runCommand(usage, async () => {
  parseCommandLine(usage, { options: {} });
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
  } finally {
    await database.db.$disconnect();
  }
}, [SeedValidationError]);
