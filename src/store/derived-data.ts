import type { StoredRow } from "../db/model-delegates.js";
import type { Prisma } from "../generated/sqlite/index.js";
import { facetsOf, remarkLatestFigures } from "./latest-figures.js";
import { retally, type TouchedRegions, touchRecord } from "./record-tallies.js";

/** A record a write created, changed or retired: its model, and its state before and after. */
export interface ChangedRecord {
  model: string;
  before?: StoredRow | null;
  after?: StoredRow | null;
}

/**
 * Brings what is derived from records up to date with a write, in its transaction: the tallies
 * and totals of the regions its records were and are in, and the latest report of the figure
 * facets it touched. Every writer of records calls this once, after its last record.
 */
export async function keepDerivedData(tx: Prisma.TransactionClient, changed: ChangedRecord[]) {
  const touched: TouchedRegions = new Map();
  for (const { model, before, after } of changed) touchRecord(touched, model, before, after);
  await retally(tx, touched);
  await remarkLatestFigures(
    tx,
    changed.filter(({ model }) => model === "reportedFigure").flatMap(({ before, after }) => facetsOf(before, after)),
  );
}
