import { delegateOf } from "../db/model-delegates.js";
import type { Prisma } from "../generated/sqlite/index.js";
import { collections, kindOf } from "../records/kind-catalogue.js";
import { chineseNameColumnsOf, goesBy, type NamedModel, nameColumnsOf, namedModels, namesOf, oneNameIs, searchForm } from "../records/name-keys.js";
import type { DataProblem } from "../records/record-checks.js";
import type { ArticleRecords } from "../records/record-shapes.js";

// Lookups accept any name of a record as a reader gives it (read/name-lookup.ts): a short name,
// spaces or 《》 set aside. So a write may not give a record a name that, read that way, is already
// another record's name: an editor could otherwise take over "江苏交控" for an organisation of
// their own city, or make 水富云天化 name two organisations and so none.

/** The collections whose records are looked up by name: a named model whose natural key is its name (not persons, keyed by key). */
const namedCollections = collections.flatMap((collection) => {
  const { model, naturalKey } = kindOf(collection);
  return model in namedModels && naturalKey !== "key" ? [{ collection, model: model as NamedModel }] : [];
});

/** The problems of names in `records` that another stored record already goes by. */
export async function nameCollisions(tx: Prisma.TransactionClient, records: Partial<ArticleRecords>): Promise<DataProblem[]> {
  const problems: DataProblem[] = [];
  for (const { collection, model } of namedCollections) {
    const { naturalKey, label } = kindOf(collection);
    const select = Object.fromEntries(nameColumnsOf(model).map((column) => [column, true]));
    const list: readonly Record<string, unknown>[] = records[collection] ?? [];
    for (const [index, record] of list.entries()) {
      for (const field of chineseNameColumnsOf(model)) {
        const name = record[field];
        if (typeof name !== "string") continue;
        const form = searchForm(name);
        if (form === "") continue;
        const others = await delegateOf(tx, model).findMany({ where: { ...oneNameIs(form), NOT: { [naturalKey]: record[naturalKey] } }, select, take: 5 });
        const taken = others.find((other) => goesBy(namesOf(model, other), form));
        if (taken) {
          problems.push({
            path: [collection, index, field],
            message: `"${name}" is already a name of the ${label} "${namesOf(model, taken)[0]}" (spaces, 《》 and case aside); give this one a name of its own`,
          });
        }
      }
    }
  }
  return problems;
}
