import { describe, expect, it } from "vitest";
import { pinyinSortKey } from "../../src/records/name-keys.js";
import { useSeededApi } from "../helpers/seeded-api.js";

const api = useSeededApi();

describe("Relay connections", () => {
  it("pages with cursors: consecutive pages neither overlap nor skip, and totalCount is the whole", async () => {
    const page = `query Page($after: String) {
      reportedFigures(first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } }
    }`;
    const keys: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 20; pages++) {
      const data: any = await api.query(page, { after });
      total = data.reportedFigures.totalCount;
      keys.push(...data.reportedFigures.edges.map((edge: any) => edge.node.key));
      if (!data.reportedFigures.pageInfo.hasNextPage) break;
      after = data.reportedFigures.pageInfo.endCursor;
    }
    const all = await api.database.handle.db.reportedFigure.findMany({ orderBy: { id: "asc" }, select: { key: true } });
    expect(total).toBe(all.length);
    expect(keys).toEqual(all.map((figure) => figure.key));
  });

  it("defaults to 20 per page and accepts up to 100", async () => {
    const data = await api.query(`{ programmes { nodes { key } } all: programmes(first: 100) { totalCount nodes { key } } }`);
    expect(data.all.totalCount).toBeGreaterThan(20);
    expect(data.programmes.nodes).toHaveLength(20);
    expect(data.all.nodes).toHaveLength(data.all.totalCount);
  });

  it("pages backwards with last/before", async () => {
    const data = await api.query(`{ regions(last: 3, filter: { parentCode: "530500" }) { nodes { code } pageInfo { hasPreviousPage startCursor } } }`);
    // The default order is by division code, so the last three are the highest codes of Baoshan's five counties.
    expect(data.regions.nodes.map((r: any) => r.code)).toEqual(["530523", "530524", "530581"]);
    expect(data.regions.nodes).toHaveLength(3);
    expect(data.regions.pageInfo.hasPreviousPage).toBe(true);
    const before = await api.query(`query($before: String) { regions(last: 2, before: $before, filter: { parentCode: "530500" }) { nodes { code } } }`, {
      before: data.regions.pageInfo.startCursor,
    });
    expect(before.regions.nodes.map((r: any) => r.code)).toEqual(["530502", "530521"]);
  });
});

describe("cursors under a sort order", () => {
  it("pages regions by Chinese name descending without overlap or gaps", async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const data: any = await api.query(
        `query($after: String) { regions(first: 4, after: $after, filter: { within: "530000" }, orderBy: { field: NAME_ZH, direction: DESC }) { pageInfo { hasNextPage endCursor } nodes { nameZh } } }`,
        { after },
      );
      names.push(...data.regions.nodes.map((r: any) => r.nameZh));
      if (!data.regions.pageInfo.hasNextPage) break;
      after = data.regions.pageInfo.endCursor;
    }
    const all = await api.database.handle.db.region.findMany({ where: { path: { startsWith: "/530000/" } }, select: { id: true, nameZh: true } });
    // Pinyin order (records/name-keys.ts), then the name, then the id, all descending.
    const descending = (a: string | number, b: string | number) => (a < b ? 1 : a > b ? -1 : 0);
    const expected = all
      .sort((a, b) => descending(pinyinSortKey(a.nameZh), pinyinSortKey(b.nameZh)) || descending(a.nameZh, b.nameZh) || descending(a.id, b.id))
      .map((r) => r.nameZh);
    expect(expected.length).toBeGreaterThan(100);
    expect(names).toEqual(expected);
  });

  it("pages a nested connection", async () => {
    const first = await api.query(`{ organisation(nameZh: "江苏交通控股有限公司") { children { nameZh } } }`);
    const region = await api.query(`{ region(code: "320100") { organisations(first: 3) { totalCount pageInfo { endCursor hasNextPage } nodes { nameZh } } } }`);
    const rest = await api.query(`query($after: String) { region(code: "320100") { organisations(first: 100, after: $after) { nodes { nameZh } } } }`, {
      after: region.region.organisations.pageInfo.endCursor,
    });
    const all = [...region.region.organisations.nodes, ...rest.region.organisations.nodes].map((o: any) => o.nameZh);
    expect(region.region.organisations.pageInfo.hasNextPage).toBe(true);
    expect(all).toHaveLength(region.region.organisations.totalCount);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining(first.organisation.children.map((c: any) => c.nameZh)));
  });
});

