import { settingsFromEnv } from "./config.js";
import { openDatabase } from "./db/client.js";
import { SettingError } from "./errors/setting-error.js";
import { logger } from "./http/logger.js";
import { startServer } from "./http/server.js";
import { fillMissingArticleTexts, loadSeeds, readSeeds } from "./store/seed-loader.js";

// The process entry point for `npm start`: migrations have been applied by `prisma migrate deploy`;
// an empty database gets the seed data, then the server listens until SIGTERM or SIGINT.

/** A setting the server cannot run with is one line for the operator, and exit status 2. */
function exitOnSettingError(error: unknown): never {
  if (!(error instanceof SettingError)) throw error;
  process.stderr.write(`reform-graph: ${error.message}\n`);
  process.exit(2);
}

let settings: ReturnType<typeof settingsFromEnv>;
try {
  settings = settingsFromEnv();
} catch (error) {
  exitOnSettingError(error);
}
const database = openDatabase(undefined, { statementTimeoutMs: settings.statementTimeoutMs });
if ((await database.db.article.count()) === 0) {
  const summary = await loadSeeds(database.db, await readSeeds());
  logger.info("loaded seed data into an empty database", { provider: database.target.provider, articles: summary.articles.length });
} else {
  const filled = await fillMissingArticleTexts(database.db, await readSeeds());
  if (filled > 0) logger.info("stored the text of seeded articles, for checking excerpts of new writes", { articles: filled });
}

const server = await startServer({ database, ...settings.server }).catch(async (error: unknown) => {
  await database.db.$disconnect();
  return exitOnSettingError(error);
});
logger.info("Reform Graph is serving", {
  url: server.url,
  provider: database.target.provider,
  introspection: settings.server.introspection,
  registeredOperationsOnly: settings.server.persistedOperations !== undefined,
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info("shutting down", { signal });
  await server.stop();
  await database.db.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
