import type { Prisma } from "../generated/sqlite/index.js";
import type { DatabaseTarget } from "./database-url.js";

/**
 * Makes concurrent writes of the same natural keys take turns, for the rest of the transaction.
 * Row locks cannot do it for a record that does not exist yet: two imports of one new record both
 * find it missing, both write it, and both report a creation (PostgreSQL under READ COMMITTED).
 * With a transaction-scoped advisory lock per key, the second waits for the first to commit and
 * then finds the record, so it is an update. Keys are locked in sorted order, so two writes of
 * overlapping sets cannot deadlock. SQLite needs none of this: it lets one write transaction run
 * at a time.
 */
export async function lockNaturalKeys(tx: Prisma.TransactionClient, provider: DatabaseTarget["provider"], keys: string[]) {
  if (provider !== "postgresql" || keys.length === 0) return;
  const sorted = [...new Set(keys)].sort();
  // pg_advisory_xact_lock returns void, which the driver adapter cannot map: count the locks taken instead.
  await tx.$queryRaw`
    SELECT count(*)::int AS locked
    FROM (SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest(${sorted}::text[]) WITH ORDINALITY AS t(k, n) ORDER BY n) AS locks`;
}
