import { describe, expect, it } from "vitest";
import { remoteAddress } from "../../src/http/server.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

// Small limits, so each is easy to exceed; each test spends the budget of a client of its own,
// named by a header through the server's clientKey option.
const limits = { maxDepth: 4, maxAliases: 2, maxTokens: 40, maxDirectives: 2, maxCost: 50, maxResultItems: 1_000 };
const costPerMinute = 100;
const server = useTestServer({
  seed: false,
  limits,
  costPerMinute,
  clientKey: (request) => String(request.headers["x-test-client"] ?? remoteAddress(request)),
});

async function post(client: string, query: string) {
  const response = await postGraphQL(server.url, { query }, { "x-test-client": client });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe("query limits over HTTP", () => {
  it("answers an operation within the limits, with its cost and the client's remaining budget", async () => {
    const { status, body } = await post("within", `{ regions(first: 5) { totalCount } }`);
    expect(status).toBe(200);
    expect(body.data).toEqual({ regions: { totalCount: 0 } });
    expect(body.extensions.cost).toEqual({ requested: 5, maximum: limits.maxCost, limit: costPerMinute, remaining: costPerMinute - 5, resetInSeconds: 60 });
  });

  it.each([
    ["QUERY_TOO_DEEP", `{ regions { nodes { parent { parent { code } } } } }`, limits.maxDepth, 5],
    [
      "TOO_MANY_ALIASES",
      `{ a: regions(first: 1) { totalCount } b: regions(first: 1) { totalCount } c: regions(first: 1) { totalCount } }`,
      limits.maxAliases,
      3,
    ],
    ["TOO_MANY_DIRECTIVES", `{ regions(first: 1) @include(if: true) { totalCount @include(if: true) @skip(if: false) } }`, limits.maxDirectives, 3],
    ["QUERY_TOO_COSTLY", `{ regions(first: 51) { totalCount } }`, limits.maxCost, 51],
  ])("refuses an operation over a limit with 400 and %s, stating the limit and the measured value", async (code, query, maximum, measured) => {
    const { status, body } = await post("over-a-limit", query);
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code, maximum, measured });
    expect(body.errors[0].message).toContain(`the limit is ${maximum}`);
  });

  it("refuses a document over the token limit with 400 and TOO_MANY_TOKENS before parsing it all", async () => {
    const { status, body } = await post("tokens", `{ regions(first: 1) { ${"totalCount ".repeat(40)} } }`);
    expect(status).toBe(400);
    expect(body.errors[0]).toEqual({
      message: `The document has more than ${limits.maxTokens} tokens, the limit; it was not parsed further.`,
      extensions: { code: "TOO_MANY_TOKENS", maximum: limits.maxTokens },
    });
  });

  it("refuses with 429, RATE_LIMITED and Retry-After once a client's cost for the minute is spent, and only that client", async () => {
    const costing40 = `{ regions(first: 40) { totalCount } }`;
    expect((await post("busy", costing40)).body.extensions.cost.remaining).toBe(60);
    expect((await post("busy", costing40)).body.extensions.cost.remaining).toBe(20);
    const refused = await post("busy", costing40);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0].extensions).toEqual({ code: "RATE_LIMITED", requested: 40, limit: costPerMinute, remaining: 20, resetInSeconds: retryAfter });
    expect(refused.body.errors[0].message).toMatch(new RegExp(`costs 40, more than the 20 left of this client's 100 per minute; retry in ${retryAfter} s`));
    expect((await post("busy", `{ regions(first: 20) { totalCount } }`)).status).toBe(200);
    expect((await post("someone else", costing40)).status).toBe(200);
  });
});
