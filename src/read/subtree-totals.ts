import type { Database } from "../db/client.js";
import { inChunks, pathBeyondSubtreeInSql } from "../db/sql-conditions.js";
import { bigintColumn, integerColumn, selectRows, textColumn } from "../db/sql-statement.js";
import { datedKinds, type TallyKind } from "../records/kind-catalogue.js";
import type { SummedAmounts } from "./funding-sum.js";

// Each region's own named records are tallied by the writes (src/store/record-tallies.ts); a
// question about a region's whole subtree sums the tallies of every region below it. That sum is
// done by the database, one statement for every region asked about, because the rows it answers
// number roots × splits, not regions × splits: at a million honours a province's totals are
// thousands of rows, and Prisma's grouped rows cost ~5 µs each.

/** A column a total is told apart by, and how its value is read back. */
export interface SplitColumn<Value> {
  column: string;
  read(raw: unknown): Value;
}

/** A text column of the tally (its enum and "" columns; `kind` is cast, an enum on PostgreSQL). */
export const textSplit = (column: string): SplitColumn<string> => ({ column, read: textColumn });
/** The record kind, as text on both databases. */
export const kindSplit = textSplit("CAST(total.kind AS TEXT)");
/** A whole-number column of the tally (a title's id, a year, a citation's id; 0 for none). */
export const integerSplit = (column: string): SplitColumn<number> => ({ column, read: (raw) => integerColumn(raw) ?? 0 });

type Splits = Record<string, SplitColumn<unknown>>;

/** A total of one root's subtree: the columns it is told apart by, then the sums. */
export interface SubtreeTotal<S extends Splits> {
  rootId: number;
  split: { [Name in keyof S]: ReturnType<S[Name]["read"]> };
  recordCount: number;
  amounts: SummedAmounts;
}

export interface SubtreeTotalsRequest<S extends Splits> {
  /** The regions whose subtrees are summed, each on its own (nested roots each get their whole subtree). */
  rootIds: readonly number[];
  kinds: readonly TallyKind[];
  /**
   * Columns of the tally (alias `total`) or of the honour title (alias `title`, joined only when a
   * split reads it) the totals are told apart by, beyond the root.
   */
  splits: S;
  /** RecordTally, per year and citation, when a split or `years` needs them; else RecordTotal, a fraction of the rows. */
  perYearAndCitation?: boolean;
  /** Only dated kinds' tallies of these years; their undated ones (year 0) are then left out. Other kinds are not dated. */
  years?: { from?: number | null; to?: number | null } | null;
  /** Only honours of these titles, when the caller counts no others. */
  honourTitleIds?: readonly number[];
}

/** Titles named in the statement at most: with the roots' 500 it stays inside SQLite's 999 bound values. */
const titleListLimit = 400;

/**
 * Each root's subtree summed by the database, a row per root and split, whatever lies below the
 * roots. Rows come ordered by the split columns, so a cell lists its sources in the same order
 * whatever else the request compares.
 */
export async function subtreeTotals<S extends Splits>(db: Database, request: SubtreeTotalsRequest<S>): Promise<SubtreeTotal<S>[]> {
  const { kinds, splits, years } = request;
  if (kinds.length === 0 || request.rootIds.length === 0) return [];
  const perYearAndCitation = request.perYearAndCitation === true || !!years;
  const columns = Object.entries(splits);
  const joinsTitles = columns.some(([, split]) => split.column.startsWith("title."));
  // A longer list of titles is not narrowed in the database: the caller's own filter still applies.
  const honourTitleIds = request.honourTitleIds && request.honourTitleIds.length <= titleListLimit ? request.honourTitleIds : undefined;
  return inChunks(request.rootIds, (chunk) =>
    selectRows(
      db,
      (sql) => {
        const ofKind = (kind: TallyKind) =>
          [
            `total.kind = ${sql.value(kind)}`,
            ...(datedKinds.has(kind) && years
              ? [
                  "total.year <> 0",
                  ...(years.from != null ? [`total.year >= ${sql.value(years.from)}`] : []),
                  ...(years.to != null ? [`total.year <= ${sql.value(years.to)}`] : []),
                ]
              : []),
            ...(kind === "HONOURS" && honourTitleIds ? [`total."honourTitleId" IN (${honourTitleIds.length ? sql.values(honourTitleIds) : "NULL"})`] : []),
          ].join(" AND ");
        // The subtrees are found first, one index range of Region.path per root, and kept
        // (MATERIALIZED, both databases): left to itself the planner joined the totals first and
        // tested every total against every root.
        return `
          WITH root AS MATERIALIZED (
            SELECT id, path, ${pathBeyondSubtreeInSql("path")} AS beyond FROM ${sql.table("Region")} WHERE id IN (${sql.values(chunk)})
          ), member AS MATERIALIZED (
            SELECT root.id AS "rootId", region.id AS "regionId"
            FROM root JOIN ${sql.table("Region")} region ON region.path >= root.path AND region.path < root.beyond
          )
          SELECT member."rootId" AS "rootId", ${columns.map(([name, split]) => `${split.column} AS "${name}"`).join(", ")},
            CAST(SUM(total."recordCount") AS BIGINT) AS "recordCount",
            CAST(SUM(total."amountCny") AS BIGINT) AS "amountCny",
            CAST(SUM(total."amountCnyMax") AS BIGINT) AS "amountCnyMax"
          FROM member
          JOIN ${sql.table(perYearAndCitation ? "RecordTally" : "RecordTotal")} total ON total."regionId" = member."regionId"
          ${joinsTitles ? `LEFT JOIN ${sql.table("HonourTitle")} title ON title.id = total."honourTitleId"` : ""}
          WHERE ${kinds.map((kind) => `(${ofKind(kind)})`).join(" OR ")}
          GROUP BY member."rootId", ${columns.map(([, split]) => split.column).join(", ")}
          ORDER BY member."rootId", ${columns.map(([, split]) => split.column).join(", ")}`;
      },
      (row) => ({
        rootId: integerColumn(row.rootId)!,
        split: Object.fromEntries(columns.map(([name, split]) => [name, split.read(row[name])])) as SubtreeTotal<S>["split"],
        recordCount: integerColumn(row.recordCount) ?? 0,
        amounts: { amountCny: bigintColumn(row.amountCny), amountCnyMax: bigintColumn(row.amountCnyMax) },
      }),
    ),
  );
}

/** Each root's totals, in the order the roots were asked for. */
export function byRoot<Total extends { rootId: number }>(rootIds: readonly number[], totals: Total[]): Total[][] {
  const ofRoot = new Map(rootIds.map((id) => [id, [] as Total[]]));
  for (const total of totals) ofRoot.get(total.rootId)?.push(total);
  return rootIds.map((id) => ofRoot.get(id)!);
}
