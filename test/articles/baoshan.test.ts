import { describe, expect, it } from "vitest";
import { articleKeys, expectSource, sourceFields, useSeededApi } from "../helpers/seeded-api.js";

// Article 1: 保山市总工会聚焦“五力”推动新时期产业工人队伍建设改革走深走实 (Baoshan federation of trade unions).
const api = useSeededApi();
const article = articleKeys.baoshan;

describe("Baoshan (保山市, 530500)", () => {
  it("opened 7 craftsman studios (a reported figure, no named studios) funded with 140,000 CNY", async () => {
    const data = await api.query(`{
      reportedFigures(filter: { regionCode: "530500", indicatorCodes: ["craftsman_studios.established"] }) {
        totalCount nodes { quantity { qualifier value unit statedAs } ${sourceFields} }
      }
      fundingAllocations(filter: { regionCode: "530500", purposes: [CRAFTSMAN_STUDIOS] }) {
        nodes { payer { nameZh } amount { qualifier value unit statedAs } ${sourceFields} }
      }
      craftsmanStudios(filter: { regionCode: "530500" }) { totalCount }
    }`);
    expect(data.reportedFigures.totalCount).toBe(1);
    const [studios] = data.reportedFigures.nodes;
    expect(studios.quantity).toEqual({ qualifier: "EXACT", value: 7, unit: "COUNT", statedAs: "7个" });
    expectSource(studios.source, article, "成立保山工匠创新工作室7个");
    const [funding] = data.fundingAllocations.nodes;
    expect(funding.amount).toEqual({ qualifier: "EXACT", value: 140_000, unit: "CNY", statedAs: "14万元" });
    expect(funding.payer.nameZh).toBe("保山市总工会");
    expectSource(funding.source, article, "安排创新工作室工作经费14万元");
    expect(data.craftsmanStudios.totalCount).toBe(0);
  });

  it("created 13 demonstration points with 690,000 CNY of union money", async () => {
    const data = await api.query(`{
      region(code: "530500") {
        reportedFigures(indicatorCodes: ["demonstration_points.created"]) { nodes { quantity { value qualifier } ${sourceFields} } }
        fundingAllocations { nodes { purpose amount { value } } }
      }
    }`);
    const [points] = data.region.reportedFigures.nodes;
    expect(points.quantity).toEqual({ value: 13, qualifier: "EXACT" });
    expectSource(points.source, article, "示范点13个");
    expect(data.region.fundingAllocations.nodes).toContainEqual({ purpose: "DEMONSTRATION_POINTS", amount: { value: 690_000 } });
  });

  it("counts honours by title and status: 2 national model workers recommended, 29 city model workers awarded", async () => {
    const data = await api.query(`{
      reportedFigures(filter: { regionCode: "530500", indicatorCodes: ["honours.persons", "honours.units"] }) {
        nodes { honourTitle { nameZh level } honourStatus quantity { value unit } }
      }
    }`);
    const byTitle = Object.fromEntries(
      data.reportedFigures.nodes.map((f: any) => [f.honourTitle.nameZh, [f.honourTitle.level, f.honourStatus, f.quantity.value, f.quantity.unit]]),
    );
    expect(byTitle).toEqual({
      全国劳动模范: ["NATIONAL", "RECOMMENDED", 2, "PERSON"],
      云南省劳动模范: ["PROVINCIAL", "RECOMMENDED", 9, "PERSON"],
      云南省五一劳动奖章: ["PROVINCIAL", "AWARDED", 6, "PERSON"],
      云南省五一劳动奖状: ["PROVINCIAL", "AWARDED", 2, "COUNT"],
      保山市劳动模范: ["CITY", "AWARDED", 29, "PERSON"],
      保山工匠: ["CITY", "AWARDED", 15, "PERSON"],
    });
  });

  it("keeps qualifiers: more than 10,000 competition participants and over a million outdoor-worker services", async () => {
    const data = await api.query(`{
      reportedFigures(filter: { regionCode: "530500", qualifier: AT_LEAST }) { nodes { key quantity { value statedAs } ${sourceFields} } }
    }`);
    const byKey = Object.fromEntries(data.reportedFigures.nodes.map((f: any) => [f.key, f]));
    expect(byKey["baoshan/competition-participants"].quantity).toEqual({ value: 10_000, statedAs: "1万余人" });
    expect(byKey["baoshan/outdoor-worker-services"].quantity).toEqual({ value: 1_000_000, statedAs: "100余万人次" });
    expectSource(byKey["baoshan/competition-participants"].source, article, "1万余人参加竞赛");
  });

  it("records 397 wage contracts covering 1318 enterprises and 35646 workers", async () => {
    const data = await api.query(`{
      reportedFigures(filter: { regionCode: "530500", indicatorCodes: ["wage_collective_contracts.signed", "wage_collective_contracts.enterprises_covered", "wage_collective_contracts.workers_covered"] }) {
        nodes { indicator { code unit } quantity { value } ${sourceFields} }
      }
    }`);
    const values = Object.fromEntries(data.reportedFigures.nodes.map((f: any) => [f.indicator.code, f.quantity.value]));
    expect(values).toEqual({
      "wage_collective_contracts.signed": 397,
      "wage_collective_contracts.enterprises_covered": 1318,
      "wage_collective_contracts.workers_covered": 35646,
    });
    for (const figure of data.reportedFigures.nodes) expectSource(figure.source, article, "覆盖职工35646人");
  });

  it("ranks Baoshan 4th in the province and its counties Tengchong 6th, Longyang 18th, Changning 19th", async () => {
    const data = await api.query(`{
      rankings(filter: { regionCode: "530500" }) { nodes { region { code } scope { code } rank { qualifier value statedAs } outOf ${sourceFields} } }
    }`);
    const ranks = Object.fromEntries(data.rankings.nodes.map((r: any) => [`${r.region.code}:${r.rank.statedAs}`, [r.rank.qualifier, r.rank.value]]));
    expect(ranks).toMatchObject({
      "530500:第四": ["EXACT", 4],
      "530581:第六": ["EXACT", 6],
      "530502:第十八": ["EXACT", 18],
      "530524:第十九": ["EXACT", 19],
      "530521:前32名": ["AT_MOST", 32],
      "530523:前32名": ["AT_MOST", 32],
      "530500:之首": ["EXACT", 1],
    });
    expect(data.rankings.nodes.every((r: any) => r.scope.code === "530000")).toBe(true);
    expect(data.rankings.nodes.find((r: any) => r.rank.statedAs === "之首").outOf).toBe(16);
  });

  it("issued three documents and set out the five forces in order", async () => {
    const data = await api.query(`{
      policyDocuments(filter: { issuerNameZh: "保山市总工会" }) { totalCount nodes { titleZh kind issued } }
      programme(key: "baoshan/five-forces") { items { ordinal textZh } ${sourceFields} }
    }`);
    expect(data.policyDocuments.totalCount).toBe(3);
    expect(data.policyDocuments.nodes).toContainEqual({ titleZh: "2020年保山市新时期产业工人队伍建设改革工作要点", kind: "WORK_POINTS", issued: null });
    expect(data.programme.items.map((i: any) => i.textZh)).toEqual([
      "思想政治引领加力",
      "建功立业平台给力",
      "保障合法权益有力",
      "探索试点路径发力",
      "提升职工服务聚力",
    ]);
    expectSource(data.programme.source, article, "一是思想政治引领加力");
  });

  it("invested 11,000,000 CNY in 2020 in the new Changning workers' service centre", async () => {
    const data = await api.query(`{
      serviceFacilities(filter: { regionCode: "530524" }) {
        nodes { nameZh status fundingAllocations { period amount { value statedAs } ${sourceFields} } }
      }
    }`);
    const [centre] = data.serviceFacilities.nodes;
    expect(centre.nameZh).toBe("昌宁县职工服务中心");
    expect(centre.fundingAllocations[0].amount).toEqual({ value: 11_000_000, statedAs: "1100万元" });
    expect(centre.fundingAllocations[0].period).toBe("2020");
    expectSource(centre.fundingAllocations[0].source, article, "2020年投资1100万元新建昌宁县职工服务中心项目");
  });
});
