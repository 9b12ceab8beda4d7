import { type Database, targetOf } from "./client.js";
import { type DatabaseTarget, tableInSql } from "./database-url.js";

// Hand-written reads for the hot paths where Prisma's row handling is the cost, not the SQL:
// a grouped read of a few hundred rows cost ~5 µs a row through the query engine's result
// mapping, and the roll-up of a subtree is one join the database does better than the server.
// Written once in the SQL both databases speak; values always go as parameters, never as text.

/** What a statement's text is built with: tables named as the target needs, values bound. */
export interface StatementText {
  /** A model's table, qualified with the PostgreSQL schema when there is one. */
  table(model: string): string;
  /** A placeholder for a bound value (`$n` on PostgreSQL, `?` on SQLite). */
  value(value: number | string): string;
  /** Placeholders for a list of values, for `IN (…)`: at most `inListLimit` (sql-conditions.ts) of them. */
  values(values: readonly (number | string)[]): string;
}

/**
 * A statement's text for this database and the values bound to it, in order. Built as text with
 * the client's placeholders because Prisma.sql fragments of the SQLite client's namespace are not
 * fragments to the PostgreSQL client.
 */
export function statementFor(target: DatabaseTarget, text: (sql: StatementText) => string): { statement: string; parameters: (number | string)[] } {
  const bound: (number | string)[] = [];
  // Values are marked first (a private-use character no statement text holds) and numbered in the order they appear in the finished text: SQLite's
  // `?` binds by position, and a builder may well compute a later clause before an earlier one.
  const value = (next: number | string) => `\uE000${bound.push(next) - 1}\uE000`;
  const marked = text({ table: (model) => tableInSql(target, model), value, values: (list) => list.map(value).join(", ") });
  const parameters: (number | string)[] = [];
  const statement = marked.replace(/\uE000(\d+)\uE000/g, (_marker, index: string) => {
    parameters.push(bound[Number(index)]!);
    return target.provider === "postgresql" ? `$${parameters.length}` : "?";
  });
  return { statement, parameters };
}

/** Runs one SELECT built by `text` and maps each row with `row`, so callers see typed values only. */
export async function selectRows<Row>(db: Database, text: (sql: StatementText) => string, row: (raw: Record<string, unknown>) => Row): Promise<Row[]> {
  const { statement, parameters } = statementFor(targetOf(db), text);
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(statement, ...parameters);
  return rows.map(row);
}

/**
 * A whole number as either database hands it back: SQLite's integers, PostgreSQL's bigint sums
 * (BigInt) and numeric sums (decimal); null stays null (a sum over no values).
 */
export function integerColumn(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  // Every form is checked alike: a sum past 2^53 read as a number would be silently rounded.
  const parsed = typeof value === "number" ? value : Number(typeof value === "bigint" ? value : String(value));
  if (!Number.isSafeInteger(parsed)) throw new Error(`integerColumn: ${String(value)} is not a whole number that fits`);
  return parsed;
}

/** A sum of whole CNY as the funding arithmetic takes it (read/funding-sum.ts). */
export function bigintColumn(value: unknown): bigint | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") return value;
  if (typeof value === "number") return BigInt(value);
  return BigInt(String(value));
}

/** A text column; refuses anything else, so a wrong column name fails loudly in tests. */
export function textColumn(value: unknown): string {
  if (typeof value !== "string") throw new Error(`textColumn: ${String(value)} is not text`);
  return value;
}
