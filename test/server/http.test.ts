import { describe, expect, it } from "vitest";
import { maxOperationLabels, otherOperations } from "../../src/http/metrics.js";
import { maxRequestBytes } from "../../src/http/server.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

const server = useTestServer();

const post = (body: unknown, headers: Record<string, string> = {}) => postGraphQL(server.url, body, headers);

describe("over HTTP", () => {
  it("answers GraphQL at /graphql", async () => {
    const response = await post({ query: `query Baoshan { region(code: "530500") { nameZh nameEn } }`, operationName: "Baoshan" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toEqual({
      data: { region: { nameZh: "保山市", nameEn: "Baoshan" } },
      extensions: { cache: "MISS", cost: expect.objectContaining({ requested: 1 }) },
    });
  });

  it("reports liveness at /healthz and database readiness at /readyz", async () => {
    const health = await fetch(new URL("/healthz", server.url));
    expect([health.status, await health.json()]).toEqual([200, { status: "ok" }]);
    const ready = await fetch(new URL("/readyz", server.url));
    expect([ready.status, await ready.json()]).toEqual([200, { status: "ready" }]);
  });

  it("answers an oversized page request with 400 and PAGE_SIZE_EXCEEDED", async () => {
    const response = await post({ query: `{ reportedFigures(first: 1000) { totalCount } }` });
    expect(response.status).toBe(400);
    const body: any = await response.json();
    expect(body.errors[0].extensions).toEqual({ code: "PAGE_SIZE_EXCEEDED", argument: "first", maximum: 100 });
    expect(body.data).toBeUndefined();
  });

  it("refuses bodies over the size limit with 413", async () => {
    const response = await post({ query: `{ regions { totalCount } }`, padding: "x".repeat(maxRequestBytes) });
    expect(response.status).toBe(413);
    // The unread rest of the body would otherwise hang the kept-alive connection.
    expect(response.headers.get("connection")).toBe("close");
    const body: any = await response.json();
    expect(body.errors[0].extensions).toEqual({ code: "REQUEST_TOO_LARGE" });
  });

  it("keeps CSRF prevention on: a simple cross-site GET is refused", async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent("{ regions { totalCount } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });

  it("answers malformed JSON and unknown paths with client errors, not 500s", async () => {
    const malformed = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(malformed.status).toBe(400);
    const missing = await fetch(new URL("/nowhere", server.url));
    expect(missing.status).toBe(404);
  });
});

describe("/metrics", () => {
  it("exposes requests by operation, SQL statements and process figures in Prometheus format", async () => {
    await post({ query: `query MetricsProbe { regions(first: 1) { totalCount } }`, operationName: "MetricsProbe" });
    const response = await fetch(new URL("/metrics", server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();
    expect(text).toMatch(/reform_graph_graphql_requests_total\{operation="MetricsProbe",outcome="ok"\} 1/);
    expect(text).toMatch(/reform_graph_graphql_request_duration_seconds_count\{operation="MetricsProbe"\} 1/);
    const statements = Number(/reform_graph_sql_statements_total (\d+)/.exec(text)?.[1]);
    expect(statements).toBeGreaterThan(0);
    expect(text).toMatch(/reform_graph_process_resident_memory_bytes \d+/);
  });

  it("exposes the process's CPU time and its event loop's busy and idle time as running totals", async () => {
    const read = async () => {
      const text = await (await fetch(new URL("/metrics", server.url))).text();
      const value = (name: string) => Number(new RegExp(`^${name} ([\\d.e+-]+)$`, "m").exec(text)?.[1]);
      return {
        cpu: value("reform_graph_process_cpu_seconds_total"),
        active: value("reform_graph_event_loop_active_seconds_total"),
        idle: value("reform_graph_event_loop_idle_seconds_total"),
      };
    };
    const before = await read();
    for (let request = 0; request < 20; request++) await post({ query: "{ regions(first: 50) { nodes { code nameZh } } }" });
    // Idle time is counted when the loop has waited: let it wait once.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await read();
    for (const figure of ["cpu", "active", "idle"] as const) {
      expect(before[figure], figure).toBeGreaterThan(0);
      expect(after[figure], figure).toBeGreaterThan(before[figure]);
    }
  });

  it("gives at most a bounded number of operation names a label of their own", async () => {
    const names = Array.from({ length: maxOperationLabels + 20 }, (_, n) => `Invented${n}`);
    for (const name of names) await post({ query: `query ${name} { __typename }` });
    const text = await (await fetch(new URL("/metrics", server.url))).text();
    const labelled = new Set([...text.matchAll(/reform_graph_graphql_requests_total\{operation="([^"]+)"/g)].map((match) => match[1]));
    expect(labelled.size).toBe(maxOperationLabels + 1);
    const others = new RegExp(`reform_graph_graphql_requests_total\\{operation="${otherOperations}",outcome="ok"\\} (\\d+)`).exec(text);
    expect(Number(others?.[1])).toBeGreaterThanOrEqual(20);
  });
});
