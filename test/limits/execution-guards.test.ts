import { describe, expect, it } from "vitest";
import { createContext } from "../../src/graphql/context.js";
import { createApolloServer } from "../../src/http/apollo-server.js";
import { createConcurrencyGate } from "../../src/http/limits/concurrency-gate.js";
import { defaultQueryLimits } from "../../src/http/limits/query-limits.js";
import { useSeededApi } from "../helpers/seeded-api.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

// The guards that act once an operation is accepted: the result budget, which stops an answer
// growing past a number of list items, and the concurrency gate in front of expensive operations.

/** `first` list items an alias (cost `first` each): 14 is one alias within a budget of 40, four past it. */
const regionList = (aliases: number, first = 14) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `r${i}: regions(first: ${first}, filter: { within: "530000" }) { nodes { code } }`).join(" ")} }`;

async function post(url: string, query: string) {
  const response = await postGraphQL(url, { query });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

describe("the result budget", () => {
  const server = useTestServer({ limits: { ...defaultQueryLimits, maxResultItems: 40 }, cacheTtlMs: 0 });

  it("lets an answer within it through whole", async () => {
    const { status, body } = await post(server.url, regionList(1));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.r0.nodes.length).toBeGreaterThan(10);
  });

  it("stops an answer that grows past it: one RESPONSE_TOO_LARGE error, no partial data", async () => {
    const { status, body } = await post(server.url, regionList(4));
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ extensions: { code: "RESPONSE_TOO_LARGE", maximum: 40 } });
    expect(body.errors[0].message).toMatch(/grew past 40 list items/);
  });

  it("counts each request on its own: the next small one is answered", async () => {
    const { body } = await post(server.url, regionList(1));
    expect(body.errors).toBeUndefined();
  });
});

describe("the concurrency gate", () => {
  // No place for expensive operations at all: each is refused at once, deterministically.
  const server = useTestServer({ concurrencyGate: { expensiveCost: 100, running: 0, waiting: 0, maxWaitMs: 1_000 }, cacheTtlMs: 0 });

  it("refuses an expensive operation with 503 OVERLOADED and Retry-After", async () => {
    const { status, headers, body } = await post(server.url, regionList(2, 100));
    expect(status).toBe(503);
    expect(headers.get("retry-after")).toBe("1");
    expect(body.errors[0]).toMatchObject({ extensions: { code: "OVERLOADED", requested: 200, retryAfterSeconds: 1 } });
    expect(body.data).toBeUndefined();
  });

  it("sends every comparison through the gate, however few its cells: its work is the records it counts", async () => {
    const compare = `{ compareRegions(regionCodes: ["530500"], metrics: [{ label: "h", records: HONOURS, honourKind: MODEL_WORKER, honourStatus: AWARDED }]) { rows { cells { value { value } } } } }`;
    const inFragment = `{ ...Compare } fragment Compare on Query { regionSeries(regionCodes: ["530500"], metric: { label: "h", records: HONOURS, honourKind: MODEL_WORKER, honourStatus: AWARDED }, years: { from: 2020, to: 2021 }) { rows { points { year } } } }`;
    for (const query of [compare, inFragment]) {
      const { status, body } = await post(server.url, query);
      expect(status, JSON.stringify(body)).toBe(503);
      expect(body.errors[0].extensions.code).toBe("OVERLOADED");
    }
  });

  it("lets cheap operations, /healthz and /readyz through meanwhile", async () => {
    const { status, body } = await post(server.url, `{ region(code: "530500") { nameZh } }`);
    expect(status).toBe(200);
    expect(body.data.region.nameZh).toBe("保山市");
    const base = server.url.replace(/\/graphql$/, "");
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});

describe("the concurrency gate and the rate limit", () => {
  const server = useTestServer({ concurrencyGate: { expensiveCost: 100, running: 0, waiting: 0, maxWaitMs: 1_000 }, cacheTtlMs: 0, costPerMinute: 1_000 });

  it("leaves a client's budget whole when its operations are refused for want of a place", async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      const { status, body } = await post(server.url, regionList(2, 100));
      expect(status).toBe(503);
      expect(body.errors[0].extensions.code).toBe("OVERLOADED");
    }
    // Ten refusals of cost 200 would have spent twice the budget; the cheap read finds it all there.
    const { status, body } = await post(server.url, `{ region(code: "530500") { nameZh } }`);
    expect(status).toBe(200);
    expect(body.extensions.cost).toMatchObject({ limit: 1_000, remaining: 1_000 - body.extensions.cost.requested });
  });
});

describe("the concurrency gate and a request another check refuses while it waits", () => {
  const api = useSeededApi();

  it("gives the place back when it is granted after the answer, so the gate never fills for good", async () => {
    const gate = createConcurrencyGate({ expensiveCost: 1, running: 1, waiting: 4, maxWaitMs: 5_000 });
    const server = createApolloServer({ gate });
    const holder = await gate.enter();
    // The input checks refuse the lone surrogate while the limits plugin waits for a place.
    const response = await server.executeOperation(
      { query: `query($v: String!) { regions(first: 5) { nodes { code } } region(code: $v) { code } }`, variables: { v: "x\ud800" } },
      { contextValue: createContext(api.database.handle.db) },
    );
    expect(response.body.kind === "single" && response.body.singleResult.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
    holder!();
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    expect(gate.load).toEqual({ running: 0, waiting: 0 });
    await server.stop();
  });

  it("counts the items of nodes and _entities over the whole operation: thirty aliases of one list are thirty lists", async () => {
    const { regions } = await api.query(`{ regions(first: 1) { nodes { id } } }`);
    const ids = Array(50).fill(regions.nodes[0].id);
    const twice = await api.run(`query($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } }`, { ids });
    expect(twice.errors).toBeUndefined();
    const thrice = await api.run(`query($ids: [ID!]!) { a: nodes(ids: $ids) { id } b: nodes(ids: $ids) { id } c: nodes(ids: $ids) { id } }`, { ids });
    expect(thrice.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_EXCEEDED", argument: "ids", maximum: 100 });
    expect(thrice.errors?.[0]?.message).toMatch(/150 items on nodes in this operation/);
  });

  it("counts them through fragments, inline fragments, literals and single values, before coercing any", async () => {
    const { regions } = await api.query(`{ regions(first: 1) { nodes { id code } } }`);
    const id = regions.nodes[0].id;
    const ids = Array(40).fill(id);
    // A fragment on Query spread three times, nested in an inline fragment: 3 × 40 items.
    const spread = await api.run(
      `query($ids: [ID!]!) { ...Some ... on Query { ...Some } x: nodes(ids: $ids) { id } }
       fragment Some on Query { s: nodes(ids: $ids) { id } }`,
      { ids },
    );
    expect(spread.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_EXCEEDED", argument: "ids" });
    expect(spread.errors?.[0]?.message).toMatch(/120 items on nodes/);
    const literal = `[${Array(101).fill(JSON.stringify(id)).join(",")}]`;
    expect((await api.run(`{ nodes(ids: ${literal}) { id } }`)).errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
    // A single ID where a list is expected is one item: with 99 more it is at the limit, with 100 past it.
    const oneAndMany = `query($id: [ID!]!, $many: [ID!]!) { a: nodes(ids: $id) { id } b: nodes(ids: $many) { id } }`;
    expect((await api.run(oneAndMany, { id, many: Array(99).fill(id) })).errors).toBeUndefined();
    expect((await api.run(oneAndMany, { id, many: Array(100).fill(id) })).errors?.[0]?.message).toMatch(/101 items on nodes/);
    // Representations that are not even objects are refused by their count first, not coerced one by one.
    const junk = await api.run(`query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`, { r: Array(1_001).fill(7) });
    expect(junk.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_EXCEEDED", argument: "representations", maximum: 1_000 });
    const region = await api.run(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code } } }`, {
      r: [{ __typename: "Region", code: regions.nodes[0].code }],
    });
    expect(region.data?._entities).toEqual([{ code: regions.nodes[0].code }]);
  });
});
