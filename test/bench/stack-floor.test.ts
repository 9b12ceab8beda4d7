import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request, ServerProcess } from "../helpers/server-process.js";
import { createTestDatabase, type TestDatabase, testProvider } from "../helpers/test-database.js";
import type { BenchQuery, QueryId } from "./queries.js";
import { measureStackFloor } from "./stack-floor.js";

// `npm run bench -- --stack-floor` measures Apollo Server and graphql-js alone serving the platform's
// own answers: the floor is only meaningful if it does the same work, so it must give back exactly
// the answer it was handed (abstract types, federation's _entities included), and refuse to
// measure when it cannot. The floor has no database: run once, with the SQLite half.

const body = (query: BenchQuery, requestNumber: number) => JSON.stringify({ query: query.query, variables: { ...query.variables, requestNumber } });
const queries: BenchQuery[] = [
  {
    id: "nodeLookup",
    name: "node lookup",
    query: "query($id: ID!) { node(id: $id) { ... on Region { code nameZh parent { code } } } }",
  },
  {
    id: "regionEntities",
    name: "_entities",
    query: "query($representations: [_Any!]!) { _entities(representations: $representations) { ... on Region { code nameZh parent { code } } } }",
    variables: { representations: [{ __typename: "Region", code: "530502" }] },
  },
];

describe.skipIf(testProvider !== "sqlite")("the stack floor", () => {
  let database: TestDatabase;
  const answers = new Map<QueryId, unknown>();

  beforeAll(async () => {
    database = await createTestDatabase();
    const server = await ServerProcess.start(database.url);
    try {
      const post = async (text: string) => JSON.parse((await request(`${server.baseUrl}/graphql`, text)).text) as { data: Record<string, unknown> };
      const county = await post(JSON.stringify({ query: '{ region(code: "530502") { id } }' }));
      queries[0]!.variables = { id: (county.data.region as { id: string }).id };
      for (const query of queries) answers.set(query.id, (await post(body(query, 0))).data);
    } finally {
      await server.stop();
    }
  }, 120_000);
  afterAll(async () => {
    await database?.close();
  });

  it("serves the platform's answers unchanged, through a Node interface and _entities, and measures them", async () => {
    expect(answers.get("nodeLookup")).toEqual({ node: { code: "530502", nameZh: "隆阳区", parent: { code: "530500" } } });
    expect(answers.get("regionEntities")).toEqual({ _entities: [{ code: "530502", nameZh: "隆阳区", parent: { code: "530500" } }] });
    const floor = await measureStackFloor(queries, answers, { durationSeconds: 1, connections: 2 }, body, 3);
    for (const measured of floor) {
      expect(measured.notMeasured).toBeUndefined();
      expect(measured.requestsPerSecond).toBeGreaterThan(0);
      expect(measured.cpuMsPerRequest).toBeGreaterThan(0);
    }
  }, 60_000);

  it("refuses to measure an answer it cannot give back as it was handed", async () => {
    // A field the query does not select: graphql-js leaves it out, so the floor's answer differs.
    const padded = new Map<QueryId, unknown>([["nodeLookup", { node: { code: "530502", nameZh: "隆阳区", parent: { code: "530500" }, level: "COUNTY" } }]]);
    const [measured] = await measureStackFloor([queries[0]!], padded, { durationSeconds: 1, connections: 1 }, body, 1);
    expect(measured!.notMeasured).toBe("its answer differs from the platform's");
    expect(measured!.requestsPerSecond).toBe(0);
  }, 60_000);
});
