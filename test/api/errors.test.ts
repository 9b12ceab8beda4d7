import { describe, expect, it } from "vitest";
import { encodeNodeId } from "../../src/schema/common/global-id.js";
import { onlyError } from "../helpers/graphql.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();

/** Every client-facing error: a message, a stable code, and nothing of the server's internals. */
async function expectError(query: string, variables: Record<string, unknown> | undefined, code: string, message: RegExp) {
  const result = await api.run(query, variables);
  const error = onlyError(result);
  expect(error.extensions?.code).toBe(code);
  expect(error.message).toMatch(message);
  expect(JSON.stringify(error)).not.toMatch(/stacktrace|at .+\.(ts|js):\d+|SELECT|prisma/i);
  return { error, data: result.data };
}

describe("bad input gets a clear error with a stable extensions.code", () => {
  it("unknown ID: NOT_FOUND", async () => {
    const id = encodeNodeId("Region", 987654);
    const { data } = await expectError(`query($id: ID!) { node(id: $id) { id } }`, { id }, "NOT_FOUND", /No Region found/);
    expect(data).toEqual({ node: null });
  });

  it("malformed global ID: INVALID_ID, also for an ID naming no type", async () => {
    await expectError(`{ node(id: "not an id!") { id } }`, undefined, "INVALID_ID", /is not a Reform Graph ID/);
    await expectError(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeNodeId("Galaxy", 1) }, "INVALID_ID", /names no type/);
  });

  it("nodes reports each bad ID at its position and still returns the good ones", async () => {
    const good = (await api.query(`{ region(code: "530300") { id } }`)).region.id;
    const result = await api.run(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [good, encodeNodeId("Region", 987654)] });
    expect(result.data?.nodes).toEqual([{ id: good }, null]);
    expect(onlyError(result)).toMatchObject({ path: ["nodes", 1], extensions: { code: "NOT_FOUND" } });
  });

  it("first: 1000 is refused with PAGE_SIZE_EXCEEDED, as a literal, a variable, or on a nested connection", async () => {
    await expectError(`{ reportedFigures(first: 1000) { totalCount } }`, undefined, "PAGE_SIZE_EXCEEDED", /maximum page size of 100/);
    await expectError(`query($n: Int) { regions(first: $n) { totalCount } }`, { n: 101 }, "PAGE_SIZE_EXCEEDED", /101/);
    await expectError(
      `{ regions(first: 5) { nodes { organisations(last: 500) { totalCount } } } }`,
      undefined,
      "PAGE_SIZE_EXCEEDED",
      /last: 500 on organisations/,
    );
  });

  it("negative page sizes and forged cursors are BAD_USER_INPUT", async () => {
    await expectError(`{ regions(first: -1) { totalCount } }`, undefined, "BAD_USER_INPUT", /first/);
    await expectError(`{ regions(after: "forged") { totalCount } }`, undefined, "BAD_USER_INPUT", /cursor/i);
  });

  it("unknown region code: NOT_FOUND naming the argument, in a lookup and in a filter", async () => {
    await expectError(`{ region(code: "999999") { nameZh } }`, undefined, "NOT_FOUND", /999999/);
    const { error } = await expectError(
      `{ reportedFigures(filter: { regionCode: "999999" }) { totalCount } }`,
      undefined,
      "NOT_FOUND",
      /region with division code/,
    );
    expect(error.extensions?.argument).toBe("filter.regionCode");
  });

  it("unknown natural keys: NOT_FOUND", async () => {
    await expectError(`{ organisation(nameZh: "不存在的单位") { id } }`, undefined, "NOT_FOUND", /不存在的单位/);
    await expectError(`{ policyDocument(titleZh: "不存在的文件") { id } }`, undefined, "NOT_FOUND", /policy document/);
    await expectError(`{ indicator(code: "no.such") { id } }`, undefined, "NOT_FOUND", /indicator/);
  });

  it("invalid filter values: unknown enum value, malformed period", async () => {
    await expectError(`{ regions(filter: { level: GALAXY }) { totalCount } }`, undefined, "GRAPHQL_VALIDATION_FAILED", /GALAXY/);
    await expectError(
      `query($period: PeriodRange) { reportedFigures(filter: { period: $period }) { totalCount } }`,
      { period: { from: "2020-13" } },
      "BAD_USER_INPUT",
      /ISO 8601/,
    );
    await expectError(`{ policyDocuments(filter: { issued: { to: "last year" } }) { totalCount } }`, undefined, "GRAPHQL_VALIDATION_FAILED", /ISO 8601/);
  });

  it("queries that do not fit the schema: GRAPHQL_VALIDATION_FAILED; unparsable ones: GRAPHQL_PARSE_FAILED", async () => {
    await expectError(`{ region(code: "530500") { population } }`, undefined, "GRAPHQL_VALIDATION_FAILED", /population/);
    await expectError(`{ region(code: `, undefined, "GRAPHQL_PARSE_FAILED", /Syntax Error/);
  });
});
