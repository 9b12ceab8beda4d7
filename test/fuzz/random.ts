/**
 * A small seeded PRNG (mulberry32): the same seed gives the same sequence of operations, so a
 * failing fuzz run reproduces with FUZZ_SEED=<the seed it printed>.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }

  /** Picks one of the weighted alternatives. */
  weighted<T>(alternatives: readonly (readonly [weight: number, value: T])[]): T {
    const total = alternatives.reduce((sum, [weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [weight, value] of alternatives) {
      point -= weight;
      if (point < 0) return value;
    }
    return alternatives[alternatives.length - 1]![1];
  }

  bytes(length: number): Buffer {
    const buffer = Buffer.alloc(length);
    for (let index = 0; index < length; index++) buffer[index] = this.int(0, 255);
    return buffer;
  }

  /** Text from ASCII, CJK, emoji, combining marks, right-to-left script and control characters. */
  text(maxLength: number): string {
    const alphabets = ["abcXYZ019 _-", "保山市总工会劳模工匠", "😀🏭🔧", "\u0301\u200b\u200d\ufeff", "مرحبا", "\u0000\u0007\n\t\"\\"];
    let result = "";
    const length = this.int(0, maxLength);
    while (result.length < length) result += this.pick([...this.pick(alphabets)]);
    return result;
  }
}

/** The seed from FUZZ_SEED, or a fresh one (printed by the caller so a failure can be replayed). */
export function fuzzSeed(): number {
  const fromEnvironment = process.env.FUZZ_SEED;
  if (fromEnvironment !== undefined && fromEnvironment !== "") {
    const seed = Number(fromEnvironment);
    if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got "${fromEnvironment}"`);
    return seed;
  }
  return Math.floor(Math.random() * 2 ** 32);
}
