import type { DatabaseHandle } from "../db/client.js";
import { delegateOf } from "../db/model-delegates.js";
import { statementFor } from "../db/sql-statement.js";
import { type NamedModel, nameColumnsOf, namedModels, nameKeysOfRow } from "../records/name-keys.js";

// Rows stored before names had sort and search keys (migration 20261202220000) have empty ones;
// `npm run db:migrate` fills them after migrating, with the keys the write path would have
// written. Idempotent: a row with keys is never read again, so a second run does nothing.

const batchSize = 500;

/** Fills the empty keys of every named model; returns how many rows of each were filled. */
export async function fillEmptyNameKeys({ db, target }: Pick<DatabaseHandle, "db" | "target">): Promise<Record<NamedModel, number>> {
  const filled = {} as Record<NamedModel, number>;
  for (const model of Object.keys(namedModels) as NamedModel[]) {
    const select = Object.fromEntries([...nameColumnsOf(model), "id"].map((column) => [column, true]));
    filled[model] = 0;
    // An empty search text marks a row without keys (the write path never writes one); paged by id.
    for (let after = 0; ; ) {
      const rows = await delegateOf(db, model).findMany({ where: { searchText: "", id: { gt: after } }, select, orderBy: { id: "asc" }, take: batchSize });
      if (rows.length === 0) break;
      // One statement a batch: a CTE of (id, keys) joined to the table, as both databases write it.
      const { statement, parameters } = statementFor(target, (sql) => {
        // Prisma's model name is the table's: no model maps its table to another name.
        const table = sql.table(model.charAt(0).toUpperCase() + model.slice(1));
        const values = rows.map((row) => {
          const keys = nameKeysOfRow(model, row);
          return `(CAST(${sql.value(row.id)} AS INTEGER), CAST(${sql.value(keys.sortKey)} AS TEXT), CAST(${sql.value(keys.searchText)} AS TEXT))`;
        });
        return `WITH keyed(id, "sortKey", "searchText") AS (VALUES ${values.join(", ")})
        UPDATE ${table} SET "sortKey" = keyed."sortKey", "searchText" = keyed."searchText" FROM keyed WHERE ${table}."id" = keyed.id`;
      });
      await db.$executeRawUnsafe(statement, ...parameters);
      filled[model] += rows.length;
      after = rows.at(-1)!.id;
    }
  }
  return filled;
}
