import { subtreeOfPath } from "../../../db/sql-conditions.js";
import { longestSearch, searchCondition } from "../../../read/name-lookup.js";
import { builder } from "../../builder.js";
import type { Context } from "../../context.js";

/** The subtree condition for a region named by code, or NOT_FOUND naming the argument. */
export async function regionSubtree(context: Context, code: string, argument: string) {
  return subtreeOfPath((await context.keys.regions.require(code, argument)).path);
}

/** `{ region: this division or below }` when a code is given, no condition otherwise. */
export async function inRegionTree(context: Context, code: string | null | undefined, argument: string) {
  return code ? { region: await regionSubtree(context, code, argument) } : {};
}

/** The id of the organisation a filter names, or NOT_FOUND for a name no organisation has. */
export async function organisationId(context: Context, nameZh: string, argument: string) {
  return (await context.keys.organisations.require(nameZh, argument)).id;
}

export const YearRange = builder.inputType("YearRange", {
  description: "An inclusive span of calendar years. Records dated to a month or day inside it match; records without a period never do.",
  fields: (t) => ({
    from: t.int({ required: false, description: "First year included." }),
    to: t.int({ required: false, description: "Last year included." }),
  }),
});

/** Equality filters straight from GraphQL input: drops the fields a client left out or set to null. */
export function presentFields<T extends object>(input: T | null | undefined): { [K in keyof T]?: NonNullable<T[K]> } {
  const present: { [K in keyof T]?: NonNullable<T[K]> } = {};
  for (const field in input) {
    const value = input[field];
    if (value !== null && value !== undefined) present[field] = value;
  }
  return present;
}

export const RegionTreeFilter = builder.inputType("RegionTreeFilter", {
  description: "Narrows a list to one part of the region tree.",
  fields: (t) => ({
    regionCode: t.string({ required: false, description: "Only records in this division or any below it (by code)." }),
  }),
});

/** The `search` field every filter of named records has, described once. */
export const searchFieldDescription = `Only records one of whose names (Chinese, short, English or its pinyin) contains this text; spaces, 《》 and quotation marks are ignored, and so is case. At most ${longestSearch} characters.`;

/** A filter's equality fields and its `search`, as one condition (for filters with nothing else to resolve). */
export function presentFieldsAndSearch<T extends { search?: string | null }>(filter: T | null | undefined) {
  const { search, ...fields } = filter ?? ({} as T);
  return { ...presentFields(fields), ...searchCondition(search, "filter.search") };
}
