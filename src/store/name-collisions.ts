import { delegateOf } from "../db/model-delegates.js";
import type { Prisma } from "../generated/sqlite/index.js";
import type { Collection } from "../records/kind-catalogue.js";
import { kindOf } from "../records/kind-catalogue.js";
import { type NamedModel, namedModels, oneNameIs, searchForm } from "../records/name-keys.js";
import type { DataProblem } from "../records/record-checks.js";
import type { ArticleRecords } from "../records/record-shapes.js";

// Lookups accept any name of a record as a reader gives it (read/name-lookup.ts): a short name,
// spaces or 《》 set aside. So a write may not give a record a name that, read that way, is already
// another record's name: an editor could otherwise take over "江苏交控" for an organisation of
// their own city, or make 水富云天化 name two organisations and so none.

/** The collections whose records lookups find by any of their names, and the fields holding those names. */
const namedCollections: Partial<Record<Collection, readonly string[]>> = {
  organisations: ["nameZh", "shortNameZh"],
  policyDocuments: ["titleZh"],
  honourTitles: ["nameZh"],
  skillCompetitions: ["nameZh"],
};

/** The problems of names in `records` that another stored record already goes by. */
export async function nameCollisions(tx: Prisma.TransactionClient, records: Partial<ArticleRecords>): Promise<DataProblem[]> {
  const problems: DataProblem[] = [];
  for (const [collection, fields] of Object.entries(namedCollections) as [Collection, readonly string[]][]) {
    const { model, naturalKey, label } = kindOf(collection);
    const columns = namedModels[model as NamedModel];
    const list: readonly Record<string, unknown>[] = records[collection] ?? [];
    for (const [index, record] of list.entries()) {
      for (const field of fields) {
        const name = record[field];
        if (typeof name !== "string") continue;
        const form = searchForm(name);
        if (form === "") continue;
        const select = Object.fromEntries([columns.nameZh, ...columns.otherNames].map((column) => [column, true]));
        const others = await delegateOf(tx, model).findMany({
          where: { ...oneNameIs(form), NOT: { [naturalKey]: record[naturalKey] } },
          select,
          take: 5,
        });
        const taken = others.find((other) =>
          [columns.nameZh, ...columns.otherNames].some((column) => typeof other[column] === "string" && searchForm(other[column] as string) === form),
        );
        if (taken) {
          problems.push({
            path: [collection, index, field],
            message: `"${name}" is already a name of the ${label} "${taken[columns.nameZh]}" (spaces, 《》 and case aside); give this one a name of its own`,
          });
        }
      }
    }
  }
  return problems;
}
