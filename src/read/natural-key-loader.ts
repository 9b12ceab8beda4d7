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
/** A kind of key's form, checked before any lookup (a division code's six digits), and its NOT_FOUND error. */
export interface KeyForm {
  canonical: (value: string, argument: string) => string;
  notFound: (key: string, argument: string) => Error;
}

/** The form of a name or key with no shape of its own: any canonical text; "No <what> found for …". */
export const plainKey = (what: string): KeyForm => ({ canonical: canonicalKey, notFound: (key, argument) => notFound(what, key, argument) });

export function naturalKeyLoader<Row>(
  what: string | KeyForm,
  findMany: (keys: string[]) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  /** For keys that are names: the record a name that is no exact key names (read/name-lookup.ts), or its error. */
  byOtherName?: (name: string, argument: string) => Promise<Row>,
): NaturalKeyLoader<Row> {
  const form = typeof what === "string" ? plainKey(what) : what;
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
      const canonical = form.canonical(key, argument);
      const row = await loader.load(canonical);
      if (row) return row;
      if (!byOtherName) throw form.notFound(canonical, argument);
      // read/name-lookup.ts looks each name up once per request, however many fields give it.
      return byOtherName(canonical, argument);
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

/**
 * A division code from a query argument: six digits after canonicalisation, or BAD_USER_INPUT
 * naming the argument. Every well-formed code is looked up in the whole registry, so one that
 * finds nothing is no division at all (divisionNotFound).
 */
function divisionCodeKey(value: string, argument: string): string {
  const code = canonicalKey(value, argument);
  if (!/^\d{6}$/.test(code)) throw userError(ErrorCode.badUserInput, `${argument}: "${code}" is not a six-digit division code such as 530500.`, { argument });
  return code;
}

function divisionNotFound(code: string, argument: string) {
  return userError(ErrorCode.notFound, `No division has the code "${code}": the registry holds every province, prefecture and county of China.`, { argument });
}

/** A region's key: a division code, looked up in the whole registry. */
export const divisionCode: KeyForm = { canonical: divisionCodeKey, notFound: divisionNotFound };
