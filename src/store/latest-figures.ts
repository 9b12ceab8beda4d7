import { quantitiesAgree } from "../aggregation/quantity-sum.js";
import type { StoredRow } from "../db/model-delegates.js";
import { inChunks } from "../db/sql-conditions.js";
import type { Prisma } from "../generated/sqlite/index.js";
import type { Quantity } from "../quantity/stated-quantity.js";
import { type FigureFacet, figureFacetFields, latestFigureIds } from "../read/latest-figures.js";

// Keeps ReportedFigure.latestOfFacet: in every facet (subject, indicator and what exactly is
// counted) the standing report recorded last is marked, so questions without sources or years
// read one report per facet instead of grouping every report to find it. Writes remark the facets
// of the figures they create, change or retire, in their own transaction.

type Tx = Prisma.TransactionClient;

/** The facets a figure was and is in. */
export function facetsOf(...rows: (StoredRow | null | undefined)[]): FigureFacet[] {
  return rows.filter((row) => row != null).map((row) => Object.fromEntries(figureFacetFields.map((field) => [field, row[field] ?? null])) as FigureFacet);
}

/** Marks the report recorded last in each of these facets, and only it, and the reports of one fact that disagree. */
export async function remarkLatestFigures(tx: Tx, facets: FigureFacet[]) {
  const distinct = new Map(facets.map((facet) => [JSON.stringify(facet), facet]));
  for (const facet of distinct.values()) {
    await tx.reportedFigure.updateMany({ where: { ...facet, latestOfFacet: true }, data: { latestOfFacet: false } });
    const last = await tx.reportedFigure.findFirst({ where: { ...facet, retiredAt: null }, orderBy: { id: "desc" }, select: { id: true } });
    if (last) await tx.reportedFigure.updateMany({ where: { id: last.id }, data: { latestOfFacet: true } });
    await remarkDisputes(tx, facet);
  }
}

/** Marks every facet afresh: for loads that write figures in bulk. */
export async function remarkAllLatestFigures(tx: Tx) {
  await tx.reportedFigure.updateMany({ where: { latestOfFacet: true }, data: { latestOfFacet: false } });
  const latest = await latestFigureIds(tx, { retiredAt: null });
  await inChunks(latest, async (ids) => [await tx.reportedFigure.updateMany({ where: { id: { in: ids } }, data: { latestOfFacet: true } })]);
  await remarkDisputes(tx, {});
}

/**
 * Marks the standing reports of these facets that another standing report of the same fact (same
 * facet and period) contradicts — 7 studios and 9 — and unmarks the rest, retired ones included.
 */
async function remarkDisputes(tx: Tx, facet: FigureFacet) {
  const reports = await tx.reportedFigure.findMany({
    where: { ...facet, retiredAt: null },
    select: { id: true, ...Object.fromEntries(figureFacetFields.map((field) => [field, true])), period: true, qualifier: true, value: true, valueMax: true },
  });
  const byFact = new Map<string, typeof reports>();
  for (const report of reports) {
    const fact = JSON.stringify([...figureFacetFields.map((field) => report[field as keyof typeof report] ?? null), report.period ?? null]);
    byFact.set(fact, [...(byFact.get(fact) ?? []), report]);
  }
  const quantity = (report: (typeof reports)[number]): Quantity => ({
    qualifier: report.qualifier,
    value: Number(report.value),
    ...(report.valueMax === null ? {} : { valueMax: Number(report.valueMax) }),
  });
  const disputed = [...byFact.values()].flatMap((same) =>
    same.length < 2 ? [] : same.filter((report) => same.some((other) => other !== report && !quantitiesAgree(quantity(report), quantity(other)))),
  );
  await tx.reportedFigure.updateMany({ where: { ...facet, disputed: true }, data: { disputed: false } });
  const ids = disputed.map((report) => report.id);
  await inChunks(ids, async (chunk) => [await tx.reportedFigure.updateMany({ where: { id: { in: chunk } }, data: { disputed: true } })]);
}
