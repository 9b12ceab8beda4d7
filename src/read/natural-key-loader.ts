import DataLoader from "dataloader";
import { notFound } from "../errors/error-codes.js";

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
    const found = new Map((await findMany([...keys])).map((row) => [keyOf(row), row]));
    return keys.map((key) => found.get(key) ?? null);
  });
  return {
    find: (key) => loader.load(key),
    async require(key, argument) {
      const row = await loader.load(key);
      if (!row) throw notFound(what, key, argument);
      return row;
    },
  };
}