describe("filters", () => {
  it("region filter includes descendants: Baoshan's subtree holds its five counties' rankings", async () => {
    const data = await api.query(`{
      baoshan: rankings(filter: { regionCode: "530500" }) { totalCount }
      tengchong: rankings(filter: { regionCode: "530581" }) { totalCount }
      yunnanFigures: reportedFigures(filter: { regionCode: "530000" }) { totalCount }
      baoshanFigures: reportedFigures(filter: { regionCode: "530500" }) { totalCount }
      counties: regions(filter: { within: "530500", level: COUNTY }) { totalCount nodes { code parent { code } } }
    }`);
    expect(data.baoshan.totalCount).toBe(7);
    expect(data.tengchong.totalCount).toBe(1);
    expect(data.yunnanFigures.totalCount).toBeGreaterThan(data.baoshanFigures.totalCount);
    expect(data.counties.totalCount).toBe(5);
    expect(new Set(data.counties.nodes.map((c: any) => c.parent.code))).toEqual(new Set(["530500"]));
  });

  it("filters by year: documents dated to a month of 2020 are in 2020", async () => {
    const data = await api.query(`{
      in2020: policyDocuments(filter: { issued: { from: 2020, to: 2020 } }) { nodes { issued } }
      before2020: policyDocuments(filter: { issued: { to: 2019 } }) { nodes { titleZh issued } }
    }`);
    expect(data.in2020.nodes.map((d: any) => d.issued).sort()).toEqual(["2020-06", "2020-09"]);
    expect(data.before2020.nodes).toEqual([{ titleZh: "大国英才、大国工匠、首席技术专家、首席技能大师考核实施办法", issued: "2019-08" }]);
  });

  it("filters by level, kind, status and issuer", async () => {
    const data = await api.query(`{
      national: honourTitles(filter: { level: NATIONAL }) { nodes { nameZh } }
      units: honourTitles(filter: { recipientKind: UNIT }) { totalCount }
      drafts: policyDocuments(filter: { status: DRAFT }) { nodes { titleZh } }
      recommended: reportedFigures(filter: { honourStatus: RECOMMENDED }) { nodes { quantity { value } } }
      provincialHonourCounts: reportedFigures(filter: { honourLevel: PROVINCIAL }) { totalCount }
      yunnanIssuers: policyDocuments(filter: { issuerRegionCode: "530000" }) { totalCount }
      unions: organisations(filter: { kind: TRADE_UNION, regionCode: "530000" }) { nodes { nameZh } }
    }`);
    expect(data.national.nodes).toEqual([{ nameZh: "全国劳动模范" }]);
    expect(data.units.totalCount).toBe(2);
    expect(data.drafts.nodes).toEqual([{ titleZh: "清障岗位技能鉴定评价规范（讨论稿）" }]);
    expect(data.recommended.nodes.map((f: any) => f.quantity.value).sort()).toEqual([2, 9]);
    expect(data.provincialHonourCounts.totalCount).toBe(3);
    expect(data.yunnanIssuers.totalCount).toBe(8);
    expect(data.unions.nodes.map((o: any) => o.nameZh).sort()).toEqual(["保山市总工会", "曲靖市总工会"].sort());
  });

  it("orders funding by amount and regions by code", async () => {
    const data = await api.query(`{
      fundingAllocations(orderBy: { field: AMOUNT, direction: DESC }) { nodes { amount { value } } }
      regions(filter: { level: PREFECTURE, within: "530000" }, first: 4, orderBy: { field: CODE, direction: DESC }) { nodes { code } }
    }`);
    expect(data.fundingAllocations.nodes.map((f: any) => f.amount.value)).toEqual([11_000_000, 690_000, 140_000]);
    expect(data.regions.nodes.map((r: any) => r.code)).toEqual(["533400", "533300", "533100", "532900"]);
  });
});

