import { delegateOf, type StoredRow } from "../db/model-delegates.js";
import { inChunks } from "../db/sql-conditions.js";
import type { Prisma } from "../generated/sqlite/index.js";
import { countedRecords, type TalliedKind, type TallyKind, talliedKinds, tallyKindOfModel, tallyKinds } from "../records/kind-catalogue.js";

// Keeps RecordTally and RecordTotal in step with the named records: every write that stores, changes or retires
// records retallies the regions they were and are in, in its own transaction. A retally groups
// the records of those regions afresh, so it cannot drift the way running increments could.

type Tx = Prisma.TransactionClient;

/** Which regions of which kinds a retally must cover. */
export type TouchedRegions = Map<TallyKind, Set<number>>;

/** Notes the regions a record of this model was and is in, when its kind is tallied. */
export function touchRecord(touched: TouchedRegions, model: string, ...rows: (StoredRow | null | undefined)[]) {
  const kind = tallyKindOfModel(model);
  if (!kind) return;
  for (const row of rows) {
    const regionId = row?.regionId;
    if (typeof regionId === "number") touched.set(kind, (touched.get(kind) ?? new Set()).add(regionId));
  }
}

/** Every kind in every one of these regions: for loads that write records in bulk. */
export const everyKindIn = (regionIds: number[]): TouchedRegions => new Map(tallyKinds.map((kind) => [kind, new Set(regionIds)]));

/**
 * The regions a retally after a bulk load must cover: those holding a tallied record or a tally.
 * The other divisions of the registry (most of its 3,000) have neither, so there is nothing to count.
 */
export async function regionsWithRecords(tx: Tx): Promise<number[]> {
  const regionIds = new Set<number>();
  for (const kind of tallyKinds) {
    const rows: StoredRow[] = await delegateOf(tx, talliedKinds[kind].model).findMany({ select: { regionId: true }, distinct: ["regionId"] });
    for (const row of rows) if (typeof row.regionId === "number") regionIds.add(row.regionId);
  }
  for (const row of await tx.recordTally.findMany({ select: { regionId: true }, distinct: ["regionId"] })) regionIds.add(row.regionId);
  return [...regionIds];
}

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
  await inChunks(regionIds, async (chunk) => [await tx.region.updateMany({ where: { id: { in: chunk } }, data: { talliedAt: new Date() } })]);
  for (const [kind, regions] of touched) {
    // Regions are retallied a slice at a time, each slice's ids one `in` list; slices share no rows.
    await inChunks([...regions], async (chunk) => [await retallyRegions(tx, kind, chunk)]);
  }
}

/** The tallies and totals of one kind in these regions, counted afresh. */
async function retallyRegions(tx: Tx, kind: TallyKind, regionIds: number[]) {
  const { model, dated, splits, summed } = talliedKinds[kind];
  await tx.recordTally.deleteMany({ where: { kind, regionId: { in: regionIds } } });
  await tx.recordTotal.deleteMany({ where: { kind, regionId: { in: regionIds } } });
  const groups: GroupedRecords[] = await delegateOf(tx, model).groupBy({
    by: ["regionId", "citationId", ...Object.values(splits), ...(dated ? ["period"] : [])],
    where: { regionId: { in: regionIds }, ...countedRecords(kind) },
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

/**
 * Grouped records as tally rows keyed by what `keep` takes from each group beyond the splits (a
 * year and source for RecordTally, nothing for RecordTotal): groups with the same key add up.
 */
function merged<Kept extends { citationId?: number; year?: number }>(
  kind: TallyKind,
  groups: GroupedRecords[],
  splits: TalliedKind["splits"],
  keep: (group: GroupedRecords) => Kept,
) {
  const rows = new Map<
    string,
    { kind: TallyKind; regionId: number; recordCount: number; amountCny?: bigint | null; amountCnyMax?: bigint | null } & Record<string, unknown> & Kept
  >();
  for (const group of groups) {
    const split: Partial<Record<keyof TalliedKind["splits"], unknown>> = Object.fromEntries(
      Object.entries(splits).map(([column, field]) => [column, group[field]]),
    );
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
