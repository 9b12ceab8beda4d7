import { describe, expect, it } from "vitest";
import { encodeNodeId } from "../../src/graphql/schema/common/global-id.js";
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
    await expectError(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeNodeId("Region", 99999999999) }, "INVALID_ID", /not a Reform Graph ID/);
    // One spelling per record: a leading zero would load record 3 under an ID that is not its own.
    await expectError(`query($id: ID!) { node(id: $id) { id } }`, { id: encodeNodeId("Region", "03") }, "INVALID_ID", /not a Reform Graph ID/);
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
    await expectError(`query($n: Int = 500) { regions(first: $n) { totalCount } }`, undefined, "PAGE_SIZE_EXCEEDED", /500/);
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
      /No division has the code "999999"/,
    );
    expect(error.extensions?.argument).toBe("filter.regionCode");
  });

  it("unknown natural keys: NOT_FOUND", async () => {
    await expectError(`{ organisation(nameZh: "不存在的单位") { id } }`, undefined, "NOT_FOUND", /不存在的单位/);
    await expectError(`{ policyDocument(titleZh: "不存在的文件") { id } }`, undefined, "NOT_FOUND", /policy document/);
    await expectError(`{ indicator(code: "no.such") { id } }`, undefined, "NOT_FOUND", /indicator/);
  });

  it("invalid filter values: unknown enum value, year range backwards, a year that is not a year", async () => {
    await expectError(`{ regions(filter: { level: GALAXY }) { totalCount } }`, undefined, "GRAPHQL_VALIDATION_FAILED", /GALAXY/);
    const { error } = await expectError(
      `query($years: YearRange) { reportedFigures(filter: { period: $years }) { totalCount } }`,
      { years: { from: 2021, to: 2020 } },
      "BAD_USER_INPUT",
      /from 2021 is after to 2020/,
    );
    expect(error.extensions?.argument).toBe("filter.period");
    await expectError(`{ honours(filter: { period: { from: 20 } }) { totalCount } }`, undefined, "BAD_USER_INPUT", /four-digit year/);
    await expectError(`{ policyDocuments(filter: { issued: { to: "last year" } }) { totalCount } }`, undefined, "GRAPHQL_VALIDATION_FAILED", /Int/);
  });

  it("unknown names and codes inside filters are NOT_FOUND, not an empty list", async () => {
    for (const [query, argument] of [
      [`{ rewardRules(filter: { grantorNameZh: "曲靖市总公会" }) { totalCount } }`, "filter.grantorNameZh"],
      [`{ fundingAllocations(filter: { payerNameZh: "保山市总公会" }) { totalCount } }`, "filter.payerNameZh"],
      [`{ policyDocuments(filter: { issuerNameZh: "不存在" }) { totalCount } }`, "filter.issuerNameZh"],
      [`{ reportedFigures(filter: { indicatorCodes: ["honours.persons", "honours.peoples"] }) { totalCount } }`, "filter.indicatorCodes"],
      [`{ honours(filter: { honourTitleNameZh: "全国劳模" }) { totalCount } }`, "filter.honourTitleNameZh"],
      [`{ careerLadders(filter: { organisationNameZh: "一重" }) { totalCount } }`, "filter.organisationNameZh"],
    ] as const) {
      const result = await api.run(query);
      expect(onlyError(result).extensions).toMatchObject({ code: "NOT_FOUND", argument });
    }
  });

  it("ordering figures by value across units is refused: values in different units do not compare", async () => {
    await expectError(`{ reportedFigures(orderBy: { field: VALUE }) { nodes { key } } }`, undefined, "BAD_USER_INPUT", /different units/);
    const data = await api.query(`{
      reportedFigures(filter: { unit: PERSON, regionCode: "530500" }, orderBy: { field: VALUE, direction: DESC }, first: 3) { nodes { quantity { value } } }
    }`);
    expect(data.reportedFigures.nodes.map((f: any) => f.quantity.value)).toEqual([35646, 10000, 650]);
  });

  it("queries that do not fit the schema: GRAPHQL_VALIDATION_FAILED; unparsable ones: GRAPHQL_PARSE_FAILED", async () => {
    await expectError(`{ region(code: "530500") { population } }`, undefined, "GRAPHQL_VALIDATION_FAILED", /population/);
    await expectError(`{ region(code: `, undefined, "GRAPHQL_PARSE_FAILED", /Syntax Error/);
  });
});
