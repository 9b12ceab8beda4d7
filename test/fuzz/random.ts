import { Random } from "../../src/cli/synthetic/random.js";

/**
 * The synthetic data's seeded PRNG (mulberry32) with what fuzzing adds: the same seed gives the
 * same sequence of operations, so a failing run reproduces with FUZZ_SEED=<the seed it printed>.
 */
export class FuzzRandom extends Random {
  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }

  /** One of the alternatives, each as likely as its weight (written weight first, as tables of odds read). */
  among<T>(alternatives: readonly (readonly [weight: number, value: T])[]): T {
    return this.weighted(alternatives.map(([weight, value]) => [value, weight] as const));
  }

  bytes(length: number): Buffer {
    const buffer = Buffer.alloc(length);
    for (let index = 0; index < length; index++) buffer[index] = this.int(0, 255);
    return buffer;
  }

  /** Text from ASCII, CJK, emoji, combining marks, right-to-left script and control characters. */
  text(maxLength: number): string {
    const alphabets = ["abcXYZ019 _-", "保山市总工会劳模工匠", "😀🏭🔧", "\u0301\u200b\u200d\ufeff", "مرحبا", '\u0000\u0007\n\t"\\'];
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
