import { describe, expect, it } from "vitest";
import { fixtureCitation } from "../helpers/fixtures.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();

// Yunnan's 16 prefectures (Baoshan, Qujing and Zhaotong, which sources report on, among them).
const nested = `{
  regions(first: 100, filter: { within: "530000", level: PREFECTURE }) {
    nodes {
      code
      organisations(first: 20) {
        totalCount
        nodes {
          nameZh
          honours(first: 20) { nodes { status honourTitle { nameZh level } source { excerpt article { titleZh } } } }
          source { excerpt article { titleZh } }
        }
      }
    }
  }
}`;

/** Adds `organisationsPerRegion` organisations with three cited honours each to every region. */
async function addFixtures(organisationsPerRegion: number) {
  const db = api.database.handle.db;
  const regions = await db.region.findMany({ where: { path: { startsWith: "/530000/" }, level: "PREFECTURE" } });
  const title = await db.honourTitle.findFirstOrThrow({ where: { recipientKind: "UNIT" } });
  const citation = await fixtureCitation(db);
  for (const region of regions) {
    for (let n = 0; n < organisationsPerRegion; n++) {
      const organisation = await db.organisation.create({
        data: {
          nameZh: `测试单位${region.code}-${n}`,
          nameEn: `Fixture ${region.code}-${n}`,
          kind: "ENTERPRISE",
          regionId: region.id,
          citationId: citation.id,
        },
      });
      await db.honour.createMany({
        data: ["RECOMMENDED", "AWARDED", "REVOKED"].map((status) => ({
          key: `fixture/${region.code}/${n}/${status}`.toLowerCase(),
          honourTitleId: title.id,
          status: status as "AWARDED",
          organisationId: organisation.id,
          citationId: citation.id,
        })),
      });
    }
  }
  return db.honour.count();
}

describe("nested selections do not cause N+1 queries", () => {
  it("regions → organisations → honours → sources costs the same number of SQL statements at two data sizes", async () => {
    const small = await api.database.countStatements(() => api.query(nested));
    const honoursBefore = await api.database.handle.db.honour.count();
    const honoursAfter = await addFixtures(6);
    const large = await api.database.countStatements(() => api.query(nested));

    const organisationsSeen = (result: any) => result.regions.nodes.reduce((sum: number, region: any) => sum + region.organisations.nodes.length, 0);
    expect(honoursAfter).toBeGreaterThan(honoursBefore * 20);
    expect(organisationsSeen(large.result)).toBeGreaterThan(organisationsSeen(small.result) * 3);
    expect(large.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(12);
    console.info(
      `nested query statements [${api.database.provider}]: ${small.statements} with ${honoursBefore} honours, ${large.statements} with ${honoursAfter} honours`,
    );
  });
});
