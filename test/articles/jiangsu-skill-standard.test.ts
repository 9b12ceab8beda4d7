import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { viewerOf } from "../../src/auth/viewer.js";
import { repositoryRoot } from "../../src/db/database-url.js";
import { onlyError } from "../helpers/graphql.js";
import { articleKeys, expectSource, useSeededApi } from "../helpers/seeded-api.js";

// Article 4: 江苏交控填补道路清障员职业技能等级鉴定空白. The road clearance worker (清障员) skill-appraisal
// system as a record: occupation, levels, documents, appraisal levels and training site, each group
// with the sentence that states it.
const api = useSeededApi();
const article = articleKeys.jiangsu;
const key = "jiangsu-communications/road-clearance-skill-standard";
const cited = "excerpt article { key }";

const standardFields = `
  key nameZh nameEn
  owner { nameZh } appraisalCentre { nameZh } source { ${cited} }
  occupation { nameZh nameEn inNationalClassification source { ${cited} } }
  drafter { nameZh }
  documents { titleZh kind status source { ${cited} } }
  levels { ordinal nameZh nameEn }
  appraisalLevels { grade nameZh nameEn }
  materialsSource { ${cited} }
  trainingSite { nameZh } trainingSiteSource { ${cited} }
  trainingSiteDesignations { period status honourTitle { nameZh kind level conferrers { nameZh } } source { ${cited} } }
`;

