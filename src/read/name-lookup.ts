import type { Database } from "../db/client.js";
import { delegateOf } from "../db/model-delegates.js";
import { ErrorCode, userError } from "../errors/error-codes.js";
import { ByKindAndKey } from "../records/keyed-records.js";
import { goesBy, type NamedModel, nameColumnsOf, namesOf, oneNameIs, searchForm } from "../records/name-keys.js";
import { canonicalKey } from "./natural-key-loader.js";

// Finding a record by a name as a reader gives it: the short name a record has (水富云天化), a
// document title in its book-title marks (《技能鉴定考核题库》), a name pasted with spaces from a
// PDF (保山市 总工会). A name that finds nothing is NOT_FOUND naming what was searched and the
// closest names there are. Every step is a bounded SQL query on the stored search text
// (records/name-keys.ts), the same on SQLite and PostgreSQL.

/** Longer searches match no name (the longest title is well under this) and only cost a scan. */
export const longestSearch = 200;
/** Records a search or a suggestion reads at most. */
const candidateLimit = 50;
const suggestionCount = 5;

/** The SQL condition of a `search` filter argument, or BAD_USER_INPUT naming the argument. */
export function searchCondition(search: string | null | undefined, argument: string): { searchText?: { contains: string } } {
  if (search === null || search === undefined) return {};
  // Canonical first, as every name argument is: an invisible character is refused, not ignored.
  const form = searchForm(canonicalKey(search, argument));
  if (form === "") throw userError(ErrorCode.badUserInput, `${argument}: give at least one letter, digit or character of a name.`, { argument });
  if (form.length > longestSearch) throw userError(ErrorCode.badUserInput, `${argument}: at most ${longestSearch} characters.`, { argument });
  return { searchText: { contains: form } };
}

interface NamedRow {
  id: number;
  names: string[];
}

/** The candidates a condition finds, with the names a reader could have meant. */
async function candidates(db: Database, model: NamedModel, where: object, take = candidateLimit): Promise<NamedRow[]> {
  const select = Object.fromEntries([...nameColumnsOf(model), "id"].map((column) => [column, true]));
  const rows = await delegateOf(db, model).findMany({ where, select, orderBy: [{ sortKey: "asc" }, { id: "asc" }], take });
  return rows.map((row) => ({ id: row.id, names: namesOf(model, row) }));
}

/** The two-character pieces of a search form, which similar names share. */
function bigrams(form: string): Set<string> {
  const pieces = new Set<string>();
  const characters = [...form];
  for (let index = 0; index + 1 < characters.length; index++) pieces.add(characters[index]! + characters[index + 1]!);
  if (characters.length === 1) pieces.add(characters[0]!);
  return pieces;
}

/** How alike two search forms are: the Sørensen–Dice coefficient of their bigrams, 0 to 1. */
function likeness(a: Set<string>, b: string): number {
  const other = bigrams(b);
  let shared = 0;
  for (const piece of other) if (a.has(piece)) shared++;
  return a.size + other.size === 0 ? 0 : (2 * shared) / (a.size + other.size);
}

/** The Chinese names closest to a search form: those containing it first, then those sharing most of its pieces. */
async function closestNames(db: Database, model: NamedModel, form: string): Promise<string[]> {
  const pieces = bigrams(form);
  const containing = await candidates(db, model, { searchText: { contains: form } }, suggestionCount);
  const sharing = await candidates(db, model, { OR: [...pieces].slice(0, 12).map((piece) => ({ searchText: { contains: piece } })) });
  const ranked = sharing
    .map((row) => ({ name: row.names[0]!, score: Math.max(...row.names.map((name) => likeness(pieces, searchForm(name)))) }))
    .filter((row) => row.score > 0)
    .sort((a, b) => b.score - a.score);
  return [...new Set([...containing.map((row) => row.names[0]!), ...ranked.map((row) => row.name)])].slice(0, suggestionCount);
}

/** What a name finds: one record, several, or none and the names closest to it. */
type NameOutcome = { id: number } | { candidates: string[] } | { suggestions: string[] };

/** Requests that may name things that are not: past this many per request, NOT_FOUND names no suggestions. */
const suggestionsPerRequest = 5;

/**
 * Name lookups of one request: each name is looked up once however often it is given (aliases,
 * filters), and at most `suggestionsPerRequest` misses search for the closest names, so a request
 * of many aliased unknown names costs a statement each, not three.
 */
export function nameLookups(db: Database) {
  const outcomes = new ByKindAndKey<NamedModel, Promise<NameOutcome>>();
  let suggestionsLeft = suggestionsPerRequest;

  async function outcomeOf(model: NamedModel, form: string): Promise<NameOutcome> {
    if (form === "" || form.length > longestSearch) return { suggestions: [] };
    const named = (await candidates(db, model, oneNameIs(form))).filter((row) => goesBy(row.names, form));
    if (named.length === 1) return { id: named[0]!.id };
    if (named.length > 1) return { candidates: named.map((row) => row.names[0]!) };
    if (suggestionsLeft <= 0) return { suggestions: [] };
    suggestionsLeft--;
    return { suggestions: await closestNames(db, model, form) };
  }

  return {
    /**
     * The id of the one record of `model` one of whose names (Chinese, short or English) is
     * `name` once spaces, book-title marks and case are set aside; BAD_USER_INPUT when several
     * are, and NOT_FOUND naming the search and the closest names when none is.
     */
    async idByName(model: NamedModel, what: string, name: string, argument: string): Promise<number> {
      const form = searchForm(name);
      let outcome = outcomes.get(model, form);
      if (!outcome) {
        outcome = outcomeOf(model, form);
        outcomes.set(model, form, outcome);
      }
      const found = await outcome;
      if ("id" in found) return found.id;
      if ("candidates" in found) {
        const names = found.candidates;
        throw userError(
          ErrorCode.badUserInput,
          `${argument}: "${name}" names ${names.length} ${what}s (${names.map((n) => `"${n}"`).join(", ")}); give the full name.`,
          { argument, candidates: names },
        );
      }
      const closest = found.suggestions.length > 0 ? ` Closest: ${found.suggestions.map((n) => `"${n}"`).join(", ")}.` : "";
      throw userError(ErrorCode.notFound, `No ${what} is named "${name}".${closest}`, { argument, searched: name, suggestions: found.suggestions });
    },
  };
}

export type NameLookups = ReturnType<typeof nameLookups>;
