import type { Database } from "../db/client.js";
import type { HonourTitle, Indicator, Organisation, Region } from "../generated/sqlite/index.js";
import { type NaturalKeyLoader, naturalKeyLoader } from "./natural-key-loader.js";

/** Strict natural-key lookups that filters resolve names and codes through. */
export interface KeyLoaders {
  regions: NaturalKeyLoader<Region>;
  organisations: NaturalKeyLoader<Organisation>;
  honourTitles: NaturalKeyLoader<HonourTitle>;
  indicators: NaturalKeyLoader<Indicator>;
  /**
   * A lookup by any other unique key, made once per request under `name` ("person.key"): what
   * federation's `_entities` resolves representations through, so a thousand of them are one
   * statement per entity type, not a thousand.
   */
  lookup<Row>(name: string, findMany: (keys: string[]) => Promise<Row[]>, keyOf: (row: Row) => string): NaturalKeyLoader<Row>;
}

/** What read models need of a request: its database and its key lookups (a part of the GraphQL context). */
export interface ReadContext {
  db: Database;
  readonly keys: KeyLoaders;
}

export function createKeyLoaders(db: Database): KeyLoaders {
  const lookups = new Map<string, NaturalKeyLoader<unknown>>();
  return {
    lookup<Row>(name: string, findMany: (keys: string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
      const known = lookups.get(name);
      // Each name is made by one call site with one row type.
      if (known) return known as NaturalKeyLoader<Row>;
      const made = naturalKeyLoader(name, findMany, keyOf);
      lookups.set(name, made);
      return made;
    },
    regions: naturalKeyLoader(
      "region with division code",
      (codes) => db.region.findMany({ where: { code: { in: codes } } }),
      (r) => r.code,
    ),
    organisations: naturalKeyLoader(
      "organisation",
      (names) => db.organisation.findMany({ where: { nameZh: { in: names } } }),
      (o) => o.nameZh,
    ),
    honourTitles: naturalKeyLoader(
      "honour title",
      (names) => db.honourTitle.findMany({ where: { nameZh: { in: names } } }),
      (t) => t.nameZh,
    ),
    indicators: naturalKeyLoader(
      "indicator",
      (codes) => db.indicator.findMany({ where: { code: { in: codes } } }),
      (i) => i.code,
    ),
  };
}
