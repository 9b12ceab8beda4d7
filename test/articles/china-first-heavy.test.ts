import { describe, expect, it } from "vitest";
import { articleKeys, expectSource, sourceFields, useSeededApi } from "../helpers/seeded-api.js";

// Article 5: 中国一重产业工人沿着上升通道“步步高升” (China First Heavy Industries, reprinted from 《工人日报》).
const api = useSeededApi();
const article = articleKeys.chinaFirstHeavy;

describe("China First Heavy Industries (中国一重)", () => {
  it("has a seven-step skill ladder: the five national grades plus 大国工匠 and 首席技能大师", async () => {
    const data = await api.query(`{
      careerLadders(filter: { organisationNameZh: "中国一重", kind: SKILL }) {
        nodes { organisation { region { code } } steps { ordinal nameZh addedByOrganisation } ${sourceFields} }
      }
    }`);
    const [ladder] = data.careerLadders.nodes;
    expect(ladder.organisation.region.code).toBe("230200");
    expect(ladder.steps.map((s: any) => s.nameZh)).toEqual(["初级工", "中级工", "高级工", "技师", "高级技师", "大国工匠", "首席技能大师"]);
    expect(ladder.steps.map((s: any) => s.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(ladder.steps.filter((s: any) => s.addedByOrganisation).map((s: any) => s.nameZh)).toEqual(["大国工匠", "首席技能大师"]);
    expectSource(ladder.source, article, "大国工匠和首席技能大师两个级别");
  });

  it("has three management tiers, from the factory up to the company", async () => {
    const data = await api.query(`{ careerLadders(filter: { organisationNameZh: "中国一重", kind: MANAGEMENT }) { nodes { steps { nameZh } } } }`);
    expect(data.careerLadders.nodes[0].steps.map((s: any) => s.nameZh)).toEqual(["制造厂级", "事业部级", "公司级"]);
  });

  it("pays company-level 大国工匠 5000 CNY and 首席技能大师 3500 CNY a month", async () => {
    const data = await api.query(`{
      rewardRules(filter: { grantorNameZh: "中国一重", kind: MONTHLY_ALLOWANCE }) {
        nodes { honourTitle { nameZh level } amount { value unit } policyDocument { titleZh status } ${sourceFields} }
      }
    }`);
    const allowances = Object.fromEntries(data.rewardRules.nodes.map((r: any) => [r.honourTitle.nameZh, [r.honourTitle.level, r.amount.value, r.amount.unit]]));
    expect(allowances).toEqual({
      中国一重公司级大国工匠: ["ENTERPRISE_COMPANY", 5000, "CNY_PER_MONTH"],
      中国一重公司级首席技能大师: ["ENTERPRISE_COMPANY", 3500, "CNY_PER_MONTH"],
    });
    expect(data.rewardRules.nodes[0].policyDocument).toEqual({ titleZh: "大国工匠、首席技能大师评聘管理暂行办法", status: "INTERIM" });
    expectSource(data.rewardRules.nodes[0].source, article, "每月享受5000元津贴");
  });

  it("names 潘惠泉 as the factory-level skill master chosen in 2020 after another lost the title", async () => {
    const data = await api.query(`{
      persons(filter: { nameZh: "潘惠泉" }) { nodes { nameEn employer { nameZh } honours { status honourTitle { nameZh level } } } }
      reportedFigures(filter: { organisationNameZh: "中国一重", honourStatus: REVOKED }) { nodes { quantity { value statedAs } } }
    }`);
    const [pan] = data.persons.nodes;
    expect(pan).toEqual({
      nameEn: "Pan Huiquan",
      employer: { nameZh: "中国一重" },
      honours: [{ status: "AWARDED", honourTitle: { nameZh: "中国一重制造厂级技能大师", level: "ENTERPRISE_FACTORY" } }],
    });
    expect(data.reportedFigures.nodes).toEqual([{ quantity: { value: 1, statedAs: "一名" } }]);
  });

  it("weights routine work at only 30% of the yearly performance assessment", async () => {
    const data = await api.query(`{
      programme(key: "china-first-heavy/work-performance-components") { items { textZh weightPercent } ${sourceFields} }
      policyDocument(titleZh: "大国英才、大国工匠、首席技术专家、首席技能大师考核实施办法") { issued }
    }`);
    expect(data.programme.items[0]).toEqual({ textZh: "常规性重点工作", weightPercent: 30 });
    expect(data.programme.items).toHaveLength(4);
    expectSource(data.programme.source, article, "常规性重点工作只占30%");
    expect(data.policyDocument.issued).toBe("2019-08");
  });

  it("promoted 3 workers from the shop floor to deputy factory director", async () => {
    const data = await api.query(`{
      reportedFigures(filter: { organisationNameZh: "中国一重", indicatorCodes: ["promotions.workers_to_deputy_plant_director"] }) {
        nodes { quantity { value statedAs } ${sourceFields} }
      }
    }`);
    expect(data.reportedFigures.nodes[0].quantity).toEqual({ value: 3, statedAs: "3位" });
    expectSource(data.reportedFigures.nodes[0].source, article, "在中国一重有3位");
  });
});
