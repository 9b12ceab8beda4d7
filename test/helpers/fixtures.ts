import type { Database } from "../../src/db/client.js";
import { citationOf } from "../../src/provenance/excerpt.js";
import { figureFacetFields } from "../../src/read/latest-figures.js";

/** The citation every test fixture points to: it says plainly that it is not from a source. */
export async function fixtureCitation(db: Database) {
  const article = await db.article.findFirstOrThrow();
  return db.citation.create({ data: citationOf(article.id, "test fixture, not from a source") });
}

/** Every RecordTally and RecordTotal row by its key, without the ids: derived rows, compared by content. */
export async function storedTallies(db: Database) {
  const byKey = [
    { kind: "asc" },
    { regionId: "asc" },
    { honourTitleId: "asc" },
    { honourStatus: "asc" },
    { fundingPurpose: "asc" },
    { qualifier: "asc" },
  ] as const;
  return {
    tallies: await db.recordTally.findMany({ orderBy: [...byKey, { year: "asc" }, { citationId: "asc" }], omit: { id: true } }),
    totals: await db.recordTotal.findMany({ orderBy: [...byKey], omit: { id: true } }),
  };
}

/** The reports marked latestOfFacet, and the ones a recount finds last in each facet: ids, ascending. */
export async function latestFigureMarks(db: Database) {
  const marked = await db.reportedFigure.findMany({ where: { latestOfFacet: true }, select: { id: true }, orderBy: { id: "asc" } });
  const latest = await db.reportedFigure.groupBy({ by: [...figureFacetFields], where: { retiredAt: null }, _max: { id: true } });
  return { marked: marked.map((figure) => figure.id), recounted: latest.map((group) => group._max.id!).sort((a, b) => a - b) };
}
