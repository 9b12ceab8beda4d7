import DataLoader from "dataloader";
import type { Database } from "../../db/client.js";
import type { Region } from "../../generated/sqlite/index.js";
import { notFound } from "../common/errors.js";

export interface RegionLoaders {
  byCode: DataLoader<string, Region | null>;
  /** The region for a code, or a NOT_FOUND error naming the argument it came from. */
  require(code: string, argument: string): Promise<Region>;
}

export function createRegionLoaders(db: Database): RegionLoaders {
  const byCode = new DataLoader<string, Region | null>(async (codes) => {
    const rows = await db.region.findMany({ where: { code: { in: [...codes] } } });
    const found = new Map(rows.map((row) => [row.code, row]));
    return codes.map((code) => found.get(code) ?? null);
  });
  return {
    byCode,
    async require(code, argument) {
      const region = await byCode.load(code);
      if (!region) throw notFound("region with division code", code, argument);
      return region;
    },
  };
}
