import { describe, expect, it } from "vitest";
import { fixtureCitation } from "../helpers/fixtures.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();

const entities = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Organisation { nameZh kind region { code } parent { nameZh } }
    ... on Region { code nameZh }
    ... on Person { nameZh employer { nameZh } }
  }
}`;

async function addOrganisations(count: number) {
  const db = api.database.handle.db;
  const region = await db.region.findUniqueOrThrow({ where: { code: "530500" } });
  const parent = await db.organisation.findUniqueOrThrow({ where: { nameZh: "保山市总工会" } });
  const citation = await fixtureCitation(db);
  await db.organisation.createMany({
    data: Array.from({ length: count }, (_, n) => ({
      nameZh: `测试基层工会${n}`,
      nameEn: `Fixture grassroots union ${n}`,
      kind: "TRADE_UNION" as const,
      regionId: region.id,
      parentId: parent.id,
      citationId: citation.id,
    })),
  });
}

describe("_entities", () => {
  it("resolves representations by natural key, and null for unknown ones", async () => {
    const data = await api.query(entities, {
      representations: [
        { __typename: "Region", code: "530300" },
        { __typename: "Organisation", nameZh: "宁沪高速" },
        { __typename: "Person", key: "china-first-heavy/pan-huiquan" },
        { __typename: "Region", code: "999999" },
      ],
    });
    expect(data._entities).toEqual([
      { code: "530300", nameZh: "曲靖市" },
      { nameZh: "宁沪高速", kind: "ENTERPRISE", region: { code: "320100" }, parent: { nameZh: "江苏交通控股有限公司" } },
      { nameZh: "潘惠泉", employer: { nameZh: "中国一重" } },
      null,
    ]);
  });

  it("costs the same number of SQL statements for 5 and for 500 representations", async () => {
    await addOrganisations(500);
    const representations = (count: number) => Array.from({ length: count }, (_, n) => ({ __typename: "Organisation", nameZh: `测试基层工会${n}` }));
    const five = await api.database.countStatements(() => api.query(entities, { representations: representations(5) }));
    const fiveHundred = await api.database.countStatements(() => api.query(entities, { representations: representations(500) }));
    expect(fiveHundred.result._entities).toHaveLength(500);
    expect(fiveHundred.result._entities.every((e: any) => e.parent.nameZh === "保山市总工会" && e.region.code === "530500")).toBe(true);
    expect(fiveHundred.statements).toBe(five.statements);
    console.info(`_entities statements [${api.database.provider}]: ${five.statements} for 5 representations, ${fiveHundred.statements} for 500`);
  });
});
