const windowMs = 60_000;

/** Ten of the largest operations the per-query cost limit lets through, per client and minute. */
export const defaultCostPerMinute = 500_000;

export interface CostBudget {
  /** Cost a client may spend per minute. */
  limit: number;
  remaining: number;
  /** Seconds until the client's current window ends and its budget is whole again. */
  resetInSeconds: number;
}

/**
 * A per-client budget of query cost per minute, in memory: each client's window starts with its
 * first request and lasts a minute (a fixed window, so a client never waits longer than that).
 * Clients are opaque strings; the server decides what identifies one.
 */
export function createCostRateLimiter({ costPerMinute, now = Date.now }: { costPerMinute: number; now?: () => number }) {
  const windows = new Map<string, { startedAt: number; spent: number }>();
  let sweptAt = now();

  // Clients that went quiet are forgotten once a minute, so the map holds about a minute's clients.
  function sweep(at: number) {
    if (at - sweptAt < windowMs) return;
    for (const [client, window] of windows) if (at - window.startedAt >= windowMs) windows.delete(client);
    sweptAt = at;
  }

  return {
    /** Spends `cost` from the client's budget when it fits; either way, says what is left. */
    spend(client: string, cost: number): CostBudget & { allowed: boolean } {
      const at = now();
      sweep(at);
      let window = windows.get(client);
      if (!window || at - window.startedAt >= windowMs) {
        window = { startedAt: at, spent: 0 };
        windows.set(client, window);
      }
      const allowed = window.spent + cost <= costPerMinute;
      if (allowed) window.spent += cost;
      const resetInSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - at) / 1000));
      return { allowed, limit: costPerMinute, remaining: costPerMinute - window.spent, resetInSeconds };
    },
    /** Gives back what an operation spent when it was refused before it ran (no place to run), within the window it was spent in. */
    refund(client: string, cost: number): void {
      const window = windows.get(client);
      if (window && now() - window.startedAt < windowMs) window.spent = Math.max(0, window.spent - cost);
    },
  };
}

export type CostRateLimiter = ReturnType<typeof createCostRateLimiter>;
