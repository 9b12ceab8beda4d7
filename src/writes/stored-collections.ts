import type { ArticleRecords } from "../../seeds/load-seeds.js";

/**
 * Where each article-file collection is stored: its model, the natural key it is upserted by,
 * and the child rows that belong to a record's state (and so to its audit images).
 */
export const storedCollections: Record<keyof ArticleRecords, { model: string; keyField: string; include?: object; versioned?: true }> = {
  organisations: { model: "organisation", keyField: "nameZh" },
  persons: { model: "person", keyField: "key" },
  policyDocuments: { model: "policyDocument", keyField: "titleZh", include: { issuers: { orderBy: { ordinal: "asc" } } }, versioned: true },
  honourTitles: { model: "honourTitle", keyField: "nameZh", include: { conferrers: { orderBy: { organisationId: "asc" } } } },
  honours: { model: "honour", keyField: "key", versioned: true },
  skillCompetitions: { model: "skillCompetition", keyField: "nameZh" },
  serviceFacilities: { model: "serviceFacility", keyField: "nameZh" },
  figures: { model: "reportedFigure", keyField: "key", versioned: true },
  funding: { model: "fundingAllocation", keyField: "key", versioned: true },
  rewardRules: { model: "rewardRule", keyField: "key" },
  careerLadders: { model: "careerLadder", keyField: "key", include: { steps: { orderBy: { ordinal: "asc" } } } },
  rankings: { model: "ranking", keyField: "key" },
  programmes: { model: "programme", keyField: "key", include: { items: { orderBy: { ordinal: "asc" } } } },
  craftsmanStudios: { model: "craftsmanStudio", keyField: "nameZh", versioned: true },
  demonstrationPoints: { model: "demonstrationPoint", keyField: "nameZh", versioned: true },
  innovationProjects: { model: "innovationProject", keyField: "nameZh", versioned: true },
};

export type StoredRow = Record<string, unknown> & { id: number };

/** The model calls the write path makes, the same for every stored collection. */
export interface RecordDelegate {
  findUnique(args: object): Promise<StoredRow | null>;
  findMany(args: object): Promise<StoredRow[]>;
  updateMany(args: object): Promise<{ count: number }>;
}

/** Prisma's model delegates differ in type per model; the write path treats them alike. */
export function delegateOf(client: object, model: string): RecordDelegate {
  return (client as Record<string, RecordDelegate>)[model]!;
}
