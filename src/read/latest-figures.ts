import type { Prisma } from "../generated/sqlite/index.js";

// Which report of a figure stands for the others: in every facet (subject, indicator and what
// exactly is counted) the one recorded last. The write path marks it (store/latest-figures.ts);
// comparisons that need every source find it again here.

/** What tells reports of one subject and indicator apart: reports with the same facet report the same number. */
export const figureFacetFields = [
  "indicatorId",
  "regionId",
  "organisationId",
  "honourTitleId",
  "honourStatus",
  "skillCompetitionId",
  "policyDocumentId",
] as const;
export type FigureFacet = Pick<Prisma.ReportedFigureWhereInput, (typeof figureFacetFields)[number]>;

/**
 * Of the reports matching `where`, the one recorded last in each facet (per period, when asked):
 * the one that stands for the others (see rollUp). One grouped statement.
 */
export async function latestFigureIds(client: Prisma.TransactionClient, where: Prisma.ReportedFigureWhereInput, perPeriod = false) {
  const latest = await client.reportedFigure.groupBy({ by: perPeriod ? [...figureFacetFields, "period"] : [...figureFacetFields], where, _max: { id: true } });
  return latest.map((group) => group._max.id!);
}
