import type { Qualifier } from "../generated/sqlite/index.js";
import { findStatedNumbers } from "./number-grammar.js";

/** What a number in a source means: exact, a bound, or a range (value..valueMax). */
export interface Quantity {
  qualifier: Qualifier;
  value: number;
  valueMax?: number;
}

/**
 * Reads a quantity the way a Chinese newsletter states it, from the literal text kept in the
 * seeds (`statedAs`), by the same grammar the drafter reads prose with (number-grammar.ts):
 * "65场次" exact; "30余人次", "1万余人", "100余万人次", "超过130万字" at least; "不高于3000元" at most;
 * "2-5万元", "第2—10名" a range; "第四", "前32名", "之首" ranks; "30%". Returns undefined when the
 * text does not start with a number it understands, or states one only approximately ("近万人"):
 * no recorded quantity says that.
 */
export function parseStatedQuantity(statedAs: string): Quantity | undefined {
  const stated = statedAs.replace(/\s+/g, "");
  const [first] = findStatedNumbers(stated);
  if (first?.start !== 0 || first.qualifier === "ABOUT") return undefined;
  return { qualifier: first.qualifier, value: first.value, ...(first.valueMax !== undefined ? { valueMax: first.valueMax } : {}) };
}

/** True when a recorded quantity says exactly what its stated text says. */
export function quantityMatches(recorded: Quantity, statedAs: string): boolean {
  const parsed = parseStatedQuantity(statedAs);
  return (
    parsed !== undefined &&
    parsed.qualifier === recorded.qualifier &&
    parsed.value === recorded.value &&
    (parsed.valueMax ?? null) === (recorded.valueMax ?? null)
  );
}
