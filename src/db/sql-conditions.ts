import { ErrorCode, userError } from "../errors/error-codes.js";

// Prisma conditions both databases answer from their indexes, shared by reads and writes.

/**
 * The first path after a region's subtree: a subtree is the range of materialised paths from the
 * region's own up to this one ("/530000/530500/" up to "/530000/5305000", "0" being the character
 * after "/"), which both providers answer from the path index.
 */
export function pathBeyondSubtree(path: string) {
  return `${path.slice(0, -1)}0`;
}

/** The same rule in SQL, for statements that find the subtrees of paths they read themselves. */
export function pathBeyondSubtreeInSql(pathColumn: string) {
  return `substr(${pathColumn}, 1, length(${pathColumn}) - 1) || '0'`;
}

/** Prisma condition on Region "at this path or below it" (pathBeyondSubtree's range). */
export function subtreeOfPath(path: string) {
  return { path: { gte: path, lt: pathBeyondSubtree(path) } };
}

/**
 * The one subtree that holds the subtrees of all these paths: their deepest common ancestor's
 * (the root's, "/", for regions of different provinces). One index range, cheap to plan, where a
 * condition per region would be hundreds; callers keep the rows of the subtrees they want.
 */
export function subtreeHolding(paths: readonly string[]) {
  let common = paths[0] ?? "/";
  for (const path of paths) {
    while (!path.startsWith(common)) common = common.slice(0, common.lastIndexOf("/", common.length - 2) + 1);
  }
  return subtreeOfPath(common);
}

/**
 * Records that stand: a retired record stays on record (node(id), the audit trail) but no longer
 * appears in lists or counts in aggregates and comparisons.
 */
export const standing = { retiredAt: null };

/**
 * Periods are ISO 8601 prefixes compared as text; "~" sorts after "-" and every digit, so
 * `lte: "2020~"` takes in "2020-12-31". Years only, so no period is half inside a span.
 */
export function yearCondition(range: { from?: number | null; to?: number | null } | null | undefined, argument: string) {
  if (!range) return undefined;
  for (const year of [range.from, range.to]) {
    if (year != null && (year < 1000 || year > 9999)) throw userError(ErrorCode.badUserInput, `${argument}: ${year} is not a four-digit year.`, { argument });
  }
  if (range.from != null && range.to != null && range.from > range.to) {
    throw userError(ErrorCode.badUserInput, `${argument}: from ${range.from} is after to ${range.to}.`, { argument });
  }
  return {
    ...(range.from != null ? { gte: String(range.from) } : {}),
    ...(range.to != null ? { lte: `${range.to}~` } : {}),
    not: null,
  };
}

/**
 * Values at most in one `in (…)` list: SQLite refuses statements with more than 999 bound
 * parameters (Prisma P2029), and PostgreSQL's 65,535 is no reason to plan statements that large.
 */
export const inListLimit = 500;

/** `statement` run once per slice of `values` small enough for one `in` list, results in order. */
export async function inChunks<Value, Row>(values: readonly Value[], statement: (chunk: Value[]) => Promise<Row[]>): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < values.length; start += inListLimit) rows.push(...(await statement(values.slice(start, start + inListLimit))));
  return rows;
}
