import type { ApolloServerPlugin, HTTPGraphQLRequest } from "@apollo/server";
import { ErrorCode, userError } from "../../errors/error-codes.js";
import type { Context } from "../../graphql/context.js";
import { withNativeCursors } from "../../graphql/schema/common/list-cursors.js";
import { assertConnectionArguments, assertItemCounts, selectsRootField } from "../../graphql/schema/common/page-size.js";
import { routerWantsTrace } from "../federated-trace.js";
import type { ConcurrencyGate, Release } from "./concurrency-gate.js";
import type { CostRateLimiter } from "./cost-rate-limiter.js";
import { assertWithinLimits, measureOperation, type QueryLimits } from "./query-limits.js";

export interface RateLimit {
  limiter: CostRateLimiter;
  /** Who an HTTP request comes from: the key whose budget it spends. */
  clientOf: (request: HTTPGraphQLRequest) => string | undefined;
}

/**
 * Root fields that aggregate over every record of the regions or organisations they compare: the
 * database's work grows with the records counted, which the cost (cells answered) does not see,
 * so they always pass the gate (16 regions × 8 metrics on a 200,000-honour province cost 128 and
 * keep PostgreSQL busy for 20-30 ms each).
 */
const aggregateFields: ReadonlySet<string> = new Set(["compareRegions", "compareOrganisations", "regionSeries"]);

/**
 * Refuses, before anything runs, an operation over a page-size or query limit, and, with a rate
 * limit, one whose cost the client's budget for this minute cannot pay (429 with Retry-After).
 * Answers then carry `extensions.cost`: what the operation cost and what is left this minute.
 * Answers from the response cache are charged too: the limit protects the server, and knowing
 * what is cached is not the client's business. With a gate, an expensive operation then waits
 * for a place to run, or is refused as OVERLOADED (503 with Retry-After) when too many wait.
 */
export function queryLimitsPlugin(limits: QueryLimits, rateLimit?: RateLimit, gate?: ConcurrencyGate): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: Record<string, number> | undefined;
      let release: Release | undefined;
      // Apollo runs every plugin's didResolveOperation at once and answers as soon as one throws
      // (a lone surrogate, a bad representation): a place granted after that answer is given back
      // at once, or it would stay taken for good.
      let answered = false;
      const enterGate = async (requested: number, aggregates: boolean) => {
        if (!gate || (requested < gate.settings.expensiveCost && !aggregates)) return;
        const place = await gate.enter();
        if (answered) return place?.();
        release = place;
        if (release) return;
        const retryAfter = Math.max(1, Math.ceil(gate.settings.maxWaitMs / 1000));
        throw userError(
          ErrorCode.overloaded,
          `The server is running as many expensive operations as it can (this one costs ${requested}); retry in ${retryAfter} s.`,
          { requested, retryAfterSeconds: retryAfter },
          new Map([["retry-after", String(retryAfter)]]),
        );
      };
      return {
        async didResolveOperation(requestContext) {
          const { schema, document, operation, request } = requestContext;
          if (!operation) return;
          // Apollo starts every plugin's checks even when one has refused, so this one too counts
          // the items as sent before coercing them: ten thousand representations are not coerced to be refused.
          assertItemCounts(schema, document, operation, request.variables);
          assertConnectionArguments(schema, document, operation, request.variables);
          // Apollo executes the request context's document, read after these hooks: the one with the
          // Prisma plugin's own cursors in place of the list-tagged ones the client sent.
          const executable = withNativeCursors(schema, document, operation, request.variables);
          if (executable !== document) Object.assign(requestContext, { document: executable });
          const measure = measureOperation(schema, document, operation, request.variables);
          assertWithinLimits(measure, limits);
          const client = rateLimit && request.http && rateLimit.clientOf(request.http);
          // Only requests through the server's HTTP handler have a client; in-process operations are the server's own.
          const aggregates = selectsRootField(document, operation, aggregateFields);
          if (!rateLimit || client === undefined) return enterGate(measure.cost, aggregates);
          const { allowed, ...budget } = rateLimit.limiter.spend(client, measure.cost);
          if (!allowed) {
            throw userError(
              ErrorCode.rateLimited,
              `The operation costs ${measure.cost}, more than the ${budget.remaining} left of this client's ${budget.limit} per minute; retry in ${budget.resetInSeconds} s.`,
              { requested: measure.cost, ...budget },
              new Map([["retry-after", String(budget.resetInSeconds)]]),
            );
          }
          cost = { requested: measure.cost, maximum: limits.maxCost, ...budget };
          try {
            await enterGate(measure.cost, aggregates);
          } catch (refusal) {
            // Refused for want of a place, the operation never ran: the client keeps its budget.
            rateLimit.limiter.refund(client, measure.cost);
            cost = undefined;
            throw refusal;
          }
        },
        async willSendResponse({ response, request }) {
          answered = true;
          release?.();
          if (!cost || response.body.kind !== "single" || routerWantsTrace(request)) return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost };
        },
      };
    },
  };
}
