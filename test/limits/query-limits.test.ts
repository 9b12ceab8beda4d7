import fs from "node:fs";
import path from "node:path";
import { type GraphQLError, getIntrospectionQuery, getOperationAST, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../src/db/database-url.js";
import { schema } from "../../src/graphql/schema.js";
import { assertWithinLimits, defaultQueryLimits, measureOperation } from "../../src/http/limits/query-limits.js";
import { queryMix } from "../bench/queries.js";

function measure(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  return measureOperation(schema, document, getOperationAST(document)!, variables);
}

describe("measureOperation", () => {
  it("counts depth as levels of nested fields, and aliases and directives where they are written", () => {
    expect(measure(`{ region(code: "530500") { nameZh } }`)).toEqual({ depth: 2, aliases: 0, directives: 0, cost: 1 });
    const query = `query($skip: Boolean!) { a: region(code: "1") { nameZh @skip(if: $skip) parent { b: code } } c: region(code: "2") @include(if: true) { code } }`;
    expect(measure(query, { skip: false })).toMatchObject({ depth: 3, aliases: 3, directives: 2 });
  });

  it("expands fragments as execution does: a fragment spread twice counts twice", () => {
    const query = `{ a: region(code: "1") { ...Names } b: region(code: "2") { ...Names } }
      fragment Names on Region { zh: nameZh en: nameEn @skip(if: false) parent { code } }`;
    expect(measure(query)).toMatchObject({ depth: 3, aliases: 2 + 2 * 2, directives: 2 });
  });

  it("costs a connection its page size times one plus what is under it; 20 when first/last are absent", () => {
    // regions: 5 × (1 + organisations: 20 × (1 + honours: 3 × 1)) = 5 × 81
    const query = `query($n: Int) { regions(first: 5) { nodes { organisations { nodes { honours(first: $n) { nodes { key } } } } } } }`;
    expect(measure(query, { n: 3 }).cost).toBe(5 * (1 + 20 * (1 + 3)));
    expect(measure(`{ regions(last: 7) { totalCount } }`).cost).toBe(7);
  });

  it("takes a variable's default when the request leaves it out", () => {
    expect(measure(`query($n: Int = 40) { regions(first: $n) { totalCount } }`).cost).toBe(40);
  });

  it("lets standard introspection through: ofType nesting is bounded by the schema, not counted as depth", () => {
    expect(() => assertWithinLimits(measure(getIntrospectionQuery()), defaultQueryLimits)).not.toThrow();
  });
});

describe("the default limits", () => {
  const operationsFolder = path.join(repositoryRoot, "test/client/operations");
  const operations = fs.readdirSync(operationsFolder).map((file) => ({ file, query: fs.readFileSync(path.join(operationsFolder, file), "utf8") }));

  it.each(operations)("let the front-end operation $file through", ({ query }) => {
    expect(() => assertWithinLimits(measure(query), defaultQueryLimits)).not.toThrow();
  });

  it("let every benchmark query through, including the 130-county comparison and the 20 × 20 × 20 nested list", () => {
    const counties = Array.from({ length: 130 }, (_, i) => `99${String(i).padStart(4, "0")}`);
    for (const { id, query, variables } of queryMix({ prefectureCodes: counties.slice(0, 16), countyCodes: counties }, "UmVnaW9uOjE=")) {
      expect(() => assertWithinLimits(measure(query, variables), defaultQueryLimits), id).not.toThrow();
    }
    const nestedList = queryMix({ prefectureCodes: [], countyCodes: [] }, "").find((query) => query.id === "nestedList")!;
    expect(measure(nestedList.query).cost).toBe(20 * (1 + 20 * (1 + 20)));
  });
});

function thrownBy(work: () => void): GraphQLError {
  try {
    work();
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error("expected an error");
}

describe("assertWithinLimits", () => {
  const measured = { depth: 5, aliases: 5, directives: 5, cost: 500 };
  it.each([
    ["QUERY_TOO_DEEP", { maxDepth: 4 }, /nests fields 5 levels deep; the limit is 4/],
    ["TOO_MANY_ALIASES", { maxAliases: 4 }, /uses 5 aliases; the limit is 4/],
    ["TOO_MANY_DIRECTIVES", { maxDirectives: 4 }, /uses 5 directives; the limit is 4/],
    ["QUERY_TOO_COSTLY", { maxCost: 499 }, /costs 500 .*; the limit is 499/],
  ])("%s names the limit and what was measured", (code, limit, message) => {
    const error = thrownBy(() => assertWithinLimits(measured, { ...defaultQueryLimits, ...limit }));
    expect(error.message).toMatch(message);
    expect(error.extensions).toMatchObject({ code, maximum: Object.values(limit)[0], http: { status: 400 } });
  });
});

describe("list-driven and fixed-cost root fields", () => {
  const codes = (n: number) => Array.from({ length: n }, (_, index) => String(530_000 + index));
  const metrics = (n: number) => Array.from({ length: n }, (_, index) => ({ label: `m${index}`, records: "HONOURS" }));
  const refused = (query: string, variables?: Record<string, unknown>) => {
    try {
      assertWithinLimits(measure(query, variables), defaultQueryLimits);
      return undefined;
    } catch (error) {
      return (error as GraphQLError).extensions.code;
    }
  };

  it("prices compareRegions and compareOrganisations as subjects × metrics × (1 + what is under them)", () => {
    const compare = `query($codes: [String!]!, $metrics: [ComparisonMetricInput!]!) { compareRegions(regionCodes: $codes, metrics: $metrics) { rows { region { code } } } }`;
    expect(measure(compare, { codes: codes(200), metrics: metrics(20) }).cost).toBe(200 * 20);
    const aliased = `query($codes: [String!]!, $metrics: [ComparisonMetricInput!]!) { ${Array.from({ length: 29 }, (_, i) => `a${i}: compareRegions(regionCodes: $codes, metrics: $metrics) { rows { region { code } } }`).join(" ")} }`;
    expect(refused(aliased, { codes: codes(200), metrics: metrics(20) })).toBe("QUERY_TOO_COSTLY");
    expect(refused(compare, { codes: codes(130), metrics: metrics(8) })).toBeUndefined();
  });

  it("prices _entities and nodes per item", () => {
    const representations = Array.from({ length: 10_000 }, (_, index) => ({ __typename: "Region", code: String(index) }));
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { __typename } }`;
    expect(measure(entities, { r: representations }).cost).toBe(10_000);
    expect(
      refused(
        `query($r: [_Any!]!) { a: _entities(representations: $r) { __typename } b: _entities(representations: $r) { __typename } c: _entities(representations: $r) { __typename } d: _entities(representations: $r) { __typename } e: _entities(representations: $r) { __typename } f: _entities(representations: $r) { __typename } }`,
        { r: representations },
      ),
    ).toBe("QUERY_TOO_COSTLY");
    expect(measure(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: ["a", "b", "c"] }).cost).toBe(3);
  });

  it("prices each __schema and _service occurrence, so one passes and 29 aliases do not", () => {
    expect(refused(getIntrospectionQuery())).toBeUndefined();
    expect(refused(`{ _service { sdl } }`)).toBeUndefined();
    const aliases = (field: string) => `{ ${Array.from({ length: 29 }, (_, i) => `a${i}: ${field}`).join(" ")} }`;
    expect(refused(aliases("__schema { types { name } }"))).toBe("QUERY_TOO_COSTLY");
    expect(refused(aliases("_service { sdl }"))).toBe("QUERY_TOO_COSTLY");
  });
});
