import { beforeAll, describe, expect, it } from "vitest";
import { fixtureCitation } from "../helpers/fixtures.js";
import { useSeededApi } from "../helpers/seeded-api.js";

// The source names no studio, demonstration point or innovation project (it only counts them),
// so these lists are exercised with fixtures made here, marked as such in their names.
const api = useSeededApi();

beforeAll(async () => {
  const db = api.database.handle.db;
  const citation = await fixtureCitation(db);
  const region = async (code: string) => (await db.region.findUniqueOrThrow({ where: { code } })).id;
  const host = await db.organisation.findUniqueOrThrow({ where: { nameZh: "保山市总工会" } });
  await db.craftsmanStudio.createMany({
    data: [
      {
        nameZh: "测试工作室（腾冲）",
        nameEn: "Fixture studio (Tengchong)",
        regionId: await region("530581"),
        hostId: host.id,
        established: "2020",
        citationId: citation.id,
      },
      { nameZh: "测试工作室（曲靖）", nameEn: "Fixture studio (Qujing)", regionId: await region("530300"), citationId: citation.id },
    ],
  });
  await db.demonstrationPoint.create({
    data: {
      nameZh: "测试示范点（隆阳）",
      nameEn: "Fixture point (Longyang)",
      regionId: await region("530502"),
      designated: "2020-05",
      citationId: citation.id,
    },
  });
  await db.innovationProject.createMany({
    data: [
      { nameZh: "测试项目甲", nameEn: "Fixture project A", status: "FUNDED", regionId: await region("530300"), citationId: citation.id },
      { nameZh: "测试项目乙", nameEn: "Fixture project B", status: "PROPOSED", regionId: await region("530300"), citationId: citation.id },
    ],
  });
});

describe("named studios, demonstration points and innovation projects", () => {
  it("lists them by region subtree, with host, period and provenance", async () => {
    const data = await api.query(`{
      baoshanStudios: craftsmanStudios(filter: { regionCode: "530500" }) { totalCount nodes { nameZh region { code } host { nameZh } established source { excerpt } } }
      allStudios: craftsmanStudios { totalCount }
      points: demonstrationPoints(filter: { regionCode: "530500" }) { nodes { nameZh designated region { parent { code } } } }
      funded: innovationProjects(filter: { regionCode: "530300", status: FUNDED }) { nodes { nameZh } }
      region(code: "530581") { craftsmanStudios { totalCount } }
    }`);
    expect(data.baoshanStudios).toEqual({
      totalCount: 1,
      nodes: [
        {
          nameZh: "测试工作室（腾冲）",
          region: { code: "530581" },
          host: { nameZh: "保山市总工会" },
          established: "2020",
          source: { excerpt: "testfixture,notfromasource" },
        },
      ],
    });
    expect(data.allStudios.totalCount).toBe(2);
    expect(data.points.nodes).toEqual([{ nameZh: "测试示范点（隆阳）", designated: "2020-05", region: { parent: { code: "530500" } } }]);
    expect(data.funded.nodes).toEqual([{ nameZh: "测试项目甲" }]);
    expect(data.region.craftsmanStudios.totalCount).toBe(1);
  });

  it("resolves them as federation entities by name", async () => {
    const data = await api.query(
      `query($representations: [_Any!]!) { _entities(representations: $representations) { ... on CraftsmanStudio { region { nameZh } } ... on InnovationProject { status } } }`,
      {
        representations: [
          { __typename: "CraftsmanStudio", nameZh: "测试工作室（腾冲）" },
          { __typename: "InnovationProject", nameZh: "测试项目乙" },
        ],
      },
    );
    expect(data._entities).toEqual([{ region: { nameZh: "腾冲市" } }, { status: "PROPOSED" }]);
  });
});
