import DataLoader from "dataloader";
import { publicViewer, type Viewer } from "./auth/viewer.js";
import type { Database } from "./db/client.js";
import type { Citation, HonourTitle, Indicator, Organisation, Region } from "./generated/sqlite/index.js";
import { naturalKeyLoader, type NaturalKeyLoader } from "./schema/common/natural-key-loader.js";
import { createRegionAggregateLoaders, type RegionAggregateLoaders } from "./schema/region/region.loaders.js";

/** Strict natural-key lookups that filters resolve names and codes through. */
export interface KeyLoaders {
  regions: NaturalKeyLoader<Region>;
  organisations: NaturalKeyLoader<Organisation>;
  honourTitles: NaturalKeyLoader<HonourTitle>;
  indicators: NaturalKeyLoader<Indicator>;
}

/** What every resolver sees: the viewer, the database and this request's loaders. */
export interface Context {
  viewer: Viewer;
  db: Database;
  readonly keys: KeyLoaders;
  /** Citations by id, for sources of computed values (comparison cells). */
  readonly citations: DataLoader<number, Citation>;
  /** Subtree aggregates for all regions a request asks about, each computed in one grouped pass. */
  readonly regionAggregates: RegionAggregateLoaders;
}

function createKeyLoaders(db: Database): KeyLoaders {
  return {
    regions: naturalKeyLoader("region with division code", (codes) => db.region.findMany({ where: { code: { in: codes } } }), (r) => r.code),
    organisations: naturalKeyLoader("organisation", (names) => db.organisation.findMany({ where: { nameZh: { in: names } } }), (o) => o.nameZh),
    honourTitles: naturalKeyLoader("honour title", (names) => db.honourTitle.findMany({ where: { nameZh: { in: names } } }), (t) => t.nameZh),
    indicators: naturalKeyLoader("indicator", (codes) => db.indicator.findMany({ where: { code: { in: codes } } }), (i) => i.code),
  };
}

/** Runs once per request; loaders are created on first use so their caches never outlive it. */
export function createContext(db: Database, viewer: Viewer = publicViewer): Context {
  let keys: KeyLoaders | undefined;
  let citations: DataLoader<number, Citation> | undefined;
  let regionAggregates: RegionAggregateLoaders | undefined;
  return {
    viewer,
    db,
    get keys() {
      return (keys ??= createKeyLoaders(db));
    },
    get citations() {
      return (citations ??= new DataLoader(async (ids) => {
        const rows = new Map((await db.citation.findMany({ where: { id: { in: [...ids] } } })).map((row) => [row.id, row]));
        return ids.map((id) => rows.get(id) ?? new Error(`citation ${id} is missing`));
      }));
    },
    get regionAggregates() {
      return (regionAggregates ??= createRegionAggregateLoaders(db));
    },
  };
}
