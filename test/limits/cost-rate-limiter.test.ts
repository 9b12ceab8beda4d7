import { describe, expect, it } from "vitest";
import { createCostRateLimiter } from "../../src/http/limits/cost-rate-limiter.js";

/** A clock the test moves by hand. */
function manualClock(start = 1_000_000) {
  const clock = { at: start, now: () => clock.at };
  return clock;
}

describe("the per-client cost budget", () => {
  it("spends a client's budget until the next operation would overdraw it, then refuses and says when it is whole again", () => {
    const clock = manualClock();
    const limiter = createCostRateLimiter({ costPerMinute: 100, now: clock.now });
    expect(limiter.spend("a", 60)).toEqual({ allowed: true, limit: 100, remaining: 40, resetInSeconds: 60 });
    clock.at += 15_500;
    expect(limiter.spend("a", 40)).toEqual({ allowed: true, limit: 100, remaining: 0, resetInSeconds: 45 });
    expect(limiter.spend("a", 1)).toEqual({ allowed: false, limit: 100, remaining: 0, resetInSeconds: 45 });
    clock.at += 44_500;
    expect(limiter.spend("a", 1)).toMatchObject({ allowed: true, remaining: 99, resetInSeconds: 60 });
  });

  it("keeps one budget per client", () => {
    const limiter = createCostRateLimiter({ costPerMinute: 10, now: manualClock().now });
    expect(limiter.spend("a", 10).allowed).toBe(true);
    expect(limiter.spend("a", 1).allowed).toBe(false);
    expect(limiter.spend("b", 10).allowed).toBe(true);
  });

  it("refuses an operation that costs more than it has left without spending anything", () => {
    const limiter = createCostRateLimiter({ costPerMinute: 10, now: manualClock().now });
    limiter.spend("a", 4);
    expect(limiter.spend("a", 7)).toMatchObject({ allowed: false, remaining: 6 });
    expect(limiter.spend("a", 6)).toMatchObject({ allowed: true, remaining: 0 });
  });
});
