import { ErrorCode, userError } from "../errors/error-codes.js";

/**
 * The most list items one answer may hold. Twice the largest cost an operation may have
 * (query-limits.ts), because a connection's edges and nodes are both lists of one page: every
 * operation the cost model lets through fits; one it underestimates stops here.
 */
export const defaultMaxResultItems = 100_000;

/**
 * What a request's answer may still grow by, counted in list items as resolvers return them.
 * Past the limit every further list is the same RESPONSE_TOO_LARGE error, so nothing grows any
 * more; the Apollo plugin then answers that error alone, without the partial data.
 */
export class ResultBudget {
  private spent = 0;
  private refusal: Error | undefined;

  constructor(readonly maxItems: number) {}

  /** Counts `items` more; the error to answer instead once the answer has grown past the limit. */
  spend(items: number): Error | undefined {
    this.spent += items;
    if (this.spent <= this.maxItems) return undefined;
    this.refusal ??= userError(
      ErrorCode.responseTooLarge,
      `The answer grew past ${this.maxItems.toLocaleString("en-US")} list items and was stopped; ask for fewer records or smaller pages.`,
      { maximum: this.maxItems },
    );
    return this.refusal;
  }
}