describe("lookups", () => {
  it("node and nodes resolve global IDs of any type back to their records", async () => {
    const data = await api.query(`{
      region(code: "530500") { id }
      organisation(nameZh: "中国一重") { id }
      policyDocument(titleZh: "技能鉴定考核题库") { id }
    }`);
    const ids = [data.region.id, data.organisation.id, data.policyDocument.id];
    const found = await api.query(
      `query($id: ID!, $ids: [ID!]!) {
        node(id: $id) { id ... on Region { nameZh } }
        nodes(ids: $ids) { __typename ... on Organisation { nameZh } ... on PolicyDocument { titleZh } ... on Region { code } }
      }`,
      { id: ids[0], ids },
    );
    expect(found.node).toEqual({ id: ids[0], nameZh: "保山市" });
    expect(found.nodes).toEqual([
      { __typename: "Region", code: "530500" },
      { __typename: "Organisation", nameZh: "中国一重" },
      { __typename: "PolicyDocument", titleZh: "技能鉴定考核题库" },
    ]);
  });

  it("answers nodes(ids:) with a null and an error at each bad position, and the records at the others", async () => {
    const regions = await api.query(`{ regions(first: 2) { nodes { id code } } }`);
    const [baoshan, other] = regions.regions.nodes;
    const missing = Buffer.from("Region:2147483000").toString("base64url");
    const notANodeType = Buffer.from("Query:1").toString("base64url");
    const ids = ["not-an-id", baoshan.id, missing, `${baoshan.id}\u200b`, notANodeType, other.id, " ", baoshan.id];
    const result = await api.run(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Region { code } } }`, { ids });
    expect(result.data?.nodes).toEqual([null, baoshan, null, null, null, other, null, baoshan]);
    const errors = (result.errors ?? []).map((error) => ({ path: error.path, code: error.extensions?.code }));
    expect(errors).toEqual([
      { path: ["nodes", 0], code: "INVALID_ID" },
      { path: ["nodes", 2], code: "NOT_FOUND" },
      { path: ["nodes", 3], code: "INVALID_ID" },
      { path: ["nodes", 4], code: "INVALID_ID" },
      { path: ["nodes", 6], code: "INVALID_ID" },
    ]);
  });

  it("looks records up by natural key: region code, organisation name, document title, indicator code", async () => {
    const data = await api.query(`{
      region(code: "530681") { nameZh nameEn level parent { code } }
      organisation(nameZh: "宁沪高速") { kind parent { nameZh } }
      policyDocument(titleZh: "关于创建保山市新时期产业工人队伍建设改革工作示范点的通知") { kind issuers { nameZh } }
      indicator(code: "demonstration_points.created") { unit additive reportedFigures { totalCount } }
      honourTitle(nameZh: "保山工匠") { level kind }
    }`);
    expect(data.region).toEqual({ nameZh: "水富市", nameEn: "Shuifu", level: "COUNTY", parent: { code: "530600" } });
    expect(data.organisation).toEqual({ kind: "ENTERPRISE", parent: { nameZh: "江苏交通控股有限公司" } });
    expect(data.policyDocument).toEqual({ kind: "NOTICE", issuers: [{ nameZh: "保山市总工会" }] });
    expect(data.indicator).toEqual({ unit: "COUNT", additive: true, reportedFigures: { totalCount: 1 } });
    expect(data.honourTitle).toEqual({ level: "CITY", kind: "CRAFTSMAN" });
  });
});
