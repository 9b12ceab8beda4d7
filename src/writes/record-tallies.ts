import type { $Enums, Prisma } from "../generated/sqlite/index.js";
import type { StoredRow } from "./stored-collections.js";

// Keeps RecordTally and RecordTotal in step with the named records: every write that stores, changes or retires
// records retallies the regions they were and are in, in its own transaction. A retally groups
// the records of those regions afresh, so it cannot drift the way running increments could.

export type RecordKind = $Enums.RecordKind;
type Tx = Prisma.TransactionClient;

interface TalliedKind {
  /** The Prisma model the records are stored in. */
  model: string;
  /** Whether the records can be retired (and then stop counting). */
  retirable: boolean;
  /** Whether the records carry a period, so they are tallied per year. */
  dated: boolean;
  /** The record columns a tally splits by, and the tally columns they go to. */
  splits: Partial<Record<"honourTitleId" | "honourStatus" | "fundingPurpose" | "qualifier", string>>;
  summed: boolean;
}

const talliedKinds: Record<RecordKind, TalliedKind> = {
  HONOURS: { model: "honour", retirable: true, dated: true, splits: { honourTitleId: "honourTitleId", honourStatus: "status" }, summed: false },
  FUNDING: { model: "fundingAllocation", retirable: true, dated: true, splits: { fundingPurpose: "purpose", qualifier: "qualifier" }, summed: true },
  CRAFTSMAN_STUDIOS: { model: "craftsmanStudio", retirable: true, dated: false, splits: {}, summed: false },
  DEMONSTRATION_POINTS: { model: "demonstrationPoint", retirable: true, dated: false, splits: {}, summed: false },
  INNOVATION_PROJECTS: { model: "innovationProject", retirable: true, dated: false, splits: {}, summed: false },
  SKILL_COMPETITIONS: { model: "skillCompetition", retirable: false, dated: false, splits: {}, summed: false },
  SERVICE_FACILITIES: { model: "serviceFacility", retirable: false, dated: false, splits: {}, summed: false },
};

export const recordKinds = Object.keys(talliedKinds) as RecordKind[];

/** Kinds whose records can be retired, and then no longer count. */
export const retirableKinds = new Set(recordKinds.filter((kind) => talliedKinds[kind].retirable));

/** Kinds whose records carry a period, so they can be split and filtered by year. */
export const datedKinds = new Set(recordKinds.filter((kind) => talliedKinds[kind].dated));

/** The Prisma model a kind's records are stored in. */
export const recordModel = (kind: RecordKind) => talliedKinds[kind].model;

/** Which regions of which kinds a retally must cover. */
export type TouchedRegions = Map<RecordKind, Set<number>>;

/** Notes the regions a record of this model was and is in, when its kind is tallied. */
export function touchRecord(touched: TouchedRegions, model: string, ...rows: (StoredRow | null | undefined)[]) {
  const kind = recordKinds.find((candidate) => talliedKinds[candidate].model === model);
  if (!kind) return;
  for (const row of rows) {
    const regionId = row?.regionId;
    if (typeof regionId === "number") touched.set(kind, (touched.get(kind) ?? new Set()).add(regionId));
  }
}

/** Every kind in every one of these regions: for loads that write records in bulk. */
export const everyKindIn = (regionIds: number[]): TouchedRegions => new Map(recordKinds.map((kind) => [kind, new Set(regionIds)]));

interface GroupedRecords {
  regionId: number;
  citationId: number;
  period?: string | null;
  _count: { _all: number };
  _sum?: { amountCny: bigint | null; amountCnyMax: bigint | null };
  [split: string]: unknown;
}

/** Rows at most in one insert: under SQLite's and PostgreSQL's limits on bound values. */
const insertBatch = 1_000;

/** Replaces the tallies of the touched regions with a fresh count of their standing records. */
export async function retally(tx: Tx, touched: TouchedRegions) {
  const regionIds = [...new Set([...touched.values()].flatMap((regions) => [...regions]))];
  if (regionIds.length === 0) return;
  // Writes retallying the same region wait here for each other instead of colliding on its rows.
  await tx.region.updateMany({ where: { id: { in: regionIds } }, data: { talliedAt: new Date() } });
  for (const [kind, regions] of touched) {
    if (regions.size === 0) continue;
    const regionIds = [...regions];
    const { model, retirable, dated, splits, summed } = talliedKinds[kind];
    await tx.recordTally.deleteMany({ where: { kind, regionId: { in: regionIds } } });
    await tx.recordTotal.deleteMany({ where: { kind, regionId: { in: regionIds } } });
    const groups = await (tx as unknown as Record<string, { groupBy(args: object): Promise<GroupedRecords[]> }>)[model]!.groupBy({
      by: ["regionId", "citationId", ...Object.values(splits), ...(dated ? ["period"] : [])],
      where: { regionId: { in: regionIds }, ...(retirable ? { retiredAt: null } : {}) },
      _count: { _all: true },
      ...(summed ? { _sum: { amountCny: true, amountCnyMax: true } } : {}),
    });
    const rows = merged(kind, groups, splits, (group) => ({ citationId: group.citationId, year: group.period ? Number(group.period.slice(0, 4)) : 0 }));
    for (let start = 0; start < rows.length; start += insertBatch) {
      await tx.recordTally.createMany({ data: rows.slice(start, start + insertBatch) });
    }
    const totals = merged(kind, groups, splits, () => ({}));
    for (let start = 0; start < totals.length; start += insertBatch) {
      await tx.recordTotal.createMany({ data: totals.slice(start, start + insertBatch) });
    }
  }
}

/**
 * Grouped records as tally rows keyed by what `keep` takes from each group beyond the splits (a
 * year and source for RecordTally, nothing for RecordTotal): groups with the same key add up.
 */
function merged<Kept extends { citationId?: number; year?: number }>(kind: RecordKind, groups: GroupedRecords[], splits: TalliedKind["splits"], keep: (group: GroupedRecords) => Kept) {
  const rows = new Map<string, { kind: RecordKind; regionId: number; recordCount: number; amountCny?: bigint | null; amountCnyMax?: bigint | null } & Record<string, unknown> & Kept>();
  for (const group of groups) {
    const split: Partial<Record<keyof TalliedKind["splits"], unknown>> = Object.fromEntries(Object.entries(splits).map(([column, field]) => [column, group[field]]));
    const row = {
      kind,
      regionId: group.regionId,
      ...keep(group),
      recordCount: group._count._all,
      ...split,
      ...(group._sum ? { amountCny: group._sum.amountCny, amountCnyMax: group._sum.amountCnyMax } : {}),
    };
    const key = [row.regionId, row.citationId, row.year, split.honourTitleId, split.honourStatus, split.fundingPurpose, split.qualifier].join("\u0000");
    const same = rows.get(key);
    if (!same) rows.set(key, row);
    else {
      same.recordCount += row.recordCount;
      if (group._sum) {
        same.amountCny = addNullable(same.amountCny, row.amountCny);
        same.amountCnyMax = addNullable(same.amountCnyMax, row.amountCnyMax);
      }
    }
  }
  return [...rows.values()];
}

/** SQL's SUM over the union of two groups: nulls are skipped, all-null stays null. */
function addNullable(a: bigint | null | undefined, b: bigint | null | undefined) {
  if (a == null) return b ?? null;
  if (b == null) return a;
  return a + b;
}
