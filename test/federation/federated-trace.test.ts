import { describe, expect, it } from "vitest";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

// A router asking for a trace (apollo-federation-include-trace: ftv1) gets extensions.ftv1 and
// nothing else there, as the federation subgraph compatibility suite's ftv1 check requires, and
// a trace of a real execution, never of a cached answer.

const server = useTestServer();
const query = `{ region(code: "530500") { nameZh } }`;
const withTrace = { "apollo-federation-include-trace": "ftv1" };

describe("federated traces (ftv1)", () => {
  it("answers a router's trace request with extensions.ftv1 alone, the same every time", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const body = (await (await postGraphQL(server.url, { query }, withTrace)).json()) as any;
      expect(body.data).toEqual({ region: { nameZh: "保山市" } });
      expect(Object.keys(body.extensions)).toEqual(["ftv1"]);
      expect(body.extensions.ftv1).toMatch(/^[A-Za-z0-9+/]+=*$/);
    }
  });

  it("keeps the cost and cache markers for every other client", async () => {
    const body = (await (await postGraphQL(server.url, { query })).json()) as any;
    expect(body.extensions).toMatchObject({ cache: expect.stringMatching(/^(HIT|MISS)$/), cost: { requested: expect.any(Number) } });
    expect(body.extensions.ftv1).toBeUndefined();
  });
});
