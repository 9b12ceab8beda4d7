import { describe, expect, it } from "vitest";
import { articleKeys, expectSource, sourceFields, useSeededApi } from "../helpers/seeded-api.js";

// Article 3: 水富云天化产改搭平台 双赛激活力 (Shuifu Yuntianhua, a unit of the Yuntianhua group).
const api = useSeededApi();
const article = articleKeys.shuifu;

describe("Shuifu Yuntianhua (云南水富云天化有限公司)", () => {
  it("issued its implementation plan in 2020-09, after its parent group's plan of 2020-06", async () => {
    const data = await api.query(`{
      organisation(nameZh: "云南水富云天化有限公司") {
        region { code nameZh }
        issuedDocuments { titleZh kind issued ${sourceFields} }
        parent { nameZh issuedDocuments { titleZh kind issued ${sourceFields} } }
      }
    }`);
    const company = data.organisation;
    expect(company.region).toEqual({ code: "530681", nameZh: "水富市" });
    expect(company.issuedDocuments.map((d: any) => [d.titleZh, d.kind, d.issued])).toEqual([
      ["云南水富云天化有限公司推进新时期产业工人队伍建设改革工作实施方案", "IMPLEMENTATION_PLAN", "2020-09"],
    ]);
    expect(company.parent.nameZh).toBe("云天化集团");
    expect(company.parent.issuedDocuments.map((d: any) => [d.titleZh, d.issued])).toEqual([["云天化集团推进新时期产业工人队伍建设改革实施方案", "2020-06"]]);
    expectSource(company.parent.issuedDocuments[0].source, article, "2020年6月");
  });

  it("held its 2020 competition with 12 grassroots unions and more than 1000 employees", async () => {
    const data = await api.query(`{
      skillCompetitions(filter: { organiserNameZh: "云南水富云天化有限公司", year: 2020 }) {
        nodes { nameZh themeZh status region { code } reportedFigures { indicator { code } quantity { qualifier value statedAs } ${sourceFields} } }
      }
    }`);
    const [competition] = data.skillCompetitions.nodes;
    expect(competition.status).toBe("HELD");
    expect(competition.themeZh).toContain("创新创效求突破");
    expect(competition.region.code).toBe("530681");
    const figures = Object.fromEntries(competition.reportedFigures.map((f: any) => [f.indicator.code, f.quantity]));
    expect(figures["competition.participating_unions"]).toEqual({ qualifier: "EXACT", value: 12, statedAs: "12家" });
    expect(figures["competition.participants"]).toEqual({ qualifier: "AT_LEAST", value: 1000, statedAs: "1000余名" });
    expectSource(competition.reportedFigures[0].source, article, "12家基层工会共1000余名员工参与竞赛活动");
  });

  it("plans a 2021 competition under the 十四五 theme", async () => {
    const data = await api.query(`{ skillCompetitions(filter: { status: PLANNED }) { nodes { year themeZh organiser { shortNameZh } } } }`);
    expect(data.skillCompetitions.nodes).toHaveLength(1);
    expect(data.skillCompetitions.nodes[0].year).toBe(2021);
    expect(data.skillCompetitions.nodes[0].themeZh).toContain("奋进新征程");
    expect(data.skillCompetitions.nodes[0].organiser.shortNameZh).toBe("水富云天化");
  });

  it("works to 6 areas and 24 key tasks under its plan", async () => {
    const data = await api.query(`{
      policyDocument(titleZh: "云南水富云天化有限公司推进新时期产业工人队伍建设改革工作实施方案") {
        reportedFigures { quantity { value } ${sourceFields} }
      }
    }`);
    expect(data.policyDocument.reportedFigures.map((f: any) => f.quantity.value).sort((a: number, b: number) => a - b)).toEqual([6, 24]);
    expectSource(data.policyDocument.reportedFigures[0].source, article, "6个方面24项重点工作");
  });

  it("lists the four 以竞赛 slogans in order, credited to 栾德强 of the Yuntianhua group", async () => {
    const data = await api.query(`{
      programme(key: "shuifu-yuntianhua/competition-slogans") { items { textZh } ${sourceFields} }
      article(key: "${article}") { authors { nameZh } authorOrganisation { nameZh } }
    }`);
    expect(data.programme.items.map((i: any) => i.textZh)).toEqual(["以竞赛强化技能", "以竞赛破解难题", "以竞赛推动发展", "以竞赛促进稳定"]);
    expectSource(data.programme.source, article);
    expect(data.article).toEqual({ authors: [{ nameZh: "栾德强" }], authorOrganisation: { nameZh: "云天化集团" } });
  });
});
