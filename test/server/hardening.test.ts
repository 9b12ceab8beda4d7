import { describe, expect, it } from "vitest";
import { settingsFromEnv } from "../../src/config.js";
import { postGraphQL, useTestServer } from "../helpers/test-server.js";

const production = settingsFromEnv({ NODE_ENV: "production" }).server;
const productionServer = useTestServer({ seed: false, introspection: production.introspection, hideSchemaDetails: production.hideSchemaDetails });
const developmentServer = useTestServer({ seed: false });
const brokenDatabaseServer = useTestServer({ seed: false });

async function post(url: string, query: string) {
  const response = await postGraphQL(url, { query });
  return { status: response.status, body: (await response.json()) as any };
}

const introspection = `{ __schema { queryType { name } } }`;
const misspelt = `{ regionz { totalCount } }`;

describe("configuration from the environment", () => {
  it("turns introspection off and hides schema details in production, unless introspection is asked for", () => {
    expect(production).toMatchObject({ introspection: false, hideSchemaDetails: true });
    expect(settingsFromEnv({ NODE_ENV: "production", GRAPHQL_INTROSPECTION: "true" }).server.introspection).toBe(true);
    expect(settingsFromEnv({}).server).toMatchObject({ introspection: true, hideSchemaDetails: false, persistedOperations: undefined });
    expect(settingsFromEnv({ GRAPHQL_INTROSPECTION: "false" }).server.introspection).toBe(false);
  });

  it("reads limits and timeouts, and stops on a value that is not a number", () => {
    const settings = settingsFromEnv({ LIMIT_DEPTH: "7", LIMIT_COST: "500", RATE_LIMIT_COST_PER_MINUTE: "0", DATABASE_STATEMENT_TIMEOUT_MS: "2500" });
    expect(settings.server.limits).toMatchObject({ maxDepth: 7, maxCost: 500 });
    expect([settings.server.costPerMinute, settings.statementTimeoutMs]).toEqual([0, 2500]);
    expect(() => settingsFromEnv({ LIMIT_TOKENS: "5k" })).toThrow(/LIMIT_TOKENS must be a whole number/);
    expect(() => settingsFromEnv({ PERSISTED_OPERATIONS: "yes" })).toThrow(/PERSISTED_OPERATIONS must be "only" or "off"/);
  });
});

describe("in production", () => {
  it("refuses introspection", async () => {
    const { status, body } = await post(productionServer.url, introspection);
    expect(status).toBe(400);
    expect(body.errors[0]).toMatchObject({
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
      message: expect.stringMatching(/introspection is not allowed/i),
    });
  });

  it("does not suggest field names in validation errors", async () => {
    const { body } = await post(productionServer.url, misspelt);
    expect(body.errors[0].message).toBe(`Cannot query field "regionz" on type "Query".`);
  });

  it("does not suggest enum values in coercion errors, of literals and of variables", async () => {
    const literal = await post(productionServer.url, `{ honours(filter: { status: AWARDE }) { totalCount } }`);
    expect(literal.body.errors[0].message).not.toMatch(/Did you mean|AWARDED/);
    const response = await postGraphQL(productionServer.url, {
      query: `query($s: HonourStatus!) { honours(filter: { status: $s }) { totalCount } }`,
      variables: { s: "AWARDE" },
    });
    const body = (await response.json()) as any;
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).not.toMatch(/Did you mean|AWARDED/);
    const development = await postGraphQL(developmentServer.url, {
      query: `query($s: HonourStatus!) { honours(filter: { status: $s }) { totalCount } }`,
      variables: { s: "AWARDE" },
    });
    expect(((await development.json()) as any).errors[0].message).toMatch(/Did you mean the enum value "AWARDED"\?/);
  });
});

describe("in development", () => {
  it("answers introspection and suggests field names", async () => {
    expect((await post(developmentServer.url, introspection)).body).toEqual({
      data: { __schema: { queryType: { name: "Query" } } },
      extensions: expect.anything(),
    });
    expect((await post(developmentServer.url, misspelt)).body.errors[0].message).toMatch(/Did you mean .*"regions"/);
  });
});

describe("a database failure", () => {
  it("reaches the client as INTERNAL_SERVER_ERROR, without SQL, stack or table names", async () => {
    const { db, target } = brokenDatabaseServer.database.handle;
    // Raw SQL does not go through the adapter's schema setting on PostgreSQL.
    await db.$executeRawUnsafe(`ALTER TABLE ${target.postgresSchema ? `"${target.postgresSchema}".` : ""}"Region" RENAME TO "RegionMoved"`);
    const { status, body } = await post(brokenDatabaseServer.url, `{ regions(first: 1) { nodes { code } } }`);
    expect(status).toBe(200);
    expect(body.errors).toEqual([{ message: "Internal server error", path: ["regions"], extensions: { code: "INTERNAL_SERVER_ERROR" } }]);
    expect(JSON.stringify(body)).not.toMatch(/Region"|SELECT|prisma|stack|\.ts:\d+/i);
  });
});
