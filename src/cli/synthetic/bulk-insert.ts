import type { DatabaseProvider } from "../../db/database-url.js";

/**
 * Bind parameters one INSERT may carry: PostgreSQL's protocol allows 65,535; SQLite's default
 * limit is 32,766. A little is left over for whatever else the statement binds.
 */
const bindParameterBudget: Record<DatabaseProvider, number> = { postgresql: 60_000, sqlite: 32_000 };
const maxRowsPerBatch = 10_000;
/** Batches sent before waiting for the oldest: the next one is built while the database writes. */
const batchesInFlight = 2;
const redrawIntervalMs = 100;

const thousands = (n: number) => Math.round(n).toLocaleString("en-US");

/**
 * One line on stderr per table: rows done of total, percentage, rows per second. Redrawn in place
 * on a terminal; written to a log or a pipe, only the finished line, so the log holds one plain
 * line per table and no carriage returns.
 */
class ProgressLine {
  private readonly redraws = process.stderr.isTTY === true;
  private readonly started = performance.now();
  private lastDrawn = 0;
  private done = 0;

  constructor(
    private readonly table: string,
    private readonly total: number,
  ) {}

  advance(rows: number) {
    this.done += rows;
    const now = performance.now();
    if (this.redraws && now - this.lastDrawn >= redrawIntervalMs) {
      this.lastDrawn = now;
      this.draw();
    }
  }

  finish() {
    this.draw();
    process.stderr.write("\n");
  }

  private draw() {
    const seconds = (performance.now() - this.started) / 1000;
    const percent = this.total === 0 ? 100 : (100 * this.done) / this.total;
    const rate = seconds > 0 ? this.done / seconds : 0;
    process.stderr.write(
      `${this.redraws ? "\r" : ""}${this.table.padEnd(20)} ${thousands(this.done).padStart(11)} / ${thousands(this.total).padEnd(11)} ${percent.toFixed(0).padStart(3)}%  ${thousands(rate).padStart(9)} rows/s  `,
    );
  }
}

/**
 * Writes rows with `insert` (a createMany) in batches as large as the provider's bind-parameter
 * limit allows, drawing progress as it goes. Rows are produced lazily, so a million of them
 * never sit in memory at once.
 */
export async function insertInBatches<Row extends object>(
  provider: DatabaseProvider,
  table: string,
  total: number,
  rows: Iterable<Row>,
  insert: (batch: Row[]) => Promise<unknown>,
): Promise<void> {
  const progress = new ProgressLine(table, total);
  const pending: Promise<void>[] = [];
  const send = async (batch: Row[]) => {
    if (pending.length >= batchesInFlight) await pending.shift();
    const written = insert(batch).then(() => progress.advance(batch.length));
    // Awaited later, in order; until then a failure must not count as unhandled and end the process.
    written.catch(() => {});
    pending.push(written);
  };

  let batch: Row[] = [];
  let rowsPerBatch = maxRowsPerBatch;
  for (const row of rows) {
    if (batch.length === 0) rowsPerBatch = Math.min(maxRowsPerBatch, Math.floor(bindParameterBudget[provider] / Object.keys(row).length));
    batch.push(row);
    if (batch.length >= rowsPerBatch) {
      await send(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await send(batch);
  await Promise.all(pending);
  progress.finish();
}
