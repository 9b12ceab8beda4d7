import type { Database } from "./db/client.js";
import { createRegionLoaders, type RegionLoaders } from "./schema/region/region.loaders.js";

/** What every resolver sees: the database and this request's loaders. */
export interface Context {
  db: Database;
  readonly regions: RegionLoaders;
}

/** Runs once per request; loaders are created on first use so their caches never outlive it. */
export function createContext(db: Database): Context {
  let regions: RegionLoaders | undefined;
  return {
    db,
    get regions() {
      return (regions ??= createRegionLoaders(db));
    },
  };
}
