import type { FuzzRequest } from "./requests.js";
import type { FuzzAnswer } from "./send.js";

/** Enough of a request to replay it by hand; bodies near the size limit are cut. */
function describeRequest(request: FuzzRequest): string {
  const body = request.raw ?? (Buffer.isBuffer(request.body) ? request.body.toString("utf8") : (request.body ?? ""));
  const shown = body.length > 600 ? `${body.slice(0, 600)}… (${body.length} characters)` : body;
  return `[${request.kind}] ${request.method} ${request.path} ${JSON.stringify(request.headers)} ${shown}`;
}

const increment = <K>(counts: Map<K, number>, key: K) => counts.set(key, (counts.get(key) ?? 0) + 1);

const sortedCounts = <K>(counts: Map<K, number>) =>
  [...counts]
    .sort(([, a], [, b]) => b - a)
    .map(([key, count]) => `${key}: ${count}`)
    .join(", ");

/** Counts answers by status, GraphQL error code and kind of input, and keeps the first offending requests. */
export class Tally {
  sent = 0;
  readonly statuses = new Map<FuzzAnswer["status"], number>();
  readonly errorCodes = new Map<string, number>();
  readonly kinds = new Map<string, number>();
  /** Answers with HTTP status 500 or above. */
  readonly serverErrors: string[] = [];
  /** Answers carrying INTERNAL_SERVER_ERROR: an error the server did not expect, whatever the status. */
  readonly unexpectedErrors: string[] = [];
  /** Requests the server never answered within the client's timeout. */
  readonly timeouts: string[] = [];

  record(request: FuzzRequest, answer: FuzzAnswer) {
    this.sent++;
    increment(this.statuses, answer.status);
    increment(this.kinds, request.kind);
    for (const code of answer.errorCodes) increment(this.errorCodes, code);
    if (typeof answer.status === "number" && answer.status >= 500) this.serverErrors.push(describeRequest(request));
    if (answer.errorCodes.includes("INTERNAL_SERVER_ERROR")) this.unexpectedErrors.push(describeRequest(request));
    if (answer.status === "timeout") this.timeouts.push(describeRequest(request));
  }

  report(): string {
    const firstFew = (label: string, requests: string[]) =>
      requests.length > 0 ? [`first ${label}:`, ...requests.slice(0, 5).map((line) => `  ${line}`)] : [];
    return [
      `requests sent: ${this.sent}`,
      `by kind: ${sortedCounts(this.kinds)}`,
      `HTTP statuses: ${sortedCounts(this.statuses)}`,
      `GraphQL error codes: ${sortedCounts(this.errorCodes)}`,
      ...firstFew("5xx answers", this.serverErrors),
      ...firstFew("INTERNAL_SERVER_ERROR answers", this.unexpectedErrors),
      ...firstFew("timeouts", this.timeouts),
    ].join("\n");
  }
}
