import type { Prisma } from "../generated/sqlite/index.js";

// What a region's data is, once for every read path (reportedFigures(filter: { regionCode }),
// Region.reportedFigures, Region.aggregates, compareRegions, regionSeries): the figures about
// the region or a division below it, and about the organisations located there; and the named
// records placed there (each record's own region, tallied in RecordTally). Comparisons add them
// up by the roll-up rules (aggregation/roll-up.ts): a division's own figure stands for all below it.

/** Figures about these regions, or about organisations located in them. */
export function figuresAbout(regions: Prisma.RegionWhereInput): Prisma.ReportedFigureWhereInput {
  return { OR: [{ region: regions }, { organisation: { region: regions } }] };
}

/**
 * Where a figure about an organisation stands in a region's tree: just below the region the
 * organisation is located in, like a sub-division. A division's own figure then stands for it
 * (never added twice); where the division reports nothing, its organisations' figures add up
 * with its sub-divisions'.
 */
export const organisationInRegionPath = (regionPath: string, organisationId: number) => `${regionPath}organisation:${organisationId}/`;
