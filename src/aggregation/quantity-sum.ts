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

/** The least and the most a quantity can be: "at most 7" is 0 to 7, "at least 7" 7 or more. */
export function quantityBounds(q: Quantity): [number, number] {
  if (q.qualifier === "EXACT") return [q.value, q.value];
  if (q.qualifier === "AT_LEAST") return [q.value, Infinity];
  if (q.qualifier === "AT_MOST") return [0, q.value];
  return [q.value, q.valueMax ?? q.value];
}

/** Whether two quantities can describe the same number (a report of "7" and 0 named cannot). */
export function quantitiesAgree(a: Quantity, b: Quantity): boolean {
  const [aLow, aHigh] = quantityBounds(a);
  const [bLow, bHigh] = quantityBounds(b);
  return aLow <= bHigh && bLow <= aHigh;
}

/** Whether `part` is surely less than `whole`: 3 named of "at least 7" reported, never more. */
export function surelyFewer(part: Quantity, whole: Quantity): boolean {
  return quantityBounds(part)[1] < quantityBounds(whole)[0];
}
