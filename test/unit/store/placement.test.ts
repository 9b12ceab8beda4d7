import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/db/client.js";
import type { ArticleRecords } from "../../../src/records/record-shapes.js";
import { placedNowhere, placementsOf, storedPlacementOf } from "../../../src/store/placement.js";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-database.js";

// Where records sit decides who may write them. Placement reads the seeded organisations and
// persons (seeds/articles/*.json) and the records' own declarations; the records below are made
// up for these tests and never written.

let database: TestDatabase;
let db: Database;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.seed();
  db = database.handle.db;
});
afterAll(async () => database?.close());

const baoshan = "530500";
const qujing = "530300";
const longyang = "530502";
/** Qiqihar, where 中国一重 (China First Heavy Industries) is. */
const qiqihar = "230200";

type Figure = ArticleRecords["figures"][number];
type Honour = ArticleRecords["honours"][number];
type Organisation = ArticleRecords["organisations"][number];

const figure = (key: string, subject: Pick<Figure, "region"> | Pick<Figure, "organisation">): Figure => ({
  key: `test/placement/${key}`,
  indicator: "propaganda.sessions",
  statedAs: "65场次",
  qualifier: "EXACT",
  value: 65,
  excerpt: "开展宣讲65场次",
  ...subject,
});

const honour = (key: string, honouree: Pick<Honour, "person" | "organisation" | "region">): Honour => ({
  key: `test/placement/${key}`,
  honourTitle: "保山工匠",
  status: "AWARDED",
  excerpt: "评选保山工匠15名",
  ...honouree,
});

const organisation = (nameZh: string, region?: string): Organisation => ({
  nameZh,
  nameEn: "Test organisation",
  kind: "ENTERPRISE",
  ...(region === undefined ? {} : { region }),
  excerpt: nameZh,
});

const policyDocument = (titleZh: string, issuers: string[]): ArticleRecords["policyDocuments"][number] => ({
  titleZh,
  titleEn: "Test document",
  kind: "NOTICE",
  status: "IN_FORCE",
  issuers,
  excerpt: titleZh,
});

describe("placementsOf", () => {
  it("places a figure by its region", async () => {
    expect(await placementsOf(db, { figures: [figure("by-region", { region: baoshan })] })).toEqual([[baoshan]]);
  });

  it("places a figure about a stored organisation in the organisation's region", async () => {
    expect(await placementsOf(db, { figures: [figure("by-organisation", { organisation: "保山市总工会" })] })).toEqual([[baoshan]]);
    expect(await placementsOf(db, { figures: [figure("by-enterprise", { organisation: "中国一重" })] })).toEqual([[qiqihar]]);
  });

  it("places an honour of a stored person in the region of the person's employer", async () => {
    // 李雅娟 works for 保山市总工会 (Baoshan); 潘惠泉 for 中国一重 (Qiqihar).
    expect(await placementsOf(db, { honours: [honour("li-yajuan", { person: "baoshan-ftu/li-yajuan" })] })).toEqual([[baoshan]]);
    expect(await placementsOf(db, { honours: [honour("pan-huiquan", { person: "china-first-heavy/pan-huiquan" })] })).toEqual([[qiqihar]]);
  });

  it("places an honour by each of its placing fields: its region and its honouree", async () => {
    const placed = await placementsOf(db, { honours: [honour("two-ways", { person: "baoshan-ftu/li-yajuan", region: qujing })] });
    expect(placed.map((codes) => [...codes].sort())).toEqual([[qujing, baoshan].sort()]);
  });

  it("places a policy document in the regions of all its issuers", async () => {
    const placed = await placementsOf(db, { policyDocuments: [policyDocument("测试联合通知", ["保山市总工会", "曲靖市总工会"])] });
    expect(placed).toEqual([[baoshan, qujing]]);
  });

  it("places a record through an organisation the same records declare, without it being stored", async () => {
    const placed = await placementsOf(db, {
      organisations: [organisation("测试隆阳企业", longyang)],
      figures: [figure("declared-organisation", { organisation: "测试隆阳企业" })],
    });
    // One list per record, in collection order: the organisation itself, then the figure.
    expect(placed).toEqual([[longyang], [longyang]]);
  });

  it("prefers what the records declare over what is stored", async () => {
    const placed = await placementsOf(db, {
      organisations: [organisation("保山市总工会", qujing)],
      figures: [figure("moved-organisation", { organisation: "保山市总工会" })],
    });
    expect(placed).toEqual([[qujing], [qujing]]);
  });

  it("places a record through a declared person and that person's employer", async () => {
    const placed = await placementsOf(db, {
      persons: [{ key: "test/placement/new-person", nameZh: "测试人", nameEn: "Test Person", employer: "曲靖市总工会", excerpt: "测试人" }],
      honours: [honour("declared-person", { person: "test/placement/new-person" })],
    });
    expect(placed).toEqual([[qujing], [qujing]]);
  });

  it("places an unknown organisation or person nowhere (a code no region has), and still places the others", async () => {
    const placed = await placementsOf(db, {
      honours: [honour("unknown-person", { person: "test/placement/nobody" })],
      figures: [figure("unknown-organisation", { organisation: "不存在的单位" }), figure("known-region", { region: baoshan })],
    });
    // Collection order: honours come before figures.
    expect(placed).toEqual([[placedNowhere], [placedNowhere], [baoshan]]);
  });

  it("places nowhere an organisation without a region, and nothing for no records", async () => {
    expect(await placementsOf(db, { organisations: [organisation("测试无地区单位")] })).toEqual([[]]);
    // Named as a record's subject, an organisation without a region places it nowhere.
    expect(
      await placementsOf(db, { organisations: [organisation("测试无地区单位")], figures: [figure("unplaced-subject", { organisation: "测试无地区单位" })] }),
    ).toEqual([[], [placedNowhere]]);
    expect(await placementsOf(db, {})).toEqual([]);
  });
});

