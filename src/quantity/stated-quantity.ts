import type { Qualifier } from "../generated/sqlite/index.js";

/** What a number in a source means: exact, a bound, or a range (value..valueMax). */
export interface Quantity {
  qualifier: Qualifier;
  value: number;
  valueMax?: number;
}

const digitOf: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const unitOf: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const multiplierOf: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

const arabic = String.raw`\d+(?:\.\d+)?`;
const chinese = "[零〇一二两三四五六七八九十百千]+";
const number = `(?:${arabic}|${chinese})`;
const rangeDash = "[-—–~～至]";
const atLeastPrefix = /^(超过|超出|超|逾|多于|不少于|不低于)/;
const atMostPrefix = /^(不高于|不超过|最高|至多|不多于)/;

/** "十八" → 18, "四" → 4, "两" → 2, "一百二十" → 120. */
function chineseToNumber(numeral: string): number {
  let total = 0;
  let digit = 0;
  for (const char of numeral) {
    if (char in digitOf) {
      digit = digitOf[char]!;
    } else {
      total += (digit === 0 ? 1 : digit) * unitOf[char]!;
      digit = 0;
    }
  }
  return total + digit;
}

function toNumber(token: string): number {
  return /^\d/.test(token) ? Number(token) : chineseToNumber(token);
}

/** Multiplies exactly: "2.8" × 万 must be 28000, not 27999.999…. */
function scale(token: string, multiplier: number): number {
  if (!/^\d/.test(token)) return chineseToNumber(token) * multiplier;
  const [whole, fraction = ""] = token.split(".");
  const result = (BigInt(whole! + fraction) * BigInt(multiplier)) / 10n ** BigInt(fraction.length);
  return Number(result);
}

/**
 * Reads a quantity the way a Chinese newsletter states it, from the literal text kept in the
 * seeds (`statedAs`): "65场次" exact; "30余人次", "1万余人", "100余万人次", "超过130万字" at least;
 * "不高于3000元" at most; "2-5万元", "第2—10名" a range; "第四", "前32名", "之首" ranks; "30%".
 * Returns undefined when the text holds no number it understands.
 */
export function parseStatedQuantity(statedAs: string): Quantity | undefined {
  const stated = statedAs.replace(/\s+/g, "");
  if (/之首$/.test(stated)) return { qualifier: "EXACT", value: 1 };

  const top = new RegExp(`^前(${number})名`).exec(stated);
  if (top) return { qualifier: "AT_MOST", value: toNumber(top[1]!) };

  const body = stated.replace(/^第/, "");
  const range = new RegExp(`^(${number})${rangeDash}(${number})([万亿]?)`).exec(body);
  if (range) {
    const multiplier = multiplierOf[range[3]!] ?? 1;
    return { qualifier: "RANGE", value: scale(range[1]!, multiplier), valueMax: scale(range[2]!, multiplier) };
  }

  let qualifier: Qualifier = "EXACT";
  let rest = body;
  const atLeast = atLeastPrefix.exec(rest);
  const atMost = atMostPrefix.exec(rest);
  if (atMost) {
    qualifier = "AT_MOST";
    rest = rest.slice(atMost[0].length);
  } else if (atLeast) {
    qualifier = "AT_LEAST";
    rest = rest.slice(atLeast[0].length);
  }

  const single = new RegExp(`^(${number})(余|多)?([万亿])?(余|多)?`).exec(rest);
  if (!single) return undefined;
  const [, token, approxBefore, multiplierChar, approxAfter] = single;
  if (approxBefore || approxAfter) qualifier = "AT_LEAST";
  return { qualifier, value: scale(token!, multiplierOf[multiplierChar ?? ""] ?? 1) };
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
