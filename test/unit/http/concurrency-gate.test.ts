import { describe, expect, it } from "vitest";
import { createConcurrencyGate } from "../../../src/http/limits/concurrency-gate.js";

const settings = { expensiveCost: 1, running: 2, waiting: 1, maxWaitMs: 50 };

describe("the concurrency gate", () => {
  it("lets `running` in at once, queues `waiting` more, and refuses the next at once", async () => {
    const gate = createConcurrencyGate(settings);
    const first = await gate.enter();
    const second = await gate.enter();
    expect(first && second).toBeTypeOf("function");
    const queued = gate.enter();
    expect(gate.load).toEqual({ running: 2, waiting: 1 });
    expect(await gate.enter()).toBeUndefined();

    first!();
    const admitted = await queued;
    expect(admitted).toBeTypeOf("function");
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
    second!();
    admitted!();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses one that waited maxWaitMs, and forgets it, so a later release admits no one twice", async () => {
    const gate = createConcurrencyGate(settings);
    const holders = [await gate.enter(), await gate.enter()];
    const started = performance.now();
    expect(await gate.enter()).toBeUndefined();
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(gate.load.waiting).toBe(0);
    for (const release of holders) release!();
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("admits the next in line on a later turn of the event loop, never in the promise chain of the release", async () => {
    const gate = createConcurrencyGate({ ...settings, running: 1 });
    const holder = await gate.enter();
    let admitted = false;
    const queued = gate.enter().then((release) => {
      admitted = true;
      return release;
    });
    holder!();
    // With synchronous SQLite, admitting here would run the whole line back to back, /healthz waiting behind it.
    for (let turn = 0; turn < 20; turn++) await Promise.resolve();
    expect(admitted).toBe(false);
    expect(gate.load.running).toBe(1);
    const release = await queued;
    expect(admitted).toBe(true);
    release!();
    await new Promise((resolve) => setImmediate(resolve));
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
  });

  it("counts a place given back twice once", async () => {
    const gate = createConcurrencyGate(settings);
    const release = await gate.enter();
    release!();
    release!();
    expect(gate.load.running).toBe(0);
    const [a, b] = [await gate.enter(), await gate.enter()];
    expect(gate.load.running).toBe(2);
    a!();
    b!();
  });
});