describe("the road clearance worker skill standard (江苏交控)", () => {
  it("is a record with its occupation, levels, documents, appraisal levels and training site, each sourced", async () => {
    const { skillStandard: standard } = await api.query(`{ skillStandard(key: "${key}") { ${standardFields} } }`);
    expect(standard.nameZh).toBe("“清障员”岗位技能等级鉴定体系");
    expect(standard.owner.nameZh).toBe("江苏交通控股有限公司");
    expect(standard.appraisalCentre.nameZh).toBe("江苏交控职工技能鉴定中心");
    expectSource(standard.source, article, "主动编制“清障员”岗位技能等级鉴定体系", "填补了相关行业职业技能测评标准空白");

    expect(standard.occupation).toMatchObject({ nameZh: "道路清障员", nameEn: "Road clearance worker", inNationalClassification: false });
    expectSource(standard.occupation.source, article, "道路清障员", "现有职业分类并没有该职业");

    expect(standard.drafter.nameZh).toBe("宁沪高速");
    expect(standard.documents.map((document: any) => document.titleZh)).toEqual([
      "清障岗位技能鉴定评价规范（讨论稿）",
      "岗位培训教材之基础知识",
      "岗位培训教材之1~5级专业知识",
      "技能鉴定考核题库",
    ]);
    expect(standard.documents.map((document: any) => document.kind)).toEqual(["STANDARD", "TEXTBOOK", "TEXTBOOK", "QUESTION_BANK"]);
    for (const document of standard.documents) expectSource(document.source, article, `《${document.titleZh}》`);
    expect(standard.levels.map((level: any) => [level.ordinal, level.nameZh])).toEqual([
      [1, "1级"],
      [2, "2级"],
      [3, "3级"],
      [4, "4级"],
      [5, "5级"],
    ]);
    expect(standard.appraisalLevels).toEqual([
      { grade: "INTERMEDIATE", nameZh: "中级", nameEn: "Intermediate" },
      { grade: "SENIOR", nameZh: "高级", nameEn: "Senior" },
    ]);
    expectSource(standard.materialsSource, article, "1~5级专业知识", "中高两个等级操作鉴定评价标准和评价规则");

    expect(standard.trainingSite.nameZh).toBe("江苏交控大学（党校）");
    expectSource(standard.trainingSiteSource, article, "全省高级技师岗位技能提升培训点");
    expect(standard.trainingSiteDesignations).toHaveLength(1);
    const [designation] = standard.trainingSiteDesignations;
    expect(designation).toMatchObject({
      period: "2020-07",
      status: "AWARDED",
      honourTitle: { nameZh: "江苏省高级技师岗位技能提升培训点", kind: "DESIGNATED_TRAINING_SITE", level: "PROVINCIAL" },
    });
    expect(designation.honourTitle.conferrers.map((c: any) => c.nameZh)).toEqual(["江苏省人力资源和社会保障厅"]);
  });

  it("is found like other records: by key, by owner (short name too), from its owner, and as a node", async () => {
    const data = await api.query(`{
      byOwner: skillStandards(filter: { ownerNameZh: "江苏交控" }) { totalCount nodes { id key } }
      byOccupation: skillStandards(filter: { occupationZh: " 道路清障员 " }) { totalCount }
      otherOccupation: skillStandards(filter: { occupationZh: "收费员" }) { totalCount }
      elsewhere: skillStandards(filter: { ownerNameZh: "保山市总工会" }) { totalCount }
      organisation(nameZh: "江苏交通控股有限公司") { skillStandards { key } }
    }`);
    expect(data.byOwner).toMatchObject({ totalCount: 1, nodes: [{ key }] });
    expect(data.byOccupation.totalCount).toBe(1);
    expect(data.otherOccupation.totalCount).toBe(0);
    expect(data.elsewhere.totalCount).toBe(0);
    expect(data.organisation.skillStandards).toEqual([{ key }]);
    const node = await api.query(`query($id: ID!) { node(id: $id) { ... on SkillStandard { key occupation { nameZh } } } }`, { id: data.byOwner.nodes[0].id });
    expect(node.node).toEqual({ key, occupation: { nameZh: "道路清障员" } });
  });

  it("answers an unknown key or owner with NOT_FOUND, and prices its lists when aliased 30 times", async () => {
    const unknown = onlyError(await api.run(`{ skillStandard(key: "jiangsu-communications/toll-collector-standard") { key } }`));
    expect(unknown.extensions?.code).toBe("NOT_FOUND");
    const owner = onlyError(await api.run(`{ skillStandards(filter: { ownerNameZh: "江苏交通" }) { totalCount } }`));
    expect(owner.extensions).toMatchObject({ code: "NOT_FOUND", argument: "filter.ownerNameZh" });
    const invisible = onlyError(await api.run(`{ skillStandards(filter: { occupationZh: "道路\u200b清障员" }) { totalCount } }`));
    expect(invisible.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "filter.occupationZh" });
    const aliased = Array.from(
      { length: 30 },
      (_, index) =>
        `s${index}: skillStandard(key: "${key}") { documents { titleZh } levels { ordinal } trainingSiteDesignations { period } occupation { source { excerpt } } }`,
    );
    const result = await api.run(`{ ${aliased.join("\n")} }`);
    // Either answered in full or refused by the limits with their code: never an internal error.
    if (result.errors) expect(result.errors.map((error) => error.extensions?.code)).not.toContain("INTERNAL_SERVER_ERROR");
    else expect(Object.keys(result.data as object)).toHaveLength(30);
  });

  it("refuses an import whose lists the record could not show, or that lists a document twice", async () => {
    const admin = viewerOf("admin", "admin-1");
    // The article as its seed file declares it: an import names the article it cites whole.
    const jiangsuArticle = JSON.parse(fs.readFileSync(path.join(repositoryRoot, "seeds/articles/jiangsu-communications-holding.json"), "utf8")).article;
    const excerpt = "最终，宁沪高速完成了《清障岗位技能鉴定评价规范（讨论稿）》";
    const standard = (extra: object) => ({
      key: "jiangsu-communications/test-standard",
      nameZh: "测试鉴定体系",
      nameEn: "Test standard",
      owner: "江苏交通控股有限公司",
      excerpt,
      occupationZh: "测试工",
      occupationEn: "Test worker",
      occupationExcerpt: excerpt,
      materialsExcerpt: excerpt,
      ...extra,
    });
    const importing = (extra: object) =>
      api.run(
        `mutation($report: JSONObject!) { importReport(input: { report: $report }) { __typename ... on MutationError { code message } } }`,
        { report: { article: jiangsuArticle, skillStandards: [standard(extra)] } },
        admin,
      );
    const level = (n: number) => ({ nameZh: `${n}级`, nameEn: `Level ${n}` });
    for (const extra of [
      { levels: Array.from({ length: 21 }, (_, n) => level(n + 1)) },
      { appraisalLevels: Array.from({ length: 11 }, () => ({ grade: "SENIOR", nameZh: "高级", nameEn: "Senior" })) },
      { documents: ["技能鉴定考核题库", "技能鉴定考核题库"] },
    ]) {
      const result = await importing(extra);
      expect(result.data.importReport, JSON.stringify(extra).slice(0, 40)).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(result.data.importReport.message).toMatch(/skillStandards\.0\.(levels|appraisalLevels|documents)/);
    }
    expect((await api.query(`{ skillStandards { totalCount } }`)).skillStandards.totalCount).toBe(1);
    // Within the bounds the same import is written.
    const written = await importing({ levels: Array.from({ length: 20 }, (_, n) => level(n + 1)), documents: ["技能鉴定考核题库"] });
    expect(written.data.importReport.__typename).toBe("MutationImportReportSuccess");
    const stored = await api.query(`{ skillStandard(key: "jiangsu-communications/test-standard") { levels { ordinal } documents { titleZh } } }`);
    expect(stored.skillStandard.levels).toHaveLength(20);
    expect(stored.skillStandard.documents).toEqual([{ titleZh: "技能鉴定考核题库" }]);
  });

  it("loads a list of standards with their designations in statements that do not grow with aliases", async () => {
    const once = await api.database.countStatements(() => api.run(`{ skillStandards { nodes { trainingSiteDesignations { period } } } }`));
    const aliased = Array.from({ length: 30 }, (_, index) => `d${index}: trainingSiteDesignations { period }`).join(" ");
    const thirty = await api.database.countStatements(() => api.run(`{ skillStandards { nodes { ${aliased} } } }`));
    expect(thirty.result.errors).toBeUndefined();
    expect(thirty.statements).toBeLessThanOrEqual(once.statements + 2);
  });
});
