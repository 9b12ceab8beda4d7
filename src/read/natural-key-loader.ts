import DataLoader from "dataloader";
import { inChunks } from "../db/sql-conditions.js";
import { ErrorCode, notFound, userError } from "../errors/error-codes.js";
import { canonicalText } from "../records/canonical-text.js";

export interface NaturalKeyLoader<Row> {
  /** The record for a natural key, or a NOT_FOUND error naming the argument it came from. */
  require(key: string, argument: string): Promise<Row>;
  /** The record for a natural key, or null. */
  find(key: string): Promise<Row | null>;
}

/**
 * Per-request lookups by natural key (region code, organisation name …) for filters: batched,
 * cached for the request, and strict, so a mistyped name is an error rather than an empty list.
 */
export function naturalKeyLoader<Row>(what: string, findMany: (keys: string[]) => Promise<Row[]>, keyOf: (row: Row) => string): NaturalKeyLoader<Row> {
  const loader = new DataLoader<string, Row | null>(async (keys) => {
    const found = new Map((await inChunks(keys, findMany)).map((row) => [keyOf(row), row]));
    return keys.map((key) => found.get(key) ?? null);
  });
  // Keys are looked up in their canonical form, as records are written in it: a padded or
  // differently composed name finds what it names; one with no canonical form names nothing.
  return {
    async find(key) {
      const canonical = canonicalText(key);
      return "problem" in canonical ? null : loader.load(canonical.text);
    },
    async require(key, argument) {
      const canonical = canonicalKey(key, argument);
      const row = await loader.load(canonical);
      if (!row) throw notFound(what, canonical, argument);
      return row;
    },
  };
}

/**
 * A natural key from a query argument in its canonical form (records/canonical-text.ts), so a
 * padded or differently composed name finds the record it names; BAD_USER_INPUT naming the
 * argument when it has none (an invisible character, a lone surrogate).
 */
export function canonicalKey(value: string, argument: string): string {
  const canonical = canonicalText(value);
  if ("problem" in canonical) throw userError(ErrorCode.badUserInput, `${argument}: ${canonical.problem}.`, { argument });
  return canonical.text;
}
