import { describe, expect, it } from "vitest";
import { repositoryRoot } from "../../../src/db/database-url.js";
import { documentCandidates } from "../../../src/draft/document-candidates.js";
import { readDraftRules } from "../../../src/draft/draft-rules.js";
import { splitNewsletter } from "../../../src/draft/newsletter-split.js";

// Documents named in 《》 on constructed articles: one rule each.

const rules = readDraftRules(repositoryRoot);
const known = [
  { nameZh: "某市总工会", shortNameZh: "市总工会" },
  { nameZh: "某市人力资源和社会保障局", shortNameZh: "市人社局" },
  { nameZh: "某某集团有限公司", shortNameZh: "某某集团" },
];
const documents = (body: string, byline = "（某市总工会  张三）") => {
  const text = `某市总工会开展活动  ${body}\n${byline}`;
  const [article] = splitNewsletter(text, {}).articles;
  return documentCandidates(text, article!, rules, known).map(({ titleZh, kind, status, issued, issuers }) => ({ titleZh, kind, status, issued, issuers }));
};

describe("document candidates", () => {
  it("names every organisation of the issuing clause, by full name, and the kind and status from the title", () => {
    expect(documents("2021年3月，市总工会与市人社局联合印发《某市职工技能竞赛管理办法（试行）》。")).toEqual([
      {
        titleZh: "某市职工技能竞赛管理办法（试行）",
        kind: "MEASURES",
        status: "TRIAL",
        issued: "2021-03",
        issuers: ["某市总工会", "某市人力资源和社会保障局"],
      },
    ]);
  });

  it("gives a run of titles the one issuing clause, and a month the year named before it", () => {
    const found = documents("2020年6月，某某集团下发了《实施方案》。同年9月，某某集团制定了《工作要点》、《岗位培训教材》和《技能鉴定考核题库》。");
    expect(found.map(({ titleZh, kind, issued, issuers }) => [titleZh, kind, issued, issuers])).toEqual([
      ["实施方案", "IMPLEMENTATION_PLAN", "2020-06", ["某某集团有限公司"]],
      ["工作要点", "WORK_POINTS", "2020-09", ["某某集团有限公司"]],
      ["岗位培训教材", "TEXTBOOK", "2020-09", ["某某集团有限公司"]],
      ["技能鉴定考核题库", "QUESTION_BANK", "2020-09", ["某某集团有限公司"]],
    ]);
  });

  it("falls back to the article's author organisation when no issuer is named, and says so", () => {
    const text = "某市总工会开展活动  牵头制定出台了《工作规则》。\n（某市总工会  张三）";
    const [article] = splitNewsletter(text, {}).articles;
    const [document] = documentCandidates(text, article!, rules, known);
    expect(document).toMatchObject({ issuers: ["某市总工会"], kind: "RULES", status: "IN_FORCE" });
    expect(document!.basis).toContain("no issuer named: the article's author organisation, 某市总工会");
    expect(document!.confidence).toBeLessThan(0.9);
  });

  it("proposes no kind for a title with no word of one, and doubts it", () => {
    const text = "某市总工会开展活动  据《工人日报》报道，活动很成功。\n（某市总工会  张三）";
    const [article] = splitNewsletter(text, {}).articles;
    const [document] = documentCandidates(text, article!, rules, known);
    expect(document!.kind).toBeUndefined();
    expect(document!.confidence).toBeLessThan(0.5);
  });
});
