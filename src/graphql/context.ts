import DataLoader from "dataloader";
import { publicViewer, type Viewer } from "../auth/viewer.js";
import type { Database } from "../db/client.js";
import { inChunks } from "../db/sql-conditions.js";
import type { Citation, Organisation } from "../generated/sqlite/index.js";
import { createKeyLoaders, type KeyLoaders, type ReadContext } from "../read/key-loaders.js";
import { createRegionAggregateLoaders, type RegionAggregateLoaders } from "../read/region-aggregates.js";
import { defaultMaxResultItems, ResultBudget } from "./result-budget.js";

/** What every resolver sees: the viewer, the database and this request's loaders. */
export interface Context extends ReadContext {
  viewer: Viewer;
  /** Citations by id, for sources of computed values (comparison cells). */
  readonly citations: DataLoader<number, Citation>;
  /** Organisations by id, for those whose figures make a comparison cell. */
  readonly organisations: DataLoader<number, Organisation>;
  /** Subtree aggregates for all regions a request asks about, each computed in one grouped pass. */
  readonly regionAggregates: RegionAggregateLoaders;
  /** How much more the answer may grow, in list items. */
  readonly resultItems: ResultBudget;
}

/** Runs once per request; loaders are created on first use so their caches never outlive it. */
export function createContext(db: Database, viewer: Viewer = publicViewer, { maxResultItems = defaultMaxResultItems } = {}): Context {
  let keys: KeyLoaders | undefined;
  let citations: DataLoader<number, Citation> | undefined;
  let organisations: DataLoader<number, Organisation> | undefined;
  let regionAggregates: RegionAggregateLoaders | undefined;
  return {
    viewer,
    db,
    resultItems: new ResultBudget(maxResultItems),
    get keys() {
      keys ??= createKeyLoaders(db);
      return keys;
    },
    get citations() {
      citations ??= rowsById("citation", (ids) => db.citation.findMany({ where: { id: { in: ids } } }));
      return citations;
    },
    get organisations() {
      organisations ??= rowsById("organisation", (ids) => db.organisation.findMany({ where: { id: { in: ids } } }));
      return organisations;
    },
    get regionAggregates() {
      regionAggregates ??= createRegionAggregateLoaders(db);
      return regionAggregates;
    },
  };
}

/** Rows by id, batched per tick; an id that finds none is an error for that row alone. */
function rowsById<Row extends { id: number }>(what: string, findMany: (ids: number[]) => Promise<Row[]>) {
  return new DataLoader<number, Row>(async (ids) => {
    const rows = new Map((await inChunks(ids, findMany)).map((row) => [row.id, row]));
    return ids.map((id) => rows.get(id) ?? new Error(`${what} ${id} is missing`));
  });
}
