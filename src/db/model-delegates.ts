import type { Prisma } from "../generated/sqlite/index.js";
import type { ModelName } from "../records/kind-catalogue.js";

/** A stored row of any model, as generic code (snapshots, audit images, placement) handles it. */
export type StoredRow = Record<string, unknown> & { id: number };

/** The model calls generic code makes, the same for every model it is used with. */
export interface RecordDelegate {
  findUnique(args: object): Promise<StoredRow | null>;
  findMany(args: object): Promise<StoredRow[]>;
  updateMany(args: object): Promise<{ count: number }>;
  groupBy<Row extends object>(args: object): Promise<Row[]>;
}

/** A client or a transaction: whatever has the model delegates. */
export type ModelClient = Pick<Prisma.TransactionClient, ModelName>;

/**
 * The delegate of a model named by the kind catalogue. Prisma's delegates differ in type per
 * model (their arguments are model-specific), so code that treats every model alike sees them
 * through the calls they share; this is the one place that says so.
 */
export function delegateOf(client: ModelClient, model: ModelName): RecordDelegate {
  const delegate: object = client[model];
  return delegate as RecordDelegate;
}
