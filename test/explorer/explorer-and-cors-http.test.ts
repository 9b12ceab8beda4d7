import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { settingsFromEnv } from "../../src/config.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

// The explorer's page and files and the CORS policy, as HTTP answers (test/explorer/explorer-in-browser.test.ts
// drives them in a real browser).

const partner = "https://analytics.example.gov.cn";
const server = useTestServer({ seed: false, corsOrigins: [partner] });
const withoutExplorer = useTestServer({ seed: false, explorer: false });
const root = (url: string) => url.replace(/\/graphql$/, "");
const asBrowser = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

async function explorerPage(url: string) {
  const response = await fetch(url, { headers: asBrowser });
  return { response, html: await response.text() };
}

describe("the explorer over HTTP", () => {
  it("is the page at / and at /graphql for a browser, with a policy that lets it reach only this origin", async () => {
    for (const url of [`${root(server.url)}/`, server.url]) {
      const { response, html } = await explorerPage(url);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(html).toContain("<title>Reform Graph</title>");
      expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none'.*connect-src 'self'/);
      // Every URL in the page is relative: nothing is fetched from a CDN, and a proxy's path prefix is kept.
      expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });

  it("carries the README's analyst questions as tabs, in a settings element no query text can break out of", async () => {
    const { html } = await explorerPage(`${root(server.url)}/`);
    const settings = JSON.parse(/<script id="explorer-settings" type="application\/json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(settings.endpoint).toBe("graphql");
    expect(settings.tabs.map((tab: { query: string }) => /query (\w+)/.exec(tab.query)?.[1])).toEqual([
      "BaoshanCraftsmanStudios",
      "QujingChampionReward",
      "ChinaFirstHeavyCareerLadder",
      "ShuifuYuntianhuaDocuments",
      "HonoursByLevel",
      "RoadClearanceSkillStandard",
      "CompareYunnanCities",
    ]);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
  });

  it("sends its files compressed, cached for good under their content-hashed names, and nothing else", async () => {
    const { html } = await explorerPage(`${root(server.url)}/`);
    const script = /src="(explorer\/explorer-\w+\.js)"/.exec(html)![1]!;
    const compressed = await fetch(`${root(server.url)}/${script}`, { headers: { "accept-encoding": "gzip" } });
    expect(compressed.status).toBe(200);
    expect(compressed.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(compressed.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const plain = await fetch(`${root(server.url)}/${script}`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect((await plain.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);

    for (const path of ["/explorer/manifest.json", "/explorer/../package.json", "/explorer/%2e%2e/%2e%2e/package.json", "/explorer/", "/explorer/nope.js"]) {
      const response = await fetch(`${root(server.url)}${path}`);
      expect(response.status, path).toBe(404);
    }
  });

  it("leaves GET operations and other clients' requests to the API", async () => {
    const operation = await fetch(`${server.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { ...asBrowser, "apollo-require-preflight": "true" },
    });
    expect(await operation.json()).toMatchObject({ data: { __typename: "Query" } });
    const client = await fetch(server.url, { headers: { accept: "application/json" } });
    expect(client.headers.get("content-type")).toMatch(/^application\/json/);
    // Accepting a page is not preferring one; a persisted operation by GET carries only `extensions`.
    const tolerant = await fetch(server.url, { headers: { accept: "application/json, text/html;q=0.1" } });
    expect(tolerant.headers.get("content-type")).not.toMatch(/html/);
    const persisted = await fetch(`${server.url}?extensions=${encodeURIComponent('{"persistedQuery":{"version":1,"sha256Hash":"abc"}}')}`, {
      headers: { ...asBrowser, "apollo-require-preflight": "true" },
    });
    expect(persisted.headers.get("content-type")).not.toMatch(/html/);
    expect((await fetch(server.url, { headers: asBrowser })).headers.get("vary")).toBe("accept");
  });

  it("is not served when turned off, nor by default in production", async () => {
    expect((await fetch(`${root(withoutExplorer.url)}/`, { headers: asBrowser })).status).toBe(404);
    const page = await fetch(withoutExplorer.url, { headers: asBrowser });
    expect(page.headers.get("content-type")).not.toMatch(/html/);
    expect(settingsFromEnv({ NODE_ENV: "production" }).server.explorer).toBe(false);
    expect(settingsFromEnv({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).server.explorer).toBe(true);
    expect(settingsFromEnv({}).server.explorer).toBe(true);
    expect(settingsFromEnv({ GRAPHQL_EXPLORER: "false" }).server.explorer).toBe(false);
  });
});

function preflight(url: string, origin: string, requestHeaders = "content-type, authorization, apollo-require-preflight") {
  return fetch(url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": requestHeaders } });
}

describe("CORS", () => {
  it("answers a listed origin's preflight with the methods and the headers GraphQL clients send", async () => {
    const response = await preflight(server.url, partner);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(partner);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST, OPTIONS");
    expect(response.headers.get("access-control-allow-headers")?.split(", ")).toEqual(
      expect.arrayContaining(["content-type", "authorization", "apollo-require-preflight"]),
    );
    expect(response.headers.get("vary")).toBe("origin");
  });

  it("lets a listed origin read answers, and gives any other origin no CORS headers", async () => {
    const listed = await postGraphQL(server.url, { query: "{ __typename }" }, { origin: partner });
    expect(listed.headers.get("access-control-allow-origin")).toBe(partner);
    expect(listed.headers.get("access-control-expose-headers")).toBe("retry-after");
    for (const origin of ["https://evil.example", `${partner}.evil.example`, "http://analytics.example.gov.cn", `${partner}:443`, `${partner}/`]) {
      const other = await postGraphQL(server.url, { query: "{ __typename }" }, { origin });
      expect(other.headers.get("access-control-allow-origin"), origin).toBeNull();
      const refused = await preflight(server.url, origin);
      expect(refused.status, origin).toBe(403);
      expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    }
  });

  it("keeps CSRF prevention for everyone: a simple cross-origin request without a preflight header is refused", async () => {
    const response = await fetch(`${server.url}?query=${encodeURIComponent("{ __typename }")}`, { headers: { origin: partner } });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it("reads CORS_ORIGINS as a list of exact origins and refuses anything else at start", () => {
    expect(settingsFromEnv({ CORS_ORIGINS: ` ${partner}, http://localhost:3000/ ,` }).server.corsOrigins).toEqual([partner, "http://localhost:3000"]);
    expect(settingsFromEnv({ CORS_ORIGINS: "*" }).server.corsOrigins).toEqual(["*"]);
    expect(settingsFromEnv({}).server.corsOrigins).toEqual([]);
    for (const bad of [
      `${partner}/app`,
      "analytics.example.gov.cn",
      "ftp://files.example",
      `${partner}\u200b`,
      `https://user@analytics.example.gov.cn`,
      `${partner}?x=1`,
    ]) {
      expect(() => settingsFromEnv({ CORS_ORIGINS: bad }), bad).toThrow(/CORS_ORIGINS lists .* which is not an origin/);
    }
  });
});

it("sends the compressed script as the same bytes", async () => {
  const { html } = await explorerPage(`${root(server.url)}/`);
  const script = /src="(explorer\/explorer-\w+\.js)"/.exec(html)![1]!;
  const response = await fetch(`${root(server.url)}/${script}`, { headers: { "accept-encoding": "identity" } });
  const plain = Buffer.from(await response.arrayBuffer());
  const { request } = await import("node:http");
  const gzipped = await new Promise<Buffer>((resolve, reject) => {
    request(`${root(server.url)}/${script}`, { headers: { "accept-encoding": "gzip" } }, (answer) => {
      expect(answer.headers["content-encoding"]).toBe("gzip");
      const chunks: Buffer[] = [];
      answer
        .on("data", (chunk: Buffer) => chunks.push(chunk))
        .on("end", () => resolve(Buffer.concat(chunks)))
        .on("error", reject);
    }).end();
  });
  expect(gunzipSync(gzipped).equals(plain)).toBe(true);
  expect(gzipped.length).toBeLessThan(plain.length / 3);
});