describe("placementsOf, attributions", () => {
  it("adds the organisations and persons a record attributes an act to: a studio's host and lead, funding's payer, an organisation's parent", async () => {
    const studio = { nameZh: "测试工作室", nameEn: "Test studio", region: baoshan, host: "曲靖市总工会", excerpt: "x" };
    const funding = {
      key: "test/placement/funding",
      payer: "曲靖市总工会",
      region: baoshan,
      purpose: "CRAFTSMAN_STUDIOS" as const,
      descriptionZh: "测试",
      descriptionEn: "Test",
      statedAs: "1元",
      qualifier: "EXACT" as const,
      value: 1,
      excerpt: "x",
    };
    const child = { ...organisation("测试下属单位", baoshan), parent: "曲靖市总工会" };
    expect(await placementsOf(db, { craftsmanStudios: [studio], funding: [funding], organisations: [child] })).toEqual([
      [baoshan, qujing],
      [baoshan, qujing],
      [baoshan, qujing],
    ]);
  });

  it("places an imported article by its author organisation and authors, and not by the paper that first printed it", async () => {
    expect(await placementsOf(db, {}, { authorOrganisation: "保山市总工会", authors: [], originalPublisher: "工人日报" })).toEqual([[baoshan]]);
    expect(await placementsOf(db, {}, { authors: [] })).toEqual([]);
  });
});

describe("storedPlacementOf", () => {
  it("places a stored honour of a person by its region and the person's employer's region", async () => {
    const { id } = await db.honour.findUniqueOrThrow({ where: { key: "china-first-heavy/pan-huiquan/plant-level-skill-master" } });
    expect(await storedPlacementOf(db, "Honour", id)).toEqual([qiqihar, qiqihar]);
  });

  it("places a stored honour of an organisation by its region and the organisation's region", async () => {
    const { id } = await db.honour.findUniqueOrThrow({ where: { key: "jiangsu-communications/university/senior-technician-training-site" } });
    expect(await storedPlacementOf(db, "Honour", id)).toEqual(["320100", "320100"]);
  });

  it("places a stored policy document in its issuers' regions", async () => {
    const { id } = await db.policyDocument.findUniqueOrThrow({ where: { titleZh: "2020年保山市新时期产业工人队伍建设改革工作要点" } });
    expect(await storedPlacementOf(db, "PolicyDocument", id)).toEqual([baoshan]);
  });

  it("answers null for a record that does not exist", async () => {
    const { _max } = await db.honour.aggregate({ _max: { id: true } });
    expect(await storedPlacementOf(db, "Honour", (_max.id ?? 0) + 1000)).toBeNull();
  });
});
