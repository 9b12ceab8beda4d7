import { beforeAll, describe, expect, it } from "vitest";
import { everyKindIn, retally } from "../../src/store/record-tallies.js";
import { fixtureCitation } from "../helpers/fixtures.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();

const aggregatesQuery = (codes: string[]) => `{
  regions(first: 100, filter: { level: PREFECTURE }) { nodes { code } }
  ${codes.map((code, i) => `r${i}: region(code: "${code}") { code aggregates { honoursByLevel { level status count } fundingByPurpose { purpose amount { qualifier value unit } } documentsByKind { kind count } namedRecords { craftsmanStudios skillCompetitions serviceFacilities } } }`).join("\n")}
}`;

describe("Region.aggregates over the subtree", () => {
  it("sums funding by purpose, counts documents by kind and named records, for the region and everything below it", async () => {
    const data = await api.query(aggregatesQuery(["530500", "530000", "530681"]));
    const baoshan = data.r0.aggregates;
    expect(baoshan.fundingByPurpose).toEqual(
      expect.arrayContaining([
        { purpose: "CRAFTSMAN_STUDIOS", amount: { qualifier: "EXACT", value: 140_000, unit: "CNY" } },
        { purpose: "DEMONSTRATION_POINTS", amount: { qualifier: "EXACT", value: 690_000, unit: "CNY" } },
        // Changning (530524) lies below Baoshan: its service-centre investment counts here.
        { purpose: "SERVICE_FACILITIES", amount: { qualifier: "EXACT", value: 11_000_000, unit: "CNY" } },
      ]),
    );
    expect(baoshan.documentsByKind).toEqual(
      expect.arrayContaining([
        { kind: "RULES", count: 1 },
        { kind: "WORK_POINTS", count: 1 },
        { kind: "NOTICE", count: 1 },
      ]),
    );
    expect(baoshan.namedRecords).toEqual({ craftsmanStudios: 0, skillCompetitions: 0, serviceFacilities: 4 });
    const yunnan = data.r1.aggregates;
    // Shuifu's 2020 competition was held; the one planned for 2021 is not a competition held.
    expect(yunnan.namedRecords.skillCompetitions).toBe(1);
    expect(yunnan.documentsByKind.reduce((sum: number, d: any) => sum + d.count, 0)).toBe(8);
    expect(data.r2.aggregates.namedRecords.skillCompetitions).toBe(1);
    expect(data.r2.aggregates.fundingByPurpose).toEqual([]);
  });

  it("counts named honours by level and status in the subtree", async () => {
    const data = await api.query(`{ region(code: "230000") { aggregates { honoursByLevel { level status count } } } }`);
    expect(data.region.aggregates.honoursByLevel).toEqual([{ level: "ENTERPRISE_FACTORY", status: "AWARDED", count: 1 }]);
  });

  it("rolls each prefecture's funding up into its province exactly, in the schema's order of purposes", async () => {
    const data = await api.query(`{
      province: region(code: "530000") { aggregates { fundingByPurpose { purpose amount { value } } } }
      regions(first: 100, filter: { level: PREFECTURE, within: "530000" }) { nodes { code aggregates { fundingByPurpose { purpose amount { value } } } } }
    }`);
    const byPurpose = new Map<string, number>();
    for (const prefecture of data.regions.nodes) {
      for (const { purpose, amount } of prefecture.aggregates.fundingByPurpose) byPurpose.set(purpose, (byPurpose.get(purpose) ?? 0) + amount.value);
    }
    // Yunnan's own funding is all its prefectures' and counties' (none is the province's own).
    const declared = ["CRAFTSMAN_STUDIOS", "DEMONSTRATION_POINTS", "SERVICE_FACILITIES", "COMPETITION_SUBSIDIES", "AWARDS", "INNOVATION_PROJECTS", "TRAINING"];
    const expected = [...byPurpose].sort(([a], [b]) => declared.indexOf(a) - declared.indexOf(b)).map(([purpose, value]) => ({ purpose, amount: { value } }));
    expect(expected.length).toBeGreaterThan(1);
    expect(data.province.aggregates.fundingByPurpose).toEqual(expected);
  });

  describe("with many regions", () => {
    beforeAll(async () => {
      const db = api.database.handle.db;
      const citation = await fixtureCitation(db);
      const province = await db.region.findUniqueOrThrow({ where: { code: "530000" } });
      // Codes no division of the registry has (there is no province 99).
      const codes = Array.from({ length: 60 }, (_, n) => String(990000 + n * 100));
      await db.region.createMany({
        data: codes.map((code) => ({
          code,
          nameZh: `测试市${code}`,
          nameEn: `Fixture city ${code}`,
          level: "PREFECTURE" as const,
          parentId: province.id,
          path: `${province.path}${code}/`,
        })),
      });
      const cities = await db.region.findMany({ where: { code: { in: codes } } });
      await db.fundingAllocation.createMany({
        data: cities.map((city, n) => ({
          key: `fixture/funding/${city.code}`,
          regionId: city.id,
          purpose: "TRAINING" as const,
          descriptionZh: "测试",
          descriptionEn: "fixture",
          qualifier: "EXACT" as const,
          amountCny: BigInt(1000 * (n + 1)),
          statedAs: `${n + 1}000元`,
          citationId: citation.id,
        })),
      });
      // Loaded in bulk, as the synthetic generator does, so tallied the way it does.
      await db.$transaction((tx) => retally(tx, everyKindIn(cities.map((city) => city.id))));
    });

    it("costs the same SQL statements for 2 regions as for 60", async () => {
      const query = (first: number) =>
        `{ regions(first: ${first}, filter: { level: PREFECTURE, within: "530000" }) { nodes { code aggregates { honoursByLevel { count } fundingByPurpose { purpose amount { value } } documentsByKind { count } namedRecords { serviceFacilities } } } } }`;
      const few = await api.database.countStatements(() => api.query(query(2)));
      const many = await api.database.countStatements(() => api.query(query(80)));
      expect(many.result.regions.nodes.length).toBeGreaterThan(60);
      expect(many.statements).toBe(few.statements);
      const funded = many.result.regions.nodes.filter((r: any) => r.aggregates.fundingByPurpose.some((f: any) => f.purpose === "TRAINING"));
      expect(funded).toHaveLength(60);
      console.info(
        `Region.aggregates statements [${api.database.provider}]: ${few.statements} for 2 regions, ${many.statements} for ${many.result.regions.nodes.length}`,
      );
    });
  });
});
