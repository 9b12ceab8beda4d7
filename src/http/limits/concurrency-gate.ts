/**
 * A small number of expensive operations at a time, then a short queue, then a refusal: under a
 * flood of wide comparisons or deep lists the process keeps its memory and its event loop for
 * /healthz, /readyz and cheap reads, which never wait here.
 */
export interface ConcurrencyGateSettings {
  /** Operations at or above this cost are expensive and pass the gate. */
  expensiveCost: number;
  /** How many expensive operations run at once. */
  running: number;
  /** How many more may wait for a place. */
  waiting: number;
  /** How long one waits before it is refused. */
  maxWaitMs: number;
}

/**
 * Two at a time on the machines this runs on (two cores, one event loop): with more, the chunks of
 * work they interleave keep /healthz waiting past 100 ms under a flood (test/faults/RESULTS.md).
 */
export const defaultConcurrencyGate: ConcurrencyGateSettings = { expensiveCost: 1_000, running: 2, waiting: 32, maxWaitMs: 5_000 };

/** Gives the place back; calling it again does nothing. */
export type Release = () => void;

export interface ConcurrencyGate {
  readonly settings: ConcurrencyGateSettings;
  /** A place to run, once one is free; undefined when the queue is full or the wait ran out. */
  enter(): Promise<Release | undefined>;
  readonly load: { running: number; waiting: number };
}

export function createConcurrencyGate(settings: ConcurrencyGateSettings = defaultConcurrencyGate): ConcurrencyGate {
  let running = 0;
  const waiting: ((release: Release | undefined) => void)[] = [];

  const place = (): Release => {
    running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (waiting.length === 0) {
        running--;
        return;
      }
      // The place passes to the next in line on a later turn of the event loop, not in this promise
      // chain: with SQLite, whose statements run synchronously, a line admitted in one chain would
      // run back to back without letting /healthz or any other request in between.
      setImmediate(() => {
        running--;
        waiting.shift()?.(place());
      });
    };
  };

  return {
    settings,
    get load() {
      return { running, waiting: waiting.length };
    },
    async enter() {
      if (running < settings.running) return place();
      if (waiting.length >= settings.waiting) return undefined;
      return new Promise<Release | undefined>((resolve) => {
        const timer = setTimeout(() => {
          const index = waiting.indexOf(admit);
          if (index >= 0) waiting.splice(index, 1);
          resolve(undefined);
        }, settings.maxWaitMs);
        const admit = (release: Release | undefined) => {
          clearTimeout(timer);
          resolve(release);
        };
        waiting.push(admit);
      });
    },
  };
}
