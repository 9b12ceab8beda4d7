import { describe, expect, it } from "vitest";
import { articleKeys, expectSource, sourceFields, useSeededApi } from "../helpers/seeded-api.js";

// Article 4: 江苏交控填补道路清障员职业技能等级鉴定空白 (Jiangsu Communications Holding, reprinted from 《工人日报》).
const api = useSeededApi();
const article = articleKeys.jiangsu;

describe("Jiangsu Communications Holding (江苏交控)", () => {
  it("is a reprint from 《工人日报》 in the cases-from-elsewhere section", async () => {
    const data = await api.query(`{ article(key: "${article}") { section originalPublisher { nameZh kind } authors { nameZh } } }`);
    expect(data.article).toEqual({ section: "CASES_FROM_ELSEWHERE", originalPublisher: { nameZh: "工人日报", kind: "PUBLISHER" }, authors: [] });
  });

  it("has more than 28,000 employees in more than a hundred job posts", async () => {
    const data = await api.query(`{
      organisation(nameZh: "江苏交通控股有限公司") {
        shortNameZh region { code }
        reportedFigures { nodes { key quantity { qualifier value unit statedAs } ${sourceFields} } }
      }
    }`);
    expect(data.organisation.shortNameZh).toBe("江苏交控");
    expect(data.organisation.region.code).toBe("320100");
    const byKey = Object.fromEntries(data.organisation.reportedFigures.nodes.map((f: any) => [f.key, f]));
    expect(byKey["jiangsu-communications/employees"].quantity).toEqual({ qualifier: "AT_LEAST", value: 28_000, unit: "PERSON", statedAs: "2.8万余人" });
    expect(byKey["jiangsu-communications/job-posts"].quantity).toMatchObject({ qualifier: "AT_LEAST", value: 100 });
    expectSource(byKey["jiangsu-communications/employees"].source, article, "江苏交控现有职工2.8万余人");
  });

  it("states Ninghu Expressway traffic above 240,000 vehicles a day and over 20,000 clearances a year", async () => {
    const data = await api.query(`{
      reportedFigures(filter: { organisationNameZh: "宁沪高速", unit: VEHICLE_PER_DAY }) { nodes { quantity { qualifier value statedAs } } }
      clearances: reportedFigures(filter: { organisationNameZh: "宁沪高速", unit: INCIDENT_PER_YEAR }) { nodes { quantity { qualifier value } ${sourceFields} } }
    }`);
    expect(data.reportedFigures.nodes).toEqual([{ quantity: { qualifier: "AT_LEAST", value: 240_000, statedAs: "超24万辆次" } }]);
    expect(data.clearances.nodes[0].quantity).toEqual({ qualifier: "AT_LEAST", value: 20_000 });
    expectSource(data.clearances.nodes[0].source, article, "年清障总量超2万起");
  });

  it("drafted a clearance assessment standard, two textbooks and a question bank at Ninghu Expressway", async () => {
    const data = await api.query(`{
      policyDocuments(filter: { issuerNameZh: "宁沪高速" }) { nodes { titleZh kind status issuers { nameZh parent { shortNameZh } } } }
    }`);
    const documents = data.policyDocuments.nodes.map((d: any) => [d.titleZh, d.kind, d.status]);
    expect(documents).toEqual(
      expect.arrayContaining([
        ["清障岗位技能鉴定评价规范（讨论稿）", "STANDARD", "DRAFT"],
        ["岗位培训教材之基础知识", "TEXTBOOK", expect.any(String)],
        ["岗位培训教材之1~5级专业知识", "TEXTBOOK", expect.any(String)],
        ["技能鉴定考核题库", "QUESTION_BANK", expect.any(String)],
      ]),
    );
    expect(data.policyDocuments.nodes[0].issuers[0].parent.shortNameZh).toBe("江苏交控");
  });

  it("follows four steps from survey to career pathway", async () => {
    const data = await api.query(`{ programme(key: "jiangsu-communications/four-steps") { items { textZh } ${sourceFields} } }`);
    expect(data.programme.items.map((i: any) => i.textZh)).toEqual(["现状调研", "体系编写", "择点试行", "通道发展"]);
    expectSource(data.programme.source, article, "四步走");
  });

  it("trained 13,000 at its university, designated a provincial senior-technician training site in 2020-07", async () => {
    const data = await api.query(`{
      organisation(nameZh: "江苏交控大学（党校）") {
        parent { shortNameZh }
        reportedFigures { nodes { quantity { qualifier value statedAs } } }
        honours { nodes { status period honourTitle { level recipientKind conferrers { nameZh } } ${sourceFields} } }
      }
    }`);
    const university = data.organisation;
    expect(university.parent.shortNameZh).toBe("江苏交控");
    expect(university.reportedFigures.nodes).toContainEqual({ quantity: { qualifier: "EXACT", value: 13_000, statedAs: "1.3万人" } });
    const [designation] = university.honours.nodes;
    expect(designation).toMatchObject({ status: "AWARDED", period: "2020-07", honourTitle: { level: "PROVINCIAL", recipientKind: "UNIT" } });
    expect(designation.honourTitle.conferrers[0].nameZh).toBe("江苏省人力资源和社会保障厅");
    expectSource(designation.source, article, "2020年7月");
  });
});
