import { type GraphQLEnumType, getNullableType, getOperationAST, isListType, isObjectType, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { listBoundOf } from "../../src/graphql/schema/common/list-bounds.js";
import { isConnectionField } from "../../src/graphql/schema/common/page-size.js";
import { schema } from "../../src/graphql/schema.js";
import { assertWithinLimits, defaultQueryLimits, measureOperation } from "../../src/http/limits/query-limits.js";
import { useSeededApi } from "../helpers/seeded-api.js";

// Every list that is not a connection declares the most it holds, so the cost model can price
// it before anything runs, and a list holding more is an error, not an unpriced answer.

const plainLists = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((type) => !type.name.startsWith("__"))
  .flatMap((type) => Object.values(type.getFields()).map((field) => ({ type, field, where: `${type.name}.${field.name}` })))
  .filter(({ field }) => isListType(getNullableType(field.type)))
  // A connection's edges and nodes are its page, priced by the connection's first/last.
  .filter(({ type, field }) => !(type.name.endsWith("Connection") && (field.name === "edges" || field.name === "nodes")))
  // Lists that take first/last are priced by them, as connections are.
  .filter(({ field }) => !isConnectionField(field))
  // Query.nodes and _entities are priced per item of their argument.
  .filter(({ type }) => type !== schema.getQueryType());

function cost(query: string) {
  const document = parse(query);
  return measureOperation(schema, document, getOperationAST(document)!, {}).cost;
}

describe("plain lists", () => {
  it("are found in the schema (the check below has something to check)", () => {
    expect(plainLists.map(({ where }) => where)).toEqual(expect.arrayContaining(["Organisation.employees", "Person.honours", "Region.children"]));
  });

  it.each(plainLists.map(({ where, field }) => ({ where, field })))("$where declares its bound, or the argument that sets its length", ({ field }) => {
    const bound = listBoundOf(field);
    expect(bound.maxItems !== undefined || bound.lengthSetBy !== undefined).toBe(true);
    if (bound.maxItems !== undefined) expect(Number.isInteger(bound.maxItems) && bound.maxItems > 0).toBe(true);
  });

  it("cost their bound times one plus what is selected under them", () => {
    // organisation: 1 × (employees: 100 × (1 + honours: 100 × 1))
    expect(cost(`{ organisation(nameZh: "x") { employees { honours { key } } } }`)).toBe(100 * (1 + 100));
    expect(cost(`{ region(code: "530500") { children { code } } }`)).toBe(200);
    // An aggregate list holds at most one item per combination of the enums it is grouped by.
    const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().length;
    expect(cost(`{ region(code: "530500") { aggregates { honoursByLevel { count } } } }`)).toBe(values("HonourLevel") * values("HonourStatus"));
  });

  it("make the 200k-honour attack (100 organisations × every employee × every honour, aliased) too costly to run", () => {
    const query = `{ ${Array.from({ length: 10 }, (_, i) => `a${i}: organisations(first: 100) { nodes { employees { honours { source { excerpt } } } } }`).join(" ")} }`;
    expect(() => assertWithinLimits({ depth: 0, aliases: 0, directives: 0, cost: cost(query) }, defaultQueryLimits)).toThrow(/costs/);
    expect(cost(`{ organisations(first: 100) { nodes { employees { honours { key } } } } }`)).toBe(100 * (1 + 100 * (1 + 100)));
  });
});

describe("a plain list holding more than its bound", () => {
  const api = useSeededApi();

  it("is LIST_TOO_LONG naming the field and the connection to page instead; the connection pages it whole", async () => {
    const db = api.database.handle.db;
    const union = await db.organisation.findUniqueOrThrow({ where: { nameZh: "保山市总工会" } });
    const citation = await db.citation.findFirstOrThrow();
    // Test data, not the source's: 101 people placed in the union, one past the list's bound.
    await db.person.createMany({
      data: Array.from({ length: 101 }, (_, index) => ({
        key: `test/list-bound/person-${index}`,
        nameZh: `测试${index}`,
        nameEn: `Test ${index}`,
        employerId: union.id,
        citationId: citation.id,
      })),
    });
    const employeesBefore = await db.person.count({ where: { employerId: union.id } });

    const result = await api.run(`{ organisation(nameZh: "保山市总工会") { nameZh employees { key } } }`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]).toMatchObject({
      path: ["organisation", "employees"],
      extensions: { code: "LIST_TOO_LONG", field: "Organisation.employees", maxItems: 100, pagedBy: "Organisation.persons" },
    });
    expect(result.errors![0]!.message).toMatch(/more than 100 items.*page through Organisation\.persons/);
    // employees and organisation are non-null, so the error nulls the answer: nothing half-listed.
    expect(result.data).toBeNull();

    const paged = await api.query(
      `{ organisation(nameZh: "保山市总工会") { persons(first: 100) { totalCount nodes { key } pageInfo { hasNextPage endCursor } } } }`,
    );
    expect(paged.organisation.persons.totalCount).toBe(employeesBefore);
    expect(paged.organisation.persons.nodes).toHaveLength(100);
    expect(paged.organisation.persons.pageInfo.hasNextPage).toBe(true);

    await db.person.deleteMany({ where: { key: { startsWith: "test/list-bound/" } } });
    const within = await api.query(`{ organisation(nameZh: "保山市总工会") { employees { key } } }`);
    expect(within.organisation.employees.length).toBeLessThanOrEqual(100);
  });

  it("pages a comparison cell's sources by first (priced by it, capped at 100) and says how many there are", async () => {
    const query = (first: number) => `{ compareRegions(regionCodes: ["530500"], metrics: [{ label: "funding", records: FUNDING }]) {
      rows { cells { sourceCount sources(first: ${first}) { excerpt } } } totals { sourceCount sources(first: ${first}) { excerpt } } } }`;
    const all = (await api.query(query(100))).compareRegions;
    const cell = all.rows[0].cells[0];
    expect(cell.sourceCount).toBeGreaterThan(1);
    expect(cell.sources).toHaveLength(cell.sourceCount);
    const one = (await api.query(query(1))).compareRegions;
    expect(one.rows[0].cells[0]).toEqual({ sourceCount: cell.sourceCount, sources: [cell.sources[0]] });
    expect(one.totals[0].sources).toHaveLength(1);
    expect(cost(query(1))).toBeLessThan(cost(query(100)));
    const tooMany = await api.run(query(101));
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("PAGE_SIZE_EXCEEDED");
  });

  it("takes at most 100 IDs in nodes(ids:) and 1,000 representations in _entities per request: PAGE_SIZE_EXCEEDED past that", async () => {
    const { regions } = await api.query(`{ regions(first: 1) { nodes { id code } } }`);
    const [{ id, code }] = regions.nodes;
    const nodes = `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`;
    expect((await api.query(nodes, { ids: Array(100).fill(id) })).nodes).toHaveLength(100);
    const tooManyIds = await api.run(nodes, { ids: Array(101).fill(id) });
    expect(tooManyIds.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_EXCEEDED", argument: "ids", maximum: 100 });
    expect(tooManyIds.data ?? null).toBeNull();

    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { code } } }`;
    const representation = { __typename: "Region", code };
    expect((await api.query(entities, { r: Array(1_000).fill(representation) }))._entities).toHaveLength(1_000);
    const tooMany = await api.run(entities, { r: Array(1_001).fill(representation) });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: "PAGE_SIZE_EXCEEDED", argument: "representations", maximum: 1_000 });
  });

  it("the new inputs and fields hold up padded, crafted, negative and aliased 30 times, never an internal error", async () => {
    const padded = await api.query(`{ organisation(nameZh: " 保山市总工会\u3000") { persons(first: 2) { totalCount nodes { key } } } }`);
    expect(padded.organisation.persons.nodes.length).toBeLessThanOrEqual(2);
    const zeroWidth = await api.run(`{ organisation(nameZh: "保山市\u200b总工会") { persons { totalCount } } }`);
    expect(zeroWidth.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const crafted = Buffer.from("GPC:S:abc").toString("base64");
    const cursor = await api.run(`{ organisation(nameZh: "保山市总工会") { persons(after: "${crafted}") { totalCount } } }`);
    expect(cursor.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const compare = (first: number) =>
      `compareRegions(regionCodes: ["530500", "530300"], metrics: [{ label: "h", records: FUNDING }]) { rows { cells { sourceCount sources(first: ${first}) { excerpt } } } }`;
    const negative = await api.run(`{ ${compare(-1)} }`);
    expect(negative.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const aliased = (field: string) => `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
    const personsBomb = await api.run(aliased(`organisation(nameZh: "保山市总工会") { persons(first: 100) { nodes { honours { source { excerpt } } } } }`));
    expect(personsBomb.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COSTLY");
    // 30 × 2 cells × (1 + 100 sources) = 6,060: within the limit, so answered whole.
    expect(cost(aliased(compare(100)))).toBe(30 * 2 * (1 + 100));
    const sourcesAliased = await api.run(aliased(compare(100)));
    expect(sourcesAliased.errors).toBeUndefined();
    expect(Object.keys(sourcesAliased.data!)).toHaveLength(30);
  });
});
