import type { Quantity } from "../quantity/stated-quantity.js";

/**
 * Adds quantities while keeping what is known about them: exact plus exact is exact; any
 * "at least" term leaves the sum open above; any "at most" term leaves it open below (its true
 * value may be 0); ranges add their bounds.
 */
export function sumQuantities(terms: readonly Quantity[]): Quantity | undefined {
  if (terms.length === 0) return undefined;
  let lower = 0;
  let upper: number | undefined = 0;
  for (const term of terms) {
    if (term.qualifier === "EXACT") {
      lower += term.value;
      if (upper !== undefined) upper += term.value;
    } else if (term.qualifier === "AT_LEAST") {
      lower += term.value;
      upper = undefined;
    } else if (term.qualifier === "AT_MOST") {
      if (upper !== undefined) upper += term.value;
    } else {
      lower += term.value;
      if (upper !== undefined) upper += term.valueMax ?? term.value;
    }
  }
  if (upper === undefined) return { qualifier: "AT_LEAST", value: lower };
  if (upper === lower) return { qualifier: "EXACT", value: lower };
  if (lower === 0) return { qualifier: "AT_MOST", value: upper };
  return { qualifier: "RANGE", value: lower, valueMax: upper };
}

/** Whether two quantities can describe the same number (a report of "7" and 0 named cannot). */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  const bounds = (q: Quantity): [number, number] =>
    q.qualifier === "EXACT"
      ? [q.value, q.value]
      : q.qualifier === "AT_LEAST"
        ? [q.value, Infinity]
        : q.qualifier === "AT_MOST"
          ? [0, q.value]
          : [q.value, q.valueMax ?? q.value];
  const [aLow, aHigh] = bounds(a);
  const [bLow, bHigh] = bounds(b);
  return aLow <= bHigh && bLow <= aHigh;
}
