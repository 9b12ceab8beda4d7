import { getNamedType, isEnumType, isInputObjectType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { schema } from "../../src/graphql/schema.js";
import { pinyinSortKey } from "../../src/records/name-keys.js";
import { useSeededApi } from "../helpers/seeded-api.js";

// Every top-level list takes orderBy, and every sort key pages without overlap or gaps in both
// directions: the id tiebreak makes the order total, so cursors (which name records by id) hold.

const api = useSeededApi();
const admin = viewerOf("admin", "admin-1");

const topLevelLists = Object.values(schema.getQueryType()!.getFields()).filter((field) => {
  const type = getNamedType(field.type);
  return isObjectType(type) && type.name.endsWith("Connection");
});

/** Filters that give a sort key what it needs (values compare only within one unit). */
const filterFor: Record<string, string> = {
  "reportedFigures.VALUE": 'filter: { indicatorCodes: ["honours.persons"] }',
  // The registry holds 3,214 divisions; Yunnan's 146 page in 49 pages of 3.
  ...Object.fromEntries(["CODE", "NAME_ZH", "RECORDED"].map((key) => [`regions.${key}`, 'filter: { within: "530000" }'])),
};

it("every top-level list takes orderBy", () => {
  expect(topLevelLists.length).toBeGreaterThanOrEqual(21);
  expect(topLevelLists.filter((field) => !field.args.some((argument) => argument.name === "orderBy")).map((field) => field.name)).toEqual([]);
});

const cases = topLevelLists.flatMap((list) => {
  const input = getNamedType(list.args.find((argument) => argument.name === "orderBy")!.type);
  if (!isInputObjectType(input)) return [];
  const keys = getNamedType(input.getFields().field!.type);
  return isEnumType(keys) ? keys.getValues().map((key) => ({ list: list.name, key: key.name, nullsLast: /come last/.test(key.description ?? "") })) : [];
});

describe.each(cases)("$list ordered by $key", ({ list, key, nullsLast }) => {
  async function sequence(direction: "ASC" | "DESC", pageSize: number) {
    const ids: string[] = [];
    let after: string | null = null;
    let total = 0;
    const filter = filterFor[`${list}.${key}`];
    for (let pages = 0; pages < 200; pages++) {
      const result: any = await api.run(
        `query($after: String) { ${list}(first: ${pageSize}, after: $after, orderBy: { field: ${key}, direction: ${direction} }${filter ? `, ${filter}` : ""}) {
          totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
        admin,
      );
      expect(result.errors).toBeUndefined();
      const page = result.data[list];
      total = page.totalCount;
      ids.push(...page.nodes.map((node: { id: string }) => node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    return { ids, total };
  }

  it("pages the same records in the same order in pages of 100 and of 3, both directions", async () => {
    for (const direction of ["ASC", "DESC"] as const) {
      const whole = await sequence(direction, 100);
      const small = await sequence(direction, 3);
      expect(small.ids).toEqual(whole.ids);
      expect(whole.ids).toHaveLength(whole.total);
      expect(new Set(whole.ids).size).toBe(whole.ids.length);
    }
    // Without undated records kept last in both directions, one direction is the other reversed.
    if (!nullsLast) expect((await sequence("DESC", 100)).ids).toEqual((await sequence("ASC", 100)).ids.reverse());
  });
});

describe("what the keys sort by", () => {
  it("sorts by the key's value, undated last either way, ties by id", async () => {
    const people = await api.query(`{ persons(first: 100, orderBy: { field: NAME_ZH }) { nodes { nameZh } } }`);
    const names = people.persons.nodes.map((person: { nameZh: string }) => person.nameZh);
    // Pinyin order: 段 duan4, 李 li3, 栾 luan2, 潘 pan1, 杨 yang2.
    const byPinyin = (a: string, b: string) => (pinyinSortKey(a) < pinyinSortKey(b) ? -1 : pinyinSortKey(a) > pinyinSortKey(b) ? 1 : 0);
    expect(names).toEqual([...names].sort(byPinyin));
    for (const direction of ["ASC", "DESC"]) {
      const honours = await api.query(`{ honours(first: 100, orderBy: { field: PERIOD, direction: ${direction} }) { nodes { period } } }`);
      const periods: (string | null)[] = honours.honours.nodes.map((honour: { period: string | null }) => honour.period);
      const dated = periods.filter((period) => period !== null);
      expect(periods.slice(0, dated.length)).toEqual(dated);
      expect(dated).toEqual([...dated].sort((a, b) => (direction === "ASC" ? a!.localeCompare(b!) : b!.localeCompare(a!))));
    }
    const competitions = await api.query(`{ skillCompetitions(first: 100) { nodes { year } } }`);
    const years = competitions.skillCompetitions.nodes.map((competition: { year: number }) => competition.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
  });
});
