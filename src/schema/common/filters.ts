import type { Context } from "../../context.js";
import { builder } from "../../builder.js";

/** Prisma condition "this region or any region below it", by the region's materialised path. */
export async function regionSubtree(context: Context, code: string, argument: string) {
  const region = await context.regions.require(code, argument);
  return { path: { startsWith: region.path } };
}

export const PeriodRange = builder.inputType("PeriodRange", {
  description:
    'An inclusive span of periods. "from: 2020, to: 2020" matches 2020 and every month and day in it. Records without a period never match.',
  fields: (t) => ({
    from: t.field({ type: "Period", required: false, description: "Earliest period included." }),
    to: t.field({ type: "Period", required: false, description: "Latest period included, with everything inside it." }),
  }),
});

/**
 * Periods are ISO 8601 prefixes, so they compare as text; "~" sorts after "-" and every digit,
 * which makes `to: "2020"` include "2020-12-31".
 */
export function periodCondition(range: { from?: string | null; to?: string | null } | null | undefined) {
  if (!range) return undefined;
  return { ...(range.from ? { gte: range.from } : {}), ...(range.to ? { lte: `${range.to}~` } : {}), not: null };
}

/** Equality filters straight from GraphQL input: drops the fields a client left out or set to null. */
export function presentFields<T extends Record<string, unknown>>(input: T | null | undefined): { [K in keyof T]?: NonNullable<T[K]> } {
  return Object.fromEntries(Object.entries(input ?? {}).filter(([, value]) => value !== null && value !== undefined)) as never;
}

/** `{ region: this division or below }` when a code is given, no condition otherwise. */
export async function inRegionTree(context: Context, code: string | null | undefined, argument: string) {
  return code ? { region: await regionSubtree(context, code, argument) } : {};
}
