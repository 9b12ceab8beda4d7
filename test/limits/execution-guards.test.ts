import { describe, expect, it } from "vitest";
import { defaultQueryLimits } from "../../src/http/limits/query-limits.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

// The guards that act once an operation is accepted: the result budget, which stops an answer
// growing past a number of list items, and the concurrency gate in front of expensive operations.

const regionList = (aliases: number) => `{ ${Array.from({ length: aliases }, (_, i) => `r${i}: regions(first: 100) { nodes { code } }`).join(" ")} }`;

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
    const { status, headers, body } = await post(server.url, regionList(2));
    expect(status).toBe(503);
    expect(headers.get("retry-after")).toBe("1");
    expect(body.errors[0]).toMatchObject({ extensions: { code: "OVERLOADED", requested: 200, retryAfterSeconds: 1 } });
    expect(body.data).toBeUndefined();
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
