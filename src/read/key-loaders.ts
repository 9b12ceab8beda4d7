import type { Database } from "../db/client.js";
import type { HonourTitle, Indicator, Organisation, Region } from "../generated/sqlite/index.js";
import { type NameLookups, nameLookups } from "./name-lookup.js";
import { divisionCode, type NaturalKeyLoader, naturalKeyLoader } from "./natural-key-loader.js";

/** Strict natural-key lookups that filters resolve names and codes through. */
export interface KeyLoaders {
  regions: NaturalKeyLoader<Region>;
  organisations: NaturalKeyLoader<Organisation>;
  honourTitles: NaturalKeyLoader<HonourTitle>;
  indicators: NaturalKeyLoader<Indicator>;
  /** Records found by any of their names (short names, 《》 and spaces set aside), once per name. */
  names: NameLookups;
}

/** What read models need of a request: its database and its key lookups (a part of the GraphQL context). */
export interface ReadContext {
  db: Database;
  readonly keys: KeyLoaders;
}

export function createKeyLoaders(db: Database): KeyLoaders {
  const names = nameLookups(db);
  return {
    names,
    regions: naturalKeyLoader(
      divisionCode,
      (codes) => db.region.findMany({ where: { code: { in: codes } } }),
      (r) => r.code,
    ),
    organisations: naturalKeyLoader(
      "organisation",
      (names) => db.organisation.findMany({ where: { nameZh: { in: names } } }),
      (o) => o.nameZh,
      async (name, argument) => db.organisation.findUniqueOrThrow({ where: { id: await names.idByName("organisation", "organisation", name, argument) } }),
    ),
    honourTitles: naturalKeyLoader(
      "honour title",
      (names) => db.honourTitle.findMany({ where: { nameZh: { in: names } } }),
      (t) => t.nameZh,
      async (name, argument) => db.honourTitle.findUniqueOrThrow({ where: { id: await names.idByName("honourTitle", "honour title", name, argument) } }),
    ),
    indicators: naturalKeyLoader(
      "indicator",
      (codes) => db.indicator.findMany({ where: { code: { in: codes } } }),
      (i) => i.code,
    ),
  };
}
