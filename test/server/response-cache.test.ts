import { describe, expect, it } from "vitest";
import { publicViewer, type Viewer, viewerOf } from "../../src/auth/viewer.js";
import { createContext } from "../../src/graphql/context.js";
import { createApolloServer } from "../../src/http/apollo-server.js";
import { createResponseCache } from "../../src/http/response-cache.js";
import { fixtureCitation } from "../helpers/fixtures.js";
import { useTestServer } from "../helpers/test-server.js";

const server = useTestServer();

const comparison = `query Compare { compareRegions(regionCodes: ["530500", "530300"], metrics: [{ indicatorCode: "demonstration_points.created" }]) { rows { region { code } cells { value { value } } } } }`;

async function post(query: string, variables?: Record<string, unknown>) {
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as { data?: any; errors?: unknown[]; extensions?: { cache?: string } };
}

describe("response cache", () => {
  it("serves an identical read from the cache, says so, and counts hits and misses in /metrics", async () => {
    const first = await post(comparison);
    const second = await post(comparison);
    expect(first.extensions?.cache).toBe("MISS");
    expect(second.extensions?.cache).toBe("HIT");
    expect(second.data).toEqual(first.data);
    expect((await post(comparison.replace('"530300"', '"530600"'))).extensions?.cache).toBe("MISS");
    const metrics = await (await fetch(new URL("/metrics", server.url))).text();
    expect(Number(/reform_graph_response_cache_total\{result="hit"\} (\d+)/.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
  });

  it("keys on variables too", async () => {
    const byCode = `query($code: String!) { region(code: $code) { nameZh } }`;
    expect((await post(byCode, { code: "530500" })).data.region.nameZh).toBe("保山市");
    const other = await post(byCode, { code: "530300" });
    expect([other.extensions?.cache, other.data.region.nameZh]).toEqual(["MISS", "曲靖市"]);
  });

  it("is emptied by any write to the database, so a new figure shows at once", async () => {
    const query = `{ reportedFigures(filter: { regionCode: "530300" }) { totalCount } }`;
    const before = await post(query);
    expect((await post(query)).extensions?.cache).toBe("HIT");
    const db = server.database.handle.db;
    const [indicator, qujing] = await Promise.all([
      db.indicator.findUniqueOrThrow({ where: { code: "demonstration_points.created" } }),
      db.region.findUniqueOrThrow({ where: { code: "530300" } }),
    ]);
    const citation = await fixtureCitation(db);
    await db.reportedFigure.create({
      data: {
        key: "fixture/qujing-points",
        indicatorId: indicator.id,
        regionId: qujing.id,
        qualifier: "EXACT",
        value: 5n,
        statedAs: "5个",
        citationId: citation.id,
      },
    });
    const after = await post(query);
    expect(after.extensions?.cache).toBe("MISS");
    expect(after.data.reportedFigures.totalCount).toBe(before.data.reportedFigures.totalCount + 1);
  });

  it("never serves one viewer scope's response to another", async () => {
    const cache = createResponseCache(server.database.handle);
    const apollo = createApolloServer({ plugins: [cache.plugin] });
    const asViewer = async (viewer: Viewer) => {
      const response = await apollo.executeOperation(
        { query: `{ regions(first: 1) { totalCount } }` },
        { contextValue: createContext(server.database.handle.db, viewer) },
      );
      return response.body.kind === "single" ? response.body.singleResult.extensions?.cache : undefined;
    };
    expect(await asViewer(viewerOf("admin", "admin-1"))).toBe("MISS");
    expect(await asViewer(viewerOf("admin", "admin-2"))).toBe("HIT");
    expect(await asViewer(viewerOf("analyst", "analyst-1"))).toBe("MISS");
    expect(await asViewer(publicViewer)).toBe("MISS");
    // An editor reads what the public reads, so it may share the public's cached answers.
    expect(await asViewer(viewerOf("editor", "editor-1", "530500"))).toBe("HIT");
    cache.stop();
  });

  it("keeps at most its budget of response text, dropping the least recently used first", async () => {
    // Each of these answers is 36 characters of JSON ({"data":{"region":{"nameZh":"保山市"}}}); the budget holds two.
    const cache = createResponseCache(server.database.handle, { maxCharacters: 80 });
    const apollo = createApolloServer({ plugins: [cache.plugin] });
    const ask = async (code: string) => {
      const response = await apollo.executeOperation(
        { query: `{ region(code: "${code}") { nameZh } }` },
        { contextValue: createContext(server.database.handle.db, publicViewer) },
      );
      if (response.body.kind !== "single") throw new Error("incremental responses are not used");
      return [response.body.singleResult.extensions?.cache, (response.body.singleResult.data as any)?.region.nameZh];
    };
    expect(await ask("530500")).toEqual(["MISS", "保山市"]);
    expect(await ask("530300")).toEqual(["MISS", "曲靖市"]);
    expect(await ask("530500")).toEqual(["HIT", "保山市"]);
    expect(await ask("530600")).toEqual(["MISS", "昭通市"]);
    // Qujing was the least recently used of the three, so it made room for Zhaotong.
    expect(await ask("530300")).toEqual(["MISS", "曲靖市"]);
    expect(await ask("530600")).toEqual(["HIT", "昭通市"]);
    cache.stop();
  });

  it("does not cache errors", async () => {
    const missing = `{ region(code: "999999") { nameZh } }`;
    await post(missing);
    expect((await post(missing)).extensions?.cache).toBeUndefined();
  });
});
